r"""Arabic normalization, plain or with a map back to the input.

Each operation has a name, a small function of its own (`remove_diacritics`,
`fold_alef`, ...) and a keyword option of `normalize_arabic`. Named presets choose
a set of operations: ``"display"`` keeps meaning (presentation forms, decomposed
hamza, invisible controls, exotic spaces, tatweel, Persian look-alike letters);
``"search"`` also folds what differs in spelling but not in meaning, for matching
(diacritics, alef forms, alef maksura, teh marbuta, hamza carriers, Eastern
digits); ``"none"`` does nothing, for building your own set from options.

>>> normalize_arabic("أَعلنَ الرئيـــس", preset="search")
'اعلن الرييس'
>>> normalize_arabic("الرئيـــس\u200f", preset="display")
'الرئيس'
>>> normalize_arabic("جمييييل", preset="none", elongation=True)
'جميل'

Every call has a twin that also returns where each output character came from, so a
span found in the normalized text maps back to the exact input span:

>>> norm = normalize_arabic_with_map("قالَ الرئيـــس", preset="search")
>>> norm.text
'قال الرييس'
>>> start = norm.text.index("الرييس")
>>> norm.source_span(start, start + 6)
(5, 14)

The operations always run in the order of `OPERATIONS`, whatever the order of the
options; the character tables are in ``newsparse/data/arabic-charmap.tsv``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Mapping

import attrs

from newsparse import _offsets
from newsparse._data import load_table
from newsparse.errors import check_text

__all__ = [
    "LOSSY",
    "OPERATIONS",
    "PRESETS",
    "Normalized",
    "compose_hamza",
    "fold_alef",
    "fold_alef_maksura",
    "fold_digits",
    "fold_hamza",
    "fold_lookalikes",
    "fold_presentation_forms",
    "fold_punctuation",
    "fold_quotes",
    "fold_teh_marbuta",
    "normalize_arabic",
    "normalize_arabic_with_map",
    "normalize_spaces",
    "reduce_elongation",
    "remove_controls",
    "remove_diacritics",
    "remove_joiners",
    "remove_tatweel",
    "restore_dagger_alef",
]

#: Every operation, in the order they run.
OPERATIONS: tuple[str, ...] = (
    "compose_hamza",
    "presentation_forms",
    "controls",
    "spaces",
    "lookalikes",
    "dagger_alef",
    "diacritics",
    "alef",
    "alef_maksura",
    "teh_marbuta",
    "hamza",
    "digits",
    "punctuation",
    "quotes",
    "joiners",
    "tatweel",
    "elongation",
)

#: The operations that lose information (the others keep meaning and rendering).
LOSSY: frozenset[str] = frozenset(
    {
        "dagger_alef",
        "diacritics",
        "alef",
        "alef_maksura",
        "teh_marbuta",
        "hamza",
        "digits",
        "punctuation",
        "quotes",
        "elongation",
    }
)

_DISPLAY = frozenset(
    {"compose_hamza", "presentation_forms", "controls", "spaces", "lookalikes"}
    | {"joiners", "tatweel"}
)

#: The named presets, each with the set of operations it runs.
PRESETS: Mapping[str, frozenset[str]] = {
    "none": frozenset(),
    "display": _DISPLAY,
    "search": _DISPLAY | {"diacritics", "alef", "alef_maksura", "teh_marbuta", "hamza", "digits"},
}

# Operations applied by code because they look at context; their characters are
# still listed in the data file. Everything else is a context-free table.
_CONTEXT_OPS = frozenset({"compose_hamza", "joiners", "tatweel", "elongation"})

# Letters of the basic Arabic block: folded with str.replace (fast on frequent
# letters); everything else a table maps goes through one regex pass.
_BASIC_LETTERS = range(0x0621, 0x064B)

_MARKS = "\u064b-\u065f\u0670"
# Context steps find a rare character with a fast literal scan (``X X*``, not
# ``X+``, which re scans far slower) and look at its neighbours in Python.
_COMPOSING_MARK = re.compile("[\u0653-\u0655]")
_COMPOSE_BASES = frozenset("\u0627\u0648\u064a\u06c1\u06d2\u06d5")
# Invisible characters the display preset deletes, skipped between base and mark.
_INVISIBLE = frozenset("\u200b\u200e\u200f\u061c\u2060\ufeff\u00ad\u0640") | frozenset(
    map(chr, [*range(0x202A, 0x202F), *range(0x2066, 0x206A)])
)
_JOINERS = re.compile("[\u200c\u200d][\u200c\u200d]*")
_TATWEEL = re.compile("\u0640\u0640*")
# Lookahead: the end of a word (only marks, then no letter).
_WORD_END = f"(?=[{_MARKS}]*(?![^\\W\\d_]))"
_ELONGATION = re.compile("([\u0621-\u064a])\\1\\1\\1*")

Edits = list[tuple[int, int, str]]


def _shapes(char: str) -> bool:
    """Whether a joiner next to *char* can change how the text is drawn."""
    return char.isalpha() or unicodedata.category(char) in {"Mn", "Me", "So", "Sk"}


def _compose_edits(text: str) -> Edits:
    """Letter + combining hamza or maddah (invisible characters between) → one letter."""
    edits: Edits = []
    for m in _COMPOSING_MARK.finditer(text):
        j = m.start() - 1
        while j >= 0 and text[j] in _INVISIBLE:
            j -= 1
        if j < 0 or text[j] not in _COMPOSE_BASES or (edits and edits[-1][1] > j):
            continue
        composed = unicodedata.normalize("NFC", text[j] + m[0])
        if len(composed) == 1:
            edits.append((j, m.end(), composed))
    return edits


def _useless_joiner(match: re.Match[str]) -> str:
    """Delete joiners with no letter, mark or emoji on a side: they shape nothing."""
    text, (start, end) = match.string, match.span()
    if start and end < len(text) and _shapes(text[start - 1]) and _shapes(text[end]):
        return match[0]
    return ""


def _stretching_tatweel(match: re.Match[str]) -> str:
    """Delete tatweel after a letter or a mark: it stretches it. Elsewhere it is a dash."""
    start = match.start()
    before = match.string[start - 1] if start else " "
    if before.isalpha() or unicodedata.category(before) == "Mn":
        return ""
    return match[0]


def _edits(pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str], text: str) -> Edits:
    """The edits ``pattern.sub(repl, text)`` makes (for the map)."""
    edits: Edits = []
    for m in pattern.finditer(text):
        out = repl(m)
        if out != m[0]:
            edits.append((m.start(), m.end(), out))
    return edits


def _elongation_edits(text: str) -> Edits:
    """A letter written three times or more is written once."""
    return [(m.start() + 1, m.end(), "") for m in _ELONGATION.finditer(text)]


def _apply(text: str, edits: Edits) -> str:
    """Apply sorted, non-overlapping edits."""
    if not edits:
        return text
    pieces: list[str] = []
    pos = 0
    for start, end, out in edits:
        pieces.append(text[pos:start])
        pieces.append(out)
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


@attrs.frozen
class Normalized:
    """Normalized text plus a compact map back to the input.

    The map keeps a breakpoint only where the shift between output and input
    changes, not one integer per character: from output index ``_outs[k]`` on,
    output index ``i`` came from input index ``i + _shifts[k]``.

    >>> norm = normalize_arabic_with_map("ﻷن", preset="display")
    >>> norm.text, [norm.source_index(i) for i in range(3)]
    ('لأن', [0, 0, 1])
    """

    text: str
    _outs: tuple[int, ...] = ()
    _shifts: tuple[int, ...] = ()
    source_length: int = 0

    def source_index(self, index: int) -> int:
        """Return the input offset of output character *index* (or of the end)."""
        return _offsets.source_index(self._outs, self._shifts, index)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map the half-open output span ``[start, end)`` to the input span it came from."""
        if end <= start:
            s = self.source_index(start)
            return s, s
        return self.source_index(start), self.source_index(end - 1) + 1


