"""Quote marks paired at the character level, one paragraph at a time.

No tokenizer: a mark's role (opening, closing, either, or an apostrophe) comes from
its glyph and the characters on each side, so a closing mark glued between a word
and a full stop (``الرهائن".``) pairs as well as a padded one (``" لتأمين``). Pairing
tolerates what real pages do: reversed pairs (``»…«``), same-glyph pairs
(``”…”``), mixed families (``“…"``), German ``„…“``, and an opening mark that is
never closed (the quotation then runs to the end of its sentence, or of the
paragraph when the next paragraph opens with a mark: a multi-paragraph quotation).

>>> [(m.open, m.close, m.closed) for m in pair_marks('قال: "نعم" و«لا»')]
[(5, 9, True), (12, 15, True)]
"""

from __future__ import annotations

import attrs
import regex

from newsparse._arabic import PROCLITICS, TATWEEL

__all__ = ["MARKS", "MarkPair", "opens_paragraph", "pair_marks"]

#: Every character that may open or close a quotation.
MARKS = "\"'«»“”„‚‘’‹›"

_MARK_RE = regex.compile("[" + regex.escape(MARKS) + "]")
# What a mark may close once it has opened: the usual partner first, then the
# irregular partners real pages use (same glyph, reversed, other family).
_CLOSERS: dict[str, str] = {
    '"': '"”“',
    "“": '”“"',
    "”": "”“",
    "„": '“”"',
    "«": "»",
    "»": "«»",
    "‹": "›",
    "›": "‹›",
    "‘": "’‘",
    "‚": "‘’",
    "'": "'’",
}
# Glyphs that only ever open, and glyphs that only close when nothing reversed them.
_OPENERS = frozenset("“„«‹‘‚")
# The end of a sentence, for a mark that never closes.
_SENTENCE_END = regex.compile(r"[.!?؟](?=[\s\p{P}]|$)")


@attrs.frozen
class MarkPair:
    """A quotation between marks in one paragraph (offsets into that paragraph).

    Attributes:
        open: offset of the opening mark.
        close: offset of the closing mark, or where an unclosed quotation ends.
        closed: False when no closing mark was found.
    """

    open: int
    close: int
    closed: bool


def _open_context(text: str, i: int, last: int) -> bool:
    """True if the mark at *i* can open a quotation (*last*: the last visible offset)."""
    if i >= last:
        return False
    if i == 0:
        return True
    before = text[i - 1]
    if before.isspace() or before in "([{-–—:/،,;" or before in MARKS:
        return True
    if before in PROCLITICS or before == TATWEEL:
        # a proclitic glued to the mark (لـ"…", بـ«…», و"…"): the letters before it
        # are only clitics
        j = i - 1
        while j >= 0 and (text[j] in PROCLITICS or text[j] == TATWEEL):
            j -= 1
        return (j < 0 or not text[j].isalpha()) and i - 1 - j <= 2
    return False


def _close_context(text: str, i: int) -> bool:
    """True if the mark at *i* sits where a quotation can end."""
    if i == 0:
        return False
    return i + 1 >= len(text) or not text[i + 1].isalnum()


def _apostrophe(text: str, i: int) -> bool:
    """True if the mark at *i* joins two letters (``it's``, ``don’t``): not a quote mark."""
    before = text[i - 1] if i else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    return before.isalpha() and after.isalpha()


def pair_marks(text: str) -> tuple[MarkPair, ...]:
    """Pair the quote marks of one paragraph; nested marks stay inside their pair.

    Args:
        text: one paragraph.

    Returns:
        The outermost quotations, in order. An opening mark with no partner yields
        a pair with ``closed=False`` that ends at the end of its sentence, or at
        the end of the paragraph when the mark opens the paragraph.

    >>> text = "He said “no.” Then ‘maybe’, the States’ view."
    >>> [text[p.open + 1 : p.close] for p in pair_marks(text)]
    ['no.', 'maybe']
    >>> reversed_pair = "»نعم للحوار« قالها"
    >>> [reversed_pair[p.open + 1 : p.close] for p in pair_marks(reversed_pair)]
    ['نعم للحوار']
    """
    pairs: list[MarkPair] = []
    opener = -1
    glyph = ""
    # computed once, so that the cost stays linear however many marks a paragraph has
    first = len(text) - len(text.lstrip())
    last = len(text.rstrip()) - 1
    final: dict[str, int] = {}  # the last offset of a glyph, looked up when first needed
    for m in _MARK_RE.finditer(text):
        i = m.start()
        ch = text[i]
        if ch in "'’" and _apostrophe(text, i):
            continue
        if opener >= 0:
            if ch in _CLOSERS[glyph] and _close_context(text, i):
                pairs.append(MarkPair(opener, i, True))
                opener = -1
            elif _open_context(text, i, last) and (
                ch == glyph or ((ch in _OPENERS or ch in "\"'") and _last(text, glyph, final) < i)
            ):
                # a new quotation opens while the last one can no longer close
                pairs.append(_unclosed(text, opener, i, first))
                opener, glyph = i, ch
            continue
        if ch == "’" or (ch not in _OPENERS and not _open_context(text, i, last)):
            continue
        opener, glyph = i, ch
    if opener >= 0:
        pairs.append(_unclosed(text, opener, len(text), first))
    return tuple(pairs)


def _last(text: str, glyph: str, final: dict[str, int]) -> int:
    """The last offset of the usual partner of *glyph* in *text* (-1), cached in *final*."""
    partner = _CLOSERS[glyph][0]
    if partner not in final:
        final[partner] = text.rfind(partner)
    return final[partner]


def _unclosed(text: str, opener: int, limit: int, first: int) -> MarkPair:
    """An opening mark with no partner: end at its sentence's end, or at *limit*.

    A mark that opens the paragraph (at *first*, its first visible offset) runs to
    *limit*: it may open a quotation of several paragraphs.
    """
    if opener <= first:
        return MarkPair(opener, limit, False)
    m = _SENTENCE_END.search(text, opener + 1, limit)
    return MarkPair(opener, m.end() if m else limit, False)


def opens_paragraph(text: str) -> bool:
    """True if *text* (a paragraph) begins with an opening quote mark.

    >>> opens_paragraph("  «وأضاف أن …")
    True
    """
    stripped = text.strip()
    return bool(stripped) and stripped[0] in MARKS and _open_context(stripped, 0, len(stripped) - 1)
