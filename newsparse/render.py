r"""An HTML view of a parsed article, like displaCy for spaCy.

`newsparse.render_html` returns one self-contained page (inline CSS, no script, no network):
the page's segments coloured by kind with a legend, embedded posts as cards with
author, handle and date, quotations highlighted with the speaker on hover, and each
block's direction from its language, so Arabic reads right to left.

The page keeps the original: the text content of each ``.np-text`` element is
the input (line ends aside, which HTML parsers fold to ``\n``), every segment carries
its ``data-start``/``data-end`` offsets, and the exact input is stored as JSON in
``<script type="application/json" class="np-input">``.

>>> from newsparse import parse
>>> text = "قال الوزير إن المحادثات مستمرة.\n\nThe talks go on."
>>> page = render_html(text)
>>> page.startswith("<!DOCTYPE html>")
True
>>> '<div class="np-seg np-k-body" data-kind="body" data-start="0" data-end="31" dir="rtl"' in page
True
>>> 'data-start="33" data-end="49" dir="ltr"' in page
True
"""

from __future__ import annotations

import bisect
import functools
import html
import json
from collections.abc import Sequence

import regex

from newsparse._data import load_lines
from newsparse.errors import check_text
from newsparse.model import Article, Embed, Quote, Segment, SegmentKind
from newsparse.parse import parse

__all__ = ["KIND_COLOURS", "page_end", "page_start", "render_html", "render_section"]

#: Background colour of each segment kind in the view.
KIND_COLOURS: dict[SegmentKind, str] = {
    SegmentKind.BODY: "#ffffff",
    SegmentKind.TITLE: "#cfe3ff",
    SegmentKind.SUBHEADING: "#e3eeff",
    SegmentKind.EMBED: "#e6f6ff",
    SegmentKind.SOURCE: "#ffe9c7",
    SegmentKind.TAGS: "#f1e4ff",
    SegmentKind.READ_ALSO: "#ffd9d9",
    SegmentKind.RELATED: "#ffe0ef",
    SegmentKind.APPENDED: "#e8e8e8",
    SegmentKind.SHARE: "#fff4b8",
    SegmentKind.COPYRIGHT: "#e0f0d8",
    SegmentKind.BYLINE: "#d8f3ec",
    SegmentKind.DATELINE: "#dcefe0",
    SegmentKind.CAPTION: "#f6ecd9",
    SegmentKind.AD: "#ffc9b0",
    SegmentKind.NAV: "#dfe3ea",
    SegmentKind.COMMENT: "#efe6dc",
    SegmentKind.DUPLICATE: "#f3d6f7",
    SegmentKind.BLANK: "#ffffff",
    SegmentKind.BOILERPLATE: "#d9d9d9",
}

_STYLE = """
body { font: 16px/1.7 system-ui, "Noto Naskh Arabic", "Noto Sans", sans-serif;
  margin: 2rem auto; max-width: 52rem; padding: 0 1rem; color: #1d1d1f; background: #fafafa; }
h1 { font-size: 1.1rem; font-weight: 600; }
.np-page { margin-bottom: 3rem; }
.np-legend { display: flex; flex-wrap: wrap; gap: .4rem; margin: .5rem 0 1rem;
  font-size: .8rem; direction: ltr; }
.np-legend span { border: 1px solid #bbb; border-radius: .3rem; padding: 0 .45rem; }
.np-text { white-space: pre-wrap; overflow-wrap: anywhere; }
.np-seg { border-radius: .3rem; padding: .25rem .6rem; margin: .25rem 0;
  border: 1px solid transparent; }
.np-seg:not(.np-k-body):not(.np-k-subheading) { border-color: #ccc; }
.np-seg:not(.np-k-body)::before { content: attr(data-kind); float: inline-end;
  font: 600 .7rem/1.6 system-ui, sans-serif; color: #666; margin-inline-start: .6rem; }
.np-k-subheading { font-weight: 600; }
.np-blank { display: none; }
.np-embed { margin: .6rem 0; padding: .2rem .4rem .4rem; border: 1px solid #8ab8e0;
  border-radius: .6rem; background: #f4faff; }
.np-embed::before { display: block; content: attr(data-header); direction: ltr;
  unicode-bidi: plaintext; font: 600 .8rem/2 system-ui, sans-serif; color: #235; }
.np-quote { background: #fff1a8; border-radius: .2rem; padding: 0 .1rem; cursor: help; }
.np-quote.np-q-indirect { background: #e9f7c8; }
.np-speaker { background: none; text-decoration: underline 2px #d08a00;
  text-underline-offset: .25em; }
"""


