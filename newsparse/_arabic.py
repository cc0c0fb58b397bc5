"""Arabic letter classes taken from pyarabic's constants.

pyarabic is the field's reference for the Arabic alphabet (DESIGN.md): the letter
classes the rules build on come from it, so that the package and its test oracle
agree on what an Arabic letter is. This is the only module that imports it.
"""

from __future__ import annotations

from pyarabic import araby

__all__ = ["ARABIC_LETTERS", "PROCLITICS", "TATWEEL"]

#: The letters of the Arabic alphabet, hamza to yeh (U+0621–U+063A, U+0641–U+064A).
ARABIC_LETTERS: str = "".join(sorted(araby.LETTERS))

#: The kashida used to stretch words.
TATWEEL: str = araby.TATWEEL

#: The one-letter proclitics written glued to the next word or mark: و ف ب ل ك.
PROCLITICS: frozenset[str] = frozenset("\u0648\u0641\u0628\u0644\u0643")
