"""Numbers written in digits, in words, or both, in Indonesian and English.

``match(text, tokens, i, lang)`` reads the longest number that starts at token ``i`` and
returns ``(j, value)``, ``j`` being the index of the first token after it::

    "50.000" (id) / "50,000" (en)          -> 50000
    "1,5 juta" (id) / "1.5 million" (en)    -> 1500000
    "tiga ratus lima puluh"                 -> 350
    "dua belas", "sebelas", "seribu"        -> 12, 11, 1000
    "setengah", "satu setengah juta"        -> 0.5, 1500000
    "two hundred and fifty", "twenty-five"  -> 250, 25
    "a dozen", "half a million"             -> 12, 500000

Tokens are warta's ``(start, end)`` character spans (``segment.v1``), which keep a number
with its separators whole ("50.000", "1,5") and a hyphenated word whole ("twenty-five"). A
number never runs across a line break or punctuation; a multiplier may be glued to the
digits only where the language lists it as such ("50rb", "2.5bn").

The words, multipliers and separators are data: ``warta/lang/<code>/numbers.yaml``. What a
number means in a report (a date, a count of troops, a sum of money) is not decided here but
by the stages that use it (``warta.stages.quantities``, ``warta.stages.times``).

Values come back as ``int`` when whole and ``float`` otherwise; arithmetic is done in
``Decimal``, so "1.2 billion" is exactly 1200000000.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import NamedTuple

from . import lang as langdata
from .errors import ConfigError

__all__ = ["Number", "as_number", "digits", "match", "parse", "value_of", "words"]

# What a number word is.
UNIT, TEEN, TENS, PULUH, BELAS, HUNDRED, LARGE, ONE_HUNDRED, ONE_LARGE, FRACTION, DOZEN, AND, ARTICLE = (
    "unit", "teen", "tens", "puluh", "belas", "hundred", "large", "one_hundred", "one_large", "fraction",
    "dozen", "and", "article",
)
_DIGITS = "digits"
_ZERO = Decimal(0)
_LEADING = re.compile(r"\d[\d.,]*")

Token = tuple[int, int]


class Number(NamedTuple):
    """A number read from tokens ``[start, end)``.

    ``scale`` is the last large multiplier applied ("15 ribu" -> 1000, None for "15"), so that
    a range can share it ("10-15 ribu" = 10000 to 15000). ``words`` says whether any of it
    was written in words.
    """

    start: int
    end: int
    value: Decimal
    scale: int | None
    words: bool

    @property
    def number(self) -> int | float:
        return as_number(self.value)


@dataclass(frozen=True)
class _Lang:
    thousands: str
    decimal: str
    words: Mapping[str, tuple[str, Decimal]]
    glued: Mapping[str, Decimal]


@cache
def _data(lang: str) -> _Lang:
    """The number words of ``lang``, compiled once per process."""
    raw = langdata.load(lang, "numbers")
    words: dict[str, tuple[str, Decimal]] = {}

    def add(kind: str, entries) -> None:
        if isinstance(entries, dict):
            items = entries.items()
        else:
            items = ((word, 1) for word in entries or ())
        for word, value in items:
            key = str(word).lower()
            if key in words:
                raise ConfigError(f"{lang}/numbers.yaml lists {key!r} twice; keep one entry")
            words[key] = (kind, Decimal(str(value)))

    add(UNIT, raw.get("units"))
    add(TEEN, raw.get("teens"))
    add(TENS, raw.get("tens"))
    add(PULUH, raw.get("tens_multiplier"))
    add(BELAS, raw.get("teen_suffix"))
    add(HUNDRED, {word: 100 for word in raw.get("hundreds") or ()})
    add(LARGE, raw.get("large"))
    add(ONE_HUNDRED, {w: v for w, v in (raw.get("one_of") or {}).items() if v == 100})
    add(ONE_LARGE, {w: v for w, v in (raw.get("one_of") or {}).items() if v != 100})
    add(FRACTION, raw.get("fractions"))
    add(DOZEN, {word: 12 for word in raw.get("dozen") or ()})
    add(AND, raw.get("and"))
    add(ARTICLE, raw.get("article"))
    glued = {str(w): Decimal(str(v)) for w, v in (raw.get("glued") or {}).items()}
    return _Lang(str(raw["thousands"]), str(raw["decimal"]), words, glued)


def words(lang: str) -> Mapping[str, tuple[str, Decimal]]:
    """Every number word of ``lang`` (lower case) -> (kind, value)."""
    return _data(lang).words


def as_number(value: Decimal) -> int | float:
    """``int`` when whole, else ``float``."""
    integral = value.to_integral_value()
    return int(integral) if value == integral else float(value)


def digits(word: str, lang: str) -> Decimal | None:
    """The value of a run of digits with the separators of ``lang``, or None.

    "50.000" (id) = 50000, "1,5" (id) = 1.5, "50,000" (en) = 50000, "1.5" (en) = 1.5. Several
    decimal marks that all group three digits ("1,250,000" in Indonesian text) are read as
    thousands, since they can be nothing else. A thousands mark that does not group three
    digits ("10.30" in Indonesian, "1,5" in English), a group that starts with 0 ("06.14"), or
    "/" and ":" ("12/11", "10:30") make it no number.
    """
    if not word or not word[0].isdigit():
        return None
    data = _data(lang)
    return _digits(word, data.thousands, data.decimal)


def value_of(word: str, lang: str, glued: Mapping[str, Decimal] | None = None) -> tuple[Decimal, int | None] | None:
    """The value of one string of digits with an optional glued multiplier ("5T", "50rb",
    "2.5bn"), and the multiplier (None without one); None if it is not that."""
    found = _LEADING.match(word)
    if found is None:
        return None
    head = found.group().rstrip(".,")
    value = digits(head, lang)
    if value is None:
        return None
    rest = word[len(head) :]
    if not rest:
        return value, None
    multiplier = (glued or {}).get(rest) or _data(lang).glued.get(rest.lower())
    if multiplier is None:
        return None
    return value * multiplier, int(multiplier)


def match(text: str, tokens: list[tuple[int, int]], i: int, lang: str) -> tuple[int, int | float] | None:
    """The longest number starting at token ``i``: ``(j, value)`` with ``j`` the exclusive end
    token index, or None if no number starts there."""
    found = parse(text, tokens, i, lang)
    if found is None:
        return None
    return found.end, found.number


def parse(
    text: str,
    tokens: list[Token],
    i: int,
    lang: str,
    *,
    glued: Mapping[str, Decimal] | None = None,
    allow_and: bool = True,
    limit: int | None = None,
    initial: tuple[Decimal, int | None] | None = None,
) -> Number | None:
    """Like ``match``, with what a stage needs besides: the multiplier (``Number.scale``) and
    whether words were used. ``glued`` adds multipliers that may follow the digits, with no
    space or one ("m" in "$10m", "T" in "Rp 13 T"); ``allow_and=False`` stops at "and" ("between 200 and 300");
    ``limit`` is a token index the number may not reach; ``initial`` is the value (and glued
    multiplier) of token ``i`` when the caller has read it already ("Rp1,5" -> 1.5)."""
    n = len(tokens) if limit is None else min(limit, len(tokens))
    if not 0 <= i < n:
        return None
    data = _data(lang)
    table = data.words
    if initial is not None:
        return _Parser(text, tokens, i, n, data, glued or {}, allow_and).run(initial)
    first = text[tokens[i][0] : tokens[i][1]]
    if not first[0].isdigit():
        if first.lower() not in table and "-" not in first:
            return None  # the common case, answered with one look-up
    elif i + 1 >= n or not _may_follow(text, tokens, i, data, glued):
        value = _digits(first, data.thousands, data.decimal)  # digits alone, the next common case
        return None if value is None else Number(i, i + 1, value, None, False)
    return _Parser(text, tokens, i, n, data, glued or {}, allow_and).run()


def _may_follow(text: str, tokens: list[Token], i: int, data: _Lang, glued: Mapping[str, Decimal] | None) -> bool:
    """Whether the token after digits may continue the number (a multiplier, "and", "dozen")."""
    end, (start, stop) = tokens[i][1], tokens[i + 1]
    word = text[start:stop]
    if start == end:
        return word in (glued or ()) or word.lower() in data.glued
    if "\n" in text[end:start] or not text[end:start].isspace():
        return False
    return word.lower() in data.words or word in (glued or ())


class _Parser:
    """A left-to-right reader of number words; every state it passes through that ends a whole
    number is remembered, and the last one wins (the longest number)."""

    __slots__ = (
        "after_and",
        "allow_and",
        "data",
        "glued",
        "group",
        "largest",
        "last",
        "n",
        "scale",
        "start",
        "text",
        "tokens",
        "total",
        "unit",
        "words",
    )

    def __init__(self, text: str, tokens: list[Token], start: int, n: int, data: _Lang,
                 glued: Mapping[str, Decimal], allow_and: bool):
        self.text, self.tokens, self.start, self.n, self.data = text, tokens, start, n, data
        self.glued, self.allow_and = glued, allow_and
        self.total = _ZERO      # what the large multipliers have closed
        self.group = _ZERO      # the part below the last large multiplier
        self.last: str | None = None
        self.unit = _ZERO       # the last unit word, for "puluh" and "belas"
        self.largest: Decimal | None = None
        self.scale: int | None = None
        self.words = False
        self.after_and = False

    # state as a tuple, to try a token and undo it
    def _save(self) -> tuple:
        return (self.total, self.group, self.last, self.unit, self.largest, self.scale, self.words, self.after_and)

    def _restore(self, state: tuple) -> None:
        (self.total, self.group, self.last, self.unit, self.largest, self.scale, self.words, self.after_and) = state

    def _word(self, k: int) -> str | None:
        """The text of token ``k`` if it follows token ``k - 1`` after plain spaces, else None."""
        if k >= self.n:
            return None
        s, e = self.tokens[k]
        if k > self.start:
            gap = self.text[self.tokens[k - 1][1] : s]
            if not gap or "\n" in gap or not gap.isspace():
                return None
        return self.text[s:e]

    def _kind(self, k: int) -> str | None:
        word = self._word(k)
        if word is None:
            return None
        entry = self.data.words.get(word.lower())
        return entry[0] if entry else None

    def run(self, initial: tuple[Decimal, int | None] | None = None) -> Number | None:
        best: Number | None = None
        k = self.start
        if initial is not None:
            value, multiplier = initial
            if multiplier is None:
                self.group, self.last = value, _DIGITS
            else:
                self.total, self.last, self.largest, self.scale = value, LARGE, Decimal(multiplier), multiplier
            k += 1
            best = self._result(k)
        while k < self.n:
            s, e = self.tokens[k]
            word = self.text[s:e]
            if k > self.start:
                gap = self.text[self.tokens[k - 1][1] : s]
                if gap == "" and self.last == _DIGITS and self.total == _ZERO:
                    multiplier = self.glued.get(word) or self.data.glued.get(word.lower())
                    if multiplier is None or not self._large(multiplier):
                        break
                    k += 1
                    best = self._result(k)
                    continue
                if not gap or "\n" in gap or not gap.isspace():
                    break
                if self.last == _DIGITS and self.total == _ZERO and word in self.glued and word.lower() not in self.data.words:
                    if not self._large(self.glued[word]):  # the caller's multipliers may stand apart: "Rp 13 T"
                        break
                    k += 1
                    best = self._result(k)
                    continue
            saved = self._save()
            if not self._token(word, k):
                self._restore(saved)
                break
            k += 1
            if self.last not in (AND, ARTICLE):
                best = self._result(k)
        return best

    def _result(self, end: int) -> Number:
        return Number(self.start, end, self.total + self.group, self.scale, self.words)

    def _token(self, word: str, k: int) -> bool:
        if word[0].isdigit():
            value = _digits(word, self.data.thousands, self.data.decimal)
            if value is None:
                return False
            return self._digits(value, k)
        entry = self.data.words.get(word.lower())
        if entry is not None:
            return self._element(entry[0], entry[1], k)
        if "-" in word:  # "twenty-five"
            parts = word.lower().split("-")
            entries = [self.data.words.get(p) for p in parts]
            if not all(entries) or any(kind not in (UNIT, TEEN, TENS) for kind, _ in entries):  # type: ignore[misc]
                return False
            return all(self._element(kind, value, k) for kind, value in entries)  # type: ignore[misc]
        return False

    def _digits(self, value: Decimal, k: int) -> bool:
        if self.last is None:
            self.group, self.last = value, _DIGITS
            return True
        # "2 juta 500 ribu": digits after a large multiplier, when a smaller one follows them
        if self.last == LARGE and value == value.to_integral_value() and value < self.largest:
            following = self.data.words.get((self._word(k + 1) or "").lower())
            if following and following[0] == LARGE and following[1] < self.largest:
                self.group, self.last = value, _DIGITS
                return True
        return False

    def _large(self, m: Decimal) -> bool:
        if self.group <= _ZERO or (self.largest is not None and m >= self.largest):
            return False
        self.total += self.group * m
        self.group = _ZERO
        self.largest, self.scale, self.last = m, int(m), LARGE
        return True

    def _element(self, kind: str, value: Decimal, k: int) -> bool:
        last = self.last
        if kind != AND and kind != ARTICLE:
            self.words = True
        if kind == UNIT:
            if value == _ZERO:
                if last is not None:
                    return False
                self.last = "zero"
                return True
            if last not in (None, TENS, HUNDRED, ONE_HUNDRED, LARGE, PULUH, AND):
                return False
            if last == TENS and self.group % 10 != 0:
                return False
            self.group += value
            self.unit, self.last = value, UNIT
            return True
        if kind in (TEEN, TENS):
            if last not in (None, HUNDRED, ONE_HUNDRED, LARGE, AND):
                return False
            self.group += value
            self.last = kind
            return True
        if kind == PULUH:
            if last != UNIT:
                return False
            self.group += self.unit * 9
            self.last = PULUH
            return True
        if kind == BELAS:
            if last != UNIT:
                return False
            self.group += 10
            self.last = BELAS
            return True
        if kind == HUNDRED:
            if last == ARTICLE and not self.after_and:
                self.group, self.last = Decimal(100), HUNDRED
                return True
            if last not in (UNIT, TEEN, _DIGITS) or self.group >= 20 or self.group != self.group.to_integral_value():
                return False
            self.group *= 100
            self.last = HUNDRED
            return True
        if kind == ONE_HUNDRED:
            if last not in (None, LARGE):
                return False
            self.group += 100
            self.last = HUNDRED
            return True
        if kind == LARGE:
            if last not in (UNIT, TEEN, TENS, PULUH, BELAS, HUNDRED, _DIGITS, FRACTION, ARTICLE, DOZEN):
                return False
            if last == ARTICLE and self.group == _ZERO:
                self.group = Decimal(1)
            return self._large(value)
        if kind == ONE_LARGE:
            if last not in (None, LARGE) or (self.largest is not None and value >= self.largest):
                return False
            self.group = Decimal(1)
            return self._large(value)
        if kind == FRACTION:
            if last is None:
                self.group = value
            elif last == UNIT or (last == ARTICLE and self.after_and):
                self.group += value
            else:
                return False
            self.last, self.after_and = FRACTION, False
            return True
        if kind == DOZEN:
            if last == ARTICLE:
                self.group = Decimal(12) if self.group == _ZERO else self.group * 12
            elif last in (UNIT, TEEN, TENS, _DIGITS):
                self.group *= 12
            else:
                return False
            self.last = DOZEN
            return True
        if kind == AND:
            if not self.allow_and or last not in (UNIT, TEEN, TENS, HUNDRED, LARGE, _DIGITS):
                return False
            following = self._kind(k + 1)
            if following in (UNIT, TEEN, TENS) and last in (HUNDRED, LARGE):
                self.last = AND
                return True
            if following == ARTICLE and self._kind(k + 2) == FRACTION:
                self.last, self.after_and = AND, True
                return True
            return False
        if kind == ARTICLE:
            following = self._kind(k + 1)
            if last is None and following in (HUNDRED, LARGE, DOZEN):
                self.last = ARTICLE
                return True
            if last == AND and self.after_and and following == FRACTION:
                self.last = ARTICLE
                return True
            if last == FRACTION and following in (LARGE, DOZEN):  # "half a million", "half a dozen"
                self.last = ARTICLE
                return True
            return False
        return False


def _digits(word: str, th: str, dec: str) -> Decimal | None:
    """``digits`` with the separators given."""
    if not word.isascii():  # "²", "٣": digits to str.isdigit, not numbers written as such in news
        return None
    if word.isdigit():
        return Decimal(word)
    whole, sep, fraction = word.partition(dec)
    if sep and not fraction.isdigit():
        if word.count(dec) > 1 and th not in word:
            return _digits(word, dec, th)  # "1,250,000" in Indonesian: the marks group thousands
        return None
    if whole.isdigit():
        if sep and len(whole) > 1 and whole[0] == "0":
            return None  # "06,5" is no way to write a number
        return Decimal(whole + "." + fraction) if sep else Decimal(whole)
    groups = whole.split(th)
    head = groups[0]
    if not (1 <= len(head) <= 3 and head.isdigit() and head[0] != "0"):
        return None
    for group in groups[1:]:
        if len(group) != 3 or not group.isdigit():
            return None
    return Decimal("".join(groups) + ("." + fraction if sep else ""))
