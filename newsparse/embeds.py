r"""Social posts embedded in a page: tweets, Instagram, Facebook, Bluesky and others.

An embed code leaves a recognisable trace in extracted text. A tweet (and a Bluesky
post) is its text followed by an attribution line ``— Name (@handle) Date``; Instagram
writes ``View this post on Instagram`` … ``A post shared by Name (@handle) on Date``;
Facebook ``Posted by Name on Weekday, Date``; TikTok ``@handle text ♬ sound``;
Threads and Mastodon leave placeholders (``View on Threads``). `find_embeds` finds
them and reads their fields.

The attribution line is what makes a tweet: a dash, a name, ``(@handle)`` and a date
that parses (`newsparse.dates`), so a body sentence that mentions ``@someone`` or a
credit line ``- John Smith (@jsmith) contributed`` is not a post. Where the post's
text begins is not marked: it is the block above the attribution line, and a block
further up joins it only on evidence that it is the post's (a ``t.co`` or media
link, a hashtag or mention, a short or unfinished line, the author's first person,
the post's language where the page's changes), never when it opens with a
reporting verb (``وأكد الوزير``): an article's paragraph taken for a post's would
be lost from the body. The text also stops at the platform's length limit
(Twitter's weighted 280 characters, 140 before November 2017), at another post, a
list that continues above it, or the article's lead-in (``وكتب على حسابه في تويتر:``).

>>> text = ("وقال البيت الأبيض في بيان إن الرئيس سيزور المنطقة.\n\n"
...         "Tonight the White House is lit up blue and white. pic.twitter.com/DAluoPKpMr\n\n"
...         "— The White House (@WhiteHouse) October 10, 2023")
>>> (post,) = find_embeds(text)
>>> post.platform, post.author, post.handle, post.date.isoformat()
('twitter', 'The White House', 'WhiteHouse', '2023-10-10')
>>> post.text
'Tonight the White House is lit up blue and white. pic.twitter.com/DAluoPKpMr'
>>> post.media, post.lang
(('pic.twitter.com/DAluoPKpMr',), 'en')
>>> text[post.start:post.end].splitlines()[0]
'Tonight the White House is lit up blue and white. pic.twitter.com/DAluoPKpMr'
"""

from __future__ import annotations

import datetime as dt
import functools

import attrs
import regex

from newsparse._data import load_table
from newsparse._lexicon import fold_word, lexicon
from newsparse._patterns import alternation
from newsparse._post import clean_post, ends_with_link, post_fields, weight
from newsparse.blocks import Block, split_blocks
from newsparse.dates import match_date, parse_date
from newsparse.errors import check_text
from newsparse.lang import detect_lang, dominant_script
from newsparse.model import Embed

__all__ = ["find_embeds"]

# --- what the attribution line of a tweet or a Bluesky post looks like -------------

