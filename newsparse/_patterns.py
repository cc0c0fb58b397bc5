r"""Regex pieces built from the rows of data files, shared by the stages.

>>> print(alternation(["de", "a las", "a la"]))
a\s+las|a\s+la|de
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

__all__ = ["alternation"]


def alternation(phrases: Iterable[str], *, gap: str = r"\s+") -> str:
    r"""Return a regex alternation of *phrases*, longest first, so the longest one wins.

    Args:
        phrases: words or phrases, as written in a data file (duplicates are dropped).
        gap: what the white space inside a phrase matches (any run by default;
            ``r"\s*"`` also lets the words be glued together).

    Returns:
        The alternation, without a group around it.

    >>> print(alternation(["اقرا ايضا"], gap=r"\s*"))
    اقرا\s*ايضا
    """
    unique = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(gap.join(regex.escape(w) for w in p.split()) for p in unique)