# --- the tables ------------------------------------------------------------------


def _code_points(field: str) -> list[int]:
    """``U+0660..U+0669`` or ``U+0627`` as a list of code points."""
    first, _, last = field.partition("..")
    lo = int(first.removeprefix("U+"), 16)
    hi = int(last.removeprefix("U+"), 16) if last else lo
    return list(range(lo, hi + 1))


@functools.cache
def _op_tables() -> dict[str, tuple[dict[int, str], dict[int, str]]]:
    """Each operation's table (code point → replacement) and its word-final variants."""
    tables: dict[str, tuple[dict[int, str], dict[int, str]]] = {}
    for row in load_table("arabic-charmap.tsv"):
        table, finals = tables.setdefault(row["operation"], ({}, {}))
        sources = _code_points(row["from"])
        to = row["to"]
        if to == "NFKC":
            for cp in sources:
                out = unicodedata.normalize("NFKC", chr(cp))
                # Keep what has no decomposition, and isolated marks NFKC would turn
                # into a space plus a combining mark (diacritics deletes them).
                if out != chr(cp) and not out.startswith(" "):
                    table[cp] = out
            continue
        targets = [chr(cp) for cp in _code_points(to)] if to else [""]
        if "." in to:
            table.update(zip(sources, targets, strict=True))
        else:
            table.update(dict.fromkeys(sources, "".join(targets)))
        if row["final"]:
            finals.update(dict.fromkeys(sources, chr(_code_points(row["final"])[0])))
    return tables


