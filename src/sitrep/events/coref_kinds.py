"""Which kinds of happening event coreference may join.

An attack has one kind. ACLED's event types (``data/plover_acled.json`` maps each
PLOVER mode to one) tell a battle (two sides fighting) from remote violence (a
strike, shelling, a blast) and from violence against people held or targeted (an
execution, torture, an abduction): two mentions whose modes fall in two of these
are two happenings ("the blast" and "fighting" a few sentences on). A mode that
fits any of them (gunfire, destruction) or no mode ("attack", "killed") leaves the
kind open.

On the events gold this raised event F1 0.798 -> 0.805 (tune half 0.843 -> 0.859,
held half 0.731 -> 0.723: one event fewer matched there). An activity going on
("continuing to attack the area", "kept shelling": :func:`ongoing`) is no later
mention of an incident either (event F1 unchanged at 0.805, location 0.829 ->
0.842; on the FA-KES dev store it keeps an article's new strikes apart from
the week-old strikes it recalls, which had tied the two incidents' clusters).
Also tried, not kept:
counting coreference's sentence window from a happening's first mention instead
of its latest (F1 0.810 with this rule), which split one more same-event pair of
the dedup gold's fifth (tuning) set: a lone mention then took its place from a
foreign dateline.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from sitrep.errors import ResourceError

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: ACLED event types that name a kind of armed happening; others ("Strategic
#: developments" for destruction) follow from any kind.
_KINDS = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
#: Modes that any kind of attack may come with: shots are fired in a battle, at a
#: bystander and at a prisoner alike.
_ANY_KIND = frozenset({"firearms"})


@lru_cache(maxsize=1)
def _mode_kinds() -> dict[str, str]:
    """ASSAULT mode -> ACLED event type, for the modes that fix a kind."""
    path = resources.files("sitrep").joinpath("data/plover_acled.json")
    try:
        data = json.loads(path.read_text("utf-8"))
        modes: dict[str, list[str]] = data["types"]["ASSAULT"]["modes"]
    except (OSError, ValueError, KeyError) as exc:
        raise ResourceError(f"cannot read the ACLED mapping {path}: {exc}") from exc
    return {
        mode: pair[0]
        for mode, pair in modes.items()
        if mode not in _ANY_KIND and pair and pair[0] in _KINDS
    }


def same_kind(type_: str, mode_a: str | None, mode_b: str | None) -> bool:
    """Whether two mentions of type ``type_`` may name one happening by their modes."""
    if type_ != "ASSAULT" or mode_a == mode_b or mode_a is None or mode_b is None:
        return True
    kinds = _mode_kinds()
    kind_a, kind_b = kinds.get(mode_a), kinds.get(mode_b)
    return kind_a is None or kind_b is None or kind_a == kind_b


#: Verbs that with the particle "down" tell an aircraft downed ("shot down", "brought down").
_DOWN_VERBS = frozenset({"shoot", "bring"})


def downing(doc: Doc, index: int) -> bool:
    """The trigger at ``index`` tells an aircraft brought down ("the helicopter was
    shot down", "rebels downed a jet", "the downing")."""
    tok = doc[index]
    lemma = tok.lemma_.lower()
    if lemma in ("down", "downing"):
        return True
    return lemma in _DOWN_VERBS and any(
        c.dep_ == "prt" and c.lower_ == "down" for c in tok.children
    )


def downing_apart(doc: Doc, a: int, mode_a: str | None, b: int, mode_b: str | None) -> bool:
    """Whether one of two ASSAULT triggers tells an aircraft downed and the other an
    attack of a fixed kind (barrel bombs that fell, shelling, a blast): two
    happenings, however close in time and place (bombs that hit a town one
    evening, and a helicopter downed by the same town that evening). A
    trigger that names no kind ("the attack", "killed") may still be either."""
    down_a, down_b = downing(doc, a), downing(doc, b)
    if down_a == down_b:
        return False
    mode = mode_b if down_a else mode_a
    return mode is not None and mode in _mode_kinds()


#: Verbs whose complement is more of an activity, not a happening told before:
#: "kept shelling the town", "continuing to attack the area".
_ONGOING_LEMMAS = frozenset({"continue", "keep", "resume", "persist"})
#: How a trigger hangs from such a verb: its verb complement ("continued to
#: shell", "kept firing"); an object ("continued its offensive") is often the
#: happening told before, carried on.
_ONGOING_DEPS = frozenset({"xcomp"})


def ongoing(doc: Doc, index: int) -> bool:
    """The trigger at ``index`` tells an activity going on ("continuing to attack the
    affected area", "kept shelling"): no later mention of one incident told before
    ("an alleged gas attack"), nor that incident a mention of the activity, so
    coreference keeps the two apart."""
    tok = doc[index]
    head = tok.head
    if head is not tok and tok.dep_ in _ONGOING_DEPS and head.lemma_.lower() in _ONGOING_LEMMAS:
        return True
    return fled(tok)


#: Verbs whose object is a danger people get away from ("fleeing the fighting").
_FLEE = frozenset({"flee", "escape", "evade"})


def fled(tok: Token) -> bool:
    """Whether the trigger ``tok`` names what people were fleeing ("civilians trying
    to flee heavy fighting", "families escaping from the bombardment", "escape
    areas where the army is fighting"): the danger going on around them, not one
    incident; also through a noun of its places ("escaped from the edges of the
    fighting")."""
    if tok.dep_ == "relcl":
        tok = tok.head  # the areas the fighting is in
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        tok = tok.head.head  # "the edges of the fighting", "the horrors of war"
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "from":
        head = head.head
    return tok.dep_ in ("dobj", "pobj") and head is not tok and head.lemma_.lower() in _FLEE
