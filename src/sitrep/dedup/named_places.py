"""Does a report's sentence name the place another report was placed at?

Two reports' places conflict when the geoparser put them further apart than
their precision allows (:func:`sitrep.dedup.places.places_far`). A sentence
often names more than one place ("a car bomb went off outside the police
compound in the town of Tal Abyad, Raqqa province"; "pushed on towards
Jarablus, north of Manbij"), and the event stage picks one of them. When one
report's own sentence names the place the other report was put at, the two do
not disagree about the place: the geoparser chose differently among the names
the sentence gives. The conflict is then no evidence of two incidents.

Names are compared by the gazetteer's own folding (:mod:`sitrep.geo.folding`:
case, accents, Arabic articles, transliteration skeleton), so "Al Qāmishlī",
"Qamishli" and "al-Qamishli" meet.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.dedup.dates import HEADLINE_CHARS, Report
from sitrep.dedup.figures import same_toll
from sitrep.dedup.places import places_far
from sitrep.geo.folding import bare, skeleton
from sitrep.model import EventLocation
from sitrep.store.rows import StoredEvent

#: Longest place name, in words, looked for in a sentence ("Deir ez-Zor", "Ras
#: al-Ain", "Khan Sheikhoun", "Bab al-Hawa crossing").
MAX_NAME_WORDS = 4
#: Precisions whose name is a point one sentence can name (a town, a quarter, a
#: district); a province or country is named in most sentences of an article.
_NAMED = frozenset({"locality", "near", "admin2"})

_NAME_WORD = re.compile(r"[^\W\d_][\w'’‘ʿʾ-]*", re.UNICODE)


def _keys(name: str) -> frozenset[str]:
    """Folded keys of a name: its bare form and, when long enough, its skeleton."""
    keys = {"b:" + bare(name)}
    skel = skeleton(name)
    if skel:
        keys.add("s:" + skel)
    return frozenset(keys)


@lru_cache(maxsize=16384)
def sentence_keys(sentence: str) -> frozenset[str]:
    """Keys of every run of up to :data:`MAX_NAME_WORDS` capitalised-led words.

    A run must start with a capital letter (a name, not "the town of"); the
    words after it may be articles or joined by hyphens ("Deir ez-Zor").
    """
    words = [m.group(0) for m in _NAME_WORD.finditer(sentence)]
    found: set[str] = set()
    for i, word in enumerate(words):
        if not word[:1].isupper():
            continue
        for n in range(1, MAX_NAME_WORDS + 1):
            if i + n > len(words):
                break
            found |= _keys(" ".join(words[i : i + n]))
    return frozenset(found)


def _place_keys(location: EventLocation | None) -> frozenset[str]:
    if location is None or location.precision not in _NAMED or not location.name:
        return frozenset()
    return _keys(location.name)


def names_place_of(report: Report, other: StoredEvent) -> bool:
    """``report``'s sentence names the place ``other`` was placed at."""
    keys = _place_keys(other.location)
    return bool(keys) and not keys.isdisjoint(sentence_keys(report.sentence))


def named_by_either(a: Report, b: Report) -> bool:
    """One report's sentence names the other's place (see the module doc)."""
    return names_place_of(a, b.event) or names_place_of(b, a.event)


def places_disputed(a: Report, b: Report) -> bool:
    """Places beyond their radius (:func:`places_far`) that neither sentence
    reconciles by naming the other's place (:func:`named_by_either`)."""
    return places_far(a.event, b.event) and not named_by_either(a, b)


def unstated(location: EventLocation | None, sentence: str) -> bool:
    """``location`` is a town or district ``sentence`` does not name: the events
    stage took the place from the sentences around it ("shot 31 men in a hamlet",
    placed at the article's main town). Such a place is the article's, not the
    sentence's: a guess that may be wrong."""
    keys = _place_keys(location)
    return bool(keys) and keys.isdisjoint(sentence_keys(sentence))


def place_unstated(report: Report) -> bool:
    """The report is put at a town or district its own sentence does not name
    (:func:`unstated`)."""
    return unstated(report.event.location, report.sentence)


def guessed_places(a: Report, b: Report) -> bool:
    """Both reports are put at towns their sentences do not name (:func:`place_unstated`)
    and something says those two guesses do not part them: one of the sentences stands
    past its article's lead (:data:`HEADLINE_CHARS`), or the two articles' sentences
    state one toll (:func:`sitrep.dedup.figures.same_toll`: "troops shot 31 men in a
    hamlet", "31 villagers were shot"), whatever the precision of their days.

    An article's main town is a fair guess for the incident its lead tells, a poor one
    for a later sentence, which often tells another incident as background (a toll of
    the Saturday air raids on an army base near Deir ez-Zor far down a report from
    Daraa; the Ghouta attack recalled in a report from Geneva). Two leads' guesses
    yield to one toll only. The past-the-lead reading (session 35) added 25 merged
    FA-KES dev pairs (Rityan's executions, the Ghouta attack, the Deir ez-Zor air-base
    strike), all read as right, and one more pair of the blind eighth set; a guess
    against a town the other sentence names still conflicts (that also joined a
    Manbij battle to a Qamishli bombing of the same day: 9 pairs, all wrong)."""
    if not (place_unstated(a) and place_unstated(b)):
        return False
    if any(r.event.sentence.start >= HEADLINE_CHARS for r in (a, b)):
        return True
    return a.event.document_id != b.event.document_id and same_toll(
        a.figures, b.figures, a.sentence, b.sentence
    )
