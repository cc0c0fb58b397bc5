r"""Split a page into blocks: paragraphs and list items, with exact offsets.

A block is one line's content with the surrounding white space left out; lines are
separated by any line break Unicode knows (``\n``, ``\r\n``, ``\r``, U+2028, …).
Lines that hold only white space, NBSP or invisible format characters are blank and
make no block. What lies between blocks (line breaks, indentation, blank lines) is
what `newsparse.parse` reports as ``blank`` segments.

>>> [(b.start, b.end, b.bullet) for b in split_blocks("عنوان\n\n  • بند أول\nنص")]
[(0, 5, False), (9, 18, True), (19, 21, False)]
"""

from __future__ import annotations

import attrs
import regex

from newsparse.errors import check_text

__all__ = ["Block", "split_blocks"]

# Characters that separate lines (str.splitlines' set) and characters that count as
# white space for blank detection: Unicode spaces plus the invisible controls that
# scraped pages leave on otherwise empty lines (ZWSP, ZWNJ, ZWJ, LRM, RLM, BOM, bidi).
_BREAK = r"\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029"
_SPACE = r"\s\x1c-\x1f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff"

# One block: from the first visible character of a line to its last one. The
# optional tail is a single greedy run, so a match costs O(line length).
_BLOCK = regex.compile(rf"[^{_SPACE}](?:[^{_BREAK}]*[^{_SPACE}])?")

# A list item: a bullet glyph, or a number or letter followed by ``.`` or ``)``,
# then white space. Hyphen and asterisk bullets need the space after them.
_BULLET = regex.compile(r"(?:[•·▪▫◦●○■□►▶‣⁃–—*-]|\d{1,3}[.)]|[٠-٩]{1,3}[.)-])\s")


@attrs.frozen
class Block:
    """A paragraph or list item: ``text[start:end]`` is its visible content."""

    start: int
    end: int
    bullet: bool = False


def split_blocks(text: str, /) -> tuple[Block, ...]:
    r"""Return the blocks of *text* in order.

    Args:
        text: the page as plain text.

    Returns:
        One `Block` per non-blank line, with offsets into *text*.

    Raises:
        TypeError: *text* is not a `str`.

    >>> split_blocks("سطر أول\r\n\u00a0\r\nسطر ثان")
    (Block(start=0, end=7, bullet=False), Block(start=12, end=19, bullet=False))
    """
    check_text(text, func="split_blocks")
    out = []
    for m in _BLOCK.finditer(text):
        start, end = m.span()
        out.append(Block(start, end, _BULLET.match(text, start, end) is not None))
    return tuple(out)
