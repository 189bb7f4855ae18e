"""Kinds of events the clustering treats apart: things said or given, fighting over days."""

from __future__ import annotations

# Types whose event is something said (PLOVER's verbal types): the source is
# the speaker, and another speaker makes another statement ("the opposition
# accuses" and "Washington accuses" are two accusations of one attack).
SPOKEN = frozenset({"ACCUSE", "AGREE", "CONSULT", "REJECT", "REQUEST", "SUPPORT", "THREATEN"})

#: Types whose event is something said or given (PLOVER's verbal types, aid,
#: cooperation, concessions) rather than violence.
SAID = SPOKEN | frozenset({"AID", "CONCEDE", "COOPERATE"})

#: Trigger words of fighting that goes on for days (a battle, an offensive, a
#: town taken): a sentence about it is background to an article's incident,
#: not a retelling of it, however many of its words it shares.
CAMPAIGN_WORDS = frozenset({
    "fighting", "fight", "fights", "fought", "battle", "battles", "battling", "battled",
    "clashes", "clash", "clashed", "offensive", "offensives", "campaign", "campaigns",
    "operation", "operations", "war", "siege", "besieged", "advance", "advanced",
    "take", "took", "taken", "taking", "seize", "seized", "seizing", "capture",
    "captured", "capturing", "retake", "retook", "retaken", "recapture", "recaptured",
    "control", "oust", "ousted", "expel", "expelled", "push", "pushed",
})  # fmt: skip
