"""Throughput of normalization and spacing repair, side by side with the peers.

Runs every newsparse preset (plain and with its offset map) and the closest
pyarabic and CAMeL Tools chains on the same bench articles, in one process,
interleaved, best of ``--repeat`` rounds, timed in CPU time (``time.process_time``)
so that other work on a shared machine does not skew the ratios. Two layouts:
one call per article, and one call per 1 MB chunk of the concatenated articles.
Then the worst-case scaling check: a 1 MB input of each hard case against a
100 KB one (the bar is at most 12x).

    PYTHONPATH=. python benchmarks/bench_normalize.py ../shared/bench/saudinewsnet.jsonl.gz

The peers are benchmark-only dependencies (``pip install pyarabic``;
``pip install --no-deps camel-tools emoji six``); a missing one is skipped.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from collections.abc import Callable
from pathlib import Path

from newsparse import normalize_arabic, normalize_arabic_with_map, repair_spacing

Func = Callable[[str], object]


def peers() -> dict[str, Func]:
    """The closest equivalents in pyarabic and CAMeL Tools, by what they do."""
    found: dict[str, Func] = {}
    try:
        from pyarabic import araby
        from pyarabic import normalize as pyarabic_normalize

        def pyarabic_search(text: str) -> str:
            # The order avoids pyarabic's ى → ا bug (its issue #39).
            text = araby.strip_tatweel(araby.strip_diacritics(text))
            return araby.normalize_alef(pyarabic_normalize.normalize_spellerrors(text))

        def pyarabic_display(text: str) -> str:
            return araby.normalize_ligature(araby.strip_tatweel(text))

        found["pyarabic search chain"] = pyarabic_search
        found["pyarabic display chain"] = pyarabic_display
    except ImportError:
        print("pyarabic not installed: skipped")
    try:
        from camel_tools.utils.dediac import dediac_ar
        from camel_tools.utils.normalize import (
            normalize_alef_ar,
            normalize_alef_maksura_ar,
            normalize_teh_marbuta_ar,
            normalize_unicode,
        )

        def camel_search(text: str) -> str:
            text = normalize_alef_maksura_ar(normalize_alef_ar(dediac_ar(text)))
            return normalize_teh_marbuta_ar(text).replace("\u0640", "")

        found["camel-tools search chain"] = camel_search
        found["camel-tools normalize_unicode"] = normalize_unicode
    except ImportError:
        print("camel-tools not installed: skipped")
    return found


def ours() -> dict[str, Func]:
    """newsparse's presets, plain and with maps, and spacing repair."""
    return {
        "newsparse display": lambda t: normalize_arabic(t, preset="display"),
        "newsparse display + map": lambda t: normalize_arabic_with_map(t, preset="display"),
        "newsparse search": lambda t: normalize_arabic(t, preset="search"),
        "newsparse search + map": lambda t: normalize_arabic_with_map(t, preset="search"),
        "newsparse repair_spacing": repair_spacing,
    }


def load(path: Path, limit: int) -> list[str]:
    """The article texts of the bench file."""
    texts: list[str] = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            texts.append(json.loads(line)["text"])
            if limit and len(texts) >= limit:
                break
    return texts


def timed(func: Func, inputs: list[str]) -> float:
    t0 = time.process_time()
    for text in inputs:
        func(text)
    return time.process_time() - t0


def throughput(funcs: dict[str, Func], inputs: list[str], repeat: int) -> dict[str, float]:
    """Best M chars/s of each function over *inputs*, rounds interleaved."""
    chars = sum(map(len, inputs))
    best = dict.fromkeys(funcs, float("inf"))
    for func in funcs.values():  # warm up: tables, word list, regex caches
        func(inputs[0])
    for _ in range(repeat):
        for name, func in funcs.items():
            best[name] = min(best[name], timed(func, inputs))
    return {name: chars / seconds / 1e6 for name, seconds in best.items()}


WORST_CASES = {
    "diacritics everywhere": "مَ",
    "tatweel runs": "مـــ",
    "presentation forms": "ﻷﷲ",
    "joiners and controls": "م\u200c\u200f ",
    "glued after teh marbuta": "ة",
    "one long unknown token": "صرحوزير",
    "tanween alef": "اً",
    "Latin and digits glued": "a1م",
}


def scaling(repeat: int) -> None:
    """Time of a 1 MB input over a 100 KB one, for each worst case and function."""
    funcs = {k: v for k, v in ours().items() if "display" not in k}
    print("\nworst-case scaling, 1 MB time / 100 KB time (bar: <= 12)")
    for case, unit in WORST_CASES.items():
        small = unit * (100_000 // len(unit))
        large = unit * (1_000_000 // len(unit))
        ratios = []
        for name, func in funcs.items():
            t_small = min(timed(func, [small]) for _ in range(repeat))
            t_large = min(timed(func, [large]) for _ in range(repeat))
            ratios.append(f"{name.removeprefix('newsparse ')} {t_large / max(t_small, 1e-9):.1f}")
        print(f"  {case:28} " + ", ".join(ratios))


def main() -> None:
    """Print the throughput tables and the scaling check."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("bench", type=Path)
    parser.add_argument("--limit", type=int, default=0, help="articles to use (0: all)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    texts = load(args.bench, args.limit)
    joined = "\n".join(texts)
    chunks = [joined[i : i + 1_000_000] for i in range(0, len(joined), 1_000_000)]
    funcs = {**ours(), **peers()}
    size = len(joined) / 1e6
    print(f"{len(texts)} articles, {size:.1f} M chars; CPU time, best of {args.repeat}")
    for layout, inputs in (("per article", texts), ("per 1 MB chunk", chunks)):
        result = throughput(funcs, inputs, args.repeat)
        print(f"\n{layout}: M chars/s")
        for name, speed in result.items():
            print(f"  {name:32} {speed:8.1f}")
        peer_search = [v for k, v in result.items() if "search chain" in k]
        if peer_search:
            ratio = result["newsparse search"] / max(peer_search)
            print(f"  search preset / fastest peer search chain: {ratio:.2f}x (bar: >= 1.5)")
        for preset in ("display", "search"):
            cost = result[f"newsparse {preset}"] / result[f"newsparse {preset} + map"]
            print(f"  {preset} + map costs {cost:.2f}x the plain call (bar: <= 3)")
    scaling(args.repeat)


if __name__ == "__main__":
    main()
