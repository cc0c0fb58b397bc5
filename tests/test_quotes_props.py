"""Properties of the quotation finder that hold for any str."""

from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import extract_quotes
from newsparse._attribution import Memory, Speakers
from newsparse._lexicon import lexicon
from newsparse._marks import MARKS, pair_marks
from newsparse._paragraph import WORD, Paragraph
from newsparse.model import SegmentKind
from newsparse.normalize import normalize_arabic
from newsparse.parse import Piece, _article

# Words that steer the finder into its cue, speaker and title paths.
_WORDS = [
    "وقال", "قالت", "الوزير", "أولاف", "شولتس", "إن", "أن", "وأضاف", "مضيفاً", "حسب",
    "نقلاً", "عن", "ونقلت", "لنظيره", "لـ", "بعنوان", "صحيفة", "هو", "أما", "فقد", "في",
    "بيان", "الخارجيةفي", "said", "He", "she", "The", "King", "the", "police", "who",
    "according", "to", "by", "been", "urged", "sagte", "er", "so", "Näßler", "affirme-t-elle",
    "Marie-Pierre", "speech", "King's", "2022عنونت", "بـ",
]  # fmt: skip
_PUNCT = [*MARKS, ":", "،", ",", ".", "؟", "(", ")", "\n", "\n\n", " ", "\u0640", "\u064e"]
quote_text = st.lists(st.sampled_from(_WORDS + _PUNCT), max_size=80).map(" ".join) | st.lists(
    st.sampled_from(_WORDS + _PUNCT + list("abcأبت")), max_size=120
).map("".join)


def _visible_before(text, i):
    j = i
    while j > 0 and (text[j - 1].isspace() or normalize_arabic(text[j - 1], preset="search") == ""):
        j -= 1
    return text[j - 1] if j else ""


def _check(text, quotes):
    for q in quotes:
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert "\n" not in q.text
        if q.speaker is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker
        if q.kind is not newsparse.QuoteKind.INDIRECT:
            # the words sit right after an opening mark
            assert _visible_before(text, q.start) in MARKS


@given(quote_text)
def test_quotes_point_into_the_input_between_marks(text):
    _check(text, extract_quotes(text))


@given(quote_text)
def test_indirect_quotes_point_into_the_input(text):
    _check(text, extract_quotes(text, indirect=True))


@given(st.text(max_size=300))
def test_any_unicode_is_safe(text):
    _check(text, extract_quotes(text, indirect=True))


@given(quote_text)
def test_pairs_are_ordered_and_apart(text):
    pos = 0
    for p in pair_marks(text):
        # an unclosed quotation may end where the next one opens
        assert pos <= p.open < p.close <= len(text)
        assert text[p.open] in MARKS
        if p.closed:
            assert text[p.close] in MARKS
        pos = p.close + p.closed


@given(quote_text)
def test_quotes_of_parse_lie_inside_one_body_segment(text):
    article = newsparse.parse(text)
    body = [s for s in article.segments if s.kind in (SegmentKind.BODY, SegmentKind.SUBHEADING)]
    for q in article.quotes:
        assert any(s.start <= q.start <= q.end <= s.end for s in body)


@given(quote_text, st.lists(st.booleans(), min_size=1, max_size=40))
def test_no_quote_inside_an_embed(text, flags):
    lines, pieces, pos = text.split("\n"), [], 0
    for n, line in enumerate(lines):
        if line.strip():
            kind = SegmentKind.EMBED if flags[n % len(flags)] else SegmentKind.BODY
            pieces.append(Piece(pos, pos + len(line), kind))
        pos += len(line) + 1
    article = _article(text, pieces, 0, len(text))
    embeds = [p for p in pieces if p.kind is SegmentKind.EMBED]
    for q in article.quotes:
        assert not any(p.start <= q.start < p.end for p in embeds)


@given(quote_text, st.integers(-5, 400), st.integers(-5, 400))
def test_word_range_skips_exactly_the_words_inside_quotations(text, start, end):
    p = Paragraph(text, 0, len(text), 0)
    naive = [i for i, (s, _) in enumerate(p.words) if start <= s < end and not p.inside_pair(s)]
    assert p.word_range(start, end) == naive


@given(quote_text | st.text(max_size=60))
def test_paragraph_words_and_keys_are_those_of_one_regex_scan(text):
    # the split-based tokenizer gives what WORD.finditer would, and keys are lower-cased
    p = Paragraph(text, 0, len(text), 0)
    assert p.words == [m.span() for m in WORD.finditer(p.text)]
    assert p.starts == [s for s, _ in p.words]
    assert p.keys == [p.text[s:e].lower().replace("'", "’") for s, e in p.words]


@given(quote_text)
def test_cue_words_are_the_words_a_cue_may_begin_with(text):
    # the one-pass set lookup marks the words a dictionary probe would accept
    cues = lexicon().cues
    p = Paragraph(text, 0, len(text), 0)
    Speakers(p, Memory(), lambda k: p, [(0, len(text))]).cues_in(range(len(p.words)))
    assert (p.cue_words or []) == [
        i
        for i, key in enumerate(p.keys)
        if key in cues or (len(key) > 3 and key[0] in "وف" and key[1:] in cues)
    ]


# Plain sentences with no mark, no cue and no name: they end a speech.
_PLAIN = ["المشروع", "الجديد", "يضم", "مدارس", "وحدائق", "عامة", "الطرق", "الرئيسية", "كثيرة"]
_NAMED = 'وقال وزير الخارجية فيصل بن فرحان: "المملكة تدعم الحل السياسي في المنطقة".'
_UNCUED = 'والمنطقة تحتاج إلى "سلام عادل وشامل ودائم للجميع بعد سنوات طويلة من الحروب".'


@given(
    st.lists(
        st.lists(st.sampled_from(_PLAIN), min_size=13, max_size=20).map(" ".join),
        max_size=4,
    )
)
def test_a_cue_less_quotation_takes_a_speaker_from_one_paragraph_back_at_most(filler):
    text = "\n".join([_NAMED, *(f + "." for f in filler), _UNCUED])
    quotes = extract_quotes(text)
    assert [q.speaker for q in quotes][:1] == ["وزير الخارجية فيصل بن فرحان"]
    expected = "وزير الخارجية فيصل بن فرحان" if not filler else None
    assert quotes[-1].speaker == expected
