r"""The language of a stretch of text: by letters or by stopwords.

Arabic, Persian and Urdu share most letters; each has a few of its own (Arabic ة ي
ك, Persian پ چ ژ گ ک ی, Urdu ٹ ڈ ڑ ں ے ھ), listed in ``data/lang_letters.tsv``.
Latin-script languages are told apart by their commonest function words in
``data/lang_stopwords.tsv`` (en, fr, de, es, it, pt).

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

import regex

from newsparse._data import load_table
from newsparse.errors import check_text

__all__ = ["detect_lang"]

_ARABIC_RUN = regex.compile(r"[\p{Script=Arabic}&&\p{L}]+", regex.V1)
_LATIN_WORD = regex.compile(
    r"[\p{Script=Latin}&&\p{L}]+(?:['’][\p{Script=Latin}&&\p{L}]+)?", regex.V1
)
# A stretch longer than this is judged on its start: language does not change
# its verdict after a few hundred words, and the cost stays bounded.
_SAMPLE = 2000


@functools.cache
def _letters() -> Mapping[str, tuple[str, ...]]:
    letters: dict[str, list[str]] = {}
    for row in load_table("lang_letters.tsv"):
        letters.setdefault(row["lang"], []).append(chr(int(row["letter"][2:], 16)))
    return {lang: tuple(chars) for lang, chars in letters.items()}


@functools.cache
def _stopwords() -> Mapping[str, tuple[str, ...]]:
    by_word: dict[str, list[str]] = {}
    for row in load_table("lang_stopwords.tsv"):
        by_word.setdefault(row["word"], []).append(row["lang"])
    return {word: tuple(langs) for word, langs in by_word.items()}


def _arabic_script_lang(sample: str) -> str:
    counts = {lang: sum(map(sample.count, chars)) for lang, chars in _letters().items()}
    # Urdu's own letters are frequent in any Urdu sentence and absent from the others.
    if counts.get("ur", 0) >= 2:
        return "ur"
    if counts.get("fa", 0) > counts.get("ar", 0):
        return "fa"
    return "ar"


def _latin_lang(sample: str) -> str | None:
    votes: Counter[str] = Counter()
    table = _stopwords()
    for word in _LATIN_WORD.findall(sample):
        for lang in table.get(word.lower(), ()):
            votes[lang] += 1
    if not votes:
        return None
    (best, n), *others = [*votes.most_common(2), ("", 0)]
    # A single shared word ("de", "la") is no evidence; ties stay undecided.
    if n < 2 or n == others[0][1]:
        return None
    return best


def detect_lang(text: str, /) -> str | None:
    """Return the ISO 639-1 code of the main language of *text*, or None.

    Args:
        text: any text; only letters count, so punctuation, digits and links do not
            sway the verdict.

    Returns:
        ``"ar"``, ``"fa"`` or ``"ur"`` when Arabic-script letters are the majority;
        ``"en"``, ``"fr"``, ``"de"``, ``"es"``, ``"it"`` or ``"pt"`` when Latin
        letters are and at least two of the language's function words occur; None
        otherwise.

    Raises:
        TypeError: *text* is not a `str`.

    >>> detect_lang("Nouveau record de température dans la base antarctique")
    'fr'
    >>> detect_lang("پانزده اکتبر، بهعنوان روز جهانی ایمنی عصای سفید انتخاب شده است")
    'fa'
    >>> detect_lang("ملت جعفریہ اور اہل سنت کو ایک دوسرے سے ڈرانے والے اسلام کے دشمن ہیں")
    'ur'
    """
    check_text(text, func="detect_lang")
    sample = text[:_SAMPLE]
    arabic = sum(map(len, _ARABIC_RUN.findall(sample)))
    latin = sum(len(w) for w in _LATIN_WORD.findall(sample))
    if arabic == 0 and latin == 0:
        return None
    if arabic >= latin:
        return _arabic_script_lang(sample)
    return _latin_lang(sample)
