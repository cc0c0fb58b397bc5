"""The regex review: every pattern of the package is free of superlinear shapes.

The checker and the inventory live in ``tools/regex_review.py`` (shared with
``benchmarks/regex_scaling.py``, which times each pattern on adversarial strings).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st


def _load_review():
    """tools/regex_review.py, loaded from its file (``tools`` is no installed package)."""
    path = Path(__file__).resolve().parents[1] / "tools" / "regex_review.py"
    spec = importlib.util.spec_from_file_location("regex_review", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building
    spec.loader.exec_module(module)
    return module


_review = _load_review()
KNOWN_SAFE, PENDING_FIX, listed = _review.KNOWN_SAFE, _review.PENDING_FIX, _review.listed
check, inventory, parse_pattern = _review.check, _review.inventory, _review.parse_pattern
ENTRIES, UNCOVERED = inventory()


def test_inventory_covers_every_inline_pattern():
    """Every pattern a function compiles inline is reached (else add a binding in the tool)."""
    assert UNCOVERED == []


def test_inventory_finds_module_constants_and_built_patterns():
    names = {e.name for e in ENTRIES}
    assert "newsparse.blocks._BLOCK" in names
    assert "newsparse.dates._pattern()" in names
    assert "newsparse.boilerplate._credit_pattern()" in names
    assert any(n.startswith("newsparse._cues._lexicon()") for n in names)
    assert any(n.startswith("newsparse.normalize._plan(") for n in names)
    assert len(ENTRIES) >= 100


def test_exception_lists_name_real_patterns():
    names = {e.name for e in ENTRIES} | {e.name.partition("#")[0] for e in ENTRIES}
    assert set(KNOWN_SAFE) <= names
    assert set(PENDING_FIX) <= names


def _params():
    for e in ENTRIES:
        marks = ()
        pending = listed(e.name, PENDING_FIX)
        if pending:
            marks = (pytest.mark.xfail(reason=pending, strict=True),)
        yield pytest.param(e, id=e.name, marks=marks)


@pytest.mark.parametrize("entry", list(_params()))
def test_pattern_has_no_superlinear_shape(entry):
    findings = check(entry.pattern, anchored=entry.anchored)
    if listed(entry.name, KNOWN_SAFE):
        assert findings, f"{entry.name} is listed as an exception but the checker accepts it"
    else:
        assert not findings, f"{entry.name}: {entry.pattern.pattern!r}: {findings}"


# --- the checker itself -------------------------------------------------------------------

RISKY = [
    (r"(a+)+", "nested"),
    (r"(?:\w+\s?)*", "nested"),
    (r"(?:\w+|\d+)*x", "nested"),
    (r"(?:\w+\s?){1,9}x", "nested"),  # a bound on the iterations still splits a run n^9 ways
    (r"[\w.+-]+@", "leading"),
    (r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", "leading"),
    (r"a[a-z]*@", "leading"),
    (r"\s*\s+x", "adjacent"),
    (r"^\d*\d+x", "adjacent"),
]

LINEAR = [
    r"(?:\.[\w-]+)+",  # each iteration starts with a dot its repeat cannot match
    r"\w+",  # always matches at the first start
    r"^\w+@",  # anchored
    r"(?m)^[ \t]*(?:>[ \t]?)+",
    r"\b\w+@",  # starts only at a word boundary
    r"(?<![\w.+-])[\w.+-]+@",  # starts only where a run starts
    r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}",  # bounded
    "[\u0629\u0649][\u064b-\u065f]*(?=[\u0621-\u064a])",  # prefix disjoint from the repeat
    r"\s*(?:[,;]|\s{2,})\s*",  # backtracking two steps always matches
    r"[.!?]+(?!\d)",
    r"(?:>[ \t]?)+",  # the inner repeat is bounded
    r"(?:\w+\s?)?x",  # at most one iteration
    r"^(?:\p{Lu}\p{L}*\s+){1,3}\p{Lu}\p{L}*$",  # each iteration closed by its spaces
    r"(?>\w+\s?)*x",  # atomic
]


@pytest.mark.parametrize(("pattern", "rule"), RISKY)
def test_checker_flags_risky_shapes(pattern, rule):
    assert rule in {f.rule for f in check(pattern)}


@pytest.mark.parametrize("pattern", LINEAR)
def test_checker_accepts_linear_shapes(pattern):
    assert check(pattern) == []


def test_checker_reads_compiled_flags():
    """VERBOSE comments and V1 nested sets parse; the flags come from the pattern."""
    verbose = regex.compile(
        r"""(?:\w+ \s?)*  # a comment [ that is not a set
        x""",
        regex.VERBOSE,
    )
    assert [f.rule for f in check(verbose)] == ["nested"]
    nested_set = regex.compile(r"[\p{Script=Arabic}&&\p{L}]+", regex.V1)
    assert check(nested_set) == []
    assert len(parse_pattern(r"[\p{L}--[a-z]]x", regex.V1).branches[0]) == 2


def test_anchored_use_skips_the_leading_rule():
    assert check(r"[ \t]*@\w{2,24}") != []
    assert check(r"[ \t]*@\w{2,24}", anchored=True) == []


PIECES = st.lists(
    st.sampled_from([r"\w", r"\s", "a", r"[.,]", r"\d", r"\s?", "x{2,3}"]), max_size=4
)


@given(PIECES, st.sampled_from(["+", "*", "{1,}"]), st.sampled_from(["+", "*", "{2,}"]))
def test_an_unbounded_repeat_inside_an_unbounded_repeat_is_flagged(pieces, inner, outer):
    body = r"\w" + "".join(pieces) + r"\w" + inner
    assert "nested" in {f.rule for f in check(f"(?:{body}){outer}x")}


@given(PIECES, st.sampled_from(["+", "*", "{1,}"]), st.sampled_from(["?", "{1}", "{0,1}"]))
def test_a_single_iteration_is_not_nested(pieces, inner, outer):
    body = r"\w" + "".join(pieces) + r"\w" + inner
    assert "nested" not in {f.rule for f in check(f"^(?:{body}){outer}x")}
