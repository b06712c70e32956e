"""The store, on SQLite and on a real PostgreSQL: same schema, same behaviour."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text as sql

import warta
from warta.doc import Acled, Argument, Claim, Credit, Doc, Entity, Event, Place, Quantity, Quote, Source, Speaker, Time, Via
from warta.errors import StoreError
from warta.store import Store, schema

from .conftest import DETIK


def full_doc() -> Doc:
    """A document with one of every record, as later stages will fill them."""
    text = "Pada Selasa, Rusia membombardir bendungan Kurakhove. Rusia mengerahkan 50 ribu pasukan, kata Zelenskyy kepada The Washington Post."
    return Doc(
        id="full", text=text, lang="id", lang_confidence=0.99, published="2024-11-13", published_source="caller",
        source=Source(publisher="ETIndonesia", author="hui", via=[Via("NDTV", "NDTV.com", (0, 4))], credits=[Credit("author", "hui", (5, 11))]),
        entities=[Entity("E1", "GPE", "Russia", "RUS", None, "Q159", [(13, 18), (53, 58)]), Entity("E2", "PER", "Volodymyr Zelenskyy", "UKR", "GOV", "Q3881", [(94, 103)])],
        places=[Place("P1", "Kurakhove", 704508, 47.98, 37.28, "UA", "Donetsk", "PPL", "settlement", [(42, 51)]),
                Place("P2", "Washington", 4140963, 38.9, -77.04, "US", "Washington, D.C.", "PPLC", "settlement", [(114, 124)], in_name=True),
                # a country the report names only as an actor, where it puts something in one of its towns
                Place("P3", "Russia", 2017370, 60.0, 100.0, "RU", None, "PCLI", "country", [(13, 18), (53, 58)],
                      associative=[(13, 18), (53, 58)])],
        times=[Time("T1", (5, 11), "2024-11-12", "DATE")],
        quantities=[Quantity("Q1", (71, 78), 50000, None, None, False, "troops"), Quantity("Q2", (71, 78), 2.5, 1, 3.75, True, None)],
        events=[Event("V1", "ASSAULT", "aerial", "195", Acled("Explosions/Remote violence", "Shelling/artillery/missile attack"),
                      (19, 31), (0, 52), Argument((13, 18), "E1", "RUS", "MIL"), None, "P1", "2024-11-12", ["Q1", "Q2"], 0,
                      "claimed", "C1", 0.81)],
        quotes=[Quote("U1", (53, 91), (93, 97), False, Speaker((94, 103), "E2"))],
        claims=[Claim("C1", (53, 91), (93, 97), "asserts", Speaker((94, 103), "E2"), "statement")],
        sentences=[(0, 52), (53, 104)],
    )


def test_store_round_trips_every_record(store_url: str) -> None:
    doc = full_doc()
    with Store(store_url) as store:
        counts = store.write([doc], pipeline="test")
        assert (counts.new, counts.duplicates) == (1, 0)
        [back] = list(store.documents())
    assert back == doc
    assert back.to_json() == doc.to_json()


def displaced_doc() -> Doc:
    """An occurrence ACLED codes and PLOVER has no type for: the event's type is None."""
    text = "Displacement: On 7 March 2022, about 12500 refugees from Ukraine arrived in Slovakia."
    return Doc(
        id="displaced", text=text, lang="en", published="2022-03-07", published_source="caller",
        places=[Place("P1", "Slovakia", 3057568, 48.67, 19.5, "SK", None, "PCLI", "country", [(76, 84)])],
        events=[Event("V1", None, None, None, Acled("Strategic developments", "Other"), (0, 12), (0, 85), None, None, "P1",
                      "2022-03-07", [], None, "asserted", None, 0.9)],
        sentences=[(0, 85)],
    )


def test_store_keeps_an_event_with_no_plover_type_after_upgrading_an_older_database(store_url: str) -> None:
    """A database made before events could lack a PLOVER type (revision 0003) is upgraded on opening,
    keeps what it held, and then stores and returns such an event."""
    from alembic import command
    from sqlalchemy import create_engine

    from warta.store import alembic_config, database_url

    engine = create_engine(database_url(store_url))
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0003")
    engine.dispose()
    with Store(store_url) as store:
        assert store.revision() == "0004"
        store.write([full_doc(), displaced_doc()])
        back = {d.id: d for d in store.documents()}
    assert back["displaced"] == displaced_doc() and back["full"] == full_doc()
    assert json.loads(back["displaced"].to_json())["events"][0]["type"] is None


