"""Coverage-guided fuzzing of the whole public API with atheris.

    pip install atheris
    python fuzz/fuzz_parse.py -max_total_time=600 fuzz/corpus   # ten minutes

The seed corpus folder is filled from the dev corpus pages on the first run (when
it is empty). Each input is decoded as UTF-8 (with surrogateescape, so any bytes
make a str), then every public entry point runs on it and the invariants of
DESIGN.md are checked: segments partition the input, every located object points
inside it. Any exception is a finding: turn it into a regression test.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import newsparse

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "texts"


def check(text: str) -> None:
    """Run the API on *text* and assert the contract's invariants."""
    article = newsparse.parse(text)
    pos = 0
    for seg in article.segments:
        assert seg.start == pos, (pos, seg)
        pos = seg.end
    assert pos == len(text)
    for sub in article.appended:
        assert 0 <= sub.start <= sub.end <= len(text)
    for item in (*article.embeds, *article.quotes):
        assert 0 <= item.start <= item.end <= len(text), item
    assert newsparse.Article.from_dict(article.to_dict()) == article
    for preset in ("display", "search"):
        once = newsparse.normalize_arabic(text, preset=preset)
        assert newsparse.normalize_arabic(once, preset=preset) == once
        norm = newsparse.normalize_arabic_with_map(text, preset=preset)
        assert norm.text == once
        assert 0 <= norm.source_index(len(norm.text)) <= len(text)
    repaired = newsparse.repair_spacing_with_map(text)
    assert repaired.text == newsparse.repair_spacing(text)
    assert repaired.text.replace(" ", "") == text.replace(" ", "")
    for item in (*newsparse.find_embeds(text), *newsparse.extract_quotes(text, indirect=True)):
        assert 0 <= item.start <= item.end <= len(text), item
    newsparse.remove_boilerplate(text)
    newsparse.parse_date(text[:80])
    newsparse.to_record(text)
    newsparse.render_html(text, article)


def test_one_input(data: bytes) -> None:
    """The atheris entry point."""
    check(data.decode("utf-8", errors="surrogateescape"))


def main() -> None:
    folders = [Path(a) for a in sys.argv[1:] if not a.startswith("-")]
    for folder in folders:
        if folder.is_dir() and SEEDS.is_dir() and not any(folder.glob("*.txt")):
            for page in SEEDS.glob("*.txt"):
                (folder / page.name).write_bytes(page.read_bytes()[:4000])
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
