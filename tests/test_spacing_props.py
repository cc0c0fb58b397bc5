"""Hypothesis properties of glued-word repair."""

from hypothesis import given
from hypothesis import strategies as st

from newsparse.spacing import repair_spacing, repair_spacing_with_map

from .strategies import any_text, glued_words


@given(st.one_of(any_text, glued_words))
def test_only_spaces_are_inserted(text):
    """Removing the inserted spaces gives the input back, character for character."""
    fixed = repair_spacing_with_map(text)
    assert fixed.text == repair_spacing(text)
    out = fixed.text
    kept = []
    previous = 0
    for i, char in enumerate(out):
        j = fixed.source_index(i)
        assert previous <= j <= len(text)
        previous = j
        if fixed.source_index(i + 1) == j:  # an inserted character
            assert char == " "
        else:
            assert text[j] == char
            kept.append(char)
    assert "".join(kept) == text
    assert fixed.source_index(len(out)) == len(text)


@given(st.one_of(any_text, glued_words))
def test_repair_is_idempotent(text):
    """Repairing repaired text changes nothing more."""
    once = repair_spacing(text)
    assert repair_spacing(once) == once


def test_long_inputs_stay_linear():
    """Long glued runs and long runs of rule characters do not blow up."""
    for chunk in ("ة", "اً", "a1", "،", "صرحوزير"):
        text = chunk * 100_000
        assert len(repair_spacing(text)) >= len(text)
