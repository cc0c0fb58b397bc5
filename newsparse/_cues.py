"""Cue phrases for boilerplate lines, and the layout features of one line.

The phrases live in ``data/boilerplate_cues.tsv``. They are matched on a normalized
copy of each line (``normalize_arabic(..., preset="search")``, case-insensitive), so
one row covers اقرأ / إقرأ / أقرأ / اقرا and أيضاً / أيضًا / ايضا; what a caller gets
back are offsets into the line as given, never normalized text.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Mapping

import attrs
import regex

from newsparse._data import load_table
from newsparse._patterns import alternation
from newsparse.model import SegmentKind
from newsparse.normalize import normalize_arabic, normalize_arabic_with_map

__all__ = [
    "Cue",
    "LineFeatures",
    "ends_sentence",
    "line_features",
    "match_cue",
    "normalized_key",
    "search_form",
]

# Where a cue may stand in a line, in the order they are tried.
_WHERES = ("line", "label", "glued", "start", "contains")

# What may surround a cue: punctuation, symbols, white space (and digits around a
# whole-line cue, as in ``1253 پڑھا گیا`` or ``...المزيد``).
_EDGE = r"[\p{P}\p{S}\s]"
_EDGE_DIGITS = r"[\p{P}\p{S}\s\p{Nd}]"
# What ends a label cue: a colon, dash or bar (the colon may sit on either side
# after right-to-left copying), or the end of the line.
_LABEL_END = r"\s*(?:[:：|\-–—ـ]|$)"

_LETTER = regex.compile(r"\w")
# How far past a cue's end its map back to the line is built at first.
_MAP_SLACK = 64
# Longest line a whole-line cue can match, longest line a phrase-inside cue may sit in.
_LINE_WORDS = 8
_MAX_COUNT = 100
_CONTAINS_WORDS = 60
# Bounded and anchored on its left: an unbounded leading repeat before the "@" would
# be retried from every start position of a long run of word characters (quadratic).
_EMAIL = regex.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
_URL = regex.compile(r"(?:https?://|www\.)\S+", regex.IGNORECASE)
# Marks that end a sentence, Arabic and Latin, with closing quotes and brackets
# that may follow them.
_TAIL = 12  # the terminal check looks at the last characters only
_TERMINAL = regex.compile(r"[.!?؟…۔;؛][\s\"'”’»)\]]*$")


@attrs.frozen
class Cue:
    """A cue found at a line: its kind, where its phrase ends, and what follows.

    Attributes:
        kind: the `SegmentKind` the cue names.
        end: offset in the line just after the phrase (and its colon, if any).
        rest: True when words follow the phrase on the same line.
        counter: True for a view counter that closes a teaser.
    """

    kind: SegmentKind
    end: int
    rest: bool
    counter: bool = False


@attrs.frozen
class _Row:
    kind: SegmentKind
    max_words: int | None
    counter: bool


# How many lines `search_form` remembers: more than a page holds, so that the
# duplicate stage finds every line the cue stage normalized before it.
_REMEMBERED_LINES = 512


@functools.lru_cache(maxsize=_REMEMBERED_LINES)
def search_form(line: str) -> str:
    """``normalize_arabic(line, preset="search")``, remembered for the page in hand.

    Each block of a page is normalized once: the cue stage and the duplicate stage
    both ask for it, in that order.

    >>> search_form("إقرأ أيضاً")
    'اقرا ايضا'
    """
    return normalize_arabic(line, preset="search")


def normalized_key(text: str) -> str:
    """The matching form of *text*: search-normalized, case-folded, spaces collapsed.

    >>> normalized_key("إقرأ  أيضاً:")
    'اقرا ايضا:'
    """
    return " ".join(normalize_arabic(text, preset="search").casefold().split())


@attrs.frozen
class _Position:
    """The phrases of one position: their rows, and alternations by line length.

    ``patterns[k]`` holds the phrases allowed in a line of more than ``limits[k - 1]``
    and at most ``limits[k]`` words (the last: phrases with no word limit, or None),
    so a long line is searched only for the few phrases that may stand in it.
    """

    rows: Mapping[str, _Row]
    limits: tuple[int, ...]
    patterns: tuple[regex.Pattern[str] | None, ...]

    def pattern(self, words: int) -> regex.Pattern[str] | None:
        return self.patterns[bisect.bisect_left(self.limits, words)]


def _position_pattern(where: str, phrases: list[str]) -> regex.Pattern[str]:
    # Words may be separated by any white space or glued together.
    alt = alternation(phrases, gap=r"\s*")
    if where == "line":
        body = rf"^{_EDGE_DIGITS}*(?P<cue>{alt}){_EDGE_DIGITS}*$"
    elif where == "label":
        # The colon may also come first, moved there by right-to-left copying.
        body = rf"^(?:{_EDGE}*(?P<cue>{alt}){_LABEL_END}|\s*[:：]\s*(?P<cue>{alt})(?!\w))"
    elif where == "glued":
        body = rf"^{_EDGE}*(?P<cue>{alt})\s*[:：]?"
    elif where == "start":
        body = rf"^{_EDGE}*(?P<cue>{alt})(?!\w)\s*[:：]?"
    else:
        body = rf"(?<!\w)(?P<cue>{alt})(?!\w)"
    return regex.compile(body, regex.IGNORECASE)


@functools.cache
def _lexicon() -> Mapping[str, _Position]:
    """Per position, alternations of its phrases (longest first) and their rows."""
    rows: dict[str, dict[str, _Row]] = {w: {} for w in _WHERES}
    phrases: dict[str, dict[str, int | None]] = {w: {} for w in _WHERES}
    for row in load_table("boilerplate_cues.tsv"):
        key = normalized_key(row["phrase"])
        max_words = int(row["max_words"]) if row["max_words"] else None
        kind = SegmentKind(row["kind"])
        rows[row["where"]][key.replace(" ", "")] = _Row(kind, max_words, row["role"] == "counter")
        phrases[row["where"]][key] = max_words
    out = {}
    for where in _WHERES:
        # Only phrases inside a line are searched for; the others are anchored at
        # its start and cost little whatever the line's length.
        limits = sorted({n for n in phrases[where].values() if n is not None})
        if where != "contains":
            limits = []
        patterns: list[regex.Pattern[str] | None] = []
        for low in [*limits, None]:
            allowed = [
                p
                for p, n in phrases[where].items()
                if n is None or (low is not None and n >= low) or where != "contains"
            ]
            patterns.append(_position_pattern(where, allowed) if allowed else None)
        out[where] = _Position(rows[where], tuple(limits), tuple(patterns))
    return out


@attrs.frozen
class LineFeatures:
    """Layout features of one line, computed once.

    Attributes:
        words: number of white-space separated words, counted up to 100.
        terminal: the line ends like a sentence (``. ! ? ؟ … ۔ ؛``, closing quotes allowed).
        email: the line holds an e-mail address.
        url_only: the line is only links.
        pipes: number of ``|`` separators (menus).
        table: the line is a Markdown table row (starts with ``|``).
    """

    words: int
    terminal: bool
    email: bool
    url_only: bool
    pipes: int
    table: bool


def ends_sentence(line: str) -> bool:
    """Whether *line* ends like a sentence (``. ! ? ؟ … ۔ ؛``, closing quotes allowed).

    >>> ends_sentence("وقال الوزير إن المحادثات مستمرة».")
    True
    """
    return _TERMINAL.search(line[-_TAIL:]) is not None


def line_features(line: str) -> LineFeatures:
    """Compute the layout features of *line* (a block's visible text).

    >>> f = line_features("وقال الوزير إن المحادثات مستمرة.")
    >>> (f.words, f.terminal, f.email)
    (5, True, False)
    """
    # Counting stops at _MAX_COUNT: every rule's threshold is below it, and a long
    # line is then not split into thousands of words.
    words = min(len(line.split(None, _MAX_COUNT)), _MAX_COUNT)
    urls = _URL.findall(line) if words < _MAX_COUNT and ("http" in line or "www" in line) else []
    return LineFeatures(
        words=words,
        terminal=ends_sentence(line),
        email="@" in line and _EMAIL.search(line) is not None,
        url_only=bool(urls) and len(urls) == words,
        pipes=line.count("|"),
        table=line.startswith("|"),
    )


def _source_index(line: str, index: int) -> int:
    """The offset in *line* of character *index* of its search form.

    The map back to the line is built only for a line that has a cue, and only over
    the start of the line that the cue spans (doubled until it covers *index*), so a
    cue on a huge line costs what the cue is long.
    """
    size = index + _MAP_SLACK
    while True:
        norm = normalize_arabic_with_map(line[:size], preset="search")
        if len(norm.text) > index or size >= len(line):
            return norm.source_index(index)
        size *= 2


def _in_prose(text: str, start: int) -> bool:
    """Whether the phrase at *start* of *text* sits inside a sentence of prose.

    A copyright notice starts its own clause (at the line's start, or after a
    mark, a digit or ``©``); ``وأكد أن كل الحقوق محفوظة للمواطنين.`` has the phrase
    straight after a word, in a line that ends like a sentence.
    """
    before = text[:start].rstrip()
    return (
        bool(before)
        and before[-1].isalpha()
        and "©" not in text
        and _TERMINAL.search(text[-_TAIL:]) is not None
    )


def match_cue(line: str, words: int, normalized: str | None = None) -> Cue | None:
    """Return the cue *line* starts with or is, or None.

    Args:
        line: a block's visible text, as in the input.
        words: its number of words (from `line_features`).
        normalized: ``normalize_arabic(line, preset="search")`` (or of the line's
            start: phrases are looked for in what is given) if the caller has it.

    Returns:
        The first cue found, trying whole-line cues, then labels, glued and
        line-initial phrases, then phrases anywhere in the line.

    >>> cue = match_cue("إقرأ أيضاً:", 2)
    >>> (cue.kind.value, cue.rest)
    ('read_also', False)
    >>> cue = match_cue("اقرأ أيضاًالعالماليابان تطلق قمرًا", 4)
    >>> (cue.kind.value, cue.rest)
    ('read_also', True)
    >>> match_cue("وقال المصدر إن الاجتماع انتهى", 5) is None
    True
    """
    text = normalize_arabic(line, preset="search") if normalized is None else normalized
    for where, position in _lexicon().items():
        # Whole-line cues are a few words; phrases inside a line only count in
        # short lines: skip the searches that cannot succeed on long lines.
        if (where == "line" and words > _LINE_WORDS) or (
            where == "contains" and words > _CONTAINS_WORDS
        ):
            continue
        pattern = position.pattern(words)
        if pattern is None:
            continue
        m = pattern.search(text) if where == "contains" else pattern.match(text)
        if m is None:
            continue
        row = position.rows.get("".join(m["cue"].casefold().split()))
        if row is None or (row.max_words is not None and words > row.max_words):
            continue
        if where == "contains" and row.kind is SegmentKind.COPYRIGHT and _in_prose(text, m.start()):
            return None
        if where in ("contains", "line"):
            return Cue(row.kind, len(line), rest=False, counter=row.counter)
        end = _source_index(line, m.end())
        rest = _LETTER.search(line, end) is not None
        return Cue(row.kind, end, rest=rest, counter=row.counter)
    return None
