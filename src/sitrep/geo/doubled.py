"""Names spelled with a consonant doubled or tripled: "Ghoutta", "Hammah", "Alepppo".

Romanisations of Arabic mark the shadda (a doubled consonant) inconsistently,
and typing slips repeat letters: "Ghoutta" is Ghouta, "Hammah" is Hamah. The
consonant skeleton collapses doubles too, but it is the least trusted guess
and matches far too many names. A name the gazetteer does not know as written
is therefore also looked up with each run of a repeated letter written once or
twice; what those spellings find exactly is the reading, marked as folded
(level 1), not exact, since the text's own spelling differs.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from sitrep.geo.folding import bare
from sitrep.geo.gazetteer import EXACT_LEVELS, Candidate, Gazetteer

#: Repeated consonants only: a doubled vowel ("Baath", "Fuaa", "Mayadeen") marks
#: a long vowel or a glottal stop, and dropping it meets unrelated names (Bath).
_RUNS = re.compile(r"([b-df-hj-np-tv-zB-DF-HJ-NP-TV-Z])\1+")
#: Names with more repeated-letter runs than this are not respelled (2**runs lookups).
MAX_RUNS = 3
#: A town read from a respelling must bear the respelled name as its own and be
#: at least this populous, or be a curated (supplement) entry: the reading must
#: be a place the writer plausibly meant.
DOUBLED_MIN_POPULATION = 1_000


def doubled_variants(text: str) -> list[str]:
    """``text`` with each run of a repeated letter written once or twice, except
    ``text`` itself; empty when it has no such run or too many."""
    parts = _RUNS.split(text)
    # split with one group: [plain, letter, plain, letter, ..., plain]
    letters = parts[1::2]
    if not letters or len(letters) > MAX_RUNS:
        return []
    plains = parts[0::2]
    out: list[str] = []
    for counts in itertools.product((1, 2), repeat=len(letters)):
        pieces = [plains[0]]
        for letter, count, plain in zip(letters, counts, plains[1:], strict=True):
            pieces.append(letter * count + plain)
        variant = "".join(pieces)
        if variant != text and variant not in out:
            out.append(variant)
    return out


def doubled_readings(
    text: str, found: dict[str, list[Candidate]], gaz: Gazetteer
) -> list[Candidate]:
    """Exact readings of ``text`` respelled with its repeated letters once or
    twice, as level-1 candidates; empty when ``text`` has exact readings itself."""
    named = found.get(text)
    # A lookup lists exact-level matches only, or skeleton matches only: the first
    # candidate tells which (see Gazetteer.lookup).
    if (named and named[0].level in EXACT_LEVELS) or not text.replace(" ", "").isalpha():
        return []
    variants = doubled_variants(text)
    if not variants:
        return []
    seen: dict[int, Candidate] = {}
    for variant, cands in gaz.lookup_many(variants).items():
        for c in cands:
            if c.level not in EXACT_LEVELS or c.id in seen:
                continue
            if c.source == "supplement" or (
                # Its own name, not an old or foreign alternate one: "al-Assad"
                # respelled is no alternate name of a village "Sad".
                bare(c.name) == bare(variant)
                and (c.is_country or c.is_admin1 or c.population >= DOUBLED_MIN_POPULATION)
            ):
                seen[c.id] = replace(c, level=1)
    return sorted(seen.values(), key=lambda c: (-c.population, c.id))
