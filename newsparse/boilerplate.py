r"""Boilerplate: name every block of a page, find the footer zone and appended articles.

`classify_blocks` is the pipeline stage; `newsparse.remove_boilerplate` is the one-call
form. Each block gets a `newsparse.SegmentKind` from two kinds of evidence:

- **cues** (``data/boilerplate_cues.tsv``): "إقرأ أيضاً:", "المصدر:", "Read more:",
  "Auch interessant:", … matched on a normalized copy of the line;
- **layout**: position (a headline-like first line is the title; short lines around
  it are bylines and datelines), length, terminal punctuation (``؟ ؛ ۔`` included),
  bullets, menus of ``|``-separated items, e-mail lines, date-only lines, and the
  **footer zone**: after a source, tags, copyright, comment or related-list line, what
  follows is not the article; a headline there followed by paragraphs starts an
  *appended* article, which keeps going until the next footer line.

>>> page = "وقال الوزير إن المحادثات مستمرة.\nالمصدر: موقع 24\nكلمات دلالية: غزة"
>>> print(remove_boilerplate(page))
وقال الوزير إن المحادثات مستمرة.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Protocol

import attrs
import regex

from newsparse._cues import (
    Cue,
    LineFeatures,
    line_features,
    match_cue,
    normalized_key,
    search_form,
)
from newsparse._data import load_lines, load_table
from newsparse._patterns import alternation
from newsparse.errors import check_text
from newsparse.model import CONTENT_KINDS, SegmentKind
from newsparse.normalize import normalize_arabic
from newsparse.profile import (
    EDGE_HEAD_BLOCKS,
    EDGE_TAIL_BLOCKS,
    BoilerplateProfile,
    check_profile,
)

__all__ = ["BlockLike", "PageLayout", "classify_blocks", "remove_boilerplate"]

K = SegmentKind

# Lines after which the rest of the page is end matter (hard footer), and lines that
# only make the few short lines after them follow suit (soft footer).
_HARD = frozenset({K.SOURCE, K.TAGS, K.COPYRIGHT, K.COMMENT, K.RELATED})
_SOFT = frozenset({K.SHARE, K.AD})

# A headline is short; a paragraph is long or ends like a sentence.
_HEADLINE_MAX_WORDS = 20
_SUBHEADING_MAX_WORDS = 16
# A title is shorter still: a longer first line is a lead (losing it is worse than
# missing a title), unless a byline or dateline follows it.
_TITLE_MAX_WORDS = 14
# A title of more words with a comma inside is a sentence.
_TITLE_COMMA_WORDS = 8
_PROSE_MIN_WORDS = 12
_LONG_PROSE_WORDS = 25

# A copyright line of at most this many words may be a photo credit (``© AFP``).
_CREDIT_COPYRIGHT_WORDS = 4

# A page of at least this many bulleted headlines and no paragraph is a teaser list.
_TEASER_PAGE_LINES = 5

# Menus have this many "|" separators; contact lines with an e-mail at most this
# many words; datelines at most this many words, this share of them date words or
# numbers (a bare clock time: at most this many words).
_MENU_PIPES = 3
_CONTACT_MAX_WORDS = 25
_DATELINE_MAX_WORDS = 14
_DATELINE_SHARE = 0.4
_CLOCK_MAX_WORDS = 4

# A breadcrumb: short items between spaced ">", "»", "›" or "/" (``الرئيسية » أخبار``).
_BREADCRUMB_MAX_WORDS = 12
_CRUMB = regex.compile(r"(?<=\D)\s[>»›/]\s(?=\D)")
# A short line ending with an agency credit in parentheses is a photo caption.
_CAPTION_MAX_WORDS = 20
_CREDIT_TAIL = 100

# How far the rules look past claimed (embed) blocks for a neighbour: bounded so
# that the cost stays linear.
_LOOK = 30

# Lines longer than this many words are matched on their first characters only.
_LONG_LINE_WORDS = 60
_LONG_LINE_HEAD = 200

# A "Name ـ City" or "Site – Agency" credit line: two short parts around a spaced dash.
# The parts of a credit line: names, a place, an agency, between dashes spaced on
# at least one side (``سلوى المدني- عين اليوم``; never ``co-operation``), or a
# colon before the last part (``نايف عبدالله – سعد الفراج: عين اليوم``).
# A match starts only where a space run starts (the lookbehind), so a long run of
# spaces is not rescanned from each of its positions.
_CREDIT_DASH = regex.compile(r"(?<!\s)\s+[-–—ـ]\s*|[-–—ـ]\s+")
_CREDIT_COLON = regex.compile(r"(?<!\s)\s*[:：]\s+")
_CREDIT_MAX_TOKENS = 9
_CREDIT_FIRST_WORDS = 5
_CREDIT_PART_WORDS = 3
# A date written in digits, a clock time.
_NUMERIC_DATE = regex.compile(r"\b\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}\b")
_CLOCK = regex.compile(r"\b\d{1,2}:\d{2}\b")
_NUMBER = regex.compile(r"^\d+$")
# A name line: two to four capitalized Latin words (a byline at the end of a story).
_NAME_LINE = regex.compile(r"^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*$")
# A menu of navigation words: at most this many, with these marks around them.
_NAV_MAX_WORDS = 8
_NAV_MARKS = "«»<>|/.,:;-–—·•()[]"
# A phone or fax number: seven to twenty digits, spaces, dashes and brackets
# (bounded, so a long run of digits costs what the run is long).
_PHONE = regex.compile(r"(?<![\d+])\+?\(?\d[\d \-()]{5,20}\d(?!\d)")
_PHONE_MIN_DIGITS = 7
_PHONE_MAX_WORDS = 20
# Lines of at most this many words are split into words for the rules above.
_SHORT_LINE_WORDS = max(_DATELINE_MAX_WORDS, _PHONE_MAX_WORDS)
# What may be left of a contact line once its numbers and labels are gone.
_NO_LETTER = regex.compile(r"^[^\p{L}]*$")
_TAG_SEPARATORS = regex.compile(r"\s*(?:[،,|؛;#]|\s{2,})\s*")


class BlockLike(Protocol):
    """What the stage needs of a block: its span and whether it is a list item."""

    @property
    def start(self) -> int: ...  # noqa: D102

    @property
    def end(self) -> int: ...  # noqa: D102

    @property
    def bullet(self) -> bool: ...  # noqa: D102


@attrs.frozen(kw_only=True)
class PageLayout:
    """What the boilerplate stage found on a page.

    Attributes:
        kinds: one `newsparse.SegmentKind` per block, in block order.
        appended: block index ranges ``(first, last + 1)`` of articles glued after the
            main one (their blocks are ``appended`` in *kinds*).
        title: the title's text, or None.
        source: the credited publication (text after ``المصدر:``), or None.
        tags: the page's tags.
        related: headlines of related lists and read-also lines.
    """

    kinds: tuple[SegmentKind, ...]
    appended: tuple[tuple[int, int], ...] = ()
    title: str | None = None
    source: str | None = None
    tags: tuple[str, ...] = ()
    related: tuple[str, ...] = ()


@attrs.define
class _Line:
    """One block under classification."""

    text: str
    start: int
    bullet: bool
    feats: LineFeatures
    cue: Cue | None
    fixed: bool
    kind: SegmentKind | None = None


@functools.cache
def _credit_pattern() -> regex.Pattern[str]:
    """A photo credit closing a line: ``(رويترز)``, ``(AFP/Getty Images)``, ``(تصوير: …/واس)``."""
    alt = alternation(load_lines("news_agencies.txt"))
    return regex.compile(
        rf"\(\s*(?:[^()]{{0,60}}?[/|\-–—:،,]\s*)?(?:{alt})\s*\)\s*$", regex.IGNORECASE
    )


@functools.cache
def _date_words() -> regex.Pattern[str]:
    """Month names (Gregorian and Hijri), weekdays, era and clock marks, as whole words.

    The tables are the date parser's (`newsparse.dates`): one list of month names
    for the whole package.
    """
    names = [row["name"] for row in load_table("months.tsv")]
    names += [
        row["word"]
        for row in load_table("date_words.tsv")
        if row["kind"] in ("weekday", "year_suffix", "time_suffix")
    ]
    alt = alternation(normalized_key(n) for n in names)
    return regex.compile(rf"(?<!\w)(?:{alt})(?!\w)")


@functools.cache
def _contact_labels() -> regex.Pattern[str]:
    """The labels of a contact line (هاتف, فاكس, Tel, Fax, ص.ب, …), as whole words."""
    alt = alternation(load_lines("contact_labels.txt"))
    return regex.compile(rf"(?<!\w)(?:{alt})(?!\w)", regex.IGNORECASE)


@functools.cache
def _nav_words() -> frozenset[str]:
    """Single words that are a whole navigation line (``التالي``, ``Next``, ``Home``)."""
    return frozenset(
        row["phrase"]
        for row in load_table("boilerplate_cues.tsv")
        if row["kind"] == "nav" and row["where"] == "line" and " " not in row["phrase"]
    )


def _is_nav_words(key_words: Sequence[str]) -> bool:
    """A line of two or more navigation words and nothing else: ``Next Previous``."""
    if not 2 <= len(key_words) <= _NAV_MAX_WORDS:
        return False
    nav = _nav_words()
    if key_words[0].strip(_NAV_MARKS) not in nav:  # most lines stop here
        return False
    words = [w.strip(_NAV_MARKS) for w in key_words]
    return all(not w or w in nav for w in words) and any(words)


def _is_phone_line(key: str) -> bool:
    """Only phone or fax numbers and their labels: ``هاتف: 0114777714 - فاكس: 0114777715``.

    A bare number is not enough (a list of ID or ticket numbers is content): the
    line needs a label, or an international ``+`` or ``00`` prefix.
    """
    phones = [m for m in _PHONE.findall(key) if sum(c.isdigit() for c in m) >= _PHONE_MIN_DIGITS]
    if not phones:
        return False
    rest = _PHONE.sub(" ", key)
    unlabelled = _contact_labels().sub(" ", rest)
    if unlabelled == rest and not any(p.startswith(("+", "00")) for p in phones):
        return False
    return _NO_LETTER.match(unlabelled) is not None


def _is_dateline(text: str, feats: LineFeatures, key_words: Sequence[str]) -> bool:
    """A short line made mostly of a date (or only a clock time)."""
    if feats.words > _DATELINE_MAX_WORDS or feats.terminal or not key_words:
        return False
    if _NUMERIC_DATE.search(text):
        return True
    numbers = sum(1 for w in key_words if _NUMBER.match(w))
    if numbers:
        names: list[str] = _date_words().findall(" ".join(key_words))
        if names:
            datey = numbers + sum(name.count(" ") + 1 for name in names)
            return datey / len(key_words) >= _DATELINE_SHARE
    return feats.words <= _CLOCK_MAX_WORDS and _CLOCK.search(text) is not None


def _is_prose(line: _Line) -> bool:
    w = line.feats.words
    return w >= _LONG_PROSE_WORDS or (w >= _PROSE_MIN_WORDS and line.feats.terminal)


def _is_headline(line: _Line) -> bool:
    """Short, not a list item, not ending like a sentence (a question is allowed)."""
    if line.bullet or line.cue is not None or not 2 <= line.feats.words <= _HEADLINE_MAX_WORDS:
        return False
    end = line.text.rstrip()
    # A lead-in to what follows, or a clause the next line goes on with.
    if end.endswith((":", "：", ":-", ",", "،")):
        return False
    return not line.feats.terminal or end.endswith(("?", "؟", "!"))


def _structural_kind(
    text: str, feats: LineFeatures, key_words: Sequence[str]
) -> SegmentKind | None:
    """Kinds that need no cue phrase: menus, contact lines, bare links, date-only lines."""
    if feats.pipes >= _MENU_PIPES and not feats.table:
        return K.NAV
    if feats.words <= _BREADCRUMB_MAX_WORDS and len(_CRUMB.findall(text)) >= 2:
        return K.NAV
    # An e-mail line is a contact line, unless it is a sentence that cites an address.
    sentence = feats.terminal and feats.words >= _PROSE_MIN_WORDS
    if feats.email and feats.words <= _CONTACT_MAX_WORDS and not sentence:
        return K.SHARE
    if feats.url_only:
        return K.BOILERPLATE
    if feats.words <= _CAPTION_MAX_WORDS and _credit_pattern().search(text[-_CREDIT_TAIL:]):
        return K.CAPTION
    if _is_dateline(text, feats, key_words):
        return K.DATELINE
    if key_words and _is_nav_words(key_words):
        return K.NAV
    if feats.words <= _PHONE_MAX_WORDS and key_words and _is_phone_line(" ".join(key_words)):
        return K.BOILERPLATE
    return None


def _analyse(s: str, profile: BoilerplateProfile | None) -> tuple[LineFeatures, Cue | None]:
    """Layout features and cue of one line's text (a pure function of the text).

    *profile* is given only for the lines at the page's edges, where a profile is
    learnt: a site's prefix (a name, a place) may well start a line mid-article.
    """
    feats = line_features(s)
    # Long lines are matched on their start: only short lines can hold a
    # phrase-inside cue, and line-initial cues are near the start.
    # Long lines are matched on their start only; a short line's normal form is
    # remembered, as the duplicate stage asks for it next.
    if feats.words > _LONG_LINE_WORDS:
        norm = normalize_arabic(s[:_LONG_LINE_HEAD], preset="search")
    else:
        norm = search_form(s)
    cue = match_cue(s, feats.words, norm)
    if cue is not None:
        return feats, cue
    # Only short lines can be a profile's line, a dateline, a menu of navigation
    # words or a contact line: their words are needed.
    key_words: list[str] = []
    if feats.words <= _SHORT_LINE_WORDS or profile is not None:
        key_words = norm.casefold().split()
    if profile is not None and profile.matches(" ".join(key_words)):
        return feats, Cue(K.BOILERPLATE, len(s), rest=False)
    structural = _structural_kind(s, feats, key_words)
    if structural is not None:
        return feats, Cue(structural, len(s), rest=False)
    return feats, None


def _prepare(
    text: str,
    blocks: Sequence[BlockLike],
    kinds: Sequence[SegmentKind],
    profile: BoilerplateProfile | None,
) -> list[_Line]:
    lines = []
    # Pages repeat lines (menus, list markers, share rows): analyse each text once
    # (once at the edges, where the profile applies, and once inside the page).
    seen: dict[tuple[str, bool], tuple[LineFeatures, Cue | None]] = {}
    tail = len(blocks) - EDGE_TAIL_BLOCKS
    for i, (block, kind) in enumerate(zip(blocks, kinds, strict=True)):
        s = text[block.start : block.end]
        fixed = kind is not K.BODY
        if fixed:
            lines.append(_Line(s, block.start, block.bullet, line_features(s), None, True, kind))
            continue
        edge = profile is not None and (i < EDGE_HEAD_BLOCKS or i >= tail)
        found = seen.get((s, edge))
        if found is None:
            found = seen[s, edge] = _analyse(s, profile if edge else None)
        feats, cue = found
        lines.append(_Line(s, block.start, block.bullet, feats, cue, False, None))
    return lines


def _head(lines: list[_Line]) -> None:
    """Title, byline and dateline at the top of the page."""
    free = [i for i, ln in enumerate(lines) if not ln.fixed]
    if len(free) < 2:
        return
    pos = 0
    # Skip leading lines a cue already named (menus, datelines, forum banners).
    while pos < len(free) and lines[free[pos]].cue is not None:
        pos += 1
    if pos >= len(free) - 1:
        return
    first = lines[free[pos]]
    nxt = lines[free[pos + 1]]
    # "Headline - Site" then the bare headline: a title whatever it looks like.
    pair = _is_title_pair(first, nxt)
    if not pair and _is_credit(first):
        first.cue = Cue(K.BYLINE, len(first.text), rest=False)
        return
    if not _is_headline(first) or _repeated_at_end(lines, free, pos):
        return
    if not pair and (
        _is_clause(first)
        or (first.feats.words > _TITLE_MAX_WORDS and not _is_credit_line(nxt))
        or _continues(first, nxt)
    ):
        return
    first.kind = K.TITLE
    if pair:
        nxt.kind = K.TITLE
        pos += 1
    # A short credit line right after the title is its byline.
    if pos + 1 < len(free):
        after = lines[free[pos + 1]]
        if after.cue is None and _is_credit(after):
            after.cue = Cue(K.BYLINE, len(after.text), rest=False)


def _is_title_pair(first: _Line, nxt: _Line) -> bool:
    """``Headline - Site`` followed by ``Headline`` (both short: folding costs a pass)."""
    if nxt.cue is not None or not nxt.feats.words <= first.feats.words <= _HEADLINE_MAX_WORDS:
        return False
    fold_next = _fold(nxt.text)
    return bool(fold_next) and _fold(first.text).startswith(fold_next)


def _continues(line: _Line, nxt: _Line) -> bool:
    """Whether *line*'s sentence goes on in *nxt*: then it is a lead broken in two.

    A headline is followed by a paragraph, a byline or a dateline; a short
    sentence-ended line with no cue after it is the rest of the sentence
    (``… نيابة عن`` / ``خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز.``), and so is a
    line that starts with a small Latin letter.
    """
    if line.feats.terminal:
        return False
    head = nxt.text[:1]  # a block starts at its first visible character
    if head.isalpha() and head.islower():
        return True
    return nxt.cue is None and nxt.feats.terminal and nxt.feats.words < _PROSE_MIN_WORDS


def _is_clause(line: _Line) -> bool:
    """A long line with a comma inside: a sentence (``ليس عيبا أن …، بل العيب …!``).

    Arabic headlines join their parts with ``..`` or ``:``; a comma followed by
    more words in a line this long is a lead's clause, not a title.
    """
    if line.feats.words <= _TITLE_COMMA_WORDS:
        return False
    text = line.text.rstrip(" ،,")
    return "،" in text or ", " in text


def _is_credit_line(line: _Line) -> bool:
    """A byline, dateline or credit: what confirms a long first line as the title."""
    if line.cue is not None:
        return line.cue.kind in (K.BYLINE, K.DATELINE, K.SOURCE)
    return _is_credit(line)


def _repeated_at_end(lines: list[_Line], free: list[int], pos: int) -> bool:
    """The page's last line repeats its first: a lead reprinted at the end, not a title."""
    last = lines[free[-1]]
    return free[-1] != free[pos] and _fold(last.text) == _fold(lines[free[pos]].text)


