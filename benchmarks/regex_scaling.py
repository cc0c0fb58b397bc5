"""Worst-case scaling of every regex of newsparse: 10k against 100k characters.

    python benchmarks/regex_scaling.py              # the ten worst patterns
    python benchmarks/regex_scaling.py --top 30 --match EMAIL

For each pattern of the inventory (``tools/regex_review.py``) the script builds
adversarial strings from the pattern's own character classes: a long run of a
character of each class, two classes alternating, a sample match repeated and the
same sample cut short by one character (a near miss), a run of a class followed
by a sample, and a sample or a prefix of one alone in the middle of a long run. Each string is timed with ``finditer`` (every match, as the stages
use it) at 10k characters; the three slowest are timed again at 100k characters.
The ratio of the two CPU times is the scaling: about 10 is linear, 100 quadratic;
a ratio over the bar on fast runs is measured again at 100k against 1M characters,
as fixed costs blur runs of a fraction of a millisecond.
The bar is 12; the exit code is 1 if a pattern is over it (patterns the review
lists as safe where they are used print "safe"). Patterns only used with
``match()`` are timed with ``match()``. ``regex`` patterns get a
timeout; a timed-out pattern is reported as over the bar.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import regex

# The review's tool is a script of tools/, imported as a plain module from there.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

from regex_review import (
    KNOWN_SAFE,
    Alt,
    Atom,
    Entry,
    Group,
    Node,
    Repeat,
    chars,
    inventory,
    listed,
    parse_pattern,
    walk,
)

BAR = 12.0
SMALL, LARGE = 10_000, 100_000
# Timings under this are noise, whatever their ratio.
FLOOR = 2e-4
TIMEOUT = 5.0
# A ratio over the bar with a large run faster than this is checked at 1M characters.
CONFIRM = 0.5


def _typical(cs: frozenset[str]) -> list[str]:
    """A few characters of a class: ASCII, Arabic, then anything printable."""
    picks = []
    for lo, hi in (
        (0x61, 0x7A),
        (0x41, 0x5A),
        (0x30, 0x39),
        (0x20, 0x40),
        (0x621, 0x64A),
        (0xA0, 0xFFFF),
    ):
        hit = next((c for c in cs if (lo <= ord(c) <= hi and c.isprintable()) or c in " \t"), None)
        if hit is not None and lo <= ord(hit) <= hi:
            picks.append(hit)
    if not picks and cs:
        picks.append(min(cs))
    return list(dict.fromkeys(picks))[:2]


def _sample(branch: tuple[Node, ...]) -> str:
    """A short string made of one character per item of *branch*."""
    out = []
    for item in branch:
        if isinstance(item, Atom):
            out += _typical(chars(item))[:1]
        elif isinstance(item, Repeat):
            inner = _sample((item.node,))
            out.append(inner * max(item.lo, 1))
        elif isinstance(item, Group):
            out.append(_sample(item.alt.branches[0]))
    return "".join(out)


def _repeat_atoms(tree: Alt) -> Iterator[Atom]:
    """Atoms inside repeats first (where backtracking happens)."""
    for rep in walk(tree):
        if isinstance(rep, Repeat):
            yield from (a for a in walk(rep.node) if isinstance(a, Atom))


def units(entry: Entry) -> list[str]:
    """The repeated units of the adversarial strings for one pattern."""
    p = entry.pattern
    tree = parse_pattern(p.pattern, p.flags)
    runs: list[str] = []
    for atom in itertools.islice(dict.fromkeys(_repeat_atoms(tree)), 12):
        runs += _typical(chars(atom))
    runs = list(dict.fromkeys(runs))
    samples = [s for s in (_sample(b) for b in tree.branches[:8]) if s]
    out = list(runs)
    out += [a + b for a, b in itertools.combinations(runs[:6], 2)]
    out += samples + [s[:-1] for s in samples if len(s) > 1]
    out += [r * 50 + s for r in runs[:4] for s in samples[:2]]
    out += [s + r * 50 for r in runs[:4] for s in samples[:2]]
    # One sample in the middle of a long run (``aaaa@aaaa``): no period to exploit.
    misses = [s[:k] for s in samples[:2] for k in range(1, min(len(s), 8))]
    out += [f"{r}|{s}" for r in runs[:4] for s in samples[:2] + misses if "|" not in r + s]
    # A run, a character of no class, then a sample: a required literal far from the run.
    out += [f"{r}|\x00{s}" for r in runs[:4] for s in samples[:2] if "|" not in r + s]
    return [u for u in dict.fromkeys(out) if u]


def _text(unit: str, size: int) -> str:
    """*unit* repeated to *size*; ``run|middle`` is a run with *middle* at its centre."""
    run, bar, middle = unit.partition("|")
    if bar and run and middle:
        half = run * (size // 2 // len(run))
        return half + middle + half
    return (unit * (size // len(unit) + 1))[:size]


def timed(
    p: re.Pattern[str] | regex.Pattern[str], text: str, repeat: int, *, anchored: bool = False
) -> float:
    best = float("inf")
    gc.collect()
    for _ in range(repeat):
        t0 = time.process_time()
        try:
            if anchored:  # used with match() only: one scan per call
                p.match(text, timeout=TIMEOUT) if isinstance(p, regex.Pattern) else p.match(text)
            elif isinstance(p, regex.Pattern):
                for _ in p.finditer(text, timeout=TIMEOUT):
                    pass
            else:
                for _ in p.finditer(text):
                    pass
        except TimeoutError:
            return float("inf")
        best = min(best, time.process_time() - t0)
    return best


def scaling(entry: Entry) -> tuple[float, float, float, str]:
    """(ratio, small time, large time, unit) of the worst string for *entry*."""
    trials = sorted(
        (
            (timed(entry.pattern, _text(u, SMALL), 3, anchored=entry.anchored), u)
            for u in units(entry)
        ),
        reverse=True,
    )
    worst = (0.0, 0.0, 0.0, "")
    for small, unit in trials[:3]:
        if not isinstance(entry.pattern, regex.Pattern) and small > TIMEOUT / 25:
            large = float("inf")  # re has no timeout: a slow small run is already quadratic
        else:
            large = timed(entry.pattern, _text(unit, LARGE), 2, anchored=entry.anchored)
        ratio = large / max(small, FLOOR / 10) if large > FLOOR else 0.0
        if BAR < ratio < float("inf") and large < CONFIRM:
            # Fixed costs blur a fast 10k run: confirm with the next tenfold step.
            small, large = (
                large,
                timed(entry.pattern, _text(unit, LARGE * 10), 2, anchored=entry.anchored),
            )
            ratio = large / small
        worst = max(worst, (ratio, small, large, unit))
    return worst


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--top", type=int, default=10, help="how many of the worst patterns to print")
    ap.add_argument("--match", help="only patterns whose name contains this")
    args = ap.parse_args()
    entries, _ = inventory()
    if args.match:
        entries = [e for e in entries if args.match in e.name]
    results = sorted(((*scaling(e), e) for e in entries), key=lambda r: r[0], reverse=True)
    over = [r for r in results if r[0] > BAR and not listed(r[-1].name, KNOWN_SAFE)]
    print(f"{len(entries)} patterns, finditer CPU time at {SMALL:,} and {LARGE:,} characters")
    for ratio, small, large, unit, e in results[: args.top]:
        verdict = "ok" if ratio <= BAR else "safe" if listed(e.name, KNOWN_SAFE) else "OVER"
        shown = unit if len(unit) <= 24 else unit[:21] + "..."
        print(
            f"{e.name[:64]:<64} {small * 1e3:8.2f} ms {large * 1e3:9.2f} ms"
            f"  x{ratio:6.1f}  {verdict:<4} {shown!r}"
        )
    print(f"{len(over)} pattern(s) over the x{BAR:g} bar")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
