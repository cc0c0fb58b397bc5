"""Near-duplicate blocks: exact and near repeats, short labels, the first copy stays."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import SegmentKind, parse
from newsparse.dedup import find_duplicates

LEAD = (
    "أوكرانيا تبدأ إطلاق سراح سجناء بهدف ضمّهم إلى جيشها، في محاولة لترميم النقص في "
    "قواتها المُستنزفة في جبهات القتال."
)
OTHER = "وقالت محكمة إقليمية في غربي أوكرانيا إنّها أفرجت عن أكثر من 50 سجيناً بموجب قانون جديد."


def test_exact_repeat_is_the_later_copy():
    assert find_duplicates([LEAD, OTHER, LEAD]) == (2,)


def test_repeat_after_normalization():
    # Diacritics, hamza forms and punctuation differ; the text is the same.
    variant = LEAD.replace("ضمّهم", "ضمهم").replace("إطلاق", "اطلاق").replace("،", "")
    assert find_duplicates([LEAD, variant]) == (1,)


def test_near_repeat_by_trigram_containment():
    first = (
        "“El cambio climático es un fenómeno que se mide en un largo periodo de tiempo”, "
        "explica Marcelo Leppe, director del Instituto Antártico de Chile. “Cuando ves la "
        "variación de la temperatura interanual y de décadas encuentras picos de temperaturas "
        "altas y también bajas."
    )
    later = (
        "“El cambio climático es un fenómeno que se mide en un largo periodo de tiempo. "
        "Cuando ves la variación de la temperatura interanual y de décadas encuentras picos "
        "de temperaturas altas y también bajas"
    )
    assert find_duplicates([first, later]) == (1,)


def test_longer_paragraph_starting_with_an_earlier_one_is_not_a_repeat():
    longer = LEAD + " " + OTHER + " وأضافت أن العملية ستستمر خلال الأسابيع المقبلة في عدة مناطق."
    assert find_duplicates([LEAD, longer]) == ()


def test_list_items_sharing_words_are_not_repeats():
    items = [
        "- Android emulator for Visual Studio in Windows",
        "- iPhone emulator for Visual Studio in Windows",
    ]
    assert find_duplicates(items) == ()


def test_short_labels_recur_freely_but_a_title_does_not():
    assert find_duplicates(["Bonus!", "Bonus!"]) == ()
    assert find_duplicates(["Run Windows on Mac", "x" * 40, "Run Windows on Mac"]) == ()
    assert find_duplicates(["Run Windows on Mac", "Run Windows on Mac"], titles=[0]) == (1,)


def test_parse_marks_the_repeated_lead_as_duplicate():
    article = parse(f"{LEAD}\n{OTHER}\nاقرأ أيضاً:روسيا تحبط هجوماً\n{LEAD}")
    kinds = [s.kind for s in article.segments if s.kind is not SegmentKind.BLANK]
    assert kinds == [
        SegmentKind.BODY,
        SegmentKind.BODY,
        SegmentKind.READ_ALSO,
        SegmentKind.DUPLICATE,
    ]


def test_cost_stays_linear_on_many_similar_paragraphs():
    texts = [f"{OTHER} رقم {n} من التقرير السنوي الخاص بالمحكمة" for n in range(3000)]
    assert len(find_duplicates(texts)) > 0


def _counted_near_duplicates(texts):
    """The rule counted block by block for every text: no set-intersection shortcut.

    Like `find_duplicates`, each trigram counts for the latest kept block holding it.
    """
    from collections import Counter

    from newsparse.dedup import _CONTAINMENT, _MIN_GRAMS, _SHORT_CHARS, _trigrams, _words

    exact, index, out = set(), {}, []
    for i, text in enumerate(texts):
        words = _words(text)
        key = "".join(words)
        if len(key) < _SHORT_CHARS:
            continue
        grams = _trigrams(words)
        hits = Counter(index[g] for g in grams if g in index)
        near = len(grams) >= _MIN_GRAMS and max(hits.values(), default=0) >= _CONTAINMENT * len(
            grams
        )
        if key in exact or near:
            out.append(i)
        else:
            exact.add(key)
            index.update(dict.fromkeys(grams, i))
    return tuple(out)


_SENTENCE_WORDS = LEAD.split() + OTHER.split()


@given(
    st.lists(
        st.lists(st.sampled_from(_SENTENCE_WORDS), min_size=6, max_size=14).map(" ".join),
        min_size=2,
        max_size=8,
    )
)
def test_the_shortcut_finds_what_counting_finds(texts):
    texts = [*texts, texts[0], texts[-1][:-4]]  # an exact and a near repeat at least
    assert find_duplicates(texts) == _counted_near_duplicates(texts)


def test_tail_of_a_broken_sentence_is_not_a_repeat():
    # Every trigram of the short line sits inside the longer first paragraph.
    first = "وافتتح أمير المنطقة المعرض الدولي للكتاب نيابة عن خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز."
    tail = "خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز."
    assert find_duplicates([first, "وجاء ذلك برعاية كريمة من", tail]) == ()


def test_near_repeat_of_comparable_length_is_a_duplicate():
    shorter = LEAD.replace("في جبهات القتال.", "")
    assert find_duplicates([LEAD, shorter]) == (1,)


def test_same_item_in_a_second_list_is_not_a_duplicate():
    item = "2- شهادة تصنيف وتسجيل مهني من الهيئة السعودية للتخصصات الصحية سارية المفعول."
    texts = ["1-صورة طبق الأصل من المؤهل.", item, "1-الدرجة الجامعية في تخصص مناسب مهنيا.", item]
    assert find_duplicates(texts) == ()


def test_exact_repeat_of_a_long_list_item_is_a_duplicate():
    item = f"• {LEAD} {OTHER}"
    assert find_duplicates([item, OTHER, item]) == (2,)


def test_bulleted_recap_of_a_paragraph_is_a_duplicate():
    recap = "* " + f"{LEAD} {OTHER}".replace("،", "").replace("أكثر من", "نحو")
    assert find_duplicates([f"{LEAD} {OTHER}", recap]) == (1,)


def test_short_list_item_repeating_a_paragraph_is_not_a_duplicate():
    item = "- أوكرانيا تبدأ إطلاق سراح سجناء بهدف ضمّهم إلى جيشها"
    assert find_duplicates(["أوكرانيا تبدأ إطلاق سراح سجناء بهدف ضمّهم إلى جيشها.", item]) == ()


@pytest.mark.parametrize("bad", ["نص واحد", b"bytes", None, 3])
def test_wrong_argument_type_names_find_duplicates(bad):
    with pytest.raises(TypeError, match=r"find_duplicates\(\)"):
        find_duplicates(bad)


def test_wrong_item_type_names_find_duplicates():
    with pytest.raises(TypeError, match=r"find_duplicates\(\) takes a str, got bytes"):
        find_duplicates([LEAD, b"x"])
