"""An event with what reports it: document, sentence, highlighted spans, attribution.

Offsets in ``highlights`` are relative to the sentence, so a client can cut the
sentence text into runs without the whole article.
"""

from __future__ import annotations

from typing import Any

from sitrep.model import AttributionLink, Event, Extraction

Json = dict[str, Any]


def chain_text(chain: list[AttributionLink]) -> str:
    """The chain spelled out: "SANA → local sources, citing (distancing)".

    Sources are named by their canonical outlet when they are one ("SANA"
    reads better than "The official Syrian news agency SANA"); the cue is the
    last link's (the verb that introduces what is reported); stances other
    than neutral follow in parentheses. Empty for the outlet's own voice.
    """
    if not chain:
        return ""
    sources = " → ".join(link.outlet or link.source for link in chain)
    stances = sorted({link.stance for link in chain} - {"neutral"})
    tail = f" ({', '.join(stances)})" if stances else ""
    return f"{sources}, {chain[-1].cue}{tail}"


def _within(start: int, end: int, lo: int, hi: int) -> bool:
    return lo <= start and end <= hi and start < end


def highlights(extraction: Extraction, event: Event) -> list[Json]:
    """Trigger, actors, places and framing spans inside the event's sentence."""
    lo, hi = event.sentence.start, event.sentence.end
    found: list[Json] = []

    def add(kind: str, start: int, end: int, label: str) -> None:
        if _within(start, end, lo, hi):
            found.append({"kind": kind, "start": start - lo, "end": end - lo, "label": label})

    add("trigger", event.trigger.start, event.trigger.end, event.type)
    for actor in extraction.actors:
        add("actor", actor.start, actor.end, f"{actor.name} ({actor.type})")
    for place in extraction.places:
        add("place", place.start, place.end, place.name)
    seen: set[tuple[int, int]] = set()
    # The event's own framing first, then the document's spans in the sentence.
    for framing in [*event.framing, *extraction.framing]:
        if (framing.start, framing.end) in seen:
            continue
        seen.add((framing.start, framing.end))
        add("framing", framing.start, framing.end, framing.kind)
    found.sort(key=lambda h: (h["start"], -h["end"]))
    return found


def evidence(extraction: Extraction, event: Event, cluster: Json | None = None) -> Json:
    """The JSON of ``GET /api/events/{id}``."""
    doc = extraction.document
    text = doc.text
    chain = event.attribution.chain
    return {
        "event": event.model_dump(mode="json"),
        "document": {
            "id": doc.id,
            "title": doc.title,
            "outlet": doc.outlet,
            "published": doc.published,
            "url": doc.url,
            "source_id": doc.source_id,
        },
        "sentence": {
            "text": text[event.sentence.start : event.sentence.end],
            "start": event.sentence.start,
            "end": event.sentence.end,
        },
        "trigger": event.trigger.model_dump(mode="json"),
        # Every other sentence that tells this happening (the mentions the events
        # stage merged into the event), so a reader can check each one.
        "mentions": [
            {
                "trigger": m.trigger.model_dump(mode="json"),
                "sentence": {
                    "text": text[m.sentence.start : m.sentence.end],
                    "start": m.sentence.start,
                    "end": m.sentence.end,
                },
            }
            for m in event.mentions
        ],
        "highlights": highlights(extraction, event),
        "attribution": {
            "text": chain_text(chain),
            "links": [
                {
                    **link.model_dump(mode="json"),
                    "says": f"{link.outlet or link.source} {link.cue} ({link.stance})",
                }
                for link in chain
            ],
            "hedged": event.attribution.hedged,
            "anonymous": event.attribution.anonymous,
        },
        "framing": [f.model_dump(mode="json") for f in event.framing],
        "cluster": cluster,
    }


def document_json(extraction: Extraction) -> Json:
    """The JSON of ``GET /api/documents/{id}``: the stored extraction plus summaries."""
    data = extraction.model_dump(mode="json")
    data["event_summaries"] = [
        {
            "id": e.id,
            "type": e.type,
            "trigger": e.trigger.text,
            "place": e.location.name if e.location else None,
            "date": e.date.value if e.date else None,
            "attribution": chain_text(e.attribution.chain),
        }
        for e in extraction.events
    ]
    return data