# The opening of a handle group: ``(@``, padded by some extractors (``( @x )``).
_HANDLE_OPEN = regex.compile(r"\([ \t]{0,3}@")
# The handle group from its ``(``: characters of Twitter handles and of domains,
# markdown escapes (``KSA\_MOFA``) included; validated afterwards.
_HANDLE = regex.compile(r"\([ \t]{0,3}@(?P<handle>[A-Za-z0-9_.\\-]{1,64})[ \t]{0,3}\)")
_TWITTER_HANDLE = regex.compile(r"[A-Za-z0-9_]{1,15}")
_DOMAIN_HANDLE = regex.compile(r"[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}")
# A dash at the start of a line (after indentation or a markdown ``> ``): the
# signature's opening. html2text writes ``--`` for the em dash; a lone hyphen is the
# plain-text form of the same line.
_LINE_DASH = regex.compile(r"[ \t>\u00a0\u202f]{0,120}(?P<dash>—|–|―|-{1,2})[ \t\u00a0]*")
# Dashes that may open a signature glued to the end of a sentence.
_INLINE_DASHES = ("—", "–", "―", "--")
# The longest display name X allows is 50 characters; emoji and flags count double.
_MAX_NAME = 60
# How far past the end of its line a wrapped markdown date link may run.
_MAX_WRAPPED = 480
# How far back from a handle the opening dash may be.
_SIGNATURE_REACH = 300
# A date written as a markdown link (trafilatura markdown, markdownify).
# html2text wraps it at 78 columns, even inside the date: one break (and its ``> ``).
_MD_DATE = regex.compile(
    r"\[(?P<date>[^\]\n]{1,60}(?:\n[ \t>]{0,8}[^\]\n]{1,60})?)\]\((?P<url>[^)\s]{1,400})\)"
)
_MD_WRAP = regex.compile(r"[ \t]*\n[ \t>]*")
# A post's own link: status ids for Twitter/X, Bluesky, Instagram, Threads, TikTok.
_POST_URL = regex.compile(
    r"""https?://(?:www\.|mobile\.)?(?:
        (?:twitter|x)\.com/(?P<tw_user>\w{1,15})/status(?:es)?/(?P<tw_id>\d{1,20})
      | bsky\.app/profile/(?P<bs_user>[\w.:-]{1,100})/post/(?P<bs_id>\w{1,20})
      | instagram\.com/(?:[\w.]{1,30}/)?(?:p|reel|tv)/(?P<ig_id>[\w-]{1,40})
      | threads\.(?:net|com)/@?(?P<th_user>[\w.]{1,30})/post/(?P<th_id>[\w-]{1,40})
      | tiktok\.com/@(?P<tt_user>[\w.]{1,30})/video/(?P<tt_id>\d{1,25})
    )[^\s)\]]{0,200}""",
    regex.VERBOSE,
)

# --- the post's text ----------------------------------------------------------------

# Twitter's length limits, in its weighted characters (see `_weight`).
_TWEET_LIMIT = 280
_OLD_TWEET_LIMIT = 140
_LIMIT_DOUBLED = dt.date(2017, 11, 7)
_BLUESKY_LIMIT = 300
# Facebook embeds cut a post's text to about this length (with ``…``).
_FACEBOOK_LIMIT = 500
# The nearest block is taken even a little over the limit (a quoted post's link).
_NEAREST_SLACK = 1.25
# How far back the text of a post is looked for: far more than any limit allows.
_TEXT_REACH = 4000

# A row of a markdown table (trafilatura writes tables so).
_TABLE_ROW = regex.compile(r"\|[^\n]*\|")
# Sentence ends inside a line: where glued text may begin a post. Extraction that
# glues elements leaves no space (``الفرنسية.The White House``): a capital or an
# Arabic letter right after the stop starts a sentence too.
_SENTENCE_END = regex.compile(
    r"[.!?؟。](?:[\"'”’»)\]]{0,3})(?:[ \t\u00a0]+|(?=[\p{Lu}\p{Arabic}]))"
)
_HAS_WORD = regex.compile(r"[\p{L}\p{N}]")
# --- TikTok ---------------------------------------------------------------------------

# ``@handle text`` … ``♬ sound - name``: the music note closes the post.
_TIKTOK_NOTE = "\N{BEAMED SIXTEENTH NOTES}"
_TIKTOK_START = regex.compile(r"[ \t]*@(?P<handle>[\w.]{2,24})\b")
_TIKTOK_REACH = 4
_TIKTOK_HANDLE = regex.compile(r"^\s*@[\w.]+")


@attrs.define
class _Found:
    """An embed located by its markers, before its text is read."""

    platform: str
    start: int  # where the post's text is known to begin (the markers' start)
    end: int
    sig_start: int  # where the attribution (or closing) line begins
    author: str | None = None
    handle: str | None = None
    date: dt.date | None = None
    date_text: str | None = None
    url: str | None = None
    status_id: str | None = None
    limit: int | None = None  # read text back from sig_start within this weight
    inline: bool = False  # the attribution line is glued to the end of a sentence


