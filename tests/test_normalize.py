import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.normalize import normalize_arabic, normalize_arabic_with_map


@pytest.mark.parametrize(
    ("text", "preset", "expected"),
    [
        ("أكد مجدداً جهودنا", "search", "اكد مجددا جهودنا"),
        ("إقرأ أيضاً:", "search", "اقرا ايضا:"),
        ("مدرسة على", "search", "مدرسه علي"),
        ("٢٥ مارس ٢٠٢٠", "search", "25 مارس 2020"),
        ("جمـــيل\u00a0جدا", "display", "جميل جدا"),
        ("أكد مجدداً", "display", "أكد مجدداً"),
    ],
)
def test_presets(text, preset, expected):
    assert normalize_arabic(text, preset=preset) == expected


def test_unknown_preset_is_a_value_error():
    with pytest.raises(ValueError, match="unknown preset"):
        normalize_arabic("x", preset="nope")


@given(st.text(), st.sampled_from(["display", "search"]))
def test_idempotent_and_map_consistent(text, preset):
    once = normalize_arabic(text, preset=preset)
    assert normalize_arabic(once, preset=preset) == once
    norm = normalize_arabic_with_map(text, preset=preset)
    assert norm.text == once
    previous = -1
    for i in range(len(norm.text)):
        j = norm.source_index(i)
        assert previous < j < len(text)
        previous = j
    assert norm.source_index(len(norm.text)) == len(text) or not norm.text
