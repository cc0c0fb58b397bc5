"""Who said it: speaker noun phrases around a reporting cue, and what carries over.

Works on `Paragraph`, a search-normalized paragraph split into words. Arabic puts
the subject after the verb (``وقال المستشار أولاف شولتس إن``) or, in a complement,
before it (``أن نتانياهو أكد``); English, French and German put it before the verb,
or after it when the quotation comes first (``"…", said X``, ``«…», so Näßler``).
A speaker that is only a pronoun, a pro-drop verb or a participle continues the last
speaker named; a one-word mention takes the fullest name seen for it.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from itertools import compress, count

import attrs

from newsparse._lexicon import Cue, Lexicon, lexicon, word_counts
from newsparse._marks import MARKS
from newsparse._paragraph import ARABIC, WINDOW, Paragraph, breaks

__all__ = [
    "LOOKBACK_PARAGRAPHS",
    "MAX_SPEAKER_WORDS",
    "NOBODY",
    "Found",
    "Memory",
    "Speaker",
    "Speakers",
    "without_article",
]

# Longest speaker noun phrase, in words.
MAX_SPEAKER_WORDS = 7
# Words an Arabic speaker phrase is read over before the cap applies: a long title
# (مدير عام الشؤون الصحية بمنطقة الرياض الدكتور X Y) keeps the name after its honorific.
_SCAN_WORDS = 12
# Previous paragraphs searched for the last speaker when a quotation continues.
LOOKBACK_PARAGRAPHS = 3
# How many of the last reporting verbs are tried when looking back for a speaker.
_LAST_VERBS = 3


@attrs.frozen
class Speaker:
    """A speaker mention: its text as written, its span in the input, its folded words."""

    text: str
    start: int
    end: int
    key: tuple[str, ...]


#: The speaker of a passive cue with no agent (``have been urged``): nobody named.
NOBODY = Speaker("", -1, -1, ())


@attrs.define
class Memory:
    """What the article has said so far: the last speaker and every named one."""

    last: Speaker | None = None
    last_paragraph: int = -1
    #: The fullest name (most words, first seen) that ends with each last word.
    names: dict[str, Speaker] = attrs.Factory(dict)


@attrs.frozen
class Found:
    """A cue found near a quotation: the cue, its first word, its length, its side."""

    cue: Cue
    word: int
    length: int
    left: bool


def without_article(key: str) -> str:
    """Folded Arabic *key* without its article ال (a word of two letters keeps it)."""
    return key[2:] if key.startswith("ال") and len(key) > 4 else key


def _hyphenated_name(word: str) -> bool:
    """True for a name such as ``Marie-Pierre`` or ``Kingsley-Hughes``."""
    parts = word.split("-")
    return len(parts) > 1 and all(p[:1].isupper() and p[1:].islower() for p in parts)


class Speakers:
    """Speaker rules over one paragraph; the finder of `newsparse.quotes` extends it."""

    def __init__(
        self,
        para: Paragraph,
        memory: Memory,
        paragraph: Callable[[int], Paragraph],
        spans: Sequence[tuple[int, int]],
    ) -> None:
        self.p = para
        self.memory = memory
        self.paragraph = paragraph
        self.spans = spans
        self.lex: Lexicon = lexicon()
        # set while looking back for the last speaker: a pronoun met there is not followed
        self.looking_back = False

    def cues_in(self, words: Sequence[int]) -> list[Found]:
        """Every cue that begins at one of *words* (word indices, in ascending order)."""
        if not words:
            return []
        p = self.p
        keys = p.keys
        if p.cue_words is None:
            # one set lookup per word, in C, instead of a dictionary probe per window
            p.cue_words = list(compress(count(), map(self.lex.heads.__contains__, keys)))
        first, last = words[0], words[-1]
        heads = p.cue_words[
            bisect.bisect_left(p.cue_words, first) : bisect.bisect_right(p.cue_words, last)
        ]
        if heads and len(words) != last - first + 1:
            inside = set(words)
            heads = [i for i in heads if i in inside]
        found: list[Found] = []
        for i in heads:
            if i and self.lex.has("ar", "nominal", keys[i - 1]):
                continue  # طلب عدم كشف اسمه: a verbal noun, not a reporting verb
            cue, n = self.lex.cue(keys[i : i + 4])
            if cue is not None and (cue.role != "transfer" or self._source_after(i) >= 0):
                found.append(Found(cue, i, n, True))
        return found

    def _source_after(self, i: int) -> int:
        """The word after عن that names a relayed speech's source, or -1."""
        keys = self.p.keys
        for k in range(i, min(i + MAX_SPEAKER_WORDS, len(keys) - 1)):
            if self.lex.has("ar", "relay", keys[k]):
                return k + 1
            if k > i and breaks(self.p.gap(k - 1)):
                break
        return -1

    # -- from a cue to its speaker ----------------------------------------------------

    def speaker(self, found: Found, close: int, left: Sequence[int]) -> Speaker | None:
        """The speaker *found* names, NOBODY for an agentless passive, or None to carry over."""
        role, lang = found.cue.role, found.cue.lang
        after = found.word + found.length
        if role == "transfer":
            return self.np_after(self._source_after(found.word), lang)
        if role == "frame":
            source = self.np_after(after, lang)
            keys = self.p.keys
            if source is None and after < len(keys):
                # بحسب ما أفاد المتحدث، حسبما كتب: the frame introduces a reporting verb
                verb = after + 1 if keys[after] == "ما" else after
                cue, n = self.lex.cue(keys[verb : verb + 4])
                if cue is not None and cue.role == "verb":
                    return self.np_after(verb + n, cue.lang, verb=True)
            return source
        if role == "post":
            return self.np_after(after, lang) if lang != "ar" else None
        if role == "participle":
            verbs = [f for f in self.cues_in(left) if f.word < found.word and f.cue.role == "verb"]
            if verbs:
                return self.speaker(verbs[-1], close, left)
            return self.sentence_subject(found.word)
        if lang == "ar":
            head = self.p.keys[found.word]
            if self.lex.has("ar", "passive_verb", head) or (
                head[:1] in "وف" and self.lex.has("ar", "passive_verb", head[1:])
            ):
                return NOBODY  # كما قيل: a saying, nobody named
            return self._arabic_verb(found, after)
        keys = self.p.keys
        if after < len(keys) and self.lex.has(lang, "agent", keys[after]):
            return self.np_after(after + 1, lang)  # described by homelessness charity Shelter
        if found.word and self.lex.has("*", "passive", keys[found.word - 1]):
            return NOBODY  # have been urged: the speaker is not in the sentence
        if not found.left:
            # Words start in order: one lies between the quote and the cue if the first
            # word after the closing mark comes before the cue (a bisection, not a scan).
            if bisect.bisect_right(self.p.starts, close) < found.word:
                return self.np_before(found.word, lang)
            return self.np_after(after, lang)
        before = self.np_before(found.word, lang)
        if after < len(keys) and self.lex.has("*", "pronoun", keys[after]):
            s_start, _ = self.p.sentence(self.p.words[found.word][0], close)
            if before is None or len(self.p.word_range(s_start, self.p.words[found.word][0])) == 1:
                return self.pronoun(self.p.words[found.word][0])  # Weiter schreibt er, dit-il
        return before or self.np_after(after, lang)

    def _arabic_verb(self, found: Found, after: int) -> Speaker | None:
        keys = self.p.keys
        speaker = self.np_after(after, "ar", verb=True)
        if speaker is not None or not found.left:
            return speaker
        head = keys[found.word]
        if head[0] in "وف" and self.lex.cue([head], strip=False)[0] is None:
            # a conjunction opens a pro-drop clause: the topic (أما X فقال) or the
            # sentence's subject speaks
            return self.topic(found.word) or self.sentence_subject(found.word)
        if found.word and self.lex.has("ar", "subordinator", keys[found.word - 1]):
            return self.sentence_subject(found.word)  # ويعلم X … حيث قال
        return (
            self.antecedent(found.word)
            or self.np_before(found.word, "ar")
            or self.topic(found.word)
        )

    def antecedent(self, word: int) -> Speaker | None:
        """لكنه أوضح: the pronoun glued to the conjunction points to the subject after إنّ."""
        p = self.p
        if word < 1 or not self.lex.has("ar", "pronoun_conj", p.keys[word - 1]):
            return None
        s_start, _ = p.sentence(p.words[word][0], p.words[word][0])
        for k in reversed(p.word_range(s_start, p.words[word - 1][0])):
            if self.lex.has("ar", "complementizer", p.keys[k]):
                return self.np_after(k + 1, "ar")
        return None

    def topic(self, word: int) -> Speaker | None:
        """أما X، فقال: the topic before the comma speaks."""
        p = self.p
        s_start, _ = p.sentence(p.words[word][0], p.words[word][0])
        first = p.word_range(s_start, p.words[word][0])
        if first and self.lex.has("ar", "topic", p.keys[first[0]]):
            return self.np_after(first[0] + 1, "ar")
        return None

    def sentence_subject(self, word: int) -> Speaker | None:
        """The subject of the verb-first Arabic sentence that word *word* continues."""
        p = self.p
        s_start, _ = p.sentence(p.words[word][0], p.words[word][0])
        first = p.word_range(s_start, p.words[word][0])
        k = 0
        while k < len(first) - 1 and self.stop(first[k], "ar", edge=True):
            k += 1
        if not first or first[k] == word:
            return None
        key = p.keys[first[k]]
        cue, n = self.lex.cue(p.keys[first[k] : first[k] + 4])
        if cue is not None and cue.role == "verb":
            return self.np_after(first[k] + n, "ar", verb=True)
        opening = len(key) > 3 and key[0] in "وف"  # وتوعّدت المتحدثة …
        after_adverb = k > 0 and p.gap(first[k - 1]).strip() in (",", "،")  # وأيضاً، ربط …
        if ARABIC.match(key) and (opening or after_adverb):
            return self.np_after(first[k] + 1, "ar", verb=True)
        return None

    # -- noun phrases -------------------------------------------------------------------

    def stop(self, i: int, lang: str, *, edge: bool = False) -> bool:
        """True if word *i* ends a speaker's noun phrase (*edge*: it would be the first word)."""
        key = self.p.keys[i]
        lex = self.lex
        if lang != "ar":
            return lex.has(lang, "stop", key) and not self.p.capital(i)
        if lex.has("ar", "stop", key) or (key[:1] in "وف" and lex.has("ar", "stop", key[1:])):
            return True
        # an addressee after the speaker: لنظيره، لرويترز، للصحفيين; but ل + a definite
        # noun inside a title is a genitive (الأمين العام للأمم المتحدة)
        return not edge and self.addressee(key)

    def addressee(self, key: str) -> bool:
        """True if folded *key* is ل + an addressee (لنظيره، لرويترز، للصحفيين).

        ل + a definite noun (للأمم، للدفاع) is a genitive unless the noun names an
        audience. A word that merely begins with ل (لجنة، لبنان، لندن) is none: it
        is more frequent on its own than the word after its ل.
        """
        if len(key) < 3 or key[0] != "ل":
            return False
        if key.startswith("لل") and len(key) > 4:
            return self.lex.has("ar", "audience", "ال" + key[2:])
        counts = word_counts()
        return counts.get(key, 0) <= counts.get(key[1:], 0)

    def np_after(self, i: int, lang: str, *, verb: bool = False) -> Speaker | None:
        """The noun phrase that begins at word *i*, up to a stop word or punctuation.

        After an Arabic verb (*verb*), an addressee with ل (لرويترز، لنظيره الفرنسي)
        comes before the subject and is passed over; after a frame it is the source's
        own first word (جاء في لسان العرب).
        """
        p = self.p
        if i >= len(p.words) or (i > 0 and breaks(p.gap(i - 1))):
            return None
        while i < len(p.words) - 1 and lang == "ar" and self._skipped(i, verb=verb):
            if breaks(p.gap(i)):
                return None
            i += 1  # وأعلن عنها السيد X, وقال للصحفيين: the preposition is not the subject
            if self.addressee(p.keys[i - 1]) and not p.keys[i - 1].startswith("لل"):
                # لنظيره الفرنسي: the adjectives after it describe the addressee
                while i < len(p.words) - 1 and p.keys[i].startswith("ال"):
                    if breaks(p.gap(i)):
                        return None
                    i += 1
        if lang != "ar":
            return self._latin_np_after(i)
        end, cut, last = i, 0, 0
        while end < len(p.words) and end - i < _SCAN_WORDS:
            key = p.keys[end]
            if p.inside_speech(p.words[end][0]) or self.stop(end, "ar", edge=end == i):
                break
            if len(key) == 1 or self.lex.cue(p.keys[end : end + 2])[0] is not None:
                break  # a lone clitic (بـ«…»), or the next cue
            end += 1
            gap = p.gap(end - 1)
            if self.lex.has("*", "title", key) and gap.strip() in MARKS and gap.strip():
                name = self._quoted_name(end)
                if name:
                    end, last = name
                    break  # صحيفة "معاريف": the name is part of the speaker
            if breaks(gap):
                break
            glued = len(key) > 4 and key.endswith("في") and end < len(p.words)
            if glued and self.lex.cue(["في", p.keys[end]])[0] is not None:
                cut = 2  # الخارجيةفي بيان: a glued في that opens a setting
                break
        if end == i:
            return None
        if end - i > MAX_SPEAKER_WORDS:
            i, end, cut, last = self._capped(i, end, cut, last)
        return self.make(i, end, cut=cut, extra=last)

    def _skipped(self, i: int, *, verb: bool) -> bool:
        """True for word *i* between an Arabic verb and its subject (عنها، لنظيره، للصحفيين)."""
        key = self.p.keys[i]
        return self.lex.has("ar", "skip", key) or (verb and self.addressee(key))

    def _capped(self, i: int, end: int, cut: int, last: int) -> tuple[int, int, int, int]:
        """A phrase longer than the cap: the name after its last honorific, else its head."""
        keys = self.p.keys
        for h in range(end - 2, i - 1, -1):
            if self.lex.has("ar", "honorific", keys[h]):
                if end - h - 1 <= MAX_SPEAKER_WORDS:
                    return h + 1, end, cut, last
                break
        return i, i + MAX_SPEAKER_WORDS, 0, 0

    def _quoted_name(self, i: int) -> tuple[int, int] | None:
        """The words of a quoted name that begins at word *i*, and its closing mark."""
        p = self.p
        pair = p.pair_at(p.words[i][0])
        if pair is None or pair not in p.names:
            return None
        return bisect.bisect_left(p.starts, pair.close), 1

    def _latin_np_after(self, i: int) -> Speaker | None:
        p = self.p
        end = i
        named = False
        while end < len(p.words) and end - i < 5 and not self.stop(end, "*"):
            if p.inside_speech(p.words[end][0]) or self.lex.cue(p.keys[end : end + 2])[0]:
                break
            if named and not self._name_word(end):
                break  # Innenminister Horst Seehofer | ist die Lage
            named = named or p.capital(end)
            end += 1
            if breaks(p.gap(end - 1)):
                break
        words = range(i, end)
        if any(p.capital(w) for w in words) or (
            end > i and self.lex.has("*", "determiner", p.keys[i])
        ):
            return self.make(i, end)
        return None

    def np_before(self, j: int, lang: str) -> Speaker | None:
        """The noun phrase that ends right before word *j* (the cue), in the same clause."""
        p = self.p
        i = j - 1
        while i >= 0 and self.lex.has(lang, "aux", p.keys[i]) and not breaks(p.gap(i)):
            i -= 1
        if i < 0:
            return None
        if lang != "ar":
            return self._latin_np_before(i)
        if breaks(p.gap(i)) and not (p.gap(i).strip() in MARKS and p.inside_pair(p.words[i][0])):
            return None
        end = i + 1
        while i >= 0 and end - i <= 3:
            if self.stop(i, "ar", edge=True) or self.lex.cue(p.keys[i : i + 1])[0] is not None:
                break
            if p.inside_speech(p.words[i][0]):
                break
            if i < end - 1 and breaks(p.gap(i)) and p.gap(i).strip() not in MARKS:
                break
            i -= 1
        # وعن مشاريعه المستقبلية قال: a fronted object of a preposition, unless it is
        # a document that speaks (وفي بيان مشترك نُشر …)
        fronted = i >= 0 and self.preposition(p.keys[i]) and self._opens_clause(i)
        if fronted and (i + 1 >= end or not self.document(p.keys[i + 1])):
            return None
        return self.make(i + 1, end) if i + 1 < end else None

    def document(self, key: str) -> bool:
        """True if folded *key* names a document (بيان، التقرير، صحيفة) that may speak."""
        return self.lex.has("ar", "document", without_article(key))

    def _opens_clause(self, i: int) -> bool:
        """True if word *i* is the first of its sentence or follows a comma."""
        p = self.p
        s_start, _ = p.sentence(p.words[i][0], p.words[i][0])
        return p.words[i][0] <= s_start or (i > 0 and breaks(p.gap(i - 1)))

    def preposition(self, key: str) -> bool:
        """True if folded *key* is an Arabic preposition, alone or after و/ف (وعن، وفي)."""
        has = self.lex.has
        return has("ar", "preposition", key) or (
            key[:1] in "وف" and has("ar", "preposition", key[1:])
        )

    def _latin_np_before(self, i: int) -> Speaker | None:
        """English, French, German: a capitalized name, or a determiner phrase."""
        p = self.p
        if p.inside_speech(p.words[i][0]):
            return None
        relative = i > 0 and self.lex.has("*", "relative", p.keys[i])
        if relative:
            i -= 1
        end = i + 1
        if "," in p.gap(i) and not relative:
            # "X, apposition, said": the name stands before the apposition
            k = i - 1
            while k >= 0 and "," not in p.gap(k):
                if breaks(p.gap(k)) and p.gap(k).strip() not in (".", "-"):
                    return None  # (the dots of D-N.Y. do not end the apposition)
                k -= 1
            if k < 0:
                return None
            i, end = k, k + 1
        start = end
        while (
            start > 0 and self._name_word(start - 1) and not p.inside_speech(p.words[start - 1][0])
        ):
            if start < end and p.gap(start - 1).strip():
                break
            start -= 1
        while start < end and not p.capital(start):
            if self.lex.has("*", "determiner", p.keys[start]) and start < end - 1:
                break
            start += 1
        if start < end and p.capital(end - 1):
            start = self._head_of(start)
            if start > 1 and p.gap(start - 1).startswith(","):
                head = self._sentence_head(start - 1)
                if head is not None:
                    return head
            return self.make(start, end)
        return self._sentence_np(end) or self._determiner_np(end)

    def _head_of(self, start: int) -> int:
        """``The head of the NHS``: extend a name back over ``of`` to its head noun."""
        p = self.p
        of = start - 1
        if of < 1 or not self.lex.has("*", "of", p.keys[of]) or breaks(p.gap(of - 1)):
            return start
        for k in range(of - 1, max(-1, of - 4), -1):
            if self.lex.has("*", "determiner", p.keys[k]):
                return k
            if k and breaks(p.gap(k - 1)):
                break
        return start

    def _name_word(self, i: int) -> bool:
        key = self.p.keys[i]
        if self.lex.has("*", "stop", key) and not self.lex.has("*", "connector", key):
            return False
        return self.p.capital(i) or self.lex.has("*", "connector", key)

    def _sentence_np(self, end: int) -> Speaker | None:
        """``A teacher at the hub … has branded``: the sentence's opening noun phrase."""
        p = self.p
        s_start, _ = p.sentence(p.words[end - 1][0], p.words[end - 1][0])
        words = p.word_range(s_start, p.words[end - 1][1])
        if words and self.lex.has("*", "conjunction", p.keys[words[0]]):
            words = words[1:]
        if len(words) < 2 or not self.lex.has("*", "determiner", p.keys[words[0]]):
            return None
        if any(breaks(p.gap(w)) for w in words[:-1]):
            return None
        stop = 1
        while stop < len(words) and not self.stop(words[stop], "*"):
            stop += 1
        if stop < len(words) - 1 and p.keys[words[stop]] == "of":
            stop += 1
            while stop < len(words) and not self.stop(words[stop], "*"):
                stop += 1
        return self.make(words[0], words[stop - 1] + 1) if stop > 1 else None

    def _determiner_np(self, end: int) -> Speaker | None:
        """A common noun phrase back to its determiner: ``the force``, ``a health leader``."""
        p = self.p
        for r in range(end - 1, max(0, end - 6), -1):
            if breaks(p.gap(r - 1)):
                break
            if r - 1 > 0 and self.lex.has("*", "relative", p.keys[r - 1]):
                return self._determiner_np(r - 1)  # the officer who made the arrest said
        start = end - 1
        while start > 0 and end - start < 5:
            if self.lex.has("*", "determiner", p.keys[start]):
                break
            prev = start - 1
            if self.lex.has("*", "relative", p.keys[prev]):
                return self._determiner_np(prev) if prev > 0 else None
            if breaks(p.gap(prev)) or self.stop(prev, "*"):
                break
            start = prev
        return self.make(start, end)

    def _sentence_head(self, k: int) -> Speaker | None:
        """A name alone before the first comma of its sentence (``Cllr X Y, Chair of …``)."""
        p = self.p
        s_start, _ = p.sentence(p.words[k][0], p.words[k][0])
        words = p.word_range(s_start, p.words[k][1])
        if 0 < len(words) <= 4 and all(p.capital(w) for w in words):
            return self.make(words[0], words[-1] + 1)
        return None

    def make(self, start: int, end: int, *, cut: int = 0, extra: int = 0) -> Speaker | None:
        """The speaker made of words ``[start, end)``; a lone pronoun is resolved."""
        p = self.p
        if end - start == 1 and self.lex.has("*", "pronoun", p.keys[start]):
            return self.pronoun(p.words[start][0])
        latin = not ARABIC.match(p.keys[start])
        if latin and all(self.lex.has("*", "determiner", p.keys[w]) for w in range(start, end)):
            return None  # nous le raconte: no noun
        s = p.words[start][0]
        e = p.words[end - 1][1] - cut + extra
        a, b = p.span(s, e)
        return Speaker(p.source[a:b], a, b, tuple(p.keys[start:end]))

    # -- carrying a speaker over --------------------------------------------------------

    def pronoun(self, before: int) -> Speaker | None:
        """Who a pronoun at *before* points to: a name just before it, else the last speaker.

        With *before* < 0, only the last name of the whole paragraph is looked for.
        """
        if self.looking_back:
            return None
        p = self.p
        limit = len(p.text) if before < 0 else before
        words = [i for i in p.word_range(limit - WINDOW, limit) if not ARABIC.match(p.keys[i])]
        hyphenated = None
        k = len(words) - 1
        while k >= 0:
            w = words[k]
            if not p.capital(w):
                k -= 1
                continue
            run = [w]
            while k > 0 and words[k - 1] == run[-1] - 1 and self._name_word(words[k - 1]):
                if breaks(p.gap(words[k - 1])):
                    break
                k -= 1
                run.append(words[k])
            while len(run) > 1 and not p.capital(run[-1]):
                run.pop()  # of, von, de: only inside a name
            if len(run) >= 2:
                return self.make(run[-1], run[0] + 1)
            if hyphenated is None and _hyphenated_name(p.text[p.words[w][0] : p.words[w][1]]):
                hyphenated = w  # Marie-Pierre, unless a two-word name comes before
            k -= 1
        if hyphenated is not None:
            return self.make(hyphenated, hyphenated + 1)
        memory = self.memory
        if memory.last is not None and memory.last_paragraph >= self.p.index - 1:
            return self.recent(before)
        if self.p.index > 0 and before >= 0:
            rules = Speakers(self.paragraph(self.p.index - 1), memory, self.paragraph, self.spans)
            name = rules.pronoun(-1)
            if name is not None:
                return name
        return self.recent(before) if before >= 0 else None

    def recent(self, before: int, *, cued: bool = True) -> Speaker | None:
        """The last speaker: named earlier in this paragraph, in the last one, or further back.

        Args:
            before: the offset the speaker must be named before, in this paragraph.
            cued: a reporting verb or a pronoun points back (وأضاف، مضيفاً، he added),
                so the speaker may be up to `LOOKBACK_PARAGRAPHS` paragraphs back.
                Without one (False), a quotation takes the last speaker of its own
                paragraph, or of the one before when it opens the paragraph (a
                speech running over paragraphs); else nobody.
        """
        memory = self.memory
        k = self.p.index
        if memory.last is not None and memory.last_paragraph == k:
            return memory.last
        said = self.last_said(before)
        if said is not None:
            return said
        back = LOOKBACK_PARAGRAPHS if cued else self._uncued_reach()
        if memory.last is not None and memory.last_paragraph >= k - back and back:
            return memory.last
        for j in range(k - 1, max(memory.last_paragraph, k - 1 - back), -1):
            rules = Speakers(self.paragraph(j), memory, self.paragraph, self.spans)
            speaker = rules.last_said(len(rules.p.text))
            if speaker is not None:
                return speaker
        return None

    def _uncued_reach(self) -> int:
        """How many paragraphs back a quotation with no cue looks.

        The one before, past the headings between: a subheading does not end a speech.
        """
        k = self.p.index - 1
        while k > 0 and self.p.index - k <= LOOKBACK_PARAGRAPHS and self.paragraph(k).heading():
            k -= 1
        return self.p.index - k

    def last_said(self, before: int) -> Speaker | None:
        """The speaker of the last reporting verb before offset *before*, if it names one."""
        p = self.p
        if not p.words:
            return None
        words = p.word_range(before - WINDOW, before)
        looking_back, self.looking_back = self.looking_back, True
        try:
            return self._last_said(words)
        finally:
            self.looking_back = looking_back

    def _last_said(self, words: list[int]) -> Speaker | None:
        p = self.p
        verbs = [f for f in self.cues_in(words) if f.cue.role == "verb"]
        for f in reversed(verbs[-_LAST_VERBS:]):
            if f.cue.lang == "ar":
                sp = self.np_after(f.word + f.length, "ar", verb=True)
            else:
                sp = self.speaker(f, p.words[f.word][0], [w for w in words if w < f.word])
            named = sp is not None and sp is not NOBODY and sp.key
            if named and sp is not None and not self.lex.has("*", "pronoun", sp.key[0]):
                return sp
        return None

    def fullest(self, speaker: Speaker) -> Speaker:
        """A one-word mention (شولتس) as the fullest earlier name that ends with it."""
        if len(speaker.key) != 1 or speaker.text[:1].islower():
            return speaker
        name = self.memory.names.get(speaker.key[0])
        return name if name is not None and len(name.key) > len(speaker.key) else speaker

    def remember(self, speaker: Speaker, *, here: bool = True) -> None:
        """Make *speaker* the last one named (*here*: in this paragraph)."""
        self.memory.last = speaker
        if here:
            self.memory.last_paragraph = self.p.index
        if len(speaker.key) > 1:
            known = self.memory.names.get(speaker.key[-1])
            if known is None or len(speaker.key) > len(known.key):
                self.memory.names[speaker.key[-1]] = speaker
