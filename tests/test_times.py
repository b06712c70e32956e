"""times.v1: date and time expressions, normalised to TIMEX3 values anchored on the publication date."""

from __future__ import annotations

import datetime as dt
import logging
import pickle
import types
from unittest import mock

import pytest

import warta
from warta.stages import times as times_module

STAGES = ["langid", "segment", "times"]
PUBLISHED = "2024-11-13"  # a Wednesday


@pytest.fixture(scope="module")
def pipeline() -> warta.Pipeline:
    return warta.load({"stages": STAGES, "today": "2026-11-24"})


def found(pipeline: warta.Pipeline, text: str, lang: str, published: str | None = PUBLISHED) -> list[tuple[str, str, str]]:
    doc = pipeline(pipeline.make_doc(text, lang=lang, published=published))
    return [(doc.text[t.span[0] : t.span[1]], t.value, t.type) for t in doc.times]


# (sentence, the expression's words, TIMEX3 value, type); published 2024-11-13 (Wednesday)
INDONESIAN = [
    ("Harga naik pada Januari tahun ini.", "Januari tahun ini", "2024-01", "DATE"),
    ("Ia pindah pada Maret tahun lalu.", "Maret tahun lalu", "2023-03", "DATE"),
    ("Upacara digelar pada Hari Kemerdekaan.", "Hari Kemerdekaan", "2024-08-17", "DATE"),
    ("Gereja itu akan penuh saat Natal.", "Natal", "2024-12-25", "DATE"),
    ("Rapat itu digelar hari ini di Jakarta.", "hari ini", "2024-11-13", "DATE"),
    ("Kemarin polisi menangkap dua tersangka.", "Kemarin", "2024-11-12", "DATE"),
    ("Sidang dilanjutkan besok pagi.", "besok pagi", "2024-11-14TMO", "TIME"),
    ("Presiden akan berangkat lusa ke Beijing.", "lusa", "2024-11-15", "DATE"),
    ("Ledakan terjadi kemarin lusa di pelabuhan.", "kemarin lusa", "2024-11-11", "DATE"),
    ("Dua hari lalu pasukan itu mundur.", "Dua hari lalu", "2024-11-11", "DATE"),
    ("Serangan itu terjadi tiga hari yang lalu.", "tiga hari yang lalu", "2024-11-10", "DATE"),
    ("Gempa mengguncang Cianjur 5 hari lalu.", "5 hari lalu", "2024-11-08", "DATE"),
    ("Dua pekan lalu kapal itu tenggelam.", "Dua pekan lalu", "2024-10-30", "DATE"),
    ("Hasilnya akan diumumkan dua hari lagi.", "dua hari lagi", "2024-11-15", "DATE"),
    ("Pekan lalu harga beras naik.", "Pekan lalu", "2024-W45", "DATE"),
    ("Demo serupa terjadi minggu lalu di Makassar.", "minggu lalu", "2024-W45", "DATE"),
    ("Pertemuan dijadwalkan pekan ini.", "pekan ini", "2024-W46", "DATE"),
    ("Latihan gabungan digelar pekan depan.", "pekan depan", "2024-W47", "DATE"),
    ("Bulan lalu, rekaman menunjukkan hal serupa.", "Bulan lalu", "2024-10", "DATE"),
    ("Harga cabai naik sejak bulan lalu.", "bulan lalu", "2024-10", "DATE"),
    ("Inflasi bulan ini diperkirakan rendah.", "bulan ini", "2024-11", "DATE"),
    ("Pemilu digelar bulan depan.", "bulan depan", "2024-12", "DATE"),
    ("Tahun lalu ekspor turun tajam.", "Tahun lalu", "2023", "DATE"),
    ("Target itu dicapai tahun ini.", "tahun ini", "2024", "DATE"),
    ("Anggaran tahun depan sudah disahkan.", "tahun depan", "2025", "DATE"),
    ("Kunjungan itu dilakukan Oktober lalu.", "Oktober lalu", "2024-10", "DATE"),
    ("Kesepakatan itu diteken Desember lalu.", "Desember lalu", "2023-12", "DATE"),
    ("Banjir melanda kota itu Januari lalu.", "Januari lalu", "2024-01", "DATE"),
    ("Proyek itu dimulai awal November.", "awal November", "2024-11", "DATE"),
    ("Kontrak berakhir akhir Oktober.", "akhir Oktober", "2024-10", "DATE"),
    ("Hujan lebat diperkirakan terjadi pertengahan Desember.", "pertengahan Desember", "2024-12", "DATE"),
    ("Pada Selasa (12/11/2024), pasukan bergerak ke utara.", "Selasa (12/11/2024)", "2024-11-12", "DATE"),
    ("Pada Selasa (12 November), sebuah video beredar.", "Selasa (12 November)", "2024-11-12", "DATE"),
    ("Pertemuan digelar Senin (21/10) di Istana.", "Senin (21/10)", "2024-10-21", "DATE"),
    ("Massa berkumpul Minggu (20/10) sejak pagi.", "Minggu (20/10)", "2024-10-20", "DATE"),
    ("Kapal itu tiba Kamis (14/11) di Surabaya.", "Kamis (14/11)", "2024-11-14", "DATE"),
    ("Perjanjian itu ditandatangani 12 November 2024.", "12 November 2024", "2024-11-12", "DATE"),
    ("Laporan itu terbit 5 Nov 2024.", "5 Nov 2024", "2024-11-05", "DATE"),
    ("Serangan terjadi pada 9 November.", "9 November", "2024-11-09", "DATE"),
    ("Pada 3 Oktober, gudang itu terbakar.", "3 Oktober", "2024-10-03", "DATE"),
    ("Sidang digelar tanggal 5 November.", "tanggal 5 November", "2024-11-05", "DATE"),
    ("Ia lahir pada 26 Juni 1988 di Medan.", "26 Juni 1988", "1988-06-26", "DATE"),
    ("Harga naik sejak November 2014.", "November 2014", "2014-11", "DATE"),
    ("Empat insiden mewarnai tahun 2014.", "tahun 2014", "2014", "DATE"),
    ("Kerusuhan itu pecah pada 1998.", "1998", "1998", "DATE"),
    ("Di 2015 industri itu tumbuh.", "2015", "2015", "DATE"),
    ("Ledakan terdengar pukul 06.14 WIB.", "pukul 06.14 WIB", "2024-11-13T06:14", "TIME"),
    ("Pesawat mendarat pukul 19.30 WITA.", "pukul 19.30 WITA", "2024-11-13T19:30", "TIME"),
    ("Gempa terjadi pukul 08.00 WIT.", "pukul 08.00 WIT", "2024-11-13T08:00", "TIME"),
    ("Kontak hilang sekitar pukul 10.00.", "sekitar pukul 10.00", "2024-11-13T10:00", "TIME"),
    ("Pada Selasa (12/11) pukul 06.14 WIB, bendungan jebol.", "Selasa (12/11) pukul 06.14 WIB", "2024-11-12T06:14", "TIME"),
    ("Warga dievakuasi Senin pagi.", "Senin pagi", "2024-11-11TMO", "TIME"),
    ("Tembakan terdengar Minggu malam.", "Minggu malam", "2024-11-10TNI", "TIME"),
    ("Identitas korban akan diumumkan siang ini.", "siang ini", "2024-11-13TAF", "TIME"),
    ("Ujian itu digelar setiap tahun.", "setiap tahun", "P1Y", "SET"),
    ("Patroli dilakukan setiap hari.", "setiap hari", "P1D", "SET"),
    ("Rapat koordinasi digelar tiap minggu.", "tiap minggu", "P1W", "SET"),
    ("Pesawat itu hilang dari radar dua menit kemudian.", "dua menit", "PT2M", "DURATION"),
    ("Pencarian berlangsung tiga jam.", "tiga jam", "PT3H", "DURATION"),
    ("Gencatan senjata berlaku lima hari.", "lima hari", "P5D", "DURATION"),
    ("Ia ditahan selama dua tahun.", "dua tahun", "P2Y", "DURATION"),
    ("Negosiasi itu memakan waktu beberapa bulan.", "beberapa bulan", "PXM", "DURATION"),
    ("Warga mengungsi berbulan-bulan.", "berbulan-bulan", "PXM", "DURATION"),
    ("Ia memimpin partai itu 10 tahun.", "10 tahun", "P10Y", "DURATION"),
    ("Kini harga minyak turun.", "Kini", "PRESENT_REF", "DATE"),
    ("Saat ini pasukan masih bertahan.", "Saat ini", "PRESENT_REF", "DATE"),
    ("Saat itu ia menjabat menteri.", "Saat itu", "PAST_REF", "DATE"),
    ("Keputusan itu kelak akan diuji.", "kelak", "FUTURE_REF", "DATE"),
    ("Laba kuartal III 2024 naik.", "kuartal III 2024", "2024-Q3", "DATE"),
    ("Penjualan kuartal ketiga melemah.", "kuartal ketiga", "2024-Q3", "DATE"),
]

