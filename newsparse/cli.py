"""The ``newsparse`` command (also ``python -m newsparse``).

With no input it parses the bundled example page, so a newcomer sees a parsed
article at once::

    newsparse                                  # the example page, as JSON
    newsparse parse --format text page.txt     # an outline of your own page
    newsparse clean corpus.jsonl.gz > clean.jsonl
    newsparse parse --jobs 4 corpus.jsonl > parsed.jsonl

Each input becomes a record: a line of a JSON Lines file (``.jsonl``, ``.ndjson``,
optionally gzipped) is one record whose text is its ``--field``; any other file is one
page, read as the record ``{"file": name, "text": content}``; ``-`` is standard input.
Every subcommand adds its result to the record, keeping the other fields. The full
reference, with the exit codes, is in the docs (``reference/cli``).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.resources
import os
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import IO, Any, cast

from newsparse import _batch
from newsparse.normalize import PRESETS

__all__ = [
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_SKIPPED",
    "EXIT_USAGE",
    "build_parser",
    "example_text",
    "main",
]

#: Every record was processed.
EXIT_OK = 0
#: The run finished, but some inputs or records were skipped (each was reported).
EXIT_SKIPPED = 1
#: The command line was wrong (unknown option, bad value); nothing was processed.
EXIT_USAGE = 2
#: The run stopped early because a worker process died (killed, out of memory).
EXIT_FAILED = 3
#: Interrupted with Ctrl-C.
EXIT_INTERRUPTED = 130

#: The subcommands, and the output formats each accepts (the first is for single pages).
COMMANDS: dict[str, tuple[str, ...]] = {
    "parse": ("json", "jsonl", "text", "html"),
    "clean": ("text", "jsonl", "json"),
    "normalize": ("text", "jsonl", "json"),
    "embeds": ("json", "jsonl", "text"),
    "quotes": ("json", "jsonl", "text"),
}
_HELP = {
    "parse": "segments, embeds, quotes and metadata of each page (the default)",
    "clean": "the article text of each page, boilerplate removed",
    "normalize": "each page's text, normalized with --preset",
    "embeds": "the social posts embedded in each page",
    "quotes": "the quotations in each page's body",
}
_TEXT_SUFFIXES = (".txt", ".text")


def example_text() -> str:
    """Return the bundled example page (a real Arabic news page, as scraped)."""
    return (
        importlib.resources.files("newsparse").joinpath("examples", "seed.txt").read_text("utf-8")
    )


def _example_path() -> Path:
    return Path(str(importlib.resources.files("newsparse").joinpath("examples", "seed.txt")))


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``newsparse`` command."""
    ap = argparse.ArgumentParser(
        prog="newsparse",
        description="Turn the plain text of scraped news pages into structured articles.",
        epilog="The subcommand may be left out: 'newsparse page.txt' is "
        "'newsparse parse page.txt'. Exit codes: 0 done, 1 some inputs skipped, "
        "2 usage error, 3 a worker died, 130 interrupted.",
    )
    from newsparse import __version__

    ap.add_argument("--version", action="version", version=f"newsparse {__version__}")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")
    for name, formats in COMMANDS.items():
        p = sub.add_parser(name, help=_HELP[name], description=_HELP[name].capitalize() + ".")
        p.add_argument(
            "inputs",
            nargs="*",
            metavar="INPUT",
            help="text files, JSON Lines files (.jsonl, .ndjson, optionally .gz), folders "
            "of them, or - for standard input (default: the bundled example page)",
        )
        p.add_argument(
            "-f",
            "--format",
            choices=formats,
            help=f"output format (default: jsonl for JSON Lines input, else {formats[0]})",
        )
        p.add_argument(
            "-o", "--output", type=Path, help="write to this file (.gz: compressed) not stdout"
        )
        p.add_argument(
            "--field", default="text", help="the text field of JSON Lines records (default: text)"
        )
        p.add_argument(
            "--stdin-format",
            choices=("text", "jsonl"),
            default="text",
            help="read standard input as one page (text, default) or as JSON Lines",
        )
        p.add_argument(
            "-j",
            "--jobs",
            type=_jobs,
            default=1,
            help="worker processes (default 1; 0 = one per CPU); output keeps input order",
        )
        p.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
        if name == "normalize":
            p.add_argument(
                "--preset",
                choices=sorted(PRESETS),
                default="display",
                help="display keeps meaning; search also folds spelling (default: display)",
            )
    return ap


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = -1
    if jobs < 0:
        msg = f"expected a whole number of processes (0 = one per CPU), got {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return jobs or _batch.default_jobs()


