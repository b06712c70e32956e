"""The document model: one ``Doc`` owns the text, every annotation is a view into it.

A span is ``(start, end)``: Python string indices into ``Doc.text``, end-exclusive. Records
(entities, places, times, ...) hold spans and attributes, never copies of the text, so the words
behind any record are always ``doc.text[start:end]``.

``Doc.to_json()`` writes exactly the contract in DESIGN.md ("The JSON document"), plus a few
added fields (``lang_confidence``, ``title``, ``published_source``, ``sentences``, ``input``,
``source.publisher_span``, ``source.credits``, ``source.dateline``, spans on ``via`` entries).
``Doc.from_json()`` reads it back and checks every span against the text.
"""

from __future__ import annotations

import bisect
import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, ClassVar, Iterator

from .errors import DocumentError

Span = tuple[int, int]

# How a field is written to and read from JSON; kept in dataclass field metadata.
_SPAN, _SPANS, _NESTED, _NESTED_LIST, _RUNTIME = "span", "spans", "nested", "nested_list", "runtime"


def _span(*, required: bool = False) -> Any:
    if required:
        return field(metadata={"kind": _SPAN})
    return field(default=None, metadata={"kind": _SPAN})


def _spans() -> Any:
    return field(default_factory=list, metadata={"kind": _SPANS})


def _nested(cls: str) -> Any:
    return field(default=None, metadata={"kind": _NESTED, "cls": cls})


def _nested_list(cls: str) -> Any:
    return field(default_factory=list, metadata={"kind": _NESTED_LIST, "cls": cls})


class Record:
    """Shared JSON conversion for every record type, driven by the dataclass fields."""

    _registry: ClassVar[dict[str, type[Record]]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        Record._registry[cls.__name__] = cls

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):  # type: ignore[arg-type]
            kind = f.metadata.get("kind")
            value = getattr(self, f.name)
            if kind == _RUNTIME:
                continue
            if kind == _SPAN:
                out[f.name] = None if value is None else [value[0], value[1]]
            elif kind == _SPANS:
                out[f.name] = [[s, e] for s, e in value]
            elif kind == _NESTED:
                out[f.name] = None if value is None else value.to_dict()
            elif kind == _NESTED_LIST:
                out[f.name] = [item.to_dict() for item in value]
            elif isinstance(value, list):
                out[f.name] = list(value)
            else:
                out[f.name] = value
        return out

    @classmethod
    def from_dict(cls, data: Any, where: str) -> Any:
        if not isinstance(data, dict):
            raise DocumentError(f"{where}: expected an object, got {type(data).__name__}")
        kwargs: dict[str, Any] = {}
        for f in dataclasses.fields(cls):  # type: ignore[arg-type]
            kind = f.metadata.get("kind")
            if kind == _RUNTIME:
                continue
            here = f"{where}.{f.name}"
            required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
            if f.name not in data:
                if required:
                    raise DocumentError(f"{here}: missing")
                continue
            value = data[f.name]
            if kind == _SPAN:
                kwargs[f.name] = None if value is None else _read_span(value, here)
            elif kind == _SPANS:
                kwargs[f.name] = [_read_span(v, f"{here}[{i}]") for i, v in enumerate(_read_list(value, here))]
            elif kind == _NESTED:
                sub = Record._registry[f.metadata["cls"]]
                kwargs[f.name] = None if value is None else sub.from_dict(value, here)
            elif kind == _NESTED_LIST:
                sub = Record._registry[f.metadata["cls"]]
                kwargs[f.name] = [sub.from_dict(v, f"{here}[{i}]") for i, v in enumerate(_read_list(value, here))]
            elif isinstance(f.default_factory, type) and f.default_factory is list:
                kwargs[f.name] = list(_read_list(value, here))
            else:
                kwargs[f.name] = value
        return cls(**kwargs)

    def spans(self) -> Iterator[tuple[str, Span]]:
        """Every span this record holds, with a name saying where it sits."""
        for f in dataclasses.fields(self):  # type: ignore[arg-type]
            kind = f.metadata.get("kind")
            value = getattr(self, f.name)
            if kind == _SPAN and value is not None:
                yield f.name, value
            elif kind == _SPANS:
                for i, s in enumerate(value):
                    yield f"{f.name}[{i}]", s
            elif kind == _NESTED and value is not None:
                for name, s in value.spans():
                    yield f"{f.name}.{name}", s
            elif kind == _NESTED_LIST:
                for i, item in enumerate(value):
                    for name, s in item.spans():
                        yield f"{f.name}[{i}].{name}", s