ENGLISH = [
    ("The talks resumed today in Geneva.", "today", "2024-11-13", "DATE"),
    ("Police arrested two men yesterday.", "yesterday", "2024-11-12", "DATE"),
    ("The court will rule tomorrow.", "tomorrow", "2024-11-14", "DATE"),
    ("The ship sank two days ago.", "two days ago", "2024-11-11", "DATE"),
    ("The strike began three weeks ago.", "three weeks ago", "2024-10-23", "DATE"),
    ("Prices rose last week.", "last week", "2024-W45", "DATE"),
    ("The envoy arrives this week.", "this week", "2024-W46", "DATE"),
    ("Elections are due next week.", "next week", "2024-W47", "DATE"),
    ("Inflation slowed last month.", "last month", "2024-10", "DATE"),
    ("The law takes effect next month.", "next month", "2024-12", "DATE"),
    ("Exports fell this year.", "this year", "2024", "DATE"),
    ("The deal was signed last year.", "last year", "2023", "DATE"),
    ("The budget for next year was approved.", "next year", "2025", "DATE"),
    ("Shelling resumed on Tuesday, officials said.", "Tuesday", "2024-11-12", "DATE"),
    ("The minister resigned on Monday.", "Monday", "2024-11-11", "DATE"),
    ("Officials said on Thursday the dam was hit.", "Thursday", "2024-11-07", "DATE"),  # said: the past one
    ("The envoy lands on Thursday, aides say.", "Thursday", "2024-11-14", "DATE"),  # tomorrow is nearer
    ("The leaders will meet on Friday in Paris.", "Friday", "2024-11-15", "DATE"),
    ("Protesters gathered last Monday.", "last Monday", "2024-11-11", "DATE"),
    ("The summit opens next Monday.", "next Monday", "2024-11-18", "DATE"),
    ("The attack happened on November 12.", "November 12", "2024-11-12", "DATE"),
    ("The treaty was signed on Nov. 12, 2024.", "Nov. 12, 2024", "2024-11-12", "DATE"),
    ("He was born on 12 November 1970.", "12 November 1970", "1970-11-12", "DATE"),
    ("The plant closed in August 1988.", "August 1988", "1988-08", "DATE"),
    ("The war ended in 1988.", "1988", "1988", "DATE"),
    ("Debt soared in the 1980s.", "1980s", "198", "DATE"),
    ("The group split in mid-1996.", "mid-1996", "1996", "DATE"),
    ("Fighting intensified in early November.", "early November", "2024-11", "DATE"),
    ("The presidents met last May.", "last May", "2024-05", "DATE"),
    ("Roadblocks were set up this summer.", "this summer", "2024-SU", "DATE"),
    ("Profit rose in the third quarter.", "the third quarter", "2024-Q3", "DATE"),
    ("It will report third-quarter results soon.", "third-quarter", "2024-Q3", "DATE"),
    ("Sales fell in the fourth quarter of 2023.", "the fourth quarter of 2023", "2023-Q4", "DATE"),
    ("The blast was heard at 10:30 a.m. local time.", "10:30 a.m.", "2024-11-13T10:30", "TIME"),
    ("The curfew began at 10 p.m. Tuesday.", "10 p.m. Tuesday", "2024-11-12T22:00", "TIME"),
    ("The deadline will expire at noon Thursday.", "noon Thursday", "2024-11-14T12:00", "TIME"),
    ("The minister spoke this morning.", "this morning", "2024-11-13TMO", "TIME"),
    ("Drones struck the city last night.", "last night", "2024-11-12TNI", "TIME"),
    ("Explosions were heard Tuesday night.", "Tuesday night", "2024-11-12TNI", "TIME"),
    ("A two-week truce collapsed.", "two-week", "P2W", "DURATION"),
    ("He signed a 10-year programme.", "10-year", "P10Y", "DURATION"),
    ("The siege lasted several months.", "several months", "PXM", "DURATION"),
    ("The city was cut off for weeks.", "weeks", "PXW", "DURATION"),
    ("The fire burned for three hours.", "three hours", "PT3H", "DURATION"),
    ("The talks are held every year.", "every year", "P1Y", "SET"),
    ("Revenue grows by 20% annually.", "annually", "P1Y", "SET"),
    ("The talks are supposed to conclude by May.", "May", "2024-05", "DATE"),
    ("The debt doubled by the mid-1990s.", "mid-1990s", "199", "DATE"),
    ("In nineteen ninety-one the bank collapsed.", "nineteen ninety-one", "1991", "DATE"),
    ("Rebels attacked the base Friday.", "Friday", "2024-11-08", "DATE"),  # a bare weekday: the last one
    ("The minister has scheduled a news conference Friday.", "Friday", "2024-11-15", "DATE"),
    ("Talks are set to resume Monday in Belfast.", "Monday", "2024-11-18", "DATE"),
    ("In the fiscal year ended Jan. 31, sales rose.", "Jan. 31", "2024-01-31", "DATE"),
    ("Since the fund bought the company in February, debt rose.", "February", "2024-02", "DATE"),
    ("Profit fell in the latest quarter.", "the latest quarter", "2024-Q3", "DATE"),
    ("Net income was $3 million in the year-ago period.", "the year-ago period", "2023-Q3", "DATE"),
    ("It could take effect in next year's first quarter.", "next year's first quarter", "2025-Q1", "DATE"),
    ("Protesters gathered over the weekend.", "the weekend", "2024-W45-WE", "DATE"),
    ("The judge ruled at midday.", "midday", "2024-11-13T12:00", "TIME"),
    ("The army will withdraw soon.", "soon", "FUTURE_REF", "DATE"),
    ("They lived in camps for 2 1/2 years.", "2 1/2 years", "P2Y6M", "DURATION"),
    ("The fleet may stay for at least 20 more years.", "20 more years", "P20Y", "DURATION"),
    ("They left a day-long meeting.", "day-long", "P1D", "DURATION"),
    ("The boy was found last Thanksgiving.", "last Thanksgiving", "2023-11-23", "DATE"),
    ("The boy was rescued on Thanksgiving Day.", "Thanksgiving Day", "2023-11-23", "DATE"),
    ("Shops will close on Christmas Day.", "Christmas Day", "2024-12-25", "DATE"),
    ("The war began in 1991, and the following year he left.", "the following year", "1992", "DATE"),
    ("Imports rose in 1988; that year the deficit grew.", "that year", "1988", "DATE"),
    ("Prices rose in January this year.", "January this year", "2024-01", "DATE"),
    ("The group grew through the nineties.", "the nineties", "199", "DATE"),
    ("The firm will hire 600 people by year end.", "year end", "2024", "DATE"),
    ("January nineteen ninety-seven. Atlanta again.", "January nineteen ninety-seven", "1997-01", "DATE"),
    ("Troops are now in the town.", "now", "PRESENT_REF", "DATE"),
    ("At the time, he led the army.", "At the time", "PAST_REF", "DATE"),
]


