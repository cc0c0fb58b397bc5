r"""The text of a social post: its length as the platform counts it, script, fields.

`newsparse.embeds` finds posts; this module reads what a post's text holds: links
(split where extraction glued them), media links, hashtags, mentions, its language,
and whether it was cut off.

>>> fields = post_fields("Mehr dazu: https://t.co/iONyQpdFwy#COP26pic.twitter.com/4G9ZbFbBZn")
>>> fields.urls, fields.media, fields.hashtags
(('https://t.co/iONyQpdFwy',), ('pic.twitter.com/4G9ZbFbBZn',), ('COP26',))
>>> weight("مرحبا https://example.com/a/very/long/link/that/counts/as/23")
29
"""

from __future__ import annotations

import functools
from collections import Counter

import attrs
import regex

from newsparse._data import load_table

__all__ = [
    "PostFields",
    "clean_post",
    "ends_with_link",
    "language",
    "post_fields",
    "script",
    "weight",
]

# ``t.co`` and ``pic.twitter.com`` ids are always 10 characters, which is what splits
# the runs extraction glues (``…/iONyQpdFwy#COP26pic.twitter.com/4G9ZbFbBZn``).
_TWITTER_LINK = regex.compile(
    r"(?P<media>pic\.twitter\.com/[A-Za-z0-9]{10})|(?P<tco>https?://t\.co/[A-Za-z0-9]{10})"
)
_URL = regex.compile(r"https?://[^\s<>\"'“”«»]{1,2000}")
_URL_TRAIL = ".,;:!?)]}…’'\""
# Twitter counts every link as 23 characters and an attached media link as none.
_LINK_WEIGHT = 23
# What Twitter counts twice: everything but Latin-to-Georgian and some punctuation.
_WIDE = regex.compile(r"[^\u0000-\u10ff\u2000-\u200d\u2010-\u201f\u2032-\u2037\s]")
# Hashtags and mentions in any script; glued runs (``#mac#windows``) give each tag.
_HASHTAG = regex.compile(r"(?<!&)[#＃](?P<tag>[\p{L}\p{M}\p{N}_]{1,140})")
_MENTION = regex.compile(
    r"(?<![\p{L}\p{N}_.])@(?P<name>[\p{L}\p{N}_]{1,30}(?:\.[\p{L}\p{N}_-]{1,63}){0,8})"
)
_LETTER = regex.compile(r"\p{L}")
_WORD = regex.compile(r"\p{L}+")
# Markdown escapes and the entity for ``@`` that extraction leaves in a post's text.
_UNESCAPE = regex.compile(r"\\(?=[_.#*\[\]()!-])|&#0?64;")
_QUOTE_PREFIX = regex.compile(r"^[ \t]*(?:>[ \t]?)+", regex.MULTILINE)
_SPACES = regex.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u3000]+")
# Scripts, each with the language code a post written in it gets (Latin script is
# told apart by function words).
_SCRIPTS = (
    ("ar", regex.compile(r"\p{Arabic}")),
    ("latin", regex.compile(r"\p{Latin}")),
    ("ru", regex.compile(r"\p{Cyrillic}")),
    ("he", regex.compile(r"\p{Hebrew}")),
    ("ja", regex.compile(r"[\p{Hiragana}\p{Katakana}]")),
    ("zh", regex.compile(r"\p{Han}")),
    ("ko", regex.compile(r"\p{Hangul}")),
    ("el", regex.compile(r"\p{Greek}")),
)
_KANA = _SCRIPTS[4][1]
# Arabic-script languages told apart by letters: Urdu has its own; Persian (like Urdu)
# writes yeh and kaf with the Farsi forms, where Arabic has its own.
_URDU_LETTERS = regex.compile(
    "[\N{ARABIC LETTER TTEH}\N{ARABIC LETTER DDAL}\N{ARABIC LETTER RREH}"
    "\N{ARABIC LETTER NOON GHUNNA}\N{ARABIC LETTER YEH BARREE}]"
)
_FARSI_LETTERS = regex.compile("[\N{ARABIC LETTER FARSI YEH}\N{ARABIC LETTER KEHEH}]")
_ARABIC_LETTERS = regex.compile(
    "[\N{ARABIC LETTER YEH}\N{ARABIC LETTER KAF}\N{ARABIC LETTER TEH MARBUTA}]"
)


@attrs.frozen(kw_only=True)
class PostFields:
    """What a post's text holds (see `newsparse.Embed` for each field)."""

    urls: tuple[str, ...] = ()
    media: tuple[str, ...] = ()
    hashtags: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()
    lang: str | None = None
    truncated: bool = False


