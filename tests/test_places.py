"""places.v1: toponyms resolved offline, in context, never more precise than what was found."""

from __future__ import annotations

import json
import math
import pickle

import pytest

import warta

from .conftest import GUARDIAN

STAGES = {"stages": ["langid", "segment", "provenance", "entities", "places"]}


@pytest.fixture(scope="module")
def pipeline() -> warta.Pipeline:
    return warta.load(STAGES)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def place_of(pipeline: warta.Pipeline, text: str, lang: str, words: str) -> warta.doc.Place:
    doc = pipeline(pipeline.make_doc(text, lang=lang))
    found = [p for p in doc.places if any(doc.text[s:e] == words or words in doc.text[s:e] for s, e in p.mentions)]
    assert found, f"no place for {words!r} in {[(p.name, [doc.text[s:e] for s, e in p.mentions]) for p in doc.places]}"
    return found[0]


# (sentence, language, the words, expected lat, lon, within km, country)
HARD = [
    ("Pasukan Rusia menyerang Donetsk, kota terbesar di wilayah timur Ukraina.", "id", "Donetsk", 48.00, 37.80, 30, "UA"),
    ("Russian forces shelled Donetsk and Avdiivka in eastern Ukraine overnight.", "en", "Donetsk", 48.00, 37.80, 30, "UA"),
    ("Pasukan Ukraina bertahan di Pokrovsk, wilayah Donetsk.", "id", "Pokrovsk", 48.28, 37.18, 30, "UA"),
    ("Russian troops advanced towards Pokrovsk in the Donetsk region of Ukraine.", "en", "Pokrovsk", 48.28, 37.18, 30, "UA"),
    ("Zelenskyy will meet Macron in Paris to discuss air defence for Ukraine.", "en", "Paris", 48.86, 2.35, 25, "FR"),
    ("Presiden Ukraina terbang ke Paris untuk bertemu Presiden Prancis.", "id", "Paris", 48.86, 2.35, 25, "FR"),
    ("A tornado struck Paris, Texas, damaging homes in Lamar County.", "en", "Paris", 33.66, -95.56, 40, "US"),
    ("Russian troops are still stationed in Georgia, near South Ossetia.", "en", "Georgia", 42.0, 43.5, 300, "GE"),
    ("Voters in Atlanta, Georgia, queued for hours at polling stations.", "en", "Georgia", 32.75, -83.5, 400, "US"),
    ("Raja Abdullah menerima delegasi itu di Yordania.", "id", "Yordania", 31.0, 36.5, 250, "JO"),
    ("The refugees crossed from Syria into Jordan last year.", "en", "Jordan", 31.0, 36.5, 250, "JO"),
    ("Gempa berkekuatan 6,2 mengguncang Aceh pada Selasa.", "id", "Aceh", 4.4, 96.9, 250, "ID"),
    ("Bentrokan bersenjata kembali terjadi di Papua.", "id", "Papua", -4.0, 138.0, 600, "ID"),
    ("Israel melancarkan serangan udara ke Gaza.", "id", "Gaza", 31.45, 34.40, 30, "PS"),
    ("Airstrikes hit Gaza City and Rafah on Sunday.", "en", "Rafah", 31.30, 34.25, 20, "PS"),
    ("Bantuan kemanusiaan masuk ke Jalur Gaza lewat Rafah.", "id", "Jalur Gaza", 31.42, 34.37, 40, "PS"),
    ("Ukrainian troops retook Kherson in November 2022.", "en", "Kherson", 46.64, 32.61, 30, "UA"),
    ("Rusia mencaplok Krimea pada 2014.", "id", "Krimea", 45.0, 34.0, 200, "UA"),
    ("Russia annexed Crimea in 2014.", "en", "Crimea", 45.0, 34.0, 200, "UA"),
    ("The battle for Avdiivka in eastern Ukraine lasted months.", "en", "Avdiivka", 48.14, 37.74, 20, "UA"),
    ("Pasukan Ukraina mundur dari Avdiyivka.", "id", "Avdiyivka", 48.14, 37.74, 20, "UA"),
    ("Drones attacked Kyiv overnight, officials said.", "en", "Kyiv", 50.45, 30.52, 25, "UA"),
    ("Explosions were heard in Kiev on Monday.", "en", "Kiev", 50.45, 30.52, 25, "UA"),
    ("Serangan rudal menghantam Kyiv pada dini hari.", "id", "Kyiv", 50.45, 30.52, 25, "UA"),
    ("Russian forces captured Bakhmut after months of fighting.", "en", "Bakhmut", 48.60, 38.00, 25, "UA"),
    ("Moscow calls the town Artemivsk, its Soviet name.", "en", "Artemivsk", 48.60, 38.00, 25, "UA"),
    # a town's name read as a town and a person: the whole is the town, not Daraa in Syria
    ("An IED hit a patrol guarding a pipeline in Dera Murad Jamali tehsil on Monday.", "en", "Dera Murad Jamali", 28.55, 68.22, 25, "PK"),
    # an airport news name without its town: no village of that name, and abroad too
    ("British officers searched an Aeroflot passenger plane at Heathrow airport on Friday.", "en", "Heathrow", 51.47, -0.45, 10, "GB"),
    ("The flight from Moscow landed at Heathrow shortly after noon.", "en", "Heathrow", 51.47, -0.45, 10, "GB"),
    ("Pesawat itu mendarat di Bandara Soekarno-Hatta, Tangerang, pada Senin pagi.", "id", "Bandara Soekarno-Hatta", -6.13, 106.66, 10, "ID"),
    # a capital the model splits at "of", a sea it reads with its article; a known person is no Japanese town
    ("She lives in a quiet suburb just outside Trinidad's capital, Port of Spain.", "en", "Port of Spain", 10.67, -61.52, 25, "TT"),
    ("Two cyclones formed over the Bay of Bengal this month.", "en", "Bay of Bengal", 15.0, 88.0, 600, None),
    # an island news name alone; one whose name is a town's too only with its word for island
    ("On Oahu, home to Honolulu, rents rose again last year.", "en", "Oahu", 21.47, -157.98, 40, "US"),
    ("Gempa mengguncang Pulau Lombok pada Minggu malam.", "id", "Pulau Lombok", -8.6, 116.3, 40, "ID"),
    ("Tourists returned to Flores, Guatemala, after the storm.", "en", "Flores", 16.93, -89.89, 25, "GT"),
    # a town read as an organisation, after a verb of firing on it
    ("Turkey fired on Qamishli and other towns along the border on Tuesday.", "en", "Qamishli", 37.05, 41.23, 25, "SY"),
    # a town read as an organisation, after "the countryside of"
    ("Turkish forces shelled villages in the countryside of Tell Abiad on Friday.", "en", "Tell Abiad", 36.70, 38.95, 25, "SY"),
    # the dateline's place, even where the model saw none, with the region written after it
    ("BEIRUT (AP) \ufffd A Kurdish militia said Tuesday it would keep fighting.", "en", "BEIRUT", 33.89, 35.50, 25, "LB"),
    ("RALEIGH, N.C. (AP) - A new report says the state lost jobs.", "en", "RALEIGH", 35.78, -78.64, 25, "US"),
    ("KOLKATA, India – Indian police have arrested two men.", "en", "KOLKATA", 22.57, 88.36, 25, "IN"),
    # counties: a British one in a British report, an American one by its state
    ("Flooding closed roads across Kent, the Environment Agency in England said on Monday.", "en", "Kent", 51.2, 0.74, 40, "GB"),
    ("Officials in Morris County, N.J., opened two new shelters.", "en", "Morris County", 40.87, -74.54, 40, "US"),
    # a kind word that is part of a known name stays in it
    ("Protesters gathered outside the courthouse in Kansas City (Missouri) on Friday.", "en", "Kansas City", 39.10, -94.58, 25, "US"),
    # a building named for its town lies in that town; a square is named for anything
    ("Prison guards blocked the entrance of Draguignan prison on Thursday.", "en", "Draguignan", 43.54, 6.46, 25, "FR"),
    # a possessive ending glued to the name ("London’s" is one token)
    ("That is overstating things. London’s murder tally last year was high.", "en", "London", 51.51, -0.13, 25, "GB"),
    ("Work will start in ten days to improve Honolulu's sewage system.", "en", "Honolulu", 21.31, -157.86, 25, "US"),
    ("Pasukan Ukraina masuk ke wilayah Kursk, Rusia.", "id", "Kursk", 51.5, 36.1, 150, "RU"),
    ("Ukrainian forces pushed into the Kursk region of Russia.", "en", "Kursk", 51.5, 36.1, 150, "RU"),
    ("Rusia juga mengambil tindakan pertahanan di wilayah Belgorod.", "id", "Belgorod", 50.6, 36.6, 150, "RU"),
    ("Rusia membombardir bendungan Kurakhove di wilayah Donetsk, Ukraina timur.", "id", "Kurakhove", 47.98, 37.28, 25, "UA"),
    ("Penduduk yang tinggal di sekitar Sungai Vovcha terancam banjir.", "id", "Vovcha", 48.2, 36.5, 200, "UA"),
    ("Missiles struck Kharkiv, Ukraine's second city, on Friday.", "en", "Kharkiv", 50.00, 36.23, 25, "UA"),
    ("Banjir merendam ratusan rumah di Bandung, Jawa Barat.", "id", "Bandung", -6.92, 107.61, 25, "ID"),
    ("Polisi menangkap tersangka di Surabaya, Jawa Timur.", "id", "Surabaya", -7.25, 112.75, 25, "ID"),
    ("Unjuk rasa digelar di Jakarta pada Jumat.", "id", "Jakarta", -6.21, 106.85, 30, "ID"),
    ("Kapal itu tenggelam di Selat Malaka.", "id", "Selat Malaka", 3.0, 100.5, 400, None),
    ("Armada Rusia berlayar di Laut Hitam.", "id", "Laut Hitam", 43.0, 34.0, 600, None),
    ("Rebels seized the airport in Tripoli, Libya's capital.", "en", "Tripoli", 32.89, 13.19, 30, "LY"),
    ("Clashes broke out in Tripoli in northern Lebanon.", "en", "Tripoli", 34.44, 35.85, 30, "LB"),
    ("Government forces bombed Idlib and Aleppo in Syria.", "en", "Aleppo", 36.20, 37.16, 25, "SY"),
    ("Pertempuran berlangsung di Mariupol, Ukraina.", "id", "Mariupol", 47.10, 37.55, 25, "UA"),
    ("The plant at Zaporizhzhia lost power again.", "en", "Zaporizhzhia", 47.84, 35.14, 60, "UA"),
    # an old name of a big city does not beat the town that still bears it
    ("Sergei Skripal was poisoned in the English city of Salisbury.", "en", "Salisbury", 51.07, -1.79, 25, "GB"),
    # a US-Russian story: Moscow is Russia's capital, not the town in Idaho
    ("The U.S. ordered cuts at its embassy in Moscow after Washington expelled 60 diplomats.", "en", "Moscow", 55.75, 37.62, 25, "RU"),
    ("The talks were held in New York on Monday.", "en", "New York", 40.71, -74.01, 25, "US"),
    ("He lives in Gainesville, Va., with his family.", "en", "Va.", 37.5, -78.8, 300, "US"),
    ("ALLENDALE, N.J. -- Mothers and their children gathered.", "en", "N.J.", 40.2, -74.6, 150, "US"),
    ("The Walker County (Ga.) Sheriff's Office asked for help.", "en", "Ga.", 32.7, -83.4, 300, "US"),
    ("Floods cut roads across northern NSW and southern Qld on Friday.", "en", "NSW", -32.6, 147.5, 300, "AU"),
    ("Hurricanes form in the tropical Atlantic every summer.", "en", "Atlantic", 10.0, -25.0, 50, None),
    # ACLED writes the region in brackets after the town
    ("A tornado hit Paris (Texas) on Monday.", "en", "Paris", 33.66, -95.56, 40, "US"),
    ("Clashes were reported in Tripoli (Lebanon) overnight.", "en", "Tripoli", 34.44, 35.85, 30, "LB"),
    # a kind word inside the name says what is meant
    ("A protest took place near the mosque of Khost city.", "en", "Khost city", 33.34, 69.92, 25, "AF"),
    # a report opening with its town in ways no dateline pattern reads
    ("Muscat: The 10th Muscat International Film Festival opens on Friday.", "en", "Muscat", 23.6, 58.4, 25, "OM"),
    ("OKLAHOMA CITY The Latest on teachers rallying for higher pay at the Capitol.", "en", "OKLAHOMA CITY", 35.47, -97.52, 25, "US"),
    # a river inside a board's name; towns after "cities of" the model read as an organisation
    ("Tamil Nadu asked the court to set up the Cauvery Management Board.", "en", "Cauvery", 11.1, 79.9, 50, "IN"),
    ("Alerts were issued in Seoul and the nearby cities of Suwon and Incheon.", "en", "Incheon", 37.45, 126.7, 30, "KR"),
    # front-line villages cities500 lacks (villages.yaml), the one near the town named beside it among namesakes
    ("On 10 June 2023, Ukrainian forces advanced near Robotyne (Zaporizhzhia) after heavy clashes.", "en", "Robotyne",
     47.44, 35.84, 25, "UA"),
    ("Russian forces shelled Klishchiivka, south of Bakhmut, on Tuesday.", "en", "Klishchiivka", 48.53, 37.97, 25, "UA"),
    ("Pasukan Ukraina merebut kembali desa Andriivka di dekat Bakhmut.", "id", "Andriivka", 48.49, 37.96, 25, "UA"),
    ("Russian troops entered Hlyboke, north of Kharkiv, in May.", "en", "Hlyboke", 50.20, 36.30, 25, "UA"),
]


@pytest.mark.parametrize("text, lang, words, lat, lon, within, country", HARD, ids=[f"{c[2]}-{c[1]}-{n}" for n, c in enumerate(HARD)])
def test_places_hard_cases(
    pipeline: warta.Pipeline, text: str, lang: str, words: str, lat: float, lon: float, within: float, country: str | None
) -> None:
    place = place_of(pipeline, text, lang, words)
    assert place.lat is not None, f"{words} unresolved"
    assert km(place.lat, place.lon, lat, lon) <= within, (place.name, place.lat, place.lon, place.country)
    assert place.country == country


@pytest.mark.parametrize(
    "text, lang, words, precision",
    [
        ("Pasukan Ukraina masuk ke wilayah Kursk.", "id", "Kursk", "admin1"),
        ("Ukrainian forces pushed into the Kursk region.", "en", "Kursk", "admin1"),
        ("Warga di sekitar Sungai Vovcha dievakuasi.", "id", "Vovcha", "water"),
        ("Drones attacked Kyiv overnight.", "en", "Kyiv", "settlement"),
        ("Delegasi itu tiba di Rusia pada Senin.", "id", "Rusia", "country"),
    ],
)
def test_places_precision_is_what_was_named(pipeline: warta.Pipeline, text: str, lang: str, words: str, precision: str) -> None:
    assert place_of(pipeline, text, lang, words).precision == precision


