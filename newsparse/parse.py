"""`parse`: the pipeline from a page's text to an `Article`.

This is the only module that knows the order of the stages (DESIGN.md): blocks,
embeds, boilerplate, duplicates, quotes. Each stage lives in its own module and
knows nothing of those after it.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse.blocks import Block, split_blocks
from newsparse.errors import check_text
from newsparse.model import Article, Segment, SegmentKind

__all__ = ["parse"]


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
    blocks = split_blocks(text)
    kinds = [SegmentKind.BODY] * len(blocks)
    return Article(segments=_segments(text, blocks, kinds, 0, len(text)), end=len(text))


def _segments(
    text: str, blocks: Sequence[Block], kinds: Sequence[SegmentKind], start: int, end: int
) -> tuple[Segment, ...]:
    """Turn classified blocks into segments that partition ``text[start:end]``."""
    out: list[Segment] = []
    pos = start
    for block, kind in zip(blocks, kinds, strict=True):
        if block.start > pos:
            out.append(Segment(kind=SegmentKind.BLANK, start=pos, end=block.start))
        out.append(
            Segment(kind=kind, start=block.start, end=block.end, text=text[block.start : block.end])
        )
        pos = block.end
    if pos < end:
        out.append(Segment(kind=SegmentKind.BLANK, start=pos, end=end))
    return tuple(out)
