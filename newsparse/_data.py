"""Loaders for the tables in ``newsparse/data/``, read once per process.

Every data file is UTF-8 text. Its first line is ``# newsparse-data: NAME vN``; other
lines starting with ``#`` are comments and blank lines are skipped. A ``.tsv`` file's
first non-comment line names its columns; each later line is one row of
tab-separated cells, as many as there are columns (trailing empty cells may be left
out). See ``newsparse/data/README.md`` for what each file holds.
"""

from __future__ import annotations

import functools
import importlib.resources

import regex

from newsparse.errors import DataFormatError

__all__ = ["data_names", "load_lines", "load_table"]

_HEADER = regex.compile(r"# newsparse-data: (?P<name>[\w.-]+) v(?P<version>\d+)\s*")


def data_names() -> tuple[str, ...]:
    """Return the names of the data files the package ships, sorted."""
    root = importlib.resources.files("newsparse").joinpath("data")
    return tuple(sorted(p.name for p in root.iterdir() if p.name.endswith((".tsv", ".txt"))))


@functools.cache
def _read(name: str) -> tuple[tuple[int, str], ...]:
    if name not in data_names():
        msg = f"no data file named {name!r}; known: {', '.join(data_names())}"
        raise LookupError(msg)
    raw = importlib.resources.files("newsparse").joinpath("data", name).read_text("utf-8")
    lines = raw.split("\n")
    m = _HEADER.fullmatch(lines[0])
    if m is None or m["name"] != name.rsplit(".", 1)[0]:
        raise DataFormatError(name, 1, "first line must be '# newsparse-data: NAME vN'")
    return tuple(
        (n, line.rstrip("\r"))
        for n, line in enumerate(lines, start=1)
        if line.strip() and not line.startswith("#")
    )


@functools.cache
def load_lines(name: str) -> tuple[str, ...]:
    """Return the entries of a one-entry-per-line ``.txt`` data file, in file order."""
    return tuple(line.strip() for _, line in _read(name))


@functools.cache
def load_table(name: str) -> tuple[dict[str, str], ...]:
    """Return the rows of a ``.tsv`` data file as dicts keyed by its column names."""
    rows = _read(name)
    if not rows:
        raise DataFormatError(name, 1, "no column header")
    columns = rows[0][1].split("\t")
    out = []
    for n, line in rows[1:]:
        cells = line.split("\t")
        if len(cells) > len(columns):
            raise DataFormatError(name, n, f"{len(cells)} cells for {len(columns)} columns")
        cells += [""] * (len(columns) - len(cells))
        out.append(dict(zip(columns, cells, strict=True)))
    return tuple(out)
