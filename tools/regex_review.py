r"""The regex review: every pattern of newsparse, and a structure check for each.

``inventory()`` collects every compiled pattern of the package: module constants,
the alternations that cached builders make from data tables, and the patterns that
functions compile inline (their argument evaluated with the data rows they use).
``check(pattern)`` parses a pattern's source into a small tree and reports the
shapes that make a backtracking engine superlinear:

* a nested unbounded repeat, ``(a+)+`` or ``(?:\w+\s?)*`` (or ``{1,9}``: a bound on
  the iterations still splits a run n^9 ways), unless the iterations can be told
  apart: each starts with a character its inner repeats cannot match
  (``(?:\.[\w-]+)+``), or ends with a run of characters nothing else in it matches;
* an unanchored leading unbounded repeat followed by something that can fail on a
  run of its own characters (``[\w.+-]+@``): each start inside a long run scans the
  rest of it, so a run of n characters costs n²/2 steps;
* two adjacent unbounded repeats that share characters, followed by something that
  can fail (``\s*\s+x``).

A bounded repeat ``{m,n}`` of a character is accepted everywhere: it caps the work
per start.

    python tools/regex_review.py            # the table of modules and pattern counts
    python tools/regex_review.py --findings # every finding with its pattern
"""

from __future__ import annotations

import argparse
import ast
import functools
import importlib
import inspect
import pkgutil
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import regex

Pattern = re.Pattern[str] | regex.Pattern[str]

# --- the tree ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Atom:
    """One character matcher: a literal, an escape, a property, a set or ``.``."""

    src: str
    flags: int


@dataclass(frozen=True)
class Zero:
    """A zero-width item: an anchor, a boundary or a lookaround (with its body)."""

    kind: (
        str  # "start" (^ \\A \\G), "end", "boundary", "ahead", "not_ahead", "behind", "not_behind"
    )
    body: Alt | None = None


@dataclass(frozen=True)
class Repeat:
    """A quantified item; ``hi`` is None when unbounded."""

    node: Node
    lo: int
    hi: int | None
    possessive: bool = False


@dataclass(frozen=True)
class Group:
    """A group: capturing, non-capturing or atomic."""

    alt: Alt
    atomic: bool = False


@dataclass(frozen=True)
class Alt:
    """Alternatives, each a sequence of items."""

    branches: tuple[tuple[Node, ...], ...]


Node = Atom | Zero | Repeat | Group


