"""provenance.v1: who published the report, who wrote it, and where it was taken from.

From the text, in the report's language (``warta/lang/<code>/provenance.yaml``) and a shared
list of outlets and wire agencies (``warta/lang/xx/publishers.yaml``):

- the **dateline** in the first lines: "ETIndonesia. Pada ...", "JAKARTA, KOMPAS.com - ",
  "Liputan6.com, Jakarta - ", "KYIV, Nov 12 (Reuters) - ", "RALEIGH, N.C. (AP) - ",
  "ATLANTA (AP) An aide ..." (a known agency needs no dash), "KOLKATA, India – ", "Jakarta - ".
  An outlet named there is the publisher, unless ingest already knew one (record field, HTML site
  name); a wire agency in parentheses is a step of the republished-from chain (``via``) unless it
  is the publisher.
  A dateline that names no known outlet ("Jakarta - ") must be followed by a sentence, not by a
  lowercase word ("Presiden Joko Widodo – yang akrab disapa ...");
- **source lines**: "Sumber : NDTV.com", "Source: Reuters", "Artikel ini telah tayang di
  Kompas.com ..." -> ``via``; only outlets count (known ones, any other web address, a CamelCase
  name), so a cited data source ("Sumber: Kementerian Kesehatan", "Sumber: bmkg.go.id", under
  ``not_outlets`` in publishers.yaml) is not a step of the chain;
- **credits**: editors' initials "(hui)", "(rdp/imk)" alone on a line or after a sentence's end;
  "Penulis: ...", "Editor: ..."; "(Reporting by ...; Editing by ...)"; "By ..." in the first
  lines -> ``credits``, the first author -> ``author``.

Every finding keeps the span of the words it was read from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import lang as langdata
from ..doc import Credit, Dateline, Doc, Span, Via
from ..registry import stage
from ..settings import Settings

_HEAD_LINES = 4  # datelines and bylines sit in the first lines ...
_TAIL_LINES = 6  # ... source and credit lines in the last ones

_DOMAIN = re.compile(
    r"^(?:https?://)?(?:www\.)?(?P<host>[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|co|id|tv|info|news|int|io|uk|au|ua|ru|cn))"
    r"(?:/\S*)?$",
    re.IGNORECASE,
)
_CAMEL = re.compile(r"^[A-Z]{1,4}[a-z]*[A-Z][a-z]+\w*$")  # ETIndonesia, detikNews is lower-first: known list
_INITIALS = re.compile(r"(?:^|[.!?…”\"’])\s*\((?P<all>[a-z]{2,5}(?:\s*/\s*[a-z]{2,5})*)\)\s*$")
_CAPITALISED = r"[A-Z][\w.'’-]*"
# "RALEIGH, N.C. (AP) - ", "KYIV, Nov 12 (Reuters) - ", "SOUTH WAZIRISTAN, April 5 (APP):", a press
# release's "PLEASANTON, Calif.--(BUSINESS WIRE)--DeltaTrak" (its agency sometimes lost: "--( )--"), and
# with a known agency no dash at all ("ATLANTA (AP) An aide ..."; "\ufffd" is a dash whose encoding was lost)
_DATELINE_AGENCY = re.compile(
    r"^(?P<place>[A-Z][\w.'’ -]{1,40}?)(?:,\s*(?:[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*){0,2}))??"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?(?:\s*|--)\((?P<agency>[^()\n]{1,40})\)"
    r"(?:\s*(?:-{1,2}|–|—|\ufffd)\s|--(?=[A-Z])|:\s*(?=\S)|\s+(?P<bare>(?=[A-Z\"“])))"
)
_DATELINE_PLACE_PUB = re.compile(r"^(?P<place>[A-Z][\w.'’ ]{1,40}?),\s*(?P<pub>[^,\n]{2,40}?)\s*(?:-{1,2}|–|—)\s")
_DATELINE_PUB_FIRST = re.compile(
    r"^(?P<pub>[A-Za-z][\w.]*?)(?:(?P<dot>\.)\s+|,\s*(?P<place>[A-Z][\w ]{1,30}?)\s*(?:-{1,2}|–|—)\s)"
)
_DATELINE_PLACE = re.compile(r"^(?P<place>[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,2})\s+(?:-{1,2}|–|—)\s+\S")
# a place in capitals and its region, no outlet: "KOLKATA, India – ", "CAMP MURRAY, Wash. - "
_DATELINE_CAPS_REGION = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,3}),\s*[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*){0,2}\s*(?:-{1,2}|–|—)\s+\S"
)


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str


class Provenance:
    def __init__(self, settings: Settings):
        self.publishers: dict[str, tuple[str, bool]] = {}
        data = langdata.load("xx", "publishers")
        self.not_outlets = tuple("." + suffix.lower() for suffix in data["not_outlets"])
        for entry in data["publishers"]:
            value = (entry["name"], bool(entry.get("agency")))
            for key in [entry["name"], *entry.get("aliases", []), *entry.get("domains", [])]:
                self.publishers[key.lower()] = value
        self.cues = {code: self._compile(code) for code in settings.languages if code in langdata.available("provenance")}

    @staticmethod
    def _compile(code: str) -> dict[str, object]:
        data = langdata.load(code, "provenance")

        def alternatives(words: list[str]) -> str:
            return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))

        name = rf"{_CAPITALISED}(?:\s+(?:{_CAPITALISED}|{alternatives(data['name_particles'])}))*"
        conjunction = alternatives(data["conjunctions"])
        return {
            "name": re.compile(name),
            "conjunction": re.compile(rf"^(?i:{conjunction})\s+"),
            # one outlet in a source line's list: "Reuters, AFP", "VOA Indonesia dan BBC", "Antara/Reuters", a URL
            "source_part": re.compile(rf"https?://[^\s,;]+|[^,;/&]+?(?=\s+(?i:{conjunction})\s|[,;/&]|$)"),
            "byline_first_lines_only": {w.lower() for w in data["byline_first_lines_only"]},
            # a byline the dateline follows on its line: "By Nate Raymond. BOSTON (Reuters) - "
            "byline_before_dateline": re.compile(
                rf"^(?i:{alternatives(data['byline_first_lines_only'])})\s+(?P<names>{name}(?:\s*(?:,|&|\b(?i:{conjunction})\b)\s*{name})*)\s*[.,]\s+(?=[A-Z])"
            ),
            "source": re.compile(rf"^\s*(?i:{alternatives(data['source_labels'])})\s*:\s*(?P<value>.+?)\s*$"),
            "republished": re.compile(
                rf"^\s*(?i:{alternatives(data['republished'])})\s+(?P<value>[\w.]+(?:\s+[A-Z][\w.]*){{0,3}})"
            ),
            "credits": [
                (role, re.compile(rf"^(?i:{alternatives(labels)})\s*:?\s+(?P<names>{name}(?:\s*(?:,|&|\b(?i:{conjunction})\b)\s*{name})*)\s*$"))
                for role, labels in data["credit_labels"].items()
            ],
        }

    # --- lookups --------------------------------------------------------------------------------

    def outlet(self, words: str) -> tuple[str, str | None, bool] | None:
        """(publisher name, url, is an agency) for words naming an outlet, or None."""
        words = words.strip().strip(".,;:")
        known = self.publishers.get(words.lower())
        match = _DOMAIN.match(words)
        if match:
            host = match.group("host")
            known = known or self.publishers.get(host.lower())
            if not known and ("." + host.lower()).endswith(self.not_outlets):
                return None
            name = known[0] if known else host.split(".")[0]
            return name, words, bool(known and known[1])
        if known:
            return known[0], None, known[1]
        return None

    # --- the stage ------------------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        cues = self.cues.get(doc.lang or "")
        lines = [line for line in _lines(doc.text) if line.text.strip()]
        head, tail = lines[:_HEAD_LINES], lines[-_TAIL_LINES:]
        source = doc.source
        via: list[Via] = []

        bylines: list[Credit] = []
        if cues is not None:  # "By Nate Raymond. BOSTON (Reuters) - ": the byline, then the dateline
            head = [self._after_byline(line, cues, bylines) for line in head]
        dateline = self._dateline(head)
        source.credits.extend(bylines)
        if dateline is not None:
            source.dateline = Dateline(place=dateline[0], span=dateline[1])
            publisher, agency = dateline[2], dateline[3]
            if publisher and source.publisher is None:
                source.publisher, source.publisher_span = publisher[0], publisher[1]
            if agency and agency[0] != source.publisher:
                via.append(Via(publisher=agency[0], url=None, span=agency[1]))

        if cues is not None:
            for line in tail:
                via.extend(self._source_line(line, cues))
            for line in [*head, *(line for line in tail if line not in head)]:
                source.credits.extend(self._credits(line, cues, first_lines=line in head))
        for line in tail:
            source.credits.extend(_initials(line))

        seen: set[tuple[str | None, str | None]] = set()
        for step in sorted(via, key=lambda v: v.span or (0, 0)):
            key = (step.publisher, step.url)
            if key not in seen and step.publisher != source.publisher:
                seen.add(key)
                source.via.append(step)
        source.credits.sort(key=lambda c: c.span or (0, 0))
        if source.author is None:
            source.author = next((c.name for c in source.credits if c.role == "author"), None)
        return doc

    def _after_byline(self, line: _Line, cues: dict[str, object], credits: list[Credit]) -> _Line:
        """The rest of a line that opens with a byline and goes on in capitals ("By JILL COLVIN and
        GILLIAN WONG, Associated Press WASHINGTON (AP) — ..."), its outlet skipped; the names go to
        ``credits`` as authors. Any other line as it is."""
        m = cues["byline_before_dateline"].match(line.text)  # type: ignore[attr-defined]
        if not m:
            return line
        rest = m.end()
        words = line.text[rest:].split(" ", 3)
        for n in (3, 2, 1):  # "Associated Press WASHINGTON": the outlet before the place
            if len(words) > n and self.outlet(" ".join(words[:n])):
                rest += len(" ".join(words[:n])) + 1
                break
        if not line.text[rest:].split(" ", 1)[0].isupper():
            return line  # "By Jane Doe, Staff Writer": no dateline follows
        credits += _named(m, line.start, "author", cues)
        return _Line(line.start + rest, line.end, line.text[rest:])

    def _dateline(self, head: list[_Line]) -> tuple[str | None, Span, tuple[str, Span] | None, tuple[str, Span] | None] | None:
        """(place, span, (publisher, span) or None, (agency, span) or None) from the first lines."""
        for line in head:
            text = line.text
            m = _DATELINE_AGENCY.match(text)
            found = self.outlet(m.group("agency")) if m else None
            if m and (found or (m.group("bare") is None and _sentence_at(text, m.end()))):
                agency = (found[0], _at(line, m, "agency")) if found else None
                return m.group("place").strip(), (line.start, line.start + m.end()), None, agency
            m = _DATELINE_PLACE_PUB.match(text)
            if m and len(m.group("place").split()) <= 3:
                found = self.outlet(m.group("pub"))
                if found:
                    return m.group("place").strip(), (line.start, line.start + m.end()), (found[0], _at(line, m, "pub")), None
            m = _DATELINE_PUB_FIRST.match(text)
            if m:
                found = self.outlet(m.group("pub")) or (
                    (m.group("pub"), None, False) if _CAMEL.match(m.group("pub")) else None
                )
                if found:
                    place = m.group("place").strip() if m.group("place") else None
                    return place, (line.start, line.start + m.end() - (1 if m.group("dot") else 0)), (found[0], _at(line, m, "pub")), None
            m = _DATELINE_PLACE.match(text) or _DATELINE_CAPS_REGION.match(text)
            if m and _sentence_at(text, m.end() - 1):
                return m.group("place"), (line.start, line.start + m.end() - 1), None, None
        return None

    def _source_line(self, line: _Line, cues: dict[str, object]) -> list[Via]:
        found: list[Via] = []
        for key in ("source", "republished"):
            m = cues[key].match(line.text)  # type: ignore[attr-defined]
            if not m:
                continue
            value_start = line.start + m.start("value")
            for part in cues["source_part"].finditer(m.group("value")):  # type: ignore[attr-defined]
                words = cues["conjunction"].sub("", part.group().strip()).strip(".,;:")  # type: ignore[attr-defined]
                outlet = self.outlet(words) or ((words, None, False) if _CAMEL.match(words) else None)
                if outlet:
                    offset = part.group().index(words)
                    start = value_start + part.start() + offset
                    found.append(Via(publisher=outlet[0], url=outlet[1], span=(start, start + len(words))))
        return found

    def _credits(self, line: _Line, cues: dict[str, object], first_lines: bool) -> list[Credit]:
        """Credit lines: "Penulis: Ani", "(Reporting by Jane Doe; Editing by John Roe)", "By Jane Doe"."""
        text = line.text
        inner_start = len(text) - len(text.lstrip())
        inner = text.strip()
        if inner.startswith("(") and inner.endswith(")"):
            inner_start += 1
            inner = inner[1:-1]
        credits: list[Credit] = []
        offset = 0
        for part in inner.split(";"):
            stripped = part.strip()
            part_start = line.start + inner_start + offset + (len(part) - len(part.lstrip()))
            offset += len(part) + 1
            for role, pattern in cues["credits"]:  # type: ignore[attr-defined]
                m = pattern.match(stripped)
                if not m:
                    continue
                if stripped.split(" ", 1)[0].lower() in cues["byline_first_lines_only"] and not first_lines:  # type: ignore[operator]
                    continue
                credits += _named(m, part_start, role, cues)
                break
        return credits


def _named(m: re.Match[str], offset: int, role: str, cues: dict[str, object]) -> list[Credit]:
    """One credit per name in the ``names`` group of a credit or byline match (``offset``: where the
    matched text starts in the report)."""
    start = offset + m.start("names")
    return [Credit(role=role, name=name.group(), span=(start + name.start(), start + name.end()))
            for name in cues["name"].finditer(m.group("names"))]  # type: ignore[attr-defined]


def _initials(line: _Line) -> list[Credit]:
    """Editors' initials closing a report: "(hui)", "(rdp/imk)": the first is the author, the rest editors.

    They stand alone on their line or right after a sentence's end ("... ujarnya. (hui)"); a
    lowercase word in brackets inside a sentence ("... ditunda (ini)") is not a credit.
    """
    m = _INITIALS.search(line.text)
    if not m:
        return []
    credits = []
    for i, part in enumerate(re.finditer(r"[a-z]+", m.group("all"))):
        start = line.start + m.start("all") + part.start()
        credits.append(Credit(role="author" if i == 0 else "editor", name=part.group(), span=(start, start + len(part.group()))))
    return credits


def _sentence_at(text: str, at: int) -> bool:
    """Whether a sentence can start at ``at``: a dateline is followed by one, not by a lowercase word."""
    return at < len(text) and not text[at].islower()


def _lines(text: str) -> list[_Line]:
    lines, start = [], 0
    for piece in text.split("\n"):
        lines.append(_Line(start, start + len(piece), piece))
        start += len(piece) + 1
    return lines


def _at(line: _Line, match: re.Match[str], group: str) -> Span:
    return (line.start + match.start(group), line.start + match.end(group))


@stage("provenance.v1", requires=["doc.text", "doc.lang", "doc.source"], assigns=["doc.source"])
def make_provenance(settings: Settings) -> Provenance:
    return Provenance(settings)