@pytest.mark.parametrize("text, words, value, kind", INDONESIAN, ids=[c[1] for c in INDONESIAN])
def test_times_indonesian(pipeline: warta.Pipeline, text: str, words: str, value: str, kind: str) -> None:
    assert (words, value, kind) in found(pipeline, text, "id")


@pytest.mark.parametrize("text, words, value, kind", ENGLISH, ids=[c[1] for c in ENGLISH])
def test_times_english(pipeline: warta.Pipeline, text: str, words: str, value: str, kind: str) -> None:
    assert (words, value, kind) in found(pipeline, text, "en")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Mr Reupke, 37 years old, joined in March.", "en"),  # an age is not a duration
        ("Officials may meet again, he said.", "en"),  # "may" the verb
        ("Some 2000 troops crossed the border.", "en"),  # a count, not the year 2000
        ("Sebanyak 2000 orang mengungsi.", "id"),
        ("Pesawat MH17 jatuh di Ukraina.", "id"),
    ],
)
def test_times_not_times(pipeline: warta.Pipeline, text: str, lang: str) -> None:
    values = [value for _, value, _ in found(pipeline, text, lang)]
    assert not [v for v in values if v.startswith(("2000", "P37Y", "PT"))] and "2024-05" not in values


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Jan Kavan said he agreed.",  # a man, not January
        "He said so on CBS's 60 Minutes programme.",  # a title
        "It would be a second betrayal, she said.",  # an ordinal
        "A 44-year-old man was arrested.",  # an age
        "IRA commanders are behind the recent bomb attacks.",
        "He was killed soon after being captured.",
    ],
)
def test_times_not_times_english(pipeline: warta.Pipeline, text: str) -> None:
    assert found(pipeline, text, "en") == []


