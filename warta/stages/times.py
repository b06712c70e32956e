"""times.v1: every date and time expression, normalised to a TIMEX3 value anchored on the publication date.

What is found (the words are data: ``warta/lang/<code>/times.yaml``):

- **Dates**: "12 November 2024", "November 12", "Aug. 2, 1990", "12/11/2024", "(12/11)", "Selasa (12
  November)", "November 2024", "tahun 2014", a year alone ("in 1988"), a weekday ("Selasa", "on
  Tuesday"), "hari ini"/"today", "kemarin"/"yesterday", "the 1980s".
- **Relative dates**: "dua hari lalu"/"two days ago" -> that day; "pekan lalu"/"last week" -> the week
  (``2024-W45``); "bulan lalu" -> ``2024-10``; "tahun depan"/"next year"; "awal November"/"early
  November" -> the month (TIMEX3 keeps the month as the value; the edge is not a date of its own);
  "January this year"/"Januari tahun ini"; holidays ("last Thanksgiving", "Natal", "Hari
  Kemerdekaan"); "that year", "the following year" (from the last year the report named); reporting
  periods ("the latest quarter", "the year-ago period", "next year's first quarter").
- **Times**: "pukul 06.14 WIB" -> ``2024-11-12T06:14`` (the date is the last date named before it in
  the report, else the anchor), "10:30 a.m.", "Minggu pagi" -> ``2014-12-28TMO``.
- **Durations**: "tiga hari"/"three days" -> ``P3D``, "dua menit" -> ``PT2M``, "two-week" -> ``P2W``,
  "beberapa bulan"/"several months" -> ``PXM``.
- **Sets**: "setiap tahun"/"every year"/"annually" -> ``P1Y``.
- **References**: "kini"/"now" -> ``PRESENT_REF``, "saat itu"/"at the time" -> ``PAST_REF``, "kelak" ->
  ``FUTURE_REF``.

**Anchor.** Relative expressions count from the publication date (``doc.published``). Without one,
the anchor is the report's own first full date (a day and month with a weekday, or with a year),
and before that the processing date given by the caller (setting ``today``): a day and month with a
weekday and no year take the latest year, not after that date, whose calendar agrees with the
weekday. With a publication date, a day and month take the year that puts them nearest to it, a
future one counting one and a half times its distance (news tells the past), and only the past after
a verb in the past ("ended Jan. 31"); a weekday alone is the last one unless it is tomorrow's, or
the next one in a sentence about the future ("has scheduled a news conference Friday"). A
weekday that disagrees with its date is reported (a warning on the ``warta`` logger naming the
report and the words) and the date is kept. Nothing here reads the clock.

Values follow TIMEX3 (TempEval-3): ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, ``YYYY-Www``, ``YYYY-Qn``,
``YYYY-MM-DDThh:mm``, ``P3D``/``PT2M``/``PXM``, ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``; types
DATE, TIME, DURATION, SET. A leading "pada"/"on" is not part of the span.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from typing import Any

import dateutil.easter

from .. import lang as langdata
from .. import numbers
from ..doc import Doc, Time
from ..registry import stage
from ..settings import Settings

log = logging.getLogger("warta")

_NUMERIC_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?$")
_CLOCK = re.compile(r"^(\d{1,2})[.:](\d{2})$")
_FRACTION = re.compile(r"(\d)/(\d{1,2})")
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_DAY = re.compile(r"^(\d{1,2})$")
_CLOCK_UNITS = {"H", "MIN", "S"}


@dataclass
class _Found:
    start: int  # token index
    end: int  # token index, exclusive
    value: str
    type: str = "DATE"
    date: dt.date | None = None  # the day it names, when it names one


class _Lang:
    """One language's data, with multi-word keys split for matching."""

    def __init__(self, code: str):
        data = langdata.load(code, "times")
        self.code = code
        self.possessives = tuple(langdata.load(code, "entities")["possessives"])  # "russia's" -> "russia"
        self.months: dict[str, int] = data["months"]
        full = {m: max((w for w, n in self.months.items() if n == m), key=len) for m in set(self.months.values())}
        self.month_abbreviations = frozenset(w for w, m in self.months.items() if w != full[m])
        self.weekdays: dict[str, int] = data["weekdays"]
        self.day_words = langdata.phrases(data["day_words"])
        self.units: dict[str, str] = data["units"]
        self.ago = langdata.phrases(dict.fromkeys(data["ago"], True))
        self.later = langdata.phrases(dict.fromkeys(data["later"], True))
        self.previous = langdata.phrases(dict.fromkeys(data["previous"], -1))
        self.current = langdata.phrases(dict.fromkeys(data["current"], 0))
        self.following = langdata.phrases(dict.fromkeys(data["following"], 1))
        self.references = langdata.phrases(data["references"])
        self.not_before_reference = frozenset(data["not_before_reference"])
        self.parts = langdata.phrases(data["parts_of_day"])
        self.clock = frozenset(data["clock"])
        self.zones: dict[str, str] = data["zones"]
        self.edges: dict[str, str] = data["edges"]
        self.every = frozenset(data["every"])
        self.year_words = langdata.phrases(dict.fromkeys(data["year_words"], True))
        self.day_before = frozenset(data["day_words_before"])
        self.vague = langdata.phrases(dict.fromkeys(data["vague"], True))
        self.vague_units: dict[str, str] = data["vague_units"] or {}
        self.future = frozenset(tuple(m.split()) for m in data["future_markers"])
        self.past = frozenset(data["past_markers"])
        self.prepositions = frozenset(data["date_prepositions"])
        self.sets: dict[str, str] = data.get("sets") or {}
        self.approx = frozenset(data["approx"])
        self.clock_words: dict[str, str] = data["clock_words"] or {}
        self.quarter_words = frozenset(data["quarter_words"])
        self.period_words = frozenset(data["period_words"])
        self.period_latest = langdata.phrases(dict.fromkeys(data["period_latest"], 0))
        self.period_year_ago = langdata.phrases(dict.fromkeys(data["period_year_ago"], -1))
        self.ordinals: dict[str, int] = data["ordinals"]
        self.seasons = langdata.phrases(data["seasons"])
        self.articles = frozenset(data["articles"])
        self.counted = frozenset(data["counted"])
        self.age_words = frozenset(data["age_words"])
        self.ordinal_suffixes = frozenset(data["ordinal_suffixes"])
        self.year_ago = frozenset(data["year_ago"])
        self.year_of = frozenset(data["year_of"])
        self.meridiem = frozenset(data["meridiem"])
        self.clock_after = frozenset(data["clock_after"])
        self.before_vague_plural = frozenset(data["before_vague_plural"])
        self.one = frozenset(data["one"])
        self.before_may = frozenset(data["before_may"])
        self.unit_suffixes = frozenset(data["unit_suffixes"])
        self.holidays = langdata.phrases(data["holidays"])
        self.this_year = langdata.phrases(dict.fromkeys(data["this_year"], 0))
        self.decades: dict[str, int] = data["decades"]
        self.anaphoric = langdata.phrases(data["anaphoric"])
        self.unit_fillers = frozenset(data["unit_fillers"])
        self.dmy = code != "en"
        # the words a time expression can open with; any other token is skipped at once
        self.starters = frozenset().union(
            self.months, self.weekdays, self.units, self.clock, self.edges, self.every, self.day_before,
            self.vague_units, self.sets, self.approx, self.clock_words, self.quarter_words, self.ordinals,
            self.period_latest, self.period_year_ago, self.holidays, self.anaphoric, self.this_year, self.decades,
            self.articles, *(table.keys() for table in (
                self.day_words, self.previous, self.current, self.following, self.references, self.parts,
                self.year_words, self.vague, self.seasons,
            )),
        )  # 12/11 is 12 November in Indonesian, December 11 in (US) English


