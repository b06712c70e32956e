"""quantities.v1: counted amounts, with their bounds and what they count.

**What is a quantity.** Every amount a report gives of something: a number in digits or words
with its multiplier ("50 ribu", "1,5 juta", "lima puluh ribu", "fifty thousand", "a dozen",
"$1.2bn"), a range ("10-15", "10 hingga 15", "antara 10 dan 15", "between 10 and 15",
"dua atau tiga"), or a vague amount ("ribuan", "puluhan ribu", "dozens", "tens of
thousands"). Each becomes a ``Quantity``: ``span`` covers the cue before the number, a
currency sign before it and the number itself ("sekitar 50 ribu", "Rp 1,5 triliun",
"at least 12"); the counted noun after it is not in the span, it is the ``unit``. Quantities
are numbered Q1, Q2, ... in text order; none overlaps another.

**Values.** An exact number has ``value``. A range has ``min`` and ``max`` and no value. A cue
before the number bounds it (``warta/lang/<code>/quantities.yaml``, "cues"): an estimate
("sekitar", "about") keeps the value and sets ``approx``; "setidaknya"/"at least" gives ``min``;
"lebih dari"/"more than" ``min`` and ``approx``; "hingga"/"up to" ``max``; "kurang
dari"/"fewer than" and "hampir"/"nearly" ``max`` and ``approx``; the value is then null. A
total ("mencapai", "sebesar", "a total of") keeps the value: "korban mencapai 50 orang" and
"inflasi mencapai 5,95 persen" state the figure reached. A range takes a multiplier written
once at its end ("10-15 ribu" = 10000 to 15000); "from 10 to 15" / "dari 10 hingga 15" is a
change, two numbers, not a range.
Vague amounts are approximate, with the bounds their word gives: "ribuan" = at least 1000,
"puluhan" at least 10, "ratusan" 100, "jutaan" 1,000,000, "belasan" 11 to 19, "dozens" = 12
(as ACLED codes it), "hundreds" at least 100, "several"/"beberapa" at least 3 (more than
two), "a few" at least 2; a multiplier after them scales them ("puluhan ribu" >= 10000,
"several hundred" >= 300). "beberapa", "several" and "a few" also mean "some", so they count
only with a counted thing after them. "banyak"/"many", "sejumlah"/"a number of" are never
quantities: they say nothing of how many. "1.000-an" is about 1000.

**Units.** The counted thing is the noun after the number, mapped by a per-language table to
a canonical English code: troops, killed, injured, civilians, protesters, people, police,
arrested, displaced (refugees too), children, ..., percent, money as ISO 4217 codes (IDR, USD,
EUR; a currency sign before the number gives it too), km, tonnes, ... English may put
adjectives and capitalised words between ("50 North Korean troops"); Indonesian may put a
classifier ("tiga orang tentara", "10 unit tank"). A noun not in the table is the unit as
written, lower-cased ("beberapa gelombang" -> "gelombang", "empat muridnya" -> "murid"), if it
is a content word (not a function word, not shaped like a verb: "menjadi", "arrived"); in
English, with adjectives before it, the first plural of the phrase ("two refugee camps" ->
"camps"); with no noun the unit is null. Casualties: a number of people (a people code, an unlisted noun, or no
noun) becomes killed / injured / arrested / displaced / missing / abducted when a casualty
word stands right before it and its cue ("menewaskan 12 orang", "killing at least 12") or
right after its noun ("12 orang tewas", "12 people were killed", "12 dead"), or when a toll
is named shortly before it in the sentence ("korban tewas bertambah menjadi 12 orang", "the
death toll rose to 12"); not after a preposition ("12.000 orang di 3 provinsi mengungsi": the
provinces did not flee). "satu"/"one" count only with a listed noun or a casualty;
"seorang" (one person) only with a casualty ("menewaskan seorang warga").

**What is skipped.** Numbers inside a time the times stage found (``doc.times``, when it ran
first; this stage does not require it), and on its own: day numbers next to a month name
("12 November", "November 12", "12-14 Nov"); four-digit years 1900-2100 unless a listed noun
follows ("2024", "tahun 2014"; 1000-2999 after "tahun", "sejak", "in", "since", ...); clock
times ("pukul 10", "10 WIB", "10 p.m."); dates and ratios in one token ("12/11", "06.14");
numbers after a label or in a name ("Pasal 28", "No. 3", "KM 50", "Boeing 737", "Brigade 47":
a capitalised word before the number, mid-sentence, unless a multiplier or a listed noun
follows: "Lebanon 1 million"); numbers glued to letters ("MH17",
"F-16", "3rd", "1990s") or in hyphen chains ("12-11-2024", a score "3-1"); ordinals
("ke-3", "third"); phone numbers and identifiers (leading 0, eight digits or more); a number
alone in brackets (an age, "Budi (35)"), between commas after a name (an age, "Begum, 19,"),
or opening a line as a list marker ("1.", "2)");
number words capitalised mid-sentence ("Group of Seven"); durations, ages and frequencies
("3 hari", "25-year-old", "dua kali"), which belong to the times stage or count nothing;
"salah satu" / "one of"; a bare fraction ("setengah dari").

Per-language data is compiled once per process on first use and not pickled.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .. import lang as langdata
from .. import numbers
from ..doc import Doc, Quantity
from ..errors import ConfigError
from ..registry import stage
from ..settings import Settings
from .segment import Segmenter

_CUE_REACH = 6            # a cue's first word and the amount after it lie within this many tokens
_MAX_PHRASE = 4           # words read after an English number for its noun phrase
_TOLL_WINDOW = 6          # tokens before a number searched for a named toll
_OPENERS = frozenset('("“‘\'[«—–-:')
_BAD_GLUED_BEFORE = frozenset("+#/:-.,")
_EXACT, _RANGE, _VAGUE = "exact", "range", "vague"


class _Phrases:
    """Phrases of one or more tokens (lower case) -> a value, found longest first."""

    __slots__ = ("first", "last", "table")

    def __init__(self, entries: Iterable[tuple[tuple[str, ...], Any]]):
        self.table: dict[tuple[str, ...], Any] = {}
        self.first: dict[str, int] = {}  # first word -> the longest phrase it opens
        self.last: dict[str, int] = {}   # last word -> the longest phrase it closes
        for words, value in entries:
            if words:
                self.table.setdefault(words, value)
                self.first[words[0]] = max(self.first.get(words[0], 0), len(words))
                self.last[words[-1]] = max(self.last.get(words[-1], 0), len(words))

    def at(self, words: list[str], k: int, limit: int, gaps: list[bool]) -> tuple[int, Any] | None:
        """The longest phrase starting at token ``k`` and ending before ``limit``, on one line: (end, value)."""
        size = self.first.get(words[k])
        if size is None:
            return None
        size = min(size, limit - k)
        for m in range(1, size):
            if not gaps[k + m]:
                size = m
                break
        table = self.table
        for n in range(size, 0, -1):
            value = table.get(tuple(words[k : k + n]))
            if value is not None:
                return k + n, value
        return None

    def ending(self, words: list[str], k: int, floor: int, gaps: list[bool]) -> tuple[int, Any] | None:
        """The longest phrase ending right before token ``k``, starting at ``floor`` or later, on one line."""
        if k <= floor:
            return None
        size = self.last.get(words[k - 1])
        if size is None:
            return None
        size = min(size, k - floor)
        for m in range(1, size):
            if not gaps[k - m]:
                size = m
                break
        table = self.table
        for n in range(size, 0, -1):
            value = table.get(tuple(words[k - n : k]))
            if value is not None:
                return k - n, value
        return None

    def words(self) -> set[str]:
        return {w for key in self.table for w in key}


@dataclass(frozen=True)
class _Vague:
    min: int | None
    max: int | None
    value: int | None
    weak: bool
    scaled_only: bool


@dataclass(frozen=True)
class _Unit:
    code: str
    person: bool


class _Lang:
    """One language's data, compiled."""

    def __init__(self, code: str, split):
        raw = langdata.load(code, "quantities")

        def strings(key: str) -> list[str]:
            values = raw.get(key) or []
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                raise ConfigError(
                    f"{code}/quantities.yaml: {key} must be a list of words; quote words YAML reads "
                    f"otherwise (\"no\", \"on\", \"off\")"
                )
            return values

        def phrases(pairs: Iterable[tuple[str, Any]]) -> _Phrases:
            return _Phrases((tuple(split(str(word).lower())), value) for word, value in pairs)

        self.code = code
        self.cues = phrases((w, kind) for kind, ws in raw["cues"].items() for w in ws)
        self.between = frozenset(strings("between"))
        self.between_joins = phrases((w, True) for w in strings("between_joins"))
        self.range_joins = phrases((w, True) for w in strings("range_joins"))
        self.alternatives = frozenset(strings("alternatives"))
        self.not_range_after = frozenset(strings("not_range_after"))
        self.vague = phrases(
            (w, _Vague(v.get("min"), v.get("max"), v.get("value"), bool(v.get("weak")), bool(v.get("scaled_only"))))
            for w, v in (raw.get("vague") or {}).items()
        )
        self.vague_scales = {str(w).lower(): int(v) for w, v in (raw.get("vague_scales") or {}).items()}
        self.approx_suffix = frozenset(strings("approx_suffix"))
        self.compound_counts = frozenset(strings("compound_counts"))
        self.currency = phrases((w, c) for w, c in (raw.get("currency_prefixes") or {}).items())
        # currency words that may be glued to the digits in one token ("Rp50.000", "USD10")
        self.currency_words = sorted(
            (str(w).lower() for w in raw.get("currency_prefixes") or {} if str(w).isalpha()), key=len, reverse=True
        )
        self.currency_glued = {str(w): Decimal(str(v)) for w, v in (raw.get("currency_glued") or {}).items()}
        units = [(w, _Unit(c, True)) for c, ws in raw["people"].items() for w in ws]
        units += [(w, _Unit(c, False)) for c, ws in raw["measures"].items() for w in ws]
        self.units = phrases(units)
        self.modifiers = frozenset(strings("modifiers"))
        self.head_last = raw.get("noun_head") == "last"
        self.verb_prefixes = tuple(strings("verb_prefixes"))
        self.verb_suffixes = tuple(strings("verb_suffixes"))
        self.verb_like_nouns = frozenset(strings("verb_like_nouns"))
        self.plurals = frozenset(strings("plurals"))
        self.noun_suffixes = tuple(strings("noun_suffixes"))
        self.of = frozenset(strings("of"))
        self.classifiers = frozenset(strings("classifiers"))
        self.one = frozenset(strings("one"))
        self.one_person = frozenset(strings("one_person"))
        self.partitive = frozenset(strings("partitive_before_one"))
        self.before = phrases((w, c) for c, lists in raw["casualties"].items() for w in lists.get("before") or [])
        self.after = phrases((w, c) for c, lists in raw["casualties"].items() for w in lists.get("after") or [])
        self.gap = phrases((w, True) for w in strings("casualty_gap"))
        self.prepositions = frozenset(strings("prepositions"))
        self.toll = phrases((w, c) for c, ws in (raw.get("toll") or {}).items() for w in ws)
        self.not_counted = frozenset(strings("not_counted"))
        self.labels = phrases((w, True) for w in strings("labels"))
        self.year_cues = frozenset(strings("year_cues"))
        self.time_suffixes = phrases((w, True) for w in strings("time_suffixes"))
        self.months_cased = bool(raw.get("months_case_sensitive"))
        self.months = frozenset(langdata.load(code, "times")["months"])  # one list of month names, the times stage's
        self.date_joins = frozenset(strings("date_joins"))
        number_words = numbers.words(code)
        # multipliers that scale a vague amount after it ("puluhan ribu", "several hundred")
        self.large = {w: int(v) for w, (kind, v) in number_words.items() if kind in (numbers.LARGE, numbers.HUNDRED)}
        self.number_words = frozenset(number_words)
        known = (
            self.cues.words() | self.before.words() | self.after.words() | self.vague.words() | self.months
            | self.labels.words() | self.gap.words() | self.number_words | self.between | self.alternatives
            | self.currency.words() | self.one_person | self.toll.words()
        )
        self.known = frozenset(known)
        self.not_nouns = frozenset(strings("stopwords")) | self.known | self.not_counted
        # the words an amount may start with (besides digits), and the words of a cue before one
        self.number_starts = frozenset(
            {key[0] for key in self.vague.table} | {key[0] for key in self.currency.table} | self.number_words
            | self.one_person
        )
        self.glued_prefix_starts = frozenset(w[0] for w in self.currency_words if w[0].isalpha())
        self.starts = self.number_starts | {key[0] for key in self.cues.table} | self.between
        # a token whose first character is one of these may be an amount: digits, "Rp50.000", "$"
        self.first_chars = frozenset("0123456789") | self.glued_prefix_starts

    def is_month(self, word: str, lower: str) -> bool:
        if lower not in self.months:
            return False
        return not self.months_cased or word[:1].isupper()