def test_store_records_live_in_their_own_tables(store_url: str) -> None:
    with Store(store_url) as store:
        store.write([full_doc()])
        with store.engine.connect() as connection:
            count = lambda table: connection.execute(sql(f"SELECT count(*) FROM {table}")).scalar()  # noqa: E731
            assert {t: count(t) for t in ("documents", "entities", "mentions", "places", "events", "event_quantities", "quotes", "claims", "via", "credits")} == {
                # mentions: 3 entities', 2 + 2 places', and Russia's 2 again as associative
                "documents": 1, "entities": 2, "mentions": 9, "places": 3, "events": 1, "event_quantities": 2,
                "quotes": 1, "claims": 1, "via": 1, "credits": 1,
            }
            assert connection.execute(sql("SELECT actor_code, acled_event_type FROM events")).one() == ("RUS", "Explosions/Remote violence")


def test_store_is_idempotent_by_content_hash(store_url: str, seed_text: str) -> None:
    doc = warta.extract(seed_text)
    renamed = warta.extract(seed_text)
    renamed.input.name = "elsewhere/copy.txt"
    with Store(store_url) as store:
        assert store.write([doc]).new == 1
        assert store.write([doc]).duplicates == 1
        assert store.write([renamed]).duplicates == 1
        assert (store.count(), store.count("reports")) == (1, 2)


def test_store_keeps_rejects_and_clears_them_on_success(store_url: str) -> None:
    pipeline = warta.load()
    bad = {"id": "r1", "text": "Войска России обстреляли Харьков ночью, сообщили местные власти."}
    with Store(store_url) as store:
        store.write(pipeline.pipe([bad]))
        store.write(pipeline.pipe([bad]))
        [reject] = store.rejects()
        assert (reject.input, reject.stage, reject.code) == ("r1", "langid.v1", "unsupported_language")
        store.write(pipeline.pipe([{**bad, "text": "Pasukan Rusia menyerang Kharkiv pada malam hari, kata pejabat."}]))
        assert store.rejects() == [] and store.count() == 1


def test_store_migrations_build_exactly_the_schema(store_url: str) -> None:
    with Store(store_url) as store:
        assert store.revision() == "0004"
        with store.engine.connect() as connection:
            diff = compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True, "version_table": "warta_migrations"}), schema.metadata)
    assert diff == [], "schema.py and the migrations disagree: write a migration (warta/store/migrations/README.md)"


def test_store_refuses_a_database_from_a_newer_warta(store_url: str) -> None:
    with Store(store_url) as store:
        with store.engine.begin() as connection:
            connection.execute(sql("UPDATE warta_migrations SET version_num = '9999'"))
    with pytest.raises(StoreError, match="schema revision 9999, unknown to this warta; upgrade warta"):
        Store(store_url)


def test_store_missing_folder_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(StoreError, match="folder .* does not exist"):
        Store(tmp_path / "no" / "such" / "warta.db")


def detik_records() -> list[dict]:
    return [json.loads(line) for line in DETIK.read_text(encoding="utf-8").split("\n") if line.strip()]


def detik_texts() -> tuple[int, int]:
    records = detik_records()
    return len(records), len({hashlib.sha256(r["text"].encode()).hexdigest() for r in records})


def test_store_ingest_twice_keeps_one_document_per_report(store_url: str) -> None:
    reports, distinct = detik_texts()
    pipeline = warta.load({"stages": ["langid", "segment", "provenance"]})
    with Store(store_url) as store:
        for _ in range(2):
            counts = store.write(pipeline.pipe(detik_records(), skip=store.contains))
            assert counts.ok == reports and counts.rejected == 0
        assert (store.count(), store.count("reports")) == (distinct, reports)


def test_store_survives_a_kill_mid_ingest(store_url: str) -> None:
    """SIGKILL the CLI in the middle of an ingest; the rerun completes the rest, with no duplicates."""
    reports, distinct = detik_texts()
    command = [sys.executable, "-m", "warta.cli", "ingest", str(DETIK), "--db", store_url]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    try:
        deadline = time.monotonic() + 120
        stored = 0
        while time.monotonic() < deadline and process.poll() is None:
            try:
                with Store(store_url) as store:
                    stored = store.count()
            except StoreError:
                stored = 0  # not created yet
            if stored >= 200:
                break
            time.sleep(0.2)
        assert process.poll() is None, "the ingest finished before it could be killed"
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    with Store(store_url) as store:
        partial = store.count()
    assert 200 <= partial < distinct, "the kill landed in the middle"
    rerun = subprocess.run(command, capture_output=True, text=True, env=env, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{reports} ok, 0 rejected" in rerun.stderr
    with Store(store_url) as store:
        assert (store.count(), store.count("reports")) == (distinct, reports)
        with store.engine.connect() as connection:
            assert connection.execute(sql("SELECT count(DISTINCT content_hash) FROM documents")).scalar() == distinct
