"""Place names glued to the next word by a lost space: "Kobaninorth Syria".

Wire copy that passed through several systems sometimes loses the space between
a name and a compass word ("near Kobaninorth Syria" for "near Kobani north
Syria"). The glued token is no name the gazetteer knows; its part before the
compass word is. Only a well-known reading of that part is taken (a country, a
first-level division or a town of some size), and only when the whole token has
no exact reading of its own, so an ordinary name ending in a compass word is
never cut.
"""

from __future__ import annotations

from sitrep.geo.gazetteer import EXACT_LEVELS, Candidate, Gazetteer

#: Compass words, longest first so "northeast" is cut before "east".
COMPASS_WORDS = (
    "northeast", "northwest", "southeast", "southwest",
    "northern", "southern", "eastern", "western",
    "north", "south", "east", "west",
)  # fmt: skip
#: The name left before the compass word must be this long: shorter stems
#: ("Feast", "Yeast", "Midwest") are English words, not glued names.
MIN_STEM = 4
#: A town read from a glued stem must be at least this populous: the slip is
#: only recognised for names readers know, not for any hamlet's.
GLUED_MIN_POPULATION = 10_000


def glued_stem(text: str) -> str | None:
    """The name before a compass word glued to it ("Kobaninorth" -> "Kobani"),
    or None when ``text`` is not one capitalised word ending in a lower-case
    compass word after a long enough stem."""
    if not text.isalpha() or not text[:1].isupper():
        return None
    lower = text.lower()
    if not lower.endswith(COMPASS_WORDS):
        return None  # most names: one C-level test instead of the loop below
    for word in COMPASS_WORDS:
        stem = text[: len(text) - len(word)]
        if (
            lower.endswith(word)
            and len(stem) >= MIN_STEM
            and text[len(stem)].islower()
            and stem.lower() not in COMPASS_WORDS
            and not any(stem.lower().endswith(w) for w in COMPASS_WORDS)
        ):
            return stem
    return None


def glued_readings(
    text: str,
    found: dict[str, list[Candidate]],
    gaz: Gazetteer,
    min_population: int = GLUED_MIN_POPULATION,
) -> list[Candidate]:
    """Well-known exact readings of the name in ``text`` before a glued compass
    word; empty when ``text`` has exact readings itself or is no such word."""
    named = found.get(text)
    # A lookup lists exact-level matches only, or skeleton matches only: the first
    # candidate tells which (see Gazetteer.lookup).
    if named and named[0].level in EXACT_LEVELS:
        return []
    stem = glued_stem(text)
    if stem is None:
        return []
    return [
        c
        for c in gaz.lookup(stem)
        if c.level in EXACT_LEVELS
        and (c.is_country or c.is_admin1 or c.population >= min_population)
    ]