class Times:
    def __init__(self, settings: Settings):
        # the processing date: the caller's, or the clock's when the pipeline is built (never while reading)
        self.today = dt.date.fromisoformat(settings.today) if settings.today else dt.date.today()
        self._langs: dict[str, _Lang] = {}

    def __getstate__(self) -> dict:
        return {"today": self.today, "_langs": {}}

    @staticmethod
    def _in_dateline(doc: Doc, f: _Found, weekdays: dict[str, int]) -> bool:
        """A date between the place and the dash of the report's first line is its publication date."""
        start, end = doc.tokens[f.start][0], doc.tokens[f.end - 1][1]
        line_start = doc.text.rfind("\n", 0, start) + 1
        if doc.text[:line_start].strip():  # not the first line
            return False
        words = doc.text[start:end]
        if not re.search(r"\b(?:1[89]|20)\d\d\b", words) and words.split()[0].lower() not in weekdays:
            return False  # "KYIV, Nov 12 (Reuters) -" names no year and no weekday: the year would be a guess
        return bool(_BEFORE_DATELINE_DATE.match(doc.text[line_start:start]) and _AFTER_DATELINE_DATE.match(doc.text[end : end + 45]))

    def _lang(self, code: str) -> _Lang:
        if code not in self._langs:
            self._langs[code] = _Lang(code)
        return self._langs[code]

    def __call__(self, doc: Doc) -> Doc:
        lang = self._lang(doc.lang or "")
        published = dt.date.fromisoformat(doc.published[:10]) if doc.published else None
        found = _Scanner(doc, lang, published, self.today).scan()
        if published is None:
            dated = next((f for f in found if f.date is not None and self._in_dateline(doc, f, lang.weekdays)), None)
            if dated is not None:  # "JAKARTA, Senin (11/11/2024) -", "LONDON, Aug 15 (Reuters) -"
                doc.published, doc.published_source = dated.date.isoformat(), "dateline"
                found = _Scanner(doc, lang, dated.date, self.today).scan()
        doc.times = [
            Time(id=f"T{n}", span=(doc.tokens[f.start][0], doc.tokens[f.end - 1][1]), value=f.value, type=f.type)
            for n, f in enumerate(found, 1)
        ]
        return doc


_BEFORE_DATELINE_DATE = re.compile(r"^[A-Z][\w .'-]{1,40},\s*$")
_AFTER_DATELINE_DATE = re.compile(r"^\s*(?:\([^)\n]{1,40}\))?\s*[-\u2013\u2014]")


