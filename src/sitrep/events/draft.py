"""One event in the making: a trigger with its roles, mood, place, dates and figures,
and how two drafts of one happening become one (:func:`absorb`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

    from sitrep.events.roles import Roles
    from sitrep.events.triggers import Trigger
    from sitrep.model import EventLocation, Modality, Quantity


@dataclass
class Draft:
    trig: Trigger
    type: str
    mode: str | None
    roles: Roles
    sentence: SpacySpan
    modality: Modality = "asserted"
    location: EventLocation | None = None
    #: How well the location is attached to the trigger (lower is better).
    location_rank: tuple[int, ...] = (9,)
    quantities: list[Quantity] = field(default_factory=list)
    merged: bool = False
    #: The draft this one was merged into (one happening, several mentions).
    into: Draft | None = None
    #: Date expressions hanging off the trigger (coreference keeps different dates apart).
    dates: list[str] = field(default_factory=list)
    #: Every date of the sentence (the time stage reads the whole sentence).
    sentence_dates: list[str] = field(default_factory=list)
    #: The sentence's dates less those of a report that does not govern the trigger.
    own_dates: list[str] = field(default_factory=list)
    #: Those of :attr:`own_dates` that date the report of the happening ("a monitor
    #: said Saturday"): the happening was that day or shortly before.
    report_dates: list[str] = field(default_factory=list)
    #: The sentence dates itself by reference ("at the time"): the time stage gives it
    #: the date of the happening told before, so it is a dated mention too.
    anaphoric_date: bool = False


def merged_under(drafts: list[Draft]) -> dict[int, list[Draft]]:
    """The merged drafts under the draft each ended up in (keyed by ``id`` of that
    draft), in text order.

    A draft merged into one that was merged later ends up where the latter did, so
    an event keeps every mention of its happening, not only the last merge's.
    """
    found: dict[int, list[Draft]] = {}
    for draft in drafts:
        if not draft.merged or draft.into is None:
            continue
        node, seen = draft.into, {id(draft)}
        while node.into is not None and id(node) not in seen:
            seen.add(id(node))
            node = node.into
        if node is not draft:
            found.setdefault(id(node), []).append(draft)
    for group in found.values():
        group.sort(key=lambda d: d.trig.index)
    return found


def absorb(
    keep: Draft,
    other: Draft,
    *,
    same_clause: bool = True,
    figures: bool = True,
    guessed_place: bool = True,
) -> None:
    other.merged = True
    other.into = keep
    roles = keep.roles
    # The role that named the other trigger ("the convoy was deployed") is refilled
    # from that trigger's own roles.
    owner_is_target = roles.target_token is not None and roles.target_token.i == other.trig.index
    if owner_is_target:
        # "residents stopped US convoys": whoever the convoy belongs to is the target.
        roles.target, roles.target_token = other.roles.source, other.roles.source_token
    if roles.source_token is not None and roles.source_token.i == other.trig.index:
        roles.source, roles.source_token = None, None
    # "The bombing of a UN convoy killed 20": the verb's doer is its subject phrase
    # read as a whole, the kept noun itself, whose own roles already say who did it
    # (the convoy's owner there is what was bombed).
    subject_is_keep = (
        other.roles.source_token is not None and other.roles.source_token.i == keep.trig.index
    )
    if roles.source is None and not owner_is_target and not subject_is_keep:
        # (Not the convoy's owner again: "jets bombed a UN convoy" is no attack by the UN.)
        roles.source, roles.source_token = other.roles.source, other.roles.source_token
    if roles.target is None:
        roles.target, roles.target_token = other.roles.target, other.roles.target_token
    roles.aimed = roles.aimed or other.roles.aimed
    if keep.location is None or (
        other.location_rank < keep.location_rank
        and (
            guessed_place
            or other.location_rank[:1] == (0,)
            or (other.location is not None and _holds(other.location, keep.location))
        )
    ):
        # ``guessed_place`` False (a mention in another sentence): only a place the
        # text attaches to that mention replaces the one the event has; the
        # nearest name of another sentence ("the group blamed envoys who had met in
        # Geneva") says less than the article's own place. A country or province
        # that holds the article's place does replace it: the text says "in
        # northeastern Syria", the province was the article's guess.
        keep.location, keep.location_rank = other.location, other.location_rank
    if figures:
        # One count told twice ("At least 40 people ... 40 Syrians") is kept once.
        seen = {q.text for q in keep.quantities} | {(q.value, q.unit) for q in keep.quantities}
        keep.quantities = [_fuller(q, other.quantities) for q in keep.quantities]
        keep.quantities += [
            q for q in other.quantities if q.text not in seen and (q.value, q.unit) not in seen
        ]
    doc = other.sentence.doc
    if (
        other.modality == "negated"
        and doc[other.trig.index].head.i == keep.trig.index
        and keep.trig.index != other.trig.index
    ):
        # "residents stopped the convoy": the object is negated by the very verb that
        # is the event (a stopping, a blocking), which happened.
        return
    if same_clause and keep.modality == "asserted":
        # Only a mention in the same clause qualifies the happening ("a planned
        # attack was carried out"); a later reference ("he hoped the deal would
        # help") says nothing about whether the reported happening took place.
        keep.modality = other.modality


def _holds(outer: EventLocation, inner: EventLocation) -> bool:
    """``outer`` is the country or first-level division ``inner`` lies in."""
    if outer.country_code is None or outer.country_code != inner.country_code:
        return False
    if outer.precision == "country":
        return True
    return outer.precision == "admin1" and outer.admin1 is not None and outer.admin1 == inner.admin1


def _fuller(kept: Quantity, told: list[Quantity]) -> Quantity:
    """``kept``, or the same figure told with a qualifier it lacks: a headline's bare
    "Kills 45" and the lead's "at least 45 people" are one count, at least 45."""
    if kept.qualifier is not None:
        return kept
    return next(
        (
            q
            for q in told
            if (q.value, q.unit) == (kept.value, kept.unit)
            and q.qualifier is not None
            and q.upper == kept.upper
        ),
        kept,
    )
