"""Near-duplicate blocks: a block that repeats an earlier one is a ``duplicate``.

Pages repeat themselves: Al Mayadeen prints its lead again at the end, an appended
article carries the same two paragraphs twice, a pull quote repeats a sentence. A
later block is a duplicate of an earlier one when, after normalization (folded
Arabic letter forms, no diacritics, case and punctuation ignored), it is the same
text, or when at least 85% of its word trigrams occur in one earlier block of
comparable length (or it is a whole sentence long: a pull quote). The first copy
stays; a short block (a "Bonus!" subheading used twice) is a duplicate only of a
title, and a list item only when it is paragraph-long (the same requirement may
recur in a second list).

>>> first = "وقال الوزير إن المحادثات مستمرة مع الجانبين."
>>> find_duplicates([first, "نص آخر لا يتكرر هنا.", "وقال الوزير: إن المحادثات مستمرة مع الجانبين"])
(2,)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence

import regex

from newsparse._cues import search_form
from newsparse.errors import check_text

__all__ = ["find_duplicates"]

# A block with fewer letters and digits than this is too short to call a repeat.
_MIN_CHARS = 12
# Below this many, a block repeats only a title (see `find_duplicates`).
_SHORT_CHARS = 30
# Trigram containment that makes a near-duplicate, and the fewest trigrams it needs
# (shorter blocks are only exact repeats).
_CONTAINMENT = 0.85
_MIN_GRAMS = 4
# A near-duplicate is about as long as the block it repeats: a short block whose
# words all sit inside a longer one is a broken sentence's tail, not a repeat;
# unless it is a whole sentence long (a pull quote lifted from a paragraph).
_MIN_LENGTH_RATIO = 0.6
_PULL_QUOTE_GRAMS = 15
# A list item recurs legitimately (the same requirement in two lists): it is never
# a duplicate unless it is paragraph-long (this many letters and digits), like a
# bulleted recap that repeats a paragraph.
_LONG_ITEM_CHARS = 120
_WORD = regex.compile(r"\w+")
# A list item: a bullet glyph, or a number or letter with ``-``, ``.`` or ``)``.
_ITEM = regex.compile(r"^\s*(?:[•·▪◦●■○◆►✓✔*\-–—]|(?:\d{1,3}|\p{L})\s*[-–.)])")


def _check_texts(texts: object) -> None:
    """Raise a `TypeError` naming `find_duplicates` unless *texts* is a sequence of str."""
    if isinstance(texts, str | bytes | bytearray) or not isinstance(texts, Sequence):
        msg = (
            "find_duplicates() takes a sequence of str (a page's blocks), "
            f"got {type(texts).__name__}"
        )
        raise TypeError(msg)
    for text in texts:
        check_text(text, func="find_duplicates")


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
    _check_texts(texts)
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
    sizes: dict[int, int] = {}  # trigrams of each indexed block
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
        if len(key) < _LONG_ITEM_CHARS and _ITEM.match(texts[i]):
            exact.add(key)
            continue
        if key in exact:
            out.append(i)
            continue
        grams = _trigrams(words)
        if len(grams) >= _MIN_GRAMS and _contained(grams, index, sizes):
            out.append(i)
            continue
        exact.add(key)
        if i < last:  # the last text is never looked up
            index.update(dict.fromkeys(grams, i))
            sizes[i] = len(grams)
    return tuple(out)


def _contained(
    grams: set[tuple[str, str, str]],
    index: dict[tuple[str, str, str], int],
    sizes: dict[int, int],
) -> bool:
    """Whether one earlier block of comparable length holds at least 85% of *grams*."""
    need = _CONTAINMENT * len(grams)
    # All earlier blocks together must hold that many: a set intersection settles
    # most blocks before any per-block count is made.
    common = grams & index.keys()
    if len(common) < need:
        return False
    longest = len(grams) / _MIN_LENGTH_RATIO if len(grams) < _PULL_QUOTE_GRAMS else float("inf")
    return any(
        count >= need and sizes[j] <= longest
        for j, count in Counter(map(index.__getitem__, common)).items()
    )
