"""`parse`: the pipeline from a page's text to an `Article`.

This is the only module that knows the order of the stages (DESIGN.md): blocks,
embeds, boilerplate, duplicates, quotes. Each stage lives in its own module and
knows nothing of those after it. The pipeline works on `Piece` objects: a block's
span and its kind so far.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence

import attrs

from newsparse.blocks import split_blocks
from newsparse.boilerplate import PageLayout, classify_blocks
from newsparse.dedup import find_duplicates
from newsparse.embeds import find_embeds
from newsparse.errors import check_flag, check_text
from newsparse.lang import detect_lang
from newsparse.model import CONTENT_KINDS, Article, Embed, Quote, Segment, SegmentKind
from newsparse.profile import BoilerplateProfile, check_profile
from newsparse.quotes import find_quotes
from newsparse.spacing import repair_spacing

__all__ = ["Piece", "parse"]


@attrs.define
class Piece:
    """A block on its way through the pipeline: its span, and its kind so far."""

    start: int
    end: int
    kind: SegmentKind = SegmentKind.BODY
    bullet: bool = False


def parse(
    text: str,
    /,
    *,
    profile: BoilerplateProfile | None = None,
    quotes: bool = True,
    indirect_quotes: bool = False,
) -> Article:
    r"""Parse the plain text of a news page into an `Article`.

    Any `str` parses; nothing in the input makes it raise. The segments cover the
    input exactly, in order, so nothing is ever lost.

    Args:
        text: the page as plain text (what a scraper or a web corpus stored).
        profile: a site profile from `newsparse.learn_boilerplate`, if you have one.
        quotes: find quotations (the costliest stage); pass False when you only
            need the text, the segments and the embeds.
        indirect_quotes: also report speech without quote marks (``قال X إن …``)
            in `Article.quotes`, as `QuoteKind.INDIRECT`.

    Returns:
        An `Article` with its segments by kind, embeds, quotes and metadata.

    Raises:
        TypeError: *text* is not a `str` (decode bytes first), *profile* is not a
            `newsparse.BoilerplateProfile`, or *quotes* or *indirect_quotes* is not a `bool`.

    >>> article = parse("وقال الوزير إن المحادثات مستمرة.\n\nوأضاف أنها إيجابية.")
    >>> [s.kind.value for s in article.segments]
    ['body', 'blank', 'body']
    >>> print(article.text)
    وقال الوزير إن المحادثات مستمرة.
    <BLANKLINE>
    وأضاف أنها إيجابية.
    """
    check_text(text, func="parse")
    check_flag(quotes, name="quotes", func="parse")
    check_flag(indirect_quotes, name="indirect_quotes", func="parse")
    check_profile(profile, func="parse")
    pieces = [Piece(b.start, b.end, SegmentKind.BODY, b.bullet) for b in split_blocks(text)]
    embeds = find_embeds(text)
    pieces = _claim_embeds(text, pieces, embeds)
    layout = classify_blocks(text, pieces, [p.kind for p in pieces], profile=profile)
    for piece, kind in zip(pieces, layout.kinds, strict=True):
        piece.kind = kind
    _mark_duplicates(text, pieces)
    # An appended article's blocks are segments of the page and of the appended
    # article alike: their clean text and language are worked out once for both.
    cleaned: _Cleaned = {}
    appended = tuple(
        _appended(
            text,
            pieces[a:b],
            embeds,
            cleaned,
            with_quotes=quotes,
            indirect_quotes=indirect_quotes,
        )
        for a, b in layout.appended
    )
    article = _article(
        text,
        pieces,
        0,
        len(text),
        layout,
        embeds=embeds,
        cleaned=cleaned,
        with_quotes=quotes,
        indirect_quotes=indirect_quotes,
    )
    return attrs.evolve(article, appended=appended)


# A paragraph's language is clear from its first few hundred characters.
_LANG_SAMPLE = 400

# A block's clean text and language, by its span.
_Cleaned = dict[tuple[int, int], tuple[str, str | None]]

# Kinds whose blocks can repeat one another (a body line repeating the title is a
# duplicate; the title itself never is).
_REPEATABLE = CONTENT_KINDS | {SegmentKind.TITLE}


def _mark_duplicates(text: str, pieces: Sequence[Piece]) -> None:
    """Mark the later copies among the body, subheading and title pieces."""
    candidates = [p for p in pieces if p.kind in _REPEATABLE]
    titles = [i for i, p in enumerate(candidates) if p.kind is SegmentKind.TITLE]
    for i in find_duplicates([text[p.start : p.end] for p in candidates], titles=titles):
        # A title printed twice (page title, then headline) stays a title.
        if candidates[i].kind is not SegmentKind.TITLE:
            candidates[i].kind = SegmentKind.DUPLICATE


def _appended(
    text: str,
    pieces: Sequence[Piece],
    embeds: Sequence[Embed],
    cleaned: _Cleaned,
    *,
    with_quotes: bool,
    indirect_quotes: bool,
) -> Article:
    """Parse an appended article's pieces on their own (its own title, body, duplicates)."""
    own = [Piece(p.start, p.end, p.kind, p.bullet) for p in pieces]
    for p in own:
        if p.kind is SegmentKind.APPENDED:
            p.kind = SegmentKind.BODY
    layout = classify_blocks(text, own, [p.kind for p in own], find_appended=False)
    for piece, kind in zip(own, layout.kinds, strict=True):
        piece.kind = kind
    if own and own[0].kind in CONTENT_KINDS:
        own[0].kind = SegmentKind.TITLE  # the headline the page glued it under
        layout = attrs.evolve(layout, title=text[own[0].start : own[0].end].strip())
    _mark_duplicates(text, own)
    return _article(
        text,
        own,
        own[0].start,
        own[-1].end,
        layout,
        embeds=embeds,
        cleaned=cleaned,
        with_quotes=with_quotes,
        indirect_quotes=indirect_quotes,
    )


