import pyarabic.araby as araby
import regex

from newsparse._arabic import ARABIC_LETTERS, TATWEEL


def test_letters_are_the_alphabet_blocks():
    expected = [chr(c) for c in [*range(0x0621, 0x063B), *range(0x0641, 0x064B)]]
    assert list(ARABIC_LETTERS) == expected


def test_letters_make_a_safe_regex_class():
    letter = regex.compile(f"[{ARABIC_LETTERS}]")
    assert all(letter.fullmatch(ch) for ch in "بسم الله الرحمن الرحيم" if ch != " ")
    assert not letter.search("abc ٠١٢ ـ ً")


def test_tatweel_is_pyarabics():
    assert TATWEEL == "\u0640" == araby.TATWEEL


def test_proclitics_are_the_one_letter_particles():
    from newsparse._arabic import PROCLITICS

    assert set("وفبلك") == PROCLITICS
    assert all(ch in ARABIC_LETTERS for ch in PROCLITICS)
