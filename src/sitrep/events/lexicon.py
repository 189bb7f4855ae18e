"""The trigger lexicon (``data/triggers.json``) compiled into dictionaries keyed by lemma.

Every lookup during extraction is a dict access per token, so the cost of the
events stage does not grow with the size of the lexicon.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from sitrep.errors import ResourceError
from sitrep.events.convoys import ConvoyWords
from sitrep.model import EVENT_TYPES

#: (PLOVER type, mode or None)
Code = tuple[str, str | None]


@dataclass(frozen=True)
class VerbObject:
    objects: frozenset[str]
    code: Code
    #: Required preposition child of the verb ("take X *to* Y"), if any.
    prep: str | None = None
    #: Code when the source is civilians / protesters, and when it is an armed actor.
    civilian: Code | None = None
    armed: Code | None = None


@dataclass
class Lexicon:
    verbs: dict[str, Code] = field(default_factory=dict)
    nouns: dict[str, Code] = field(default_factory=dict)
    phrasal: dict[tuple[str, str], Code] = field(default_factory=dict)
    verb_object: dict[str, list[VerbObject]] = field(default_factory=dict)
    refine: dict[str, dict[str, Code]] = field(default_factory=dict)
    #: Verb -> objects that make an idiom naming no event ("take place", "give way").
    idiom_objects: dict[str, frozenset[str]] = field(default_factory=dict)
    weak_nouns: dict[str, Code] = field(default_factory=dict)
    weak_context: frozenset[str] = frozenset()
    #: Weak nouns that an "against X" complement makes an event ("operation against X").
    weak_against: frozenset[str] = frozenset()
    #: Head nouns that can name an actor not in the dictionary (plus person nouns).
    animate: frozenset[str] = frozenset()
    #: Event nouns whose "of" complement, when an armed actor, is the doer.
    of_agent_nouns: frozenset[str] = frozenset()
    #: Nouns for people who, unnamed, are an attack's civilian victims ("seven people").
    victim_nouns: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()
    #: Verbs that with a place as object are an assault ("captured the town of X").
    territorial_verbs: frozenset[str] = frozenset()
    #: Verbs of impact that are an assault with a munition as subject ("rockets hit").
    munition_verbs: frozenset[str] = frozenset()
    #: Verbs and nouns of arrival, events only when armed forces arrive (``forces``).
    arrival_verbs: frozenset[str] = frozenset()
    arrival_nouns: frozenset[str] = frozenset()
    forces: dict[str, str] = field(default_factory=dict)
    #: What makes a convoy help or people moved out, not troops (:mod:`.convoys`).
    convoys: ConvoyWords = field(default_factory=ConvoyWords)
    #: Munition noun -> ASSAULT mode ("shell" heavy-weapons, "bomb" explosives).
    munitions: dict[str, str] = field(default_factory=dict)
    #: Verbs that are an assault with an aircraft as subject ("jets hit a convoy").
    aircraft_verbs: frozenset[str] = frozenset()
    #: Aircraft noun -> ASSAULT mode ("jet" aerial, "drone" drone).
    aircraft: dict[str, str] = field(default_factory=dict)
    #: Places and facilities that, hit (passive, no doer named), were attacked.
    struck_places: frozenset[str] = frozenset()
    #: Nouns for a war as a whole: a casualty verb they do or count over tells its
    #: toll, not an incident's (:mod:`sitrep.events.war_tolls`).
    war_nouns: frozenset[str] = frozenset()
    strong_types: frozenset[str] = frozenset()
    suppressing_types: frozenset[str] = frozenset()
    #: Who did it or looks into it ("denied involvement in the bombing", "called
    #: for an inquiry into the strike"): the happening named is not denied or asked for.
    presupposing_heads: frozenset[str] = frozenset()
    #: Instrument word -> ASSAULT mode ("warplanes" aerial, "suicide bomber" suicide-attack).
    instruments: dict[str, str] = field(default_factory=dict)
    reporting_verbs: frozenset[str] = frozenset()
    #: Reporting verbs that make a party's claim about another party an accusation.
    accusing_reports: frozenset[str] = frozenset()
    #: Published objects ("released a video"): a verb putting one out is no event.
    media_objects: frozenset[str] = frozenset()
    units: dict[str, str] = field(default_factory=dict)
    casualty_triggers: dict[str, str] = field(default_factory=dict)
    casualty_nouns: dict[str, str] = field(default_factory=dict)
    vague_numbers: dict[str, int] = field(default_factory=dict)
    qualifiers: tuple[str, ...] = ()
    modality: dict[str, frozenset[str]] = field(default_factory=dict)
    historical_days: int = 90

    def size(self) -> dict[str, int]:
        return {
            "verbs": len(self.verbs),
            "nouns": len(self.nouns),
            "phrasal": len(self.phrasal),
            "verb_object": sum(len(v) for v in self.verb_object.values()),
            "weak_nouns": len(self.weak_nouns),
        }


def _code(value: Any, where: str) -> Code:
    if (
        not isinstance(value, list)
        or len(value) != 2
        or value[0] not in EVENT_TYPES
        or not (value[1] is None or isinstance(value[1], str))
    ):
        raise ResourceError(f"triggers.json: {where} must be [PLOVER TYPE, mode or null]")
    return (value[0], value[1])


def _typed(section: Any, where: str) -> dict[str, Code]:
    """``{"TYPE": {"lemma": mode}}`` -> ``{"lemma": (TYPE, mode)}``."""
    out: dict[str, Code] = {}
    if not isinstance(section, dict):
        raise ResourceError(f"triggers.json: {where} must be an object keyed by PLOVER type")
    for type_, entries in section.items():
        if type_ not in EVENT_TYPES or not isinstance(entries, dict):
            raise ResourceError(f"triggers.json: {where}.{type_} is not a PLOVER type")
        for lemma, mode in entries.items():
            out[lemma.lower()] = _code([type_, mode], f"{where}.{type_}.{lemma}")
    return out


def compile_lexicon(raw: dict[str, Any]) -> Lexicon:
    lex = Lexicon()
    lex.verbs = _typed(raw["verbs"], "verbs")
    lex.nouns = _typed(raw["nouns"], "nouns")
    for phrase, code in _typed(raw["phrasal"], "phrasal").items():
        verb, _, particle = phrase.partition(" ")
        lex.phrasal[(verb, particle)] = code
    for i, entry in enumerate(raw["verb_object"]):
        where = f"verb_object[{i}]"
        item = VerbObject(
            objects=frozenset(o.lower() for o in entry["objects"]),
            code=_code([entry["type"], entry["mode"]], where),
            prep=entry.get("prep"),
            civilian=_code(entry["civilian"], where) if "civilian" in entry else None,
            armed=_code(entry["armed"], where) if "armed" in entry else None,
        )
        for verb in entry["verbs"]:
            lex.verb_object.setdefault(verb, []).append(item)
    lex.refine = {
        lemma: {mod: _code(code, f"refine.{lemma}.{mod}") for mod, code in mods.items()}
        for lemma, mods in raw["refine"].items()
    }
    lex.idiom_objects = {
        verb: frozenset(o.lower() for o in objects)
        for verb, objects in raw.get("idiom_objects", {}).items()
    }
    lex.weak_nouns = {k: _code(v, f"weak_nouns.{k}") for k, v in raw["weak_nouns"].items()}
    lex.weak_context = frozenset(raw["weak_context"])
    lex.weak_against = frozenset(raw["weak_against"])
    lex.light_verbs = frozenset(raw["light_verbs"])
    lex.territorial_verbs = frozenset(raw.get("territorial_verbs", []))
    lex.strong_types = frozenset(raw["strong_types"])
    lex.suppressing_types = frozenset(raw["suppressing_types"])
    lex.presupposing_heads = frozenset(raw.get("presupposing_heads", []))
    munition = raw.get("munition_subjects", {})
    lex.munition_verbs = frozenset(munition.get("verbs", []))
    lex.munitions = dict(munition.get("munitions", {}))
    lex.aircraft_verbs = frozenset(munition.get("aircraft_verbs", []))
    lex.aircraft = dict(munition.get("aircraft", {}))
    lex.struck_places = frozenset(munition.get("struck_places", []))
    arrivals = raw.get("force_arrivals", {})
    lex.arrival_verbs = frozenset(arrivals.get("verbs", []))
    lex.arrival_nouns = frozenset(arrivals.get("nouns", []))
    lex.forces = dict(arrivals.get("forces", {}))
    convoys = raw.get("convoys", {})
    lex.convoys = ConvoyWords(
        **{key: frozenset(convoys.get(key, [])) for key in ConvoyWords.__dataclass_fields__}
    )
    lex.war_nouns = frozenset(raw.get("war_nouns", []))
    lex.instruments = {w: mode for mode, words in raw["instruments"].items() for w in words}
    lex.reporting_verbs = frozenset(raw["reporting_verbs"])
    lex.accusing_reports = frozenset(raw.get("accusing_reports", []))
    lex.media_objects = frozenset(raw.get("media_objects", []))
    quantities = raw["quantities"]
    lex.units = {word: unit for unit, words in quantities["units"].items() for word in words}
    people = {word for word, unit in lex.units.items() if unit == "people"}
    lex.animate = frozenset(raw["animate"]) | people
    lex.victim_nouns = frozenset(raw.get("victim_nouns", []))
    lex.of_agent_nouns = frozenset(raw.get("of_agent_nouns", []))
    lex.casualty_triggers = dict(quantities["casualty_triggers"])
    lex.casualty_nouns = dict(quantities["casualty_nouns"])
    lex.vague_numbers = {k: int(v) for k, v in quantities["vague"].items()}
    # Longest first so "more than" wins over "over" when both could match.
    lex.qualifiers = tuple(sorted(quantities["qualifiers"], key=len, reverse=True))
    modality = dict(raw["modality"])
    lex.historical_days = int(modality.pop("historical_days", 90))
    lex.modality = {key: frozenset(words) for key, words in modality.items()}
    return lex


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The bundled trigger lexicon, parsed once per process."""
    try:
        text = resources.files("sitrep").joinpath("data/triggers.json").read_text("utf-8")
        raw = json.loads(text)
        return compile_lexicon(raw)
    except (OSError, json.JSONDecodeError, KeyError, TypeError, AttributeError) as exc:
        raise ResourceError(
            f"trigger lexicon sitrep/data/triggers.json cannot be used ({exc}); reinstall sitrep"
        ) from exc
