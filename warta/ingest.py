"""Ingest: files, directories, streams and records in; one ``Input`` per report out; ``to_doc`` reads one.

Formats:

- **text** — any file that is not HTML or JSONL; UTF-8 (BOMs honoured), or the ``encoding``
  setting, or an encoding detected by charset-normalizer when the bytes are not UTF-8.
- **html** — ``.html``/``.htm`` or content that opens with ``<!doctype html``/``<html``; the
  article body, title, date, author and site name come from trafilatura.
- **jsonl** — ``.jsonl``/``.ndjson``/``.json``: one record per line,
  ``{"id", "text", "published"?, "url"?, "lang"?, "title"?, "publisher"?, "author"?}``.
  Files are streamed, so a JSONL file may be any size; each record is a report on its own.

Nothing here raises for a bad report: the problem travels inside its ``Input`` (``error``) or
is raised by ``to_doc`` as an ``InputError`` the pipeline turns into a reject.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

from .doc import Doc, InputInfo, Source, text_hash
from .errors import (
    BinaryInput,
    EmptyInput,
    EncodingError,
    InputError,
    InputTooLarge,
    MalformedRecord,
    NoArticleText,
)
from .settings import Settings

JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
RECORD_FIELDS = ("id", "text", "published", "url", "lang", "title", "publisher", "author")
_SNIFF = 8192
LEGACY_ENCODING = "cp1252"
_MIN_ARTICLE_WORDS = 10  # fewer words from a page is navigation, not an article


@dataclass
class Input:
    """One report before it is read: its name, its format and its bytes, text or record."""

    name: str
    format: str  # "text", "html" or "record"
    data: bytes | str | None = None
    record: dict[str, Any] | None = None
    error: InputError | None = None
    doc_id: str | None = None

    @classmethod
    def from_text(cls, text: str, name: str | None = None) -> Input:
        return cls(name=name or "<text>", format="text", data=text)

    @classmethod
    def from_record(cls, record: dict[str, Any], name: str | None = None) -> Input:
        own_id = record.get("id") if isinstance(record, dict) else None
        if not isinstance(own_id, (str, int)) or isinstance(own_id, bool):
            own_id = None
        label = name or (str(own_id) if own_id is not None else "<record>")
        item = cls(name=label, format="record", record=record, doc_id=None if own_id is None else str(own_id))
        item.error = _check_record(record, label)
        return item


# --- reading paths and streams -----------------------------------------------------------------


def read_paths(paths: Iterable[str | os.PathLike[str]], settings: Settings) -> Iterator[Input]:
    """Every report in ``paths``: files, and the files of directories (recursively, sorted, no hidden ones)."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.is_file()):
                if any(part.startswith(".") for part in file.relative_to(path).parts):
                    continue
                yield from read_file(file, settings)
        elif path.exists():
            yield from read_file(path, settings)
        else:
            yield Input(str(path), "text", error=InputError(str(path), "no such file or directory"))


def read_file(path: Path, settings: Settings) -> Iterator[Input]:
    name = str(path)
    if path.suffix.lower() in JSONL_SUFFIXES:
        try:
            with path.open("rb") as stream:
                yield from read_jsonl(stream, name, settings)
        except OSError as exc:
            yield Input(name, "record", error=InputError(name, f"cannot read: {exc.strerror or exc}"))
        return
    try:
        size = path.stat().st_size
        if size > settings.max_bytes:
            yield Input(name, "text", error=_too_large(name, size, settings))
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Input(name, "text", error=InputError(name, f"cannot read: {exc.strerror or exc}"))
        return
    fmt = "html" if path.suffix.lower() in HTML_SUFFIXES or _looks_like_html(data) else "text"
    yield Input(name, fmt, data=data)


