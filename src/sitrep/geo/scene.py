"""Which place mentions of a report name the scene of its events, and where that is told.

:func:`sitrep.geo.main_location` weighs every mention; this module tells it
which ones say little about where things happened, which sentence reports the
first violent event, and which sentences are about the past ("in August
2013", "last year": background to the news):

* a place that speaks or acts as a government ("Damascus said", "the Moscow
  government");
* a dateline, where the report was filed: an upper-case place name at the
  start of a sentence or right after the date ("Jul 26 2016 BEIRUT Syrian
  forces ..."), or a place followed by a news agency ("Moscow AFP",
  "Beirut (Reuters)");
* a place inside a group's name ("the Islamic State of Iraq and the Levant"):
  the group, not a place;
* a place someone visits ("said on a visit to Ramallah"): where a speaker is,
  not where the news happened.

A place after a preposition ("in the city of Daraa Sputnik ...") is never a
dateline, whatever follows it: a byline may follow a headline.

The word lists (violence words, news agencies, groups' names) are data in
``data/geo/cues.json``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.geo.sources import read_data
from sitrep.nlp.cache import DocArrays, doc_arrays

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sitrep.model import Place

#: Verbs whose subject is a government when the subject is a place name.
_GOVERNMENT_VERBS = frozenset(
    {"say", "tell", "deny", "accuse", "claim", "announce", "warn", "insist", "condemn",
     "urge", "demand", "reject", "agree", "refuse", "threaten", "support", "back",
     "oppose", "call", "vow", "pledge", "blame", "respond", "welcome", "want", "seek",
     "plan", "send", "sign", "decide", "state", "add", "believe", "confirm", "argue"}
)  # fmt: skip
#: Nouns that a place name modifies as a government ("the Damascus regime").
_GOVERNMENT_NOUNS = frozenset(
    {"government", "regime", "authorities", "authority", "administration", "official",
     "officials", "ministry", "minister", "ally", "allies", "embassy", "envoy",
     "delegation", "leadership", "talks", "backer", "backers", "spokesman", "forces"}
)  # fmt: skip
#: Punctuation that follows a dateline ("BEIRUT -", "DAMASCUS, Syria (AP) --").
_DATELINE_MARKS = frozenset({"-", "--", "—", "–", ":", "(", ","})
#: Words before a place that make it part of a sentence, not a dateline.
_PREPOSITIONS = frozenset({"in", "of", "at", "near", "from", "to", "into", "on", "outside"})


@dataclass(frozen=True)
class SceneWords:
    #: Lemmas of reports of violence ("kill", "strike", "shelling").
    violence: frozenset[str]
    #: News agencies as they follow a dateline ("AFP", "Reuters").
    agencies: frozenset[str]
    #: Lower-cased names of groups that hold place names ("islamic state of iraq").
    group_names: tuple[str, ...]


@lru_cache(maxsize=1)
def scene_words() -> SceneWords:
    cues = read_data("cues.json")
    return SceneWords(
        violence=frozenset(cues.get("violence", [])),
        agencies=frozenset(cues.get("agencies", [])),
        # Longest first: "... of Iraq and the Levant" before "... of Iraq".
        group_names=tuple(
            sorted({n.lower() for n in cues.get("group_names", [])}, key=len, reverse=True)
        ),
    )


def is_country(place: Place) -> bool:
    return place.feature.startswith("A.PCL")


def is_finer(place: Place) -> bool:
    """A place below country level in a known country (a town, a division)."""
    return not is_country(place) and place.how != "demonym" and place.country_code is not None


def _span_tokens(doc: Doc, place: Place) -> tuple[int, int] | None:
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    return None if span is None or not len(span) else (span.start, span.end)


def _after_date(doc: Doc, i: int) -> bool:
    """The token before ``i`` ends a date ("Jul 26 2016 BEIRUT")."""
    if i == 0:
        return False
    before = doc[i - 1]
    return before.like_num or before.ent_type_ in ("DATE", "TIME")


def _is_dateline(doc: Doc, start: int, end: int, text: str) -> bool:
    words = scene_words()
    following = doc[end] if end < len(doc) else None
    # "... in Southern City of Daraa Sputnik Michael ...": a place governed by a
    # preposition is part of a sentence (a byline may follow it), not a dateline.
    governed = start > 0 and doc[start - 1].lower_ in _PREPOSITIONS
    if following is not None and not governed:
        nxt = following.text
        if nxt in words.agencies:
            return True
        if nxt == "(" and end + 1 < len(doc) and doc[end + 1].text in words.agencies:
            return True
    if not (text.isupper() and len(text) > 3):
        return False
    if doc[start].is_sent_start or _after_date(doc, start):
        return True
    return following is not None and following.text in _DATELINE_MARKS and start < 3


#: The last document's group-name ranges, keyed by its arrays: the recogniser and
#: main_location both need them, and the pipeline calls them one after the other.
_last_groups: list[tuple[DocArrays, list[tuple[int, int]]] | None] = [None]


def group_name_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of groups' names that hold place names ("Islamic State of Iraq").

    Computed once per document (a copy is returned, so callers may change theirs).
    """
    arrays = doc_arrays(doc)
    cached = _last_groups[0]
    if cached is not None and cached[0] is arrays:
        return list(cached[1])
    ranges = _group_name_ranges(arrays.text.lower())  # Doc.text re-joins every token
    _last_groups[0] = (arrays, ranges)
    return list(ranges)


def _group_name_ranges(text: str) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    for name in scene_words().group_names:
        at = text.find(name)
        while at >= 0:
            # Names are tried longest first: "... of Iraq" inside "... of Iraq and
            # the Levant" is already covered.
            if not any(s <= at < e for s, e in ranges):
                ranges.append((at, at + len(name)))
            at = text.find(name, at + len(name))
    return ranges


