"""Hypothesis strategies: news-like pages, and Arabic text as scrapers store it.

A page is a mix of paragraphs: Arabic and Latin body prose, sentences with quotes,
boilerplate cue lines, tweet embeds, bullet lists and blank runs, joined by the line
breaks scraped text shows. The pieces are real fragments of the kinds the parser
must tell apart, mutated by the strategies (names, handles, dates, glue).
"""

from __future__ import annotations

from hypothesis import strategies as st

ARABIC_WORDS = [
    "قال",
    "أكد",
    "أضاف",
    "الوزير",
    "الرئيس",
    "وزارة",
    "الخارجية",
    "المحادثات",
    "الاتفاق",
    "غزة",
    "إسرائيل",
    "الرهائن",
    "الحكومة",
    "البيان",
    "اليوم",
    "الثلاثاء",
    "مجلس",
    "الأمن",
    "الدولي",
    "المملكة",
    "الرياض",
    "السعودية",
    "جامعة",
]
LATIN_WORDS = [
    "the",
    "minister",
    "said",
    "talks",
    "would",
    "continue",
    "und",
    "der",
    "Präsident",
    "hat",
    "le",
    "ministre",
    "a",
    "déclaré",
]
NAMES = [
    "أولاف شولتس",
    "بلينكن",
    "The White House",
    "Bundeskanzler Olaf Scholz",
    "Ana López",
    "وزير 🇸🇦",
]
HANDLES = ["WhiteHouse", "Bundeskanzler", "KSA\\_MOFA", "ksagaca", "a1_b2"]
DATES = [
    "October 10, 2023",
    "9. Oktober 2023",
    "17 février 2018",
    "أغسطس 3, 2015",
    "٢٥ مارس ٢٠٢٠",
    "Octember 40",
]
CUES = [
    "اقرأ أيضا:",
    "إقرأ أيضاً",
    "المصدر: موقع 24",
    "كلمات دلالية:",
    "Read more:",
    "Lire aussi",
    "جميع الحقوق محفوظة",
]
MARKS = [('"', '"'), ("«", "»"), ("“", "”"), ("„", "“"), ("”", "”"), ("«", ""), ("", "»")]
BREAKS = ["\n", "\n\n", "\r\n", "\n\u00a0\n", "\n \n", "\u2028"]


def _sentence(words: tuple[str, ...] | list[str]) -> st.SearchStrategy[str]:
    return (
        st.lists(st.sampled_from(words), min_size=3, max_size=25)
        .map(" ".join)
        .map(lambda s: s + ".")
    )


@st.composite
def quote_paragraph(draw: st.DrawFn) -> str:
    """A sentence that reports speech, with marks that may not pair up."""
    left, right = draw(st.sampled_from(MARKS))
    said = draw(st.sampled_from(["وقال", "وأضاف", "وأكدت", "said", "a déclaré", "sagte"]))
    return f"{said} {draw(st.sampled_from(NAMES))} إن {left}{draw(_sentence(ARABIC_WORDS))}{right}"


@st.composite
def tweet(draw: st.DrawFn) -> str:
    """A tweet as extraction leaves it: text, pic link, attribution line."""
    text = draw(_sentence(LATIN_WORDS + ARABIC_WORDS))
    dash = draw(st.sampled_from(["—", "–", "-", "--"]))
    glue = draw(st.sampled_from(["\n\n", "\n", ""]))
    media = draw(st.sampled_from(["", " pic.twitter.com/DAluoPKpMr"]))
    name, handle, date = (
        draw(st.sampled_from(NAMES)),
        draw(st.sampled_from(HANDLES)),
        draw(st.sampled_from(DATES)),
    )
    return f"{text}{media}{glue}{dash} {name} (@{handle}) {date}"


def bullet_list() -> st.SearchStrategy[str]:
    """A related-headlines list."""
    item = _sentence(ARABIC_WORDS).map(lambda s: f"  {'•'} {s[:-1]}")
    return st.lists(item, min_size=1, max_size=6).map("\n".join)


def paragraph() -> st.SearchStrategy[str]:
    """One paragraph of any kind a news page holds."""
    return st.one_of(
        _sentence(ARABIC_WORDS),
        _sentence(LATIN_WORDS),
        quote_paragraph(),
        tweet(),
        st.sampled_from(CUES),
        st.tuples(st.sampled_from(CUES), _sentence(ARABIC_WORDS)).map(lambda t: f"{t[0]} {t[1]}"),
        bullet_list(),
        st.text(max_size=30),
    )


@st.composite
def news_page(draw: st.DrawFn) -> str:
    """A whole page: paragraphs joined by the line breaks scrapers leave."""
    paras = draw(st.lists(paragraph(), max_size=14))
    out = []
    for para in paras:
        out.append(para)
        out.append(draw(st.sampled_from(BREAKS)))
    return "".join(out)


# Arabic text as scrapers store it: the normalization and spacing rules' input.

# Characters the normalization and spacing rules care about, so that short random
# strings exercise them: letters, marks, tatweel, controls, joiners, spaces,
# presentation forms, Persian letters, digits, punctuation, Latin.
SPECIALS = (
    "\u0640\u200b\u200c\u200d\u200e\u200f\u061c\u202a\u202c\u2066\u2069\ufeff\u00ad"
    "\u00a0\u2003\u202f\u2028\u0653\u0654\u0655\u0670\u0671\u064b\u064c\u064d\u0651"
    'ةىيأإآؤئءاوالمنفي \n.،؛؟:!"«»“”٠١٩۰۹0123abcXYZé'
    "\ufefb\ufef7\ufdf2\ufdfa\ufe70\ufe71\ufe8d\ufbfc\ufbfe\u06cc\u06a9\u06c1\u06be"
    "👍🏽\ufe0f"
)

arabic_text = st.text(
    alphabet=st.one_of(
        st.sampled_from(SPECIALS),
        st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
        st.characters(min_codepoint=0xFB50, max_codepoint=0xFEFF),
    ),
    max_size=60,
)

#: Any text: the scraper's Arabic, or anything at all (lone surrogates included).
any_text = st.one_of(arabic_text, st.text())

# Real words, glued or spaced at random: the lexicon split's input.
WORDS = [
    "في",
    "من",
    "قال",
    "الوزير",
    "أنتوني",
    "صرح",
    "وزير",
    "الخارجية",
    "العالم",
    "اليابان",
    "عنهم",
    "قبل",
    "مؤتمر",
    "صحفي",
    "المملكة",
    "بالمملكة",
    "لماذا",
    "أيضاً",
    "مدرسة",
    "على",
    "إلى",
    "بامتيازاتهم",
    "قلقهما",
    "ماكرون",
    "2015م",
    "CNN",
]

glued_words = st.lists(
    st.tuples(st.sampled_from(WORDS), st.sampled_from(["", "", " ", "، ", "."])), max_size=12
).map(lambda pairs: "".join(w + sep for w, sep in pairs))
