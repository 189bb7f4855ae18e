"""Loading and checking actor dictionaries (the bundled ``data/actors.json`` plus user files).

A dictionary file is JSON with ``actors`` (id, name, type, country_code, aliases,
optional ``generic``) and optional ``countries`` (terms naming a state or people and
the actor each term stands for, optionally its armed opposition) plus the head-noun
lists that decide whether a country term denotes the state's forces, its government,
or nothing (a place), and ``generic_terms``: phrases naming a state's own government,
forces or opposition without naming the country ("the army", "the regime"), which
the events stage reads in the document's country. User files use the same layout;
an actor or country with a bundled id replaces it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from sitrep.errors import ResourceError, UsageError

ACTOR_TYPES = frozenset(
    {
        "state_forces",
        "rebel_group",
        "militant_group",
        "political_militia",
        "identity_militia",
        "civilians",
        "protesters",
        "rioters",
        "government",
        "international_org",
        "media",
        "other",
    }
)
STANDALONE = frozenset({"government", "military", "none"})
GENERIC_ROLES = ("government", "military", "opposition")


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    type: str
    country_code: str | None
    aliases: tuple[str, ...]
    #: A category of people (civilians, prisoners) rather than a named organisation:
    #: a named actor in the same noun phrase is the better role filler.
    generic: bool = False
    #: The id of the group this one became (renamed or merged into): "Jabhat
    #: al-Nusra" became Hay'at Tahrir al-Sham. Reports of one event may name either.
    became: str | None = None
    #: Ids of the groups this actor's name also covers: "Kurdish forces" may be the
    #: SDF or the YPG, "the Islamic State" one of its provinces. A report naming the
    #: wider actor and one naming a group it covers do not blame two sides.
    covers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Country:
    code: str
    terms: tuple[str, ...]
    government: str
    military: str
    #: What a bare term in subject position stands for ("Ankara said ...").
    standalone: str = "government"
    #: The state's armed opposition, for "the opposition" in a document about it.
    opposition: str | None = None


@dataclass
class DictionaryData:
    actors: dict[str, Actor] = field(default_factory=dict)
    countries: dict[str, Country] = field(default_factory=dict)
    #: head lemma -> ("military" | "government", "self" | "modifier")
    heads: dict[str, tuple[str, str]] = field(default_factory=dict)
    non_actor_heads: set[str] = field(default_factory=set)
    #: Words that make a country's forces phrase a non-state group's ("rebel"), and
    #: what the phrase then is: "opposition" (the country's armed opposition) or None.
    non_state_modifiers: dict[str, str | None] = field(default_factory=dict)
    #: Lower-cased phrase naming no country -> "government" | "military" | "opposition"
    #: ("the army", "regime forces"): read as the document's country's actor.
    generic: dict[str, str] = field(default_factory=dict)
    #: Lower-cased word naming no country that, modifying a military noun of the
    #: "modifier" kind ("government air strikes", "rebel shelling"), is the document's
    #: country's actor of this role.
    generic_modifiers: dict[str, str] = field(default_factory=dict)


def _fail(origin: str, message: str, bundled: bool) -> Exception:
    text = f"actor dictionary {origin}: {message}"
    if bundled:
        return ResourceError(text + " (the installed sitrep package is damaged; reinstall it)")
    return UsageError(text + "; see sitrep/data/actors.json for the expected layout")


def _str_list(value: Any, where: str, origin: str, bundled: bool) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(origin, f"{where} must be a list of non-empty strings", bundled)
    return tuple(v.strip() for v in value)


def _actor(raw: Any, origin: str, bundled: bool) -> Actor:
    if not isinstance(raw, dict):
        raise _fail(origin, "each entry of 'actors' must be an object", bundled)
    for key in ("id", "name", "type"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise _fail(origin, f"actor {raw.get('id', '?')!r} needs a string {key!r}", bundled)
    if raw["type"] not in ACTOR_TYPES:
        raise _fail(
            origin,
            f"actor {raw['id']!r} has unknown type {raw['type']!r}; use one of "
            + ", ".join(sorted(ACTOR_TYPES)),
            bundled,
        )
    country = raw.get("country_code")
    if country is not None and not isinstance(country, str):
        raise _fail(origin, f"actor {raw['id']!r}: country_code must be a string or null", bundled)
    aliases = _str_list(raw.get("aliases", []), f"actor {raw['id']!r} aliases", origin, bundled)
    became = raw.get("became")
    if became is not None and (not isinstance(became, str) or not became.strip()):
        raise _fail(origin, f"actor {raw['id']!r}: became must be an actor id", bundled)
    covers = _str_list(raw.get("covers", []), f"actor {raw['id']!r} covers", origin, bundled)
    return Actor(
        id=raw["id"],
        name=raw["name"],
        type=raw["type"],
        country_code=country,
        aliases=aliases,
        generic=bool(raw.get("generic", False)),
        became=became,
        covers=covers,
    )


def _country(code: str, raw: Any, origin: str, bundled: bool) -> Country:
    if not isinstance(raw, dict):
        raise _fail(origin, f"country {code!r} must be an object", bundled)
    terms = _str_list(raw.get("terms"), f"country {code!r} terms", origin, bundled)
    standalone = raw.get("standalone", "government")
    if standalone not in STANDALONE:
        raise _fail(
            origin, f"country {code!r}: standalone must be one of {sorted(STANDALONE)}", bundled
        )
    ids = []
    for key in ("government", "military"):
        if not isinstance(raw.get(key), str):
            raise _fail(origin, f"country {code!r} needs an actor id in {key!r}", bundled)
        ids.append(raw[key])
    opposition = raw.get("opposition")
    if opposition is not None and not isinstance(opposition, str):
        raise _fail(origin, f"country {code!r}: opposition must be an actor id", bundled)
    return Country(code, terms, ids[0], ids[1], standalone, opposition)


def merge_file(data: DictionaryData, raw: Any, origin: str, bundled: bool) -> None:
    """Add one parsed dictionary file to ``data`` (later files override earlier ids)."""
    if not isinstance(raw, dict) or not isinstance(raw.get("actors", []), list):
        raise _fail(origin, "must be a JSON object with an 'actors' list", bundled)
    for entry in raw.get("actors", []):
        actor = _actor(entry, origin, bundled)
        data.actors[actor.id] = actor
    countries = raw.get("countries", {})
    if not isinstance(countries, dict):
        raise _fail(origin, "'countries' must be an object keyed by country code", bundled)
    for code, entry in countries.items():
        data.countries[code] = _country(code, entry, origin, bundled)
    for kind in ("military", "government"):
        section = raw.get(f"{kind}_heads", {})
        if not isinstance(section, dict):
            raise _fail(origin, f"'{kind}_heads' must be an object", bundled)
        for role in ("self", "modifier"):
            for lemma in _str_list(section.get(role, []), f"{kind}_heads.{role}", origin, bundled):
                data.heads[lemma.lower()] = (kind, role)
    nouns = _str_list(raw.get("non_actor_heads", []), "non_actor_heads", origin, bundled)
    data.non_actor_heads.update(n.lower() for n in nouns)
    modifiers = raw.get("non_state_modifiers", {})
    if not isinstance(modifiers, dict) or any(
        v not in (None, "opposition") for v in modifiers.values()
    ):
        raise _fail(
            origin, "'non_state_modifiers' must map words to \"opposition\" or null", bundled
        )
    data.non_state_modifiers.update({str(k).lower(): v for k, v in modifiers.items()})
    generic = raw.get("generic_terms", {})
    if not isinstance(generic, dict):
        raise _fail(origin, "'generic_terms' must be an object", bundled)
    for role in GENERIC_ROLES:
        for phrase in _str_list(generic.get(role, []), f"generic_terms.{role}", origin, bundled):
            data.generic[phrase.lower()] = role
    modifiers = generic.get("modifiers", {})
    if not isinstance(modifiers, dict) or any(
        not isinstance(k, str) or v not in GENERIC_ROLES for k, v in modifiers.items()
    ):
        raise _fail(
            origin,
            "'generic_terms.modifiers' must map words to one of " + ", ".join(GENERIC_ROLES),
            bundled,
        )
    data.generic_modifiers.update({k.strip().lower(): v for k, v in modifiers.items()})


def check_references(data: DictionaryData, origin: str) -> None:
    """Every country, and every actor's ``became`` and ``covers``, must point at actors
    that exist (after all files are merged)."""
    for actor in data.actors.values():
        if actor.became is not None and actor.became not in data.actors:
            raise UsageError(
                f"actor dictionary {origin}: actor {actor.id!r} became unknown "
                f"actor {actor.became!r}; add it to 'actors'"
            )
        for covered in actor.covers:
            if covered not in data.actors:
                raise UsageError(
                    f"actor dictionary {origin}: actor {actor.id!r} covers unknown "
                    f"actor {covered!r}; add it to 'actors'"
                )
    for country in data.countries.values():
        for actor_id in (country.government, country.military, country.opposition):
            if actor_id is not None and actor_id not in data.actors:
                raise UsageError(
                    f"actor dictionary {origin}: country {country.code!r} refers to unknown "
                    f"actor {actor_id!r}; add it to 'actors'"
                )


def read_bundled() -> Any:
    try:
        text = resources.files("sitrep").joinpath("data/actors.json").read_text("utf-8")
        return json.loads(text)
    except (OSError, json.JSONDecodeError) as exc:
        raise ResourceError(
            f"bundled actor dictionary sitrep/data/actors.json cannot be read ({exc}); "
            "reinstall sitrep"
        ) from exc


def read_user(path: str) -> Any:
    try:
        return json.loads(Path(path).read_text("utf-8"))
    except FileNotFoundError as exc:
        raise UsageError(f"actor dictionary {path} does not exist; fix [actors] extra") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"actor dictionary {path} cannot be read: {exc}") from exc
    except json.JSONDecodeError as exc:
        raise UsageError(f"actor dictionary {path} is not valid JSON: {exc}") from exc
