"""Bridges to other tools; each module needs its optional extra (``newsparse[NAME]``)."""
