"""Records <-> table rows, by the naming rule in ``schema.py``.

``flatten`` turns a record's scalar fields, spans and nested objects into one row's columns;
``unflatten`` reads them back. Lists inside a record are the caller's to write as child rows.
A nested object is stored as its columns and read back as None when all of them are NULL.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ..doc import _NESTED, _NESTED_LIST, _RUNTIME, _SPAN, _SPANS, Record


def _column(prefix: str, name: str) -> str:
    return "ref" if not prefix and name == "id" else f"{prefix}{name}"


def flatten(record: Record | None, cls: type[Record], prefix: str = "") -> dict[str, Any]:
    row: dict[str, Any] = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        kind = f.metadata.get("kind")
        value = None if record is None else getattr(record, f.name)
        column = _column(prefix, f.name)
        if kind == _SPAN:
            row[f"{column}_start"], row[f"{column}_end"] = (None, None) if value is None else value
        elif kind == _NESTED:
            row.update(flatten(value, Record._registry[f.metadata["cls"]], f"{column}_"))
        elif kind in (_SPANS, _NESTED_LIST, _RUNTIME) or f.default_factory is list:
            continue
        else:
            row[column] = value
    return row


def unflatten(row: Any, cls: type[Record], prefix: str = "", **lists: Any) -> Any:
    """The record of type ``cls`` in ``row`` (a mapping); ``lists`` supplies its list fields."""
    kwargs: dict[str, Any] = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        kind = f.metadata.get("kind")
        column = _column(prefix, f.name)
        if f.name in lists:
            kwargs[f.name] = lists[f.name]
        elif kind == _SPAN:
            start, end = row[f"{column}_start"], row[f"{column}_end"]
            kwargs[f.name] = None if start is None else (start, end)
        elif kind == _NESTED:
            sub = Record._registry[f.metadata["cls"]]
            nested = unflatten(row, sub, f"{column}_")
            empty = all(v is None for v in flatten(nested, sub).values())
            kwargs[f.name] = sub() if empty and f.default is dataclasses.MISSING else (None if empty else nested)
        elif kind in (_SPANS, _NESTED_LIST, _RUNTIME) or f.default_factory is list:
            continue
        else:
            kwargs[f.name] = row[column]
    return cls(**kwargs)