def find_embeds(text: str, /) -> tuple[Embed, ...]:
    r"""Return the social posts embedded in *text*, in order.

    Every post's ``start``/``end`` are offsets into *text*; its span covers the post's
    text and its attribution line. Posts never overlap.

    Args:
        text: the page as plain text (or any part of it).

    Returns:
        One `Embed` per post found; empty when there is none.

    Raises:
        TypeError: *text* is not a `str`.

    A German tweet on an Arabic page, with its date as the copier's X showed it:

    >>> page = ("ونشر المستشار الألماني على منصة إكس:\n"
    ...         "Unsere 5 Länder stehen an der Seite Israels.\n"
    ...         "— Bundeskanzler Olaf Scholz (@Bundeskanzler) 9. Oktober 2023\n"
    ...         "وأضاف أن الاتصال كان مثمرا.")
    >>> [(e.handle, e.date.isoformat(), e.lang, e.text) for e in find_embeds(page)]
    [('Bundeskanzler', '2023-10-09', 'de', 'Unsere 5 Länder stehen an der Seite Israels.')]

    A handle in a sentence is not a post; the date must parse:

    >>> find_embeds("- Reuters reporter John Smith (@jsmith) contributed to this report.")
    ()
    """
    check_text(text, func="find_embeds")
    if not _may_hold_embeds(text):
        return ()
    found = _cue_embeds(text)
    found += _signatures(text, [(f.start, f.end) for f in found])
    found += _tiktok(text)
    found.sort(key=lambda f: (f.sig_start, -f.end))
    out: list[Embed] = []
    floor = 0
    for f in found:
        if f.sig_start < floor:
            continue  # inside a post already read
        start = f.start
        if f.limit is not None:
            start = _text_start(text, f, floor)
        out.append(_embed(text, f, start))
        floor = f.end
    return tuple(out)


# --- cheap pre-check --------------------------------------------------------------------


@functools.cache
def _cues() -> tuple[dict[str, str], ...]:
    return load_table("embed_cues.tsv")


@functools.cache
def _triggers() -> tuple[str, ...]:
    return ("(@", "( @", _TIKTOK_NOTE, *(row["phrase"] for row in _cues()))


def _may_hold_embeds(text: str) -> bool:
    """A literal scan: most pages hold none of the markers, and pay only for this."""
    return any(t in text for t in _triggers())


# --- tweets and Bluesky posts -----------------------------------------------------------


def _signatures(text: str, taken: list[tuple[int, int]]) -> list[_Found]:
    """Every ``— Name (@handle) Date`` attribution line outside the *taken* spans.

    *taken* is in order; one pointer walks it along the handles, so the cost is linear.
    """
    out: list[_Found] = []
    last_end = 0
    t = 0
    for m in _HANDLE_OPEN.finditer(text):
        p = m.start()
        while t < len(taken) and taken[t][1] <= p:
            t += 1
        if p < last_end or (t < len(taken) and taken[t][0] <= p):
            continue
        found = _signature_at(text, p)
        if found is not None:
            out.append(found)
            last_end = found.end
    return out


def _line_bounds(text: str, pos: int, reach: int) -> tuple[int, bool]:
    """The start of the line holding *pos*, looked for at most *reach* back.

    Returns the start and whether it is the real line start (else the window's).
    """
    lo = max(0, pos - reach)
    nl = max(text.rfind("\n", lo, pos), text.rfind("\r", lo, pos))
    if nl >= 0:
        return nl + 1, True
    return lo, lo == 0


def _line_end(text: str, pos: int) -> int:
    """The end of the line holding *pos* (bounded: a line this long holds no date)."""
    end = text.find("\n", pos, pos + 400)
    if end < 0:
        end = min(len(text), pos + 400)
    cr = text.find("\r", pos, end)
    return cr if cr >= 0 else end


