"""Cue phrases: where in a line they count, and how many words the line may have."""

import pytest

from newsparse import SegmentKind
from newsparse._cues import _lexicon, line_features, match_cue


def _line(words: int, phrase: str) -> str:
    filler = " ".join(["word"] * (words - len(phrase.split())))
    return f"{filler} {phrase}"


@pytest.mark.parametrize(
    ("phrase", "limit"),
    [("subscribe to our", 40), ("sign up for our", 60), ("مراجعة التعليقات", 60)],
)
def test_a_phrase_inside_a_line_counts_up_to_its_word_limit(phrase, limit):
    line = _line(limit, phrase)
    assert match_cue(line, len(line.split())) is not None
    longer = _line(limit + 1, phrase)
    assert match_cue(longer, len(longer.split())) is None


def test_a_long_line_is_searched_only_for_the_phrases_it_may_hold():
    contains = _lexicon()["contains"]
    short, long = contains.pattern(10), contains.pattern(50)
    assert short is not None
    assert long is not None
    assert len(long.pattern) < len(short.pattern)
    assert long.search("please sign up for our newsletter")
    assert not long.search("please subscribe to our newsletter")
    assert short.search("please subscribe to our newsletter")


def test_the_cue_end_points_into_the_line_as_given():
    line = "إقرأ أيـــضاً: عنوان الخبر"
    cue = match_cue(line, 4)
    assert cue is not None
    assert cue.rest
    assert line[cue.end :].strip() == "عنوان الخبر"


def test_the_cue_end_skips_marks_deleted_from_the_search_form():
    line = "إقرأ أيضاً" + "\N{ARABIC TATWEEL}" * 200 + ": عنوان" + " كلمة" * 500
    cue = match_cue(line, 503)
    assert cue is not None
    assert line[cue.end :].startswith(" عنوان")


def test_email_search_is_linear_on_a_long_word_run():
    # The pattern is bounded and anchored on its left: a long run of word
    # characters before an "@" with no domain after it is no address.
    assert not line_features("a" * 5000 + "@ x").email
    assert line_features("للتواصل: news.desk+ar@example.com.sa").email


def test_copyright_phrase_after_a_word_in_a_sentence_is_no_cue():
    assert match_cue("وأكد أن كل الحقوق محفوظة للمواطنين.", 6) is None


def test_copyright_phrase_starting_a_clause_is_a_cue():
    cue = match_cue("موقع الأخبار. جميع الحقوق محفوظة.", 5)
    assert cue is not None
    assert cue.kind is SegmentKind.COPYRIGHT
