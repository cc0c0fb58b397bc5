"""Properties of find_embeds: generated attribution lines parse back; nothing breaks it."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import find_embeds
from newsparse._data import load_table
from tests.test_dates import LONG_FORMATS
from tests.test_parse_props import check_article, page_text


@pytest.fixture(autouse=True, scope="module")
def _warm_tables():
    """Build the lazy tables of every stage once, so no example pays for them.

    The first parse() of a process loads every data file (the word list of the
    spacing repair alone takes about 0.3 s), which would count against the
    deadline of whichever example comes first.
    """
    newsparse.parse(
        "وقالت الوزارة في بيان منفصل إن الوزير تحدث مع نظيره الفرنسي وأكد دعمه الكامل للجهود."
        " Short post here.— A (@a) October 10, 2023\nPosted by A on Monday, March 2, 2020"
    )


_MONTHS: dict[str, dict[int, list[str]]] = {}
for _row in load_table("months.tsv"):
    if _row["calendar"]:  # Hijri months name no Gregorian date
        continue
    _MONTHS.setdefault(_row["lang"], {}).setdefault(int(_row["month"]), []).append(_row["name"])

_DIGITS = {
    "ascii": str.maketrans("", ""),
    "arabic-indic": str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"),
    "persian": str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"),
}
_BREAKS = set("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


@st.composite
def written_dates(draw):
    """A date and how some language writes it: every language, month form and digit set."""
    date = draw(st.dates(min_value=dt.date(2007, 1, 1), max_value=dt.date(2030, 12, 31)))
    lang = draw(st.sampled_from([*sorted(LONG_FORMATS), "ja", "zh", "ko", "ar-month-first"]))
    if lang in ("ja", "zh"):
        return date, f"{date.year}年{date.month}月{date.day}日"
    if lang == "ko":
        return date, f"{date.year}년 {date.month}월 {date.day}일"
    if lang == "ar-month-first":
        month = draw(st.sampled_from(_MONTHS["ar"][date.month]))
        return date, f"{month} {date.day}, {date.year}"
    month = draw(st.sampled_from(_MONTHS[lang][date.month]))
    text = LONG_FORMATS[lang].format(month=month, day=date.day, year=date.year)
    if lang in ("ar", "fa", "ur"):
        text = text.translate(_DIGITS[draw(st.sampled_from(sorted(_DIGITS)))])
    return date, text


_NAME_CHARS = st.one_of(
    st.characters(categories=["L", "N"]),
    st.sampled_from(list(" ,.|&'-_#()@🏳️\u200d🌈🎄🇺🇦🐬")),
    st.characters(min_codepoint=0x0621, max_codepoint=0x064A),
)
names = (
    st.text(_NAME_CHARS, min_size=1, max_size=50)
    .map(str.strip)
    .filter(lambda s: s and "(@" not in s and "( @" not in s and not _BREAKS & set(s))
)
handles = st.from_regex(r"[A-Za-z0-9_]{1,15}", fullmatch=True)
posts = st.sampled_from(
    [
        "Club statement",
        "The White House is lit up blue and white tonight. pic.twitter.com/DAluoPKpMr",
        "Unsere 5 Länder werden sicherstellen, dass Israel sich verteidigen kann.",
        "وكيل وزارة #الخدمة_المدنية ضيفًا على قناة @alekhbariyatv https://t.co/GWi65kxPOx",
        "スタバの看板があります #golang101 pic.twitter.com/nqdrV2H7DG",
    ]
)


@given(
    posts,
    st.sampled_from(["\n", "\n\n", "\n \n"]),
    st.sampled_from(["—", "–", "―", "--", "-"]),
    names,
    handles,
    written_dates(),
)
def test_generated_attribution_lines_parse_back(post, gap, dash, name, handle, written):
    date, date_text = written
    text = f"{post}{gap}{dash} {name} (@{handle}) {date_text}"
    (embed,) = find_embeds(text)
    assert embed.platform == "twitter"
    assert (embed.author, embed.handle, embed.date) == (name, handle, date)
    assert embed.date_text == date_text
    assert embed.text == post
    assert (embed.start, embed.end) == (0, len(text))


# Glued to a sentence, the opening dash is the line's last one: a name holding the
# html2text dash ``--`` is ambiguous there by construction.
@given(names.filter(lambda s: "--" not in s), handles, written_dates())
def test_generated_glued_attribution_lines_parse_back(name, handle, written):
    date, date_text = written
    body = "وقالت الوزارة في بيان منفصل إن الوزير تحدث مع نظيره الفرنسي وأكد دعمه الكامل للجهود."
    text = f"{body} Short post here.— {name} (@{handle}) {date_text}"
    (embed,) = find_embeds(text)
    assert (embed.author, embed.handle, embed.date) == (name, handle, date)
    assert embed.text == "Short post here."
    article = newsparse.parse(text)
    check_article(text, article)
    assert [s.kind.value for s in article.segments] == ["body", "blank", "embed"]


@given(page_text)
def test_any_text_gives_ordered_disjoint_embeds(text):
    embeds = find_embeds(text)
    pos = 0
    for e in embeds:
        assert pos <= e.start < e.end <= len(text)
        pos = e.end


@given(st.lists(st.one_of(page_text, posts, st.just("— A (@a) October 10, 2023")), max_size=6))
def test_pages_with_posts_still_partition(parts):
    text = "\n".join(parts)
    article = newsparse.parse(text)
    check_article(text, article)
    assert article.embeds == find_embeds(text)


# Pieces of every marker the detectors react to, to be shuffled with random text.
_MARKERS = st.sampled_from(
    [
        "View this post on Instagram",
        "Sieh dir diesen Beitrag auf Instagram an",
        "A post shared by ",
        "Ein Beitrag geteilt von ",
        "Posted by ",
        " on ",
        " am ",
        "Monday, March 27, 2017",
        "23. Okt 2017 um 0:31 Uhr",
        "Post by @a@b.c",
        "View on Mastodon",
        "View on Threads",
        "♬ original sound - x",
        "@tik ",
        "— ",
        "--",
        "(@h)",
        "( @kaspth.bsky.social )",
        "(@KSA\\_MOFA)",
        "October 10, 2023",
        "٢٥ مارس ٢٠٢٠",
        "[October 10,\n> 2023](https://twitter.com/a/status/1)",
        "pic.twitter.com/DAluoPKpMr",
        "https://t.co/iONyQpdFwy#COP26",
        "وكتب على تويتر:",
        "…",
        "\n",
        "\n\n",
        " ",
        "- ",
        "> ",
    ]
)


@given(st.lists(st.one_of(_MARKERS, page_text), max_size=30))
def test_marker_soup_never_breaks_anything(parts):
    text = "".join(parts)
    embeds = find_embeds(text)
    pos = 0
    for e in embeds:
        assert pos <= e.start < e.end <= len(text)
        pos = e.end
    check_article(text, newsparse.parse(text))


# Article paragraphs that open with a reporting verb (quote_cues.tsv), subject first
# or verb first, in the languages of the cue table.
_REPORTS = st.sampled_from(
    [
        "وأكد الوزير أن المملكة ستواصل دعم الشعب اليمني حتى تحقيق الاستقرار.",
        "وقال المتحدث باسم الوزارة إن الاتفاق سيوقع الأسبوع المقبل",
        "الوزير أوضح أن العمل مستمر في كل المحافظات.",
        "The minister said the agreement would be signed next week.",
        "Le ministre a déclaré que l'accord serait signé la semaine prochaine.",
        "Der Kanzler sagte, das Abkommen werde nächste Woche unterzeichnet.",
    ]
)


@given(_REPORTS, posts, st.sampled_from(["\n", "\n\n"]), handles, written_dates())
def test_a_reporting_paragraph_above_a_post_stays_in_the_article(
    report, post, gap, handle, written
):
    _date, date_text = written
    text = f"{report}{gap}{post}{gap}— Name (@{handle}) {date_text}"
    (e,) = find_embeds(text)
    assert e.start >= len(report)
    assert report.strip() in newsparse.parse(text).text


_TITLES = st.sampled_from(
    [
        "",
        "Ten tips for a better garden",
        "We planted the last of the roses this weekend and they look lovely in the sun.",
        "وزير الخارجية يستقبل نظيره الفرنسي في الرياض",
    ]
)


@given(
    _TITLES,
    st.sampled_from(["Admin", "Jane Doe", "فريق التحرير"]),
    st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2035, 12, 31)),
)
def test_a_blog_byline_with_an_english_date_is_never_a_post(title, name, date):
    weekday = dt.date(2024, 1, 1 + date.weekday()).strftime("%A")  # 2024-01-01: a Monday
    month = dt.date(2024, date.month, 1).strftime("%B")
    byline = f"Posted by {name} on {weekday}, {month} {date.day}, {date.year}"
    text = f"{title}\n{byline}\nThe article starts here." if title else byline
    assert find_embeds(text) == ()
