"""quantities.v1: counted amounts, their bounds and what they count."""

from __future__ import annotations

import itertools
import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import warta
from warta import lang as langdata
from warta.doc import Quantity, Time

STAGES = {"stages": ["langid", "segment", "quantities"]}
N = None  # an empty field, to keep the tables narrow


@pytest.fixture(scope="module")
def pipeline() -> warta.Pipeline:
    return warta.load(STAGES)


def quantities(pipeline: warta.Pipeline, text: str, lang: str) -> list[tuple]:
    """Each quantity as (span text, value, min, max, approx, unit)."""
    doc = pipeline(pipeline.make_doc(text, lang=lang))
    return [(doc.span_text(q.span), q.value, q.min, q.max, q.approx, q.unit) for q in doc.quantities]


# (text, span text, value, min, max, approx, unit): the quantity whose span is that text
INDONESIAN = [
    # exact numbers, digits and words, with multipliers
    ("Rusia mengerahkan 50 ribu tentara ke perbatasan.", "50 ribu", 50000, N, N, False, "troops"),
    ("Sebanyak 1.200 prajurit diberangkatkan dari Surabaya.", "1.200", 1200, N, N, False, "troops"),
    ("Dua belas prajurit gugur dalam kontak tembak di Intan Jaya.", "Dua belas", 12, N, N, False, "killed"),
    ("Seratus lima puluh polisi disiagakan di sekitar gedung DPR.", "Seratus lima puluh", 150, N, N, False, "police"),
    ("Pemerintah Israel membebaskan 90 tahanan Palestina.", "90", 90, N, N, False, "prisoners"),
    ("Kapal itu membawa 250 pengungsi Rohingya ke Aceh.", "250", 250, N, N, False, "displaced"),
    ("Sebanyak 1,2 juta jiwa terdampak kekeringan.", "1,2 juta", 1200000, N, N, False, "people"),
    ("Setengah juta warga kehilangan akses air bersih.", "Setengah juta", 500000, N, N, False, "civilians"),
    ("Banjir merendam 1.250 rumah warga di Bekasi.", "1.250", 1250, N, N, False, "houses"),
    ("Pasukan itu menghancurkan 10 unit kendaraan lapis baja.", "10", 10, N, N, False, "vehicles"),
    ("Mereka menangkap tiga orang tentara bayaran.", "tiga", 3, N, N, False, "arrested"),
    ("Api menghanguskan 5 hektare lahan gambut.", "5", 5, N, N, False, "hectares"),
    ("Bantuan seberat 45 ton dikirim ke Gaza.", "45", 45, N, N, False, "tonnes"),
    ("Serangan itu melibatkan 12 drone kamikaze.", "12", 12, N, N, False, "drones"),
    # casualties: a casualty word before the number or after its noun
    ("Serangan udara Israel menewaskan sedikitnya 12 orang di Gaza.", "sedikitnya 12", N, 12, N, False, "killed"),
    ("Sebanyak 5 orang tewas dalam kecelakaan itu.", "5", 5, N, N, False, "killed"),
    ("Sedikitnya tiga orang tewas tertimbun longsor.", "Sedikitnya tiga", N, 3, N, False, "killed"),
    ("Sebanyak 35 warga sipil terluka akibat ledakan.", "35", 35, N, N, False, "injured"),
    ("Ledakan itu melukai 30 orang.", "30", 30, N, N, False, "injured"),
    ("Polisi menangkap 7 tersangka pengedar narkoba.", "7", 7, N, N, False, "arrested"),
    ("Operasi itu berhasil mengamankan 4 pelaku.", "4", 4, N, N, False, "arrested"),
    ("Paling sedikit 40 orang ditangkap usai kerusuhan.", "Paling sedikit 40", N, 40, N, False, "arrested"),
    ("Serangan drone menewaskan seorang warga sipil.", "seorang", 1, N, N, False, "killed"),
    ("Jumlah korban tewas bertambah menjadi 27 orang.", "27", 27, N, N, False, "killed"),
    ("Korban jiwa mencapai 100 orang.", "mencapai 100", 100, N, N, False, "killed"),
    ("Hingga 15 orang dilaporkan hilang.", "Hingga 15", N, N, 15, False, "missing"),
    ("Tim SAR mengevakuasi 3 jenazah dari reruntuhan.", "3", 3, N, N, False, "killed"),
    ("Puluhan warga mengungsi ke balai desa.", "Puluhan", N, 10, N, True, "displaced"),
    # vague amounts
    ("Ribuan demonstran memadati kawasan Patung Kuda.", "Ribuan", N, 1000, N, True, "protesters"),
    ("Ratusan rumah rusak akibat gempa.", "Ratusan", N, 100, N, True, "houses"),
    ("Jutaan warga terdampak banjir.", "Jutaan", N, 1000000, N, True, "civilians"),
    ("Belasan orang luka-luka dalam bentrokan itu.", "Belasan", N, 11, 19, True, "injured"),
    ("Puluhan ribu orang berunjuk rasa di Istanbul.", "Puluhan ribu", N, 10000, N, True, "people"),
    ("Beberapa rumah terbakar dalam insiden itu.", "Beberapa", N, 3, N, True, "houses"),
    ("Beberapa ratus warga bertahan di pengungsian.", "Beberapa ratus", N, 300, N, True, "civilians"),
    ("Sebanyak 1.000-an orang mengikuti apel siaga.", "1.000-an", 1000, N, N, True, "people"),
    # cues: estimates and bounds
    ("Sekitar 300 pengungsi tiba di pelabuhan.", "Sekitar 300", 300, N, N, True, "displaced"),
    ("Lebih dari 100 ribu orang mengungsi.", "Lebih dari 100 ribu", N, 100000, N, True, "displaced"),
    ("Kurang dari 50 persen warga menggunakan hak pilihnya.", "Kurang dari 50", N, N, 50, True, "percent"),
    ("Hampir 2.000 prajurit dikerahkan ke Rafah.", "Hampir 2.000", N, N, 2000, True, "troops"),
    ("Tidak kurang dari 500 personel polisi diturunkan.", "Tidak kurang dari 500", N, 500, N, False, "police"),
    ("Jarak lokasi itu kurang lebih 20 km dari pusat kota.", "kurang lebih 20", 20, N, N, True, "km"),
    # ranges
    ("Antara 10 dan 15 orang ditahan polisi.", "Antara 10 dan 15", N, 10, 15, False, "arrested"),
    ("Sekitar 10-15 orang terluka.", "Sekitar 10-15", N, 10, 15, True, "injured"),
    ("Bentrokan itu melibatkan 200 hingga 300 orang.", "200 hingga 300", N, 200, 300, False, "people"),
    ("Dua atau tiga orang terluka ringan.", "Dua atau tiga", N, 2, 3, False, "injured"),
    ("Sebanyak 10-15 ribu orang hadir.", "10-15 ribu", N, 10000, 15000, False, "people"),
    # money and percentages
    ("Kerugian negara ditaksir mencapai Rp 1,5 triliun.", "mencapai Rp 1,5 triliun", 1500000000000, N, N, False, "IDR"),
    ("Pemerintah menyiapkan dana Rp50 miliar untuk korban.", "Rp50 miliar", 50000000000, N, N, False, "IDR"),
    ("Ia dituntut membayar denda Rp 50 juta.", "Rp 50 juta", 50000000, N, N, False, "IDR"),
    ("Bantuan senilai US$ 10 juta dikucurkan.", "US$ 10 juta", 10000000, N, N, False, "USD"),
    ("Proyek itu butuh sekitar 3 juta dolar AS.", "sekitar 3 juta", 3000000, N, N, True, "USD"),
    ("Inflasi tahunan sebesar 2,65 persen.", "sebesar 2,65", 2.65, N, N, False, "percent"),
    ("Ekonomi tumbuh 5,12% pada kuartal ketiga.", "5,12", 5.12, N, N, False, "percent"),
]