def _is_credit(line: _Line) -> bool:
    """``وليد العمودي ـ جدة``, ``عين اليوم – واس``: short names, dashes, a place or agency.

    Every part is a name (at most three words); the last, a place or an agency, at
    most two. A colon may stand before the last part once a dash has been seen.
    """
    if line.feats.terminal or line.bullet or line.feats.words > _CREDIT_MAX_TOKENS + 2:
        return False
    words = line.text.split()
    # A slideshow's "Next Previous" controls may be glued before the credit (or a
    # bare name).
    nav = _nav_words()
    controls = 0
    while controls < len(words) and words[controls].casefold() in nav:
        controls += 1
    words = words[controls:]
    if controls >= 2 and 0 < len(words) <= _CREDIT_FIRST_WORDS:
        return True
    if len(words) > _CREDIT_MAX_TOKENS:
        return False
    parts = _CREDIT_DASH.split(" ".join(words))
    if len(parts) < 2:
        return False
    parts[-1:] = _CREDIT_COLON.split(parts[-1], maxsplit=1)
    sizes = [len(p.split()) for p in parts]
    return (
        min(sizes) >= 1
        and sizes[0] <= _CREDIT_FIRST_WORDS
        and max(sizes[1:]) <= _CREDIT_PART_WORDS
        and sizes[-1] <= 2
    )


