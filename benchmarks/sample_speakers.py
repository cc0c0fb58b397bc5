"""Print a seeded random sample of quotations from the bench corpus, for judging by hand.

Each line shows the quotation's start, its speaker and cue, and the sentence around
it, so that the speaker can be checked against the text. Run it on two versions of
the package (``PYTHONPATH``) with the same seed to compare their speakers::

    python benchmarks/sample_speakers.py --quotes 40 --seed 6
"""

from __future__ import annotations

import argparse
import random

from _bench_corpus import iter_texts

from newsparse import extract_quotes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--quotes", type=int, default=40, help="how many quotations")
    parser.add_argument("--seed", type=int, default=6, help="the random seed")
    parser.add_argument("--articles", type=int, default=20000, help="articles read")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    texts = list(iter_texts(args.articles))
    rng.shuffle(texts)
    shown = 0
    for n, text in enumerate(texts):
        quotes = extract_quotes(text)
        if not quotes:
            continue
        q = rng.choice(quotes)  # one per article: the sample spans many pages
        context = text[max(0, q.start - 160) : q.end + 60].replace("\n", " ¶ ")
        print(f"#{shown:02d} article {n} at {q.start}: speaker={q.speaker!r} cue={q.cue!r}")
        print(f"    {context}")
        shown += 1
        if shown >= args.quotes:
            break


if __name__ == "__main__":
    main()