class _Parser:
    """A recursive-descent parser for the syntax newsparse's patterns use (re and regex)."""

    def __init__(self, src: str, flags: int, *, verbose: bool) -> None:
        self.src = src
        self.i = 0
        self.flags = flags
        self.verbose = verbose

    def parse(self) -> Alt:
        alt = self._alt()
        if self.i < len(self.src):
            msg = f"unbalanced ')' at {self.i}"
            raise ValueError(msg)
        return alt

    def _skip(self) -> None:
        while self.verbose and self.i < len(self.src):
            c = self.src[self.i]
            if c.isspace():
                self.i += 1
            elif c == "#":
                end = self.src.find("\n", self.i)
                self.i = len(self.src) if end < 0 else end + 1
            else:
                return

    def _alt(self) -> Alt:
        branches = [self._seq()]
        while self.i < len(self.src) and self.src[self.i] == "|":
            self.i += 1
            branches.append(self._seq())
        return Alt(tuple(branches))

    def _seq(self) -> tuple[Node, ...]:
        items: list[Node] = []
        while True:
            self._skip()
            if self.i >= len(self.src) or self.src[self.i] in "|)":
                return tuple(items)
            item = self._item()
            if item is not None:
                items.append(self._quantified(item))

    def _quantified(self, node: Node) -> Node:
        self._skip()
        m = regex.match(r"[*+?]|\{(\d*)(?:(,)(\d*))?\}", self.src, pos=self.i)
        if m is None or (m[0].startswith("{") and not (m[1] or m[3])):
            return node
        q = m[0]
        if q == "*":
            lo, hi = 0, None
        elif q == "+":
            lo, hi = 1, None
        elif q == "?":
            lo, hi = 0, 1
        else:
            lo = int(m[1] or 0)
            hi = None if m[2] and not m[3] else int(m[3] or m[1])
        self.i = m.end()
        possessive = False
        if self.i < len(self.src) and self.src[self.i] in "?+":
            possessive = self.src[self.i] == "+"
            self.i += 1
        return Repeat(node, lo, hi, possessive)

    def _item(self) -> Node | None:
        src, i = self.src, self.i
        c = src[i]
        if c == "(":
            return self._group()
        if c == "[":
            end = self._set_end(i)
            self.i = end
            return Atom(src[i:end], self.flags)
        if c in "^$":
            self.i += 1
            return Zero("start" if c == "^" else "end")
        if c == "\\":
            return self._escape()
        self.i += 1
        return Atom(c, self.flags)

    def _escape(self) -> Node:
        src, i = self.src, self.i
        c = src[i + 1]
        if c in "AG":
            self.i += 2
            return Zero("start")
        if c in "Zz":
            self.i += 2
            return Zero("end")
        if c in "bB":
            self.i += 2
            return Zero("boundary")
        if c in "pPN":
            end = src.index("}", i) + 1 if src[i + 2] == "{" else i + 3
        elif c == "x":
            end = i + 4
        elif c == "u":
            end = i + 6
        elif c == "U":
            end = i + 10
        elif c.isdigit():  # a backreference: it repeats what its group matched
            end = i + 2
            self.i = end
            return Atom(".", self.flags)
        else:
            end = i + 2
        self.i = end
        return Atom(src[i:end], self.flags)

    def _set_end(self, i: int) -> int:
        """The index just past the set opening at *i* (nested sets in V1)."""
        src = self.src
        nested = bool(self.flags & regex.V1)
        j = i + 1
        if j < len(src) and src[j] == "^":
            j += 1
        if j < len(src) and src[j] == "]":
            j += 1
        depth = 1
        while depth:
            c = src[j]
            if c == "\\":
                j += src.index("}", j) + 1 - j if src[j + 1] in "pPN" and src[j + 2] == "{" else 2
                continue
            if c == "[" and nested:
                depth += 1
            elif c == "]":
                depth -= 1
            j += 1
        return j

    def _group(self) -> Node | None:
        src = self.src
        self.i += 1
        kind = "group"
        if src.startswith("?", self.i):
            m = regex.match(
                r"\?(?:(:)|P?<(\w+)>|(=)|(!)|<(=)|<(!)|(>)|P=(\w+)\)|#[^)]*\)|([a-zA-Z]+)\))",
                src,
                pos=self.i,
            )
            if m is None:
                msg = f"unknown group syntax at {self.i}"
                raise ValueError(msg)
            self.i = m.end()
            if m[8] or m[0].startswith("?#"):  # a named backreference, a comment
                return Atom(".", self.flags) if m[8] else None
            if m[9]:  # inline flags for the whole pattern: (?m), (?x)
                self.verbose = self.verbose or "x" in m[9]
                return None
            kind = next(
                (
                    k
                    for k, g in zip(
                        ("ahead", "not_ahead", "behind", "not_behind"), m.groups()[2:6], strict=True
                    )
                    if g
                ),
                "atomic" if m[7] else "group",
            )
        alt = self._alt()
        self.i += 1  # the closing parenthesis
        if kind in ("group", "atomic"):
            return Group(alt, atomic=kind == "atomic")
        return Zero(kind, alt)


def parse_pattern(src: str, flags: int = 0) -> Alt:
    """Parse *src* (compiled with *flags*) into a tree of `Alt` and its items."""
    verbose = bool(flags & (regex.VERBOSE | re.VERBOSE))
    return _Parser(src, flags, verbose=verbose).parse()


# --- character sets of atoms -------------------------------------------------------------

# The characters sets are computed over: the Basic Multilingual Plane (no surrogates).
_UNIVERSE = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000)
_SET_FLAGS = regex.IGNORECASE | regex.V1 | regex.ASCII


@functools.cache
def chars(atom: Atom) -> frozenset[str]:
    """Every BMP character *atom* matches."""
    if len(atom.src) == 1 and atom.src != ".":
        c = atom.src
        return (
            frozenset({c, c.lower(), c.upper()}) if atom.flags & regex.IGNORECASE else frozenset(c)
        )
    flags = atom.flags & _SET_FLAGS
    if atom.flags & re.IGNORECASE:
        flags |= regex.IGNORECASE
    return frozenset(regex.findall(atom.src, _UNIVERSE, flags=flags))