def _fold(s: str) -> str:
    return "".join(ch for ch in normalized_key(s) if ch.isalnum())


def _next_free(lines: list[_Line], i: int) -> int | None:
    for j in range(i + 1, min(len(lines), i + 1 + _LOOK)):
        if not lines[j].fixed:
            return j
    return None


def _starts_article(lines: list[_Line], i: int) -> bool:
    """A headline followed by at least two paragraphs: another article begins."""
    if not _is_headline(lines[i]):
        return False
    j = _next_free(lines, i)
    if j is None or lines[j].cue is not None or not _is_prose(lines[j]):
        return False
    k = _next_free(lines, j)
    if k is None or not _is_prose(lines[k]):
        return False
    cue = lines[k].cue  # a read-also widget may sit inside the glued article
    return cue is None or cue.kind is K.READ_ALSO


def _zones(lines: list[_Line], *, find_appended: bool) -> list[tuple[int, int]]:
    """Walk the page top to bottom with the footer state; return appended ranges."""
    appended: list[tuple[int, int]] = []
    footer: str | None = None  # None, "soft" or "hard"
    opener = lines[0] if lines else None  # the line that opened the hard footer
    last = K.BODY
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.fixed:
            if footer == "soft":
                footer = None
            i += 1
            continue
        if ln.kind is not None:  # set by the head rules
            last = ln.kind
            i += 1
            continue
        cue = ln.cue
        if cue is not None:
            ln.kind = cue.kind
            if cue.kind in _HARD:
                footer = "hard"
                opener = ln
            elif cue.kind in _SOFT and footer is None:
                footer = "soft"
            last = cue.kind
            i += 1
            continue
        if footer == "hard":
            if find_appended and _starts_article(lines, i) and _after_opener(lines, i):
                end = _article_end(lines, i)
                for j in range(i, end):
                    if not lines[j].fixed:
                        lines[j].kind = K.APPENDED
                appended.append((i, end))
                last = K.APPENDED
                i = end
                continue
            if opener is not None and _resumes_body(ln, opener):
                footer = None
                ln.kind = K.BODY
            else:
                ln.kind = last if last not in CONTENT_KINDS else K.BOILERPLATE
        elif footer == "soft":
            if _is_prose(ln) or _starts_section(lines, i):
                footer = None
                ln.kind = K.BODY
            else:
                ln.kind = last
        elif last is K.READ_ALSO and _is_headline(ln) and _after_opener(lines, i):
            ln.kind = K.READ_ALSO  # the headline a standalone read-also cue announces
        else:
            ln.kind = K.BODY
        last = ln.kind
        i += 1
    return appended


