"""The data model: the JSON contract of ``sitrep extract --format json``.

Every stage talks to the next only through these records. The keys listed in
``docs/DESIGN.md`` are a contract with external tools: add fields freely, never
rename or drop one. ``docs/schema.json`` is generated from :class:`Extraction`
(``python -m sitrep.model > docs/schema.json``) and a test checks it is current.

All offsets are character offsets into ``Document.text``.
"""

from __future__ import annotations

import hashlib
import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

#: PLOVER event types (upper case), see docs/REFERENCE.md.
EVENT_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

Modality = Literal["asserted", "negated", "hypothetical", "planned", "habitual", "historical"]
Stance = Literal["neutral", "distancing", "endorsing", "denying"]
#: day: the day is known; week/month/year: only that period; range: value..end.
DatePrecision = Literal["day", "week", "month", "year", "range"]
#: Date precisions that put an event on one day of a timeline: the day itself, or
#: the publication day of an undated event ("week": in the days up to it). Month,
#: year and span dates would pile up on the first day of their month or year, so
#: timelines (the situation report, the web page, /api/stats) count them apart.
DAILY_PRECISIONS: frozenset[str] = frozenset({"day", "week"})
#: How closely an event's location is known, coarse to fine mirrors ACLED's
#: geo_precision 1 (locality), 2 (near a locality / part of a region), 3 (region+).
LocationPrecision = Literal["locality", "near", "admin2", "admin1", "region", "country"]


class Record(BaseModel):
    """Base of every record: unknown keys rejected, assignment validated."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Span(Record):
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Offsets(Record):
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class GeoPoint(Record):
    """A resolved location, as attached to a document (its main event's place)."""

    name: str
    lat: float
    lon: float
    country_code: str | None = None
    admin1: str | None = None


class EventLocation(GeoPoint):
    precision: LocationPrecision = "locality"
    #: geonameid of the gazetteer entry, when there is one.
    geonameid: int | None = None


class Document(Record):
    id: str
    source_id: str | None = None
    title: str | None = None
    #: ISO date YYYY-MM-DD of publication, when known.
    published: str | None = None
    #: ISO date of the dateline ingest removed from the start of the text ("Published
    #: July 27 2016"), when ``published`` was given and says otherwise: the text's own
    #: word on its day, which the time stage reads relative dates against.
    dateline: str | None = None
    outlet: str | None = None
    url: str | None = None
    text: str
    location: GeoPoint | None = None

    @staticmethod
    def content_id(text: str) -> str:
        """The document id: a hash of the text, so the same text is the same document.

        Whitespace at the ends is ignored so that a trailing newline added by an
        editor does not make a new document.
        """
        return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()[:16]


class Place(Span):
    geonameid: int | None = None
    name: str
    lat: float
    lon: float
    country_code: str | None = None
    admin1: str | None = None
    #: GeoNames feature as CLASS.CODE, e.g. "P.PPL", "A.ADM1", "A.PCLI", "L.RGN".
    feature: str
    #: Why this entry was chosen (exact name, folded name, demonym, context ...).
    how: str | None = None


class ActorMention(Span):
    actor_id: str
    name: str
    #: e.g. state_forces, rebel_group, militant_group, political_militia, civilians,
    #: protesters, government, international_org, media, other.
    type: str
    country_code: str | None = None


class ActorRef(Record):
    actor_id: str | None = None
    name: str
    text: str


class EventDate(Record):
    #: ISO date of the day (or of the first day of the week/month/year/range).
    value: str
    precision: DatePrecision
    #: The expression the date comes from ("" when it is the publication date).
    text: str
    #: Last day of a range, ISO date.
    end: str | None = None
    #: The publication day relative dates were read against, ISO date, when it is
    #: not ``document.published``: the text's own dateline or stamp said otherwise
    #: (sitrep.time.stamp). None when ``document.published`` was used.
    reference: str | None = None


class Quantity(Record):
    value: int
    #: What was counted: killed, injured, people, vehicles, ... (a lemma).
    unit: str
    text: str
    #: "at least", "nearly", "about" ... when the figure is qualified; "between"
    #: for a range, whose lower figure is ``value``.
    qualifier: str | None = None
    #: The higher figure of a range ("between 500 and 1,300": 1300).
    upper: int | None = None


class AttributionLink(Record):
    source: str
    cue: str
    stance: Stance
    #: Canonical outlet name when the source is a news outlet or agency.
    outlet: str | None = None
    anonymous: bool = False


class Attribution(Record):
    chain: list[AttributionLink] = Field(default_factory=list)
    hedged: bool = False
    anonymous: bool = False


class Framing(Span):
    #: loaded / label / euphemism / scare_quote ...
    kind: str


class EventMention(Record):
    """Another mention of an event's happening in the same document: its trigger
    and the sentence holding it."""

    trigger: Span
    sentence: Offsets


class Event(Record):
    id: str
    type: str
    mode: str | None = None
    modality: Modality = "asserted"
    trigger: Span
    sentence: Offsets
    source_actor: ActorRef | None = None
    target_actor: ActorRef | None = None
    location: EventLocation | None = None
    date: EventDate | None = None
    quantities: list[Quantity] = Field(default_factory=list)
    attribution: Attribution = Field(default_factory=Attribution)
    framing: list[Framing] = Field(default_factory=list)
    #: The other mentions of this happening that the events stage merged into the
    #: event (coreference across sentences, a noun and its verb, a claimed act into
    #: its accusation; merges of merges included), in text order. The event's own
    #: ``trigger``/``sentence`` is not repeated here, so the list is empty when
    #: nothing was merged (and in events stored before the key existed).
    mentions: list[EventMention] = Field(default_factory=list)

    @staticmethod
    def make_id(document_id: str, trigger_start: int, type_: str) -> str:
        key = f"{document_id}:{trigger_start}:{type_}"
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


class Extraction(Record):
    """One line of ``sitrep extract --format json``: a document and what was found in it."""

    document: Document
    places: list[Place] = Field(default_factory=list)
    actors: list[ActorMention] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    #: Loaded language anywhere in the document (events carry their own sentence's).
    framing: list[Framing] = Field(default_factory=list)

    def to_json(self) -> str:
        return self.model_dump_json()


class Failure(Record):
    """A document that could not be processed, with the stage that failed."""

    #: What names the document for a person: a path, "path:row 12", "<stdin>".
    document: str
    stage: str
    message: str
    document_id: str | None = None

    def line(self) -> str:
        return f"{self.document}: {self.stage} failed: {self.message}"


def json_schema() -> str:
    """The JSON schema of one ``extract`` line, as committed in docs/schema.json."""
    schema = Extraction.model_json_schema()
    schema["title"] = "sitrep extraction (one JSON Lines record per document)"
    return json.dumps(schema, indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":  # pragma: no cover - used to regenerate docs/schema.json
    print(json_schema(), end="")