def test_places_a_country_named_as_an_actor_is_no_place(pipeline: warta.Pipeline) -> None:
    doc = pipeline(pipeline.make_doc("Rusia menyerang jaringan listrik. Pasukan Rusia maju di Donetsk.", lang="id"))
    assert [doc.text[s:e] for p in doc.places for s, e in p.mentions] == ["Donetsk"]


@pytest.mark.parametrize(
    "text, lang, places",
    [
        # a country acts: it does something, speaks through its people, or something is done to it
        ("Germany has said it will not send troops. UK officials blamed Russia for the attack.", "en", []),
        # ... or through its people named before "of" ("the ambassador of the United States in Athens": the
        # Athens of Greece, no US town)
        ("The march was joined by ministers and the ambassador of the United States in Athens.", "en", ["Athens"]),
        ("Kerja sama Rusia dengan Korea Utara, Iran, dan Tiongkok tidak hanya mengancam keamanan.", "id", []),
        ("Iran, Korea Utara dan Tiongkok menolak resolusi itu pada Senin.", "id", []),
        # ... a country that does nothing in the words around it is a place, wherever it stands in a list
        ("The jury picked 46 series from around the globe: United States, Canada, Australia and Uruguay.", "en",
         ["United States", "Canada", "Australia", "Uruguay"]),
        ("Several EU countries — Austria, Slovakia and Greece — declined to follow.", "en", ["EU", "Austria", "Slovakia", "Greece"]),
        ("The ban badly hurt India's cash-heavy economy before the US midterm elections.", "en", ["India", "US"]),
    ],
)
def test_places_a_country_is_an_actor_only_where_it_acts(pipeline: warta.Pipeline, text: str, lang: str, places: list) -> None:
    doc = pipeline(pipeline.make_doc(text, lang=lang))
    assert [doc.text[s:e] for p in doc.places for s, e in p.mentions] == places


def test_places_the_eu_is_a_territory_where_it_does_not_act(pipeline: warta.Pipeline) -> None:
    doc = pipeline(pipeline.make_doc("The European Union imposed sanctions. Several EU countries declined to follow them.", lang="en"))
    eu = place_of(pipeline, doc.text, "en", "EU")
    assert (eu.name, eu.precision, eu.country) == ("European Union", "region", None)
    # the union that imposed sanctions acted: a mention of the territory kept apart for the events stage
    assert [doc.text[s:e] for s, e in eu.mentions] == ["European Union", "EU"]
    assert [doc.text[s:e] for s, e in eu.associative] == ["European Union"]
    assert [(e.name, e.sector) for e in doc.entities] == [("European Union", "IGO")]  # one organisation, "The" dropped


def test_places_a_later_storys_dateline_is_a_place(pipeline: warta.Pipeline) -> None:
    doc = pipeline(pipeline.make_doc(
        "He declined to comment. NATO - EU talks went on. ALBUQUERQUE, N.M. (AP) - Documents show a new bill.", lang="en"
    ))
    found = {doc.text[s:e]: p for p in doc.places for s, e in p.mentions}
    assert (found["ALBUQUERQUE"].name, found["ALBUQUERQUE"].admin1) == ("Albuquerque", "New Mexico")
    assert found["N.M."].precision == "admin1"
    assert "NATO" not in found  # an organisation opening a sentence so is no town


def test_places_the_towns_of_a_dateline_in_capitals(pipeline: warta.Pipeline) -> None:
    # two towns joined in the dateline, a doubled comma and a date in capitals: both are places
    doc = pipeline(pipeline.make_doc(
        "TIJUANA & SAN DIEGO,, MARCH 29, 2018 -- The Mexican government announced Monday that work will start "
        "in 10 days to improve the sewage infrastructure along the border.", lang="en"))
    found = {doc.text[s:e]: p for p in doc.places for s, e in p.mentions}
    assert (found["TIJUANA"].name, found["TIJUANA"].country) == ("Tijuana", "MX")
    assert (found["SAN DIEGO"].name, found["SAN DIEGO"].country) == ("San Diego", "US")


@pytest.mark.parametrize(
    "text, words, name, country",
    [
        # a lead whose first words are set in capitals: a town of that very name after the article
        ("A PARANAQUE court on Friday sentenced five individuals to life imprisonment for selling drugs at a concert.",
         "PARANAQUE", "Paranaque City", "PH"),
        ("THE MANILA police on Tuesday arrested two men over the robbery of a jewellery shop.", "MANILA", "Manila", "PH"),
        # ... not a word an acronym's letters make, the name of a small town ("the PUMA" is no Puma, Tanzania),
        # nor a headline's word
        ("A PUMA store opened on Saturday in the shopping centre, the company said.", "PUMA", None, None),
        ("THE BREAKING news came on Monday night, when the minister resigned.", "BREAKING", None, None),
    ],
)
def test_places_a_lead_opening_in_capitals(pipeline: warta.Pipeline, text: str, words: str, name: str | None, country: str | None) -> None:
    doc = pipeline(pipeline.make_doc(text, lang="en"))
    found = {doc.text[s:e]: p for p in doc.places for s, e in p.mentions}
    assert ((found[words].name, found[words].country) if words in found else (None, None)) == (name, country)


@pytest.mark.parametrize(
    "text, places",
    [
        # two countries of a list the model read as one name, their comma lost: each is its country
        ("It would cut youth unemployment in countries such as Cyprus, Greece Italy or Spain and increase growth.",
         {"Cyprus": "CY", "Greece": "GR", "Italy": "IT", "Spain": "ES"}),
        # ... two big cities so too, even read as a person, after a place and a join
        ("Protests spread to cities such as Lagos, Abuja Kano and Ibadan on Monday.",
         {"Lagos": "NG", "Abuja": "NG", "Kano": "NG", "Ibadan": "NG"}),
        # ... not a person named like two towns among people
        ("Michael Jackson's children Prince, Paris Jackson and Blanket attended the ceremony in Los Angeles.",
         {"Los Angeles": "US"}),
    ],
)
def test_places_two_names_of_a_list_glued_together(pipeline: warta.Pipeline, text: str, places: dict) -> None:
    doc = pipeline(pipeline.make_doc(text, lang="en"))
    assert {doc.text[s:e]: p.country for p in doc.places for s, e in p.mentions if p.precision != "region"} == places


def test_places_every_other_place_of_the_report_is_context(pipeline: warta.Pipeline) -> None:
    # Adel (Georgia, Iowa) and Polk County (seven states) are read before Des Moines: a second look settles them
    doc = pipeline(pipeline.make_doc(
        "ADEL — The county board met Tuesday. A sheriff from Polk County spoke. The plan would move inmates to Des Moines.",
        lang="en",
    ))
    assert {p.name: p.admin1 for p in doc.places} == {"Adel": "Iowa", "Polk County": "Iowa", "Des Moines": "Iowa"}


def test_places_a_saint_written_short(pipeline: warta.Pipeline) -> None:
    parish = place_of(pipeline, "The crash happened in St. Martin Parish, Louisiana State Police said.", "en", "St. Martin Parish")
    assert (parish.name, parish.admin1, parish.precision) == ("Saint Martin Parish", "Louisiana", "district")
    assert place_of(pipeline, "Protesters marched in St. Louis on Sunday.", "en", "St. Louis").admin1 == "Missouri"


@pytest.mark.parametrize(
    "text, words, expected",
    [
        ("Barges were stuck on the Mississippi River after the drought.", "Mississippi River", ("water", "US")),
        ("Government forces shelled Eastern Ghouta on Sunday.", "Eastern Ghouta", ("region", "SY")),
        ("Dust from the Sahara reached Spain.", "Sahara", ("region", None)),
        ("The hurricane season in the Atlantic starts on 1 June.", "Atlantic", ("water", None)),
    ],
)
def test_places_rivers_deserts_and_oceans_are_regions_or_waters(
    pipeline: warta.Pipeline, text: str, words: str, expected: tuple
) -> None:
    place = place_of(pipeline, text, "en", words)
    assert (place.precision, place.country) == expected


@pytest.mark.parametrize(
    "text, lang, words, country",
    [
        ("He visited the Republic of Armenia last year.", "en", "Republic of Armenia", "AM"),
        ("Delegasi tiba di Kerajaan Arab Saudi pada Senin.", "id", "Kerajaan Arab Saudi", "SA"),
    ],
)
def test_places_a_state_with_its_title_is_the_country(pipeline: warta.Pipeline, text: str, lang: str, words: str, country: str) -> None:
    place = place_of(pipeline, text, lang, words)
    assert (place.country, place.precision) == (country, "country")


def test_places_a_village_far_from_the_reports_regions_is_a_namesake(pipeline: warta.Pipeline) -> None:
    doc = pipeline(pipeline.make_doc(
        "On 16 January 2022, in the rural area of Caruaru municipality (Pernambuco), a man was killed in a "
        "drive-by shooting in Campo Novo farm by two armed individuals on a motorcycle.", lang="en",
    ))
    found = {doc.text[s:e]: p for p in doc.places for s, e in p.mentions}
    assert (found["Caruaru"].country, found["Caruaru"].admin1) == ("BR", "Pernambuco")
    assert "Campo Novo" in found and found["Campo Novo"].lat is None  # not the Campo Novo 2,800 km away


@pytest.mark.parametrize(
    "text, words, country",
    [
        # the report's other places all lie in Syria: no Isa of Japan for a village of Aleppo
        ("On 27 May 2022, Turkish forces stationed at the base on the outskirts of Mare city shelled Sheikh Isa "
         "village, Aleppo. Casualties unknown.", "Isa", "SY"),
        # ... all in Mali: no Thun of Switzerland (GeoNames writes it Toun too)
        ("Militants burned granaries in hamlets between Toun and Sofara, near Djenne in the Mopti region.", "Toun", "ML"),
    ],
)
def test_places_a_small_town_abroad_far_from_all_the_reports_places_is_a_namesake(
    pipeline: warta.Pipeline, text: str, words: str, country: str
) -> None:
    doc = pipeline(pipeline.make_doc(text, lang="en"))
    found = {doc.text[s:e]: p for p in doc.places for s, e in p.mentions}
    named = next(p for w, p in found.items() if words in w)
    assert named.country in (None, country), (named.name, named.country)
    assert {p.country for w, p in found.items() if words not in w and p.country} == {country}


def test_places_a_small_town_abroad_stays_where_the_report_names_its_country(pipeline: warta.Pipeline) -> None:
    doc = pipeline(pipeline.make_doc(
        "Protesters marched in Aleppo and Idlib on Friday, while exiles rallied in Gaziantep and Kilis in Turkey.",
        lang="en",
    ))
    found = {doc.text[s:e]: p for p in doc.places for s, e in p.mentions}
    assert found["Kilis"].country == "TR"


@pytest.mark.parametrize(
    "text, words, country",
    [
        ("A US patrol passed along Al 'ishreen street in Basira town in Deir ez Zor countryside.", "Al", None),
        ("Police officers were attacked outside a police station in Sur town, Diyarbakir.", "Sur", "TR"),
    ],
)
def test_places_a_particle_cut_from_its_name_is_no_place(pipeline: warta.Pipeline, text: str, words: str, country: str | None) -> None:
    doc = pipeline(pipeline.make_doc(text, lang="en"))
    found = {doc.text[s:e]: p for p in doc.places for s, e in p.mentions}
    if country is None:
        assert words not in found, (found[words].name, found[words].country)
    else:
        assert found[words].country == country


def test_places_a_village_in_brackets_does_not_carry_its_holder_abroad(pipeline: warta.Pipeline) -> None:
    # the gazetteer's only Loma Hermosa is a Mexican village: it must not pull "Buenos Aires" to Mexico
    doc = pipeline(pipeline.make_doc(
        "On 15 March 2022, in Loma Hermosa (Buenos Aires), students and their parents staged a protest.", lang="en",
    ))
    found = {doc.text[s:e]: p for p in doc.places for s, e in p.mentions}
    assert found["Buenos Aires"].country == "AR"
    assert found["Loma Hermosa"].country in (None, "AR")


def test_places_a_building_named_for_a_place_lies_in_the_town_after_in(pipeline: warta.Pipeline) -> None:
    doc = pipeline(pipeline.make_doc(
        "Soldiers took the father to Henderson police station in Honiara (Guadalcanal) for questioning.", lang="en",
    ))
    found = {doc.text[s:e]: p for p in doc.places for s, e in p.mentions}
    assert found["Honiara"].country == "SB"
    assert found["Henderson"].country == "SB", (found["Henderson"].name, found["Henderson"].country)  # not Nevada


def test_places_a_partys_bracketed_name_is_no_country_nor_a_state_code(pipeline: warta.Pipeline) -> None:
    doc = pipeline(pipeline.make_doc(
        "A clash ensued between cadres of coalition parties (CPN(MC), NC, CPN(US), JSPN and RJM) at a polling "
        "station in Chaurideurali rural municipality (Kavrepalanchok district).", lang="en",
    ))
    assert not [(p.name, p.country) for p in doc.places if p.country in ("US",)]


def test_places_a_hyphenated_name_read_in_part_is_the_whole_name(pipeline: warta.Pipeline) -> None:
    place = place_of(pipeline, "In Croix-des-Bouquets, Ouest, a shooting was reported.", "en", "Croix-des-Bouquets")
    assert (place.name, place.country) == ("Croix-des-Bouquets", "HT")  # not Croix, France


def test_places_unknown_name_is_kept_unresolved_and_others_still_resolve(pipeline: warta.Pipeline) -> None:
    doc = pipeline(pipeline.make_doc("Shelling hit Zrbxqkivka and Kharkiv on Monday, officials said.", lang="en"))
    by_words = {doc.text[p.mentions[0][0] : p.mentions[0][1]]: p for p in doc.places}
    if "Zrbxqkivka" in by_words:
        assert by_words["Zrbxqkivka"].lat is None and by_words["Zrbxqkivka"].geonames is None
    assert by_words["Kharkiv"].country == "UA"


@pytest.mark.parametrize(
    "text, words, town",
    [
        ("Noma had moved out of an informal settlement in Khayelitsha to live with her sister. Cape Town police said the "
         "case was still open. Community leaders in Cape Town and the Western Cape have called for more patrols.",
         "Khayelitsha", "Cape Town"),
        ("The highest number of applicants are in Nenagh at 430, with 36 in Cloughjordan. There are 26 applicants in "
         "Portroe with 24 in Toomevara. Nenagh councillors want more homes.", "Toomevara", "Nenagh"),
        ("The young pianist records at the family home at Rathbeggan, near Dunshaughlin. He has played in Dublin and London.",
         "Rathbeggan", "Dunshaughlin"),
    ],
)
def test_places_unknown_place_after_a_locative_lies_in_its_town(pipeline: warta.Pipeline, text: str, words: str, town: str) -> None:
    # a place the model read that the gazetteer lacks, after "in" or "at" in an English report: at the
    # point of the town its sentence names (not past another unknown place) or the town the report is
    # about, as precise as that town, and no gazetteer entry of its own
    place, holder = place_of(pipeline, text, "en", words), place_of(pipeline, text, "en", town)
    assert (place.name, place.geonames, place.country, place.precision) == (words, None, holder.country, "settlement")
    assert (place.lat, place.lon) == (holder.lat, holder.lon)


