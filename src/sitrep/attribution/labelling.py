"""Labelling verbs: "he called her third-rate", "Keller calls Ortiz unfit".

What such a verb says is its object together with the label given to it. The small
English model often reads object and label as one noun phrase ("her third-rate",
"Delgado “Sleepy Sam” twice") hung on the verb as an object predicate
(``oprd``) with no direct object; the content is then that whole phrase after the
verb. With a direct object ("called it a hoax") :mod:`.content` reads the object
and what is said of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Verbs that give their object a name or a quality: the label is what is said.
LABELLING = frozenset(
    {"call", "label", "dub", "brand", "term", "deem", "declare", "pronounce", "nickname"}
)


def label_content(cue: Token, sent: Span, lemma: str) -> tuple[int, int] | None:
    """(start, end) token indices of a labelling verb's object predicate after it, when
    it has no direct object; None otherwise."""
    if lemma not in LABELLING or cue.dep_ == "acl":
        return None  # ("a website called X": a name, not a label someone gives)
    if any(c.dep_ in ("dobj", "auxpass") for c in cue.children):
        return None  # ("was declared the winner": the subject is the content)
    for child in cue.children:
        if child.dep_ == "oprd" and cue.i < child.i < sent.end:
            return max(child.left_edge.i, cue.i + 1), child.right_edge.i + 1
    return None
