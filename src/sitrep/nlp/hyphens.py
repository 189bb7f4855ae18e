"""Hyphenated event nouns kept whole ("sit-in", "build-up").

spaCy's English tokenizer splits a hyphen between two letters, so "staged a
sit-in" reaches the parser as "sit", "-", "in": the events lexicon's noun
"sit-in" (``data/triggers.json``) then matches no token and the protest is
lost. A tokenizer special case per form (as written, capitalised, plural)
keeps each hyphenated noun of that lexicon one token. The small tagger reads
such an unknown hyphenated word as a proper noun ("sit-in" NNP), so an
attribute-ruler pattern makes it a common noun (NN, or NNS for the plural),
which the lemmatizer then brings back to its singular.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language


def hyphenated_nouns() -> tuple[str, ...]:
    """The event nouns of the trigger lexicon written with a hyphen, any type."""
    from sitrep.events.lexicon import load_lexicon

    return tuple(sorted(w for w in load_lexicon().nouns if "-" in w))


def forms(word: str) -> list[str]:
    """The spellings kept whole: as written, capitalised, and both plurals."""
    singular = [word, word[:1].upper() + word[1:]]
    return singular + [w + "s" for w in singular]


def keep_hyphenated(nlp: Language, words: tuple[str, ...] | None = None) -> None:
    """Keep every form of ``words`` (default: the lexicon's) one token, tagged a common noun."""
    from spacy.attrs import ORTH

    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    for word in hyphenated_nouns() if words is None else words:
        for k, form in enumerate(forms(word)):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])  # type: ignore[union-attr]
            if ruler is not None:
                tag = "NNS" if k >= 2 else "NN"
                ruler.add([[{"ORTH": form}]], {"TAG": tag, "POS": "NOUN"})  # type: ignore[attr-defined]
