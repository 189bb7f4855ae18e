"""Clauses and phrases that tell another happening than the sentence's own.

Relative clauses that recall a happening to say which place is meant (below),
clauses that say what a place serves for (:func:`use_clause`: "a depot from
which raids were run"), and the cause an act answers (:func:`answered`:
"in retaliation for air raids"), and the starting point a "since" clause
names (:func:`since_verb`: "the worst loss since Russia began its operations").
Also the opposite case, a clause the parser took for a mere description: a verb
hung on a noun as a participle that is the clause's own verb
(:func:`finite_participle`).

"Towns including Urum al-Kubra, where an attack on a convoy took place on 19
September" names the convoy attack only to point at the town; the events stage
keeps it apart from the sentence's own happening, and the time stage does not
date that happening by it. Such a clause:

* opens with its relative word: the small parser often hangs a main clause's
  "on Sunday" on a clause without one ("the group withdrew from areas it
  controlled near Homs on Sunday");
* describes a name or a place noun: one on a weapon tells the happening itself
  ("a shell that hit the city on Saturday"), one on people often their part in
  it ("militants who had surrendered", then were killed);
* only says that the happening was there ("took place", "occurred", "was the
  site of"): "jets struck Douma, where 20 people were killed on Monday" gives
  the strike's toll and day.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: A date entity's word that places it in the calendar: a month, a weekday, a
#: year, a day of the month, or a word relative to the report's day.
CALENDAR = re.compile(
    r"(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"yesterday|today|tonight|ago|last|(?:1[89]|20)\d\d|[0-3]?\d(?:st|nd|rd|th)?)"
)
#: Words that open a relative clause.
RELATIVE_WORDS = frozenset({"where", "when", "which", "who", "whom", "whose", "that"})
#: Dependencies of a clause that may be relative.
_CLAUSES = frozenset({"relcl", "advcl"})
#: Entity types of places.
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
#: Common nouns of places that reports tell apart by what happened there.
PLACE_NOUNS = frozenset(
    {
        "city", "town", "village", "area", "district", "neighbourhood", "neighborhood",
        "quarter", "suburb", "region", "province", "site", "hospital", "school",
        "market", "camp", "base", "crossing", "road", "square",
    }
)  # fmt: skip
#: Further nouns of places that serve for operations (:func:`use_clause`).
USE_PLACES = frozenset(
    {"airport", "airbase", "headquarters", "position", "hill", "building", "depot", "compound"}
)


def place_clause(tok: Token) -> Token | None:
    """The verb of the nearest relative clause above ``tok`` (or ``tok`` itself),
    when that clause opens with a relative word and describes a name or a place
    noun; else None. A "where" clause the parse hangs on a verb ("... in towns
    including Kafr Nasih, where an attack took place") counts as one on a place."""
    clause = (
        tok
        if tok.dep_ in _CLAUSES
        else next((t for t in tok.ancestors if t.dep_ in _CLAUSES), None)
    )
    if clause is None or clause.left_edge.lower_ not in RELATIVE_WORDS:
        return None
    if clause.dep_ == "advcl":
        return clause if clause.left_edge.lower_ == "where" else None
    head = clause.head
    if head.pos_ == "PROPN" or head.ent_type_ in PLACE_ENTITIES:
        return clause
    return clause if head.lemma_.lower() in PLACE_NOUNS else None


def existential(verb: Token) -> bool:
    """The clause of ``verb`` only says a happening was there: "an attack took
    place", "the bombing occurred", "which was the site of a massacre"."""
    lemma = verb.lemma_.lower()
    if lemma in ("occur", "happen"):
        return True
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    if lemma == "be":
        return any(
            c.dep_ == "attr" and c.lemma_.lower() in ("site", "scene") for c in verb.children
        )
    return False


#: Verbs of a "from which" clause that say what is done from a place: "a base
#: from which its patrols were run", "an airport from where raids are launched".
USE_VERBS = frozenset(
    {
        "lead", "launch", "conduct", "direct", "run", "stage", "coordinate", "plan",
        "operate", "mount", "organise", "organize", "fire", "use", "carry",
    }
)  # fmt: skip


def use_clause(tok: Token) -> Token | None:
    """The verb of a clause above ``tok`` that says what a place serves for, if any:
    it opens with "from which" or "from where" on a name or a place noun, its
    verb is one of :data:`USE_VERBS`, and no date of the calendar is in it.

    "Fighters took control of a depot from which raids were run" tells the
    capture; the operations are what the base was for, no happening of their
    own, and must not stand for another sentence's strike. A clause dated in
    the calendar (a weekday, a month, a year, "last": "a hill from which rockets
    were fired on Saturday") tells one happening; "at the beginning of the
    week", which the small parser often hangs on the clause instead of the main
    verb, names no such date.
    """
    clause = next((t for t in (tok, *tok.ancestors) if t.dep_ in ("relcl", "pcomp")), None)
    if clause is None or clause.lemma_.lower() not in USE_VERBS:
        return None
    # "a depot from which X were run": the clause opens with its preposition;
    # "an airport from where X are launched": the parse hangs the clause on "from".
    first = clause.left_edge if clause.dep_ == "relcl" else clause.head
    after = first.nbor(1).lower_ if first.i + 1 < len(first.doc) else ""
    if first.lower_ != "from" or after not in ("which", "where"):
        return None
    place = clause.head if clause.dep_ == "relcl" else first.head
    if not (
        place.pos_ == "PROPN"
        or place.ent_type_ in PLACE_ENTITIES
        or place.lemma_.lower() in PLACE_NOUNS | USE_PLACES
    ):
        return None
    dated = any(t.ent_type_ == "DATE" and CALENDAR.fullmatch(t.lower_) for t in clause.subtree)
    return None if dated else clause


def recalling_clause(tok: Token) -> Token | None:
    """The verb of a :func:`place_clause` above ``tok`` that is :func:`existential`."""
    clause = place_clause(tok)
    return clause if clause is not None and existential(clause) else None


#: Nouns and verbs of an act that answers another: "in response to", "in
#: retaliation for", "how to respond to".
ANSWER_WORDS = frozenset(
    {
        "response", "retaliation", "reprisal", "revenge", "retribution", "reaction",
        "answer", "respond", "retaliate", "react",
    }
)  # fmt: skip


def answered(tok: Token) -> Token | None:
    """The "to" or "for" of an "in response to X" / "in retaliation for X" /
    "respond to X" phrase that ``tok`` lies in (X is the happening answered, not
    the answer), if any."""
    for above in tok.ancestors:
        if (
            above.dep_ == "prep"
            and above.lower_ in ("to", "for")
            and above.head.lemma_.lower() in ANSWER_WORDS
        ):
            return above
    return None


def since_verb(tok: Token) -> int | None:
    """The verb of the "since" clause the trigger lies in ("since they started
    operations in Syria", "since the regime launched its offensive": a past
    verb under "since"), or None. Such a clause is the starting point of a
    time span: it dates what the sentence tells and is no news of its own. A
    subordinate clause only: "Since Thursday bombardment has killed 44" (the
    parser's "since" on the main verb) is news of that span."""
    node = tok
    for _ in range(6):
        if (
            node.pos_ in ("VERB", "AUX")
            and node.dep_ == "advcl"
            and node.tag_ in ("VBD", "VBN")
            and any(c.dep_ == "mark" and c.lower_ == "since" for c in node.children)
        ):
            return int(node.i)
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def finite_participle(tok: Token) -> bool:
    """A past-tense verb the small parser hung on a noun as a participle that
    describes it, where the verb is the clause's own: with a direct object ("the
    coalition bombed Tal Abyad town" after a comma-less "According to a news
    agency", parsed as a participle on "coalition") or its own subject ("groups
    including the Nusra Front captured army-held hills", parsed as a modifier of
    "hills"). A participle that describes ("forces backed by air power", "the
    besieged town") has neither. Reports stripped of their commas (the FA-KES
    texts) give such parses. So does a sentence left without a verb: a participle
    on its root noun is then its own verb (:func:`_verbless_main`)."""
    if tok.pos_ != "VERB" or tok.tag_ not in ("VBN", "VBD"):
        return False
    if tok.dep_ == "acl":
        return any(c.dep_ == "dobj" for c in tok.children) or _verbless_main(tok)
    if tok.dep_ == "amod":
        return any(c.dep_ == "nsubj" for c in tok.children)
    return False


def _verbless_main(tok: Token) -> bool:
    """A lower-case past participle hung on the root noun before it, in a sentence
    the parser left without a verb: "a border battalion targeted with mortar fire
    three trucks" (the object parsed inside the "with" phrase). A sentence has a
    verb, so this one is it, active. Not a headline's passive: one of title case
    ("Civilians Killed in Raids"), with an agent ("rescuers killed by strikes"),
    or on a count ("40 bodies found in a village taken from the militants")."""
    head = tok.head
    return (
        head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
        and head.i < tok.i
        and tok.text.islower()
        and not any(c.dep_ in ("agent", "nsubjpass", "auxpass") for c in tok.children)
        and not any(c.dep_ == "nummod" or c.like_num for c in head.children)
    )


def antecedent(word: Token, verb: Token) -> Token:
    """The noun a relative pronoun stands for when it is an argument of the relative
    clause's verb ("missiles which hit", "terrorists who had arrived", "Daraya, which
    fell to regime forces"), else the word itself."""
    if word.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        return verb.head
    return word