def same_length_table(operations: tuple[str, ...]) -> dict[int, str]:
    """A ``str.translate`` table of the one-character maps of *operations*.

    Deletions become a space and anything that would change the length is left out,
    so offsets in the translated text are offsets in the input: a matching view for
    the modules that search text and report spans (`newsparse.dates`).

    >>> "أيار\u200f\u00a02023".translate(same_length_table(("spaces", "controls", "alef")))
    'ايار  2023'
    """
    tables = _op_tables()
    out: dict[int, str] = {}
    for operation in operations:
        for cp, to in tables[operation][0].items():
            if len(to) <= 1:
                out[cp] = to or " "
    return out


@attrs.frozen
class _Plan:
    """What one set of operations does, compiled for speed."""

    compose: bool
    table: dict[int, str]  # context-free characters outside the basic letters
    trigger: re.Pattern[str] | None  # finds those characters
    single: re.Pattern[str] | None  # the same class, one character per match
    finals: tuple[tuple[re.Pattern[str], str, str], ...]  # (letter at word end, final, elsewhere)
    # context steps after the table: (gate character, pattern, replacement)
    steps: tuple[tuple[str, re.Pattern[str], Callable[[re.Match[str]], str]], ...]
    folds: tuple[tuple[str, str], ...]  # basic letters, by str.replace
    elongation: bool
    memo: dict[str, str] = attrs.field(factory=dict, eq=False)

    def run_table(self, match: re.Match[str]) -> str:
        """Replace one run of table characters (the same few runs recur: memoized)."""
        run = match[0]
        out = self.memo.get(run)
        if out is None:
            out = run.translate(self.table)
            if len(self.memo) < _MEMO_SIZE:
                self.memo[run] = out
        return out


_MEMO_SIZE = 4096


def _class(code_points: list[int]) -> str:
    """A regex character class body for *code_points*, as ranges."""
    parts: list[str] = []
    cps = sorted(code_points)
    i = 0
    while i < len(cps):
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        lo, hi = re.escape(chr(cps[i])), re.escape(chr(cps[j]))
        parts.append(lo if i == j else f"{lo}-{hi}")
        i = j + 1
    return "".join(parts)


