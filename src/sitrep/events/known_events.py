"""Event nouns whose happening a doubting clause takes for granted.

A modal, a "whether" or a "likely" around an event noun usually doubts the
event ("strikes could follow", "whether an offensive will start"). Two kinds of
noun escape it, because the doubt is about something else:

* a noun told as reported: "would raise a *reported* chemical attack at the UN",
  "how to respond to an *alleged* attack": the raising and the response are in
  doubt, the attack is told as having happened;
* a known noun (a definite or possessive determiner, or a time of its own:
  "the attack", "its strikes last week", "a strike today") that is the subject
  or object of a past-tense verb whose only doubt is epistemic: "the raid was
  most likely flown by helicopters", "a strike today may have resulted in
  casualties", "did not know whether jets carried out the strikes": who did it,
  or what it caused, is in doubt, not that it happened.

Left out: a known subject of a copula ("the bombing is not random" is told as
negated). Taking it for granted made such a later, dated sentence carry an
article's lead happening through coreference, and with it a worse target (a
city the tagger read as a name); see the session-25 note.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Determiners that present an event as known: "the attack", "this attack".
_KNOWN_DETS = frozenset({"the", "this", "that", "these", "those"})
#: Dependencies of a noun on the verb that tells it.
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})
#: Verbs whose subject's happening is what they tell: "whether the attack happened"
#: doubts the attack itself ("take" as in "take place").
_OCCURRING = frozenset(
    {
        "happen",
        "occur",
        "take",
        "begin",
        "start",
        "commence",
        "resume",
        "materialize",
        "materialise",
        "exist",
    }
)
#: Entity labels of a time of the noun's own ("a strike today", "Monday's raid").
_TIMES = frozenset({"DATE", "TIME"})


def claimed(tok: Token, mods: frozenset[str]) -> bool:
    """The noun is modified by a word that tells it as reported ("a reported
    attack", "the alleged massacre")."""
    return tok.pos_ == "NOUN" and any(
        c.dep_ in ("amod", "compound") and c.lower_ in mods for c in tok.children
    )


def determined(tok: Token) -> bool:
    """A definite or possessive determiner presents the event as known: "the
    attack", "this attack", "Monday night's attack", "its strikes"."""
    return any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _KNOWN_DETS) for c in tok.children
    )


def _known(tok: Token) -> bool:
    """Determined, or with a time of its own ("a strike today")."""
    return determined(tok) or any(
        c.dep_ in ("npadvmod", "nmod", "compound") and c.ent_type_ in _TIMES for c in tok.children
    )


def _past(verb: Token) -> bool:
    """A verb told in the past: "carried", "was carried", "may have resulted"."""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.lemma_ in ("be", "have") for c in verb.children
    )


def granted(tok: Token, m: dict[str, frozenset[str]]) -> bool:
    """A known event noun that a past-tense verb has as subject or object, the verb's
    only doubt being epistemic: a modal with "have", a "whether"/"if", or an
    adverb such as "likely" (the lexicon's ``hypothetical_mods``)."""
    verb = tok.head
    if tok.pos_ != "NOUN" or tok.dep_ not in _ARGUMENTS or verb.pos_ not in ("VERB", "AUX"):
        return False
    if not _known(tok) or not _past(verb) or verb.lemma_.lower() in _OCCURRING:
        return False
    modal = False
    doubted = False
    for c in verb.children:
        if c.dep_ == "neg":
            return False  # "the attack was not carried out": denied, not doubted
        if c.dep_ == "aux" and c.lower_ in m["hypothetical_aux"]:
            modal = True
        elif (c.dep_ == "mark" and c.lower_ in m["hypothetical_marks"]) or (
            c.dep_ == "advmod" and c.lower_ in m["hypothetical_mods"]
        ):
            doubted = True
    # A modal with the perfect ("may have resulted") is a guess about what
    # happened; a modal alone ("would be carried out") may doubt the happening.
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    return (modal and perfect) or (doubted and not modal)
