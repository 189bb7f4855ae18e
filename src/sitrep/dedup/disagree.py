"""Contradictions between the reports of one cluster, each with the outlets on each side.

Three kinds: ``quantity`` (16 vs 22 killed, per unit counted; a count of a part of
the victims, "two children", is not compared with totals, nor is a count without a
figure, "dozens"), ``actor`` (who carried it out: the source actors are of
different sides, each named by its report's sentence, and neither sentence names the
other's) and ``place``
(different localities more than a few km apart, each named by its report's
sentence; a coarser place is vaguer, not contradicting, and a place taken from the
rest of the article is no outlet's claim about this event).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from sitrep.dedup.independence import ReportView
from sitrep.dedup.named_places import unstated
from sitrep.dedup.sides import one_culprit, side_key, sideless
from sitrep.events.lexicon import load_lexicon
from sitrep.geodesy import haversine_km
from sitrep.model import ActorRef, Quantity

#: Localities closer than this are one place named two ways, not a contradiction.
SAME_PLACE_KM = 5.0


@dataclass
class Side:
    value: str
    outlets: list[str] = field(default_factory=list)
    according_to: list[str] = field(default_factory=list)
    event_ids: list[str] = field(default_factory=list)

    def add(self, report: ReportView) -> None:
        name = report.outlet or "unknown outlet"
        if name not in self.outlets:
            self.outlets.append(name)
        phrase = report.according_to
        if phrase not in self.according_to:
            self.according_to.append(phrase)
        self.event_ids.append(report.event.id)

    def to_dict(self) -> dict[str, object]:
        return {
            "value": self.value,
            "outlets": self.outlets,
            "according_to": self.according_to,
            "event_ids": self.event_ids,
        }


@dataclass
class Disagreement:
    kind: str
    #: What is disputed: the unit counted, "source actor", "place".
    about: str
    sides: list[Side]

    def to_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "about": self.about,
            "sides": [side.to_dict() for side in self.sides],
        }

    def summary(self) -> str:
        """ "killed: 16 (according to SANA) vs 22 (according to Reuters)"."""
        parts = [f"{s.value} ({'; '.join(s.according_to)})" for s in self.sides]
        return f"{self.about}: " + " vs ".join(parts)


def _sides(
    reports: Sequence[ReportView], claim: Callable[[ReportView], list[tuple[str, str]]]
) -> dict[str, dict[str, Side]]:
    """about -> value -> side, from each report's (about, value) claims."""
    table: dict[str, dict[str, Side]] = {}
    for report in reports:
        for about, value in claim(report):
            side = table.setdefault(about, {}).setdefault(value, Side(value))
            side.add(report)
    return table


def _figure(q: Quantity) -> str:
    """A figure as the report gave it: "at least 16", a range "500-1300", "22"."""
    if q.upper is not None:
        return f"{q.value}-{q.upper}"
    return f"{q.qualifier} {q.value}" if q.qualifier else str(q.value)


#: Nouns of a part of the dead or wounded: "Two children were killed" counts the
#: children among them, no total that "at least 35 civilians" contradicts.
SUBGROUP_NOUNS = frozenset(
    {
        "child", "children", "kid", "kids", "minor", "minors", "infant", "infants",
        "baby", "babies", "boy", "boys", "girl", "girls", "woman", "women", "elderly",
    }
)  # fmt: skip


def _subgroup(q: Quantity) -> bool:
    words = q.text.casefold().split()
    return bool(words) and words[-1] in SUBGROUP_NOUNS


@lru_cache(maxsize=1)
def _vague_words() -> frozenset[str]:
    """The plural words of a count with no figure ("dozens", "scores", "hundreds")."""
    return frozenset(w for w in load_lexicon().vague_numbers if w.endswith("s"))


def _vague(q: Quantity) -> bool:
    """A count without a figure ("dozens of others", "hundreds of civilians"): the
    events stage reads it as a lower bound (24, 200), a number the report never gave."""
    if any(ch.isdigit() for ch in q.text):
        return False
    return not _vague_words().isdisjoint(q.text.casefold().split())


#: Words that present the count after them as a part of a total told before it:
#: "82 people including 58 civilians", "43 dead, among them 20 fighters".
_PART_OF = re.compile(r"\b(?:including|among\s+them|among\s+whom)\s+$", re.IGNORECASE)


def _part_of_total(q: Quantity, sentence: str) -> bool:
    """The sentence presents the count as a part of another ("including 58 civilians"):
    the part, whatever its noun, contradicts no other report's total."""
    at = sentence.casefold().find(q.text.casefold())
    return at > 0 and bool(_PART_OF.search(sentence, 0, at))


def _quantities(report: ReportView) -> list[tuple[str, str]]:
    claims: dict[str, str] = {}
    for q in report.event.quantities:
        # The first figure per unit is the report's headline figure; a part's count
        # ("11 children", "including 58 civilians") is no figure of the whole, and
        # "dozens" is no figure.
        if not _subgroup(q) and not _vague(q) and not _part_of_total(q, report.sentence):
            claims.setdefault(q.unit, _figure(q))
    return sorted(claims.items())


def _names(ref: ActorRef) -> list[str]:
    return [n for n in {ref.name, ref.text} if n]


def _mentions(sentence: str, ref: ActorRef) -> bool:
    """``sentence`` names the actor ``ref`` (its name or its words as written; a short
    name as written, so that "US" is not the "us" of a quote)."""
    folded = sentence.casefold()
    for name in _names(ref):
        text, name = (sentence, name) if len(name) <= 3 else (folded, name.casefold())
        if re.search(rf"\b{re.escape(name)}\b", text):
            return True
    return False


