"""newsparse: faithful, structured articles from the plain text of scraped news pages.

>>> import newsparse
>>> article = newsparse.parse("قال الوزير إن الاجتماع مثمر.")
>>> article.text
'قال الوزير إن الاجتماع مثمر.'
"""

from newsparse.errors import DataFormatError, NewsparseError
from newsparse.model import Article, Embed, Quote, QuoteKind, Segment, SegmentKind
from newsparse.normalize import Normalized, normalize_arabic, normalize_arabic_with_map
from newsparse.parse import parse
from newsparse.spacing import repair_spacing, repair_spacing_with_map

__version__ = "0.1.0"

__all__ = [
    "Article",
    "DataFormatError",
    "Embed",
    "NewsparseError",
    "Normalized",
    "Quote",
    "QuoteKind",
    "Segment",
    "SegmentKind",
    "__version__",
    "normalize_arabic",
    "normalize_arabic_with_map",
    "parse",
    "repair_spacing",
    "repair_spacing_with_map",
]
