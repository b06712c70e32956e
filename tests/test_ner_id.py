"""The Indonesian NER model: a quality gate on the ner-id dev set, a table of news sentences, and the
properties Dask and the pipeline rely on (determinism, pickling, fast load)."""

from __future__ import annotations

import itertools
import json
import os
import pickle
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from warta import Settings, ner
from warta.errors import ConfigError
from warta.stages.segment import Segmenter

from .conftest import ROOT, SHARED

DEV = SHARED / "eval" / "data" / "ner-id" / "dev"
DETIK = SHARED / "eval" / "corpora" / "detik-id.jsonl"

# Pinned floor for strict span+label micro F1 on dev, the model alone (SOURCE.md has the measured
# value). The project's target is 0.80; see SOURCE.md for where the model stands against it.
DEV_F1_FLOOR = 0.77


@pytest.fixture(scope="module")
def segmenter() -> Segmenter:
    return Segmenter(Settings())


@pytest.fixture(scope="module")
def model() -> ner.NerModel:
    return ner.load("id")


def entities(model, segmenter, text: str) -> list[tuple[str, str]]:
    tokens = segmenter.tokens(text)
    found = model.predict(text, tokens, segmenter.sentences(text, tokens, "id"))
    return [(text[s:e], label) for s, e, label in found]


def prf(tp: int, npred: int, ngold: int) -> float:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def test_ner_id_dev_f1_gate(model, segmenter):
    """Strict span + label micro F1 over PER/ORG/LOC, as ../shared/eval/score.py ner-id counts it."""
    tp = npred = ngold = 0
    with (DEV / "inputs.jsonl").open(encoding="utf-8") as fi, (DEV / "gold.jsonl").open(encoding="utf-8") as fg:
        for line_in, line_gold in zip(fi, fg):
            record, gold = json.loads(line_in), json.loads(line_gold)
            assert record["id"] == gold["id"]
            text = record["text"]
            tokens = segmenter.tokens(text)
            pred = set(model.predict(text, tokens, segmenter.sentences(text, tokens, "id")))
            gset = {(e["start"], e["end"], e["label"]) for e in gold["entities"]}
            tp += len(gset & pred)
            npred += len(pred)
            ngold += len(gset)
    assert ngold == 960
    assert prf(tp, npred, ngold) >= DEV_F1_FLOOR


NEWS = [
    ("Menteri Pertahanan Prabowo Subianto bertemu Kepala Staf TNI AD di Jakarta .",
     [("Prabowo Subianto", "PER"), ("TNI AD", "ORG"), ("Jakarta", "LOC")]),
    pytest.param(
        *("KPK menahan Bupati Bandung Barat setelah pemeriksaan pada Selasa .",
     [("KPK", "ORG"), ("Bandung Barat", "LOC")]),
        marks=pytest.mark.xfail(strict=True, reason="known miss: sentence-initial acronym missed"),
    ),
    ("Kementerian Pertahanan menyatakan latihan gabungan digelar di Jawa Barat .",
     [("Kementerian Pertahanan", "ORG"), ("Jawa Barat", "LOC")]),
    pytest.param(
        *("Pasukan Ukraina masih bertahan di wilayah Kursk , kata Presiden Volodymyr Zelensky .",
     [("Ukraina", "LOC"), ("Kursk", "LOC"), ("Volodymyr Zelensky", "PER")]),
        marks=pytest.mark.xfail(strict=True, reason="known miss: title swallowed into PER span"),
    ),
    pytest.param(
        *("Juru bicara TNI Mayor Jenderal Hariyanto mengatakan prajurit dikirim ke Papua .",
     [("TNI", "ORG"), ("Hariyanto", "PER"), ("Papua", "LOC")]),
        marks=pytest.mark.xfail(strict=True, reason="known miss: rank swallowed into PER span"),
    ),
    ("Joko Widodo meresmikan bendungan baru di Sulawesi Selatan .",
     [("Joko Widodo", "PER"), ("Sulawesi Selatan", "LOC")]),
    ("Bank Indonesia mempertahankan suku bunga acuan , ujar Perry Warjiyo .",
     [("Bank Indonesia", "ORG"), ("Perry Warjiyo", "PER")]),
    ("Gempa berkekuatan 6,1 mengguncang Cianjur , Jawa Barat , menurut BMKG .",
     [("Cianjur", "LOC"), ("Jawa Barat", "LOC"), ("BMKG", "ORG")]),
    ("Anies Baswedan berkampanye di Surabaya bersama relawan .",
     [("Anies Baswedan", "PER"), ("Surabaya", "LOC")]),
    ("Polda Metro Jaya menangkap tiga tersangka penipuan daring .",
     [("Polda Metro Jaya", "ORG")]),
    ("Rusia menuduh Amerika Serikat memasok senjata ke Ukraina .",
     [("Rusia", "LOC"), ("Amerika Serikat", "LOC"), ("Ukraina", "LOC")]),
    pytest.param(
        *("Sri Mulyani menyampaikan laporan APBN di gedung DPR .",
     [("Sri Mulyani", "PER"), ("DPR", "ORG")]),
        marks=pytest.mark.xfail(strict=True, reason="known miss: 'gedung DPR' read as a building (LOC)"),
    ),
    ("Partai Golkar mendukung pencalonan Airlangga Hartarto .",
     [("Partai Golkar", "ORG"), ("Airlangga Hartarto", "PER")]),
    ("Banjir merendam ratusan rumah di Kabupaten Bekasi sejak Minggu .",
     [("Kabupaten Bekasi", "LOC")]),
    ("Mahkamah Konstitusi menolak gugatan yang diajukan Ganjar Pranowo .",
     [("Mahkamah Konstitusi", "ORG"), ("Ganjar Pranowo", "PER")]),
    ("Pemerintah Korea Utara mengirim pasukan ke Rusia , kata intelijen Korea Selatan .",
     [("Korea Utara", "LOC"), ("Rusia", "LOC"), ("Korea Selatan", "LOC")]),
    pytest.param(
        *("Kapolri Listyo Sigit Prabowo meninjau pengamanan di Bali .",
     [("Listyo Sigit Prabowo", "PER"), ("Bali", "LOC")]),
        marks=pytest.mark.xfail(strict=True, reason="known miss: name split after a title, first part read as ORG"),
    ),
    ("PBB menyerukan gencatan senjata di Gaza .",
     [("PBB", "ORG"), ("Gaza", "LOC")]),
    # a common word opening a sentence is no name (the word's case class)
    ("Materi yang disampaikan dalam rapat itu dinilai terlalu teknis .", []),
    ("Ruangan kelas itu rusak akibat gempa di Cianjur .", [("Cianjur", "LOC")]),
]  # fmt: skip


