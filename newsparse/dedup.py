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
from collections.abc import Collection, Sequence

from newsparse._cues import normalized_key

__all__ = ["find_duplicates"]

# A block with fewer letters and digits than this is too short to call a repeat.
_MIN_CHARS = 12
# Below this many, a block repeats only a title (see `find_duplicates`).
_SHORT_CHARS = 30
# Trigram containment that makes a near-duplicate, and the fewest words it needs.
_CONTAINMENT = 0.85
_MIN_WORDS = 6
_MAX_HOLDERS = 8


@functools.cache
def _punctuation() -> dict[int, None]:
    """A translate table deleting ASCII and common Arabic and typographic punctuation."""
    marks = string.punctuation + "،؛؟«»“”‘’„…–—ـ·•"
    return dict.fromkeys(map(ord, marks))


def _key(text: str) -> str:
    return "".join(_words(text))


def _words(text: str) -> list[str]:
    return normalized_key(text).translate(_punctuation()).split()


def _trigrams(words: list[str]) -> set[tuple[str, str, str]]:
    return {(words[i], words[i + 1], words[i + 2]) for i in range(len(words) - 2)}


def find_duplicates(texts: Sequence[str], /, *, titles: Collection[int] = ()) -> tuple[int, ...]:
    """Return the indices of the texts that repeat an earlier one.

    Args:
        texts: blocks in page order (only those that can be repeats: body,
            subheadings, titles).
        titles: indices of the titles among *texts*. A short block (under 30
            letters) is a duplicate only of a title: short labels and refrains
            ("طريقة التحضير:", a poem's refrain) legitimately recur.

    Returns:
        Indices, ascending, of the later copies; the first copy is never listed.

    >>> find_duplicates(["Bonus!", "Bonus!"])
    ()
    >>> find_duplicates(["طريقة التحضير:", "المقادير", "طريقة التحضير:"])
    ()
    >>> find_duplicates(["Run Windows on a Mac", "Run Windows on a Mac"], titles={0})
    (1,)
    """
    if len(texts) < 2:
        return ()
    exact: set[str] = set()
    short_titles = {_key(texts[i]) for i in titles}
    index: dict[tuple[str, str, str], set[int]] = {}
    out = []
    for i, text in enumerate(texts):
        words = _words(text)
        key = "".join(words)
        if len(key) < _MIN_CHARS:
            continue
        if len(key) < _SHORT_CHARS:
            if key in short_titles and i not in titles and key in exact:
                out.append(i)
            exact.add(key)
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
