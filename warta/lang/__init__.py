"""Per-language data: one folder per ISO 639-1 code, ``xx`` for what every language shares.

Everything here is data (YAML), read once and cached; code in stages only wires it up.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..errors import ConfigError


@lru_cache(maxsize=None)
def load(lang: str, name: str) -> Any:
    """The data in ``warta/lang/<lang>/<name>.yaml``."""
    path = resources.files(__name__).joinpath(lang, f"{name}.yaml")
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ConfigError(f"no language data {lang}/{name}.yaml; warta ships: {', '.join(available(name))}") from exc
    return yaml.safe_load(text)


def available(name: str) -> list[str]:
    """The language codes that have ``<name>.yaml``."""
    root = resources.files(__name__)
    return sorted(p.name for p in root.iterdir() if p.is_dir() and p.joinpath(f"{name}.yaml").is_file())