def _contradict(a: ReportView, b: ReportView) -> bool:
    """Two reports blaming two actors contradict each other unless one's sentence
    names the other's actor too ("Qatar, Turkey and the United States urged ..."
    against "The United States urged ...": one of several named, not another)."""
    ra, rb = a.event.source_actor, b.event.source_actor
    assert ra is not None and rb is not None  # only reports with a source are compared
    return not (_mentions(a.sentence, rb) or _mentions(b.sentence, ra))


def _side_of(ref: ActorRef) -> str:
    return side_key(ref.actor_id) if ref.actor_id else f"~{(ref.name or ref.text).casefold()}"


def _actor_conflicts(reports: Sequence[ReportView]) -> list[Disagreement]:
    """Reports blaming different sides. One state's government and its forces, or
    one group under the names of its time (:func:`sitrep.dedup.sides.side_key`),
    are one side, its names joined ("Syrian government / Syrian government forces").
    Only reports that contradict another (:func:`_contradict`) take a side, a wider
    name and a group it covers, or a label for some armed group and a named one,
    contradict nothing (:func:`sitrep.dedup.sides.one_culprit`), and an actor of no
    side in its words (:func:`sitrep.dedup.sides.sideless`) takes none."""
    blaming = [
        r
        for r in reports
        if r.event.source_actor is not None
        and not sideless(_ref(r))
        # A doer the sentence does not name came from the rest of the article (a
        # merged mention, a pronoun read back): the events stage's reading, not the
        # outlet's word about this event, as for places (``unstated``).
        and _mentions(r.sentence, _ref(r))
    ]
    key_of = {id(r): _side_of(_ref(r)) for r in blaming}
    involved: set[int] = set()
    for i, x in enumerate(blaming):
        for y in blaming[i + 1 :]:
            if (
                key_of[id(x)] != key_of[id(y)]
                and not one_culprit(_ref(x), _ref(y))
                and _contradict(x, y)
            ):
                involved.update((id(x), id(y)))
    sides: dict[str, Side] = {}
    names: dict[str, list[str]] = {}
    for report in reports:
        if id(report) not in involved:
            continue
        ref = _ref(report)
        name = ref.name or ref.text
        key = key_of[id(report)]
        sides.setdefault(key, Side(name)).add(report)
        if name not in names.setdefault(key, []):
            names[key].append(name)
    if len(sides) < 2:
        return []
    for key, side in sides.items():
        side.value = " / ".join(names[key])
    ordered = sorted(sides.values(), key=lambda side: side.value)
    return [Disagreement("actor", "source actor", ordered)]


def _ref(report: ReportView) -> ActorRef:
    ref = report.event.source_actor
    assert ref is not None  # callers keep reports with a source actor
    return ref


def _place_conflicts(reports: Sequence[ReportView]) -> list[Disagreement]:
    located = [
        r
        for r in reports
        if r.event.location is not None
        and r.event.location.precision in ("locality", "near")
        # A town the sentence does not name is the article's, guessed by the events
        # stage: a copied background sentence put at each article's own town is no
        # dispute between the outlets.
        and not unstated(r.event.location, r.sentence)
    ]
    names: dict[str, tuple[float, float]] = {}
    for r in located:
        loc = r.event.location
        assert loc is not None  # filtered above
        names.setdefault(loc.name, (loc.lat, loc.lon))
    distinct = sorted(names)
    far = any(
        haversine_km(*names[a], *names[b]) > SAME_PLACE_KM
        for i, a in enumerate(distinct)
        for b in distinct[i + 1 :]
    )
    if not far:
        return []
    sides: dict[str, Side] = {}
    for r in located:
        loc = r.event.location
        assert loc is not None
        sides.setdefault(loc.name, Side(loc.name)).add(r)
    return [Disagreement("place", "place", [sides[name] for name in distinct])]


def _numeric(value: str) -> int:
    digits = value.split()[-1].split("-")[0]  # "at least 16", "500-1300"
    return int(digits) if digits.isdigit() else 0


def _by_number(sides: Iterable[Side]) -> list[Side]:
    """One side per number, in its order: "56" and "at least 56" are one side of a
    dispute with "73", its wordings joined ("56 / at least 56")."""
    merged: dict[int, Side] = {}
    for side in sorted(sides, key=lambda s: (_numeric(s.value), s.value)):
        into = merged.get(_numeric(side.value))
        if into is None:
            merged[_numeric(side.value)] = Side(
                side.value, list(side.outlets), list(side.according_to), list(side.event_ids)
            )
            continue
        into.value += f" / {side.value}"
        into.outlets += [o for o in side.outlets if o not in into.outlets]
        into.according_to += [a for a in side.according_to if a not in into.according_to]
        into.event_ids += side.event_ids
    return list(merged.values())


def disagreements(reports: Sequence[ReportView]) -> list[Disagreement]:
    """Every contradiction among ``reports``, in a stable order."""
    found: list[Disagreement] = []
    for about, values in sorted(_sides(reports, _quantities).items()):
        # "at least 16" and "16" claim the same figure; compare the numbers.
        if len({_numeric(v) for v in values}) > 1:
            found.append(Disagreement("quantity", about, _by_number(values.values())))
    found.extend(_actor_conflicts(reports))
    found.extend(_place_conflicts(reports))
    return found
