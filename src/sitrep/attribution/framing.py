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
Lexicon entries marked ``gated`` (terms with a common literal use: "criminal
charges", "Nazi Germany") stay only where the model scores them as loaded.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from sitrep.attribution.lexicon import cues, framing_terms, matchers
from sitrep.errors import ResourceError
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
    # Offsets and text from the cached arrays, not a ``Span`` object per match.
    arrays = doc_arrays(doc)
    idx, words, text = arrays.idx, arrays.words, arrays.text
    for start, end, kind in found:
        if start < last_end:
            continue
        first, last = idx[start], idx[end - 1] + len(words[end - 1])
        out.append(Framing(text=text[first:last], start=first, end=last, kind=kind))
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
    return with_model_spans(
        doc, fixed, probs, model.threshold, model.peak, model.gate, model.lexicon_gate
    )


@lru_cache(maxsize=1)
def gated_terms() -> frozenset[str]:
    """Lower-cased terms of the lexicon entries marked ``gated`` (see ``data/framing.json``)."""
    try:
        with resources.files("sitrep.data").joinpath("framing.json").open("rb") as fh:
            entries = json.load(fh)["entries"]
        return frozenset(
            term.lower() for entry in entries if entry.get("gated") for term in entry["terms"]
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ResourceError(f"sitrep/data/framing.json is missing or damaged ({exc})") from exc


def with_model_spans(
    doc: Doc,
    fixed: list[tuple[int, int, str]],
    probs: NDArray[Any],
    threshold: float,
    peak: float,
    gate: float,
    lexicon_gate: float = 0.0,
) -> list[tuple[int, int, str]]:
    """``fixed`` spans with the model's spans added around them.

    * A scare quote stays only when the model finds some loaded word in it
      (``gate``): quotation marks around one to three words are as often a
      title, a slogan or a short quotation as a sneer.
    * A term of a ``gated`` lexicon entry stays only when the model scores
      it at least ``lexicon_gate``: "criminal charges" and "the alleged
      attacker" are plain reporting, "criminal gang of thugs" is not.
    * Lexicon and other pattern spans always stay, and a model span that
      overlaps them keeps its parts outside them ("[brutal] [regime]"), so
      the lexicon's span and kind win where both read the same words.
    * A model span ending on a modifier reaches to the noun it modifies
      ("[corrupt puppet government]", see ``framing_decode.to_head``).
    """
    from sitrep.attribution import framing_decode, framing_model

    gated = gated_terms() if lexicon_gate > 0.0 else frozenset()
    arrays = doc_arrays(doc)
    kept = []
    for start, end, kind in fixed:
        if kind == "scare_quote":
            least = gate
        elif gated:
            first, last = arrays.idx[start], arrays.idx[end - 1] + len(arrays.words[end - 1])
            least = lexicon_gate if arrays.text[first:last].lower() in gated else 0.0
        else:
            least = 0.0
        if least <= 0.0 or float(probs[start:end].max()) >= least:
            kept.append((start, end, kind))
    taken = [False] * len(doc)
    for start, end, _ in kept:
        taken[start:end] = [True] * (end - start)
    out = list(kept)
    # The cached stop-word flags: a ``Token`` object per word cost more than the test.
    stop = framing_model.flags(doc).stop
    for start, end, _ in framing_model.decode(doc, probs, threshold, peak):
        free = [not taken[i] for i in range(start, end)]
        for a, b in framing_model.runs(free):
            piece = framing_model.trimmed(doc, start + a, start + b)
            if piece is not None and not all(stop[piece[0] : piece[1]]):
                piece = (piece[0], framing_decode.to_head(doc, *piece, taken))
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
    introduced: dict[int, bool] = {}
    words = doc_arrays(doc).words
    for i, word in enumerate(words):
        if word not in _QUOTE_MARKS:
            continue
        tok = doc[i]
        if opened is not None and tok.text == _OPEN[doc[opened].text]:
            inner = doc[opened + 1 : tok.i]
            sent = tok.sent
            if 0 < len(inner) <= MAX_SCARE_QUOTE and opened > sent.start:
                if sent.start not in introduced:
                    # Only reporting verbs introduce a quotation ("so-called" is no attitude
                    # cue here); asked once per sentence, however many quotations it holds.
                    introduced[sent.start] = any(
                        t.pos_ == "VERB" and lex.verb_lemma(t) not in (None, *lex.attitude)
                        for t in sent
                    )
                if not introduced[sent.start]:
                    out.append((opened, tok.i + 1, "scare_quote"))
            opened = None
        elif tok.text in _OPEN and not (tok.text == "'" and tok.tag_ == "POS"):
            opened = tok.i
    return out
