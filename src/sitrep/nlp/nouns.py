"""Event nouns the small tagger reads as adjectives, read as nouns again.

An unfamiliar event noun is tagged an adjective by the small English model when
it looks like one: "launched a counteroffensive" gets JJ for "counteroffensive",
so the events stage (which takes nouns and verbs) finds no trigger, although
the parser makes it the verb's object. An attribute-ruler pattern (the ruler
runs after the parser in the packaged pipeline) retags such a word as a common
noun where it heads an object or a subject, never where it modifies a noun
("offensive weapons").

A few event nouns are no English verb at all, yet the tagger reads "airstrikes"
as one ("government airstrikes on the towns" becomes a clause): those are
retagged as nouns wherever they stand (:func:`nouns_not_verbs`).
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


#: Event nouns that are never verbs, in the forms the tagger misreads as verbs
#: (FA-KES dev: "airstrikes" tagged as a verb 27 times in 384 reports).
NEVER_VERBS = ("airstrike", "airstrikes", "air-strike", "air-strikes")
_VERB_TAGS = ["VB", "VBD", "VBG", "VBN", "VBP", "VBZ"]


def nouns_not_verbs(nlp: Language, words: tuple[str, ...] = NEVER_VERBS) -> None:
    """Retag ``words`` as nouns (plural where they end in "s") where the tagger made
    them verbs; the parse around them is left as it is."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    for tag, number, forms in (
        ("NNS", "Plur", [w for w in words if w.endswith("s")]),
        ("NN", "Sing", [w for w in words if not w.endswith("s")]),
    ):
        # The ruler sets POS from TAG, so the verb is known by its tag here; the
        # verb's morphology goes too, or the lemmatizer keeps the plural as lemma.
        pattern = {"LOWER": {"IN": forms}, "TAG": {"IN": _VERB_TAGS}}
        attrs = {"TAG": tag, "POS": "NOUN", "MORPH": f"Number={number}"}
        ruler.add([[pattern]], attrs)  # type: ignore[attr-defined]
