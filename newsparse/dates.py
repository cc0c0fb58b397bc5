r"""Dates as embed codes and news pages print them, in many languages, to ``datetime.date``.

An embed's date follows the language of whoever copied the embed code, not the page:
an Arabic page may carry ``October 10, 2023``, ``9. Oktober 2023``, ``16 мая 2018 г.``
or ``٢٥ مارس ٢٠٢٠``. The month names and the words around a date live in
``newsparse/data/months.tsv`` and ``newsparse/data/date_words.tsv``; the shapes (day
first, month first, ``年月日``, ISO) are the algorithm. Arabic has three month-name
families (``أكتوبر``, ``تشرين الأول``, ``جانفي``), all of which are read, with Arabic-Indic
or Persian digits. A parse is validated: the day must exist in its month, the year
must be plausible, and a weekday, when given, must be the date's weekday.

>>> parse_date("October 10, 2023"), parse_date("١٠ تشرين الأول ٢٠٢٣")
(datetime.date(2023, 10, 10), datetime.date(2023, 10, 10))
>>> parse_date("jueves, 22 de marzo de 2018"), parse_date("the 10th of never")
(datetime.date(2018, 3, 22), None)
"""

from __future__ import annotations

import datetime as dt
import functools

import attrs
import regex

from newsparse._data import load_table
from newsparse._patterns import alternation
from newsparse.errors import check_text
from newsparse.normalize import same_length_table

__all__ = ["DateMatch", "match_date", "parse_date"]

# Years a news page or a social post can plausibly carry.
_MIN_YEAR = 1900
_MAX_YEAR = 2100

# The matching view: one character for one, so offsets in the view are offsets in the
# input. The normalization tables give it: spaces of every width become a space, bidi
# marks (which copies of RTL pages sprinkle between tokens) too, and the Arabic letters
# whose spelling varies are folded.
_VIEW_OPERATIONS = ("spaces", "controls", "alef", "alef_maksura", "teh_marbuta")


@functools.cache
def _view_table() -> dict[int, str]:
    return same_length_table(_VIEW_OPERATIONS)


@attrs.frozen(kw_only=True)
class DateMatch:
    """A date found at a position of a string.

    Attributes:
        start: offset of the date's first character.
        end: offset after its last character (a time after the date included).
        date: the day it names.
        weekday: True when a weekday name came before the date.
    """

    start: int
    end: int
    date: dt.date
    weekday: bool = False


def _view(text: str) -> str:
    return text.translate(_view_table())


@functools.cache
def _months() -> dict[str, int]:
    return {
        _view(r["name"]).casefold(): int(r["month"])
        for r in load_table("months.tsv")
        if not r["calendar"]  # Gregorian: Hijri months name no Gregorian date
    }


@functools.cache
def _weekdays() -> dict[str, int]:
    return {
        _view(r["word"]).casefold(): int(r["value"])
        for r in load_table("date_words.tsv")
        if r["kind"] == "weekday"
    }


def _words(kind: str) -> list[str]:
    return [r["word"] for r in load_table("date_words.tsv") if r["kind"] == kind]


