"""How many *independent* outlets report a cluster, and how to attribute each report.

Two reports are not independent when one outlet's text comes from the other:
the report cites another outlet ("SANA reported ..." in an Al-Ahram article
counts as SANA), the text credits a wire agency at its end or dateline
("... (AFP)" counts as AFP), or the sentences are near-identical copies
(syndication). Reports linked by any of these form one group; the number of
groups is the number of independent outlets.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sitrep.dedup.outlets import fold_name, outlet_key, wire_credit
from sitrep.dedup.text import near_identical
from sitrep.store.rows import StoredEvent

#: Character n-gram cosine at which two sentences are copies of one text.
SYNDICATION_COSINE = 0.9


@dataclass(frozen=True)
class ReportView:
    """One report of a cluster: the event, who published it, whom it relies on."""

    event: StoredEvent
    sentence: str
    #: The publishing outlet, canonical when the registry knows it.
    outlet: str | None
    #: The outlet this report's information comes from (itself when it cites none).
    origin: str | None
    #: Wire agency credited by the document, if any.
    credit: str | None

    @property
    def according_to(self) -> str:
        """ "according to Al-Ahram citing SANA citing local sources"."""
        who = self.outlet or "an unnamed outlet"
        phrase = f"according to {who}"
        own = fold_name(who)
        for link in self.event.attribution.chain:
            # An agentless link ("it was reported") names no one.
            source = link.outlet or link.source or "unnamed sources"
            if fold_name(source) == own:
                continue  # "SANA said" in SANA's own copy adds nothing
            phrase += f" citing {source}"
            own = fold_name(source)
        if self.credit and fold_name(self.credit) != fold_name(who) and self.origin == self.credit:
            phrase += f" (copy credited to {self.credit})"
        return phrase

    def to_dict(self) -> dict[str, object]:
        chain = self.event.attribution.chain
        return {
            "event_id": self.event.id,
            "document_id": self.event.document_id,
            "outlet": self.outlet,
            "origin": self.origin,
            "published": self.event.published,
            "title": self.event.title,
            "according_to": self.according_to,
            "stance": chain[0].stance if chain else "neutral",
            "hedged": self.event.attribution.hedged,
            "sentence": self.sentence,
        }


def view(event: StoredEvent, sentence: str, document_text: str | None) -> ReportView:
    outlet = outlet_key(event.outlet)
    credit = wire_credit(document_text) if document_text else None
    chain = event.attribution.chain
    cited = outlet_key(chain[0].outlet) if chain and chain[0].outlet else None
    # A citation in the event's own sentence is the most specific evidence; a
    # credit line applies to the whole copy; otherwise the outlet is its own source.
    origin = cited or credit or outlet
    return ReportView(event, sentence, outlet, origin, credit)


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def independent_groups(reports: Sequence[ReportView]) -> list[list[ReportView]]:
    """Reports grouped by common origin or copied text; one group per independent outlet."""
    parent = list(range(len(reports)))

    def union(i: int, j: int) -> None:
        ri, rj = _find(parent, i), _find(parent, j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)

    by_key: dict[str, int] = {}
    for i, report in enumerate(reports):
        # The same outlet twice is one outlet, whatever it cites; and a report
        # whose origin is another reporting outlet joins that outlet.
        for key in (report.outlet, report.origin):
            if key is None:
                continue
            folded = fold_name(key)
            if folded in by_key:
                union(by_key[folded], i)
            else:
                by_key[folded] = i
    for i in range(len(reports)):
        for j in range(i + 1, len(reports)):
            if _find(parent, i) != _find(parent, j) and near_identical(
                reports[i].sentence, reports[j].sentence, SYNDICATION_COSINE
            ):
                union(i, j)
    groups: dict[int, list[ReportView]] = {}
    for i, report in enumerate(reports):
        groups.setdefault(_find(parent, i), []).append(report)
    return [groups[key] for key in sorted(groups)]
