"""The datatrove step, run by datatrove's local executor over a JSON Lines folder."""

import gzip
import json

import pytest

from newsparse import parse

pytest.importorskip("datatrove", reason="needs the extra: pip install 'newsparse[datatrove]'")

from datatrove.data import Document
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

from newsparse.integrations.datatrove import NewsparseExtractor


def test_step_replaces_text_and_fills_metadata(seed_text):
    doc = Document(text=seed_text, id="seed", metadata={"url": "u"})
    (out,) = NewsparseExtractor()([doc])
    article = parse(seed_text)
    assert out.text == article.text
    assert out.metadata["url"] == "u"
    assert out.metadata["title"] == article.title
    assert out.metadata["source"] == article.source
    assert out.metadata["tags"] == list(article.tags)
    assert out.metadata["embeds"] == [e.to_dict() for e in article.embeds]
    assert out.metadata["quotes"] == [q.to_dict() for q in article.quotes]
    assert "raw_text" not in out.metadata


def test_keep_raw_and_drop_empty():
    docs = [Document(text="  \n", id="blank"), Document(text="نص.", id="x")]
    step = NewsparseExtractor(keep_raw=True)
    out = list(step(docs))
    assert [d.id for d in out] == ["x"]
    assert out[0].metadata["raw_text"] == "نص."
    assert step.stats["dropped_empty"].total == 1
    kept = list(NewsparseExtractor(drop_empty=False)([Document(text=" ", id="b")]))
    assert [d.text for d in kept] == [""]


def test_local_executor_two_tasks_over_a_jsonl_folder(tmp_path, seed_text):
    raw = tmp_path / "raw"
    raw.mkdir()
    pages = {f"p{i}": seed_text if i % 2 else f"الخبر رقم {i}.\n\nتفاصيل الخبر." for i in range(6)}
    for part in (0, 1):
        with (raw / f"part{part}.jsonl").open("w", encoding="utf-8") as f:
            for i in range(part * 3, part * 3 + 3):
                f.write(
                    json.dumps({"id": f"p{i}", "text": pages[f"p{i}"]}, ensure_ascii=False) + "\n"
                )
    out = tmp_path / "clean"
    LocalPipelineExecutor(
        pipeline=[JsonlReader(str(raw)), NewsparseExtractor(), JsonlWriter(str(out))],
        tasks=2,
        workers=2,
        logging_dir=str(tmp_path / "logs"),
    ).run()
    rows = {}
    for path in sorted(out.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            rows |= {r["id"]: r for r in map(json.loads, f)}
    assert len(list(out.glob("*.jsonl.gz"))) == 2  # one file per task
    assert sorted(rows) == sorted(pages)
    for key, page in pages.items():
        article = parse(page)
        assert rows[key]["text"] == article.text
        assert rows[key]["metadata"]["embeds"] == [e.to_dict() for e in article.embeds]
