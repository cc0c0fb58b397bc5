"""Sphinx configuration for the newsparse docs (builds offline)."""

from __future__ import annotations

import os
from importlib.metadata import version as _version

project = "newsparse"
author = "The newsparse developers"
copyright = "2026, The newsparse developers"
release = _version("newsparse")
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.intersphinx",
    "sphinx.ext.viewcode",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
exclude_patterns = ["_build"]

default_role = "py:obj"
nitpicky = True
# Offline there is no inventory for the standard library or attrs: references to
# them cannot resolve, so they are the only ones excused.
nitpick_ignore_regex = [
    ("py:class", r"(collections\.abc|datetime|typing|attrs|enum|re|regex|pathlib|argparse|io)\..*"),
    ("py:class", r"newsparse\.\w+\._T"),
    ("py:class", r"(Any|NoneType|Path|Iterable|Iterator|Sequence|Mapping)"),
    ("py:class", r"datatrove\..*"),  # an optional extra, with no inventory offline
]
autodoc_member_order = "bysource"
# Optional extras need not be installed to build the docs.
autodoc_mock_imports = ["datatrove"]
autodoc_typehints = "description"
napoleon_google_docstring = True
napoleon_numpy_docstring = False

# The network is not reachable in CI: unreachable inventories would break -W.
intersphinx_mapping: dict[str, tuple[str, str | None]] = {}
if os.environ.get("NEWSPARSE_DOCS_ONLINE") == "1":
    intersphinx_mapping = {
        "python": ("https://docs.python.org/3", None),
        "attrs": ("https://www.attrs.org/en/stable", None),
    }

html_theme = "furo"
html_title = "newsparse"