def _resumes_body(line: _Line, opener: _Line) -> bool:
    """A sentence-ended paragraph after a source or tags line: the body goes on.

    One cue line in the middle of a story (``المصدر: واس`` under the headline) must
    not take the paragraphs after it. Readers' comments are prose by nature and a
    related list is read as headlines, so those footers stay closed; so does a
    copyright notice, the last line of a site's template, unless it is a short
    credit (``© AFP``) under a photo.
    """
    kind = opener.kind
    if kind is K.COPYRIGHT:
        if opener.feats.words > _CREDIT_COPYRIGHT_WORDS:
            return False
    elif kind not in (K.SOURCE, K.TAGS):
        return False
    return line.feats.terminal and line.feats.words >= _PROSE_MIN_WORDS


def _after_opener(lines: list[_Line], i: int) -> bool:
    """The line before *i* is a standalone read-also cue or a source/tags/copyright line."""
    for j in range(i - 1, max(-1, i - 1 - _LOOK), -1):
        prev = lines[j]
        if prev.fixed:
            continue
        if prev.cue is None:
            return False
        if prev.cue.kind is K.READ_ALSO:
            return not prev.cue.rest
        return prev.cue.kind in (K.SOURCE, K.TAGS, K.COPYRIGHT)
    return False


def _article_end(lines: list[_Line], i: int) -> int:
    """An appended article runs until the next footer line (a read-also inside it stays)."""
    for j in range(i + 1, len(lines)):
        cue = lines[j].cue
        if not lines[j].fixed and cue is not None and cue.kind is not K.READ_ALSO:
            return j
        if cue is not None and cue.kind is K.READ_ALSO and not cue.rest:
            return j
    return len(lines)


