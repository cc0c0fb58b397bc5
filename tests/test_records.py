"""to_record: flat, Arrow-friendly rows with the same keys and types for every page."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import Article, Embed, Quote, Segment, to_record
from newsparse.records import RECORD_FIELDS, article_record

LISTS = {k for k in RECORD_FIELDS if k not in ("text", "title", "source", "lang")}


def _flat(value):
    return value is None or isinstance(value, str | int)


def test_seed_record(seed_text):
    row = to_record(seed_text)
    article = newsparse.parse(seed_text)
    assert list(row) == list(RECORD_FIELDS)
    assert row["text"] == article.text
    assert row["segment_kind"] == [s.kind.value for s in article.segments]
    for start, end, kind in zip(
        row["segment_start"], row["segment_end"], row["segment_kind"], strict=True
    ):
        assert seed_text[start:end] == seed_text[start:end]
        assert kind in {k.value for k in newsparse.SegmentKind}
    assert (
        "".join(
            seed_text[s:e] for s, e in zip(row["segment_start"], row["segment_end"], strict=True)
        )
        == seed_text
    )


def test_objects_become_parallel_lists():
    article = Article(
        segments=[Segment(kind="body", start=0, end=3, text="abc")],
        embeds=[Embed(platform="twitter", start=0, end=3, handle="jdoe", date="2023-10-09")],
        quotes=[Quote(text="b", start=1, end=2, speaker="X", kind="indirect")],
        appended=[Article(segments=[Segment(kind="body", start=0, end=1, text="a")], end=1)],
        end=3,
    )
    row = article_record(article)
    assert row["embed_handle"] == ["jdoe"]
    assert row["embed_author"] == [None]
    assert row["embed_date"] == ["2023-10-09"]
    assert row["quote_kind"] == ["indirect"]
    assert row["quote_speaker"] == ["X"]
    assert row["appended_text"] == ["a"]


def test_refuses_bytes():
    with pytest.raises(TypeError, match="to_record"):
        to_record(b"x")


@given(st.text())
def test_every_record_has_the_same_flat_shape(text):
    row = to_record(text)
    assert tuple(row) == RECORD_FIELDS
    for key, value in row.items():
        if key in LISTS:
            assert isinstance(value, list), key
            assert all(_flat(v) for v in value), key
        else:
            assert _flat(value), key
    json.dumps(row)  # plain values only
    lengths = {len(row[k]) for k in LISTS if k.startswith("segment_")}
    assert len(lengths) == 1
