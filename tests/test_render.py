"""The HTML view: escaping, directions, cards, quote marks, and the original kept."""

import html.parser
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import Article, Embed, Quote, Segment, parse
from newsparse.render import direction, render_html, render_section

TEXT = (
    'قال الوزير: "المحادثات مستمرة".\n\n'
    "Great talks today. pic.twitter.com/abc\n"
    "— Jane Doe (@jdoe) October 10, 2023\n\n"
    "المصدر: وكالات"
)


def _article():
    """A hand-built parse of TEXT with an embed, a quote and a source line."""
    a, b = TEXT.index("Great"), TEXT.index("2023") + 4
    q = TEXT.index("المحادثات")
    src = TEXT.index("المصدر")
    return Article(
        segments=[
            Segment(kind="body", start=0, end=q + 17, text=TEXT[: q + 17], lang="ar"),
            Segment(kind="blank", start=q + 17, end=a),
            Segment(kind="embed", start=a, end=TEXT.index("\n", a), lang="en"),
            Segment(kind="blank", start=TEXT.index("\n", a), end=TEXT.index("—")),
            Segment(kind="embed", start=TEXT.index("—"), end=b),
            Segment(kind="blank", start=b, end=src),
            Segment(kind="source", start=src, end=len(TEXT)),
        ],
        embeds=[
            Embed(
                platform="twitter",
                start=a,
                end=b,
                author="Jane Doe",
                handle="jdoe",
                date="2023-10-10",
                date_text="October 10, 2023",
                text="Great talks today.",
            )
        ],
        quotes=[
            Quote(
                text="المحادثات مستمرة",
                start=q,
                end=q + 16,
                speaker="الوزير",
                speaker_start=4,
                speaker_end=10,
                cue="قال",
            )
        ],
        end=len(TEXT),
    )


class _Collect(html.parser.HTMLParser):
    """Collects the text inside .np-text and the attributes of every element."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.source = []
        self.elements = []
        self.script = []
        self.in_script = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.elements.append((tag, attrs))
        if self.depth or "np-text" in (attrs.get("class") or "").split():
            self.depth += 1
        self.in_script = tag == "script"

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1
        self.in_script = False

    def handle_data(self, data):
        if self.depth:
            self.source.append(data)
        if self.in_script:
            self.script.append(data)


def collect(page):
    c = _Collect()
    c.feed(page)
    return c


def test_text_content_of_the_source_is_the_input():
    c = collect(render_html(TEXT, _article()))
    assert "".join(c.source) == TEXT


def test_exact_input_is_kept_as_json():
    text = "a\r\nb</script><b>\x00\udc80"
    c = collect(render_html(text))
    assert json.loads("".join(c.script)) == text


def test_text_is_escaped():
    page = render_html('<img src=x onerror="alert(1)"> & "x"')
    assert "<img" not in page
    assert "&lt;img src=x onerror=&quot;" not in page  # text, not attribute escaping
    assert '&lt;img src=x onerror="alert(1)"&gt; &amp;' in page


def test_attributes_are_escaped():
    article = _article()
    evil = Embed(platform="x", start=0, end=len(TEXT), author='"><script>', handle=None)
    page = render_html(TEXT, Article(segments=article.segments, embeds=[evil], end=len(TEXT)))
    assert '"><script>' not in page
    assert "&quot;&gt;&lt;script&gt;" in page


def test_page_is_self_contained():
    page = render_html(TEXT, _article())
    assert "http://" not in page.replace("http://www.w3.org", "")
    assert "https://" not in page
    assert "<link" not in page
    assert "<script>" not in page  # the only script is data


def test_segments_coloured_by_kind_with_a_legend():
    c = collect(render_html(TEXT, _article()))
    kinds = [a["data-kind"] for t, a in c.elements if "data-kind" in a]
    assert kinds == ["body", "embed", "embed", "source"]
    legend = next(a for t, a in c.elements if a.get("class") == "np-legend")
    assert legend["aria-label"] == "legend"
    page = render_html(TEXT, _article())
    for kind in ("body", "embed", "source"):
        assert f">{kind}</span>" in page
    assert ">blank</span>" not in page


def test_embed_is_a_card_with_author_handle_and_date():
    c = collect(render_html(TEXT, _article()))
    cards = [a for t, a in c.elements if t == "figure"]
    assert len(cards) == 1
    assert cards[0]["data-header"] == "twitter · Jane Doe @jdoe · 2023-10-10"
    page = render_html(TEXT, _article())
    card = page[page.index("<figure") : page.index("</figure>")]
    assert card.count('data-kind="embed"') == 2  # both blocks of the post inside


def test_quote_highlighted_with_speaker_on_hover():
    c = collect(render_html(TEXT, _article()))
    marks = [a for t, a in c.elements if t == "mark"]
    assert [m["class"] for m in marks] == ["np-speaker", "np-quote np-q-direct"]
    assert marks[1]["title"] == "الوزير — قال"
    assert marks[1]["data-speaker"] == "الوزير"


def test_quote_without_speaker_says_so():
    article = _article()
    q = Quote(text="x", start=0, end=3)
    page = render_html(TEXT, Article(segments=article.segments, quotes=[q], end=len(TEXT)))
    assert 'title="speaker unknown"' in page


def test_direction_from_language_then_script():
    c = collect(render_html(TEXT, _article()))
    dirs = {
        a["data-kind"] + a["data-start"]: a.get("dir") for t, a in c.elements if "data-kind" in a
    }
    assert dirs["body0"] == "rtl"  # lang="ar"
    embed_start = str(TEXT.index("Great"))
    assert dirs["embed" + embed_start] == "ltr"  # lang="en"
    assert dirs["source" + str(TEXT.index("المصدر"))] == "rtl"  # no lang: Arabic letters


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ar", "Hello", "rtl"),
        ("fa-IR", "", "rtl"),
        ("ur", "", "rtl"),
        ("en", "مرحبا", "ltr"),
        ("de", "", "ltr"),
        (None, "قال الوزير إن Blinken", "rtl"),
        (None, "Blinken said قال", "ltr"),
        (None, "שלום", "rtl"),
        (None, "2023 — 10", None),
        (None, "", None),
    ],
)
def test_direction(lang, text, expected):
    assert direction(lang, text) == expected


def test_section_names_the_record():
    section = render_section(TEXT, parse(TEXT), name="corpus.jsonl", line=7)
    assert "<h1>corpus.jsonl:7</h1>" in section


def test_render_refuses_bytes():
    with pytest.raises(TypeError, match="render_html"):
        render_html(b"x")


def test_seed_renders_and_keeps_the_page(seed_text):
    c = collect(render_html(seed_text))
    assert "".join(c.source) == seed_text


@given(st.text())
def test_any_text_renders_and_its_json_gives_it_back(text):
    page = render_html(text)
    page.encode("utf-8")  # writable as UTF-8, whatever the input holds
    assert json.loads("".join(collect(page).script)) == text


def test_every_kind_has_a_colour_rule():
    from newsparse import SegmentKind
    from newsparse.render import KIND_COLOURS

    page = render_html("x")
    for kind in SegmentKind:
        assert f".np-k-{kind.value} {{ background: {KIND_COLOURS[kind]}; }}" in page
