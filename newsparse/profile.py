r"""Learn a site's boilerplate from many of its pages: `learn_boilerplate`.

A line that recurs, word for word, at the top or the bottom of many pages of one
site is its boilerplate (a footer, a contact line, a "share" row); so is a short
prefix that many pages' edge lines share while their body paragraphs do not (a
byline pattern, a tag-run label like ``سمات``). The profile holds those lines and
prefixes in their normalized form; ``parse(text, profile=...)`` marks the blocks
that match them.

>>> pages = [f"خبر رقم {n} عن الاقتصاد والأسواق.\nللتواصل مع المحرر: عبر الموقع" for n in range(5)]
>>> profile = learn_boilerplate(pages, min_docs=3)
>>> profile.lines
('للتواصل مع المحرر: عبر الموقع',)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

import attrs

from newsparse._cues import ends_sentence, normalized_key
from newsparse.blocks import split_blocks
from newsparse.errors import check_text

__all__ = ["BoilerplateProfile", "learn_boilerplate"]

# How many blocks at each end of a page count as its edges: where a profile is
# learnt, and where ``parse`` applies it.
EDGE_HEAD_BLOCKS = 2
EDGE_TAIL_BLOCKS = 3
# Edge lines longer than this are prose, not boilerplate.
_MAX_WORDS = 16
# How much rarer inside pages than at their edges a learnt prefix must be.
_ONE_WORD_RATIO = 20
_TWO_WORD_RATIO = 3


def _frozen(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


@attrs.frozen(kw_only=True)
class BoilerplateProfile:
    """What recurs across one site's pages.

    Attributes:
        lines: whole lines (in the normalized form cue phrases are matched in)
            that recur at the edges of the pages, most frequent first.
        prefixes: one- or two-word line starts that recur at the edges and rarely
            start a body paragraph.
        documents: how many pages the profile was learnt from.
    """

    lines: tuple[str, ...] = attrs.field(default=(), converter=_frozen)
    prefixes: tuple[str, ...] = attrs.field(default=(), converter=_frozen)
    documents: int = 0

    def matches(self, key: str) -> bool:
        """Whether a line (in its normalized form) is one of the site's boilerplate lines.

        Only short lines can match, and a prefix only on a line that does not end
        like a sentence: a paragraph that happens to start like a byline stays body.
        ``parse`` asks only about the lines at the page's edges, where the profile
        was learnt (the first two and the last three blocks).

        >>> BoilerplateProfile(prefixes=("سمات",)).matches("سمات: الصحه، التعليم")
        True
        >>> BoilerplateProfile(prefixes=("عمر",)).matches("عمر المختار رمز للمقاومه في ليبيا.")
        False
        >>> BoilerplateProfile(lines=("// انتهي //",)).matches("// انتهي //")
        True
        """
        if key in self.lines:
            return True
        words = key.split(" ", _MAX_WORDS)
        if len(words) > _MAX_WORDS or ends_sentence(key):
            return False
        head = words[0].rstrip(":：")
        return (
            words[0] in self.prefixes
            or head in self.prefixes
            or (len(words) > 1 and f"{words[0]} {words[1]}" in self.prefixes)
        )

    def to_dict(self) -> dict[str, Any]:
        """Return the profile as JSON-ready values; `from_dict` reads them back."""
        return {
            "lines": list(self.lines),
            "prefixes": list(self.prefixes),
            "documents": self.documents,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BoilerplateProfile:
        """Build a profile from the output of `to_dict`."""
        return cls(**data)


def _ranked(counts: Counter[str]) -> list[tuple[str, int]]:
    """Most frequent first, ties in text order: the same profile in every process."""
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def _validate(min_share: float, min_docs: int) -> None:
    if not 0.0 < min_share <= 1.0:
        msg = f"min_share must be a fraction in (0, 1], got {min_share!r}"
        raise ValueError(msg)
    if min_docs < 2:
        msg = f"min_docs must be at least 2 (a line seen once is no pattern), got {min_docs!r}"
        raise ValueError(msg)


def learn_boilerplate(
    texts: Iterable[str], /, *, min_share: float = 0.02, min_docs: int = 5
) -> BoilerplateProfile:
    """Learn the lines and line prefixes that recur across a site's pages.

    Args:
        texts: pages of one site (a few hundred are plenty).
        min_share: fraction of the pages a line or prefix must occur in.
        min_docs: and at least this many pages.

    Returns:
        A `BoilerplateProfile` to pass to ``parse(text, profile=...)``.

    Raises:
        TypeError: *texts* is a single string or not iterable, or an item is not a `str`.
        ValueError: *min_share* is not in (0, 1] or *min_docs* is below 2.

    >>> learn_boilerplate(["نص"], min_docs=1)
    Traceback (most recent call last):
    ...
    ValueError: min_docs must be at least 2 (a line seen once is no pattern), got 1
    """
    if isinstance(texts, str | bytes | bytearray) or not isinstance(texts, Iterable):
        msg = (
            f"learn_boilerplate() takes an iterable of str (many pages of one site), "
            f"got {type(texts).__name__}"
        )
        raise TypeError(msg)
    _validate(min_share, min_docs)
    line_docs: Counter[str] = Counter()
    edge_prefix: Counter[str] = Counter()
    inner_prefix: Counter[str] = Counter()
    n = 0
    for text in texts:
        check_text(text, func="learn_boilerplate")
        n += 1
        blocks = split_blocks(text)
        seen_lines: set[str] = set()
        seen_prefixes: set[str] = set()
        for i, block in enumerate(blocks):
            key = normalized_key(text[block.start : block.end])
            words = key.split()
            if not words:
                continue
            edge = i < EDGE_HEAD_BLOCKS or i >= len(blocks) - EDGE_TAIL_BLOCKS
            starts = {words[0], " ".join(words[:2])} if len(words) > 1 else set()
            if edge and len(words) <= _MAX_WORDS:
                seen_lines.add(key)
                # A short sentence at the top is a lead, not a label: its first
                # words say nothing about the site.
                if not ends_sentence(key):
                    seen_prefixes |= starts
            else:  # a paragraph, or a line inside the page: what body lines start with
                for p in starts:
                    inner_prefix[p] += 1
        line_docs.update(seen_lines)
        edge_prefix.update(seen_prefixes)
    need = max(min_docs, int(min_share * n + 0.999))
    lines = [k for k, c in _ranked(line_docs) if c >= need]
    # A prefix is boilerplate if it starts edge lines of many pages and is much rarer
    # inside pages (so "وقال" and "the" never qualify); a single word must almost
    # never start a paragraph, as it may be a place or a name ("الرياض").
    prefixes = [
        p
        for p, c in _ranked(edge_prefix)
        if c >= need
        and inner_prefix[p] * (_ONE_WORD_RATIO if " " not in p else _TWO_WORD_RATIO) <= c
        and p not in lines
    ]
    return BoilerplateProfile(lines=lines, prefixes=prefixes, documents=n)


def check_profile(profile: Any, *, func: str) -> BoilerplateProfile | None:
    """Return *profile* if it is None or a `BoilerplateProfile`; raise a `TypeError` if not."""
    if profile is None or isinstance(profile, BoilerplateProfile):
        return profile
    msg = (
        f"{func}() takes profile=None or a BoilerplateProfile from learn_boilerplate(), "
        f"got {type(profile).__name__}"
    )
    raise TypeError(msg)