def read_stream(stream: IO[bytes], name: str, settings: Settings, format: str = "auto") -> Iterator[Input]:
    """Reports from a binary stream (stdin): one text or HTML report, or JSONL records."""
    if not hasattr(stream, "peek"):
        stream = io.BufferedReader(stream)  # type: ignore[arg-type]
    head = stream.peek(_SNIFF)[:_SNIFF]  # type: ignore[attr-defined]
    if format == "auto":
        stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
        if stripped.startswith(b"{"):
            format = "jsonl"
        elif _looks_like_html(head):
            format = "html"
        else:
            format = "text"
    if format == "jsonl":
        yield from read_jsonl(stream, name, settings)
        return
    data = stream.read(settings.max_bytes + 1)
    if len(data) > settings.max_bytes:
        rest = len(data)
        while chunk := stream.read(1 << 20):
            rest += len(chunk)
        yield Input(name, format, error=_too_large(name, rest, settings))
        return
    yield Input(name, format, data=data)


def read_jsonl(stream: IO[bytes], name: str, settings: Settings) -> Iterator[Input]:
    """One ``Input`` per non-blank line; a bad line becomes an ``Input`` carrying its error."""
    limit = settings.max_bytes
    number = 0
    while True:
        raw = stream.readline(limit + 2)
        if not raw:
            return
        number += 1
        label = f"{name}:{number}"
        if len(raw) > limit and not raw.endswith(b"\n"):
            size = len(raw)
            while raw and not raw.endswith(b"\n"):
                raw = stream.readline(1 << 20)
                size += len(raw)
            yield Input(label, "record", error=_too_large(label, size, settings))
            continue
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield Input(label, "record", error=EncodingError(label, f"{_bad_byte(exc)}; JSONL must be UTF-8"))
            continue
        try:
            record = json.loads(line)
        except ValueError as exc:
            yield Input(label, "record", error=MalformedRecord(label, f"not valid JSON ({exc}); fix or remove the line"))
            continue
        yield Input.from_record(record, name=label)


def _check_record(record: Any, label: str) -> InputError | None:
    if not isinstance(record, dict):
        return MalformedRecord(label, f"a record must be a JSON object, got {type(record).__name__}")
    if not isinstance(record.get("text"), str):
        return MalformedRecord(label, 'a record needs a "text" field holding a string')
    for key in ("id", "published", "url", "lang", "title", "publisher", "author"):
        value = record.get(key)
        if value is not None and not isinstance(value, str) and not (key == "id" and isinstance(value, int)):
            return MalformedRecord(label, f'field "{key}" must be a string, got {type(value).__name__}')
    return None


# --- from an Input to a Doc ----------------------------------------------------------------------


def to_doc(
    item: Input,
    settings: Settings,
    *,
    published: str | dt.date | None = None,
    lang: str | None = None,
    url: str | None = None,
) -> Doc:
    """Read one input into a ``Doc`` (text, title, published, url, publisher, author); raise InputError.

    ``published``, ``lang`` and ``url`` are the caller's defaults: a record's own field or an
    HTML page's metadata is more specific, except that the caller's ``published`` wins over HTML.
    """
    if item.error is not None:
        raise item.error
    name = item.name
    encoding: str | None = None
    title = publisher = author = html_date = html_url = None
    record = item.record or {}
    if item.format == "record":
        text = record["text"]
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise EncodingError(name, f"the text holds a lone surrogate at character {exc.start}; it is not valid Unicode") from exc
        if len(text.encode("utf-8", "surrogatepass")) > settings.max_bytes:
            raise _too_large(name, len(text.encode("utf-8")), settings)
        encoding = "utf-8"
    elif isinstance(item.data, str):
        text = item.data
    elif item.format == "html":
        text, title, html_date, author, publisher, html_url, encoding = _read_html(item.data or b"", name, settings)
    else:
        text, encoding = decode(item.data or b"", name, settings.encoding)
    if not text.strip():
        raise EmptyInput(name, "the report is empty (nothing but whitespace); give a file with the report's text")

    published_source = None
    value = record.get("published")
    if value:
        published, published_source = _iso_date(value, name, '"published"'), "record"
    elif published is not None:
        published, published_source = _iso_date(published, name, "published"), "caller"
    elif html_date:
        published, published_source = _iso_date(html_date, name, "the HTML date"), "html"
    else:
        published = None

    # the record's id, else the input's name, else (text given directly, stdin) a hash of the text
    doc_id = item.doc_id or (None if name.startswith("<") else name)
    if doc_id is None:
        doc_id = "doc-" + text_hash(text)[:12]
    return Doc(
        id=doc_id,
        text=text,
        lang=record.get("lang") or lang,
        published=published,
        published_source=published_source,
        title=record.get("title") or title,
        source=Source(
            publisher=record.get("publisher") or publisher,
            url=record.get("url") or html_url or url,
            author=record.get("author") or author,
        ),
        input=InputInfo(name=name, format=item.format, encoding=encoding),
    )


