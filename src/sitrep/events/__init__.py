"""The events stage: who did what to whom, coded as PLOVER events.

``extract_events(doc, document, places, actors)`` finds triggers from the lexicon
in ``data/triggers.json`` (verbs, phrasal verbs, verb + object idioms, event
nouns), reads source and target from the dependency parse, and fills type, mode,
modality, trigger and sentence offsets, location and quantities. Dates,
attribution and framing are left for the stages after it.
"""

from __future__ import annotations

from sitrep.events.extract import extract_events
from sitrep.events.lexicon import Lexicon, load_lexicon

__all__ = ["Lexicon", "extract_events", "load_lexicon"]
