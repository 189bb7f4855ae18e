"""Places named by short forms: division abbreviations ("Lexington, Ky.") and
demonyms ("Syrian" -> Syria), found after the recogniser has taken the names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.geo.context import Mention, lexicon
from sitrep.geo.gazetteer import Candidate, Gazetteer
from sitrep.geo.scan import Tokens
from sitrep.nlp.cache import doc_arrays

if TYPE_CHECKING:
    from spacy.tokens import Doc


def mention_at(doc: Doc, span: tuple[int, int], cands: list[Candidate], source: str) -> Mention:
    arrays = doc_arrays(doc)
    last = span[1] - 1
    return Mention(
        start=arrays.idx[span[0]],
        end=arrays.idx[last] + len(arrays.words[last]),
        text=arrays.span_text(span[0], span[1]),
        candidates=cands,
        source=source,
        token_start=span[0],
        token_end=span[1],
    )


def abbreviations(doc: Doc, toks: Tokens, gaz: Gazetteer, taken: set[int]) -> list[Mention]:
    """ "Lexington, Ky.", "Vancouver, B.C.": a division's abbreviation after "Town,".

    Only after a comma that follows a place-like word: alone, "Miss." and "Pa."
    are titles and names far more often than states.
    """
    out: list[Mention] = []
    words, cap, span_text = toks.words, toks.cap, toks.arrays.span_text
    n = len(words)
    for i in range(2, n):
        if words[i - 1] != "," or not cap[i - 2] or i in taken:
            continue
        for w in (3, 2, 1):
            if i + w > n or any(k in taken for k in range(i, i + w)):
                continue
            text = span_text(i, i + w)
            if "." not in text and not (text.isupper() and w == 1):
                continue
            cands = gaz.abbreviation(text)
            if cands:
                out.append(mention_at(doc, (i, i + w), cands, "scan"))
                taken.update(range(i, i + w))
                break
    return out


def demonym_code(text: str) -> str | None:
    """The country code of a demonym, singular or plural ("Syrian", "Syrians" -> "SY")."""
    table = lexicon().demonyms
    text = text.strip()
    code = table.get(text)
    if code is None and text.endswith("s"):
        code = table.get(text[:-1])
    return code


def demonyms(
    doc: Doc, gaz: Gazetteer, taken: set[int], labels: dict[int, tuple[str, int, int]]
) -> list[Mention]:
    out: list[Mention] = []
    # Token texts read once: slicing the Doc per token is the slow part here.
    arrays = doc_arrays(doc)
    words, spaces = arrays.words, arrays.spaces
    i = 0
    code: str | None = None
    while i < len(doc):
        width = 0
        if words[i][:1].isupper():
            if i + 1 < len(doc):
                code = demonym_code(words[i] + spaces[i] + words[i + 1])
                width = 2 if code is not None else 0
            if not width:
                code = demonym_code(words[i])
                width = 1 if code is not None else 0
        if not width or any(k in taken for k in range(i, i + width)):
            i += 1
            continue
        label = labels.get(i, ("", 0, 0))[0]
        if label in ("PERSON", "ORG", "FAC", "WORK_OF_ART", "LAW", "EVENT"):
            i += width
            continue
        country = gaz.country(code or "")
        if country is not None:
            out.append(mention_at(doc, (i, i + width), [country], "demonym"))
        i += width
    return out