def _read_list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise DocumentError(f"{where}: expected a list, got {type(value).__name__}")
    return value


def _read_span(value: Any, where: str) -> Span:
    if (
        not isinstance(value, (list, tuple))
        or len(value) != 2
        or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    ):
        raise DocumentError(f"{where}: a span is [start, end] with two integers, got {value!r}")
    return (value[0], value[1])


def text_hash(text: str) -> str:
    """SHA-256 (hex) of a report's text: its identity in the store and the root of generated ids."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


# --- provenance -------------------------------------------------------------------------------


@dataclass(slots=True)
class Via(Record):
    """One step of the republished-from chain: "Sumber : NDTV.com", "(AFP) -"."""

    publisher: str | None = None
    url: str | None = None
    span: Span | None = _span()


@dataclass(slots=True)
class Credit(Record):
    """A byline or credit: "(hui)", "(Reporting by Jane Doe; Editing by John Roe)"."""

    role: str = "author"
    name: str = ""
    span: Span | None = _span()


@dataclass(slots=True)
class Dateline(Record):
    """The opening "JAKARTA, KOMPAS.com -" or "KYIV (Reuters) -" of a report."""

    place: str | None = None
    span: Span | None = _span()


@dataclass(slots=True)
class Source(Record):
    publisher: str | None = None
    url: str | None = None
    author: str | None = None
    via: list[Via] = _nested_list("Via")
    publisher_span: Span | None = _span()
    credits: list[Credit] = _nested_list("Credit")
    dateline: Dateline | None = _nested("Dateline")


# --- annotations ------------------------------------------------------------------------------


@dataclass(slots=True)
class Entity(Record):
    id: str
    label: str
    name: str
    country: str | None = None
    sector: str | None = None
    kb: str | None = None
    mentions: list[Span] = _spans()


@dataclass(slots=True)
class Place(Record):
    id: str
    name: str
    geonames: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    feature: str | None = None
    precision: str | None = None
    mentions: list[Span] = _spans()
    # Added field: the report names the place only inside other names ("The Washington Post",
    # "University of California"), and perhaps as an actor: it is where nothing in the report happens.
    in_name: bool = False
    # Added field: the mentions (a subset of ``mentions``) that name the place without putting anything
    # there: as an actor ("Russia said" in a report that puts something in Russia), by its people's
    # adjective ("Russian officials"), or inside another name where the report names the place
    # otherwise ("the Nigerian Ministry of Foreign Affairs"). The events stage never takes them for
    # where something happened.
    associative: list[Span] = _spans()
    # Working layer for the events stage: the mentions inside another name ("Toronto Police"); not
    # part of the JSON document.
    name_mentions: list[Span] = field(default_factory=list, compare=False, repr=False, metadata={"kind": _RUNTIME})


@dataclass(slots=True)
class Time(Record):
    id: str
    span: Span = _span(required=True)
    value: str | None = None
    type: str = "DATE"


@dataclass(slots=True)
class Quantity(Record):
    id: str
    span: Span = _span(required=True)
    value: float | int | None = None
    min: float | int | None = None
    max: float | int | None = None
    approx: bool = False
    unit: str | None = None


@dataclass(slots=True)
class Acled(Record):
    event_type: str | None = None
    sub_event_type: str | None = None


@dataclass(slots=True)
class Argument(Record):
    """An event's actor or target: the words in the sentence and who they are."""

    span: Span | None = _span()
    entity: str | None = None
    code: str | None = None
    sector: str | None = None


@dataclass(slots=True)
class Event(Record):
    id: str
    type: str | None  # PLOVER; None for an occurrence only ACLED codes (a displacement, an election)
    mode: str | None = None
    cameo: str | None = None
    acled: Acled | None = _nested("Acled")
    trigger: Span | None = _span()
    sentence: Span | None = _span()
    actor: Argument | None = _nested("Argument")
    target: Argument | None = _nested("Argument")
    place: str | None = None
    date: str | None = None
    quantities: list[str] = field(default_factory=list)
    fatalities: int | None = None
    status: str = "asserted"
    claim: str | None = None
    confidence: float | None = None