@dataclass(slots=True)
class _Amount:
    kind: str
    start: int                  # first token of the number (after cue and currency)
    end: int                    # token after it
    value: Decimal | None = None
    low: Decimal | None = None  # ranges
    high: Decimal | None = None
    vague: _Vague | None = None
    scale: int = 1
    words: bool = False
    approx: bool = False
    plain: bool = False         # one token of plain digits, no separators
    one: bool = False           # "satu" / "one"
    person: bool = False        # "seorang": counts only with a casualty
    currency: str | None = None  # written glued to the number ("Rp50.000")
    skip: bool = False          # no quantity: a year, a date or score chain, a name ("Group of Seven")


class _Text:
    """A document's tokens, prepared once for the stage."""

    __slots__ = ("bounds", "gaps", "low", "n", "text", "times", "tokens")

    def __init__(self, doc: Doc):
        self.text = text = doc.text
        self.tokens = tokens = doc.tokens
        self.n = n = len(tokens)
        lowered = text.lower()
        if len(lowered) == len(text):
            self.low = [lowered[s:e] for s, e in tokens]
        else:  # a few characters grow when lower-cased ("İ"): token by token
            self.low = [text[s:e].lower() for s, e in tokens]
        # gaps[k]: token k follows token k - 1 on the same line (spaces or nothing between)
        self.gaps = gaps = [True] * n
        if n:
            gaps[0] = False
        at = text.find("\n")
        while at != -1:
            k = bisect.bisect_left(tokens, (at,))
            if 0 < k < n:
                gaps[k] = False
            at = text.find("\n", at + 1)
        # the first token of each sentence
        self.bounds = [bisect.bisect_left(tokens, (s,)) for s, _ in doc.sentences] or [0]
        self.times = sorted(t.span for t in doc.times)

    def sentence_start(self, k: int) -> int:
        return self.bounds[bisect.bisect_right(self.bounds, k) - 1] if k >= self.bounds[0] else 0

    def sentence_end(self, k: int) -> int:
        b = bisect.bisect_right(self.bounds, k)
        return self.bounds[b] if b < len(self.bounds) else self.n

    def word(self, k: int) -> str:
        return self.text[self.tokens[k][0] : self.tokens[k][1]]

    def glued(self, k: int) -> bool:
        """Token ``k`` touches the token before it."""
        return 0 < k < self.n and self.tokens[k - 1][1] == self.tokens[k][0]

    def in_time(self, start: int, end: int) -> bool:
        times = self.times
        if not times:
            return False
        k = bisect.bisect_left(times, (end,))
        return any(s < end and start < e for s, e in times[max(0, k - 3) : k])


