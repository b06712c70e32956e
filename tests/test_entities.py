"""entities.v1: named entities linked within the document and to the knowledge base."""

from __future__ import annotations

import pickle

import pytest

import warta

STAGES = {"stages": ["langid", "segment", "provenance", "entities"]}


@pytest.fixture(scope="module")
def pipeline() -> warta.Pipeline:
    return warta.load(STAGES)


def entities(pipeline: warta.Pipeline, text: str, **kwargs) -> dict[str, warta.doc.Entity]:
    """Entities by the text of their first mention."""
    doc = pipeline(pipeline.make_doc(text, **kwargs))
    return {doc.text[e.mentions[0][0] : e.mentions[0][1]]: e for e in doc.entities}


@pytest.mark.parametrize(
    "published, holder",
    [("2023-05-01", "Jens Stoltenberg"), ("2025-03-01", "Mark Rutte"), ("2024-10-01", "Mark Rutte")],
)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("The NATO Secretary General told allies in Brussels that they must stand together.", "en"),
        ("Sekretaris Jenderal NATO mendesak para sekutu untuk bersatu menghadapi ancaman.", "id"),
    ],
)
def test_entities_office_title_resolves_to_the_holder_on_the_day(
    pipeline: warta.Pipeline, text: str, lang: str, published: str, holder: str
) -> None:
    found = entities(pipeline, text, published=published, lang=lang)
    people = [e for e in found.values() if e.label == "PER"]
    assert [p.name for p in people] == [holder]


@pytest.mark.parametrize(
    "text, mention, label, name, country, sector, kb",
    [
        ("President Volodymyr Zelenskyy said the front was holding.", "Volodymyr Zelenskyy", "PER", "Volodymyr Zelenskyy", "UKR", "GOV", "Q3881"),
        ("North Korea has sent troops to Russia, officials in Seoul said.", "North Korea", "GPE", "North Korea", "PRK", None, None),
        ("North Korean soldiers were seen near the border, the army said.", "North Korean", "NORP", "North Korea", "PRK", None, None),
        ("Russian President Vladimir Putin signed the treaty into law on Saturday.", "Vladimir Putin", "PER", "Vladimir Putin", "RUS", "GOV", "Q7747"),
        ("NATO chief Mark Rutte met ministers in Paris on Tuesday.", "Mark Rutte", "PER", "Mark Rutte", None, "IGO", None),
    ],
)
def test_entities_english_names_link_to_the_knowledge_base(
    pipeline: warta.Pipeline, text: str, mention: str, label: str, name: str, country: str | None, sector: str | None, kb: str | None
) -> None:
    entity = entities(pipeline, text, lang="en")[mention]
    assert (entity.label, entity.name, entity.country, entity.sector, entity.kb) == (label, name, country, sector, kb)


@pytest.mark.parametrize(
    "text, mention, others",
    [
        ("President Volodymyr Zelenskyy spoke in Kyiv. Zelensky said more air defence was needed. Zelenskiy left.",
         "Volodymyr Zelenskyy", ["Zelensky", "Zelenskiy"]),
        ("Presiden Joko Widodo membuka rapat itu. Jokowi meminta para menteri bekerja cepat.", "Joko Widodo", ["Jokowi"]),
        ("Perdana Menteri Anwar Ibrahim tiba di Jakarta. Anwar mengatakan kerja sama itu penting.", "Anwar Ibrahim", ["Anwar"]),
    ],
)
def test_entities_surnames_and_spelling_variants_join_the_full_name(
    pipeline: warta.Pipeline, text: str, mention: str, others: list[str]
) -> None:
    doc = pipeline(pipeline.make_doc(text))
    [entity] = [e for e in doc.entities if doc.text[e.mentions[0][0] : e.mentions[0][1]] == mention]
    assert [doc.text[s:e] for s, e in entity.mentions[1:]] == others


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Pada Selasa (12 November), pasukan bergerak. Sumber : Reuters", "id"),
        ("On Monday, in November, the talks resumed in Geneva after a pause.", "en"),
    ],
)
def test_entities_days_months_and_source_labels_are_not_entities(pipeline: warta.Pipeline, text: str, lang: str) -> None:
    found = entities(pipeline, text, lang=lang)
    assert not {"Selasa", "November", "Sumber", "Monday"} & set(found)


def test_entities_outlets_named_by_provenance_are_media_organisations(pipeline: warta.Pipeline) -> None:
    found = entities(pipeline, "Pasukan Rusia menyerang Kharkiv pada malam hari.\nSumber : NDTV.com", lang="id")
    assert (found["NDTV.com"].label, found["NDTV.com"].sector) == ("ORG", "MED")


def test_entities_are_numbered_by_first_mention_and_deterministic(pipeline: warta.Pipeline, seed_text: str) -> None:
    first = pipeline(pipeline.make_doc(seed_text))
    second = pipeline(pipeline.make_doc(seed_text))
    assert first.to_json() == second.to_json()
    assert [e.id for e in first.entities] == [f"E{i}" for i in range(1, len(first.entities) + 1)]
    assert [e.mentions[0] for e in first.entities] == sorted(e.mentions[0] for e in first.entities)
    for entity in first.entities:
        for start, end in entity.mentions:
            assert 0 <= start < end <= len(first.text)


def test_entities_stage_pickles(pipeline: warta.Pipeline, seed_text: str) -> None:
    clone = pickle.loads(pickle.dumps(pipeline))
    assert clone(clone.make_doc(seed_text)).entities == pipeline(pipeline.make_doc(seed_text)).entities
