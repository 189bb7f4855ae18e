"""Loaded language and labels: spans from the framing lexicon, plus two patterns.

* Lexicon terms (``data/framing.json``), matched case-insensitively on whole
  tokens with one PhraseMatcher built per vocabulary.
* "what they claim to be X" / "what it calls X": the writer distances itself
  from the name X (kind ``distancing``).
* Scare quotes: one to three words in quotation marks inside a sentence that
  no reporting verb introduces ('the "moderate" rebels'), kind ``scare_quote``.
* Model spans (:mod:`.framing_model`, a trained token classifier; the n-gram
  rates of :mod:`.framing_learned` when its weights are not installed): runs
  of words that PTC's annotators would mark as loaded language or labels,
  outside the lexicon and pattern spans. The model also vets scare quotes.

Overlapping matches keep the longest ("illegally occupied" over "occupied").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sitrep.attribution.lexicon import cues, framing_terms, matchers
from sitrep.model import Framing
from sitrep.nlp.cache import doc_arrays

if TYPE_CHECKING:
    from numpy.typing import NDArray
    from spacy.tokens import Doc

_CLAIM_LEMMAS = frozenset({"claim", "call", "describe", "term", "consider", "label", "dub"})
_OPEN = {"“": "”", '"': '"', "‘": "’", "'": "'"}
#: Every quote mark that opens or closes (the only tokens the scare-quote scan reads).
_QUOTE_MARKS = frozenset(_OPEN) | frozenset(_OPEN.values())
#: Longest quotation read as a scare quote, in tokens.
MAX_SCARE_QUOTE = 3


def find_framing(doc: Doc, model: bool = True) -> list[Framing]:
    """All loaded-language spans of ``doc``, in text order, not overlapping.

    Lexicon and pattern spans come first; with ``model`` true, the trained
    model's spans add what it finds elsewhere.
    """
    found = fixed_spans(doc)
    if model:
        found = _with_model(doc, found)
    return resolved(doc, found)


def resolved(doc: Doc, found: list[tuple[int, int, str]]) -> list[Framing]:
    """``found`` (token spans) in text order, no overlaps: the longest of those starting first."""
    found = sorted(found, key=lambda m: (m[0], -(m[1] - m[0])))
    out: list[Framing] = []
    last_end = -1
    for start, end, kind in found:
        if start < last_end:
            continue
        span = doc[start:end]
        out.append(Framing(text=span.text, start=span.start_char, end=span.end_char, kind=kind))
        last_end = end
    return out


def fixed_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """(first token, end token, kind) of the lexicon and pattern spans, overlaps included."""
    _, _, matcher = matchers(doc.vocab)
    terms = framing_terms()
    found: list[tuple[int, int, str]] = []
    for match_id, start, end in matcher(doc):
        found.append((start, end, terms[doc.vocab.strings[match_id].lower()]))
    found.extend(_what_they_claim(doc))
    found.extend(_scare_quotes(doc))
    return found


def _with_model(doc: Doc, fixed: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    from sitrep.attribution import framing_learned, framing_model

    model = framing_model.load()
    if model is None:
        # Without the trained weights: the n-gram spans, where no lexicon span is.
        taken = {i for start, end, _ in fixed for i in range(start, end)}
        extra = [
            span
            for span in framing_learned.learned_spans(doc)
            if not any(i in taken for i in range(span[0], span[1]))
        ]
        return fixed + extra
    probs = model.token_probs(doc)
    return with_model_spans(doc, fixed, probs, model.threshold, model.peak, model.gate)


def with_model_spans(
    doc: Doc,
    fixed: list[tuple[int, int, str]],
    probs: NDArray[Any],
    threshold: float,
    peak: float,
    gate: float,
) -> list[tuple[int, int, str]]:
    """``fixed`` spans with the model's spans added around them.

    * A scare quote stays only when the model finds some loaded word in it
      (``gate``): quotation marks around one to three words are as often a
      title, a slogan or a short quotation as a sneer.
    * Lexicon and other pattern spans always stay, and a model span that
      overlaps them keeps its parts outside them ("[brutal] [regime]"), so
      the lexicon's span and kind win where both read the same words.
    """
    from sitrep.attribution import framing_model

    kept = [
        (start, end, kind)
        for start, end, kind in fixed
        if kind != "scare_quote" or float(probs[start:end].max()) >= gate
    ]
    taken = [False] * len(doc)
    for start, end, _ in kept:
        taken[start:end] = [True] * (end - start)
    out = list(kept)
    for start, end, _ in framing_model.decode(doc, probs, threshold, peak):
        free = [not taken[i] for i in range(start, end)]
        for a, b in framing_model.runs(free):
            piece = framing_model.trimmed(doc, start + a, start + b)
            if piece is not None and not all(t.is_stop for t in doc[piece[0] : piece[1]]):
                out.append((*piece, framing_model.kind_of(doc, *piece)))
    return out


def _what_they_claim(doc: Doc) -> list[tuple[int, int, str]]:
    """ "what they claim to be", "what Damascus calls" (up to the named thing)."""
    out = []
    # The cached lower-case words: a Token object per word would cost more than the rule.
    lower = doc_arrays(doc).lower
    for i, word in enumerate(lower[:-2]):
        if word != "what":
            continue
        tok, subject, verb = doc[i], doc[i + 1], doc[i + 2]
        if (
            subject.pos_ not in ("PRON", "PROPN", "NOUN")
            or verb.lemma_.lower() not in _CLAIM_LEMMAS
        ):
            continue
        end = verb.i + 1
        if end + 1 < len(doc) and doc[end].lower_ == "to" and doc[end + 1].lemma_ == "be":
            end += 2
        out.append((tok.i, end, "distancing"))
    return out


def _scare_quotes(doc: Doc) -> list[tuple[int, int, str]]:
    lex = cues()
    out = []
    opened: int | None = None
    words = doc_arrays(doc).words
    for i, word in enumerate(words):
        if word not in _QUOTE_MARKS:
            continue
        tok = doc[i]
        if opened is not None and tok.text == _OPEN[doc[opened].text]:
            inner = doc[opened + 1 : tok.i]
            sent = tok.sent
            # Only reporting verbs introduce a quotation ("so-called" is no attitude cue here).
            introduced = any(
                t.pos_ == "VERB" and lex.verb_lemma(t) not in (None, *lex.attitude) for t in sent
            )
            if 0 < len(inner) <= MAX_SCARE_QUOTE and opened > sent.start and not introduced:
                out.append((opened, tok.i + 1, "scare_quote"))
            opened = None
        elif tok.text in _OPEN and not (tok.text == "'" and tok.tag_ == "POS"):
            opened = tok.i
    return out
