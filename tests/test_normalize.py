"""Unit tests of the normalization operations and presets, with real Arabic."""

import unicodedata

import pytest
from pyarabic import araby, trans

import newsparse
from newsparse import normalize as nz
from newsparse._data import load_table
from newsparse.normalize import normalize_arabic, normalize_arabic_with_map


@pytest.mark.parametrize(
    ("func", "text_in", "text_out"),
    [
        (nz.compose_hamza, "سا\u0654ل", "سأل"),
        (nz.compose_hamza, "ا\u200f\u0653خر", "آخر"),
        (nz.compose_hamza, "مسو\u0654ول", "مسؤول"),
        (nz.fold_presentation_forms, "ﻻ ﻷن ﷲ", "لا لأن الله"),
        (nz.fold_presentation_forms, "ﺍﻟﺴﻼﻡ", "السلام"),
        (nz.fold_presentation_forms, "\ufdfa", "صلى الله عليه وسلم"),
        (nz.remove_controls, "\u202bالرياض\u202c \u2067جدة\u2069", "الرياض جدة"),
        (nz.remove_controls, "\ufeffقال\u200b", "قال"),
        (nz.normalize_spaces, "قال\u00a0الوزير\u202fأمس", "قال الوزير أمس"),
        (nz.normalize_spaces, "سطر\u2028سطر", "سطر\nسطر"),
        (nz.fold_lookalikes, "کتاب علی", "كتاب على"),
        (nz.fold_lookalikes, "یک ہے", "يك هے"),
        (nz.fold_lookalikes, "علیٌ", "علىٌ"),
        (nz.restore_dagger_alef, "هٰذا", "هاذا"),
        (nz.remove_diacritics, "مُحَمَّدٌ", "محمد"),
        (nz.remove_diacritics, "ٱلسَّمَٰوَٰتِ", "ٱلسموت"),
        (nz.remove_diacritics, "صلى الله عليه وسلم\u0610", "صلى الله عليه وسلم"),
        (nz.fold_alef, "إن أمن آخر ٱلكتاب", "ان امن اخر الكتاب"),
        (nz.fold_alef_maksura, "مستشفى على", "مستشفي علي"),
        (nz.fold_teh_marbuta, "المدرسة", "المدرسه"),
        (nz.fold_hamza, "مسؤول رئيس", "مسوول رييس"),
        (nz.fold_digits, "٢٠٢٣ و۱۴۰۲", "2023 و1402"),
        (nz.fold_punctuation, "نعم، لا؛ لماذا؟ ١٥٫٥٪", "نعم, لا; لماذا? ١٥.٥%"),
        (nz.fold_quotes, "«نعم» “لا” ‘ربما’", '"نعم" "لا" \'ربما\''),
        (nz.remove_joiners, "الرياض\u200c جدة\u200d", "الرياض جدة"),
        (nz.remove_tatweel, "الرئيـــس", "الرئيس"),
        (nz.remove_tatweel, "مَـرحبا", "مَرحبا"),
        (nz.reduce_elongation, "جمييييل جداااا", "جميل جدا"),
    ],
)
def test_operation(func, text_in, text_out):
    """Each operation does its one job on real text."""
    assert func(text_in) == text_out


@pytest.mark.parametrize(
    ("func", "text"),
    [
        (nz.compose_hamza, "سأل مسؤول"),
        (nz.compose_hamza, "ب\u0654"),  # no precomposed letter: left alone
        (nz.fold_presentation_forms, "\ufe70"),  # isolated tanween: NFKC would add a space
        (nz.remove_controls, "Präsident Москва 👍🏽"),
        (nz.remove_joiners, "می\u200cخواهم"),  # Persian needs its ZWNJ
        (nz.remove_joiners, "👨\u200d👩\u200d👧"),  # an emoji family keeps its ZWJ
        (nz.remove_tatweel, "العربية ـ جميل"),  # a standalone tatweel is a dash
        (nz.remove_tatweel, "ـــ"),
        (nz.fold_lookalikes, "پ چ گ ژ ڤ"),  # distinct letters, not look-alikes
        (nz.reduce_elongation, "الله مدد 1000"),  # doubled letters and digits stay
        (nz.remove_diacritics, "۝ ۞"),  # end of ayah and rub el hizb are symbols
        (nz.fold_alef, "ء"),
    ],
)
def test_operation_leaves(func, text):
    """What an operation must not touch."""
    assert func(text) == text