def _without_links(s: str, replacement: str = " ") -> str:
    return _URL.sub(replacement, _TWITTER_LINK.sub(replacement, s))


def weight(s: str) -> int:
    """Twitter's weighted length of *s*: links 23, media links 0, wide characters 2."""
    s = _TWITTER_LINK.sub(lambda m: "" if m["media"] else "x" * _LINK_WEIGHT, s)
    s = _URL.sub("x" * _LINK_WEIGHT, s)
    return len(s) + len(_WIDE.findall(s))


def script(s: str) -> str | None:
    """The script most of *s*'s letters are written in (Latin scripts as ``latin``).

    Links are left out: their letters are Latin whatever the post's language.
    """
    s = _without_links(s)
    best, best_n = None, 0
    for name, pattern in _SCRIPTS:
        n = len(pattern.findall(s))
        if n > best_n:
            best, best_n = name, n
    return best


def ends_with_link(s: str) -> bool:
    """Whether *s* ends with a ``t.co`` or ``pic.twitter.com`` link (a post's last token)."""
    tail = s.rstrip()
    return bool(tail) and any(m.end() == len(tail) for m in _TWITTER_LINK.finditer(tail))


def clean_post(raw: str) -> str:
    """A post's text as one string: markdown undone, lines trimmed, blank lines dropped."""
    if not raw:
        return ""
    s = _QUOTE_PREFIX.sub("", raw)
    s = _UNESCAPE.sub(lambda m: "@" if m[0].startswith("&") else "", s)
    lines = (_SPACES.sub(" ", line).strip() for line in s.splitlines())
    return "\n".join(line for line in lines if line)


def post_fields(post: str, *, own_handle: str | None = None) -> PostFields:
    """The links, media, hashtags, mentions, language and truncation of a clean post.

    Args:
        post: the post's text, as `clean_post` returns it.
        own_handle: the poster's handle, left out of the mentions (TikTok).

    Returns:
        A `PostFields`.
    """
    urls: list[str] = []
    media: list[str] = []
    for m in _TWITTER_LINK.finditer(post):
        (media if m["media"] else urls).append(m[0])
    for m in _URL.finditer(_TWITTER_LINK.sub(" ", post)):
        url = m[0].rstrip(_URL_TRAIL)
        if len(url) > len("https://"):
            urls.append(url)
    urls.sort(key=post.find)
    bare = _without_links(post)
    hashtags = [h["tag"] for h in _HASHTAG.finditer(bare) if _LETTER.search(h["tag"])]
    mentions = [m["name"] for m in _MENTION.finditer(bare) if m["name"] != own_handle]
    words = _HASHTAG.sub(" ", _MENTION.sub(" ", bare))
    return PostFields(
        urls=tuple(dict.fromkeys(urls)),
        media=tuple(dict.fromkeys(media)),
        hashtags=tuple(dict.fromkeys(hashtags)),
        mentions=tuple(dict.fromkeys(mentions)),
        lang=language(words),
        truncated=_without_links(post, "").rstrip().endswith("…"),
    )


@functools.cache
def _function_words() -> dict[str, frozenset[str]]:
    words: dict[str, set[str]] = {}
    for row in load_table("function_words.tsv"):
        words.setdefault(row["word"], set()).add(row["lang"])
    return {w: frozenset(langs) for w, langs in words.items()}


def language(s: str, *, min_votes: int = 1) -> str | None:
    """The language of a post's words: by script, and in Latin script by function words.

    Args:
        s: the words (links, hashtags and mentions are best left out).
        min_votes: how many function words the winning language needs.

    Returns:
        A language code, or None when the words do not tell.
    """
    name = script(s)
    if name == "ar":
        if _URDU_LETTERS.search(s):
            return "ur"
        if _FARSI_LETTERS.search(s) and not _ARABIC_LETTERS.search(s):
            return "fa"
        return "ar"
    if name != "latin":
        return "ja" if name == "zh" and _KANA.search(s) else name
    votes: Counter[str] = Counter()
    table = _function_words()
    for word in _WORD.findall(s.casefold()):
        votes.update(table.get(word, ()))
    ranked = [*votes.most_common(2), ("", 0), ("", 0)]
    winner, votes_for, runner_up = ranked[0][0], ranked[0][1], ranked[1][1]
    return winner if votes_for >= min_votes and votes_for > runner_up else None
