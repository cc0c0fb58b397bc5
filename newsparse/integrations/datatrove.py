"""A datatrove pipeline step that turns scraped pages into their article text.

Needs the optional extra: ``pip install "newsparse[datatrove]"``. The step runs on any
of datatrove's executors (local, Slurm, Ray), one `newsparse.parse` per document:

.. code-block:: python

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from newsparse.integrations.datatrove import NewsparseExtractor

    LocalPipelineExecutor(
        pipeline=[
            JsonlReader("raw/"),
            NewsparseExtractor(),
            JsonlWriter("clean/"),
        ],
        tasks=8,
    ).run()

Each document's ``text`` becomes the article text (`newsparse.Article.text`), and its
``metadata`` gains ``title``, ``source``, ``tags``, ``embeds`` and ``quotes`` (lists of
plain dicts, as `newsparse.Embed.to_dict` gives them). Offsets in ``embeds`` and
``quotes`` point into the page as it was *before* the step; keep the raw text with
``keep_raw=True`` if you need them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

from newsparse.parse import parse

__all__ = ["NewsparseExtractor"]


class NewsparseExtractor(PipelineStep):  # type: ignore[misc]  # datatrove has no types
    """Replace each document's text with its article text; put the rest in metadata.

    Args:
        keep_raw: also keep the page as it was in ``metadata["raw_text"]``.
        drop_empty: drop documents whose article text is empty (a page that is all
            boilerplate); they are counted in the step's ``dropped_empty`` stat.
    """

    name = "📰 newsparse"
    type = "🔻 - EXTRAC"

    def __init__(self, *, keep_raw: bool = False, drop_empty: bool = True) -> None:
        """Set the options (see the class docstring)."""
        super().__init__()
        self.keep_raw = keep_raw
        self.drop_empty = drop_empty

    def run(
        self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1
    ) -> Iterator[Document]:
        """Yield the documents of *data* with their article text and metadata."""
        if data is None:
            return
        for doc in data:
            self.stat_update("documents")
            with self.track_time():
                article = parse(doc.text)
            metadata: dict[str, Any] = doc.metadata
            if self.keep_raw:
                metadata["raw_text"] = doc.text
            metadata["title"] = article.title
            metadata["source"] = article.source
            metadata["tags"] = list(article.tags)
            metadata["embeds"] = [e.to_dict() for e in article.embeds]
            metadata["quotes"] = [q.to_dict() for q in article.quotes]
            doc.text = article.text
            if self.drop_empty and not doc.text:
                self.stat_update("dropped_empty")
                continue
            self.stat_update("forwarded")
            self.update_doc_stats(doc)
            yield doc
