"""Properties of the whole API on generated news-like pages."""

from hypothesis import given

import newsparse
from tests.strategies import news_page
from tests.test_parse_props import check_article


@given(news_page())
def test_news_pages_parse_faithfully(text):
    article = newsparse.parse(text)
    check_article(text, article)
    assert newsparse.Article.from_dict(article.to_dict()) == article


@given(news_page())
def test_located_objects_point_into_their_segments(text):
    article = newsparse.parse(text)
    for sub in article.appended:
        assert 0 <= sub.start <= sub.end <= len(text)
        check_article(text[sub.start : sub.end], _shift(sub))
    body = [(s.start, s.end) for s in article.segments if s.kind.value in ("body", "subheading")]
    for quote in article.quotes:
        assert any(a <= quote.start <= quote.end <= z for a, z in body) or _spans_paragraphs(
            quote, body
        )
    embeds = [(s.start, s.end) for s in article.segments if s.kind.value == "embed"]
    for embed in article.embeds:
        assert any(a < z and a < embed.end and embed.start < z for a, z in embeds)


def _spans_paragraphs(quote, body):
    """A quotation may run over several body paragraphs: its ends lie in body segments."""
    return any(a <= quote.start <= z for a, z in body) and any(a <= quote.end <= z for a, z in body)


def _shift(sub):
    """The sub-article with offsets relative to its own range, for check_article."""
    import attrs

    return attrs.evolve(
        sub,
        segments=[
            attrs.evolve(s, start=s.start - sub.start, end=s.end - sub.start) for s in sub.segments
        ],
        embeds=[],
        quotes=[],
        appended=[],
        start=0,
        end=sub.end - sub.start,
    )
