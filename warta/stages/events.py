"""events.v1: who did what to whom, where and when, in PLOVER, CAMEO and ACLED at once.

**Triggers.** A word or phrase of ``warta/lang/<code>/events.yaml`` (``triggers``) names a kind of
event ("membombardir", "menahan serangan", "shelled", "clashes"); ``warta/kb/events.yaml`` says
what the kind is in PLOVER (type, mode), CAMEO (code) and ACLED (event type and sub-event type,
where ACLED codes such an event), and how surely the word names it (``confidence``). Some
triggers count only with a word after them ("mengumpulkan" is a mobilisation of troops, not of
data: ``needs``; "intercepted" an interception only of something in the air) or not before
another ("serangan jantung": ``not_before``); an English verb's base form counts only after a
modal or "to" ("will support", not "the support of": ``base_forms``). A trigger inside a name is
not one; a trigger that names people names the actor too ("rioters pelted stones"). PLOVER's FIGHT
is conventional military force (air and artillery strikes, and violence whose subject is a military
weapon: "Israeli tanks fired"), its ASSAULT unconventional
violence, and a strike on a structure ("membombardir bendungan", "shelled a hospital"; the
language's ``property`` words) destroys property: ASSAULT.

**Arguments.** In the trigger's sentence, never across a clause word ("yang", "bahwa", "that",
``barriers``): the actor is the nearest actor-like entity before it and the target the nearest
after it (a person, an organisation, a country or nationality with its country; never a place
after a locative: "di Kursk", nor an unknown name before a weapon word: "a Kinzhal missile"; a
capital stands for its government: "Washington demanded"). A
passive trigger ("diserang", "was attacked") takes its actor after the agent word ("oleh", "by")
and its target before; a trigger of holding off ("menahan serangan ... dari pihak Rusia",
"repelled an attack by") takes the attacker after "dari"/"from".
Each argument carries the entity, its code (the country's ISO3, an organisation's CAMEO code:
NATO is ``IGONAT``) and its sector (the entity's, or the head noun before or after it:
"pasukan Ukraina", "Russian troops" -> MIL); a person holding an office of an organisation
named in the title ("Sekretaris Jenderal NATO Mark Rutte") takes the organisation's code and the
title into the span. "perjanjian ini" after an agreement takes the other party of the agreement
named before (its argument has no span: the words name the agreement, not the party). Two actors
joined by "dan"/"and" before the trigger: the first acts; for a two-sided kind (agree, meet,
cooperate, clash) the second is the target. A nominal trigger with both sides after "antara"/
"between" takes them in order. With no named actor, a word of a sector stands for one ("polisi",
"police", "protesters", "warga"): its sector, and the country of the event's place. An
organisation or person the knowledge base does not know, with no country of its own, acts for the
country of the event's place too ("Resistance Committees staged a protest in Omdurman": SDN);
international bodies and NGOs excepted (the entity keeps no country: only the event's code says it).
With no words for anyone at all, a protest or a riot in the report's lede, somewhere within a
country, is that country's people's (civilians, no span: ACLED's "Protesters (Kenya)"), and
violence or looting on the ground there an unidentified armed group's (``_Reader.crowds``).

**Place, date, amounts.** The place is where a coder's note put it ("coded to Salh district"), else
a town or district the writer qualified with the region that holds it ("Nova Friburgo (Rio de
Janeiro)", "Guapi municipality (Cauca)"; not the district or region in the brackets), else the first
resolved place named after the trigger in its sentence, else the first in the sentence (a country,
region, district, river or sea only when no town is named); never a place named only as an actor or
inside another name ("Russia said", "Toronto Police"). Where the sentence names no place the
gazetteer placed, it is the finest place named in the two sentences before (the latest of those).
The date is the first full date in the sentence (times stage), else the publication date.
Quantities in the sentence are attached;
``fatalities`` is the largest number of killed among them, "a man was killed" is one, and a death
toll in a sentence with no event of its own ("14 fatalities.") belongs to the event before it, and
so does a killing no one is named for ("Russian forces shelled Kherson. 1 civilian was killed.":
the killing stays an event too).

**English ACLED types.** An English event with an ACLED coding is recoded from its sentence by
the classifier in ``warta.events_model`` when it is sure (see ``Events._recode``). In every
language, the parties then settle what ACLED tells by them (``_Reader.acled_by_parties``): an
attack on an armed actor is a battle, a clash of unarmed groups mob violence, a demonstration
whose demonstrators throw stones or burn a riot, one the police break up or arrest a protest with
intervention. A drone or missile shot down is a disrupted weapons use the classifier does not
recode (``sure`` in the kinds file), and the weapon named beside it no strike of its own. An ACLED
note that opens with its coder's label ("Movement of forces: ...", ``note_labels``) is coded as the
label says (``Events._coder_label``), and a label PLOVER has no type for ("Displacement:",
"Elections/referendum:", "Training:") is an event with ``type`` None and ACLED's Strategic
developments, Other; the place a note says it is "coded to" is the event's place. The classifier
never turns a weapon's explosion into an attack on its victims ("A landmine killed two
children"), nor a foreign army's capture told with no word of peace into a handover.

**Confidence.** The trigger's, lower for an event with no actor and for each sentence after the
lede (newswriting's inverted pyramid: the first sentence tells the main event). After an earlier
event in its sentence, lower for one named right after it in its clause ("rejected an offer of
talks": the talks are what was rejected), in a subordinate clause ("... Macedonia, which is
preparing an offensive") or as a noun in a prepositional phrase ("complained to the UN over two
air raids"): the report's main event ranks first.

**Status.** An event in the future is what CAMEO makes of it (``future_as`` in the kinds file):
"will provide aid", "akan bertemu" are pledges (AGREE), "will strike" a threat (THREATEN); a
negated act of cooperation is a rejection (``negated_as``: "would not meet", "tidak akan bertemu"
are REJECT, asserted).
``denied`` after a denial in the sentence ("membantah"), ``negated`` ("tidak",
"not"), ``hypothetical`` ("dapat", "jika", "could") or ``future`` ("akan", "will") in the four
tokens before the trigger, ``claimed`` when a report cue is in the sentence ("mengonfirmasi
bahwa", "said"; the claims stage links the claim), else ``asserted``.

A verbal or cooperative event (SUPPORT, AID, CONSULT, DEMAND, AGREE, ...) that names no one (no
actor or target with an entity or a code) is dropped: "mendukung kelancaran operasional" names no
event; armed people named by their kind count for a withdrawal or a surrender ("Government troops
withdrew").

**One event per occurrence.** Mentions of one type with the same actor, target, place and date
in a report are one event (their quantities joined, the highest confidence kept; a withdrawal
takes the ACLED coding of a handover in its sentence); FIGHT and ASSAULT count as one type here
("shelled the city, killing three"). Events are
numbered V1, V2, ... in text order.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from .. import events_model
from .. import lang as langdata
from ..doc import Acled, Argument, Doc, Entity, Event, Place
from ..kb import KB
from ..registry import stage
from ..settings import Settings

_ACTOR_LABELS = {"PER", "ORG", "NORP", "GPE"}
_VIOLENT = {"ASSAULT", "FIGHT", "COERCE"}
# CAMEO sectors of armed, organised actors (ACLED's battles are between them) and of civilians
_VIOLENCE_TYPES = {"Battles", "Violence against civilians", "Explosions/Remote violence"}
_ARMED = {"MIL", "COP", "REB", "UAF", "SPY"}
_UNARMED = {"CVL", "PTY", "OPP", "EDU", "LAB", "MED", "REL", "HLH", "REF", "BUS", "NGO"}
_CIVILIAN = {"CVL", "EDU", "LAB", "MED", "REL", "HLH", "REF"}  # people no one may attack as combatants
# the ACLED explosions an unidentified group sets off (an air strike or a shelling is an army's)
_UNSEEN_WEAPONS = {"Remote explosive/landmine/IED", "Grenade"}
_ON_THE_GROUND = {"Violence against civilians", "Explosions/Remote violence", "Battles"}  # ACLED types a band can do
_BOMBINGS = {"Suicide bomb", "Remote explosive/landmine/IED", "Air/drone strike"}  # no crowd control (not a stun grenade)
_ARMY_WEAPONS = {"Air/drone strike", "Shelling/artillery/missile attack"}  # ... but for these, an army's
_ADDRESSED = {"DEMAND", "THREATEN"}  # the subject of the clause after "demanded that" is whom it addresses
_PARTYLESS = _VIOLENT | {"PROTEST", "MOBILIZE"}  # an attack or a protest is an event even when no one is named
# the event's place: the finer, the better; a river or a sea only where no town is named ("on the road to the Pacific")
_COARSENESS = {"country": 3, "region": 3, "admin1": 2, "district": 1, "water": 1, None: 1}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
# a town joined by a hyphen to another after or before it ("Chilpancingo-Acapulco")
_HYPHEN_NEXT = re.compile(r"\s?[-–]\s?[A-Z][\w'’]*(?:\s[A-Z][\w'’]*){0,2}")
_HYPHEN_PREVIOUS = re.compile(r"[A-Z][\w'’]*(?:\s[A-Z][\w'’]*){0,2}\s?[-–]\s?$")
_SCORE = re.compile(r"(?<![\w.,-])\d{1,2}\s?[-–]\s?\d{1,2}(?![\w.,-])")  # a match's score: "2-1", "3 – 0"
_WINDOW = 4  # tokens before a trigger read for its status
ACLED_SURE = 0.5  # the English ACLED classifier's probability above which its coding is kept ...
ACLED_CERTAIN = 0.9  # ... and above which it may change the trigger's family and the PLOVER type
GOVERNED = 0.5  # the weight of an event named in the clause of an earlier one ("rejected an offer of talks")
SUBORDINATE = 0.6  # ... of one in a subordinate clause ("... Macedonia, which is preparing an offensive")
_INTENT = {"THREATEN", "DEMAND", "AGREE"}  # whose target may be the one the act it names is on
IN_PHRASE = 0.7  # ... of a noun inside a prepositional phrase ("complained to the UN over two air raids")
_FAMILIES = ({"ASSAULT", "FIGHT", "COERCE"}, {"PROTEST", "COERCE"}, {"AGREE"}, {"MOBILIZE", "RETREAT"}, {"CONCEDE"})


def _kinds() -> tuple[dict[str, dict[str, Any]], dict[str, list], dict[str, list], dict[str, list]]:
    data = yaml.safe_load(resources.files("warta.kb").joinpath("events.yaml").read_text(encoding="utf-8"))
    return data["kinds"], data["acled_plover"], data["future_as"], data["negated_as"]


class _Lang:
    def __init__(self, code: str, kb: KB):
        data = langdata.load(code, "events")
        self.code = code
        self.triggers = langdata.phrases(data["triggers"])
        self.needs = {k: frozenset(v) for k, v in (data.get("needs") or {}).items()}
        self.needs_in_sentence = {k: frozenset(v) for k, v in (data.get("needs_in_sentence") or {}).items()}
        self.withdrawing = frozenset(data.get("withdrawing") or ())
        self.entering = frozenset(data.get("entering") or ())
        self.enlistment = langdata.phrases(dict.fromkeys(data.get("enlistment") or (), True))
        self.base_forms = frozenset(data.get("base_forms") or ())
        self.modals = frozenset(data.get("modals") or ())
        self.not_before = {k: frozenset(v) for k, v in (data.get("not_before") or {}).items()}
        self.passive_prefixes = tuple(data.get("passive_prefixes") or ())
        self.passive_markers = frozenset(data.get("passive_markers") or ())
        self.agent = frozenset(data["agent"])
        self.source = frozenset(data["from"])
        self.origin = frozenset(data.get("origin") or ())
        self.distances = frozenset(data.get("distances") or ())
        self.roads = frozenset(data.get("roads") or ())
        self.roads_before = frozenset(data.get("roads_before") or ())
        self.barriers = frozenset(data["barriers"])
        self.complementizers = frozenset(data.get("complementizers") or ())
        self.relatives = frozenset(data["relatives"])
        self.joins_with = frozenset(data.get("joins_with") or ())
        self.clause_breaks = frozenset(data.get("clause_breaks") or ())
        self.joins = frozenset(data["joins"])
        self.between = frozenset(data["between"])
        self.locative = frozenset(data["locative"])
        self.place_parts = frozenset(data.get("place_parts") or ())
        self.possessive_endings = frozenset(data.get("possessive_endings") or ())
        self.installed_endings = frozenset(data.get("installed_endings") or ())
        self.recipient = frozenset(data.get("recipient") or ())
        self.place_cues = [tuple(p.split()) for p in data.get("place_cues") or ()]
        self.firearms = langdata.phrases(dict.fromkeys(data.get("firearms") or (), True))
        # the words after a place's name that say what kind it is ("municipality", "district"): the places stage's
        self.kind_words = frozenset(k for k, v in (langdata.load(code, "places").get("kinds_after") or {}).items() if v != "local")
        self.future = frozenset(data["future"])
        self.hypothetical = frozenset(data["hypothetical"])
        self.conditional = frozenset(data["conditional"])
        self.negated = frozenset(data["negated"])
        self.denied = langdata.phrases(dict.fromkeys(data["denied"], True))
        self.claimed = langdata.phrases(dict.fromkeys(data["claimed"], True))
        self.agreement_nouns = frozenset(data["agreement_nouns"])
        self.restrictions = frozenset(data.get("restrictions") or ())
        self.separation = frozenset(data.get("separation") or ())
        self.reporting = frozenset(data.get("reporting") or ())
        self.person_pronouns = frozenset(data.get("person_pronouns") or ())
        self.ethnic = frozenset(data.get("ethnic") or ())
        self.obligation = frozenset(data.get("obligation") or ())
        self.demonstratives = frozenset(data["demonstratives"])
        self.sectors = kb.sectors(code)
        self.sector_phrases = langdata.phrases(self.sectors)
        self.singular_passive = frozenset(data["singular_passive"])
        self.singular_object = frozenset(data.get("singular_object") or ())
        self.plural_auxiliaries = frozenset(data.get("plural_auxiliaries") or ())
        self.singular_s_words = frozenset(data.get("singular_s_words") or ())
        self.military_sites = frozenset(data.get("military_sites") or ())
        self.sites_taken_verbs = frozenset(data.get("sites_taken_verbs") or ())
        self.military_sites_of_others = frozenset(data.get("military_sites_of_others") or ())
        self.evacuation = frozenset(data.get("evacuation") or ())
        self.officials_verbs_after = frozenset(data.get("officials_verbs_after") or ())
        self.occupation_words = frozenset(data.get("occupation_words") or ())
        self.sabotage_targets = frozenset(data.get("sabotage_targets") or ())
        self.hurt_words = frozenset(data.get("hurt_words") or ())
        self.not_one = frozenset(data.get("not_one") or ())
        self.one_victim_pronouns = frozenset(data.get("one_victim_pronouns") or ())
        self.definite_articles = frozenset(data.get("definite_articles") or ())
        self.not_killed_before = frozenset(data.get("not_killed_before") or ())
        self.military_weapons = frozenset(data["military_weapons"])
        self.property = frozenset(data["property"])
        self.violent_protest = frozenset(data["violent_protest"])
        self.peaceful = frozenset(data["peaceful"])
        self.head_last = bool(data["head_last"])
        self.head_before = frozenset(data.get("head_before") or ())
        self.armed = frozenset(data["armed"])
        self.weapons = dict(data["weapons"])
        self.crowd_control = frozenset(data["crowd_control"])
        self.crowd_arms = frozenset(data.get("crowd_arms") or ())
        self.demonstrators = frozenset(data.get("demonstrators") or ())
        self.crowd = frozenset(data.get("crowd") or ()) | self.demonstrators
        self.rioting = frozenset(data.get("rioting") or ())
        self.intervention = frozenset(data.get("protest_intervention") or ())
        self.note_labels = {k.lower(): tuple(v) for k, v in (data.get("note_labels") or {}).items()}
        self.label = re.compile(r"^\s*([A-Z][A-Za-z/ -]{2,40}):\s")  # "Property destruction: On 20 February ..."
        self.police = frozenset(data.get("police") or ())
        self.fighting = frozenset(data["fighting"])
        self.subordinate = frozenset(data["subordinate"])
        self.prepositions = frozenset(data["prepositions"])
        self.modifiers = frozenset(data["modifiers"])
        self.headline_passive = frozenset(data.get("headline_passive") or ())
        self.headline_not = frozenset(data.get("headline_not") or ())
        self.disasters = langdata.phrases(dict.fromkeys(data.get("disasters") or (), True))
        self.vehicles = frozenset(data.get("vehicles") or ())
        self.not_after = [tuple(p.split()) for p in data.get("not_after") or ()]
        self.seized_arms = frozenset(data.get("seized_arms") or ())
        self.regaining = frozenset(data.get("regaining") or ())
        self.told_before = frozenset(data.get("told_before") or ())
        self.participles = frozenset(data.get("participles") or ())
        self.persons = frozenset(data.get("persons") or ())
        self.contraband = frozenset(data.get("contraband") or ())
        self.peace_terms = frozenset(data.get("peace_terms") or ())
        self.not_passive = frozenset(data.get("not_passive") or ())
        self.needs_in_passive = frozenset(data.get("needs_in_passive") or ())
        self.progressive = tuple(data.get("progressive") or ())
        self.ultimatum = frozenset(data.get("ultimatum") or ())
        self.recode_near = {k: dict(v) for k, v in (data.get("recode_near") or {}).items()}
        self.sport_words = frozenset(data.get("sport_words") or ())
        self.needs_before = frozenset(data.get("needs_before") or ())
        self.chemical_agents = frozenset(data.get("chemical_agents") or ())
        self.ground_fighting = frozenset(data.get("ground_fighting") or ())
        self.lawful_captors = frozenset(data.get("lawful_captors") or ())
        self.disappeared = langdata.phrases(dict.fromkeys(data.get("disappeared") or (), True))
        self.live_fire = langdata.phrases(dict.fromkeys(data.get("live_fire") or (), True))
        self.aircraft = frozenset(data.get("aircraft") or ())
        self.given_up = langdata.phrases(dict.fromkeys(data.get("given_up") or (), True))
        self.others = frozenset(data.get("others") or ())
        self.not_preceded = {k: frozenset(v) for k, v in (data.get("not_preceded") or {}).items()}
        self.instrument = frozenset(data.get("instrument") or ())
        self.joined_modifiers = frozenset(data.get("joined_modifiers") or ())
        self.held_regions = {k: dict(v) for k, v in (data.get("held_regions") or {}).items()}
        self.held_towns = {k: {n: tuple(x) for n, x in v.items()} for k, v in (data.get("held_towns") or {}).items()}
        self.occupiers = {k: frozenset(v) for k, v in (data.get("occupiers") or {}).items()}
        self.business_deals = frozenset(data.get("business_deals") or ())
        self.hedges = frozenset(data.get("hedges") or ())
        self.kin = frozenset(data.get("kin") or ())
        self.possessives = frozenset(data.get("possessives") or ())
        self.lone_persons = frozenset(data.get("lone_persons") or ())
        self.captors = frozenset(data.get("captors") or ())
        self.criminals = frozenset(data.get("criminals") or ())
        self.crimes = frozenset(data.get("crimes") or ())
        self.former = frozenset(data.get("former") or ())
        self.alleged_by = frozenset(data.get("alleged_by") or ())
        self.told_pronouns = frozenset(data.get("told_pronouns") or ())
        self.auxiliaries = frozenset(data.get("auxiliaries") or ())
        self.complement_times = frozenset(data.get("complement_times") or ())
        self.operation_names = frozenset(data.get("operation_names") or ())
        self.apposition_verbs = frozenset(data.get("apposition_verbs") or ())
        self.apposition_openers = frozenset(data.get("apposition_openers") or ())
        self.to_death = tuple(data.get("to_death") or ())
        self.of_words = frozenset(data.get("of_words") or ())
        self.alleged_skips = frozenset(data.get("alleged_skips") or ())
        self.crime_links = frozenset(data.get("crime_links") or ())


@dataclass
class _Mention:
    """An entity mention that may act: its tokens, entity and code."""

    first: int
    last: int
    entity: Entity
    code: str | None
    sector: str | None


class Events:
    def __init__(self, settings: Settings):
        self.settings = settings
        self._langs: dict[str, _Lang | None] = {}
        self._kinds: dict[str, dict[str, Any]] | None = None
        self._acled_plover: dict[str, list] = {}
        self._future_as: dict[str, list] = {}
        self._negated_as: dict[str, list] = {}
        self._igo_codes: dict[str, str] | None = None

    def __getstate__(self) -> dict:
        return {"settings": self.settings, "_langs": {}, "_kinds": None, "_acled_plover": {}, "_future_as": {}, "_negated_as": {},
                "_igo_codes": None}

    def _lang(self, code: str | None) -> _Lang | None:
        if code not in self._langs:
            if code is None or code not in langdata.available("events"):
                self._langs[code] = None  # type: ignore[index]
            else:
                self._langs[code] = _Lang(code, KB.load())
        return self._langs[code]  # type: ignore[index]

    def __call__(self, doc: Doc) -> Doc:
        lang = self._lang(doc.lang)
        if lang is None or not doc.tokens:
            doc.events = []
            return doc
        if self._kinds is None:
            self._kinds, self._acled_plover, self._future_as, self._negated_as = _kinds()
            self._igo_codes = {g.kb: g.code for g in KB.load().igos.values() if g.kb}
        reader = _Reader(doc, lang, self._kinds, self._igo_codes or {})
        doc.events = reader.events()
        for event in doc.events:  # "will provide aid" is a pledge (AGREE), "will strike" a threat
            if event.status == "future" and event.trigger in reader.ultimatums and event.type not in _ADDRESSED:
                event.type, event.cameo, event.mode = "THREATEN", "130", None  # "will withdraw ... unless": a threat
            elif event.status == "future" and event.type in self._future_as:
                event.type, event.cameo = self._future_as[event.type]
                event.mode = None
            elif event.status == "negated" and event.type in self._negated_as:  # "would not meet": a rejection
                event.type, event.cameo = self._negated_as[event.type]
                event.mode, event.status = None, "asserted"
        if doc.lang == "en":
            self._recode(doc, reader)
        for event in doc.events:
            reader.acled_by_parties(event)
        reader.alleged(doc.events)
        self._coder_label(doc, reader)
        reader.crowds(doc.events)
        return doc

    def _coder_label(self, doc: Doc, reader: _Reader) -> None:
        """An ACLED note opening with its coder's label ("Property destruction: On 20 February ...",
        ``note_labels`` in the language's events.yaml) is coded as the label says: the report's main
        event takes that ACLED type (and the PLOVER type ACLED's crosswalk gives it, if any); a note
        whose words name no event gets one, on the label: with no PLOVER type where PLOVER has none
        ("Displacement:", "Elections/referendum:", "Training:" are ACLED's Strategic developments,
        Other)."""
        m = reader.lang.label.match(doc.text)
        coding = reader.lang.note_labels.get(m.group(1).lower()) if m else None
        if coding is None:
            return
        acled = Acled(event_type=coding[0], sub_event_type=coding[1])
        plover, mode, cameo = self._acled_plover.get(coding[1]) or (None, None, None)
        # the label's own word read as a trigger ("Looting: ... Russian forces looted houses") names no one:
        # the event the note's words tell is the main one
        told = [e for e in doc.events if e.trigger is None or e.trigger[0] >= m.end(1)]
        if told and len(told) < len(doc.events):
            doc.events = told
        if doc.events:
            main = max(doc.events, key=lambda e: e.confidence or 0.0)
            main.acled = acled
            if main.trigger is not None and main.trigger[0] < m.end(1) and (main.actor is None or main.actor.entity is None) \
                    and (end := reader.token_ending.get(m.end(1))) is not None \
                    and (subject := reader.label_subject(end + 1)) is not None:
                main.actor = subject  # "Looting: ... Russian soldiers stole": the label's word names no one
            if plover and plover != main.type:
                main.type, main.mode, main.cameo = plover, mode, cameo
        else:
            i, end = reader.token_at.get(m.start(1)), reader.token_ending.get(m.end(1))
            if i is None or end is None:
                return
            doc.events = [reader.labelled(i, end + 1, plover, mode, cameo, acled)]

    def _recode(self, doc: Doc, reader: _Reader) -> None:
        """English events' ACLED codes: the classifier reads each one's sentence (an event ACLED's
        words would not code too: "deployed" may be a change to a group's activity) and, when it is sure
        (probability >= ``ACLED_SURE`` within the trigger's family of types, ``ACLED_CERTAIN``
        across), its sub-event type replaces the trigger word's coding; at ``ACLED_CERTAIN`` the
        PLOVER type and CAMEO code follow it. A sure coding raises the event's confidence, still
        weighed by where the trigger stands in its sentence (``reader.salience``). A sentence with a
        trigger whose coding is ``sure`` in ``warta/kb/events.yaml`` (an interception) is left as the
        words code it, and one that names a firearm (``firearms``: "small arms") is never recoded
        as an explosion."""
        model = events_model.load()
        said: dict[tuple[int, int], tuple[str, float]] = {}
        for event in doc.events:
            if event.sentence is None:
                continue
            if event.sentence in reader.sure:
                continue  # "shot down 3 drones": an interception, whatever the drones say to the classifier
            if event.sentence not in said:
                sentence = reader.sentence_tokens(reader.token_at[event.sentence[0]])
                said[event.sentence] = model.predict(reader.raw[sentence.start : sentence.stop])
            sub, p = said[event.sentence]
            if events_model.event_type_of(sub) == "Explosions/Remote violence" and reader.names_firearms(event.trigger):
                continue  # "fired at a civilian car with small arms": a shooting, whatever "Russian forces fired" suggests
            if (event.acled is not None and event.acled.sub_event_type == "Air/drone strike" and sub == "Remote explosive/landmine/IED"
                    and event.trigger and reader.names_weapon(event.trigger)):
                continue  # "a Russian drone dropped an explosive device": the drone's strike
            if (event.acled is not None and event.acled.sub_event_type == "Arrests" and sub == "Abduction/forced disappearance"
                    and reader.home_authority(event)):
                continue  # "the SBU detained an agent ... who was planning terrorist attacks": the state's own arrest
            if (event.acled is not None and event.acled.sub_event_type == "Arrests" and events_model.event_type_of(sub) == "Riots"
                    and event.actor is not None and event.actor.sector in ("COP", "SPY", "MIL", "GOV")):
                continue  # "the SBU detained a man suspected of spying for Russia": the state's arrest, no mob's
            if sub == "Non-violent transfer of territory" and reader.invading(event):
                continue  # "Russian forces took control of Avdiivka": a foreign army takes ground by force unless told otherwise
            spec = (self._kinds or {}).get(reader.kind_at(event.trigger) or "", {}) if event.trigger else {}
            if spec.get("fixed"):
                continue  # "The military seized power and detained the president": a coup, whatever the arrest suggests
            if spec.get("keep") and events_model.event_type_of(sub) in _VIOLENCE_TYPES:
                continue  # "raped", "lynched", "blew himself up": the words tell which violence (not "a protest over the rape")
            if (event.acled is not None and event.acled.event_type == "Explosions/Remote violence"
                    and events_model.event_type_of(sub) != event.acled.event_type
                    and (spec.get("mode") == "explosive"
                         or spec.get("mode") in ("aerial", "heavy-weapons") and reader.strike_alone(event.trigger, sub)
                         or sub in ("Attack", "Armed clash") and reader.names_weapon(event.trigger))):
                # "A landmine killed two children", "RSF shelling of El Fasher killed 10 civilians", "A drone
                # strike killed a commander", "a Ukrainian FPV drone hit a car": the explosion, the shelling, the
                # strike, whoever it killed
                continue
            if spec.get("acled") and spec["acled"][1] == "Looting/property destruction" and sub in ("Attack", "Armed clash") \
                    and not any(e is not event and e.type in ("ASSAULT", "FIGHT") for e in doc.events):
                continue  # "Unidentified men set fire to a primary school": property burned, no one hurt
            plover, mode, cameo = self._acled_plover.get(sub) or (None, None, None)
            # trained on ACLED's notes only, it knows no other prose: it may refine a coding within
            # the trigger's family (an attack into a shelling) but overrule the trigger only when
            # all but certain (a "killing" in a protest note)
            same_family = plover is not None and any(event.type in f and plover in f for f in _FAMILIES)
            if p < (ACLED_SURE if same_family else ACLED_CERTAIN):
                continue
            event.acled = Acled(event_type=events_model.event_type_of(sub), sub_event_type=sub)
            # the PLOVER type follows only a sure coding; a strike on a structure stays an assault on
            # property (see _Reader._event), which ACLED's types do not tell from a fight
            on_property = plover == "FIGHT" and mode in ("aerial", "heavy-weapons") and event.type == "ASSAULT"
            if plover and plover != event.type and p >= ACLED_CERTAIN and not on_property:
                event.type, event.mode, event.cameo = plover, mode, cameo
            weight = _lede(doc.sentence_at(event.sentence[0])) * reader.salience.get(event.trigger or (0, 0), 1.0)
            event.confidence = round(max(event.confidence or 0.0, p * weight), 3)


class _Reader:
    """One report: its tokens, sentences and the records of the stages before, indexed by token."""

    def __init__(self, doc: Doc, lang: _Lang, kinds: dict[str, dict[str, Any]], igo_codes: dict[str, str]):
        self.doc, self.lang, self.kinds, self.igo_codes = doc, lang, kinds, igo_codes
        text = doc.text
        self.raw = [text[s:e] for s, e in doc.tokens]
        self.words = [w.lower() for w in self.raw]
        self.sentence_of = doc.token_sentences()
        self.bounds: dict[int, tuple[int, int]] = {}  # sentence -> its first and last token
        for j, k in enumerate(self.sentence_of):
            self.bounds[k] = (self.bounds.get(k, (j, j))[0], j)
        self.token_at = {s: i for i, (s, _) in enumerate(doc.tokens)}
        self.token_ending = {e: i for i, (_, e) in enumerate(doc.tokens)}
        self.in_entity: set[int] = set()
        self.mentions: list[_Mention] = []
        self.salience: dict[tuple[int, int], float] = {}  # trigger -> how main its clause is (1 = main)
        self.ultimatums: set[tuple[int, int]] = set()  # triggers of acts a condition after them makes threats
        self.sure: set[tuple[int, int]] = set()  # sentences with a trigger whose ACLED coding no classifier changes
        self.unseen: dict[tuple[int, int], str] = {}  # triggers of violence no one is named for -> the place's country
        # triggers of events no one is named for in the lede -> the place's country, and whether told in the passive
        self.crowd_country: dict[tuple[int, int], tuple[str, bool]] = {}
        self.entity_by_id = {e.id: e for e in doc.entities}
        # the countries the report's places lie in: named twice, or the only one
        named = Counter(place.country for place in doc.places if place.country and not place.in_name for _ in place.mentions)
        self.place_countries = {c for c, n in named.items() if n > 1 or len(named) == 1}
        # a capital named as an actor stands for its country ("Washington demanded", "Moskwa membantah")
        capitals = {span: place.country for place in doc.places if place.feature == "PPLC" and place.country
                    for span in map(tuple, place.mentions)}
        for entity in doc.entities:
            for s, e in entity.mentions:
                first, last = self.token_at.get(s), self.token_ending.get(e)
                if last is None and first is not None:  # "Israel's attack": the possessive ending is the name's token's
                    j = next((self.token_at[p] for p in range(e - 1, s - 1, -1) if p in self.token_at), first)
                    te = doc.tokens[j][1]
                    ending = text[e:te].lower().replace("\u2019", "'")
                    last = j if te > e and (ending in self.lang.possessive_endings or entity.label == "NORP" and ending in self.lang.installed_endings) else None
                    if last is not None and entity.label in ("GPE", "LOC") and last + 1 < len(self.words) and (
                            self.words[last + 1] in self.lang.place_parts or self.words[last + 1] in self.lang.kind_words):
                        last = None  # "Syria's north-east", "Syria's Idlib province": a place, no party
                if first is None or last is None:
                    continue
                self.in_entity.update(range(first, last + 1))
                if entity.label in _ACTOR_LABELS and (entity.label in ("PER", "ORG") or entity.country):
                    self.mentions.append(_Mention(first, last, entity, self._code(entity), entity.sector))
                elif entity.label in ("GPE", "LOC") and (s, e) in capitals:
                    country = KB.load().country_by_iso2(capitals[(s, e)])
                    if country is not None:
                        self.mentions.append(_Mention(first, last, entity, country.iso3, "GOV"))
        self.mentions.sort(key=lambda m: m.first)
        # a group named by its kind alone that the model read as a nationality of no country ("Jihadists",
        # "Islamists"): no actor of its own, but its kind word names one (see _unnamed)
        self.kind_names: set[int] = {j for entity in doc.entities if entity.label == "NORP" and not entity.country
                                     for s, e in entity.mentions
                                     if (j := self.token_at.get(s)) is not None and self.token_ending.get(e) == j}
        # words no trigger opens: names, and times ("On 4 March 2022": the month, not a march)
        self.no_trigger = set(self.in_entity)
        self.in_time: set[int] = set()
        for t in doc.times:
            first, last = self.token_at.get(t.span[0]), self.token_ending.get(t.span[1])
            if first is not None and last is not None:
                self.no_trigger.update(range(first, last + 1))
                self.in_time.update(range(first, last + 1))

    def _code(self, entity: Entity) -> str | None:
        if entity.country:
            return entity.country
        if entity.sector == "IGO" and entity.kb:
            return self.igo_codes.get(entity.kb)
        return None

    def _phrase(self, i: int, table: dict) -> tuple[int, Any] | None:
        return langdata.phrase_at(self.words, i, table)

    def sentence_tokens(self, i: int, count: int = 1) -> range:
        """The tokens of the sentence of token ``i`` (and of the ``count - 1`` sentences after it)."""
        k = self.sentence_of[i]
        last = max(self.bounds[j][1] for j in range(k, k + count) if j in self.bounds)
        return range(self.bounds[k][0], last + 1)

    # --- the events --------------------------------------------------------------------------

    def events(self) -> list[Event]:
        found: list[Event] = []
        i, n = 0, len(self.words)
        while i < n:
            hit = self._phrase(i, self.lang.triggers) if i not in self.no_trigger else None
            if hit is None or not self._counts(i, hit[0]):
                i += 1
                continue
            end, kind = hit
            if found and self._instrument(i, end, found[-1]):
                i = end  # "attacked Ukrainian positions ... with thermobaric rockets": the weapon of the attack told
                continue
            event = self._event(i, end, self._recoded(i, end, str(kind)))
            if event is not None and found and found[-1].sentence == event.sentence:
                # after a first event in its sentence: "rejected an offer of talks", "agreed to postpone
                # the demonstration" name what the first is about; "complained ... over two air raids",
                # "... Macedonia, which is preparing an offensive" name its background
                governed = self._governed(found[-1], i)
                for earlier in found:  # "After weeks of fierce fighting, the army retook the town": the opener is background
                    last = self.token_ending.get(earlier.trigger[1]) if earlier.trigger else None
                    if earlier.sentence == event.sentence and last is not None and self._opener_closed(last, i) \
                            and earlier.trigger not in self.salience:
                        earlier.confidence = round((earlier.confidence or 0.0) * SUBORDINATE, 3)
                        self.salience[earlier.trigger] = SUBORDINATE
                weight = GOVERNED if governed else self._salience(i)
                if event.status == "hypothetical" and found[-1].status != "hypothetical":
                    weight = min(weight, SUBORDINATE)  # "will withdraw ... unless X arranged a ceasefire with rebels fighting"
                event.confidence = round((event.confidence or 0.0) * weight, 3)
                self.salience[event.trigger] = weight
                earlier = found[-1]
                if governed and (earlier.target is None or earlier.target.code is None and earlier.target.entity is None) \
                        and (earlier.type in _INTENT or earlier.type == "SANCTION" and event.type in ("AID", "CONSULT", "COOPERATE", "AGREE")) \
                        and event.target is not None and event.target.code and (
                            earlier.actor is None or earlier.actor.code != event.target.code
                            or event.target.sector not in (None, earlier.actor.sector)):
                    # "threatened to launch a strike against South Korea", "pledged to supply air defence to
                    # Ukraine": whom the act it names is on
                    earlier.target = Argument(span=event.target.span, entity=event.target.entity,
                                              code=event.target.code, sector=event.target.sector)
            if event is not None and found and found[-1].sentence == event.sentence and found[-1].type == "MOBILIZE" \
                    and event.type in _VIOLENT and self.words[i - 1] in self.lang.joins:
                # "crossed the border and captured Strilecha": the move told for the violence right after it
                found[-1].confidence = round((found[-1].confidence or 0.0) * GOVERNED, 3)
            if event is not None:
                if event.type == "AGREE" and event.target is None:
                    event.target = self._agreement_party(end, event, found)
                if self._ultimatum(end):
                    self.ultimatums.add(event.trigger)
                found.append(event)
            i = end
        self._tolls(found)
        self._orphan_deaths(found)
        self._unseen_hands(found)
        taking = {e.trigger for e in found if e.trigger and self._takes_a_place(e.trigger)}
        return _merge(self._intercepted(found), taking)

    def crowds(self, found: list[Event]) -> None:
        """"Around 600 people demonstrated in Haag", "a group set fire to the house in Trelew": a protest or
        a riot whose crowd no one names is the people's of the country where it happened (ACLED's
        "Protesters (Austria)", "Rioters (Argentina)"; PLOVER's "demonstrators in Dili" are East Timor's
        civilians; "a woman was detained for laying flowers" is the protester's); "an explosion took place
        outside the court", "Looting: unidentified armed men robbed the radio station": violence or looting
        on the ground no one is named for, told in the active, before any whose actor the report names, is an unidentified armed group's of that country (an air strike or a shelling is an
        army's; see ``_unseen_hands`` for the passive); an arrest no one is named for is the police's of
        the country it is in ("a woman was detained for holding a blank sheet of paper"), or of the state
        that holds the region (``held_regions``: Crimea's police are Russia's, as ACLED codes them), and a
        crowd named by its kind alone with no country is of the place's. Given once the events are
        merged and coded: an actor no one names joins no two occurrences and changes no coding."""
        named_violence = False
        for event in found:
            acled = event.acled.event_type if event.acled else None
            if event.actor is None and event.acled is not None and event.acled.sub_event_type == "Arrests":
                if (country := self._police_country(event.place)) is not None:
                    event.actor = Argument(span=None, entity=None, code=country, sector="COP")
                continue
            if acled in ("Protests", "Riots") and event.actor is not None and not event.actor.code and not event.actor.entity:
                event.actor.code = self._place_country(event.place)  # "a man held a single picket" in Yekaterinburg
                continue
            country, passive = self.crowd_country.get(event.trigger, (None, False)) if event.actor is None else (None, False)
            if country is not None and (event.type == "PROTEST" or acled in ("Protests", "Riots")):
                event.actor = Argument(span=None, entity=None, code=country, sector="CVL")
            elif country is not None and not passive and not named_violence and (acled in _ON_THE_GROUND or event.acled is not None and (
                    event.acled.sub_event_type == "Looting/property destruction")) and event.acled.sub_event_type not in _ARMY_WEAPONS:
                event.actor = Argument(span=None, entity=None, code=country, sector="UAF")
            elif event.actor is not None and event.type in _VIOLENT:
                named_violence = True

    def _ultimatum(self, end: int) -> bool:
        """A condition right after the act in its clause ("will withdraw its troops unless ...",
        "will cut aid if ... does not"): an act offered as a threat."""
        words = self._same_sentence(end, end + 12)
        for w in words:
            if w in self.lang.ultimatum:
                return True
            if w in self.lang.barriers or w in (",", ";"):
                return False
        return False

    def _instrument(self, i: int, end: int, before: Event) -> bool:
        """Whether the weapon named at ``i`` (a word of ``weapons``) comes after an instrument word
        (``instrument``: "with", "using") at most four words before it, or further through a list of
        weapons ("with artillery, MLRS and mortars"), in the sentence of an armed attack told right
        before it: the attack's weapon, no event of its own."""
        if before.type not in ("ASSAULT", "FIGHT") or before.trigger is None or before.trigger[1] not in self.token_ending:
            return False
        last = self.token_ending[before.trigger[1]]
        if self.sentence_of[last] != self.sentence_of[i] or not any(self.words[j] in self.lang.weapons for j in range(i, end)):
            return False
        for j in range(i - 1, max(last, i - 9), -1):  # "with artillery, MLRS and mortars": through the list of weapons
            if self.words[j] in self.lang.instrument:
                return True
            if j < i - 4 and not (self.words[j] in self.lang.weapons or self.words[j] in self.lang.joins
                                  or self.words[j] == "," or self.raw[j].isupper()):
                return False
        return False

    def _tolls(self, found: list[Event]) -> None:
        """"Russian forces shelled Kherson. 1 civilian was killed.": a killing with no actor, alone in
        a sentence after a violent event at the same place, tells that event's toll too (the killing
        stays an event of its own, the deaths the shelling caused)."""
        for n, event in enumerate(found):
            before = max((e for e in found[:n] if e.type in ("ASSAULT", "FIGHT") and e.sentence != event.sentence),
                         key=lambda e: e.confidence or 0.0, default=None)  # the main one
            if (before is not None and event.fatalities is not None and event.actor is None and event.type in ("ASSAULT", "FIGHT")
                    and self.kind_at(event.trigger) == "kill" and event.place in (None, before.place)
                    and event.status == before.status and sum(e.sentence == event.sentence for e in found) == 1):
                before.quantities = sorted(set(before.quantities) | set(event.quantities), key=lambda q: int(q[1:]))
                before.fatalities = max(before.fatalities or 0, event.fatalities)

    def _unseen_hands(self, found: list[Event]) -> None:
        """"In Zaragoza, a man was shot dead and his body was found", "a soldier was killed by an IED":
        violence against civilians or a bomb told in the passive with no one named (an air strike or a
        shelling is an army's), before any violence whose actor the report names, is an unidentified
        armed group's, of the country where it happened (ACLED's coders code it so), unless its sentence names
        violence with an actor after it ("were killed as a result of Russian shelling"); a killing after a named
        attack ("Russian forces shelled Kherson. 6 civilians were killed.") is that attack's toll
        (``_tolls``), no one else's."""
        for n, event in enumerate(found):
            country = self.unseen.get(event.trigger) if event.trigger else None
            cause = next((e for e in found[n + 1:] if e.sentence == event.sentence and e.type in ("ASSAULT", "FIGHT")
                          and e.actor is not None and e.actor.code and e.actor.span is not None and e.trigger
                          and self.kinds.get(self.kind_at(e.trigger) or "", {}).get("mode") in ("aerial", "heavy-weapons", "explosive")
                          and self._names_hands(event, e)), None)
            if event.actor is None and country is not None and cause is not None:
                # "2 civilians were killed as a result of Russian shelling of Nikopol": the hands of the strike the
                # sentence names after (no words of its own: the killing still takes the strike's coding)
                event.actor = Argument(span=None, entity=None, code=cause.actor.code, sector=cause.actor.sector)
            elif event.actor is None and country is not None and not any(
                    e.type in _VIOLENT and e.actor is not None for e in found[:n]):
                event.actor = Argument(span=None, entity=None, code=country, sector="UAF")

    def _names_hands(self, killing: Event, cause: Event) -> bool:
        """Whether the strike after a killing names its actor right before its trigger, after the
        killing ("killed as a result of Russian shelling", "when a Russian missile hit"; not the
        victims' country told before: "a member of the UK armed forces was killed by an IED")."""
        if killing.trigger is None or cause.actor is None or cause.actor.span is None or cause.trigger is None:
            return False
        last, first = self.token_ending.get(cause.actor.span[1]), self.token_at.get(cause.trigger[0])
        return cause.actor.span[0] >= killing.trigger[1] and last is not None and first is not None and 0 < first - last <= 2

    def labelled(self, i: int, end: int, plover: str | None, mode: str | None, cameo: str | None, acled: Acled) -> Event:
        """The event a coder's label names (tokens ``i`` to ``end``), with its sentence's place, date
        and amounts."""
        span = self.sentence_tokens(i)
        s_first, s_last = span.start, span.stop - 1
        event = Event(
            id="V1", type=plover, mode=mode, cameo=cameo, acled=acled,
            trigger=(self.doc.tokens[i][0], self.doc.tokens[end - 1][1]),
            sentence=(self.doc.tokens[s_first][0], self.doc.tokens[s_last][1]),
            place=self._place(i, end, s_first, s_last), date=self._date(s_first, s_last), status="asserted", confidence=0.9,
        )
        event.quantities, event.fatalities = self._amounts(s_first, s_last)
        # "Looting: ... Russian soldiers stole household appliances", "Land seizure: ... Russian-installed
        # authorities nationalized the apartments": a nationality with the kind of its body right after it
        # names who did it, where no trigger of the note's words does
        if (subject := self.label_subject(end)) is not None:
            event.actor = subject
        elif (sector := self._bare_officials(end)) is not None and (country := self._place_country(event.place)) is not None:
            # "Displacement: ... authorities announced the evacuation of children from Vovchansk": the officials
            # of the country where it happens, no one else named
            event.actor = Argument(span=None, entity=None, code=country, sector=sector)
        elif self._below_country(event.place) and (country := self._place_country(event.place)) is not None:
            self.crowd_country[event.trigger] = (country, False)  # no one named: see crowds
        return event

    def label_subject(self, end: int) -> Argument | None:
        """Who a coder's label's note says did it ("Looting: ... Russian soldiers stole household appliances",
        "Land seizure: ... Russian-installed authorities nationalized the apartments"): a nationality with
        the kind of its body right after it, in the sentence after the label (which ends at token ``end``)."""
        if end >= len(self.words):
            return None
        s_last = self.sentence_tokens(end).stop - 1
        subject = next((m for m in self.mentions if end <= m.first <= s_last and m.entity.label == "NORP" and m.code
                        and m.last + 1 <= s_last and (self.words[m.last + 1] in self.lang.sectors or (
                            m.last + 2 <= s_last and self.words[m.last + 1] in self.lang.occupation_words
                            and self.words[m.last + 2] in self.lang.sectors))), None)
        return self._argument(subject)

    def _bare_officials(self, end: int) -> str | None:
        """The sector of officials named by no name or nationality as the subject of a coder's label's
        note ("authorities announced", "local authorities announced"): a sector word among the note's
        first words, with nothing named before it."""
        if end >= len(self.words):
            return None
        s_last = self.sentence_tokens(end).stop - 1
        for k in range(end, min(s_last, end + 14) + 1):
            w = self.words[k]
            if k in self.in_entity and not self.words[k].isdigit():
                if any(m.first <= k <= m.last and m.entity.label in ("NORP", "ORG", "PER") for m in self.mentions):
                    return None
            if w in self.lang.reporting:
                return None
            if self.lang.sectors.get(w) in ("GOV", "COP") and k + 1 <= s_last and (self.words[k + 1] in self.lang.officials_verbs_after or (
                    self.words[k + 1] in self.lang.of_words and any(self.words[x] in self.lang.officials_verbs_after for x in range(k + 2, min(s_last, k + 6) + 1)))):
                return self.lang.sectors[w]  # "authorities announced", "authorities of Belgorod region announced"
        return None

    def _intercepted(self, found: list[Event]) -> list[Event]:
        """"Three drones were shot down", "intercepted 20 drones", "defused an explosive device": the
        weapon named next to an interception or a defusal (a ``sure`` coding) is what was stopped,
        not a strike of its own."""
        sure = [e for e in found if e.sentence in self.sure and e.acled and e.acled.sub_event_type == "Disrupted weapons use"]
        if not sure:
            return found

        def stopped(e: Event) -> bool:
            return e.mode in ("aerial", "explosive", "heavy-weapons") and all(e is not s for s in sure) and any(
                e.sentence == s.sentence and abs(self.token_at[e.trigger[0]] - self.token_at[s.trigger[0]]) <= 6 for s in sure)

        return [e for e in found if not stopped(e)]

    def _orphan_deaths(self, found: list[Event]) -> None:
        """"... in Helmand. 3 fatalities.": a death toll in a sentence with no event of its own is the
        toll of the event before it."""
        for q in self.doc.quantities:
            if q.unit != "killed" or any(e.sentence and e.sentence[0] <= q.span[0] < e.sentence[1] for e in found):
                continue
            earlier = [e for e in found if e.trigger and e.trigger[1] <= q.span[0]]
            count = q.value if q.value is not None else q.min
            if earlier and count is not None:
                event = max(earlier, key=lambda e: (e.confidence or 0.0, -e.trigger[0]))
                event.quantities.append(q.id)
                event.fatalities = max(event.fatalities or 0, int(count))

    def _salience(self, i: int) -> float:
        """How main the clause of trigger ``i`` is, after an earlier event in its sentence: 1; less
        in a subordinate clause (a subordinating word at most 6 words before it, no comma between:
        "which is preparing", "jika diserang"); less again for a noun a preposition governs ("over
        two Israeli air raids", "dalam serangan")."""
        lang, weight = self.lang, 1.0
        k = self.sentence_of[i]
        if i > 0 and self.words[i - 1] in lang.relatives and self.sentence_of[i - 1] == k and self._passive(i):
            return SUBORDINATE  # "membebaskan aktivis yang ditahan": a passive relative clause describes a noun
        for j in range(i - 1, max(0, i - 7) - 1, -1):
            if self.sentence_of[j] != k or self.words[j] == ",":
                break
            if self.words[j] in lang.subordinate:
                weight *= SUBORDINATE
                break
        for j in range(i - 1, max(0, i - 4) - 1, -1):
            if self.sentence_of[j] != k:
                break
            if self.words[j] in lang.prepositions:
                weight *= IN_PHRASE
                break
            if not (self.words[j] in lang.modifiers or self.words[j][:1].isdigit() or self.raw[j][:1].isupper()):
                break
        return weight

    def _governed(self, earlier: Event, i: int) -> bool:
        """Trigger ``i`` comes at most 9 tokens after ``earlier``'s, in its clause."""
        last = self.token_ending.get(earlier.trigger[1]) if earlier.trigger else None
        if last is None or self.sentence_of[last] != self.sentence_of[i] or i - last > 10:
            return False
        if self._opener_closed(last, i):
            return False
        if earlier.type == "MOBILIZE" and self.words[i - 1] in self.lang.joins and self.words[i].endswith("ed") and self.raw[i].islower():
            return False  # "crossed the border and captured Strilecha": a second verb of the clause's subject, as main as the first
        first = self.token_at.get(earlier.trigger[0])
        if first and self.words[first - 1] == "," and last + 1 < len(self.words) and self.words[last + 1] in self.lang.agent:
            return False  # "the army, supported by Rwandan troops, retook the town": an aside, which governs nothing
        that = self._complement(last + 1, i) if earlier.type in _ADDRESSED else None
        # "demanded that the United States halt air strikes": the act demanded, named in the clause after "that"
        return not any(self.words[j] in self.lang.barriers for j in range(last + 1, i) if j != that)

    def _complement(self, start: int, stop: int) -> int | None:
        """The complementizer at ``start``, or after a time told right after the trigger ("demanded on
        Friday that Iraq ..."), before ``stop``."""
        j = start
        while j < stop and (j in self.in_time or self.words[j] in self.lang.complement_times):
            j += 1
        return j if j < stop and self.words[j] in self.lang.complementizers else None

    def _opener_closed(self, last: int, i: int) -> bool:
        """Token ``last`` lies in the phrase that opens its sentence with a preposition or a subordinating
        word and a comma closes it before ``i`` ("After talks with Egypt, Israel agreed"): ``i`` is in
        the main clause."""
        first = self.bounds[self.sentence_of[last]][0]
        if self.words[first] not in self.lang.prepositions and self.words[first] not in self.lang.subordinate:
            return False
        comma = next((j for j in range(first, i) if self.words[j] == ","), None)
        return comma is not None and last < comma

    def _agreement_party(self, end: int, event: Event, found: list[Event]) -> Argument | None:
        """"menandatangani perjanjian ini": the other party of the agreement named before."""
        words = self.words[end : end + 4]
        if not any(w in self.lang.agreement_nouns and words[n + 1 : n + 2] and words[n + 1] in self.lang.demonstratives
                   for n, w in enumerate(words)):
            return None
        mine = event.actor.code if event.actor else None
        for earlier in reversed(found):
            if earlier.type == "AGREE":
                for party in (earlier.actor, earlier.target):
                    if party is not None and party.code and party.code != mine:
                        return Argument(span=None, entity=party.entity, code=party.code, sector=party.sector)
                return None
        return None

    def _counts(self, i: int, end: int) -> bool:
        lang = self.lang
        key = " ".join(self.words[i:end])
        if key in lang.base_forms and not (set(self.words[max(0, i - 2) : i]) & lang.modals):
            return False  # "support" counts in "will support", not in "the support of"
        needs = lang.needs.get(key)
        passive = i > 0 and self.words[i - 1] in lang.passive_markers and key not in lang.needs_in_passive
        # ("shops were destroyed": the object came first)
        if needs is not None and not passive and not needs & set(self._same_sentence(end, end + 6)) and not (
                key in lang.needs_in_sentence and lang.needs_in_sentence[key] & {self.words[j] for j in self.sentence_tokens(i)}):
            return False  # ("entered Kherson city ... after Russian forces withdrew": anywhere in its sentence)
        if needs is not None and passive and key in lang.needs_before and not needs & set(self._same_sentence(max(0, i - 8), i)):
            return False  # "a plot was uncovered", "bodies were recovered": no arms found
        stop = lang.not_before.get(key)
        if stop and end < len(self.words) and self.words[end] in stop:
            return False
        if key in lang.sport_words and _SCORE.search(self.doc.text, *self._sentence_span(i)):
            return False  # "Real Madrid beat Bayern Munich 2-1": a match won, no one beaten
        stop = lang.not_preceded.get(key)
        if stop and i > 0 and self.words[i - 1] in stop:
            return False  # "using small arms": a weapon, no arms given
        j = i  # "claimed responsibility for the attack": an event told before, not a new one
        while j > 0 and self.words[j - 1] in lang.modifiers:
            j -= 1
        if any(tuple(self.words[max(0, j - len(p)) : j]) == p for p in lang.not_after):
            return False
        if self.raw[i] in lang.operation_names and i + 1 < len(self.raw) and self.raw[i + 1][:1].isupper() and i > 0 and (
                self.words[i - 1] in lang.prepositions or self.words[i - 1] in lang.definite_articles
                or self.words[i - 1].replace("\u2019", "'").endswith("'s")):
            return False  # "Troops of Operation Hadin Kai", "February's Operation Olive Branch": a named operation, told of
        if key in lang.agreement_nouns and self.raw[i][:1].isupper() and i > 0 and self.raw[i - 1][:1].isupper() \
                and self.sentence_of[i - 1] == self.sentence_of[i] and self.bounds[self.sentence_of[i]][0] < i - 1:
            return False  # "signing Free Trade Agreement (FTA)", "the Good Friday Agreement": a treaty's name, no agreement made
        hit = self._phrase(i, lang.triggers)
        violent = hit is not None and self.kinds.get(str(hit[1]), {}).get("type") in _VIOLENT
        if key in lang.participles and i > 0 and self.words[i - 1] in lang.modifiers:
            return False  # "the liberated areas": an adjective
        if hit is not None and self.kinds.get(str(hit[1]), {}).get("mode") == "explosive" and i > 0 \
                and self.words[i - 1] in lang.crowd_control:
            return False  # "used stun grenades", "smoke bombs": crowd control, no explosion
        if violent and (j < i or (j > 0 and self.words[j - 1] == "for")):
            # a noun after an article ("claimed the attack", "was behind the bombing", "blamed Boko Haram
            # for the attack"): an event told before, when a word of blame or claim leads its clause
            k = self.sentence_of[i]
            for x in range(j - 1, max(0, j - 6) - 1, -1):
                if self.sentence_of[x] != k or self.words[x] in lang.barriers or self.words[x] in lang.joins or self.words[x] == ",":
                    break
                if self.words[x] in lang.told_before:
                    return False
        return True

    def _sentence_span(self, i: int) -> tuple[int, int]:
        """The character offsets of token ``i``'s sentence."""
        span = self.sentence_tokens(i)
        return self.doc.tokens[span.start][0], self.doc.tokens[span.stop - 1][1]

    def _same_sentence(self, start: int, stop: int) -> list[str]:
        sentence = self.sentence_tokens(min(start, len(self.words) - 1))
        return self.words[start : min(stop, sentence.stop)]

    def _event(self, i: int, end: int, kind: str) -> Event | None:
        spec = self.kinds.get(kind)
        if spec is None:
            return None
        lang, doc = self.lang, self.doc
        k = self.sentence_of[i]
        sentence = self.sentence_tokens(i)
        s_first, s_last = sentence.start, sentence.stop - 1
        before = self._reach(i - 1, s_first, -1)
        after = self._reach(end, s_last, 1)
        that = self._complement(end, s_last) if spec["type"] in _ADDRESSED else None
        subject_only = that is not None and not self._passive(i)
        if subject_only:  # "demanded that Germany pay", "threatened that Mr Assad would pay": whom it is on
            after = min(self._reach(that + 1, s_last, 1), that + 4)
        left = [m for m in reversed(self.mentions)
                if before <= m.first and m.last < i and not self._locative(m) and not self._weapon_name(m)]
        # "the Mozambican army, supported by Rwandan troops, retook": the agent of a participle is not the subject
        left = [m for m in left if not self._after_word(m, lang.agent, 2)] or left
        right = [m for m in self.mentions if end <= m.first and (m.last <= after or subject_only and m.first <= after)
                 and not self._locative(m)]
        if spec.get("from_place"):  # "recalled its ambassador from Doha": the capital stands for its state
            right = [m for m in self.mentions if end <= m.first and m.last <= after
                     and (not self._locative(m) or self._after_word(m, lang.origin, 1))]

        if spec["type"] == "AID" or spec.get("recipient"):  # "sent aid to North Korea": the one it goes to
            right = [m for m in self.mentions if end <= m.first and m.last <= after
                     and (not self._locative(m) or self._after_word(m, lang.recipient, 1))]
        if spec["type"] in _VIOLENT or spec.get("mode") == "visit":
            # "menembakkan roket ke wilayah Israel": the place attacked is the target; "kunjungan ke Beijing": the one visited
            right = [m for m in self.mentions if end <= m.first and m.last <= after]
        roles = spec.get("roles", "active")
        passive = self._passive(i) or (kind == "kill" and self._headline_passive(end - 1))
        between = [m for m in right if self._after_word(m, lang.between, 3)]
        if not left and between:
            # "Pertempuran sengit antara tentara Sudan dan RSF": both sides after the trigger
            roles, left, right = "between", between[:1], between[1:]
        if roles == "fall":  # "the town fell to rebels": taken by the one named after the trigger
            actor = right[0] if right else None
            target = left[0] if left else None
        elif roles == "repel":
            actor = next((m for m in right if self._after_word(m, lang.source, 3)), None)
            target = left[0] if left else None
        elif passive:
            actor = next((m for m in right if self._after_word(m, lang.agent, 3)), None)
            target = left[0] if left else None
        else:
            actor = left[0] if left else None
            actor = self._apposed(actor, i) or actor  # "Pakistan, a key U.S. ally ..., has refused": Pakistan
            partner = self._first_conjunct(actor, left)
            if partner is not None:  # "Indonesia dan Australia menandatangani": the first acts, with the second
                actor, partner = partner, actor
            # (the one named after "from" is no target, but "independence from Iraq", "observers from the OSCE" are)
            target = next((m for m in right if m is not actor and (not self._after_word(m, lang.agent | lang.source, 2) or (
                not self._after_word(m, lang.agent, 2) and (spec.get("from_place") or not self._locative_from(m))))), None)
            two_sided = partner is not None and (spec.get("symmetric") or roles == "between")
            if partner is not None and target is not None and actor is not None and target.code and target.code == actor.code:
                # "Ukraine and Russia carried out a prisoner swap, returning 95 Ukrainian servicemen": the partner is the
                # target; with no partner the actor's own people are ("Museveni threatened Ugandan opposition candidates")
                target = None
            if two_sided and (target is None or not self._after_word(target, lang.joins_with, 1)):
                # "Delegasi AS dan Rusia menggelar perundingan ... membahas perang Ukraina": the partner, not what
                # the talks are about; "Rusia dan Ukraina sepakat dengan Turki": the one named after "with"
                target = partner

        if not passive and roles == "active" and actor is not None and " ".join(self.words[i:end]) in lang.obligation \
                and (reporter := self._reporter(actor, before, s_first)) is not None:
            # "Mubarak said that the US must be ready to mediate": Mubarak demands it of the US
            actor, target = reporter, actor
        place = self._place(i, end, s_first, s_last)
        actor_arg = self._argument(actor) if actor is not None else None
        target_arg = self._argument(target) if target is not None else None
        for m, arg in ((actor, actor_arg), (target, target_arg)):
            if arg is not None and m is not None and m.entity.label == "NORP" and m.first > 0 \
                    and self.words[m.first - 1] in lang.ethnic and (country := self._place_country(place)) \
                    and any(o.entity.label == "GPE" and o.code == country and s_first <= o.first <= s_last for o in self.mentions):
                # (the country named in the sentence: not a place the gazetteer guessed)
                arg.code = country  # "ethnic Albanians demonstrated in Serbia": Serbia's people
        if actor_arg is not None and target_arg is not None and target_arg.code and target_arg.code == actor_arg.code \
                and target_arg.sector in (None, actor_arg.sector):
            # the actor's own country, named again, is no target ("Trump's withdrawal ... an American presence",
            # "Turkey views the Kurdish forces as a threat to Turkey's ..."); its people of another sector are
            # ("Museveni threatened Ugandan opposition candidates": UGA GOV against UGA OPP; rebels against the
            # government of their country)
            target, target_arg = None, None
        if actor_arg is None and self._phrase(i, lang.sector_phrases) is not None:
            actor_arg = self._unnamed(i, end, 1, place)  # "rioters pelted stones": the trigger names who acts too
        if roles == "fall" and (taker := self._unnamed(end, right[0].first if right else after + 1, 1, place)) is not None:
            actor_arg = taker  # "fell to rebels of the CPC coalition": the rebels
        if actor_arg is None and roles == "active" and not passive:
            actor_arg = self._unnamed(before, i, -1, place)  # "police arrested", "polisi menangkap"
        if actor_arg is None and roles == "active" and not passive:
            actor_arg = self._told_subject(i, s_first, place)  # "The RSF announced that they had captured": the RSF
        elif actor_arg is None:
            actor_arg = self._unnamed(end, after + 1, 1, place, after_word=frozenset() if roles == "fall" else lang.agent | lang.source)
        if target is not None and roles == "active" and not passive and target.first > end and lang.head_last \
                and not (spec.get("recipient") and self._after_word(target, lang.recipient, 1)):
            # "attacked civilians in Erena": a kind of people right after the trigger, before any name, is the
            # target (in Indonesian the kind comes first in the name's own phrase: "warga negara Amerika")
            # (not the title of the name: "met Turkish President Recep Tayyip Erdogan")
            title = self._title_start(target.first) if target.entity.label == "PER" else target.first
            kind_word = self._unnamed(end, title, 1, place)
            if kind_word is not None and not self._modifying(kind_word):
                target_arg = kind_word
            elif kind_word is not None and "," in self.words[end : target.first]:
                target_arg = None  # "an official protest with Albania": Albania; not a name far past "a government shutdown"
        if target_arg is None and roles == "active" and not passive:
            target_arg = self._unnamed(end, after + 1, 1, place)
            at = self.token_at.get(target_arg.span[0]) if target_arg is not None and target_arg.span else None
            if at is not None and any(self.words[x] in lang.agent for x in range(max(0, at - 2), at)):
                # "a shooting ... by two armed individuals": the agent of a noun is who acts
                actor_arg, target_arg = actor_arg or target_arg, None
        elif target_arg is None:
            target_arg = self._unnamed(before, i, -1, place)
        if (target_arg is None or target_arg.entity is not None and target is not None and self._locative(target)) \
                and roles == "active" and not passive and (spec.get("place_people") or spec["type"] == "CONCEDE" and set(
                    self._same_sentence(i, end + 4)) & lang.restrictions):
            target_arg = self._place_people(place, s_first, s_last, end) or target_arg
        if spec.get("by_state") and actor is not None and actor.entity.label == "GPE" and actor.code \
                and actor_arg is not None and actor_arg.sector is None and not passive \
                and not self._after_word(actor, lang.locative, 2):
            spec = self.kinds[spec["by_state"]]  # "Japan protested to China": a state complains, it does not march
        # the lede tells the main event (newswriting's inverted pyramid): later sentences weigh less
        confidence = float(spec.get("confidence", 0.5)) * _lede(k)
        plover, mode = spec["type"], spec.get("mode")
        if plover == "ASSAULT" and mode in (None, "firearms") and lang.military_weapons & set(self.words[max(s_first, i - 3) : i]):
            plover, mode = "FIGHT", "heavy-weapons"  # "Israeli tanks fired": conventional military force
        elif plover == "FIGHT" and mode in ("aerial", "heavy-weapons") and lang.property & set(self.words[end : min(s_last + 1, end + 3)]):
            plover = "ASSAULT"  # "membombardir bendungan": destroying property (CAMEO 1712), not a fight
        event = Event(
            id="",
            type=plover,
            mode=mode,
            cameo=spec.get("cameo"),
            trigger=(doc.tokens[i][0], doc.tokens[end - 1][1]),
            sentence=(doc.tokens[s_first][0], doc.tokens[s_last][1]),
            actor=actor_arg,
            target=target_arg,
            confidence=confidence,
        )
        acled = spec.get("acled")
        if spec.get("civilians") and (target_arg is not None and target_arg.sector == "CVL" or self._civilians(end, s_last)):
            acled = spec["civilians"]
        if acled:
            event.acled = Acled(event_type=acled[0], sub_event_type=acled[1])
        event.place = place
        for arg in (actor_arg, target_arg):  # "Resistance Committees staged a protest in Omdurman": Sudan's
            if arg is not None and arg.code is None and arg.entity is not None and (entity := self.entity_by_id.get(arg.entity)):
                if entity.label in ("ORG", "PER") and entity.kb is None and entity.sector not in ("IGO", "NGO"):
                    arg.code = self._place_country(place)
        event.date = self._date(s_first, s_last)
        event.quantities, event.fatalities = self._amounts(s_first, s_last)
        if event.fatalities is None and spec.get("fatal") and i > 0 and self.words[i - 1] in lang.singular_passive:
            event.fatalities = 1  # "a man was killed"
        event.status = self._status(i, s_first, s_last)
        if event.fatalities is None and spec.get("fatal") and not passive and event.status in ("asserted", "claimed") \
                and self._one_victim(i, end, s_last):
            event.fatalities = 1  # "killed a man", "shot dead a civilian", "killing the driver"
        if event.fatalities is None and spec["type"] == "ASSAULT" and not spec.get("fatal") and event.status in ("asserted", "claimed") \
                and self._to_death(i, end, s_last, passive):
            event.fatalities = 1  # "tortured a local man to death", "a man who had been tortured to death"
        if event.fatalities is None and kind == "shoot" and not passive and event.status == "asserted" and acled \
                and tuple(acled) == ("Violence against civilians", "Attack") and event.target is not None and event.target.sector in _CIVILIAN \
                and self._one_victim(i, end, s_last) \
                and not self._hurt_named(s_first, s_last):
            event.fatalities = 1  # ACLED's "Russian forces shot a civilian man": no one wounded told, the man shot is dead
        if spec.get("sure") and not (set(self.words[max(s_first, i - 3) : i]) & (lang.subordinate | lang.relatives | lang.barriers)):
            self.sure.add(event.sentence)  # not "drones that were intercepted caused damage": the damage is the event
        if (spec["type"] in ("ASSAULT", "FIGHT") or kind in ("destroy", "displace")) and not self._violent(event.actor) \
                and self._disaster(s_first, s_last):
            return None  # "killed when an earthquake struck", "a bus plunged into a gorge, killing 15": no one's violence
        # (armed people named by their kind are someone who gives up ground or gives in: "Government troops
        # withdrew from the town", "surrendered before security forces")
        named = [a for a in (event.actor, event.target) if a is not None and (
            a.entity or a.code or a.sector in _ARMED and spec["type"] in ("RETREAT", "CONCEDE"))]
        if not named and spec["type"] == "AGREE" and not passive and set(self._same_sentence(end, end + 4)) & lang.peace_terms:
            named = [event]  # "Warring factions agreed to a truce", "signed a peace accord": whoever they are
        if not named and spec["type"] not in _PARTYLESS and not spec.get("partyless"):
            return None  # "mendukung kelancaran operasional": support, aid or talks with no one named is no event
        if event.actor is None and passive and spec["type"] in _VIOLENT and event.acled is not None and (
                event.acled.event_type == "Violence against civilians" or event.acled.sub_event_type in _UNSEEN_WEAPONS) \
                and (country := self._place_country(place)) is not None:  # "shot dead by an unknown number of armed individuals"
            self.unseen[event.trigger] = self._holder(place, event.date) or country  # someone did it, no one says who: see _unseen_hands
        elif event.actor is None and passive and event.acled is not None and event.acled.sub_event_type == "Arrests" \
                and (holder := self._holder(place, event.date)) is not None:
            # "in Melitopol, a local journalist was detained": in a town another state holds, its forces' doing
            event.actor = Argument(span=None, entity=None, code=holder, sector="MIL")
            event.acled = Acled(event_type="Violence against civilians", sub_event_type="Abduction/forced disappearance")
        if event.actor is None:
            event.confidence *= 0.8
            if k <= 1 and self._below_country(place) and (country := self._place_country(place)) is not None:
                self.crowd_country[event.trigger] = (country, passive)  # in the lede, somewhere in a country: see crowds
        event.confidence = round(event.confidence, 3)
        return event

    def _apposed(self, m: _Mention | None, i: int) -> _Mention | None:
        """The name an apposition between commas right before the trigger describes ("Pakistan, a key U.S. ally
        in the war against terrorism, has refused"): ``m`` lies in it, and a name ends right before its comma."""
        if m is None:
            return None
        k = self.sentence_of[i]
        close = next((j for j in range(i - 1, m.last, -1) if self.words[j] == ","), None)
        if close is None or any(self.words[j] not in self.lang.auxiliaries and self.words[j] not in self.lang.apposition_verbs
                                and not self.words[j].endswith("ly") for j in range(close + 1, i)):
            return None
        opening = next((j for j in range(m.first - 1, -1, -1) if self.words[j] == "," or self.sentence_of[j] != k), None)
        if opening is None or self.words[opening] != "," or opening + 1 >= len(self.words) \
                or self.words[opening + 1] not in self.lang.apposition_openers:
            return None
        named = next((o for o in self.mentions if o.last == opening - 1 and o is not m), None)
        return named if named is not None and named.code else None  # (not "Johannes Hahn, the EU's commissioner": the EU's code)

    def _reporter(self, m: _Mention, before: int, s_first: int) -> _Mention | None:
        """Who reports the clause that ``m`` opens after "that" or a reporting verb: the one named first in the
        sentence, a reporting verb (``reporting``) right after it."""
        if before - 1 < s_first or not (self.words[before - 1] in self.lang.complementizers
                                         or self.words[before - 1] in self.lang.reporting):
            return None
        first = next((o for o in self.mentions if s_first <= o.first and o.last < before - 1 and not self._locative(o)), None)
        if first is None or first.first > s_first + 2 or not any(self.words[x] in self.lang.reporting for x in range(first.last + 1, before)):
            return None
        return first

    def _modifying(self, arg: Argument) -> bool:
        """Whether a kind word is an adjective of the noun right after it ("an official protest", "official
        contact"), no people."""
        end = self.token_ending.get(arg.span[1]) if arg.span else None
        if end is None or end + 1 >= len(self.words):
            return False
        nxt, lang = self.words[end + 1], self.lang
        if self.words[end].endswith("s") or nxt in lang.passive_markers or nxt in lang.auxiliaries or nxt in lang.modals:
            return False  # "our troops are working": the people, a verb after them
        return self.raw[end + 1].islower() and nxt.isalpha() and nxt not in self.lang.sectors \
            and nxt not in self.lang.prepositions and nxt not in self.lang.joins and nxt not in self.lang.barriers \
            and nxt not in self.lang.clause_breaks and not nxt.endswith(("ed", "ing"))

    def _place_people(self, place_id: str | None, s_first: int, s_last: int, end: int) -> Argument | None:
        """The people of the place named after the trigger in its sentence ("imposed a curfew in Algiers",
        "lifted martial law in Jordan"): the country's civilians."""
        place = next((p for p in self.doc.places if p.id == place_id), None)
        country = self._place_country(place_id)
        if place is None or country is None:
            return None
        lo, hi = self.doc.tokens[end][0] if end < len(self.doc.tokens) else 0, self.doc.tokens[s_last][1]
        span = next((tuple(m) for m in place.mentions if lo <= m[0] and m[1] <= hi), None)
        if span is None:
            return None
        return Argument(span=span, entity=None, code=country, sector="CVL")

    def _told_subject(self, i: int, s_first: int, place: str | None) -> Argument | None:
        """The subject of the clause that reports the trigger's, when a pronoun right before the trigger
        (``told_pronouns``, after an auxiliary) opens a clause after "that": "The Rapid Support Forces
        announced that they had captured": the RSF."""
        j = i - 1
        while j > s_first and self.words[j] in self.lang.auxiliaries:
            j -= 1
        if j <= s_first or self.words[j] not in self.lang.told_pronouns or self.words[j - 1] not in self.lang.complementizers:
            return self._reported_subject(i, s_first)
        subject = next((m for m in self.mentions if s_first <= m.first and m.last < j - 1 and not self._locative(m)), None)
        if subject is None:  # "The insurgents said they had captured": named by their kind
            return self._unnamed(s_first, j - 1, 1, place)
        return self._argument(subject)

    def _reported_subject(self, i: int, s_first: int) -> Argument | None:
        """"Iraq's interim government announced that it is prepared to impose martial law", "Gbagbo said he
        would extend the curfew": the pronoun subject of the clause reported, a few words before the trigger,
        is the one named first in the sentence, who a reporting verb (``reporting``) right after tells of ("he"
        and "she" a person)."""
        lang = self.lang
        pronouns = lang.told_pronouns | lang.person_pronouns
        j = next((x for x in range(i - 1, max(s_first, i - 7), -1) if self.words[x] in pronouns
                  and (self.words[x - 1] in lang.complementizers or self.words[x - 1] in lang.reporting)), None)
        if j is None or any(self.words[x] in lang.barriers or self.words[x] in lang.subordinate or self.words[x] == ","
                            for x in range(j + 1, i)):  # not "stated that it is uncertain whether the attack ..."
            return None
        subject = next((m for m in self.mentions if m.last < j - 1 and not self._locative(m)), None)
        if subject is None or not s_first <= subject.first <= s_first + 2 or j - 1 - subject.last > 16 \
                or not any(self.words[x] in lang.reporting for x in range(subject.last + 1, j)):
            return None  # not "officials are sceptical about the rhetoric coming from Washington that it might impose sanctions"
        if self.words[j] in lang.person_pronouns and subject.entity.label != "PER":
            return None  # "His speech suggested ... that he still intends to withdraw": no person named first
        return self._argument(subject)

    def _to_death(self, i: int, end: int, s_last: int, passive: bool) -> bool:
        """Whether "to death" closes the words after a violent trigger, with one victim: "tortured a local man
        to death", "who had been tortured to death"; not "beat three protesters to death", "were beaten to death"."""
        words = self.words
        j = next((x for x in range(end, min(s_last, end + 6)) if tuple(words[x : x + 2]) == self.lang.to_death), None)
        if j is None:
            return False
        if (passive or j == end) and any(w in self.lang.plural_auxiliaries or w in self.lang.not_one or (
                w.endswith("s") and not w.endswith("ss") and w not in self.lang.singular_s_words) for w in words[max(0, i - 5) : i]):
            return False  # not "a young couple being stoned to death", "captured fighters would be tortured to death"
        return not any(w[:1].isdigit() or w in self.lang.not_one or (w.endswith("s") and not w.endswith("ss") and w not in self.lang.one_victim_pronouns)
                       for w in words[end:j])

    def _hurt_named(self, s_first: int, s_last: int) -> bool:
        """Whether the sentence or the next names someone wounded, or a survivor ("wounding him", "was injured")."""
        stop = min(len(self.words), s_last + 40)
        return any(w in self.lang.hurt_words for w in self.words[s_first:stop])

    def _one_victim(self, i: int, end: int, s_last: int) -> bool:
        """Whether the words right after an active fatal trigger name one victim: "a man", "the driver",
        "him"; not "a number of", "the children", "the Indonesian military members", "almost killed him"."""
        lang, words = self.lang, self.words
        if end <= s_last and not (i > 0 and words[i - 1] in lang.not_killed_before) and self._named_victim(end, s_last):
            return True
        if end > s_last or words[end] not in lang.singular_object or (i > 0 and words[i - 1] in lang.not_killed_before):
            return False
        if words[end] in lang.one_victim_pronouns:
            return True
        following = words[end + 1 : min(s_last + 1, end + 3)]
        if not following or set(following) & lang.not_one:
            return False
        return words[end] not in lang.definite_articles or (
            self.raw[end + 1].islower() and not (following[0].endswith("s") and not following[0].endswith("ss")))

    def _named_victim(self, end: int, s_last: int) -> bool:
        """Whether one person named by name, after at most three lower-case words of their title, follows
        the trigger, and no one else with them ("killing military blogger Vladlen Tatarsky"; not "killing
        Ali and his brother")."""
        person = next((m for m in self.mentions if m.entity.label == "PER" and end <= m.first <= end + 3), None)
        if person is None or any(not self.raw[j].islower() or self.words[j].endswith("s") for j in range(end, person.first)):
            return False
        after = person.last + 1
        if after > s_last or self.words[after] in self.lang.clause_breaks:
            return True
        if self.words[after] in self.lang.joins:  # "... Vladlen Tatarsky and injuring over 30 people": another clause
            return after + 1 <= s_last and self.words[after + 1].endswith("ing")
        return self.words[after] != ","

    def _violent(self, actor: Argument | None) -> bool:
        """Whether an actor can be violent: armed, a person, a known organisation or a nationality's
        people; a place, or a name the model read as an organisation, is not ("near Odisha's
        Balasore, killing 288")."""
        if actor is None:
            return False
        first = self.token_at.get(actor.span[0]) if actor.span else None
        if first is not None and any(self._phrase(j, self.lang.disasters) is not None for j in range(max(0, first - 1), first + 1)):
            return False  # "Cyclone Idai killed 600 people", "Typhoon Haiyan": a storm's name, no one's violence
        entity = self.entity_by_id.get(actor.entity) if actor.entity else None
        if entity is not None and entity.label == "ORG":
            return bool(entity.kb or entity.sector)
        return actor.sector in _ARMED or (entity is not None and entity.label in ("PER", "NORP"))

    def _disaster(self, s_first: int, s_last: int) -> bool:
        """Whether the sentence tells a disaster or an accident (``disasters``: "earthquake", "flood",
        "derailed", "fire broke out") and names no weapon but a vehicle (``vehicles``: "a military
        helicopter crashed"): deaths in it are no attack."""
        told: set[int] = set()  # the words of the disasters named: "a chemical plant" names no chemical weapon
        for j in range(s_first, s_last + 1):
            if (hit := self._phrase(j, self.lang.disasters)) is not None:
                if j > s_first and self.words[j - 1] in self.lang.armed:
                    continue  # "gunmen storm a village": armed men's verb, no weather
                told.update(range(j, hit[0]))
        words = {self.words[j] for j in range(s_first, s_last + 1) if j not in told}
        if words & ((self.lang.military_weapons | set(self.lang.weapons)) - self.lang.vehicles):
            return False  # "a building collapsed after artillery fire": no accident; "a helicopter crashed" may be
        return bool(told)

    def _unnamed(self, start: int, stop: int, step: int, place: str | None, after_word: frozenset = frozenset()) -> Argument | None:
        """An actor named by its kind alone ("police", "protesters", "warga"), nearest first between
        ``start`` and ``stop``: its sector, and the country of the event's place."""
        spans: list[tuple[int, int, str]] = []
        for j in range(min(start, stop), max(start, stop)):
            if (j in self.in_entity and j not in self.kind_names) or (spans and j < spans[-1][1]):
                continue  # not "men" of "armed men"
            hit = self._phrase(j, self.lang.sector_phrases)
            if hit is not None and hit[0] <= max(start, stop):
                if after_word and not any(self.words[x] in after_word for x in range(max(0, j - 2), j)):
                    continue
                spans.append((j, hit[0], str(hit[1])))
        if step < 0 and not after_word and len(spans) > 1:
            # "its forces, backed by clan militias, had liberated": the agent of a participle is not the subject
            spans = [sp for sp in spans if not any(self.words[x] in self.lang.agent for x in range(max(0, sp[0] - 2), sp[0]))] or spans
        if not spans:
            return None
        k = len(spans) - 1 if step < 0 else 0
        if self.lang.head_last:  # "regime soldiers": of kind words in a row, the last is the head
            while k + 1 < len(spans) and spans[k + 1][0] == spans[k][1]:
                k += 1
        if k > 0 and step < 0 and spans[k - 1][1] < len(self.words) and self.words[spans[k - 1][1]] in self.lang.head_before \
                and spans[k][0] - spans[k - 1][1] <= 3:
            k -= 1  # "relatives of the missing miners blocked": the relatives did
        first, end, sector = spans[k]
        return Argument(
            span=(self.doc.tokens[first][0], self.doc.tokens[end - 1][1]), entity=None, code=self._place_country(place), sector=sector
        )

    def _below_country(self, place_id: str | None) -> bool:
        """Whether the place is somewhere in a country (a town, a district, a region), not a country."""
        place = next((p for p in self.doc.places if p.id == place_id), None)
        return place is not None and place.precision not in (None, "country")

    def _police_country(self, place_id: str | None) -> str | None:
        """The state whose police act at the place: its country's, or the one holding its region (``held_regions``)."""
        place = next((p for p in self.doc.places if p.id == place_id), None)
        held = self.lang.held_regions.get(place.country or "", {}) if place is not None else {}
        return held[place.admin1] if place is not None and place.admin1 in held else self._place_country(place_id)

    def _place_country(self, place_id: str | None) -> str | None:
        place = next((p for p in self.doc.places if p.id == place_id), None)
        if place is None or not place.country:
            return None
        country = KB.load().country_by_iso2(place.country)
        return country.iso3 if country else None

    def _first_conjunct(self, m: _Mention | None, left: list[_Mention]) -> _Mention | None:
        """The mention joined to ``m`` by "dan"/"and" right before it ("Iran dan Arab Saudi")."""
        if m is None:
            return None
        j = m.first - 1
        if j > 0 and self.words[j] in self.lang.sectors:  # "pasukan Korea Selatan dan (pasukan) Amerika Serikat"
            j -= 1
        if j > 0 and self.words[j] in self.lang.joined_modifiers:  # "Russian forces and self-proclaimed LPR forces"
            j -= 1
        if j < 1 or self.words[j] not in self.lang.joins:
            return None
        return next((o for o in left if o is not m and o.last < j and j - o.last <= 2), None)

    def _reach(self, start: int, stop: int, step: int) -> int:
        """How far from ``start`` towards ``stop`` the trigger may look before a clause word. Looking
        back, a relative clause closed by a comma is stepped over ("Mark Rutte, yang sedang berada
        di Paris, mendorong")."""
        j, comma = start, False
        while j >= stop if step < 0 else j <= stop:
            word = self.words[j]
            comma = comma or word == ","
            if word in self.lang.barriers and not (step < 0 and comma and word in self.lang.relatives):
                break
            j += step
        return j - step

    def _weapon_name(self, m: _Mention) -> bool:
        """An unknown name right before a weapon word is the weapon's model, not an actor ("a Kinzhal
        missile", "Shahed drones")."""
        e = m.entity
        return (e.kb is None and e.country is None and e.label in ("ORG", "PER", "MISC")
                and m.last + 1 < len(self.words) and self.words[m.last + 1] in self.lang.weapons)

    def _locative_from(self, m: _Mention) -> bool:
        """Whether ``m`` is named after "from" that is no "independence from"."""
        return not (m.first > 1 and self.words[m.first - 1] in self.lang.origin and self.words[m.first - 2] in self.lang.separation)

    def _locative(self, m: _Mention) -> bool:
        if not self._locative_from(m):
            return False  # "independence from Iraq": whom it is from
        return m.first > 0 and self.words[m.first - 1] in self.lang.locative and m.entity.label not in ("PER", "ORG")

    def _after_word(self, m: _Mention, words: frozenset, within: int) -> bool:
        return any(self.words[j] in words for j in range(max(0, m.first - within), m.first))

    def _passive(self, i: int) -> bool:
        word = self.words[i]
        if self.lang.passive_prefixes and word.startswith(self.lang.passive_prefixes) and len(word) > 5:
            return True
        if word in self.lang.not_passive or (self.lang.progressive and word.endswith(self.lang.progressive)):
            return False  # "is willing to", "is opposed to", "are demanding": the subject acts
        # (an acronym is no verb: "IS claimed attacking", the Islamic State)
        return any(self.words[j] in self.lang.passive_markers and not self.raw[j].isupper() for j in range(max(0, i - 2), i))

    def _argument(self, m: _Mention | None) -> Argument | None:
        if m is None:
            return None
        first, last, code, sector = m.first, m.last, m.code, m.sector
        sectors = self.lang.sectors
        # the head noun that says which part of the country acts: "pasukan Ukraina", "Russian troops"
        if first > 0 and self.words[first - 1] in sectors and m.entity.label in ("NORP", "GPE"):
            first, sector = first - 1, sectors[self.words[first - 1]]
        elif last + 1 < len(self.words) and self.words[last + 1] in sectors and m.entity.label in ("NORP", "GPE"):
            last, sector = last + 1, sectors[self.words[last + 1]]
        elif last + 2 < len(self.words) and self.words[last + 1] in self.lang.occupation_words \
                and self.words[last + 2] in sectors and m.entity.label in ("NORP", "GPE"):
            last, sector = last + 2, sectors[self.words[last + 2]]  # "Russian occupation authorities"
        # an office of an organisation named in the title: "Sekretaris Jenderal NATO Mark Rutte"; of a
        # country: "Iranian Foreign Minister Mohammad Javad Zarif"
        if code is None and m.entity.label == "PER":
            title = self._title_start(first)
            for other in self.mentions:
                if other.last < first and first - other.last <= 2 and other.code and other.entity.sector == "IGO":
                    first, code = self._title_start(other.first), other.code
                elif other.code and other.entity.label in ("NORP", "GPE") and other.last == title - 1 < first - 1:
                    first, code = other.first, other.code
        # a body of a country named before it: "China's defence ministry"
        if code is None and m.entity.label == "ORG" and m.entity.kb is None and m.entity.sector not in ("IGO", "NGO"):
            for other in self.mentions:
                if other.code and other.entity.label in ("NORP", "GPE") and other.last == first - 1:
                    first, code = other.first, other.code
        return Argument(
            span=(self.doc.tokens[first][0], self.doc.tokens[last][1]), entity=m.entity.id, code=code, sector=sector
        )

    def _title_start(self, first: int) -> int:
        """The capitalised words of a title before an organisation's name ("Sekretaris Jenderal NATO")."""
        k = self.sentence_of[first]
        while first > 0 and self.sentence_of[first - 1] == k and self.raw[first - 1][:1].isupper() and first - 1 not in self.in_entity:
            first -= 1
        return first

    def acled_by_parties(self, event: Event) -> None:
        """ACLED's distinctions that rest on who the parties are or what they used, which trigger
        words and the English classifier do not see (ACLED Codebook 2023), in this order: an attack
        on an armed actor is a battle; violence by unarmed people (residents, villagers, party
        members) is mob violence, and so is their fight with anyone unarmed; an armed attack on
        civilians is not a battle; an attack with an explosive or remote weapon named in its
        sentence is an explosion ("with hand grenades"); a clash of unarmed people with no armed
        side or weapon named is a riot; a taking of ground told as peaceful is a handover; a
        demonstration whose demonstrators throw stones, burn or barricade ("violent_protest" words
        in its sentence or the next) is a riot, and one the police break up or arrest
        ("protest_intervention" words in its sentence or the next two) a protest with intervention.
        Before those: chlorine or sarin right after a strike makes it a chemical weapon; a passive killing
        with no one named takes the air strike, shelling or explosive told after it ("were killed when a
        coalition airstrike hit"); a seizure of drugs (``contraband``) is no ACLED event; demonstrators
        burning or looting riot, armed men burning with no crowd named destroy property; a person seized
        in the passive by anyone but the police or the army is abducted; arrests of demonstrators are a
        protest with intervention. Then, from news wording: a retreat told as ground given up without a
        fight (``given_up``) is a non-violent transfer of territory ("withdrew from Kherson city, abandoning
        it without a fight"); a shelling done by aircraft right before its trigger (``aircraft``) an air
        strike ("coalition jets pounded"); a chemical agent in the word before an explosive's ("a
        chlorine-filled bomb") a chemical weapon; a dispersal the classifier calls a riot, with no
        violence of the demonstrators named, a protest with intervention ("Security forces broke up a
        sit-in"); an arrest by the police, the army or the authorities stays an arrest ("detained the
        mayor"), not a disappearance; people seized by rebels or gunmen are abducted ("militants
        seized five aid workers")."""
        if event.acled is None:
            if event.type == "RETREAT" and event.trigger and (self._given_up(event.trigger) or self._left_a_place(event)):
                event.acled = Acled(event_type="Strategic developments", sub_event_type="Non-violent transfer of territory")
            elif event.trigger and self._enlistment_arson(event.trigger):
                event.acled = Acled(event_type="Riots", sub_event_type="Violent demonstration")
            return
        if event.trigger and (event.acled.event_type, event.acled.sub_event_type) in (
                ("Riots", "Mob violence"), ("Strategic developments", "Looting/property destruction"), ("Protests", "Peaceful protest"),
                ("Violence against civilians", "Abduction/forced disappearance")) and self._enlistment_arson(event.trigger):
            # "a man threw a Molotov cocktail at the military enlistment office", "set fire to the enlistment
            # office in protest against the mobilisation": ACLED's violent demonstration, by rioters of the country
            event.acled = Acled(event_type="Riots", sub_event_type="Violent demonstration")
            if event.actor is None:
                event.actor = Argument(span=None, entity=None, code=self._place_country(event.place), sector="CVL")
            elif not event.actor.code:
                event.actor.code = self._place_country(event.place)
            return
        if event.trigger and (event.acled.event_type, event.acled.sub_event_type) == ("Riots", "Mob violence") \
                and self.kind_at(event.trigger) in ("destroy", "loot") and (words := self._sentence_words(event.trigger)) \
                and words & self.lang.sabotage_targets and not words & self.lang.demonstrators:
            # "a group of people set fire to a railway relay box": sabotage, property destroyed, no riot
            event.acled = Acled(event_type="Strategic developments", sub_event_type="Looting/property destruction")
            return
        actor = event.actor.sector if event.actor else None
        target = event.target.sector if event.target else None
        kind = (event.acled.event_type, event.acled.sub_event_type)
        crowd = self._crowd_control(event) if event.trigger and kind[0] != "Protests" else None
        trigger_kind = self.kind_at(event.trigger) if event.trigger else None
        words = self._sentence_words(event.trigger) if event.trigger and event.trigger[0] in self.token_at else set()
        i = self.token_at.get(event.trigger[0]) if event.trigger else None
        if i is not None and self._ordinary(event, i, trigger_kind, kind):
            event.acled = None
            return
        if kind[1] == "Shelling/artillery/missile attack" and i is not None and trigger_kind in ("shelling", "airstrike") \
                and set(self.words[max(self.sentence_tokens(i).start, i - 3) : i]) & self.lang.aircraft:
            event.acled = Acled(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike")  # "jets pounded"
        elif kind[0] == "Explosions/Remote violence" and trigger_kind in ("explosive", "airstrike", "shelling") and i is not None \
                and i > 0 and self.sentence_of[i - 1] == self.sentence_of[i] \
                and self.lang.weapons.get(self.words[i - 1].split("-")[0]) == "Chemical weapon":
            event.acled = Acled(event_type="Explosions/Remote violence", sub_event_type="Chemical weapon")  # "a chlorine-filled bomb"
        elif kind == ("Riots", "Violent demonstration") and trigger_kind == "disperse" and i is not None \
                and not self._violent_words(self.sentence_tokens(i, 2)):
            event.acled = Acled(event_type="Protests", sub_event_type="Protest with intervention")  # "broke up a sit-in"
        elif kind == ("Violence against civilians", "Abduction/forced disappearance") and trigger_kind == "arrest" and i is not None \
                and self._near(event.trigger, 4) & self.lang.lawful_captors \
                and not any(self._phrase(j, self.lang.disappeared) is not None for j in self.sentence_tokens(i, 2)):
            event.acled = Acled(event_type="Strategic developments", sub_event_type="Arrests")  # "authorities detained the mayor"
        elif kind == ("Strategic developments", "Looting/property destruction") and trigger_kind == "loot" \
                and actor in ("REB", "UAF") and event.target is not None and event.target.entity is None \
                and event.target.sector in _UNARMED | {"GOV"} and not self._after(event.trigger, 7) & self.lang.seized_arms:
            # "Al-Shabaab militants seized five aid workers": people taken, not goods
            event.acled = Acled(event_type="Violence against civilians", sub_event_type="Abduction/forced disappearance")
        elif kind in (("Battles", "Non-state actor overtakes territory"), ("Battles", "Armed clash"),
                      ("Strategic developments", "Looting/property destruction")) and trigger_kind in ("capture", "loot") \
                and actor in ("MIL", "UAF") and self._after(event.trigger, 8) & self.lang.military_sites \
                and self.words[i] in self.lang.sites_taken_verbs and not self._after(event.trigger, 12) & self.lang.military_sites_of_others \
                and event.actor is not None and event.actor.code and event.actor.code == self._place_country(event.place) \
                and not self._fight_told(i):
            # "Wagner Group forces took control of the Southern Military District HQ in Rostov-on-Don": an
            # armed group of the country taking its own army's sites with no fight told, a handover
            event.acled = Acled(event_type="Strategic developments", sub_event_type="Non-violent transfer of territory")
        elif crowd is not None:  # "Police fired tear gas at protesters": the protest, broken up (or shot at)
            event.acled = crowd
            if event.type in ("ASSAULT", "FIGHT"):  # ... repression, in PLOVER and CAMEO (175), not an assault
                event.type, event.mode, event.cameo = "COERCE", None, "175"
        elif kind[0] in ("Explosions/Remote violence", "Battles", "Violence against civilians") and trigger_kind in ("attack", "airstrike", "shelling", "explosive", "grenade", "aerial_bomb") \
                and (any(self.lang.weapons.get(w) == "Chemical weapon" for w in self._after(event.trigger, 5))
                     or self._before(event.trigger, 8) & self.lang.chemical_agents):
            event.acled = Acled(event_type="Explosions/Remote violence", sub_event_type="Chemical weapon")  # "dropped barrels of chlorine"
        elif trigger_kind == "kill" and kind in (("Violence against civilians", "Attack"), ("Battles", "Armed clash")) \
                and (event.actor is None or event.actor.span is None) and (self._passive(self.token_at[event.trigger[0]])
                                                                          or self._headline_passive(self.token_ending[event.trigger[1]])) \
                and (weapon := self._cause(event.trigger)):
            # "11 civilians were killed when a coalition airstrike hit", "killed when they stepped on a landmine"
            event.acled = Acled(event_type=events_model.event_type_of(weapon), sub_event_type=weapon)
        elif trigger_kind == "kill" and kind in (("Violence against civilians", "Attack"), ("Battles", "Armed clash")) \
                and not self._passive(self.token_at[event.trigger[0]]) and (weapon := self._subject_cause(event)):
            # "A drone attack by the Burkinabe army on a market in Boulkessi has killed dozens of civilians"
            event.acled = Acled(event_type=events_model.event_type_of(weapon), sub_event_type=weapon)
        elif kind == ("Strategic developments", "Looting/property destruction") and trigger_kind == "loot" \
                and self._after(event.trigger, 7) & self.lang.contraband:
            event.acled = None  # "Customs officers seized two tonnes of cocaine": a drug bust, no ACLED event
        elif trigger_kind in ("destroy", "loot") and kind[0] in ("Riots", "Strategic developments") and words & self.lang.demonstrators:
            event.acled = Acled(event_type="Riots", sub_event_type="Violent demonstration")  # "Protesters set fire to a police station"
        elif trigger_kind in ("destroy", "loot") and kind[0] == "Riots" and actor in _ARMED and not words & (self.lang.crowd | self.lang.rioting) \
                and not any(self.kind_at(self.doc.tokens[j]) in ("protest", "protested", "riot", "mob") for j in self.sentence_tokens(self.token_at[event.trigger[0]])):
            # "Attackers burned down 50 houses": no crowd, no riot; the property destroyed
            event.acled = Acled(event_type="Strategic developments", sub_event_type="Looting/property destruction")
        elif kind == ("Strategic developments", "Looting/property destruction") and trigger_kind == "loot" and actor not in ("COP", "MIL", "SPY") \
                and self._seized_person(event):
            event.acled = Acled(event_type="Violence against civilians", sub_event_type="Abduction/forced disappearance")  # "he was seized by armed men"
        elif kind == ("Strategic developments", "Arrests") and (self._near(event.trigger, 4) & self.lang.demonstrators
                                                               or self._protest_after(event.trigger, 10)):
            # "demonstrators were arrested", "police detained 12 people who laid flowers in memory of"
            event.acled = Acled(event_type="Protests", sub_event_type="Protest with intervention")
        elif kind == ("Strategic developments", "Arrests") and (self._abroad(event) or self._disappeared(event.trigger)):
            # "Russian forces detained a local resident in Starobilsk": a foreign army's detention is no arrest
            # by the state; "detained and took to an unknown location": a disappearance
            event.acled = Acled(event_type="Violence against civilians", sub_event_type="Abduction/forced disappearance")
        elif kind == ("Violence against civilians", "Attack") and target in _ARMED and not self._former(event):
            event.acled = Acled(event_type="Battles", sub_event_type="Armed clash")
        elif kind == ("Violence against civilians", "Attack") and actor in _UNARMED or (
                kind == ("Battles", "Armed clash") and actor in _UNARMED and target not in _ARMED):
            # "beaten by residents"; "Demonstrators stormed the parliament": a violent demonstration where they are named
            demonstrating = event.trigger and self._sentence_words(event.trigger) & self.lang.demonstrators
            event.acled = Acled(event_type="Riots", sub_event_type="Violent demonstration" if demonstrating else "Mob violence")
        elif kind == ("Battles", "Armed clash") and actor == "CVL" and event.trigger \
                and self._sentence_words(event.trigger) & (self.lang.rioting | self.lang.demonstrators):
            # "Rioters clashed with security forces": a riot, a violent demonstration where demonstrators are named
            demonstrating = self._sentence_words(event.trigger) & self.lang.demonstrators
            event.acled = Acled(event_type="Riots", sub_event_type="Violent demonstration" if demonstrating else "Mob violence")
        elif kind == ("Riots", "Mob violence") and event.trigger and self._sentence_words(event.trigger) & self.lang.demonstrators:
            event.acled = Acled(event_type="Riots", sub_event_type="Violent demonstration")  # "Protesters threw stones"
        elif kind in (("Battles", "Armed clash"), ("Violence against civilians", "Attack")) and event.trigger \
                and trigger_kind in ("attack", "shoot") and (weapon := self._weapon(event.trigger)):
            # "attacked ... with grenades", "struck the children's hospital with a missile": the weapon's explosion
            event.acled = Acled(event_type="Explosions/Remote violence", sub_event_type=weapon)
        elif kind == ("Battles", "Armed clash") and target in _CIVILIAN and actor not in _UNARMED:
            event.acled = Acled(event_type="Violence against civilians", sub_event_type="Attack")  # "attacked civilians"
        elif kind == ("Battles", "Armed clash") and event.trigger and self.kind_at(event.trigger) == "clash" \
                and actor not in _ARMED and target not in _ARMED and (riot := self._unarmed_clash(event.trigger)):
            event.acled = Acled(event_type="Riots", sub_event_type=riot)
        elif kind == ("Battles", "Armed clash") and event.trigger and self._peaceful(event.trigger):
            # "took control of the camp peacefully", "no clashes were reported": a handover
            event.acled = Acled(event_type="Strategic developments", sub_event_type="Non-violent transfer of territory")
        elif kind == ("Battles", "Armed clash") and event.trigger and self.kind_at(event.trigger) in ("capture", "fall") \
                and (taken := self._territory(event)) is not None:
            event.acled = Acled(event_type="Battles", sub_event_type=taken)
        elif kind == ("Strategic developments", "Looting/property destruction") and event.trigger and actor in ("COP", "MIL", "SPY") \
                and self.kind_at(event.trigger) == "loot" and self._after(event.trigger, 7) & self.lang.seized_arms:
            # "Police seized a large cache of weapons": arms taken out of use, not a looting
            event.acled = Acled(event_type="Strategic developments", sub_event_type="Disrupted weapons use")
        elif kind[0] == "Protests" and kind[1] != "Excessive force against protesters" and event.trigger:
            i = self.token_at.get(event.trigger[0])
            if i is None:
                return
            span = self.sentence_tokens(i, 2)
            intervened = any(self._intervened(j, span) for j in range(span.start, span.stop))
            if self._violent_words(span):
                event.acled = Acled(event_type="Riots", sub_event_type="Violent demonstration")
            elif kind[1] == "Peaceful protest" and intervened:
                event.acled = Acled(event_type="Protests", sub_event_type="Protest with intervention")
            elif kind[1] == "Protest with intervention" and trigger_kind in ("protest", "protested") and not intervened \
                    and set(self.words[span.start : span.stop]) & self.lang.peaceful and not any(
                        (hit := self._phrase(j, self.lang.triggers)) is not None
                        and self.kinds.get(str(hit[1]), {}).get("type") in _VIOLENT for j in span):
                event.acled = Acled(event_type="Protests", sub_event_type="Peaceful protest")  # "demonstrated peacefully"

    def home_authority(self, event: Event) -> bool:
        """Whether the event's actor is a police, intelligence or judicial body (sector COP, SPY, JUD) of
        the country of the event's place."""
        actor, home = event.actor, self._place_country(event.place)
        return actor is not None and actor.sector in ("COP", "SPY", "JUD") and actor.code is not None and actor.code == home

    def _holder(self, place_id: str | None, date: str | None) -> str | None:
        """The state that holds the town on the date, where another state's forces hold it (``held_towns``:
        Melitopol from March 2022), else None."""
        place = next((p for p in self.doc.places if p.id == place_id), None)
        if place is None or not date or place.precision != "settlement":
            return None
        for name, (holder, start, end) in self.lang.held_towns.get(place.country or "", {}).items():
            if name == place.name and start <= date[:10] and (end is None or date[:10] <= end):
                return holder
        return None

    def _abroad(self, event: Event) -> bool:
        """Whether the event's actor is the army of a state that holds ground in the country of the
        event's place with no authority ACLED recognises there (``occupiers``: Russia's forces in
        Ukraine, and the officials and police it installs there), whose detentions ACLED codes as disappearances,
        not arrests."""
        actor, home = event.actor, self._place_country(event.place)
        if actor is None or home is None or home not in self.lang.occupiers.get(actor.code or "", ()):
            return False
        if actor.sector == "MIL":
            return True
        # "Russian-installed authorities detained a teacher" in Nova Kakhovka: the occupier's officials and
        # police too, but not in a region the occupier holds as its own (Crimea's police arrest, as ACLED codes it)
        return actor.sector in ("GOV", "COP") and self._police_country(event.place) == home

    def _disappeared(self, trigger: tuple[int, int] | None) -> bool:
        """Whether the trigger's sentence tells that the person was taken away to no known place
        (``disappeared``: "to an unknown location")."""
        if trigger is None or trigger[0] not in self.token_at:
            return False
        span = self.sentence_tokens(self.token_at[trigger[0]])
        return any(self._phrase(j, self.lang.disappeared) is not None for j in range(span.start, span.stop))

    def _former(self, event: Event) -> bool:
        """The target named as someone who was armed ("a former Afghan army officer"): a civilian now."""
        first = self.token_at.get(event.target.span[0]) if event.target and event.target.span else None
        return first is not None and any(self.words[j] in self.lang.former for j in range(max(0, first - 4), first + 1))

    def alleged(self, found: list[Event]) -> None:
        """"RSF fighters were accused of raping women": the accusation, the report's main event, takes the
        ACLED coding of the violence alleged, a gerund after "of" (``alleged_by``); its PLOVER type stays."""
        for event in found:
            i = self.token_at.get(event.trigger[0]) if event.trigger else None
            if i is None or event.acled is not None or self.words[i] not in self.lang.alleged_by:
                continue
            for other in found:
                j = self.token_at.get(other.trigger[0]) if other.trigger else None
                if j is None or not i < j <= i + 8 or other.acled is None or other.sentence != event.sentence \
                        or other.acled.event_type not in _VIOLENCE_TYPES | {"Riots"}:
                    continue
                skipped = self.words[j - 1] in self.lang.alleged_skips
                before = self.words[j - 2] if skipped else self.words[j - 1]
                if before in self.lang.of_words and (self.words[j].endswith("ing") or skipped):
                    event.acled = Acled(event_type=other.acled.event_type, sub_event_type=other.acled.sub_event_type)
                    break

    def _ordinary(self, event: Event, i: int, trigger_kind: str | None, kind: tuple[str, str]) -> bool:
        """What ACLED does not code though its words name an event: an arrest in a drug bust (``contraband``
        seized in its sentence: "seized 2 tonnes of cocaine and arrested its owner"); an agreement about
        business (``business_deals``: "approved a $500 million loan"); violence on the actor's kin or
        neighbour by a lone person or no one named ("A man stabbed his neighbour to death", "sentenced a man
        for killing his sister")."""
        words = self._sentence_words(event.trigger) if event.trigger else set()
        if kind == ("Strategic developments", "Arrests") and words & self.lang.contraband and not words & self.lang.demonstrators:
            return True
        if kind == ("Strategic developments", "Arrests") and trigger_kind == "arrest":
            after = self._same_sentence(i + 1, i + 8)  # "arrested five suspects for hijacking a car"
            told = [w for w in after if w not in self.lang.hedges]  # "arrested for allegedly cheating investors"
            if any(w in self.lang.crime_links and told[n + 1 : n + 2] and told[n + 1] in self.lang.crimes for n, w in enumerate(told)):
                return True
        if kind[1] == "Agreement" and trigger_kind == "agree" and set(self._same_sentence(i + 1, i + 8)) & self.lang.business_deals \
                and not words & self.lang.peace_terms:
            return True
        if kind[0] in _VIOLENCE_TYPES | {"Riots"} and trigger_kind in ("kill", "attack", "shoot", "beat", "mob"):
            end = self.token_ending.get(event.trigger[1]) if event.trigger else None
            after = self._same_sentence(end + 1, end + 4) if end is not None else []
            kin = any(w in self.lang.possessives and after[n + 1 : n + 2] and after[n + 1] in self.lang.kin for n, w in enumerate(after))
            actor = self.raw[self.token_ending[event.actor.span[1]]].lower() if event.actor and event.actor.span \
                and event.actor.span[1] in self.token_ending else None
            if any(w in self.lang.criminals for w in self.words[max(self.sentence_tokens(i).start, i - 3) : i]):
                return True  # "A robber shot a shopkeeper during a holdup": ordinary crime
            judged = event.actor is not None and event.actor.sector == "JUD"  # "a court sentenced a man for killing his sister"
            return kin and (actor is None or actor in self.lang.lone_persons or judged)
        return False

    def _territory(self, event: Event) -> str | None:
        """Who took ground, in ACLED's words: a country's own forces in their country regain it
        ("Ukrainian forces recaptured Klishchiivka"); any other armed actor, a foreign state's
        forces too, overtakes it ("Russian forces gained control of Krokhmalne"), and rebels taking a
        town always do; a state's forces retaking ground (``regaining`` words) regain it wherever it is.
        None when the actor or the place's country is unknown."""
        actor, home = event.actor, self._place_country(event.place)
        where = next((p for p in self.doc.places if p.id == event.place), None)
        if actor is not None and actor.sector == "REB" and where is not None and where.precision != "country":
            return "Non-state actor overtakes territory"  # rebels, whoever's town ("Al-Shabaab fighters seized control of Beledweyne")
        if actor is not None and (actor.entity is None or not actor.code or home is None) and actor.sector in ("MIL", "GOV") \
                and event.trigger and self._retaking(event.trigger):
            return "Government regains territory"  # "The army recaptured the town"
        if actor is None or not actor.code or home is None:
            return None
        entity = self.entity_by_id.get(actor.entity) if actor.entity else None
        # a country's forces, or forces named by their kind alone ("the army"), who act for the country they are in
        state = (entity is not None and entity.label in ("NORP", "GPE") and entity.country == actor.code
                 and actor.sector in ("MIL", "GOV", None)) or (entity is None and actor.sector in ("MIL", "GOV"))
        if state and actor.code == home:
            return "Government regains territory"
        if actor.code == home and actor.sector in (None, "MIL", "GOV") and event.trigger and self._retaking(event.trigger):
            return "Government regains territory"  # "Troops of Operation Hadin Kai have restored government control over"
        if state or actor.sector in _ARMED:
            return "Non-state actor overtakes territory"
        return None

    def _takes_a_place(self, trigger: tuple[int, int]) -> bool:
        """A taking of ground told as done, a place named at most six words after it ("took control of Wad
        Madani"; not "the battle to recapture", "killed or captured")."""
        i, end = self.token_at.get(trigger[0]), self.token_ending.get(trigger[1])
        if i is None or end is None or self.kind_at(trigger) not in ("capture", "fall") or self.words[i] in self.lang.base_forms:
            return False
        return any(end < self.token_at.get(s, -1) <= end + 6 for place in self.doc.places for s, _ in place.mentions)

    def _retaking(self, trigger: tuple[int, int]) -> bool:
        """Whether the trigger's words tell ground taken back (``regaining``: "recaptured", "took back")."""
        i, end = self.token_at.get(trigger[0]), self.token_ending.get(trigger[1])
        if i is None or end is None:
            return False
        return self.words[i] in self.lang.regaining or " ".join(self.words[i : end + 1]) in self.lang.regaining

    def strike_alone(self, trigger: tuple[int, int], sub: str) -> bool:
        """Whether an air strike's or a shelling's sentence tells it alone: no fight on the ground in it or
        the next (``ground_fighting``: "ground and air operations", "a shelling exchange", "a follow-up
        ground operation"), and no other trigger in it, but a killing, names an event of ``sub``'s ACLED
        event type ("security operatives in a drone abducted a man": the abduction; "conducted a shelling
        ... and regained the control of the area": the ground regained)."""
        i = self.token_at.get(trigger[0])
        if i is None:
            return False
        span = self.sentence_tokens(i, 2)
        if set(self.words[span.start : span.stop]) & self.lang.ground_fighting:
            return False
        for j in self.sentence_tokens(i):
            hit = self._phrase(j, self.lang.triggers) if j != i else None
            acled = (self.kinds.get(str(hit[1]), {}).get("acled") or [None, None]) if hit is not None else [None, None]
            if hit is not None and str(hit[1]) != "kill" and acled[0] == events_model.event_type_of(sub):
                return False
        return True

    def _violent_words(self, span: range) -> bool:
        """Whether the tokens name demonstrators' violence (``violent_protest``), not counting the words
        of a dispersal's trigger ("police broke up the rally": no one broke anything)."""
        j = span.start
        while j < span.stop:
            hit = self._phrase(j, self.lang.triggers)
            if hit is not None and str(hit[1]) == "disperse":
                j = hit[0]
                continue
            if self.words[j] in self.lang.violent_protest:
                return True
            j += 1
        return False

    def _left_a_place(self, event: Event) -> bool:
        """An armed actor's withdrawal from a place named right after it ("Russian forces withdrew from
        Slavutych"): ground given up, a non-violent transfer of territory for ACLED."""
        trigger = event.trigger
        i, end = self.token_at.get(trigger[0]), self.token_ending.get(trigger[1])
        if i is None or end is None or self.words[i] not in self.lang.withdrawing or event.actor is None \
                or event.actor.sector not in ("MIL", "REB", "UAF") or end + 1 >= len(self.words) or self.words[end + 1] not in self.lang.origin:
            return False
        return any(end + 1 < self.token_at.get(s, -1) <= end + 4 for place in self.doc.places for s, _ in place.mentions)

    def _enlistment_arson(self, trigger: tuple[int, int]) -> bool:
        """Whether the trigger's sentence tells a fire set or a bottle thrown (``violent_protest`` words) at
        a military enlistment office (``enlistment``)."""
        i = self.token_at.get(trigger[0])
        if i is None:
            return False
        span = self.sentence_tokens(i)
        return any(self._phrase(j, self.lang.enlistment) is not None for j in span) and any(
            self.words[j] in self.lang.violent_protest or self.words[j] in ("fire", "burning", "arson") for j in span)

    def _given_up(self, trigger: tuple[int, int]) -> bool:
        """Whether the trigger's sentence tells ground given up without a fight (``given_up``)."""
        i = self.token_at.get(trigger[0])
        return i is not None and any(self._phrase(j, self.lang.given_up) is not None for j in self.sentence_tokens(i))

    def _crowd_control(self, event: Event) -> Acled | None:
        """The ACLED coding of violence its sentence tells as the answer to a protest (a crowd is
        named, "protesters", "massa", and no rioters): the police or the army killing or shooting
        ("shot dead three protesters", "used live ammunition against demonstrators, killing 18"), or firing
        live rounds at them (``live_fire``: "fired at a peaceful rally with stun grenades and live ammunition")
        is excessive force against protesters; a crowd-control weapon used ("tear gas", "rubber
        bullets", "gas air mata") a protest with intervention."""
        if event.trigger is None or event.trigger[0] not in self.token_at:
            return None
        span = self.sentence_tokens(self.token_at[event.trigger[0]])
        words = self._sentence_words(event.trigger)
        if not words & self.lang.crowd or words & self.lang.rioting:
            return None
        if any((hit := self._phrase(j, self.lang.triggers)) is not None
               and (self.kinds.get(str(hit[1]), {}).get("acled") or [None, None])[1] in _BOMBINGS for j in span):
            return None  # "a suicide bomber targeted a political rally, police said": the bombing, not its policing
        forces = (event.actor is not None and event.actor.sector in ("MIL", "COP")) or bool(words & self.lang.police)
        live = any(self._phrase(j, self.lang.live_fire) is not None for j in span)
        if forces and (event.fatalities or self.kind_at(event.trigger) in ("kill", "shoot") or live):
            return Acled(event_type="Protests", sub_event_type="Excessive force against protesters")
        armed = any(self.words[j] in self.lang.crowd_control and {self.words[j - 1], self.words[j + 1]} & self.lang.crowd_arms
                    for j in range(span.start + 1, span.stop - 1))
        return Acled(event_type="Protests", sub_event_type="Protest with intervention") if armed else None

    def names_weapon(self, trigger: tuple[int, int]) -> bool:
        """Whether the trigger's own words are an explosive or remote weapon ("drone", "missiles")."""
        i, end = self.token_at.get(trigger[0]), self.token_ending.get(trigger[1])
        return i is not None and end is not None and any(self.words[j] in self.lang.weapons for j in range(i, end + 1))

    def names_firearms(self, trigger: tuple[int, int] | None) -> bool:
        """Whether the trigger's sentence names a firearm (``firearms``: "small arms", "rifles")."""
        if trigger is None or trigger[0] not in self.token_at:
            return False
        return any(self._phrase(j, self.lang.firearms) is not None for j in self.sentence_tokens(self.token_at[trigger[0]]))

    def _headline_passive(self, end: int) -> bool:
        """A killing told as a headline's passive: "Four killed as warplanes bomb a house" (``headline_passive``),
        not "killed as many as 20" (``headline_not``)."""
        if end + 2 >= len(self.words) or self.sentence_of[end + 1] != self.sentence_of[end]:
            return False
        return self.words[end + 1] in self.lang.headline_passive and self.words[end + 2] not in self.lang.headline_not

    def _cause(self, trigger: tuple[int, int]) -> str | None:
        """The ACLED sub-event type of an air strike, a shelling or an explosive that a killing's sentence
        names after it as its cause ("were killed when a coalition airstrike hit", "when they stepped on a
        landmine")."""
        end = self.token_ending.get(trigger[1])
        if end is None:
            return None
        for j in range(end + 1, self.sentence_tokens(end).stop):
            if self.words[j] in self.lang.relatives or self.words[j] in self.lang.clause_breaks:
                return None  # "... killed in July 2015; or when 109 died in a bomb attack": another event
            hit = self._phrase(j, self.lang.triggers)
            spec = self.kinds.get(str(hit[1]), {}) if hit is not None else {}
            if spec.get("mode") in ("aerial", "heavy-weapons", "explosive") and (spec.get("acled") or [None])[0] == "Explosions/Remote violence":
                return str(spec["acled"][1])
        return None

    def _subject_cause(self, event: Event) -> str | None:
        """The ACLED sub-event type of an air strike, a shelling or an explosive named as the subject of a
        killing, in its clause before it ("A drone attack by the Burkinabe army on a market has killed
        dozens"), the killing's actor, if any, named after it (its "by" agent); no comma, clause break or
        relative word between."""
        i = self.token_at.get(event.trigger[0]) if event.trigger else None
        if i is None:
            return None
        actor = self.token_at.get(event.actor.span[0]) if event.actor is not None and event.actor.span else None
        found: tuple[int, str] | None = None
        for j in range(self.sentence_tokens(i).start, i):
            if self.words[j] in self.lang.clause_breaks or self.words[j] in self.lang.barriers or self.words[j] == ",":
                found = None
                continue
            hit = self._phrase(j, self.lang.triggers)
            spec = self.kinds.get(str(hit[1]), {}) if hit is not None else {}
            if found is None and spec.get("mode") in ("aerial", "heavy-weapons", "explosive") \
                    and (spec.get("acled") or [None])[0] == "Explosions/Remote violence":
                found = (j, str(spec["acled"][1]))
        if found is None or (event.actor is not None and (actor is None or actor <= found[0])):
            return None
        return found[1]

    def _seized_person(self, event: Event) -> bool:
        """A seizure told in the passive of a person ("he was seized by armed men", "two engineers were seized"):
        a pronoun or a kind of people right before the passive word."""
        i = self.token_at.get(event.trigger[0]) if event.trigger else None
        if i is None or i < 2 or self.words[i - 1] not in self.lang.passive_markers:
            return False
        if event.actor is not None and event.actor.sector in ("REB", "UAF") or (
                self.words[i + 1 : i + 2] and self.words[i + 1] in self.lang.agent and set(self._same_sentence(i + 2, i + 5)) & self.lang.captors):
            return True  # "disappeared after being seized by unidentified men": no goods are seized by gunmen
        return self.words[i - 2] in self.lang.persons or (event.target is not None and event.target.entity is None
                                                          and event.target.sector is not None and event.target.span is not None
                                                          and self.token_ending.get(event.target.span[1]) == i - 2)

    def _near(self, trigger: tuple[int, int] | None, within: int) -> set[str]:
        """The words at most ``within`` tokens before or after the trigger, in its sentence."""
        if trigger is None or trigger[0] not in self.token_at or trigger[1] not in self.token_ending:
            return set()
        i, end = self.token_at[trigger[0]], self.token_ending[trigger[1]]
        span = self.sentence_tokens(i)
        near: set[str] = set()
        for j in range(i - 1, max(span.start, i - within) - 1, -1):
            if self.words[j] in self.lang.barriers or self.words[j] == ",":
                break
            near.add(self.words[j])
        for j in range(end + 1, min(span.stop, end + 1 + within)):
            if self.words[j] in self.lang.barriers or self.words[j] in self.lang.conditional or self.words[j] == ",":
                break
            near.add(self.words[j])
        return near

    def _before(self, trigger: tuple[int, int] | None, within: int) -> set[str]:
        """The words at most ``within`` tokens before the trigger, in its clause ("mustard gas had been used
        in an attack")."""
        if trigger is None or trigger[0] not in self.token_at:
            return set()
        i = self.token_at[trigger[0]]
        words: set[str] = set()
        for j in range(i - 1, max(self.sentence_tokens(i).start, i - within) - 1, -1):
            if self.words[j] in self.lang.barriers or self.words[j] == ",":
                break
            words.add(self.words[j])
        return words

    def _after(self, trigger: tuple[int, int] | None, within: int) -> set[str]:
        """The words at most ``within`` tokens after the trigger, in its clause ("dropped barrels filled
        with chlorine")."""
        if trigger is None or trigger[1] not in self.token_ending:
            return set()
        end = self.token_ending[trigger[1]]
        words: set[str] = set()
        for j in range(end + 1, min(self.sentence_tokens(end).stop, end + 1 + within)):
            if self.words[j] in self.lang.barriers or self.words[j] == ",":
                break
            words.add(self.words[j])
        return words

    def _protest_after(self, trigger: tuple[int, int] | None, within: int) -> bool:
        """Whether a protest's trigger follows at most ``within`` tokens after the trigger, in its
        sentence ("detained 12 people who laid flowers", "arrested people protesting against")."""
        if trigger is None or trigger[1] not in self.token_ending:
            return False
        end = self.token_ending[trigger[1]]
        for j in range(end + 1, min(self.sentence_tokens(end).stop, end + 1 + within)):
            hit = self._phrase(j, self.lang.triggers)
            if hit is not None and self.kinds.get(str(hit[1]), {}).get("type") == "PROTEST":
                return True
        return False

    def _sentence_words(self, trigger: tuple[int, int]) -> set[str]:
        """The words of the trigger's sentence."""
        span = self.sentence_tokens(self.token_at[trigger[0]])
        return set(self.words[span.start : span.stop])

    def _intervened(self, j: int, span: range) -> bool:
        """Whether word ``j`` tells the police acting on a protest: an intervention word with the police
        named within four words before it ("Police intervened to disperse them", "polisi
        membubarkan"), or in the passive ("One person was arrested", "tiga orang ditangkap"); never
        after a negation ("no arrests were made"); a protest over arrests ("over the arrests of
        teachers") is no intervention."""
        if self.words[j] not in self.lang.intervention or set(self.words[max(span.start, j - 2) : j]) & self.lang.negated:
            return False
        before = self.words[max(span.start, j - 4) : j]
        passive = (j > span.start and self.words[j - 1] in self.lang.passive_markers) or (
            bool(self.lang.passive_prefixes) and self.words[j].startswith(self.lang.passive_prefixes))
        return passive or bool(set(before) & self.lang.police)

    def kind_at(self, trigger: tuple[int, int]) -> str | None:
        """The kind of event the trigger's words name."""
        i = self.token_at.get(trigger[0])
        hit = self._phrase(i, self.lang.triggers) if i is not None else None
        if hit is None or i is None:
            return None
        return self._recoded(i, hit[0], str(hit[1]))

    def _recoded(self, i: int, end: int, kind: str) -> str:
        """The kind a trigger's words name, as the word after them makes it (``recode_near``: "lifted the
        blockade", "cut off military aid", "seized several districts"), in the active only."""
        near = self.lang.recode_near.get(" ".join(self.words[i:end])) if not self._passive(i) else None
        return str(next((near[w] for w in self._same_sentence(end, end + 6) if w in near), kind)) if near else kind

    def _weapon(self, trigger: tuple[int, int]) -> str | None:
        """The ACLED sub-event type of the explosive or remote weapon an attack's sentence names
        ("attacked the office with 2 bombs", "via 3 hand grenades"), if it names one."""
        sentence = self.sentence_tokens(self.token_at[trigger[0]])
        for j in sentence:
            if self.words[j] in self.lang.weapons and not (
                    set(self.words[max(0, j - 1) : j + 2]) & self.lang.crowd_control):  # "stun grenades", "granat kejut"
                for k in range(max(sentence.start, j - 2), j):  # "glide bombs": a trigger's weapon codes as its trigger does
                    hit = self._phrase(k, self.lang.triggers)
                    if hit is not None and hit[0] > j and (acled := self.kinds.get(str(hit[1]), {}).get("acled")):
                        return str(acled[1])
                return str(self.lang.weapons[self.words[j]])
        return None

    def _unarmed_clash(self, trigger: tuple[int, int]) -> str | None:
        """A clash of unarmed people (residents, youths, party activists in its sentence) with no
        armed side or weapon named (soldiers, police, militia, gangs, "shoot-out", "armed"): a riot.
        With demonstrators a violent demonstration, else mob violence."""
        in_sentence = self.sentence_tokens(self.token_at[trigger[0]])
        words = self.words[in_sentence.start : in_sentence.stop]
        sectors = {self.lang.sectors.get(w) for w in words}
        if sectors & _ARMED or not sectors & _UNARMED or self.lang.armed & set(words):
            return None
        if any(self.kind_at(self.doc.tokens[j]) in ("protest", "protested", "riot") for j in in_sentence):
            return "Violent demonstration"
        return "Mob violence"

    def invading(self, event: Event) -> bool:
        """A state's forces taking ground in another country, told with no word of it being peaceful."""
        actor, home = event.actor, self._place_country(event.place)
        return (event.trigger is not None and self.kind_at(event.trigger) in ("capture", "fall") and actor is not None
                and actor.sector in ("MIL", "GOV", None) and actor.code is not None and home is not None
                and actor.code != home and not self._peaceful(event.trigger))

    def _fight_told(self, i: int) -> bool:
        """Whether the sentence of token ``i`` or the next tells a fight not negated ("clashes", not "without resistance")."""
        span = self.sentence_tokens(i, 2)
        return any(self.words[j] in self.lang.fighting and not any(self.words[x] in self.lang.negated for x in range(max(span[0], j - 3), j))
                   for j in span)

    def _peaceful(self, trigger: tuple[int, int]) -> bool:
        """A taking of ground told as peaceful in its sentence or the next: "peacefully", or a
        negated fight ("no clashes", "tanpa perlawanan"). Only for triggers of taking ground."""
        i = self.token_at.get(trigger[0])
        if i is None or self.kind_at(trigger) not in ("capture", "fall"):
            return False
        span = self.sentence_tokens(i, 2)
        if any(self.words[j] in self.lang.peaceful for j in span):
            return True
        if self.words[i] in self.lang.entering and any(self.words[j] in self.lang.withdrawing for j in self.sentence_tokens(i)):
            return True  # "Ukrainian forces entered Kherson city after Russian forces withdrew": ground handed over
        return any(self.words[j] in self.lang.fighting and any(self.words[x] in self.lang.negated for x in range(max(span[0], j - 3), j + 4) if x in span)
                   for j in span)

    def _civilians(self, end: int, s_last: int) -> bool:
        return any(self.lang.sectors.get(w) == "CVL" for w in self.words[end : min(end + 6, s_last + 1)])

    def _place(self, i: int, end: int, s_first: int, s_last: int) -> str | None:
        lo, hi = self.doc.tokens[s_first][0], self.doc.tokens[s_last][1]
        named: list[tuple[int, int, str]] = []  # (start, how coarse, place id)
        ends = {e for place in self.doc.places for _, e in place.mentions}
        starts = {s: place for place in self.doc.places for s, _ in place.mentions}
        for place in self.doc.places:
            for s, e in self._named_as_place(place):
                if lo <= s and e <= hi:
                    rank = 4 if place.lat is None else _COARSENESS.get(place.precision, 0)
                    k = self.token_at.get(s)
                    if k is not None and place.lat is not None and place.country in self.place_countries and self._coded_at(k):
                        rank = -2  # "(coded to Salh district)": where the writer put it (a place in the report's countries)
                    elif k is not None and k >= 2 and self.words[k - 1] in ("(", ",") and (self.doc.tokens[k - 2][1] in ends or (
                            k >= 3 and self.words[k - 2] in self.lang.kind_words and self.doc.tokens[k - 3][1] in ends)):
                        rank = max(rank, 2)  # "Pilar do Sul (Sao Paulo)", "Tedim township (Falam district, Chin state)": not what holds it
                    elif k is not None and self._in_holder_brackets(k, ends):
                        rank = max(rank, 2)  # "Bab Ghaliq (Qaatabah, Ad Dali)": the last of the chain holds the first
                    elif place.precision in ("settlement", "district") and self._qualified(place, self.token_ending.get(e), starts):
                        rank = -1  # "Nova Friburgo (Rio de Janeiro)": the writer said which one
                    if self._names_a_road(s, e):
                        rank = max(rank, 2)  # "blocked the Chilpancingo-Acapulco federal highway": somewhere on the road
                    if k is not None and k >= 1 and self.words[k - 1] in self.lang.origin and not self._left(k - 1) and not (
                            k >= 2 and self.words[k - 2] in self.lang.distances) and not (  # not "a village 25km from Salamabila"
                            set(self.words[s_first : s_last + 1]) & self.lang.evacuation):  # not "the evacuation of children from Vovchansk"
                        rank = max(rank, 3)  # "deployed from Damascus to Al-Bukamal": where they came from, not where it happened
                    named.append((s, rank, place.id))
        if not any(rank == -2 for _, rank, _ in named) and (later := self._coded_later(hi)) is not None:
            return later  # "... a nationwide strike. Coded to Beirut.": the note's own word on where it goes
        if not any(rank < 4 for _, rank, _ in named):
            # none in the sentence that the gazetteer placed: the last place named in the two sentences
            # before ("... in Herat. The Taliban arrested him there."), else the unplaced one here
            k = self.sentence_of[i]
            sentences = self.doc.sentences
            back = sentences[max(0, k - 2)][0] if sentences else 0
            earlier = [(-_COARSENESS.get(place.precision, 0), s, place.id) for place in self.doc.places if place.lat is not None
                       for s, e in self._named_as_place(place) if back <= s and e <= lo]
            if earlier or not named:
                return max(earlier)[2] if earlier else None  # the finest, then the latest
        trigger_start = self.doc.tokens[i][0]
        named.sort(key=lambda p: (p[1], p[0] < trigger_start, p[0] if p[0] >= trigger_start else -p[0]))
        return named[0][2]

    def _left(self, k: int) -> bool:
        """Whether the origin word at token ``k`` follows a withdrawal's trigger ("withdrew from Lyman ... and
        Ukrainian forces entered the town"): the place left is where the handover happened, not where the
        actors came from."""
        for j in (k - 1, k - 2, k - 3):
            hit = self._phrase(j, self.lang.triggers) if j >= 0 else None
            if hit is not None and hit[0] == k and self.kinds.get(str(hit[1]), {}).get("type") == "RETREAT":
                return True
        return False

    def _names_a_road(self, s: int, e: int) -> bool:
        """Whether the place named at ``s``-``e`` is joined by a hyphen to another town, the two naming a
        road (``roads`` after them, "the Chilpancingo-Acapulco federal highway"; ``roads_before`` before
        them, "jalan tol Jakarta-Cikampek")."""
        text = self.doc.text
        after, before = _HYPHEN_NEXT.match(text, e), _HYPHEN_PREVIOUS.search(text, max(0, s - 40), s)
        if after is None and before is None:
            return False
        first, last = before.start() if before is not None else s, after.end() if after is not None else e
        following = re.match(r"(?:\s+[a-z]+){1,2}", text[last : last + 40])
        preceding = re.findall(r"\w+", text[max(0, first - 30) : first])[-2:]
        return (following is not None and any(w in self.lang.roads for w in following.group().split())
                or any(w.lower() in self.lang.roads_before for w in preceding))

    def _in_holder_brackets(self, k: int, ends: set[int]) -> bool:
        """Whether token ``k`` stands inside brackets opened right after a place, or its kind word
        ("Bab Ghaliq (Qaatabah, Ad Dali)", "Tedim township (Falam district, Chin state)"): a unit
        holding that place, not where the event is."""
        j = k - 1
        while j >= 0 and self.words[j] not in ("(", ")") and k - j <= 12:
            j -= 1
        if j < 1 or self.words[j] != "(":
            return False
        before = j - 1
        if self.words[before] in self.lang.kind_words and before >= 1:
            before -= 1
        return self.doc.tokens[before][1] in ends

    def _coded_at(self, k: int) -> bool:
        """Whether a coder's cue (``place_cues``: "coded to", "coded as") stands right before token ``k``."""
        return any(tuple(self.words[max(0, k - len(cue)) : k]) == cue for cue in self.lang.place_cues)

    def _coded_later(self, after: int) -> str | None:
        """The one place a later sentence of the report says it is coded to ("Coded to Beirut.",
        "Coded as Soran district."; ``place_cues``), in the report's countries; None where there is
        none or more than one."""
        found = set()
        for place in self.doc.places:
            if place.lat is None or place.country not in self.place_countries:
                continue
            for s, e in self._named_as_place(place):
                k = self.token_at.get(s)
                if s >= after and k is not None and self._coded_at(k):
                    found.add(place.id)
        return found.pop() if len(found) == 1 else None

    @staticmethod
    def _named_as_place(place: Place) -> list:
        """The place's mentions less those naming it as an actor ("Russia said") or inside another name
        ("Toronto Police"): no event happens there."""
        if not place.associative and not place.name_mentions:
            return place.mentions
        other = set(map(tuple, place.associative + place.name_mentions))
        return [m for m in place.mentions if tuple(m) not in other]

    def _qualified(self, place: Place, last: int | None, starts: dict[int, Place]) -> bool:
        """Whether a settlement is followed by "(" or "," and the first-level region that holds it
        ("Nova Friburgo (Rio de Janeiro)", "Guadalupe, Nuevo Leon"). A country after it says less:
        "Donetsk, Ukraine" may be the region's name as well as the city's."""
        if last is not None and last + 1 < len(self.words) and self.words[last + 1] in self.lang.kind_words:
            last += 1  # "Puerto Asis municipality (Putumayo)"
        if last is None or last + 2 >= len(self.words) or self.words[last + 1] not in ("(", ","):
            return False
        holder = starts.get(self.doc.tokens[last + 2][0])
        if holder is not None and holder.country == place.country and self.words[last + 1] == "(" and last + 3 < len(self.words) \
                and self.words[last + 3] == ")" and self.words[last + 2] == self.words[last]:
            return True  # "in Moscow (Moscow)": a city that is a region of its own, named twice
        return (holder is not None and holder is not place and holder.country == place.country
                and holder.precision == "admin1" and holder.admin1 == place.admin1)

    def _date(self, s_first: int, s_last: int) -> str | None:
        lo, hi = self.doc.tokens[s_first][0], self.doc.tokens[s_last][1]
        for t in self.doc.times:
            if lo <= t.span[0] and t.span[1] <= hi and t.value and _DATE.match(t.value):
                return t.value[:10]
        return self.doc.published

    def _amounts(self, s_first: int, s_last: int) -> tuple[list[str], int | None]:
        lo, hi = self.doc.tokens[s_first][0], self.doc.tokens[s_last][1]
        ids, killed = [], None
        for q in self.doc.quantities:
            if lo <= q.span[0] and q.span[1] <= hi:
                ids.append(q.id)
                if q.unit == "killed":
                    count = q.value if q.value is not None else q.min
                    if count is not None and self._one_more(q.span[0], s_first):
                        count += 1  # "a 23-day-old baby and 6 other civilians were killed": 7
                    if count is not None and (killed is None or count > killed):
                        killed = int(count)
        return ids, killed

    def _one_more(self, start: int, s_first: int) -> bool:
        """Whether a number of victims at char ``start`` is "N other(s)" after one victim and "and"
        ("a woman and 2 other civilians", "a child and three others"): the one before counts too."""
        k = self.token_at.get(start)
        if k is None or k - 1 <= s_first or k + 1 >= len(self.words) or self.words[k - 1] not in self.lang.joins \
                or self.words[k + 1] not in self.lang.others:
            return False
        before = range(max(s_first, k - 6), k - 1)
        return any(self.words[j] in self.lang.singular_object for j in before) \
            and not any((self.raw[j].replace(",", "").isdigit() and self.raw[j + 1] != "-")  # not "a 23-day-old baby"
                        or self.words[j] in self.lang.not_one for j in before)

    def _status(self, i: int, s_first: int, s_last: int) -> str:
        lang = self.lang
        sentence = range(s_first, s_last + 1)
        if any(self._phrase(j, lang.denied) for j in range(s_first, i)):
            return "denied"
        near = self.words[max(s_first, i - _WINDOW) : i]
        if lang.negated & set(near):
            return "negated"
        if lang.hypothetical & set(near) or lang.conditional & set(self.words[s_first:i]):
            return "hypothetical"
        if lang.future & set(near):
            return "future"
        if any(self._phrase(j, lang.claimed) for j in sentence if j < i or j > i):
            return "claimed"
        return "asserted"


def _lede(k: int) -> float:
    """The weight of an event in the report's sentence ``k``: the lede tells the main event."""
    return max(0.5, 1.0 - 0.3 * k)


def _merge(found: list[Event], taking: set | frozenset = frozenset()) -> list[Event]:
    """One event per occurrence: same type, actor, target, place and date in one report. Armed
    violence is one type here: "shelled the city, killing three" is one occurrence (FIGHT), whose
    killing PLOVER would call ASSAULT on its own. Where the occurrence is an attack and a taking of
    ground (triggers in ``taking``: "stormed and took control of Wad Madani"), the taking tells it: ACLED
    codes the ground taken."""
    kept: dict[tuple, Event] = {}
    for event in found:
        key = (
            "violence" if event.type in ("ASSAULT", "FIGHT") else event.type,
            event.actor.code or event.actor.entity if event.actor else None,
            event.target.code or event.target.entity if event.target else None,
            event.place,
            event.date,
            event.status,
        )
        same = kept.get(key)
        if same is None:
            kept[key] = event
            continue
        if event.trigger in taking and same.trigger not in taking and same.sentence == event.sentence:
            kept[key], same, event = event, event, same
        same.quantities = sorted(set(same.quantities) | set(event.quantities), key=lambda q: int(q[1:]))
        if event.fatalities is not None and (same.fatalities is None or event.fatalities > same.fatalities):
            same.fatalities = event.fatalities
        same.confidence = max(same.confidence or 0.0, event.confidence or 0.0)
        if same.type == "RETREAT" and same.acled is None and same.sentence == event.sentence:
            same.acled = event.acled  # "withdrew from the town, handing it over": ACLED codes the withdrawal by how it went
    events = sorted(kept.values(), key=lambda e: e.trigger or (0, 0))
    for n, event in enumerate(events, 1):
        event.id = f"V{n}"
    return events


@stage(
    "events.v1",
    requires=["doc.text", "doc.lang", "doc.tokens", "doc.sentences", "doc.entities", "doc.places", "doc.times", "doc.quantities"],
    assigns=["doc.events"],
)
def make_events(settings: Settings) -> Events:
    return Events(settings)
