"""Regenerate ``newsparse/data/ar-words.tsv``, the word list of glued-word repair.

Counts the Arabic words of the SaudiNewsNet bench articles (CC BY-NC-SA 4.0: only
counts are shipped, no text) and keeps those seen at least ``--min-count`` times.
Nine articles in ten build the list; every tenth (index % 10 == 0) is held out for
``benchmarks/measure_spacing.py``. Tokens with a teh marbuta or alef maksura
followed by a letter are glued words, not words, and are left out.

    python tools/build_lexicon.py ../shared/bench/saudinewsnet.jsonl.gz
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from pathlib import Path

WORD = re.compile("[\u0621-\u063a\u0641-\u064a][\u0621-\u063a\u0641-\u064a]*")
MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
GLUED = re.compile("\u0629.|\u0649[^\u0621\u0626]")
OUT = Path(__file__).resolve().parents[1] / "newsparse" / "data" / "ar-words.tsv"
HEADER = """\
# newsparse-data: ar-words v1
# Arabic word frequencies for glued-word repair (newsparse.spacing), derived from the
# SaudiNewsNet articles in ../shared/bench/ (CC BY-NC-SA 4.0; counts only, no text).
# Regenerate with: python tools/build_lexicon.py ../shared/bench/saudinewsnet.jsonl.gz
# word: a maximal run of Arabic letters, diacritics and tatweel removed.
# count: occurrences in the articles whose index % 10 != 0 (the rest are held out).
word\tcount
"""


def held_out(index: int) -> bool:
    """Whether article *index* of the bench file is kept out of the word list."""
    return index % 10 == 0


def count_words(path: Path) -> Counter[str]:
    """Count the words of the articles used for the list."""
    counts: Counter[str] = Counter()
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for index, line in enumerate(f):
            if not held_out(index):
                counts.update(WORD.findall(MARKS.sub("", json.loads(line)["text"])))
    return counts


def rows(counts: Counter[str], min_count: int = 3) -> list[tuple[str, int]]:
    """The rows of the list: frequent enough, not glued, most frequent first."""
    kept = ((w, n) for w, n in counts.items() if n >= min_count and not GLUED.search(w))
    return sorted(kept, key=lambda row: (-row[1], row[0]))


def main() -> None:
    """Write the word list."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("bench", type=Path, help="saudinewsnet.jsonl.gz")
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    counts = count_words(args.bench)
    kept = rows(counts, args.min_count)
    body = "".join(f"{w}\t{n}\n" for w, n in kept)
    args.out.write_text(HEADER + body, encoding="utf-8")
    print(f"{len(kept)} words -> {args.out}")


if __name__ == "__main__":
    main()