ENGLISH = [
    ("Russia has deployed 50,000 troops to the border.", "50,000", 50000, N, N, False, "troops"),
    ("Two hundred and fifty soldiers surrendered.", "Two hundred and fifty", 250, N, N, False, "troops"),
    ("Seventy-five people were arrested overnight.", "Seventy-five", 75, N, N, False, "arrested"),
    ("A dozen police officers were injured.", "A dozen", 12, N, N, False, "injured"),
    ("Russia launched 40 drones and three missiles overnight.", "40", 40, N, N, False, "drones"),
    ("Hamas fired 200 rockets at southern Israel.", "200", 200, N, N, False, "rockets"),
    ("A convoy of 30 trucks crossed into Gaza.", "30", 30, N, N, False, "vehicles"),
    ("The storm destroyed 1,500 houses on the coast.", "1,500", 1500, N, N, False, "houses"),
    ("Roughly 2,000 US troops remain in Syria.", "Roughly 2,000", 2000, N, N, True, "troops"),
    ("About 50 North Korean soldiers were seen near Kursk.", "About 50", 50, N, N, True, "troops"),
    ("The court jailed 13 journalists last year.", "13", 13, N, N, False, "journalists"),
    ("An estimated 4,000 fighters remain in the town.", "An estimated 4,000", 4000, N, N, True, "militants"),
    ("Half a million people have been displaced.", "Half a million", 500000, N, N, False, "displaced"),
    ("The siege left 3 million people without power.", "3 million", 3000000, N, N, False, "people"),
    # casualties
    ("The strike killed at least 12 people, officials said.", "at least 12", N, 12, N, False, "killed"),
    ("Twelve people were killed in the blast.", "Twelve", 12, N, N, False, "killed"),
    ("The blast killed five children in Kherson.", "five", 5, N, N, False, "killed"),
    ("Israeli strikes killed 30 Palestinians overnight.", "30", 30, N, N, False, "killed"),
    ("At least 70 people have died since Monday.", "At least 70", N, 70, N, False, "killed"),
    ("Nearly 2,000 civilians have been killed since October.", "Nearly 2,000", N, N, 2000, True, "killed"),
    ("Police arrested 45 people after the riots.", "45", 45, N, N, False, "arrested"),
    ("Dozens of soldiers were wounded in the attack.", "Dozens", 12, N, N, True, "injured"),
    ("Several civilians were wounded by shrapnel.", "Several", N, 3, N, True, "injured"),
    ("Scores of people were detained at the border.", "Scores", N, 20, N, True, "arrested"),
    ("Up to 15 people are missing after the landslide.", "Up to 15", N, N, 15, False, "missing"),
    ("Two or three soldiers were hurt.", "Two or three", N, 2, 3, False, "injured"),
    ("Ten journalists were killed in Afghanistan on Monday.", "Ten", 10, N, N, False, "killed"),
    ("The death toll rose to 34 on Tuesday.", "34", 34, N, N, False, "killed"),
    ("Some 20,000 residents were evacuated from the area.", "Some 20,000", 20000, N, N, True, "displaced"),
    ("The attack left 12 dead and dozens injured.", "12", 12, N, N, False, "killed"),
    ("Ukraine said 1,200 Russian servicemen were killed in a day.", "1,200", 1200, N, N, False, "killed"),
    # vague amounts
    ("Thousands of people fled the fighting.", "Thousands", N, 1000, N, True, "displaced"),
    ("Hundreds of homes were destroyed.", "Hundreds", N, 100, N, True, "houses"),
    ("Tens of thousands of demonstrators marched in Tbilisi.", "Tens of thousands", N, 10000, N, True, "protesters"),
    ("A few hundred protesters remained in the square.", "A few hundred", N, 200, N, True, "protesters"),
    ("Hundreds of thousands of refugees crossed into Poland.", "Hundreds of thousands", N, 100000, N, True, "displaced"),
    # cues and ranges
    ("More than 1,000 protesters gathered outside parliament.", "More than 1,000", N, 1000, N, True, "protesters"),
    ("About 300 refugees arrived on Lesbos.", "About 300", 300, N, N, True, "displaced"),
    ("Fewer than 100 journalists remain in Gaza.", "Fewer than 100", N, N, 100, True, "journalists"),
    ("As many as 3,000 children may be trapped.", "As many as 3,000", N, N, 3000, False, "children"),
    ("More than 100 villages were shelled.", "More than 100", N, 100, N, True, "villages"),
    ("Between 10 and 15 militants were killed.", "Between 10 and 15", N, 10, 15, False, "killed"),
    ("Officials said 10 to 15 people were injured.", "10 to 15", N, 10, 15, False, "injured"),
    ("Between 1,000 and 1,500 men are still inside.", "Between 1,000 and 1,500", N, 1000, 1500, False, "people"),
    ("A total of 12,000 women and children were registered.", "A total of 12,000", 12000, N, N, False, "women"),
    # money, percentages, measures
    ("The EU pledged €5bn in aid.", "€5bn", 5000000000, N, N, False, "EUR"),
    ("Washington approved $1.2 billion in military aid.", "$1.2 billion", 1200000000, N, N, False, "USD"),
    ("The government owes $10m to contractors.", "$10m", 10000000, N, N, False, "USD"),
    ("Baghdad asked for a £7.6bn fee.", "£7.6bn", 7600000000, N, N, False, "GBP"),
    ("Inflation rose to 5.2% in March.", "5.2", 5.2, N, N, False, "percent"),
    ("Turnout was 61 per cent.", "61", 61, N, N, False, "percent"),
    ("The bridge lies 12km from the front line.", "12", 12, N, N, False, "km"),
    ("The river rose 3 metres overnight.", "3", 3, N, N, False, "m"),
]


