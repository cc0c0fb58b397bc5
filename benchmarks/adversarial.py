"""Linear time on adversarial input: parse() of 1 MB must cost at most 12x 100 KB.

    python benchmarks/adversarial.py            # every case, 100 KB vs 1 MB
    python benchmarks/adversarial.py --case quote_marks_only

Each case builds a page of the given size from a repeated unit that stresses one
part of the pipeline. The ratio of the two timings is printed with a verdict; the
exit code is 1 if any case is over the bar, so the script can gate a release.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable

import newsparse

BAR = 12.0


def _repeat(unit: str) -> Callable[[int], str]:
    def build(size: int) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    return build


def _tail(head: str, unit: str, end: str = "") -> Callable[[int], str]:
    """One line: *head*, then *unit* repeated, then *end*, *size* characters in all."""

    def build(size: int) -> str:
        body = size - len(head) - len(end)
        return head + (unit * (body // len(unit) + 1))[:body] + end

    return build


CASES: dict[str, Callable[[int], str]] = {
    "quote_marks_only": _repeat("\"«“„»”'‘’‹›"),
    "one_line_no_newline": _repeat('وقال الوزير إن "الاتفاق قريب" وأضاف: '),
    "attribution_lines_bad_dates": _repeat("— Name Surname (@handle_x) Octember 99, 20x3\n"),
    "bullet_items": _repeat("• بند في قائمة طويلة من العناوين\n"),
    "cue_phrase_repeated": _repeat("اقرأ أيضا: "),
    "alternating_scripts": _repeat("عربيLatinعربي123"),
    "blank_lines": _repeat("\n"),
    "unbalanced_quotes": _repeat('قال "نعم و«لا “ربما\n'),
    "mentions_and_hashtags": _repeat("@a #b pic.twitter.com/x https://t.co/y "),
    "colons_and_said": _repeat("وقال: وأضاف: said: "),
    "said_quotes_one_line": _repeat('"We will continue to fight for this," said John Smith. '),
    "long_run_before_at": _repeat("a" * 5000 + "@ x "),
    # embeds: names as long as a line allows, posts read back block by block, runs of
    # the characters tags and mentions start with, media links with no line break,
    # signatures glued into one endless line, bylines and interface lines
    "attribution_long_names": _repeat(
        "— " + "اسم طويل جدا Name " * 12 + "(@handle_x) October 10, 2023\n"
    ),
    "tweets_read_back": _repeat(
        "وأكد الوزير أن المملكة ستواصل دعمها.\nنرحب بالاتفاق #اليمن\n"
        "— عادل الجبير (@AdelAljubeir) July 20, 2015\n"
    ),
    "at_and_hash_runs": _repeat("@" * 500 + "#" * 500 + "(@" * 100 + "\n"),
    "media_links_one_line": _repeat("pic.twitter.com/"),
    "glued_signatures_one_line": _repeat(
        "جملة قصيرة. نعتذر للمسافرين.— هيئة الطيران (@ksagaca) July 31, 2019 "
    ),
    "bylines_and_interface_lines": _repeat(
        "Posted by Admin on Monday, March 2, 2020\nVoir cette publication sur Instagram\n"
        "منشور تمت مشاركته بواسطة X (@x) في 12 مارس 2021\n"
    ),
    # The shapes the boilerplate stage's regexes were reviewed for: a long run of
    # word characters before an "@" (e-mail), of dots before one, of capitalized
    # words (name line), of dashes and spaces (credit line), of separators (tags),
    # of punctuation around a whole-line cue, and a copyright cue repeated in one line.
    "email_word_run": _tail("", "a", "@ x"),
    "email_dot_run": _tail("", "a.", "@b"),
    "capitalized_words": _repeat("Name Surname "),
    "dash_runs": _repeat("اسم - مكان -- "),
    "tag_separators": _tail("كلمات دلالية: ", "،  ,  ؛ "),
    "punctuation_around_cue": _tail("", "!-., ", "المزيد"),
    "copyright_in_one_line": _repeat("جميع الحقوق محفوظة "),
    # every quotation asks whether a جاء في came before it, on one line
    "source_in_one_line": _repeat(
        "جاء في لسان العرب: «كلمة طويلة هنا» وفي الوسيط: «كلمة أخرى هنا» "
    ),
    # cue-less quotations in paragraph after paragraph, each looking back for a speaker
    "uncued_paragraphs": _repeat('العنوان\nوالاقتصاد "في حالة ركود عميق منذ سنوات طويلة جدا".\n'),
}


def timed(text: str, repeat: int = 3) -> float:
    """Best of *repeat* runs of parse(text), in seconds."""
    best = float("inf")
    gc.collect()
    for _ in range(repeat):
        t0 = time.process_time()
        newsparse.parse(text)
        best = min(best, time.process_time() - t0)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--case", choices=sorted(CASES), action="append", help="run only these cases")
    ap.add_argument("--small", type=int, default=100_000, help="small size in characters")
    ap.add_argument("--large", type=int, default=1_000_000, help="large size in characters")
    args = ap.parse_args()
    failed = 0
    for name in args.case or list(CASES):
        build = CASES[name]
        small, large = timed(build(args.small), repeat=5), timed(build(args.large), repeat=2)
        ratio = large / small if small else float("inf")
        verdict = "ok" if ratio <= BAR else "OVER"
        failed += verdict != "ok"
        print(f"{name:>28}: {small * 1e3:8.1f} ms  {large * 1e3:9.1f} ms  x{ratio:5.1f}  {verdict}")
    print(f"{failed} case(s) over the x{BAR:g} bar")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