@functools.cache
def _plan(operations: frozenset[str]) -> _Plan:
    tables = _op_tables()
    ordered = [op for op in OPERATIONS if op in operations and op not in _CONTEXT_OPS]
    # One table for all context-free operations: a character's replacement goes
    # through every later operation too, so the result does not depend on grouping.
    merged: dict[int, str] = {}
    finals: list[tuple[re.Pattern[str], str, str]] = []
    for index, op in enumerate(ordered):
        table, op_finals = tables[op]
        for cp in table:
            if cp not in merged:
                out = chr(cp)
                for later in ordered[index:]:
                    out = out.translate(tables[later][0])
                merged[cp] = out
        for cp, final in op_finals.items():
            elsewhere = merged.pop(cp)
            for later in ordered[index + 1 :]:
                final = final.translate(tables[later][0])
            finals.append((re.compile(re.escape(chr(cp)) + _WORD_END), final, elsewhere))
    folds = tuple((chr(cp), out) for cp, out in merged.items() if cp in _BASIC_LETTERS)
    table = {cp: out for cp, out in merged.items() if cp not in _BASIC_LETTERS}
    body = _class(list(table))
    return _Plan(
        compose="compose_hamza" in operations,
        table=table,
        trigger=re.compile(f"[{body}][{body}]*") if table else None,
        single=re.compile(f"[{body}]") if table else None,
        finals=tuple(finals),
        steps=tuple(
            step
            for op, step in (
                ("joiners", ("\u200c", _JOINERS, _useless_joiner)),
                ("joiners", ("\u200d", _JOINERS, _useless_joiner)),
                ("tatweel", ("\u0640", _TATWEEL, _stretching_tatweel)),
            )
            if op in operations
        ),
        folds=folds,
        elongation="elongation" in operations,
    )


def _resolve(preset: str, options: Mapping[str, object]) -> frozenset[str]:
    """The operations a preset plus keyword options select."""
    if preset not in PRESETS:
        msg = f"unknown preset {preset!r}: pass one of {', '.join(sorted(PRESETS))}"
        raise ValueError(msg)
    operations = set(PRESETS[preset])
    for name, value in options.items():
        if name not in OPERATIONS:
            msg = f"unknown option {name!r}: pass operation names, one of {', '.join(OPERATIONS)}"
            raise ValueError(msg)
        if not isinstance(value, bool):
            msg = f"option {name}= takes True or False, got {value!r}"
            raise ValueError(msg)
        if value:
            operations.add(name)
        else:
            operations.discard(name)
    return frozenset(operations)


# --- running a plan --------------------------------------------------------------


def _has_composing_mark(text: str) -> bool:
    return "\u0654" in text or "\u0653" in text or "\u0655" in text


def _fold_letters(plan: _Plan, text: str) -> str:
    """The one-for-one letter folds: context-dependent ones first, then str.replace."""
    for at_end, final, elsewhere in plan.finals:
        if at_end.pattern[0] in text:
            text = at_end.sub(final, text).replace(at_end.pattern[0], elsewhere)
    for letter, out in plan.folds:
        text = text.replace(letter, out)
    return text


def _run(plan: _Plan, text: str) -> str:
    if plan.compose and _has_composing_mark(text):
        text = _apply(text, _compose_edits(text))
    if plan.trigger is not None:
        text = plan.trigger.sub(plan.run_table, text)
    for char, pattern, repl in plan.steps:
        if char in text:
            text = pattern.sub(repl, text)
    text = _fold_letters(plan, text)
    if plan.elongation:
        text = _apply(text, _elongation_edits(text))
    return text


