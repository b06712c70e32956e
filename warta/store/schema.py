"""The store's tables, one per kind of record, the same on SQLite and PostgreSQL.

Column names follow the JSON document: a span ``trigger`` is ``trigger_start``/``trigger_end``,
a nested object ``actor`` is ``actor_*`` (``actor_span_start``, ``actor_code``), a record's own
``id`` ("E1") is ``ref``. Lists inside a record (mentions, an event's quantities, the via chain)
are child tables keyed by ``(document_id, ref, position)``.

Tables are created only by migrations (``warta.store.migrations``); this module is the schema
as the newest migration leaves it.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)

metadata = MetaData()


def _doc_fk() -> Column:
    return Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False)


def _span(name: str) -> list[Column]:
    return [Column(f"{name}_start", Integer), Column(f"{name}_end", Integer)]


documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("doc_id", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("lang", String(8)),
    Column("lang_confidence", Float),
    Column("published", Date),
    Column("published_source", String(16)),
    Column("title", Text),
    Column("source_publisher", Text),
    Column("source_url", Text),
    Column("source_author", Text),
    *_span("source_publisher_span"),
    Column("source_dateline_place", Text),
    *_span("source_dateline_span"),
    Column("input_name", Text),
    Column("input_format", String(16)),
    Column("input_encoding", String(32)),
    Column("pipeline", Text, nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

# Every input that brought a document: the same report under two names is one document, two reports.
reports = Table(
    "reports",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("input", Text, nullable=False),
    Column("doc_id", Text, nullable=False),
    Column("url", Text),
    Column("published", Date),
    Column("received_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("document_id", "input", name="uq_reports_document_input"),
)

rejects = Table(
    "rejects",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("input", Text, nullable=False),
    Column("stage", String(64), nullable=False),
    Column("code", String(64), nullable=False),
    Column("message", Text, nullable=False),
    Column("rejected_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("input", "stage", "code", name="uq_rejects_input_stage_code"),
)

via = Table(
    "via", metadata, _doc_fk(), Column("position", Integer, nullable=False),
    Column("publisher", Text), Column("url", Text), *_span("span"),
)

credits = Table(
    "credits", metadata, _doc_fk(), Column("position", Integer, nullable=False),
    Column("role", String(32), nullable=False), Column("name", Text, nullable=False), *_span("span"),
)

sentences = Table("sentences", metadata, _doc_fk(), Column("position", Integer, nullable=False), *_span("span"))

entities = Table(
    "entities", metadata, _doc_fk(), Column("position", Integer, nullable=False), Column("ref", String(16), nullable=False),
    Column("label", String(16), nullable=False), Column("name", Text, nullable=False),
    Column("country", String(3)), Column("sector", String(16)), Column("kb", String(32)),
)

places = Table(
    "places", metadata, _doc_fk(), Column("position", Integer, nullable=False), Column("ref", String(16), nullable=False),
    Column("name", Text, nullable=False), Column("geonames", Integer), Column("lat", Float), Column("lon", Float),
    Column("country", String(2)), Column("admin1", Text), Column("feature", String(16)), Column("precision", String(16)),
    Column("in_name", Boolean, nullable=False, server_default=false()),
)

# Mentions of entities and places: one row per span; ``kind`` is "entities" or "places", or "assoc"
# for the places' associative mentions (a subset of their mentions: ``Place.associative``).
mentions = Table(
    "mentions", metadata, _doc_fk(), Column("kind", String(8), nullable=False), Column("ref", String(16), nullable=False),
    Column("position", Integer, nullable=False), *_span("span"),
)

times = Table(
    "times", metadata, _doc_fk(), Column("position", Integer, nullable=False), Column("ref", String(16), nullable=False),
    *_span("span"), Column("value", Text), Column("type", String(16), nullable=False),
)

quantities = Table(
    "quantities", metadata, _doc_fk(), Column("position", Integer, nullable=False), Column("ref", String(16), nullable=False),
    *_span("span"), Column("value", Float), Column("min", Float), Column("max", Float),
    Column("approx", Boolean, nullable=False), Column("unit", Text),
)

events = Table(
    "events", metadata, _doc_fk(), Column("position", Integer, nullable=False), Column("ref", String(16), nullable=False),
    Column("type", String(16)), Column("mode", String(32)), Column("cameo", String(8)),
    Column("acled_event_type", Text), Column("acled_sub_event_type", Text),
    *_span("trigger"), *_span("sentence"),
    *_span("actor_span"), Column("actor_entity", String(16)), Column("actor_code", String(16)), Column("actor_sector", String(16)),
    *_span("target_span"), Column("target_entity", String(16)), Column("target_code", String(16)), Column("target_sector", String(16)),
    Column("place", String(16)), Column("date", String(32)), Column("fatalities", Integer),
    Column("status", String(16), nullable=False), Column("claim", String(16)), Column("confidence", Float),
)

event_quantities = Table(
    "event_quantities", metadata, _doc_fk(), Column("ref", String(16), nullable=False),
    Column("position", Integer, nullable=False), Column("quantity", String(16), nullable=False),
)

quotes = Table(
    "quotes", metadata, _doc_fk(), Column("position", Integer, nullable=False), Column("ref", String(16), nullable=False),
    *_span("span"), *_span("cue"), Column("direct", Boolean, nullable=False),
    *_span("speaker_span"), Column("speaker_entity", String(16)),
)

claims = Table(
    "claims", metadata, _doc_fk(), Column("position", Integer, nullable=False), Column("ref", String(16), nullable=False),
    *_span("content"), *_span("cue"), Column("stance", String(16)),
    *_span("claimant_span"), Column("claimant_entity", String(16)), Column("evidence", String(32)),
    Column("status", String(16)),
)

Index("ix_reports_document", reports.c.document_id)
for _table in (via, credits, sentences, entities, places, mentions, times, quantities, events, event_quantities, quotes, claims):
    Index(f"ix_{_table.name}_document", _table.c.document_id)
Index("ix_documents_published", documents.c.published)
Index("ix_events_type", events.c.type)