def walk(node: Node | Alt, *, lookarounds: bool = True) -> Iterator[Node | Alt]:
    """*node* and everything inside it, parents first (lookaround bodies optional)."""
    yield node
    if isinstance(node, Alt):
        inner: list[Node | Alt] = [item for branch in node.branches for item in branch]
    elif isinstance(node, Repeat):
        inner = [node.node]
    elif isinstance(node, Group):
        inner = [node.alt]
    elif isinstance(node, Zero) and node.body is not None and lookarounds:
        inner = [node.body]
    else:
        inner = []
    for child in inner:
        yield from walk(child, lookarounds=lookarounds)


def _atoms(node: Node | Alt) -> Iterator[Atom]:
    """Every atom inside *node*, lookarounds included."""
    return (n for n in walk(node) if isinstance(n, Atom))


def _node_chars(node: Node | Alt) -> frozenset[str]:
    return frozenset().union(*(chars(a) for a in _atoms(node)))


def _unbounded(node: Node | Alt) -> Iterator[Repeat]:
    """The unbounded repeats inside *node* (not inside lookarounds)."""
    return (n for n in walk(node, lookarounds=False) if isinstance(n, Repeat) and n.hi is None)


def _first_atom(branch: tuple[Node, ...]) -> Atom | None:
    """The atom every match of *branch* starts with, if there is one."""
    for item in branch:
        if isinstance(item, Zero):
            continue
        if isinstance(item, Atom):
            return item
        if isinstance(item, Repeat) and item.lo >= 1 and isinstance(item.node, Atom):
            return item.node
        return None
    return None


# --- the checks --------------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """A shape that can backtrack superlinearly, with the part of the pattern it is in."""

    rule: str  # "nested", "leading", "adjacent"
    detail: str

    def __str__(self) -> str:
        return f"{self.rule}: {self.detail}"


def _show(node: Node | Alt) -> str:
    if isinstance(node, Atom):
        return node.src
    if isinstance(node, Alt):
        text = "|".join("".join(_show(i) for i in b) for b in node.branches)
        return text if len(text) <= 60 else text[:57] + "..."
    if isinstance(node, Repeat):
        hi = "" if node.hi is None else node.hi
        return f"{_show(node.node)}{{{node.lo},{hi}}}"
    if isinstance(node, Group):
        return f"({_show(node.alt)})"
    return f"<{node.kind}>"


def _delimited(alt: Alt) -> bool:
    r"""Each iteration of *alt* can be split from the next in one way only.

    Either it starts with a character none of its inner repeats matches (``\.[\w-]+``),
    or it ends with a required repeat of characters nothing else in it matches
    (``\p{Lu}\p{L}*\s+``: the run of spaces closes each iteration).
    """
    for branch in alt.branches:
        inner = frozenset().union(*(_node_chars(r.node) for r in _unbounded(Alt((branch,)))))
        first = _first_atom(branch)
        if first is not None and not chars(first) & inner:
            continue
        # The closing run needs a required start of another class before it.
        last = branch[-1] if len(branch) > 1 and first is not None else None
        if isinstance(last, Repeat) and last.lo >= 1:
            others = _node_chars(Alt((branch[:-1],)))
            if not _node_chars(last.node) & others:
                continue
        return False
    return True


def _nested(alt: Alt) -> Iterator[Finding]:
    for rep in (n for n in walk(alt) if isinstance(n, Repeat)):
        # A repeat of at most one iteration cannot split a run between iterations.
        if (rep.hi is not None and rep.hi <= 1) or rep.possessive or isinstance(rep.node, Atom):
            continue
        body = rep.node.alt if isinstance(rep.node, Group) else None
        if body is None or (isinstance(rep.node, Group) and rep.node.atomic):
            continue
        if any(True for _ in _unbounded(body)) and not _delimited(body):
            bound = "unbounded" if rep.hi is None else f"{{{rep.lo},{rep.hi}}}"
            yield Finding("nested", f"{bound} repeat of {_show(rep.node)}")


