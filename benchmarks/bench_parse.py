"""Throughput of parse() and of each stage over the bench corpus, and peak memory.

    python benchmarks/bench_parse.py                 # all 30,101 articles
    python benchmarks/bench_parse.py --limit 3000    # a quicker look
    python benchmarks/bench_parse.py --profile 25    # plus the 25 costliest functions
    python benchmarks/bench_parse.py --check         # also check the contract on every article

Each stage is timed on its own over the same texts, through its entry point (the
boilerplate, duplicate and language stages on ready blocks, as parse() calls them);
parse() is timed end to end. Times are CPU time of this process
(``time.process_time``), so a busy machine does not slow the figures down much.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import resource
import sys
import time
from collections.abc import Callable

from _bench_corpus import iter_texts

import newsparse
from newsparse.blocks import Block, split_blocks
from newsparse.boilerplate import classify_blocks
from newsparse.dedup import find_duplicates
from newsparse.embeds import find_embeds
from newsparse.lang import detect_lang
from newsparse.quotes import find_quotes
from newsparse.spacing import repair_spacing


def stages() -> list[tuple[str, Callable[[str], object]]]:
    """The stages timed on their own, each as a text -> result function."""

    def boilerplate(text: str) -> object:
        return classify_blocks(text, _blocks(text))

    def duplicates(text: str) -> object:
        return find_duplicates([text[b.start : b.end] for b in _blocks(text)])

    def language(text: str) -> object:
        return [detect_lang(text[b.start : min(b.end, b.start + 400)]) for b in _blocks(text)]

    def spacing(text: str) -> object:
        return [repair_spacing(text[b.start : b.end]) for b in _blocks(text)]

    def quotes(text: str) -> object:
        return find_quotes(text, [(b.start, b.end) for b in _blocks(text)])

    return [
        ("blocks", split_blocks),
        ("embeds", find_embeds),
        ("boilerplate", boilerplate),
        ("duplicates", duplicates),
        ("language", language),
        ("spacing", spacing),
        ("quotes", quotes),
        ("parse", newsparse.parse),
    ]


# The blocks of every text, split before the timing: the block-level stages are
# timed on ready blocks, as parse() hands them over.
_READY: dict[str, tuple[Block, ...]] = {}


def _blocks(text: str) -> tuple[Block, ...]:
    return _READY[text]


def check_all(texts: list[str]) -> int:
    """Parse every text and check DESIGN.md's contract; return the number of failures."""
    failures = 0
    for n, text in enumerate(texts):
        try:
            article = newsparse.parse(text)
            pos = 0
            for seg in article.segments:
                assert seg.start == pos, f"gap or overlap at {pos}"
                pos = seg.end
            assert pos == len(text), "segments do not reach the end"
            for sub in article.appended:
                assert 0 <= sub.start <= sub.end <= len(text), "appended article out of range"
                for seg in sub.segments:
                    assert sub.start <= seg.start <= seg.end <= sub.end, "sub-segment out of range"
            for item in (*article.embeds, *article.quotes):
                assert 0 <= item.start <= item.end <= len(text), f"{item!r} out of range"
            for quote in article.quotes:
                assert text[quote.start : quote.end] == quote.text, f"{quote!r} off its words"
        except Exception as exc:  # a failure is reported, not raised: count them all
            failures += 1
            print(f"article {n}: {type(exc).__name__}: {exc}")
    return failures


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="read only the first N articles")
    ap.add_argument(
        "--profile", type=int, default=0, metavar="N", help="print the N costliest functions"
    )
    ap.add_argument(
        "--check", action="store_true", help="check the contract's invariants on every article"
    )
    args = ap.parse_args()

    texts = list(iter_texts(args.limit))
    chars = sum(map(len, texts))
    print(f"{len(texts)} articles, {chars / 1e6:.1f} M characters")
    for text in texts[:50]:  # warm-up: compile patterns, load tables
        newsparse.parse(text)
    _READY.update((text, split_blocks(text)) for text in texts)
    for name, func in stages():
        t0 = time.process_time()
        for text in texts:
            func(text)
        seconds = time.process_time() - t0
        print(f"{name:>12}: {seconds:7.2f} s  {chars / seconds / 1e6:6.2f} M chars/s")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"peak memory: {peak:.0f} MiB (corpus texts held in memory: {chars * 2 / 2**20:.0f} MiB or less)"
    )
    if args.check:
        failures = check_all(texts)
        print(f"contract checked on {len(texts)} articles: {failures} failure(s)")
        if failures:
            return 1
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        for text in texts:
            newsparse.parse(text)
        prof.disable()
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(args.profile)
        print(out.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