@pytest.mark.parametrize("text, span, value, low, high, approx, unit", INDONESIAN)
def test_quantities_indonesian(
    pipeline: warta.Pipeline, text: str, span: str, value, low, high, approx: bool, unit: str | None
) -> None:
    found = {q[0]: q for q in quantities(pipeline, text, "id")}
    assert found.get(span) == (span, value, low, high, approx, unit), found


@pytest.mark.parametrize("text, span, value, low, high, approx, unit", ENGLISH)
def test_quantities_english(
    pipeline: warta.Pipeline, text: str, span: str, value, low, high, approx: bool, unit: str | None
) -> None:
    found = {q[0]: q for q in quantities(pipeline, text, "en")}
    assert found.get(span) == (span, value, low, high, approx, unit), found


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # every quantity of a sentence, in text order
        ("Serangan itu menewaskan 12 orang dan melukai 30 lainnya.", "id", [("12", "killed"), ("30", "injured")]),
        ("12 orang tewas dan 30 orang luka-luka.", "id", [("12", "killed"), ("30", "injured")]),
        ("The attack killed 12 people and wounded 30 others.", "en", [("12", "killed"), ("30", "injured")]),
        ("Twelve were killed and 30 wounded.", "en", [("Twelve", "killed"), ("30", "injured")]),
        ("Killing 12 and wounding 30, the blast shook Kyiv.", "en", [("12", "killed"), ("30", "injured")]),
        ("Russia has massed 50 ribu pasukan, kata pejabat.", "id", [("50 ribu", "troops")]),
        ("Baghdad asked for $10bn (£7.6bn) up front, then $1bn a year.", "en",
         [("$10bn", "USD"), ("£7.6bn", "GBP"), ("$1bn", "USD")]),
    ],
)
def test_quantities_in_order(pipeline: warta.Pipeline, text: str, lang: str, expected: list) -> None:
    assert [(q[0], q[5]) for q in quantities(pipeline, text, lang)] == expected