@dataclass(slots=True)
class Speaker(Record):
    """Who speaks or claims: the words here ("ujarnya") and the entity they refer to."""

    span: Span | None = _span()
    entity: str | None = None


@dataclass(slots=True)
class Quote(Record):
    id: str
    span: Span = _span(required=True)
    cue: Span | None = _span()
    direct: bool = True
    speaker: Speaker | None = _nested("Speaker")


@dataclass(slots=True)
class Claim(Record):
    id: str
    content: Span = _span(required=True)
    cue: Span | None = _span()
    stance: str | None = None
    claimant: Speaker | None = _nested("Speaker")
    evidence: str | None = None
    status: str = "asserted"  # of what is claimed: asserted, hypothetical (hedged), denied


@dataclass(slots=True)
class InputInfo(Record):
    """Where the document came from: the input's name, its format and the encoding used."""

    name: str | None = None
    format: str | None = None
    encoding: str | None = None


@dataclass(slots=True)
class Doc(Record):
    """One report: the text, and every annotation as a view into it."""

    id: str
    text: str
    lang: str | None = None
    lang_confidence: float | None = None
    published: str | None = None
    published_source: str | None = None
    title: str | None = None
    source: Source = field(default_factory=Source, metadata={"kind": _NESTED, "cls": "Source"})
    entities: list[Entity] = _nested_list("Entity")
    places: list[Place] = _nested_list("Place")
    times: list[Time] = _nested_list("Time")
    quantities: list[Quantity] = _nested_list("Quantity")
    events: list[Event] = _nested_list("Event")
    quotes: list[Quote] = _nested_list("Quote")
    claims: list[Claim] = _nested_list("Claim")
    sentences: list[Span] = _spans()
    input: InputInfo = field(default_factory=InputInfo, metadata={"kind": _NESTED, "cls": "InputInfo"})
    # Working layer for later stages; not part of the JSON document (``segment`` recomputes it).
    tokens: list[Span] = field(default_factory=list, compare=False, repr=False, metadata={"kind": _RUNTIME})

    @property
    def content_hash(self) -> str:
        """SHA-256 of the text: the store's identity of a report."""
        return text_hash(self.text)

    def span_text(self, span: Span) -> str:
        return self.text[span[0] : span[1]]

    def sentence_at(self, char: int) -> int:
        """The index of the sentence that holds character ``char`` (0 when there are none)."""
        return max(0, bisect.bisect_right(self.sentences, char, key=lambda span: span[0]) - 1)

    def token_sentences(self) -> list[int]:
        """For each token, the index of its sentence (one walk over both sorted lists)."""
        starts = [s for s, _ in self.sentences]
        out, k, n = [], 0, len(starts)
        for s, _ in self.tokens:
            while k + 1 < n and starts[k + 1] <= s:
                k += 1
            out.append(k)
        return out

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls, data: str | bytes | dict[str, Any]) -> Doc:
        """Read a document written by ``to_json`` (or its dict); raise DocumentError if it breaks the contract."""
        if not isinstance(data, dict):
            try:
                data = json.loads(data)
            except ValueError as exc:
                raise DocumentError(f"not a JSON document: {exc}") from exc
        if isinstance(data, dict) and data.get("source") is None:
            data = {**data, "source": {}}
        if isinstance(data, dict) and data.get("input") is None:
            data = {**data, "input": {}}
        doc = cls.from_dict(data, where=str(data.get("id", "document")) if isinstance(data, dict) else "document")
        if not isinstance(doc.text, str):
            raise DocumentError(f"{doc.id}.text: expected a string")
        doc.validate()
        return doc

    def validate(self) -> None:
        """Check that every span lies inside the text; raise DocumentError naming the first that does not."""
        size = len(self.text)
        for name, (start, end) in self.spans():
            if not 0 <= start <= end <= size:
                raise DocumentError(
                    f"{self.id}: span {name} = [{start}, {end}] lies outside the text (length {size})"
                )


__all__ = [
    "Span", "Doc", "Source", "Via", "Credit", "Dateline", "Entity", "Place", "Time", "Quantity",
    "Acled", "Argument", "Event", "Speaker", "Quote", "Claim", "InputInfo", "text_hash",
]
