r"""Quotations: who said what, in Arabic, English, French and German, with no model.

The finder works paragraph by paragraph on a search-normalized copy of the text
(`newsparse.normalize`) and maps every span back to the input:

1. quote marks are paired at the character level (`newsparse._marks`);
2. a quoted span is kept only if it reads as speech: not a name or title (a word
   such as بعنوان, صحيفة, titled, intitulé, Titel right before it, a ``لـ«…»``
   addressee, a short Latin Title-Case run), long enough (one Arabic word in
   three is a clitic-laden term, so Arabic needs three words, the others two),
   and either cued by a reporting verb or frame in its sentence or long enough to
   stand alone;
3. the cue gives the speaker: the noun phrase after an Arabic verb (verb-first
   order), before it (subject-first, and in English), after a frame (حسب, according
   to, laut) or after عن in relayed speech (نقلاً عن); a pro-drop verb, a
   participle (مضيفاً, adding), a pronoun or a cue-less quotation continues the last
   speaker; a one-word mention takes the fullest name seen for it.

>>> q = extract_quotes('وقال الوزير خالد الفيصل إن "الاتفاق سيوقع قريبا جدا".')[0]
>>> q.text, q.speaker, q.cue, q.kind.value
('الاتفاق سيوقع قريبا جدا', 'الوزير خالد الفيصل', 'قال', 'mixed')
>>> q = extract_quotes('“We will not negotiate,” the spokesman told reporters.')[0]
>>> q.speaker, q.kind.value
('the spokesman', 'direct')
>>> extract_quotes('نشرت صحيفة "تايمز أوف إسرائيل" الخبر.')
()
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import NamedTuple

import attrs
import regex

from newsparse._attribution import (
    LOOKBACK_PARAGRAPHS,
    MAX_SPEAKER_WORDS,
    NOBODY,
    Found,
    Memory,
    Speaker,
    Speakers,
    without_article,
)
from newsparse._lexicon import fold_word, lexicon
from newsparse._marks import MarkPair, opens_paragraph
from newsparse._paragraph import ARABIC, HAS_MARK, LETTER, WINDOW, WORD, Paragraph, breaks
from newsparse.blocks import split_blocks
from newsparse.errors import check_flag, check_text
from newsparse.lang import detect_lang
from newsparse.model import Quote, QuoteKind

__all__ = ["extract_quotes", "find_quotes"]

# A French incise inside the quotation: « …, affirme-t-elle. … »
_INCISE = regex.compile(r"[,،]\s*(\p{L}+)-(?:t-)?(il|elle|ils|elles)\b")
# Fewest words a quotation needs, by script: Arabic words carry their clitics.
_MIN_WORDS_ARABIC = 3
_MIN_WORDS_LATIN = 2
# Longest Latin Title-Case run read as a name or title (``"Love and Respect"``).
_MAX_TITLE_WORDS = 6
# How many characters of a quotation are read to tell speech from a name.
_PREFIX_CHARS = 80
# A quotation with no cue in its sentence stands alone from this many words.
_STANDALONE_WORDS = 7
# How far after a quotation a cue may stand, unless it ends the sentence.
_RIGHT_CUE_WORDS = 6
_LAST_CLAUSE_WORDS = 5
_RIGHT_WINDOW_WORDS = 30
# A short line after a quoted paragraph names its author (``Adrian Kingsley-Hughes, ZDNet``).
_ATTRIBUTION_WORDS = 6
# The frame whose verb a later وفي X: «…» leaves out (جاء في لسان العرب … وفي الوسيط:).
_SOURCE_FRAME = "جاء في"
# What may glue to an Arabic title noun: the article, conjunctions, prepositions.
_TITLE_CLITICS = ("ال", "وال", "بال", "لل", "و", "ف", "ب", "ل")


def extract_quotes(text: str, /, *, indirect: bool = False) -> tuple[Quote, ...]:
    r"""Return the quotations of *text*, each paragraph (non-blank line) in turn.

    Args:
        text: any text; every quotation's offsets point into it.
        indirect: also return reported speech without quote marks (``قال X إن …``,
            ``said that …``) as `QuoteKind.INDIRECT`.

    Returns:
        The quotations in order of appearance.

    Raises:
        TypeError: *text* is not a `str`.

    >>> text = 'وقال شولتس: "سندافع عن حلفائنا دائما".\nوأضاف: "لن نتراجع عن هذا الموقف".'
    >>> [(q.speaker, q.cue) for q in extract_quotes(text)]
    [('شولتس', 'قال'), ('شولتس', 'أضاف')]
    >>> [q.text for q in extract_quotes("قال الوزير إن المحادثات مستمرة.", indirect=True)]
    ['المحادثات مستمرة.']
    """
    check_text(text, func="extract_quotes")
    check_flag(indirect, name="indirect", func="extract_quotes")
    if not indirect and not HAS_MARK.search(text):
        return ()  # no quote mark anywhere: no paragraph to split
    spans = [(b.start, b.end) for b in split_blocks(text)]
    return find_quotes(text, spans, indirect=indirect)


def find_quotes(
    text: str, spans: Sequence[tuple[int, int]], *, indirect: bool = False
) -> tuple[Quote, ...]:
    """Return the quotations in the paragraphs ``text[start:end]`` of *spans*, in order.

    The paragraphs are read as one article, so that a quotation can run over
    several of them and a speaker named in one carries over to the next. This is
    the entry point `newsparse.parse` uses on an article's body.

    Args:
        text: the whole input.
        spans: ``(start, end)`` of each paragraph to search, in order.
        indirect: also return reported speech without quote marks.

    Returns:
        The quotations, with offsets into *text*.
    """
    memory = Memory()
    out: list[Quote] = []
    paragraphs: dict[int, Paragraph] = {}

    def paragraph(k: int) -> Paragraph:
        if k not in paragraphs:
            paragraphs[k] = Paragraph(text, spans[k][0], spans[k][1], k)
        return paragraphs[k]

    for k, (start, end) in enumerate(spans):
        # no rule looks further back than this: memory stays flat on long inputs
        paragraphs.pop(k - LOOKBACK_PARAGRAPHS - 1, None)
        if not HAS_MARK.search(text, start, end) and not indirect:
            continue
        if not LETTER.search(text, start, end):
            continue  # marks, digits and symbols only: no words to quote
        p = paragraph(k)
        contents = [_quoted(p.text, pair) for pair in p.pairs]
        if not indirect and not any(contents):
            p.names = frozenset(p.pairs)  # too short to be speech: names and terms
            continue
        finder = _Finder(p, memory, paragraph, spans)
        quotes = finder.direct(contents)
        if indirect:
            quotes = sorted((*quotes, *finder.indirect()), key=lambda q: q.start)
        out.extend(quotes)
    return tuple(out)


def _quoted(t: str, pair: MarkPair) -> _Quoted | None:
    """The trimmed words between *pair*'s marks, or None if too few to be speech."""
    qs, qe = pair.open + 1, pair.close
    # the first characters tell a short name from speech; a long quotation is not
    # read to its end (a word cut at the limit is still one word, so never more)
    limit = min(qe, qs + _PREFIX_CHARS)
    words = [w for w in WORD.findall(t, qs, limit) if not w.isdigit()]
    if len(words) < _MIN_WORDS_LATIN:
        return None  # fewer than any script needs
    if limit < qe and len(words) <= _MAX_TITLE_WORDS:
        words = [w for w in WORD.findall(t, qs, qe) if not w.isdigit()]
    title = False
    if len(words) <= _MAX_TITLE_WORDS:  # the script only matters to a short span
        arabic = sum(1 for w in words if ARABIC.match(w)) * 2 > len(words)
        if len(words) < (_MIN_WORDS_ARABIC if arabic else _MIN_WORDS_LATIN):
            return None
        title = (not arabic and _title(words)) or all(
            lexicon().has("ar", "letter_name", w) for w in words
        )  # «بي إم بي»: an acronym spelled in Arabic letters
    while qs < qe and t[qs].isspace():
        qs += 1
    while qe > qs and t[qe - 1].isspace():
        qe -= 1
    return _Quoted(qs, qe, title)


