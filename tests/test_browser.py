"""Headless Chromium over the built docs and a rendered article: Arabic reads right to left.

Each page is loaded with a probe script that records, for every block it is asked
about, the browser's computed ``direction`` and where the block's first character
is drawn; the dumped DOM carries the answers back. Screenshots go to
``artifacts/screenshots/`` (CI keeps them as artifacts). Skipped when Chromium is
not installed; CI installs Debian's ``chromium`` package.
"""

import html
import importlib.util
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newsparse import parse, render_html
from newsparse.render import direction

ROOT = Path(__file__).resolve().parents[1]
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM = next(
    (p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None
)
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium is not installed (CI installs Debian's chromium package)"
)

# For each element matching the selector: its computed direction, and whether its
# first character is drawn in the right half of the element (how RTL text starts).
PROBE = """
<script>
window.addEventListener("load", () => {
  const out = [];
  for (const el of document.querySelectorAll(SELECTOR)) {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let node = walker.nextNode();
    while (node && !node.data.trim()) node = walker.nextNode();
    let startsRight = null;
    if (node) {
      const i = node.data.search(/\\S/);
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const ch = range.getBoundingClientRect(), box = el.getBoundingClientRect();
      startsRight = ch.left + ch.width / 2 > box.left + box.width / 2;
    }
    out.push({text: el.textContent, direction: getComputedStyle(el).direction, startsRight});
  }
  const pre = document.createElement("pre");
  pre.id = "probe-result";
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
});
</script>
"""


def _chromium(*args):
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
    done = subprocess.run(
        [*cmd, "--hide-scrollbars", *args], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def probe(page: Path, selector: str, screenshot: str):
    """Load *page* with the probe; save a screenshot; return what the probe found."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shot = SCREENSHOTS / screenshot
    shot.unlink(missing_ok=True)
    _chromium("--window-size=1280,1800", f"--screenshot={shot}", page.as_uri())
    assert shot.stat().st_size > 0
    source = page.read_text(encoding="utf-8")
    probed = page.with_name(f"probed-{page.name}")
    script = PROBE.replace("SELECTOR", json.dumps(selector))
    probed.write_text(source.replace("</body>", script + "</body>"), encoding="utf-8")
    dom = _chromium("--virtual-time-budget=5000", "--dump-dom", probed.as_uri())
    m = re.search(r'<pre id="probe-result">(.*?)</pre>', dom, re.DOTALL)
    assert m, "the probe did not run"
    return json.loads(html.unescape(m[1]))


def test_rendered_article_arabic_blocks_are_right_to_left(tmp_path, seed_text):
    page = tmp_path / "seed.html"
    page.write_text(render_html(seed_text, parse(seed_text)), encoding="utf-8")
    blocks = probe(page, ".np-seg", "article-seed.png")
    assert len(blocks) == sum(1 for s in parse(seed_text).segments if s.kind != "blank")
    arabic = [b for b in blocks if direction(None, b["text"]) == "rtl"]
    latin = [b for b in blocks if direction(None, b["text"]) == "ltr"]
    assert len(arabic) > 10
    assert latin  # the English and German tweets
    for b in arabic:
        assert (b["direction"], b["startsRight"]) == ("rtl", True), b["text"][:40]
    for b in latin:
        assert (b["direction"], b["startsRight"]) == ("ltr", False), b["text"][:40]


@pytest.fixture(scope="module")
def built_docs(tmp_path_factory):
    """The docs, built once for this module."""
    if importlib.util.find_spec("sphinx") is None:
        pytest.skip("Sphinx is not installed (pip install -e '.[docs]')")
    out = tmp_path_factory.mktemp("docs")
    # In a separate process: pytest turns Sphinx's own deprecation warnings into errors.
    cmd = [sys.executable, "-m", "sphinx", "-q", "-b", "html", str(ROOT / "docs"), str(out)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return out


def test_docs_arabic_blocks_are_right_to_left(built_docs):
    blocks = probe(built_docs / "tutorial" / "index.html", '[lang="ar"]', "docs-tutorial.png")
    assert blocks, "the tutorial shows an Arabic sample"
    for b in blocks:
        assert direction(None, b["text"]) == "rtl"
        assert (b["direction"], b["startsRight"]) == ("rtl", True), b["text"][:40]


def test_docs_pages_render(built_docs):
    for name in ("index", "how-to/cli-corpus", "reference/cli"):
        page = built_docs / f"{name}.html"
        blocks = probe(page, "h1", f"docs-{name.replace('/', '-')}.png")
        assert blocks, name
        assert blocks[0]["direction"] == "ltr"


def test_cards_and_quotes_render(tmp_path):
    from tests.test_render import TEXT, _article

    page = tmp_path / "cards.html"
    page.write_text(render_html(TEXT, _article()), encoding="utf-8")
    quotes = probe(page, "mark.np-quote", "article-cards-quotes.png")
    assert [q["text"] for q in quotes] == ["المحادثات مستمرة"]
    assert quotes[0]["direction"] == "rtl"
    cards = probe(page, "figure.np-embed", "article-cards-quotes.png")
    assert len(cards) == 1
    assert cards[0]["text"].startswith("Great talks today.")