def test_places_unknown_place_of_a_report_on_a_country_stays_unresolved(pipeline: warta.Pipeline) -> None:
    # Raqqa is named, but the report is about Syria (named more): Keshma is in no town of its
    text = ("Life in Syria is hard. Isis fighters left Raqqa for villages in eastern Syria. The fighting had started several "
            "months earlier in Keshma, a town that lies in near-total ruin. Raqqa is quiet now, but across Syria the war goes on.")
    place = place_of(pipeline, text, "en", "Keshma")
    assert (place.lat, place.country, place.geonames) == (None, None, None)


def test_places_unknown_place_in_indonesian_stays_unresolved(pipeline: warta.Pipeline) -> None:
    # only languages with ``unknown_places_after`` (English) put such names in a town
    text = "Polisi menangkap dua pelaku di Sukamulya Indah pada Senin malam. Kapolres Bandung mengatakan warga Bandung diminta tetap waspada. Bandung kini aman."
    doc = pipeline(pipeline.make_doc(text, lang="id"))
    assert not [p.name for p in doc.places if p.lat is not None and p.geonames is None]


def test_places_same_name_same_place_and_numbered(pipeline: warta.Pipeline) -> None:
    doc = pipeline(pipeline.make_doc("Fighting near Pokrovsk continued. Pokrovsk was shelled again, Ukraine said.", lang="en"))
    pokrovsk = [p for p in doc.places if p.name.startswith("Pokrovsk")]
    assert len(pokrovsk) == 1 and len(pokrovsk[0].mentions) == 2
    assert [p.id for p in doc.places] == [f"P{n}" for n in range(1, len(doc.places) + 1)]


def test_places_stage_pickles(pipeline: warta.Pipeline) -> None:
    text = "Drones attacked Kyiv and Kharkiv overnight."
    clone = pickle.loads(pickle.dumps(pipeline))
    assert clone(clone.make_doc(text, lang="en")).places == pipeline(pipeline.make_doc(text, lang="en")).places


@pytest.mark.parametrize(
    "text, words, country",
    [
        ("Fighting raged in eastern Ukraine all week.", "Ukraine", "UA"),
        ("Turkish jets struck targets in north-east Syria.", "Syria", "SY"),
    ],
)
def test_places_a_direction_word_does_not_hide_the_locative(pipeline: warta.Pipeline, text: str, words: str, country: str) -> None:
    place = place_of(pipeline, text, "en", words)
    assert (place.country, place.precision) == (country, "country")


@pytest.mark.parametrize(
    "text, words, country",
    [
        ("Youth unemployment is high in countries such as Cyprus.", "Cyprus", "CY"),
        ("Most of the asylum seekers came from Syria, Iraq, and Afghanistan.", "Afghanistan", "AF"),
        ("A wind farm was built off the coast of Denmark.", "Denmark", "DK"),
        ("The envoy is visiting Russia this week.", "Russia", "RU"),
        ("Only half the people in rural America have fast internet.", "America", "US"),
        # Syria and Libya are named as actors first: listed after Iraq, they are places all the same
        ("Syria and Libya rejected the plan. Fighters came home from war zones such as Iraq, Libya and Syria.", "Syria", "SY"),
    ],
)
def test_places_a_country_where_something_is_is_a_place(pipeline: warta.Pipeline, text: str, words: str, country: str) -> None:
    place = place_of(pipeline, text, "en", words)
    assert (place.country, place.precision) == (country, "country")


@pytest.mark.parametrize(
    "text, words",
    [
        ("No chief in SA has been the subject of such a lawsuit.", "SA"),  # not Siá, a village in Cyprus
        ("The band played at Press Street last night.", "Press Street"),  # not the English town of Street
        ("Hundreds rallied at the entrance to Victoria Park in London.", "Victoria Park"),  # not a town of that name
        ("Officers were attacked while checking a report in Mangueirinha community.", "Mangueirinha"),
        ("More than 300 residents held police officers hostage in Armas square.", "Armas"),  # not Armash, Armenia
        # a direction word does not make the rest of a name the village of that name (Wing, England)
        ("Kelly was once empowered to bring order to a turbulent West Wing.", "West Wing"),
    ],
)
def test_places_no_village_for_an_acronym_or_a_street(pipeline: warta.Pipeline, text: str, words: str) -> None:
    place = place_of(pipeline, text, "en", words)
    # no gazetteer town of that name; a street or a park may lie in the town the report names (London)
    assert place.precision != "settlement" or (place.geonames is None and place.name == words), (place.name, place.country)


def test_places_a_town_of_its_own_name_at_home_beats_a_big_city_abroad_by_another_name(pipeline: warta.Pipeline) -> None:
    # "Dar El Beida" is an old name of Casablanca, and the own name of a town of Algiers
    text = "Court clerks in Algeria demonstrated in front of the tribunal of Dar El Beida on Tuesday."
    place = place_of(pipeline, text, "en", "Dar El Beida")
    assert (place.country, place.admin1, place.precision) == ("DZ", "Algiers", "settlement")


def test_places_a_city_and_its_region_are_two_places(pipeline: warta.Pipeline) -> None:
    doc = pipeline(pipeline.make_doc("Missiles hit Kharkiv overnight. Power was cut across the Kharkiv region.", lang="en"))
    kharkiv = sorted((p.precision, len(p.mentions)) for p in doc.places if p.name.startswith("Kharkiv"))
    assert kharkiv == [("admin1", 1), ("settlement", 1)]


@pytest.mark.parametrize(
    "text, words, town",
    [
        ("NEW ORLEANS (AP) - Police closed Frenchmen Street on Saturday after a shooting.", "Frenchmen Street", "New Orleans"),
        ("Mourners gathered outside Holy Redeemer Church in Brooklyn on Sunday.", "Holy Redeemer Church", "Brooklyn"),
    ],
)
def test_places_a_street_or_building_lies_in_the_town_the_report_is_about(
    pipeline: warta.Pipeline, text: str, words: str, town: str
) -> None:
    doc = pipeline(pipeline.make_doc(text, lang="en"))
    local = next(p for p in doc.places if p.name == words)
    holder = next(p for p in doc.places if p.name == town)
    assert (local.lat, local.lon, local.country) == (holder.lat, holder.lon, holder.country)
    assert local.precision == "settlement" and local.geonames is None  # as precise as the town, not a gazetteer entry


@pytest.mark.parametrize(
    "text, lang, words, country",
    [
        ("Turkish forces pressed on towards the Syrian border on Tuesday.", "en", "Syrian", "SY"),
        ("A Russian double agent was poisoned in a British city in March.", "en", "British", "GB"),
        ("Kapal asing itu memasuki wilayah perairan Indonesia tanpa izin.", "id", "Indonesia", "ID"),
        # both of a pair joined by a hyphen, read as one word
        ("Troops massed on the Russian-Ukrainian border in the spring.", "en", "Russian", "RU"),
        ("Troops massed on the Russian-Ukrainian border in the spring.", "en", "Ukrainian", "UA"),
    ],
)
def test_places_a_nationality_with_a_place_noun_is_its_country(
    pipeline: warta.Pipeline, text: str, lang: str, words: str, country: str
) -> None:
    place = place_of(pipeline, text, lang, words)
    assert (place.country, place.precision) == (country, "country")


def test_places_a_shop_after_at_lies_in_the_next_town_its_sentence_names(pipeline: warta.Pipeline) -> None:
    text = "Chef Mary Pitman shows how to cook a turkey at Whole Foods on Wednesday, Nov. 2, 2016, in Fresno, Calif."
    doc = pipeline(pipeline.make_doc(text, lang="en"))
    shop = next(p for p in doc.places if p.name == "Whole Foods")
    town = next(p for p in doc.places if p.name == "Fresno")
    assert (shop.lat, shop.lon, shop.precision, shop.geonames) == (town.lat, town.lon, "settlement", None)


@pytest.mark.parametrize(
    "text",
    [
        # the report has no town to put it in
        "Their gala launch at Sullivan Goss in November featured musicians planted amid the crowd.",
        # a person works there, a person noun or a person's name right before "at"
        'Stocks fell in Chicago on Monday. "Prices will keep rising," said Jane Doe, an analyst at Brightline Partners. '
        "Traders in Chicago agreed.",
        # a firm the report is about, named elsewhere not as a venue
        "If you lost money at Wedbush or had losses with Wedbush brokers, call our office in Los Angeles. Wedbush denies wrongdoing.",
    ],
)
def test_places_an_organisation_after_at_is_no_place_of_the_report_otherwise(pipeline: warta.Pipeline, text: str) -> None:
    doc = pipeline(pipeline.make_doc(text, lang="en"))
    assert not any(p.name in ("Sullivan Goss", "Brightline Partners", "Wedbush") for p in doc.places)


def test_places_an_organisation_after_at_lies_in_the_town_the_report_is_about(pipeline: warta.Pipeline) -> None:
    text = "Stocks fell in Chicago on Monday. Traders met at Brightline Partners to watch the screens. Traders in Chicago agreed."
    doc = pipeline(pipeline.make_doc(text, lang="en"))
    venue = next(p for p in doc.places if p.name == "Brightline Partners")
    assert (venue.country, venue.precision, round(venue.lat), round(venue.lon)) == ("US", "settlement", 42, -88)


@pytest.mark.parametrize(
    "text, roads, town",
    [
        ("A cyclist was hurt in a collision with a lorry on the A120 at Coggeshall on Thursday.", ["A120"], "Coggeshall"),
        # a road word after it, and the roads listed with one; the town the report is about
        ("The A417 southbound carriageway will close tonight. A diversion will be in place via the A436, A40 and A429, "
         "doubling the distance to Cirencester.", ["A417", "A436", "A40", "A429"], "Cirencester"),
        # a road the model read as a facility
        ("Troops advanced along the M4 highway near Saraqib on Sunday.", ["M4"], "Saraqib"),
    ],
)
def test_places_a_road_by_its_number_lies_in_the_town_of_its_sentence_or_report(
    pipeline: warta.Pipeline, text: str, roads: list, town: str
) -> None:
    doc = pipeline(pipeline.make_doc(text, lang="en"))
    holder = next(p for p in doc.places if p.name == town)
    for road in roads:
        place = next(p for p in doc.places if p.name == road)
        assert (place.lat, place.lon, place.precision, place.geonames) == (holder.lat, holder.lon, "settlement", None)


@pytest.mark.parametrize(
    "text",
    [
        "Police in Colchester seized two M16 rifles on Monday. Colchester police said the weapons came from abroad.",
        "Passengers on the A380 to Dubai were delayed in Colchester. Colchester officials apologised.",
        "Pupils in Colchester must reach B2 level in French. Colchester schools agreed.",
    ],
)
def test_places_a_weapon_an_aircraft_or_a_level_is_no_road(pipeline: warta.Pipeline, text: str) -> None:
    doc = pipeline(pipeline.make_doc(text, lang="en"))
    assert not any(p.name in ("M16", "A380", "B2") for p in doc.places)


@pytest.mark.parametrize(
    "text, name, country",
    [
        ("The outlet near Rockingham was upgraded last year. Wastewater in WA is diluted before it reaches the ocean near Perth.",
         "Western Australia", "AU"),
        ("Residents of Spokane and Seattle were warned. Wildfire smoke in WA is expected to linger near Spokane.", "Washington", "US"),
        # elsewhere the short name is no region of either country
        ("The outlet near Lagos was upgraded last year. Wastewater in WA is diluted before it reaches the ocean near Lagos.", "WA", None),
    ],
)
def test_places_a_regions_short_name_is_that_region_where_the_reports_places_lie_in_its_country(
    pipeline: warta.Pipeline, text: str, name: str, country: str | None
) -> None:
    place = place_of(pipeline, text, "en", "WA")
    assert (place.name, place.country) == (name, country)
    assert place.precision == ("admin1" if country else None)


def test_places_a_nationality_before_anything_else_is_no_place(pipeline: warta.Pipeline) -> None:
    doc = pipeline(pipeline.make_doc("Russian forces and the British government disagreed about Turkish demands.", lang="en"))
    assert doc.places == []


def test_places_a_street_in_a_report_naming_no_town_stays_unresolved(pipeline: warta.Pipeline) -> None:
    doc = pipeline(pipeline.make_doc("Police closed Royal Street on Saturday after a shooting.", lang="en"))
    assert [(p.name, p.lat, p.precision) for p in doc.places] == [("Royal Street", None, None)]


def test_places_indonesian_direction_after_a_country_and_a_language_name(pipeline: warta.Pipeline) -> None:
    text = "Serangan itu menghantam kota di wilayah Donetsk, Ukraina timur, yang menjadi sasaran. Mereka berbicara dalam bahasa Korea."
    doc = pipeline(pipeline.make_doc(text, lang="id"))
    found = {doc.text[s:e]: (p.country, p.precision) for p in doc.places for s, e in p.mentions}
    assert found["Ukraina timur"] == ("UA", "country")  # a part of Ukraine the gazetteer does not hold is Ukraine
    assert found["Donetsk"] == ("UA", "admin1")  # "wilayah Donetsk" stays the region inside "Ukraina"
    assert "Korea" not in found  # "bahasa Korea" is a language


@pytest.mark.parametrize(
    "text, words",
    [
        ("Jaksa mengatakan nota dinas itu dikirim ke Isa pada 2010.", "Isa"),  # a person, not Isa in Japan
        ("Pemerintah menyimpan cadangan beras di Bulog sekitar 4 juta ton.", "Bulog"),  # an agency, not a Philippine town
    ],
)
def test_places_an_indonesian_report_takes_no_small_town_abroad_unless_its_country_is_named(
    pipeline: warta.Pipeline, text: str, words: str
) -> None:
    place = place_of(pipeline, text, "id", words)
    assert place.lat is None and place.country is None


def test_places_an_indonesian_building_lies_in_the_town_after_it_and_korea_is_the_peninsula(pipeline: warta.Pipeline) -> None:
    text = ("Sidang digelar di Gedung Juang, Bekasi, pada Rabu. Mahasiswa berdemo di depan Gedung DPR RI, Jakarta. "
            "Won Korea turun 0,48 persen.")
    doc = pipeline(pipeline.make_doc(text, lang="id"))
    found = {doc.text[s:e]: p for p in doc.places for s, e in p.mentions}
    assert (found["Gedung Juang"].lat, found["Gedung Juang"].precision) == (found["Bekasi"].lat, "settlement")
    # a seat of government the gazetteer holds is that building
    assert (found["Gedung DPR RI"].precision, found["Gedung DPR RI"].country) == ("facility", "ID")
    assert km(found["Gedung DPR RI"].lat, found["Gedung DPR RI"].lon, -6.21, 106.80) < 2
    assert (found["Korea"].precision, found["Korea"].country) == ("region", None)  # not Koréa, a village in Côte d'Ivoire


