"""Resolving toponym spans that were found elsewhere (gold spans, another recogniser).

Recognition is skipped: every given span becomes a mention with all of its
gazetteer candidates (no population or placement filter, since the caller says
it is a place), then the same context reading and disambiguation as
:func:`sitrep.geo.find_places` run over them. A span whose text has no entry
under any spelling tried comes back as ``None``: a gap of the gazetteer, not a
wrong choice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.geo.context import Mention, add_context, lexicon
from sitrep.geo.gazetteer import Candidate, Gazetteer
from sitrep.geo.short_forms import demonym_code
from sitrep.nlp.cache import doc_arrays

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sitrep.model import Place

_POSSESSIVE = ("'s", "’s", "'", "’")


def spellings(text: str) -> list[str]:
    """The forms of a span's text to look up, most literal first.

    "the Gaza Strip" -> also "Gaza Strip"; "Syria's" -> "Syria"; "Springfield,
    Illinois" -> also "Springfield" (the container is read as context).
    """
    out = [text]
    core = text.strip()
    if core.lower().startswith("the "):
        core = core[4:]
        out.append(core)
    for ending in _POSSESSIVE:
        if core.endswith(ending) and len(core) > len(ending) + 2:
            out.append(core[: -len(ending)])
            break
    if "," in core:
        out.append(core.split(",", 1)[0].strip())
    if core.endswith(".") and len(core) > 3 and "." not in core[:-1]:
        out.append(core[:-1])
    head = division_head(core)
    if head is not None:
        out.append(head)
    return [s for s in dict.fromkeys(out) if s]


def division_head(text: str) -> str | None:
    """ "Karak district" -> "Karak": the name before a trailing division word."""
    words = text.split()
    if len(words) >= 2 and words[-1].lower() in lexicon().admin_words:
        return " ".join(words[:-1])
    return None


def _candidates(
    text: str, found: dict[str, list[Candidate]], gaz: Gazetteer
) -> tuple[list[Candidate], str, str]:
    """Candidates, mention source and the spelling that found them."""
    abbreviated = gaz.abbreviation(text) if "." in text or text.isupper() else []
    if abbreviated:
        return abbreviated, "given", text
    code = demonym_code(text)
    if code is not None:
        country = gaz.country(code)
        if country is not None:
            return [country], "demonym", text
    for form in spellings(text):
        cands = found.get(form)
        if cands:
            return cands, "given", form
    return [], "given", text


def span_mentions(
    doc: Doc, spans: list[tuple[int, int]], gaz: Gazetteer
) -> list[tuple[int, Mention | None]]:
    """A mention (or None when the gazetteer has no entry) for each span, by input index."""
    whole = doc_arrays(doc).text
    texts = [whole[s:e] for s, e in spans]
    found = gaz.lookup_many(form for t in texts for form in spellings(t))
    out: list[tuple[int, Mention | None]] = []
    for idx, ((start, end), text) in enumerate(zip(spans, texts, strict=True)):
        piece = doc.char_span(start, end, alignment_mode="expand")
        cands, source, form = _candidates(text, found, gaz)
        if piece is None or not cands:
            out.append((idx, None))
            continue
        mention = Mention(
            start=start,
            end=end,
            text=text,
            candidates=cands,
            source=source,
            token_start=piece.start,
            token_end=piece.end,
        )
        if form == division_head(text.strip().removeprefix("the ")):
            # Found only without its division word: the word is the cue.
            mention.cue = "admin"
        out.append((idx, mention))
    return out


def resolve_spans(
    doc: Doc, spans: list[tuple[int, int]], gazetteer: Gazetteer
) -> list[Place | None]:
    """The place each character span names (``None`` where the gazetteer has nothing).

    Same disambiguation as :func:`sitrep.geo.find_places`, recognition skipped.
    """
    from sitrep.geo.resolve import resolve, to_place

    pairs = span_mentions(doc, spans, gazetteer)
    mentions = sorted((m for _, m in pairs if m is not None), key=lambda m: (m.start, m.end))
    add_context(doc, mentions)
    chosen = {id(m): (cand, reason) for m, cand, reason in resolve(mentions, gazetteer)}
    out: list[Place | None] = []
    for _, mention in pairs:
        if mention is None or id(mention) not in chosen:
            out.append(None)
            continue
        cand, reason = chosen[id(mention)]
        out.append(to_place(mention, cand, reason))
    return out
