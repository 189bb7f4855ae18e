"""Finding toponym mentions in a spaCy ``Doc``, with their gazetteer candidates.

Three sources of mentions, merged:

* spaCy GPE/LOC/FAC entities;
* a gazetteer scan over runs of capitalised tokens (with the lower-case Arabic
  articles of "al-Shadadi", "Deir ez-Zor" inside them), because the small English
  model misses or mislabels many Middle-East names ("Dayr al-Zawr" as PERSON,
  "Hasakah" as ORG). A scanned name that lies inside a PERSON or ORG entity is
  kept only when it is the whole entity and a notable place (country, division,
  supplement entry, town of 1,000+ people in a country the document mentions);
* demonyms ("Syrian" -> Syria): always at country level, and never inside a
  PERSON or ORG entity ("Syrian Arab Army" names an actor, not a place).

Each token is visited a bounded number of times (runs are cut at 6 tokens) and
all names of a document are looked up in one indexed query.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from sitrep.geo.actor_places import SCAN_MIN_POPULATION, actor_readings
from sitrep.geo.context import Mention, add_context, lexicon
from sitrep.geo.datelines import dateline_name
from sitrep.geo.entities import (
    NOT_LISTED,
    Listed,
    about_one_country,
    city,
    embedded,
    ends_group_name,
    locative,
    major,
    named_locality,
    next_is_cue,
    person_names,
    titled_place,
)
from sitrep.geo.folding import ARTICLES, bare, fold
from sitrep.geo.gazetteer import EXACT_LEVELS, Candidate, Gazetteer
from sitrep.geo.guesses import (
    add_respelled,
    implied_focus,
    plausible_guesses,
    top_countries,
    typo_readings,
)
from sitrep.geo.nonplaces import (
    aged,
    cited_source,
    initials_reading,
    outlet_possessive,
    place_noun,
)
from sitrep.geo.roles import role_placed
from sitrep.geo.scan import PLACE_LABELS, Tokens, entity_spans, is_cap, runs, spans_of_run
from sitrep.geo.scene import group_name_ranges
from sitrep.geo.short_forms import abbreviations, demonym_code, demonyms, mention_at
from sitrep.nlp.cache import doc_arrays

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: spaCy often tags Middle-East places PERSON or ORG; those are re-examined.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "NORP"})
#: Names inside these are titles of things (a TV channel "al-Mayadeen", a law), never places.
OTHER_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
NUMERIC_LABELS = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "LANGUAGE"}
)
MIN_LETTERS = 3


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def _focus_countries(spans: dict[tuple[int, int], list[Candidate]], doc: Doc) -> Counter[str]:
    """Countries named outright (country names at exact level, demonyms), with counts.

    ``spans`` holds, per span, its candidates that are countries at exact level.
    """
    focus: Counter[str] = Counter()
    for cands in spans.values():
        codes = {c.country_code for c in cands if c.country_code}
        focus.update(codes)
    demonyms = lexicon().demonyms
    for word in doc_arrays(doc).words:
        code = demonyms.get(word)
        if code:
            focus[code] += 1
    return focus


def _hyphen_article(words: list[str], i: int, j: int) -> bool:
    """The name at tokens ``i:j`` starts with an Arabic article joined by a hyphen."""
    return j - i > 2 and words[i].lower() in ARTICLES and words[i + 1] == "-"


def _name_goes_on(words: list[str], j: int) -> bool:
    """Token ``j`` continues a name: a capitalised word, or an article joined to
    the next word ("al-Nasr")."""
    if j >= len(words):
        return False
    if is_cap(words[j]):
        return True
    return words[j].lower() in ARTICLES and j + 1 < len(words) and words[j + 1] == "-"


def _article_joined(words: list[str], j: int) -> bool:
    """Tokens from ``j`` are an Arabic article joined by a hyphen to a capitalised
    word ("al-Harir"): the rest of a longer name."""
    return (
        j + 2 < len(words)
        and words[j].lower() in ARTICLES
        and words[j + 1] == "-"
        and is_cap(words[j + 2])
    )


def _accept(
    doc: Doc,
    span: tuple[int, int],
    cands: list[Candidate],
    labels: dict[int, tuple[str, int, int]],
    focus: Counter[str],
    persons: set[str],
    countries: list[Candidate],
    listed: Listed = NOT_LISTED,
    regions: frozenset[str] = frozenset(),
    implied: Counter[str] | None = None,
) -> tuple[list[Candidate], str] | None:
    """The candidates kept for a span and the mention source, or None to drop it.

    ``countries``: those of ``cands`` that are countries at exact level;
    ``regions``: countries of the divisions and large towns the text tags;
    ``implied``: how many tagged names imply each of them.
    """
    i, j = span
    arrays = doc_arrays(doc)
    text = arrays.span_text(i, j)
    lex = lexicon()
    home = focus.most_common(1)[0][0] if focus else None
    # Countries tied for most named: a guess in any of them is as likely.
    homes = top_countries(focus)
    near = homes | regions
    if text in lex.not_places or (j - i > 1 and place_noun(text)):
        return None
    if (
        outlet_possessive(text)
        or cited_source(arrays.lower, i, j, text)
        or (aged(arrays.words, j) and not any(c.is_country or c.is_admin1 for c in cands))
    ):
        # "SANAs correspondent", "Sana reported", "Millan, 41, was shot": an
        # outlet, a person.
        return None
    if ends_group_name(arrays.words, i, text):
        return None
    if focus and _hyphen_article(arrays.words, i, j):
        # "al-Tiba", "al-Wata": an Arabic name, romanised; a namesake in a country
        # the report never names (Chiba, Japan, by an alternate name; Wada) is not
        # what it means, unless it is a city by that very name ("Al-Amarah").
        name = bare(text)
        cands = [
            c
            for c in cands
            if c.country_code in focus
            or c.is_country
            or c.source == "supplement"
            or (city(c) and bare(c.name) == name)
        ]
        if not cands:
            return None
    if j - i == 1 and text in lex.name_prefixes and _name_goes_on(arrays.words, j):
        # "the village of Tall Tawil", "the Bab al-Nasr area": the first word of a
        # longer name, not "At Tall" or the town al-Bab.
        return None
    if j - i == 1 and _article_joined(arrays.words, j) and not countries:
        # "Busra al-Harir", a town the gazetteer lacks: its first word is not the
        # town "Busra" (nor Basra in Iraq). A longer listed name ("Deir ez-Zor")
        # is a span of its own.
        return None
    if (
        text in persons
        and not any(major(c, focus) for c in cands)
        # Tagged a place here, or called a town ("the town of Zabadani"): a word of
        # a "person" elsewhere ("Hezbollah Zabadani") does not make it a name here.
        and not (i in labels and labels[i][0] in ("GPE", "LOC") and labels[i][1:] == (i, j))
        and not named_locality(doc, i)
        # "Hama SANA -" read as one person's name: a dateline's place.
        and not dateline_name(doc, i, j)
    ):
        return None
    # "Mrs.", "Sen.": abbreviations are titles; only country abbreviations ("U.S.") pass.
    if text.endswith(".") and not any(c.is_country for c in cands):
        return None
    if _letters(text) < MIN_LETTERS and not (countries and text.isupper()):
        return None
    label_info = labels.get(i)
    inside = {labels[k][0] for k in range(i, j) if k in labels}
    whole = label_info is not None and label_info[1:] == (i, j)
    misread = ACTOR_LABELS | OTHER_LABELS | {"LANGUAGE"}
    whole_actor = whole and label_info is not None and label_info[0] in ACTOR_LABELS
    if (
        inside & misread
        and not inside & (NUMERIC_LABELS - misread | PLACE_LABELS)
        and not whole_actor
    ):
        # A list of towns is misread as a person's name ("hit Tartous Homs and
        # Hasakeh"); an organisation's name holds places that are not ones
        # ("Ahrar al-Sham").
        persons_only = {labels[k][0] for k in range(i, j) if k in labels} == {"PERSON"}
        kept = embedded(doc, i, j, cands, focus, home, listed if persons_only else NOT_LISTED)
        if kept:
            return kept, "embedded"
        if whole and label_info is not None:
            kept = role_placed(doc, i, j, text, cands, label_info[0])
            if kept:
                return kept, "role"
            kept = titled_place(doc, span, text, cands) if label_info[0] in OTHER_LABELS else []
            if kept:
                return kept, "entity"
    if inside & (NUMERIC_LABELS | OTHER_LABELS):
        return None
    if j - i == 1 and demonym_code(text) is not None:
        return None
    # Acronyms ("SANA", "UN") are organisations unless they are a country's ("US", "UAE").
    if text.isupper() and _letters(text) <= 5 and not countries:
        return None
    if label_info and label_info[0] in PLACE_LABELS and whole:
        # A transliteration guess for a tagged name must lie in the country the
        # text names most ("Tokhar" in a report on Syria is no Afghan province).
        guessed = [c for c in cands if c.level in EXACT_LEVELS or c.country_code in homes]
        if j - i == 1 and guessed:
            # In a report about one country, a one-word name of a small town
            # abroad, of a country the text neither names nor places anything
            # else in, known by another name ("Zahra" for Ez Zahra, "Ferdous"
            # for Ferdows), is a namesake of a local place the gazetteer lacks.
            guessed = _less_strangers(guessed, cands, text, focus, implied, SCAN_MIN_POPULATION)
        return (guessed, "entity") if guessed else None
    if inside & ACTOR_LABELS:
        if not whole:
            return None
        label = label_info[0] if label_info is not None else None
        kept = actor_readings(doc, span, text, cands, label, focus, homes, near)
        if not kept and label_info is not None:
            kept = role_placed(doc, i, j, text, cands, label_info[0])
        return (kept, "actor-entity") if kept else None
    # Inside a GPE/LOC name ("Kafr Nabl, Idlib"), not a facility's: the words of
    # "the Syrian Observatory for Human Rights" (tagged FAC) are no towns.
    in_place_entity = bool(inside & {"GPE", "LOC"})
    if "FAC" in inside and not whole:
        # Part of a facility's name: only a notable place ("the Aleppo airport"),
        # not "White" of "the White House".
        cands = [c for c in cands if c.is_country or c.is_admin1 or major(c, focus)]
        if not cands:
            return None
    if j - i == 1 and doc[i].pos_ != "PROPN" and not in_place_entity:
        return None
    # A bare capitalised word that spaCy did not tag: transliteration matches are
    # never trusted, and a single word must be placed by the text unless it is a
    # country, a division or a curated place.
    # "on Castello road": the preposition places the road, not a town of that name.
    road = j < len(doc) and arrays.lower[j] in ROAD_NOUNS
    placed = j - i > 1 or (locative(doc, i) and not road) or next_is_cue(doc, j) or in_place_entity
    kept = [
        c
        for c in cands
        # A transliteration-skeleton match is trusted only in the country the text
        # names most: elsewhere it is a stranger's name ("Qaterji" -> Kittredge, US;
        # "Zaytan" -> Zaton, Russia, in a report on Syria that mentions Russia).
        if (c.level in EXACT_LEVELS or (in_place_entity and c.country_code in homes))
        and (
            c.is_country
            or c.is_admin1
            or c.source in ("supplement", "geonames-dump")
            or (placed and c.country_code in focus)
            or (placed and c.population >= SCAN_MIN_POPULATION)
            # A large town of a country the text names needs no "in" before it
            # ("the Syrian city Aleppo", "Aleppo killed ..."), like a tagged one.
            or (c.country_code in focus and c.population >= SCAN_MIN_POPULATION)
            or in_place_entity
            # "the town of X" in a report naming no country, or in the country of
            # the places it tags: as for a tagged name.
            or (
                c.is_locality
                and (not focus or c.country_code in regions)
                and named_locality(doc, i)
            )
        )
    ]
    if kept and j - i == 1:
        # As for a tagged name, with a higher bar: an untagged word read as
        # another spelling of a town abroad ("Mare city" north of Aleppo as Male,
        # the Maldives) is a local place (Mare', Syria), or one the index lacks.
        kept = _less_strangers(kept, cands, text, focus, implied, UNTAGGED_STRANGER_MAX)
        if not kept:
            return None
    if kept and doc[i].is_sent_start and j - i == 1 and not in_place_entity:
        kept = [c for c in kept if c.is_country or c.is_admin1 or c.country_code in focus]
    if not kept:
        return None if inside else _untagged(doc, i, j, text, cands)
    return kept, "scan"


#: Nouns of a road named after a place ("the Castello road", "Mrat road").
ROAD_NOUNS = frozenset({"road", "highway", "street", "motorway"})
#: Population under which an untagged word read only as another spelling of a
#: town abroad is no place (a city over it keeps its other names: "Bombay").
UNTAGGED_STRANGER_MAX = 1_000_000


def _less_strangers(
    kept: list[Candidate],
    cands: list[Candidate],
    text: str,
    focus: Counter[str],
    implied: Counter[str] | None,
    limit: int,
) -> list[Candidate]:
    """``kept`` less its :func:`_stranger` readings, in a report about one country
    (:func:`~sitrep.geo.entities.about_one_country`): none left when all are
    strangers; only the others when one of them lies in a country the text names
    (dropping a reading must not leave a namesake abroad, "Jenin" in Poland, to
    win). ``cands``: all readings of the name, whose own countries are no
    evidence that the text places something there."""
    if not about_one_country(focus):
        return kept
    elsewhere = (implied or Counter()) - implied_focus([cands])
    rest = [c for c in kept if not _stranger(c, text, focus, elsewhere, limit)]
    if not rest or (len(rest) < len(kept) and any(c.country_code in focus for c in rest)):
        return rest
    return kept


def _stranger(
    cand: Candidate,
    text: str,
    focus: Counter[str],
    elsewhere: Counter[str],
    limit: int = SCAN_MIN_POPULATION,
) -> bool:
    """A town (a populated place; no sea or river) of a country the text neither
    names nor tags another place in (``elsewhere``: the countries the other
    tagged names imply), too small to be a place wherever named (under
    ``limit``; 0, an unknown population, is mostly a village's: "Hadar" in
    Quneitra read as Al Hadar, Iraq), whose name is not the text's (an alternate
    name, or the name less an article)."""
    return (
        cand.feature.startswith("P.")
        and cand.country_code not in focus
        and cand.country_code not in elsewhere
        and 0 <= cand.population < limit
        and fold(cand.name) != fold(text)
    )


def _untagged(
    doc: Doc, i: int, j: int, text: str, cands: list[Candidate]
) -> tuple[list[Candidate], str] | None:
    """An untagged name with nothing else placing it: a verb may ("Vukovar was
    captured")."""
    kept = role_placed(doc, i, j, text, cands, None)
    return (kept, "role") if kept else None


def find_mentions(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """Toponym mentions of ``doc`` with their candidates, in text order, not overlapping."""
    toks = Tokens(doc)
    entities = entity_spans(toks)
    labels: dict[int, tuple[str, int, int]] = {}
    for start, end, label in entities:
        for k in range(start, end):
            labels[k] = (label, start, end)
    spans: set[tuple[int, int]] = set()
    for start, end in runs(toks):
        spans.update(spans_of_run(toks, start, end))
    spans.update((s, e) for s, e, label in entities if label in PLACE_LABELS | ACTOR_LABELS)
    # "the Islamic State of Iraq and the Levant" names a group: neither "Iraq" nor
    # "Levant" in it is a place, nor a vote for the report's country.
    groups = group_name_ranges(doc)
    if groups:
        idx = toks.arrays.idx
        spans = {sp for sp in spans if not any(s <= idx[sp[0]] < e for s, e in groups)}
    span_text = toks.arrays.span_text
    texts = {span: span_text(span[0], span[1]) for span in spans}
    found = gaz.lookup_many(texts.values())
    by_span: dict[tuple[int, int], list[Candidate]] = {}
    for span, text in texts.items():
        cands = plausible_guesses(
            text, typo_readings(text, found, gaz, SCAN_MIN_POPULATION) or found.get(text, [])
        )
        if " " not in text and not text.isupper():
            # Only such a text can be a division's initials (checked once, not per reading).
            cands = [c for c in cands if not initials_reading(text, c)]
            if place_noun(text):
                cands = []
        if cands:
            by_span[span] = cands
    # Per span, its candidates that are countries named exactly, read once.
    countries = {
        # ``feature`` read directly: this runs for every reading of every span.
        span: [c for c in cands if c.feature.startswith("A.PCL") and c.level in EXACT_LEVELS]
        for span, cands in by_span.items()
    }
    focus = _focus_countries(countries, doc)
    # The country of the divisions and large towns spaCy tagged; the report's
    # when it names none outright.
    implied = implied_focus(
        [
            cands
            for (s, e), cands in by_span.items()
            if labels.get(s, ("", -1, -1))[1:] == (s, e) and labels[s][0] in ("GPE", "LOC")
        ]
    )
    regions = frozenset(implied)
    focus = focus or implied
    add_respelled(by_span, texts, labels, focus, gaz)
    # Where major places of the report's country begin and end: a name right
    # before or after one is in a list of places.
    home = focus.most_common(1)[0][0] if focus else None
    majors = [
        span
        for span, cands in by_span.items()
        if any(c.country_code == home and major(c, focus) for c in cands)
    ]
    # A "person" holding a country or a major town ("Aleppo Homs Quneitra") is a
    # list of places: its other words are no person's names either.
    placed_tokens = {k for (s, e), exact in countries.items() if exact for k in range(s, e)}
    placed_tokens.update(k for s, e in majors for k in range(s, e))
    persons = person_names(doc, placed_tokens)
    listed = (frozenset(s for s, _ in majors), frozenset(e for _, e in majors))
    taken: set[int] = set()
    mentions: list[Mention] = []
    # Longest spans first: "Dayr al-Zawr" wins over "Dayr"; then left to right.
    for span in sorted(by_span, key=lambda s: (s[0] - s[1], s[0])):
        if any(k in taken for k in range(*span)):
            continue
        exact = countries.get(span, [])
        accepted = _accept(
            doc, span, by_span[span], labels, focus, persons, exact, listed, regions, implied
        )
        if accepted is None:
            continue
        cands, source = accepted
        taken.update(range(*span))
        mentions.append(mention_at(doc, span, cands, source))
    mentions.extend(abbreviations(doc, toks, gaz, taken))
    mentions.extend(demonyms(doc, gaz, taken, labels))
    mentions.sort(key=lambda m: m.start)
    add_context(doc, mentions)
    return mentions
