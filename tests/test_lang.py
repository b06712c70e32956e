"""warta/lang: the per-language data files read as warta means them."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from warta import lang


def _files() -> list[tuple[str, str]]:
    root = resources.files("warta.lang")
    return sorted(
        (d.name, f.name.removesuffix(".yaml"))
        for d in root.iterdir() if d.is_dir()
        for f in d.iterdir() if f.name.endswith(".yaml")
    )


def _lists(node, path=""):
    """Every list in the data, with where it is."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _lists(value, f"{path}/{key}")
    elif isinstance(node, list):
        yield path, node
        for n, value in enumerate(node):
            yield from _lists(value, f"{path}[{n}]")


@pytest.mark.parametrize("code, name", _files())
def test_lang_word_lists_hold_words(code: str, name: str) -> None:
    """A list of words never turns a word into a boolean: YAML 1.1 reads "no", "on", "off" and
    "yes" as booleans, so "no clashes" would never be negated and "on Monday" never a date."""
    data = lang.load(code, name)
    for path, items in _lists(data):
        assert not any(isinstance(item, bool) for item in items), f"{code}/{name}.yaml{path}"


def test_lang_loader_keeps_true_and_false_and_reads_yes_no_on_off_as_words() -> None:
    data = yaml.load("flag: true\noff_flag: False\nwords: [no, on, off, yes, No]\n", Loader=lang.WordLoader)
    assert data == {"flag": True, "off_flag": False, "words": ["no", "on", "off", "yes", "No"]}


def test_lang_loader_refuses_a_key_given_twice() -> None:
    with pytest.raises(yaml.YAMLError, match="given twice"):
        yaml.load("triggers:\n  hacked: attack\n  hacked: cyber\n", Loader=lang.WordLoader)


def test_lang_negation_words_include_no() -> None:
    assert "no" in lang.load("en", "events")["negated"]
    assert "on" in lang.load("en", "times")["date_prepositions"]
