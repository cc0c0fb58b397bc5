"""The bench corpus: real Arabic news articles for speed and scale measurements."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "saudinewsnet.jsonl.gz"


def iter_texts(limit: int | None = None, path: Path = BENCH) -> Iterator[str]:
    """Yield the ``text`` field of the first *limit* records (all when None)."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f):
            if limit is not None and n >= limit:
                return
            yield json.loads(line)["text"]