#: Words of a trip: the place someone visits is where they speak, not the scene.
_VISIT_WORDS = frozenset({"visit", "trip", "tour"})


def _visited(token: Token) -> bool:
    """ "on a visit to Ramallah", "during a trip to Moscow", "visiting Ankara"."""
    head = token.head
    if token.dep_ == "dobj" and head.lemma_ == "visit":
        return True
    return token.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_ in _VISIT_WORDS


def _governs(token: Token) -> bool:
    head = token.head
    if token.dep_ in ("nsubj", "nsubjpass") and head.lemma_ in _GOVERNMENT_VERBS:
        return True
    return token.dep_ in ("compound", "amod", "poss") and head.lower_ in _GOVERNMENT_NOUNS


def not_the_scene(
    doc: Doc | None, place: Place, groups: list[tuple[int, int]] | None = None
) -> bool:
    """A government ("Damascus said"), a dateline ("BEIRUT -") or part of a group's name.

    ``groups``: :func:`group_name_ranges` of ``doc``, computed once per report.
    """
    if doc is None or place.how == "demonym":
        return False
    if groups and any(s <= place.start and place.end <= e for s, e in groups):
        return True
    found = _span_tokens(doc, place)
    if found is None:
        return False
    start, end = found
    if is_country(place):
        return False
    if _is_dateline(doc, start, end, place.text):
        return True
    root = doc[start:end].root
    return _governs(root) or _visited(root)


def event_sentence(
    doc: Doc | None, places: list[Place], discounted: list[bool], lead_end: int, reach: int
) -> tuple[int, int]:
    """Character range of the first sentence after the lead that reports violence at a place.

    Only when the lead places nothing below country level ("Syria attack kills
    30"): then the first of the next ``reach`` sentences that has a violence
    word and names a town or division tells where it happened. (0, 0) if none.
    """
    if doc is None:
        return (0, 0)
    scene = [p for p, off in zip(places, discounted, strict=True) if is_finer(p) and not off]
    if any(p.start < lead_end for p in scene):
        return (0, 0)
    violence = scene_words().violence
    for n, sent in enumerate(doc.sents):
        if n >= reach:
            break
        if sent.end_char <= lead_end:
            continue
        if not any(sent.start_char <= p.start < sent.end_char for p in scene):
            continue
        if any(t.lemma_.lower() in violence or t.lower_ in violence for t in sent):
            return (sent.start_char, sent.end_char)
    return (0, 0)


#: Date phrases that put a sentence in the past of the report.
_PAST = ("last year", "years ago", "year ago", "last month", "months ago", "previous year")


def _years(text: str) -> list[int]:
    return [int(w) for w in text.replace(",", " ").split() if len(w) == 4 and w.isdigit()]


def background_sentences(doc: Doc | None) -> list[tuple[int, int]]:
    """Character ranges of sentences about the past ("in August 2013", "last year")."""
    if doc is None:
        return []
    # The report's own year is the first year it writes (the date line at its
    # head); a later sentence dated to an earlier year tells its background.
    report_year: int | None = None
    ents = doc_arrays(doc).ents  # ``doc.ents`` rebuilds every span on each call
    for ent in ents:
        if ent.label_ == "DATE" and _years(ent.text):
            report_year = max(_years(ent.text))
            break
    out: list[tuple[int, int]] = []
    for ent in ents:
        if ent.label_ != "DATE":
            continue
        low = ent.text.lower()
        years = _years(ent.text)
        past = any(p in low for p in _PAST) or (
            report_year is not None and bool(years) and max(years) < report_year
        )
        if past:
            sent = ent.sent
            if not out or out[-1] != (sent.start_char, sent.end_char):
                out.append((sent.start_char, sent.end_char))
    return out


#: Heads of a clause of their own inside a sentence.
_CLAUSE_DEPS = frozenset({"advcl", "conj", "ccomp", "relcl", "xcomp"})


def quiet_clause(doc: Doc | None, place: Place) -> bool:
    """The place sits in a side clause with no violence word while the rest of its
    sentence reports violence ("Strikes death toll has risen while SDF fighters
    make gains in Manbij"): the violence is elsewhere, not at that place."""
    if doc is None:
        return False
    found = _span_tokens(doc, place)
    if found is None:
        return False
    sent = doc[found[0]].sent
    return quiet_places(doc, [place], sent.end_char, sent.start)[0]


def quiet_places(doc: Doc | None, places: list[Place], lead_end: int, start: int = 0) -> list[bool]:
    """Per place, :func:`quiet_clause` for those in the lead (the sentence from token
    ``start`` to character ``lead_end``), False for the others. The lead's violence
    words are found once."""
    out = [False] * len(places)
    lead = [k for k, p in enumerate(places) if p.start < lead_end and p.how != "demonym"]
    if doc is None or not lead:
        return out
    arrays = doc_arrays(doc)
    # Token offsets are cached: no span is built to find where the lead ends.
    end = bisect_left(arrays.idx, lead_end, lo=start)
    words = scene_words().violence
    hits = [t.i for t in doc[start:end] if t.lemma_.lower() in words or t.lower_ in words]
    if not hits:
        return out
    for k in lead:
        first = bisect_right(arrays.idx, places[k].start, lo=start, hi=end) - 1
        if first < start:
            continue
        node = doc[first]
        while node.head.i != node.i and not (
            node.dep_ in _CLAUSE_DEPS and node.pos_ in ("VERB", "AUX")
        ):
            node = node.head
        if node.head.i == node.i:
            continue  # in the main clause
        lo, hi = node.left_edge.i, node.right_edge.i + 1
        out[k] = not any(lo <= h < hi for h in hits)
    return out