class _Scanner:
    """One pass over one report's tokens, left to right, longest match at each token."""

    def __init__(self, doc: Doc, lang: _Lang, published: dt.date | None, today: dt.date | None):
        self.doc, self.lang, self.published, self.today = doc, lang, published, today
        text = doc.text
        self.raw = [text[s:e] for s, e in doc.tokens]
        self.words = [langdata.without_ending(w.lower(), lang.possessives) if len(w) > 3 else w.lower() for w in self.raw]
        self.anchor = published  # moves to the report's own first full date when there is no publication date
        self.last_date: dt.date | None = None  # the last day named, for clock times
        self.last_year: int | None = None  # the last year named, for "that year", "the following year"
        self.sentence_of = doc.token_sentences()
        if lang.code == "en":  # "60 Minutes", "This Week With David Brinkley": a capitalised unit inside a sentence is a title
            titles = [
                i for i, word in enumerate(self.words)
                if word in lang.units and self.raw[i][0].isupper() and i and self.sentence_of[i] == self.sentence_of[i - 1]
                and not any(self._phrase(j, lang.holidays) for j in range(max(0, i - 3), i))  # "Thanksgiving Day"
            ]
            for i in titles:
                self.words[i] = self.raw[i]

    # --- driver -------------------------------------------------------------------------------

    def scan(self) -> list[_Found]:
        out: list[_Found] = []
        i, n = 0, len(self.words)
        starters = self.lang.starters
        number_words = numbers.words(self.lang.code)
        while i < n:
            word = self.words[i]
            if word not in starters and not word[:1].isdigit() and "-" not in word and self.raw[i].lower() not in number_words:
                i += 1
                continue
            f = self._at(i)
            if f is None:
                i += 1
                continue
            if f.date is not None:
                self.last_date = f.date
            if _YEAR.match(f.value[:4]):
                self.last_year = int(f.value[:4])
            out.append(f)
            i = f.end
        return out

    def _at(self, i: int) -> _Found | None:
        for rule in (self._clock, self._weekday_date, self._date, self._every, self._relative, self._duration,
                     self._reference):
            f = rule(i)
            if f is not None:
                return f
        return None

    # --- helpers ------------------------------------------------------------------------------

    def _word(self, i: int) -> str:
        return self.words[i] if 0 <= i < len(self.words) else ""

    def _phrase(self, i: int, table: dict) -> tuple[int, Any] | None:
        return langdata.phrase_at(self.words, i, table)

    def _glued(self, i: int) -> bool:
        """Token i touches token i + 1 (no space between)."""
        tokens = self.doc.tokens
        return i + 1 < len(tokens) and tokens[i][1] == tokens[i + 1][0]

    def _base(self) -> dt.date | None:
        return self.anchor or self.today

    def _future_tense(self, i: int) -> bool:
        """A word or phrase of the future in the 8 tokens before token i, in its sentence ("will meet
        on", "set to resume", "akan ... pada")."""
        k, words = self.sentence_of[i], self.words
        for j in range(max(0, i - 8), i):
            if self.sentence_of[j] == k and any(tuple(words[j : j + len(m)]) == m for m in self.lang.future):
                return True
        return False

    def _past_tense(self, i: int) -> bool:
        """A word of the past in the 4 tokens before token i, in its sentence ("began in February",
        "telah ... pada"), or an English verb in -ed right before it or before its preposition
        ("ended Jan. 31", "attacked on")."""
        k, words = self.sentence_of[i], self.words
        if any(self.sentence_of[j] == k and words[j] in self.lang.past for j in range(max(0, i - 4), i)):
            return True
        j = i - 2 if self._word(i - 1) in self.lang.prepositions else i - 1
        return self.lang.code == "en" and j >= 0 and self.sentence_of[j] == k and len(words[j]) > 4 and words[j].endswith("ed")

    def _number(self, i: int) -> tuple[int, float] | None:
        return numbers.match(self.doc.text, self.doc.tokens, i, self.lang.code)

    def _month_at(self, i: int) -> tuple[int, int] | None:
        """A month name at token i (an abbreviation may take a glued dot): (end, month)."""
        month = self.lang.months.get(self._word(i))
        if month is None or not self.raw[i][0].isupper():
            return None
        end = i + 1
        if self._word(end) == "." and len(self.words[i]) <= 4 and self._glued(i) and _DAY.match(self._word(end + 1)):
            end += 1  # "Aug. 2", not the full stop of "last May."
        elif self.words[i] in self.lang.month_abbreviations and self.raw[end : end + 1] and self.raw[end][0].isupper():
            return None  # "Jan Kavan" is a man
        return end, month

    def _year_at(self, i: int) -> int | None:
        m = _YEAR.match(self._word(i))
        return int(m.group(1)) if m else None

    # --- dates --------------------------------------------------------------------------------

    def _day_month_year(self, i: int) -> tuple[int, int, int, int | None] | None:
        """"12 November (2024)", "November 12(, 2024)", "12/11(/2024)": (end, day, month, year)."""
        lang = self.lang
        j = i + 1 if self._word(i) in lang.day_before and _DAY.match(self._word(i + 1)) else i
        day = _DAY.match(self._word(j))
        if day and (m := self._month_at(j + 1)):
            end, month = m
            year = self._year_at(end)
            if year is None and self._word(end) == "," and (y := self._year_at(end + 1)):
                return end + 2, int(day.group(1)), month, y
            return (end + 1 if year else end), int(day.group(1)), month, year
        if (m := self._month_at(i)) and (day := _DAY.match(self._word(m[0]))):
            end = m[0] + 1
            if self._word(end) in self.lang.ordinal_suffixes:
                end += 1
            if self._word(end) == "," and (y := self._year_at(end + 1)):
                return end + 2, int(day.group(1)), m[1], y
            return end, int(day.group(1)), m[1], None
        numeric = _NUMERIC_DATE.match(self._word(i))
        if numeric and (lang.dmy or numeric.group(3)) and not _DAY.match(self._word(i - 1)):  # not "2 1/2"
            a, b, y = int(numeric.group(1)), int(numeric.group(2)), numeric.group(3)
            day, month = (a, b) if lang.dmy or b > 12 else (b, a)
            year = (int(y) + (2000 if len(y) == 2 else 0)) if y else None
            if 1 <= month <= 12 and 1 <= day <= 31:
                return i + 1, day, month, year
        return None

    def _spoken_year(self, i: int) -> tuple[int, int] | None:
        """A year in words, as broadcast transcripts write it: (end token, year)."""
        if not self._word(i).isalpha():
            return None
        alone = numbers.match(self.doc.text, self.doc.tokens[i : i + 1], 0, self.lang.code)  # "nineteen", not "nineteen ninety"
        if alone is None:
            return None
        j, century = i + 1, alone[1]
        second = self._number(j) if self._word(j)[:1].isalpha() else None
        if century in (19, 20) and second is not None:
            k, rest = second
            if 10 <= rest <= 99 and float(rest).is_integer():
                return k, int(century * 100 + rest)
        whole = self._number(i)
        if whole is not None and whole[1] == 2000 and self._word(i - 1) == "year":  # "the year two thousand"
            return whole[0], 2000
        return None

    def _resolve(self, day: int, month: int, year: int | None, weekday: int | None, i: int) -> dt.date | None:
        """The full date of a day and month, choosing the year as the module docstring says."""
        if year is not None:
            try:
                date = dt.date(year, month, day)
            except ValueError:
                return None
            if weekday is not None and date.isoweekday() != weekday:
                self._disagree(i, date)
            return date
        base = self._base()
        if base is None:
            return None
        candidates = []
        for y in range(base.year - 30, base.year + 2):
            try:
                candidates.append(dt.date(y, month, day))
            except ValueError:
                continue
        if not candidates:
            return None
        if weekday is not None and self.anchor is None:  # latest agreeing year not after the processing date
            agreeing = [c for c in candidates if c.isoweekday() == weekday and c <= base]
            if agreeing:
                return agreeing[-1]
        if weekday is None:
            if self._past_tense(i) and not self._future_tense(i):  # "the fiscal year ended Jan. 31"
                candidates = [c for c in candidates if c <= base] or candidates
            return _lean_past(candidates, base, self._future_tense(i), lambda c: (c - base).days)
        nearest = min(candidates, key=lambda c: (abs((c - base).days), c))
        if nearest.isoweekday() != weekday:
            self._disagree(i, nearest)
        return nearest

    def _disagree(self, i: int, date: dt.date) -> None:
        s = self.doc.tokens[i][0]
        log.warning(
            "%s: the weekday near %r disagrees with the date %s (a %s); the date is kept",
            self.doc.id or "report", self.doc.text[s : s + 30], date.isoformat(), date.strftime("%A"),
        )

    def _weekday_date(self, i: int) -> _Found | None:
        """"Selasa (12 November)", "Senin (20/10)", "Minggu (10/11/2024) pagi", "Tuesday, Nov. 12"."""
        weekday = self.lang.weekdays.get(self._word(i))
        if weekday is None or not self.raw[i][0].isupper():
            return None
        j = i + 1
        if self._word(j) in ("(", ","):
            j += 1
        dmy = self._day_month_year(j)
        if dmy is None:
            return None
        end, day, month, year = dmy
        if self.words[i + 1] == "(":
            if self._word(end) != ")":
                return None
            end += 1
        date = self._resolve(day, month, year, weekday, i)
        if date is None:
            return None
        if self.anchor is None:
            self.anchor = date
        return self._then_clock(self._with_part_of_day(_Found(i, end, date.isoformat(), date=date)))

    def _then_clock(self, f: _Found) -> _Found:
        """"Minggu (28/12/2014) pukul 07.55": a clock time right after a day is a time of that day."""
        if f.date is None or f.type != "DATE":
            return f
        j = f.end + 1 if self._word(f.end) == "," else f.end
        saved, self.last_date = self.last_date, f.date
        clock = self._clock(j)
        self.last_date = saved
        return f if clock is None else _Found(f.start, clock.end, clock.value, "TIME", f.date)

    def _date(self, i: int) -> _Found | None:
        lang = self.lang
        dmy = self._day_month_year(i)
        if dmy is not None:
            end, day, month, year = dmy
            date = self._resolve(day, month, year, None, i)
            if date is None:
                return None
            if self.anchor is None and year is not None:
                self.anchor = date
            return self._then_clock(self._with_part_of_day(_Found(i, end, date.isoformat(), date=date)))
        # "mid-1996", "mid-November": an edge glued to a year or month is that year or month
        head, dash, rest = self._word(i).partition("-")
        if dash and head in lang.edges:
            if _YEAR.match(rest):
                return _Found(i, i + 1, rest)
            if re.fullmatch(r"(1[89]|20)\d0s", rest):  # "mid-1990s": the decade
                return _Found(i, i + 1, rest[:3])
            if rest in lang.months and (base := self._base()) is not None:
                return _Found(i, i + 1, f"{base.year:04d}-{lang.months[rest]:02d}")
        # "November 2024", "November", "awal November", "tahun 2014", "1988", "the 1980s"
        start = i
        edge = lang.edges.get(self._word(i))
        if edge is not None and self._month_at(i + 1) is None and self._year_at(i + 1) is None:
            if not (self._word(i + 1) == "-" and self._year_at(i + 2)):
                edge = None
        j = i + 1 if edge is not None else i
        if self._word(j) == "-":
            j += 1
        if (m := self._month_at(j)) is not None:
            end, month = m
            year = self._year_at(end)
            if year is not None:
                return _Found(start, end + 1, f"{year:04d}-{month:02d}")
            spoken = self._spoken_year(end) if lang.code == "en" else None
            if spoken is not None:  # "January nineteen ninety-seven"
                return _Found(start, spoken[0], f"{spoken[1]:04d}-{month:02d}")
            if lang.code == "en" and self._word(j) == "may" and self._word(j - 1) not in lang.before_may:
                return None  # "may" is mostly the verb; "in May", "by May", "last May" are the month
            base = self._base()
            if base is None:
                return None
            months = [(y, month) for y in (base.year - 1, base.year, base.year + 1)]
            if self._past_tense(j) and not self._future_tense(j):  # "bought it in February", "ended Jan. 31"
                months = [c for c in months if c <= (base.year, base.month)]
            year = _lean_past(months, base, self._future_tense(j), lambda c: (c[0] - base.year) * 12 + c[1] - base.month)[0]
            previous = self._phrase(end, lang.previous)
            if previous is not None and lang.units.get(self._word(previous[0])) != "Y":  # "Oktober lalu": the last October before the anchor
                year = base.year - 1 if month >= base.month else base.year
                end = previous[0]
            for table in (lang.previous, lang.current, lang.following):  # "January this year", "Januari tahun ini"
                if (hit := self._phrase(end, table)) is not None and lang.units.get(self._word(hit[0])) == "Y":
                    year, end = base.year + int(hit[1]), hit[0] + 1
                    break
                if lang.units.get(self._word(end)) == "Y" and (hit := self._phrase(end + 1, table)) is not None:
                    year, end = base.year + int(hit[1]), hit[0]
                    break
            return _Found(start, end, f"{year:04d}-{month:02d}")
        year_phrase = self._phrase(j, lang.year_words)
        k = year_phrase[0] if year_phrase else j
        spoken = self._spoken_year(k) if lang.code == "en" else None
        if spoken is not None:  # "nineteen ninety-six", "the year two thousand"
            return _Found(start, spoken[0], f"{spoken[1]:04d}")
        year = self._year_at(k)
        if year is not None:
            end = k + 1
            if self._word(end) == "s" and self._glued(k):  # "the 1980s"
                return _Found(start, end + 1, f"{year // 10:03d}")
            # a year is a year unless it counts something ("1990 orang", "2000 troops")
            counts = self._word(end) in lang.counted or (lang.code == "en" and self._word(end).endswith("s") and self._word(end) not in lang.units)
            if year_phrase is not None or edge is not None or not counts:
                if self._word(end) in lang.year_ago:
                    end += 1
                return _Found(start, end, f"{year:04d}")
        return None

    # --- relative dates -----------------------------------------------------------------------

    def _relative(self, i: int) -> _Found | None:
        lang, base = self.lang, self._base()
        if base is None:
            return None
        hit = self._phrase(i, lang.day_words)
        if hit is not None:
            end, offset = hit
            date = base + dt.timedelta(days=int(offset))
            return self._with_part_of_day(_Found(i, end, date.isoformat(), date=date))
        quarter = self._quarter(i)
        if quarter is not None:
            return quarter
        holiday = self._holiday(i, base)
        if holiday is not None:
            return holiday
        if (hit := self._phrase(i, lang.this_year)) is not None:  # "the full year", "by year end"
            return _Found(i, hit[0], f"{base.year:04d}")
        j = i + 1 if self._word(i) in lang.articles else i
        if j > i and (decade := lang.decades.get(self._word(j))) is not None:  # "the nineties"
            century = base.year // 100 - (decade > base.year // 10 % 10)
            return _Found(i, j + 1, f"{century:02d}{decade}")
        # "that year", "the following year", "that day": counted from the last year or day named
        hit = self._phrase(i, lang.anaphoric)
        if hit is not None:
            unit, step = lang.units.get(self._word(hit[0])), int(hit[1])
            if unit == "Y" and self.last_year is not None:
                return _Found(i, hit[0] + 1, f"{self.last_year + step:04d}")
            if unit == "D" and self.last_date is not None:
                date = self.last_date + dt.timedelta(days=step)
                return _Found(i, hit[0] + 1, date.isoformat(), date=date)
        # "the weekend", "over the weekend": the last one (this one when the anchor is in it), the next
        # one in a sentence about the future
        if self._word(i) in lang.articles and self._word(i) not in lang.one and lang.units.get(self._word(i + 1)) == "WE" and _simple_number(self._word(i + 2), lang.code) is None:
            step = 1 if self._future_tense(i) else (0 if base.isoweekday() >= 6 else -1)
            return _Found(i, i + 2, _shift(base, "WE", step))
        # "last week", "next month", "this year", "last May", "this summer", "last night" (English puts the word first)
        for table in (lang.previous, lang.current, lang.following):
            hit = self._phrase(i, table)
            if hit is None:
                continue
            step = int(hit[1])
            if (m := self._month_at(hit[0])) is not None:
                end, month = m
                year = base.year + step
                if step == -1 and month < base.month:
                    year = base.year
                if step == 1 and month > base.month:
                    year = base.year
                return _Found(i, end, f"{year:04d}-{month:02d}")
            season = self._phrase(hit[0], lang.seasons)
            if season is not None:
                return _Found(i, season[0], f"{base.year + (step if step > 0 else 0) - (1 if step < 0 and base.month < 6 else 0):04d}-{season[1]}")
            part = self._phrase(hit[0], lang.parts)
            if part is not None:
                date = base + dt.timedelta(days=min(step, 0))
                return _Found(i, part[0], f"{date.isoformat()}T{part[1]}", "TIME", date)
            if hit is not None and self._word(hit[0]) in lang.units:
                unit = lang.units[self.words[hit[0]]]
                quarter = self._quarter(hit[0] + 1) if unit == "Y" else None
                if quarter is not None and self.raw[hit[0]].endswith(lang.possessives):  # "next year's first quarter"
                    return _Found(i, quarter.end, f"{base.year + int(hit[1]):04d}{quarter.value[4:]}")
                value = _shift(base, unit, int(hit[1]))
                if value is not None:
                    return _Found(i, hit[0] + 1, value)
            if hit is not None and (w := lang.weekdays.get(self._word(hit[0]))) is not None:
                date = _weekday_near(base, w, int(hit[1]) or (1 if self._future_tense(i) else -1), next_week=int(hit[1]) == 1)
                return _Found(i, hit[0] + 1, date.isoformat(), date=date)
        # "pekan lalu", "bulan ini", "tahun depan" (Indonesian puts it after)
        unit = lang.units.get(self._word(i))
        if unit is not None and _simple_number(self._word(i - 1), lang.code) is None:
            for table in (lang.previous, lang.current, lang.following):
                hit = self._phrase(i + 1, table)
                if hit is not None:
                    if self.raw[i] == "Minggu" and i + 1 < len(self.raw) and self.raw[i + 1] == "(":
                        return None
                    value = _shift(base, unit, int(hit[1]))
                    if value is not None:
                        return _Found(i, hit[0], value)
        part = self._phrase(i, lang.parts)
        if part is not None and (hit := self._phrase(part[0], lang.current)) is not None:  # "siang ini"
            return _Found(i, hit[0], f"{base.isoformat()}T{part[1]}", "TIME", base)
        # a weekday alone: the nearest one before the anchor (or after, in a sentence about the future)
        weekday = lang.weekdays.get(self._word(i))
        if weekday is not None and self.raw[i][0].isupper() and not (lang.code == "en" and len(self.words[i]) <= 3):
            if self.raw[i] == "Minggu" and any(self._phrase(i + 1, t) for t in (lang.previous, lang.current, lang.following)):
                return None  # "Minggu lalu" is last week
            end = i + 1
            following = self._phrase(end, lang.following)
            if following is not None:
                date = _weekday_near(base, weekday, 1, next_week=True)
                end = following[0]
            else:
                previous = self._phrase(end, lang.previous)
                if previous is not None:
                    end = previous[0]
                    date = _weekday_near(base, weekday, -1)
                else:
                    # news tells what happened: a bare weekday is the last one unless it is tomorrow's
                    # ("lands on Thursday") or the sentence speaks of the future ("has scheduled ... Friday")
                    around = [_weekday_near(base, weekday, -1), _weekday_near(base, weekday, 1, next_week=True)]
                    if self._past_tense(i):  # "officials said on Wednesday"
                        around = around[:1]
                    date = _lean_past(around, base, self._future_tense(i), lambda c: (c - base).days, WEEKDAY_LEAN)
            return self._with_part_of_day(_Found(i, end, date.isoformat(), date=date))
        return None

    def _quarter(self, i: int) -> _Found | None:
        """"the third quarter (of 1989)", "third-quarter", "kuartal III": the latest such quarter
        not after the anchor, or of the year named."""
        lang, base = self.lang, self._base()
        j = i + 1 if self._word(i) in lang.articles else i
        word = self._word(j)
        if "-" in word and word.split("-", 1)[1] in lang.quarter_words and word.split("-", 1)[0] in lang.ordinals:
            n, end = lang.ordinals[word.split("-", 1)[0]], j + 1
        elif word in lang.ordinals and self._word(j + 1) in lang.quarter_words:
            n, end = lang.ordinals[word], j + 2
        elif word in lang.quarter_words and self.words[j + 1 : j + 2] and self.words[j + 1] in lang.ordinals:
            n, end = lang.ordinals[self.words[j + 1]], j + 2
        else:
            return self._reported_quarter(i, j)
        if not 1 <= n <= 4:
            return None
        year = None
        if self._word(end) in lang.year_of and (y := self._year_at(end + 1)):
            year, end = y, end + 2
        elif (y := self._year_at(end)) is not None:
            year, end = y, end + 1
        if year is None:
            if base is None:
                return None
            year = base.year if n <= (base.month - 1) // 3 + 1 else base.year - 1
        return _Found(i, end, f"{year:04d}-Q{n}")

    def _holiday(self, i: int, base: dt.date) -> _Found | None:
        """"Thanksgiving", "last Christmas", "Natal": the last one before the anchor (this year's when
        the anchor is that day), or the next in a sentence about the future or after "next"."""
        lang = self.lang
        step, j = 0, i
        for table in (lang.previous, lang.current, lang.following):
            if (hit := self._phrase(i, table)) is not None:
                step, j = int(hit[1]), hit[0]
                break
        hit = self._phrase(j, lang.holidays)
        if hit is None or not self.raw[j][0].isupper():
            return None
        days = [_holiday_date(str(hit[1]), y) for y in (base.year - 1, base.year, base.year + 1)]
        if j == i:  # the nearest, leaning to the past as news does; the last one after a verb in the past
            if self._past_tense(i) and not self._future_tense(i):
                days = [d for d in days if d <= base]
            date = _lean_past(days, base, self._future_tense(i), lambda d: (d - base).days)
        else:
            date = days[1] if step == 0 else next(d for d in reversed(days) if d < base) if step < 0 else next(d for d in days if d > base)
        return _Found(i, hit[0], date.isoformat(), date=date)

    def _reported_quarter(self, i: int, j: int) -> _Found | None:
        """"the latest quarter", "the year-ago period": the last quarter completed before the anchor,
        or the same quarter a year earlier (how companies and statistics offices report)."""
        base = self._base()
        hit = self._phrase(j, self.lang.period_latest) or self._phrase(j, self.lang.period_year_ago)
        if base is None or hit is None or self._word(hit[0]) not in self.lang.period_words:
            return None
        quarter = (base.month - 1) // 3  # the one before the anchor's own, 0 = the last of the year before
        year = base.year - (quarter == 0) + int(hit[1])
        return _Found(i, hit[0] + 1, f"{year:04d}-Q{quarter or 4}")

    def _with_part_of_day(self, f: _Found) -> _Found:
        """"Minggu pagi", "yesterday morning": a part of the day right after a day makes it a TIME."""
        hit = self._phrase(f.end, self.lang.parts)
        if hit is not None and f.date is not None:
            return _Found(f.start, hit[0], f"{f.date.isoformat()}T{hit[1]}", "TIME", f.date)
        return f

    # --- clock times --------------------------------------------------------------------------

    def _clock(self, i: int) -> _Found | None:
        lang = self.lang
        k = i + 1 if self._word(i) in lang.approx else i  # "sekitar pukul 06.14"
        j = k + 1 if self._word(k) in lang.clock else k
        if j == k and lang.code != "en":
            return None
        if j == k and k > i:
            return None
        m = _CLOCK.match(self._word(j))
        hour = minute = None
        end = j + 1
        if self._word(j) in lang.clock_words:  # "noon Thursday", "midnight Friday", "at midday"
            day = self._day_after(end)
            if day is None:
                day = self.last_date or self._base()
                if day is None or self._word(i - 1) not in lang.clock_after:
                    return None
                day = (day, end)
            date, stop = day
            return _Found(i, stop, f"{date.isoformat()}T{lang.clock_words[self.words[j]]}", "TIME", date)
        if m:
            hour, minute = int(m.group(1)), int(m.group(2))
        elif _DAY.match(self._word(j)) and self._word(j + 1) in lang.meridiem:
            hour, minute = int(self.words[j]), 0
        if hour is None or hour > 24 or minute > 59:
            return None
        if j == i and lang.code == "en" and self._word(end) not in lang.meridiem and not m:
            return None
        if j == i and lang.code == "en" and m and self._word(end) not in lang.meridiem and self._word(i - 1) not in lang.clock_after:
            return None
        if self._word(end) in lang.meridiem:
            if self.words[end].startswith("p") and hour < 12:
                hour += 12
            if self.words[end].startswith("a") and hour == 12:
                hour = 0
            end += 1
        zone = lang.zones.get(self._word(end))
        if zone is not None:
            end += 1
        part = self._phrase(end, lang.parts)  # "pukul 05.20 pagi"
        if part is not None:
            end = part[0]
        after = self._day_after(end)  # "10 p.m. Wednesday", "5 p.m. EST, Nov. 6"
        if after is not None:
            date, end = after
            return _Found(i, end, f"{date.isoformat()}T{hour:02d}:{minute:02d}", "TIME", date)
        day = self.last_date or self._base()
        if day is None:
            return _Found(i, end, f"T{hour:02d}:{minute:02d}", "TIME")
        return _Found(i, end, f"{day.isoformat()}T{hour:02d}:{minute:02d}", "TIME")

    def _day_after(self, i: int) -> tuple[dt.date, int] | None:
        """A weekday or a date right after a clock time (a comma may come between): (date, end)."""
        j = i + 1 if self._word(i) == "," else i
        if self._word(j) not in self.lang.weekdays and self._month_at(j) is None and not _DAY.match(self._word(j)):
            return None
        saved_anchor, saved_last = self.anchor, self.last_date
        found = self._weekday_date(j) or self._date(j) or self._relative(j)
        self.anchor, self.last_date = saved_anchor if saved_anchor else self.anchor, saved_last
        if found is None or found.date is None or found.type != "DATE":
            return None
        return found.date, found.end

    # --- durations and sets -------------------------------------------------------------------

    def _duration(self, i: int) -> _Found | None:
        """"tiga hari", "two weeks", "dua menit", "two-week", "beberapa bulan", "up to 180 days";
        with "lalu"/"ago" after it, the day it points back to."""
        lang = self.lang
        word = self._word(i)
        if "-" in word and lang.code == "en":  # "two-week", "eight-year", "30-day", "day-long", "several-year"
            parts = word.split("-")
            if parts[-1] in lang.age_words:  # "44-year-old" is an age
                return None
            if parts[-1] in lang.unit_suffixes:
                parts.pop()
            unit = parts[-1]
            if unit in lang.units and not unit.endswith("s") and len(parts) <= 2:  # not "three-quarters"
                if len(parts) == 1:
                    return _Found(i, i + 1, _period(1, lang.units[unit]), "DURATION")
                value = _simple_number(parts[0], lang.code)
                if value is not None or parts[0] in lang.vague:
                    return _Found(i, i + 1, _period(value, lang.units[unit]), "DURATION")
        if lang.code == "en" and self._word(i + 1) == "-" and self._glued(i) and self._glued(i + 1):  # "10-year", "8-month-old"
            value, unit = _simple_number(word, lang.code), self._word(i + 2)
            head, _, suffix = unit.partition("-")
            if suffix in lang.unit_suffixes:
                unit = head
            aged = suffix in lang.age_words or self._word(i + 4) in lang.age_words
            if value is not None and unit in lang.units and not unit.endswith("s") and not aged:
                return _Found(i, i + 3, _period(value, lang.units[unit]), "DURATION")
        if (
            lang.code == "en" and word in lang.units and word.endswith("s") and word.rstrip("s") in lang.units
            and self._word(i - 1) in lang.before_vague_plural
        ):  # "for centuries", "within weeks": an unknown number of them
            return _Found(i, i + 1, _period(None, lang.units[word]), "DURATION")
        if word in lang.vague_units:
            return _Found(i, i + 1, _period(None, lang.vague_units[word]), "DURATION")
        vague = self._phrase(i, lang.vague)
        if vague is not None and self._word(vague[0]) in lang.units:
            end = vague[0] + 1
            return _Found(i, end, _period(None, lang.units[self.words[vague[0]]]), "DURATION")
        number = self._number(i)
        if number is None and word in lang.one and self._word(i + 1) in lang.units:
            number = (i + 1, 1)  # "a week", "a year ago"
        if number is None:
            return None
        j, value = number
        if self._word(j) == "-" and self._number(j + 1):  # "2-3 hari": the upper bound
            j, value = self._number(j + 1)
        if (half := _FRACTION.fullmatch(self._word(j))) and int(half[2]):  # "2 1/2 years"
            value, j = value + int(half[1]) / int(half[2]), j + 1
        if self._word(j) in lang.unit_fillers and self._word(j + 1) in lang.units:  # "20 more years"
            j += 1
        unit_word = self._word(j)
        if unit_word not in lang.units or self._word(j + 1) in lang.age_words:  # "37 years old" is an age
            return None
        if unit_word == "minggu" and self.raw[j] == "Minggu" and self._word(j + 1) == "(":
            return None
        unit = lang.units[unit_word]
        end = j + 1
        ago = self._phrase(end, lang.ago)
        later = self._phrase(end, lang.later)
        if word in lang.one and unit == "S" and self._word(end)[:1].isalpha() and not (ago or later):
            return None  # "a second betrayal"
        base = self._base()
        if (ago or later) and base is not None and unit not in _CLOCK_UNITS and float(value).is_integer():
            sign = -1 if ago else 1
            stop = (ago or later)[0]
            value_str = _shift(base, unit, sign * int(value), exact=True)
            if value_str is not None:
                date = dt.date.fromisoformat(value_str) if len(value_str) == 10 else None
                return _Found(i, stop, value_str, date=date)
        return _Found(i, end, _period(value, unit), "DURATION")

    def _every(self, i: int) -> _Found | None:
        lang = self.lang
        if self._word(i) in lang.sets:
            return _Found(i, i + 1, lang.sets[self.words[i]], "SET")
        if self._word(i) in lang.every and self._word(i + 1) in lang.units:
            return _Found(i, i + 2, _period(1, lang.units[self.words[i + 1]]), "SET")
        return None

    def _reference(self, i: int) -> _Found | None:
        hit = self._phrase(i, self.lang.references)
        if hit is None or self._word(hit[0]) in self.lang.units or self._number(hit[0]) is not None:
            return None
        if self._word(hit[0]) in self.lang.not_before_reference:  # "as soon as", "as recently as"
            return None
        return _Found(i, hit[0], str(hit[1]))


