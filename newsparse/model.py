"""The types a parse returns: `Segment`, `Embed`, `Quote` and `Article`.

Every located object carries ``start`` and ``end``: half-open offsets into the exact
string given to `newsparse.parse`, so that ``text[x.start:x.end]`` is its source.
Cleaned text lives in ``.text``. All types are frozen attrs classes; change one with
`attrs.evolve`. ``to_dict()`` gives plain JSON-ready values and ``from_dict()`` reads
them back:

>>> seg = Segment(kind="body", start=0, end=5, text="مرحبا")
>>> seg
Segment(kind=<SegmentKind.BODY: 'body'>, start=0, end=5, text='مرحبا', lang=None)
>>> Segment.from_dict(seg.to_dict()) == seg
True
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

import attrs

__all__ = ["Article", "Embed", "Quote", "QuoteKind", "Segment", "SegmentKind"]

_T = TypeVar("_T")


class SegmentKind(enum.StrEnum):
    """What a stretch of the page is. The values are the corpus labels."""

    BODY = "body"
    TITLE = "title"
    SUBHEADING = "subheading"
    EMBED = "embed"
    SOURCE = "source"
    TAGS = "tags"
    READ_ALSO = "read_also"
    RELATED = "related"
    APPENDED = "appended"
    SHARE = "share"
    COPYRIGHT = "copyright"
    BYLINE = "byline"
    DATELINE = "dateline"
    CAPTION = "caption"
    AD = "ad"
    NAV = "nav"
    COMMENT = "comment"
    DUPLICATE = "duplicate"
    BLANK = "blank"
    BOILERPLATE = "boilerplate"


#: The kinds that make up the article's own text (`Article.body`).
CONTENT_KINDS = frozenset({SegmentKind.BODY, SegmentKind.SUBHEADING})


class QuoteKind(enum.StrEnum):
    """How a quotation is reported."""

    #: A full quotation between quote marks.
    DIRECT = "direct"
    #: A quoted fragment inside reported speech.
    MIXED = "mixed"
    #: Reported speech with no quote marks (``قال X إن …``).
    INDIRECT = "indirect"


def _check_span(instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
    if value < instance.start:
        msg = f"{type(instance).__name__}.end ({value}) < start ({instance.start})"
        raise ValueError(msg)


def _non_negative(instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        msg = f"{type(instance).__name__}.{attribute.name} must be >= 0, got {value}"
        raise ValueError(msg)


def _str_tuple(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


def _to_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


class _DictMixin:
    """``to_dict``/``from_dict`` for the flat located types."""

    def to_dict(self) -> dict[str, Any]:
        """Return the fields as JSON-ready values (enums as strings, dates as ISO)."""
        return attrs.asdict(self, value_serializer=_serialize)  # type: ignore[arg-type]

    @classmethod
    def from_dict(cls: type[_T], data: Mapping[str, Any]) -> _T:
        """Build an instance from the output of `to_dict` (unknown keys are refused)."""
        return cls(**data)


def _serialize(inst: Any, field: attrs.Attribute[Any] | None, value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


@attrs.frozen(kw_only=True)
class Segment(_DictMixin):
    """One block of the input and what it is.

    Attributes:
        kind: what the block is (`SegmentKind`; its string value is accepted).
        start: offset of the first character in the input.
        end: offset after the last character.
        text: the block's clean text (spacing repaired; empty for blanks).
        lang: language code of the block (``"ar"``, ``"en"``, …) or None if unknown.
    """

    kind: SegmentKind = attrs.field(converter=SegmentKind)
    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=_check_span)
    text: str = ""
    lang: str | None = None


@attrs.frozen(kw_only=True)
class Embed(_DictMixin):
    """A social post embedded in the page (a tweet, an Instagram post, …).

    Attributes:
        platform: ``"twitter"``, ``"instagram"``, ``"facebook"``, ``"youtube"``,
            ``"tiktok"``, ``"bluesky"``, ``"mastodon"``, ``"threads"`` (a Telegram widget
            leaves no text, so no Telegram post is ever found).
        author: the display name as written, or None.
        handle: the account name without ``@``, or None.
        date: the post's date, or None when absent or unreadable.
        date_text: the date as written, or None.
        text: the post's own words (no attribution line), possibly empty.
        urls: links in the post, split where extraction glued them.
        media: media links as written (``pic.twitter.com/…``).
        hashtags: hashtags without ``#``.
        mentions: mentioned accounts without ``@``.
        lang: language code of the post's text, or None.
        start: offset of the embed's first character in the input.
        end: offset after its last character (the attribution line included).
        status_id: the post's id when a status link survived, else None.
        url: the post's own link when one survived, else None.
        truncated: True when the text was cut off (ends with ``…``).
    """

    platform: str
    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=_check_span)
    author: str | None = None
    handle: str | None = None
    date: dt.date | None = attrs.field(default=None, converter=_to_date)
    date_text: str | None = None
    text: str = ""
    urls: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    media: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    hashtags: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    mentions: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    lang: str | None = None
    status_id: str | None = None
    url: str | None = None
    truncated: bool = False


@attrs.frozen(kw_only=True)
class Quote(_DictMixin):
    """A quotation: who said what.

    Attributes:
        text: the quoted words, without the quote marks.
        start: offset of the first quoted character in the input.
        end: offset after the last quoted character.
        kind: `QuoteKind` (its string value is accepted).
        speaker: who said it, as written in the text, or None.
        speaker_start: offset of the speaker mention the attribution used, or None.
        speaker_end: offset after that mention, or None.
        cue: the reporting verb or phrase as written, or None.
        lang: language code of the quoted words, or None.
    """

    text: str
    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=_check_span)
    kind: QuoteKind = attrs.field(default=QuoteKind.DIRECT, converter=QuoteKind)
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    lang: str | None = None


def _segments(items: Iterable[Segment | Mapping[str, Any]]) -> tuple[Segment, ...]:
    return tuple(x if isinstance(x, Segment) else Segment.from_dict(x) for x in items)


def _embeds(items: Iterable[Embed | Mapping[str, Any]]) -> tuple[Embed, ...]:
    return tuple(x if isinstance(x, Embed) else Embed.from_dict(x) for x in items)


def _quotes(items: Iterable[Quote | Mapping[str, Any]]) -> tuple[Quote, ...]:
    return tuple(x if isinstance(x, Quote) else Quote.from_dict(x) for x in items)


def _articles(items: Iterable[Article | Mapping[str, Any]]) -> tuple[Article, ...]:
    return tuple(x if isinstance(x, Article) else Article.from_dict(x) for x in items)


@attrs.frozen(kw_only=True)
class Article:
    """A parsed news page.

    Attributes:
        segments: every block of the input in order, non-overlapping, covering it.
        embeds: the social posts the page carries.
        quotes: the quotations in the body.
        title: the article's title when the page gives one, else None.
        source: the credited publication or agency (``المصدر: …``), else None.
        tags: the page's tags or keywords.
        related: headlines of other articles the page links to (related lists and
            read-also lines).
        appended: other articles the page glued after (or inside) this one, each
            parsed on its own with offsets into the same input.
        lang: the main language of the body, or None.
        start: offset where this article's stretch of the input begins (0 for the page).
        end: offset where it ends (the input's length for the page).
    """

    segments: tuple[Segment, ...] = attrs.field(factory=tuple, converter=_segments)
    embeds: tuple[Embed, ...] = attrs.field(factory=tuple, converter=_embeds)
    quotes: tuple[Quote, ...] = attrs.field(factory=tuple, converter=_quotes)
    title: str | None = None
    source: str | None = None
    tags: tuple[str, ...] = attrs.field(factory=tuple, converter=_str_tuple)
    related: tuple[str, ...] = attrs.field(factory=tuple, converter=_str_tuple)
    appended: tuple[Article, ...] = attrs.field(factory=tuple, converter=_articles)
    lang: str | None = None
    start: int = attrs.field(default=0, validator=_non_negative)
    end: int = attrs.field(default=0, validator=_check_span)

    @property
    def body(self) -> tuple[Segment, ...]:
        """The segments whose kind is ``body`` or ``subheading``."""
        return tuple(s for s in self.segments if s.kind in CONTENT_KINDS)

    @property
    def text(self) -> str:
        """The body as clean text, paragraphs joined by a blank line."""
        return "\n\n".join(s.text for s in self.body if s.text)

    def to_dict(self) -> dict[str, Any]:
        """Return the article as JSON-ready values; `from_dict` reads them back."""
        return {
            "segments": [s.to_dict() for s in self.segments],
            "embeds": [e.to_dict() for e in self.embeds],
            "quotes": [q.to_dict() for q in self.quotes],
            "title": self.title,
            "source": self.source,
            "tags": list(self.tags),
            "related": list(self.related),
            "appended": [a.to_dict() for a in self.appended],
            "lang": self.lang,
            "start": self.start,
            "end": self.end,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Build an article from the output of `to_dict`."""
        return cls(**data)
