"""The pipeline: stages by versioned name, requirements checked at build, batches that never die."""

from __future__ import annotations

import json
import pickle
import re

import pytest

import warta
from warta import registry
from warta.doc import Doc
from warta.errors import ConfigError, PipelineError, StageError, UnsupportedLanguage
from warta.settings import Settings, markdown

from .conftest import DETIK, ROOT


def test_pipeline_default_stages_in_order() -> None:
    assert warta.load().names == ["langid.v1", "segment.v1", "provenance.v1", "entities.v1", "places.v1", "times.v1", "quantities.v1", "events.v1", "quotes.v1"]


def test_pipeline_bare_name_takes_newest_version() -> None:
    assert warta.load({"stages": ["langid", "segment"]}).names == ["langid.v1", "segment.v1"]


@pytest.mark.parametrize(
    "stages, message",
    [
        (["segment.v1"], "stage segment.v1 requires doc.lang"),
        (["provenance.v1", "langid.v1"], "stage provenance.v1 requires doc.lang"),
        (["langid.v1", "segmnt.v1"], "unknown stage 'segmnt.v1'; did you mean 'segment.v1'"),
        (["nothing"], "unknown stage 'nothing'; registered stages: entities.v1, events.v1, langid.v1"),
    ],
)
def test_pipeline_build_reports_broken_stage_lists(stages: list[str], message: str) -> None:
    with pytest.raises(PipelineError, match=re.escape(message)):
        warta.load({"stages": stages})


@pytest.mark.parametrize(
    "values, message",
    [
        ({"max_byte": 10}, "unknown setting 'max_byte'; did you mean 'max_bytes'"),
        ({"max_bytes": 0}, "max_bytes must be a positive whole number"),
        ({"languages": "id"}, "languages must be a list"),
        ({"languages": []}, "languages is empty"),
        ({"encoding": "klingon"}, "unknown encoding"),
    ],
)
def test_settings_are_validated(values: dict, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        Settings.from_mapping(values)


def test_settings_docs_are_in_step_with_the_table() -> None:
    assert (ROOT / "docs" / "settings.md").read_text(encoding="utf-8") == markdown(), (
        "docs/settings.md is stale: python scripts/settings_doc.py"
    )


def test_registry_rejects_a_second_factory_under_one_name() -> None:
    with pytest.raises(PipelineError, match="registered twice"):
        registry.stage("langid.v1", requires=[], assigns=[])(lambda settings: None)


def test_pipeline_pickles_and_gives_the_same_documents(seed_text: str) -> None:
    pipeline = warta.load()
    clone = pickle.loads(pickle.dumps(pipeline))
    assert clone.names == pipeline.names
    assert clone(clone.make_doc(seed_text)).to_json() == pipeline(pipeline.make_doc(seed_text)).to_json()


def test_pipeline_is_deterministic_over_a_corpus() -> None:
    records = [json.loads(line) for line in DETIK.read_text(encoding="utf-8").split("\n")[:40]]
    first = [d.to_json() for d in warta.load().pipe(records)]
    second = [d.to_json() for d in warta.load().pipe(records)]
    assert first == second


def test_pipeline_pipe_yields_one_result_per_item_in_order() -> None:
    items = [
        "Pasukan Rusia menyerang Kharkiv pada Selasa malam, kata pejabat setempat.",
        "   ",
        {"id": "r1", "text": "Russian forces shelled Kharkiv overnight, officials said."},
        {"id": "r2", "text": "Войска России обстреляли Харьков ночью, сообщили местные власти."},
    ]
    outcomes = list(warta.load().pipe(items))
    assert [type(o).__name__ for o in outcomes] == ["Doc", "Rejected", "Doc", "Rejected"]
    assert outcomes[1].code == "empty" and outcomes[1].stage == "ingest"
    assert outcomes[3].code == "unsupported_language" and outcomes[3].stage == "langid.v1"
    assert "Russian (ru" in outcomes[3].message and outcomes[3].input == "r2"


class _Broken:
    def __call__(self, doc: Doc) -> Doc:
        if "meledak" in doc.text:
            raise KeyError("boom")
        return doc


class _NotADoc:
    def __call__(self, doc: Doc) -> str:
        return "oops"


@pytest.fixture
def extra_stages():
    registry.stage("test_broken.v1", requires=["doc.text"], assigns=[])(lambda settings: _Broken())
    registry.stage("test_not_a_doc.v1", requires=["doc.text"], assigns=[])(lambda settings: _NotADoc())
    yield
    registry._stages.pop("test_broken.v1")
    registry._stages.pop("test_not_a_doc.v1")


def test_pipeline_turns_a_stage_crash_into_a_reject(extra_stages: None) -> None:
    pipeline = warta.load({"stages": ["langid", "test_broken.v1"]})
    outcomes = list(pipeline.pipe(["Bom meledak di pasar.", "Pasukan bergerak ke utara kota itu."]))
    assert isinstance(outcomes[0], warta.Rejected) and isinstance(outcomes[1], Doc)
    assert outcomes[0].stage == "test_broken.v1" and outcomes[0].code == "stage_failed"
    assert "KeyError" in outcomes[0].message and "report it" in outcomes[0].message


def test_pipeline_checks_what_a_stage_returns(extra_stages: None) -> None:
    pipeline = warta.load({"stages": ["test_not_a_doc.v1"]})
    with pytest.raises(StageError, match="returned str, not a Doc"):
        pipeline(pipeline.make_doc("Pasukan bergerak ke utara."))


def test_extract_raises_for_unsupported_language() -> None:
    with pytest.raises(UnsupportedLanguage, match="reads as"):
        warta.extract("Войска России обстреляли Харьков ночью, сообщили местные власти.")


def test_extract_trusts_a_given_supported_language_and_rejects_others() -> None:
    assert warta.extract("Kursk.", lang="id").lang == "id"
    with pytest.raises(UnsupportedLanguage, match="'ru', is not one warta reads"):
        warta.extract("Kursk.", lang="ru")
