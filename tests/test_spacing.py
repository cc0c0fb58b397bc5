"""Unit tests of glued-word repair, with text as scrapers store it."""

import importlib.util
from pathlib import Path

import pytest

import newsparse
from newsparse._data import load_table
from newsparse.spacing import repair_spacing, repair_spacing_with_map

from .conftest import SHARED


@pytest.mark.parametrize(
    ("text_in", "text_out"),
    [
        # teh marbuta and alef maksura end a word
        ("وزير الخارجيةفي مؤتمر", "وزير الخارجية في مؤتمر"),
        ("قناة كبرىفضائية", "قناة كبرى فضائية"),
        ("المملكةُالعربية", "المملكةُ العربية"),
        # a tanween-alef ending
        ("أيضاًالعالم", "أيضاً العالم"),
        ("يوميًاالعالم", "يوميًا العالم"),
        ("مُتمنيةًاحترام", "مُتمنيةً احترام"),
        # Arabic glued to Latin or digits
        ("موقع24 الإخباري", "موقع 24 الإخباري"),
        ("زوروا الرابطwww.example.com", "زوروا الرابط www.example.com"),
        ("example.comللتواصل", "example.com للتواصل"),
        ("خلال 24ساعة", "خلال 24 ساعة"),
        # punctuation followed by a word
        ("الأوكراني،دينيس", "الأوكراني، دينيس"),
        ("ماذا؟قال", "ماذا؟ قال"),
        ("الفرنسي.ويعتقد", "الفرنسي. ويعتقد"),
        # the lexicon
        ("قال الوزيرأنتوني بلينكن", "قال الوزير أنتوني بلينكن"),
        ("صرحوزير الخارجية", "صرح وزير الخارجية"),
        ("أيضاًالعالماليابان", "أيضاً العالم اليابان"),
        ("ذهبالوزير إلى جدة", "ذهب الوزير إلى جدة"),
        ("فيمصر", "في مصر"),
        # three words glued
        ("نيابة عنهممنقبل لجنتين", "نيابة عنهم من قبل لجنتين"),
        ("وقالفيالبيان", "وقال في البيان"),
    ],
)
def test_repairs(text_in, text_out):
    """Missing spaces are put back."""
    assert repair_spacing(text_in) == text_out


@pytest.mark.parametrize(
    "text",
    [
        "المملكة العربية السعودية",
        "شيء وشىء ومفاجىء",  # ى before hamza is a spelling of ي, not a word end
        "مساءً وابتداءً",  # tanween on hamza
        "2015م و1436هـ و20كم",  # units after numbers
        "و3 ملايين وiOS وم2",  # a lone proclitic before digits or Latin
        "الـ20 عاما",
        "د.محمد و ق.م و العربية.نت",  # abbreviations and domain-like names
        "بالمملكة ولماذا وعبدالله والمستشفيات",  # known words
        "قلقهما ومنحهما",  # not split into a pronoun suffix
        "ستنهار وكالحاجة",  # two-letter fragments are not words
        "إيمانويل ماكرون وأندرو هاريسون",  # names the word list lacks: short rare parts
        "تقييدها ومقتنعتان ووكليبات",  # words the list lacks
        "فيعلم الجميع ولامكانية رحيله",  # a proclitic on a known word, not two words
        "مراسم روز جهانی به مناسبت روز کودک در تهران",  # Persian: not منا + سبت
        "Hello, world. 3.5 km",
        "",
    ],
)
def test_leaves_correct_text_alone(text):
    """Text whose spacing is right is returned unchanged."""
    assert repair_spacing(text) == text


def test_map_leads_back_to_the_input():
    """Spans in the repaired text map to the input; an inserted space maps to the
    character it precedes."""
    text = "صرحوزير الخارجيةفي مؤتمر"
    fixed = repair_spacing_with_map(text)
    assert fixed.text == "صرح وزير الخارجية في مؤتمر"
    start = fixed.text.index("وزير")
    a, b = fixed.source_span(start, start + 4)
    assert text[a:b] == "وزير"
    start = fixed.text.index("في")
    a, b = fixed.source_span(start, start + 2)
    assert text[a:b] == "في"
    assert fixed.source_index(3) == 3  # the inserted space


def test_many_glued_tokens_keep_their_order():
    """Insertions from several split tokens are applied in text order."""
    words = ["صرحوزير", "ذهبالوزير", "العالماليابان", "عنهممنقبل", "الوزيرأنتوني"]
    text = " و ".join(words * 3)
    fixed = repair_spacing(text)
    assert fixed.replace(" ", "") == text.replace(" ", "")
    assert fixed.count("صرح وزير") == 3
    assert fixed.count("الوزير أنتوني") == 3


def test_type_errors():
    """Non-str input is refused with a TypeError."""
    with pytest.raises(TypeError, match="takes a str"):
        repair_spacing(b"x")
    with pytest.raises(TypeError, match="takes a str"):
        repair_spacing_with_map(None)


def test_parse_reports_repaired_text(seed_text):
    """parse() gives each segment its repaired text; offsets stay on the input."""
    article = newsparse.parse("وقال وزير الخارجيةفي مؤتمر صحفي إن المحادثات مستمرة.")
    (segment,) = article.segments
    assert segment.text == "وقال وزير الخارجية في مؤتمر صحفي إن المحادثات مستمرة."
    assert segment.end == len("وقال وزير الخارجيةفي مؤتمر صحفي إن المحادثات مستمرة.")
    seed = newsparse.parse(seed_text)
    assert "الخارجية في" in seed.text
    assert "الخارجيةفي" not in seed.text


def test_public_names():
    """The top level exports both functions."""
    assert newsparse.repair_spacing is repair_spacing
    assert newsparse.repair_spacing_with_map is repair_spacing_with_map


# --- the word list ------------------------------------------------------------------

ROOT = Path(__file__).resolve().parents[1]
BENCH = SHARED / "bench" / "saudinewsnet.jsonl.gz"


def _builder():
    spec = importlib.util.spec_from_file_location(
        "build_lexicon", ROOT / "tools" / "build_lexicon.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_word_list_is_in_builder_order():
    """Frequent enough, no glued word, most frequent first, header as written."""
    builder = _builder()
    rows = [(r["word"], int(r["count"])) for r in load_table("ar-words.tsv")]
    assert rows == sorted(rows, key=lambda row: (-row[1], row[0]))
    assert min(n for _, n in rows) >= 3
    assert not [w for w, _ in rows if builder.GLUED.search(w)]
    raw = (ROOT / "newsparse" / "data" / "ar-words.tsv").read_text(encoding="utf-8")
    assert raw.startswith(builder.HEADER)


@pytest.mark.skipif(not BENCH.exists(), reason="the bench corpus is not beside the repo")
def test_word_list_regenerates_from_the_bench_corpus():
    """Rebuilding the list in memory gives the shipped file."""
    builder = _builder()
    expected = builder.rows(builder.count_words(BENCH))
    shipped = [(r["word"], int(r["count"])) for r in load_table("ar-words.tsv")]
    assert shipped == expected
