"""quotes.v1: direct quotes and reported claims, with who says so, citing what.

The words are data (``warta/lang/<code>/quotes.yaml``): speech cues with the stance each gives
("mengonfirmasi" confirms, "membantah" denies, "said" asserts, "warned" warns), the words that
open a claim's content ("bahwa", "that"), "menurut"/"according to", pronouns, and the nouns that
name evidence ("rekaman", "video", "satellite images").

**Direct quotes.** Text between quotation marks (“ ” « » „ “, straight double quotes and the
typewriter ''...'' and ``...'' of wire archives; a curly mark may close a straight one and the
other way round; a quote may run over several sentences, within its paragraph) of three words or
more, with a speech cue right after it ("“...,” ujarnya", "“...,” said Smith", "'...,' he said") or before it
("Zelenskyy berkata: “...”"). A quote with no cue of its own that follows a quote in the same
paragraph continues it: right after its cue ("“...,” ujarnya. “...”") it is the same quote, whose
``span`` then runs over both parts and the cue between; further on, a quote of its own with the
same speaker. Scare quotes and names in quotes ("“Batalion K”") are not quotes. ``span`` covers
the marks.

**Speakers and claimants.** The words before the cue back to the start of the clause ("Presiden
Ukraina Volodymyr Zelenskyy berkata", "Seorang komandan Ukraina mengungkapkan", "a Ukrainian
commander said"), else the words after it ("kata Kapolri", "said the minister"); the last entity
of a person, organisation or country among them is the ``entity``. A cue with a clitic
("ujarnya", "katanya") or a pronoun ("kata dia", "he said") names the last person named before
the quote, outside quotes, in the three sentences before; "mereka"/"they" the last organisation
or country. The span is then the cue or the pronoun, the entity the person.

**Claims.** Reported speech outside quotes: "<claimant> <cue> bahwa/that <content>", the same
without "bahwa"/"that" when a clause follows the cue ("Cruz said he would ...", "Polisi
mengatakan, pelaku sudah ditangkap"; not "said in a statement"; a "that" more than three words
after the cue is a relative pronoun, not the cue's), "<content>,
<claimant> <cue>." ("..., kata polisi."), "<content>, <cue> <claimant>.", "<content>, <claimant>
<cue>, <content>" (the whole sentence is what is said), "menurut/according to <claimant>,
<content>" (or the content first), and a paragraph opening with a name and a colon ("Zelenskyy:
Ukraine will not ...", a transcript's "PENCE: Well, ..."). ``stance`` comes from the cue; ``evidence``
from the claimant's words ("rekaman menunjukkan bahwa" -> recording); ``status`` is
``hypothetical`` when the content hedges ("dapat membahayakan", "could") or the cue is negated
("we do not know who fired"), ``denied`` when the cue denies, else ``asserted``.

**Linking.** An event whose trigger lies in a claim's content points at the claim (``claim``)
(unless the claim is a position taken: ``demands``, ``supports``, ``opposes``, ``intends``)
and is ``claimed`` (``denied`` under a denial, ``hypothetical`` in a hypothetical claim), unless
it is already hypothetical, future or negated: hedged wording inside a claim stays hedged. An
event inside a direct quote is claimed too (a quote is not a claim record: ``claim`` stays null).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from .. import lang as langdata
from ..doc import Claim, Doc, Quote, Speaker
from ..registry import stage
from ..settings import Settings

# opening mark -> its closing marks; "''" and "``...''" are typewriter double quotes (wire and
# newspaper archives write ''It's more tinkering,'' said ...)
# (an opening curly or straight mark may close with the other: copy-edited text mixes them)
_OPENERS = {"“": ("”", '"'), "«": ("»",), "„": ("“", "”"), '"': ('"', "”"), "''": ("''",), "``": ("''",)}
_DASHES = ("―", "—", "–", "-")
_OPENING = re.compile("|".join(re.escape(o) for o in sorted(_OPENERS, key=len, reverse=True)))
_CLOSING = {opener: re.compile("|".join(re.escape(c) for c in closers)) for opener, closers in _OPENERS.items()}
_MIN_WORDS = 3
_SPEAKER_WORDS = 10  # the longest speaker between a quote and its cue ("Rep. Jason Chaffetz (R-Utah) said")
_SPLIT_GAP = 80  # characters between two parts of one quote split by its cue ("," he said. ")
_SPEAKER_LABELS = {"PER", "ORG", "NORP", "GPE"}
# stances of a position taken, not of a report ("urged a ceasefire", "backed the strike", "pledged to
# rebuild"): what they name is wanted, backed or promised, not said to have happened
_POSITIONS = {"demands", "supports", "opposes", "intends"}


class _Lang:
    def __init__(self, code: str):
        data = langdata.load(code, "quotes")
        self.cues = langdata.phrases(data["cues"])
        self.clitics = tuple(data.get("clitics") or ())
        self.complementizers = frozenset(data["complementizers"])
        self.according_to = langdata.phrases(dict.fromkeys(data["according_to"], True))
        self.pronouns = frozenset(data["pronouns"])
        self.plural_pronouns = frozenset(data["plural_pronouns"])
        self.boundaries = frozenset(data["claimant_boundaries"])
        self.evidence = langdata.phrases(data["evidence"])
        self.hedges = frozenset(data["hedges"])
        self.content_first = bool(data["content_first"])
        self.cue_words = frozenset(self.cues) | frozenset(self.according_to)  # first words: a sentence without one has no claim
        self.not_content_start = frozenset(data["not_content_start"])
        self.content_openers = frozenset(data["content_openers"])
        self.intent_cues = frozenset(data["intent_cues"])
        self.coordinators = frozenset(data["coordinators"])
        self.not_speakers = frozenset(data["not_speakers"])
        self.times_after_cue = frozenset(data["times_after_cue"])
        self.addressed = frozenset(data["addressed"])
        self.addressees = frozenset(data["addressees"])
        self.determiners = frozenset(data["determiners"])
        self.negations = frozenset(data["negations"])


@dataclass
class _Cue:
    first: int
    end: int  # token after the cue
    stance: str
    clitic: bool  # "ujarnya": the speaker is a pronoun inside the cue


class Quotes:
    def __init__(self, settings: Settings):
        self.settings = settings
        self._langs: dict[str, _Lang | None] = {}

    def __getstate__(self) -> dict:
        return {"settings": self.settings, "_langs": {}}

    def _lang(self, code: str | None) -> _Lang | None:
        if code not in self._langs:
            self._langs[code] = _Lang(code) if code in langdata.available("quotes") else None  # type: ignore[index]
        return self._langs[code]  # type: ignore[index]

    def __call__(self, doc: Doc) -> Doc:
        lang = self._lang(doc.lang)
        if lang is None or not doc.tokens:
            doc.quotes, doc.claims = [], []
            return doc
        reader = _Reader(doc, lang)
        doc.quotes = reader.quotes()
        doc.claims = reader.claims()
        reader.link_events()
        return doc


class _Reader:
    def __init__(self, doc: Doc, lang: _Lang):
        self.doc, self.lang = doc, lang
        self.raw = [doc.text[s:e] for s, e in doc.tokens]
        self.words = [w.lower() for w in self.raw]
        self.sentence_of = doc.token_sentences()
        self.token_at = {s: i for i, (s, _) in enumerate(doc.tokens)}
        self.token_ending = {e: i for i, (_, e) in enumerate(doc.tokens)}
        self.starts = [s for s, _ in doc.tokens]
        self.ends = [e for _, e in doc.tokens]
        self.mentions: list[tuple[int, int, str, str]] = []  # (start char, end char, entity id, label)
        for entity in doc.entities:
            if entity.label in _SPEAKER_LABELS:
                self.mentions += [(s, e, entity.id, entity.label) for s, e in entity.mentions]
        self.mentions.sort()
        self.quoted: list[tuple[int, int]] = []

    # --- helpers -------------------------------------------------------------------------------

    def _phrase(self, i: int, table: dict) -> tuple[int, Any] | None:
        return langdata.phrase_at(self.words, i, table)

    def _cue(self, i: int) -> _Cue | None:
        if not 0 <= i < len(self.words):
            return None
        hit = self._phrase(i, self.lang.cues)
        if hit is not None:
            return _Cue(i, hit[0], str(hit[1]), False)
        word = self.words[i]
        for clitic in self.lang.clitics:  # "ujarnya", "tegasnya"
            if word.endswith(clitic) and len(word) > len(clitic) + 2:
                stem = word[: -len(clitic)]
                for words, stance in self.lang.cues.get(stem, ()):
                    if len(words) == 1:
                        return _Cue(i, i + 1, str(stance), True)
        return None

    def _span(self, first: int, last: int) -> tuple[int, int]:
        return self.doc.tokens[first][0], self.doc.tokens[last][1]

    def _in_quote(self, char: int) -> bool:
        k = bisect.bisect_right(self.quoted, (char, len(self.doc.text) + 1)) - 1  # spans are sorted, none overlaps
        return k >= 0 and self.quoted[k][0] <= char < self.quoted[k][1]

    def _entity_in(self, start: int, end: int) -> str | None:
        inside = [m for m in self.mentions if start <= m[0] and m[1] <= end]
        people = [m for m in inside if m[3] in ("PER", "ORG")]
        return (people or inside)[-1][2] if inside else None

    def _antecedent(self, before: int, plural: bool = False) -> str | None:
        """The last person (an organisation or country for "mereka"/"they") named before char
        ``before``, outside quotes, in the three sentences before."""
        k = self.doc.sentence_at(before)
        floor = self.doc.sentences[max(0, k - 3)][0] if self.doc.sentences else 0
        for wanted in (("ORG", "GPE", "NORP"),) if plural else (("PER",), ("ORG",)):  # a person, else an organisation
            for s, e, entity, label in reversed(self.mentions):
                if e <= before and s >= floor and label in wanted and not self._in_quote(s):
                    return entity
        return None

    def _who(self, first: int, last: int, cue: _Cue) -> Speaker | None:
        """The claimant or speaker in tokens ``first..last`` (inclusive), or by the cue's pronoun."""
        if cue.clitic:
            return Speaker(span=self._span(cue.first, cue.first), entity=self._antecedent(self.doc.tokens[cue.first][0]))
        if first > last:
            return None
        words = set(self.words[first : last + 1])
        if last - first <= 1 and words & (self.lang.pronouns | self.lang.plural_pronouns):
            plural = bool(words & self.lang.plural_pronouns)
            return Speaker(span=self._span(first, last), entity=self._antecedent(self.doc.tokens[first][0], plural))
        start, end = self._span(first, last)
        return Speaker(span=(start, end), entity=self._entity_in(start, end))

    def _before(self, cue_first: int, limit: int = 10) -> tuple[int, int]:
        """The claimant words before a cue: back to the clause's start, ``limit`` tokens at most."""
        k = self.sentence_of[cue_first]
        j = cue_first - 1
        if j > 0 and self.words[j] == ")":  # "Mike Pence (R-IN) said": the bracket belongs to the name
            opening = next((x for x in range(j - 1, max(-1, j - 6), -1) if self.words[x] == "("), None)
            j = opening - 1 if opening is not None else j
        while j >= 0 and cue_first - j <= limit and self.sentence_of[j] == k and self.words[j] not in self.lang.boundaries:
            j -= 1
        return j + 1, cue_first - 1

    def _claimant_before(self, cue_first: int, sentence_first: int) -> tuple[int, int]:
        """The claimant before a cue; after an apposition ("Johnnie Wilson, of Springfield, Va.,
        said") the sentence's words from its start: 15 tokens at most, or more when a name opens the
        sentence ("Richard Revesz, director of the Institute for ... law school, said")."""
        a, b = self._before(cue_first)
        if a > b and cue_first > sentence_first and self.words[cue_first - 1] == "," and (
                cue_first - sentence_first <= 15 or self._apposition_opens(sentence_first, cue_first - 1)):
            return sentence_first, cue_first - 2
        if a > b and cue_first > sentence_first and self.words[cue_first - 1] in self.lang.coordinators:
            # "Cruz urged delegates to vote their conscience and said he ...": the sentence's subject
            lo, hi = self.doc.tokens[sentence_first][0], self.doc.tokens[cue_first][0]
            subject = next((m for m in self.mentions if lo <= m[0] and m[1] <= hi and m[3] in ("PER", "ORG")), None)
            if subject is not None and subject[0] in self.token_at:
                first = self.token_at[subject[0]]
                last = next((k for k in range(first, cue_first) if self.doc.tokens[k][1] == subject[1]), first)
                return first, last
        return a, b

    def _before_that(self, k: int) -> bool:
        """Token ``k`` may stand between a cue and its "that": whom it was said to, where, when
        ("told MSNBC's “Morning Joe” on Friday that", "told a crowd in Cleveland that")."""
        return (self._addressee(k) or self.words[k] in self.lang.determiners or self.words[k] in self.lang.times_after_cue
                or self.words[k] in self.lang.not_content_start or not self.words[k][:1].isalnum()
                or self.raw[k][:1].isupper() or self._in_quote(self.doc.tokens[k][0]))

    def _addressee(self, k: int) -> bool:
        """Token ``k`` names whom one speaks to: "reporters", "me", a name ("told CNBC")."""
        return self.words[k] in self.lang.addressees or self._in_name(k) or self._name_at(k, ("PER", "ORG"))

    def _in_name(self, k: int) -> bool:
        """Token ``k`` lies inside an entity mention that starts before it."""
        start = self.doc.tokens[k][0]
        at = bisect.bisect_right(self.mentions, (start,)) - 1
        return at >= 0 and self.mentions[at][0] < start < self.mentions[at][1]

    def _mention_at(self, k: int, labels: tuple[str, ...]) -> tuple[int, int, str, str] | None:
        """The mention of a person (or of ``labels``) that starts at token ``k``, if one does."""
        start = self.doc.tokens[k][0] if k < len(self.doc.tokens) else -1
        at = bisect.bisect_left(self.mentions, (start,))
        found = self.mentions[at] if at < len(self.mentions) else None
        return found if found is not None and found[0] == start and found[3] in labels else None

    def _name_at(self, k: int, labels: tuple[str, ...]) -> bool:
        return self._mention_at(k, labels) is not None

    def _apposition_opens(self, first: int, comma: int) -> bool:
        """The sentence opens with a name set off by a comma, and its apposition runs to ``comma``:
        "Megan Hester, senior associate at the Annenberg Institute, said ..."."""
        name = self._mention_at(first, ("PER", "ORG"))
        if name is None:
            return False
        k = self.token_ending.get(name[1])
        if k is not None and k + 1 < comma and self.words[k + 1] == "(":  # "Rep. Gregory Meeks (D-N.Y.), chairman ..."
            k = next((j for j in range(k + 2, min(k + 8, comma)) if self.words[j] == ")"), k)
        return k is not None and k + 1 < comma and self.words[k + 1] == ","

    def _after(self, cue_end: int, limit: int = 10) -> tuple[int, int]:
        """The speaker words after a cue: up to the clause's end."""
        if cue_end >= len(self.words):
            return cue_end, cue_end - 1
        k = self.sentence_of[min(cue_end, len(self.words) - 1)]
        j = cue_end
        while (j < len(self.words) and j - cue_end < limit and self.sentence_of[j] == k
               and self.words[j] not in self.lang.boundaries and self.words[j] not in (".", "!", "?")):
            j += 1
        return cue_end, j - 1

    # --- direct quotes -------------------------------------------------------------------------

    def _quote_spans(self) -> list[tuple[int, int]]:
        text = self.doc.text
        spans, i = [], 0
        while True:
            m = _OPENING.search(text, i)
            if m is None:
                break
            i = m.start()
            stop = text.find("\n\n", i)
            closing = _CLOSING[m.group()].search(text, m.end(), len(text) if stop < 0 else stop)
            if closing is None:
                i = m.end()
                continue
            if len(re.findall(r"\w+", text[m.end() : closing.start()])) >= _MIN_WORDS:
                spans.append((i, closing.end()))
            i = closing.end()
        return spans

    def quotes(self) -> list[Quote]:
        found: list[Quote] = []
        self.quoted = self._quote_spans()
        previous: Quote | None = None
        for start, end in self.quoted:
            first, last = self._token_from(start), self._token_until(end)
            if first is None or last is None:
                continue
            quote = self._cued_after(start, end, last) or self._cued_before(start, end, first)
            if quote is None and previous is not None and self._same_paragraph(previous.span[1], start) \
                    and start - previous.span[1] < 400:
                if start - previous.span[1] <= _SPLIT_GAP:  # "“...,” he said. “...”": one quote, split by its cue
                    previous.span = (previous.span[0], end)
                    continue
                quote = Quote(id="", span=(start, end), cue=previous.cue, speaker=previous.speaker)
            if quote is not None:
                found.append(quote)
                previous = quote
        for n, quote in enumerate(found, 1):
            quote.id = f"U{n}"
        self.quoted = [q.span for q in found]  # a quote without a cue is a partial quote, inside a claim
        return found

    def _token_from(self, char: int) -> int | None:
        k = bisect.bisect_left(self.starts, char)
        return k if k < len(self.starts) else None

    def _token_until(self, char: int) -> int | None:
        k = bisect.bisect_right(self.ends, char) - 1
        return k if k >= 0 else None

    def _same_paragraph(self, a: int, b: int) -> bool:
        return "\n\n" not in self.doc.text[a:b]

    def _cued_after(self, start: int, end: int, last: int) -> Quote | None:
        """“...,” ujarnya / “...,” kata X / "...," he said / "...," said X / "...," X said."""
        j = last + 1
        if j + 1 < len(self.words) and self.words[j] in _DASHES and self.raw[j + 1][:1].isupper():
            # “...” ― Jorge Falcon: the dash attributes it
            first, final = self._after(j + 1)
            return Quote(id="", span=(start, end), cue=self._span(j, j), speaker=self._who(first, final, _Cue(j, j + 1, "asserts", False)))
        if j < len(self.words) and self.words[j] in (",", *_DASHES):
            j += 1
        if j >= len(self.words) or "\n" in self.doc.text[end : self.doc.tokens[j][0]]:
            return None
        # “... Kursk.” ends its sentence; a question or an exclamation does not ("“...?” Graham asked.")
        closed = re.search(r"\.\W*$", self.doc.text[start:end]) is not None
        cue = self._cue(j)
        if cue is not None:
            first, final = self._after(cue.end)
            speaker = self._who(first, final, cue)
            return Quote(id="", span=(start, end), cue=self._span(cue.first, cue.end - 1), speaker=speaker)
        if closed:
            return None
        # "..., X said": a short phrase, then the cue ("... ," Mr. Morgan of the Sierra Club said)
        for k in range(j + 1, min(j + _SPEAKER_WORDS, len(self.words))):
            if self.sentence_of[k] != self.sentence_of[j] or self._in_quote(self.doc.tokens[k][0]):
                break
            cue = self._cue(k)
            if cue is not None:
                return Quote(id="", span=(start, end), cue=self._span(cue.first, cue.end - 1), speaker=self._who(j, k - 1, cue))
        return None

    def _cued_before(self, start: int, end: int, first: int) -> Quote | None:
        """X berkata: “...” / X said: "..." """
        j = first - 1
        if j >= 0 and self.words[j] in (":", ","):
            j -= 1
        if j < 0 or self.doc.tokens[j][1] < start - 3:
            return None
        for k in range(j, max(-1, j - 2), -1):
            cue = self._cue(k)
            if cue is not None and cue.end - 1 >= j - 1:
                a, b = self._before(cue.first)
                speaker = self._who(a, b, cue) if a <= b or cue.clitic else self._who(*self._after(cue.end), cue)
                return Quote(id="", span=(start, end), cue=self._span(cue.first, cue.end - 1), speaker=speaker)
        return None

    # --- claims --------------------------------------------------------------------------------

    def claims(self) -> list[Claim]:
        found: list[Claim] = []
        by_sentence: dict[int, list[int]] = {}
        for i, (s, _) in enumerate(self.doc.tokens):
            if not (self.quoted and self._in_quote(s)):
                by_sentence.setdefault(self.sentence_of[i], []).append(i)
        cue_words = self.lang.cue_words
        for k in sorted(by_sentence):
            tokens = by_sentence[k]
            labelled = self._labelled(tokens)
            if labelled is not None:
                found.append(labelled)
            elif any(self.words[i] in cue_words or self.words[i].endswith(self.lang.clitics) for i in tokens):
                found += self._claims_in(tokens)
        for n, claim in enumerate(found, 1):
            claim.id = f"C{n}"
        return found

    def _labelled(self, tokens: list[int]) -> Claim | None:
        """"PENCE: Well, look, ...", "Zelenskyy: Ukraine will not give up": a paragraph that opens
        with a name (one to three capitalised words) and a colon is what that name says, to the
        end of the paragraph (a transcript's turn, a headline's attribution)."""
        first = tokens[0]
        text, spans = self.doc.text, self.doc.tokens
        if spans[first][0] > 0 and "\n" not in text[max(0, spans[first][0] - 2) : spans[first][0]] \
                and text[: spans[first][0]].strip(' "“'):
            return None  # not at a paragraph's start
        colon = next((j for j in tokens[:4] if self.words[j] == ":"), None)
        if colon is None or colon == first or colon + 3 >= len(spans):
            return None
        names = range(first, colon)
        if not all(self.raw[j][:1].isupper() for j in names) or any(self.words[j] in self.lang.not_speakers for j in names):
            return None
        stop = text.find("\n", spans[colon][1])
        last = self._token_until(len(text) if stop < 0 else stop)
        if last is None or last - colon < 3:
            return None
        return self._make(colon + 1, last, colon, colon, first, colon - 1, "asserts")

    def _claims_in(self, tokens: list[int]) -> list[Claim]:
        """Every claim of one sentence, one per cue, the first of overlapping ones kept ("X said A,
        and Y said B" is two; in "Clinton said Trump claimed that ..." the outer claim holds the inner)."""
        found: list[Claim | None] = []
        first, last = tokens[0], tokens[-1]
        while last > first and self.words[last] in (".", "!", "?", "”", '"'):
            last -= 1
        # "menurut X, <content>" / "according to X, <content>"
        for i in tokens:
            hit = self._phrase(i, self.lang.according_to)
            if hit is None:
                continue
            comma = next((j for j in range(hit[0], last + 1) if self.words[j] == ","), None)
            if i == first and comma is not None and comma < last:  # the claimant first
                found.append(self._make(comma + 1, last, i, hit[0] - 1, hit[0], comma - 1, "asserts"))
                break
            if i > first and self.words[i - 1] == ",":  # the content first
                found.append(self._make(first, i - 2, i, hit[0] - 1, hit[0], last, "asserts"))
                break
        for i in tokens:
            cue = self._cue(i)
            if cue is None or self._in_name(i):
                continue  # "the United States" holds no cue
            after = cue.end
            # skip what may stand between the cue and "bahwa"/"that" ("said on Wednesday that")
            that = next((j for j in range(after, min(after + 12, last + 1)) if self.words[j] in self.lang.complementizers), None)
            if that is not None and that - after > 3 and self.words[after] not in self.lang.not_content_start \
                    and not all(self._before_that(j) for j in range(after, that)):
                that = None  # "says Trump represents the system that he ...": a relative "that", not the cue's
            if that is not None and that < last:
                a, b = self._claimant_before(cue.first, first)
                found.append(self._make(that + 1, last, cue.first, cue.end - 1, a, b, cue.stance, cue))
                continue
            set_off = None  # the comma closing a claimant and cue set off inside the content
            if after <= last and self.words[after] == ",":
                set_off = after
            elif after <= last and self.words[after] in self.lang.not_content_start:  # "said in a June report,"
                set_off = next((j for j in range(after, min(after + 6, last)) if self.words[j] == ","), None)
            if set_off is not None and set_off < last - 1 and i > first + 2 and self.lang.content_first:
                # "The museum, Mr. Obama said, would make ...": claimant and cue set off inside the content
                comma = next((j for j in range(i - 1, max(first, i - 8), -1) if self.words[j] == ","), None)
                if comma is not None and comma > first and comma < i - 1 and all(
                        self.words[j] not in self.lang.boundaries and self._cue(j) is None for j in range(comma + 1, i)):
                    found.append(self._make(first, last, cue.first, cue.end - 1, comma + 1, i - 1, cue.stance, cue))
                    continue
            if cue.stance == "shows" and last - after >= 2:  # "sebuah video menunjukkan Rusia membombardir ..."
                a, b = self._shower(cue.first, first)
                found.append(self._make(after, last, cue.first, cue.end - 1, a, b, cue.stance, cue))
                continue
            if (i > first + 2 and self.words[i - 1] == "," and not self.lang.content_first and last - cue.end < 6
                    and self.words[min(cue.end, last)] not in (",", ":")):
                # "<content>, kata polisi." (a short name after the cue, to the end: not an apposition
                # before "mengatakan", nor "X, kata Y, berupaya ..." in mid-sentence)
                a, b = self._after(cue.end)
                found.append(self._make(first, i - 2, cue.first, cue.end - 1, a, b, cue.stance, cue))
                continue
            start = after + 1 if after <= last and self.words[after] in (",", ":") else after
            if " ".join(self.words[cue.first : cue.end]) in self.lang.addressed:  # "told reporters the army had ..."
                while start < last and start - after < 5 and (self._addressee(start) or (
                        self.words[start] in self.lang.determiners and self._addressee(start + 1))):
                    start += 1
            while start < last and self.words[start] in self.lang.times_after_cue and start - after < 4:
                start += 1  # "said Tuesday he would ...", "said on Monday the army had ..."
            if start < last and self.words[start] in self.lang.not_content_start:  # "said after the convention he would ..."
                opener = next((j for j in range(start + 1, min(start + 7, last)) if self.words[j] in self.lang.content_openers), None)
                if opener is not None and all(self.words[j] not in (",", ";", ":") for j in range(start, opener)):
                    start = opener
            if start > after and self.words[start] in (",", ":"):
                start += 1
            # "..., said the minister.", "..., said Alan Cole, an economist at ..." (not "..., said he
            # had fought", nor "Megan Hester, a researcher, said parents want ...": a name and its
            # apposition open the sentence)
            inverted = (self.words[i - 1] == "," and start == after
                        and ((last - start < 6 and self.words[start] not in self.lang.content_openers
                              and not self._apposition_opens(first, i - 1))
                             or self._name_at(start, ("PER",))))
            intent = " ".join(self.words[cue.first : cue.end]) in self.lang.intent_cues  # "pledged to push for ..."
            if (last - start >= 2 and i > first and (intent or self.words[start] not in self.lang.not_content_start)
                    and not inverted and self.raw[start][:1].isalnum()):
                # "Cruz said he was not going to ...", "Polisi mengatakan, pelaku sudah ditangkap"
                a, b = self._claimant_before(cue.first, first)
                if a <= b:
                    found.append(self._make(start, last, cue.first, cue.end - 1, a, b, cue.stance, cue))
                    continue
            if cue.stance == "shows" or self.lang.content_first is False:
                continue
            opens = self.words[first] not in self.lang.not_content_start  # not "In a statement, X said: “...”"
            if i > first + 2 and self.words[i - 1] == "," and opens:  # "<content>, kata polisi" / ", said the minister"
                a, b = self._after(cue.end)
                found.append(self._make(first, i - 2, cue.first, cue.end - 1, a, b, cue.stance, cue))
                continue
            if i > first + 2 and self.lang.content_first and opens:  # "<content>, X said"
                comma = next((j for j in range(i - 1, max(first, i - 8), -1) if self.words[j] == ","), None)
                if comma is not None and comma > first + 1 and all(
                        self.words[j] not in self.lang.boundaries and self._cue(j) is None for j in range(comma + 1, i)):
                    found.append(self._make(first, comma - 1, cue.first, cue.end - 1, comma + 1, i - 1, cue.stance, cue))
        kept: list[Claim] = []
        for claim in found:  # one claim per stretch of text: a cue inside a claim's content is part of it
            if claim is not None and not any(c.content[0] < claim.content[1] and claim.content[0] < c.content[1] for c in kept):
                kept.append(claim)
        return kept

    def _make(self, c_first: int, c_last: int, cue_first: int, cue_last: int, w_first: int, w_last: int,
              stance: str, cue: _Cue | None = None) -> Claim | None:
        dateline = self.doc.source.dateline.span if self.doc.source.dateline else None
        while dateline and c_first <= c_last and self.doc.tokens[c_first][0] < dateline[1]:
            c_first += 1  # "KYIV, Nov 12 (Reuters) - Russia launched ...": the dateline is not what is said
        if c_last < c_first or c_last - c_first + 1 < 2:
            return None
        content_words = set(self.words[c_first : c_last + 1])
        negated = bool(set(self.words[max(0, cue_first - 2) : cue_first]) & self.lang.negations)
        if stance == "denies":
            status = "denied"
        elif content_words & self.lang.hedges or negated:  # "could", or "we do not know who fired"
            status = "hypothetical"
        else:
            status = "asserted"
        who = self._who(w_first, w_last, cue) if cue is not None else self._who(w_first, w_last, _Cue(cue_first, cue_last + 1, stance, False))
        return Claim(
            id="",
            content=self._span(c_first, c_last),
            cue=self._span(cue_first, cue_last),
            stance=stance,
            status=status,
            claimant=who,
            evidence=self._evidence(w_first, w_last),
        )

    def _shower(self, cue_first: int, floor: int) -> tuple[int, int]:
        """Who or what shows: the words before the cue, or, across a clause ("rekaman audio yang
        mereka dapatkan, memperlihatkan"), the evidence named before it in the sentence."""
        a, b = self._before(cue_first)
        if a <= b and self._evidence(a, b):
            return a, b
        for j in range(cue_first - 1, floor - 1, -1):
            hit = self._phrase(j, self.lang.evidence)
            if hit is not None:
                return j, hit[0] - 1
        return a, b

    def _evidence(self, first: int, last: int) -> str | None:
        for j in range(first, last + 1):
            hit = self._phrase(j, self.lang.evidence)
            if hit is not None and hit[0] <= last + 1:
                return str(hit[1])
        return None

    # --- events ----------------------------------------------------------------------------------

    def link_events(self) -> None:
        for event in self.doc.events:
            if event.trigger is None:
                continue
            at = event.trigger[0]
            claim = next((c for c in self.doc.claims if c.content[0] <= at < c.content[1] and c.stance not in _POSITIONS), None)
            if claim is not None:
                event.claim = claim.id
                if event.status in ("asserted", "claimed"):
                    event.status = {"denied": "denied", "hypothetical": "hypothetical"}.get(claim.status, "claimed")
            elif self._in_quote(at) and event.status == "asserted":
                event.status = "claimed"


@stage(
    "quotes.v1",
    requires=["doc.text", "doc.lang", "doc.tokens", "doc.sentences", "doc.entities", "doc.events"],
    assigns=["doc.quotes", "doc.claims", "doc.events"],
)
def make_quotes(settings: Settings) -> Quotes:
    return Quotes(settings)
