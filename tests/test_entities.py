"""entities.v1: named entities linked within the document and to the knowledge base."""

from __future__ import annotations

import json
import pickle

import pytest

import warta

from .conftest import SHARED

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
        # the model reads two places; the knowledge base knows the country by its "and" name too
        ("Police in Trinidad and Tobago arrested three men on Friday.", "Trinidad and Tobago", "GPE", "Trinidad and Tobago", "TTO", None, None),
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


@pytest.mark.parametrize(
    "text, mention, label",
    [
        ("Serangan udara Israel menewaskan tiga orang di Gaza.", "Israel", "NORP"),
        ("Pada malam hari pasukan Rusia menyerang Kharkiv.", "Rusia", "NORP"),
        ("Tentara Korea Utara terlihat di dekat perbatasan.", "Korea Utara", "NORP"),
        ("Presiden Sudan Omar Beshir menolak usulan itu.", "Sudan", "NORP"),
        ("Roket itu ditembakkan ke wilayah Israel dari Gaza.", "Israel", "GPE"),
        ("Delegasi itu tiba di Rusia pada hari Senin.", "Rusia", "GPE"),
        ("Kiev menuduh Rusia menyerang jaringan listrik.", "Rusia", "GPE"),
        ("Serangan itu dilancarkan Israel pada malam hari.", "Israel", "GPE"),
        ("Rusia membombardir bendungan di Sungai Vovcha.", "Rusia", "GPE"),
    ],
)
def test_entities_indonesian_country_after_a_noun_is_its_nationality(
    pipeline: warta.Pipeline, text: str, mention: str, label: str
) -> None:
    doc = pipeline(pipeline.make_doc(text, lang="id"))
    found = [e for e in doc.entities if any(doc.text[s:e_] == mention for s, e_ in e.mentions)]
    assert [e.label for e in found] == [label]
    assert found[0].country is not None


def test_entities_a_country_and_its_nationality_are_two_entities(pipeline: warta.Pipeline) -> None:
    doc = pipeline(pipeline.make_doc("Pasukan Ukraina bertahan di Kursk. Rusia mengirim bala bantuan ke Ukraina.", lang="id"))
    ukraine = [(e.label, e.country, len(e.mentions)) for e in doc.entities if e.country == "UKR"]
    assert sorted(ukraine) == [("GPE", "UKR", 1), ("NORP", "UKR", 1)]


@pytest.mark.parametrize(
    "text, lang, name",
    [
        ('" Semua sudah menerima program itu , " kata Mensos Khofifah .', "id", "Khofifah"),
        ("Nama baru itu adalah Komjen Pol Badrodin Haiti .", "id", "Badrodin Haiti"),
        ("Momen Pak Jokowi sangat baik , katanya .", "id", "Jokowi"),
    ],
)
def test_entities_titles_and_forms_of_address_are_not_part_of_a_name(
    pipeline: warta.Pipeline, text: str, lang: str, name: str
) -> None:
    doc = pipeline(pipeline.make_doc(text, lang=lang))
    people = [doc.text[s:e] for entity in doc.entities if entity.label == "PER" for s, e in entity.mentions]
    assert people == [name]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Mantan Sekretaris Jenderal NATO itu kini mengajar di Oslo.", "id"),
        ("The former NATO Secretary General now teaches in Oslo.", "en"),
    ],
)
def test_entities_a_former_office_holder_is_not_todays(pipeline: warta.Pipeline, text: str, lang: str) -> None:
    found = entities(pipeline, text, lang=lang, published="2025-03-01")
    assert "Mark Rutte" not in {e.name for e in found.values()}


@pytest.mark.parametrize(
    "text, lang, mention, name, country, sector",
    [
        ("KPK menetapkan dua pejabat Kementerian Perhubungan sebagai tersangka suap.", "id", "KPK",
         "Corruption Eradication Commission (KPK)", "IDN", "JUD"),
        ("KPK menetapkan dua pejabat Kementerian Perhubungan sebagai tersangka suap.", "id", "Kementerian Perhubungan",
         "Ministry of Transportation of Indonesia", "IDN", "GOV"),
        ("Prajurit TNI AD membantu evakuasi warga korban banjir di Demak.", "id", "TNI AD", "Indonesian Army", "IDN", "MIL"),
        ("Juru bicara Kementerian Pertahanan Rusia mengatakan dua drone ditembak jatuh.", "id",
         "Kementerian Pertahanan Rusia", "Kementerian Pertahanan Rusia", "RUS", "MIL"),
        ("The IDF said Hamas fighters had fired rockets from Khan Younis.", "en", "IDF", "Israel Defense Forces", "ISR", "MIL"),
        ("The IDF said Hamas fighters had fired rockets from Khan Younis.", "en", "Hamas", "Hamas", "PSE", "REB"),
        ("A Pentagon spokesperson said the Houthis had launched three drones.", "en", "Houthis", "Houthis (Ansar Allah)", "YEM", "REB"),
    ],
)
def test_entities_organisations_link_to_the_knowledge_base(
    pipeline: warta.Pipeline, text: str, lang: str, mention: str, name: str, country: str, sector: str
) -> None:
    """State bodies and armed groups named alone give their country and sector; a ministry's name
    followed by another country's is that country's ministry, not Indonesia's."""
    e = entities(pipeline, text, lang=lang)[mention]
    assert (e.label, e.name, e.country, e.sector) == ("ORG", name, country, sector)


def test_entities_a_possessive_is_not_part_of_the_name(pipeline: warta.Pipeline) -> None:
    found = entities(pipeline, "But when Mubarak’s successor, Mohamed Morsi, was elected, the army moved.", lang="en")
    assert "Mubarak" in found and "Mubarak’s" not in found


