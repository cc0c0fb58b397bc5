r"""Repair of scraped spacing: glued words and missing spaces after punctuation.

Scrapers that drop inline markup glue words together (``الخارجيةفي``,
``الوزيرأنتوني``). `repair_spacing` puts the missing spaces back and changes
nothing else: it only ever inserts plain spaces.

>>> repair_spacing("وزير الخارجيةفي مؤتمر صحفي")
'وزير الخارجية في مؤتمر صحفي'
>>> repair_spacing("قال الوزيرأنتوني بلينكن")
'قال الوزير أنتوني بلينكن'

Two kinds of evidence, cheapest first:

* **Orthography.** Teh marbuta and alef maksura end a word, and so does a tanween
  ending (``اً``, ``ًا``): a letter right after them starts the next word. A letter
  glued to Latin letters or digits, and a letter right after an Arabic comma,
  semicolon or question mark, mark a join too.
* **The lexicon.** A long token that is not a known word is split where both
  halves are frequent words (``صرحوزير`` → ``صرح وزير``). The word list holds the
  frequencies of words in 27,000 Saudi news articles (``newsparse/data/ar-words.tsv``).

`repair_spacing_with_map` also says where each output character came from, like
`newsparse.normalize.normalize_arabic_with_map`:

>>> fixed = repair_spacing_with_map("الأوكراني،دينيس")
>>> fixed.text
'الأوكراني، دينيس'
>>> fixed.source_span(11, 16)
(10, 15)
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections.abc import Mapping

from newsparse import _offsets
from newsparse._arabic import ARABIC_LETTERS, PROCLITICS, TATWEEL
from newsparse._data import load_lines, load_table
from newsparse.errors import check_text
from newsparse.normalize import Normalized

__all__ = ["repair_spacing", "repair_spacing_with_map"]

# The Arabic alphabet (from pyarabic) plus the letters Persian and Urdu add.
_LETTER = ARABIC_LETTERS + "\u0671-\u06d3"
_MARK = "\u064b-\u065f\u0670"
_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_DIGIT = "0-9\u0660-\u0669\u06f0-\u06f9"

# Each pattern starts with a rare character or a small class, so re scans fast;
# the context is checked in Python on the few matches.
# Teh marbuta or alef maksura (and their marks), then a letter.
_FINAL = re.compile(f"[\u0629\u0649][{_MARK}]*(?=[{_LETTER}])")
# Tanween fath: with its alef (either order) it ends a word.
# (Only where a letter follows the ending: most tanween ends a word before a space.)
_TANWEEN = re.compile(f"\u064b(?<=\u0627\u064b)(?=[{_LETTER}])|\u064b(?=\u0627[{_LETTER}])")
# A Latin letter or digit right after Arabic, and one right before it. Both start
# with the class (re scans for it fast) and look back or ahead from there, so
# Latin text costs no Python work.
_TO_FOREIGN = re.compile(f"[{_LATIN}{_DIGIT}](?<=[{_LETTER}{_MARK}][{_LATIN}{_DIGIT}])")
_FROM_FOREIGN = re.compile(f"[{_LATIN}{_DIGIT}](?=[{_LETTER}])")
# Punctuation right before an Arabic letter.
_PUNCT = re.compile(f"[\u060c\u061b\u061f!,.:](?=[{_LETTER}])")
# Long runs of Arabic letters, no mark or tatweel next to them: the tokens the
# lexicon looks at (shorter ones are rarely two glued words).
_TOKEN = re.compile(
    f"(?<![{_LETTER}{_MARK}{TATWEEL}])[{_LETTER}]{{5,30}}+(?![{_LETTER}{_MARK}{TATWEEL}])"
)
_WORDISH = re.compile(f"[{_LETTER}{_MARK}{TATWEEL}]")
_RUN = re.compile(f"[{_LETTER}][{_LETTER}]*")

# How frequent the parts of a split must be in the word list (see _trusted).
_COMMON = 50
_RARE = 10
_RARE_LENGTH = 5
_PARTNER = 200
_MIN_PART = 2  # the shortest part
_FIND_LIMIT = 4  # more split tokens than this: one regex pass finds them all
_ARTICLE_BONUS = 3.0  # log-count bonus of a right part that starts with ال


@functools.cache
def _lexicon() -> Mapping[str, int]:
    """Word → count in the bench articles (see ``newsparse/data/README.md``)."""
    return {row["word"]: int(row["count"]) for row in load_table("ar-words.tsv")}


@functools.cache
def _affixes() -> tuple[frozenset[str], frozenset[str]]:
    """Proclitic and enclitic strings that must not stand alone as a split part."""
    prefixes: set[str] = set()
    suffixes: set[str] = set()
    for line in load_lines("ar-clitics.txt"):
        if line.endswith("-"):
            prefixes.add(line[:-1])
        else:
            suffixes.add(line.removeprefix("-"))
    return frozenset(prefixes), frozenset(suffixes)


@functools.cache
def _short_words() -> frozenset[str]:
    """The two-letter words a split may leave standing alone."""
    return frozenset(load_lines("ar-short-words.txt"))


def _word_like(part: str) -> bool:
    """Whether *part* is long enough to be a word of its own, not a clitic or fragment.

    A leading conjunction (و, ف) does not count towards the length: وست is و + ست.
    """
    core = part[1:] if len(part) == 3 and part[0] in "\u0648\u0641" else part
    return len(core) >= 3 or core in _short_words()


def _trusted(part: str, count: int, other: int) -> bool:
    """Whether *part* is a word sure enough to split at.

    A common word is; a rarer one (a name such as أنتوني) only when it is long and
    the other part is very common: short rare strings are more often pieces of
    names and of words the list lacks (هاريسون is not هاري + سون).
    """
    if count >= _COMMON:
        return True
    return count >= _RARE and len(part) >= _RARE_LENGTH and other >= _PARTNER


@functools.lru_cache(maxsize=1 << 16)
def _split(token: str) -> tuple[int, ...]:
    """Where to cut an unknown token into known words (two or three), or ()."""
    lexicon = _lexicon()
    for k in (1, 2):
        # One or two proclitics on a known word (فيعلم is ف + يعلم, not في + علم;
        # ولامكانية is و + ل + امكانية): the token is a word.
        if token[k - 1] not in PROCLITICS:
            break
        if token[k:] in lexicon:
            return ()
    cut, _ = _best_cut(token)
    if cut:
        return (cut,)
    # Three words glued (عنهممنقبل): a common word, then a token that splits in two.
    best: tuple[int, ...] = ()
    best_score = 0.0
    for i in range(_MIN_PART, len(token) - 2 * _MIN_PART + 1):
        left, rest = token[:i], token[i:]
        count = lexicon.get(left, 0)
        if count < _COMMON or not _word_like(left) or rest in lexicon:
            continue
        rest_cut, rest_score = _best_cut(rest)
        if rest_cut and math.log(count) + rest_score > best_score:
            best, best_score = (i, i + rest_cut), math.log(count) + rest_score
    return best


@functools.lru_cache(maxsize=1 << 16)
def _best_cut(token: str) -> tuple[int, float]:
    """The best place to cut *token* into two known words, and its score (0 if none)."""
    lexicon = _lexicon()
    prefixes, suffixes = _affixes()
    # A split may not cut into a pronoun suffix the token ends with (قلقه|ما).
    ending = max((len(s) for s in suffixes if token.endswith(s)), default=0)
    best, best_score = 0, 0.0
    for i in range(_MIN_PART, len(token) - _MIN_PART + 1):
        left, right = token[:i], token[i:]
        if left in prefixes or right in suffixes or len(token) - ending < i:
            continue
        left_count = lexicon.get(left, 0)
        right_count = lexicon.get(right, 0)
        if not (
            _trusted(left, left_count, right_count)
            and _trusted(right, right_count, left_count)
            and _word_like(left)
            and _word_like(right)
        ):
            continue
        score = math.log(left_count) + math.log(right_count)
        if right.startswith("\u0627\u0644"):
            # A word after the glue most often starts with the article: prefer
            # وضع|الخطة to وضعا|لخطة when both halves are words.
            score += _ARTICLE_BONUS
        if score > best_score:
            best, best_score = i, score
    return best, best_score


def _letters_before(text: str, index: int, need: int) -> bool:
    """Whether at least *need* Arabic letters run up to *index* (marks skipped)."""
    j = index
    count = 0
    while j > 0 and count < need:
        c = text[j - 1]
        if "\u064b" <= c <= "\u065f" or c == "\u0670":
            j -= 1
        elif _RUN.match(c):
            count += 1
            j -= 1
        else:
            break
    return count >= need


def _run_after(text: str, index: int) -> str:
    """The Arabic letters from *index* on (at most a few: only short runs matter)."""
    m = _RUN.match(text, index, index + 4)
    return m[0] if m else ""


def _orthographic(text: str) -> set[int]:
    """Input positions before which a space is missing, from orthography alone."""
    found: set[int] = set()
    for m in _FINAL.finditer(text):
        after = text[m.end()]
        if m.start() and _RUN.match(text[m.start() - 1]) and after not in "\u0621\u0626":
            found.add(m.end())
    if "\u064b" in text:
        for m in _TANWEEN.finditer(text):
            _tanween(text, m.start(), found)
    for m in _TO_FOREIGN.finditer(text):
        # Arabic, then Latin or digits: not after a proclitic standing alone (و3,
        # وم2: and m²) or the article (الـ20 without its tatweel).
        start = m.start()
        need = 3 if text[start - 2 : start - 1] in PROCLITICS else 2
        if _letters_before(text, start, need) and not text.startswith("\u0627\u0644", start - 2):
            found.add(start)
    for m in _FROM_FOREIGN.finditer(text):
        # Latin or digits, then Arabic: not a unit written after a number (2015م).
        after = _run_after(text, m.end())
        if len(after) >= 2 and not (m[0] in _DIGITS and after in _UNITS):
            found.add(m.end())
    for m in _PUNCT.finditer(text):
        if m.start() and not text[m.start() - 1].isspace():
            if m[0] in ".:" and (
                not _letters_before(text, m.start(), 3) or len(_run_after(text, m.end())) < 3
            ):
                continue
            found.add(m.end())
    return found


_DIGITS = frozenset("0123456789\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669") | {
    chr(c) for c in range(0x06F0, 0x06FA)
}
# Abbreviations written right after a number: not glued words.
_UNITS = frozenset({"هـ", "ه", "م", "ق", "كم", "كلم", "مم", "سم", "كجم", "كغ", "ملم"})


def _tanween(text: str, at: int, found: set[int]) -> None:
    """Record the end of a tanween-alef ending followed by a word."""
    if at >= 3 and text[at - 1] == "\u0627" and _letters_before(text, at - 1, 2):
        end = at + 1
    elif (
        at >= 2
        and text[at + 1 : at + 2] == "\u0627"
        and text[at - 1] not in "\u0629\u0649"  # ةً takes no alef: it starts the next word
        and _letters_before(text, at, 2)
    ):
        end = at + 2
    else:
        return
    after = _run_after(text, end)
    if len(after) >= 2 and after[0] != "\u0621":
        found.add(end)


def _lexical(text: str) -> list[int]:
    """Positions inside unknown tokens where the lexicon splits them in two."""
    tokens = _TOKEN.findall(text)
    if not tokens:
        return []
    splits = {t: cuts for t in set(tokens).difference(_lexicon()) if (cuts := _split(t))}
    if len(splits) > _FIND_LIMIT:
        return [
            m.start() + cut for m in _TOKEN.finditer(text) if m[0] in splits for cut in splits[m[0]]
        ]
    positions: list[int] = []
    for token, cuts in splits.items():
        # For a few tokens, str.find is far cheaper than a second regex pass; a hit
        # is kept only where the token stands alone, as _TOKEN found it.
        at = text.find(token)
        while at >= 0:
            end = at + len(token)
            if (at == 0 or not _WORDISH.match(text[at - 1])) and (
                end == len(text) or not _WORDISH.match(text[end])
            ):
                positions.extend(at + cut for cut in cuts)
            at = text.find(token, end)
    return sorted(positions)


def _insertions(text: str) -> list[int]:
    """Sorted input positions before which repair_spacing inserts a space."""
    first = sorted(_orthographic(text))
    if not first:
        return _lexical(text)  # sorted
    # The lexicon looks at the text with the first spaces in (so a token glued
    # after ``أيضاً`` is seen whole); its positions are then moved back onto the
    # input. They fall inside letter runs, never on a first-pass space.
    spaced = [p + k for k, p in enumerate(first)]
    second = [p - bisect.bisect_right(spaced, p) for p in _lexical(_insert(text, first))]
    return sorted({*first, *second})


def _insert(text: str, positions: list[int]) -> str:
    pieces: list[str] = []
    pos = 0
    for p in positions:
        pieces.append(text[pos:p])
        pieces.append(" ")
        pos = p
    pieces.append(text[pos:])
    return "".join(pieces)


def repair_spacing(text: str, /) -> str:
    """Return *text* with the spaces a scraper dropped between words put back.

    Only spaces are inserted; every other character is kept, in order.

    Args:
        text: any string.

    Returns:
        The repaired text.

    Raises:
        TypeError: *text* is not a `str`.

    >>> repair_spacing("أيضاًالعالم يراقب")
    'أيضاً العالم يراقب'
    >>> repair_spacing("موقع24 و2015م")
    'موقع 24 و2015م'
    """
    check_text(text, func="repair_spacing")
    positions = _insertions(text)
    return _insert(text, positions) if positions else text


def repair_spacing_with_map(text: str, /) -> Normalized:
    """Like `repair_spacing`, and keep the way back to the input.

    An inserted space maps to the character it precedes.

    Returns:
        A `~newsparse.normalize.Normalized` whose ``.text`` is what `repair_spacing` returns.

    >>> fixed = repair_spacing_with_map("صرحوزير الخارجية")
    >>> fixed.text, fixed.source_span(4, 8)
    ('صرح وزير الخارجية', (3, 7))
    """
    check_text(text, func="repair_spacing_with_map")
    positions = _insertions(text)
    if not positions:
        return Normalized(text, (), (), len(text))
    outs, shifts = _offsets.breakpoints((p, p, 1) for p in positions)
    return Normalized(_insert(text, positions), outs, shifts, len(text))