def _signature_at(text: str, p: int) -> _Found | None:
    """Read the attribution line whose handle group opens at *p*, if it is one."""
    hm = _HANDLE.match(text, p)
    if hm is None:
        return None
    handle = hm["handle"].replace("\\", "")
    is_twitter = _TWITTER_HANDLE.fullmatch(handle) is not None
    if not is_twitter and _DOMAIN_HANDLE.fullmatch(handle) is None:
        return None
    # The dash and the name before the handle.
    line_start, real = _line_bounds(text, p, _SIGNATURE_REACH)
    dm = _LINE_DASH.match(text, line_start, p) if real else None
    if dm is not None:
        dash, name_start, inline = dm.start("dash"), dm.end(), False
    else:
        window = text[line_start:p]
        cut = max(window.rfind(d) for d in _INLINE_DASHES)
        if cut < 0:
            return None
        dash = line_start + cut
        name_start = dash + (2 if text.startswith("--", dash) else 1)
        inline = True
    name = text[name_start:p].strip()
    if not name or len(name) > _MAX_NAME or "\n" in name:
        return None
    # The date after the handle: on the line, as a markdown link, or on the next line.
    line_end = _line_end(text, hm.end())
    q = hm.end()
    while q < line_end and text[q] in " \t\u00a0\u202f":
        q += 1
    date = url = date_text = None
    end = hm.end()
    md = _MD_DATE.match(text, q, line_end + _MAX_WRAPPED)
    if md is not None:
        date_text = _MD_WRAP.sub(" ", md["date"]).strip()
        date, url, end = parse_date(date_text), md["url"], md.end()
    elif q < line_end:
        dm2 = match_date(text, q, line_end)
        if dm2 is None:
            return None  # a tail that is not a date: a credit line, a sentence
        date, date_text, end = dm2.date, text[q : dm2.end].strip(), dm2.end
    else:
        nxt = _next_line_date(text, line_end)
        if nxt is not None:
            date, date_text, end = nxt
        elif inline and not ends_with_link(text[max(0, dash - 40) : dash]):
            return None  # glued, dateless: only a post's link vouches for it
    status = _POST_URL.search(text, hm.end(), max(end, line_end))
    url = status[0] if status else url
    bluesky = not is_twitter
    return _Found(
        platform="bluesky" if bluesky else "twitter",
        start=dash,
        end=end,
        sig_start=dash,
        author=name,
        handle=handle,
        date=date,
        date_text=date_text,
        url=url,
        status_id=_status_id(status) if status else None,
        limit=_limit("bluesky" if bluesky else "twitter", date),
        inline=inline,
    )


def _next_line_date(text: str, line_end: int) -> tuple[dt.date, str, int] | None:
    """A date alone on the next non-blank line (extractors that break before it)."""
    pos = line_end
    for _ in range(3):
        if pos >= len(text) or text[pos] not in "\r\n":
            return None
        pos += 1
        nxt_end = _line_end(text, pos)
        line = text[pos:nxt_end]
        if line.strip():
            lead = len(line) - len(line.lstrip(" \t>\u00a0"))
            dm = match_date(text, pos + lead, nxt_end)
            if dm is None or text[dm.end : nxt_end].strip():
                return None
            return dm.date, text[dm.start : dm.end], dm.end
        pos = nxt_end
    return None


def _status_id(m: regex.Match[str]) -> str | None:
    for group in ("tw_id", "bs_id", "ig_id", "th_id", "tt_id"):
        if m[group]:
            return m[group]
    return None


def _limit(platform: str, date: dt.date | None) -> int:
    if platform == "bluesky":
        return _BLUESKY_LIMIT
    if platform == "facebook":
        return _FACEBOOK_LIMIT
    if date is not None and date < _LIMIT_DOUBLED:
        return _OLD_TWEET_LIMIT
    return _TWEET_LIMIT


# --- where a post's text begins ---------------------------------------------------------


def _text_start(text: str, f: _Found, floor: int) -> int:
    """Where the post's text begins, reading back from its attribution line."""
    assert f.limit is not None
    if f.inline:
        return _inline_start(text, f, floor)
    lo = max(floor, f.sig_start - _TEXT_REACH)
    window = text[lo : f.sig_start]
    blocks = split_blocks(window)
    start = f.sig_start
    total = 0
    taken: str | None = None  # the block taken last (the one below the current)
    post = ""  # the text taken so far
    for k in range(len(blocks) - 1, -1, -1):
        b = blocks[k]
        chunk = window[b.start : b.end]
        if b.start == 0 and lo > floor and text[lo - 1] not in "\r\n":
            break  # cut by the window: far too long to be a post
        if not _HAS_WORD.search(chunk):
            continue  # a line of markup (``>``, ``|``): neither text nor boundary
        size = weight(chunk)
        if taken is None:
            if (
                size > f.limit * _NEAREST_SLACK
                or _is_embed_line(chunk)
                or _introduces_post(chunk)  # the post's text is gone: only its lead-in
                or (_reads_like_report(chunk) and not _has_post_marks(chunk))
            ):
                break
        elif (
            total + size + 1 > f.limit
            or ends_with_link(chunk)  # the end of another post
            or _TABLE_ROW.fullmatch(chunk)  # page layout, never a post's text
            or (b.bullet and k > 0 and blocks[k - 1].bullet)  # a list that goes on above
            or taken.startswith("RT @")  # a repost's text starts at its ``RT @``
            or _other_language(chunk, post)
            or _introduces_post(chunk)  # ``He tweeted:``: the article's words
            or _reads_like_report(chunk)  # the article telling, not the post
            or not _belongs_to_post(chunk, window, blocks, k, post)
        ):
            break
        total += size + (taken is not None)
        taken = chunk
        post = f"{chunk}\n{post}"
        start = lo + b.start
    return start


