"""The pipeline: ingest -> nlp -> geo -> actors -> events -> time -> attribution.

This is the one place where the stages are composed. Each stage is a plain
function over the data model (``sitrep.model``) and the spaCy ``Doc``; a stage
never imports another stage, the store or the CLI.

A document that makes a stage raise becomes a :class:`~sitrep.model.Failure`
naming the document and the stage; the batch goes on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sitrep import attribution, events, geo, time
from sitrep.actors import ActorDictionary
from sitrep.config import Config, load_config
from sitrep.errors import DocumentError, SitrepError
from sitrep.events.background_places import place_background
from sitrep.model import Document, Extraction, Failure
from sitrep.nlp import prepare

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from sitrep.ingest import Item


@dataclass
class Pipeline:
    """Holds the loaded resources (spaCy pipeline, gazetteer, actor dictionary)."""

    config: Config = field(default_factory=load_config)
    _nlp: Language | None = None
    _gazetteer: geo.Gazetteer | None = None
    _actors: ActorDictionary | None = None

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            from sitrep import nlp

            self._nlp = nlp.load(self.config["nlp"]["model"])
        return self._nlp

    @property
    def gazetteer(self) -> geo.Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = geo.Gazetteer.open(self.config["geo"].get("path") or None)
        return self._gazetteer

    @property
    def actors(self) -> ActorDictionary:
        if self._actors is None:
            self._actors = ActorDictionary.load(self.config["actors"].get("extra", []))
        return self._actors

    def warm(self) -> None:
        """Load every stage's models and lexicons now, not while the first report waits.

        Besides the parse, gazetteer and actors, the stages load their own
        tables on first use (event triggers, attribution cues, the framing
        model and its word tables: a few seconds); a short report through
        every stage loads them all.
        """
        text = (
            "Syrian government forces shelled the town of Saraqib in Idlib on Monday, "
            "killing three civilians, the Syrian Observatory for Human Rights said."
        )
        warm_up = Document(id=Document.content_id(text), published="2020-01-06", text=text)
        for result in self.process([("warm-up", warm_up)]):
            if isinstance(result, Failure):
                raise SitrepError(f"the pipeline failed its warm-up report: {result.line()}")

    def process(self, items: Iterable[Item]) -> Iterator[Extraction | Failure]:
        """Run every stage over ``items`` (documents or ingest failures), in order.

        Failures from ingest pass through unchanged; texts are parsed in batches
        with ``nlp.pipe``. Output order equals input order.
        """
        batch: list[tuple[str, Document]] = []
        size = int(self.config["nlp"]["batch_size"])
        for item in items:
            if isinstance(item, Failure):
                yield from self._run_batch(batch)
                batch = []
                yield item
                continue
            name, document = item
            batch.append((name, document))
            if len(batch) >= size:
                yield from self._run_batch(batch)
                batch = []
        yield from self._run_batch(batch)

    def _run_batch(self, batch: list[tuple[str, Document]]) -> Iterator[Extraction | Failure]:
        if not batch:
            return
        nlp = self.nlp
        if any(len(document.text) > nlp.max_length for _, document in batch):
            yield from (self._one(name, document) for name, document in batch)
            return
        try:
            unparsed = [prepare(nlp, document.text, document.title) for _, document in batch]
            docs: list[Doc] = list(nlp.pipe(unparsed))
        except (ValueError, RuntimeError, MemoryError):
            # One text broke the batch: parse one at a time so only it fails.
            yield from (self._one(name, document) for name, document in batch)
            return
        for (name, document), doc in zip(batch, docs, strict=True):
            yield self._analyse(name, document, doc)

    def _one(self, name: str, document: Document) -> Extraction | Failure:
        limit = self.nlp.max_length
        if len(document.text) > limit:
            # spaCy's own error for this is a paragraph about memory and settings.
            message = (
                f"document too long to parse ({len(document.text):,} characters, the "
                f"parser takes at most {limit:,}); split it into its articles"
            )
            return Failure(document=name, stage="nlp", message=message, document_id=document.id)
        try:
            doc = self.nlp(prepare(self.nlp, document.text, document.title))
        except (ValueError, RuntimeError, MemoryError) as exc:
            return _failure(name, document, "nlp", exc)
        return self._analyse(name, document, doc)

    def _analyse(self, name: str, document: Document, doc: Doc) -> Extraction | Failure:
        published = _parse_date(document.published)
        stage = "geo"
        # Each stage is a plain function; a stage's own bug in one document must not
        # stop the batch, so any exception is turned into a recorded Failure that
        # names the document and the stage (nothing is swallowed: it is reported,
        # stored and reflected in the exit code).
        try:
            places = geo.find_places(doc, self.gazetteer)
            document = document.model_copy(update={"location": geo.main_location(places, doc)})
            stage = "actors"
            actors = self.actors.find(doc)
            stage = "events"
            found = events.extract_events(doc, document, places, actors)
            stage = "time"
            time.assign_dates(doc, found, published, _parse_date(document.dateline))
            # Back to the events stage once dated: background told without a place
            # of its own goes to its country, not the report's news place.
            stage = "events"
            place_background(doc, found, document, places, self.gazetteer.country)
            stage = "attribution"
            framing = attribution.find_framing(doc)
            attribution.attribute(doc, found, framing)
        except (SitrepError, ValueError, KeyError, IndexError, TypeError, AttributeError) as exc:
            return _failure(name, document, stage, exc)
        return Extraction(
            document=document, places=places, actors=actors, events=found, framing=framing
        )


def _parse_date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _failure(name: str, document: Document, stage: str, exc: Exception) -> Failure:
    message = exc.message if isinstance(exc, DocumentError) else f"{type(exc).__name__}: {exc}"
    return Failure(document=name, stage=stage, message=message, document_id=document.id)