@pytest.mark.parametrize(
    "text, lang",
    [
        # dates and times
        ("Peristiwa itu terjadi pada 12 November 2024.", "id"),
        ("Pada Senin (20/10/2025), ia tiba di Jakarta.", "id"),
        ("Pada Selasa (12 November), video itu beredar.", "id"),
        ("Kecelakaan terjadi pukul 06.14 WIB.", "id"),
        ("Massa bubar pukul 10 malam.", "id"),
        ("Rapat digelar pada 12-14 Desember.", "id"),
        ("Sidang digelar 12 dan 13 Januari.", "id"),
        ("Ia dilantik pada tahun 2014 lalu.", "id"),
        ("Sejak 1998, ia tinggal di sana.", "id"),
        ("Pemilu 2024 berlangsung damai.", "id"),
        ("The attack happened on March 3, 2024.", "en"),
        ("The talks resumed on 12 November.", "en"),
        ("The meeting starts at 10 p.m. on Monday.", "en"),
        ("Curfew begins at 9pm.", "en"),
        ("He was born in 1985.", "en"),
        ("The vote was held on 11/12/2024.", "en"),
        ("Ceasefire talks began on 2024-11-12.", "en"),
        # durations, ages, frequencies
        ("Selama 3 hari, warga bertahan di masjid.", "id"),
        ("Ia berusia 25 tahun.", "id"),
        ("Harga naik dua kali lipat.", "id"),
        ("He spent three years in prison.", "en"),
        ("The 25-year-old was arrested in Leeds.", "en"),
        ("Two thirds of the budget went on defence.", "en"),
        # ordinals, names, labels, codes
        ("Ia adalah presiden ke-7 Indonesia.", "id"),
        ("It was the third attack this week.", "en"),
        ("The 3rd Brigade moved north.", "en"),
        ("Pesawat MH17 dan QZ8501 jatuh.", "id"),
        ("Jet tempur F-16 dan Su-35 terlihat di langit.", "id"),
        ("Flight MH17 was shot down over Donetsk.", "en"),
        ("Pasal 28 UU No. 12 mengatur hal itu.", "id"),
        ("Article 5 of the Nato treaty was invoked.", "en"),
        ("Operators fly the Boeing 737 on that route.", "en"),
        ("Konferensi G20 digelar di Bali.", "id"),
        ("The Group of Seven met in Italy.", "en"),
        ("Covid-19 cases rose.", "en"),
        ("Hubungi 081234567890 untuk informasi.", "id"),
        ("Persija menang 3-1 atas Persib.", "id"),
        # ages in brackets or between commas, list markers
        ("Budi (35) ditangkap polisi.", "id"),
        ("Yago Riedijk, 27, said he wanted to return.", "en"),
        ("1. Daftar nama\n2. Daftar alamat", "id"),
        # "one of", vague words without a counted thing
        ("Salah satu korban adalah anak kecil.", "id"),
        ("One of the soldiers said nothing.", "en"),
        ("Beberapa di antaranya sudah pulang.", "id"),
        ("Several of them left.", "en"),
        ("Sejumlah pasukan Korea Utara terlibat.", "id"),
        ("Many people left.", "en"),
        ("Setengah dari mereka pulang.", "id"),
    ],
)
def test_quantities_not_a_quantity(pipeline: warta.Pipeline, text: str, lang: str) -> None:
    assert quantities(pipeline, text, lang) == []


