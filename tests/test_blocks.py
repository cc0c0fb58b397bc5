import pytest

from newsparse.blocks import Block, split_blocks


def test_each_line_is_a_block(seed_text):
    blocks = split_blocks(seed_text)
    lines = [ln for ln in seed_text.split("\n") if ln.strip(" \u00a0")]
    assert len(blocks) == len(lines)
    for block in blocks:
        assert "\n" not in seed_text[block.start : block.end]


def test_nbsp_only_lines_are_blank():
    text = "المصدر: موقع 24\n\u00a0\n \n\u200f\nكلمات دلالية: غزة"
    assert [text[b.start : b.end] for b in split_blocks(text)] == [
        "المصدر: موقع 24",
        "كلمات دلالية: غزة",
    ]


def test_offsets_exclude_indentation():
    text = "  • السفير نبيل فهمي: ما يحدث في غزة إجرام  \n"
    (block,) = split_blocks(text)
    assert text[block.start : block.end] == "• السفير نبيل فهمي: ما يحدث في غزة إجرام"
    assert block.bullet


@pytest.mark.parametrize(
    ("line", "bullet"),
    [
        ("• بايدن ونتانياهو يبحثان مقترح وقف إطلاق النار", True),
        ("- first item", True),
        ("* starred item", True),
        ("1. numbered item", True),
        ("١) بند مرقم", True),
        ("— The White House (@WhiteHouse) October 10, 2023", True),
        ("-5 degrees tonight", False),
        ("2023 was a hard year", False),
        ("قال البيت الأبيض إن الرئيس", False),
    ],
)
def test_bullets(line, bullet):
    (block,) = split_blocks(line)
    assert block.bullet is bullet


@pytest.mark.parametrize("sep", ["\n", "\r\n", "\r", "\u2028", "\u2029", "\x0c", "\x85"])
def test_every_line_break_separates(sep):
    text = f"الفقرة الأولى{sep}الفقرة الثانية"
    assert [text[b.start : b.end] for b in split_blocks(text)] == [
        "الفقرة الأولى",
        "الفقرة الثانية",
    ]


def test_empty_and_blank_inputs():
    assert split_blocks("") == ()
    assert split_blocks(" \n\u00a0\t\n\u200b") == ()
    assert split_blocks("x") == (Block(0, 1, False),)
