"""Learned loaded-language spans: word n-grams that annotators often mark.

``data/framing_ngrams.json`` holds, for short word n-grams (n <= 2, lower
case and lemma forms), how often each was inside a Loaded_Language or
Name_Calling,Labeling span of the PTC training part and how often it occurs
there at all (``training/build_framing_ngrams.py`` counts them). Each token
scores the smoothed rate ``labelled / (count + alpha)`` of the best n-gram
covering it, averaged over the surface and the lemma vocabularies (the
lemma generalises to unseen inflections, the surface form keeps "Hitler's"
apart from "Hitler"). Runs of tokens scoring at least ``threshold`` become
spans, and an adjective run takes its head noun along ("despotic leader"),
as PTC's annotators mark it. ``alpha`` and ``threshold`` were chosen on a
tuning part of PTC train (see the data file's ``_source``).

Per document this is a few dictionary look-ups per token.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from sitrep.errors import ResourceError

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

DATA_FILE = "framing_ngrams.json"
#: Parts of speech an adjective run extends over ("brutal dictator").
_HEADS = frozenset({"NOUN", "PROPN"})


@dataclass(frozen=True)
class NgramRates:
    """Smoothed labelled rates of surface and lemma n-grams, plus the decision threshold."""

    surface: dict[str, tuple[float, bool]]
    lemma: dict[str, tuple[float, bool]]
    max_n: int
    threshold: float


def from_counts(data: dict[str, object]) -> NgramRates:
    """An n-gram table from the data file's layout (see ``training/build_framing_ngrams.py``)."""
    alpha = float(data["alpha"])  # type: ignore[arg-type]
    return NgramRates(
        surface=_rates(data["surface"], alpha),  # type: ignore[arg-type]
        lemma=_rates(data["lemma"], alpha),  # type: ignore[arg-type]
        max_n=int(data["max_n"]),  # type: ignore[call-overload]
        threshold=float(data["threshold"]),  # type: ignore[arg-type]
    )


def _rates(table: dict[str, list[int]], alpha: float) -> dict[str, tuple[float, bool]]:
    """n-gram -> (rate, mostly a label) from [labelled, count, labelled as a label]."""
    return {g: (lab / (n + alpha), 2 * name >= lab) for g, (lab, n, name) in table.items()}


@lru_cache(maxsize=1)
def rates() -> NgramRates:
    """The shipped n-gram table, read once."""
    try:
        raw = resources.files("sitrep.data").joinpath(DATA_FILE).read_text("utf-8")
        return from_counts(json.loads(raw))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ResourceError(f"sitrep/data/{DATA_FILE} is missing or damaged ({exc})") from exc


def _best(
    words: list[int],
    punct: list[bool],
    table: dict[str, tuple[float, bool]],
    forms: list[str],
    max_n: int,
    size: int,
) -> tuple[list[float], list[bool]]:
    """Per token: the best rate of an n-gram of ``table`` covering it, and its kind."""
    score = [0.0] * size
    label = [False] * size
    get = table.get
    for a, first in enumerate(words):
        # n-grams never start or end on punctuation (the counts were made the same way).
        if punct[first]:
            continue
        gram = forms[first]
        for n in range(max_n):
            if n:
                if a + n >= len(words):
                    break
                last = words[a + n]
                gram = gram + " " + forms[last]
                if punct[last]:
                    continue
            hit = get(gram)
            if hit is None:
                continue
            for i in words[a : a + n + 1]:
                if hit[0] > score[i]:
                    score[i], label[i] = hit
    return score, label


def token_scores(doc: Doc, table: NgramRates | None = None) -> tuple[list[float], list[bool]]:
    """Per token: the averaged surface/lemma rate and whether it reads as a label."""
    table = table or rates()
    # One pass over the tokens; the n-gram loops then only index lists.
    words, punct, lower, lemma = [], [], [], []
    for t in doc:
        if not t.is_space:
            words.append(t.i)
        punct.append(t.is_punct)
        lower.append(t.lower_)
        lemma.append(t.lemma_.lower())
    size = len(doc)
    s_score, s_label = _best(words, punct, table.surface, lower, table.max_n, size)
    l_score, l_label = _best(words, punct, table.lemma, lemma, table.max_n, size)
    score = [(a + b) / 2 for a, b in zip(s_score, l_score, strict=True)]
    label = [a or b for a, b in zip(s_label, l_label, strict=True)]
    return score, label


def learned_spans(doc: Doc, table: NgramRates | None = None) -> list[tuple[int, int, str]]:
    """(first token, end token, kind) of every run of loaded tokens in ``doc``.

    ``table`` replaces the shipped one (the build script tries candidates).
    """
    if len(doc) == 0:
        return []
    table = table or rates()
    score, label = token_scores(doc, table)
    threshold = table.threshold
    on = [s >= threshold and not doc[i].is_space for i, s in enumerate(score)]
    for i in range(len(doc) - 1):
        # The head noun after a loaded adjective, and the second noun of a compound.
        if on[i] and not on[i + 1] and _takes_head(doc[i], doc[i + 1]):
            on[i + 1] = True
    out: list[tuple[int, int, str]] = []
    start: int | None = None
    for i, flag in enumerate([*on, False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            out.extend(_trimmed(doc, start, i, label))
            start = None
    return out


def _takes_head(tok: Token, nxt: Token) -> bool:
    if nxt.pos_ not in _HEADS:
        return False
    # A noun only extends over the noun it modifies ("smear campaign"), not "liar yesterday".
    return tok.pos_ == "ADJ" or (tok.dep_ == "compound" and tok.head is nxt)


def _trimmed(doc: Doc, start: int, end: int, label: list[bool]) -> list[tuple[int, int, str]]:
    """The run without punctuation at its ends (none if nothing is left)."""
    while start < end and doc[start].is_punct:
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    if start >= end:
        return []
    kind = "label" if any(label[start:end]) else "loaded"
    return [(start, end, kind)]