# A line of a post rarely runs past this weight; a longer one that ends a sentence
# with a full stop reads like an article's paragraph (calibrated on the dev corpus:
# the longest such tweet line there weighs 145, news paragraphs mostly 170 and more).
_TYPICAL_LINE = 150
# Full stops that end a statement (not ``!``, ``?`` or ``…``, which posts end with).
_FULL_STOP = regex.compile(r"[.。۔][\"'”’»)\]]{0,3}\s*$")
_POST_MARK = regex.compile(
    r"pic\.twitter\.com/|https?://t\.co/"
    r"|(?<![\p{L}\p{N}_&])[#＃][\p{L}_]|(?<![\p{L}\p{N}_.])@[\p{L}\p{N}_]"
)
# A link and the rest of its token (a post's last "sentence" may be its media link).
_LINK = regex.compile(r"(?:pic\.twitter\.com/|https?://)\S*")
_LEAD_WORDS = regex.compile(r"[\p{L}\p{M}’']+")
# How many words open a block for the reporting-verb test (a cue and its subject).
_LEAD_SPAN = 4


def _has_post_marks(chunk: str) -> bool:
    """A post's own tokens: a ``t.co`` or media link, a hashtag or a mention."""
    return _POST_MARK.search(chunk) is not None


def _reads_like_report(chunk: str) -> bool:
    """A block that opens with a reporting verb (``وأكد الوزير``, ``He said``).

    Such a block is the article telling what was said, never the post saying it:
    the verbs are the reporting cues of ``quote_cues.tsv``.
    """
    words = [fold_word(w) for w in _LEAD_WORDS.findall(chunk[:120])[:_LEAD_SPAN]]
    # subject first too: ``Der Kanzler erklärte``
    return any(_reporting_verb_at(words, i) for i in range(len(words)))


def _reporting_verb_at(words: list[str], i: int) -> bool:
    """Whether a reporting verb or participle starts at folded word *i* of *words*."""
    lex = lexicon()
    if not lex.starts(words[i]):
        return False
    cue, _ = lex.cue(words[i:])
    return cue is not None and cue.role in ("verb", "participle")


def _belongs_to_post(chunk: str, window: str, blocks: tuple[Block, ...], k: int, post: str) -> bool:
    """Positive evidence that block *k*, above the post's nearest block, is the post's.

    Without it the post is its nearest block alone: a block the article wrote is lost
    from the body if taken, which is worse than a post cut short.
    """
    if _has_post_marks(chunk):
        return True
    if _FULL_STOP.search(chunk) is None:
        return True  # a line with no final full stop: a post's line, a list item
    if weight(chunk) <= _TYPICAL_LINE:
        return True  # a short sentence
    if _speaks_for_itself(chunk):
        return True  # ``Präsident Macron und ich haben…``: the author's own voice
    # A long statement: the post's only if it is in the post's language and the
    # block above it is not (a German post on an Arabic page).
    above = next(
        (
            window[b.start : b.end]
            for b in reversed(blocks[:k])
            if _HAS_WORD.search(window[b.start : b.end])
        ),
        None,
    )
    return above is not None and _other_language(above, f"{chunk}\n{post}")


# Quotation marks: a paragraph holding them may be the article quoting a speaker.
_QUOTE_MARK = regex.compile(r"[\"«»“”„‹›]")


@functools.cache
def _first_person() -> dict[str, frozenset[str]]:
    words: dict[str, set[str]] = {}
    for row in load_table("post_voice.tsv"):
        words.setdefault(row["lang"], set()).add(fold_word(row["word"]))
    return {lang: frozenset(w) for lang, w in words.items()}


