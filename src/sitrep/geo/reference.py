"""The place a sentence gives as the reference for a guessed name.

"The Shaar oilfield east of the central city of Homs": the writer places an
unfamiliar name by a familiar one. A name that the gazetteer knows only through
its transliteration skeleton (a guess, trusted least) is tied to that reference
even across the longer phrases such sentences use ("... east of the central
city of ..."), which the plain containment links of :mod:`sitrep.geo.context`
do not reach. Disambiguation then prefers the guess's readings near the
reference and drops a guess that lies nowhere near it: the text says where the
place is, and a namesake far away is not it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.geo.gazetteer import EXACT_LEVELS, Candidate

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sitrep.geo.context import Mention

#: Words that say where a place lies relative to the next one the sentence names.
DIRECTION_WORDS = frozenset(
    {
        "near", "outside", "outskirts", "north", "south", "east", "west", "northeast",
        "northwest", "southeast", "southwest", "northern", "southern", "eastern", "western",
    }
)  # fmt: skip
#: Marks (in ``Mention.extra``) a container found as such a reference.
REFERENCE_KEY = "reference"
#: How many tokens after the guessed name the reference may start.
REACH = 10
#: Parts of speech that end the phrase: a verb or a clause break starts another statement.
_STOP_POS = frozenset({"VERB", "AUX", "PUNCT", "CCONJ", "SCONJ", "PRON"})


def placed_elsewhere(mention: Mention, cand: Candidate, inside: bool) -> bool:
    """``cand``, a guessed reading, lies nowhere near the place the sentence
    gives as the mention's reference (``inside``: whether it lies in or near
    that place): the guess is not the place meant."""
    return REFERENCE_KEY in mention.extra and cand.level not in EXACT_LEVELS and not inside


def is_guess(mention: Mention) -> bool:
    """Every reading of the mention is a transliteration guess."""
    return bool(mention.candidates) and all(c.level not in EXACT_LEVELS for c in mention.candidates)


def link_references(doc: Doc, mentions: list[Mention]) -> None:
    """Tie each guessed name without a container to the place its sentence
    locates it by ("X oilfield east of the city of Y")."""
    starts = {m.token_start: idx for idx, m in enumerate(mentions) if m.source != "demonym"}
    for m in mentions:
        if m.container is not None or m.source == "demonym" or not is_guess(m):
            continue
        sent_end = doc[m.token_start].sent.end
        directed = False
        for k in range(m.token_end, min(sent_end, m.token_end + REACH)):
            if k in starts:
                if directed:
                    m.container = starts[k]
                    m.extra[REFERENCE_KEY] = "1"
                break
            tok = doc[k]
            if tok.lower_ in DIRECTION_WORDS:
                directed = True
            elif tok.pos_ in _STOP_POS and tok.text != "-":
                break
