"""Throughput of the quotation stage and of parse() on the SaudiNewsNet bench corpus.

Run from the project root (the corpus lives in ../shared/bench/):

    python benchmarks/bench_quotes.py            # every article
    python benchmarks/bench_quotes.py --limit 3000
    python benchmarks/bench_quotes.py --scaling  # worst cases: 100 KB vs 1 MB

Prints characters per second (CPU time of this process) of `extract_quotes` (the
stage on every paragraph), of `parse` as a whole, and how many quotations were found.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from pathlib import Path

import newsparse

BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "saudinewsnet.jsonl.gz"


def _texts(limit: int | None) -> list[str]:
    out = []
    with gzip.open(BENCH, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f):
            if limit is not None and n >= limit:
                break
            out.append(json.loads(line)["text"])
    return out


def _rate(func, texts: list[str]) -> tuple[float, int]:
    found = 0
    t0 = time.process_time()
    for text in texts:
        found += len(func(text))
    seconds = time.process_time() - t0
    return sum(map(len, texts)) / seconds, found


# Worst cases for the stage: a quotation every few words with no full stop, marks
# that never pair, pronouns to resolve on every line, and cue words everywhere.
_WORST = {
    "quotes, no stop": 'وقال هو إن "نعم لا بد " ',
    "marks only": '" « “ „ ',
    "pronoun lines": "He said: “we will go on with it”\n",
    "cue soup": 'وقال وأضاف مضيفا قائلا حسب نقلا عن "ا ب ت" ',
}


def _scaling() -> None:
    for name, unit in _WORST.items():
        times = []
        for size in (100_000, 1_000_000):
            text = (unit * (size // len(unit) + 1))[:size]
            t0 = time.process_time()
            newsparse.extract_quotes(text, indirect=True)
            times.append(time.process_time() - t0)
        ratio = times[1] / times[0]
        print(f"{name:16} 100 KB {times[0]:7.3f} s   1 MB {times[1]:7.3f} s   x{ratio:.1f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="read only this many articles")
    ap.add_argument("--scaling", action="store_true", help="time worst cases at 100 KB and at 1 MB")
    args = ap.parse_args()
    if args.scaling:
        _scaling()
        return
    texts = _texts(args.limit)
    newsparse.parse(texts[0])  # load the tables once, outside the timings
    chars = sum(map(len, texts))
    print(f"{len(texts):,} articles, {chars:,} chars")
    rate, found = _rate(newsparse.extract_quotes, texts)
    print(f"extract_quotes: {rate / 1e6:.2f} M chars/s, {found:,} quotations")
    rate, _ = _rate(lambda t: newsparse.parse(t).segments, texts)
    print(f"parse:          {rate / 1e6:.2f} M chars/s")


if __name__ == "__main__":
    main()
