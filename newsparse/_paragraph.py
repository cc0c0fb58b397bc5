"""A paragraph as the quotation finder reads it: normalized, in words, with its marks.

`Paragraph` holds the search-normalized text of one paragraph (so that cues match
whatever the spelling), its words and their lookup keys, its sentence ends and its
quote pairs, and maps any span back to the input.

>>> p = Paragraph('قالَ الوزيرُ: "نعم".', 0, 20, 0)
>>> p.keys[:2], p.span(*p.words[1])
(['قال', 'الوزير'], (5, 12))
"""

from __future__ import annotations

import bisect
import functools
from itertools import accumulate
from typing import Any

import regex

from newsparse._marks import MARKS, MarkPair, opens_paragraph, pair_marks
from newsparse.lang import detect_lang
from newsparse.normalize import Normalized, normalize_arabic_with_map

__all__ = [
    "ARABIC",
    "HAS_MARK",
    "LETTER",
    "SENTENCE_END",
    "WINDOW",
    "WORD",
    "Paragraph",
    "breaks",
]

HAS_MARK = regex.compile("[" + regex.escape(MARKS) + "]")
# Words: letters (with marks and inner apostrophes or hyphens), or a run of digits,
# so that a number glued to a verb (``2022عنونت``) leaves the verb its own word.
WORD = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}’'\-]*|\p{N}+")
_WORD_SPLIT = regex.compile(f"({WORD.pattern})")
# A sentence ends at . ! ? ؟, not inside a number (3.5) nor after a short capitalized
# abbreviation (Sen. Chuck Schumer, Mr. Smith, N.Y.).
SENTENCE_END = regex.compile(r"(?<!\b\p{Lu}\p{Ll}{0,2})[.!?؟]+(?!\d)")
ARABIC = regex.compile(r"\p{Arabic}")
# What ends a noun phrase between two words: punctuation, a bracket, a quote mark.
_BREAK = regex.compile("[" + regex.escape(",،:;.!?؟()\n" + MARKS) + "]")
LETTER = regex.compile(r"\p{L}")
# Diacritics and tatweel after a word's last letter belong to the word (مضيفاً).
_TRAILING_MARKS = regex.compile(r"[\p{Mn}\u0640]+")
# How far (in characters) a sentence, a pronoun's antecedent or the last speaker is
# Longest line, in words, read as a heading (``The King's Speech: full transcript``).
HEADING_WORDS = 12
# looked for around a quotation: keeps the cost linear on pages without punctuation.
WINDOW = 400