def _speaks_for_itself(chunk: str) -> bool:
    """A first-person statement with no quotation and no reporting verb in it."""
    if _QUOTE_MARK.search(chunk):
        return False
    lang = detect_lang(chunk, min_votes=_LANGUAGE_VOTES)
    words = [fold_word(w) for w in _LEAD_WORDS.findall(chunk)]
    if lang is None or _first_person().get(lang, frozenset()).isdisjoint(words):
        return False
    return not any(_reporting_verb_at(words, i) for i in range(len(words)))


@functools.cache
def _intro_words() -> regex.Pattern[str]:
    words = alternation(row["word"] for row in load_table("post_intros.tsv"))
    # Latin words must start a word; Arabic ones may follow a proclitic (وغرد).
    return regex.compile(rf"(?<!\p{{Latin}})(?:{words})", regex.IGNORECASE)


def _introduces_post(chunk: str) -> bool:
    """A line that leads in to a post: it ends with a colon and names the platform."""
    return chunk.rstrip().endswith((":", "\N{FULLWIDTH COLON}")) and bool(
        _intro_words().search(chunk)
    )


# Function words a block needs before its language may set it apart from a post's.
_LANGUAGE_VOTES = 2


def _other_language(chunk: str, post: str) -> bool:
    """Whether *chunk* is in another script, or clearly another language, than *post*."""
    mine, theirs = dominant_script(chunk), dominant_script(post)
    if mine and theirs and mine != theirs:
        return True
    mine = detect_lang(chunk, min_votes=_LANGUAGE_VOTES)
    theirs = detect_lang(post, min_votes=_LANGUAGE_VOTES)
    return bool(mine and theirs and mine != theirs)


def _is_embed_line(chunk: str) -> bool:
    """A line that belongs to another embed (its attribution line)."""
    return _HANDLE_OPEN.search(chunk) is not None and chunk.lstrip(" \t>").startswith(
        ("—", "–", "―", "-")
    )


def _inline_start(text: str, f: _Found, floor: int) -> int:
    """The start of a post glued to the end of a sentence: whole sentences, within limit."""
    assert f.limit is not None
    line_start, _ = _line_bounds(text, f.sig_start, _TEXT_REACH)
    lo = max(line_start, floor)
    region = text[lo : f.sig_start]
    best: int | None = None
    post_script: str | None = None
    worded = False  # the post taken so far holds words, not only its links
    for s in reversed([0, *(m.end() for m in _SENTENCE_END.finditer(region))]):
        piece = region[s:].strip()
        if not piece:
            continue
        sentence_script = dominant_script(region[s:] if best is None else region[s:best])
        if sentence_script and post_script and sentence_script != post_script:
            break
        if weight(piece) > f.limit * (_NEAREST_SLACK if best is None else 1):
            break
        sentence = region[s:best].strip() if best is not None else piece
        if _reads_like_report(sentence) and (best is not None or not _has_post_marks(piece)):
            break  # the article's sentence, not the post's
        if worded and not (_has_post_marks(sentence) or _speaks_for_itself(sentence)):
            # A sentence before the post's last, in the same line as the article's:
            # only a post's tokens or its author's voice tell it from the article's.
            break
        post_script = post_script or sentence_script
        worded = worded or _HAS_WORD.search(_LINK.sub("", sentence)) is not None
        best = s
    if best is None:
        return f.sig_start
    return lo + best + len(region[best:]) - len(region[best:].lstrip())


# --- Instagram, Facebook, Mastodon, Threads, placeholders -------------------------------


@functools.cache
def _cue_pattern() -> regex.Pattern[str]:
    phrases = sorted({row["phrase"] for row in _cues()}, key=lambda p: (-len(p), p))
    alternation = "|".join(regex.escape(p) for p in phrases)
    return regex.compile(rf"(?m)^[ \t>\u00a0]{{0,120}}(?P<cue>{alternation})")


@functools.cache
def _cue_rows() -> dict[str, dict[str, str]]:
    return {row["phrase"]: row for row in _cues()}


