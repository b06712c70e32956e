"""The pipeline: ingest, then stages by name, each a picklable callable ``Doc -> Doc``.

``Pipeline(settings)`` builds the stages named in ``settings.stages`` and checks, before any
report is read, that every stage's requirements are assigned by ingest or an earlier stage.
``pipe(items)`` never stops on a bad report: it yields a ``Doc`` for each report read, and a
``Rejected`` (input, stage, code, message) for each one that could not be.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Union

from . import registry
from .doc import Doc
from .errors import InputError, PipelineError, StageError, WartaError
from .ingest import Input, to_doc
from .settings import Settings

log = logging.getLogger("warta")

Item = Union[str, dict, Input, Doc]


@dataclass(frozen=True)
class Rejected:
    """A report that did not become a document, and why."""

    input: str
    stage: str
    code: str
    message: str

    @classmethod
    def from_error(cls, error: InputError) -> Rejected:
        return cls(input=error.input, stage=error.stage or "ingest", code=error.code, message=error.message)

    @property
    def error_type(self) -> str:
        return _ERROR_NAMES.get(self.code, "InputError")


@dataclass(frozen=True)
class Skipped:
    """A report the caller asked to skip (``pipe(..., skip=...)``), for example one already stored."""

    doc: Doc


def _error_names() -> dict[str, str]:
    from . import errors

    return {
        cls.code: name
        for name, cls in vars(errors).items()
        if isinstance(cls, type) and issubclass(cls, InputError)
    }


_ERROR_NAMES = _error_names()


def _satisfied(requirement: str, provided: set[str]) -> bool:
    return any(
        requirement == name or requirement.startswith(name + ".") or name.startswith(requirement + ".")
        for name in provided
    )


def _build(spec: registry.StageSpec, settings: Settings) -> Callable[[Doc], Doc]:
    try:
        return spec.factory(settings)
    except WartaError:
        raise
    except Exception as exc:
        raise PipelineError(f"stage {spec.name} could not be built ({type(exc).__name__}: {exc}); check its data files") from exc


class Pipeline:
    """Ingest plus the stages in ``settings.stages``, checked when built."""

    def __init__(self, settings: Settings | dict[str, Any] | None = None):
        if not isinstance(settings, Settings):
            settings = Settings.from_mapping(settings)
        self.settings = settings
        self.specs = [registry.get_stage(name) for name in settings.stages]
        provided = set(registry.INGEST_ASSIGNS)
        for spec in self.specs:
            missing = [req for req in spec.requires if not _satisfied(req, provided)]
            if missing:
                raise PipelineError(
                    f"stage {spec.name} requires {', '.join(missing)}, which neither ingest nor an earlier stage "
                    f"assigns; stages in order: {', '.join(s.name for s in self.specs)}"
                )
            provided.update(spec.assigns)
        self.stages: list[Callable[[Doc], Doc]] = [_build(spec, settings) for spec in self.specs]
        self.timings: dict[str, float] = defaultdict(float)

    @property
    def names(self) -> list[str]:
        return [spec.name for spec in self.specs]

    def __repr__(self) -> str:
        return f"Pipeline({' -> '.join(['ingest', *self.names])})"

    def make_doc(self, item: Item, **defaults: Any) -> Doc:
        """Ingest one item (text, record dict, ``Input`` or ``Doc``) into a Doc; raise InputError."""
        if isinstance(item, Doc):
            return item
        if isinstance(item, str):
            item = Input.from_text(item)
        elif isinstance(item, dict):
            item = Input.from_record(item)
        elif not isinstance(item, Input):
            raise TypeError(f"cannot read a {type(item).__name__}; give text, a record dict, an Input or a Doc")
        return to_doc(item, self.settings, **defaults)

    def __call__(self, doc: Doc) -> Doc:
        """Run every stage on ``doc``; raise InputError (or StageError) if one rejects it."""
        for spec, stage in zip(self.specs, self.stages):
            started = time.perf_counter()
            try:
                result = stage(doc)
            except InputError as error:
                error.stage = spec.name
                raise
            except WartaError:
                raise
            except Exception as exc:
                log.debug("stage %s failed on %s", spec.name, doc.input.name or doc.id, exc_info=True)
                raise StageError(
                    doc.input.name or doc.id,
                    f"stage {spec.name} failed ({type(exc).__name__}: {exc}); this is a bug in warta, "
                    "please report it with this input",
                    stage=spec.name,
                ) from exc
            finally:
                self.timings[spec.name] += time.perf_counter() - started
            if not isinstance(result, Doc):
                raise StageError(
                    doc.input.name or doc.id, f"stage {spec.name} returned {type(result).__name__}, not a Doc", stage=spec.name
                )
            doc = result
        return doc

    def pipe(
        self,
        items: Iterable[Item],
        *,
        published: str | dt.date | None = None,
        lang: str | None = None,
        url: str | None = None,
        skip: Callable[[Doc], bool] | None = None,
    ) -> Iterator[Doc | Rejected | Skipped]:
        """One result per item, in order: a ``Doc``, a ``Rejected`` or (when ``skip(doc)``) a ``Skipped``."""
        for item in items:
            started = time.perf_counter()
            try:
                doc = self.make_doc(item, published=published, lang=lang, url=url)
            except InputError as error:
                error.stage = "ingest"
                doc = Rejected.from_error(error)
            except Exception as exc:  # a bug or a broken install: reject this item, keep the batch going
                log.debug("ingest failed on %s", getattr(item, "name", "an item"), exc_info=True)
                doc = Rejected.from_error(
                    StageError(
                        getattr(item, "name", None) or str(item.get("id", "<record>") if isinstance(item, dict) else "<text>"),
                        f"ingest failed ({type(exc).__name__}: {exc}); this is a bug in warta or its install, please report it",
                        stage="ingest",
                    )
                )
            self.timings["ingest"] += time.perf_counter() - started
            if isinstance(doc, Rejected):
                yield doc
                continue
            if skip is not None and skip(doc):
                yield Skipped(doc)
                continue
            try:
                doc = self(doc)
            except InputError as error:
                yield Rejected.from_error(error)
                continue
            yield doc

    def __getstate__(self) -> dict[str, Any]:
        return {"settings": self.settings, "stages": self.stages, "specs_names": self.names}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.settings = state["settings"]
        self.specs = [registry.get_stage(name) for name in state["specs_names"]]
        self.stages = state["stages"]
        self.timings = defaultdict(float)