def test_times_a_leading_preposition_is_not_part_of_the_span(pipeline: warta.Pipeline) -> None:
    assert found(pipeline, "Pada 3 Oktober gudang itu terbakar.", "id")[0][0] == "3 Oktober"
    assert found(pipeline, "On Tuesday the talks resumed.", "en")[0][0] == "Tuesday"


def test_times_year_from_the_weekday_when_no_publication_date(pipeline: warta.Pipeline) -> None:
    """No publication date: "Selasa (12 November)" takes the latest year not after the processing date
    (2026-11-24) whose 12 November is a Tuesday (2024); what follows anchors on it."""
    text = "Pada Selasa (12 November), bendungan itu dibom. Serangan lain terjadi 9 November. Bulan lalu, rekaman serupa beredar."
    assert found(pipeline, text, "id", published=None) == [
        ("Selasa (12 November)", "2024-11-12", "DATE"),
        ("9 November", "2024-11-09", "DATE"),
        ("Bulan lalu", "2024-10", "DATE"),
    ]


def test_times_processing_date_bounds_the_inferred_year() -> None:
    early = warta.load({"stages": STAGES, "today": "2024-06-01"})
    assert found(early, "Pada Selasa (12 November), bendungan itu dibom.", "id", published=None) == [
        ("Selasa (12 November)", "2019-11-12", "DATE")
    ]


