import datetime as dt
import json

import attrs
import pytest

from newsparse import Article, Embed, Quote, QuoteKind, Segment, SegmentKind


def test_segment_kind_accepts_strings_and_rejects_others():
    assert Segment(kind="tags", start=0, end=3).kind is SegmentKind.TAGS
    with pytest.raises(ValueError, match="not_a_kind"):
        Segment(kind="not_a_kind", start=0, end=1)


def test_end_before_start_is_refused():
    with pytest.raises(ValueError, match="end"):
        Segment(kind="body", start=5, end=2)
    with pytest.raises(ValueError, match="start"):
        Quote(text="x", start=-1, end=2)


def test_types_are_frozen():
    seg = Segment(kind="body", start=0, end=1, text="x")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        seg.start = 3  # type: ignore[misc]
    assert attrs.evolve(seg, kind="title").kind is SegmentKind.TITLE


def _sample() -> Article:
    embed = Embed(
        platform="twitter",
        start=10,
        end=60,
        author="The White House",
        handle="WhiteHouse",
        date=dt.date(2023, 10, 10),
        date_text="October 10, 2023",
        text="lit up",
        media=["pic.twitter.com/DAluoPKpMr"],
        hashtags=["Israel"],
        lang="en",
    )
    quote = Quote(
        text="لتأمين إطلاق سراح جميع الرهائن",
        start=70,
        end=100,
        kind="direct",
        speaker="بلينكن",
        speaker_start=62,
        speaker_end=68,
        cue="أكد",
        lang="ar",
    )
    inner = Article(
        segments=[Segment(kind="title", start=120, end=130, text="عنوان")], start=120, end=130
    )
    return Article(
        segments=[Segment(kind="body", start=0, end=10, text="نص", lang="ar")],
        embeds=[embed],
        quotes=[quote],
        title="عنوان",
        source="موقع 24",
        tags=["غزة"],
        related=["خبر آخر"],
        appended=[inner],
        lang="ar",
        end=130,
    )


def test_article_round_trips_through_json():
    article = _sample()
    data = json.loads(json.dumps(article.to_dict(), ensure_ascii=False))
    assert Article.from_dict(data) == article
    assert data["embeds"][0]["date"] == "2023-10-10"
    assert data["quotes"][0]["kind"] == "direct"


def test_body_and_text():
    article = Article(
        segments=[
            Segment(kind="title", start=0, end=1, text="T"),
            Segment(kind="body", start=1, end=2, text="a"),
            Segment(kind="subheading", start=2, end=3, text="b"),
            Segment(kind="tags", start=3, end=4, text="c"),
        ],
        end=4,
    )
    assert [s.text for s in article.body] == ["a", "b"]
    assert article.text == "a\n\nb"


def test_reprs_show_fields():
    assert "kind=<QuoteKind.MIXED: 'mixed'>" in repr(
        Quote(text="x", start=0, end=1, kind=QuoteKind.MIXED)
    )
    assert "platform='twitter'" in repr(Embed(platform="twitter", start=0, end=1))
