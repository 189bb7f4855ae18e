"""Reports that doubt a detail of a past happening: still told as having happened.

The events stage marks an event "hypothetical" when a modal word or a question
governs its trigger. That covers two moods that a reader tells apart at once:

* irrealis, a happening that has not taken place: "the allies would step up
  their bombing", "asked Congress to authorize strikes", "rebels could strike back";
* epistemic doubt about a *past* happening, which is reported as having taken
  place while one of its details is in question: "as many as 21 civilians may
  have died in the raid" (the toll), "it is not known whether government or
  allied aircraft had flown the mission" (the doer), "the shelling was probably
  launched by army batteries", "the incident ... may be a terrorist attack".

The second is one outlet's hedged report of the event that another outlet
asserts, so for clustering it counts as factual (:func:`hedged_past`). The
marks of past-time doubt are grammatical: a modal with a perfect infinitive, a
question of fact that presupposes a past happening and asks for a detail, an
epistemic adverb on a past participle, a modal "be" classing the event noun;
they must lie near the trigger. The first mood stays apart from reports of
what happened.

Likewise "planned" covers an act's purpose ("a push aimed to retake the
dam", "units seeking to surround the valley") and, through the same verb, the
act that has that purpose: "the raid was meant to hit a depot",
"coalition air strikes aim to pave the way". An event noun that is the subject
of a verb of purpose took place; only the goal is planned (:func:`purpose_of`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.dedup.dates import Report
from sitrep.events.lexicon import load_lexicon

__all__ = ["NEAR_CHARS", "hedged_past", "presupposed", "purpose_of"]

#: How near the trigger (characters) a mark of past-time doubt must be.
NEAR_CHARS = 80

# A modal with a perfect infinitive is past-time doubt ("may have been killed",
# "might have deliberately targeted"); "may have to strike" is obligation.
_PERFECT_MODAL = re.compile(
    r"\b(?:may|might|could|must)\s+(?:well\s+|also\s+)?have\s+(?:[a-z]+ly\s+)?(?:been\s+)?"
    r"(?!to\b)[a-z]+",
    re.IGNORECASE,
)
# A question of fact (unclear, not known, to determine ...) that presupposes
# the happening and asks for a detail: an alternative question ("unclear whether
# the shells were fired by the army or by militias") or a wh-question
# ("unclear who carried out the attack") over a past-tense clause. A yes/no
# question ("to determine whether its strikes killed civilians", "not clear if
# convoys had restarted") asks whether the happening took place at all: it
# stays hypothetical.
_PAST_QUESTION = re.compile(
    r"\b(?:clear|unclear|known|unknown|know|knew|determine|establish|verify|confirm|"
    r"ascertain)\b[^.;:]{0,24}?"
    r"(?:\b(?:whether|if)\b(?=[^.;:]{0,80}?\bor\b)|\b(?:who|which)\b)[^.;:]{0,80}?"
    r"\b(?:was|were|had|did|[a-z]{3,}ed)\b",
    re.IGNORECASE,
)
# An epistemic adverb on a past participle: "was most likely launched".
_ADVERB = re.compile(
    r"\b(?:likely|probably|apparently|possibly|presumably)\s+(?:been\s+)?[a-z]{3,}ed\b",
    re.IGNORECASE,
)
# Right before the trigger noun: a happening being classified ("the incident
# may be a terrorist attack"). Not "an alleged attack" under a modal verb ("would
# raise a reported attack"): such a noun mostly refers back to the article's own
# news, whose sentences must stay in one cluster with it or none.
_BEFORE_NOUN = re.compile(
    r"\b(?:may|might|could)\s+(?:well\s+)?be\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)


def hedged_past(report: Report) -> bool:
    """The event is "hypothetical" only because its sentence doubts a detail of a
    past happening (see the module doc): told as happened, for clustering."""
    event = report.event
    if event.modality != "hypothetical":
        return False
    start = event.trigger.start - event.sentence.start
    # Cached: the clustering asks it of one report for every pair it is in.
    return _hedged(report.sentence, start, start + len(event.trigger.text))


@lru_cache(maxsize=4096)
def _hedged(sentence: str, start: int, end: int) -> bool:
    if _BEFORE_NOUN.search(sentence[max(start - 60, 0) : max(start, 0)]):
        return True
    for pattern in (_PERFECT_MODAL, _PAST_QUESTION, _ADVERB):
        for found in pattern.finditer(sentence):
            if found.start() - NEAR_CHARS <= end and start <= found.end() + NEAR_CHARS:
                return True
    return False


# The event noun as the subject of a verb of purpose, a few words before it: "the
# raid went wrong and was meant to hit a depot", "air strikes on the group
# aim to pave the way". The goal after the verb stays planned.
_PURPOSE_AFTER = re.compile(
    r"^[\w\s,-]{0,60}?\b(?:aims?|aimed|intends?|intended|meant|designed|seeks?|sought)"
    r"\s+(?:to|at)\b",
    re.IGNORECASE,
)


def purpose_of(report: Report) -> bool:
    """The event is "planned" only as the doer of a purpose: its trigger (a noun,
    no "to" or "at" before it) is the subject of "aim", "intend", "seek" ... (see
    the module doc): told as happened, for clustering."""
    event = report.event
    if event.modality != "planned":
        return False
    start = event.trigger.start - event.sentence.start
    end = start + len(event.trigger.text)
    before = report.sentence[max(start - 12, 0) : max(start, 0)].split()
    if before and before[-1].casefold() in ("to", "at"):
        return False
    return _PURPOSE_AFTER.search(report.sentence[end:]) is not None


# Right before the trigger: a phrase that takes the happening as given. A
# preposition of its time or cause ("following an attack on a convoy", "in
# response to the chemical attack", "an investigation into the strikes"), a
# verb of reaction to it ("would denounce the raids on hospitals",
# "vowed to avenge the raid"), or its day ("said Friday's shelling might be
# judged a breach of the truce"); then up to three modifiers, not of a possible or
# future one ("the possible strikes", "its next offensive"). Not a bare
# definite ("would intensify its strikes", "unclear if the convoys had
# restarted": the happening itself is what is planned or asked), nor "a
# reported attack" under a modal ("would raise a reported attack"): as for
# _BEFORE_NOUN, such a noun mostly refers back to its article's own news, and
# made factual it takes a sentence of that article into another cluster than
# the article's lead (a wider rule, with these and bare definites, gained 17
# merged pairs and lost 21 correct ones on the FA-KES dev store).
_DETERMINER = r"(?:the|an?|this|that|these|those|its|their|[\w-]+'s?)"
_DAY = (
    r"(?:yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?'s"
)
_GIVEN = (
    r"(?:\b(?:following|after|in\s+the\s+wake\s+of|in\s+response\s+to|in\s+retaliation\s+for"
    r"|investigations?\s+into|inquiry\s+into|probe\s+into"
    r"|(?:condemn|denounc|deplor|investigat|avenge|respond|retaliat)[a-z]*(?:\s+(?:to|for))?)"
    r"\s+" + _DETERMINER + r"|\b" + _DAY + r")"
)
_NOT_MODIFIER = (
    r"(?!(?:to|be|been|not|no|never|will|would|could|can|may|might|should|must|possible"
    r"|potential|future|planned|upcoming|next|any|further|new)\b)"
)
_PRESUPPOSED = re.compile(_GIVEN + r"(?:\s+" + _NOT_MODIFIER + r"[\w.-]+){0,3}\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    """The event nouns of the events lexicon (sitrep/data/triggers.json), any type."""
    return frozenset(word.casefold() for word in load_lexicon().nouns)


def _event_noun(trigger: str) -> bool:
    """The trigger's head is an event noun of the lexicon ("air strikes", "the bombing"):
    a verb ("if the army takes the hill") names no happening to presuppose."""
    words = trigger.casefold().split()
    if not words:
        return False
    head = words[-1]
    forms = {head, head.removesuffix("s"), head.removesuffix("es")}
    return bool(forms & _nouns())


def presupposed(report: Report) -> bool:
    """The event, told by a noun, is taken as having happened by a phrase before
    it (see ``_GIVEN``: "should be investigated following an attack on an aid
    convoy", "would denounce the raids on hospitals"): the modal or
    negation of the clause is about the response, not the happening. Told as
    happened, for clustering."""
    event = report.event
    if event.modality not in ("hypothetical", "negated") or not _event_noun(event.trigger.text):
        return False
    start = event.trigger.start - event.sentence.start
    # Cached: the clustering asks it of one report for every pair it is in.
    return _given(report.sentence[max(start - NEAR_CHARS, 0) : max(start, 0)])


@lru_cache(maxsize=4096)
def _given(before: str) -> bool:
    return _PRESUPPOSED.search(before) is not None
