"""Event coreference: one reported happening, one event.

News reports name the same happening several times: the headline ("Car bomb kills
four"), the lead ("Four people were killed ... in a car bomb attack") and the
detail ("The blast hit near ..."). Each mention is a trigger; this module merges
a later draft into an earlier one of the same type when nothing says they differ:

* within one sentence, always for a pure casualty verb ("killed", "wounded": the
  toll of the attack named next to it), otherwise when compatible;
* across sentences, within ``WINDOW`` sentences of the last mention, when
  compatible: same modality (historical counts as asserted), no two different
  named actors in the same role, no two different specific places, and no two
  different date expressions (the trigger's own, else its sentence's).

The earliest draft is kept (it is the first report of the happening) and takes in
the roles, numbers and place the later mentions add, unless only a later mention's
sentence has a date, or the earliest is in a headline and the later one is not:
then the later one is kept, so that the time stage finds the date and the
attribution stage the source that gave it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sitrep.model import ActorRef, EventLocation, Modality

#: How many sentences after a happening's latest mention a new mention may follow.
#: Tuned on the tune half of the events gold (3 to 6 gave the same F1 there; 5 kept).
WINDOW = 5
#: Location precisions too coarse to tell two happenings apart.
_COARSE = frozenset({"country", "region", "admin1"})
#: How far from a place's point the place reaches, by precision: a city's
#: neighbourhoods lie within a few km of its centre (Aleppo's Sheikh Maqsoud about
#: 4 km), a district's towns within some tens of km of its seat.
_RADIUS_KM: dict[str, float] = {"locality": 6.0, "near": 10.0, "admin2": 30.0}
_EARTH_KM = 6371.0
#: Movements pass through several places ("crossed at X ... headed to Y"): a second
#: place names a leg of the same movement, not a second happening.
_MOVES = frozenset({"MOBILIZE", "RETREAT"})
#: Verbs that report only a toll: in a sentence with another attack trigger they are it.
CASUALTY_LEMMAS = frozenset({"kill", "wound", "injure", "die", "hurt", "claim", "martyr"})


def _toll(doc: Doc, draft: DraftLike) -> bool:
    """A casualty verb with no doer ("X was killed alongside him") adds victims only."""
    return (
        draft.type == "ASSAULT"
        and not draft.trig.nominal
        and draft.roles.source is None
        and doc[draft.trig.index].lemma_.lower() in CASUALTY_LEMMAS
    )


class _Roles(Protocol):
    source: ActorRef | None
    target: ActorRef | None


class _Trig(Protocol):
    index: int
    nominal: bool


class DraftLike(Protocol):
    type: str
    merged: bool
    modality: Modality
    location: EventLocation | None
    location_rank: tuple[int, ...]
    dates: list[str]
    sentence_dates: list[str]
    own_dates: list[str]
    anaphoric_date: bool

    @property
    def trig(self) -> _Trig: ...

    @property
    def roles(self) -> _Roles: ...


def _same_actor(a: ActorRef | None, b: ActorRef | None, states: dict[str, str]) -> bool:
    if a is None or b is None or a.actor_id is None or b.actor_id is None:
        return True
    if a.actor_id == b.actor_id:
        return True
    # A state's government and its forces are one side: "Ankara's action" and "the
    # Turkish incursion" name the same happening.
    side = states.get(a.actor_id)
    return side is not None and side == states.get(b.actor_id)


def _same_place(a: DraftLike, b: DraftLike) -> bool:
    la, lb = a.location, b.location
    if la is None or lb is None or la.precision in _COARSE or lb.precision in _COARSE:
        return True
    # Only a place the text attaches to the trigger ("shelled *in* X") says where that
    # mention happened; the nearest name in the sentence or the document's main place
    # is a guess ("women from Madaya, west of Damascus, were killed") that must not
    # split one happening in two.
    if a.location_rank[:1] != (0,) or b.location_rank[:1] != (0,):
        return True
    return la.name == lb.name or _within(la, lb)


def _within(la: EventLocation, lb: EventLocation) -> bool:
    """One place lies in the other: "a neighbourhood of Aleppo" and "the Sheikh
    Maqsoud area" (a district of Aleppo) name one city. Same first-level division,
    and no farther apart than the coarser one's extent (``_RADIUS_KM``). Two
    towns that close (adjacent suburbs) read as one place too: the text rarely
    tells two happenings apart by such a distance alone."""
    if la.country_code is None or la.admin1 is None:
        return False
    if (la.country_code, la.admin1) != (lb.country_code, lb.admin1):
        return False
    radius = max(_RADIUS_KM.get(la.precision, 0.0), _RADIUS_KM.get(lb.precision, 0.0))
    return _distance_km(la.lat, la.lon, lb.lat, lb.lon) <= radius


def _distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_KM * math.asin(math.sqrt(h))


def _mood(modality: str) -> str:
    # "historical" only says the date is far back; the dates themselves are compared.
    return "asserted" if modality == "historical" else modality


def _noun_mood(draft: DraftLike) -> str:
    """A noun's "planned" is often its modifier ("his long-planned action", "the
    long-awaited offensive"): next to the reported happening it names that happening,
    so for coreference it counts as asserted."""
    mood = _mood(draft.modality)
    return "asserted" if mood == "planned" and draft.trig.nominal else mood


def compatible(
    keep: DraftLike, other: DraftLike, states: dict[str, str] | None = None, *, toll: bool = False
) -> bool:
    """Whether ``other`` may be a later mention of ``keep`` (``states``: actor id ->
    country code for governments and state forces, which count as one side; ``toll``:
    ``other`` only counts further victims, so its target may differ)."""
    # Only a later *noun* ("the action", "the operation") refers back across the
    # government / forces distinction; a later verb reports what someone did.
    states = states if states is not None and other.trig.nominal else {}
    if keep.type != other.type:
        return False
    if _mood(keep.modality) != _mood(other.modality) and _noun_mood(keep) != _noun_mood(other):
        return False
    if not _same_actor(keep.roles.source, other.roles.source, states):
        return False
    if not toll and not _same_actor(keep.roles.target, other.roles.target, states):
        return False
    if keep.type not in _MOVES and not _same_place(keep, other):
        return False
    # The trigger's own dates, else its sentence's: two different dates, two happenings.
    dates_a, dates_b = _own_dates(keep), _own_dates(other)
    return not (dates_a and dates_b and not dates_a & dates_b)


_FINAL = (".", "!", "?", '"', "”", "'", "’", ":", ")")


def _headline(doc: Doc, index: int) -> bool:
    """A trigger in a headline-style line: a paragraph of its own with no final stop."""
    sent = doc[index].sent
    text = sent.text.strip()
    ends_line = sent.end >= len(doc) or "\n" in doc[sent.end - 1].text_with_ws
    return bool(text) and ends_line and not text.endswith(_FINAL)


def _own_dates(draft: DraftLike) -> set[str]:
    """The trigger's own dates, else its sentence's, less any that only date a report
    ("in what the coalition said Sunday was ...")."""
    own = {d.lower() for d in draft.own_dates}
    return {d.lower() for d in draft.dates if d.lower() in own} or own


def _dated(draft: DraftLike) -> bool:
    """Whether the draft's sentence gives a date, explicit or by reference."""
    return bool(draft.sentence_dates) or draft.anaphoric_date