class Paragraph:
    """One paragraph, normalized, with its words, sentence ends and quote pairs."""

    def __init__(self, text: str, start: int, end: int, index: int) -> None:
        self.source = text
        self.offset = start
        self.end = end
        self._language: str | bool | None = False  # False: not yet detected
        self.index = index
        self.norm: Normalized = normalize_arabic_with_map(text[start:end], preset="search")
        t = self.norm.text
        self.text = t
        self.pairs: tuple[MarkPair, ...] = pair_marks(t) if HAS_MARK.search(t) else ()
        self._opens = [p.open for p in self.pairs]
        #: The pairs that hold a name or a title, not speech (set by the finder).
        self.names: frozenset[MarkPair] = frozenset()
        #: Indices of the words a cue may begin with (set on first use by the speaker rules).
        self.cue_words: list[int] | None = None

    # Words, keys and sentence ends are made on first use: most paragraphs with marks
    # hold no quotation and never need them.
    words: list[tuple[int, int]]
    """``(start, end)`` of every word, in normalized offsets."""
    starts: list[int]
    """The start of every word, for bisection."""
    keys: list[str]
    """The lookup key of every word: lower-cased, with a typographic apostrophe."""

    def __getattr__(self, name: str) -> Any:
        if name not in ("words", "starts", "keys"):
            raise AttributeError(name)
        self._tokenize()
        return self.__dict__[name]

    def _tokenize(self) -> None:
        """Split the text into words: one regex pass, offsets and keys made in C."""
        t = self.text
        lower = t.lower()
        if len(lower) == len(t):  # then the keys are the words of the lower-cased text
            parts = _WORD_SPLIT.split(lower.replace("'", "’"))
            keys = parts[1::2]
        else:  # lower() changed a length (İ): words from the text, keys word by word
            parts = _WORD_SPLIT.split(t)
            keys = [w.lower().replace("'", "’") for w in parts[1::2]]
        # parts alternate gap, word, gap, …: their running lengths are the word bounds
        bounds = list(accumulate(map(len, parts)))
        self.starts = bounds[0:-1:2]
        self.words = list(zip(self.starts, bounds[1::2], strict=True))
        self.keys = keys

    @functools.cached_property
    def ends(self) -> list[int]:
        """Where each sentence ends (outside quotation marks)."""
        t = self.text
        return [m.end() for m in SENTENCE_END.finditer(t) if not self.inside_pair(m.start())]

    def pair_at(self, i: int) -> MarkPair | None:
        """The quote pair that offset *i* lies strictly inside, or None."""
        k = bisect.bisect_left(self._opens, i) - 1
        if k >= 0 and i < self.pairs[k].close:
            return self.pairs[k]
        return None

    def inside_pair(self, i: int) -> bool:
        """True if offset *i* lies strictly inside a quotation or a quoted name."""
        return self.pair_at(i) is not None

    def inside_speech(self, i: int) -> bool:
        """True if offset *i* lies inside a quotation that is speech, not a name."""
        pair = self.pair_at(i)
        return pair is not None and pair not in self.names

    def heading(self) -> bool:
        """True for a short line with no sentence end: a heading, not a sentence."""
        line = self.text.rstrip()
        return len(self.words) <= HEADING_WORDS and not SENTENCE_END.search(line[-1:])

    def opens_with_mark(self) -> bool:
        """True if the paragraph's first character is an opening quote mark."""
        return opens_paragraph(self.text)

    def language(self) -> str | None:
        """The paragraph's language by `newsparse.lang.detect_lang`, found on first use."""
        if self._language is False:
            self._language = detect_lang(self.source[self.offset : self.end])
        return self._language if isinstance(self._language, str) else None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized span of this paragraph to input offsets."""
        s, e = self.norm.source_span(start, end)
        s, e = s + self.offset, e + self.offset
        m = _TRAILING_MARKS.match(self.source, e) if end > start else None
        return s, m.end() if m else e

    def sentence(self, open_: int, close: int) -> tuple[int, int]:
        """The sentence around ``[open_, close]`` (normalized offsets), at most a window wide."""
        k = bisect.bisect_right(self.ends, open_)
        start = self.ends[k - 1] if k else 0
        k = bisect.bisect_right(self.ends, close)
        end = self.ends[k] if k < len(self.ends) else len(self.text)
        return max(start, open_ - WINDOW), min(end, close + WINDOW)

    def first_text(self) -> int:
        """Offset of the paragraph's first visible character."""
        return len(self.text) - len(self.text.lstrip())

    def before(self, i: int) -> str:
        """The last visible character before offset *i* ('' if none)."""
        j = i
        while j > 0 and self.text[j - 1].isspace():
            j -= 1
        return self.text[j - 1] if j else ""

    def word_before(self, i: int) -> int:
        """Index of the last word that ends at or before offset *i*, or -1."""
        return bisect.bisect_left(self.starts, i) - 1

    def word_range(self, start: int, end: int) -> list[int]:
        """Indices of the words in ``[start, end)`` that are not inside a quotation."""
        starts = self.starts
        i = bisect.bisect_left(starts, start)
        hi = bisect.bisect_left(starts, end)
        pairs = self.pairs
        k = max(bisect.bisect_left(self._opens, starts[i]) - 1, 0) if i < hi and pairs else 0
        out: list[int] = []
        while i < hi:
            # whole runs of words between quotations at a time, not word by word
            while k < len(pairs) and pairs[k].close <= starts[i]:
                k += 1
            if k < len(pairs) and pairs[k].open < starts[i]:
                i = bisect.bisect_left(starts, pairs[k].close, i, hi)
                continue
            j = bisect.bisect_right(starts, pairs[k].open, i, hi) if k < len(pairs) else hi
            out.extend(range(i, j))
            i = j
        return out

    def gap(self, i: int) -> str:
        """The characters between word *i* and the next one (or the paragraph end)."""
        end = self.words[i][1]
        nxt = self.words[i + 1][0] if i + 1 < len(self.words) else len(self.text)
        return self.text[end:nxt]

    def capital(self, i: int) -> bool:
        """True if word *i* begins with a capital letter."""
        return self.text[self.words[i][0]].isupper()


def breaks(gap: str) -> bool:
    """True if the characters between two words end a noun phrase."""
    return _BREAK.search(gap) is not None