def _run_with_map(plan: _Plan, text: str) -> Normalized:
    source_length = len(text)
    bp: _offsets.Breakpoints = ((), ())

    def step(text: str, edits: Edits) -> str:
        nonlocal bp
        if edits:
            spans = [(start, end, len(out)) for start, end, out in edits]
            bp = _offsets.compose(bp, _offsets.breakpoints(spans))
        return _apply(text, edits)

    if plan.compose and _has_composing_mark(text):
        text = step(text, _compose_edits(text))
    if plan.single is not None:
        table = plan.table
        text = step(
            text, [(m.start(), m.end(), table[ord(m[0])]) for m in plan.single.finditer(text)]
        )
    for char, pattern, repl in plan.steps:
        if char in text:
            text = step(text, _edits(pattern, repl, text))
    text = _fold_letters(plan, text)
    if plan.elongation:
        text = step(text, _elongation_edits(text))
    return Normalized(text, bp[0], bp[1], source_length)


# --- the public entry points -----------------------------------------------------


def normalize_arabic(text: str, /, *, preset: str = "display", **options: bool) -> str:
    r"""Return *text* normalized by a preset, adjusted by keyword options.

    Args:
        text: any string; only the characters the operations name change.
        preset: ``"display"`` (keeps meaning), ``"search"`` (folds for matching) or
            ``"none"``; see `PRESETS`.
        **options: operation names from `OPERATIONS` set to True (add) or False
            (remove from the preset), e.g. ``digits=False`` or ``elongation=True``.

    Returns:
        The normalized text.

    Raises:
        TypeError: *text* is not a `str`.
        ValueError: *preset* or an option name is unknown, or an option is not a bool.

    >>> normalize_arabic("٢٥ مارس ٢٠٢٠", preset="search", digits=False)
    '٢٥ مارس ٢٠٢٠'
    """
    check_text(text, func="normalize_arabic")
    plan = _PRESET_PLANS.get(preset) if not options else None
    if plan is None:
        plan = _plan(_resolve(preset, options) if options else _preset_operations(preset))
        if not options:
            _PRESET_PLANS[preset] = plan
    return _run(plan, text)


def normalize_arabic_with_map(
    text: str, /, *, preset: str = "display", **options: bool
) -> Normalized:
    """Like `normalize_arabic`, and keep the way back to the input.

    Returns:
        A `Normalized`: ``.text`` is what `normalize_arabic` returns, and
        ``.source_index(i)`` / ``.source_span(start, end)`` lead back to *text*.

    >>> norm = normalize_arabic_with_map("ذهبـــت", preset="none", tatweel=True)
    >>> norm.text, norm.source_span(2, 4)
    ('ذهبت', (2, 7))
    """
    check_text(text, func="normalize_arabic_with_map")
    operations = _resolve(preset, options) if options else _preset_operations(preset)
    return _run_with_map(_plan(operations), text)


_PRESET_PLANS: dict[str, _Plan] = {}


@functools.cache
def _preset_operations(preset: str) -> frozenset[str]:
    return _resolve(preset, {})


def _only(operation: str) -> Callable[[str], str]:
    plan_ops = frozenset({operation})

    def run(text: str, /) -> str:
        check_text(text, func=operation)
        return _run(_plan(plan_ops), text)

    return run


_ONE: dict[str, Callable[[str], str]] = {op: _only(op) for op in OPERATIONS}


def compose_hamza(text: str, /) -> str:
    """Compose a letter and a combining hamza or maddah (ا + U+0654 → أ). Lossless.

    >>> compose_hamza("سا\u0654ل") == "سأل"
    True
    """
    return _ONE["compose_hamza"](text)


def fold_presentation_forms(text: str, /) -> str:
    """Replace presentation forms (U+FB50–FDFF, U+FE70–FEFC) by letters. Lossless.

    >>> fold_presentation_forms("ﻻ ﻷن ﷲ")
    'لا لأن الله'
    """
    return _ONE["presentation_forms"](text)


def remove_controls(text: str, /) -> str:
    r"""Delete bidi controls and invisible characters (LRM, RLM, ALM, isolates, ZWSP, BOM).

    >>> remove_controls("\u200fالرياض\u200e")
    'الرياض'
    """
    return _ONE["controls"](text)


