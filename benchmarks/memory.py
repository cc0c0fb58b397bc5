"""Peak memory of parse() on a large input: it must stay under 20x the input's size.

    python benchmarks/memory.py              # 10 MB of real articles in one string
    python benchmarks/memory.py --mb 50

The input is bench articles joined by blank lines until it reaches the size; the
peak is what tracemalloc sees allocated during parse(), the input itself excluded.
"""

from __future__ import annotations

import argparse
import sys
import tracemalloc

from _bench_corpus import iter_texts

import newsparse

BAR = 20.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=10.0, help="input size in millions of characters")
    args = ap.parse_args()
    target = int(args.mb * 1_000_000)
    parts, size = [], 0
    for text in iter_texts():
        parts.append(text)
        size += len(text) + 2
        if size >= target:
            break
    page = "\n\n".join(parts)[:target]
    newsparse.parse(page[:10_000])  # load the tables first: they are not per-input cost
    input_bytes = sys.getsizeof(page)
    tracemalloc.start()
    article = newsparse.parse(page)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    ratio = peak / input_bytes
    print(f"input: {len(page) / 1e6:.1f} M characters, {input_bytes / 2**20:.1f} MiB as a str")
    print(f"segments: {len(article.segments)}, quotes: {len(article.quotes)}")
    print(
        f"peak during parse(): {peak / 2**20:.1f} MiB = x{ratio:.1f} the input ({'ok' if ratio < BAR else 'OVER'})"
    )
    return 0 if ratio < BAR else 1


if __name__ == "__main__":
    sys.exit(main())