def test_places_a_seat_of_government_abroad_is_another_of_its_name(pipeline: warta.Pipeline) -> None:
    text = "On 14 June 2022, activists protested outside The White House near Oktyabr district in Bishkek city against a bill."
    place = place_of(pipeline, text, "en", "White House")
    assert place.country != "US"  # unresolved, or Kyrgyzstan's


@pytest.mark.parametrize(
    "text, words",
    [
        ("Protesters gathered outside the Kremlin on Monday. The Kremlin said the protest was illegal.", "Kremlin"),
        ("Trump met Kim at the White House. The White House said the talks went well.", "White House"),
    ],
)
def test_places_a_seat_of_government_is_a_place_where_something_happens_not_where_it_speaks(
    pipeline: warta.Pipeline, text: str, words: str
) -> None:
    doc = pipeline(pipeline.make_doc(text, lang="en"))
    # where it speaks, it is a mention the events stage keeps apart
    assert [(p.name.replace("the ", ""), p.precision, len(p.mentions) - len(p.associative)) for p in doc.places] == [(words, "facility", 1)]


@pytest.mark.parametrize(
    "text, town, part",
    [
        ("On 21 March 2022, people demonstrated in Berlin - Spandau against racism.", "Berlin", "Spandau"),
        ("On 10 April 2022, in Port-au-Prince - Delmas, residents fled the shooting.", "Port-au-Prince", "Delmas"),
    ],
)
def test_places_a_town_and_a_part_of_it_after_a_dash_are_two_places(pipeline: warta.Pipeline, text: str, town: str, part: str) -> None:
    doc = pipeline(pipeline.make_doc(text, lang="en"))
    found = {doc.text[s:e]: p for p in doc.places for s, e in p.mentions}
    assert {town, part} <= set(found), sorted(found)
    assert found[part].country == found[town].country and km(found[part].lat, found[part].lon, found[town].lat, found[town].lon) < 25


@pytest.mark.parametrize(
    "text, town",
    [
        ("On 5 January 2022, gunmen abducted three people in the city of Gao (Gao, Gao).", "Gao"),
        ("On 7 March 2022, health workers held a protest sit-in in Mahdia (Mahdia, Mahdia).", "Mahdia"),
        ("On 26 May 2022, in Zacatecas, Zacatecas, members of a union protested.", "Zacatecas"),
        # the bracketed province the model did not read
        ("On 25 June 2022, in Corrientes (Corrientes), a group marched against the killings.", "Corrientes"),
    ],
)
def test_places_a_town_in_the_region_of_its_name_is_the_town(pipeline: warta.Pipeline, text: str, town: str) -> None:
    doc = pipeline(pipeline.make_doc(text, lang="en"))
    first = min(doc.places, key=lambda p: p.mentions[0])
    assert doc.text[slice(*first.mentions[0])] == town and first.precision == "settlement", [(p.name, p.precision) for p in doc.places]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Ukraine attacked Russia on Monday.", "en"),
        ("Rusia menyerang Ukraina pada Senin.", "id"),
        ("Talks between Russia and Ukraine resumed on Monday.", "en"),
        ("Ukrainian drones targeted Russia overnight, officials said.", "en"),
    ],
)
def test_places_a_country_after_a_verb_of_attack_or_between_stays_an_actor(pipeline: warta.Pipeline, text: str, lang: str) -> None:
    doc = pipeline(pipeline.make_doc(text, lang=lang))
    assert doc.places == [], [(p.name, p.mentions) for p in doc.places]


def test_places_towns_between_and_a_municipality_in_its_department(pipeline: warta.Pipeline) -> None:
    doc = pipeline(pipeline.make_doc("Two IEDs exploded on the road between Fada NGourma and Pama. "
                                     "In the rural area of Argelia municipality (Cauca), a body was found.", lang="en"))
    found = {doc.text[s:e]: p for p in doc.places for s, e in p.mentions}
    assert found["Fada NGourma"].country == found["Pama"].country == "BF"
    assert (found["Argelia"].country, found["Argelia"].admin1) == ("CO", "Cauca")  # not Argelia in Antioquia


def test_places_a_country_that_is_a_place_lists_its_actor_and_nationality_mentions(pipeline: warta.Pipeline) -> None:
    doc = pipeline(pipeline.make_doc(
        "Drones launched from Russia hit Kharkiv overnight. Russia denied it, and Russian officials blamed Ukraine.",
        lang="en",
    ))
    russia = place_of(pipeline, doc.text, "en", "Russia")
    assert (russia.country, russia.precision) == ("RU", "country")
    assert [doc.text[s:e] for s, e in russia.mentions] == ["Russia", "Russia", "Russian"]
    assert [doc.text[s:e] for s, e in russia.associative] == ["Russia", "Russian"]
    # named only as an actor, but the report puts something in one of its towns: a place all of whose
    # mentions are associative
    ukraine = next(p for p in doc.places if p.country == "UA" and p.precision == "country")
    assert [doc.text[s:e] for s, e in ukraine.mentions] == ["Ukraine"] and ukraine.associative == ukraine.mentions


def test_places_a_country_named_only_as_an_actor_with_nothing_of_the_report_in_it_is_no_place(pipeline: warta.Pipeline) -> None:
    doc = pipeline(pipeline.make_doc("Drones hit Belgorod overnight. Russian officials blamed Ukraine.", lang="en"))
    assert [p.name for p in doc.places if p.precision == "country"] == ["Russia"]  # Belgorod lies in Russia
    assert not any(p.country == "UA" for p in doc.places)


@pytest.mark.parametrize(
    "text, place, words, literal",
    [
        # a people's adjective the model left unmarked, or read inside a person's title
        ("Talks were held in Moscow, Russia. Russian Foreign Minister Sergei Lavrov said little.", "Russia", ["Russia", "Russian"], 1),
        # ... inside an organisation's name, and after a hyphen
        ("Investors arrived in Lagos, Nigeria, for the Nigerian Association of Chambers of Commerce and a Nigeria-Ukrainian forum.",
         "Nigeria", ["Nigeria", "Nigerian", "Nigeria"], 1),
        # a world region's people ("the European economy" once Europe is a place of the report)
        ("Floods hit farms across Europe this spring, and the European economy slowed as European exporters waited.",
         "Europe", ["Europe", "European", "European"], 1),
        # a continent named by its people's adjective, where one of the report's places lies in it
        ("Talks were held in Paris on Monday, and the European economy slowed.", "Europe", ["European"], 0),
        # a state news rarely names: its adjective is known too
        ("Exports from Lima, Peru, grew; Peruvian growers shipped more avocados to Peruvian ports.", "Peru", ["Peru", "Peruvian", "Peruvian"], 1),
        # a region's abbreviation closing another name ("FrontCounter BC")
        ("Residents will find it easier to reach services at the new office in Nelson, BC. FrontCounter BC provides "
         "services on behalf of partners.", "British Columbia", ["BC", "BC"], 1),
        # a town's own words opening another name, once the town is a place of the report
        ("The council met in Cavan town on Monday. Cavan Sustainable Energy Group said the plan would go ahead.", "Cavan",
         ["Cavan", "Cavan"], 1),
    ],
)
def test_places_a_place_of_the_report_lists_every_word_naming_it(
    pipeline: warta.Pipeline, text: str, place: str, words: list[str], literal: int
) -> None:
    doc = pipeline(pipeline.make_doc(text, lang="en"))
    found = next(p for p in doc.places if p.name == place)
    assert [doc.text[s:e] for s, e in found.mentions] == words
    # the words that put nothing there are kept apart for the events stage: all but the first (none,
    # where the place is only where one of the report's places lies)
    assert found.associative == found.mentions[literal:]


@pytest.mark.parametrize(
    "text, absent",
    [
        # the longest name wins: "South African" names South Africa, not Africa
        ("Aid agencies across Africa met in Nairobi, Kenya, where a South African envoy spoke.", "South African"),
        # a country's name inside a person's is no mention of it ("Michael Jordan")
        ("Refugees crossed into Jordan last week. The basketball star Michael Jordan visited them.", "Jordan visited"),
        # a people's adjective makes no place of a country the report names only as an actor
        ("Russian officials said on Monday that talks with Kyiv would resume.", "Russian"),
    ],
)
def test_places_other_words_naming_a_country_stay_apart_where_they_name_no_place_of_the_report(
    pipeline: warta.Pipeline, text: str, absent: str
) -> None:
    doc = pipeline(pipeline.make_doc(text, lang="en"))
    start = doc.text.index(absent)
    assert doc.places and not any(s <= start < e for p in doc.places for s, e in p.mentions), [(p.name, p.mentions) for p in doc.places]


@pytest.mark.parametrize(
    "text, words, name, country",
    [
        # a list of countries, not a town in a country ("Russia, America": no Russia, Ohio)
        ("“Russia, America, the European Union, all of us must work on it,” he said in Paris.", "Russia", "Russia", "RU"),
        # a seat of government the gazetteer holds is that building, whatever towns of Ohio the report names
        ("Police in Toledo and Whitehouse, Ohio, were on alert. Trump spoke outside the White House on Monday.",
         "White House", "White House", "US"),
        # a first-level region named by its compass word, in ACLED's brackets
        ("On 23 February 2022, locals killed a suspected cattle thief in Minakulu sub-county (Oyam, Northern).",
         "Northern", "Northern Region", "UG"),
    ],
)
def test_places_names_that_are_what_they_look_like(pipeline: warta.Pipeline, text: str, words: str, name: str, country: str) -> None:
    found = place_of(pipeline, text, "en", words)
    assert (found.name, found.country) == (name, country)


def test_places_an_international_court_is_no_building_of_the_reports_town(pipeline: warta.Pipeline) -> None:
    doc = pipeline(pipeline.make_doc("He takes comfort from the ICC’s failure to act in Syria, where fighting resumed in Idlib.", lang="en"))
    assert sorted(p.name for p in doc.places) == ["Idlib", "Syria"]


def test_places_a_report_naming_many_places_puts_none_at_a_namesake_far_away() -> None:
    # a Guardian live report on Syria, Russia, the White House and Downing Street: "Western leaders",
    # "Russia, America, ..." and "the White House" once made places in Uganda and Ohio
    record = next(r for r in map(json.loads, GUARDIAN.read_text(encoding="utf-8").splitlines()) if r["id"] == "guardian-0452")
    doc = warta.extract(record["text"])
    named = {doc.text[s:e]: p for p in doc.places for s, e in p.mentions}
    assert (named["Russia"].precision, named["Russia"].country) == ("country", "RU")
    assert (named["White House"].precision, named["White House"].country) == ("facility", "US")
    assert "Western" not in named
    assert not [p.name for p in doc.places if p.country == "UG" or p.admin1 == "Ohio"]


def test_places_a_place_and_its_region_read_as_one_name_are_two(pipeline: warta.Pipeline) -> None:
    # ACLED's "Village (Hromada, Oblast)": the model reads "Polohy, Zaporizhia" as one name
    doc = pipeline(pipeline.make_doc(
        "On 5 August 2023, Ukrainian forces clashed with Russian forces near Nesterianka (Polohy, Zaporizhia).", lang="en"
    ))
    polohy = place_of(pipeline, doc.text, "en", "Polohy")
    assert (polohy.country, polohy.admin1, polohy.precision) == ("UA", "Zaporizhzhia", "settlement")
    assert [doc.text[s:e] for s, e in polohy.mentions] == ["Polohy"]
    assert place_of(pipeline, doc.text, "en", "Zaporizhia").precision == "admin1"


@pytest.mark.parametrize(
    "text, words, lat, lon",
    [
        # the town written after "in"
        ("The Museum of Ice Cream is opening on Collins Avenue in Miami Beach next week.", "Collins Avenue", 25.79, -80.13),
        # ... through a part of a town the gazetteer lacks, to the dateline's town
        ("ST. LOUIS – Thieves stole brisket from a restaurant on Hampton Avenue in the St. Louis Hills area.",
         "Hampton Avenue", 38.63, -90.20),
        # the town a hospital is named for, where the report names no other
        ("A cyclist was hurt near Coggeshall and taken to Colchester General Hospital for further care.",
         "Colchester General Hospital", 51.89, 0.90),
        # the town before the possessive
        ("Harare’s Third Street will soon be renamed after the late opposition leader.", "Third Street", -17.83, 31.05),
        # no town is named more than the others: the one named nearest to it
        ("He was pronounced dead at Northwestern Memorial Hospital, Chicago police said. He lived in Park Ridge "
         "and had worked in Milwaukee for years.", "Northwestern Memorial Hospital", 41.88, -87.63),
        # a name the gazetteer lacks with a word of a street or a water anywhere in it, no kind word around it:
        # in the dateline's town
        ("NEWCASTLE, Australia (AP) - Volunteers cleared rubbish from the shore of Glenrock Lagoon on Sunday.",
         "Glenrock Lagoon", -32.93, 151.78),
        ("TORONTO - Police responded to a break-in near Eglinton Avenue West and Dubonet Drive on Sunday.",
         "Eglinton Avenue West", 43.70, -79.40),
        # an organisation right before "in" and a town, read as an organisation or a name of no kind
        ("She visited the complaints office of the Supreme People's Court in Beijing weekly.", "Supreme People's Court", 39.91, 116.40),
        ("The book launch was held at Terra Kulture in Lagos on Friday.", "Terra Kulture", 6.45, 3.39),
        # ... the town ending its sentence
        ("They wanted to take their son to the Vatican-owned Bambino Gesu Paediatric Hospital in Rome. The Benue State "
         "Commissioner for Health visited Makurdi.", "Bambino Gesu Paediatric Hospital", 41.89, 12.51),
    ],
)
def test_places_a_local_place_lies_in_the_town_the_words_name(
    pipeline: warta.Pipeline, text: str, words: str, lat: float, lon: float
) -> None:
    place = place_of(pipeline, text, "en", words)
    assert place.geonames is None and place.precision == "settlement"
    assert km(place.lat, place.lon, lat, lon) < 30


def test_places_a_local_place_with_no_town_lies_in_the_region_named_nearest_in_the_reports_own_country(
    pipeline: warta.Pipeline
) -> None:
    # a beach in South Papua, not in the Chinese town where the report says a prize was handed over
    text = ("Papua Selatan juga tak kalah menarik. Wisata alam di Papua Selatan antara lain Taman Nasional Wasur dan "
            "Pantai Rawa Biru. Penghargaan itu diserahkan di Huzhou, China, Jumat (17/10).")
    beach = place_of(pipeline, text, "id", "Pantai Rawa Biru")
    assert (beach.country, beach.admin1, beach.precision, beach.geonames) == ("ID", "South Papua", "admin1", None)


def test_places_an_acronym_before_in_and_a_town_is_a_body_not_a_building(pipeline: warta.Pipeline) -> None:
    doc = pipeline(pipeline.make_doc("The jigsaw pieces stored by the VDC in Copenhagen will not ever be complete.", lang="en"))
    assert [p.name for p in doc.places] == ["Copenhagen"]


def test_places_a_currency_is_no_place(pipeline: warta.Pipeline) -> None:
    text = "Oil traded in New York at US$ 73 a barrel, the US government said."
    doc = pipeline(pipeline.make_doc(text, lang="en"))
    us = next(p for p in doc.places if p.name == "United States")  # where New York lies; it acts in the words around it
    assert us.mentions == us.associative == [(text.index("US government"), text.index("US government") + 2)]


