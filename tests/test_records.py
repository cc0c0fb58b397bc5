"""to_record: flat, Arrow-friendly rows with the same keys and types for every page."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import Article, Embed, Quote, Segment, to_record
from newsparse.records import RECORD_FIELDS, RECORD_SCHEMA, article_record

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


def test_records_make_one_arrow_table(seed_text):
    """Rows of very different pages share one Arrow schema (runs where pyarrow is installed)."""
    pa = pytest.importorskip("pyarrow", reason="pyarrow is not a test dependency (170 MB)")
    article = Article(
        segments=[Segment(kind="body", start=0, end=3, text="abc")],
        embeds=[Embed(platform="twitter", start=0, end=3, handle="jdoe")],
        quotes=[Quote(text="b", start=1, end=2)],
        end=3,
    )
    rows = [to_record(""), article_record(article), to_record(seed_text), to_record("نص.")]
    table = pa.Table.from_pylist(rows)
    assert table.num_rows == 4
    assert table.column_names == list(RECORD_FIELDS)
    for name, declared in RECORD_SCHEMA.items():
        inferred = str(table.schema.field(name).type).replace("item: ", "")
        assert inferred in (declared, "null", "list<null>"), name  # null: no value yet
    typed = pa.Table.from_pylist(rows, schema=_schema(pa))
    assert typed.to_pylist() == rows
    empty = pa.Table.from_pylist([to_record("")], schema=_schema(pa))
    assert empty.schema == _schema(pa)


def _schema(pa):
    def arrow(name):
        return pa.list_(arrow(name[5:-1])) if name.startswith("list<") else getattr(pa, name)()

    return pa.schema([(k, arrow(t)) for k, t in RECORD_SCHEMA.items()])