@pytest.mark.parametrize(
    ("text", "preset", "expected"),
    [
        ("أكد مجدداً جهودنا", "search", "اكد مجددا جهودنا"),
        ("إقرأ أيضاً:", "search", "اقرا ايضا:"),
        ("مدرسة على", "search", "مدرسه علي"),
        ("٢٥ مارس ٢٠٢٠", "search", "25 مارس 2020"),
        ("ﻷن الرئيـــس", "search", "لان الرييس"),
        ("جمـــيل\u00a0جدا", "display", "جميل جدا"),
        ("أكد مجدداً", "display", "أكد مجدداً"),
        ("کتاب ﻷن\u200f", "display", "كتاب لأن"),
        ("٢٥ مارس", "display", "٢٥ مارس"),
        ("أكد\u200f", "none", "أكد\u200f"),
    ],
)
def test_presets(text, preset, expected):
    """The presets on text scraped from news pages."""
    assert normalize_arabic(text, preset=preset) == expected


def test_options_adjust_a_preset():
    """Keyword options add operations to a preset or take them out."""
    assert normalize_arabic("٢٥ مارس", preset="search", digits=False) == "٢٥ مارس"
    assert normalize_arabic("جداااا", preset="display", elongation=True) == "جدا"
    assert normalize_arabic("نعم، لا", preset="none", punctuation=True) == "نعم, لا"


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"preset": "nope"}, "unknown preset"),
        ({"diacritcs": True}, "unknown option"),
        ({"digits": 1}, "takes True or False"),
    ],
)
def test_invalid_options_are_value_errors(kwargs, match):
    """Invalid options say what to pass."""
    with pytest.raises(ValueError, match=match):
        normalize_arabic("x", **kwargs)
    with pytest.raises(ValueError, match=match):
        normalize_arabic_with_map("x", **kwargs)


@pytest.mark.parametrize(
    "func",
    [normalize_arabic, normalize_arabic_with_map, nz.remove_diacritics, nz.fold_alef],
)
def test_non_str_is_a_type_error(func):
    """Bytes and None are refused with a TypeError."""
    with pytest.raises(TypeError, match="takes a str"):
        func(b"\xd9\x82")
    with pytest.raises(TypeError):
        func(None)


def test_every_operation_has_a_function_and_a_preset_story():
    """OPERATIONS, the functions and the presets agree."""
    assert set(nz.PRESETS["display"]).isdisjoint(nz.LOSSY)
    assert nz.PRESETS["display"] < nz.PRESETS["search"]
    for op in nz.OPERATIONS:
        assert normalize_arabic("", preset="none", **{op: True}) == ""


# --- the character table ----------------------------------------------------------


def test_charmap_rows_are_well_formed():
    """Every row names an operation, valid code points and a sound replacement."""
    rows = load_table("arabic-charmap.tsv")
    for row in rows:
        assert row["operation"] in nz.OPERATIONS, row
        sources = nz._code_points(row["from"])
        assert sources, row
        assert unicodedata.category(chr(sources[0])) != "Cn", row
        to = row["to"]
        if to and to != "NFKC":
            targets = nz._code_points(to)
            assert len(targets) in {1, len(sources)}, row
            assert all(unicodedata.category(chr(c)) != "Cn" for c in targets), row
        assert row["note"], row


def test_charmap_covers_the_operations_that_are_tables():
    """Every operation except the purely algorithmic ones has rows."""
    ops = {row["operation"] for row in load_table("arabic-charmap.tsv")}
    assert ops == set(nz.OPERATIONS) - {"compose_hamza", "elongation"}


