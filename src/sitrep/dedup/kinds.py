"""Kinds of event types the clustering treats apart: things said or given."""

from __future__ import annotations

# Types whose event is something said (PLOVER's verbal types): the source is
# the speaker, and another speaker makes another statement ("the opposition
# accuses" and "Washington accuses" are two accusations of one attack).
SPOKEN = frozenset({"ACCUSE", "AGREE", "CONSULT", "REJECT", "REQUEST", "SUPPORT", "THREATEN"})

#: Types whose event is something said or given (PLOVER's verbal types, aid,
#: cooperation, concessions) rather than violence.
SAID = SPOKEN | frozenset({"AID", "CONCEDE", "COOPERATE"})
