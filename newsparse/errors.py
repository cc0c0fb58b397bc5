"""Exceptions newsparse raises, and the type check every entry point shares."""

from __future__ import annotations

from typing import Any

__all__ = ["DataFormatError", "NewsparseError", "check_flag", "check_text"]


class NewsparseError(ValueError):
    """Base class of the errors newsparse raises on its own account."""


class DataFormatError(NewsparseError):
    """A data file in ``newsparse/data`` is malformed (a packaging bug, never input)."""

    def __init__(self, name: str, line: int, reason: str) -> None:
        """Record which file and line are wrong, and why."""
        self.name = name
        self.line = line
        self.reason = reason
        super().__init__(f"{name}, line {line}: {reason}")


def check_text(text: Any, *, func: str) -> str:
    """Return *text* if it is a `str`; raise a `TypeError` saying what to pass if not.

    >>> check_text(b"x", func="parse")
    Traceback (most recent call last):
    ...
    TypeError: parse() takes a str, got bytes: decode it first, e.g. data.decode('utf-8')
    """
    if isinstance(text, str):
        return text
    if isinstance(text, bytes | bytearray | memoryview):
        msg = (
            f"{func}() takes a str, got {type(text).__name__}: "
            "decode it first, e.g. data.decode('utf-8')"
        )
    else:
        msg = f"{func}() takes a str, got {type(text).__name__}"
    raise TypeError(msg)


def check_flag(value: Any, *, name: str, func: str) -> bool:
    """Return *value* if it is a `bool`; raise a `TypeError` saying what to pass if not.

    A truthy string such as ``"no"`` would silently switch an option on: refuse it.

    >>> check_flag("yes", name="indirect_quotes", func="parse")
    Traceback (most recent call last):
    ...
    TypeError: parse() takes indirect_quotes=True or False, got str
    """
    if isinstance(value, bool):
        return value
    msg = f"{func}() takes {name}=True or False, got {type(value).__name__}"
    raise TypeError(msg)
