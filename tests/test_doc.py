"""The document model: JSON round trips, span checks, pickling."""

from __future__ import annotations

import json
import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import warta
from warta.doc import Acled, Argument, Claim, Credit, Dateline, Doc, Entity, Event, Place, Quantity, Quote, Source, Speaker, Time, Via
from warta.errors import DocumentError

CONTRACT_KEYS = {"id", "lang", "published", "text", "source", "entities", "places", "times", "quantities", "events", "quotes", "claims"}


@st.composite
def spans(draw: st.DrawFn, size: int) -> tuple[int, int]:
    start = draw(st.integers(0, size))
    return (start, draw(st.integers(start, size)))


@st.composite
def docs(draw: st.DrawFn) -> Doc:
    """Documents with every kind of record, every span inside the text."""
    text = draw(st.text(min_size=0, max_size=200))
    n = len(text)
    span = lambda: draw(spans(n))  # noqa: E731
    optional = lambda strategy: draw(st.none() | strategy)  # noqa: E731
    words = st.text(min_size=1, max_size=12)
    number = st.integers(-10**9, 10**9) | st.floats(allow_nan=False, allow_infinity=False, width=32)
    return Doc(
        id=draw(words),
        text=text,
        lang=optional(st.sampled_from(["id", "en"])),
        lang_confidence=optional(st.floats(0, 1)),
        published=optional(st.dates().map(lambda d: d.isoformat())),
        title=optional(words),
        source=Source(
            publisher=optional(words),
            url=optional(words),
            author=optional(words),
            via=[Via(publisher=optional(words), url=optional(words), span=optional(spans(n))) for _ in range(draw(st.integers(0, 2)))],
            credits=[Credit(role="author", name=draw(words), span=span())],
            dateline=optional(st.builds(Dateline, place=st.none() | words, span=spans(n))),
        ),
        entities=[Entity(id=f"E{i}", label="PER", name=draw(words), country=optional(words), mentions=[span(), span()]) for i in range(draw(st.integers(0, 3)))],
        places=[Place(id="P1", name=draw(words), geonames=optional(st.integers(1, 10**7)), lat=optional(st.floats(-90, 90)), lon=optional(st.floats(-180, 180)), mentions=[span()])],
        times=[Time(id="T1", span=span(), value=optional(words), type="DATE")],
        quantities=[Quantity(id="Q1", span=span(), value=optional(number), min=optional(number), approx=draw(st.booleans()), unit=optional(words))],
        events=[
            Event(
                id="V1", type="ASSAULT", mode=optional(words), acled=optional(st.builds(Acled, event_type=words)),
                trigger=span(), sentence=span(), actor=Argument(span=span(), entity="E1", code="RUS", sector="MIL"),
                target=optional(st.builds(Argument, span=spans(n))), place="P1", date=optional(words),
                quantities=["Q1"], fatalities=optional(st.integers(0, 1000)), confidence=optional(st.floats(0, 1)),
            )
        ],
        quotes=[Quote(id="U1", span=span(), cue=optional(spans(n)), direct=draw(st.booleans()), speaker=Speaker(span=span(), entity=optional(words)))],
        claims=[Claim(id="C1", content=span(), cue=span(), stance="asserts", claimant=optional(st.builds(Speaker, span=spans(n))), evidence=optional(words))],
        sentences=[span()],
    )


@settings(max_examples=150, deadline=None)
@given(docs())
def test_doc_json_round_trip_is_identical(doc: Doc) -> None:
    data = doc.to_json()
    back = Doc.from_json(data)
    assert back == doc
    assert back.to_json() == data


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400), st.sampled_from(["id", "en"]))
def test_doc_pipeline_on_any_text_round_trips_with_offsets_inside(text: str, lang: str) -> None:
    pipeline = warta.load()
    outcome = next(pipeline.pipe([text], lang=lang))
    if isinstance(outcome, warta.Rejected):
        assert outcome.code == "empty" and not text.strip()
        return
    doc = outcome
    assert doc.text == text
    for name, (start, end) in doc.spans():
        assert 0 <= start <= end <= len(text), name
    assert Doc.from_json(doc.to_json()) == doc


def test_doc_json_has_every_contract_field(seed_text: str) -> None:
    data = json.loads(warta.extract(seed_text).to_json())
    assert CONTRACT_KEYS <= set(data)
    assert set(data["source"]) >= {"publisher", "url", "author", "via"}
    assert data["text"] == seed_text


@pytest.mark.parametrize(
    "change, message",
    [
        ({"entities": [{"id": "E1", "label": "PER", "name": "X", "mentions": [[0, 999]]}]}, "outside the text"),
        ({"times": [{"id": "T1", "span": [3, 1], "value": "2024", "type": "DATE"}]}, "outside the text"),
        ({"times": [{"id": "T1", "span": [0, "4"], "type": "DATE"}]}, "two integers"),
        ({"entities": [{"id": "E1", "name": "X"}]}, "label: missing"),
        ({"events": "none"}, "expected a list"),
        ({"text": None}, "expected a string"),
    ],
)
def test_doc_from_json_rejects_broken_documents(change: dict, message: str) -> None:
    data = {"id": "d1", "text": "Rusia menyerang.", **change}
    with pytest.raises(DocumentError, match=message):
        Doc.from_json(data)


def test_doc_from_json_reports_invalid_json() -> None:
    with pytest.raises(DocumentError, match="not a JSON document"):
        Doc.from_json("{not json")


def test_doc_pickles(seed_text: str) -> None:
    doc = warta.extract(seed_text)
    back = pickle.loads(pickle.dumps(doc))
    assert back == doc and back.tokens == doc.tokens


def test_doc_content_hash_depends_on_text_only() -> None:
    a = Doc(id="a", text="Rusia menyerang Kharkiv.", lang="id")
    b = Doc(id="b", text="Rusia menyerang Kharkiv.", lang="en", published="2024-01-01")
    assert a.content_hash == b.content_hash
    assert a.content_hash != Doc(id="a", text="Rusia menyerang Kyiv.").content_hash