def _starts_section(lines: list[_Line], i: int) -> bool:
    """A short headline followed by a paragraph: a subheading, so the body goes on."""
    j = _next_free(lines, i)
    return _is_headline(lines[i]) and j is not None and _is_prose(lines[j])


def _teasers(lines: list[_Line]) -> None:
    """A page of teasers is a related list, not a story.

    Two shapes: teasers each closed by a view counter (``1253 پڑھا گیا``), and a
    page of bulleted headlines with no long paragraph among them. A page of short
    unbulleted lines is left alone (that is what a poem looks like), and so is a
    bulleted list of sentences (maxims, key points).
    """
    counters = [i for i, ln in enumerate(lines) if ln.cue is not None and ln.cue.counter]
    if len(counters) >= 2:
        for ln in lines[: counters[-1] + 1]:
            if not ln.fixed and ln.kind is not K.TITLE:
                ln.kind = K.RELATED
        return
    body = [ln for ln in lines if ln.kind in CONTENT_KINDS or ln.kind is K.TITLE]
    if len(body) < _TEASER_PAGE_LINES or any(ln.feats.words >= _LONG_PROSE_WORDS for ln in body):
        return
    # Headlines do not end like statements; a bulleted list of maxims does.
    headlines = sum(
        1
        for ln in body
        if ln.bullet and (not ln.feats.terminal or ln.text.rstrip().endswith(("?", "؟")))
    )
    if headlines >= 0.8 * len(body):
        for ln in body:
            ln.kind = K.RELATED


