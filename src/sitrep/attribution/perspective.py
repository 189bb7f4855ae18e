"""Perspective phrases that open a sentence: "To many, Halvorsen is a troublemaker",
"To Ms. Ruiz, graffiti stands for a form of protest", "But to others, he is ...".

A fronted "to" phrase naming people, set off by a comma, presents the clause after
it as how those people see things: they are the source, "to" the cue, the clause the
content. The object must name people ("To be sure, ...", "To date, ..." are no
perspectives). On PolNeAR's train split 9 of 11 such phrases are annotated; the
fronted "For X, ..." is not read (7 of 58: mostly what a matter means for X, not
X's view), nor "In X's view" (too rare to tell).

Relations here have kind ``attitude``: scored as attributions, never links of an
event's chain of sources.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.attribution import content as cs
from sitrep.attribution.types import AttributionRelation
from sitrep.nlp.cache import doc_arrays

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Pronouns and quantifiers that name people ("To many", "to others"); not "it", "this".
_PEOPLE_PRONOUNS = frozenset(
    {"many", "some", "others", "most", "them", "him", "her", "me", "us", "you", "few",
     "everyone", "everybody", "someone", "anyone", "all", "both", "those"}
)  # fmt: skip
_PEOPLE_ENTS = frozenset({"PERSON", "NORP", "ORG"})
#: Plural nouns of people without an agent suffix.
_PEOPLE_NOUNS = frozenset(
    {"people", "voter", "critic", "fan", "republican", "democrat", "conservative",
     "liberal", "progressive", "evangelical", "delegate", "official", "expert", "analyst",
     "activist", "observer", "insider", "aide", "ally", "donor", "veteran", "worker",
     "woman", "man", "member", "citizen", "resident", "immigrant"}
)  # fmt: skip
#: Connectives that may stand before the phrase ("But to many, ...").
_CONNECTIVES = frozenset({"but", "and", "yet", "still", "so"})


def relations(doc: Doc) -> list[AttributionRelation]:
    """The relations of ``doc``'s sentence-initial "To X," phrases, in text order."""
    arrays = doc_arrays(doc)
    lower, dep = arrays.lower, arrays.dep
    out = []
    for sent in arrays.sentences:
        i = sent.start
        if i < sent.end - 1 and lower[i] in _CONNECTIVES:
            i += 1
        if i >= sent.end - 3 or dep[i] != "prep" or lower[i] != "to":
            continue
        relation = _relation(doc[i], sent)
        if relation is not None:
            out.append(relation)
    return out


def _people(obj: Token) -> bool:
    """Whether a preposition's object names people ("many", "voters", "Ms. Ruiz")."""
    if obj.pos_ == "PRON" or obj.lower_ in _PEOPLE_PRONOUNS:
        return obj.lower_ in _PEOPLE_PRONOUNS
    if obj.ent_type_:
        return obj.ent_type_ in _PEOPLE_ENTS
    if obj.tag_ != "NNS":
        return False
    lemma = obj.lemma_.lower()
    # Agent suffixes: "supporters", "voters", "activists", "Republicans".
    return lemma.endswith(("er", "or", "ist", "ian")) or lemma in _PEOPLE_NOUNS


def _relation(prep: Token, sent: Span) -> AttributionRelation | None:
    doc = prep.doc
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    comma = prep.right_edge.i + 1
    if obj is None or comma >= sent.end - 2 or doc[comma].text != "," or not _people(obj):
        return None
    head = prep.head
    if head.pos_ not in ("VERB", "AUX") or head.i <= comma:
        return None
    content = cs.clip(doc, comma + 1, head.right_edge.i + 1, sent)
    if content is None or len(content) < 3:
        return None
    return AttributionRelation(
        source=cs.as_text(doc[obj.left_edge.i : obj.right_edge.i + 1]),
        cue=cs.as_text(doc[prep.i : prep.i + 1]),
        content=cs.as_text(content),
        stance="neutral",
        kind="attitude",
    )
