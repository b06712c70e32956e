"""Per-language data: one folder per ISO 639-1 code, ``xx`` for what every language shares.

Everything here is data (YAML), read once and cached; code in stages only wires it up.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..errors import ConfigError

_BOOL = "tag:yaml.org,2002:bool"


class WordLoader(yaml.SafeLoader):
    """YAML whose only booleans are true and false: "no", "on", "off" and "yes" are words here
    (YAML 1.1 reads them as booleans, and word lists hold them: "no clashes", "on Monday"). A key
    given twice in one mapping is an error, not a silent overwrite."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"the key {key!r} is given twice", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


WordLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != _BOOL]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
WordLoader.add_implicit_resolver(_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def without_ending(word: str, endings: tuple[str, ...] | list[str]) -> str:
    """``word`` without the first of ``endings`` it ends with, if anything is left ("Mubarak’s" ->
    "Mubarak" with a language's ``possessives``)."""
    ending = next((e for e in endings if word.endswith(e) and len(word) > len(e)), "")
    return word[: len(word) - len(ending)]


@lru_cache(maxsize=None)
def load(lang: str, name: str) -> Any:
    """The data in ``warta/lang/<lang>/<name>.yaml``."""
    path = resources.files(__name__).joinpath(lang, f"{name}.yaml")
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ConfigError(f"no language data {lang}/{name}.yaml; warta ships: {', '.join(available(name))}") from exc
    try:
        return yaml.load(text, Loader=WordLoader)
    except yaml.YAMLError as exc:
        raise ConfigError(f"warta/lang/{lang}/{name}.yaml: {exc}") from exc


def available(name: str) -> list[str]:
    """The language codes that have ``<name>.yaml``."""
    root = resources.files(__name__)
    return sorted(p.name for p in root.iterdir() if p.is_dir() and p.joinpath(f"{name}.yaml").is_file())


def phrases(mapping: dict[str, Any]) -> dict[str, list[tuple[tuple[str, ...], Any]]]:
    """A table of words and phrases for matching token by token: {"bulan lalu": x} ->
    {"bulan": [(("bulan", "lalu"), x)]}, keys lower-cased, by first word, longest first."""
    index: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
    for key, value in mapping.items():
        words = tuple(str(key).lower().split())
        index.setdefault(words[0], []).append((words, value))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


def phrase_at(words: list[str], i: int, table: dict[str, list[tuple[tuple[str, ...], Any]]]) -> tuple[int, Any] | None:
    """The longest key of ``table`` (made by ``phrases``) starting at lower-cased token ``i`` of
    ``words``: (the token after it, its value); None if none does, or ``i`` is out of range."""
    if not 0 <= i < len(words):
        return None
    for key, value in table.get(words[i], ()):
        if len(key) == 1 or tuple(words[i : i + len(key)]) == key:
            return i + len(key), value
    return None