def _subheadings(lines: list[_Line]) -> None:
    """Short headline-like lines before a paragraph, a list or another one are subheadings.

    Numbered headings (``1. Smoking to be banned``) count; glyph bullets do not.
    Walked bottom-up, so a kicker line over a subheading ("Bonus!") is one too.
    """
    for i in range(len(lines) - 1, 0, -1):
        ln = lines[i]
        if ln.kind is not K.BODY or ln.feats.words > _SUBHEADING_MAX_WORDS:
            continue
        glyph_bullet = ln.bullet and not ln.text[:1].isdigit()
        if glyph_bullet or ln.feats.terminal or ln.feats.table or ln.text.rstrip().endswith(":"):
            continue
        j = _next_free(lines, i)
        if j is None:
            continue
        nxt = lines[j]
        if nxt.kind is K.SUBHEADING or (
            nxt.kind is K.BODY
            and (nxt.bullet or nxt.feats.terminal or nxt.feats.words >= _PROSE_MIN_WORDS)
            and nxt.feats.words > ln.feats.words
        ):
            ln.kind = K.SUBHEADING


def _tail_bylines(lines: list[_Line]) -> None:
    """A bare name line followed by end matter (or nothing) is the author's byline."""
    for i, ln in enumerate(lines):
        if ln.kind not in CONTENT_KINDS or not _NAME_LINE.match(ln.text):
            continue
        j = _next_free(lines, i)
        if j is None or lines[j].cue is not None:
            ln.kind = K.BYLINE


