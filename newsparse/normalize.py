r"""Arabic normalization, plain or with a map back to the input.

Two presets: ``"display"`` keeps meaning (it drops tatweel and invisible controls,
and turns exotic spaces into plain ones); ``"search"`` also folds what differs in
spelling but not in meaning, for matching: diacritics, alef forms, alef maksura,
teh marbuta, hamza carriers, Eastern digits.

>>> normalize_arabic("أَعلنَ الرئيـــس", preset="search")
'اعلن الرييس'
>>> normalize_arabic("الرئيـــس\u200f", preset="display")
'الرئيس'

Every call has a twin that also returns where each output character came from, so a
span found in the normalized text maps back to the exact input span:

>>> norm = normalize_arabic_with_map("قالَ الرئيـــس", preset="search")
>>> norm.text
'قال الرييس'
>>> start = norm.text.index("الرييس")
>>> norm.source_span(start, start + 6)
(5, 14)
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Mapping

import attrs
import regex

from newsparse.errors import check_text

__all__ = ["PRESETS", "Normalized", "normalize_arabic", "normalize_arabic_with_map"]

# Characters deleted by each preset (a regex class body) and 1:1 replacements.
_CONTROLS = r"\u200b\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff"
_TATWEEL = r"\u0640"
_DIACRITICS = r"\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
_SPACES = dict.fromkeys("\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009", " ")
_SPACES |= dict.fromkeys("\u200a\u202f\u205f\u3000", " ")
_LETTERS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
_DIGITS = {chr(base + d): str(d) for base in (0x0660, 0x06F0) for d in range(10)}

#: The named presets, each a pair (characters it deletes, replacements it makes).
PRESETS: Mapping[str, tuple[str, Mapping[str, str]]] = {
    "display": (_CONTROLS + _TATWEEL, _SPACES),
    "search": (_CONTROLS + _TATWEEL + _DIACRITICS, _SPACES | _LETTERS | _DIGITS),
}


@attrs.frozen
class Normalized:
    """Normalized text plus a compact map back to the input.

    The map keeps one breakpoint per run of deleted characters, not one integer per
    character: ``_outs[k]`` is an output index from which input offsets are shifted
    by ``_shifts[k]``.
    """

    text: str
    _outs: tuple[int, ...] = ()
    _shifts: tuple[int, ...] = ()
    source_length: int = 0

    def source_index(self, index: int) -> int:
        """Return the input offset of output character *index* (or of the end)."""
        k = bisect.bisect_right(self._outs, index) - 1
        return index + (self._shifts[k] if k >= 0 else 0)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map the half-open output span ``[start, end)`` to the input span it came from."""
        if end <= start:
            s = self.source_index(start)
            return s, s
        return self.source_index(start), self.source_index(end - 1) + 1


@functools.cache
def _compiled(preset: str) -> tuple[regex.Pattern[str], dict[int, str | None]]:
    if preset not in PRESETS:
        msg = f"unknown preset {preset!r}: pass one of {', '.join(sorted(PRESETS))}"
        raise ValueError(msg)
    deleted, replaced = PRESETS[preset]
    table: dict[int, str | None] = {ord(k): v for k, v in replaced.items()}
    table.update({ord(c): None for c in regex.findall(f"[{deleted}]", _all_chars(deleted))})
    return regex.compile(f"[{deleted}]+"), table


def _all_chars(char_class: str) -> str:
    """Every character a regex class body names (for the translation table)."""
    pattern = regex.compile(f"[{char_class}]")
    return "".join(chr(c) for c in range(0x10000) if pattern.match(chr(c)))


def normalize_arabic(text: str, /, *, preset: str = "display") -> str:
    """Return *text* normalized with the named preset (``"display"`` or ``"search"``).

    Raises:
        TypeError: *text* is not a `str`.
        ValueError: *preset* is not a known preset.
    """
    check_text(text, func="normalize_arabic")
    return text.translate(_compiled(preset)[1])


def normalize_arabic_with_map(text: str, /, *, preset: str = "display") -> Normalized:
    """Like `normalize_arabic`, and keep the way back to the input."""
    check_text(text, func="normalize_arabic_with_map")
    deletions, table = _compiled(preset)
    outs: list[int] = []
    shifts: list[int] = []
    shift = 0
    for m in deletions.finditer(text):
        shift += m.end() - m.start()
        outs.append(m.end() - shift)
        shifts.append(shift)
    return Normalized(text.translate(table), tuple(outs), tuple(shifts), len(text))