def normalize_spaces(text: str, /) -> str:
    r"""Turn NBSP and the other Unicode spaces into a plain space (line separators into ``\n``).

    >>> normalize_spaces("قال\u00a0الوزير")
    'قال الوزير'
    """
    return _ONE["spaces"](text)


def fold_lookalikes(text: str, /) -> str:
    """Replace Persian and Urdu look-alike letters by the Arabic ones.

    Farsi yeh becomes yeh inside a word and alef maksura at its end.

    >>> fold_lookalikes("کتاب علی")
    'كتاب على'
    """
    return _ONE["lookalikes"](text)


def restore_dagger_alef(text: str, /) -> str:
    """Write the superscript (dagger) alef as a full alef. Lossy.

    >>> restore_dagger_alef("هٰذا")
    'هاذا'
    """
    return _ONE["dagger_alef"](text)


def remove_diacritics(text: str, /) -> str:
    """Delete harakat, tanween, shadda, sukun, dagger alef and Quranic marks. Lossy.

    >>> remove_diacritics("مُحَمَّدٌ")
    'محمد'
    """
    return _ONE["diacritics"](text)


def fold_alef(text: str, /) -> str:
    """Fold alef with hamza, madda or wasla (أ إ آ ٱ) into bare alef. Lossy.

    >>> fold_alef("إن أمن آخر ٱلكتاب")
    'ان امن اخر الكتاب'
    """
    return _ONE["alef"](text)


def fold_alef_maksura(text: str, /) -> str:
    """Fold alef maksura into yeh (على → علي). Lossy.

    >>> fold_alef_maksura("على")
    'علي'
    """
    return _ONE["alef_maksura"](text)


def fold_teh_marbuta(text: str, /) -> str:
    """Fold teh marbuta into heh (مدرسة → مدرسه). Lossy.

    >>> fold_teh_marbuta("مدرسة")
    'مدرسه'
    """
    return _ONE["teh_marbuta"](text)


def fold_hamza(text: str, /) -> str:
    """Drop the hamza of its carriers: ؤ → و, ئ → ي. Lossy.

    >>> fold_hamza("مسؤول رئيس")
    'مسوول رييس'
    """
    return _ONE["hamza"](text)


def fold_digits(text: str, /) -> str:
    """Write Arabic-Indic and Extended Arabic-Indic digits as ASCII digits. Lossy.

    >>> fold_digits("٢٠٢٣ و۱۴۰۲")
    '2023 و1402'
    """
    return _ONE["digits"](text)


def fold_punctuation(text: str, /) -> str:
    """Write Arabic punctuation (، ؛ ؟ ٫ ٬ ٪) as its ASCII counterpart. Lossy.

    >>> fold_punctuation("نعم، لماذا؟")
    'نعم, لماذا?'
    """
    return _ONE["punctuation"](text)


def fold_quotes(text: str, /) -> str:
    """Write curly quotes and guillemets as straight quotes. Lossy.

    >>> fold_quotes("«نعم» “لا”")
    '"نعم" "لا"'
    """
    return _ONE["quotes"](text)


def remove_joiners(text: str, /) -> str:
    r"""Delete ZWJ and ZWNJ where they cannot change shaping.

    A joiner between two letters (Persian needs ZWNJ) or inside an emoji sequence stays.

    >>> remove_joiners("الرياض\u200c ") == "الرياض "
    True
    >>> remove_joiners("می\u200cخواهم") == "می\u200cخواهم"
    True
    """
    return _ONE["joiners"](text)


def remove_tatweel(text: str, /) -> str:
    """Delete tatweel that stretches a letter; a standalone ـ (a dash) stays.

    >>> remove_tatweel("الرئيـــس ـ جميل")
    'الرئيس ـ جميل'
    """
    return _ONE["tatweel"](text)


def reduce_elongation(text: str, /) -> str:
    """Reduce a letter repeated three times or more to one (جمييييل → جميل). Lossy.

    >>> reduce_elongation("جمييييل جداااا")
    'جميل جدا'
    """
    return _ONE["elongation"](text)
