r"""The text of a social post: its length as the platform counts it, and its fields.

`newsparse.embeds` finds posts; this module reads what a post's text holds: links
(split where extraction glued them), media links, hashtags, mentions, its language
(`newsparse.lang.detect_lang`), and whether it was cut off.

>>> fields = post_fields("Mehr dazu: https://t.co/iONyQpdFwy#COP26pic.twitter.com/4G9ZbFbBZn")
>>> fields.urls, fields.media, fields.hashtags
(('https://t.co/iONyQpdFwy',), ('pic.twitter.com/4G9ZbFbBZn',), ('COP26',))
>>> weight("مرحبا https://example.com/a/very/long/link/that/counts/as/23")
29
"""

from __future__ import annotations

import attrs
import regex

from newsparse.lang import detect_lang

__all__ = [
    "PostFields",
    "clean_post",
    "ends_with_link",
    "post_fields",
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
# Markdown escapes and the entity for ``@`` that extraction leaves in a post's text.
_UNESCAPE = regex.compile(r"\\(?=[_.#*\[\]()!-])|&#0?64;")
_QUOTE_PREFIX = regex.compile(r"^[ \t]*(?:>[ \t]?)+", regex.MULTILINE)
_SPACES = regex.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u3000]+")


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
        # One word of a language is enough in a post that short (links are out).
        lang=detect_lang(words, min_votes=1),
        truncated=_without_links(post, "").rstrip().endswith("…"),
    )
