"""Hand-built parses for attribution tests: a fixed tree, whatever the tagger says."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from spacy.tokens import Doc

if TYPE_CHECKING:
    from spacy.language import Language

#: (word, tag, pos, dep, head index, lemma) per token.
Row = tuple[str, str, str, str, int, str]


def doc_from_rows(
    nlp: Language,
    rows: list[Row],
    no_space_before: Collection[str],
    sent_starts: tuple[int, ...] = (0,),
) -> Doc:
    """A Doc with the given tags, tree and lemmas; no space before the words in
    ``no_space_before`` nor after an opening quote."""
    words = [r[0] for r in rows]
    spaces = [
        w != "“" and i + 1 < len(words) and words[i + 1] not in no_space_before
        for i, w in enumerate(words)
    ]
    return Doc(
        nlp.vocab,
        words=words,
        spaces=spaces,
        tags=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        lemmas=[r[5] for r in rows],
        sent_starts=[i in sent_starts for i in range(len(rows))],
    )
