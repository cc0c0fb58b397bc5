"""Measure glued-word repair on real paragraphs with spaces deleted at random.

Takes paragraphs from the bench articles held out of the word list (index % 10 ==
0, see tools/build_lexicon.py), deletes a share of the spaces between two Arabic
words, repairs, and reports:

* damaged text: recall (deleted spaces put back) and precision (insertions that
  put back a deleted space); "adjusted" precision also accepts an insertion the
  repair makes on the untouched paragraph too (glue already in the scraped text);
* untouched text: insertions per 1,000 words, and a sample of them to read.

    PYTHONPATH=. python benchmarks/measure_spacing.py ../shared/bench/saudinewsnet.jsonl.gz
"""

from __future__ import annotations

import argparse
import bisect
import gzip
import json
import random
import re
import time
from pathlib import Path

from newsparse import repair_spacing, repair_spacing_with_map

ARABIC = "\u0621-\u063a\u0641-\u064a\u064b-\u065f\u0670"
GAP = re.compile(f"(?<=[{ARABIC}]) (?=[\u0621-\u063a\u0641-\u064a])")
WORDS = re.compile("[\u0621-\u063a\u0641-\u064a]+")


def paragraphs(path: Path, limit: int, seed: int) -> list[str]:
    """Up to *limit* paragraphs of 8+ Arabic words from the held-out articles."""
    found: list[str] = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for index, line in enumerate(f):
            if index % 10:
                continue
            for para in json.loads(line)["text"].split("\n"):
                para = para.strip()
                if len(WORDS.findall(para)) >= 8:
                    found.append(para)
    random.Random(seed).shuffle(found)
    return found[:limit]


def inserted(text: str) -> set[int]:
    """Input positions before which repair_spacing inserts a space."""
    norm = repair_spacing_with_map(text)
    out = norm.text
    return {
        norm.source_index(i)
        for i in range(len(out))
        if out[i] == " " and norm.source_index(i) == norm.source_index(i + 1)
    }


def damage(text: str, rate: float, rng: random.Random) -> tuple[str, list[int], list[int]]:
    """Delete spaces between Arabic words; return the text, the damaged positions (in
    the damaged text) and the deleted input positions."""
    gaps = [m.start() for m in GAP.finditer(text) if rng.random() < rate]
    pieces, pos = [], 0
    for g in gaps:
        pieces.append(text[pos:g])
        pos = g + 1
    pieces.append(text[pos:])
    return "".join(pieces), [g - k for k, g in enumerate(gaps)], gaps


def main() -> None:
    """Run the experiment and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("bench", type=Path)
    parser.add_argument("--paragraphs", type=int, default=3000)
    parser.add_argument("--rate", type=float, default=0.15, help="share of spaces deleted")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--show", type=int, default=15, help="untouched insertions to print")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    paras = paragraphs(args.bench, args.paragraphs, args.seed)
    repair_spacing("صرحوزير")  # load the word list before timing
    deleted = restored = wrong = wrong_adjusted = 0
    untouched = words = 0
    samples: list[str] = []
    elapsed = 0.0
    chars = 0
    for para in paras:
        words += len(WORDS.findall(para))
        t0 = time.process_time()
        repair_spacing(para)
        elapsed += time.process_time() - t0
        chars += len(para)
        before = inserted(para)
        untouched += len(before)
        for p in sorted(before):
            if len(samples) < args.show:
                samples.append(f"{para[max(0, p - 25) : p]}|{para[p : p + 25]}")
        broken, positions, gaps = damage(para, args.rate, rng)
        got = inserted(broken)
        truth = set(positions)
        # Where the untouched paragraph's insertions sit in the damaged text.
        before_damaged = {p - bisect.bisect_left(gaps, p) for p in before}
        deleted += len(truth)
        restored += len(got & truth)
        wrong += len(got - truth)
        wrong_adjusted += len(got - truth - before_damaged)
    made = restored + wrong
    print(f"paragraphs: {len(paras)}, words: {words}, spaces deleted: {deleted}")
    print(f"damaged   recall    {restored / max(deleted, 1):.3f}")
    print(f"damaged   precision {restored / max(made, 1):.3f}  ({wrong} wrong of {made})")
    adjusted = restored / max(restored + wrong_adjusted, 1)
    print(f"damaged   precision {adjusted:.3f}  adjusted (glue already in the page accepted)")
    rate = 1000 * untouched / max(words, 1)
    print(f"untouched insertions {untouched} = {rate:.2f} per 1000 words")
    print(f"repair_spacing speed on untouched text: {chars / elapsed / 1e6:.1f} M chars/s")
    for s in samples:
        print("  ", s)


if __name__ == "__main__":
    main()
