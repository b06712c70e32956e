"""warta: news reports about armed conflict and politics into records an analyst can check.

    >>> import warta
    >>> doc = warta.extract("Pasukan Rusia menyerang Kharkiv pada Selasa.", published="2024-11-13")
    >>> doc.lang
    'id'

``extract`` reads one report; ``load(settings)`` builds a ``Pipeline`` whose ``pipe(items)``
reads many and never stops on a bad one.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from .doc import Doc
from .errors import InputError, WartaError
from .pipeline import Pipeline, Rejected, Skipped
from .settings import Settings

__version__ = "0.1.0"

logging.getLogger("warta").addHandler(logging.NullHandler())

_default: Pipeline | None = None


def load(settings: Settings | dict[str, Any] | None = None) -> Pipeline:
    """A pipeline built from ``settings`` (a ``Settings``, a dict of settings, or None for the defaults)."""
    return Pipeline(settings)


def extract(
    text: str,
    *,
    published: str | dt.date | None = None,
    lang: str | None = None,
    url: str | None = None,
) -> Doc:
    """Read one report with the default pipeline; raise an ``InputError`` if it cannot be read."""
    global _default
    if _default is None:
        _default = Pipeline()
    doc = _default.make_doc(text, published=published, lang=lang, url=url)
    return _default(doc)


__all__ = ["extract", "load", "Doc", "Pipeline", "Rejected", "Skipped", "Settings", "WartaError", "InputError", "__version__"]
