"""Lint every data file the package ships (format rules in newsparse/data/README.md)."""

import importlib.resources
import unicodedata

import pytest

from newsparse._data import data_names, load_lines, load_table

README = importlib.resources.files("newsparse").joinpath("data", "README.md").read_text("utf-8")


def _raw(name: str) -> str:
    return importlib.resources.files("newsparse").joinpath("data", name).read_text("utf-8")


@pytest.mark.parametrize("name", data_names())
def test_file_is_clean(name):
    raw = _raw(name)
    assert unicodedata.is_normalized("NFC", raw), f"{name} is not NFC"
    for n, line in enumerate(raw.split("\n"), start=1):
        assert line == line.rstrip(), f"{name}:{n} has trailing white space"
        assert "\r" not in line, f"{name}:{n} has a carriage return"


@pytest.mark.parametrize("name", data_names())
def test_file_loads_without_duplicates(name):
    rows = (
        [tuple(r.values()) for r in load_table(name)] if name.endswith(".tsv") else load_lines(name)
    )
    assert rows, f"{name} is empty"
    assert len(rows) == len(set(rows)), f"{name} has duplicate rows"


@pytest.mark.parametrize("name", data_names())
def test_file_is_documented(name):
    assert f"`{name}`" in README, f"{name} is not listed in newsparse/data/README.md"


def test_unknown_name_is_refused():
    with pytest.raises(LookupError, match="no data file"):
        load_lines("no-such-file.txt")