def _accepts(rest: Iterable[Node], run: frozenset[str]) -> bool:
    """Whether *rest* can match at the end of a run of *run* characters, after backtracking.

    Each required item must accept a character of the run (the repeat before it gives
    characters back); an anchor at the end or a lookbehind may fail.
    """
    for item in rest:
        if isinstance(item, Atom):
            if not chars(item) & run:
                return False
        elif isinstance(item, Repeat):
            if item.lo and not _node_chars(item.node) & run:
                return False
        elif isinstance(item, Group):
            if not any(_accepts(b, run) for b in item.alt.branches):
                return False
        elif item.kind in ("end", "behind", "not_behind"):
            return False
        elif item.kind in ("ahead", "not_ahead") and item.body is not None:
            inside = any(_accepts(b, run) for b in item.body.branches)
            if inside != (item.kind == "ahead"):
                return False
    return True


def _guards(zero: Zero, run: frozenset[str]) -> bool:
    """Whether *zero*, placed before a match, stops a match starting inside a run."""
    if zero.kind == "start":
        return True
    if zero.kind == "boundary":
        return run <= _WORD
    if zero.kind == "not_behind" and zero.body is not None:
        return run <= _node_chars(zero.body) and all(len(b) == 1 for b in zero.body.branches)
    return False


_WORD = frozenset(regex.findall(r"\w", _UNIVERSE))


def _leading(
    branch: tuple[Node, ...], guards: tuple[Zero, ...], prefix: tuple[frozenset[str], ...]
) -> Iterator[Finding]:
    r"""Starts of *branch* where an unbounded repeat rescans a run (the ``\w+@`` shape)."""
    for k, item in enumerate(branch):
        rest = branch[k + 1 :]
        if isinstance(item, Repeat) and item.hi is not None:
            # A bounded repeat: around it (when optional), or one pass through it.
            if item.lo == 0:
                yield from _leading(rest, guards, prefix)
            item = item.node
        if isinstance(item, Zero):
            if item.kind in ("start", "boundary", "not_behind"):
                guards = (*guards, item)
            continue
        if isinstance(item, Atom):
            prefix = (*prefix, chars(item))
            continue
        if isinstance(item, Group):
            for b in item.alt.branches:
                yield from _leading(b + rest, guards, prefix)
            return
        run = _node_chars(item.node)
        shared = [p & run for p in prefix]
        unguarded = not any(_guards(g, shared[-1] if shared else run) for g in guards)
        if all(shared) and unguarded and not _accepts(rest, run):
            shown = "".join(_show(i) for i in rest)[:60]
            yield Finding("leading", f"{_show(item)} then {shown!r}")
        if item.lo:
            return


def _adjacent(alt: Alt) -> Iterator[Finding]:
    for branch in (b for n in walk(alt) if isinstance(n, Alt) for b in n.branches):
        for k, item in enumerate(branch):
            if not (isinstance(item, Repeat) and item.hi is None):
                continue
            for j in range(k + 1, len(branch)):
                nxt = branch[j]
                if isinstance(nxt, Repeat) and nxt.hi is None:
                    shared = _node_chars(item.node) & _node_chars(nxt.node)
                    if shared and not _accepts(branch[j + 1 :], shared):
                        yield Finding("adjacent", f"{_show(item)} next to {_show(nxt)}")
                    break
                if not (isinstance(nxt, Repeat) and nxt.lo == 0):
                    break


def check(pattern: Pattern | str, flags: int = 0, *, anchored: bool = False) -> list[Finding]:
    """Every superlinear shape in *pattern* (a compiled pattern or a source string).

    Args:
        pattern: a compiled pattern, or a pattern's source.
        flags: the flags of a source string (a compiled pattern carries its own).
        anchored: the pattern is only used with ``match``/``fullmatch``, so a leading
            repeat is scanned once per call (the ``leading`` rule is skipped).
    """
    if not isinstance(pattern, str):
        pattern, flags = pattern.pattern, pattern.flags
    tree = parse_pattern(pattern, flags)
    found: list[Finding] = [*_nested(tree), *_adjacent(tree)]
    if not anchored:
        for branch in tree.branches:
            found += _leading(branch, (), ())
    return list(dict.fromkeys(found))


