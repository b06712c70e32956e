"""Versioned names -> stage factories.

A stage is registered as ``name.vN`` with what it requires and what it assigns::

    @registry.stage("langid.v1", requires=["doc.text"], assigns=["doc.lang"])
    def make_langid(settings: Settings) -> LangId: ...

A bare name (``"langid"``) resolves to the newest version. Requirement names are attribute
paths of ``Doc`` (``doc.sentences``, ``doc.source.via``); ingest provides ``INGEST_ASSIGNS``.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Any, Callable

from .errors import PipelineError

INGEST_ASSIGNS = (
    "doc.text",
    "doc.id",
    "doc.title",
    "doc.published",
    "doc.source.url",
    "doc.source.publisher",
    "doc.source.author",
    "doc.input",
)

_NAME = re.compile(r"^(?P<base>[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*)\.v(?P<version>\d+)$")


@dataclass(frozen=True)
class StageSpec:
    name: str
    factory: Callable[..., Any]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    @property
    def base(self) -> str:
        return _NAME.match(self.name).group("base")  # type: ignore[union-attr]

    @property
    def version(self) -> int:
        return int(_NAME.match(self.name).group("version"))  # type: ignore[union-attr]


_stages: dict[str, StageSpec] = {}


def stage(name: str, *, requires: list[str] | tuple[str, ...], assigns: list[str] | tuple[str, ...]) -> Callable:
    """Register a stage factory under a versioned name."""
    if not _NAME.match(name):
        raise PipelineError(f"stage name {name!r} must look like 'name.v1'")

    def register(factory: Callable[..., Any]) -> Callable[..., Any]:
        if name in _stages and _stages[name].factory is not factory:
            raise PipelineError(f"stage {name!r} is registered twice")
        _stages[name] = StageSpec(name, factory, tuple(requires), tuple(assigns))
        return factory

    return register


def get_stage(name: str) -> StageSpec:
    """The spec for ``name`` (``langid.v1``), or for the newest version of a bare ``langid``."""
    _load_builtin()
    if name in _stages:
        return _stages[name]
    versions = [spec for spec in _stages.values() if spec.base == name]
    if versions:
        return max(versions, key=lambda spec: spec.version)
    known = sorted(_stages)
    close = difflib.get_close_matches(name, known, n=1)
    hint = f"did you mean {close[0]!r}?" if close else f"registered stages: {', '.join(known)}"
    raise PipelineError(f"unknown stage {name!r}; {hint}")


def stage_names() -> list[str]:
    _load_builtin()
    return sorted(_stages)


def _load_builtin() -> None:
    from . import stages  # noqa: F401  (registers the built-in stages)
