"""The data model is the JSON contract: its keys and the committed schema."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from _paths import REPO
from sitrep.model import Document, Event, Extraction, Span, json_schema

CONTRACT_KEYS = {
    "document": {"id", "source_id", "title", "published", "outlet", "text", "location"},
    "places": {
        "text",
        "start",
        "end",
        "geonameid",
        "name",
        "lat",
        "lon",
        "country_code",
        "admin1",
        "feature",
    },
    "actors": {"text", "start", "end", "actor_id", "name", "type", "country_code"},
    "events": {
        "id",
        "type",
        "mode",
        "modality",
        "trigger",
        "sentence",
        "source_actor",
        "target_actor",
        "location",
        "date",
        "quantities",
        "attribution",
        "framing",
    },
}


def test_committed_schema_is_current() -> None:
    committed = (REPO / "docs" / "schema.json").read_text("utf-8")
    assert committed == json_schema(), "regenerate: python -m sitrep.model > docs/schema.json"


def test_schema_holds_every_contract_key() -> None:
    defs = json.loads(json_schema())["$defs"]
    names = {"document": "Document", "places": "Place", "actors": "ActorMention", "events": "Event"}
    for key, model in names.items():
        assert CONTRACT_KEYS[key] <= set(defs[model]["properties"]), key


def test_content_id_ignores_surrounding_whitespace_only() -> None:
    assert Document.content_id("Shelling hit Idlib.\n") == Document.content_id(
        "Shelling hit Idlib."
    )
    assert Document.content_id("Shelling hit Idlib.") != Document.content_id("Shelling hit Homs.")


def test_unknown_keys_and_bad_values_are_rejected() -> None:
    with pytest.raises(ValidationError):
        Span(text="x", start=-1, end=1)
    with pytest.raises(ValidationError):
        Document.model_validate({"id": "a", "text": "t", "colour": "red"})


def test_extraction_round_trips_through_json() -> None:
    event = Event(
        id=Event.make_id("doc", 4, "ASSAULT"),
        type="ASSAULT",
        trigger=Span(text="shelled", start=4, end=11),
        sentence={"start": 0, "end": 20},
    )
    extraction = Extraction(document=Document(id="doc", text="Army shelled Homs."), events=[event])
    again = Extraction.model_validate_json(extraction.to_json())
    assert again == extraction
    assert again.events[0].attribution.chain == []
