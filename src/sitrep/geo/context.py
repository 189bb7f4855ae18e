"""Context around toponym mentions: cue words and containment between mentions.

"Hasakah province" and "the province of Dayr al-Zawr" mark a first-level
division; "the town of X" a locality; "X, a suburb of Y", "Syria's X", "X, Y"
and "X, which is just north of Y" tie X to a container Y that disambiguation
uses. The word lists are data (``data/geo/cues.json``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.geo.countryside import RURAL, countryside_cue, countryside_words
from sitrep.geo.gazetteer import Candidate
from sitrep.geo.reference import CITY_PART, CITY_PART_WORDS, link_references
from sitrep.geo.sources import read_data
from sitrep.nlp.cache import doc_arrays

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: ``Mention.extra`` key: the index of a mention said to lie in this compass part
#: ("Manbij in northeastern Aleppo"); a town far from the city makes the part the
#: province's, not a city quarter (:func:`sitrep.geo.countryside.rural_division`).
HOLDS_TOWN = "holds_town"
# Words allowed between a place and its container ("X, which is just north of Y").
_FILLERS = frozenset(
    {",", "a", "an", "the", "small", "large", "which", "is", "just", "located", "city", "town"}
)


@dataclass(frozen=True)
class Lexicon:
    demonyms: dict[str, str]
    admin_words: frozenset[str]
    locality_words: frozenset[str]
    containment_words: frozenset[str]
    not_places: frozenset[str]
    #: Generic first words of Arabic/Turkish/Kurdish names ("Tall", "Kafr", "Ayn").
    name_prefixes: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    cues = read_data("cues.json")
    return Lexicon(
        demonyms=dict(read_data("demonyms.json")["demonyms"]),
        admin_words=frozenset(cues["admin"]),
        locality_words=frozenset(cues["locality"]),
        containment_words=frozenset(cues["containment"]),
        not_places=frozenset(cues["not_places"]),
        name_prefixes=frozenset(cues.get("name_prefixes", [])),
    )


@dataclass
class Mention:
    """A stretch of text that names a place, before disambiguation."""

    start: int  # character offsets into doc.text
    end: int
    text: str
    candidates: list[Candidate]
    #: "entity" (spaCy GPE/LOC/FAC), "scan", "actor-entity" (PERSON/ORG tag) or "demonym".
    source: str
    token_start: int
    token_end: int
    #: "admin" ("X province", "the province of X"), "locality" ("the town of X"),
    #: "rural" ("rural X", "the X countryside"), "part" ("northern X") or None.
    cue: str | None = None
    #: Index of a mention this one lies in ("X, a suburb of Y", "Syria's X", "X, Y").
    container: int | None = None
    extra: dict[str, str] = field(default_factory=dict)


def add_context(doc: Doc, mentions: list[Mention]) -> None:
    """Cue words and containment links between neighbouring mentions."""
    lex = lexicon()
    starts = {m.token_start: idx for idx, m in enumerate(mentions) if m.source != "demonym"}
    nationalities = {m.token_start: m.token_end for m in mentions if m.source == "demonym"}
    # Token texts read once: a Token object per look costs more than the test.
    arrays = doc_arrays(doc)
    lower, words, n = arrays.lower, arrays.words, len(arrays.words)
    for idx, m in enumerate(mentions):
        if m.source == "demonym":
            continue
        after = lower[m.token_end] if m.token_end < n else ""
        before = lower[max(0, m.token_start - 3) : m.token_start]
        if after in lex.admin_words:
            m.cue = "admin"
            m.extra["cue_word"] = after
            rural = countryside_cue(lower, m.token_start, m.token_end)
            if rural is not None and rural[0] == RURAL:
                # "the northern countryside of Aleppo province": the province's
                # rural part, as definite a scene as "the Aleppo countryside".
                m.extra[RURAL] = rural[1]
        elif len(before) >= 2 and before[-1] == "of" and before[-2] in lex.admin_words:
            m.cue = "admin"
            m.extra["cue_word"] = before[-2]
        elif (rural := countryside_cue(lower, m.token_start, m.token_end)) is not None:
            # "rural Idlib", "the Hama countryside", "northern Hama": the province.
            m.cue, m.extra["cue_word"] = rural
        elif after in lex.locality_words or (
            len(before) >= 2 and before[-1] == "of" and before[-2] in lex.locality_words
        ):
            m.cue = "locality"
            if after in CITY_PART_WORDS:
                m.extra[CITY_PART] = after  # "the Sulaymaniyah neighbourhood of Aleppo"
        # "Syria's Hasakah", "Syrias Hasakah": the previous mention contains this one.
        if idx > 0:
            prev = mentions[idx - 1]
            gap = words[prev.token_end : m.token_start]
            if prev.source != "demonym" and (
                len(gap) == 0 or (len(gap) == 1 and gap[0] in ("'s", "’s"))
            ):
                m.container = idx - 1
                continue
        # "X, a suburb of Y", "X, Y", "X in Y province", "X near Y": a later mention
        # within a few tokens of the same sentence, reached through containment words.
        sent_end = doc[m.token_start].sent.end
        k = m.token_end
        limit = min(sent_end, m.token_end + 7)
        saw_cue = False
        inside = False  # "X in northern Y": the part of Y that X lies in
        while k < limit:
            low = lower[k]
            if saw_cue and k in nationalities:
                # "the X neighbourhood of the Syrian city of Aleppo": the nationality
                # qualifies the container's noun; the container is the name after it.
                k = nationalities[k]
                continue
            if k in starts and k != m.token_start:
                if saw_cue or (
                    k == m.token_end + 1
                    and words[m.token_end] == ","
                    and not _in_list(doc, mentions, starts, idx, starts[k])
                ):
                    m.container = starts[k]
                    if inside and lower[k - 1] in countryside_words().parts:
                        mentions[starts[k]].extra[HOLDS_TOWN] = str(idx)
                break
            if low in lex.containment_words or low in lex.locality_words:
                saw_cue = True
                inside = inside or low == "in"
            elif low not in _FILLERS and not (inside and low in countryside_words().parts):
                break
            k += 1
    _share_plural_cues(doc, mentions)
    link_references(doc, mentions)


def _share_plural_cues(doc: Doc, mentions: list[Mention]) -> None:
    """ "Aleppo and Idlib provinces", "the Homs, Hama and Idlib countryside": a
    plural cue word (or "countryside") after the last of a list of names marks
    each of them."""
    lex = lexicon()
    for idx in range(len(mentions) - 2, -1, -1):
        m, nxt = mentions[idx], mentions[idx + 1]
        if m.cue is not None or m.source == "demonym" or nxt.cue is None:
            continue
        if nxt.token_start != m.token_end + 1 or doc[m.token_end].lower_ not in ("and", ","):
            continue
        # The cue of the last name of the list: the word right after it.
        last, k = nxt, idx + 1
        while (
            k + 1 < len(mentions)
            and mentions[k + 1].token_start == last.token_end + 1
            and doc[last.token_end].lower_ in ("and", ",")
        ):
            k += 1
            last = mentions[k]
        word = doc[last.token_end].lower_ if last.token_end < len(doc) else ""
        if (word.endswith("s") and (word in lex.admin_words or word in lex.locality_words)) or (
            # "the Homs, Hama and Idlib countryside": one countryside of each.
            nxt.cue == RURAL and word in countryside_words().countryside
        ):
            m.cue = nxt.cue


def _in_list(doc: Doc, mentions: list[Mention], starts: dict[int, int], idx: int, nxt: int) -> bool:
    """ "Alabama, Arizona, Arkansas": a comma list of places, not "Town, State".

    True when the mention follows another place and a comma, or when the place
    after its comma is itself followed by a comma and another place. A list of
    pairs ("Louisville, Ky., New Haven, Conn.") is no such list: an abbreviated
    division after the comma, or a previous pair already linked, keeps the link.
    """
    m = mentions[idx]
    if mentions[nxt].text.endswith("."):
        return False
    if m.token_start >= 2 and doc[m.token_start - 1].text == ",":
        prev = mentions[idx - 1] if idx > 0 else None
        if prev is not None and prev.token_end == m.token_start - 1:
            return not (idx >= 2 and mentions[idx - 2].container == idx - 1)
    after = mentions[nxt].token_end
    return after + 1 < len(doc) and doc[after].text == "," and after + 1 in starts
