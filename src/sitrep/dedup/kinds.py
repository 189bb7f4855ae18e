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

#: Trigger words of taking ground (a town, a base, a road): a happening of
#: another kind than a strike or a killing, even on one day in one place.
CAPTURE_WORDS = frozenset({
    "take", "took", "taken", "taking", "seize", "seized", "seizing", "capture",
    "captured", "capturing", "retake", "retook", "retaken", "retaking", "recapture",
    "recaptured", "recapturing", "overran", "overrun", "overrunning", "control",
})  # fmt: skip


def captures_differ(trigger_a: str, trigger_b: str) -> bool:
    """One trigger takes ground and the other names neither taking ground nor the
    fighting over it ("rebels took part of the town" against "73 civilians were
    killed in air strikes"): two kinds of happening."""
    a, b = trigger_a.casefold().strip(), trigger_b.casefold().strip()
    if (a in CAPTURE_WORDS) == (b in CAPTURE_WORDS):
        return False
    other = b if a in CAPTURE_WORDS else a
    return other not in CAMPAIGN_WORDS
