"""Throughput and body share of the boilerplate stage on the SaudiNewsNet bench corpus.

Usage (from the project root)::

    python benchmarks/bench_boilerplate.py [--limit N] [--profile]

Prints characters per second of ``parse()`` as a whole and of the boilerplate stage
alone (`classify_blocks` on ready blocks), the share of characters kept as body,
and how the stage's cost grows from 100 KB to 1 MB inputs of stressing shapes. Times
are CPU time of this process (``time.process_time``), so a busy machine does not
slow the figures down.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time

from _bench_corpus import iter_texts

from newsparse import parse
from newsparse.blocks import split_blocks
from newsparse.boilerplate import classify_blocks
from newsparse.dedup import find_duplicates
from newsparse.lang import detect_lang
from newsparse.model import CONTENT_KINDS


def _stages(texts: list[str]) -> dict[str, float]:
    """CPU seconds of each of this issue's stages, on ready blocks."""
    ready = [(t, split_blocks(t)) for t in texts]
    paragraphs = [[t[b.start : b.end] for b in blocks] for t, blocks in ready]
    out = {}
    t0 = time.process_time()
    for text, blocks in ready:
        classify_blocks(text, blocks)
    out["boilerplate (classify_blocks)"] = time.process_time() - t0
    t0 = time.process_time()
    for paras in paragraphs:
        find_duplicates(paras)
    out["duplicates (find_duplicates)"] = time.process_time() - t0
    t0 = time.process_time()
    for paras in paragraphs:
        for p in paras:
            detect_lang(p[:400])
    out["language (detect_lang per block)"] = time.process_time() - t0
    return out


def _shapes(size: int) -> dict[str, str]:
    """Inputs of *size* characters that stress the stage."""
    unit = (
        "إقرأ أيضاً:\nبايدن ونتانياهو يبحثان مقترح وقف إطلاق النار\n"
        "وقال البيت الأبيض إن الرئيس ناقش الجهود المبذولة لوضع اللمسات النهائية على الاتفاق.\n"
        "المصدر: موقع 24\n• عنوان آخر في القائمة\n"
    )
    tiny = "".join(f"اقرأ {n}\n" for n in range(size // 6 + 1))
    paras = "".join(
        f"وقال الوزير رقم {n} إن المحادثات مستمرة مع الجانب {n * 7} منذ الصباح.\n"
        for n in range(size // 60 + 1)
    )
    return {
        "cue blocks": (unit * (size // len(unit) + 1))[:size],
        "distinct tiny lines": tiny[:size],
        "similar paragraphs": paras[:size],
        "one long line": ("وقال الوزير إن المحادثات مستمرة، " * (size // 30 + 1))[:size],
    }


def _best(text: str) -> float:
    best = float("inf")
    blocks = split_blocks(text)
    for _ in range(5):
        t0 = time.process_time()
        classify_blocks(text, blocks)
        find_duplicates([text[b.start : b.end] for b in blocks])
        best = min(best, time.process_time() - t0)
    return best


def _worst_case() -> dict[str, float]:
    """Time ratio of 1 MB to 100 KB inputs of each stressing shape (stage only)."""
    small, big = _shapes(100_000), _shapes(1_000_000)
    return {name: _best(big[name]) / _best(small[name]) for name in small}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--profile", action="store_true", help="print the 25 costliest calls")
    args = ap.parse_args()
    texts = list(iter_texts(args.limit))
    chars = sum(map(len, texts))
    stages = _stages(texts)
    body = 0
    t0 = time.process_time()
    prof = cProfile.Profile() if args.profile else None
    if prof:
        prof.enable()
    for text in texts:
        article = parse(text)
        body += sum(s.end - s.start for s in article.segments if s.kind in CONTENT_KINDS)
    if prof:
        prof.disable()
    total = time.process_time() - t0
    ratios = _worst_case()
    print(f"articles {len(texts)}  chars {chars:,}")
    print(f"parse(): {chars / total / 1e6:.2f} M chars/s")
    for name, seconds in stages.items():
        print(f"{name}: {chars / seconds / 1e6:.2f} M chars/s")
    print(f"body share: {body / chars:.3f}")
    for name, ratio in ratios.items():
        print(f"1 MB / 100 KB time ratio, {name}: {ratio:.1f}")
    if prof:
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
