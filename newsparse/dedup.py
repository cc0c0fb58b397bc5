"""Near-duplicate blocks: a block that repeats an earlier one is a ``duplicate``.

Pages repeat themselves: Al Mayadeen prints its lead again at the end, an appended
article carries the same two paragraphs twice, a pull quote repeats a sentence. A
later block is a duplicate of an earlier one when, after normalization (folded
Arabic letter forms, no diacritics, case and punctuation ignored), it is the same
text, or when at least 85% of its word trigrams occur in one earlier block. The
first copy stays; a short block (a "Bonus!" subheading used twice) is a duplicate
only of a title.

>>> first = "وقال الوزير إن المحادثات مستمرة مع الجانبين."
>>> find_duplicates([first, "نص آخر لا يتكرر هنا.", "وقال الوزير: إن المحادثات مستمرة مع الجانبين"])
(2,)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence

import regex

from newsparse._cues import search_form

__all__ = ["find_duplicates"]

# A block with fewer letters and digits than this is too short to call a repeat.
_MIN_CHARS = 12
# Below this many, a block repeats only a title (see `find_duplicates`).
_SHORT_CHARS = 30
# Trigram containment that makes a near-duplicate, and the fewest trigrams it needs
# (shorter blocks are only exact repeats).
_CONTAINMENT = 0.85
_MIN_GRAMS = 4
_WORD = regex.compile(r"\w+")


def _words(text: str) -> list[str]:
    # Letters and digits only: punctuation and spacing do not make a text different.
    return _WORD.findall(search_form(text).casefold())


def _trigrams(words: list[str]) -> set[tuple[str, str, str]]:
    return set(zip(words, words[1:], words[2:], strict=False))


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
    # Each text is normalized once; titles are looked up among the keys.
    keys_words = [_words(text) for text in texts]
    keys = ["".join(words) for words in keys_words]
    short_titles = {keys[i] for i in titles if 0 <= i < len(texts)}
    exact: set[str] = set()
    # Each trigram points at the latest kept block holding it: built and queried
    # with C-level set, dict and Counter calls, so the cost is linear in the page.
    index: dict[tuple[str, str, str], int] = {}
    out = []
    last = len(texts) - 1
    for i, (words, key) in enumerate(zip(keys_words, keys, strict=True)):
        if len(key) < _MIN_CHARS:
            continue
        if len(key) < _SHORT_CHARS:
            if key in short_titles and i not in titles and key in exact:
                out.append(i)
            exact.add(key)
            continue
        if key in exact:
            out.append(i)
            continue
        grams = _trigrams(words)
        if len(grams) >= _MIN_GRAMS and _contained(grams, index):
            out.append(i)
            continue
        exact.add(key)
        if i < last:  # the last text is never looked up
            index.update(dict.fromkeys(grams, i))
    return tuple(out)


def _contained(grams: set[tuple[str, str, str]], index: dict[tuple[str, str, str], int]) -> bool:
    """Whether one earlier block holds at least 85% of *grams*."""
    need = _CONTAINMENT * len(grams)
    # All earlier blocks together must hold that many: a set intersection settles
    # most blocks before any per-block count is made.
    common = grams & index.keys()
    if len(common) < need:
        return False
    return max(Counter(map(index.__getitem__, common)).values()) >= need
