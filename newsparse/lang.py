r"""The language of a stretch of text: by script, by letters, by function words.

One function decides the language of a span for every stage: the boilerplate stage
asks it for each segment, the embed stage for each post and for where a post's text
starts. The script most letters are written in comes first (links left out: their
letters are Latin whatever the text's language). Arabic, Persian and Urdu share most
letters; each has a few of its own (Arabic ة ي ك, Persian پ چ ژ گ ک ی, Urdu ٹ ڈ ڑ ں ے
ھ), listed in ``data/lang_letters.tsv``. Latin-script languages are told apart by
their commonest function words in ``data/lang_stopwords.tsv``. A script that one
language owns (Cyrillic, Hebrew, Greek, Hangul, kana) names it.

>>> detect_lang("قالت وزارة الخارجية إن الوزير ناقش الدعم")
'ar'
>>> detect_lang("The White House is lit up blue and white tonight")
'en'
>>> detect_lang("Unsere 5 Länder werden sicherstellen, dass Israel sich verteidigen kann")
'de'
>>> detect_lang("12345 !!") is None
True
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Mapping
from itertools import chain, repeat

import regex

from newsparse._data import load_table
from newsparse.errors import check_text

__all__ = ["detect_lang", "dominant_script"]

# A stretch longer than this is judged on its start: language does not change
# its verdict after a few hundred words, and the cost stays bounded.
_SAMPLE = 2000

_ARABIC_RUN = regex.compile(r"[\p{Script=Arabic}&&\p{L}]+", regex.V1)
_LATIN_RUN = regex.compile(r"[\p{Script=Latin}&&\p{L}]+", regex.V1)
_LATIN_WORD = regex.compile(
    r"[\p{Script=Latin}&&\p{L}]+(?:['’][\p{Script=Latin}&&\p{L}]+)?", regex.V1
)
# A letter of another script than Arabic (a plain negated class: the fastest scan).
_NON_ARABIC_LETTER = regex.compile(r"[^\p{Script=Arabic}\P{L}]")
# Letters of neither script: only a text holding one is counted script by script.
_OTHER_LETTER = regex.compile(r"[\p{L}--\p{Script=Arabic}--\p{Script=Latin}]", regex.V1)
# The scripts other than Arabic and Latin, each with the language it is written for
# (Han is Chinese unless kana sits among it: then Japanese).
_OTHER_SCRIPTS = (
    ("Cyrillic", "ru", regex.compile(r"\p{Script=Cyrillic}+")),
    ("Hebrew", "he", regex.compile(r"[\p{Script=Hebrew}&&\p{L}]+", regex.V1)),
    ("Kana", "ja", regex.compile(r"[\p{Script=Hiragana}\p{Script=Katakana}]+")),
    ("Han", "zh", regex.compile(r"\p{Script=Han}+")),
    ("Hangul", "ko", regex.compile(r"\p{Script=Hangul}+")),
    ("Greek", "el", regex.compile(r"[\p{Script=Greek}&&\p{L}]+", regex.V1)),
)
_KANA = _OTHER_SCRIPTS[2][2]
# Links: left out of the count (only looked for when a link marker is present).
_LINK = regex.compile(r"(?:https?://|www\.|pic\.twitter\.com/)[^\s<>\"'“”«»]{0,2000}")
_LINK_MARKERS = ("://", "www.", "pic.")


@functools.cache
def _letters() -> Mapping[str, regex.Pattern[str]]:
    """Per Arabic-script language, a class of the letters only it uses."""
    letters: dict[str, list[str]] = {}
    for row in load_table("lang_letters.tsv"):
        letters.setdefault(row["lang"], []).append(chr(int(row["letter"][2:], 16)))
    return {lang: regex.compile(f"[{''.join(chars)}]") for lang, chars in letters.items()}


@functools.cache
def _own_letters() -> regex.Pattern[str]:
    """The letters of Persian and Urdu that Arabic does not use."""
    own = "".join(p.pattern[1:-1] for lang, p in _letters().items() if lang != "ar")
    return regex.compile(f"[{own}]")


@functools.cache
def _stopwords() -> Mapping[str, tuple[str, ...]]:
    by_word: dict[str, list[str]] = {}
    for row in load_table("lang_stopwords.tsv"):
        by_word.setdefault(row["word"], []).append(row["lang"])
    return {word: tuple(langs) for word, langs in by_word.items()}


def _letter_count(pattern: regex.Pattern[str], sample: str) -> int:
    return sum(map(len, pattern.findall(sample)))


def _script_counts(sample: str) -> list[tuple[str, int]]:
    """Letters per script in *sample*, Arabic and Latin first, zero counts left out."""
    counts = [("Arabic", _letter_count(_ARABIC_RUN, sample))]
    counts.append(("Latin", _letter_count(_LATIN_RUN, sample)))
    if _OTHER_LETTER.search(sample) is not None:
        counts += [(name, _letter_count(p, sample)) for name, _, p in _OTHER_SCRIPTS]
    return [(name, n) for name, n in counts if n]


def _without_links(sample: str) -> str:
    if any(marker in sample for marker in _LINK_MARKERS):
        return _LINK.sub(" ", sample)
    return sample


def dominant_script(text: str, /) -> str | None:
    """Return the script most of *text*'s letters are written in, or None.

    Args:
        text: any text; links are left out, as are digits and punctuation.

    Returns:
        A Unicode script name (``"Arabic"``, ``"Latin"``, ``"Cyrillic"``, ``"Hebrew"``,
        ``"Han"``, ``"Hangul"``, ``"Greek"``), ``"Kana"`` for hiragana and katakana, or
        None when there are no letters. Ties go to Arabic, then Latin.

    Raises:
        TypeError: *text* is not a `str`.

    >>> dominant_script("Tonight the White House is lit up https://t.co/GWi65kxPOx")
    'Latin'
    >>> dominant_script("Сегодня мы встретились с министром"), dominant_script("2023")
    ('Cyrillic', None)
    """
    check_text(text, func="dominant_script")
    return _dominant(_without_links(text[:_SAMPLE]))


def _dominant(sample: str) -> str | None:
    best, best_n = None, 0
    for name, n in _script_counts(sample):
        if n > best_n:
            best, best_n = name, n
    return best


def _arabic_script_lang(sample: str) -> str:
    letters = _letters()
    # Urdu's own letters are frequent in any Urdu sentence and absent from the others.
    if _letter_count(letters["ur"], sample) >= 2:
        return "ur"
    persian = _letter_count(letters["fa"], sample)
    if persian and persian > _letter_count(letters["ar"], sample):
        return "fa"
    return "ar"


def _latin_lang(sample: str, min_votes: int) -> str | None:
    table = _stopwords()
    words = _LATIN_WORD.findall(sample.casefold())
    votes = Counter(chain.from_iterable(map(table.get, words, repeat(()))))
    (best, n), (_, runner_up) = [*votes.most_common(2), ("", 0), ("", 0)][:2]
    # Too few words is no evidence (a single shared "de" or "la"); ties stay undecided.
    if n < min_votes or n == runner_up:
        return None
    return best


def detect_lang(text: str, /, *, min_votes: int = 2) -> str | None:
    """Return the ISO 639-1 code of the main language of *text*, or None.

    Args:
        text: any text; only letters count, so punctuation, digits and links do not
            sway the verdict. Long texts are judged on their first 2000 characters.
        min_votes: how many function words a Latin-script language needs (1 suits
            a short social post, 2 a line of a page, where a lone ``de`` or ``in``
            may be a name).

    Returns:
        ``"ar"``, ``"fa"`` or ``"ur"`` when Arabic-script letters are the majority;
        ``"en"``, ``"fr"``, ``"de"``, ``"es"``, ``"it"``, ``"pt"``, ``"nl"`` or
        ``"tr"`` when Latin letters are and the language has at least *min_votes*
        function words, more than any other; ``"ru"``, ``"he"``, ``"el"``, ``"ko"``,
        ``"ja"`` or ``"zh"`` for the scripts that name their language; None otherwise.

    Raises:
        TypeError: *text* is not a `str`.
        ValueError: *min_votes* is below 1.

    >>> detect_lang("Nouveau record de température dans la base antarctique")
    'fr'
    >>> detect_lang("پانزده اکتبر، بهعنوان روز جهانی ایمنی عصای سفید انتخاب شده است")
    'fa'
    >>> detect_lang("ملت جعفریہ اور اہل سنت کو ایک دوسرے سے ڈرانے والے اسلام کے دشمن ہیں")
    'ur'
    >>> detect_lang("Wir kommen morgen."), detect_lang("Wir kommen morgen.", min_votes=1)
    (None, 'de')
    """
    check_text(text, func="detect_lang")
    if min_votes < 1:
        msg = f"min_votes must be a whole number of at least 1, got {min_votes!r}"
        raise ValueError(msg)
    sample = text[:_SAMPLE]
    # The common case, a line of plain Arabic: two scans that find no other letter.
    if _NON_ARABIC_LETTER.search(sample) is None and _own_letters().search(sample) is None:
        return "ar" if _ARABIC_RUN.search(sample) is not None else None
    sample = _without_links(sample)
    script = _dominant(sample)
    if script == "Arabic":
        return _arabic_script_lang(sample)
    if script == "Latin":
        return _latin_lang(sample, min_votes)
    for name, lang, _ in _OTHER_SCRIPTS:
        if name == script:
            return "ja" if lang == "zh" and _KANA.search(sample) else lang
    return None