class Quantities:
    def __init__(self, settings: Settings):
        self.settings = settings
        self._ready: dict[str, _Lang | None] = {}
        self._segmenter: Segmenter | None = None

    def __getstate__(self) -> dict:
        return {"settings": self.settings, "_ready": {}, "_segmenter": None}

    def _data(self, code: str | None) -> _Lang | None:
        if code not in self._ready:
            if code not in langdata.available("quantities") or code not in langdata.available("numbers"):
                self._ready[code] = None  # type: ignore[index]
            else:
                if self._segmenter is None:
                    self._segmenter = Segmenter(self.settings)
                segmenter = self._segmenter

                def split(phrase: str) -> list[str]:
                    return [phrase[s:e] for s, e in segmenter.tokens(phrase)]

                self._ready[code] = _Lang(code, split)  # type: ignore[index]
        return self._ready[code]  # type: ignore[index]

    def __call__(self, doc: Doc) -> Doc:
        data = self._data(doc.lang)
        if data is None or not doc.tokens:
            doc.quantities = []
            return doc
        t = _Text(doc)
        low, n = t.low, t.n
        numeric, starts, firsts = data.number_starts, data.starts, data.first_chars
        # the tokens an amount or a cue may start at, found in one pass
        candidates = [
            i for i, w in enumerate(low)
            if w in starts or (w[0] in firsts and not w.isalpha()) or ("-" in w and w.partition("-")[0] in numeric)
        ]
        found: list[Quantity] = []
        last_end = 0
        i = 0
        for k in candidates:
            if k < i:
                continue  # inside the last quantity or skipped number
            i = k
            w = low[k]
            if w[0].isdigit():
                if "/" in w or ":" in w:
                    continue  # a date or a time in one token: "12/11", "06:14"
                if len(w) == 4 and w.isdigit() and _is_year(int(w), t, data, k):
                    continue  # the commonest number in a report, answered early
            elif not (w in numeric or not w.isalpha()):
                # a cue counts only with an amount right after it ("lebih dari 100", "antara 10")
                cue = data.cues.at(low, k, n, t.gaps)
                after = cue[0] if cue is not None else k + (w in data.between)
                if after == k or after >= n or not (
                    low[after] in numeric or low[after][0].isdigit() or low[after] in data.between
                    or not low[after].isalpha()
                ):
                    continue
            result = self._quantity(t, data, k, last_end)
            if result is None:
                i = k + 1
            elif isinstance(result, int):
                i = max(result, k + 1)  # skipped: go past the number
            else:
                found.append(result[0])
                last_end = i = result[1]
        for n, q in enumerate(found, 1):
            q.id = f"Q{n}"
        doc.quantities = found
        return doc

    # --- one quantity --------------------------------------------------------------------------

    def _quantity(self, t: _Text, data: _Lang, i: int, floor: int) -> tuple[Quantity, int] | int | None:
        """The quantity starting at token ``i``: (Quantity, end token), an end token to skip to
        (a number that is no quantity), or None (nothing starts here)."""
        low, limit = t.low, t.sentence_end(i)
        k, cue = i, None
        found = data.cues.at(low, k, limit, t.gaps)
        if found is not None and found[0] < limit:
            k, cue = found
        between = False
        if low[k] in data.between and k + 1 < limit:
            between, k = True, k + 1
        currency, k = self._currency(t, data, k, limit)
        amount = self._amount(t, data, k, limit, currency is not None, between)
        if amount is None:
            return None
        currency = currency or amount.currency
        if between and amount.kind != _RANGE:
            return None  # "antara 10 orang": read again from the number
        span_start = i
        if t.in_time(t.tokens[amount.start][0], t.tokens[amount.end - 1][1]):
            return amount.end
        if t.in_time(t.tokens[i][0], t.tokens[amount.start][0]):
            return None  # the cue belongs to a time ("hingga 12 November"): read from the number
        bare = span_start == amount.start and currency is None
        if self._not_a_quantity(t, data, amount, bare, currency is not None, limit):
            return amount.end
        unit, noun_end, listed = self._unit(t, data, amount, currency, limit)
        if unit is not None and unit.code in data.not_counted:
            return amount.end
        if unit is None and bare and amount.plain and _age_apposition(t, amount):
            return amount.end
        if bare and not listed and amount.scale == 1 and self._in_name(t, data, amount):
            return amount.end
        code = unit.code if unit is not None else None
        if unit is None or unit.person:
            casualty = self._casualty(t, data, span_start, noun_end, floor, code)
            if casualty is not None:
                code = casualty
        else:
            casualty = None
        if amount.person and casualty is None:
            return amount.end
        if amount.one and not (listed or casualty):
            return amount.end
        if amount.vague is not None and amount.vague.weak and code is None:
            return amount.end
        if amount.kind == _EXACT and amount.words and amount.value is not None and amount.value < 1 and amount.scale == 1:
            return amount.end  # "setengah dari", "half of"
        return self._record(t, amount, cue, code, span_start), amount.end

    def _currency(self, t: _Text, data: _Lang, k: int, limit: int) -> tuple[str | None, int]:
        """A currency sign before the number ("Rp", "US$", "€"): its code and the token after it."""
        if k >= limit:
            return None, k
        found = data.currency.at(t.low, k, limit, t.gaps)
        if found is not None and found[0] < limit:
            end, code = found
            # the sign's tokens touch ("US$", "Rp."), and a number follows it
            if all(t.glued(m) for m in range(k + 1, end)) and t.low[end][0].isdigit() and t.gaps[end]:
                return code, end
        return None, k

    def _amount(self, t: _Text, data: _Lang, k: int, limit: int, currency: bool, between: bool) -> _Amount | None:
        if k >= limit:
            return None
        low = t.low
        word = low[k]
        glued = data.currency_glued if currency else None
        initial, currency_code = None, None
        if word[0] in data.glued_prefix_starts and not word.isalpha():  # "Rp1,5", "Rp50.000", "USD10", "Rp5T"
            raw = t.word(k)
            prefix = next((p for p in data.currency_words if word.startswith(p) and raw[len(p) : len(p) + 1].isdigit()), None)
            if prefix is not None:
                initial = numbers.value_of(raw[len(prefix) :], data.code, data.currency_glued)
                if initial is None:
                    return None
                glued = data.currency_glued
                currency_code = data.currency.table[(prefix,)]
        if word in data.one_person and initial is None:
            return _Amount(_EXACT, k, k + 1, value=Decimal(1), words=True, person=True)
        number = numbers.parse(t.text, t.tokens, k, data.code, glued=glued, allow_and=not between, limit=limit, initial=initial)
        if number is None:
            return self._vague(t, data, k, limit)
        raw = t.text[t.tokens[k][0] : t.tokens[number.end - 1][1]]
        if initial is None and raw[:1].isupper() and k != t.sentence_start(k) and not _after_opener(t, k):
            return _Amount(_EXACT, k, number.end, value=number.value, words=True, skip=True)  # "Group of Seven"
        amount = _Amount(
            _EXACT, k, number.end, value=number.value, scale=number.scale or 1, words=number.words,
            plain=number.end == k + 1 and raw.isdigit(), one=raw.lower() in data.one, currency=currency_code,
        )
        amount.skip = amount.plain and len(raw) == 4 and _is_year(int(raw), t, data, k)
        end = number.end
        # "1.000-an": about that many
        if end + 1 < limit and low[end] == "-" and t.glued(end) and t.glued(end + 1) and low[end + 1] in data.approx_suffix:
            amount.end, amount.approx = end + 2, True
            return amount
        return self._range(t, data, amount, limit, between) or amount

    def _vague(self, t: _Text, data: _Lang, k: int, limit: int) -> _Amount | None:
        found = data.vague.at(t.low, k, limit, t.gaps)
        if found is None:
            return None
        end, vague = found
        scale = 1
        j = end + 1 if end < limit and t.low[end] in data.of and end + 1 < limit and t.gaps[end + 1] else end
        if j < limit and t.gaps[j]:
            scale = data.large.get(t.low[j]) or data.vague_scales.get(t.low[j]) or 1
            if scale > 1:
                end = j + 1
        if vague.scaled_only and scale == 1:
            return None  # "tens" alone
        return _Amount(_VAGUE, k, end, vague=vague, scale=scale, approx=True)

    def _range(self, t: _Text, data: _Lang, left: _Amount, limit: int, between: bool) -> _Amount | None:
        """"10-15", "10 hingga 15 ribu", "antara 10 dan 15", "dua atau tiga": one amount with
        both ends, or None if the number after the join is not the larger end."""
        low, end = t.low, left.end
        if end >= limit or (left.start > 0 and low[left.start - 1] in data.not_range_after and not between):
            return None
        joins = data.between_joins if between else data.range_joins
        found = joins.at(low, end, limit, t.gaps)
        alternative = found is None and low[end] in data.alternatives
        if found is None and not alternative:
            return None
        after = found[0] if found is not None else end + 1
        if after >= limit or not t.gaps[after]:
            return None
        dash = low[end] in ("-", "–", "—")
        right = numbers.parse(t.text, t.tokens, after, data.code, allow_and=False, limit=limit)
        if right is None:
            if dash and t.glued(end) and t.glued(after) and low[after][:1].isdigit():  # "3-1", "12-11-2024", "F-16"-like chains
                return _Amount(_RANGE, left.start, after + 1, skip=True)
            return None
        low_value, high_value = left.value, right.value
        if right.scale and left.scale == 1 and low_value * right.scale < high_value:
            low_value = low_value * right.scale  # "10-15 ribu" = 10000 to 15000
        if alternative and (high_value > 100 or low_value > 100):
            return None
        glued_dash = dash and t.glued(end) and t.glued(after)
        if not low_value < high_value:
            if glued_dash:
                return _Amount(_RANGE, left.start, right.end, skip=True)
            return None
        raw = t.text[t.tokens[after][0] : t.tokens[right.end - 1][1]]
        right_year = right.end == after + 1 and raw.isdigit() and len(raw) == 4 and 1000 <= int(raw) <= 2999
        # a third number glued on: a date "11-12-2024"
        chained = (
            glued_dash and right.end + 1 < limit and low[right.end] in ("-", "/") and t.glued(right.end)
            and low[right.end + 1][:1].isdigit()
        )
        return _Amount(
            _RANGE, left.start, right.end, low=low_value, high=high_value, scale=right.scale or 1,
            words=left.words or right.words, skip=left.skip or right_year or chained,
        )

    # --- what is not a quantity ----------------------------------------------------------------

    def _not_a_quantity(self, t: _Text, data: _Lang, amount: _Amount, bare: bool, currency: bool, limit: int) -> bool:
        low, start, end = t.low, amount.start, amount.end
        if amount.skip:
            return True
        first = t.word(start)
        # glued to what comes before: "MH17" is one token, but "#3", "+62", "No.3", "x3" are not
        if t.glued(start) and first[:1].isdigit() and not currency:
            before = low[start - 1]
            if before[-1].isalnum() or before[-1] in _BAD_GLUED_BEFORE:
                return True
        # glued to letters after: "3rd", "10pm", "1990s" (a listed unit may be glued: "12km", "5%")
        if end < t.n and t.glued(end):
            after = low[end]
            if after[0].isalpha() and data.units.at(low, end, end + 1, t.gaps) is None:
                return True
            if (
                after == "-" and end + 1 < t.n and t.glued(end + 1) and low[end + 1][0].isalpha()
                and low[end + 1] not in data.compound_counts
            ):
                return True  # "25-year-old", "10-member", "1980-an" (a year: caught above)
        if amount.kind == _EXACT and amount.plain:
            digits = first
            if len(digits) >= 8 or (len(digits) > 1 and digits[0] == "0"):
                return True  # a phone number or an identifier
        # alone in brackets: an age ("Budi (35)"), a list marker ("(2)")
        if bare and start > 0 and end < t.n and low[start - 1] == "(" and low[end] == ")":
            return True
        # a list marker opening a line: "1. ...", "2) ..."
        if bare and end < t.n and low[end] in (".", ")") and t.glued(end) and _opens_line(t, start):
            return True
        # next to a month: "12 November", "12-14 November", "12 dan 13 November", "November 12"
        if self._next_to_month(t, data, amount, limit):
            return True
        # a clock time: "10 WIB", "10 p.m."
        if end < limit and data.time_suffixes.at(low, end, limit, t.gaps) is not None:
            return True
        if bare:
            before = _word_before(t, start)
            if before is not None:
                b = low[before]
                floor = t.sentence_start(start)
                if data.labels.ending(low, before + 1, floor, t.gaps) is not None:
                    return True  # "Pasal 28", "No. 3", "pukul 10", "usia 25", "the age of 15"
                if amount.one and b in data.partitive:
                    return True  # "salah satu", "no one"
        return False

    @staticmethod
    def _in_name(t: _Text, data: _Lang, amount: _Amount) -> bool:
        """A number right after a capitalised word, mid-sentence, is part of a name ("Boeing 737",
        "Brigade 47", "Pemilu 2024"), unless it has a multiplier or a listed noun after it
        ("Lebanon 1 million", "near Idlib 21 Syrian soldiers")."""
        start = amount.start
        before = _word_before(t, start)
        if before is None or t.glued(start):
            return False
        word = t.word(before)
        return (
            word[:1].isupper() and word[:1].isalpha() and before != t.sentence_start(before)
            and not _after_opener(t, before) and t.low[before] not in data.known
        )

    def _next_to_month(self, t: _Text, data: _Lang, amount: _Amount, limit: int) -> bool:
        low, start = t.low, amount.start
        before = _word_before(t, start)
        if before is not None and data.is_month(t.word(before), low[before]):
            return True
        k = amount.end
        for _ in range(4):  # "12 dan 13 November", "12, 13 and 14 November"
            if k >= limit:
                return False
            if data.is_month(t.word(k), low[k]):
                return True
            if low[k] in data.date_joins and k + 1 < limit and low[k + 1][:1].isdigit():
                k += 2
                continue
            return False
        return False

    # --- the counted thing -----------------------------------------------------------------------

    def _unit(self, t: _Text, data: _Lang, amount: _Amount, currency: str | None, limit: int) -> tuple[_Unit | None, int, bool]:
        """What is counted: (unit or None, the token after the noun, whether the noun is listed)."""
        low = t.low
        k = amount.end
        if k + 1 < limit and low[k] == "-" and t.glued(k) and low[k + 1] in data.compound_counts:
            k += 2  # "3,000-strong force"
        if currency is not None:
            return _Unit(currency, False), k, True
        if k < limit and low[k] in data.of and k + 1 < limit and t.gaps[k + 1]:
            k += 1  # "dozens of people"
        if k >= limit or not t.gaps[k] or (t.glued(k) and k != amount.end):
            return None, amount.end, False
        if t.glued(k):  # only a measure may touch the number: "12km", "5%"
            found = data.units.at(low, k, limit, t.gaps)
            if found is not None and not found[1].person:
                return found[1], found[0], True
            return None, amount.end, False
        if data.head_last:
            many = amount.kind != _EXACT or amount.value is None or amount.value != 1
            return self._noun_phrase(t, data, k, limit, many)
        # the noun comes first ("50 ribu tentara Korea Utara"), maybe after a classifier
        found = data.units.at(low, k, limit, t.gaps)
        if low[k] in data.classifiers and k + 1 < limit and t.gaps[k + 1]:
            noun = data.units.at(low, k + 1, limit, t.gaps)
            if noun is not None:
                return noun[1], noun[0], True  # "tiga orang tentara"
        if found is not None:
            return found[1], found[0], True
        word, w = t.word(k), low[k]
        if w in data.not_counted:
            return _Unit(w, False), k + 1, False
        if word.islower() and self._content(data, w):
            for suffix in data.noun_suffixes:
                if w.endswith(suffix) and len(w) > len(suffix) + 2:
                    w = w[: -len(suffix)]
                    break
            return _Unit(w, True), k + 1, False
        return None, amount.end, False

    def _noun_phrase(self, t: _Text, data: _Lang, k: int, limit: int, many: bool) -> tuple[_Unit | None, int, bool]:
        """English: adjectives, then the head noun ("50 North Korean troops", "12 civilian deaths",
        "two refugee camps"). Counting more than one, the head is the first plural in the phrase
        (a modifier before it is singular: "refugee", "civilian"); counting one, the first noun."""
        low = t.low
        items: list[tuple[int, int, _Unit | None]] = []  # (start, end, listed unit) of each noun-like word
        j = k
        while j < limit and j - k < _MAX_PHRASE and (j == k or (t.gaps[j] and not t.glued(j))):
            found = data.units.at(low, j, limit, t.gaps)
            if found is not None:
                items.append((j, found[0], found[1]))
                j = found[0]
                continue
            word, w = t.word(j), low[j]
            if word.isupper() or w in data.modifiers:
                j += 1  # "SDF", "US", "more", "armed"
                continue
            if not w.replace("-", "").isalpha() or (w in data.not_nouns and w not in data.not_counted):
                if not word[:1].isupper():
                    break
                j += 1  # a capitalised word that is also a function word ("Is")
                continue
            if w in data.not_counted or self._content(data, w):
                items.append((j, j + 1, None))
            j += 1
        if not items:
            return None, k, False
        if many:
            # a lower-case plural first ("two Reuters journalists"), then a capitalised one
            # ("30 Tunisians"); a capitalised singular is an adjective ("two Russian Su-24s")
            plurals = [item for item in items if self._plural(data, low, item)]
            lower = [item for item in plurals if t.word(item[0])[:1].islower()]
            candidates = lower or plurals or [item for item in items if t.word(item[0])[:1].islower()]
            if not candidates:
                return None, k, False
            head = candidates[0] if (lower or plurals) else candidates[-1]
        else:
            head = next((item for item in items if item[2] is not None), items[0])
        start, end, unit = head
        if unit is not None:
            return unit, end, True
        w = low[start]
        return _Unit(w, w not in data.not_counted), end, False

    @staticmethod
    def _plural(data: _Lang, low: list[str], item: tuple[int, int, _Unit | None]) -> bool:
        _, end, unit = item
        last = low[end - 1]
        if unit is not None and not unit.person:
            return True  # a measure ("percent", "km") takes no adjective after it
        return last in data.plurals or (last.endswith("s") and not last.endswith(("ss", "us", "is")))

    @staticmethod
    def _content(data: _Lang, w: str) -> bool:
        """An unlisted word that may be a noun: letters, not a function word, not shaped like a verb."""
        if len(w) < 2 or not w.replace("-", "").isalpha() or w in data.not_nouns:
            return False
        if w in data.verb_like_nouns:
            return True
        return not (w.startswith(data.verb_prefixes) and len(w) > 5) and not w.endswith(data.verb_suffixes)

    def _casualty(self, t: _Text, data: _Lang, start: int, noun_end: int, floor: int, code: str | None) -> str | None:
        low, limit = t.low, t.sentence_end(start)
        # after the noun: "12 orang tewas", "12 people were killed", "12 dead"; not after a
        # preposition ("di 3 provinsi mengungsi")
        k = noun_end if start == 0 or low[start - 1] not in data.prepositions else limit
        for _ in range(3):
            found = data.after.at(low, k, limit, t.gaps) if k < limit and t.gaps[k] else None
            if found is not None:
                return found[1]
            gap = data.gap.at(low, k, limit, t.gaps) if k < limit and t.gaps[k] else None
            if gap is None:
                break
            k = gap[0]
        # right before the number and its cue: "menewaskan 12 orang", "killing at least 12"
        sentence = t.sentence_start(start)
        found = data.before.ending(low, start, max(sentence, floor), t.gaps) if t.gaps[start] else None
        if found is not None:
            return found[1]
        # a toll named shortly before: "korban tewas bertambah menjadi 12 orang"
        if code in (None, "people", "victims"):
            floor = max(sentence, floor, start - _TOLL_WINDOW)
            for j in range(start, floor, -1):
                found = data.toll.ending(low, j, floor, t.gaps)
                if found is not None:
                    return found[1]
        return None

    # --- the record ------------------------------------------------------------------------------

    @staticmethod
    def _record(t: _Text, amount: _Amount, cue: str | None, unit: str | None, start: int) -> Quantity:
        value = low = high = None
        approx = amount.approx
        if amount.kind == _EXACT:
            value = amount.value
        elif amount.kind == _RANGE:
            low, high = amount.low, amount.high
        else:
            v = amount.vague
            scale = Decimal(amount.scale)
            value = None if v.value is None else Decimal(v.value) * scale
            low = None if v.min is None else Decimal(v.min) * scale
            high = None if v.max is None else Decimal(v.max) * scale
        if cue is not None and amount.kind == _EXACT:
            if cue == "approx":
                approx = True
            elif cue == "total":
                pass
            elif cue in ("at_least", "more_than"):
                value, low = None, value
                approx = approx or cue == "more_than"
            elif cue in ("at_most", "less_than", "nearly"):
                value, high = None, value
                approx = approx or cue != "at_most"
        elif cue in ("approx", "more_than", "less_than", "nearly"):
            approx = True
        span = (t.tokens[start][0], t.tokens[amount.end - 1][1])
        return Quantity(
            id="",
            span=span,
            value=_out(value),
            min=_out(low),
            max=_out(high),
            approx=approx,
            unit=unit,
        )