def test_places_a_word_in_lower_case_is_no_place(pipeline: warta.Pipeline) -> None:
    doc = pipeline(pipeline.make_doc("The mountain bike trails wind through the bush above the beach.", lang="en"))
    assert doc.places == [], [(p.name, p.mentions) for p in doc.places]


def test_places_a_place_inside_an_organisations_name_is_a_place_named_only_in_a_name(pipeline: warta.Pipeline) -> None:
    text = "Government forces shelled Idlib on Monday, the Washington Post reported, citing the University of California."
    doc = pipeline(pipeline.make_doc(text, lang="en"))
    found = {doc.text[s:e]: p for p in doc.places for s, e in p.mentions}
    assert (found["Washington"].country, found["Washington"].in_name) == ("US", True)
    assert (found["California"].precision, found["California"].in_name) == ("admin1", True)
    assert (found["Idlib"].country, found["Idlib"].in_name) == ("SY", False)


@pytest.mark.parametrize(
    "text, words, name, country, precision",
    [
        # the name ends inside a possessive token
        ("The team has been invited to join the Georgia National Guard's Civil Support Team for the Super Bowl in "
         "Atlanta next month.", "Georgia", "Georgia", "US", "admin1"),
        ("Jamie Winterton, director of strategy for Arizona State University's Global Security Initiative, said "
         "the attack on the Atlanta city network was a warning.", "Arizona", "Arizona", "US", "admin1"),
        # an organisation the model read as a person, its organisation's words show it
        ("A memorandum of understanding would be signed between Abuja Chamber of Commerce and Industry and that of "
         "Ukraine, the ministry in Kyiv said.", "Abuja", "Abuja", "NG", "settlement"),
        ("Lukas Jutkiewicz's dismissal in Tuesday night's 1-0 defeat of Bolton Wanderers means Birmingham will "
         "have just one fit striker.", "Bolton", "Bolton", "GB", "settlement"),
        # a town too small for any name, the biggest of its very name before a body's word
        ("Kyiv adopted the law in line with recommendations by the Venice Commission, officials in Kharkiv said.",
         "Venice", "Venice", "IT", "settlement"),
        # a county the report names, named without its kind word
        ("\"She would never have just left me,\" Ms Blampied told the Suffolk Times. Suffolk County detectives found a "
         "skeleton buried in the basement of a home in Southold.",
         "Suffolk", "Suffolk County", "US", "district"),
    ],
)
def test_places_a_place_inside_a_name_the_model_cut_or_misread(pipeline: warta.Pipeline, text: str, words: str, name: str,
                                                                country: str, precision: str) -> None:
    doc = pipeline(pipeline.make_doc(text, lang="en"))
    found = [p for p in doc.places for s, e in p.mentions if doc.text[s:e] == words and s == text.index(words)]
    assert found, [(p.name, [doc.text[s:e] for s, e in p.mentions]) for p in doc.places]
    place = found[0]
    assert (place.name, place.country, place.precision) == (name, country, precision)
    assert (text.index(words), text.index(words) + len(words)) in place.name_mentions  # named inside a name: no event there


@pytest.mark.parametrize(
    "text, words",
    [
        # a town the report's country holds of that name, too small for a name: no San Carlos far away
        ("On 21 June 2022, in Guatemala City, Guatemala, rioters protested the election of a judge to cover the "
         "San Carlos University's seat at the Constitutional Court.", "San Carlos"),
        # a town's own name with a particle is not cut into a city ("Lima")
        ("In Celaya, Guanajuato, eleven people were shot dead by alleged members of the Santa Rosa de Lima Cartel.", "Lima"),
        # the biggest of its very name abroad, where the report's country holds a namesake
        ("Burton Albion have been handed a boost for their trip to Birmingham City on Saturday.", "Burton"),
    ],
)
def test_places_no_far_namesake_inside_a_name(pipeline: warta.Pipeline, text: str, words: str) -> None:
    doc = pipeline(pipeline.make_doc(text, lang="en"))
    assert not [p for p in doc.places for s, e in p.mentions if doc.text[s:e] == words], \
        [(p.name, p.country, [doc.text[s:e] for s, e in p.mentions]) for p in doc.places]


def test_places_a_region_closing_an_organisations_name_is_a_place_named_in_a_name(pipeline: warta.Pipeline) -> None:
    text = "Since 2007, FrontCounter BC has processed over 125,000 authorizations for the natural resource ministries."
    doc = pipeline(pipeline.make_doc(text, lang="en"))
    found = {doc.text[s:e]: p for p in doc.places for s, e in p.mentions}
    assert (found["BC"].name, found["BC"].precision, found["BC"].in_name) == ("British Columbia", "admin1", True)


def test_places_a_town_named_only_in_a_name_is_still_the_report_s_town(pipeline: warta.Pipeline) -> None:
    text = ("The Winnipeg Fire Paramedic Service fought two fires overnight. The first was in the 400 block of "
            "Assiniboine Avenue. Two people had to be evacuated.")
    doc = pipeline(pipeline.make_doc(text, lang="en"))
    winnipeg = place_of(pipeline, text, "en", "Winnipeg")
    assert (winnipeg.country, winnipeg.in_name) == ("CA", True)
    avenue = place_of(pipeline, text, "en", "Assiniboine Avenue")
    assert km(avenue.lat, avenue.lon, 49.90, -97.14) < 20  # in the town the service is named for
    assert [p.name for p in doc.places if not p.in_name and p.lat is not None] == ["Assiniboine Avenue"]


@pytest.mark.parametrize(
    "text, words, country, lat, lon",
    [
        # the kind word the model took into the name; a town abroad the region after it makes at home
        ("Rusia menyerang kota Kharkiv dengan rudal pada Senin.", "Kharkiv", "UA", 49.98, 36.25),
        ("Pasukan Rusia menyerang desa Kurakhove di wilayah Donetsk.", "Kurakhove", "UA", 47.98, 37.28),
        # a building whose own name holds its town, before the province
        ("Polisi menangkap tiga pelaku di depan Gedung DPRD Kota Medan, Sumatera Utara.", "Gedung DPRD", "ID", 3.58, 98.67),
        # Jakarta's administrative cities
        ("Ribuan buruh berunjuk rasa di Jalan Sudirman, Jakarta Pusat, menuntut kenaikan upah.", "Jakarta Pusat", "ID", -6.19, 106.83),
        # a beach, a police headquarters: in the town their names hold
        ("Wisatawan memadati Pantai Kuta, Bali, pada libur Natal.", "Pantai Kuta", "ID", -8.72, 115.17),
        ("Tersangka dibawa ke Mapolresta Denpasar untuk diperiksa.", "Mapolresta Denpasar", "ID", -8.65, 115.22),
        # a regency named for its town; "Kota Kinabalu" keeps its name
        ("Banjir melanda Kabupaten Bandung, Jawa Barat.", "Bandung", "ID", -6.91, 107.61),
        ("Banjir melanda Kota Kinabalu, Sabah.", "Kota Kinabalu", "MY", 5.98, 116.07),
    ],
)
def test_places_indonesian_reports_name_towns_as_they_write_them(
    pipeline: warta.Pipeline, text: str, words: str, country: str, lat: float, lon: float
) -> None:
    place = place_of(pipeline, text, "id", words)
    assert place.country == country and km(place.lat, place.lon, lat, lon) < 25


def test_places_a_word_for_a_kind_of_place_is_no_place_by_itself(pipeline: warta.Pipeline) -> None:
    doc = pipeline(pipeline.make_doc("Pemerintah Kota (Pemkot) Surabaya menutup jalan. Wali Kota Surabaya Eri Cahyadi hadir. "
                                     "Peristiwa terjadi di wilayah Bandung Raya (Kota Bandung).", lang="id"))
    assert not {"Kota", "Pemkot"} & {doc.text[s:e] for p in doc.places for s, e in p.mentions}  # no Kota, India
    assert {p.country for p in doc.places if p.lat is not None} == {"ID"}


def test_places_an_indonesian_name_holds_its_place_after_its_kind_of_body(pipeline: warta.Pipeline) -> None:
    text = ("Kejaksaan Negeri Jember menahan dua tersangka korupsi. Pemerintah juga menjual Surat Utang Negara "
            "dan Mobil Topling dipamerkan, lapor South China Morning Post.")
    doc = pipeline(pipeline.make_doc(text, lang="id"))
    found = {doc.text[s:e]: p for p in doc.places for s, e in p.mentions}
    assert (found["Jember"].country, found["Jember"].in_name) == ("ID", True)
    assert not {"Surat", "Mobil", "South"} & set(found)  # "letter", "car", a compass word: no Indian, American or Cameroonian place


@pytest.mark.parametrize(
    "text",
    [
        "The band Rainbow Kitten Surprise played two sold-out nights.",  # a word deep inside a name
        "Listeners of Capital FM voted for the Royal Wedding song.",  # words organisations are named with
        "He won the race for Speedworks Toyota Avensis last year.",
    ],
)
def test_places_a_common_word_inside_a_name_is_no_place(pipeline: warta.Pipeline, text: str) -> None:
    doc = pipeline(pipeline.make_doc(text, lang="en"))
    assert [p.name for p in doc.places] == []


def test_places_the_same_name_is_the_same_place_wherever_the_report_writes_it(pipeline: warta.Pipeline) -> None:
    text = ("Syrian government forces entered the town of Douma in Eastern Ghouta on Monday. Douma is surrounded on "
            "all sides.\nJacob Zuma appeared in a Durban court on Friday. DURBAN, South Africa - the hearing was delayed.")
    doc = pipeline(pipeline.make_doc(text, lang="en"))
    found = {doc.text[s:e]: p for p in doc.places for s, e in p.mentions}
    assert found["Douma"].country == "SY" and len(found["Douma"].mentions) == 2  # the model saw the second as nothing
    assert found["Durban"] is found["DURBAN"] and found["Durban"].country == "ZA"  # ... and "Durban" as an organisation


def test_places_a_person_named_in_full_elsewhere_is_no_place_where_named_short(pipeline: warta.Pipeline) -> None:
    text = "John Kelly met reporters in Kelly, Wyoming on Monday. Kelly said the talks went well."
    doc = pipeline(pipeline.make_doc(text, lang="en"))
    assert all(doc.text[s:e] != "Kelly" or s == text.index("Kelly,") for p in doc.places for s, e in p.mentions)


@pytest.mark.parametrize(
    "text, words, lat, lon",
    [
        # no Kelly in Wyoming in the gazetteer: not the Kelly of North Carolina, but Wyoming
        ("Reporters gathered in Kelly, Wyoming on Monday.", "Kelly", 43.0, -107.5),
        # the local government area the gazetteer lacks, found after the state that holds it
        ("Gunmen attacked Torkula village of Guma, Benue State on Sunday.", "Guma", 7.34, 8.74),
    ],
)
def test_places_a_village_the_gazetteer_lacks_is_in_the_region_written_after_it(
    pipeline: warta.Pipeline, text: str, words: str, lat: float, lon: float
) -> None:
    place = place_of(pipeline, text, "en", words)
    assert (place.geonames, place.precision) == (None, "admin1")
    assert km(place.lat, place.lon, lat, lon) < 150


def test_places_a_person_the_knowledge_base_knows_is_no_town_after_a_locative(pipeline: warta.Pipeline) -> None:
    text = ("Mike Pompeo arrived in Riyadh. The order came straight from Pompeo. Sanctions lifted under the Obama "
            "administration were restored. Barack Obama said nothing.")
    doc = pipeline(pipeline.make_doc(text, lang="en"))
    assert [p.name for p in doc.places] == ["Riyadh"]  # no Pompéu (Brazil), no Obama (Japan)


def test_places_a_street_named_for_a_person_is_not_put_at_a_town_of_that_name(pipeline: warta.Pipeline) -> None:
    doc = pipeline(pipeline.make_doc("Police closed Washington Square and Franklin Street on Saturday after a shooting.", lang="en"))
    assert all(p.lat is None for p in doc.places)


def test_places_a_local_place_before_a_county_is_as_precise_as_the_county(pipeline: warta.Pipeline) -> None:
    park = place_of(pipeline, "The next round is at Donington Park, Leicestershire, in April.", "en", "Donington Park")
    assert (park.country, park.precision, park.geonames) == ("GB", "district", None)
    assert km(park.lat, park.lon, 52.63, -1.13) < 40  # Leicestershire, not a town named after it


def test_places_a_town_named_for_its_bracketed_district_lies_in_that_district(pipeline: warta.Pipeline) -> None:
    # the gazetteer holds two towns called Sahiwal in Punjab; the brackets' "Sahiwal" is the district,
    # which holds the southern one
    text = "On 3 May 2022, lawyers rallied in Sahiwal city (Sahiwal, Punjab) against the new court fees."
    town = place_of(pipeline, text, "en", "Sahiwal")
    assert (town.country, town.precision) == ("PK", "settlement")
    assert km(town.lat, town.lon, 30.66, 73.10) < 25


@pytest.mark.parametrize("text", [
    "On 3 March 2022, a barangay official was shot dead by two men on a motorcycle in Sampaloc, Manila (Metropolitan Manila, National Capital Region).",
    "Police said a vendor was stabbed in Sampaloc, Manila on Tuesday night.",
])
def test_places_a_part_of_a_city_written_before_it_lies_in_that_city(pipeline: warta.Pipeline, text: str) -> None:
    # the gazetteer's Sampalocs are villages of other regions (the nearest 41 km off in Calabarzon); the
    # one written before Manila with a comma is Manila's own district
    part = place_of(pipeline, text, "en", "Sampaloc")
    assert (part.country, part.admin1) == ("PH", "National Capital Region")
    assert km(part.lat, part.lon, 14.60, 120.98) < 25