@pytest.mark.parametrize("text,expected", NEWS, ids=lambda v: v[:40] if isinstance(v, str) else "")
def test_ner_id_news_sentences(model, segmenter, text, expected):
    found = entities(model, segmenter, text)
    for item in expected:
        assert item in found, f"{item} not in {found}"


def test_ner_id_spans_sorted_disjoint_and_inside_text(model, segmenter):
    text = DETIK.read_text(encoding="utf-8").splitlines()[0]
    text = json.loads(text)["text"]
    tokens = segmenter.tokens(text)
    found = model.predict(text, tokens, segmenter.sentences(text, tokens, "id"))
    assert found
    assert found == sorted(found)
    for (_, e1, _), (s2, _, _) in itertools.pairwise(found):
        assert e1 <= s2
    assert all(0 <= s < e <= len(text) and label in {"PER", "ORG", "LOC"} for s, e, label in found)


def test_ner_id_deterministic(segmenter):
    text = "Presiden Prabowo Subianto menerima Duta Besar Rusia di Istana Merdeka , Jakarta ."
    first = entities(ner.load("id"), segmenter, text)
    fresh = ner.CrfNerModel(ner.load("id").path)
    assert entities(fresh, segmenter, text) == first
    assert entities(fresh, segmenter, text) == first


def test_ner_id_empty_input(model):
    assert model.predict("", [], []) == []


def test_ner_load_is_cached():
    assert ner.load("id") is ner.load("id")


def test_ner_id_pickles_without_weights(model, segmenter):
    text = "KPK memeriksa pejabat Kementerian Pertahanan di Jakarta ."
    expected = entities(model, segmenter, text)
    data = pickle.dumps(model)
    assert len(data) < 1000
    clone = pickle.loads(data)
    assert clone._weights is None
    assert entities(clone, segmenter, text) == expected


def test_ner_load_unknown_language():
    with pytest.raises(ConfigError, match="no named-entity model for language 'xx'"):
        ner.load("xx")


