"""Ingest: every kind of bad input gets a clear reject naming it, and the rest of the batch goes through."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import warta
from warta.ingest import Input, decode, read_paths, read_stream
from warta.errors import EncodingError
from warta.settings import Settings

from .conftest import EXAMPLES

GOOD_ID = (
    "Pasukan Ukraina berhasil menahan serangan besar-besaran dari pihak Rusia di wilayah Kursk, "
    "kata juru bicara militer pada Selasa."
)
GOOD_EN = "Russian forces shelled the outskirts of Kharkiv overnight, the regional governor said on Tuesday."
# Windows-1252 bytes of an Indonesian report: curly quotes and an accented name are not UTF-8.
CP1252 = (
    "Menteri Luar Negeri Prancis, Jean-Noël Barrot, tiba di Jakarta pada Senin untuk membahas kerja sama "
    "pertahanan. “Kami ingin hubungan yang lebih erat,” ujarnya kepada wartawan di Kementerian Luar Negeri."
).encode("cp1252")
NO_BODY_HTML = (
    "<!doctype html><html><head><title>Beranda</title></head><body>"
    "<nav><a href='/'>Beranda</a> <a href='/berita'>Berita</a></nav><footer>© Redaksi</footer></body></html>"
)


def outcomes(paths: list[Path], **settings) -> list:
    cfg = Settings.from_mapping(settings)
    return list(warta.load(cfg).pipe(read_paths(paths, cfg)))


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    """A folder of good and bad reports, as a crawl leaves them."""
    (tmp_path / "01-good.txt").write_text(GOOD_ID, encoding="utf-8")
    (tmp_path / "02-empty.txt").write_text("  \n\t\n", encoding="utf-8")
    (tmp_path / "03-photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 4)
    (tmp_path / "04-cp1252.txt").write_bytes(CP1252)
    (tmp_path / "05-huge.txt").write_bytes(((GOOD_ID + "\n").encode() * (20_000_000 // len(GOOD_ID)))[:20_000_000])
    (tmp_path / "06-records.jsonl").write_text(
        json.dumps({"id": "a", "text": GOOD_EN}) + "\n"
        + '{"id": "b", "text": "unterminated\n'
        + "\n"
        + json.dumps(["not", "an", "object"]) + "\n"
        + json.dumps({"id": "c", "body": GOOD_EN}) + "\n"
        + json.dumps({"id": "d", "text": GOOD_ID, "published": "13/11/2024"}) + "\n"
        + json.dumps({"id": "e", "text": GOOD_ID, "published": "2024-11-13"}) + "\n",
        encoding="utf-8",
    )
    (tmp_path / "07-menu.html").write_text(NO_BODY_HTML, encoding="utf-8")
    (tmp_path / "08-russian.txt").write_text(
        "Российские войска обстреляли Харьков ночью, сообщил губернатор области во вторник.", encoding="utf-8"
    )
    (tmp_path / "09-good.txt").write_text(GOOD_EN, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("skipped: hidden files are not reports", encoding="utf-8")
    return tmp_path


def test_ingest_batch_rejects_each_bad_input_and_keeps_the_rest(batch: Path) -> None:
    results = outcomes([batch])
    docs = [o for o in results if isinstance(o, warta.Doc)]
    rejected = {o.input.replace(str(batch) + "/", ""): o for o in results if isinstance(o, warta.Rejected)}
    assert [d.input.name.replace(str(batch) + "/", "") for d in docs] == [
        "01-good.txt", "04-cp1252.txt", "06-records.jsonl:1", "06-records.jsonl:7", "09-good.txt",
    ]
    assert {name: (r.code, r.stage) for name, r in rejected.items()} == {
        "02-empty.txt": ("empty", "ingest"),
        "03-photo.jpg": ("binary", "ingest"),
        "05-huge.txt": ("too_large", "ingest"),
        "06-records.jsonl:2": ("malformed_record", "ingest"),
        "06-records.jsonl:4": ("malformed_record", "ingest"),
        "06-records.jsonl:5": ("malformed_record", "ingest"),
        "06-records.jsonl:6": ("malformed_record", "ingest"),
        "07-menu.html": ("no_article_text", "ingest"),
        "08-russian.txt": ("unsupported_language", "langid.v1"),
    }
    messages = {name: r.message for name, r in rejected.items()}
    assert "the report is empty" in messages["02-empty.txt"]
    assert "binary data, not text" in messages["03-photo.jpg"]
    assert "over the 5.0 MB limit" in messages["05-huge.txt"] and "--max-bytes" in messages["05-huge.txt"]
    assert "not valid JSON" in messages["06-records.jsonl:2"]
    assert "must be a JSON object, got list" in messages["06-records.jsonl:4"]
    assert 'needs a "text" field' in messages["06-records.jsonl:5"]
    assert "'13/11/2024' is not an ISO 8601 date" in messages["06-records.jsonl:6"]
    assert "no article text found in the HTML" in messages["07-menu.html"]
    assert "reads as Russian" in messages["08-russian.txt"] and "--lang" in messages["08-russian.txt"]
    for name, message in messages.items():
        assert message.startswith(str(batch / name.split(":")[0])), "every message names its input"


def test_ingest_detects_a_non_utf8_encoding_and_says_which() -> None:
    results = outcomes([]) + list(warta.load().pipe([Input("cp1252.txt", "text", data=CP1252)]))
    doc = results[0]
    assert "Jean-Noël Barrot" in doc.text and "“Kami ingin" in doc.text
    assert doc.input.encoding not in (None, "utf-8")


@pytest.mark.parametrize(
    "encoding, ok, message",
    [
        ("utf-8", False, "not utf-8: invalid byte 0xeb at offset 36; check the --encoding you gave"),
        ("cp1252", True, None),
    ],
)
def test_ingest_declared_encoding_is_used_strictly(encoding: str, ok: bool, message: str | None) -> None:
    if ok:
        text, used = decode(CP1252, "f.txt", encoding)
        assert used == "cp1252" and "Noël" in text
    else:
        with pytest.raises(EncodingError, match=message):
            decode(CP1252, "f.txt", encoding)


@pytest.mark.parametrize(
    "data, expected",
    [
        ("Berita ini ditulis dalam UTF-8 dengan BOM.".encode("utf-8-sig"), "Berita ini"),
        ("Berita ini ditulis dalam UTF-16.".encode("utf-16"), "Berita ini"),
    ],
)
def test_ingest_honours_byte_order_marks(data: bytes, expected: str) -> None:
    text, _ = decode(data, "f.txt")
    assert text.startswith(expected)


def test_ingest_jsonl_line_with_a_lone_surrogate_is_rejected() -> None:
    stream = io.BufferedReader(io.BytesIO(b'{"id": "x", "text": "Rusia \\ud800 menyerang"}\n'))
    results = list(warta.load().pipe(read_stream(stream, "<stdin>", Settings())))
    assert results[0].code == "encoding" and "lone surrogate" in results[0].message


def test_ingest_jsonl_line_over_the_limit_is_rejected_and_the_next_is_read() -> None:
    big = json.dumps({"id": "big", "text": "kata " * 400}).encode()
    small = json.dumps({"id": "small", "text": GOOD_ID}).encode()
    stream = io.BufferedReader(io.BytesIO(big + b"\n" + small + b"\n"))
    results = list(warta.load({"max_bytes": 1000}).pipe(read_stream(stream, "feed", Settings(max_bytes=1000))))
    assert [type(r).__name__ for r in results] == ["Rejected", "Doc"]
    assert results[0].input == "feed:1" and results[0].code == "too_large"
    assert results[1].id == "small"


def test_ingest_jsonl_invalid_utf8_line_is_rejected() -> None:
    stream = io.BufferedReader(io.BytesIO(b'{"id": "x", "text": "Rusia \xff"}\n' + json.dumps({"text": GOOD_EN}).encode() + b"\n"))
    results = list(warta.load().pipe(read_stream(stream, "feed.jsonl", Settings())))
    assert results[0].code == "encoding" and "JSONL must be UTF-8" in results[0].message
    assert isinstance(results[1], warta.Doc) and results[1].id == "feed.jsonl:2"


def test_ingest_missing_path_is_rejected(tmp_path: Path) -> None:
    results = outcomes([tmp_path / "nope.txt"])
    assert results[0].message.endswith("no such file or directory")


def test_ingest_html_takes_text_title_date_author_and_site(tmp_path: Path) -> None:
    doc = outcomes([EXAMPLES / "sahel-ceasefire.html"])[0]
    assert doc.input.format == "html"
    assert doc.title and "ceasefire" in doc.title.lower()
    assert doc.published == "2025-06-14" and doc.published_source == "html"
    assert doc.source.publisher == "The Meridian Post" and doc.source.author
    assert "cookie" not in doc.text.lower()


@pytest.mark.parametrize(
    "record, caller, expected",
    [
        ({"text": GOOD_ID, "published": "2024-11-13T08:00:00+07:00"}, None, ("2024-11-13", "record")),
        ({"text": GOOD_ID, "published": "2024-11-13"}, "2020-01-01", ("2024-11-13", "record")),
        ({"text": GOOD_ID}, "2020-01-01", ("2020-01-01", "caller")),
        ({"text": GOOD_ID}, None, (None, None)),
    ],
)
def test_ingest_published_comes_from_the_record_then_the_caller(record: dict, caller: str | None, expected: tuple) -> None:
    doc = next(warta.load().pipe([record], published=caller))
    assert (doc.published, doc.published_source) == expected


def test_ingest_ids_come_from_records_paths_or_the_text(tmp_path: Path) -> None:
    pipeline = warta.load()
    assert next(pipeline.pipe([{"id": 7, "text": GOOD_ID}])).id == "7"
    text_id = next(pipeline.pipe([GOOD_ID])).id
    assert text_id.startswith("doc-") and text_id == next(pipeline.pipe([GOOD_ID])).id
    path = tmp_path / "laporan.txt"
    path.write_text(GOOD_ID, encoding="utf-8")
    assert outcomes([path])[0].id == str(path)
