"""Properties of parse() that hold for any str."""

from hypothesis import given
from hypothesis import strategies as st

import newsparse

# Text that stresses the splitter: every kind of line break, NBSP, bidi and
# zero-width controls, lone surrogates, Arabic and Latin letters.
_ALPHABET = st.one_of(
    st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
    st.sampled_from(
        list('\n\r\u2028\u2029\x0b\x0c\x85 \t\u00a0\u200b\u200c\u200f\ufeff•-*"«»“”—@#:.')
    ),
    st.characters(codec="utf-8"),
    st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),
)
page_text = st.text(_ALPHABET, max_size=400)


# What a blank line may hold besides white space: zero-width and bidi controls.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\ufeff") | {
    chr(c) for c in range(0x2060, 0x206A)
}


def _visible(s: str) -> bool:
    return any(not ch.isspace() and ch not in _INVISIBLE for ch in s)


def check_article(text: str, article: newsparse.Article) -> None:
    pos = 0
    for seg in article.segments:
        assert seg.start == pos
        assert seg.end >= seg.start
        pos = seg.end
    assert pos == len(text)
    assert "".join(text[s.start : s.end] for s in article.segments) == text
    for seg in article.segments:
        if seg.kind is newsparse.SegmentKind.BLANK:
            assert not _visible(text[seg.start : seg.end])
        else:
            assert _visible(text[seg.start : seg.end])
    for item in (*article.embeds, *article.quotes):
        assert 0 <= item.start <= item.end <= len(text)


@given(page_text)
def test_any_text_parses_and_segments_partition_it(text):
    check_article(text, newsparse.parse(text))


@given(st.text(max_size=300))
def test_any_unicode_parses(text):
    check_article(text, newsparse.parse(text))


@given(page_text)
def test_to_dict_round_trips(text):
    article = newsparse.parse(text)
    assert newsparse.Article.from_dict(article.to_dict()) == article


def test_large_input_parses():
    text = ("وقال الوزير إن المحادثات مستمرة.\n" * 30_000)[:1_000_000]
    check_article(text, newsparse.parse(text))


def test_single_huge_line_parses():
    text = "كلمة " * 200_000
    check_article(text, newsparse.parse(text))