# --- calendar arithmetic ---------------------------------------------------------------------


#: how much farther a past date may be than a future one and still be chosen (news tells the past)
PAST_LEAN = 1.5


#: the same for a weekday named alone: only tomorrow's is nearer than the last one
WEEKDAY_LEAN = 3.0


def _lean_past(candidates: list, base: dt.date, future: bool, offset, lean: float = PAST_LEAN) -> object:
    """The candidate nearest the anchor, a future one counting ``lean`` times its distance; in a
    sentence about the future, the first one not before it. ``offset(c)`` is signed (negative = past)."""
    if future:
        return next((c for c in candidates if offset(c) >= 0), candidates[-1])
    return min(candidates, key=lambda c: (offset(c) * lean if offset(c) > 0 else -offset(c), offset(c)))


def _weekday_near(base: dt.date, weekday: int, direction: int, next_week: bool = False) -> dt.date:
    """The weekday nearest to ``base`` on the side ``direction`` points to (the same day counts)."""
    if direction < 0:
        return base - dt.timedelta(days=(base.isoweekday() - weekday) % 7)
    days = (weekday - base.isoweekday()) % 7
    if next_week and days == 0:
        days = 7
    return base + dt.timedelta(days=days)


def _holiday_date(rule: str, year: int) -> dt.date:
    """A holiday's day in a year: "12-25" (fixed), "easter", or "11-thu-4" (the 4th Thursday of November)."""
    if rule == "easter":
        return dateutil.easter.easter(year)
    month, *nth = rule.split("-")
    if len(nth) == 1:
        return dt.date(year, int(month), int(nth[0]))
    weekday, n = _WEEKDAY_CODES.index(nth[0]) + 1, int(nth[1])
    first = dt.date(year, int(month), 1)
    return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))


