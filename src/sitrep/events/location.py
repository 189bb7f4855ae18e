"""Where an event happened, chosen among the places the geo stage found.

Preference: a place syntactically attached to the trigger ("shelled villages *in*
X", "the operation in X"), fewest dependency hops first; else the nearest place in
the same sentence; else the document's main location. Precision follows the
GeoNames feature of the place and becomes "near" when the text says "near X",
"north of X", "outside X".

Among attached places, one the event happened *in* comes before a destination
or origin ("took them *to* X"), a reference point ("X, 50 km north of Y") and a
continent ("Liberia in west Africa"); a finer place refines a coarser one it
hangs off or lies in ("Iraq's northern city of Kirkuk"). A chosen country or
division gives way to a place of the same clause that lies in it ("violence
across Iraq ... shot ... in the city of Mosul"). Places that say who leads,
backs or hosts an actor ("US-led forces", "the Britain-based Observatory", "rebel
backer Qatar"), and a dateline where correspondents sit ("MOSCOW (Sputnik) -"),
are never the event's.

When mentions of one happening are merged, the better-ranked place wins; a
mention from another sentence brings only a place attached to it, or a country
or province that holds the event's place (:func:`sitrep.events.draft.absorb`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.events.place_links import (
    after_compass,
    filed_from,
    holders,
    located_by,
    named_for,
    names_place,
    offset_from,
    offset_point,
    origin,
    reference_point,
)
from sitrep.model import Document, EventLocation, LocationPrecision, Place
from sitrep.nlp.cache import doc_arrays
from sitrep.nlp.page import in_widget

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_PATH_DEPS = frozenset(
    {
        "pobj",
        "prep",
        "appos",
        "compound",
        "conj",
        "poss",
        "nmod",
        "npadvmod",
        "amod",
        "dobj",
        "advmod",
        "acomp",
        "pcomp",
    }
)
_NEAR_WORDS = frozenset(
    {
        "near",
        "outside",
        "around",
        "nearby",
        "close",
        "off",
        "outskirts",
        "vicinity",
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "countryside",
        "suburb",
        "suburbs",
        "edge",
        "environs",
    }
)
_MAX_HOPS = 6
_MAX_CLAUSE_HOPS = 10
# "the Britain-based Observatory", "a London-headquartered group": where an
# organisation sits, never where the event it reports happened; "US-led forces",
# "Iranian-backed militias": who leads or backs an actor, not where it acts.
_SEAT_SUFFIXES = (
    "-based",
    " based",
    "-headquartered",
    "-led",
    "-backed",
    "-funded",
    "-sponsored",
    "-supported",
    "-brokered",
    "-allied",
)
#: "rebel backer Qatar", "its ally Iran": a country named as someone's patron says who
#: backs a side, not where anything happened.
_PATRON_NOUNS = frozenset({"backer", "backers", "ally", "allies", "sponsor", "sponsors", "patron"})
_DIRECTIONAL = frozenset({"to", "into", "toward", "towards", "from", "onto"})
#: Precisions, finest first.
_RANKS = ("locality", "near", "admin2", "admin1", "region", "country")
#: The rank of a continent or a region across countries.
_SUPRANATIONAL = len(_RANKS)


def precision_of(feature: str) -> LocationPrecision:
    """GeoNames feature -> how precisely the location is known."""
    cls, _, code = feature.partition(".")
    if cls == "P" or cls == "S":
        return "locality"
    if cls == "A":
        if code == "ADM1":
            return "admin1"
        if code.startswith("PCL"):
            return "country"
        return "admin2"
    return "region"


def _location(place: Place, precision: LocationPrecision) -> EventLocation:
    return EventLocation(
        name=place.name,
        lat=place.lat,
        lon=place.lon,
        country_code=place.country_code,
        admin1=place.admin1,
        precision=precision,
        geonameid=place.geonameid,
    )


def _attachment(
    doc: Doc, span: Span, anchors: set[int], named_whole: bool = False
) -> tuple[int, bool, bool, list[int]] | None:
    """(hops, near, directional, path) when the place's phrase hangs off one of the
    ``anchors`` (``path``: the tokens passed on the way up).

    ``named_whole``: the place is no lone town name (a country, a region, a name of
    several words), so as the passive subject of the event ("Gibraltar was
    captured") it is what the event was done to; a lone town name there is as
    often a person's ("Salcedo was captured").

    ``directional`` marks a destination or origin ("took them *to* X", "came *from*
    X"): the event happened elsewhere, so such a place ranks after one the event
    happened *in*.
    """
    node = span.root
    if (
        named_whole
        and node.dep_ == "nsubjpass"
        and node.head.i in anchors
        and node.ent_type_ != "PERSON"
    ):
        # "Gibraltar was captured (from Spain)": what the event was done to.
        return 1, False, False, [node.head.i]
    near = False
    directional = False
    path: list[int] = []
    for hops in range(1, _MAX_HOPS + 1):
        if node.dep_ not in _PATH_DEPS or node.head.i == node.i:
            return None
        node = node.head
        path.append(node.i)
        if node.lower_ in _NEAR_WORDS:
            near = True
        if node.dep_ == "prep" and node.lower_ in _DIRECTIONAL:
            directional = True
        if node.i in anchors:
            return hops, near, directional, path
    return None


def locate(
    doc: Doc,
    anchors: set[int],
    sentence: Span,
    trigger_index: int,
    places: list[tuple[Place, Span]],
    document: Document,
    all_places: list[Place],
) -> tuple[EventLocation | None, tuple[int, ...]]:
    """The event's location and how good the evidence is (lower is better).

    The rank lets merged triggers ("carried out the operation in X, taking them to
    Y") keep the better-attached place of the two.
    """
    best: tuple[int, int, int, int, Place, bool, bool] | None = None
    nearest: tuple[int, int, Place] | None = None
    attached: list[tuple[int, int, int, Place, bool, list[int], int, bool]] = []
    in_sentence: list[tuple[int, Place]] = []
    #: Of those, the ones in the event's own clause (for refining a coarse choice).
    in_clause: list[tuple[int, Place]] = []
    #: Places of the sentence that are no reference point, by distance to the trigger.
    located: list[tuple[int, Place]] = []
    spans: dict[int, Span] = {}
    #: Places that are a person's home or a country that acts ("Britain urged ...").
    origins: set[int] = set()
    home = document.location.country_code if document.location is not None else None
    for place, span in places:
        if span.start < sentence.start or span.end > sentence.end:
            continue
        if _is_seat(doc, span) or _is_patron(doc, span) or filed_from(doc, span, place, home):
            continue
        if place.how == "demonym" and not names_place(doc, place):
            # A reporter "killed by a Russian strike on the village of X": the
            # nationality says who struck, not where (as for the document's own
            # location); a town the gazetteer lacks leaves the sentence unplaced.
            continue
        came_from = origin(span)
        reference = after_compass(doc, span.start) or came_from
        if came_from:
            origins.add(id(place))
        whole = len(span) > 1 or not place.feature.startswith("P.")
        found = _attachment(doc, span, anchors, whole)
        if found is not None:
            hops, near, directional, path = found
            rank = _rank(place)
            reference = reference or reference_point(doc, path)
            # A continent or a region across countries ranks with a destination:
            # any place of one country the phrase names says more.
            away = int(directional or rank == _SUPRANATIONAL or reference)
            attached.append((away, hops, rank, place, near, path, span.root.i, reference))
        distance = abs(span.start - trigger_index)
        in_sentence.append((distance, place))
        spans[id(place)] = span
        if not reference:
            located.append((distance, place))
        if _same_clause(span.root, anchors):
            in_clause.append((distance, place))
        # A reference point ("Numaniyah, southeast of Baghdad") is nearest last.
        order = (int(reference), distance)
        if nearest is None or order < nearest[:2]:
            nearest = (*order, place)
    # "in Baghdad's Dora district": the place the noun is named for, not the one
    # that holds it, when both hang off the noun alike.
    held = holders(doc, [a[6] for a in attached])
    for away, hops, rank, place, near, path, root, reference in attached:
        # A finer place hanging off a coarser one ("enters Syria, Hasakah", "Syria's
        # Hasakah province"), off the noun the coarser one names ("the West Bank
        # village of Beitunia", "Iraq's northern city of Kirkuk"), or lying in it
        # ("in the countryside of Homs province in central Syria") refines it: it
        # counts as attached where that one is.
        for other in attached:
            if (other[2] > rank and (other[6] in path or _contains(other[3], place))) or (
                # Equally fine: only a place the other does not itself modify
                # ("San Francisco's Mission District" stays the district).
                other[2] >= rank and other[5][0] in path and other[6] not in path
            ):
                hops = min(hops, other[1])
                away = min(away, other[0])
        # Where it happened before where it went; then fewest hops, then the finest
        # place (a town before its province).
        key = (away, hops, rank, int(root in held), place, near, reference)
        if best is None or key[:4] < best[:4]:
            best = key
    if best is not None:
        away, hops, rank, _, place, near, reference = best
        located_place = located_by(doc, spans[id(place)], located, spans) if reference else None
        if located_place is not None:
            # The place only says where another one lies ("a police post near Pilli,
            # 480 km west of the capital, Katmandu"): that one is the event's.
            place, near = located_place, False
        # A country or division, and the sentence also names a place in it ("in
        # scattered violence across Iraq, gunmen shot ... in the city of Mosul"):
        # the finer one says more.
        finer = _finer(place, in_clause)
        if finer is not None:
            place, near = finer, False
        precision = precision_of(place.feature)
        # "near" is said of a town ("outside Aleppo"); "the Idlib countryside" or
        # "north of Syria" keeps the division's or country's precision, so two
        # reports of a province are not read as one point.
        location = _location(place, "near" if near and precision == "locality" else precision)
        if reference and located_place is None:
            location = _offset(doc, spans[id(place)], location)
        return location, (away * 2, hops, rank)
    if nearest is not None and id(nearest[2]) not in origins:
        far, distance, place = nearest
        # The same for the nearest name ("in Baghdad ... the envoy for Iraq"), and
        # the place its noun is named for ("near the West Bank village of Beitunia").
        finer = _finer(place, in_sentence) or named_for(doc, place, in_sentence, spans, _rank)
        location = _location(finer or place, precision_of((finer or place).feature))
        if far and finer is None:
            location = _offset(doc, spans[id(place)], location)
        return location, (1 + far, distance)
    named = _named_before(doc, sentence, anchors, places, document)
    if named is not None:
        return _location(named, "locality"), (2, _BACK_TOKENS)
    return _document_location(doc, document, all_places), (3,)


#: Nouns of a town that, with "the", name the town the report just named.
_TOWN_WORDS = frozenset({"town", "city", "village"})
#: How many tokens before the sentence that town may be named (about two
#: sentences of news copy).
_BACK_TOKENS = 80


def _named_before(
    doc: Doc,
    sentence: Span,
    anchors: set[int],
    places: list[tuple[Place, Span]],
    document: Document,
) -> Place | None:
    """The town a sentence without a place name of its own calls "the town" or "the
    city" in the trigger's clause: the article's main place when the sentences
    just before name it, else the last town they name ("... for control of the
    stronghold of Manbij. The SDF encircled the town and entered it on June
    23"). Without it the event took the article's main place, which is often
    another town or province. Names in page widgets (a related report's
    headline) do not count."""
    refers = any(
        tok.lemma_.lower() in _TOWN_WORDS
        and tok.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        # "the city of Al Quriyah" names its town (one the gazetteer may lack).
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
        and _same_clause(tok, anchors)
        for tok in sentence
    )
    if not refers:
        return None
    before = [
        (span.start, place)
        for place, span in places
        if span.end <= sentence.start
        and sentence.start - span.start <= _BACK_TOKENS
        and precision_of(place.feature) == "locality"
        and not _is_seat(doc, span)
        and not _is_patron(doc, span)
        and not in_widget(doc, span.start_char)
    ]
    main = document.location.name if document.location is not None else None
    for _, place in before:
        if place.name == main:
            return place
    return max(before, key=lambda sp: sp[0])[1] if before else None


def _same_clause(token: Token, anchors: set[int]) -> bool:
    """No verb with a subject of its own between ``token`` and the trigger: "gunmen
    shot an officer walking near his home in Mosul" (one clause), not "activists
    demonstrated across Turkey as leaders gathered in Istanbul" (two)."""
    node = token
    for _ in range(_MAX_CLAUSE_HOPS):
        if node.i in anchors:
            return True
        if node.pos_ in ("VERB", "AUX") and any(
            child.dep_ in ("nsubj", "nsubjpass") for child in node.children
        ):
            return False
        if node.head.i == node.i:
            return True
        node = node.head
    return True


def _finer(place: Place, in_sentence: list[tuple[int, Place]]) -> Place | None:
    """The place nearest the trigger among those of the sentence lying in ``place``
    (a country or first-level division); None when there is none."""
    coarse = _rank(place)
    finer = [(d, p) for d, p in in_sentence if _contains(place, p) and _rank(p) < coarse]
    return min(finer, key=lambda dp: dp[0])[1] if finer else None


def _rank(place: Place) -> int:
    """How coarse a place is (0: a town). A continent or a region across countries
    ("Africa", "the Middle East") is coarser than any country in it; a sea or a
    disputed landform of no one country ("the Persian Gulf", "the Golan") is not."""
    if place.country_code is None and place.feature in ("L.CONT", "L.RGN"):
        return _SUPRANATIONAL
    return _RANKS.index(precision_of(place.feature))


def _contains(outer: Place, inner: Place) -> bool:
    """``outer`` is the country or first-level division ``inner`` lies in."""
    if outer.country_code is None or outer.country_code != inner.country_code:
        return False
    code = outer.feature.partition(".")[2]
    if code.startswith("PCL"):
        return True
    return code == "ADM1" and outer.admin1 is not None and outer.admin1 == inner.admin1


def _is_seat(doc: Doc, span: Span) -> bool:
    # The cached text: Doc.text re-joins every token on each call.
    after = doc_arrays(doc).text[span.end_char : span.end_char + 16].lower()
    return after.startswith(_SEAT_SUFFIXES)


def _is_patron(doc: Doc, span: Span) -> bool:
    before = doc_arrays(doc).text[max(0, span.start_char - 12) : span.start_char].lower()
    words = before.split()
    return before.endswith(" ") and bool(words) and words[-1] in _PATRON_NOUNS


def _document_location(doc: Doc, document: Document, places: list[Place]) -> EventLocation | None:
    point = document.location
    if point is None:
        return None
    named = [
        p
        for p in places
        if p.name == point.name and abs(p.lat - point.lat) < 1e-6 and abs(p.lon - point.lon) < 1e-6
    ]
    if named and all(p.how == "demonym" and not names_place(doc, p) for p in named):
        # "Turkish jets struck ...": the report names its country only by the
        # nationality of an actor, which says who acted, not where ("the Afghan
        # border", "a Mexican border city" do say where).
        return None
    feature = next(
        (
            p.feature
            for p in places
            if p.name == point.name
            and abs(p.lat - point.lat) < 1e-6
            and abs(p.lon - point.lon) < 1e-6
        ),
        None,
    )
    if feature is not None:
        precision = precision_of(feature)
    else:
        precision = "admin1" if point.admin1 else "country"
    return EventLocation(
        name=point.name,
        lat=point.lat,
        lon=point.lon,
        country_code=point.country_code,
        admin1=point.admin1,
        precision=precision,
    )


def _offset(doc: Doc, span: Span, location: EventLocation) -> EventLocation:
    """A town given only as a reference ("20 km north of Homs", "60 km from
    Damascus"): the event is near it, or at the point distance and bearing reach."""
    offset = offset_from(doc, span.start)
    if offset is None or location.precision not in ("locality", "near"):
        return location
    point = offset_point(location.lat, location.lon, offset)
    if point is None:
        return location.model_copy(update={"precision": "near"})
    return location.model_copy(update={"lat": point[0], "lon": point[1], "precision": "near"})
