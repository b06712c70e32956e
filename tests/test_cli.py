"""The command line: thin over the library, clear errors, a summary, an honest exit status."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from warta.cli import main

from .conftest import DETIK, EXAMPLES, GUARDIAN, SEED
from .test_ingest import batch  # noqa: F401  (the folder of good and bad reports)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_cli_extract_seed_jsonl_has_language_and_provenance(runner: CliRunner) -> None:
    result = runner.invoke(main, ["extract", str(SEED), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    [line] = result.stdout.splitlines()
    doc = json.loads(line)
    assert doc["lang"] == "id"
    assert doc["source"]["publisher"] == "ETIndonesia"
    assert [v["publisher"] for v in doc["source"]["via"]] == ["NDTV"]
    assert doc["source"]["author"] == "hui"
    assert result.stderr.strip() == "1 ok, 0 rejected"


def test_cli_extract_reads_stdin_jsonl_as_run_py_sends_it(runner: CliRunner) -> None:
    records = [
        {"id": "a", "text": "Pasukan Rusia menyerang Kharkiv pada Selasa malam.", "lang": "id", "published": "2024-11-13"},
        {"id": "b", "text": "Russian forces shelled Kharkiv on Tuesday night."},
    ]
    stdin = "".join(json.dumps(r) + "\n" for r in records)
    result = runner.invoke(main, ["extract", "--format", "jsonl"], input=stdin)
    assert result.exit_code == 0
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(d["id"], d["lang"], d["published"], d["text"]) for d in docs] == [
        (r["id"], l, r.get("published"), r["text"]) for r, l in zip(records, ["id", "en"])
    ]


def test_cli_extract_reads_stdin_text(runner: CliRunner) -> None:
    result = runner.invoke(main, ["extract", "-", "--published", "2024-11-13"], input="Pasukan Rusia menyerang Kharkiv pada Selasa malam.\n")
    doc = json.loads(result.stdout)
    assert doc["published"] == "2024-11-13" and doc["published_source"] == "caller" and doc["lang"] == "id"


def test_cli_extract_json_is_an_object_for_one_and_an_array_for_several(runner: CliRunner) -> None:
    one = runner.invoke(main, ["extract", str(EXAMPLES / "reuters-kharkiv-drones.txt")])
    assert isinstance(json.loads(one.stdout), dict)
    several = runner.invoke(main, ["extract", str(EXAMPLES)])
    docs = json.loads(several.stdout)
    assert isinstance(docs, list) and len(docs) == len(list(EXAMPLES.iterdir()))


def test_cli_extract_writes_to_a_file(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = runner.invoke(main, ["extract", str(EXAMPLES), "--format", "jsonl", "-o", str(out)])
    assert result.exit_code == 0 and result.stdout == ""
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(list(EXAMPLES.iterdir()))


def test_cli_extract_batch_with_bad_inputs_reports_each_and_exits_1(runner: CliRunner, batch: Path) -> None:  # noqa: F811
    result = runner.invoke(main, ["extract", str(batch), "--format", "jsonl"])
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 5
    errors = result.stderr.splitlines()
    assert errors[-1] == "5 ok, 9 rejected"
    assert f"EmptyInput: {batch / '02-empty.txt'}: the report is empty" in result.stderr
    assert f"BinaryInput: {batch / '03-photo.jpg'}: this is binary data" in result.stderr
    assert f"InputTooLarge: {batch / '05-huge.txt'}: 20.0 MB is over the 5.0 MB limit" in result.stderr
    assert f"MalformedRecord: {batch / '06-records.jsonl'}:2: not valid JSON" in result.stderr
    assert f"NoArticleText: {batch / '07-menu.html'}: no article text" in result.stderr
    assert f"UnsupportedLanguage: {batch / '08-russian.txt'}: the text reads as Russian" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize("limit, verdict", [("100", "0 ok, 1 rejected"), ("10000", "1 ok, 0 rejected")])
def test_cli_max_bytes_option_sets_the_limit(runner: CliRunner, batch: Path, limit: str, verdict: str) -> None:  # noqa: F811
    result = runner.invoke(main, ["extract", str(batch / "01-good.txt"), "--max-bytes", limit, "--format", "jsonl"])
    assert result.stderr.splitlines()[-1] == verdict


@pytest.mark.parametrize(
    "args, message",
    [
        (["extract", "--published", "13/11/2024", "-"], "'13/11/2024' is not a date; write it as YYYY-MM-DD"),
        (["extract", "--encoding", "klingon", "-"], "ConfigError: setting encoding: unknown encoding 'klingon'"),
        (["export", "--db", "nowhere.db"], "no store at nowhere.db; create one with: warta ingest PATHS --db nowhere.db"),
    ],
)
def test_cli_bad_options_are_clear_errors(runner: CliRunner, args: list[str], message: str) -> None:
    result = runner.invoke(main, args, input="Pasukan Rusia menyerang.")
    assert result.exit_code in (1, 2) and message in result.output
    assert "Traceback" not in result.output


def test_cli_ingest_and_export_round_trip(runner: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    first = runner.invoke(main, ["ingest", str(EXAMPLES), "--db", db])
    assert first.exit_code == 0, first.output
    n = len(list(EXAMPLES.iterdir()))
    assert first.stderr.strip() == f"{n} ok, 0 rejected ({n} new, 0 already stored); {n} documents in {db}"
    again = runner.invoke(main, ["ingest", str(EXAMPLES), "--db", db])
    assert again.stderr.strip() == f"{n} ok, 0 rejected (0 new, {n} already stored); {n} documents in {db}"
    exported = runner.invoke(main, ["export", "--db", db])
    extracted = runner.invoke(main, ["extract", str(EXAMPLES), "--format", "jsonl"])
    assert exported.stdout == extracted.stdout


def test_cli_ingest_stores_rejects_and_exits_1(runner: CliRunner, batch: Path, tmp_path_factory: pytest.TempPathFactory) -> None:  # noqa: F811
    from warta.store import Store

    db = str(tmp_path_factory.mktemp("store") / "w.db")
    result = runner.invoke(main, ["ingest", str(batch), "--db", db])
    assert result.exit_code == 1
    # two of the five good reports repeat the text of two others: 3 documents, 5 reports
    assert result.stderr.splitlines()[-1] == f"5 ok, 9 rejected (3 new, 2 already stored); 3 documents in {db}"
    with Store(db) as store:
        assert (store.count(), store.count("reports")) == (3, 5)
        assert sorted(r.code for r in store.rejects()) == sorted(
            ["empty", "binary", "too_large", "malformed_record", "malformed_record", "malformed_record",
             "malformed_record", "no_article_text", "unsupported_language"]
        )


def test_cli_runs_as_a_real_process_without_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "kosong.txt"
    bad.write_text("", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "warta.cli", "extract", str(bad)], capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"EmptyInput: {bad}: the report is empty (nothing but whitespace); give a file with the report's text", "0 ok, 1 rejected"]


@pytest.mark.parametrize("corpus, lang", [(DETIK, "id"), (GUARDIAN, "en")])
def test_cli_extract_reads_every_report_of_a_real_corpus(runner: CliRunner, corpus: Path, lang: str) -> None:
    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").split("\n") if line.strip()]
    result = runner.invoke(main, ["extract", str(corpus), "--format", "jsonl"])
    assert result.exit_code == 0
    assert result.stderr.strip() == f"{len(records)} ok, 0 rejected"
    docs = [json.loads(line) for line in result.stdout.split("\n") if line.strip()]
    assert [d["id"] for d in docs] == [r["id"] for r in records]
    assert all(d["text"] == r["text"] and d["lang"] == lang for d, r in zip(docs, records))


def test_cli_today_sets_the_processing_date(tmp_path) -> None:
    """A weekday and a day with no year, no publication date: the year is the latest, up to --today,
    whose calendar agrees (12 November was a Tuesday in 2019 and in 2024)."""
    from click.testing import CliRunner

    from warta.cli import main

    report = tmp_path / "laporan.txt"
    report.write_text("Pada Selasa (12 November), pasukan Rusia membombardir bendungan itu.", encoding="utf-8")
    values = {}
    for today in ("2024-06-01", "2025-01-01"):
        result = CliRunner().invoke(main, ["extract", str(report), "--format", "jsonl", "--today", today])
        assert result.exit_code == 0, result.output
        values[today] = json.loads(result.stdout.splitlines()[0])["times"][0]["value"]
    assert values == {"2024-06-01": "2019-11-12", "2025-01-01": "2024-11-12"}
    bad = CliRunner().invoke(main, ["extract", str(report), "--today", "kemarin"])
    assert bad.exit_code == 2 and "is not a date" in bad.output