_WEEKDAY_CODES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _shift(base: dt.date, unit: str, n: int, exact: bool = False) -> str | None:
    """The calendar unit ``n`` steps from ``base``: week -> 2024-W45, month -> 2024-10, year -> 2023.
    With ``exact`` ("dua hari lalu"), days are the day itself and weeks/months/years keep their unit."""
    if unit == "D":
        return (base + dt.timedelta(days=n)).isoformat()
    if unit == "W":
        day = base + dt.timedelta(weeks=n)
        if exact:
            return day.isoformat()
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if unit == "M":
        month = base.year * 12 + base.month - 1 + n
        return f"{month // 12:04d}-{month % 12 + 1:02d}"
    if unit == "Y":
        return f"{base.year + n:04d}"
    if unit == "Q":
        quarter = base.year * 4 + (base.month - 1) // 3 + n
        return f"{quarter // 4:04d}-Q{quarter % 4 + 1}"
    if unit == "DE":
        return f"{(base.year // 10 + n):03d}"
    if unit == "CE":
        return f"{(base.year // 100 + n):02d}"
    if unit == "WE":
        day = base + dt.timedelta(weeks=n)
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}-WE"
    return None


def _period(value: float | None, unit: str) -> str:
    """P3D, PT2M, PXM, P10Y (decade), P2Q -> P6M."""
    amount = "X" if value is None else (str(int(value)) if float(value).is_integer() else str(value))
    if unit in _CLOCK_UNITS:
        return f"PT{amount}{'M' if unit == 'MIN' else unit}"
    if unit == "DE":
        return "PXDE" if value is None else f"P{int(value * 10)}Y"
    if unit == "CE":
        return "PXCE" if value is None else f"P{int(value * 100)}Y"
    if unit == "Q":
        return "PXQ" if value is None else f"P{int(value * 3)}M"
    if unit == "WINDU":
        return "PXY" if value is None else f"P{int(value * 8)}Y"
    if unit == "WE":
        return f"P{amount}WE"
    if unit == "Y" and value is not None and not float(value).is_integer() and float(value * 12).is_integer():
        return f"P{int(value)}Y{int(value * 12) % 12}M"  # 2.5 years -> P2Y6M
    return f"P{amount}{unit}"


_WORD_KINDS = frozenset({"unit", "teen", "tens"})  # number words that stand alone: two, ten, twenty (warta.numbers)


def _simple_number(word: str, lang: str) -> int | None:
    """The number of one word: "30" (30-day), "two" (two-week); None for anything else."""
    if word.isascii() and word.isdigit():
        return int(word)
    entry = numbers.words(lang).get(word)
    return int(entry[1]) if entry is not None and entry[0] in _WORD_KINDS else None


@stage(
    "times.v1",
    requires=["doc.text", "doc.lang", "doc.tokens", "doc.sentences"],
    assigns=["doc.times", "doc.published"],
)
def make_times(settings: Settings) -> Times:
    return Times(settings)
