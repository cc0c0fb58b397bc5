"""How often the title `parse` gives a bench article is the article's real headline.

Usage (from the project root)::

    python benchmarks/title_precision.py            # every article
    python benchmarks/title_precision.py --limit 5000 --show 20

The SaudiNewsNet rows carry the headline in their ``title`` field, and their
``text`` starts with the article itself, so most pages have no title line at all:
a title found there is usually a photo caption, a credit line or a lead sentence.
Reported: how many articles were given a title, how many of those are the real
headline (equal after normalization, or the real headline plus a site name), that
precision, how many are a part of the real headline or contain it (a column's
author line ``عبير الدخيل`` for ``عبير الدخيل: …``), and how many titles end like a clause (``،``) or run past 14 words
(a lead taken for a title is body lost).
"""

from __future__ import annotations

import argparse
import gzip
import json

from _bench_corpus import BENCH

from newsparse import parse
from newsparse._cues import normalized_key

_LONG_TITLE_WORDS = 14


def _fold(text: str) -> str:
    return "".join(ch for ch in normalized_key(text) if ch.isalnum())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="first N articles only")
    ap.add_argument("--show", type=int, default=0, help="print N wrong titles")
    args = ap.parse_args()
    total = given = right = partial = clause = long_ = 0
    wrong: list[tuple[str, str]] = []
    with gzip.open(BENCH, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f):
            if args.limit is not None and n >= args.limit:
                break
            row = json.loads(line)
            total += 1
            title = parse(row["text"]).title
            if title is None:
                continue
            given += 1
            real, found = _fold(row.get("title") or ""), _fold(title)
            if real and found and (found == real or found.startswith(real)):
                right += 1
            else:
                wrong.append((title, row.get("title") or ""))
            partial += bool(real and found) and (found in real or real in found)
            clause += title.rstrip().endswith((",", "،"))
            long_ += len(title.split()) > _LONG_TITLE_WORDS
    precision = right / given if given else 0.0
    print(
        f"articles {total}  given a title {given}  real headline {right}  "
        f"precision {precision:.3f}  part of it or containing it {partial}  ending in a comma {clause}  over {_LONG_TITLE_WORDS} words {long_}"
    )
    for title, real in wrong[: args.show]:
        print(f"  got {title!r}\n      real {real!r}")


if __name__ == "__main__":
    main()
