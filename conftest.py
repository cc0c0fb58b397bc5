"""Collection rules for the whole repository (fixtures live in tests/conftest.py)."""

import importlib.util

# Modules that need an optional extra cannot be imported for their doctests without it.
collect_ignore = []
if importlib.util.find_spec("datatrove") is None:
    collect_ignore.append("newsparse/integrations/datatrove.py")
