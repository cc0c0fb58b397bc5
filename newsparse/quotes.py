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

import attrs
import regex

from newsparse._lexicon import Cue, fold_word, lexicon
from newsparse._marks import MARKS, MarkPair, opens_paragraph, pair_marks
from newsparse.blocks import split_blocks
from newsparse.errors import check_text
from newsparse.model import Quote, QuoteKind
from newsparse.normalize import Normalized, normalize_arabic_with_map

__all__ = ["extract_quotes", "find_quotes"]

_HAS_MARK = regex.compile("[" + regex.escape(MARKS) + "]")
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}’'\-]*")
_SENTENCE_END = regex.compile(r"[.!?؟]+(?!\d)")
_ARABIC = regex.compile(r"\p{Arabic}")
_LETTER = regex.compile(r"\p{L}")
# A French incise inside the quotation: « …, affirme-t-elle. … »
_INCISE = regex.compile(r"[,،]\s*(\p{L}+)-(?:t-)?(il|elle|ils|elles)\b")
# Fewest words a quotation needs, by script: Arabic words carry their clitics.
_MIN_WORDS_ARABIC = 3
_MIN_WORDS_LATIN = 2
# A quotation with no cue in its sentence stands alone from this many words.
_STANDALONE_WORDS = 7
# Longest speaker noun phrase, in words, and how far a cue may follow a quotation.
_MAX_SPEAKER_WORDS = 7
_RIGHT_CUE_WORDS = 6
# Previous paragraphs searched for the last speaker when a quotation continues.
_LOOKBACK_PARAGRAPHS = 3


@attrs.frozen
class _Speaker:
    """A speaker mention: its text, its span in the input, its folded words."""

    text: str
    start: int
    end: int
    key: tuple[str, ...]


@attrs.define
class _Memory:
    """What the article has said so far: the last speaker and every named one."""

    last: _Speaker | None = None
    last_paragraph: int = -1
    names: list[_Speaker] = attrs.Factory(list)


class _Paragraph:
    """One paragraph, normalized, with its words, sentence ends and quote pairs."""

    def __init__(self, text: str, start: int, end: int, index: int) -> None:
        self.source = text
        self.offset = start
        self.index = index
        self.norm: Normalized = normalize_arabic_with_map(text[start:end], preset="search")
        t = self.norm.text
        self.text = t
        self.words = [(m.start(), m.end()) for m in _WORD.finditer(t)]
        self.starts = [s for s, _ in self.words]
        self.keys = [t[s:e].lower().replace("'", "’") for s, e in self.words]
        self.pairs = pair_marks(t) if _HAS_MARK.search(t) else ()
        self.ends = [m.end() for m in _SENTENCE_END.finditer(t) if not self.inside_pair(m.start())]

    def inside_pair(self, i: int) -> bool:
        """True if offset *i* lies strictly inside a quotation."""
        return any(p.open < i < p.close for p in self.pairs)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized span of this paragraph to input offsets."""
        s, e = self.norm.source_span(start, end)
        return s + self.offset, e + self.offset

    def sentence(self, open_: int, close: int) -> tuple[int, int]:
        """The sentence around the quotation ``[open_, close]`` (normalized offsets)."""
        k = bisect.bisect_right(self.ends, open_)
        start = self.ends[k - 1] if k else 0
        k = bisect.bisect_right(self.ends, close)
        end = self.ends[k] if k < len(self.ends) else len(self.text)
        return start, end

    def word_range(self, start: int, end: int) -> list[int]:
        """Indices of the words in ``[start, end)`` that are not inside a quotation."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return [i for i in range(lo, hi) if not self.inside_pair(self.starts[i])]

    def gap(self, i: int) -> str:
        """The characters between word *i* and the next one (or the paragraph end)."""
        end = self.words[i][1]
        nxt = self.words[i + 1][0] if i + 1 < len(self.words) else len(self.text)
        return self.text[end:nxt]


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
    spans = [(b.start, b.end) for b in split_blocks(text)]
    return find_quotes(text, spans, indirect=indirect)


