"""One conftest for the suite: paths to the shared data, stores on SQLite and PostgreSQL."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest

import warta

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "etindonesia-korea-utara-kursk.txt"
DETIK = SHARED / "eval" / "corpora" / "detik-id.jsonl"
GUARDIAN = SHARED / "eval" / "corpora" / "guardian-en.jsonl"
EXAMPLES = ROOT / "examples"

# The PostgreSQL the store tests run against (a real server; each test gets its own schema).
POSTGRES_URL = os.environ.get("WARTA_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test")

_schemas = itertools.count()


def pytest_configure(config: pytest.Config) -> None:
    missing = [p for p in (SEED, DETIK, GUARDIAN) if not p.is_file()]
    if missing:
        raise pytest.UsageError(f"the shared data is missing ({missing[0]}); clone warta with ../shared beside it")


@pytest.fixture(scope="session")
def pipeline() -> warta.Pipeline:
    return warta.load()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path):
    """A fresh, empty store location on each backend."""
    if request.param == "sqlite":
        yield str(tmp_path / "warta.db")
        return
    import psycopg

    schema = f"warta_test_{os.getpid()}_{next(_schemas)}"
    dsn = POSTGRES_URL.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn, autocommit=True) as connection:
        connection.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        connection.execute(f'CREATE SCHEMA "{schema}"')
    yield f"{POSTGRES_URL}?options=-csearch_path%3D{schema}"
    with psycopg.connect(dsn, autocommit=True) as connection:
        connection.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
