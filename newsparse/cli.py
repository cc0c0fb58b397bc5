"""The ``newsparse`` command (also ``python -m newsparse``).

With no file it parses the bundled example page, so a newcomer sees a parsed article
at once::

    newsparse            # the example page, as a readable summary
    newsparse page.txt   # your own page
"""

from __future__ import annotations

import argparse
import importlib.resources
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from newsparse.model import Article
from newsparse.parse import parse

__all__ = ["example_text", "main"]


def example_text() -> str:
    """Return the bundled example page (a real Arabic news page, as scraped)."""
    return (
        importlib.resources.files("newsparse").joinpath("examples", "seed.txt").read_text("utf-8")
    )


def _summary(text: str, article: Article) -> str:
    lines = []
    for seg in article.segments:
        if seg.kind.value == "blank":
            continue
        shown = text[seg.start : seg.end].replace("\n", " ")
        if len(shown) > 70:
            shown = shown[:69] + "…"
        lines.append(f"{seg.kind.value:>11}  {shown}")
    for embed in article.embeds:
        lines.append(f"      embed  {embed.platform} @{embed.handle} {embed.date_text or ''}")
    for quote in article.quotes:
        lines.append(f"      quote  {quote.speaker or '?'}: «{quote.text[:60]}»")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code (0 on success, 2 on a usage error)."""
    ap = argparse.ArgumentParser(prog="newsparse", description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "files", nargs="*", type=Path, help="plain-text pages (default: the bundled example)"
    )
    ap.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    args = ap.parse_args(argv)
    pages = [(str(p), p.read_text("utf-8", errors="surrogateescape")) for p in args.files]
    if not pages:
        pages = [("example", example_text())]
    for name, text in pages:
        article = parse(text)
        if args.format == "json":
            out = json.dumps(article.to_dict(), ensure_ascii=False)
        else:
            out = f"== {name}\n{_summary(text, article)}"
        sys.stdout.write(out + "\n")
    return 0
