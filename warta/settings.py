"""Every setting warta has, in one table: name, default, what it does.

``Settings`` is frozen and validated when made; ``Settings.from_mapping`` names an unknown key
and suggests the closest real one. docs/settings.md is written from this table
(``python scripts/settings_doc.py``) and a test keeps the two in step.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import difflib
from dataclasses import dataclass, field
from typing import Any, Mapping

from .errors import ConfigError

DEFAULT_STAGES = ("langid.v1", "segment.v1", "provenance.v1", "entities.v1", "places.v1", "times.v1", "quantities.v1", "events.v1", "quotes.v1")


def _setting(default: Any, help: str, **kwargs: Any) -> Any:
    if isinstance(default, (list, dict, tuple)):
        return field(default_factory=lambda: copy.deepcopy(default), metadata={"help": help, **kwargs})
    return field(default=default, metadata={"help": help, **kwargs})


@dataclass(frozen=True)
class Settings:
    stages: tuple[str, ...] = _setting(
        DEFAULT_STAGES,
        "Stages run after ingest, in order, by registered name (`name.vN`; a bare name takes the newest version).",
    )
    languages: tuple[str, ...] = _setting(
        ("id", "en"), "ISO 639-1 codes of the languages to accept; a report in any other is rejected."
    )
    language_relatives: Mapping[str, str] = _setting(
        {"ms": "id"},
        "Languages read as a close supported one (Malay text is read by the Indonesian stages).",
    )
    langid_chars: int = _setting(600, "How many characters from the start of a report language identification reads.")
    max_bytes: int = _setting(
        5_000_000, "Largest report accepted, in bytes; a larger one is rejected (a JSONL file may be any size)."
    )
    encoding: str | None = _setting(
        None,
        "Encoding of text and HTML files; unset means UTF-8, or a detected encoding when the bytes are not UTF-8.",
    )
    store_batch: int = _setting(100, "Documents written to the store per transaction.")
    today: str | None = _setting(
        None,
        "The processing date (YYYY-MM-DD). A day and month with a weekday and no year, in a report with no "
        "publication date, take the latest year not after it whose calendar agrees; unset means today's date "
        "when the pipeline is built (the clock is read there, never while normalising).",
    )

    def __post_init__(self) -> None:
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if f.name in ("stages", "languages"):
                if isinstance(value, str) or not all(isinstance(v, str) and v for v in value):
                    raise ConfigError(f"setting {f.name} must be a list of names, got {value!r}")
                object.__setattr__(self, f.name, tuple(value))
            elif f.name in ("langid_chars", "max_bytes", "store_batch"):
                if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                    raise ConfigError(f"setting {f.name} must be a positive whole number, got {value!r}")
        if not self.languages:
            raise ConfigError("setting languages is empty: give at least one language code, e.g. ['id', 'en']")
        if self.today is not None:
            try:
                dt.date.fromisoformat(str(self.today))
            except ValueError as exc:
                raise ConfigError(f"setting today must be a date as YYYY-MM-DD, got {self.today!r}") from exc
        if self.encoding is not None:
            import codecs

            try:
                codecs.lookup(self.encoding)
            except LookupError as exc:
                raise ConfigError(f"setting encoding: unknown encoding {self.encoding!r} (try utf-8, cp1252, latin-1)") from exc

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any] | None = None) -> Settings:
        values = dict(values or {})
        known = {f.name for f in dataclasses.fields(cls)}
        for key in values:
            if key not in known:
                close = difflib.get_close_matches(key, sorted(known), n=1)
                hint = f"; did you mean {close[0]!r}?" if close else f"; settings are: {', '.join(sorted(known))}"
                raise ConfigError(f"unknown setting {key!r}{hint}")
        return cls(**values)

    def replace(self, **changes: Any) -> Settings:
        return self.from_mapping({**dataclasses.asdict(self), **changes})


def table() -> list[tuple[str, Any, str]]:
    """(name, default, help) for every setting, in declaration order."""
    defaults = Settings()
    return [(f.name, getattr(defaults, f.name), f.metadata["help"]) for f in dataclasses.fields(Settings)]


def markdown() -> str:
    lines = [
        "# Settings",
        "",
        "Generated from `warta/settings.py` by `python scripts/settings_doc.py`; do not edit by hand.",
        "Pass them to `warta.load({...})`, or from the command line where an option exists.",
        "",
        "| setting | default | what it does |",
        "| --- | --- | --- |",
    ]
    for name, default, help in table():
        if isinstance(default, tuple):
            default = list(default)
        lines.append(f"| `{name}` | `{default!r}` | {help} |")
    return "\n".join(lines) + "\n"