def test_ner_id_loads_in_a_fresh_process():
    code = textwrap.dedent(
        """
        import time
        t = time.perf_counter()
        from warta import ner
        model = ner.load("id")
        model.predict("Jokowi di Solo .", [(0, 6), (7, 9), (10, 14), (15, 16)], [(0, 16)])
        print(time.perf_counter() - t)
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert float(out.stdout) > 0  # loads and tags in a fresh process; the load time is measured in benchmarks/ner.py


@pytest.mark.parametrize(
    "text, entity, expected",
    [
        ("ketua Mahkamah Konstitusi (MK) Mahfud", (6, 29, "ORG"), "Mahkamah Konstitusi (MK)"),  # takes its ")"
        ("menteri asal PPP) tidak", (13, 17, "ORG"), "PPP"),  # a ")" it never opened
        ("Joko Widodo (Jokowi) .", (12, 19, "PER"), "Jokowi"),  # an opening bracket alone
        ("Badan Usaha Milik Negara (BUMN atau", (0, 30, "ORG"), "Badan Usaha Milik Negara"),  # no ")" to take
        ("dengan kode “Batalion K”.", (12, 24, "ORG"), "Batalion K"),  # quotes are not part of a name
    ],
)
def test_ner_edges_drop_punctuation_and_balance_brackets(segmenter, text, entity, expected):
    start, end, _ = ner._edges(text, segmenter.tokens(text), entity)
    assert text[start:end] == expected


def test_ner_id_without_its_word_classes_is_a_clear_error(tmp_path):
    """The model was trained with word-class features: without them it would run, badly, in silence."""
    (tmp_path / ner.MODEL_FILE).write_bytes(Path(ner.load("id").path).read_bytes())
    with pytest.raises(ConfigError, match="word classes of the NER model are missing"):
        ner.CrfNerModel(tmp_path / ner.MODEL_FILE).predict("Jokowi di Solo .", [(0, 6), (7, 9), (10, 14), (15, 16)], [(0, 16)])


def test_case_classes_count_how_a_word_is_written_inside_sentences(monkeypatch):
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):  # the script pins them
        monkeypatch.setenv(var, os.environ.get(var, "1"))
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    import train_ner_id

    sentences = [
        ["Materi", "itu", "berisi", "materi", "dari", "Jakarta"],
        ["Ia", "membaca", "materi", "di", "Jakarta", "bersama", "Bina"],
        ["Warga", "Jakarta", "menerima", "materi", "dari", "bina", "(", "Materi", ")"],
        ["Program", "bina", "desa", ":", "Materi", "Bina", "baru", "Warga"],
    ]
    classes = train_ner_id.case_classes(sentences)
    # sentence openings and words after "(" or ":" do not count: "materi" is always lower case
    assert classes["materi"] == "L"
    assert classes["jakarta"] == "U"
    assert classes["bina"] == "M"
    assert "warga" not in classes  # inside a sentence only once: too few to say


def test_ner_id_tags_as_crfsuite_does(model, segmenter):
    """warta decodes the CRFsuite model itself (numpy, all sentences at once): on real reports it
    must give exactly the labels CRFsuite's own tagger gives for the same features."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(model.path)
    weights = model.weights
    checked = 0
    with DETIK.open(encoding="utf-8") as f:
        for line in itertools.islice(f, 60):
            text = json.loads(line)["text"]
            tokens = segmenter.tokens(text)
            runs = [[t for t in tokens if t[0] < e and t[1] > s] for s, e in segmenter.sentences(text, tokens, "id")]
            runs = [r for r in runs if r]
            expected = [tagger.tag(ner.token_features(text, r, model._clusters)) for r in runs]
            assert weights.tag(text, runs, model._clusters) == expected
            checked += sum(len(r) for r in runs)
    assert checked > 20_000


def test_ner_id_reads_the_model_weights_crfsuite_wrote(model):
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(model.path)
    info = tagger.info()  # CRFsuite's own dump (weights printed to six decimals)
    weights = model.weights
    assert weights.labels == sorted(info.labels, key=lambda label: int(info.labels[label]))
    for (attr, label), w in itertools.islice(info.state_features.items(), 0, None, 97):
        assert weights.rows[weights.attr[attr], weights.labels.index(label)] == pytest.approx(w, abs=1e-6)
    for (a, b), w in info.transitions.items():
        assert weights.transitions[weights.labels.index(a), weights.labels.index(b)] == pytest.approx(w, abs=1e-6)


def test_ner_id_model_that_is_not_crfsuite_is_a_clear_error(tmp_path):
    model_dir = Path(ner.load("id").path).parent
    (tmp_path / ner.CLUSTERS_FILE).write_bytes((model_dir / ner.CLUSTERS_FILE).read_bytes())
    (tmp_path / ner.MODEL_FILE).write_bytes(b"lCRF" + b"\0" * 40)
    with pytest.raises(ConfigError, match="is not a CRFsuite model"):
        ner.CrfNerModel(tmp_path / ner.MODEL_FILE).predict("Jokowi di Solo .", [(0, 6), (7, 9), (10, 14), (15, 16)], [(0, 16)])
