"""The actors stage: who is mentioned, under every side's name for them.

``ActorDictionary.load(extra)`` reads the bundled ``data/actors.json`` and the
user's files (same layout); ``find(doc)`` returns every actor mention as a
:class:`~sitrep.model.ActorMention` with character offsets, longest match first and
never overlapping. spaCy is imported only when ``find`` first runs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.actors.dictionary import (
    Actor,
    Country,
    DictionaryData,
    check_references,
    merge_file,
    read_bundled,
    read_user,
)
from sitrep.model import ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from sitrep.actors.matching import Matchers

__all__ = [
    "Actor",
    "ActorDictionary",
    "Country",
    "GenericTerms",
    "StateForces",
    "bundled_data",
    "covered",
    "covers",
    "generic_terms",
    "lost_possessives",
    "state_forces",
]


@dataclass(frozen=True)
class StateForces:
    """Which actor is a government's armed forces, and the nouns that name forces."""

    #: government actor id -> (forces actor id, forces name)
    forces: dict[str, tuple[str, str]]
    #: Head lemmas that denote armed forces ("troops", "army", "warplanes").
    heads: frozenset[str]
    #: Lower-cased country term -> (government actor id, name): "Russia", "the US".
    states: dict[str, tuple[str, str]]


@lru_cache(maxsize=1)
def bundled_data() -> DictionaryData:
    """The bundled dictionary, read once for the tables derived from it below and
    elsewhere (each only reads it)."""
    return ActorDictionary.load().data


@lru_cache(maxsize=1)
def state_forces() -> StateForces:
    """From the bundled dictionary: "its forces", "the regime's troops" -> the forces."""
    data = bundled_data()
    forces = {}
    for country in data.countries.values():
        military = data.actors.get(country.military)
        if military is not None and country.government != country.military:
            forces[country.government] = (military.id, military.name)
    heads = frozenset(
        lemma for lemma, (kind, role) in data.heads.items() if kind == "military" and role == "self"
    )
    states: dict[str, tuple[str, str]] = {}
    for country in data.countries.values():
        government = data.actors.get(country.government)
        if government is not None:
            for term in country.terms:
                states.setdefault(term.lower(), (government.id, government.name))
    return StateForces(forces, heads, states)


@dataclass(frozen=True)
class GenericTerms:
    """Words for a state's own actors that name no country ("the army", "the regime")."""

    #: Lower-cased phrase -> role ("government", "military", "opposition").
    phrases: dict[str, str]
    #: Country code -> role -> the country's actor in that role.
    actors: dict[str, dict[str, Actor]]
    #: Lower-cased word -> role, read so where it modifies one of ``attack_heads``
    #: ("government air strikes", "rebel shelling").
    modifiers: dict[str, str]
    #: Head lemmas a state's name modifies to mean its forces' deed ("strikes").
    attack_heads: frozenset[str]


@lru_cache(maxsize=1)
def generic_terms() -> GenericTerms:
    """From the bundled dictionary: generic phrases and each country's actor per role."""
    data = bundled_data()
    actors: dict[str, dict[str, Actor]] = {}
    for country in data.countries.values():
        roles = {
            "government": country.government,
            "military": country.military,
            "opposition": country.opposition,
        }
        actors[country.code] = {
            role: data.actors[actor_id]
            for role, actor_id in roles.items()
            if actor_id is not None and actor_id in data.actors
        }
    attack_heads = frozenset(
        lemma
        for lemma, (kind, role) in data.heads.items()
        if kind == "military" and role == "modifier"
    )
    return GenericTerms(dict(data.generic), actors, dict(data.generic_modifiers), attack_heads)


@lru_cache(maxsize=1)
def covered() -> dict[str, frozenset[str]]:
    """From the bundled dictionary: actor id -> the ids its name also covers
    (``covers``: "Kurdish forces" and the SDF)."""
    actors = bundled_data().actors.values()
    return {actor.id: frozenset(actor.covers) for actor in actors if actor.covers}


def covers(a: str, b: str) -> bool:
    """One actor's name takes in the other ("Kurdish forces" / the YPG)."""
    table = covered()
    return b in table.get(a, ()) or a in table.get(b, ())


@lru_cache(maxsize=1)
def lost_possessives() -> frozenset[str]:
    """Lower-cased alias + "s" forms that are not aliases themselves ("al-qaidas",
    "hezbollahs"): text that lost its apostrophe, so the name is a possessor ("Nusra
    Front Al-Qaidas Syria affiliate" is the Nusra Front, not al-Qaeda)."""
    from sitrep.actors.matching import possessive_variant

    data = bundled_data()
    aliases = {alias.lower() for actor in data.actors.values() for alias in actor.aliases}
    return frozenset(
        alias + "s" for alias in aliases if possessive_variant(alias) and alias + "s" not in aliases
    )


class ActorDictionary:
    """Actors and country terms, with phrase matchers built once per spaCy vocabulary."""

    def __init__(self, data: DictionaryData) -> None:
        self.data = data
        self._matchers: dict[int, Matchers] = {}

    @classmethod
    def load(cls, extra: Iterable[str] = ()) -> ActorDictionary:
        """The bundled dictionary plus ``extra`` JSON files, later files overriding ids.

        Raises ``UsageError`` for a missing or malformed user file and
        ``ResourceError`` when the bundled file is broken.
        """
        data = DictionaryData()
        merge_file(data, read_bundled(), "sitrep/data/actors.json", bundled=True)
        origin = "sitrep/data/actors.json"
        for path in extra:
            merge_file(data, read_user(path), path, bundled=False)
            origin = path
        check_references(data, origin)
        return cls(data)

    def get(self, actor_id: str) -> Actor | None:
        return self.data.actors.get(actor_id)

    def __len__(self) -> int:
        return len(self.data.actors)

    def find(self, doc: Doc) -> list[ActorMention]:
        """Every actor mention in ``doc``: character offsets, longest match, no overlaps."""
        from sitrep.actors.matching import Matchers, find_spans

        key = id(doc.vocab)
        matchers = self._matchers.get(key)
        if matchers is None:
            matchers = self._matchers[key] = Matchers(doc.vocab, self.data)
        mentions = []
        for span in find_spans(doc, matchers, self.data):
            mentions.append(mention_of(span, self.data.actors[span.label_]))
        return mentions


def mention_of(span: Span, actor: Actor) -> ActorMention:
    """The contract's mention of ``actor`` at ``span``."""
    return ActorMention(
        text=span.text,
        start=span.start_char,
        end=span.end_char,
        actor_id=actor.id,
        name=actor.name,
        type=actor.type,
        country_code=actor.country_code,
    )