class _Quoted(NamedTuple):
    """The words between a pair of marks: their trimmed span, and if they are a title.

    ``title`` is True for a short Latin Title-Case run (``"Love and Respect"``) or an
    acronym spelled in Arabic letter names (``«بي إم بي»``).

    A long quotation's words are read from its first `_PREFIX_CHARS` characters
    only: past `_MAX_TITLE_WORDS` words neither the length test nor the title test
    needs more, so the cost does not grow with the quotation.
    """

    start: int
    end: int
    title: bool


class _Finder(Speakers):
    """Finds the quotations of one paragraph and who said them."""

    def direct(self, quoted: Sequence[_Quoted | None]) -> list[Quote]:
        """The quotations between marks in this paragraph (*quoted*: each pair's words)."""
        p = self.p
        contents = [self._content(pair, q) for pair, q in zip(p.pairs, quoted, strict=True)]
        p.names = frozenset(pair for pair, c in zip(p.pairs, contents, strict=True) if c is None)
        out: list[Quote] = []
        for pair, content in zip(p.pairs, contents, strict=True):
            if content is not None:
                quote = self._quotation(pair, *content)
                if quote is not None:
                    out.append(quote)
        return out

    def _quotation(self, pair: MarkPair, qs: int, qe: int) -> Quote | None:
        p = self.p
        if not pair.closed and (self._before_colon(pair.open) or self._continues()):
            qe = len(p.text.rstrip())
            pair = MarkPair(pair.open, qe, False)
        s_start, s_end = p.sentence(pair.open, pair.close)
        left = p.word_range(s_start, pair.open)
        paren = p.text.find("(", pair.close, s_end)
        right = p.word_range(pair.close + 1, s_end if paren < 0 else paren)[:_RIGHT_WINDOW_WORDS]
        opener = pair.open == p.first_text() and pair.close * 5 >= len(p.text) * 3
        found, cued = self._cue(pair, left, right, qs, qe)
        if not cued and not opener and _count(p.starts, qs, qe) < _STANDALONE_WORDS:
            return None
        speaker = self.speaker(found, pair.close, left) if found else None
        if speaker is None and found is None:
            speaker = self._colon_name(pair.open, left) or self._incise(qs, qe)
            if speaker is None and opener:
                speaker = self._attribution_line() or self._heading_speaker()
        named = True
        if speaker is None:
            speaker = self.recent(pair.open, cued=found is not None)
            # a speaker carried with no cue reaches one paragraph further only when
            # this one opens with a mark (the speech goes on), not from here on
            named = found is not None or p.opens_with_mark()
        if speaker is NOBODY:
            speaker = None
        if speaker is not None:
            speaker = self.fullest(speaker)
            self.remember(speaker, here=named)
        colon = self._before_colon(pair.open)
        first = not LETTER.search(p.text, s_start, pair.open)
        kind = QuoteKind.DIRECT if colon or first or opener else QuoteKind.MIXED
        return self._quote(qs, qe, kind, speaker, found)

    def _before_colon(self, open_: int) -> bool:
        return self.p.before(open_) == ":"

    def _continues(self) -> bool:
        """True if the next paragraph opens with a quote mark (a multi-paragraph quotation)."""
        k = self.p.index + 1
        if k >= len(self.spans):
            return False
        start, end = self.spans[k]
        return opens_paragraph(self.p.source[start:end])

    # -- what is not a quotation ----------------------------------------------------

    def _content(self, pair: MarkPair, quoted: _Quoted | None) -> tuple[int, int] | None:
        """The trimmed span of *pair*, or None if its words read as a name, title or term."""
        if quoted is None or quoted.title or self._title_context(pair.open):
            return None
        return quoted.start, quoted.end

    def _title_context(self, open_: int) -> bool:
        """True if the words right before the mark make the quotation a name or title."""
        p = self.p
        t = p.text
        j = open_
        if j and t[j - 1] == "ل" and (j < 2 or not t[j - 2].isalpha()):
            return True  # لـ«عكاظ»: the addressee, a newspaper's name
        colon = False
        while j and (t[j - 1].isspace() or t[j - 1] in ":(-–"):
            colon = colon or t[j - 1] == ":"
            j -= 1
        k = p.word_before(j)
        if k < 0 or p.words[k][1] < j - 1:
            return False
        if len(p.keys[k]) == 1 and k > 0:
            k -= 1  # ما يعرف بـ"…": look past the lone clitic
        if colon:
            # تحت عنوان: «…» names a title, وقالت الصحيفة: «…» quotes the newspaper
            return self.lex.has("*", "title", p.keys[k])
        if self._title_word(p.keys[k]):
            return True
        # ديوانه الأول “…”, الشركة الأمريكية «…»: a title noun and its adjective
        adjective = k > 0 and p.keys[k].startswith("ال") and not breaks(p.gap(k - 1))
        if adjective and self._title_word(p.keys[k - 1]):
            return True
        # الندوة الدولية حول "…", a book about "…": a linking word after the title noun
        if self.lex.has("*", "linker", p.keys[k]):
            return any(self._title_word(p.keys[i]) for i in range(max(0, k - 2), k))
        return False

    def _title_word(self, key: str) -> bool:
        """True if *key* names a kind of title (صحيفة, برنامج, titled), with or without ال."""
        has = self.lex.has
        return has("*", "title", key) or any(
            key.startswith(clitic)
            and len(key) - len(clitic) > 2
            and has("ar", "title", key[len(clitic) :])
            for clitic in _TITLE_CLITICS
        )

    # -- cues -----------------------------------------------------------------------

    def _cue(
        self, pair: MarkPair, left: list[int], right: list[int], qs: int, qe: int
    ) -> tuple[Found | None, bool]:
        """The cue that attributes *pair*, and whether any cue is near it at all."""
        lefts = [f for f in self.cues_in(left) if f.cue.role != "post"]
        rights = [
            attrs.evolve(f, left=False)
            for f in self.cues_in(right)
            if (f.cue.role != "post" or f.word == right[0]) and self._near(f.word, right)
        ]
        cued = bool(lefts or rights)
        lefts = [f for f in lefts if f.cue.role != "setting"]
        rights = [f for f in rights if f.cue.role != "setting"]
        if rights and rights[0].cue.role == "post":
            return rights[0], True
        # "…", in the words of X: a frame right after the quotation that names a source
        # wins over a verb before it (حسبما كتب names nobody: the verb wins)
        if (
            rights
            and rights[0].cue.role == "frame"
            and rights[0].word == right[0]
            and self.speaker(rights[0], pair.close, left) not in (None, NOBODY)
        ):
            return rights[0], True
        colon = bool(left) and self._before_colon(pair.open)
        if colon and lefts:
            return lefts[-1], True
        if not left and rights:
            return rights[0], True
        verbs = [f for f in lefts if f.cue.role == "verb"]
        nearest = verbs[-1] if len(verbs) > 1 and verbs[-1].cue.lang == "ar" else None
        if nearest and self.speaker(nearest, pair.close, left) not in (None, NOBODY):
            return nearest, True  # the nearest Arabic verb names its own subject (لكنه أوضح …)
        transfers = [f for f in lefts if f.cue.role == "transfer"]
        if verbs and transfers and transfers[-1].word < verbs[0].word:
            # نقلت الوكالة عن مدير عام … قوله: the source after عن speaks, in full
            return transfers[-1], True
        if verbs:
            return verbs[0], True
        if lefts:
            return lefts[-1], True
        if rights:
            return rights[0], True
        return None, cued or self._incise_cue(qs, qe) is not None

    def _near(self, word: int, right: list[int]) -> bool:
        """True if a cue at *word* is close after the quotation, or ends its sentence."""
        if word in right[:_RIGHT_CUE_WORDS]:
            return True
        k = right.index(word)
        clause = right[k:]
        while k > 0 and not self.p.gap(right[k - 1]).startswith((",", "،")):
            k -= 1
        return k > 0 and len(right) - k <= _LAST_CLAUSE_WORDS and len(clause) <= 2

    def _incise_cue(self, qs: int, qe: int) -> regex.Match[str] | None:
        m = _INCISE.search(self.p.text, qs, qe)
        if m and self.lex.cue([m.group(1).lower()])[0] is not None:
            return m
        return None

    def _incise(self, qs: int, qe: int) -> Speaker | None:
        """« …, affirme-t-elle. … »: the pronoun's antecedent speaks."""
        m = self._incise_cue(qs, qe)
        return self.pronoun(qs) if m else None

    # -- speakers that no cue names -------------------------------------------------

    def _colon_name(self, open_: int, left: list[int]) -> Speaker | None:
        """``…, Benjamin Näßler: «…»``: a bare Latin name before the colon speaks."""
        p = self.p
        if not left or not self._before_colon(open_):
            return None
        k = len(left) - 1
        while k > 0 and not breaks(p.gap(left[k - 1])):
            k -= 1
        clause = left[k:]
        if len(clause) > 1 and self.lex.has("ar", "source_in", p.keys[clause[0]]):
            return self._source_in(clause)
        latin = clause and not ARABIC.match(p.keys[clause[0]])
        if latin and len(clause) <= 4 and all(p.capital(w) for w in clause):
            return self.make(clause[0], clause[-1] + 1)
        return None

    def _source_in(self, clause: list[int]) -> Speaker | None:
        """وفي X: «…»: the source X, if it is a document or a جاء في came before.

        X speaks if it is a document (صحيفة، تقرير), or if X is no setting and the
        paragraph has already quoted a source with جاء في (whose verb is left out).
        An event or a time (وفي المؤتمر الصحفي، وفي الختام) is where, not who: None.
        """
        p = self.p
        head = p.keys[clause[1]]
        if self.document(head):
            return self.make(clause[1], clause[-1] + 1)
        if self.lex.has("ar", "setting_noun", without_article(head)):
            return None
        at = p.words[clause[0]][0]
        earlier = self.cues_in(p.word_range(at - WINDOW, at))  # a bounded look back
        if any(f.cue.role == "frame" and f.cue.lemma == _SOURCE_FRAME for f in earlier):
            return self.make(clause[1], clause[-1] + 1)  # جاء في لسان العرب … وفي الوسيط:
        return None

    def _attribution_line(self) -> Speaker | None:
        """A short line after a quoted paragraph: ``Adrian Kingsley-Hughes, ZDNet``."""
        k = self.p.index + 1
        if k >= len(self.spans):
            return None
        start, end = self.spans[k]
        if HAS_MARK.search(self.p.source, start, end):
            return None
        para = self.paragraph(k)
        words = para.words
        line = para.text.strip()
        if not words or len(words) > _ATTRIBUTION_WORDS or line[-1] in ".!?؟:":
            return None
        if not (line[0].isupper() or line[0].isdigit() or line[0] in "-–—"):
            return None
        comma = next((i for i in range(len(words)) if breaks(para.gap(i))), len(words) - 1)
        return Speakers(para, self.memory, self.paragraph, self.spans).make(0, comma + 1)

    def _heading_speaker(self) -> Speaker | None:
        """A heading right before a quoted paragraph: ``The King's Speech: full transcript``."""
        k = self.p.index - 1
        if k < 0:
            return None
        para = self.paragraph(k)
        if not para.heading():
            return None
        rules = Speakers(para, self.memory, self.paragraph, self.spans)
        for i in range(1, len(para.words)):
            head = para.keys[i - 1]
            if self.lex.has("*", "speech", para.keys[i]) and head.endswith("’s"):
                name = rules.np_before(i, "en")
                if name is not None and name.text[-2:] in ("'s", "’s"):
                    return attrs.evolve(name, text=name.text[:-2], end=name.end - 2)
        return None

    def _quote(
        self, qs: int, qe: int, kind: QuoteKind, speaker: Speaker | None, found: Found | None
    ) -> Quote:
        p = self.p
        start, end = p.span(qs, qe)
        cue = None
        if found is not None:
            cs, _ = p.words[found.word]
            _, ce = p.words[found.word + found.length - 1]
            a, b = p.span(cs, ce)
            cue = _strip_conjunction(p.source[a:b], found.cue.lang)
        words = p.source[start:end]
        return Quote(
            text=words,
            start=start,
            end=end,
            kind=kind,
            speaker=speaker.text if speaker else None,
            speaker_start=speaker.start if speaker else None,
            speaker_end=speaker.end if speaker else None,
            cue=cue,
            lang=self._lang(words),
        )

    def _lang(self, words: str) -> str | None:
        """The quotation's language; its paragraph's when it is too short to tell."""
        return detect_lang(words, min_votes=1) or self.p.language()

    # -- indirect speech ------------------------------------------------------------

    def indirect(self) -> list[Quote]:
        """Reported speech with no marks: a reporting verb, its speaker, then إن/أن/that."""
        p = self.p
        out: list[Quote] = []
        for f in self.cues_in(range(len(p.words))):
            if f.cue.role != "verb" or p.inside_pair(p.words[f.word][0]):
                continue
            k = f.word + f.length
            limit = min(len(p.words) - 1, k + MAX_SPEAKER_WORDS + 2)
            while k < limit and not self.lex.has(f.cue.lang, "complementizer", p.keys[k]):
                k += 1
            if k >= limit:
                continue
            qs = p.words[k + 1][0]
            _, s_end = p.sentence(qs, qs)
            if HAS_MARK.search(p.text, p.words[f.word][0], s_end):
                continue
            speaker = self.speaker(f, p.words[f.word][0], [])
            if speaker is NOBODY:
                speaker = None
            if speaker is not None:
                speaker = self.fullest(speaker)
                self.remember(speaker)
            out.append(self._quote(qs, s_end, QuoteKind.INDIRECT, speaker, f))
        return out


def _count(starts: list[int], start: int, end: int) -> int:
    """How many of the words beginning at *starts* begin in ``[start, end)``."""
    return bisect.bisect_left(starts, end) - bisect.bisect_left(starts, start)


def _title(words: Sequence[str]) -> bool:
    """True for a Latin title or name (``Love and Respect``), not a sentence (``Das ist gut``).

    Every word is capitalized, a number or a short function word, and at least two
    are capitalized or numbers.
    """
    capitals = sum(1 for w in words if w[0].isupper() or w[0].isdigit())
    small = sum(1 for w in words if len(w) <= 3 and w.islower())
    return capitals >= 2 and capitals + small == len(words)


def _strip_conjunction(cue: str, lang: str) -> str:
    """The cue as written, without a glued Arabic conjunction (وقال → قال)."""
    if lang == "ar" and len(cue) > 3 and cue[0] in "وف":
        head = fold_word(cue.split(" ", 1)[0])
        lex = lexicon()
        if lex.cue([head], strip=False)[0] is None and lex.cue([head[1:]], strip=False)[0]:
            return cue[1:]
    return cue