def decode(data: bytes, name: str, encoding: str | None = None) -> tuple[str, str]:
    """The text of ``data`` and the encoding it was read with; raise BinaryInput or EncodingError."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise EncodingError(name, f"starts with a UTF-16 byte-order mark but {_bad_byte(exc)}") from exc
    if _looks_binary(data):
        raise BinaryInput(name, "this is binary data, not text (an image, a PDF or an archive?); give the report as text, HTML or JSONL")
    if encoding:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            raise EncodingError(name, f"not {encoding}: {_bad_byte(exc)}; check the --encoding you gave") from exc
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        first_error = _bad_byte(exc)
    from charset_normalizer import from_bytes
    from charset_normalizer.md import mess_ratio

    # Legacy files of Indonesian and English news are nearly always Windows-1252; charset-normalizer
    # alone reads them as a Baltic or Central European code page (Noël -> Noėl), so try it first.
    try:
        text = data.decode(LEGACY_ENCODING)
        if mess_ratio(text[:_SNIFF], 0.2) < 0.2:
            return text, LEGACY_ENCODING
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise EncodingError(
            name, f"not UTF-8 ({first_error}) and no other encoding fits; give it with --encoding, e.g. --encoding cp1252"
        )
    return str(best), best.encoding


def _read_html(data: bytes | str, name: str, settings: Settings) -> tuple[Any, ...]:
    import trafilatura

    if isinstance(data, bytes):
        page, encoding = decode(data, name, settings.encoding)
    else:
        page, encoding = data, None
    try:
        result = trafilatura.bare_extraction(
            page,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura and lxml raise many types on broken markup
        raise NoArticleText(name, f"the HTML could not be parsed ({type(exc).__name__}: {exc})") from exc
    text = getattr(result, "text", None) if result is not None else None
    if not text or len(text.split()) < _MIN_ARTICLE_WORDS:
        raise NoArticleText(
            name, "no article text found in the HTML (only navigation or boilerplate); save the article page itself, or give its text"
        )
    return text, result.title, result.date, result.author, result.sitename, result.url, encoding


def _looks_like_html(head: bytes) -> bool:
    start = head[:_SNIFF].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith((b"<!doctype html", b"<html")) or (start.startswith(b"<?xml") and b"<html" in start)


def _looks_binary(data: bytes) -> bool:
    head = data[:_SNIFF]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and controls / len(head) > 0.05


def _bad_byte(exc: UnicodeDecodeError) -> str:
    return f"invalid byte 0x{exc.object[exc.start]:02x} at offset {exc.start}"


def _too_large(name: str, size: int, settings: Settings) -> InputTooLarge:
    return InputTooLarge(
        name,
        f"{size / 1e6:.1f} MB is over the {settings.max_bytes / 1e6:.1f} MB limit for one report; "
        "split it into reports, or raise the limit with --max-bytes",
    )


def _iso_date(value: Any, name: str, what: str) -> str:
    """``YYYY-MM-DD`` from a date, a datetime or an ISO 8601 string; raise MalformedRecord otherwise."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        text = value.strip()
        try:
            return dt.datetime.fromisoformat(text).date().isoformat()
        except ValueError:
            pass
    raise MalformedRecord(name, f"{what} {value!r} is not an ISO 8601 date; write it as YYYY-MM-DD")