def find_quotes(
    text: str, spans: Sequence[tuple[int, int]], *, indirect: bool = False
) -> tuple[Quote, ...]:
    """Return the quotations in the paragraphs ``text[start:end]`` of *spans*, in order.

    The paragraphs are read as one article, so that a quotation can run over
    several of them and a speaker named in one carries over to the next.

    Args:
        text: the whole input.
        spans: ``(start, end)`` of each paragraph to search, in order.
        indirect: also return reported speech without quote marks.
    """
    memory = _Memory()
    out: list[Quote] = []
    paragraphs: dict[int, _Paragraph] = {}

    def paragraph(k: int) -> _Paragraph:
        if k not in paragraphs:
            paragraphs[k] = _Paragraph(text, spans[k][0], spans[k][1], k)
        return paragraphs[k]

    for k, (start, end) in enumerate(spans):
        if not indirect and not _HAS_MARK.search(text, start, end):
            continue
        para = paragraph(k)
        finder = _Finder(para, memory, paragraph, spans)
        quotes = finder.direct()
        if indirect:
            quotes = sorted((*quotes, *finder.indirect()), key=lambda q: q.start)
        out.extend(quotes)
    return tuple(out)


@attrs.frozen
class _Found:
    """A cue found near a quotation: the cue, its first word and its side."""

    cue: Cue
    word: int
    length: int
    left: bool


