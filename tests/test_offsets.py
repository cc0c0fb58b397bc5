"""The breakpoint maps: built from edits, composed, checked against a dense map."""

from hypothesis import given
from hypothesis import strategies as st

from newsparse._offsets import breakpoints, compose, source_index


def _dense(length, edits):
    """One source index per output character, the slow obvious way."""
    out = []
    pos = 0
    for start, end, n in edits:
        out.extend(range(pos, start))
        consumed = end - start
        for j in range(n):
            out.append(start + j if j < consumed else (end - 1 if consumed else start))
        pos = end
    out.extend(range(pos, length))
    return [*out, length]


@st.composite
def edit_lists(draw):
    length = draw(st.integers(0, 30))
    cuts = sorted(draw(st.lists(st.integers(0, length), max_size=12)))
    edits = []
    pos = 0
    for a, b in zip(cuts[::2], cuts[1::2], strict=False):
        if a < pos:
            continue
        n = draw(st.integers(0, 3))
        if a == b and n == 0:
            continue
        edits.append((a, b, n))
        pos = b if b > a else a + 1
    edits = [e for i, e in enumerate(edits) if i == 0 or e[0] >= edits[i - 1][1]]
    edits = [e for i, e in enumerate(edits) if not (i and e[0] == e[1] == edits[i - 1][1])]
    return length, edits


def _out_length(length, edits):
    return length + sum(n - (b - a) for a, b, n in edits)


@given(edit_lists())
def test_breakpoints_match_the_dense_map(case):
    """Sparse breakpoints give the same index as the per-character map."""
    length, edits = case
    outs, shifts = breakpoints(edits)
    dense = _dense(length, edits)
    assert [source_index(outs, shifts, i) for i in range(len(dense))] == dense


@given(edit_lists(), st.data())
def test_compose_matches_chaining_dense_maps(case, data):
    """Composing two maps equals looking up one dense map through the other."""
    length, first = case
    mid = _out_length(length, first)
    cuts = sorted(data.draw(st.lists(st.integers(0, mid), max_size=8)))
    second = []
    pos = 0
    for a, b in zip(cuts[::2], cuts[1::2], strict=False):
        if a >= pos and (a < b or not second or a > second[-1][1]):
            second.append((a, b, data.draw(st.integers(0 if a < b else 1, 2))))
            pos = max(b, a + 1)
    bp = compose(breakpoints(first), breakpoints(second))
    dense1, dense2 = _dense(length, first), _dense(mid, second)
    for i in range(len(dense2)):
        assert source_index(*bp, i) == dense1[dense2[i]]


def test_insertion_points_at_the_next_character():
    """An inserted character leads to the character it precedes."""
    outs, shifts = breakpoints([(3, 3, 1)])
    assert [source_index(outs, shifts, i) for i in range(6)] == [0, 1, 2, 3, 3, 4]
