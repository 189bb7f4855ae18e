"""The actors stage: who is mentioned, under every side's name for them.

``ActorDictionary.load(extra)`` reads the bundled ``data/actors.json`` and the
user's files (same layout); ``find(doc)`` returns every actor mention as a
:class:`~sitrep.model.ActorMention` with character offsets, longest match first and
never overlapping. spaCy is imported only when ``find`` first runs.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from sitrep.actors.dictionary import (
    Actor,
    Country,
    DictionaryData,
    check_references,
    merge_file,
    read_bundled,
    read_user,
)
from sitrep.model import ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sitrep.actors.matching import Matchers

__all__ = ["Actor", "ActorDictionary", "Country"]


class ActorDictionary:
    """Actors and country terms, with phrase matchers built once per spaCy vocabulary."""

    def __init__(self, data: DictionaryData) -> None:
        self.data = data
        self._matchers: dict[int, Matchers] = {}

    @classmethod
    def load(cls, extra: Iterable[str] = ()) -> ActorDictionary:
        """The bundled dictionary plus ``extra`` JSON files, later files overriding ids.

        Raises ``UsageError`` for a missing or malformed user file and
        ``ResourceError`` when the bundled file is broken.
        """
        data = DictionaryData()
        merge_file(data, read_bundled(), "sitrep/data/actors.json", bundled=True)
        origin = "sitrep/data/actors.json"
        for path in extra:
            merge_file(data, read_user(path), path, bundled=False)
            origin = path
        check_references(data, origin)
        return cls(data)

    def get(self, actor_id: str) -> Actor | None:
        return self.data.actors.get(actor_id)

    def __len__(self) -> int:
        return len(self.data.actors)

    def find(self, doc: Doc) -> list[ActorMention]:
        """Every actor mention in ``doc``: character offsets, longest match, no overlaps."""
        from sitrep.actors.matching import Matchers, find_spans

        key = id(doc.vocab)
        matchers = self._matchers.get(key)
        if matchers is None:
            matchers = self._matchers[key] = Matchers(doc.vocab, self.data)
        mentions = []
        for span in find_spans(doc, matchers, self.data):
            actor = self.data.actors[span.label_]
            mentions.append(
                ActorMention(
                    text=span.text,
                    start=span.start_char,
                    end=span.end_char,
                    actor_id=actor.id,
                    name=actor.name,
                    type=actor.type,
                    country_code=actor.country_code,
                )
            )
        return mentions