class _Finder:
    """Finds the quotations of one paragraph and who said them."""

    def __init__(
        self,
        para: _Paragraph,
        memory: _Memory,
        paragraph: object,
        spans: Sequence[tuple[int, int]],
    ) -> None:
        self.p = para
        self.memory = memory
        self.paragraph = paragraph
        self.spans = spans
        self.lex = lexicon()

    # -- direct and mixed quotations ------------------------------------------------

    def direct(self) -> list[Quote]:
        """The quotations between marks in this paragraph."""
        out: list[Quote] = []
        p = self.p
        for pair in p.pairs:
            content = self._content(pair)
            if content is None:
                continue
            qs, qe = content
            if not pair.closed and (self._before_colon(pair.open) or self._continues()):
                qe = len(p.text.rstrip())
                pair = MarkPair(pair.open, qe, False)
            s_start, s_end = p.sentence(pair.open, pair.close)
            left = p.word_range(s_start, pair.open)
            right = p.word_range(pair.close + 1, s_end)[:_RIGHT_CUE_WORDS]
            opener = not p.text[: pair.open].strip() and pair.close * 5 >= len(p.text) * 3
            found, cued = self._cue(pair, left, right, qs, qe)
            words = len(p.word_range(qs, qe)) or self._count_words(qs, qe)
            if not cued and words < _STANDALONE_WORDS and not opener:
                continue
            speaker = self._speaker(found, pair, left) if found else None
            if speaker is None and found is None and opener:
                speaker = self._heading_speaker()
            if speaker is None and (found is not None or not cued):
                speaker = self._recent()
            if speaker is not None:
                speaker = self._fullest(speaker)
                self._remember(speaker)
            colon = bool(left) and p.text[p.words[left[-1]][1] : pair.open].strip() == ":"
            first = not _LETTER.search(p.text, s_start, pair.open)
            kind = QuoteKind.DIRECT if colon or first or opener else QuoteKind.MIXED
            out.append(self._quote(qs, qe, kind, speaker, found))
        return out

    def _before_colon(self, open_: int) -> bool:
        return self.p.text[:open_].rstrip().endswith(":")

    def _continues(self) -> bool:
        """True if the next paragraph opens with a quote mark (a multi-paragraph quotation)."""
        k = self.p.index + 1
        if k >= len(self.spans):
            return False
        start, end = self.spans[k]
        return opens_paragraph(self.p.source[start:end])

    def _heading_speaker(self) -> _Speaker | None:
        """A heading right before a quoted paragraph: ``The King's Speech: full transcript``."""
        k = self.p.index - 1
        if k < 0:
            return None
        start, end = self.spans[k]
        if _HAS_MARK.search(self.p.source, start, end) and "'" not in self.p.source[start:end]:
            return None
        para = self.paragraph(k)  # type: ignore[operator]
        if len(para.words) > 12 or _SENTENCE_END.search(para.text.rstrip()[-1:]):
            return None
        for i in range(1, len(para.words)):
            gap = para.text[para.words[i - 1][1] : para.words[i][0]]
            if not self.lex.has("*", "speech", para.keys[i]):
                continue
            head = para.keys[i - 1]
            if head.endswith(("’s", "'s")) or gap.strip() in ("'s", "’s"):
                finder = _Finder(para, self.memory, self.paragraph, self.spans)
                name = finder._latin_np_before(i - 1)
                if name is not None:
                    trim = 2 if head.endswith(("’s", "'s")) else 0
                    return attrs.evolve(
                        name, text=name.text[: len(name.text) - trim], end=name.end - trim
                    )
        return None

    def _count_words(self, qs: int, qe: int) -> int:
        return sum(1 for _ in _WORD.finditer(self.p.text, qs, qe))

    def _content(self, pair: MarkPair) -> tuple[int, int] | None:
        """The trimmed words of *pair*, or None if they read as a name, title or term."""
        t = self.p.text
        qs, qe = pair.open + 1, pair.close
        while qs < qe and t[qs].isspace():
            qs += 1
        while qe > qs and t[qe - 1].isspace():
            qe -= 1
        words = [m.group() for m in _WORD.finditer(t, qs, qe) if _LETTER.search(m.group())]
        arabic = len(_ARABIC.findall(t, qs, qe)) * 2 > len(_LETTER.findall(t, qs, qe))
        if len(words) < (_MIN_WORDS_ARABIC if arabic else _MIN_WORDS_LATIN):
            return None
        if self._title_context(pair.open):
            return None
        if not arabic and len(words) <= 6 and all(_titlecase(w) for w in words):
            return None
        return qs, qe

    def _title_context(self, open_: int) -> bool:
        """True if the words right before the mark make the quotation a name or title."""
        t = self.p.text
        j = open_
        if j and t[j - 1] == "ل" and (j < 2 or not t[j - 2].isalpha()):
            return True  # لـ«عكاظ»: the addressee, a newspaper's name
        while j and (t[j - 1].isspace() or t[j - 1] in ":(-–"):
            j -= 1
        k = bisect.bisect_left(self.p.starts, j) - 1
        if k < 0 or self.p.words[k][1] < j - 1:
            return False
        key = self.p.keys[k]
        if self.lex.has("*", "title", key):
            return True
        return len(key) > 3 and key[0] in "وفبل" and self.lex.has("ar", "title", key[1:])

    # -- cues -----------------------------------------------------------------------

    def _cues_in(self, words: Sequence[int]) -> list[_Found]:
        """Every cue that begins at one of *words* (word indices, in order)."""
        found: list[_Found] = []
        keys = self.p.keys
        for i in words:
            cue, n = self.lex.cue(keys[i : i + 4])
            if cue is not None:
                found.append(_Found(cue, i, n, True))
        return found

    def _cue(
        self, pair: MarkPair, left: list[int], right: list[int], qs: int, qe: int
    ) -> tuple[_Found | None, bool]:
        """The cue that attributes *pair*, and whether any cue is near it at all."""
        p = self.p
        lefts = [f for f in self._cues_in(left) if f.cue.role != "post"]
        rights = [
            attrs.evolve(f, left=False)
            for f in self._cues_in(right)
            if f.cue.role != "post" or f.word == right[0]
        ]
        cued = bool(lefts or rights)
        lefts = [f for f in lefts if f.cue.role != "setting"]
        rights = [f for f in rights if f.cue.role != "setting"]
        colon = bool(left) and p.text[p.words[left[-1]][1] : pair.open].strip() == ":"
        if colon and lefts:
            return lefts[-1], True
        if not left and rights:
            return rights[0], True
        verbs = [f for f in lefts if f.cue.role == "verb"]
        if verbs:
            return verbs[0], True
        if lefts:
            return lefts[-1], True
        if rights:
            return rights[0], True
        m = _INCISE.search(p.text, qs, qe)
        if m and self.lex.cue([m.group(1).lower()])[0] is not None:
            return None, True  # « …, affirme-t-elle. … »: the pronoun's antecedent speaks
        return None, cued

    # -- speakers -------------------------------------------------------------------

    def _speaker(self, found: _Found, pair: MarkPair, left: list[int]) -> _Speaker | None:
        """The speaker a cue names, or None when the cue continues the last speaker."""
        role = found.cue.role
        after = found.word + found.length
        if role in ("frame", "transfer"):
            return self._np_after(after, found.cue.lang)
        if role == "post":
            return self._np_after(after, found.cue.lang) if found.cue.lang != "ar" else None
        if role == "participle":
            verbs = [f for f in self._cues_in(left) if f.word < found.word and f.cue.role == "verb"]
            if verbs:
                return self._speaker(verbs[-1], pair, left)
            return self._sentence_subject(found.word)
        if found.cue.lang == "ar":
            if found.cue.lemma == "نقل":
                return self._relayed(after) or self._np_after(after, "ar")
            speaker = self._np_after(after, "ar")
            if speaker is None and not found.left:
                return None
            head = self.p.keys[found.word]
            glued = head[0] in "وف" and self.lex.cue([head], strip=False)[0] is None
            if speaker is None and not glued:
                # subject-first, unless a conjunction opens a new, pro-drop clause
                speaker = self._np_before(found.word, "ar")
            return speaker
        if not found.left:
            # “…,” Charles said. / « … », a déclaré X / «…», so Näßler.
            between = [i for i in range(found.word) if self.p.words[i][0] > pair.close]
            if between:
                return self._np_before(found.word, found.cue.lang)
            return self._np_after(after, found.cue.lang)
        if after < len(self.p.keys) and self.p.keys[after] in ("by", "par", "von"):
            return self._np_after(after + 1, found.cue.lang)
        return self._np_before(found.word, found.cue.lang) or self._np_after(after, found.cue.lang)

    def _relayed(self, after: int) -> _Speaker | None:
        """نقلت X عن Y: the speaker is Y, after عن."""
        keys = self.p.keys
        for i in range(after, min(after + _MAX_SPEAKER_WORDS, len(keys))):
            if keys[i] == "عن":
                return self._np_after(i + 1, "ar")
        return None

    def _sentence_subject(self, word: int) -> _Speaker | None:
        """The subject of a verb-first Arabic sentence that *word* continues."""
        p = self.p
        s_start, _ = p.sentence(p.words[word][0], p.words[word][0])
        first = p.word_range(s_start, p.words[word][0])
        if not first:
            return None
        k = 0
        while k < len(first) - 1 and (
            self.lex.has("ar", "stop", p.keys[first[k]])
            or self.lex.has("ar", "stop", p.keys[first[k]][1:])
        ):
            k += 1
        if _ARABIC.match(p.keys[first[k]]):
            return self._np_after(first[k] + 1, "ar")
        return None

    def _stop(self, i: int, lang: str) -> bool:
        key = self.p.keys[i]
        lex = self.lex
        if lex.has("*", "stop", key) and (lang == "ar" or not key[:1].isupper()):
            return lex.has(lang, "stop", key) or lex.has("ar", "stop", key)
        if lang == "ar":
            # an addressee: لنظيره، لرويترز، للصحفيين
            return len(key) > 2 and key[0] == "ل" and not key.startswith("لا")
        return False

    def _np_after(self, i: int, lang: str) -> _Speaker | None:
        """The noun phrase that begins at word *i*, up to a stop word or punctuation."""
        p = self.p
        if i >= len(p.words) or (i > 0 and _breaks(p.gap(i - 1))):
            return None
        end = i
        cut = 0
        while end < len(p.words) and end - i < _MAX_SPEAKER_WORDS:
            if p.text[p.words[end][0] - 1 : p.words[end][0]] in MARKS and end > i:
                break
            if self._stop(end, lang) or self.lex.cue(p.keys[end : end + 2])[0] is not None:
                break
            if lang != "ar" and not _name_word(p.keys[end], p.text, p.words[end]):
                if end == i and self.lex.has(lang, "determiner", p.keys[end]):
                    end += 1
                    continue
                break
            if lang == "ar" and len(p.keys[end]) == 1:
                break  # a lone clitic: بـ«…», لـ
            end += 1
            if _breaks(p.gap(end - 1)):
                break
            key = p.keys[end - 1]
            if lang == "ar" and len(key) > 4 and key.endswith("في") and end < len(p.words):
                cue, _ = self.lex.cue(["في", p.keys[end]])
                if cue is not None:
                    cut = 2  # الخارجيةفي بيان: a glued في that opens a setting
                    break
        if end == i:
            return None
        return self._make(i, end, cut)

    def _np_before(self, j: int, lang: str) -> _Speaker | None:
        """The noun phrase that ends right before word *j* (the cue), in the same clause."""
        p = self.p
        i = j - 1
        while i >= 0 and self.lex.has(lang, "aux", p.keys[i]) and not _breaks(p.gap(i)):
            i -= 1
        if lang != "ar" and i > 0 and p.keys[i] in ("who", "which", "qui", "der", "die"):
            i -= 1
        if i < 0 or (lang == "ar" and _breaks(p.gap(i))):
            return None
        if lang == "ar":
            end = i + 1
            while (
                i >= 0
                and end - i <= 3
                and not self._stop(i, "ar")
                and self.lex.cue(p.keys[i : i + 1])[0] is None
                and (i == end - 1 or not _breaks(p.gap(i)))
            ):
                i -= 1
            return self._make(i + 1, end) if i + 1 < end else None
        return self._latin_np_before(i)

    def _latin_np_before(self, i: int) -> _Speaker | None:
        """English, French, German: a capitalized name, or a determiner phrase."""
        p = self.p
        end = i + 1
        if p.gap(i).startswith(","):
            # "X, apposition, said": the name is before the first comma
            k = i - 1
            while k >= 0 and not p.gap(k).startswith(","):
                if _breaks(p.gap(k)):
                    return None
                k -= 1
            if k < 0:
                return None
            i, end = k, k + 1
        start = end
        while start > 0 and _name_word(p.keys[start - 1], p.text, p.words[start - 1]):
            if start < end and p.gap(start - 1).strip():
                break
            start -= 1
        while start < end and not _capital(p.text, p.words[start]):
            if self.lex.has("*", "determiner", p.keys[start]) and start < end - 1:
                break
            start += 1
        if start < end and _capital(p.text, p.words[end - 1]):
            if start > 0 and p.gap(start - 1).startswith(",") and start > 1:
                head = self._sentence_head(start - 1)
                if head is not None:
                    return head
            return self._make(start, end)
        # a common noun phrase: back to its determiner (the force, a health leader)
        start = end - 1
        while start > 0 and end - start < 5:
            if self.lex.has("*", "determiner", p.keys[start]):
                break
            prev = start - 1
            if _breaks(p.gap(prev)) or self.lex.has("*", "stop", p.keys[prev]):
                break
            start = prev
        return self._make(start, end)

    def _sentence_head(self, k: int) -> _Speaker | None:
        """A name alone before the first comma of its sentence (``Cllr X Y, Chair of …``)."""
        p = self.p
        s_start, _ = p.sentence(p.words[k][0], p.words[k][0])
        words = p.word_range(s_start, p.words[k][1])
        if 0 < len(words) <= 4 and all(_capital(p.text, p.words[w]) for w in words):
            return self._make(words[0], words[-1] + 1)
        return None

    def _make(self, start: int, end: int, cut: int = 0) -> _Speaker | None:
        p = self.p
        s = p.words[start][0]
        e = p.words[end - 1][1] - cut
        if self.lex.has("*", "pronoun", p.keys[start]) and end - start == 1:
            return self._recent()
        a, b = p.span(s, e)
        return _Speaker(p.source[a:b], a, b, tuple(p.keys[start:end]))

    def _recent(self) -> _Speaker | None:
        """The last speaker, looking back a few paragraphs for one named without marks."""
        memory = self.memory
        k = self.p.index
        if memory.last is not None and memory.last_paragraph >= k - 1:
            return memory.last
        for j in range(k - 1, max(memory.last_paragraph, k - 1 - _LOOKBACK_PARAGRAPHS), -1):
            para = self.paragraph(j)  # type: ignore[operator]
            finder = _Finder(para, memory, self.paragraph, self.spans)
            speaker = finder._last_said()
            if speaker is not None:
                return speaker
        return memory.last

    def _last_said(self) -> _Speaker | None:
        """The speaker of the last reporting verb in this paragraph, if it names one."""
        p = self.p
        for f in reversed(self._cues_in(range(len(p.words)))):
            if f.cue.role == "verb":
                after = f.word + f.length
                lang = f.cue.lang
                sp = self._np_after(after, lang) if lang == "ar" else self._np_before(f.word, lang)
                if sp is not None and not self.lex.has("*", "pronoun", sp.key[0]):
                    return sp
        return None

    def _fullest(self, speaker: _Speaker) -> _Speaker:
        """A one-word mention (شولتس) as the fullest earlier name that ends with it."""
        if len(speaker.key) != 1:
            return speaker
        best = speaker
        for name in self.memory.names:
            if len(name.key) > len(best.key) and name.key[-1] == speaker.key[0]:
                best = name
        return best

    def _remember(self, speaker: _Speaker) -> None:
        self.memory.last = speaker
        self.memory.last_paragraph = self.p.index
        if len(speaker.key) > 1:
            self.memory.names.append(speaker)

    def _quote(
        self, qs: int, qe: int, kind: QuoteKind, speaker: _Speaker | None, found: _Found | None
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
            lang=_lang(words, found),
        )

    # -- indirect speech ------------------------------------------------------------

    def indirect(self) -> list[Quote]:
        """Reported speech with no marks: a reporting verb, its speaker, then إن/أن/that."""
        p = self.p
        out: list[Quote] = []
        for f in self._cues_in(range(len(p.words))):
            if f.cue.role != "verb":
                continue
            speaker = self._speaker(f, MarkPair(0, 0, True), [])
            k = f.word + f.length
            limit = min(len(p.words), k + _MAX_SPEAKER_WORDS + 2)
            while k < limit and not self.lex.has(f.cue.lang, "complementizer", p.keys[k]):
                k += 1
            if k >= limit or k + 1 >= len(p.words):
                continue
            qs = p.words[k + 1][0]
            _, s_end = p.sentence(qs, qs)
            if p.inside_pair(qs) or _HAS_MARK.search(p.text, qs, s_end):
                continue
            if speaker is not None:
                self._remember(self._fullest(speaker))
            out.append(self._quote(qs, s_end, QuoteKind.INDIRECT, speaker, f))
        return out


