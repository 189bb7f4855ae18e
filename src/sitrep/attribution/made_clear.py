""" "made (it) clear that ...": a cue whose verb and predicate adjective say it together.

"The council made it clear that taxes will rise", "she made plain she would not
run": the verb *make* with an adjective of knowing (clear, plain, known ...) and,
optionally, the placeholder "it" is one cue ("made it clear"); what follows the
adjective is the content. The parser hangs "it clear that ..." on the verb as one
clausal complement, so without this the content starts at "it".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Adjectives that with "make" say that something was stated or shown.
_KNOWING = frozenset({"clear", "plain", "known", "obvious", "evident", "explicit", "public"})
_PREDICATE_DEPS = frozenset({"ccomp", "oprd", "acomp", "xcomp", "dobj", "advmod"})


def predicate(cue: Token) -> Token | None:
    """The adjective of "made (it) clear" right after the cue verb, or None."""
    if cue.lemma_.lower() != "make":
        return None
    doc = cue.doc
    k = cue.i + 1
    if k < len(doc) and doc[k].lower_ == "it":
        k += 1
    if k >= len(doc):
        return None
    adjective = doc[k]
    if adjective.lower_ not in _KNOWING or adjective.dep_ not in _PREDICATE_DEPS:
        return None
    # Something must follow it: "made it clear that ...", not a bare "made it public."
    if k + 1 >= len(doc) or doc[k + 1].is_punct:
        return None
    return adjective