def corefer(
    doc: Doc,
    drafts: list[DraftLike],
    sentence_no: Callable[[int], int],
    absorb: Callable[[DraftLike, DraftLike], None],
    states: dict[str, str] | None = None,
) -> None:
    """Merge coreferent drafts in place (``absorb(keep, other)`` marks other merged)."""
    live = [d for d in drafts if not d.merged]
    # 1. A casualty verb next to another trigger of its type is that attack's toll.
    by_sentence: dict[int, list[DraftLike]] = {}
    for draft in live:
        by_sentence.setdefault(sentence_no(draft.trig.index), []).append(draft)
    for group in by_sentence.values():
        for draft in group:
            tok = doc[draft.trig.index]
            if (
                draft.merged
                or draft.trig.nominal
                or draft.type != "ASSAULT"  # "claimed" as an accusation is no toll
                or tok.lemma_.lower() not in CASUALTY_LEMMAS
            ):
                continue
            others = [
                o
                for o in group
                if o is not draft
                and not o.merged
                and o.type == draft.type
                and doc[o.trig.index].lemma_.lower() not in CASUALTY_LEMMAS
            ]
            if others:
                keep = min(others, key=lambda o: abs(o.trig.index - draft.trig.index))
                absorb(keep, draft)
    # 2. Later compatible mentions, within the window, join the earliest happening.
    happenings: list[tuple[DraftLike, int]] = []
    for draft in sorted((d for d in live if not d.merged), key=lambda d: d.trig.index):
        n = sentence_no(draft.trig.index)
        for k, (keep, last) in enumerate(happenings):
            toll = n - last <= 1 and _toll(doc, draft)
            if n - last <= WINDOW and compatible(keep, draft, states, toll=toll):
                if (_dated(draft) and not _dated(keep)) or (
                    _headline(doc, keep.trig.index) and not _headline(doc, draft.trig.index)
                ):
                    # The dated mention carries the event (the time stage reads its
                    # sentence); so does a body sentence over a headline, which names
                    # neither the source nor the details.
                    absorb(draft, keep)
                    keep = draft
                else:
                    absorb(keep, draft)
                absorbed = draft if keep is not draft else happenings[k][0]
                if keep.modality == "planned" and _mood(absorbed.modality) == "asserted":
                    keep.modality = absorbed.modality
                happenings[k] = (keep, n)
                break
        else:
            happenings.append((draft, n))