def _breaks(gap: str) -> bool:
    """True if the characters between two words end a noun phrase."""
    return any(c in gap for c in ",،:;.!?؟()\n") or any(c in MARKS for c in gap)


def _capital(text: str, word: tuple[int, int]) -> bool:
    return text[word[0]].isupper() or text[word[0]].isdigit()


def _name_word(key: str, text: str, word: tuple[int, int]) -> bool:
    """True if a Latin word may be part of a name: capitalized, or of/von/de between."""
    return _capital(text, word) or lexicon().has("*", "connector", key)


def _titlecase(word: str) -> bool:
    """True for a word a Latin title or name may hold (``Love and Respect``)."""
    return word[0].isupper() or word[0].isdigit() or (len(word) <= 3 and word.islower())


def _strip_conjunction(cue: str, lang: str) -> str:
    """The cue as written, without a glued Arabic conjunction (وقال → قال)."""
    if lang == "ar" and len(cue) > 3 and cue[0] in "وف":
        head = fold_word(cue.split(" ", 1)[0])
        lex = lexicon()
        if lex.cue([head], strip=False)[0] is None and lex.cue([head[1:]], strip=False)[0]:
            return cue[1:]
    return cue


def _lang(words: str, found: _Found | None) -> str | None:
    letters = len(_LETTER.findall(words))
    if letters and len(_ARABIC.findall(words)) * 2 > letters:
        return "ar"
    return found.cue.lang if found is not None and found.cue.lang != "ar" else None
