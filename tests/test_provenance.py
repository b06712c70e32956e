"""provenance.v1: publisher, dateline, republished-from chain and credits, as tables of short reports.

Each case is a whole report and everything provenance should find in it; a field left out of a
case must stay empty. Every finding is checked against the words it was read from.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import warta
from warta import lang as langdata
from warta.doc import Doc

Found = dict[str, Any]


def case(
    text: str,
    *,
    id: str,
    publisher: tuple[str, str] | None = None,
    dateline: tuple[str | None, str] | None = None,
    via: list[tuple[str, str | None, str]] | None = None,
    author: str | None = None,
    credits: list[tuple[str, str]] | None = None,
) -> Any:
    """A report and what it names: publisher (name, words), dateline (place, words),
    via [(publisher, url, words)], author, credits [(role, name)]."""
    expected = {"publisher": publisher, "dateline": dateline, "via": via or [], "author": author}
    expected["credits"] = credits or []
    return pytest.param(text, expected, id=id)


def found(doc: Doc) -> Found:
    source = doc.source

    def words(span: tuple[int, int] | None) -> str | None:
        return None if span is None else doc.text[span[0] : span[1]]

    for credit in source.credits:
        assert words(credit.span) == credit.name, "a credit's name is the words it was read from"
    return {
        "publisher": None if source.publisher is None else (source.publisher, words(source.publisher_span)),
        "dateline": None if source.dateline is None else (source.dateline.place, words(source.dateline.span)),
        "via": [(v.publisher, v.url, words(v.span)) for v in source.via],
        "author": source.author,
        "credits": [(c.role, c.name) for c in source.credits],
    }


# --- Indonesian -----------------------------------------------------------------------------------

ID_CASES = [
    # datelines naming the publisher
    case(
        "Serangan Rusia Hantam Bendungan di Donetsk\n"
        "ETIndonesia. Pada Selasa (12/11), pasukan Rusia membombardir sebuah bendungan di Donetsk.\n"
        "Gubernur setempat memperingatkan ancaman banjir. (hui)\n"
        "Sumber : NDTV.com",
        id="etindonesia-ndtv-initials",
        publisher=("ETIndonesia", "ETIndonesia"),
        dateline=(None, "ETIndonesia."),
        via=[("NDTV", "NDTV.com", "NDTV.com")],
        author="hui",
        credits=[("author", "hui")],
    ),
    case(
        "JAKARTA, KOMPAS.com - Ribuan buruh berunjuk rasa di depan Gedung DPR pada Rabu (13/11/2024).\n"
        "Mereka menuntut kenaikan upah minimum sebesar 10 persen.\n"
        "Penulis: Budi Santoso\n"
        "Editor: Ani Rahma",
        id="kompas-penulis-editor",
        publisher=("Kompas", "KOMPAS.com"),
        dateline=("JAKARTA", "JAKARTA, KOMPAS.com - "),
        author="Budi Santoso",
        credits=[("author", "Budi Santoso"), ("editor", "Ani Rahma")],
    ),
    case(
        "Reporter: Dewi Lestari\n"
        "SURABAYA, KOMPAS.com - Banjir rob merendam kawasan pesisir utara Surabaya.\n"
        "Ketinggian air mencapai 40 sentimeter.",
        id="kompas-reporter-first",
        publisher=("Kompas", "KOMPAS.com"),
        dateline=("SURABAYA", "SURABAYA, KOMPAS.com - "),
        author="Dewi Lestari",
        credits=[("author", "Dewi Lestari")],
    ),
    case(
        "Liputan6.com, Jakarta - Harga beras medium naik di sejumlah pasar tradisional.\n"
        "Pedagang mengeluhkan sepinya pembeli sejak awal pekan.",
        id="liputan6",
        publisher=("Liputan6", "Liputan6.com"),
        dateline=("Jakarta", "Liputan6.com, Jakarta - "),
    ),
    case(
        "TEMPO.CO, Jakarta - Komisi Pemilihan Umum menetapkan jadwal debat calon presiden.\n"
        "Debat pertama digelar bulan depan di Jakarta.\n"
        "(rdp/imk)",
        id="tempo-initials-author-editor",
        publisher=("Tempo", "TEMPO.CO"),
        dateline=("Jakarta", "TEMPO.CO, Jakarta - "),
        author="rdp",
        credits=[("author", "rdp"), ("editor", "imk")],
    ),
    case(
        "Jakarta, CNN Indonesia -- Banjir merendam ratusan rumah di Jakarta Timur sejak Minggu malam.\n"
        "Warga mengungsi ke masjid terdekat.",
        id="cnn-indonesia",
        publisher=("CNN Indonesia", "CNN Indonesia"),
        dateline=("Jakarta", "Jakarta, CNN Indonesia -- "),
    ),
    case(
        "Gempa Guncang Cianjur\n"
        "WartaKini. Pada Senin pagi, gempa bermagnitudo 5,6 mengguncang Cianjur.\n"
        "Tidak ada laporan korban jiwa.",
        id="unknown-camelcase-outlet",
        publisher=("WartaKini", "WartaKini"),
        dateline=(None, "WartaKini."),
    ),
    case(
        "WartaKini. Pada Kamis (28/8), massa memadati Jl. Gatot Subroto.\n"
        "Polisi menembakkan gas air mata menjelang malam.\n"
        "Sumber : Kompas.com",
        id="unknown-outlet-republishing-kompas",
        publisher=("WartaKini", "WartaKini"),
        dateline=(None, "WartaKini."),
        via=[("Kompas", "Kompas.com", "Kompas.com")],
    ),
    # datelines naming a wire agency, or only a place
    case(
        "Jayapura (ANTARA) - Kontak tembak terjadi di Intan Jaya, Papua Tengah, pada Selasa.\n"
        "Satu prajurit terluka dan dievakuasi ke Nabire.\n"
        "(ytw/arf)",
        id="antara-initials",
        dateline=("Jayapura", "Jayapura (ANTARA) - "),
        via=[("ANTARA", None, "ANTARA")],
        author="ytw",
        credits=[("author", "ytw"), ("editor", "arf")],
    ),
    case(
        "Jakarta (ANTARA) - Bank Indonesia menahan suku bunga acuan di level 6 persen.\n"
        "Keputusan itu diambil dalam rapat dewan gubernur.\n"
        "Pewarta: Rizka Amelia\n"
        "Editor: Budi Hartono",
        id="antara-pewarta-editor",
        dateline=("Jakarta", "Jakarta (ANTARA) - "),
        via=[("ANTARA", None, "ANTARA")],
        author="Rizka Amelia",
        credits=[("author", "Rizka Amelia"), ("editor", "Budi Hartono")],
    ),
    case(
        "Beirut (AFP) - Serangan udara Israel menghantam pinggiran selatan Beirut.\n"
        "Sedikitnya lima orang tewas.\n"
        "Sumber: AFP",
        id="agency-in-dateline-and-source-once",
        dateline=("Beirut", "Beirut (AFP) - "),
        via=[("AFP", None, "AFP")],
    ),
    case(
        "Jakarta - Presiden meresmikan bendungan baru di Jawa Tengah pada Kamis.\n"
        "Bendungan itu mengairi ribuan hektare sawah.",
        id="place-only",
        dateline=("Jakarta", "Jakarta - "),
    ),
    case(
        "ST. LOUIS – Police arrested two people suspected of stealing meat from a barbecue restaurant.",
        id="place-with-a-dot-in-capitals",
        dateline=("ST. LOUIS", "ST. LOUIS – "),
    ),
    case(
        "Jakarta - Polisi menangkap dua tersangka pengedar narkoba.\r\n"
        "Keduanya ditangkap di Tangerang.\r\n"
        "(hui)\r\n",
        id="crlf-line-ends",
        dateline=("Jakarta", "Jakarta - "),
        author="hui",
        credits=[("author", "hui")],
    ),
    # source lines
    case(
        "Israel kembali menggempur Gaza pada Rabu malam.\n"
        "Sedikitnya 20 orang tewas dalam serangan itu.\n"
        "Sumber: Reuters, AFP",
        id="source-two-agencies",
        via=[("Reuters", None, "Reuters"), ("AFP", None, "AFP")],
    ),
    case(
        "Harga minyak dunia turun tajam.\nSumber: Antara",
        id="source-alias",
        via=[("ANTARA", None, "Antara")],
    ),
    case(
        "Pemilu di Amerika Serikat berlangsung ketat.\nSumber: VOA Indonesia dan BBC",
        id="source-alias-and",
        via=[("VOA", None, "VOA Indonesia"), ("BBC", None, "BBC")],
    ),
    case(
        "Pasukan Rusia menyerang Kharkiv dengan drone.\n"
        "Dua warga tewas.\n"
        "Sumber: https://www.ndtv.com/world-news/kharkiv",
        id="source-url",
        via=[("NDTV", "https://www.ndtv.com/world-news/kharkiv", "https://www.ndtv.com/world-news/kharkiv")],
    ),
    case(
        "Ribuan warga Sudan mengungsi ke Chad.\nDisadur dari: Al Jazeera",
        id="disadur-dari",
        via=[("Al Jazeera", None, "Al Jazeera")],
    ),
    case(
        "Gempa bermagnitudo 6,1 mengguncang Maluku Tengah pada Kamis.\n"
        "Warga berhamburan keluar rumah.\n"
        'Artikel ini telah tayang di Kompas.com dengan judul "Gempa Guncang Maluku Tengah".',
        id="artikel-ini-telah-tayang",
        via=[("Kompas", "Kompas.com", "Kompas.com")],
    ),
    case(
        "JAKARTA, KOMPAS.com - Harga cabai rawit melonjak di Jakarta.\nSumber: Kompas.com",
        id="own-outlet-is-not-via",
        publisher=("Kompas", "KOMPAS.com"),
        dateline=("JAKARTA", "JAKARTA, KOMPAS.com - "),
    ),
    case(
        "Parlemen Ukraina mengesahkan undang-undang mobilisasi.\n"
        "Sumber : NDTV.com\n"
        "Penerjemah: Sari Wulandari",
        id="translator-is-not-author",
        via=[("NDTV", "NDTV.com", "NDTV.com")],
        credits=[("translator", "Sari Wulandari")],
    ),
    case(
        "Pemimpin oposisi itu ditahan di bandara.\n"
        "Artikel ini pertama kali terbit dalam bahasa Inggris\n"
        "Diadaptasi oleh Rina Marlina dan Yoga Pratama\n"
        "Editor: Hendra Wijaya",
        id="adapted-from-english",
        credits=[("translator", "Rina Marlina"), ("translator", "Yoga Pratama"), ("editor", "Hendra Wijaya")],
    ),
]

ID_NOTHING = [
    case(
        "Presiden Joko Widodo mengatakan pemerintah akan menambah anggaran bantuan sosial.\n"
        "Hal itu disampaikan di Istana Merdeka pada Senin.",
        id="sentence-opening-with-a-name",
    ),
    case(
        "Presiden Joko Widodo – yang akrab disapa Jokowi – meresmikan jalan tol itu.\nWarga menyambut gembira.",
        id="name-before-a-dash-aside",
    ),
    case(
        "Amerika Serikat (AS) - sekutu terdekat Israel - mengecam serangan itu.\nWarga sipil menjadi korban.",
        id="abbreviation-in-brackets-before-a-dash",
    ),
    case(
        "Kasus demam berdarah meningkat di Jawa Barat.\n"
        "Dinas kesehatan mencatat 1.200 kasus sepanjang Oktober.\n"
        "Sumber: Kementerian Kesehatan",
        id="data-source-ministry",
    ),
    case(
        "Gempa bermagnitudo 4,8 mengguncang Sumbawa.\nSumber: bmkg.go.id",
        id="data-source-government-site",
    ),
    case(
        "Laporan lengkap (PDF) dapat diunduh di situs kementerian.\n"
        "Menteri Luar Negeri Amerika Serikat (AS) dijadwalkan tiba besok.",
        id="capitals-in-brackets",
    ),
    case(
        "Polisi masih menyelidiki kasus itu.\n"
        "warga diminta melapor bila melihat hal serupa (ini)\n"
        "Penyelidikan berlanjut pekan depan.",
        id="lowercase-word-in-brackets",
    ),
    case(
        "Penulis buku itu hadir dalam diskusi di Jakarta.\nSumber di kepolisian menyebut pelaku berjumlah dua orang.",
        id="labels-in-running-text",
    ),
]


@pytest.mark.parametrize("text,expected", ID_CASES + ID_NOTHING)
def test_provenance_id(text: str, expected: Found) -> None:
    assert found(warta.extract(text, lang="id")) == expected


# --- English --------------------------------------------------------------------------------------

EN_CASES = [
    case(
        "KYIV, Nov 12 (Reuters) - Russia launched dozens of drones at Kyiv overnight, officials said.\n"
        "Two people were wounded.\n"
        "(Reporting by Jane Doe; Editing by John Roe)",
        id="reuters-reporting-editing",
        dateline=("KYIV", "KYIV, Nov 12 (Reuters) - "),
        via=[("Reuters", None, "Reuters")],
        author="Jane Doe",
        credits=[("author", "Jane Doe"), ("editor", "John Roe")],
    ),
    case(
        "WASHINGTON, Jan. 5 (Reuters) - The Senate passed the spending bill.\nIt now goes to the House.",
        id="reuters-month-with-period",
        dateline=("WASHINGTON", "WASHINGTON, Jan. 5 (Reuters) - "),
        via=[("Reuters", None, "Reuters")],
    ),
    case(
        "SAN FRANCISCO (Reuters) - A tech firm cut 500 jobs.\n"
        "The cuts fall mostly on sales staff.\n"
        "(Reporting by Jane Doe; Additional reporting by Olena Hrytsenko; Editing by John Roe)",
        id="additional-reporting",
        dateline=("SAN FRANCISCO", "SAN FRANCISCO (Reuters) - "),
        via=[("Reuters", None, "Reuters")],
        author="Jane Doe",
        credits=[("author", "Jane Doe"), ("author", "Olena Hrytsenko"), ("editor", "John Roe")],
    ),
    case(
        "ALGIERS (AFP) - Algeria closed its border with Mali on Sunday.\nThe move surprised its neighbours.",
        id="afp",
        dateline=("ALGIERS", "ALGIERS (AFP) - "),
        via=[("AFP", None, "AFP")],
    ),
    case(
        "LONDON (AP) — The central bank raised interest rates on Thursday.\nMarkets fell sharply.",
        id="ap-em-dash",
        dateline=("LONDON", "LONDON (AP) — "),
        via=[("AP", None, "AP")],
    ),
    case(
        "RALEIGH, N.C. (AP) - A new report says the state lost jobs.\nThe governor disputed it.",
        id="ap-place-and-state",
        dateline=("RALEIGH", "RALEIGH, N.C. (AP) - "),
        via=[("AP", None, "AP")],
    ),
    case(
        "PLEASANTON, Calif.--(BUSINESS WIRE)--DeltaTrak, a maker of cold-chain loggers, named a new chief.\nIt ships worldwide.",
        id="press-release",
        dateline=("PLEASANTON", "PLEASANTON, Calif.--(BUSINESS WIRE)--"),
    ),
    case(
        "PLEASANTON, Calif.--( )--DeltaTrak, a maker of cold-chain loggers, named a new chief.\nIt ships worldwide.",
        id="press-release-agency-lost",
        dateline=("PLEASANTON", "PLEASANTON, Calif.--( )--"),
    ),
    case(
        "ATLANTA (AP) An aide to the former mayor was charged on Friday.\nHe denies it.",
        id="known-agency-no-dash",
        dateline=("ATLANTA", "ATLANTA (AP) "),
        via=[("AP", None, "AP")],
    ),
    case(
        "BEIRUT (AP) \ufffd A Kurdish militia said Tuesday it would keep fighting.\nTurkey disagreed.",
        id="dash-lost-in-encoding",
        dateline=("BEIRUT", "BEIRUT (AP) \ufffd "),
        via=[("AP", None, "AP")],
    ),
    case(
        "KOLKATA, India – Indian police have arrested two men.\nThey were charged on Monday.",
        id="capitals-place-and-country",
        dateline=("KOLKATA", "KOLKATA, India – "),
    ),
    case(
        "By Nate Raymond. BOSTON (Reuters) - A judge rejected the bid on Friday.\nThe company will appeal.",
        id="byline-then-dateline",
        dateline=("BOSTON", "BOSTON (Reuters) - "),
        via=[("Reuters", None, "Reuters")],
        author="Nate Raymond",
        credits=[("author", "Nate Raymond")],
    ),
    case(
        "By JILL COLVIN and GILLIAN WONG, Associated Press WASHINGTON (AP) — China vowed on Friday to fight back.\n"
        "Markets fell.",
        id="byline-outlet-then-dateline",
        dateline=("WASHINGTON", "WASHINGTON (AP) — "),
        via=[("AP", None, "AP")],
        author="JILL COLVIN",
        credits=[("author", "JILL COLVIN"), ("author", "GILLIAN WONG")],
    ),
    case(
        "Mr Smith (AP) said nothing more.\nHe left.",
        id="no-dateline-without-capitals-or-dash",
    ),
    case(
        "By Jane Doe\nWASHINGTON - The Senate passed the spending bill on Friday.\nIt now goes to the House.",
        id="byline-first",
        dateline=("WASHINGTON", "WASHINGTON - "),
        author="Jane Doe",
        credits=[("author", "Jane Doe")],
    ),
    case(
        "By Jane Doe and John Roe\nLONDON - The government announced new sanctions.\nThey take effect on Monday.",
        id="byline-two-authors",
        dateline=("LONDON", "LONDON - "),
        author="Jane Doe",
        credits=[("author", "Jane Doe"), ("author", "John Roe")],
    ),
    case(
        "Floods swept through northern Pakistan on Monday.\nAt least 40 people died.\nSource: Reuters",
        id="source-reuters",
        via=[("Reuters", None, "Reuters")],
    ),
    case(
        "Clashes broke out near the border.\nSources: AP, AFP",
        id="sources-two-agencies",
        via=[("AP", None, "AP"), ("AFP", None, "AFP")],
    ),
    case(
        "Kyiv came under attack overnight.\nVia: The Kyiv Independent",
        id="via-label",
        via=[("Kyiv Independent", None, "The Kyiv Independent")],
    ),
    case(
        "Rescuers searched the rubble for survivors.\nSource: https://www.bbc.com/news/world-123",
        id="source-url",
        via=[("BBC", "https://www.bbc.com/news/world-123", "https://www.bbc.com/news/world-123")],
    ),
    case(
        "Wildfires forced thousands to flee.\nThis article was originally published by The Guardian.",
        id="originally-published-by",
        via=[("The Guardian", None, "The Guardian")],
    ),
    case(
        "Fighting resumed in Khartoum.\nThis story first appeared on Al Jazeera.",
        id="first-appeared-on",
        via=[("Al Jazeera", None, "Al Jazeera")],
    ),
    case(
        "KYIV (Reuters) - Ukraine's parliament approved the budget.\nSource: Reuters",
        id="agency-in-dateline-and-source-once",
        dateline=("KYIV", "KYIV (Reuters) - "),
        via=[("Reuters", None, "Reuters")],
    ),
    case(
        "The ceasefire held for a second day.\nWritten by Sarah Lee; Edited by Tom Hart",
        id="written-edited",
        author="Sarah Lee",
        credits=[("author", "Sarah Lee"), ("editor", "Tom Hart")],
    ),
    case(
        "Protesters gathered in central Tbilisi.\nTranslated by Olena Hrytsenko",
        id="translator-is-not-author",
        credits=[("translator", "Olena Hrytsenko")],
    ),
]

EN_NOTHING = [
    case(
        "President Mark Allen said the U.S. would send more aid.\nHe spoke at the White House on Monday.",
        id="sentence-opening-with-a-name",
    ),
    case(
        "President Mark Allen - speaking by phone - said talks would resume.\nNo date was set.",
        id="name-before-a-dash-aside",
    ),
    case(
        "Cholera cases rose sharply in the region.\nSource: Ministry of Health",
        id="data-source-ministry",
    ),
    case(
        "Measles cases doubled last year.\nSource: who.int",
        id="data-source-international-body",
    ),
    case(
        "By the end of the day, the pound had recovered.\nTraders were relieved.",
        id="by-in-running-text",
    ),
    case(
        "By Jane Doe, Staff Writer. The council met on Monday.\nIt voted to close the library.",
        id="byline-with-no-dateline-after-it",
    ),
    case(
        "The minister cited a World Bank report (PDF) on food prices.\nThe U.N. food agency (WFP) warned of famine.",
        id="capitals-in-brackets",
    ),
]


@pytest.mark.parametrize("text,expected", EN_CASES + EN_NOTHING)
def test_provenance_en(text: str, expected: Found) -> None:
    assert found(warta.extract(text, lang="en")) == expected


# --- data -----------------------------------------------------------------------------------------


def test_provenance_publishers_data_is_well_formed() -> None:
    data = langdata.load("xx", "publishers")
    owner: dict[str, str] = {}
    for entry in data["publishers"]:
        assert isinstance(entry["name"], str) and isinstance(entry.get("agency", False), bool), entry
        for key in [entry["name"], *entry.get("aliases", []), *entry.get("domains", [])]:
            assert isinstance(key, str) and key.strip() == key and key, entry
            assert owner.setdefault(key.lower(), entry["name"]) == entry["name"], f"{key!r} names two publishers"
    for suffix in data["not_outlets"]:
        assert isinstance(suffix, str) and not suffix.startswith(".") and suffix.lower() not in owner, suffix


@pytest.mark.parametrize("code", langdata.available("provenance"))
def test_provenance_cues_are_words(code: str) -> None:
    data = langdata.load(code, "provenance")
    labels = [*data["source_labels"], *data["republished"], *(w for ws in data["credit_labels"].values() for w in ws)]
    for label in labels:
        assert isinstance(label, str) and label.strip() == label and label, label
    assert set(data["credit_labels"]) <= {"author", "editor", "translator"}


# --- properties -----------------------------------------------------------------------------------

_LINES = st.sampled_from(
    [
        "ETIndonesia. Pada Selasa, pasukan itu mundur.", "JAKARTA, KOMPAS.com - Harga naik.", "Jakarta - Polisi",
        "Liputan6.com, Jakarta - ", "KYIV, Nov 12 (Reuters) - Russia", "Jayapura (ANTARA) -", "(hui)", "(rdp/imk)",
        "Sumber : NDTV.com", "Sumber: Reuters, AFP, dan", "Source: https://www.bbc.com/x.", "By Jane Doe",
        "(Reporting by Jane Doe; Editing by John Roe)", "Penulis: Budi Santoso", "Editor:",
        "Artikel ini telah tayang di",
        "WartaKini.", "", " ", "\r", "kata dia. (hui)", "Sumber:", "(", ")", "-- ", "Pada Senin, warga mengungsi.",
    ]
)
_REPORT = st.lists(_LINES | st.text(max_size=20), min_size=1, max_size=12).map("\n".join)


@settings(max_examples=200, deadline=None)
@given(text=_REPORT, lang=st.sampled_from(["id", "en"]))
def test_provenance_spans_are_words_of_the_text(text: str, lang: str) -> None:
    assume(text.strip())
    doc = warta.extract(text, lang=lang)
    doc.validate()
    source = doc.source
    spans = [source.publisher_span, *(v.span for v in source.via), *(c.span for c in source.credits)]
    for span in spans:
        if span is not None:
            words = doc.text[span[0] : span[1]]
            assert words and words == words.strip(), (words, spans)
    for credit in source.credits:
        assert doc.text[credit.span[0] : credit.span[1]] == credit.name
