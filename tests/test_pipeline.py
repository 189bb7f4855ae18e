"""Pipeline.warm: every stage's lazily loaded tables are loaded before the first report."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import pytest

from sitrep.attribution import framing_lexemes, framing_model
from sitrep.config import load_config
from sitrep.errors import SitrepError
from sitrep.model import Failure
from sitrep.pipeline import Pipeline

if TYPE_CHECKING:
    from spacy.language import Language


def test_pipeline_warm_loads_the_framing_tables(nlp: Language) -> None:
    framing_lexemes.packed.cache_clear()
    framing_model.load.cache_clear()
    Pipeline(load_config(), _nlp=nlp).warm()
    assert framing_lexemes.packed.cache_info().currsize == 1
    assert framing_model.load.cache_info().currsize == 1


def test_pipeline_warm_up_failure_is_an_error(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(self: Pipeline, items: Iterable[object]) -> Iterator[Failure]:
        yield Failure(document="warm-up", stage="geo", message="no gazetteer")

    monkeypatch.setattr(Pipeline, "process", failing)
    with pytest.raises(SitrepError, match="warm-up: geo failed"):
        Pipeline(load_config(), _nlp=nlp).warm()


def test_the_pipeline_parses_a_glued_headline_as_its_own_sentence(nlp: Language) -> None:
    from sitrep.model import Document, Extraction

    title = "Shelling of Velgorod kills 19 Monitor"
    lead = "Nineteen residents died on Tuesday when artillery shelled homes in Velgorod."
    text = f"{title} {lead}"
    document = Document(id="glued", text=text, title=title, published="2021-03-02")
    pipeline = Pipeline(load_config(), _nlp=nlp)
    # Through the batch path and the one-document path alike.
    for out in (next(pipeline.process([("glued", document)])), pipeline._one("glued", document)):
        assert isinstance(out, Extraction), out
        assert out.events, out
        # One event, carried by the lead (a body sentence over its headline).
        assert [e.trigger.text for e in out.events] == ["shelled"], out.events
        assert out.events[0].sentence.start > len(title), out.events


def test_a_text_too_long_for_the_parser_fails_alone_with_a_plain_message(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sitrep.model import Document, Extraction

    monkeypatch.setattr(nlp, "max_length", 200)
    short = Document(id="short", text="Rebels shelled the town of Velgorod on Monday.")
    long = Document(id="long", text="Artillery shelled the town again. " * 10)
    pipeline = Pipeline(load_config(), _nlp=nlp)
    out = list(pipeline.process([("short.txt", short), ("long.txt", long), ("again", short)]))
    assert isinstance(out[0], Extraction) and isinstance(out[2], Extraction), out
    failed = out[1]
    assert isinstance(failed, Failure) and failed.stage == "nlp", failed
    assert failed.message.startswith("document too long to parse (340 characters"), failed
    assert "\n" not in failed.message
