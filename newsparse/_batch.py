"""The command line's engine: records in, one result per record out, in order.

Inputs are read as raw bytes in the main process; decoding, parsing and encoding
the output all happen in `run_item`, so that with worker processes the main process
only moves bytes. Memory stays flat because at most a fixed number of batches are in
flight at any time, whatever the size of the input.
"""

from __future__ import annotations

import collections
import gzip
import json
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import IO, Any, NamedTuple, cast

import attrs

from newsparse.model import Article
from newsparse.normalize import normalize_arabic
from newsparse.parse import parse

__all__ = [
    "Item",
    "Outcome",
    "Task",
    "is_jsonl",
    "read_items",
    "run_batch",
    "run_item",
    "run_items",
]

#: File names read as JSON Lines (one record a line); any other file is one page.
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
#: A batch sent to a worker holds about this many input bytes, or this many records.
BATCH_BYTES = 1 << 18
BATCH_ITEMS = 512
#: Batches in flight per worker: enough to keep workers busy, few enough for flat memory.
WINDOW_PER_JOB = 4


@attrs.frozen
class Task:
    """What to do with every record (sent once to each worker)."""

    command: str
    fmt: str
    field: str = "text"
    preset: str = "display"


class Item(NamedTuple):
    """One input record: where it comes from and its raw bytes (a tuple: cheap to pickle)."""

    name: str
    line: int  # 1-based line of a JSON Lines record; 0 for a whole-file page
    data: bytes
    jsonl: bool


#: What became of an item: its encoded output, or why it was skipped.
Outcome = tuple[bytes, str | None]


def is_jsonl(path: Path) -> bool:
    """Whether *path* is read as JSON Lines (by its name)."""
    return path.name.lower().endswith(JSONL_SUFFIXES)


def _open(path: Path) -> IO[bytes]:
    if path.suffix.lower() == ".gz":
        return cast("IO[bytes]", gzip.open(path, "rb"))
    return path.open("rb")


def read_items(
    sources: Iterable[tuple[str, Path | None]],
    *,
    stdin: IO[bytes],
    stdin_jsonl: bool,
    report: Callable[[str], None],
) -> Iterator[Item]:
    """Yield the records of *sources* in order: (name, path) pairs, None for stdin.

    A file that cannot be read is passed to *report* and skipped.
    """
    for name, path in sources:
        if path is None:
            if stdin_jsonl:
                yield from _lines("<stdin>", stdin)
            else:
                yield Item("<stdin>", 0, stdin.read(), jsonl=False)
            continue
        try:
            with _open(path) as f:
                if is_jsonl(path):
                    yield from _lines(name, f)
                else:
                    yield Item(name, 0, f.read(), jsonl=False)
        except (OSError, EOFError) as exc:
            report(f"{name}: skipped: cannot read ({exc})")


def _lines(name: str, f: IO[bytes]) -> Iterator[Item]:
    for number, line in enumerate(f, 1):
        if line.strip():
            yield Item(name, number, line, jsonl=True)


def _record(task: Task, item: Item) -> dict[str, Any]:
    """Decode *item* into a record whose ``task.field`` is text, or raise ValueError."""
    if not item.jsonl:
        return {"file": item.name, task.field: item.data.decode("utf-8", "surrogateescape")}
    try:
        record = json.loads(item.data)
    except ValueError as exc:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        msg = f"not JSON ({exc})"
        raise ValueError(msg) from None
    if not isinstance(record, dict):
        msg = f"not a JSON object (got {type(record).__name__})"
        raise ValueError(msg)
    if task.field not in record:
        msg = f'no field "{task.field}" (use --field to name the text field)'
        raise ValueError(msg)
    if not isinstance(record[task.field], str):
        msg = f'field "{task.field}" is not text (got {type(record[task.field]).__name__})'
        raise ValueError(msg)
    return record


def _summary(name: str, text: str, article: Article) -> str:
    """A readable outline of *article*: one line per segment, embed and quote."""
    lines = [f"== {name}"]
    for seg in article.segments:
        if seg.kind.value == "blank":
            continue
        shown = text[seg.start : seg.end].replace("\n", " ")
        if len(shown) > 70:
            shown = shown[:69] + "…"
        lines.append(f"{seg.kind.value:>11}  {shown}")
    lines.extend(_embed_line(e.to_dict()) for e in article.embeds)
    lines.extend(_quote_line(q.to_dict()) for q in article.quotes)
    return "\n".join(lines) + "\n"


def _embed_line(e: dict[str, Any]) -> str:
    who = " ".join(x for x in (e["author"], e["handle"] and "@" + e["handle"]) if x)
    return f"      embed  {e['platform']} {who} {e['date_text'] or ''}".rstrip()


def _quote_line(q: dict[str, Any]) -> str:
    words = q["text"] if len(q["text"]) <= 60 else q["text"][:59] + "…"
    return f"      quote  {q['speaker'] or '?'}: «{words}»"


