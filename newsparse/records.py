r"""`newsparse.to_record`: one parsed page as a flat row for Arrow, Parquet and ``datasets``.

Arrow wants the same columns with the same types in every row; nested objects of
varying shape make ``datasets.map`` fail or fall back to slow paths. A record is a
`dict` whose values are only strings, integers, None, or lists of those, and whose
keys never depend on the page: a page with no quotes still has ``quote_text == []``.
Parallel lists (``quote_text[i]``, ``quote_speaker[i]``, …) describe the *i*-th object.

>>> row = to_record("قال الوزير: \"المحادثات مستمرة\".\n\nوأضاف أنها إيجابية.")
>>> row["text"].endswith("إيجابية.")
True
>>> row["segment_kind"]
['body', 'blank', 'body']
>>> sorted(row) == sorted(RECORD_FIELDS)
True
"""

from __future__ import annotations

from typing import Any

from newsparse.errors import check_text
from newsparse.model import Article
from newsparse.parse import parse

__all__ = ["RECORD_FIELDS", "RECORD_SCHEMA", "article_record", "to_record"]

#: The Arrow type of each record field in order (``string``, ``int64`` or a list
#: of those). Declare it when a batch may hold no embed or quote at all, where Arrow
#: alone would infer a list of nulls.
RECORD_SCHEMA: dict[str, str] = {
    "text": "string",
    "title": "string",
    "source": "string",
    "lang": "string",
    "tags": "list<string>",
    "related": "list<string>",
    "segment_kind": "list<string>",
    "segment_start": "list<int64>",
    "segment_end": "list<int64>",
    "embed_platform": "list<string>",
    "embed_author": "list<string>",
    "embed_handle": "list<string>",
    "embed_date": "list<string>",
    "embed_text": "list<string>",
    "embed_url": "list<string>",
    "embed_start": "list<int64>",
    "embed_end": "list<int64>",
    "quote_text": "list<string>",
    "quote_kind": "list<string>",
    "quote_speaker": "list<string>",
    "quote_cue": "list<string>",
    "quote_start": "list<int64>",
    "quote_end": "list<int64>",
    "appended_text": "list<string>",
}
#: The keys of every record, in order.
RECORD_FIELDS: tuple[str, ...] = tuple(RECORD_SCHEMA)


def to_record(text: str, /) -> dict[str, Any]:
    """Parse *text* and return the article as a flat, Arrow-friendly `dict`.

    Made for ``datasets.Dataset.map``, which runs it in *N* worker processes::

        ds = ds.map(lambda row: newsparse.to_record(row["text"]), num_proc=8)

    Args:
        text: the page as plain text.

    Returns:
        A `dict` with the keys of `newsparse.records.RECORD_FIELDS`: ``text`` (the article text),
        ``title``, ``source``, ``lang``, ``tags``, ``related``, then parallel lists
        for segments, embeds and quotes (offsets into *text*), and ``appended_text``
        (the text of each article glued after the main one).

    Raises:
        TypeError: *text* is not a `str`.
    """
    check_text(text, func="to_record")
    return article_record(parse(text))


def article_record(article: Article) -> dict[str, Any]:
    """Return the flat record of an already parsed *article* (see `newsparse.to_record`).

    >>> from newsparse import parse
    >>> article_record(parse(""))["segment_kind"]
    []
    """
    segs, embeds, quotes = article.segments, article.embeds, article.quotes
    return {
        "text": article.text,
        "title": article.title,
        "source": article.source,
        "lang": article.lang,
        "tags": list(article.tags),
        "related": list(article.related),
        "segment_kind": [s.kind.value for s in segs],
        "segment_start": [s.start for s in segs],
        "segment_end": [s.end for s in segs],
        "embed_platform": [e.platform for e in embeds],
        "embed_author": [e.author for e in embeds],
        "embed_handle": [e.handle for e in embeds],
        "embed_date": [e.date.isoformat() if e.date else None for e in embeds],
        "embed_text": [e.text for e in embeds],
        "embed_url": [e.url for e in embeds],
        "embed_start": [e.start for e in embeds],
        "embed_end": [e.end for e in embeds],
        "quote_text": [q.text for q in quotes],
        "quote_kind": [q.kind.value for q in quotes],
        "quote_speaker": [q.speaker for q in quotes],
        "quote_cue": [q.cue for q in quotes],
        "quote_start": [q.start for q in quotes],
        "quote_end": [q.end for q in quotes],
        "appended_text": [a.text for a in article.appended],
    }