def test_quantities_skip_numbers_inside_times(pipeline: warta.Pipeline) -> None:
    text = "Dalam 50 ribu detik terakhir, 12 orang tewas."
    doc = pipeline.make_doc(text, lang="id")
    for stage in pipeline.stages[:-1]:
        doc = stage(doc)
    start = text.index("12 orang")
    doc.times = [Time(id="T1", span=(start, start + 2), value="XXXX", type="DATE")]
    doc = pipeline.stages[-1](doc)
    assert [doc.span_text(q.span) for q in doc.quantities] == []
    doc.times = []
    doc = pipeline.stages[-1](doc)
    assert [doc.span_text(q.span) for q in doc.quantities] == ["12"]


def test_quantities_are_numbered_in_text_order_and_stay_in_the_text(pipeline: warta.Pipeline) -> None:
    text = (
        "Sedikitnya 12 orang tewas dan ribuan warga mengungsi. Pemerintah menyiapkan Rp 1,5 triliun. "
        "Sekitar 10-15 rumah rusak, sementara 50 ribu tentara bersiaga."
    )
    doc = pipeline(pipeline.make_doc(text, lang="id"))
    assert [q.id for q in doc.quantities] == ["Q1", "Q2", "Q3", "Q4", "Q5"]
    spans = [q.span for q in doc.quantities]
    assert spans == sorted(spans)
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start
    doc.validate()


def test_quantities_are_deterministic(pipeline: warta.Pipeline) -> None:
    text = "Ribuan demonstran dan 500 polisi. About 300 refugees arrived; dozens were hurt."
    first = pipeline(pipeline.make_doc(text, lang="id")).to_json()
    second = pipeline(pipeline.make_doc(text, lang="id")).to_json()
    assert first == second


