"""newsparse: faithful, structured articles from the plain text of scraped news pages.

>>> import newsparse
>>> article = newsparse.parse("قال الوزير إن الاجتماع مثمر.")
>>> article.text
'قال الوزير إن الاجتماع مثمر.'
"""

from newsparse.errors import DataFormatError, NewsparseError
from newsparse.model import Article, Embed, Quote, QuoteKind, Segment, SegmentKind
from newsparse.parse import parse
from newsparse.quotes import extract_quotes

__version__ = "0.1.0"

__all__ = [
    "Article",
    "DataFormatError",
    "Embed",
    "NewsparseError",
    "Quote",
    "QuoteKind",
    "Segment",
    "SegmentKind",
    "__version__",
    "extract_quotes",
    "parse",
]
