"""Who a report's actors are for comparing two reports: one side or two.

An unnamed actor ("29 people") agrees or conflicts with no one; an actor named
as the teller ("activists say") is no party to the event; one state's
government and its forces are one side.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.model import ActorRef
from sitrep.store.rows import StoredEvent

#: Words that name no one in particular: "29 people were killed" says nothing of
#: who they were (the actors stage files them under civilians), so they neither
#: agree nor conflict with "20 rebels" in another report of one blast.
UNNAMED_ACTOR_WORDS = frozenset(
    {"people", "peoples", "person", "persons", "victims", "casualties", "individuals", "others"}
)


def _actor_id(ref: ActorRef | None) -> str | None:
    if ref is None or (ref.text or "").casefold().strip() in UNNAMED_ACTOR_WORDS:
        return None
    return ref.actor_id


def actor_ids(a: StoredEvent, b: StoredEvent, role: str) -> tuple[str | None, str | None]:
    return _actor_id(getattr(a, role)), _actor_id(getattr(b, role))


# Verbs that make their subject the teller of a report, not a party to it.
_SAYS = r"(?:say|says|said|claim|claims|claimed|report|reports|reported|accuse|accuses|accused)"


@lru_cache(maxsize=512)
def _speaker_pattern(text: str) -> re.Pattern[str]:
    return re.compile(r"\b" + re.escape(text) + r"(?:\s+\w+){0,2}?\s+" + _SAYS + r"\b", re.I)


def speaker(ref: ActorRef | None, sentence: str) -> bool:
    """The actor is named in the sentence as the one telling it ("activists say", "the
    opposition accused government forces"): the events stage then often reads the
    teller as the doer, so a conflict with another report's doer proves nothing."""
    text = (ref.text or "").strip() if ref is not None else ""
    return bool(text) and _speaker_pattern(text).search(sentence) is not None


@lru_cache(maxsize=1)
def _state_of() -> dict[str, str]:
    """Actor id -> the government it belongs to (a government is its own state)."""
    from sitrep.actors import state_forces  # the actors dictionary: read once, when needed

    state: dict[str, str] = {}
    for government, (military, _) in state_forces().forces.items():
        state[government] = government
        state[military] = government
    return state


@lru_cache(maxsize=1)
def _lineage() -> dict[str, str]:
    """Actor id -> the last group of its line ("became", followed to its end)."""
    from sitrep.actors import bundled_data  # the actors dictionary: read once, when needed

    actors = bundled_data().actors
    last: dict[str, str] = {}
    for actor in actors.values():
        seen, current = {actor.id}, actor
        while current.became is not None and current.became in actors:
            current = actors[current.became]
            if current.id in seen:  # a cycle in a user file: stop where it closes
                break
            seen.add(current.id)
        if current.id != actor.id:
            last[actor.id] = current.id
    return last


def side_key(actor_id: str) -> str:
    """One key per side: a group's last name in its line, a state's forces under its
    government (so that ``same_side(a, b)`` when the keys are equal)."""
    last = _lineage().get(actor_id, actor_id)
    return _state_of().get(last, last)


@lru_cache(maxsize=1)
def _covered() -> dict[str, frozenset[str]]:
    """Side key -> the side keys of the groups its actor's name also covers
    (:func:`sitrep.actors.covered`), each group under its side's key."""
    from sitrep.actors import covered  # the actors dictionary: read once, when needed

    found: dict[str, set[str]] = {}
    for actor_id, ids in covered().items():
        found.setdefault(side_key(actor_id), set()).update(side_key(c) for c in ids)
    return {key: frozenset(keys) for key, keys in found.items()}


def covers(a: str, b: str) -> bool:
    """One actor's name takes in the other ("Kurdish forces" / the YPG, "the Islamic
    State" / its West Africa province), a group under any name of its line."""
    ka, kb = side_key(a), side_key(b)
    table = _covered()
    return kb in table.get(ka, ()) or ka in table.get(kb, ())


def same_side(a: str, b: str) -> bool:
    """One actor, one state's government and its forces ("Russia" / "Russian jets"),
    one group under the names of its time ("al-Nusra" / "HTS"), or a wider name and
    a group it covers (:func:`covers`).

    Outlets and the actors stage name the state or its military for one strike;
    that is not a different perpetrator.
    """
    return a == b or side_key(a) == side_key(b) or covers(a, b)


#: Words of unresolved labels for some non-state armed group that do not say which
#: ("terrorist organizations", "Islamist militants", "the jihadists", "armed
#: groups"): outlets of every side use them for the groups they oppose. Against a
#: named armed group such a label is another name, not another culprit; against a
#: state's forces it is the other side.
_ARMED_WORDS = frozenset(
    {"terrorists", "terrorist", "militants", "militant", "jihadists", "jihadist",
     "extremists", "extremist", "insurgents", "insurgent", "armed", "islamist"}
)  # fmt: skip
#: Heads that make a label with one of those words a group of them ("terrorist
#: organizations"); alone, "groups" or "organizations" may be rights groups or aid
#: agencies.
_GROUP_HEADS = frozenset(
    {"group", "groups", "organization", "organizations", "organisation", "organisations",
     "factions", "cells"}
)  # fmt: skip
#: Actor types of non-state armed groups.
_ARMED_GROUP_TYPES = frozenset({"rebel_group", "militant_group", "political_militia"})


def armed_label(ref: ActorRef) -> bool:
    """An actor the lexicon did not resolve, named by a label for some armed group."""
    if ref.actor_id:
        return False
    words = (ref.name or ref.text).casefold().split()
    if not words or not _ARMED_WORDS.intersection(words):
        return False
    return words[-1] in _ARMED_WORDS or words[-1] in _GROUP_HEADS


@lru_cache(maxsize=1)
def _armed_groups() -> frozenset[str]:
    from sitrep.actors import bundled_data  # the actors dictionary: read once, when needed

    actors = bundled_data().actors.values()
    return frozenset(a.id for a in actors if a.type in _ARMED_GROUP_TYPES)


def armed_group(actor_id: str | None) -> bool:
    """The actor is a non-state armed group of the actors dictionary."""
    return actor_id in _armed_groups()


def one_culprit(a: ActorRef, b: ActorRef) -> bool:
    """Two doers that name no two sides: one side (:func:`same_side`), or a label for
    some armed group (:func:`armed_label`) against a named armed group or another
    such label."""
    if a.actor_id and b.actor_id:
        return same_side(a.actor_id, b.actor_id)
    if armed_label(a):
        return armed_label(b) or armed_group(b.actor_id)
    if armed_label(b):
        return armed_group(a.actor_id)
    return False


#: Nouns for whoever struck, of no side in themselves ("the attacker", "gunmen").
_AGENT_NOUNS = frozenset(
    {"attacker", "attackers", "assailant", "assailants", "bomber", "bombers",
     "gunman", "gunmen", "side", "sides"}
)  # fmt: skip


def sideless(ref: ActorRef) -> bool:
    """An actor the lexicon did not resolve, named by a force or an attacker alone
    ("troops", "armed forces", "army units", "the suicide bomber"): whose they are
    the words do not say, so they are no side against a named actor."""
    if ref.actor_id:
        return False
    from sitrep.actors import state_forces  # the actors dictionary: read once, when needed

    words = (ref.name or ref.text).casefold().split()
    return bool(words) and (words[-1] in state_forces().heads or words[-1] in _AGENT_NOUNS)