@functools.cache
def _rtl_languages() -> frozenset[str]:
    return frozenset(load_lines("rtl_languages.txt"))


_STRONG_RTL = regex.compile(r"[\p{Bidi_Class=R}\p{Bidi_Class=AL}]")
_STRONG_LTR = regex.compile(r"\p{Bidi_Class=L}")
# Characters an HTML page cannot carry as they are.
_UNSAFE = regex.compile(r"[\x00\p{Cs}]")


def direction(lang: str | None, text: str) -> str | None:
    """Return ``"rtl"`` or ``"ltr"`` for a block, or None when it has no letters.

    The language decides when it is known; otherwise the block's letters do: it is
    right to left when most of its strongly directional letters are (Arabic, Hebrew,
    Syriac, Thaana, …).

    >>> direction("fa", "Tehran"), direction(None, "قال الوزير Blinken"), direction(None, "2023")
    ('rtl', 'rtl', None)
    """
    if lang:
        return "rtl" if lang.split("-")[0].lower() in _rtl_languages() else "ltr"
    rtl = len(_STRONG_RTL.findall(text))
    ltr = len(_STRONG_LTR.findall(text))
    if rtl == ltr == 0:
        return None
    return "rtl" if rtl >= ltr else "ltr"


def _esc(text: str) -> str:
    return html.escape(_UNSAFE.sub("\ufffd", text), quote=False)


def _attr(text: str) -> str:
    return html.escape(_UNSAFE.sub("\ufffd", text), quote=True)


def _json_script(text: str) -> str:
    """Encode *text* as JSON that is safe inside a ``<script>`` element."""
    data = json.dumps(text, ensure_ascii=False).replace("<", "\\u003c")
    return _UNSAFE.sub(lambda m: f"\\u{ord(m[0]):04x}", data)


@functools.cache
def _kind_style() -> str:
    return "".join(f".np-k-{k.value} {{ background: {c}; }}\n" for k, c in KIND_COLOURS.items())


def page_start(title: str) -> str:
    """Return the start of a view page, up to the first article section."""
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_esc(title)}</title>\n<style>{_STYLE}{_kind_style()}</style>\n"
        "</head>\n<body>\n"
    )


def page_end() -> str:
    """Return the end of a view page, after the last article section."""
    return "</body>\n</html>\n"


def render_html(text: str, /, article: Article | None = None, *, title: str | None = None) -> str:
    """Return a self-contained HTML page that shows how *text* was parsed.

    Args:
        text: the page as plain text, exactly as given to `newsparse.parse`.
        article: its parse; parsed here when None. Offsets must point into *text*.
        title: the page's title (default: the article's title, else "newsparse").

    Returns:
        The page as a `str` (write it as UTF-8).

    Raises:
        TypeError: *text* or *title* is not a `str`, or *article* not an `Article`.
    """
    check_text(text, func="render_html")
    if article is not None and not isinstance(article, Article):
        msg = f"render_html() takes article=None or an Article, got {type(article).__name__}"
        raise TypeError(msg)
    if title is not None:
        check_text(title, func="render_html")
    if article is None:
        article = parse(text)
    heading = title or article.title or "newsparse"
    return page_start(heading) + render_section(text, article, name=heading) + page_end()


def render_section(text: str, article: Article, *, name: str = "", line: int = 0) -> str:
    """Return one article's ``<section>`` of a view page (see `newsparse.render_html`).

    Args:
        text: the input the article was parsed from.
        article: the parse of *text*.
        name: a heading for the section (a file name, a title).
        line: the line of a JSON Lines input the page came from, or 0.
    """
    where = f"{name}:{line}" if line else name
    kinds = [k for k in SegmentKind if any(s.kind is k for s in article.segments)]
    kinds = [k for k in kinds if k is not SegmentKind.BLANK]
    legend = "".join(f'<span style="background:{KIND_COLOURS[k]}">{k.value}</span>' for k in kinds)
    legend += '<span class="np-quote">quote</span><span class="np-speaker">speaker</span>'
    parts = [
        f'<section class="np-page">\n<h1>{_esc(where)}</h1>\n',
        f'<div class="np-legend" aria-label="legend">{legend}</div>\n',
        f'<div class="np-text" data-length="{len(text)}">',
        *_segments_html(text, article),
        "</div>\n",
        f'<script type="application/json" class="np-input">{_json_script(text)}</script>\n',
        "</section>\n",
    ]
    return "".join(parts)


