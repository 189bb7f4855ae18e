"""The trigger lexicon: loads, uses only PLOVER types, rejects a broken file."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from sitrep.errors import ResourceError
from sitrep.events.lexicon import compile_lexicon, load_lexicon
from sitrep.model import EVENT_TYPES


def _raw() -> dict[str, object]:
    text = resources.files("sitrep").joinpath("data/triggers.json").read_text("utf-8")
    data: dict[str, object] = json.loads(text)
    return data


def test_lexicon_loads_and_covers_every_type() -> None:
    lex = load_lexicon()
    sizes = lex.size()
    assert sizes["verbs"] >= 100 and sizes["nouns"] >= 80
    covered = {code[0] for code in [*lex.verbs.values(), *lex.nouns.values()]}
    assert covered == set(EVENT_TYPES)
    assert lex.verbs["airlift"][0] == "AID"
    assert lex.nouns["airstrike"] == ("ASSAULT", "aerial")
    assert lex.phrasal[("call", "for")] == ("REQUEST", None)
    # Reporting verbs are attribution, never events.
    assert not {"say", "claim", "allege", "report"} & set(lex.verbs)


def test_unknown_type_is_rejected() -> None:
    raw = _raw()
    raw["verbs"] = {"BOMBARD": {"shell": None}}
    with pytest.raises(ResourceError, match="PLOVER"):
        compile_lexicon(raw)


def test_bad_refinement_is_rejected() -> None:
    raw = _raw()
    raw["refine"] = {"strike": {"air": ["ASSAULT"]}}
    with pytest.raises(ResourceError, match="refine"):
        compile_lexicon(raw)