def test_quantities_stage_pickles(pipeline: warta.Pipeline) -> None:
    text = "Serangan itu menewaskan sedikitnya 12 orang dan melukai ratusan warga."
    expected = pipeline(pipeline.make_doc(text, lang="id")).quantities
    stage = pipeline.stages[-1]
    assert stage._ready, "the stage should have compiled its data by now"
    state = pickle.dumps(stage)
    assert b"troops" not in state  # the compiled tables are not shipped
    clone = pickle.loads(pickle.dumps(pipeline))
    assert clone(clone.make_doc(text, lang="id")).quantities == expected


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "Tidak ada angka di sini.", "-", "50"])
def test_quantities_empty_or_no_amount(pipeline: warta.Pipeline, text: str) -> None:
    doc = warta.Doc(id="x", text=text, lang="id")
    for stage in pipeline.stages[1:]:  # segment, quantities (ingest refuses an empty report)
        doc = stage(doc)
    assert [doc.span_text(q.span) for q in doc.quantities] == ([] if text != "50" else ["50"])


def test_quantities_json_round_trip(pipeline: warta.Pipeline) -> None:
    doc = pipeline(pipeline.make_doc("Lebih dari 100 ribu orang mengungsi.", lang="id"))
    back = warta.Doc.from_json(doc.to_json())
    assert back.quantities == doc.quantities
    assert back.quantities[0] == Quantity(
        id="Q1", span=(0, 19), value=None, min=100000, max=None, approx=True, unit="displaced"
    )


@pytest.mark.parametrize("code", ["id", "en"])
def test_quantities_data_is_well_formed(code: str) -> None:
    assert code in langdata.available("quantities")
    data = langdata.load(code, "quantities")
    # YAML reads bare no/on/off as booleans: every word must come back as a string
    for key, value in data.items():
        if isinstance(value, list):
            assert all(isinstance(w, str) and w for w in value), key
    assert set(data["cues"]) <= {"approx", "at_least", "more_than", "at_most", "less_than", "nearly", "total"}
    seen: dict[str, str] = {}
    for group in ("people", "measures"):
        for unit, words in data[group].items():
            for word in words:
                assert word == word.lower() or not word.isalpha(), word
                assert seen.setdefault(word, unit) == unit, f"{word} is listed for {seen[word]} and {unit}"
    for entry in data["vague"].values():
        assert set(entry) <= {"min", "max", "value", "weak", "scaled_only"}
    assert set(data["casualties"]) == {"killed", "injured", "arrested", "displaced", "missing", "abducted"}


def test_quantities_unsupported_language_gives_none(pipeline: warta.Pipeline) -> None:
    doc = warta.Doc(id="x", text="Il y a 50 000 soldats.", lang="fr")
    for stage in pipeline.stages[1:]:
        doc = stage(doc)
    assert doc.quantities == []


_PIECES = st.sampled_from(
    [" ", "\n", ".", ",", "-", "–", "(", ")", "/", ":", "%", "$", "Rp", "Rp1,5", "50.000", "50,000", "1,5", "2024",
     "12/11", "06.14", "ribu", "juta", "ribuan", "puluhan", "sekitar", "lebih dari", "antara", "dan", "hingga",
     "orang", "tewas", "tentara", "November", "pukul", "tahun", "ke-3", "MH17", "a", "dozen", "dozens", "of",
     "thousands", "about", "between", "and", "to", "killed", "people", "were", "one", "twenty-five", "hundred",
     "million", "bn", "m", "half", "seorang", "satu", "setengah", "Budi", "7", "0"]
)


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(_PIECES, max_size=30), lang=st.sampled_from(["id", "en"]))
def test_quantities_spans_stay_inside_the_text(pipeline: warta.Pipeline, pieces: list[str], lang: str) -> None:
    text = " ".join(pieces) if pieces else ""
    doc = warta.Doc(id="x", text=text, lang=lang)
    for stage in pipeline.stages[1:]:
        doc = stage(doc)
    spans = [q.span for q in doc.quantities]
    assert [q.id for q in doc.quantities] == [f"Q{i}" for i in range(1, len(spans) + 1)]
    for start, end in spans:
        assert 0 <= start < end <= len(text)
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start
    for q in doc.quantities:
        assert q.value is not None or q.min is not None or q.max is not None
