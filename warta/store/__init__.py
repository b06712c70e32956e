"""The store: documents and all their records in tables; SQLite by default, PostgreSQL by URL.

    store = Store("warta.db")                       # a file; created and migrated on first use
    store = Store("postgresql+psycopg://localhost/test")
    counts = store.write(pipeline.pipe(items, skip=store.contains))

A document is identified by the SHA-256 of its text: writing the same report again changes
nothing, and the same text arriving under another name adds only a row to ``reports`` (every
input that brought a document is kept). Rejected inputs are kept in ``rejects`` with
``(input, stage, code, message)``; a later success for the same input clears them. Writes are
committed every ``store_batch`` documents, so a crash loses at most the batch in flight, and a
rerun completes the rest without duplicates.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from sqlalchemy import create_engine, event, func, insert, select, delete
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from ..doc import Claim, Credit, Doc, Entity, Event, Place, Quantity, Quote, Source, Time, Via
from ..errors import StoreError
from ..pipeline import Rejected, Skipped
from . import schema
from .rows import flatten, unflatten

log = logging.getLogger("warta")

_MIGRATIONS = Path(__file__).parent / "migrations"
# the kind under which a place's associative mentions are kept in the mentions table (its
# ``mentions`` are there too, under "places")
_ASSOCIATIVE = "assoc"

# Doc list field -> its table and record type
RECORDS = {
    "entities": (schema.entities, Entity),
    "places": (schema.places, Place),
    "times": (schema.times, Time),
    "quantities": (schema.quantities, Quantity),
    "events": (schema.events, Event),
    "quotes": (schema.quotes, Quote),
    "claims": (schema.claims, Claim),
}


def alembic_config(connection: Connection) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def database_url(target: str | Path) -> str:
    """A SQLAlchemy URL for a path (SQLite) or a URL given as is."""
    text = str(target)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser()}"


@dataclass
class WriteCounts:
    """What one ``write`` did."""

    new: int = 0  # documents stored for the first time
    duplicates: int = 0  # reports whose text was already stored (a new input name is recorded)
    rejected: int = 0
    inputs: list[str] = field(default_factory=list, repr=False)

    @property
    def ok(self) -> int:
        return self.new + self.duplicates


class Store:
    def __init__(self, target: str | Path, *, batch: int = 100):
        self.url = database_url(target)
        self.batch = batch
        if self.url.startswith("sqlite:///") and self.url != "sqlite:///:memory:":
            folder = Path(self.url[len("sqlite:///") :]).parent
            if not folder.is_dir():
                raise StoreError(f"cannot create the database {target}: folder {folder} does not exist")
        try:
            self.engine: Engine = create_engine(self.url, future=True)
        except (SQLAlchemyError, ImportError, ValueError) as exc:
            raise StoreError(f"cannot open the store {target!r}: {exc}") from exc
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self.migrate()

    # --- schema -----------------------------------------------------------------------------

    def migrate(self) -> None:
        """Bring the database to the newest schema; refuse one made by a newer warta."""
        from alembic import command
        from alembic.runtime.migration import MigrationContext
        from alembic.script import ScriptDirectory

        try:
            with self.engine.begin() as connection:
                config = alembic_config(connection)
                head = ScriptDirectory.from_config(config).get_current_head()
                current = MigrationContext.configure(connection, opts={"version_table": "warta_migrations"}).get_current_revision()
                known = {rev.revision for rev in ScriptDirectory.from_config(config).walk_revisions()}
                if current is not None and current not in known:
                    raise StoreError(
                        f"the store {self.url} has schema revision {current}, unknown to this warta; upgrade warta"
                    )
                if current != head:
                    command.upgrade(config, "head")
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open or migrate the store {self.url}: {exc.__class__.__name__}: {exc.orig if hasattr(exc, 'orig') else exc}") from exc

    def revision(self) -> str | None:
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as connection:
            return MigrationContext.configure(connection, opts={"version_table": "warta_migrations"}).get_current_revision()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # --- writing ------------------------------------------------------------------------------

    def contains(self, doc: Doc) -> bool:
        """Is a document with this text stored? (Use as ``pipe(..., skip=store.contains)``.)"""
        with self.engine.connect() as connection:
            return connection.execute(
                select(schema.documents.c.id).where(schema.documents.c.content_hash == doc.content_hash)
            ).first() is not None

    def write(self, outcomes: Iterable[Doc | Rejected | Skipped], pipeline: str = "") -> WriteCounts:
        """Store documents, note duplicates, keep rejects; commit every ``batch`` outcomes."""
        counts = WriteCounts()
        pending: list[Doc | Rejected | Skipped] = []
        for outcome in outcomes:
            pending.append(outcome)
            if len(pending) >= self.batch:
                self._commit(pending, pipeline, counts)
                pending = []
        if pending:
            self._commit(pending, pipeline, counts)
        return counts

    def _commit(self, outcomes: list[Doc | Rejected | Skipped], pipeline: str, counts: WriteCounts) -> None:
        now = dt.datetime.now(dt.timezone.utc)
        try:
            with self.engine.begin() as connection:
                for outcome in outcomes:
                    if isinstance(outcome, Rejected):
                        self._reject(connection, outcome, now)
                        counts.rejected += 1
                        continue
                    doc = outcome.doc if isinstance(outcome, Skipped) else outcome
                    document_id = connection.execute(
                        select(schema.documents.c.id).where(schema.documents.c.content_hash == doc.content_hash)
                    ).scalar()
                    if document_id is None:
                        document_id = self._insert(connection, doc, pipeline, now)
                        counts.new += 1
                    else:
                        counts.duplicates += 1
                    self._report(connection, document_id, doc, now)
                    counts.inputs.append(doc.input.name or doc.id)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot write to the store {self.url}: {exc.__class__.__name__}: {getattr(exc, 'orig', exc)}") from exc

    def _insert(self, connection: Connection, doc: Doc, pipeline: str, now: dt.datetime) -> int:
        row = flatten(doc, Doc)
        row["doc_id"] = row.pop("ref")
        row["published"] = dt.date.fromisoformat(doc.published) if doc.published else None
        row.update(content_hash=doc.content_hash, pipeline=pipeline, ingested_at=now)
        document_id = connection.execute(insert(schema.documents).values(**row)).inserted_primary_key[0]
        children: dict[Any, list[dict[str, Any]]] = defaultdict(list)
        for table, items in ((schema.via, doc.source.via), (schema.credits, doc.source.credits)):
            for position, item in enumerate(items):
                children[table].append({"document_id": document_id, "position": position, **flatten(item, type(item))})
        for position, (start, end) in enumerate(doc.sentences):
            children[schema.sentences].append(
                {"document_id": document_id, "position": position, "span_start": start, "span_end": end}
            )
        for name, (table, _cls) in RECORDS.items():
            for position, record in enumerate(getattr(doc, name)):
                children[table].append({"document_id": document_id, "position": position, **flatten(record, type(record))})
                for kind, spans in ((name, getattr(record, "mentions", ())), (_ASSOCIATIVE, getattr(record, "associative", ()))):
                    for i, (start, end) in enumerate(spans):
                        children[schema.mentions].append(
                            {"document_id": document_id, "kind": kind, "ref": record.id, "position": i, "span_start": start, "span_end": end}
                        )
                for i, quantity in enumerate(getattr(record, "quantities", ()) if name == "events" else ()):
                    children[schema.event_quantities].append(
                        {"document_id": document_id, "ref": record.id, "position": i, "quantity": quantity}
                    )
        for table, rows in children.items():
            connection.execute(insert(table), rows)
        return int(document_id)

    def _report(self, connection: Connection, document_id: int, doc: Doc, now: dt.datetime) -> None:
        name = doc.input.name or doc.id
        exists = connection.execute(
            select(schema.reports.c.id).where(schema.reports.c.document_id == document_id, schema.reports.c.input == name)
        ).first()
        if exists is None:
            connection.execute(
                insert(schema.reports).values(
                    document_id=document_id,
                    input=name,
                    doc_id=doc.id,
                    url=doc.source.url,
                    published=dt.date.fromisoformat(doc.published) if doc.published else None,
                    received_at=now,
                )
            )
        connection.execute(delete(schema.rejects).where(schema.rejects.c.input == name))

    def _reject(self, connection: Connection, rejected: Rejected, now: dt.datetime) -> None:
        table = schema.rejects
        key = (table.c.input == rejected.input, table.c.stage == rejected.stage, table.c.code == rejected.code)
        if connection.execute(select(table.c.id).where(*key)).first() is None:
            connection.execute(
                insert(table).values(
                    input=rejected.input, stage=rejected.stage, code=rejected.code, message=rejected.message, rejected_at=now
                )
            )
        else:
            connection.execute(table.update().where(*key).values(message=rejected.message, rejected_at=now))

    # --- reading ------------------------------------------------------------------------------

    def count(self, table: str = "documents") -> int:
        with self.engine.connect() as connection:
            return int(connection.execute(select(func.count()).select_from(schema.metadata.tables[table])).scalar())

    def rejects(self) -> list[Rejected]:
        table = schema.rejects
        with self.engine.connect() as connection:
            rows = connection.execute(select(table).order_by(table.c.id)).mappings()
            return [Rejected(input=r["input"], stage=r["stage"], code=r["code"], message=r["message"]) for r in rows]

    def documents(self, *, batch: int = 500) -> Iterator[Doc]:
        """Every stored document, in the order stored, read back into ``Doc``s."""
        last = 0
        while True:
            with self.engine.connect() as connection:
                rows = connection.execute(
                    select(schema.documents).where(schema.documents.c.id > last).order_by(schema.documents.c.id).limit(batch)
                ).mappings().all()
                if not rows:
                    return
                ids = [row["id"] for row in rows]
                children = self._children(connection, ids)
            for row in rows:
                yield self._doc(row, children)
                last = row["id"]

    def _children(self, connection: Connection, ids: list[int]) -> dict[Any, dict[int, list[Any]]]:
        tables = [schema.via, schema.credits, schema.sentences, schema.mentions, schema.event_quantities]
        out: dict[Any, dict[int, list[Any]]] = {}
        for table in [*tables, *(table for table, _cls in RECORDS.values())]:
            grouped: dict[int, list[Any]] = defaultdict(list)
            query = select(table).where(table.c.document_id.in_(ids)).order_by(table.c.document_id, table.c.position)
            for row in connection.execute(query).mappings():
                grouped[row["document_id"]].append(row)
            out[table] = grouped
        return out

    def _doc(self, row: Any, children: dict[Any, dict[int, list[Any]]]) -> Doc:
        key = row["id"]
        source = unflatten(
            row,
            Source,
            "source_",
            via=[unflatten(r, Via) for r in children[schema.via][key]],
            credits=[unflatten(r, Credit) for r in children[schema.credits][key]],
        )
        mentions: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
        for r in children[schema.mentions][key]:
            mentions[(r["kind"], r["ref"])].append((r["span_start"], r["span_end"]))
        event_quantities: dict[str, list[str]] = defaultdict(list)
        for r in children[schema.event_quantities][key]:
            event_quantities[r["ref"]].append(r["quantity"])
        records: dict[str, list[Any]] = {}
        for name, (table, cls) in RECORDS.items():
            items = []
            for r in children[table][key]:
                extra: dict[str, Any] = {}
                if name in ("entities", "places"):
                    extra["mentions"] = mentions[(name, r["ref"])]
                if name == "places":
                    extra["associative"] = mentions[(_ASSOCIATIVE, r["ref"])]
                if name == "events":
                    extra["quantities"] = event_quantities[r["ref"]]
                item = unflatten(r, cls, **extra)
                if name == "quantities":
                    for attr in ("value", "min", "max"):
                        value = getattr(item, attr)
                        if isinstance(value, float) and value.is_integer():
                            setattr(item, attr, int(value))
                items.append(item)
            records[name] = items
        values = dict(row)
        values["ref"] = row["doc_id"]
        values["published"] = row["published"].isoformat() if row["published"] else None
        return unflatten(
            values,
            Doc,
            source=source,
            sentences=[(r["span_start"], r["span_end"]) for r in children[schema.sentences][key]],
            **records,
        )


def _sqlite_pragmas(connection: Any, _record: Any) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


__all__ = ["Store", "WriteCounts", "database_url"]
