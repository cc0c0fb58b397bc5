"""Hypothesis properties of normalization and its offset maps."""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newsparse import normalize as nz
from newsparse.normalize import normalize_arabic, normalize_arabic_with_map

from .strategies import any_text

PRESETS = sorted(nz.PRESETS)


@given(any_text, st.sampled_from(PRESETS))
@example("ا\u200f\u0654", "display")
@example("مـ\u200cب", "display")
@example("\ufbfc\u0640", "search")
def test_presets_are_idempotent(text, preset):
    """Normalizing twice changes nothing more."""
    once = normalize_arabic(text, preset=preset)
    assert normalize_arabic(once, preset=preset) == once


@given(any_text, st.sampled_from(nz.OPERATIONS))
def test_each_operation_is_idempotent(text, operation):
    """Every operation on its own is idempotent too."""
    once = normalize_arabic(text, preset="none", **{operation: True})
    assert normalize_arabic(once, preset="none", **{operation: True}) == once


def _check_map(text, norm):
    out = norm.text
    previous = 0
    for i in range(len(out)):
        j = norm.source_index(i)
        assert previous <= j < len(text)
        previous = j
        # characters no operation produces or changes come from themselves
        if out[i] in "abcXYZ0123":
            assert out[i] in (text[j], nz.fold_digits(text[j]))
    assert norm.source_index(len(out)) == len(text)
    assert norm.source_length == len(text)


@given(any_text, st.sampled_from(PRESETS), st.booleans())
@example("…الخارجيـــة الأَمريكية ﻻ ﷲ", "search", True)
def test_map_invariants(text, preset, elongation):
    """One index per output character, non-decreasing, inside the input."""
    norm = normalize_arabic_with_map(text, preset=preset, elongation=elongation)
    assert norm.text == normalize_arabic(text, preset=preset, elongation=elongation)
    _check_map(text, norm)


@given(any_text, st.sampled_from(nz.OPERATIONS))
def test_map_of_each_operation(text, operation):
    """Every single operation has a map with the same invariants."""
    norm = normalize_arabic_with_map(text, preset="none", **{operation: True})
    assert norm.text == normalize_arabic(text, preset="none", **{operation: True})
    _check_map(text, norm)


@given(any_text, st.integers(0, 70), st.integers(0, 70))
def test_source_span_is_inside_the_input(text, start, end):
    """Any output span maps to an ordered span of the input."""
    norm = normalize_arabic_with_map(text, preset="search")
    start, end = sorted((min(start, len(norm.text)), min(end, len(norm.text))))
    a, b = norm.source_span(start, end)
    assert 0 <= a <= b <= len(text)


@pytest.mark.parametrize("preset", PRESETS)
def test_huge_runs_stay_linear(preset):
    """Long runs of what the rules look at do not make the cost explode."""
    for char in ("\u0640", "\u200c", "\u0654", "ي", " ", "\ufefb"):
        text = "ا" + char * 200_000
        assert len(normalize_arabic(text, preset=preset, elongation=True)) <= len(text) * 2
