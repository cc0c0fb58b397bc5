"""Throughput of find_embeds on the bench corpus, and how its worst cases scale.

Run from the project root::

    python benchmarks/bench_embeds.py                 # the whole bench corpus
    python benchmarks/bench_embeds.py --limit 3000    # the first 3000 pages

It prints the chars/s of `find_embeds` alone and of `parse` over the same pages,
the number of posts found, and for each adversarial input the time ratio of a 1 MB
input to a 100 KB one (linear cost gives about 10). Times are CPU time of this
process, so other work on a shared machine does not skew them.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from _bench_corpus import BENCH, iter_texts

import newsparse
from newsparse import find_embeds

# Inputs that make the detector work hardest: every handle group, dash, cue and note
# it reacts to, repeated.
WORST = {
    "signature lines": "Some post text here. pic.twitter.com/DAluoPKpMr\n"
    "— Name (@handle) October 10, 2023\n",
    "handles on one line": "— قال الوزير (@KSAMOFA) إن ",
    "dateless signatures": "نص\n— Name (@handle)\n",
    "glued signatures": "جملة طويلة من النص. Post text.— Name (@handle) July 31, 2015 ",
    "cue lines": "View this post on Instagram\nPosted by Someone on March 3, 2017\n",
    "instagram posts": "View this post on Instagram\n"
    "A post shared by Spice Girls (@spicegirls) on Jun 16, 2019 at 7:30am PDT\n",
    "music notes": "@handle ♬ ",
    "long post lines": "x" * 3000 + "\n— Name (@handle) October 10, 2023\n",
}


def throughput(texts: list[str]) -> None:
    chars = sum(map(len, texts))
    t0 = time.process_time()
    found = [find_embeds(t) for t in texts]
    t_embeds = time.process_time() - t0
    t0 = time.process_time()
    for t in texts:
        newsparse.parse(t)
    t_parse = time.process_time() - t0
    platforms = Counter(e.platform for es in found for e in es)
    print(f"pages {len(texts)}, chars {chars:,}")
    print(f"find_embeds: {chars / t_embeds / 1e6:8.1f} M chars/s  ({t_embeds:.2f} s)")
    print(f"parse:       {chars / t_parse / 1e6:8.1f} M chars/s  ({t_parse:.2f} s)")
    print(f"posts found: {sum(platforms.values())} {dict(platforms)}")
    print(f"pages with a post: {sum(bool(es) for es in found)}")


def scaling() -> None:
    for name, unit in WORST.items():
        small = (unit * (100_000 // len(unit) + 1))[:100_000]
        large = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
        times = []
        for text in (small, large):
            best = float("inf")
            for _ in range(7):
                t0 = time.process_time()
                find_embeds(text)
                best = min(best, time.process_time() - t0)
            times.append(best)
        print(
            f"{name:20} 100 KB {times[0] * 1e3:8.1f} ms   1 MB {times[1] * 1e3:8.1f} ms"
            f"   ratio {times[1] / times[0]:5.1f}"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bench", type=Path, default=BENCH)
    ap.add_argument("--limit", type=int, default=None, help="read only this many pages")
    args = ap.parse_args()
    throughput(list(iter_texts(args.limit, args.bench)))
    print("worst cases (CPU time, best of 7):")
    scaling()


if __name__ == "__main__":
    main()