def test_presentation_forms_agree_with_unicode():
    """Each presentation form becomes its compatibility decomposition."""
    table = nz._op_tables()["presentation_forms"][0]
    assert len(table) > 700
    for cp, out in table.items():
        assert out == unicodedata.normalize("NFKC", chr(cp))
    # all eight lam-alef ligatures keep their hamza or madda
    for cp in range(0xFEF5, 0xFEFD):
        assert table[cp][0] == "ل"
        assert table[cp][1] in "آأإا"


# --- pyarabic as an oracle where an operation means the same thing ---------------

SAMPLE = (
    "أَعْلَنَ وَزِيرُ الخَارِجِيَّةِ الأَمْرِيكِيُّ أَنْتُونِي بلينكن، فِي مُؤْتَمَرٍ صَحَفِيٍّ "
    "يَوْمَ ٢٥ مارس ٢٠٢٣، أَنَّ المُحَادَثَاتِ مُسْتَمِرَّةٌ وَأَنَّهَا إِيجَابِيَّةٌ جِدّاً "
    "والرئيـــس في مدرسة على الطريق ۱۴۰۲ مسؤول رئيس"
)


def test_diacritics_match_pyarabic():
    """remove_diacritics agrees with pyarabic's strip_tashkeel on harakat."""
    assert nz.remove_diacritics(SAMPLE) == araby.strip_tashkeel(SAMPLE)


def test_tatweel_teh_hamza_digits_match_pyarabic():
    """Operations that mean the same as pyarabic's give the same text."""
    assert nz.remove_tatweel(SAMPLE) == araby.strip_tatweel(SAMPLE)
    assert nz.fold_teh_marbuta(SAMPLE) == araby.normalize_teh(SAMPLE)
    carriers = "مسؤول رئيس المؤتمر والبيئة"
    assert nz.fold_hamza(carriers) == araby.normalize_hamza(carriers, method="tasheel")
    assert nz.fold_digits(SAMPLE) == trans.normalize_digits(SAMPLE, source="all", out="west")


def test_alef_is_pyarabic_without_its_maksura_bug():
    """pyarabic's normalize_alef also turns ى into ا (its issue #39); ours does not."""
    text = "أكد إن آخر على"
    assert nz.fold_alef(text) == "اكد ان اخر على"
    assert araby.normalize_alef(text).endswith("علا")


# --- offset maps ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "preset", "needle", "source"),
    [
        ("قالَ الرئيـــس", "search", "الرييس", "الرئيـــس"),
        ("…الخارجيـــة الأَمريكية ﻻ ﷲ", "search", "الخارجيه", "الخارجيـــة"),
        ("…الخارجيـــة الأَمريكية ﻻ ﷲ", "search", "الامريكيه", "الأَمريكية"),
        ("…الخارجيـــة الأَمريكية ﻻ ﷲ", "search", "الله", "ﷲ"),
        ("…الخارجيـــة الأَمريكية ﻻ ﷲ", "search", "لا", "ﻻ"),
        ("\u200fسا\u0654ل\u200f الوزير", "display", "سأل", "سا\u0654ل"),
        ("جمييييل جدا", "search", "جدا", "جدا"),
    ],
)
def test_spans_map_back_to_the_input(text, preset, needle, source):
    """A span found in normalized text leads to the exact input span."""
    norm = normalize_arabic_with_map(text, preset=preset, elongation=True)
    start = norm.text.rindex(needle)
    a, b = norm.source_span(start, start + len(needle))
    assert text[a:b] == source


def test_map_is_compact():
    """Breakpoints only where lengths change, not one integer per character."""
    text = "قال الرئيـــس " * 1000
    norm = normalize_arabic_with_map(text, preset="search")
    assert len(norm._outs) == 1000
    assert normalize_arabic_with_map("قال الرئيس", preset="search")._outs == ()


def test_public_names():
    """The top level exports the normalization entry points."""
    assert newsparse.normalize_arabic is normalize_arabic
    assert newsparse.Normalized is nz.Normalized
