"""Compact offset maps: from positions in a rewritten text back to the input.

A rewrite is described by its *edits*: ``(start, end, length)`` triples, sorted and
non-overlapping, each saying that ``input[start:end]`` became ``length`` output
characters (``length == 0`` deletes, ``start == end`` inserts). Everything outside
the edits is copied unchanged.

The map built from them is a list of breakpoints, not one integer per character:
from output index ``outs[k]`` on (until the next breakpoint), output index ``i``
came from input index ``i + shifts[k]``. Before the first breakpoint the shift is
0. Characters an edit adds beyond what it consumed (an expansion such as a
ligature becoming two letters, or an inserted space) all point at one input
character, so the map stays non-decreasing and inside the input.

>>> outs, shifts = breakpoints([(2, 4, 0)])   # delete input[2:4]
>>> source_index(outs, shifts, 2)
4
>>> outs, shifts = breakpoints([(3, 3, 1)])   # insert one character before input[3]
>>> [source_index(outs, shifts, i) for i in range(6)]
[0, 1, 2, 3, 3, 4]
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

__all__ = ["Breakpoints", "breakpoints", "compose", "source_index"]

#: Output indices where the shift changes, and the shift from each on.
Breakpoints = tuple[tuple[int, ...], tuple[int, ...]]


def breakpoints(edits: Iterable[tuple[int, int, int]]) -> Breakpoints:
    """Turn sorted, non-overlapping edits into breakpoints (see the module doc)."""
    outs: list[int] = []
    shifts: list[int] = []
    shift = 0
    for start, end, length in edits:
        out = start - shift  # where the edit's output begins
        consumed = end - start
        if length > consumed:
            # Extra characters point at the last consumed one (or, for a pure
            # insertion, at the character the insertion precedes).
            anchor = end - 1 if consumed else start
            for j in range(max(consumed, 1), length):
                _push(outs, shifts, out + j, anchor - (out + j))
        shift = end - (out + length)
        _push(outs, shifts, out + length, shift)
    return tuple(outs), tuple(shifts)


def _push(outs: list[int], shifts: list[int], out: int, shift: int) -> None:
    """Append a breakpoint, merging it with the last one when that adds nothing."""
    if outs and outs[-1] == out:
        outs.pop()
        shifts.pop()
    if (shifts[-1] if shifts else 0) != shift:
        outs.append(out)
        shifts.append(shift)


def source_index(outs: Sequence[int], shifts: Sequence[int], index: int) -> int:
    """Return the input index output *index* came from."""
    k = bisect.bisect_right(outs, index) - 1
    return index + (shifts[k] if k >= 0 else 0)


def compose(first: Breakpoints, second: Breakpoints) -> Breakpoints:
    """Chain two maps: *first* leads from text B to A, *second* from C to B.

    Returns the map from C straight to A. The result changes shift only at a
    breakpoint of *second* or where *second* reaches a breakpoint of *first*, so
    both are visited once, in order.
    """
    outs1, shifts1 = first
    outs2, shifts2 = second
    if not outs1:
        return second
    if not outs2:
        return first
    # Pieces of *second*: from starts[k] on, C index c came from B index c + moves[k].
    starts = (0, *outs2)
    moves = (0, *shifts2)
    images = [s + m for s, m in zip(starts, moves, strict=True)]  # non-decreasing
    candidates: set[int] = {0, *outs2}
    for b in outs1:
        # The first C index whose B index reaches b: a piece start (already a
        # candidate), or inside the last piece whose start lands before b.
        k = bisect.bisect_left(images, b)
        if k:
            c = b - moves[k - 1]
            if k == len(starts) or c < starts[k]:
                candidates.add(c)
    outs: list[int] = []
    shifts: list[int] = []
    for c in sorted(candidates):
        a = source_index(outs1, shifts1, source_index(outs2, shifts2, c))
        _push(outs, shifts, c, a - c)
    return tuple(outs), tuple(shifts)
