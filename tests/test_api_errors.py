"""Every public function refuses wrong argument types and bad options with a clear message."""

import pytest

import newsparse
from newsparse.blocks import split_blocks

TEXT_FUNCTIONS = [
    newsparse.parse,
    newsparse.normalize_arabic,
    newsparse.normalize_arabic_with_map,
    newsparse.repair_spacing,
    newsparse.repair_spacing_with_map,
    newsparse.find_embeds,
    newsparse.extract_quotes,
    newsparse.remove_boilerplate,
    newsparse.parse_date,
    newsparse.to_record,
    newsparse.render_html,
    split_blocks,
]


@pytest.mark.parametrize("func", TEXT_FUNCTIONS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("bad", [b"\xd9\x82", bytearray(b"x"), None, 3, ["نص"]], ids=repr)
def test_non_str_text_is_a_type_error_naming_the_function(func, bad):
    with pytest.raises(
        TypeError, match=rf"{func.__name__}\(\) takes a str, got {type(bad).__name__}"
    ):
        func(bad)


@pytest.mark.parametrize("func", TEXT_FUNCTIONS, ids=lambda f: f.__name__)
def test_bytes_message_says_how_to_decode(func):
    with pytest.raises(TypeError, match=r"decode it first"):
        func(b"\xd9\x82")


@pytest.mark.parametrize("func", TEXT_FUNCTIONS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("text", ["", "\ud800", "\x00" * 3, "«" * 50, "\n" * 20])
def test_odd_content_never_raises(func, text):
    func(text)


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda: newsparse.parse("نص", indirect_quotes="no"),
            TypeError,
            r"indirect_quotes=True or False, got str",
        ),
        (
            lambda: newsparse.parse("نص", profile="site"),
            TypeError,
            r"parse\(\) takes profile=None or a BoilerplateProfile",
        ),
        (
            lambda: newsparse.remove_boilerplate("نص", profile=3),
            TypeError,
            r"remove_boilerplate\(\) takes profile=None",
        ),
        (
            lambda: newsparse.normalize_arabic("نص", preset="nope"),
            ValueError,
            r"unknown preset 'nope': pass one of",
        ),
        (
            lambda: newsparse.normalize_arabic("نص", no_such_option=True),
            ValueError,
            r"unknown option 'no_such_option'",
        ),
        (
            lambda: newsparse.render_html("نص", title=3),
            TypeError,
            r"render_html\(\) takes a str, got int",
        ),
        (
            lambda: newsparse.render_html("نص", article="x"),
            TypeError,
            r"article=None or an Article",
        ),
        (
            lambda: newsparse.learn_boilerplate(["a", "b"], min_share=5),
            ValueError,
            r"min_share must be",
        ),
        (
            lambda: newsparse.learn_boilerplate(["a", "b"], min_docs=-1),
            ValueError,
            r"min_docs must be",
        ),
    ],
)
def test_bad_options_say_what_to_pass(call, error, message):
    with pytest.raises(error, match=message):
        call()


@pytest.mark.parametrize("bad", ["one page as a str", b"bytes", None, 3])
def test_learn_boilerplate_wants_many_pages(bad):
    with pytest.raises(TypeError, match=r"learn_boilerplate\(\) takes an iterable of str"):
        newsparse.learn_boilerplate(bad)


def test_learn_boilerplate_names_a_bad_page():
    with pytest.raises(TypeError, match=r"learn_boilerplate\(\) takes a str, got bytes"):
        newsparse.learn_boilerplate(["صفحة", b"bytes"])


def test_quotes_can_be_switched_off():
    text = 'وقال الوزير إن "المحادثات مستمرة وستنتهي قريبا".\n\nوأضاف أن الاتفاق قريب.'
    full, lean = newsparse.parse(text), newsparse.parse(text, quotes=False)
    assert full.quotes
    assert lean.quotes == ()
    assert lean.segments == full.segments
    with pytest.raises(TypeError, match=r"quotes=True or False"):
        newsparse.parse(text, quotes=1)