# --- the reviewed exceptions ---------------------------------------------------------

# Patterns the checker flags that are safe where they are used, with the reason.
_LINE_WINDOW = "searched only in a window of at most 400 characters after its cue (_line_end)"
KNOWN_SAFE: dict[str, str] = {
    "newsparse.embeds._MD_WRAP": (
        "applied only to a markdown date link's text, at most 121 characters by _MD_DATE"
    ),
    "newsparse.embeds._TIKTOK_START": (
        "used only with match() at a line start: its leading run is scanned once per call"
    ),
    # The joiner of ``Posted by NAME on DATE``: one pattern per joiner word (#0, #1 …).
    "newsparse.embeds._posted_by:0": _LINE_WINDOW,
}

# Patterns that are superlinear and wait for a fix (none today; the e-mail pattern of
# _cues was the last, bounded since). tests/test_regex_lint.py marks them strict
# xfail: it fails once the fix lands, so the entry must go with the fix.
PENDING_FIX: dict[str, str] = {}


def listed(name: str, table: Mapping[str, str]) -> str | None:
    """The reason *table* gives for the pattern *name* (an inline site covers its rows)."""
    return table.get(name) or table.get(name.partition("#")[0])


# --- the inventory -----------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One pattern of the package and where it comes from."""

    # "newsparse._cues._EMAIL", "newsparse.dates._pattern()", and for a pattern a
    # function compiles inline, "module.function:N#K": its N-th call site, K-th binding.
    name: str
    module: str
    pattern: Pattern = field(compare=False)
    anchored: bool = False  # only ever used with match()/fullmatch() at the call site


def _patterns_in(value: object, depth: int = 0) -> Iterator[Pattern]:
    """The compiled patterns held by *value*: itself, or inside containers and attrs objects."""
    if isinstance(value, re.Pattern | regex.Pattern):
        yield value
    elif depth > 3 or isinstance(value, str | bytes | int | float):
        return
    elif isinstance(value, Mapping):
        for v in value.values():
            yield from _patterns_in(v, depth + 1)
    elif isinstance(value, tuple | list | frozenset | set):
        for v in value:
            yield from _patterns_in(v, depth + 1)
    elif hasattr(value, "__attrs_attrs__"):
        for a in value.__attrs_attrs__:
            yield from _patterns_in(getattr(value, a.name), depth + 1)


def package_modules() -> list[str]:
    """Every importable module of newsparse (optional integrations left out when absent)."""
    import newsparse

    names = ["newsparse"]
    for info in pkgutil.walk_packages(newsparse.__path__, "newsparse."):
        try:
            importlib.import_module(info.name)
        except ImportError:
            continue
        names.append(info.name)
    return names


def _builders(module: object) -> Iterator[tuple[str, Callable[[], object]]]:
    """The cached functions of *module* that take no argument (data-built patterns)."""
    for name, obj in vars(module).items():
        if hasattr(obj, "cache_info") and getattr(obj, "__module__", None) == module.__name__:  # type: ignore[attr-defined]
            params = inspect.signature(obj).parameters
            if not params:
                yield name, obj


def _plans() -> Iterator[tuple[str, object]]:
    """Normalize's compiled plans: one per preset, one per single operation."""
    from newsparse import normalize

    for preset, ops in normalize.PRESETS.items():
        yield f"_plan(PRESETS[{preset!r}])", normalize._plan(ops)
    for op in normalize.OPERATIONS:
        yield f"_plan({{{op!r}}})", normalize._plan(frozenset({op}))


# Functions whose patterns the inventory gets by calling a cached builder or `_plans`.
_BUILT_BY_CALLER = frozenset(
    {("newsparse._cues", "_position_pattern"), ("newsparse.normalize", "_plan")}
)


# Inline call sites: the names their pattern argument needs, per (module, function).
def _inline_bindings() -> dict[tuple[str, str], list[dict[str, object]]]:
    from newsparse._data import load_table

    cues = [r for r in load_table("embed_cues.tsv") if r.get("joiner")]
    return {
        ("newsparse.embeds", "_cue_embeds"): [{}],
        ("newsparse.embeds", "_shared_by"): [{"row": r} for r in cues],
        ("newsparse.embeds", "_posted_by"): [{"row": r} for r in cues],
    }


