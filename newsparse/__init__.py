"""newsparse: faithful, structured articles from the plain text of scraped news pages.

>>> import newsparse
>>> article = newsparse.parse("قال الوزير إن الاجتماع مثمر.")
>>> article.text
'قال الوزير إن الاجتماع مثمر.'
"""

from newsparse.boilerplate import remove_boilerplate
from newsparse.dates import parse_date
from newsparse.embeds import find_embeds
from newsparse.errors import DataFormatError, NewsparseError
from newsparse.model import Article, Embed, Quote, QuoteKind, Segment, SegmentKind
from newsparse.parse import parse
from newsparse.profile import BoilerplateProfile, learn_boilerplate
from newsparse.records import to_record
from newsparse.render import render_html

__version__ = "0.1.0"

__all__ = [
    "Article",
    "BoilerplateProfile",
    "DataFormatError",
    "Embed",
    "NewsparseError",
    "Quote",
    "QuoteKind",
    "Segment",
    "SegmentKind",
    "__version__",
    "find_embeds",
    "learn_boilerplate",
    "parse",
    "parse_date",
    "remove_boilerplate",
    "render_html",
    "to_record",
]