def _strip_cue(line: _Line) -> str:
    rest = line.text[line.cue.end :] if line.cue is not None else line.text
    return rest.strip(" \t:：-–—|•·.")


def _layout(lines: list[_Line], appended: list[tuple[int, int]]) -> PageLayout:
    """The layout with the metadata read off the named lines."""
    titles = [ln.text.strip() for ln in lines if ln.kind is K.TITLE]
    source = None
    tags: list[str] = []
    related: list[str] = []
    for ln in lines:
        if ln.kind is K.SOURCE and source is None and ln.cue is not None:
            source = _strip_cue(ln) or None
        elif ln.kind is K.TAGS and ln.cue is not None:
            tags.extend(t for t in _TAG_SEPARATORS.split(_strip_cue(ln)) if t)
        elif ln.kind in (K.RELATED, K.READ_ALSO):
            headline = _strip_cue(ln)
            if headline and not (ln.cue is not None and ln.cue.counter):
                related.append(headline)
    return PageLayout(
        kinds=tuple(ln.kind or K.BODY for ln in lines),
        appended=tuple(appended),
        # "Headline - Site" then "Headline": the bare headline is the title.
        title=min(titles, key=len) if titles else None,
        source=source,
        tags=tuple(tags),
        related=tuple(related),
    )