#: Where each command puts its result in a record (None: it replaces the text field).
RESULT_KEYS: dict[str, str | None] = {
    "parse": "article",
    "clean": None,
    "normalize": None,
    "embeds": "embeds",
    "quotes": "quotes",
}


def _result(task: Task, item: Item, record: dict[str, Any]) -> str:
    """Do *task* on one record; return its output as text."""
    text: str = record[task.field]
    value: Any
    if task.command == "normalize":
        value = normalize_arabic(text, preset=task.preset)
    else:
        # Cleaning and embeds need no quotations: skip the stage (a third of parse()).
        wants_quotes = task.command in ("parse", "quotes") or task.fmt == "html"
        article = parse(text, quotes=wants_quotes)
        if task.fmt == "html":
            from newsparse.render import render_section

            return render_section(text, article, name=item.name, line=item.line)
        if task.command == "parse" and task.fmt == "text":
            return _summary(f"{item.name}:{item.line}" if item.line else item.name, text, article)
        if task.command == "clean":
            value = article.text
        elif task.command == "parse":
            value = article.to_dict()
        else:  # embeds, quotes
            value = [x.to_dict() for x in getattr(article, task.command)]
    if task.fmt == "text":
        if isinstance(value, str):
            return value + "\n"
        line = _embed_line if task.command == "embeds" else _quote_line
        return "".join(line(x) + "\n" for x in value)
    record[RESULT_KEYS[task.command] or task.field] = value
    indent = 2 if task.fmt == "json" else None
    return json.dumps(record, ensure_ascii=False, indent=indent) + "\n"


def run_item(task: Task, item: Item) -> Outcome:
    """Do *task* on *item*: its UTF-8 output, or an empty output and why it was skipped.

    Nothing raises: a record that cannot be read, or a failure while parsing it, is
    an outcome with a reason, so that one bad record never stops a batch.
    """
    try:
        record = _record(task, item)
    except ValueError as exc:
        return b"", str(exc)
    try:
        out = _result(task, item, record)
    except Exception as exc:  # a bug on one page must not lose the others
        return b"", f"failed: {type(exc).__name__}: {exc}"
    # Lone surrogates (undecodable input bytes) become \\udcXX, a valid JSON escape.
    return out.encode("utf-8", "backslashreplace"), None


_TASK: Task | None = None


def _init_worker(task: Task) -> None:
    global _TASK  # one task per worker process, set once
    _TASK = task


#: A batch's output (the outputs of its records, joined) and each record's error or None.
BatchResult = tuple[bytes, list[str | None]]


def _run_batch(batch: list[Item]) -> BatchResult:
    assert _TASK is not None
    return run_batch(_TASK, batch)


def run_batch(task: Task, batch: Sequence[Item]) -> BatchResult:
    """Do *task* on each item of *batch*; join the outputs (one message back, not many)."""
    outcomes = [run_item(task, item) for item in batch]
    return b"".join(data for data, _ in outcomes), [error for _, error in outcomes]


def _batches(items: Iterable[Item]) -> Iterator[list[Item]]:
    """Group *items* into batches of about `BATCH_BYTES` (at most `BATCH_ITEMS` items)."""
    batch: list[Item] = []
    size = 0
    for item in items:
        batch.append(item)
        size += len(item.data)
        if size >= BATCH_BYTES or len(batch) >= BATCH_ITEMS:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def run_items(
    task: Task, items: Iterable[Item], *, jobs: int
) -> Iterator[tuple[list[Item], BatchResult]]:
    """Yield batches of items with their results, in input order, using *jobs* processes.

    With ``jobs > 1`` the batches go to a pool of worker processes; at most
    ``jobs * WINDOW_PER_JOB`` of them are in flight, so memory does not grow with the
    input (``Pool.imap`` and ``Executor.map`` read the whole input ahead of the workers).
    """
    if jobs <= 1:
        for batch in _batches(items):
            yield batch, run_batch(task, batch)
        return
    ctx = multiprocessing.get_context(_start_method())
    window: collections.deque[tuple[list[Item], Future[BatchResult]]] = collections.deque()
    # An executor, not multiprocessing.Pool: a worker killed (out of memory, a signal)
    # raises BrokenProcessPool here instead of leaving the run waiting forever.
    with ProcessPoolExecutor(jobs, ctx, initializer=_init_worker, initargs=(task,)) as pool:
        try:
            for batch in _batches(items):
                window.append((batch, pool.submit(_run_batch, batch)))
                if len(window) >= jobs * WINDOW_PER_JOB:
                    done, result = window.popleft()
                    yield done, result.result()
            while window:
                done, result = window.popleft()
                yield done, result.result()
        finally:
            for _, pending in window:  # stopped early: drop what has not started
                pending.cancel()


def _start_method() -> str:
    """Return how to start worker processes.

    Fork on Linux when no other thread runs: it is fast, and the caller's ``__main__``
    is not re-imported (which fails from a REPL). Else forkserver, safe with threads.
    """
    if sys.platform == "linux" and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


def default_jobs() -> int:
    """The number of CPUs this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
