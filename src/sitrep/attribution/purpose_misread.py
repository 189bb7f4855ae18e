"""A complement the parser read as a clause of purpose.

"The envoy sought on Tuesday to calm the markets", "Rabbis vow to boycott the
speech": the infinitive after an attitude verb is what is sought or vowed, but
the parser often hangs it on the verb as an adverbial clause of purpose.
"called again for the minister to resign": the "for" clause is what is called
for (:mod:`.content` reads it right after the cue; here also past time words).

Only right after the cue and its time words: further off, an infinitive is
more often a real purpose ("spoke at length on Monday in order to ...").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.attribution.lexicon import Cues

if TYPE_CHECKING:
    from spacy.tokens import Token

_TIME_ENTS = frozenset({"DATE", "TIME"})


def clause_after(cue: Token, lemma: str, lex: Cues) -> tuple[int, int] | None:
    """(start, end) of an adverbial clause of ``cue`` that is its complement, or None."""
    clauses = [c for c in cue.rights if c.dep_ == "advcl"]
    first = _past_time_words(cue) if clauses else -1
    for child in clauses:
        if child.left_edge.i != first:
            continue
        marks = [c for c in child.children if c.dep_ == "mark"]
        if marks and marks[0].lower_ == "for" and marks[0].i == first:
            return marks[0].i + 1, child.right_edge.i + 1
        infinitive = child.tag_ == "VB" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in child.children
        )
        if not marks and infinitive and lemma in lex.attitude:
            return first, child.right_edge.i + 1
    return None


def _past_time_words(cue: Token) -> int:
    """The first token after the cue past its time words ("on Tuesday", "for months",
    "again", "Wednesday")."""
    doc = cue.doc
    i = cue.i + 1
    while i < len(doc):
        tok = doc[i]
        if tok.ent_type_ in _TIME_ENTS or (tok.pos_ == "ADV" and tok.head.i == cue.i):
            i += 1
        elif (
            tok.dep_ == "prep"
            and tok.head.i == cue.i
            and any(c.dep_ == "pobj" and c.ent_type_ in _TIME_ENTS for c in tok.children)
        ):
            i = tok.right_edge.i + 1
        else:
            break
    return i