def _cue_embeds(text: str) -> list[_Found]:
    """Posts marked by a platform's interface phrases (``A post shared by`` …)."""
    if not any(row["phrase"] in text for row in _cues()):
        return []
    out: list[_Found] = []
    pending: _Found | None = None  # an Instagram opening line waiting for its close
    for m in _cue_pattern().finditer(text):
        row = _cue_rows()[m["cue"]]
        line_end = _line_end(text, m.end())
        rest = text[m.end() : line_end]
        role, platform = row["role"], row["platform"]
        found: _Found | None = None
        if role in ("start", "placeholder"):
            if rest.strip():
                continue  # the phrase inside a sentence
            found = _Found(platform, m.start("cue"), m.end(), m.start("cue"))
            if (
                role == "placeholder"
                and out
                and out[-1].platform == platform
                and _adjacent(text, out[-1].end, found.start)
            ):  # ``Post by @u@i`` + ``View on Mastodon``
                out[-1].end = found.end
                continue
        elif role == "shared_by":
            found = _shared_by(text, m, row, line_end)
        elif role == "posted_by":
            found = _posted_by(text, m, row, line_end)
        elif role == "post_by":
            hm = regex.match(r"[ \t]+@(?P<h>[\w.]{1,30}@[\w.-]{1,253})[ \t]*$", rest)
            if hm is not None:
                found = _Found(
                    platform, m.start("cue"), m.end() + hm.end(), m.start("cue"), handle=hm["h"]
                )
        if found is None:
            continue
        if pending is not None:
            if (
                role == "shared_by"
                and found.platform == pending.platform
                and found.start - pending.end < 3000
            ):
                found.start = pending.start
                found.sig_start = pending.start
            else:
                out.append(pending)
            pending = None
        if role == "start":
            pending = found
        else:
            out.append(found)
    if pending is not None:
        out.append(pending)
    return out


def _adjacent(text: str, end: int, start: int) -> bool:
    return 0 <= start - end < 8 and not text[end:start].strip()


def _shared_by(text: str, m: regex.Match[str], row: dict[str, str], line_end: int) -> _Found | None:
    """``A post shared by NAME (@handle) on DATE``; the date is often absent."""
    line = text[m.end() : line_end]
    handles = list(_HANDLE_IG.finditer(line))
    if not handles:
        return None
    hm = handles[-1]  # names may hold parentheses; the handle is the last group
    name = line[: hm.start()].strip()
    end = m.end() + hm.end()
    date = date_text = None
    tail = line[hm.end() :]
    joiner = regex.match(rf"[ \t\u00a0]+{regex.escape(row['joiner'])}\b[ \t\u00a0]*", tail)
    if joiner is not None:
        end = m.end() + hm.end() + joiner.end()
        pos = end
        dm = match_date(text, pos, line_end)
        if dm is not None:
            date, date_text, end = dm.date, text[dm.start : dm.end], dm.end
        elif text[pos:line_end].strip():
            date_text = text[pos:line_end].strip()
            end = pos + len(text[pos:line_end].rstrip())
        else:
            end = m.end() + hm.end()
    return _Found(
        row["platform"],
        m.start("cue"),
        end,
        m.start("cue"),
        author=name or None,
        handle=hm["handle"],
        date=date,
        date_text=date_text,
    )


_HANDLE_IG = regex.compile(r"\([ \t]{0,3}@(?P<handle>[\w.]{1,30})[ \t]{0,3}\)")


def _posted_by(text: str, m: regex.Match[str], row: dict[str, str], line_end: int) -> _Found | None:
    """``Posted by NAME on WEEKDAY, DATE``: Facebook always prints the weekday."""
    joiner = regex.compile(rf"[ \t\u00a0]+{regex.escape(row['joiner'])}[ \t\u00a0]+")
    for jm in joiner.finditer(text, m.end(), line_end):
        dm = match_date(text, jm.end(), line_end)
        if dm is None or not dm.weekday or text[dm.end : line_end].strip():
            continue
        name = text[m.end() : jm.start()].strip()
        if not name or len(name) > _MAX_NAME:
            return None
        if not _facebook_context(text, m.start("cue"), text[dm.start : dm.end]):
            return None  # a blog's byline: ``Posted by Admin on Monday, March 2, 2020``
        return _Found(
            row["platform"],
            m.start("cue"),
            dm.end,
            m.start("cue"),
            author=name,
            date=dm.date,
            date_text=text[dm.start : dm.end],
            limit=_FACEBOOK_LIMIT,
        )
    return None


