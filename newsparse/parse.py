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
from newsparse.errors import check_text
from newsparse.model import Article, Segment, SegmentKind
from newsparse.quotes import find_quotes

__all__ = ["Piece", "parse"]


@attrs.define
class Piece:
    """A block on its way through the pipeline: its span, and its kind so far."""

    start: int
    end: int
    kind: SegmentKind = SegmentKind.BODY
    bullet: bool = False


def parse(text: str, /, *, indirect_quotes: bool = False) -> Article:
    r"""Parse the plain text of a news page into an `Article`.

    Any `str` parses; nothing in the input makes it raise. The segments cover the
    input exactly, in order, so nothing is ever lost.

    Args:
        text: the page as plain text (what a scraper or a web corpus stored).
        indirect_quotes: also report speech without quote marks (``قال X إن …``)
            in `Article.quotes`, as `QuoteKind.INDIRECT`.

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
    return _article(text, pieces, 0, len(text), indirect_quotes=indirect_quotes)


def _article(
    text: str, pieces: Sequence[Piece], start: int, end: int, *, indirect_quotes: bool = False
) -> Article:
    """Assemble the article that covers ``text[start:end]`` from its classified pieces."""
    segments = _segments(text, pieces, start, end)
    # quotations come from the body only: subheadings repeat its quoted words as teasers
    body = [(p.start, p.end) for p in pieces if p.kind is SegmentKind.BODY]
    quotes = find_quotes(text, body, indirect=indirect_quotes)
    return Article(segments=segments, quotes=quotes, start=start, end=end)


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