def test_times_weekday_disagreeing_with_its_date_is_reported(pipeline: warta.Pipeline, caplog) -> None:
    with caplog.at_level(logging.WARNING, logger="warta"):
        result = found(pipeline, "Pertemuan digelar Senin (20/10) di Istana.", "id")
    assert result == [("Senin (20/10)", "2024-10-20", "DATE")]  # the date is kept...
    assert "disagrees with the date 2024-10-20 (a Sunday)" in caplog.text  # ...and the clash is said


def test_times_never_read_the_clock(pipeline: warta.Pipeline) -> None:
    """With a publication date, another processing date (another "clock") changes nothing, and the stage
    itself never asks the clock: date.today() inside it would raise here."""
    text = "Dua hari lalu, pada Selasa (12 November), pasukan bergerak. Bulan lalu harga naik. Kemarin sidang digelar."

    class NoClock(dt.date):
        @classmethod
        def today(cls):
            raise AssertionError("the times stage read the clock")

    fake = types.SimpleNamespace(date=NoClock, timedelta=dt.timedelta)
    later = warta.load({"stages": STAGES, "today": "2031-02-03"})
    with mock.patch.object(times_module, "dt", fake):
        assert found(later, text, "id") == found(pipeline, text, "id")


def test_times_are_numbered_in_order_deterministic_and_pickle(pipeline: warta.Pipeline) -> None:
    text = "Kemarin, pada Selasa (12/11) pukul 06.14 WIB, dan dua hari lalu, pasukan bergerak."
    first = pipeline(pipeline.make_doc(text, lang="id", published=PUBLISHED))
    assert [t.id for t in first.times] == [f"T{n}" for n in range(1, len(first.times) + 1)]
    assert [t.span for t in first.times] == sorted(t.span for t in first.times)
    clone = pickle.loads(pickle.dumps(pipeline))
    assert clone(clone.make_doc(text, lang="id", published=PUBLISHED)).times == first.times


def test_times_empty_and_timeless_text(pipeline: warta.Pipeline) -> None:
    assert found(pipeline, "Pasukan itu bergerak ke utara.", "id") == []


@pytest.mark.parametrize(
    "text, lang, published, yesterday",
    [
        ("JAKARTA, Senin (11/11/2024) - Polisi menangkap dua orang kemarin.", "id", "2024-11-11", "2024-11-10"),
        ("LONDON, Aug. 15, 1990 (Reuters) - Police arrested two men yesterday.", "en", "1990-08-15", "1990-08-14"),
    ],
)
def test_times_publication_date_from_the_dateline(
    pipeline: warta.Pipeline, text: str, lang: str, published: str, yesterday: str
) -> None:
    doc = pipeline(pipeline.make_doc(text, lang=lang))
    assert (doc.published, doc.published_source) == (published, "dateline")
    assert doc.times[-1].value == yesterday


def test_times_a_date_in_running_text_is_not_a_publication_date(pipeline: warta.Pipeline) -> None:
    doc = pipeline(pipeline.make_doc("Polisi menangkap dua orang pada Senin (11/11/2024) di Bekasi.", lang="id"))
    assert doc.published is None


def test_times_a_dateline_day_without_year_or_weekday_is_not_a_publication_date(pipeline: warta.Pipeline) -> None:
    doc = pipeline(pipeline.make_doc("KYIV, Nov 12 (Reuters) - Russia launched dozens of drones.", lang="en"))
    assert doc.published is None
