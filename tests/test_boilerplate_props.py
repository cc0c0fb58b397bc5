"""Properties of the boilerplate stage that hold for any input."""

from hypothesis import given
from hypothesis import strategies as st

from newsparse import SegmentKind, parse, remove_boilerplate
from newsparse.blocks import split_blocks
from newsparse.boilerplate import classify_blocks
from tests.test_parse_props import check_article, page_text

# Ordinary news sentences with no cue phrase, each long enough to be a paragraph.
SENTENCES = [
    "وقالت الوزارة في بيان منفصل إن الوزير تحدث أيضاً مع نظيرته الفرنسية وأكدا دعمهما للحل السياسي.",
    "وأضاف المتحدث أن المحادثات ستستأنف الأسبوع المقبل في العاصمة بمشاركة وفود من عدة دول عربية.",
    "وأشار التقرير إلى أن أسعار النفط ارتفعت بنسبة ثلاثة في المئة خلال تعاملات يوم الثلاثاء الماضي.",
    "Police officers will have their rest days cancelled as they face violence some have never seen before.",
    "Die Aufregung über das Interview zeigt unser Problem, sagte der Investor am Montag in Berlin.",
]


@given(page_text)
def test_one_kind_per_block_and_partition(text):
    blocks = split_blocks(text)
    layout = classify_blocks(text, blocks)
    assert len(layout.kinds) == len(blocks)
    for a, b in layout.appended:
        assert 0 <= a < b <= len(blocks)
    check_article(text, parse(text))


@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=12, unique=True))
def test_ordinary_paragraphs_keep_all_their_body(paragraphs):
    text = "\n\n".join(paragraphs)
    article = parse(text)
    assert [s.kind for s in article.segments if s.kind is not SegmentKind.BLANK] == [
        SegmentKind.BODY
    ] * len(paragraphs)


@given(page_text)
def test_remove_boilerplate_keeps_only_input_blocks(text):
    out = remove_boilerplate(text)
    for paragraph in filter(None, out.split("\n\n")):
        assert paragraph in text


@given(page_text)
def test_appended_articles_cover_their_range(text):
    for sub in parse(text).appended:
        assert "".join(text[s.start : s.end] for s in sub.segments) == text[sub.start : sub.end]
