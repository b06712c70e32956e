"""entities.v1: named entities, linked within the document and to the knowledge base of actors.

1. **Mentions** come from the language's NER model (``warta.ner``) and from the knowledge base:
   every alias of a country, demonym, international organisation, national body or armed group
   (``warta/kb/organisations.yaml``: "KPK", "TNI AD", "IDF", "Hamas"), person or office found in the
   tokens (longest match first, ``warta.kb``). Where both see the same words the model's span is
   kept and the knowledge base says who it is; a knowledge-base name the model missed is added.
   Outlets found by the provenance stage ("Sumber : NDTV.com") are organisations (sector MED).
   Capitalised words before a region noun ("the Donetsk region", "Kursk oblast") are a place
   (GPE) whatever the model said: the small English model misses or mislabels front-line regions.
   Named units ("Batalion K", "Azov Brigade") are organisations; day and month names, "Sumber"
   and the like (``warta/lang/<code>/entities.yaml``) are never entities on their own, and a form
   of address or a title is not part of a name ("Pak Jokowi" -> "Jokowi", "Mensos Khofifah" ->
   "Khofifah"). In Indonesian a country right after a noun or a title is its nationality
   ("tentara Rusia" = Russian troops) and is labelled NORP, as "Russian" is in English; after a
   preposition, a place noun or a verb ("di Rusia", "wilayah Israel", "diserang Rusia") it is GPE.
2. **Title chains**: an office title right before a name ("Presiden Ukraina Volodymyr
   Zelenskyy", "NATO Secretary General Mark Rutte") gives the person the office's country and
   sector; a title with no name after it ("Sekretaris Jenderal NATO said ...") is a mention of
   whoever held the office on the publication date (the latest holder without one), unless a word
   such as "mantan"/"former" says it is somebody else.
3. **Organisations** that name a country ("Badan Intelijen Kementerian Pertahanan Ukraina") take
   that country, and the sector of the first head noun in them (``kb.sectors``: "badan
   intelijen" -> SPY).
4. **Linking** inside the document: one entity per knowledge-base actor (a country and its
   nationality are two: Russia, Russian); a person's surname
   ("Zelenskyy") and spelling variants (Zelensky, Zelenskiy) join the full name, and so does a
   first name when only one full name in the report starts with it ("Anwar").

Entities are numbered E1, E2, ... by their first mention.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from .. import lang as langdata
from .. import ner
from ..doc import Doc, Entity
from ..kb import KB, Actor, normalise
from ..registry import stage
from ..settings import Settings

_MAX_ALIAS_TOKENS = 8
_KIND_LABEL = {"country": "GPE", "igo": "ORG", "organisation": "ORG", "person": "PER", "office": "PER"}


@dataclass
class _Mention:
    start: int
    end: int
    label: str
    actor: Actor | None = None
    country: str | None = None
    sector: str | None = None
    office: Actor | None = None  # a title right before the name


class Entities:
    def __init__(self, settings: Settings):
        self._ready: dict[str, tuple] = {}

    def _data(self, lang: str) -> tuple:
        """Per-language lookups, built on first use in each process (not pickled)."""
        if lang not in self._ready:
            kb = KB.load()
            aliases = kb.aliases(lang)
            first_words: dict[str, int] = {}
            for alias in aliases:
                words = _words(alias)
                if words:
                    first_words[words[0]] = max(first_words.get(words[0], 0), len(words))
            data = langdata.load(lang, "entities")
            self._ready[lang] = (
                kb,
                aliases,
                first_words,
                frozenset(data["not_entities"]),
                frozenset(data["units"]),
                frozenset(data["honorifics"]) | frozenset(data["titles"]),
                _sector_pattern(kb.sectors(lang)),
                data["nationality"],
                frozenset(data["not_holders"]),
                data["region_nouns"],
                frozenset(data["conjunctions"]),
                tuple(data["possessives"]),
                frozenset(data.get("articles") or ()),
            )
        return self._ready[lang]

    def __getstate__(self) -> dict:
        return {"_ready": {}}

    def __call__(self, doc: Doc) -> Doc:
        lang = doc.lang or ""
        (kb, aliases, first_words, not_entities, units, before_names, sectors, nationality, not_holders, region_nouns,
         conjunctions, possessives, articles) = self._data(lang)
        text = doc.text

        def find(words: str) -> tuple[Actor, ...]:  # abbreviations kept as written: "BIN" the agency, not "Bin"
            return tuple(kb.lookup(words, lang)) if normalise(words) in aliases else ()

        model_spans = ner.load(lang).predict(text, doc.tokens, doc.sentences)
        mentions = [_Mention(s, e, label) for s, e, label in model_spans]
        split = []
        for m in mentions:  # "Cochabamba (Cochabamba", "Villa Florida (Misiones)": a bracket parts two names
            words = text[m.start : m.end]
            k = words.find(" (")
            inner = words[k + 2 :].rstrip(")") if k > 0 else ""
            if inner.strip() and "(" not in inner and ")" not in inner and (")" not in words[k:] or words.endswith(")")):
                split.append(_Mention(m.start + k + 2, m.start + k + 2 + len(inner), m.label))
                m.end = m.start + k
        mentions += split
        split = []
        for m in mentions:  # "Polohy, Zaporizhia", "Thruxton, Hampshire": a place and the region after it, two names
            words = text[m.start : m.end]
            place, comma, region = words.partition(", ")
            # "Stepnohirsk, Vasylivka raion" read as an organisation: a region noun ends it, so both are places
            regional = region.rpartition(" ")[2].lower() in (region_nouns or ()) and " " in region
            # "Marhanets (Nikopol, Dnipropetrovsk)": the names in a bracket after a name are two, whatever the model read
            bracketed = text[m.start - 1 : m.start] == "(" and text[m.end : m.end + 1] == ")"
            if ((m.label in ("GPE", "LOC", "FAC") or regional or bracketed) and comma and "," not in region and "\n" not in words
                    and place[:1].isupper() and region[:1].isupper() and not find(words)):
                split.append(_Mention(m.end - len(region), m.end, "GPE"))
                m.end = m.start + len(place)
                m.label = "GPE" if regional else m.label
        mentions += split
        for m in mentions:  # "Mubarak’s": a possessive is not part of the name
            m.end = m.start + len(langdata.without_ending(text[m.start : m.end], possessives))
        for m in mentions:  # the English model's "Donetsk and": a conjunction never ends a name
            head, _, last = text[m.start : m.end].rpartition(" ")
            if head and last.lower() in conjunctions:
                m.end = m.start + len(head.rstrip(" ,"))
        for m in mentions:  # "Pak Jokowi" -> "Jokowi", "Komjen Pol Badrodin Haiti" -> "Badrodin Haiti"
            while m.label == "PER":
                first, _, rest = text[m.start : m.end].partition(" ")
                if not rest or first.rstrip(".") not in before_names:
                    break
                m.start = m.end - len(rest.lstrip())
        for m in mentions:  # "Pasukan Ukraina" opening a sentence is "pasukan Ukraina": a noun and a country
            head, _, rest = text[m.start : m.end].partition(" ")
            if rest and normalise(head) in sectors[1] and _is_country(find(rest)):
                m.start, m.label = m.end - len(rest), "GPE"
        for m in mentions:  # "The European Union" opening a sentence: the article is not part of the name
            head, _, rest = text[m.start : m.end].partition(" ")
            if rest and head.lower() in articles and find(rest) and not find(text[m.start : m.end]):
                m.start = m.end - len(rest)
        matches = self._alias_matches(doc, doc.tokens, find, first_words)
        mentions = self._merge(doc, mentions, matches, find)
        if nationality:
            self._nationalities(doc, mentions, nationality, before_names)
        mentions += self._outlets(doc, mentions)
        mentions += self._units(doc, mentions, units)
        if region_nouns:
            mentions += self._regions(doc, mentions, frozenset(region_nouns))
        mentions = [m for m in mentions if text[m.start : m.end] not in not_entities]
        # a place's name has a capital: the English model's "meth", "red states", "anesthesia" are none
        mentions = [m for m in mentions if m.label not in ("GPE", "LOC", "FAC") or any(c.isupper() for c in text[m.start : m.end])]
        mentions = self._abbreviated(text, mentions)
        mentions = self._titles(doc, mentions, kb, not_holders)
        for m in mentions:
            if m.label == "ORG" and m.actor is None:
                self._organisation(text[m.start : m.end], m, aliases, sectors, lang)
        doc.entities = self._link(doc, sorted(mentions, key=lambda m: (m.start, m.end)))
        return doc

    # --- mentions -----------------------------------------------------------------------------

    def _alias_matches(self, doc: Doc, tokens: list, find, first_words: dict) -> list[_Mention]:
        """Knowledge-base aliases over ``tokens``, longest first, left to right, never across a line."""
        text = doc.text
        found: list[_Mention] = []
        i = 0
        while i < len(tokens):
            word = text[tokens[i][0] : tokens[i][1]]
            if word.isalnum():
                longest = first_words.get(word.casefold(), 0)
            else:  # punctuation opens no name; "Ma'ruf", "U.S." may
                longest = first_words.get(normalise(word), 0) if any(c.isalnum() for c in word) else 0
            for n in range(min(longest, _MAX_ALIAS_TOKENS, len(tokens) - i), 0, -1):
                start, end = tokens[i][0], tokens[i + n - 1][1]
                actors = find(text[start:end]) if "\n" not in text[start:end] else None
                # names are capitalised; only an office may open in lower case ("pemimpin Korea Utara")
                if actors and (text[start].isupper() or actors[0].kind == "office"):
                    actor = actors[0]
                    if actor.kind == "organisation" and n > 1 and self._country_follows(text, tokens[i + n :], find):
                        i += 1  # "Kementerian Pertahanan Ukraina" is Ukraine's ministry, not Indonesia's
                        break
                    label = "NORP" if actor.label == "NORP" else _KIND_LABEL.get(actor.kind, actor.label or "MISC")
                    found.append(_Mention(start, end, label, actor=actor))
                    if actor.kind == "office":  # "Sekretaris Jenderal NATO": NATO is named too
                        inner = self._alias_matches(doc, tokens[i + 1 : i + n], find, first_words)
                        found.extend(a for a in inner if a.actor.kind in ("country", "igo"))
                    i += n
                    break
            else:
                i += 1
        return found

    @staticmethod
    def _country_follows(text: str, tokens: list, find) -> bool:
        """Whether the words right after a name open a country's name."""
        for n in range(min(4, len(tokens)), 0, -1):
            words = text[tokens[0][0] : tokens[n - 1][1]]
            if "\n" not in words and _is_country(find(words)):
                return True
        return False

    @classmethod
    def _merge(cls, doc: Doc, model: list[_Mention], matches: list[_Mention], find) -> list[_Mention]:
        """The model's spans, linked where an alias covers them; aliases the model missed are added.

        Mentions are compared within their sentence only, so the work grows with the text, not its square."""
        starts = [s for s, _ in doc.sentences] or [0]
        by_sentence: dict[int, tuple[list[_Mention], list[_Mention]]] = {}
        for kind, items in ((0, model), (1, matches)):
            for m in items:
                by_sentence.setdefault(bisect.bisect_right(starts, m.start) - 1, ([], []))[kind].append(m)
        merged: list[_Mention] = []
        for key in sorted(by_sentence):
            merged.extend(cls._merge_sentence(doc.text, *by_sentence[key], find))
        return merged

    @staticmethod
    def _merge_sentence(text: str, model: list[_Mention], matches: list[_Mention], find) -> list[_Mention]:
        merged: list[_Mention] = []
        used: set[int] = set()
        for m in model:
            for a in matches:  # an alias overlapping one edge of the span takes those words
                opens_name = m.label == "PER" and a.start == m.start and a.end < m.end and _is_country([a.actor])
                if a.start < m.start < a.end < m.end or opens_name:  # "Sudan Omar Beshir" -> Sudan, Omar Beshir
                    m.start = a.end + len(text[a.end : m.end]) - len(text[a.end : m.end].lstrip())
                elif m.start < a.start < m.end < a.end:
                    m.end = a.start - (len(text[m.start : a.start]) - len(text[m.start : a.start].rstrip()))
        model = [m for m in model if m.start < m.end]
        for m in model:
            inside = [k for k, a in enumerate(matches) if a.start >= m.start and a.end <= m.end]
            exact = [k for k in inside if matches[k].start == m.start and matches[k].end == m.end]
            covering = [k for k, a in enumerate(matches) if a.start <= m.start and a.end >= m.end and (a.start, a.end) != (m.start, m.end)]
            if exact:
                k = exact[0]
                used.add(k)
                m.actor = matches[k].actor
                m.label = matches[k].label if matches[k].actor.kind != "person" else "PER"
                merged.append(m)
            elif covering:
                continue  # the alias is longer: it wins (added below)
            else:
                used.update(inside)  # nested names (a country inside an organisation) stay part of it
                merged.append(m)
        for m in merged:
            if m.actor is None and (actors := find(text[m.start : m.end])):
                m.actor = actors[0]  # the model's words name a known actor ("Ukraine" of "Ukraine's")
                m.label = "NORP" if actors[0].label == "NORP" else _KIND_LABEL.get(actors[0].kind, m.label)
        offices = [a for a in matches if a.actor.kind == "office"]
        for k, a in enumerate(matches):
            if k in used:
                continue
            nested = any(o is not a and o.start <= a.start and a.end <= o.end for o in offices)
            clashes = [m for m in merged if m.start < a.end and a.start < m.end]
            if a.actor.kind == "office":  # a title may hold names ("Sekretaris Jenderal NATO")
                clashes = [m for m in clashes if not (a.start <= m.start and m.end <= a.end)]
            if not nested and clashes:
                continue
            merged.append(a)
        return merged

    @staticmethod
    def _nationalities(doc: Doc, mentions: list[_Mention], rule: dict, titles: frozenset[str]) -> None:
        """A country named right after a noun or a title is its nationality: "tentara Rusia",
        "Presiden Sudan" -> NORP. After a governing word ("di", "wilayah", "dengan") or a verb
        ("diserang Rusia") it stays the country (GPE)."""
        text, tokens = doc.text, doc.tokens
        starts = [s for s, _ in tokens]
        opening = {s for s, _ in doc.sentences}
        governors = frozenset(rule["governors"])
        prefixes = tuple(rule["verb_prefixes"])
        nouns = frozenset(rule["nouns"])
        for m in mentions:
            if m.label != "GPE" or m.actor is None or m.actor.kind != "country":
                continue
            k = bisect.bisect_left(starts, m.start) - 1
            if k < 0 or "\n" in text[tokens[k][1] : m.start]:
                continue
            word = text[tokens[k][0] : tokens[k][1]]
            if not word.isalpha():
                continue
            if tokens[k][0] in opening and word not in titles:  # "Pasukan Rusia ..." opens a sentence
                word = word.lower()
            if word.islower():
                verb = word.startswith(prefixes) and len(word) > 4 and word not in nouns
                if word not in governors and not verb:
                    m.label = "NORP"
            elif word in titles:  # "Presiden Sudan Omar Beshir": the person is Sudan's, in government
                m.label = "NORP"
                person = min((n for n in mentions if n.start >= m.end and n.label == "PER"), key=lambda n: n.start, default=None)
                if person is not None and not text[m.end : person.start].strip() and person.actor is None:
                    person.country, person.sector = m.actor.country, person.sector or "GOV"

    @staticmethod
    def _abbreviated(text: str, mentions: list[_Mention]) -> list[_Mention]:
        """"Mahkamah Konstitusi (MK)": an organisation and its abbreviation in brackets right after it
        are one mention (the brackets glued to the abbreviation, as news write them). A person's
        nickname in brackets stays a mention of its own: "Joko Widodo (Jokowi)"."""
        at = {m.start: m for m in mentions}
        dropped: set[int] = set()
        for m in sorted(mentions, key=lambda m: m.start):
            if id(m) in dropped or m.label != "ORG" or text[m.end : m.end + 2] != " (":
                continue
            inner = at.get(m.end + 2)
            if inner is None or inner is m or text[inner.end : inner.end + 1] != ")" or inner.label != m.label:
                continue
            if " " in text[inner.start : inner.end] and inner.actor is None:
                continue  # "Mondragon (Basque Country)": a name of several words in brackets is no abbreviation
            if m.actor is not None and inner.actor is not None and m.actor != inner.actor:
                continue
            m.end, m.actor = inner.end + 1, m.actor or inner.actor
            m.country, m.sector = m.country or inner.country, m.sector or inner.sector
            dropped.add(id(inner))
        return [m for m in mentions if id(m) not in dropped]

    @staticmethod
    def _outlets(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
        spans = [doc.source.publisher_span] + [v.span for v in doc.source.via]
        added = []
        for span in spans:
            if span is None:
                continue
            same = [m for m in mentions if (m.start, m.end) == span]
            for m in same:
                m.label, m.sector = "ORG", "MED"
            if not same and not any(m.start < span[1] and span[0] < m.end for m in mentions):
                added.append(_Mention(span[0], span[1], "ORG", sector="MED"))
        return added

    @staticmethod
    def _regions(doc: Doc, mentions: list[_Mention], nouns: frozenset[str]) -> list[_Mention]:
        """"the Donetsk region", "Kursk oblast": capitalised words right before a region noun are a
        place (GPE), whatever the model called them or if it missed them."""
        text, tokens = doc.text, doc.tokens
        added = []
        for i, (s, e) in enumerate(tokens):
            if i == 0 or text[s:e].lower() not in nouns or tokens[i - 1][1] == s:
                continue
            j = i
            while j > 0 and text[tokens[j - 1][0]].isupper() and text[tokens[j - 1][0] : tokens[j - 1][1]].isalpha():
                j -= 1
            if j == i or (j > 0 and tokens[j][0] - tokens[j - 1][1] == 0):
                continue
            span = (tokens[j][0], tokens[i - 1][1])
            same = [m for m in mentions if (m.start, m.end) == span]
            for m in same:
                if m.label in ("MISC", "ORG", "PER", "LOC") and m.actor is None:
                    m.label = "GPE"
            if not same and not any(m.start < span[1] and span[0] < m.end for m in mentions):
                added.append(_Mention(span[0], span[1], "GPE"))
        return added

    @staticmethod
    def _units(doc: Doc, mentions: list[_Mention], units: frozenset[str]) -> list[_Mention]:
        """"Batalion K", "Brigade Infanteri 20": a unit noun and the capitalised words or numbers after it."""
        text, tokens = doc.text, doc.tokens
        for m in mentions:  # the model's "Batalion K" is a unit whatever label it gave
            if text[m.start : m.end].split(" ", 1)[0] in units and " " in text[m.start : m.end]:
                m.label, m.sector = "ORG", m.sector or "MIL"
        added = []
        for i, (s, e) in enumerate(tokens):
            if text[s:e] not in units:
                continue
            j = i + 1
            while j < len(tokens) and tokens[j][0] - tokens[j - 1][1] <= 1 and (text[tokens[j][0]].isupper() or text[tokens[j][0]].isdigit()):
                j += 1
            if j == i + 1:
                continue
            span = (s, tokens[j - 1][1])
            if not any(m.start < span[1] and span[0] < m.end for m in mentions):
                added.append(_Mention(span[0], span[1], "ORG", sector="MIL"))
        return added

    @staticmethod
    def _titles(doc: Doc, mentions: list[_Mention], kb: KB, not_holders: frozenset[str]) -> list[_Mention]:
        """Offices: before a name they describe it; alone they stand for the holder on the day."""
        text = doc.text
        kept: list[_Mention] = []
        ordered = sorted(mentions, key=lambda m: m.start)
        for i, m in enumerate(ordered):
            if m.actor is None or m.actor.kind != "office":
                kept.append(m)
                continue
            following = next((n for n in ordered[i + 1 :] if n.start >= m.end), None)  # past names inside the title
            if following is not None and following.label == "PER" and text[m.end : following.start].strip() == "":
                following.office = m.actor
                continue  # the title is part of the person's description, not a mention of its own
            if _last_word(text, m.start) in not_holders:
                continue  # "mantan Presiden", "former President": not whoever holds it now
            holder = kb.office_holder(m.actor.id, doc.published) if m.actor.id in kb.offices else None
            if holder is not None:
                m.actor = holder.actor()
                m.label = "PER"
                kept.append(m)
        return kept

    @staticmethod
    def _organisation(words: str, m: _Mention, aliases: dict, sectors: tuple, lang: str) -> None:
        """An organisation naming a country takes it; its first (id) or last (en) head noun gives the sector."""
        tokens = _words(words)
        spans = sorted(((i, n) for n in range(1, len(tokens) + 1) for i in range(len(tokens) - n + 1)), key=lambda t: -t[1])
        for i, n in spans:
            actors = aliases.get(" ".join(tokens[i : i + n])) or ()
            country = next((a.country for a in actors if a.kind == "country" or a.label == "NORP"), None)
            if country:
                m.country = country
                break
        pattern, sector_of = sectors
        found = [match.group() for match in pattern.finditer(normalise(words))]
        if found:
            m.sector = sector_of[found[-1] if lang == "en" else found[0]]

    # --- linking ------------------------------------------------------------------------------

    def _link(self, doc: Doc, mentions: list[_Mention]) -> list[Entity]:
        text = doc.text
        clusters: dict[tuple, list[_Mention]] = {}
        surnames: dict[str, tuple] = {}
        first_names: dict[str, set] = {}
        # full names first, so that a surname mention can join its person
        for m in sorted(mentions, key=lambda m: (-(m.end - m.start) if m.label == "PER" else 0, m.start)):
            words = text[m.start : m.end]
            if m.actor is not None:  # a country and its nationality are two entities, as Russia and Russian are
                key: tuple = ("kb", m.actor.kind, m.actor.id, m.label == "NORP")
            else:
                variant = _name_key(words)
                owners = first_names.get(variant, set())
                given = next(iter(owners)) if len(owners) == 1 else None  # "Anwar" for Anwar Ibrahim, if only he
                person = surnames.get(variant) or given
                if person is not None and m.label in ("GPE", "LOC", "FAC"):
                    m.label = "PER"  # "Pruitt", "Yulia" read as places in a report about Scott Pruitt, Yulia Skripal
                key = (person if m.label == "PER" else None) or ("name", variant)
            clusters.setdefault(key, []).append(m)
            if m.label == "PER":
                parts = _name_key(words).split()
                if len(parts) > 1:
                    surnames.setdefault(parts[-1], key)
                    surnames.setdefault(_name_key(words), key)
                    first_names.setdefault(parts[0], set()).add(key)
        entities = []
        for cluster in clusters.values():
            ms = sorted(cluster, key=lambda m: (m.start, m.end))
            actor = next((m.actor for m in ms if m.actor is not None), None)
            office = next((m.office for m in ms if m.office is not None), None)
            labels = {m.label for m in ms}
            if actor is None:  # the label most mentions carry; on a tie, the first mention's
                counts = Counter(m.label for m in ms)
                label = max(counts, key=lambda lab: (counts[lab], -[m.label for m in ms].index(lab)))
            elif labels == {"NORP"}:
                label = "NORP"  # only ever the adjective: "North Korean troops"
            else:
                label = _KIND_LABEL.get(actor.kind, ms[0].label)
            name = actor.name if actor is not None else max((text[m.start : m.end] for m in ms), key=len)
            country = (actor.country if actor else None) or (office.country if office else None) or next((m.country for m in ms if m.country), None)
            sector = (actor.sector if actor else None) or (office.sector if office else None) or next((m.sector for m in ms if m.sector), None)
            entities.append(
                Entity(
                    id="",
                    label=label,
                    name=name,
                    country=country,
                    sector=sector,
                    kb=actor.kb if actor else None,
                    mentions=[(m.start, m.end) for m in ms],
                )
            )
        entities.sort(key=lambda e: e.mentions[0])
        for n, entity in enumerate(entities, 1):
            entity.id = f"E{n}"
        return entities


def _sector_pattern(sectors: dict[str, str]) -> tuple[re.Pattern[str], dict[str, str]]:
    """One regex for every sector head noun (longest first), and the sector of each."""
    phrases = sorted(sectors, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b"), sectors


def _is_country(actors) -> bool:
    return bool(actors) and actors[0].kind == "country"


def _last_word(text: str, end: int) -> str:
    """The word right before ``end``, lower-cased ("" at the start of a line)."""
    words = text[max(0, end - 40) : end].rsplit("\n", 1)[-1].split()
    return words[-1].lower() if words else ""


def _words(text: str) -> list[str]:
    return normalise(text).split()


def _name_key(name: str) -> str:
    """A person's name in a form that spelling variants share: Zelenskyy, Zelensky, Zelenskiy -> zelensky."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", normalise(name)) if not unicodedata.combining(c))
    folded = re.sub(r"[-']", " ", folded)
    folded = re.sub(r"(?:iy|yy|ii)\b", "y", folded)
    return re.sub(r"\s+", " ", folded).strip()


@stage(
    "entities.v1",
    requires=["doc.text", "doc.lang", "doc.tokens", "doc.sentences", "doc.source"],
    assigns=["doc.entities"],
)
def make_entities(settings: Settings) -> Entities:
    return Entities(settings)