def _segments_html(text: str, article: Article) -> list[str]:
    """The segments in order; those inside an embed's span grouped into its card."""
    embeds = sorted(article.embeds, key=lambda e: e.start)
    quotes = sorted(article.quotes, key=lambda q: q.start)
    starts = [q.start for q in quotes]
    first = 0  # quotes before this one end before the current segment
    out: list[str] = []
    k = 0  # the next embed that may open
    open_embed: Embed | None = None
    for seg in article.segments:
        if open_embed is not None and seg.start >= open_embed.end:
            out.append("</figure>")
            open_embed = None
        while k < len(embeds) and embeds[k].end <= seg.start:
            k += 1
        if open_embed is None and k < len(embeds):
            e = embeds[k]
            if e.start <= seg.start and seg.end <= e.end:
                out.append(_card_start(e))
                open_embed = e
                k += 1
        while first < len(quotes) and quotes[first].end <= seg.start:
            first += 1
        # Only the quotes that may overlap this segment: the view stays linear in size.
        near = quotes[first : bisect.bisect_left(starts, seg.end, lo=first)]
        out.append(_segment_html(text, seg, near))
    if open_embed is not None:
        out.append("</figure>")
    return out


def _card_start(e: Embed) -> str:
    who = " ".join(x for x in (e.author, f"@{e.handle}" if e.handle else None) if x)
    when = e.date.isoformat() if e.date else e.date_text
    header = " · ".join(x for x in (e.platform, who, when) if x)
    return (
        f'<figure class="np-embed" data-platform="{_attr(e.platform)}" '
        f'data-header="{_attr(header)}" data-start="{e.start}" data-end="{e.end}">'
    )


def _segment_html(text: str, seg: Segment, quotes: Sequence[Quote]) -> str:
    source = text[seg.start : seg.end]
    if seg.kind is SegmentKind.BLANK:
        span = f'data-start="{seg.start}" data-end="{seg.end}"'
        return f'<span class="np-blank" {span}>{_esc(source)}</span>'
    dir_ = direction(seg.lang, source)
    attrs = f' dir="{dir_}"' if dir_ else ""
    if seg.lang:
        attrs += f' lang="{_attr(seg.lang)}"'
    inner = _marked(text, seg.start, seg.end, quotes)
    return (
        f'<div class="np-seg np-k-{seg.kind.value}" data-kind="{seg.kind.value}" '
        f'data-start="{seg.start}" data-end="{seg.end}"{attrs}>{inner}</div>'
    )


def _marked(text: str, start: int, end: int, quotes: Sequence[Quote]) -> str:
    """``text[start:end]`` escaped, with quotes and their speakers wrapped in marks."""
    marks: list[tuple[int, int, str]] = []
    for q in quotes:
        if q.end <= start or q.start >= end:
            continue
        label = f"{q.speaker or 'speaker unknown'}" + (f" — {q.cue}" if q.cue else "")
        marks.append(
            (
                max(q.start, start),
                min(q.end, end),
                f'<mark class="np-quote np-q-{q.kind.value}" title="{_attr(label)}" '
                f'data-speaker="{_attr(q.speaker or "")}">',
            )
        )
        if q.speaker_start is not None and q.speaker_end is not None:
            s, e = max(q.speaker_start, start), min(q.speaker_end, end)
            if s < e:
                marks.append((s, e, f'<mark class="np-speaker" title="{_attr(label)}">'))
    marks.sort(key=lambda m: (m[0], -m[1]))
    out: list[str] = []
    pos = start
    for s, e, tag in marks:
        if s < pos:  # overlaps the previous mark: keep the first
            continue
        out.append(_esc(text[pos:s]))
        out.append(tag + _esc(text[s:e]) + "</mark>")
        pos = e
    out.append(_esc(text[pos:end]))
    return "".join(out)
