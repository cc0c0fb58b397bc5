"""Dates as embeds and pages print them: every supported language and shape."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse._data import load_table
from newsparse.dates import DateMatch, _view, match_date, parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English, as X and Bluesky print it (real embeds)
        ("October 10, 2023", "2023-10-10"),
        ("November 18, 2019", "2019-11-18"),
        ("January 8, 2025 at 11:00 PM", "2025-01-08"),
        ("Apr 25, 2024 at 20:18", "2024-04-25"),
        ("Jun 16, 2019 at 7:30am PDT", "2019-06-16"),
        # Facebook: a weekday first, en_US and en_GB
        ("Monday, March 27, 2017", "2017-03-27"),
        ("Saturday, 4 July 2015", "2015-07-04"),
        # German, with markdown's escaped dot and Instagram's time
        ("9. Oktober 2023", "2023-10-09"),
        ("26. Oktober 2015", "2015-10-26"),
        ("25. März 2017", "2017-03-25"),
        ("9\\. Oktober 2023", "2023-10-09"),
        ("23. Okt 2017 um 0:31 Uhr", "2017-10-23"),
        ("Apr 21, 2019 um 4:47 PDT", "2019-04-21"),
        # French
        ("17 février 2018", "2018-02-17"),
        ("1 août 2017", "2017-08-01"),
        ("1er août 2017", "2017-08-01"),
        ("20 novembre 2024 à 14:43", "2024-11-20"),
        # Spanish, Italian, Portuguese, Turkish, Dutch, Polish
        ("4 de septiembre de 2016", "2016-09-04"),
        ("jueves, 22 de marzo de 2018", "2018-03-22"),
        ("febrero 8, 2016", "2016-02-08"),
        ("10 ottobre 2023", "2023-10-10"),
        ("10 de outubro de 2023", "2023-10-10"),
        ("10 Ekim 2023", "2023-10-10"),
        ("3 augustus 2021", "2021-08-03"),
        ("10 października 2023", "2023-10-10"),
        # Russian: genitive month and the year suffix
        ("16 мая 2018 г.", "2018-05-16"),
        ("7 января 2018 г.", "2018-01-07"),
        # Japanese, Chinese, Korean
        ("2019年7月20日", "2019-07-20"),
        ("2024年12月15日 19:49", "2024-12-15"),
        ("2023년 10월 10일", "2023-10-10"),
        # Arabic: Egyptian/Gulf, Levantine/Iraqi and Maghrebi names, both digit sets
        ("٢٥ مارس ٢٠٢٠", "2020-03-25"),
        ("١٦ فبراير ٢٠٢٠", "2020-02-16"),
        ("أغسطس 3, 2015", "2015-08-03"),
        ("10 أكتوبر 2023", "2023-10-10"),
        ("10 اكتوبر 2023", "2023-10-10"),
        ("10 تشرين الأول 2023", "2023-10-10"),
        ("١٠ تشرين الثاني ٢٠٢٣", "2023-11-10"),
        ("10 أيار 2023", "2023-05-10"),
        ("10 آب 2023", "2023-08-10"),
        ("10 جانفي 2023", "2023-01-10"),
        ("10 فيفري 2023", "2023-02-10"),
        ("5 غشت 2019", "2019-08-05"),
        ("الجمعة، 31 يوليو 2015", "2015-07-31"),
        # Persian and Urdu names, Persian digits
        ("۱۰ اکتبر ۲۰۲۳", "2023-10-10"),
        ("10 اکتوبر، 2023", "2023-10-10"),
        # ISO, as one Bluesky generator writes it
        ("2026-04-01T03:14:06.000Z", "2026-04-01"),
        ("2023-10-10", "2023-10-10"),
        # spacing: NBSP, narrow NBSP, surrounding white space
        ("16\u00a0мая\u00a02018\u202fг.", "2018-05-16"),
        ("  October 10, 2023 \n", "2023-10-10"),
        ("OCTOBER 10, 2023", "2023-10-10"),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == dt.date.fromisoformat(expected)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "contributed",
        "the 10th of never",
        "February 30, 2023",  # no such day
        "Tuesday, March 27, 2017",  # the 27th was a Monday
        "October 10, 1823",  # no post is that old
        "October 10, 2023 contributed to this report",  # words after the date
        "قال الوزير إن المملكة",
        "10 Smarch 2023",
        "2023-13-01",
    ],
)
def test_not_a_date(text):
    assert parse_date(text) is None


def test_match_date_reports_the_span_and_the_weekday():
    text = "Posted by SPÖ on Monday, February 7, 2022 and more"
    m = match_date(text, text.index("Monday"))
    assert m == DateMatch(start=17, end=41, date=dt.date(2022, 2, 7), weekday=True)
    assert text[m.start : m.end] == "Monday, February 7, 2022"


def test_match_date_is_anchored_and_bounded():
    text = "— X (@x) October 10, 2023"
    assert match_date(text, 0) is None
    assert match_date(text, 9, 15) is None
    assert match_date(text, len(text)) is None
    assert match_date(text, -3) is None


def test_wrong_type_is_a_type_error():
    with pytest.raises(TypeError, match="parse_date"):
        parse_date(b"October 10, 2023")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="match_date"):
        match_date(b"October 10, 2023")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="match_date"):
        match_date(None, 0)  # type: ignore[arg-type]


def test_text_is_positional_only():
    with pytest.raises(TypeError):
        parse_date(text="October 10, 2023")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        match_date(text="October 10, 2023")  # type: ignore[call-arg]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # bidi marks and spaces of every width between the tokens of a copied date
        ("25\u200f\u00a0مارس\u202f2020", dt.date(2020, 3, 25)),
        ("October\u2009\u200e10,\u30002023", dt.date(2023, 10, 10)),
        # the Arabic spellings the normalization tables fold
        ("3 اغسطس 2015", dt.date(2015, 8, 3)),
        ("3 أغسطس 2015", dt.date(2015, 8, 3)),
        ("10 آذار 2023", dt.date(2023, 3, 10)),
        ("10 اذار 2023", dt.date(2023, 3, 10)),
    ],
)
def test_the_matching_view_folds_spaces_marks_and_spellings(text, date):
    m = match_date(text)
    assert m is not None
    assert (m.date, m.start, m.end) == (date, 0, len(text))


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
def test_the_matching_view_keeps_every_offset(text):
    assert len(_view(text)) == len(text)


# How each language writes a long date (CLDR's long form, as X prints it).
LONG_FORMATS = {
    "en": "{month} {day}, {year}",
    "de": "{day}. {month} {year}",
    "fr": "{day} {month} {year}",
    "es": "{day} de {month} de {year}",
    "it": "{day} {month} {year}",
    "pt": "{day} de {month} de {year}",
    "nl": "{day} {month} {year}",
    "tr": "{day} {month} {year}",
    "ru": "{day} {month} {year} г.",
    "pl": "{day} {month} {year}",
    "ar": "{day} {month} {year}",
    "fa": "{day} {month} {year}",
    "ur": "{day} {month}، {year}",
}


GREGORIAN = [row for row in load_table("months.tsv") if not row["calendar"]]
HIJRI = [row for row in load_table("months.tsv") if row["calendar"] == "hijri"]


@pytest.mark.parametrize("row", GREGORIAN, ids=lambda r: f"{r['lang']}-{r['name']}")
def test_every_month_name_in_the_table_parses(row):
    text = LONG_FORMATS[row["lang"]].format(month=row["name"], day=12, year=2021)
    assert parse_date(text) == dt.date(2021, int(row["month"]), 12)


def test_no_month_name_means_two_months():
    seen = {}
    for row in GREGORIAN:
        key = parse_date(LONG_FORMATS[row["lang"]].format(month=row["name"], day=1, year=2020))
        assert key is not None
        seen.setdefault(row["name"].casefold(), set()).add(key.month)
    assert all(len(months) == 1 for months in seen.values())


@pytest.mark.parametrize("row", HIJRI, ids=lambda r: r["name"])
def test_hijri_months_name_no_gregorian_date(row):
    assert parse_date(f"12 {row['name']} 1445") is None


def test_hijri_rows_are_all_twelve_months():
    assert {int(row["month"]) for row in HIJRI} == set(range(1, 13))


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("11 اغسطس 2015 م", dt.date(2015, 8, 11)),
        ("11 اغسطس 2015 من", None),  # a word after the year, not the era mark
    ],
)
def test_arabic_era_mark_after_the_year(text, date):
    assert parse_date(text) == date


def test_every_weekday_in_the_table_is_checked():
    monday = dt.date(2023, 10, 9)
    for row in load_table("date_words.tsv"):
        if row["kind"] != "weekday":
            continue
        day = monday + dt.timedelta(days=int(row["value"]))
        good = f"{row['word']}, {day.day} October {day.year}"
        bad = f"{row['word']}, {day.day + 1} October {day.year}"
        assert parse_date(good) == day, good
        assert parse_date(bad) is None, bad
