"""Records of the attribution stage that are not part of the JSON contract."""

from __future__ import annotations

from dataclasses import dataclass, field

from sitrep.model import AttributionLink, Stance


@dataclass(frozen=True)
class TextSpan:
    """A stretch of the document text (character offsets into ``doc.text``).

    ``parts`` lists the pieces of a discontinuous span (a quote broken by
    "she said"); empty when the span is one piece. ``start``/``end``/``text``
    then cover the first piece.
    """

    start: int
    end: int
    text: str
    parts: tuple[tuple[int, int], ...] = ()

    def fragments(self) -> tuple[tuple[int, int], ...]:
        return self.parts or ((self.start, self.end),)

    def contains(self, offset: int) -> bool:
        return any(start <= offset < end for start, end in self.fragments())


@dataclass
class AttributionRelation:
    """One attribution: who (source) says (cue) what (content), and how firmly.

    ``source`` is None for agentless attributions ("it is alleged that ...").
    ``cited`` are the sources this source relays, in order ("SANA, citing local
    sources, said" gives SANA a cited relation for "local sources" with the same
    content). ``resolved`` is the antecedent's text when the source is a
    pronoun or a short reference ("he", "the agency").
    """

    source: TextSpan | None
    cue: TextSpan
    content: TextSpan
    stance: Stance
    #: indirect, direct, according_to, citing, agentless, nominal
    kind: str
    hedged: bool = False
    anonymous: bool = False
    outlet: str | None = None
    resolved: str | None = None
    cited: list[AttributionRelation] = field(default_factory=list)
    #: The speaker's name when ``source`` is a longer phrase ("Dana Pike" for
    #: "Dana Pike, a Utah organiser working for ..."); None when it is the same.
    name: TextSpan | None = None

    @property
    def speaker(self) -> TextSpan | None:
        """The short source span: the name when there is one."""
        return self.name if self.name is not None else self.source

    @property
    def source_text(self) -> str:
        if self.resolved is not None:
            return self.resolved
        speaker = self.speaker
        return speaker.text if speaker is not None else ""

    def link(self) -> AttributionLink:
        return AttributionLink(
            source=self.source_text,
            cue=self.cue.text,
            stance=self.stance,
            outlet=self.outlet,
            anonymous=self.anonymous,
        )

    def chain(self) -> list[AttributionRelation]:
        """This relation then the sources it cites, outermost first."""
        out = [self]
        for inner in self.cited:
            out.extend(inner.chain())
        return out