def classify_blocks(
    text: str,
    blocks: Sequence[BlockLike],
    kinds: Sequence[SegmentKind] | None = None,
    *,
    profile: BoilerplateProfile | None = None,
    find_appended: bool = True,
) -> PageLayout:
    r"""Name every block of a page and find the articles glued after the main one.

    Args:
        text: the page.
        blocks: its blocks (`newsparse.blocks.split_blocks`), in order.
        kinds: the kinds earlier stages gave the blocks; any kind other than ``body``
            (an embed) is kept as it is, and still counts as a layout signal.
        profile: a site profile from `newsparse.learn_boilerplate`: its recurring lines and
            prefixes are boilerplate.
        find_appended: look for appended articles (off when parsing one on its own).

    Returns:
        A `PageLayout`: one kind per block, appended ranges and the metadata.

    >>> from newsparse.blocks import split_blocks
    >>> page = (
    ...     "عنوان الخبر هنا\n"
    ...     "وقال الوزير إن المحادثات مستمرة مع الجانبين منذ الصباح الباكر في العاصمة.\n"
    ...     "إقرأ أيضاً: انتخابات جديدة"
    ... )
    >>> layout = classify_blocks(page, split_blocks(page))
    >>> [k.value for k in layout.kinds]
    ['title', 'body', 'read_also']
    >>> layout.related
    ('انتخابات جديدة',)
    """
    if kinds is None:
        kinds = [K.BODY] * len(blocks)
    lines = _prepare(text, blocks, kinds, profile)
    _head(lines)
    appended = _zones(lines, find_appended=find_appended)
    _teasers(lines)
    _tail_bylines(lines)
    _subheadings(lines)
    return _layout(lines, appended)


def remove_boilerplate(text: str, /, *, profile: BoilerplateProfile | None = None) -> str:
    r"""Return the article's own text: its body paragraphs joined by blank lines.

    Everything else (title, source, tags, read-also lines, related lists, appended
    articles, duplicates, embeds) is left out. This is `newsparse.Article.text` of
    ``parse(text)``: use `newsparse.parse` to keep the offsets and the rest.

    Args:
        text: the page as plain text.
        profile: a site profile from `newsparse.learn_boilerplate`, if you have one.

    Returns:
        The body paragraphs, joined by ``"\n\n"``.

    Raises:
        TypeError: *text* is not a `str`.

    >>> print(remove_boilerplate("وقال الوزير إن المحادثات مستمرة.\nمقالات مشابهة\n• عنوان آخر"))
    وقال الوزير إن المحادثات مستمرة.
    """
    check_text(text, func="remove_boilerplate")
    check_profile(profile, func="remove_boilerplate")
    from newsparse.parse import parse  # the full pipeline (embeds, duplicates)

    return parse(text, profile=profile).text