@pytest.mark.parametrize(
    "text, words, expected",
    [
        # a region in brackets the model did not read still says which town
        ("On 3 May 2022, in Remedios (Antioquia), armed men attacked a police post.", "Remedios",
         {"country": "CO", "admin1": "Antioquia", "precision": "settlement"}),
        # (a municipality the gazetteer does not hold is the municipality, at its town's point)
        ("On 2 March 2022, in the rural area of Toledo municipality (Norte de Santander), a bomb exploded.", "Toledo",
         {"country": "CO", "admin1": "Norte de Santander", "precision": "district"}),
        # the town in its district in its region, read from the outside in
        ("On 9 May 2022, traders held a protest in Hyderabad city (Hyderabad, Sindh) against power cuts.", "Hyderabad",
         {"country": "PK", "admin1": "Sindh", "precision": "settlement"}),
        # a district "of" its province; a town and its part of the same name, then the region
        ("On 1 January 2022, a civilian was shot and killed by police officers in Kulu district of Konya.", "Kulu",
         {"country": "TR", "admin1": "Konya", "precision": "district"}),
        ("On 5 May 2022, in Sao Goncalo - Sao Goncalo (Rio de Janeiro), a shoot-out was reported.", "Sao Goncalo",
         {"country": "BR", "admin1": "Rio de Janeiro", "precision": "settlement"}),
        # a small town its region vouches for; a name the model cut short; a town after "beach of"
        ("On 6 January 2022, in Villa Florida (Misiones), fishermen staged a demonstration.", "Villa Florida",
         {"country": "PY", "admin1": "Misiones", "precision": "settlement"}),
        ("On 5 January 2022, in Candido Sales (Bahia), about 150 people blocked the BR-116 highway.", "Candido Sales",
         {"country": "BR", "admin1": "Bahia", "precision": "settlement"}),
        ("On 26 June 2022, activists staged a protest on the beach of Knokke-Heist against a gas company.", "Knokke-Heist",
         {"country": "BE", "precision": "settlement"}),
        # a building and its town read as one name
        ("On 7 January 2022, activists demonstrated in front of the City Hall in Malmo to demand action.", "Malmo",
         {"country": "SE", "precision": "settlement"}),
        # a town the model read as an organisation or a person, with its kind word after it; a name
        # without the Arabic article GeoNames writes ("Al 'Amadiyah"); the region the model read as an
        # organisation after it
        ("Katsina militiamen abducted eight women from Dukawa, Funtua LGA (Katsina) after a raid.", "Funtua",
         {"country": "NG", "admin1": "Katsina", "precision": "district"}),
        ("Militias deployed from Damascus to the Al Hajana neighborhood of Al-Bukamal city in Deir ez-Zor.", "Al-Bukamal",
         {"country": "SY", "precision": "settlement"}),
        ("On 25 June 2022, Turkish airstrikes targeted the Gire Bihar area of Amadiya district, Duhok.", "Amadiya",
         {"country": "IQ", "precision": "district"}),
        ("On 25 June 2022, Turkish airstrikes targeted the Gire Bihar area of Amadiya district, Duhok.", "Duhok",
         {"country": "IQ"}),
        # a direction word or a lower-case word the model took into the name
        ("Diamonds are mined in the Orinoco area in South Venezuela.", "South Venezuela", {"country": "VE", "precision": "country"}),
        ("Warmer water in the eastern Pacific equatorial region.", "Pacific", {"precision": "water"}),
        # a name the model missed, before its kind word (not "the English city of Salisbury")
        ("On 12 January 2024, residents of Kyiv city held a peaceful protest.", "Kyiv", {"country": "UA", "precision": "settlement"}),
        # two place names the model read apart
        ("Around 18 April 2022, in Tijuana, Baja California, a man was killed.", "Baja California",
         {"country": "MX", "precision": "admin1"}),
        # a vereda (a rural part of a municipality) lies in the municipality, not at a namesake town
        ("In the rural area of Puerto Asis municipality (Putumayo), soldiers seized a depot in the Nueva Granada vereda.",
         "Nueva Granada", {"country": "CO", "admin1": "Putumayo", "geonames": None}),
        # "Gaza City" is Gaza's own name with "City", whatever else the report is about
        ("Fighting continued in Kyiv Oblast and Gaza City on Monday.", "Gaza City", {"country": "PS", "precision": "settlement"}),
        ("On 16 June 2022, students staged a protest in Mandi town (Mandi district, HP) against the scheme.", "Mandi",
         {"country": "IN", "admin1": "Himāchal Pradesh", "precision": "settlement"}),
        # "Alaska" is also an old name of Fort Ashby, West Virginia, near Arlington: the state's own name wins
        ("The Pentagon in Arlington, Virginia, said soldiers from Alaska arrived on Monday.", "Alaska",
         {"name": "Alaska", "country": "US", "precision": "admin1"}),
        ("Officials in Washington, D.C., said Guard units from Alaska and Florida would deploy to Guam.", "Alaska",
         {"name": "Alaska", "country": "US", "precision": "admin1"}),
        # a region's name alone is its big city where the city is the capital or holds a fifth of its people
        ("He moved to New York in 2010 to work in finance.", "New York", {"name": "New York City", "precision": "settlement"}),
        # ... and a country's capital bigger than a region of its name elsewhere is the capital
        ("Thousands marched in Santiago on Sunday.", "Santiago", {"country": "CL", "precision": "settlement"}),
        # with its kind word, "Kyiv" is the oblast, not the city region of the same name
        ("Air defence shot down 35 drones over Kyiv oblast overnight.", "Kyiv", {"name": "Kyiv Oblast", "precision": "admin1"}),
        ("Police detained two men in the Moscow region on Friday.", "Moscow", {"name": "Moscow Oblast", "precision": "admin1"}),
        # ... while "city" after a name does not replace it ("Hyderabad City" is another name in Sindh)
        ("Students protested in Hyderabad city (Hyderabad district, Telangana) on Monday.", "Hyderabad",
         {"country": "IN", "precision": "settlement"}),
        # the English model reads the town as a person; the oblast after it holding a town of that name says otherwise
        ("On 9 January 2024, Russian forces attacked with KAB glide bombs Orikhiv, Zaporizhzhia oblast.", "Orikhiv",
         {"country": "UA", "admin1": "Zaporizhzhia", "precision": "settlement"}),
        # ... and an organisation for a refinery named after its town
        ("On 17 January 2024, a drone attack targeted the Novoshakhtinsk oil refinery in Rostov region.", "Novoshakhtinsk",
         {"country": "RU", "admin1": "Rostov", "precision": "settlement"}),
        # ... and organisations for "town (raion, oblast)", the notes' way of writing a place
        ("On 20 February 2024, Russian forces dropped explosives from drones on Marhanets (Nikopol, Dnipropetrovsk).",
         "Marhanets", {"country": "UA", "admin1": "Dnipropetrovsk", "precision": "settlement"}),
        # ... and one organisation for "village, raion"
        ("On 23 January 2024, Russian forces shelled Stepnohirsk, Vasylivka raion. No casualties.", "Stepnohirsk",
         {"country": "UA", "admin1": "Zaporizhzhia", "precision": "settlement"}),
        ("Officials in Washington said the talks had failed.", "Washington", {"name": "Washington", "precision": "settlement"}),
        # ... and the region otherwise
        ("After the hearing he flew home to Oklahoma.", "Oklahoma", {"name": "Oklahoma", "precision": "admin1"}),
        ("Voters in Quebec rejected the plan on Monday.", "Quebec", {"name": "Quebec", "country": "CA", "precision": "admin1"}),
        # an English county GeoNames splits into unitary authorities is the county; a town of its name elsewhere needs its state
        ("Round four: Oulton Park, Cheshire, then Croft, Yorkshire, in June.", "Cheshire", {"country": "GB", "precision": "district"}),
        ("Police in Cheshire, Connecticut, closed the road on Monday.", "Cheshire", {"country": "US", "precision": "settlement"}),
    ],
)
def test_places_which_place_a_name_is(pipeline: warta.Pipeline, text: str, words: str, expected: dict) -> None:
    place = place_of(pipeline, text, "en", words)
    assert {k: getattr(place, k) for k in expected} == expected


def test_places_a_list_of_towns_is_no_town_in_a_region(pipeline: warta.Pipeline) -> None:
    doc = pipeline(pipeline.make_doc("After stops in Washington, New York and Boston, the prince flew to Seattle.", lang="en"))
    washington = place_of(pipeline, doc.text, "en", "Washington")
    assert (washington.name, washington.admin1) == ("Washington", "District of Columbia")
    assert place_of(pipeline, doc.text, "en", "New York").name == "New York City"


def test_places_an_institution_where_something_happens_is_a_building_of_the_town(pipeline: warta.Pipeline) -> None:
    doc = pipeline(pipeline.make_doc(
        "The victim was taken to Northwestern Memorial Hospital after the stabbing, Chicago police said.", lang="en"
    ))
    hospital = place_of(pipeline, doc.text, "en", "Northwestern Memorial Hospital")
    chicago = place_of(pipeline, doc.text, "en", "Chicago")
    assert (hospital.precision, hospital.geonames, hospital.lat, hospital.lon) == ("settlement", None, chicago.lat, chicago.lon)
    assert [e.label for e in doc.entities if e.name == "Northwestern Memorial Hospital"] == ["ORG"]  # it still acts
    # named as an actor, not where something happens, it is no place
    doc = pipeline(pipeline.make_doc("The Red Cross Hospital said it would open on Monday in Jakarta.", lang="en"))
    assert [p.name for p in doc.places] == ["Jakarta"]


@pytest.mark.parametrize(
    "text, words, centre",
    [
        # a Ukrainian raion the gazetteer does not hold stands at the town it is named for, as a district
        ("On 19 March 2024, Russian forces shelled Kupiansk (Kupianskyi raion, Kharkivska oblast).", "Kupianskyi", "Kupiansk"),
        ("On 11 May 2024, Russian forces shelled villages in Chuhuivskyi raion, Kharkiv oblast.", "Chuhuivskyi", "Chuhuiv"),
        ("On 12 May 2024, clashes took place near Krasnohorivka (Pokrovsk raion, Donetsk oblast).", "Pokrovsk", "Pokrovsk"),
        # ... and a hromada's feminine form, the town in the report's region first (Krasnopil is in Zhytomyr)
        ("On 2 March 2024, Russian forces shelled Nikopolska hromada, Nikopol raion, Dnipropetrovsk oblast.", "Nikopolska", "Nikopol"),
        ("On 2 March 2024, Russian forces fired at Krasnopilska hromada, Sumy oblast, with mortars.", "Krasnopilska", "Krasnopillia"),
    ],
)
def test_places_a_district_named_for_its_town_stands_at_the_town(pipeline: warta.Pipeline, text: str, words: str, centre: str) -> None:
    district = place_of(pipeline, text, "en", words)
    town = place_of(pipeline, f"The town of {centre} in Ukraine.", "en", centre)
    assert (district.precision, district.geonames, district.country) == ("district", None, "UA")
    assert (district.lat, district.lon) == (town.lat, town.lon)


def test_places_an_oblast_known_only_with_its_kind_word(pipeline: warta.Pipeline) -> None:
    place = place_of(pipeline, "Shelling was reported across Kharkivska oblast on Monday.", "en", "Kharkivska")
    assert (place.name, place.precision) == ("Kharkiv Oblast", "admin1")


def test_places_a_pair_that_nests_is_context_for_the_other_names(pipeline: warta.Pipeline) -> None:
    # "Kale district, Sagaing region" puts the report in Myanmar: "Kale town" is Kalemyo, not a Turkish Kale
    text = "On 15 February 2022, in Kale town of Kale township (Kale district, Sagaing region), the military arrested a man."
    town = next(p for p in pipeline(pipeline.make_doc(text, lang="en")).places if p.precision == "settlement")
    assert (town.country, town.admin1, text[town.mentions[0][0] : town.mentions[0][1]]) == ("MM", "Sagaing", "Kale")


@pytest.mark.parametrize(
    "text, words, lat, lon, within, country, precision",
    [
        # a village the gazetteer lacks, read as nothing, in its department and province (GeoNames'
        # "Province du Gourma"): at the province
        ("On 2 March 2023, militants burned a school in the village of Kpentchangou (Matiacoali, Gourma).",
         "Kpentchangou", 12.06, 0.36, 30, "BF", "district"),
        # ... in a district and governorate: at the district, not a namesake elsewhere
        ("On 9 May 2023, a landmine exploded in Al Mazraq (Abs, Hajjah), wounding two boys.", "Al Mazraq", 16.0, 43.2, 15, "YE", None),
        # a province met by its short name is Burkina Faso's, not the Senegalese village "Soum"
        ("Soldiers clashed with militants near Gasseliki (Djibo, Soum) on Sunday.", "Soum", 14.1, -1.63, 30, "BF", "district"),
        # a region several countries name ("Ouest") is the one that holds the town, past a unit the gazetteer lacks
        ("Clashes broke out in Ngou town (Kwefeng, Hauts-Plateaux, Ouest) over a chieftaincy dispute.", "Ouest", 5.46, 10.62, 30, "CM", "admin1"),
        # a village in a raion the gazetteer lacks: at the town the raion is named for, as precise as a district
        ("Russian forces dropped glide bombs on Hlushkivka (Kupianskyi raion, Kharkivska oblast).", "Hlushkivka", 49.71, 37.62, 5, "UA",
         "district"),
        # a town of 30,000 abroad is no village of this name in a district that nests in its province:
        # at the district, not Goba of Ethiopia
        ("Militiamen burned houses in Goba village (Djugu, Ituri) overnight.", "Goba", 1.92, 30.50, 10, "CD", None),
        # a name only spelled like a big city abroad ("Mambasa", not Mombasa) inside a province of one country
        ("Soldiers were sent to Nia-Nia (Bandaka, Mambasa, Ituri) after the riot.", "Mambasa", 2.21, 30.44, 30, "CD", None),
        # ... and the village before it is no town of another province of that country (Mbandaka)
        ("Soldiers were sent to Nia-Nia (Bandaka, Mambasa, Ituri) after the riot.", "Bandaka", 2.21, 30.44, 30, "CD", None),
        # a part of a state written as ACLED writes it ("Shan-North") holds the district and its town
        ("A mine exploded near a village of Kutkai township (Muse district, Shan-North state) on Monday.", "Muse", 24.0, 97.9, 10, "MM",
         "district"),
    ],
)
def test_places_a_name_and_the_units_in_brackets_after_it_are_places_that_nest(
    pipeline: warta.Pipeline, text: str, words: str, lat: float, lon: float, within: float, country: str, precision: str | None
) -> None:
    place = place_of(pipeline, text, "en", words)
    assert place.country == country and km(place.lat, place.lon, lat, lon) <= within, (place.name, place.lat, place.lon)
    assert precision is None or place.precision == precision


@pytest.mark.parametrize(
    "text, lang, words",
    [
        ("Kontrak ditandatangani oleh Mitra Farma Utama (Pakistan) dan PT Sinar Baru (Indonesia).", "id", "Mitra Farma Utama"),
        ("Kontrak ditandatangani oleh Mitra Farma Utama (Pakistan) dan PT Sinar Baru (Indonesia).", "id", "PT Sinar Baru"),
        ("Kapolda memantau ruang pelayanan Polda Bangka Belitung (Babel) pada Senin.", "id", "Polda Bangka Belitung"),
        ("Senator John Cornyn (Texas) said the bill would pass next week.", "en", "John Cornyn"),
    ],
)
def test_places_a_company_a_body_or_a_person_before_a_bracketed_place_is_no_place(
    pipeline: warta.Pipeline, text: str, lang: str, words: str
) -> None:
    doc = pipeline(pipeline.make_doc(text, lang=lang))
    start = text.index(words)
    assert not [p.name for p in doc.places for s, e in p.mentions if s <= start < e], [(p.name, p.mentions) for p in doc.places]


def test_places_a_district_met_by_its_short_name_comes_after_the_town() -> None:
    pipeline = warta.load(STAGES)
    place = place_of(pipeline, "Workers gathered in Torino to protest against the new shift rota.", "en", "Torino")
    assert place.precision == "settlement" and km(place.lat, place.lon, 45.07, 7.69) < 10


