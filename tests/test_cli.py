"""The newsparse command: subcommands, formats, JSON Lines streaming, bad records, jobs."""

import gzip
import io
import json
import multiprocessing
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import parse
from newsparse._batch import Item, Task, run_item
from newsparse.cli import COMMANDS, EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, build_parser, main
from newsparse.normalize import normalize_arabic

PAGE = 'قال الوزير إن المحادثات مستمرة.\n\nوأضاف: "الأمور تسير جيدا".\n'
DOCS_CLI = Path(__file__).resolve().parents[1] / "docs" / "reference" / "cli.md"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def corpus(tmp_path):
    """A JSON Lines file with good records and every kind of bad one."""
    lines = [
        json.dumps({"id": "a", "url": "u1", "text": PAGE}, ensure_ascii=False),
        "this is not json",
        json.dumps({"id": "c", "body": PAGE}),
        json.dumps({"id": "d", "text": 42}),
        "[1, 2]",
        "",
        json.dumps({"id": "g", "text": "نص قصير."}, ensure_ascii=False),
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_no_input_parses_the_bundled_example(capsys, seed_text):
    code, out, err = run(capsys)
    assert code == EXIT_OK
    assert err == ""
    record = json.loads(out)
    assert record["file"] == "example"
    assert record["text"] == seed_text
    assert record["article"] == parse(seed_text).to_dict()


def test_python_dash_m_runs_the_command():
    done = subprocess.run(
        [sys.executable, "-m", "newsparse", "clean", "-"],
        input=PAGE.encode(),
        capture_output=True,
        check=False,
    )
    assert done.returncode == EXIT_OK
    assert done.stdout.decode() == parse(PAGE).text + "\n"


def test_subcommand_defaults_to_parse(capsys, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    assert run(capsys, str(page)) == run(capsys, "parse", str(page))


def test_text_file_becomes_a_record_with_its_name(capsys, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    code, out, _ = run(capsys, "parse", "--format", "jsonl", str(page))
    assert code == EXIT_OK
    record = json.loads(out)
    assert record["file"] == str(page)
    assert record["text"] == PAGE
    seg = record["article"]["segments"][0]
    assert PAGE[seg["start"] : seg["end"]] == "قال الوزير إن المحادثات مستمرة."


def test_parse_text_format_outlines_the_page(capsys, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    _, out, _ = run(capsys, "parse", "-f", "text", str(page))
    assert out.splitlines()[0] == f"== {page}"
    assert "body  قال الوزير إن المحادثات مستمرة." in out


def test_clean_writes_the_article_text(capsys):
    _, out, _ = run(capsys, "clean")
    assert out.startswith("قالت وزارة الخارجية الأمريكية")


def test_normalize_uses_the_preset(capsys, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("أَعلنَ الرئيـــس", encoding="utf-8")
    _, out, _ = run(capsys, "normalize", "--preset", "search", str(page))
    assert out == normalize_arabic("أَعلنَ الرئيـــس", preset="search") + "\n"
    _, out, _ = run(capsys, "normalize", str(page))
    assert out == "أَعلنَ الرئيس\n"


def test_normalize_refuses_an_unknown_preset(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["normalize", "--preset", "loud"])
    assert exc.value.code == EXIT_USAGE
    assert "invalid choice: 'loud'" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["embeds", "quotes"])
def test_embeds_and_quotes_come_from_the_article(capsys, tmp_path, command):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    _, out, _ = run(capsys, command, "-f", "jsonl", str(page))
    record = json.loads(out)
    expected = [x.to_dict() for x in getattr(parse(PAGE), command)]
    assert record[command] == expected


def test_jsonl_keeps_other_fields_and_skips_bad_records(capsys, corpus):
    code, out, err = run(capsys, "parse", str(corpus))
    assert code == EXIT_SKIPPED
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in records] == ["a", "g"]
    assert records[0]["url"] == "u1"
    assert records[0]["text"] == PAGE
    assert records[0]["article"] == parse(PAGE).to_dict()
    assert f"{corpus}:2: skipped: not JSON" in err
    assert f'{corpus}:3: skipped: no field "text"' in err
    assert f'{corpus}:4: skipped: field "text" is not text (got int)' in err
    assert f"{corpus}:5: skipped: not a JSON object (got list)" in err
    assert ":6:" not in err  # a blank line is not a record
    assert "6 records read, 4 skipped" in err


def test_quiet_keeps_the_bad_record_messages_but_not_the_summary(capsys, corpus):
    _, _, err = run(capsys, "parse", "--quiet", str(corpus))
    assert len(err.splitlines()) == 4
    assert "records read" not in err


def test_field_names_the_text_field(capsys, corpus):
    code, out, _ = run(capsys, "clean", "--field", "body", str(corpus))
    assert code == EXIT_SKIPPED
    records = [json.loads(line) for line in out.splitlines()]
    assert records == [{"id": "c", "body": parse(PAGE).text}]


def test_invalid_utf8_record_is_reported_not_fatal(capsys, tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b'{"text": "\xff\xfe"}\n{"text": "ok"}\n')
    code, out, err = run(capsys, "clean", str(path))
    assert code == EXIT_SKIPPED
    assert json.loads(out) == {"text": "ok"}
    assert f"{path}:1: skipped: not JSON" in err


def test_lone_surrogates_are_written_as_json_escapes(capsys, tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text('{"text": "a\\udc80b"}\n', encoding="utf-8")
    code, out, _ = run(capsys, "clean", str(path))
    assert code == EXIT_OK
    assert json.loads(out) == {"text": "a\udc80b"}


def test_missing_file_is_skipped_and_the_rest_processed(capsys, tmp_path, corpus):
    code, out, err = run(capsys, "clean", "-q", str(tmp_path / "nope.jsonl"), str(corpus))
    assert code == EXIT_SKIPPED
    assert "nope.jsonl: skipped: cannot read" in err
    assert len(out.splitlines()) == 2


def test_folder_is_read_in_name_order(capsys, tmp_path):
    (tmp_path / "b.txt").write_text("بيت", encoding="utf-8")
    (tmp_path / "a.txt").write_text("أرض", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.jsonl.gz").write_bytes(gzip.compress(b'{"text": "c"}\n'))
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    _, out, _ = run(capsys, "clean", "-f", "jsonl", str(tmp_path))
    assert [json.loads(line)["text"] for line in out.splitlines()] == ["أرض", "بيت", "c"]


def test_empty_folder_is_reported(capsys, tmp_path):
    code, out, err = run(capsys, "clean", str(tmp_path))
    assert (code, out) == (EXIT_SKIPPED, "")
    assert "no .txt or .jsonl files" in err


def test_stdin_as_jsonl(capsys, monkeypatch):
    data = b'{"text": "\xd9\x86\xd8\xb5"}\n{"text": "x"}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, out, _ = run(capsys, "clean", "--stdin-format", "jsonl", "-")
    assert code == EXIT_OK
    assert [json.loads(line)["text"] for line in out.splitlines()] == ["نص", "x"]


def test_output_file_gzipped(capsys, tmp_path, corpus):
    target = tmp_path / "out.jsonl.gz"
    run(capsys, "parse", "-q", "-o", str(target), str(corpus))
    lines = gzip.decompress(target.read_bytes()).decode().splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["a", "g"]


def test_html_format_writes_one_page(capsys, tmp_path, corpus):
    _, out, _ = run(capsys, "parse", "-q", "-f", "html", str(corpus))
    assert out.startswith("<!DOCTYPE html>")
    assert out.count('<section class="np-page">') == 2
    assert out.rstrip().endswith("</html>")


def test_html_is_only_for_parse(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["clean", "-f", "html"])
    assert exc.value.code == EXIT_USAGE


@pytest.mark.parametrize("value", ["-1", "two"])
def test_jobs_must_be_a_whole_number(capsys, value):
    with pytest.raises(SystemExit) as exc:
        main(["parse", "--jobs", value])
    assert exc.value.code == EXIT_USAGE
    assert "expected a whole number of processes" in capsys.readouterr().err


def test_jobs_keep_input_order_and_match_one_job(capsys, tmp_path):
    path = tmp_path / "many.jsonl"
    rows = [{"id": i, "text": f"الخبر رقم {i}.\n\n" + "نص " * (i % 50)} for i in range(300)]
    rows.insert(150, {"id": "bad"})
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    code1, out1, err1 = run(capsys, "parse", "-q", "--jobs", "1", str(path))
    code2, out2, err2 = run(capsys, "parse", "-q", "--jobs", "2", str(path))
    assert (code1, code2) == (EXIT_SKIPPED, EXIT_SKIPPED)
    assert out1 == out2
    assert (
        err1
        == err2
        == f'newsparse: {path}:151: skipped: no field "text" (use --field to name the text field)\n'
    )
    assert [json.loads(line)["id"] for line in out2.splitlines()] == list(range(300))


def test_failure_inside_a_stage_skips_only_that_record(capsys, monkeypatch, tmp_path):
    import newsparse._batch as batch

    real = batch.parse

    def flaky(text, **options):
        if "boom" in text:
            raise RuntimeError("stage bug")
        return real(text, **options)

    monkeypatch.setattr(batch, "parse", flaky)
    path = tmp_path / "x.jsonl"
    path.write_text('{"text": "one"}\n{"text": "boom"}\n{"text": "three"}\n', encoding="utf-8")
    code, out, err = run(capsys, "clean", str(path))
    assert code == EXIT_SKIPPED
    assert [json.loads(line)["text"] for line in out.splitlines()] == ["one", "three"]
    assert f"{path}:2: skipped: failed: RuntimeError: stage bug" in err


def test_closed_pipe_ends_quietly():
    done = subprocess.run(
        f"{sys.executable} -m newsparse parse -f text - | head -c 1",
        shell=True,
        input=(PAGE * 20000).encode(),
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0
    assert b"Traceback" not in done.stderr


def test_every_option_and_exit_code_is_in_the_cli_reference():
    doc = DOCS_CLI.read_text(encoding="utf-8")
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    for name, parser in sub.choices.items():
        assert f"## `newsparse {name}`" in doc, name
        for action in parser._actions:
            for flag in action.option_strings:
                assert f"`{flag}" in doc, f"{name} {flag}"
    for code in (EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, 3, 130):
        assert re.search(rf"^\| `{code}` \|", doc, re.MULTILINE), code
    assert set(COMMANDS) == set(sub.choices)


class _Terminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_bar_on_a_terminal_only(monkeypatch, capsys, corpus):
    pytest.importorskip("tqdm", reason="the progress bar needs the extra newsparse[progress]")
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    main(["clean", str(corpus)])
    assert re.search(r"6 records \[", terminal.getvalue())
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    main(["clean", "--quiet", str(corpus)])
    assert " records [" not in terminal.getvalue()
    capsys.readouterr()
    main(["clean", str(corpus)])  # not a terminal: no bar
    assert " records [" not in capsys.readouterr().err


def test_jobs_zero_means_one_per_cpu():
    from newsparse._batch import default_jobs

    args = build_parser().parse_args(["parse", "--jobs", "0"])
    assert args.jobs == default_jobs() >= 1


@given(st.text())
def test_any_text_record_gives_one_valid_line(text):
    line = json.dumps({"id": 1, "text": text}).encode()
    for command in COMMANDS:
        data, error = run_item(Task(command=command, fmt="jsonl"), Item("x", 1, line, jsonl=True))
        assert error is None
        record = json.loads(data)
        assert data.endswith(b"\n")
        assert data.count(b"\n") == 1
        assert record["id"] == 1


def test_dead_worker_stops_the_run_with_its_own_code(capsys, monkeypatch, tmp_path):
    import os

    import newsparse._batch as batch
    from newsparse.cli import EXIT_FAILED

    real = batch.parse

    def fatal(text, **options):
        if text == "die":
            os._exit(9)  # as if the kernel killed the worker
        return real(text, **options)

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("needs the fork start method to hand the patch to the workers")
    monkeypatch.setattr(batch, "parse", fatal)  # forked workers inherit it
    monkeypatch.setattr(batch, "_start_method", lambda: "fork")
    monkeypatch.setattr(batch, "BATCH_ITEMS", 1)
    path = tmp_path / "x.jsonl"
    path.write_text("".join(f'{{"text": "{t}"}}\n' for t in ["a", "die", "c"]), encoding="utf-8")
    code, _, err = run(capsys, "clean", "--jobs", "2", str(path))
    assert code == EXIT_FAILED
    assert "a worker process died" in err