def _article(
    text: str,
    pieces: Sequence[Piece],
    start: int,
    end: int,
    layout: PageLayout | None = None,
    *,
    embeds: Sequence[Embed] = (),
    cleaned: _Cleaned | None = None,
    with_quotes: bool = True,
    indirect_quotes: bool = False,
) -> Article:
    """Assemble the article that covers ``text[start:end]`` from its classified pieces."""
    segments = _segments(text, pieces, start, end, {} if cleaned is None else cleaned)
    inside = tuple(e for e in embeds if start <= e.start and e.end <= end)
    quotes = _quotes(text, pieces, indirect_quotes) if with_quotes else ()
    # The article's language is the one most of its body characters are in.
    weights: Counter[str] = Counter()
    for s in segments:
        if s.kind in CONTENT_KINDS and s.lang is not None:
            weights[s.lang] += s.end - s.start
    lang = weights.most_common(1)[0][0] if weights else None
    if layout is None:
        return Article(
            segments=segments, embeds=inside, quotes=quotes, start=start, end=end, lang=lang
        )
    return Article(
        segments=segments,
        embeds=inside,
        quotes=quotes,
        start=start,
        end=end,
        lang=lang,
        title=layout.title,
        source=layout.source,
        tags=layout.tags,
        related=layout.related,
    )


def _quotes(text: str, pieces: Sequence[Piece], indirect: bool) -> tuple[Quote, ...]:
    """The quotations in the article's body pieces.

    Subheadings are read for context (a transcript heading names the speaker of what
    follows), but quotations come from the body only: subheadings repeat its quoted
    words as teasers.
    """
    content = [(p.start, p.end) for p in pieces if p.kind in CONTENT_KINDS]
    quotes = find_quotes(text, content, indirect=indirect)
    headings = [(p.start, p.end) for p in pieces if p.kind is SegmentKind.SUBHEADING]
    if headings and quotes:
        starts = [a for a, _ in headings]
        quotes = tuple(q for q in quotes if not _inside(q.start, starts, headings))
    return quotes


def _inside(offset: int, starts: Sequence[int], spans: Sequence[tuple[int, int]]) -> bool:
    """Whether *offset* lies in one of the ordered, disjoint *spans* (whose starts are given)."""
    k = bisect.bisect_right(starts, offset) - 1
    return k >= 0 and offset < spans[k][1]


def _claim_embeds(text: str, pieces: list[Piece], embeds: Sequence[Embed]) -> list[Piece]:
    """Mark the pieces an embed covers as ``embed``, splitting a piece an embed cuts.

    A tweet glued to the end of a body sentence starts inside that sentence's block:
    the block is split at the embed's edge, so the body part stays body. One pass
    over pieces and embeds, both in order.
    """
    if not embeds:
        return pieces
    out: list[Piece] = []
    j = 0
    for piece in pieces:
        while j < len(embeds) and embeds[j].end <= piece.start:
            j += 1
        pos = piece.start
        k = j
        while k < len(embeds) and embeds[k].start < piece.end and pos < piece.end:
            e = embeds[k]
            out += _sub_pieces(text, pos, max(pos, e.start), piece)
            out += _sub_pieces(text, max(pos, e.start), min(piece.end, e.end), piece, embed=True)
            pos = min(piece.end, e.end)
            if e.end <= piece.end:
                k += 1
            else:
                break
        out += _sub_pieces(text, pos, piece.end, piece)
    return out


def _sub_pieces(
    text: str, start: int, end: int, piece: Piece, *, embed: bool = False
) -> list[Piece]:
    """The visible part of ``text[start:end]`` as a piece of *piece*'s kind, or of kind embed."""
    if start >= end:
        return []
    kind = SegmentKind.EMBED if embed else piece.kind
    if start == piece.start and end == piece.end:
        return [Piece(start, end, kind, piece.bullet)]
    return [
        Piece(start + b.start, start + b.end, kind, piece.bullet)
        for b in split_blocks(text[start:end])
    ]


def _segment_text(text: str, piece: Piece) -> str:
    """The clean text a segment reports for *piece*: spaces a scraper dropped put back."""
    return repair_spacing(text[piece.start : piece.end])


def _segments(
    text: str, pieces: Sequence[Piece], start: int, end: int, cleaned: _Cleaned
) -> tuple[Segment, ...]:
    """Turn classified pieces into segments that partition ``text[start:end]``.

    *cleaned* holds the clean text and language of the blocks done already, and
    gains those of the others.
    """
    out: list[Segment] = []
    pos = start
    for piece in pieces:
        if piece.start > pos:
            out.append(Segment(kind=SegmentKind.BLANK, start=pos, end=piece.start))
        span = (piece.start, piece.end)
        done = cleaned.get(span)
        if done is None:
            sample = text[piece.start : min(piece.end, piece.start + _LANG_SAMPLE)]
            done = cleaned[span] = (_segment_text(text, piece), detect_lang(sample))
        out.append(
            Segment(kind=piece.kind, start=piece.start, end=piece.end, text=done[0], lang=done[1])
        )
        pos = piece.end
    if pos < end:
        out.append(Segment(kind=SegmentKind.BLANK, start=pos, end=end))
    return tuple(out)
