"""Language of a span: Arabic-script languages by letters, Latin ones by stopwords."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import lang as lang_module
from newsparse import parse
from newsparse.lang import detect_lang, dominant_script


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
        ("Сегодня мы встретились с министром иностранных дел", "ru"),
        ("スタバの看板があります", "ja"),
        ("习近平主席今天会见了来访的总统", "zh"),
        ("오늘 외교부 장관과 만났습니다", "ko"),
        ("Het kabinet heeft vandaag een nieuw plan voor de woningbouw gepresenteerd", "nl"),
        ("Bakanlık bu konuda bir açıklama yaptı ve daha fazla bilgi verdi", "tr"),
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


def test_links_do_not_sway_the_language():
    text = "نقف مع أشقائنا https://twitter.com/some_account/status/1234567890 pic.twitter.com/DAluoPKpMr"
    assert detect_lang(text) == "ar"


def test_one_function_word_is_enough_only_when_asked():
    assert detect_lang("Wir kommen morgen.") is None
    assert detect_lang("Wir kommen morgen.", min_votes=1) == "de"


def test_a_tie_between_languages_stays_undecided():
    # "de" and "en" are Spanish and Dutch function words alike
    assert detect_lang("Lopez de Vega en Madrid", min_votes=1) is None


def test_min_votes_below_one_is_refused():
    with pytest.raises(ValueError, match="min_votes"):
        detect_lang("the end", min_votes=0)


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("قالت وزارة الخارجية", "Arabic"),
        ("Read more https://example.com/a", "Latin"),
        ("https://t.co/GWi65kxPOx", None),
        ("שלום לכולם", "Hebrew"),
        ("Καλημέρα σας", "Greek"),
        ("", None),
    ],
)
def test_dominant_script(text, script):
    assert dominant_script(text) == script


def test_post_and_segment_languages_come_from_one_function():
    from newsparse.embeds import find_embeds

    post = "Malgré les tentatives pour faire cesser le mouvement, nous sommes là."
    (embed,) = find_embeds(f"{post}\n— Name (@name) October 10, 2023")
    assert embed.lang == detect_lang(post, min_votes=1) == "fr"


_SCRIPT_TEXT = st.lists(
    st.one_of(
        st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
        st.sampled_from(list("abcdefghijklmnopqrstuvwxyz éüß.,!1 ")),
        st.sampled_from(["the ", "und ", "les ", " de ", "Сегодня ", "スタバ", "שלום "]),
    ),
    max_size=60,
).map("".join)


@given(_SCRIPT_TEXT)
def test_the_plain_arabic_shortcut_agrees_with_the_full_count(text):
    """The fast path for plain Arabic gives what counting every script gives."""
    script = lang_module._dominant(lang_module._without_links(text))
    if script == "Arabic":
        assert detect_lang(text) == lang_module._arabic_script_lang(text)
    elif script is None:
        assert detect_lang(text) is None
