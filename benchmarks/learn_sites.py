"""What `learn_boilerplate` finds per newspaper of the SaudiNewsNet bench corpus.

Usage (from the project root)::

    python benchmarks/learn_sites.py > table.md

Learns one profile per newspaper (the ``source`` field) with the default options
and prints, as Markdown, each site's page count, the lines and prefixes it learnt
(at most eight of each, most frequent first) and how many characters
``parse(text, profile=...)`` moves out of the body compared with ``parse(text)``.
The output is pasted into ``docs/explanation/site-profiles.md``.
"""

from __future__ import annotations

import gzip
import json
from collections import defaultdict
from pathlib import Path

from newsparse import learn_boilerplate, parse
from newsparse.model import CONTENT_KINDS

BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "saudinewsnet.jsonl.gz"
SHOWN = 8


def _body_chars(text: str, **kwargs: object) -> int:
    article = parse(text, **kwargs)  # type: ignore[arg-type]
    return sum(s.end - s.start for s in article.segments if s.kind in CONTENT_KINDS)


def _cell(items: tuple[str, ...]) -> str:
    shown = ", ".join(f"`{x}`" for x in items[:SHOWN]) or "—"
    more = len(items) - SHOWN
    return shown + (f" (+{more})" if more > 0 else "")


def main() -> None:
    by_site: dict[str, list[str]] = defaultdict(list)
    with gzip.open(BENCH, "rt", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            by_site[row["source"]].append(row["text"])
    print("| site | pages | learnt lines | learnt prefixes | body chars moved out |")
    print("| --- | ---: | --- | --- | ---: |")
    for site in sorted(by_site):
        texts = by_site[site]
        profile = learn_boilerplate(texts)
        before = sum(_body_chars(t) for t in texts)
        after = sum(_body_chars(t, profile=profile) for t in texts)
        moved = (before - after) / before if before else 0.0
        print(
            f"| {site} | {len(texts):,} | {_cell(profile.lines)} | {_cell(profile.prefixes)} "
            f"| {moved:.2%} |"
        )


if __name__ == "__main__":
    main()