def _with_command(argv: Sequence[str]) -> list[str]:
    """Insert the default subcommand ``parse`` unless one (or a global flag) is given."""
    args = list(argv)
    if args and (args[0] in COMMANDS or args[0] in ("-h", "--help", "--version")):
        return args
    return ["parse", *args]


def _sources(inputs: Sequence[str], report: Any) -> list[tuple[str, Path | None]]:
    """Expand the inputs into (name, file) pairs in order; None is standard input."""
    if not inputs:
        return [("example", _example_path())]
    out: list[tuple[str, Path | None]] = []
    for arg in inputs:
        path = Path(arg)
        if arg == "-":
            out.append(("<stdin>", None))
        elif path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and (_batch.is_jsonl(p) or p.name.lower().endswith(_TEXT_SUFFIXES))
            )
            if not found:
                report(f"{path}: skipped: no .txt or .jsonl files in this folder")
            out.extend((str(p), p) for p in found)
        else:
            out.append((arg, path))
    return out


class _Progress:
    """A tqdm bar on stderr when it is a terminal and tqdm is installed; else nothing.

    The bar starts at the first update, after the worker processes: tqdm runs a
    monitor thread, and worker processes are best forked before any thread starts.
    """

    def __init__(self, enabled: bool) -> None:
        self._enabled = enabled and sys.stderr.isatty()
        self._bar: Any = None

    def update(self, n: int) -> None:
        if self._bar is None and self._enabled:
            self._enabled = False
            try:
                from tqdm import tqdm
            except ImportError:  # the optional extra newsparse[progress] is not installed
                return
            self._bar = tqdm(unit=" records", file=sys.stderr, dynamic_ncols=True)
        if self._bar is not None:
            self._bar.update(n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


@contextlib.contextmanager
def _output(path: Path | None) -> Iterator[IO[bytes]]:
    if path is None:
        stdout = sys.stdout
        stdout.flush()
        yield stdout.buffer
        stdout.buffer.flush()
        return
    import gzip

    with gzip.open(path, "wb") if path.suffix == ".gz" else path.open("wb") as f:
        yield cast("IO[bytes]", f)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return its exit code (see the module's exit code constants).

    Args:
        argv: the arguments without the program name (default: ``sys.argv[1:]``).

    Returns:
        `EXIT_OK`, `EXIT_SKIPPED`, `EXIT_FAILED` or `EXIT_INTERRUPTED`; a usage error exits with
        `EXIT_USAGE` through `SystemExit`, as ``argparse`` does.
    """
    parser = build_parser()
    args = parser.parse_args(_with_command(sys.argv[1:] if argv is None else argv))
    skipped = 0

    def report(message: str) -> None:
        nonlocal skipped
        skipped += 1
        sys.stderr.write(f"newsparse: {message}\n")
        sys.stderr.flush()

    sources = _sources(args.inputs, report)
    jsonl_in = any(
        _batch.is_jsonl(p) if p is not None else args.stdin_format == "jsonl" for _, p in sources
    )
    fmt = args.format or ("jsonl" if jsonl_in else COMMANDS[args.command][0])
    task = _batch.Task(
        command=args.command, fmt=fmt, field=args.field, preset=getattr(args, "preset", "display")
    )
    items = _batch.read_items(
        sources,
        stdin=sys.stdin.buffer,
        stdin_jsonl=args.stdin_format == "jsonl",
        report=report,
    )
    progress = _Progress(enabled=not args.quiet)
    done = 0
    try:
        with _output(args.output) as out:
            if fmt == "html":
                from newsparse.render import page_end, page_start

                out.write(page_start("newsparse").encode())
            for batch, (data, errors) in _batch.run_items(task, items, jobs=args.jobs):
                out.write(data)
                for item, error in zip(batch, errors, strict=True):
                    if error is not None:
                        where = f"{item.name}:{item.line}" if item.line else item.name
                        report(f"{where}: skipped: {error}")
                done += len(batch)
                progress.update(len(batch))
            if fmt == "html":
                out.write(page_end().encode())
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenProcessPool:
        sys.stderr.write(
            f"newsparse: a worker process died (killed or out of memory); stopped after "
            f"{done} records, the output holds their results\n"
        )
        return EXIT_FAILED
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, as other tools do, and point
        # stdout at devnull so that Python's final flush does not fail again.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    finally:
        progress.close()
    if skipped and not args.quiet:
        sys.stderr.write(f"newsparse: {done} records read, {skipped} skipped\n")
    return EXIT_SKIPPED if skipped else EXIT_OK
