"""The quotation lexicons, loaded once: reporting cues and function words.

Both tables live in ``newsparse/data/`` (``quote_cues.tsv``, ``quote_words.tsv``).
Arabic entries are folded with the ``search`` normalization preset so that they
match the normalized text the finder works on; Latin entries are lower-cased.

>>> lexicon().cue(("وقال",))[0].lemma
'قال'
>>> lexicon().cue(("according", "to"))[0].role
'frame'
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs
import regex

from newsparse._data import load_table
from newsparse.normalize import normalize_arabic

__all__ = ["Cue", "Lexicon", "fold_word", "lexicon", "word_counts"]

_ARABIC = regex.compile(r"\p{Arabic}")
# The conjunctions that glue to a verb in Arabic: وقال، فقال.
_CONJUNCTIONS = ("و", "ف")


def fold_word(word: str) -> str:
    """Return the lookup key of *word*: search-normalized Arabic or lower-cased Latin.

    >>> fold_word("أكّدَ"), fold_word("Said")
    ('اكد', 'said')
    """
    if _ARABIC.search(word):
        return normalize_arabic(word, preset="search")
    return word.lower().replace("'", "’")


@attrs.frozen
class Cue:
    """A reporting cue of the lexicon.

    Attributes:
        lang: its language code.
        role: ``verb``, ``participle``, ``frame``, ``transfer``, ``setting`` or ``post``.
        lemma: its dictionary form.
        length: how many words it spans.
    """

    lang: str
    role: str
    lemma: str
    length: int


@attrs.frozen
class Lexicon:
    """The cues by their first folded word, and the function words by language and role."""

    cues: dict[str, tuple[tuple[tuple[str, ...], Cue], ...]]
    words: dict[tuple[str, str], frozenset[str]]
    #: Every folded word a cue may begin with, with and without a glued و or ف.
    heads: frozenset[str] = attrs.field(init=False)

    @heads.default
    def _heads(self) -> frozenset[str]:
        glued = {c + w for w in self.cues for c in _CONJUNCTIONS if len(w) > 2}
        return frozenset(self.cues) | glued

    def cue(
        self, tokens: Sequence[str], *, strip: bool = True
    ) -> tuple[Cue, int] | tuple[None, int]:
        """Return the longest cue that *tokens* (folded words) begin with, and its length.

        A leading Arabic conjunction (و, ف) is tried both kept and stripped.
        """
        if not tokens or tokens[0] not in self.heads:
            return None, 0  # most words: one set lookup
        first = tokens[0]
        heads = [first]
        if strip and len(first) > 3 and first.startswith(_CONJUNCTIONS):
            heads.append(first[1:])
        for head in heads:
            for forms, cue in self.cues.get(head, ()):
                n = len(forms)
                if tuple(tokens[1:n]) == forms[1:] and len(tokens) >= n:
                    return cue, n
        return None, 0

    def starts(self, word: str) -> bool:
        """True if a cue may begin with folded *word* (a cheap test before `cue`)."""
        return word in self.heads

    def has(self, lang: str, role: str, word: str) -> bool:
        """True if folded *word* is listed for *lang* under *role* (any language for ``*``)."""
        return word in self.words.get((lang, role), frozenset())


@functools.cache
def lexicon() -> Lexicon:
    """Return the quotation lexicon (built on first use, then cached)."""
    cues: dict[str, list[tuple[tuple[str, ...], Cue]]] = {}
    for row in load_table("quote_cues.tsv"):
        for form in row["forms"].split("|"):
            tokens = tuple(fold_word(t) for t in form.split())
            cue = Cue(row["lang"], row["role"], row["lemma"], len(tokens))
            cues.setdefault(tokens[0], []).append((tokens, cue))
    words: dict[tuple[str, str], set[str]] = {}
    for row in load_table("quote_words.tsv"):
        word = fold_word(row["word"])
        words.setdefault((row["lang"], row["role"]), set()).add(word)
        words.setdefault(("*", row["role"]), set()).add(word)
    return Lexicon(
        cues={k: tuple(sorted(v, key=lambda fc: -len(fc[0]))) for k, v in cues.items()},
        words={k: frozenset(v) for k, v in words.items()},
    )


@functools.cache
def word_counts() -> dict[str, int]:
    """Folded Arabic word → its count in the bench articles (``ar-words.tsv``).

    It tells a word that begins with ل (لجنة، لبنان) from ل + a word (لرويترز،
    لنظيره): the word on its own is the more frequent of the two readings.
    """
    rows = load_table("ar-words.tsv")
    # one normalization call for the whole column; lines stay aligned
    folded = normalize_arabic("\n".join(row["word"] for row in rows), preset="search")
    counts: dict[str, int] = {}
    for word, row in zip(folded.split("\n"), rows, strict=True):
        counts[word] = counts.get(word, 0) + int(row["count"])
    return counts
