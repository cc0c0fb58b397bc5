"""Properties of the boilerplate stage that hold for any input."""

import pytest
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
# A paragraph with two words glued by the scraper, which spacing repair splits.
GLUED = (
    "وقالت الوزارة في بيان منفصل إن الوزيرأنتوني بلينكن تحدث أيضاً مع نظيرته الفرنسية "
    "وأكدا دعمهما للحل السياسي."
)


@pytest.fixture(autouse=True, scope="module")
def _data_loaded():
    # The first parse loads the data files (the word list is large): not a cost
    # any example should be timed for.
    parse(GLUED)


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


def _glue(sentence: str, at: int) -> str:
    """Remove the space after the word *at*: ``الوزير أنتوني`` → ``الوزيرأنتوني``."""
    words = sentence.split(" ")
    at %= len(words) - 1
    return " ".join([*words[:at], words[at] + words[at + 1], *words[at + 2 :]])


# Pages whose paragraphs may have two words glued together, which `.text` repairs.
glued_pages = st.one_of(
    page_text,
    st.lists(
        st.builds(_glue, st.sampled_from([*SENTENCES, GLUED]), st.integers(0, 30)),
        min_size=1,
        max_size=6,
    ).map("\n\n".join),
)


def _letters(text: str) -> str:
    return "".join(text.split())


@given(glued_pages)
def test_remove_boilerplate_keeps_only_input_blocks(text):
    # `.text` repairs glued words, so compare without white space.
    out = remove_boilerplate(text)
    for paragraph in filter(None, out.split("\n\n")):
        assert _letters(paragraph) in _letters(text)


def test_glued_words_are_repaired_in_the_text():
    # What makes the comparison above need white space removed.
    out = remove_boilerplate(GLUED)
    assert "الوزير أنتوني" in out
    assert out not in GLUED


# One cue line under a headline, or between paragraphs, must not take the body after it.
CUE_LINES = [
    "المصدر: واس",
    "المصدر: وكالات",
    "Tags: diplomacy, France",
    "كلمات دلالية: غزة، إسرائيل",
    "وأكد أن كل الحقوق محفوظة للمواطنين.",
]


@given(
    st.sampled_from(CUE_LINES),
    st.lists(st.sampled_from(SENTENCES), min_size=2, max_size=6, unique=True),
    st.integers(0, 5),
)
def test_one_cue_line_keeps_the_paragraphs_after_it(cue, paragraphs, at):
    at %= len(paragraphs)
    text = "\n".join([*paragraphs[:at], cue, *paragraphs[at:]])
    article = parse(text)
    body = [s.text for s in article.segments if s.kind is SegmentKind.BODY]
    for paragraph in paragraphs:
        assert paragraph in body


@given(page_text)
def test_appended_articles_cover_their_range(text):
    for sub in parse(text).appended:
        assert "".join(text[s.start : s.end] for s in sub.segments) == text[sub.start : sub.end]