# A Facebook marker in the post above its byline: a link to Facebook, the entity
# Facebook writes for ``@``.
_FACEBOOK_MARK = regex.compile(r"facebook\.com/|fb\.(?:com|me|watch)/|&#0?64;")
# How far above the byline the post's last line is looked for.
_BYLINE_REACH = 600


def _facebook_context(text: str, cue_start: int, date_text: str) -> bool:
    """Whether a ``Posted by`` line closes a Facebook post rather than a blog's article.

    Facebook keeps ``Posted by`` in English and prints the date in the copier's
    language, cuts a long post with ``…`` and links its tags and mentions; a blog's
    byline has none of that. Evidence is a localized date or, on the post's last
    line, a hashtag, a mention, a Facebook link, the cut, or a post's ``!``.
    """
    if _localized(date_text):
        return True
    above = text[max(0, cue_start - _BYLINE_REACH) : cue_start].rstrip()
    last = above[above.rfind("\n") + 1 :].strip()
    if not last:
        return False  # standing alone: nothing above it to be the post
    return (
        _has_post_marks(last)
        or _FACEBOOK_MARK.search(last) is not None
        or last.endswith(("…", "...", "!"))
    )


@functools.cache
def _english_date_words() -> frozenset[str]:
    months = (r["name"] for r in load_table("months.tsv") if r["lang"] == "en")
    words = (r["word"] for r in load_table("date_words.tsv") if r["lang"] == "en")
    return frozenset(w.casefold() for w in (*months, *words))


def _localized(date_text: str) -> bool:
    """Whether a date holds a word that is not English (``jueves, 22 de marzo``)."""
    english = _english_date_words()
    return any(w.casefold() not in english for w in _LEAD_WORDS.findall(date_text))


# --- TikTok ---------------------------------------------------------------------------


def _tiktok(text: str) -> list[_Found]:
    """``@handle text`` … ``♬ original sound - name``: from the handle to the sound."""
    out: list[_Found] = []
    pos = text.find(_TIKTOK_NOTE)
    while pos >= 0:
        line_start, _ = _line_bounds(text, pos, _TEXT_REACH)
        end = _line_end(text, pos)
        start = line_start
        found = None
        for _ in range(_TIKTOK_REACH):
            hm = _TIKTOK_START.match(text, start)
            if hm is not None:
                at = hm.start("handle") - 1
                found = _Found("tiktok", at, len(text[:end].rstrip()), at, handle=hm["handle"])
                break
            if start == 0:
                break
            start, real = _line_bounds(text, start - 1, _TEXT_REACH)
            if not real:
                break
        if found is not None:
            out.append(found)
        pos = text.find(_TIKTOK_NOTE, end)
    return out


# --- fields -----------------------------------------------------------------------------


def _embed(text: str, f: _Found, start: int) -> Embed:
    """Build the `Embed` of *f* whose text runs from *start* to its attribution line."""
    if f.platform in ("instagram", "tiktok", "mastodon"):
        raw = _inner_text(text, f)
    else:
        raw = text[start : f.sig_start] if f.limit is not None else ""
    post = clean_post(raw)
    fields = post_fields(post, own_handle=f.handle if f.platform == "tiktok" else None)
    return Embed(
        platform=f.platform,
        start=min(start, f.start),
        end=f.end,
        author=f.author,
        handle=f.handle,
        date=f.date,
        date_text=f.date_text,
        text=post,
        urls=fields.urls,
        media=fields.media,
        hashtags=fields.hashtags,
        mentions=fields.mentions,
        lang=fields.lang,
        status_id=f.status_id,
        url=f.url,
        truncated=fields.truncated,
    )


def _inner_text(text: str, f: _Found) -> str:
    """The caption between an opening line and a closing line, or after a TikTok handle."""
    if f.platform == "tiktok":
        body = text[f.start : f.end]
        note = body.rfind(_TIKTOK_NOTE)
        return _TIKTOK_HANDLE.sub("", body[:note] if note >= 0 else body)
    first = _line_end(text, f.start)
    close = text.rfind("\n", first, f.end)
    return text[first:close] if close > first else ""
