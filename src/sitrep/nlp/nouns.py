"""Event nouns the small tagger reads as adjectives, read as nouns again.

An unfamiliar event noun is tagged an adjective by the small English model when
it looks like one: "launched a counteroffensive" gets JJ for "counteroffensive",
so the events stage (which takes nouns and verbs) finds no trigger, although
the parser makes it the verb's object. An attribute-ruler pattern (the ruler
runs after the parser in the packaged pipeline) retags such a word as a common
noun where it heads an object or a subject, never where it modifies a noun
("offensive weapons").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

#: Where a word heads a noun phrase of its own.
_HEADING = ["dobj", "nsubj", "nsubjpass", "pobj", "conj", "appos", "attr"]


def event_nouns() -> tuple[str, ...]:
    """The one-word event nouns of the trigger lexicon, any type."""
    from sitrep.events.lexicon import load_lexicon

    lex = load_lexicon()
    return tuple(sorted(w for w in {*lex.nouns, *lex.weak_nouns} if w.isalpha()))


def nouns_not_adjectives(nlp: Language, words: tuple[str, ...] | None = None) -> None:
    """Retag ``words`` (default: the lexicon's event nouns) as nouns where the parse
    makes them head an object or a subject."""
    if "attribute_ruler" not in nlp.pipe_names or "parser" not in nlp.pipe_names:
        return
    names = nlp.pipe_names
    if names.index("attribute_ruler") < names.index("parser"):
        return  # the dependency is not known yet when the ruler runs
    ruler = nlp.get_pipe("attribute_ruler")
    lowered = sorted({w.lower() for w in (event_nouns() if words is None else words)})
    pattern = {"LOWER": {"IN": lowered}, "TAG": "JJ", "DEP": {"IN": _HEADING}}
    ruler.add([[pattern]], {"TAG": "NN", "POS": "NOUN"})  # type: ignore[attr-defined]
