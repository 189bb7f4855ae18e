"""One name, one referent per report: when the text rules a namesake out for one
mention of a name, the name's other mentions do not keep that namesake."""

from __future__ import annotations

from typing import TYPE_CHECKING

from geo_support import doc_with_ents

from sitrep.geo import Gazetteer, find_places

if TYPE_CHECKING:
    from spacy.language import Language


def test_other_mentions_follow_a_quarter_ruled_out_by_its_city(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = (
        "Rockets fell on the neighbourhood of al-Midan in Aleppo on Tuesday, wounding six "
        "people. Firefighters reached al-Midan only after the shelling stopped."
    )
    places = find_places(nlp(text), gazetteer)
    midan = [p for p in places if p.text == "al-Midan"]
    # Damascus has a quarter of that name; the text put this one in Aleppo.
    assert not [p for p in midan if p.admin1 == "Dimashq"], midan


def test_other_mentions_follow_a_village_ruled_out_by_its_province(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = (
        "Farmers near Hader said the drone came at dawn. It hit a truck on the road out of "
        "Hader in Quneitra province, the local council said."
    )
    doc = doc_with_ents(nlp, text, ("Quneitra province", "GPE"))
    # Both mentions of the village tagged, as a larger model would.
    spans = [doc.char_span(at, at + 5, label="GPE") for at in _all(text, "Hader")]
    doc.ents = sorted([*doc.ents, *(s for s in spans if s is not None)], key=lambda s: s.start)
    assert len(doc.ents) == 3
    places = find_places(doc, gazetteer)
    # The gazetteer's Hader lies in Aleppo province: no mention of the name keeps it.
    assert not [p for p in places if p.text == "Hader" and p.admin1 == "Halab"], places


def _all(text: str, word: str) -> list[int]:
    found, at = [], text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found