def _out(value: Decimal | None) -> int | float | None:
    return None if value is None else numbers.as_number(value)


def _is_year(value: int, t: _Text, data: _Lang, k: int) -> bool:
    """A four-digit number that reads as a year: 1900-2100 unless a listed noun follows it;
    1000-2999 after a year cue ("tahun 1945", "since 1991")."""
    before = _word_before(t, k)
    if before is not None and t.low[before] in data.year_cues and 1000 <= value <= 2999:
        return True
    if not 1900 <= value <= 2100:
        return False
    following = k + 1
    if following < t.n and t.gaps[following] and not t.glued(following):
        found = data.units.at(t.low, following, t.sentence_end(k), t.gaps)
        if found is not None:
            return False
    return True


def _age_apposition(t: _Text, amount: _Amount) -> bool:
    """"Yago Riedijk, 27, said": a number between commas right after a name is an age."""
    start, end = amount.start, amount.end
    if start < 2 or end >= t.n or t.low[start - 1] != "," or t.low[end] not in (",", ")"):
        return False
    name = t.word(start - 2)
    return name[:1].isupper() and name.isalpha()


def _word_before(t: _Text, k: int) -> int | None:
    """The token before ``k`` on the same line, passing over a period glued to it ("No. 3")."""
    if k == 0 or not t.gaps[k]:
        return None
    j = k - 1
    if t.low[j] == "." and j > 0 and t.glued(j) and t.gaps[j]:
        j -= 1
    return j


def _after_opener(t: _Text, k: int) -> bool:
    """Token ``k`` opens a line or follows an opening quote, bracket, dash or colon."""
    if k == 0 or not t.gaps[k]:
        return True
    return t.low[k - 1] in _OPENERS or t.low[k - 1][-1:] in _OPENERS


def _opens_line(t: _Text, k: int) -> bool:
    return k == 0 or not t.gaps[k]


@stage(
    "quantities.v1",
    requires=["doc.text", "doc.lang", "doc.tokens", "doc.sentences"],
    assigns=["doc.quantities"],
)
def make_quantities(settings: Settings) -> Quantities:
    return Quantities(settings)