_CALLS = frozenset(
    {"compile", "match", "search", "fullmatch", "finditer", "findall", "sub", "subn", "split"}
)


def inline_sites(module_name: str) -> Iterator[tuple[str, ast.expr, bool]]:
    """Calls ``regex.X(pattern, …)``/``re.X(pattern, …)`` inside functions of a module.

    Yields the function's name, the pattern argument's expression, and whether the
    call anchors the match at its start (``match``, ``fullmatch``).
    """
    module = importlib.import_module(module_name)
    path = Path(inspect.getfile(module))
    tree = ast.parse(path.read_text("utf-8"))
    for fn in ast.walk(tree):
        if not isinstance(fn, ast.FunctionDef):
            continue
        for call in ast.walk(fn):
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and isinstance(call.func.value, ast.Name)
                and call.func.value.id in ("re", "regex")
                and call.func.attr in _CALLS
                and call.args
            ):
                yield fn.name, call.args[0], call.func.attr in ("match", "fullmatch")


def _own_names(module: object) -> list[str]:
    """The names *module* assigns at its top level (not the ones it imports)."""
    tree = ast.parse(Path(inspect.getfile(module)).read_text("utf-8"))  # type: ignore[arg-type]
    names = []
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign):
            targets = [node.target]
        names += [t.id for t in targets if isinstance(t, ast.Name)]
    return names


def inventory() -> tuple[list[Entry], list[str]]:
    """Every pattern of the package, and the inline call sites no binding covers."""
    entries: dict[int, Entry] = {}
    uncovered: list[str] = []

    def add(name: str, module: str, value: object, *, anchored: bool = False) -> None:
        for n, p in enumerate(_patterns_in(value)):
            if id(p) not in entries:
                label = name if n == 0 else f"{name}[{n}]"
                entries[id(p)] = Entry(label, module, p, anchored)

    bindings = _inline_bindings()
    for mod_name in package_modules():
        module = importlib.import_module(mod_name)
        for name in _own_names(module):
            add(f"{mod_name}.{name}", mod_name, getattr(module, name))
        builders = dict(_builders(module))
        for name, fn in builders.items():
            add(f"{mod_name}.{name}()", mod_name, fn())
        if mod_name == "newsparse.normalize":
            for name, plan in _plans():
                add(f"{mod_name}.{name}", mod_name, plan)
        sites: dict[str, int] = {}
        for fn_name, expr, anchored in inline_sites(mod_name):
            site = sites[fn_name] = sites.get(fn_name, -1) + 1
            if fn_name in builders or (mod_name, fn_name) in _BUILT_BY_CALLER:
                continue  # its patterns come from calling it
            envs = bindings.get((mod_name, fn_name))
            if envs is None:
                uncovered.append(f"{mod_name}.{fn_name}: {ast.unparse(expr)}")
                continue
            code = compile(ast.Expression(expr), mod_name, "eval")
            for k, env in enumerate(envs):
                src = eval(code, {**vars(module), **env})
                p = regex.compile(src) if isinstance(src, str) else src
                add(f"{mod_name}.{fn_name}:{site}#{k}", mod_name, p, anchored=anchored)
    return list(entries.values()), uncovered


def _table(entries: list[Entry]) -> str:
    counts: dict[str, int] = {}
    for e in entries:
        counts[e.module] = counts.get(e.module, 0) + 1
    rows = ["| module | patterns |", "| --- | ---: |"]
    rows += [f"| `{m}` | {n} |" for m, n in sorted(counts.items())]
    rows.append(f"| all | {len(entries)} |")
    return "\n".join(rows)


def main() -> int:
    """Print the table of modules and pattern counts (and the findings)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--findings", action="store_true", help="list every finding")
    args = ap.parse_args()
    entries, uncovered = inventory()
    print(_table(entries))
    for site in uncovered:
        print(f"uncovered inline pattern: {site}")
    if args.findings:
        for e in entries:
            for f in check(e.pattern, anchored=e.anchored):
                print(f"{e.name}: {f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