@pytest.mark.parametrize(
    "text, words, lat, lon, country",
    [
        # a definition puts the town in its county: no capital or world city of that name
        ("Lima is a city in and the county seat of Allen County, Ohio. It lies along Interstate 75.", "Lima", 40.74, -84.11, "US"),
        ("Paris is a city in Lamar County, Texas, about 98 miles northeast of Dallas.", "Paris", 33.66, -95.56, "US"),
        ("Firefighters in Athens, a city in Limestone County, said the blaze was out by noon.", "Athens", 34.80, -86.97, "US"),
        # a town the model read as an organisation is a place where a definition makes it one
        ("Kingston is a city in Roane County, Tennessee, along the Clinch River.", "Kingston", 35.88, -84.51, "US"),
        ("Perth is a city in central Scotland, on the banks of the River Tay.", "Perth", 56.40, -3.43, "GB"),
        # ... and a definition with no county nests nothing new
        ("Paris is a city in France, on the Seine.", "Paris", 48.86, 2.35, "FR"),
    ],
)
def test_places_a_definition_puts_a_town_in_its_county(
    pipeline: warta.Pipeline, text: str, words: str, lat: float, lon: float, country: str
) -> None:
    place = place_of(pipeline, text, "en", words)
    assert place.country == country and km(place.lat, place.lon, lat, lon) <= 30, (place.name, place.admin1, place.lat, place.lon)


@pytest.mark.parametrize(
    "text, words, precision, country",
    [
        # a name listed with a region that names no city is the region, not its capital or metropolis
        ("The firm moved jobs from western states such as California or Washington.", "Washington", "admin1", "US"),
        ("Storms flooded roads across New York and New Jersey overnight.", "New York", "admin1", "US"),
        # ... but listed with a city, the city; and a town followed by its region is no list
        ("Talks in Washington and Moscow went nowhere this week.", "Washington", "settlement", "US"),
        ("Trips to Guam, Alaska, Hawaii, Florida and Washington, D.C. kept the team busy.", "Washington", "settlement", "US"),
    ],
)
def test_places_a_name_listed_with_regions_is_a_region(
    pipeline: warta.Pipeline, text: str, words: str, precision: str, country: str
) -> None:
    place = place_of(pipeline, text, "en", words)
    assert (place.precision, place.country) == (precision, country), (place.name, place.lat, place.lon)


def test_places_a_municipality_the_gazetteer_holds_is_at_its_seat(pipeline: warta.Pipeline) -> None:
    # the second-level unit, as precise as a district, at the town it is named for: not the middle of its bounding box
    place = place_of(pipeline, "Students staged a demonstration and pelted stones in Varanasi district (Uttar Pradesh).", "en", "Varanasi")
    assert (place.precision, place.country) == ("district", "IN")
    assert km(place.lat, place.lon, 25.317, 83.010) < 3, (place.lat, place.lon)


def test_places_a_known_person_written_with_a_possessive_is_no_town(pipeline: warta.Pipeline) -> None:
    doc = pipeline(pipeline.make_doc("In remarks aimed at Obama’s support for the Iran nuclear deal, he spoke for an hour.", lang="en"))
    assert [p.name for p in doc.places] == ["Iran"]  # not Obama, a town in Fukui


@pytest.mark.parametrize(
    "text, places",
    [
        # a news outlet named like a village or a city is no place
        ("He spoke at a forum in Krasnoyarsk, according to the Tass news agency.", ["Krasnoyarsk"]),
        ("Sana, the official news agency, said the attack on Latakia was repelled.", ["Latakia"]),
        # ... but a city's newspaper names the city
        ("The Moscow daily Kommersant reported the arrests on Friday.", ["Moscow"]),
        # a case number after a place is no region ("No." is no Nord, Haiti)
        ("The case was filed in the District of Massachusetts, No. 18-cr-10083, in Boston.", ["the District of Massachusetts", "Boston"]),
    ],
)
def test_places_a_news_outlet_or_a_case_number_is_no_place(pipeline: warta.Pipeline, text: str, places: list[str]) -> None:
    doc = pipeline(pipeline.make_doc(text, lang="en"))
    assert [doc.text[s:e] for p in doc.places for s, e in p.mentions] == places


@pytest.mark.parametrize(
    "text, town, lat, lon, within, region",
    [
        # a race calendar: the model reads the circuits' villages as organisations and a county as a
        # person (the gazetteer holds no Croft-on-Tees: the Croft of England nearest Yorkshire)
        ("9/10 June: Oulton Park, Cheshire. 23/24 June: Croft, Yorkshire. 28/29 July: Snetterton, Norfolk.",
         "Croft", 54.48, -1.55, 161, "Yorkshire"),
        ("15/16 September: Silverstone, Northamptonshire. 29/30 September: Brands Hatch GP, Kent.",
         "Silverstone", 52.09, -1.03, 25, "Northamptonshire"),
        # the town at the end of an organisation's name, then its state
        ("The car will be built at GM’s Bowling Green, Kentucky facility, the company said.",
         "Bowling Green", 36.99, -86.44, 25, "Kentucky"),
    ],
)
def test_places_a_town_before_the_region_that_holds_it_is_a_place_whatever_the_model_read(
    pipeline: warta.Pipeline, text: str, town: str, lat: float, lon: float, within: float, region: str
) -> None:
    place = place_of(pipeline, text, "en", town)
    assert place.precision == "settlement" and km(place.lat, place.lon, lat, lon) < within
    assert place_of(pipeline, text, "en", region).precision in ("admin1", "district")


@pytest.mark.parametrize(
    "text, words",
    [
        # a letter's signature: the last word of a longer name is no town of the county
        ("Yugo Kovach Winterborne Houghton, Dorset", "Houghton"),
        # a person the model read, before a state
        ("Senator Kelly, Wyoming's senior senator, said no.", "Kelly"),
        # a list of states, not a town in the next one
        ("Storms hit Ohio, Indiana and Kentucky on Monday.", "Indiana"),
    ],
)
def test_places_no_town_before_a_region_from_a_longer_name_a_person_or_a_list(pipeline: warta.Pipeline, text: str, words: str) -> None:
    doc = pipeline(pipeline.make_doc(text, lang="en"))
    assert all(p.precision != "settlement" for p in doc.places if any(doc.text[s:e] == words for s, e in p.mentions))


def test_places_a_postal_code_after_a_town_is_its_state(pipeline: warta.Pipeline) -> None:
    text = ("HORRY COUNTY, SC (WMBF) - A homeless man and his dog stand on the side of the street on Atlantic Avenue "
            "in Garden City. It has been home for Alan Lord for the past month.")
    assert place_of(pipeline, text, "en", "SC").name == "South Carolina"
    garden_city = place_of(pipeline, text, "en", "Garden City")  # in South Carolina, not Singapore (another of its names)
    assert (garden_city.country, garden_city.admin1) == ("US", "South Carolina")
    # alone, a postal code is a word like any other
    doc = pipeline(pipeline.make_doc("Police said the suspect was IN custody on Monday.", lang="en"))
    assert not doc.places


def test_places_a_saint_written_short_is_the_town_s_own_name(pipeline: warta.Pipeline) -> None:
    text = "Russia will expel 60 US diplomats and close the US consulate in St. Petersburg."
    place = place_of(pipeline, text, "en", "St. Petersburg")
    assert (place.country, place.precision) == ("RU", "settlement")


@pytest.mark.parametrize(
    "text, words, country",
    [
        ("Miss Abdhou, of Hayes, was not believed to be a specific target, police in London said.", "Hayes", "GB"),
        ("In 2016, David and Jodi Mahler of Bellmore appeared as guests on the show, filmed on Long Island, New York.",
         "Bellmore", "US"),
        ("The victim, a 23-year-old Dalton man, was taken to a hospital in Georgia.", "Dalton", "US"),
        # after an age in commas, even a town the model read as an organisation
        ("The suspect, 28, of Mableton, faces charges in Cobb County.", "Mableton", "US"),
    ],
)
def test_places_where_people_are_from_is_a_place(pipeline: warta.Pipeline, text: str, words: str, country: str) -> None:
    place = place_of(pipeline, text, "en", words)
    assert (place.precision, place.country) == ("settlement", country)


@pytest.mark.parametrize(
    "text, words",
    [
        ("Members of the Royal family watched the race in Dubai.", "Royal"),
        ("The Marigny family sold the plantation in 1805.", "Marigny"),
        ("The talks were led by the son of Hayes, the former minister.", "Hayes"),
    ],
)
def test_places_a_family_or_a_person_s_relative_is_no_home_town(pipeline: warta.Pipeline, text: str, words: str) -> None:
    doc = pipeline(pipeline.make_doc(text, lang="en"))
    assert not any(doc.text[s:e] == words for p in doc.places for s, e in p.mentions)


@pytest.mark.parametrize(
    "text, words, country",
    [
        # a country by the name news wrote before it changed, or short
        ("Her husband was extradited to Macedonia, where he is now in prison.", "Macedonia", "MK"),
        ("As in Bosnia, nobody attempted to protect the civilians.", "Bosnia", "BA"),
        # a city abroad five times the size of a namesake of the report's country, which nothing in
        # the report vouches for (no region of it named, no place near it)
        ("US officials said the talks on Syria in Geneva stalled as fighting went on in Idlib.", "Geneva", "CH"),
        ("US forces will stay in Syria, the chairman of the joint chiefs, Joseph Dunford, told reporters during a trip to Athens.",
         "Athens", "GR"),
        # ... but one of a country the report names as a place stays
        ("Clashes broke out in Tripoli in northern Lebanon.", "Tripoli", "LB"),
        # ... but a namesake a region of the report vouches for stays
        ("Storms hit Illinois on Monday. In Geneva, the city council met to count the damage.", "Geneva", "US"),
        # a town of that name beside a district the report names, not the world city
        ("Officials in Floyd County said the Rome City Commission will vote. Residents met in downtown Rome.", "Rome", "US"),
        ("Officials in Floyd County said the plan was inspired by a visit to Rome, Italy.", "Rome", "IT"),
        # nearness to the report's other places (New York) does not make a town beat a namesake of the
        # report's countries ten times its size (Oxford, Connecticut)
        ("Letts, a convert from Oxford, holds British and Canadian passports; his lawyer in New York spoke to Toronto reporters.",
         "Oxford", "GB"),
        # the seats of British government
        ("Officials in Whitehall are examining whether Britain should take them back.", "Whitehall", "GB"),
    ],
)
def test_places_which_of_a_name_is_meant(pipeline: warta.Pipeline, text: str, words: str, country: str) -> None:
    assert place_of(pipeline, text, "en", words).country == country


def test_places_a_people_is_no_place(pipeline: warta.Pipeline) -> None:
    text = "Many of its houses are home to Kurdish, Yazidi and Arab families, and the Arab League met in Cairo."
    doc = pipeline(pipeline.make_doc(text, lang="en"))
    assert [p.name for p in doc.places] == ["Cairo"]


def test_places_a_region_right_after_a_town_with_its_kind_word_in_its_name(pipeline: warta.Pipeline) -> None:
    text = "The ceremony was held at the headquarters of Operation Lafiya Dole in Maiduguri Borno State on Sunday."
    place = place_of(pipeline, text, "en", "Borno State")
    assert (place.country, place.precision) == ("NG", "admin1")
    assert place_of(pipeline, text, "en", "Maiduguri").precision == "settlement"


def test_places_a_hyphenated_region_read_in_part_as_an_organisation_is_the_region(pipeline: warta.Pipeline) -> None:
    text = "The reason for fixing them is to make the tourism industry of Gilgit-Baltistan attractive."
    place = place_of(pipeline, text, "en", "Gilgit-Baltistan")
    assert (place.country, place.precision) == ("PK", "admin1")


def test_places_another_place_s_region_does_not_make_a_village_beat_a_city_twenty_times_its_size(pipeline: warta.Pipeline) -> None:
    # New York City puts New York state in the report, which holds a village called Boston
    text = "After stops in Washington, New York and Boston, the crown prince has spent this week on the West Coast."
    assert place_of(pipeline, text, "en", "Boston").admin1 == "Massachusetts"


@pytest.mark.parametrize(
    "text, words, lat, lon",
    [
        ("Grain trade tensions rose after the meeting at the British Embassy Tokyo on Monday.", "British Embassy Tokyo", 35.69, 139.69),
        ("The lawyers gathered outside the Seoul Central District Court on Friday.", "Seoul Central", 37.57, 126.98),
        ("Thieves stole brisket in the St. Louis Hills area last week.", "St. Louis Hills", 38.63, -90.20),
    ],
)
def test_places_a_building_the_gazetteer_lacks_lies_in_the_city_its_name_holds(
    pipeline: warta.Pipeline, text: str, words: str, lat: float, lon: float
) -> None:
    place = place_of(pipeline, text, "en", words)
    assert (place.geonames, place.precision) == (None, "settlement")  # as precise as the city, no id of its own
    assert km(place.lat, place.lon, lat, lon) < 30


@pytest.mark.parametrize(
    "text, words",
    [
        # no small namesake town: Rogers, Arkansas; Pearl, Mississippi
        ("There will be two very noticeable absentees at the Rogers Centre tonight.", "Rogers Centre"),
        ("Oahu is home to major military installations like Pearl Harbor.", "Pearl Harbor"),
        # the county's name, not the city of Montgomery
        ("The Democrats will host the forum at the Montgomery County History Center, located at 2700 North Fourth Street.",
         "Montgomery County History Center"),
    ],
)
def test_places_a_building_is_not_put_in_a_small_or_partial_namesake(pipeline: warta.Pipeline, text: str, words: str) -> None:
    doc = pipeline(pipeline.make_doc(text, lang="en"))
    found = [p for p in doc.places if any(doc.text[s:e] == words for s, e in p.mentions)]
    assert all(p.precision != "settlement" or p.geonames is not None for p in found), [(p.name, p.lat) for p in found]


def test_places_someone_s_village_is_no_village_of_their_name(pipeline: warta.Pipeline) -> None:
    text = "Guests will enjoy raffles, a fashion show by Fig Leaf Boutique (Maywood) and dancing at Eva's Village in Paterson."
    place = place_of(pipeline, text, "en", "Eva's Village")
    assert (place.name, place.geonames, place.admin1) == ("Eva's Village", None, "New Jersey")  # in Paterson, no town called Eva


@pytest.mark.parametrize(
    "text",
    [
        "Tiga orang menganiaya korban, kata Kapolres Cimahi, AKBP Niko N. Adi Putra, di Cimahi.",
        "Simak juga Video: Purbaya Buka WA Aduan Petugas Pajak-Bea Cukai Nakal, Catat Nomornya!",
        "\"Macet... macet... macet...,\" sahut sang perekam video di Tasikmalaya.",
    ],
)
def test_places_an_office_a_video_link_or_a_cry_is_no_place(pipeline: warta.Pipeline, text: str) -> None:
    doc = pipeline(pipeline.make_doc(text, lang="id"))
    names = [doc.text[s:e] for p in doc.places for s, e in p.mentions]
    assert not any(n.split()[0] in ("Kapolres", "Video", "Video:", "Simak") or "..." in n for n in names), names


