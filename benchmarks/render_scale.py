"""Cost of `newsparse.render_html` as the page grows: 100 KB vs 1 MB of text.

Run from the project root: ``python benchmarks/render_scale.py``. Uses a hand-built
article with a quote in every paragraph, the view's worst case, so that the figure
does not depend on what today's parse() finds.
"""

from __future__ import annotations

import time

from newsparse import Article, Quote, Segment
from newsparse.render import render_html

PARAGRAPH = 'وقال الوزير إن "المحادثات مستمرة مع جميع الأطراف" وأضاف أنها إيجابية.'


def page(size: int) -> tuple[str, Article]:
    """A page of about *size* characters, one segment and one quote per paragraph."""
    n = size // (len(PARAGRAPH) + 2)
    text = "\n\n".join([PARAGRAPH] * n)
    segments, quotes = [], []
    q = PARAGRAPH.index('"') + 1
    for i in range(n):
        start = i * (len(PARAGRAPH) + 2)
        segments.append(Segment(kind="body", start=start, end=start + len(PARAGRAPH)))
        if i < n - 1:
            segments.append(
                Segment(kind="blank", start=start + len(PARAGRAPH), end=start + len(PARAGRAPH) + 2)
            )
        quotes.append(Quote(text="", start=start + q, end=start + q + 28, speaker="الوزير"))
    return text, Article(segments=segments, quotes=quotes, end=len(text))


def main() -> None:
    times = {}
    for size in (100_000, 1_000_000):
        text, article = page(size)
        t0 = time.perf_counter()
        render_html(text, article)
        times[size] = time.perf_counter() - t0
        rate = size / times[size] / 1e6
        print(f"{size:>9,} chars: {times[size] * 1000:7.1f} ms  {rate:.2f} M chars/s")
    print(f"1 MB / 100 KB cost ratio: {times[1_000_000] / times[100_000]:.1f} (linear: about 10)")


if __name__ == "__main__":
    main()