def test_entities_abbreviations_match_with_their_capitals(pipeline: warta.Pipeline) -> None:
    """"BIN" is the intelligence agency; "Bin" in a name is not."""
    found = entities(pipeline, "Laporan BIN menyebut jaringan Osama Bin Laden masih aktif.", lang="id")
    assert found["BIN"].sector == "SPY"
    assert all(e.name != "State Intelligence Agency (BIN)" for k, e in found.items() if k != "BIN")


@pytest.mark.parametrize(
    "text, lang, mention",
    [
        ("Gugatan itu didaftarkan ke Mahkamah Konstitusi (MK) pada Senin.", "id", "Mahkamah Konstitusi (MK)"),
        ("Indeks saham di Bursa Efek Indonesia (BEI) ditutup melemah.", "id", "Bursa Efek Indonesia (BEI)"),
        ("Komisi Pemberantasan Korupsi (KPK) menahan bupati itu pada Senin.", "id", "Komisi Pemberantasan Korupsi (KPK)"),
    ],
)
def test_entities_an_organisation_and_its_bracketed_abbreviation_are_one_mention(
    pipeline: warta.Pipeline, text: str, lang: str, mention: str
) -> None:
    found = entities(pipeline, text, lang=lang)
    assert found[mention].label == "ORG"
    assert [k for k in found if k != mention and k in mention] == []


def test_entities_ner_id_dev_f1_gate(pipeline: warta.Pipeline) -> None:
    """The whole entities stage on the ner-id dev set, counted as ../shared/eval/score.py ner-id counts
    it (every mention; GPE/LOC/FAC -> LOC; NORP and the rest not scored). Measured 0.788."""
    dev = SHARED / "eval" / "data" / "ner-id" / "dev"
    as_scored = {"PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
    tp = npred = ngold = 0
    with (dev / "inputs.jsonl").open(encoding="utf-8") as fi, (dev / "gold.jsonl").open(encoding="utf-8") as fg:
        for line_in, line_gold in zip(fi, fg, strict=True):
            record, gold = json.loads(line_in), json.loads(line_gold)
            doc = pipeline(pipeline.make_doc(record["text"], lang="id"))
            pred = {(s, e, as_scored[x.label]) for x in doc.entities if x.label in as_scored for s, e in x.mentions}
            gset = {(g["start"], g["end"], g["label"]) for g in gold["entities"]}
            tp, npred, ngold = tp + len(pred & gset), npred + len(pred), ngold + len(gset)
    precision, recall = tp / npred, tp / ngold
    assert 2 * precision * recall / (precision + recall) >= 0.78


@pytest.mark.parametrize(
    "text, mention, label, country",
    [
        ("A video showed Russia bombing a dam near Kurakhove in the Donetsk region, Ukraine.", "Donetsk", "GPE", None),
        ("Thousands of North Korean soldiers are fighting in the Kursk region, Ukraine says.", "Kursk", "GPE", None),
        ("Cold weather hit the Luhansk and Donetsk regions overnight.", "Donetsk", "GPE", None),
        ("North Korea has sent troops to Russia, President Volodymyr Zelenskyy said.", "North Korea", "GPE", "PRK"),
        ("North Korea has sent troops to Russia, President Volodymyr Zelenskyy said.", "Volodymyr Zelenskyy", "PER", "UKR"),
    ],
)
def test_entities_english_seed_wording(pipeline: warta.Pipeline, text: str, mention: str, label: str, country: str | None) -> None:
    """The seed's story told in English: the places the small English model misses or calls a product
    ("the Kursk region") are places; the people and countries link to the knowledge base."""
    doc = pipeline(pipeline.make_doc(text, lang="en"))
    found = [e for e in doc.entities if any(doc.text[s:e_] == mention for s, e_ in e.mentions)]
    assert [(e.label, e.country) for e in found] == [(label, country)]


def test_english_ner_holds_blas_to_one_thread_only_while_it_runs() -> None:
    from threadpoolctl import threadpool_info, threadpool_limits

    from warta import ner

    model = ner.load("en")
    text = "President Volodymyr Zelenskyy visited Donetsk on Monday."
    model.predict(text, [], [(0, len(text))])  # loads spaCy, numpy and its BLAS
    with threadpool_limits(limits=2, user_api="blas"):
        before = [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"]
        found = model.predict(text, [], [(0, len(text))])
        after = [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"]
    assert after == before == [2]
    assert ("Volodymyr Zelenskyy", "PER") in [(text[s:e], label) for s, e, label in found]


def test_entities_a_name_of_several_words_in_brackets_is_no_abbreviation(pipeline: warta.Pipeline) -> None:
    found = entities(pipeline, "On 1 February 2022, about 100 people gathered in Mondragon (Basque Country) to protest.", lang="en")
    assert "Mondragon" in found and "Basque Country" in found  # (an abbreviation stays with its name: the test of bracketed abbreviations)


def test_entities_a_persons_name_read_as_a_place_is_the_person(pipeline: warta.Pipeline) -> None:
    doc = pipeline(pipeline.make_doc("Yulia Skripal left the hospital on Friday. Yulia thanked the doctors.", lang="en"))
    yulia = [e for e in doc.entities if e.name == "Yulia Skripal"]
    assert len(yulia) == 1 and yulia[0].label == "PER" and len(yulia[0].mentions) == 2
    assert not any(e.label in ("GPE", "LOC", "FAC") for e in doc.entities)


def test_entities_a_place_name_has_a_capital(pipeline: warta.Pipeline) -> None:
    doc = pipeline(pipeline.make_doc("The sale of meth rose in red states last year, police in Ohio said.", lang="en"))
    assert [doc.text[s:e] for e in doc.entities if e.label in ("GPE", "LOC", "FAC") for s, e in e.mentions] == ["Ohio"]