@pytest.mark.parametrize(
    "text, words, country",
    [
        ("It will take another two years before the return Amsterdam-London leg is made without a change.", "London", "GB"),
        ("Relatives blocked the Chilpancingo-Acapulco federal highway on Monday.", "Acapulco", "MX"),
    ],
)
def test_places_the_other_town_of_a_hyphenated_pair_is_a_place(pipeline: warta.Pipeline, text: str, words: str, country: str) -> None:
    assert place_of(pipeline, text, "en", words).country == country


def test_places_a_compass_word_after_a_hyphen_is_no_place(pipeline: warta.Pipeline) -> None:
    doc = pipeline(pipeline.make_doc("In Tamwe township (Yangon-East district, Yangon region), soldiers arrested a model.", lang="en"))
    assert all(p.country in (None, "MM") for p in doc.places), [(p.name, p.country) for p in doc.places]


def test_places_a_route_number_after_a_country_or_state_short_name_is_no_place(pipeline: warta.Pipeline) -> None:
    text = ("CALHOUN, Ga. -- A Gordon County man was killed Friday in a wreck on U.S. 41 near the Bartow County line. "
            "Traffic on Ga. 20 was stopped for hours.")
    doc = pipeline(pipeline.make_doc(text, lang="en"))
    routes = {text.index("U.S. 41"), text.index("Ga. 20")}
    assert not any(s in routes for p in doc.places for s, _ in p.mentions)
    assert {"Georgia", "Gordon County", "Bartow County"} <= {p.name for p in doc.places}  # the dateline's "Ga." still is


def test_places_a_name_with_odd_spaces_inside_is_placed_by_its_words() -> None:
    # a name the gazetteer lacks, its words parted by two spaces and a line break (as a model may
    # read a report's broken lines): looked up word by word
    from warta.kb.gazetteer import Gazetteer
    from warta.stages.places import _Lang, _named_within

    town = _named_within("British  Embassy\nTokyo", _Lang("en"), Gazetteer.load(), {}, set())
    assert town is not None and (town.name, town.country) == ("Tokyo", "JP")


@pytest.mark.parametrize(
    "text, words",
    [
        ("JJ McNamara plays with the Navan Silver Band in St Patrick’s and St Seachnails Church in Dunshaughlin.", "St Patrick’s"),
        ("The wedding itself takes place on 19 May in St George’s Chapel at Windsor Castle.", "St George’s Chapel"),
    ],
)
def test_places_a_saints_possessive_is_a_church_not_a_place_of_the_saints_name(pipeline: warta.Pipeline, text: str, words: str) -> None:
    # Saint Patrick Parish of Dominica, St. George of Utah: namesakes of the saint, not his church
    doc = pipeline(pipeline.make_doc(text, lang="en"))
    assert not any(doc.text[s:e] in words and p.lat is not None for p in doc.places for s, e in p.mentions), [
        (p.name, p.country, [doc.text[s:e] for s, e in p.mentions]) for p in doc.places]


def test_places_a_place_whose_own_name_has_a_saints_possessive_keeps_it(pipeline: warta.Pipeline) -> None:
    place = place_of(pipeline, "The ferry from Halifax docked in St. John's on Monday after the storm.", "en", "St. John")
    assert (place.name, place.country) == ("St. John's", "CA")


def test_places_a_name_without_the_capital_inside_a_places_name_is_not_that_place() -> None:
    # "Noma (not her real name) opened a case ... said Noma" in a Cape Town report: a woman the model
    # may read as a place, no NoMa of Washington, D.C.; "DeKalb" as written stays DeKalb
    from warta.kb.gazetteer import Gazetteer
    from warta.stages.places import Places, _Lang

    gazetteer, lang = Gazetteer.load(), _Lang("en")
    noma = Places._choose("Noma", None, gazetteer, {"ZA"}, {("ZA", "western cape")}, [], lang)
    assert noma is None or noma.name != "NoMa", noma
    dekalb = Places._choose("DeKalb", None, gazetteer, {"US"}, set(), [], lang)
    assert dekalb is not None and dekalb.name == "DeKalb"


def test_places_a_small_town_abroad_far_from_the_datelines_town_is_a_namesake(pipeline: warta.Pipeline) -> None:
    # datelined Cairo: no Rehab of Jordan, though the report names Liverpool, Barcelona and Rome too
    text = ("CAIRO - On a perfectly manicured grass field in Cairo's gated suburb of Madinaty, boys train in red jerseys. "
            "Salah left Liverpool for a while, and rumours of Barcelona and Rome followed him. "
            "Besides Madinaty, Liverpool have other academy branches in Rehab and New Cairo that are also new and affluent communities.")
    doc = pipeline(pipeline.make_doc(text, lang="en"))
    assert not any(p.country == "JO" for p in doc.places), [(p.name, p.country) for p in doc.places]
    assert place_of(pipeline, text, "en", "New Cairo").country == "EG"


def test_places_a_name_written_with_its_holder_and_after_a_compass_word_is_two_places(pipeline: warta.Pipeline) -> None:
    # "Washington, D.C." is the capital; "central Washington" and "at home in Washington" the state
    text = ("CAMP MURRAY, Wash. - The team's primary focus has been at home in Washington. Trips to Saipan, Guam, "
            "Alaska, Hawaii, Florida and Washington, D.C., among many others, have kept it busy. Last month a call "
            "required the team to travel to central Washington and set up shop before police could go in.")
    doc = pipeline(pipeline.make_doc(text, lang="en"))
    at = {doc.text[s:e] + "@" + str(s): (p.name, p.admin1, p.precision) for p in doc.places for s, e in p.mentions}
    home = text.index("in Washington") + 3
    dc = text.index("Washington, D.C.")
    central = text.index("central Washington") + 8
    assert at[f"Washington@{home}"] == ("Washington", "Washington", "admin1"), at
    assert at[f"Washington@{central}"] == ("Washington", "Washington", "admin1"), at
    assert at[f"Washington@{dc}"][1] == "District of Columbia", at


def test_places_a_far_village_named_beside_the_reports_town_is_one_of_its_area(pipeline: warta.Pipeline) -> None:
    # a Dewsbury report: the gazetteer's Thornhill is in Wales and its Overton in Hampshire, both over
    # 200 km away; the couple moved between villages around Dewsbury (Middlestown is one)
    text = ("A Dewsbury couple are celebrating their diamond wedding anniversary. Barry and Beryl met at a dance in "
            "Dewsbury in 1955. They moved to Thornhill, before switching to Middlestown, and then finally their "
            "bungalow in Overton where they have spent the last 24 years. Their family still lives in Dewsbury.")
    for words in ("Thornhill", "Overton"):
        place = place_of(pipeline, text, "en", words)
        assert place.lat is not None and km(place.lat, place.lon, 53.69, -1.63) < 30, (words, place)
    # the report's own region named: "HELENA, Mont. ... in Shelby" stays Shelby, Montana, 210 km away
    shelby = place_of(pipeline, "HELENA, Mont. (AP) - Montana and CoreCivic are at an impasse in talks on the contract to "
                                "run Crossroads Correctional Center in Shelby. Officials in Helena said Thursday the talks go on.",
                      "en", "Shelby")
    assert km(shelby.lat, shelby.lon, 48.51, -111.86) < 20, shelby


def test_places_a_region_the_report_names_does_not_vouch_for_a_village_beside_a_metropolis_of_its_name(pipeline: warta.Pipeline) -> None:
    # datelined Columbus, Ohio: Louisville is the Kentucky city of 600,000, not the Ohio village of 9,000
    text = ("COLUMBUS, Ohio (AP) - Mississippi State rallied late and sent the game into overtime. The Bulldogs then "
            "outlasted Louisville in OT to earn their second straight title game berth. Teaira McCowan had 21 points "
            "and 25 rebounds against Louisville.")
    place = place_of(pipeline, text, "en", "Louisville")
    assert (place.name, place.admin1) == ("Louisville", "Kentucky"), place
    # the Denver Broncos in a report naming Texas: Denver, Colorado, not Denver City, Texas
    text = ("Texas officials met on Monday. One of the objects is a Denver Broncos helmet signed by a former "
            "quarterback, bought with the foundation's money.")
    assert place_of(pipeline, text, "en", "Denver").admin1 == "Colorado"


@pytest.mark.parametrize(
    "text, words, lat, lon",
    [
        # a ground after "inside" and "way into", every mention so, in the town the report is about
        ("LIVERPOOL, England (AP) — Liverpool fans attacked the Manchester City team bus. Fans also set off fireworks "
         "inside Anfield and threw bottles as City's bus made its way into Anfield for the quarter-final on Wednesday.",
         "Anfield", 53.41, -2.98),
        # a hospital's centre the model read as an organisation, after "attending"
        ("DERRY - A new Health and Wellbeing Campus has opened in Derry. It supports people affected by cancer in the Western "
         "Trust, as well as people from the Republic and Northern Trust area who are attending the Northwest Cancer Centre "
         "for treatment.", "Northwest Cancer Centre", 55.0, -7.31),
    ],
)
def test_places_a_venue_after_inside_into_or_a_floor_of_lies_in_the_reports_town(
    pipeline: warta.Pipeline, text: str, words: str, lat: float, lon: float
) -> None:
    place = place_of(pipeline, text, "en", words)
    assert place.geonames is None and km(place.lat, place.lon, lat, lon) < 30


@pytest.mark.parametrize(
    "text, name",
    [
        # a person noun before "inside": a firm the report is about
        ("Stocks fell in Chicago on Monday. Sources inside Brightline Partners said the fund would close. Traders in Chicago agreed.",
         "Brightline Partners"),
        # "into" after a probe's noun
        ("Stocks fell in Chicago on Monday. Regulators opened an investigation into Brightline Partners. Traders in Chicago agreed.",
         "Brightline Partners"),
    ],
)
def test_places_a_firm_or_a_person_after_inside_or_into_is_no_place(pipeline: warta.Pipeline, text: str, name: str) -> None:
    doc = pipeline(pipeline.make_doc(text, lang="en"))
    assert not any(p.name == name for p in doc.places)


def test_places_a_person_before_in_and_a_town_stays_a_person(pipeline: warta.Pipeline) -> None:
    text = ("Topling ini kita rancang dalam rangka bisa menjangkau sampai ke desa-desa untuk distribusi pangan murah,\" "
            "kata Gubernur Abdul Wahid di Pekanbaru, Senin (20/10/2025).")
    doc = pipeline(pipeline.make_doc(text, lang="id"))
    assert [p.name for p in doc.places] == ["Pekanbaru"]


def test_places_a_list_of_buildings_after_a_colon(pipeline: warta.Pipeline) -> None:
    text = ("CAVAN - The Cavan Sustainable Energy Group met on Monday. It’s also intended that energy audits will be undertaken "
            "on the following buildings: Cavan Institute; Aughadreena NS; Courthouse Ballyjamesduff; Percy French Hotel, "
            "Ballyjamesduff; Ramor Theatre, Virginia; Crossdoney Presbyterian Hall; Ballinagh Community Centre; Cavan Town Hall, "
            "as well as any fuel poor homes that identified.")
    doc = pipeline(pipeline.make_doc(text, lang="en"))
    places = {p.name: p for p in doc.places}
    for name in ("Aughadreena NS", "Courthouse Ballyjamesduff", "Percy French Hotel", "Ramor Theatre", "Crossdoney Presbyterian Hall",
                 "Ballinagh Community Centre"):
        assert places[name].country == "IE" and places[name].geonames is None, name
    # the town written after it in its item
    hotel, town = places["Percy French Hotel"], places["Ballyjamesduff"]
    assert (hotel.lat, hotel.lon) == (town.lat, town.lon) and town.geonames is not None
    assert not any("fuel" in p.name or "homes" in p.name for p in doc.places)


@pytest.mark.parametrize(
    "text, words, town",
    [
        ("On 7 March 2022, in Santa Cruz de la Sierra (Santa Cruz), 100 unionized mining workers and workers from other sectors, "
         "under the Bolivian Workers' Center (COB), staged a demonstration outside the Justice Palace offices to demand the "
         "renovation of the judicial system. There were no reports of intervention.", "Justice Palace", "Santa Cruz de la Sierra"),
        ("On 24 June 2022, thousands of people demonstrated in front of City Hall in Philadelphia (Pennsylvania) as part of "
         "the 'All Out For Abortion Rights' rally before marching down Market Street towards Independence Hall in support of "
         "abortion rights.", "Independence Hall", "Philadelphia"),
    ],
)
def test_places_a_building_the_model_missed_after_a_locative(pipeline: warta.Pipeline, text: str, words: str, town: str) -> None:
    doc = pipeline(pipeline.make_doc(text, lang="en"))
    building = place_of(pipeline, text, "en", words)
    home = next(p for p in doc.places if p.name == town)
    assert building.geonames is None and (building.lat, building.lon) == (home.lat, home.lon)


def test_places_an_institution_the_model_missed_after_from_is_no_place(pipeline: warta.Pipeline) -> None:
    text = ("On 13 March 2022, in Mingalartaungnyunt township (Yangon-East district, Yangon region), over 30 protesters from "
            "Former University associations and unreported strike committees staged a flash mob protest.")
    doc = pipeline(pipeline.make_doc(text, lang="en"))
    assert not any("University" in p.name for p in doc.places)


def test_places_the_state_capitol_is_the_building_in_the_reports_town(pipeline: warta.Pipeline) -> None:
    text = ("OKLAHOMA CITY The Latest on teachers rallying for higher pay and more education funding in several Republican-led "
            "states across the U.S. (all times local): 10:50 a.m. Oklahoma lawmakers will convene rare Friday sessions as "
            "protesting school teachers continue to fill the state Capitol and demand more funding for public education. "
            "Oklahoma teachers are in the fourth day of a walkout over low pay. But educators marched on the Capitol anyway, "
            "bringing with them pent-up frustration.")
    doc = pipeline(pipeline.make_doc(text, lang="en"))
    capitol = next(p for p in doc.places if any(doc.text[s:e] == "Capitol" for s, e in p.mentions))
    assert len(capitol.mentions) == 2 and capitol.geonames is None
    assert km(capitol.lat, capitol.lon, 35.49, -97.50) < 20


def test_places_a_word_organisations_are_named_with_is_no_town_by_a_longer_name(pipeline: warta.Pipeline) -> None:
    # "Royal" alone is no Royal City, Washington; it had put Windsor Castle in Windsor, Colorado
    doc = pipeline(pipeline.make_doc(
        "Royal Wedding fever is at fever pitch, with Harry and Meghan's nuptials just around the corner. Iceland has "
        "released its own version of the royal cake, similar to the Royal couples cake. The wedding itself takes place "
        "on 19 May in St George's Chapel at Windsor Castle.", lang="en",
    ))
    found = {doc.text[s:e]: p for p in doc.places for s, e in p.mentions}
    assert "Royal" not in found or found["Royal"].lat is None, found["Royal"].name
    assert all(p.country != "US" for p in doc.places), [(p.name, p.country) for p in doc.places]