@functools.cache
def _pattern() -> regex.Pattern[str]:
    month = alternation(_months())
    # Every quantifier below is bounded or separated from its neighbours by a literal
    # or a class it cannot share, so a match costs O(length of the date).
    pattern = r"""
        (?:(?P<wd>WEEKDAY)\.?[,،]?\s+)?
        (?:
            # 9. Oktober 2023 | 17 février 2018 | 4 de septiembre de 2016 | 16 мая 2018 г.
            (?P<d1>\d{1,2})(?:\\?\.|er|º|°)?\s*(?:(?:PARTICLE)\s+)?
            (?P<m1>MONTH)\.?(?:\s+(?:PARTICLE))?[,،]?\s+(?P<y1>\d{4})
          | # October 10, 2023 | Jun 16, 2019 | أغسطس 3, 2015 | febrero 8, 2016
            (?P<m2>MONTH)\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?[,،]?\s+(?P<y2>\d{4})
          | # 2019年7月20日 | 2023년 10월 10일
            (?P<y3>\d{4})\s*[年년]\s*(?P<m3>\d{1,2})\s*[月월]\s*(?P<d3>\d{1,2})\s*[日일]
          | # 2023-10-10 | 2026-04-01T03:14:06.000Z
            (?P<y4>\d{4})-(?P<m4>\d{2})-(?P<d4>\d{2})
            (?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?
        )
        (?:\s*(?:YEAR_SUFFIX)(?!\w))?
        # a time: at 7:30am PDT | à 14:43 | um 0:31 Uhr | 19:49
        (?:
            [,،]?\s*(?:(?:TIME_WORD)\s*)?\d{1,2}[:.h]\d{2}(?::\d{2})?
            (?:\s*[ap]\.?m\.?)?(?:\s+(?:TIME_SUFFIX|[A-Z]{2,5})\b)?
        )?
    """
    for name, words in (
        ("WEEKDAY", list(_weekdays())),
        ("PARTICLE", _words("particle")),
        ("YEAR_SUFFIX", _words("year_suffix")),
        ("TIME_WORD", _words("time_word")),
        ("TIME_SUFFIX", _words("time_suffix")),
    ):
        pattern = pattern.replace(name, alternation(_view(w) for w in words))
    pattern = pattern.replace("MONTH", month)
    return regex.compile(pattern, regex.VERBOSE | regex.IGNORECASE | regex.VERSION0)


def _key(word: str) -> str:
    """The table key of a matched word: single spaces, case folded."""
    return " ".join(word.split()).casefold()


def _build(m: regex.Match[str]) -> dt.date | None:
    """The validated date of a match, or None."""
    for n in "1234":
        if m[f"y{n}"]:
            year, day = int(m[f"y{n}"]), int(m[f"d{n}"])
            raw = m[f"m{n}"]
            month = int(raw) if raw.isdigit() else _months().get(_key(raw), 0)
            break
    else:  # pragma: no cover - the pattern has no other branch
        return None
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    if m["wd"] and _weekdays().get(_key(m["wd"])) != date.weekday():
        return None
    return date


def match_date(text: str, /, pos: int = 0, endpos: int | None = None) -> DateMatch | None:
    """Return the date that starts exactly at *pos* in *text*, or None.

    The match may stop before *endpos*: the caller decides whether what follows may
    follow a date. A time after the date (``at 11:00 PM``, ``um 0:31 Uhr``) is part
    of the match.

    Args:
        text: the string to look in; offsets in the result point into it.
        pos: where the date must start.
        endpos: where the search stops (the end of *text* by default).

    Returns:
        A `DateMatch`, or None when no valid date starts at *pos*.

    Raises:
        TypeError: *text* is not a `str`.

    >>> match_date("— X (@x) 9. Oktober 2023 um 0:31 Uhr!", 9)
    DateMatch(start=9, end=36, date=datetime.date(2023, 10, 9), weekday=False)
    """
    check_text(text, func="match_date")
    end = len(text) if endpos is None else min(endpos, len(text))
    if not 0 <= pos < end:
        return None
    view = _view(text[pos:end])
    m = _pattern().match(view)
    if m is None:
        return None
    date = _build(m)
    if date is None:
        return None
    return DateMatch(start=pos, end=pos + m.end(), date=date, weekday=bool(m["wd"]))


def parse_date(text: str, /) -> dt.date | None:
    """Return the date *text* names, or None when it is not exactly one date.

    White space around the date is ignored; anything else left over makes the
    result None, so a sentence that merely contains a date is not a date.

    Args:
        text: a date as written, in any supported language and digits.

    Returns:
        The ``datetime.date``, or None.

    Raises:
        TypeError: *text* is not a `str`.

    >>> parse_date("16 мая 2018 г.")
    datetime.date(2018, 5, 16)
    >>> parse_date("2019年7月20日")
    datetime.date(2019, 7, 20)
    >>> parse_date("أغسطس 3, 2015")
    datetime.date(2015, 8, 3)
    >>> parse_date("10 جانفي 2023")
    datetime.date(2023, 1, 10)
    >>> print(parse_date("February 30, 2023"))
    None
    """
    check_text(text, func="parse_date")
    offset = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    m = match_date(text, offset, end)
    if m is None or m.end != end:
        return None
    return m.date
