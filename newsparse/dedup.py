"""Near-duplicate blocks: a block that repeats an earlier one is a ``duplicate``.

Pages repeat themselves: Al Mayadeen prints its lead again at the end, an appended
article carries the same two paragraphs twice, a pull quote repeats a sentence. A
later block is a duplicate of an earlier one when, after normalization (folded
Arabic letter forms, no diacritics, case and punctuation ignored), it is the same
text, or when nearly all its word trigrams occur in one earlier block. The first
copy stays; short blocks (a "Bonus!" subheading used twice) are never duplicates.

>>> first = "وقال الوزير إن المحادثات مستمرة مع الجانبين."
>>> find_duplicates([first, "نص آخر لا يتكرر هنا.", "وقال الوزير: إن المحادثات مستمرة مع الجانبين"])
(2,)
"""

from __future__ import annotations

import functools
import string
from collections import Counter
from collections.abc import Sequence

from newsparse._cues import normalized_key

__all__ = ["find_duplicates"]

# A block with fewer letters and digits than this is too short to call a repeat.
_MIN_CHARS = 12
# Trigram containment that makes a near-duplicate, and the fewest words it needs.
_CONTAINMENT = 0.85
_MIN_WORDS = 6
_MAX_HOLDERS = 8


@functools.cache
def _punctuation() -> dict[int, None]:
    """A translate table deleting ASCII and common Arabic and typographic punctuation."""
    marks = string.punctuation + "،؛؟«»“”‘’„…–—ـ·•"
    return dict.fromkeys(map(ord, marks))


def _words(text: str) -> list[str]:
    return normalized_key(text).translate(_punctuation()).split()


def _trigrams(words: list[str]) -> set[tuple[str, str, str]]:
    return {(words[i], words[i + 1], words[i + 2]) for i in range(len(words) - 2)}


def find_duplicates(texts: Sequence[str], /) -> tuple[int, ...]:
    """Return the indices of the texts that repeat an earlier one.

    Args:
        texts: blocks in page order (only those that can be repeats: body,
            subheadings, titles).

    Returns:
        Indices, ascending, of the later copies; the first copy is never listed.

    >>> find_duplicates(["Bonus!", "Bonus!"])
    ()
    """
    if len(texts) < 2:
        return ()
    exact: set[str] = set()
    index: dict[tuple[str, str, str], set[int]] = {}
    out = []
    for i, text in enumerate(texts):
        words = _words(text)
        key = "".join(words)
        if len(key) < _MIN_CHARS:
            continue
        grams = _trigrams(words)
        dup = key in exact
        if not dup and len(words) >= _MIN_WORDS and grams:
            hits: Counter[int] = Counter()
            for g in grams:
                for j in index.get(g, ()):
                    hits[j] += 1
            dup = bool(hits) and hits.most_common(1)[0][1] >= _CONTAINMENT * len(grams)
        if dup:
            out.append(i)
            continue
        exact.add(key)
        for g in grams:
            holders = index.setdefault(g, set())
            # A trigram common to many blocks says little; capping its list keeps
            # the cost linear in the page size.
            if len(holders) < _MAX_HOLDERS:
                holders.add(i)
    return tuple(out)
