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
from newsparse.normalize import Normalized, normalize_arabic, normalize_arabic_with_map
from newsparse.parse import parse
from newsparse.profile import BoilerplateProfile, learn_boilerplate
from newsparse.quotes import extract_quotes
from newsparse.records import to_record
from newsparse.render import render_html
from newsparse.spacing import repair_spacing, repair_spacing_with_map

__version__ = "0.1.0"

__all__ = [
    "Article",
    "BoilerplateProfile",
    "DataFormatError",
    "Embed",
    "NewsparseError",
    "Normalized",
    "Quote",
    "QuoteKind",
    "Segment",
    "SegmentKind",
    "__version__",
    "extract_quotes",
    "find_embeds",
    "learn_boilerplate",
    "normalize_arabic",
    "normalize_arabic_with_map",
    "parse",
    "parse_date",
    "remove_boilerplate",
    "render_html",
    "repair_spacing",
    "repair_spacing_with_map",
    "to_record",
]
