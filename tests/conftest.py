"""Shared fixtures and hypothesis profiles."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=30)
settings.register_profile(
    "ci",
    max_examples=150,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(
    "ci" if os.environ.get("CI") else os.environ.get("HYPOTHESIS_PROFILE", "default")
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"


def corpus_names() -> list[str]:
    """Names of the shared dev corpus pages (empty when the corpus is not beside the repo)."""
    return sorted(p.stem for p in (CORPUS / "gold").glob("*.json"))


def read_corpus_text(name: str) -> str:
    """Return a corpus page exactly as the scorer reads it."""
    text = (CORPUS / "texts" / f"{name}.txt").read_text(encoding="utf-8", errors="surrogateescape")
    return text.replace("\r\n", "\n")


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The reference page of DESIGN.md, as bundled with the package."""
    from newsparse.cli import example_text

    return example_text()
