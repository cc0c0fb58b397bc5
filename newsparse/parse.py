"""`parse`: the pipeline from a page's text to an `Article`.

This is the only module that knows the order of the stages (DESIGN.md): blocks,
embeds, boilerplate, duplicates, quotes. Each stage lives in its own module and
knows nothing of those after it. The pipeline works on `Piece` objects: a block's
span and its kind so far.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from newsparse.blocks import split_blocks
from newsparse.embeds import find_embeds
from newsparse.errors import check_text
from newsparse.model import Article, Embed, Segment, SegmentKind

__all__ = ["Piece", "parse"]


@attrs.define
class Piece:
    """A block on its way through the pipeline: its span, and its kind so far."""

    start: int
    end: int
    kind: SegmentKind = SegmentKind.BODY
    bullet: bool = False


def parse(text: str, /) -> Article:
    r"""Parse the plain text of a news page into an `Article`.

    Any `str` parses; nothing in the input makes it raise. The segments cover the
    input exactly, in order, so nothing is ever lost.

    Args:
        text: the page as plain text (what a scraper or a web corpus stored).

    Returns:
        An `Article` with its segments by kind, embeds, quotes and metadata.

    Raises:
        TypeError: *text* is not a `str` (decode bytes first).

    >>> article = parse("وقال الوزير إن المحادثات مستمرة.\n\nوأضاف أنها إيجابية.")
    >>> [s.kind.value for s in article.segments]
    ['body', 'blank', 'body']
    >>> print(article.text)
    وقال الوزير إن المحادثات مستمرة.
    <BLANKLINE>
    وأضاف أنها إيجابية.
    """
    check_text(text, func="parse")
    pieces = [Piece(b.start, b.end, SegmentKind.BODY, b.bullet) for b in split_blocks(text)]
    embeds = find_embeds(text)
    pieces = _claim_embeds(text, pieces, embeds)
    return _article(text, pieces, 0, len(text), embeds=embeds)


def _article(
    text: str, pieces: Sequence[Piece], start: int, end: int, *, embeds: Sequence[Embed] = ()
) -> Article:
    """Assemble the article that covers ``text[start:end]`` from its classified pieces."""
    segments = _segments(text, pieces, start, end)
    inside = tuple(e for e in embeds if start <= e.start and e.end <= end)
    return Article(segments=segments, embeds=inside, start=start, end=end)


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
    """The clean text a segment reports for *piece*."""
    return text[piece.start : piece.end]


def _segments(text: str, pieces: Sequence[Piece], start: int, end: int) -> tuple[Segment, ...]:
    """Turn classified pieces into segments that partition ``text[start:end]``."""
    out: list[Segment] = []
    pos = start
    for piece in pieces:
        if piece.start > pos:
            out.append(Segment(kind=SegmentKind.BLANK, start=pos, end=piece.start))
        out.append(
            Segment(
                kind=piece.kind,
                start=piece.start,
                end=piece.end,
                text=_segment_text(text, piece),
            )
        )
        pos = piece.end
    if pos < end:
        out.append(Segment(kind=SegmentKind.BLANK, start=pos, end=end))
    return tuple(out)
