"""The listed place a name lies in, by the parse: "the X district of southern
Basra", "Mosul's eastern district of X", "the villages of X and Y near Z".

The two phrases must meet within a few dependency hops with no verb between
them (another clause), no list ("Homs and Hama" are two towns, neither in the
other) and no "to" or "from" (a destination or origin is elsewhere); a place
the name hangs off is not its container but lies in it ("X locality of Y
district" puts Y in X).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.nlp.cache import doc_arrays

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sitrep.model import Place

#: Prepositions of a destination or an origin: a place there is elsewhere.
_AWAY = frozenset({"to", "from", "into", "toward", "towards", "onto"})
#: Dependency hops from either name up to the phrase they share.
_MAX_UP = 5


def container_of(doc: Doc, i: int, j: int, containers: dict[int, Place]) -> Place | None:
    """The listed place the name at tokens i:j lies in, by the parse; None if none."""
    root = doc[i:j].root
    # The name may stand in a list ("the villages of X and Y near Z"): its phrase
    # goes on through the list's head, which is no container of it.
    ups = _ancestors(root, through_lists=True)
    sentence_of = doc_arrays(doc).sentence_of
    best: tuple[int, int, Place] | None = None
    for token_i, place in containers.items():
        if sentence_of[token_i] != sentence_of[root.i] or token_i in ups:
            # Not "X locality of Y district", "Y municipality in X district": a
            # place the name hangs off lies in it, not it in that place.
            continue
        theirs = _ancestors(doc[token_i], through_lists=False)
        hops = _meeting(ups, theirs)
        if hops is None or _modifies_holder(doc, root, theirs, place):
            continue
        key = (hops, 0 if place.feature[0] in "PS" else 1)
        if best is None or key < best[:2]:
            best = (*key, place)
    return best[2] if best is not None else None


def _modifies_holder(doc: Doc, root: Token, theirs: dict[int, int], place: Place) -> bool:
    """ "the Volga town of Y": the name modifies a noun of a town that a listed
    town Y is "of", so Y is the town the noun names and the name is the wider
    area ("the X neighbourhood of Baghdad" is X, in Baghdad)."""
    if root.dep_ not in ("compound", "amod", "nmod") or not place.feature.startswith("P."):
        return False
    noun = root.head
    if noun.lower_ not in _TOWN_NOUNS:
        return False
    return any(
        doc[k].lower_ == "of" and doc[k].head.i == noun.i and hops == 1
        for k, hops in theirs.items()
    )


#: Nouns of a town: "the X town of Y" names the town Y.
_TOWN_NOUNS = frozenset({"town", "city", "village", "hamlet", "settlement", "port", "capital"})


def _ancestors(token: Token, through_lists: bool) -> dict[int, int]:
    """Token index -> hops, for the token and its heads within one phrase: up to a
    verb or a preposition of direction (not past them), and not past a list's
    head unless ``through_lists``."""
    out = {token.i: 0}
    node = token
    for hops in range(1, _MAX_UP + 1):
        if (node.dep_ == "conj" and not through_lists) or node.head.i == node.i:
            break
        node = node.head
        if node.pos_ in ("VERB", "AUX") or node.lower_ in _AWAY:
            break
        out[node.i] = hops
    return out


def _meeting(ours: dict[int, int], theirs: dict[int, int]) -> int | None:
    """Hops to the nearest token both phrases pass through; None if they do not meet."""
    common = [ours[k] + theirs[k] for k in ours.keys() & theirs.keys()]
    return min(common) if common else None
