"""Language of a span: Arabic-script languages by letters, Latin ones by stopwords."""

import pytest

from newsparse import parse
from newsparse.lang import detect_lang


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("قالت وزارة الخارجية الأمريكية، اليوم الثلاثاء، إن الوزير ناقش الدعم", "ar"),
        ("بیانیه اتحادیه جهانی نابینایان به مناسبت روز جهانی ایمنی عصای سفید", "fa"),
        ("مجلس وحدت مسلمین بلوچستان کے سیکریٹری جنرل نے کوئٹہ میں دھماکے کی مذمت کی ہے", "ur"),
        ("Labour has announced sweeping changes in their first King’s Speech", "en"),
        ("Präsident Macron und ich haben mit Präsident Biden telefoniert und unsere", "de"),
        ("En apparence, la lutte est festive. Les étudiants du département de théâtre", "fr"),
        ("Que en la Antártida se registren temperaturas de más de 20 grados", "es"),
    ],
)
def test_language_of_real_lines(text, lang):
    assert detect_lang(text) == lang


@pytest.mark.parametrize("text", ["", "2024 - 10:30", "pic.twitter.com/DAluoPKpMr", "Kab NIANG"])
def test_no_language_without_evidence(text):
    assert detect_lang(text) is None


def test_arabic_with_a_latin_name_stays_arabic():
    assert detect_lang("أعلنت شركة Apple عن هاتف جديد في مؤتمرها السنوي اليوم") == "ar"


def test_wrong_type_is_refused():
    with pytest.raises(TypeError):
        detect_lang(None)  # type: ignore[arg-type]


def test_segments_and_article_carry_their_language():
    article = parse(
        "قالت وزارة الخارجية الأمريكية إن الوزير ناقش الدعم مع نظيره في اتصال هاتفي.\n"
        "The White House is lit up blue and white tonight.\n"
        "وأضافت الوزارة أن الوزيرين بحثا تطورات الحرب والجهود المبذولة لإطلاق الرهائن."
    )
    langs = [s.lang for s in article.segments if s.text]
    assert langs == ["ar", "en", "ar"]
    assert article.lang == "ar"
