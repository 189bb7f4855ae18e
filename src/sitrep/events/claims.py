"""A party claiming that another party did something is an accusation.

"Syria claims that Washington is looting the country's oil", "Moscow claimed that
the Turkish troops had been deployed among terrorist units": reporting verbs are
never triggers (the attribution stage handles who said what), but when a named
party alleges an act of a *different* named party, the news is the accusation
(PLOVER ACCUSE, mode allege), not the act, which the text does not assert. A
monitor or outlet reporting ("the Observatory said ... were killed") is no party:
media are not actor mentions, and a claim about nobody named stays a report.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sitrep.events.lexicon import Lexicon
    from sitrep.events.mentions import Mentions
    from sitrep.events.relations import DraftLike
    from sitrep.model import ActorRef

from sitrep.events.triggers import Trigger

#: Types of claimant that make an accusation (not media, monitors or unknown people).
_PARTIES = frozenset(
    {
        "government",
        "state_forces",
        "rebel_group",
        "militant_group",
        "political_militia",
        "identity_militia",
        "international_org",
    }
)


@dataclass
class Claim:
    #: The claiming verb ("claims"): the ACCUSE trigger.
    index: int
    accused: ActorRef
    #: Trigger indices of the acts claimed (absorbed into the accusation).
    acts: list[int]


def _clause_verb(doc: Doc, trig: Trigger) -> Token:
    tok = doc[trig.index]
    if trig.light is not None:
        return doc[trig.light]
    if (
        trig.nominal
        and tok.dep_ in ("nsubj", "nsubjpass", "dobj")
        and tok.head.pos_
        in (
            "VERB",
            "AUX",
        )
    ):
        return tok.head
    return tok


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    return None


def find_claims(doc: Doc, triggers: list[Trigger], mentions: Mentions, lex: Lexicon) -> list[Claim]:
    """Claims by one named party about an act of another, with the acts' triggers."""
    claims: dict[int, Claim] = {}
    for trig in triggers:
        verb = _clause_verb(doc, trig)
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in lex.accusing_reports:
            continue
        claim = verb.head
        if claim.i in claims:
            claims[claim.i].acts.append(trig.index)
            continue
        claimant_tok, accused_tok = _subject(claim), _subject(verb)
        if claimant_tok is None or accused_tok is None:
            continue
        claimant = mentions.resolve(claimant_tok, allow_text=False)
        accused = mentions.resolve(accused_tok, allow_text=False)
        if claimant is None or accused is None or accused.actor_id is None:
            continue
        if claimant.actor_id is None or _country(claimant, mentions) == _country(accused, mentions):
            continue
        if _type(claimant, mentions) not in _PARTIES:
            continue
        claims[claim.i] = Claim(claim.i, accused, [trig.index])
    return list(claims.values())


def _mention(ref: ActorRef, mentions: Mentions) -> tuple[str | None, str | None]:
    for mention in mentions.items:
        if mention.actor_id == ref.actor_id:
            return mention.country_code or mention.actor_id, mention.type
    return ref.actor_id, None


def _country(ref: ActorRef, mentions: Mentions) -> str | None:
    return _mention(ref, mentions)[0]


def _type(ref: ActorRef, mentions: Mentions) -> str | None:
    return _mention(ref, mentions)[1]


D = TypeVar("D", bound="DraftLike")


def accusations(
    doc: Doc, drafts: list[D], mentions: Mentions, lex: Lexicon, build: Callable[[Trigger], D]
) -> list[D]:
    """Add an ACCUSE draft (built by ``build``) per claim; the claimed acts join it."""
    claims = find_claims(doc, [d.trig for d in drafts], mentions, lex)
    if not claims:
        return drafts
    by_index = {d.trig.index: d for d in drafts}
    for claim in claims:
        accusation = build(Trigger(claim.index, "ACCUSE", "allege", nominal=False))
        accusation.roles.target = claim.accused
        for index in claim.acts:
            act = by_index[index]
            act.merged, act.into = True, accusation
        drafts.append(accusation)
    return sorted(drafts, key=lambda d: d.trig.index)
