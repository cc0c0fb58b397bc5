"""Hypothesis strategies for Arabic text as scrapers store it."""

from hypothesis import strategies as st

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
