"""Which outlet a source names: the outlet lexicon's mentions in a document, indexed by
token, and the outlet a source span holds."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.attribution.lexicon import matchers, outlets

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sitrep.attribution.types import TextSpan


def index(doc: Doc) -> dict[int, tuple[int, str]]:
    """Token index -> (match end, alias) for every outlet mention, longest match kept."""
    exact, folded, _ = matchers(doc.vocab)
    found: dict[int, tuple[int, str]] = {}
    for match_id, start, end in [*exact(doc), *folded(doc)]:
        alias = doc.vocab.strings[match_id]
        for i in range(start, end):
            if i not in found or found[i][0] - i < end - i:
                found[i] = (end, alias)
    return found


def outlet_in(doc: Doc, span: TextSpan, outlet_at: dict[int, tuple[int, str]]) -> str | None:
    """The name of the first outlet mentioned in ``span`` (``outlet_at``: :func:`index`)."""
    chars = doc.char_span(span.start, span.end, alignment_mode="expand")
    if chars is None:
        return None
    for tok in chars:
        if tok.i in outlet_at:
            return outlets()[outlet_at[tok.i][1]].name
    return None
