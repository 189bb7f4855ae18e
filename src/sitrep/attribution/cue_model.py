"""A learned detector of cue verbs outside the hand lexicon (``attribution_cues.npz``).

PolNeAR annotates a long tail of verbs as attribution cues ("mocked",
"pushed for", "focused on", "attacked"): people's stances, evaluations and
intentions as well as their words. The hand lexicon (``cues.json``) holds the
frequent ones; this model scores every other verb by its parse neighbourhood
(lemma, dependency label, which complements it takes, what kind of subject it
has, whether it stands inside a quotation or inside another relation's
content), so that a verb with a clausal or object complement and a speaking
subject can be read as a cue even when no list names it.

The model is a logistic regression over hashed feature strings (CRC-32 into
:data:`BUCKETS` float16 weights); only numbers are shipped, no text. It is
trained by ``training/train_attribution.py`` on PolNeAR's train split; the
decision threshold is stored with the weights.
"""

from __future__ import annotations

import json
import math
import zlib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from sitrep.errors import ResourceError

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.attribution.lexicon import Cues

DATA_FILE = "attribution_cues.npz"
BUCKETS = 1 << 18
#: Dependency labels of a verb's children whose presence (with the lemma) tells most.
_KEY_DEPS = frozenset(
    {"ccomp", "xcomp", "dobj", "prep", "prt", "nsubj", "nsubjpass", "agent", "advcl",
     "acomp", "oprd", "dative", "neg", "mark"}
)  # fmt: skip
_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they", "it"})


@dataclass(frozen=True)
class Context:
    """Per-token facts the features need that a token alone does not give."""

    #: Token indices inside a quotation.
    quoted: frozenset[int]
    #: Token indices inside the content of a relation the rules found.
    in_content: frozenset[int]


def features(tok: Token, lex: Cues, ctx: Context) -> list[str]:
    """The feature strings of a candidate cue verb."""
    lemma = tok.lemma_.lower()
    dep, tag = tok.dep_, tok.tag_
    head = tok.head
    out = [
        "bias",
        f"l={lemma}",
        f"ld={lemma}|{dep}",
        f"lt={lemma}|{tag}",
        f"pdt={tok.pos_}|{dep}|{tag}",
        f"lex={lex.verb_lemma(tok) is not None}|{dep}",
        f"h={head.pos_}|{dep}|{head.dep_}",
        f"hl={lex.verb_lemma(head) is not None and head is not tok}|{dep}",
        f"q={tok.i in ctx.quoted}",
        f"rc={tok.i in ctx.in_content}",
        f"rcq={tok.i in ctx.in_content}|{tok.i in ctx.quoted}|{dep}",
    ]
    doc = tok.doc
    out.append(f"w-1={doc[tok.i - 1].lower_ if tok.i > 0 else '<s>'}")
    out.append(f"w+1={doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else '</s>'}")
    deps = set()
    for child in tok.children:
        cdep = child.dep_
        if cdep not in _KEY_DEPS:
            continue
        deps.add(cdep)
        out.append(f"lc={lemma}|{cdep}")
        if cdep in ("prep", "prt", "mark"):
            out.append(f"lp={lemma}|{child.lower_}")
            out.append(f"p={child.lower_}")
        elif cdep in ("nsubj", "nsubjpass"):
            kind = "pron" if child.lower_ in _PRONOUNS else (child.ent_type_ or child.pos_)
            out.append(f"s={cdep}|{kind}")
        elif cdep == "dobj":
            out.append(f"o={child.ent_type_ or child.pos_}")
    out.append("cd=" + ",".join(sorted(deps)))
    return out


def bucket(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) & (BUCKETS - 1)


#: Bound on the feature -> weight memo (distinct feature strings seen; cleared when full).
_MEMO_LIMIT = 200_000


@dataclass(frozen=True)
class CueModel:
    weights: Any  # numpy float array of BUCKETS
    threshold: float
    #: Feature string -> weight: hashing and numpy scalar reads cost more than the rest
    #: of the scoring, and documents repeat the same few thousand features.
    _memo: dict[str, float] = field(default_factory=dict, compare=False, repr=False)

    def weight(self, feature: str) -> float:
        memo = self._memo
        found = memo.get(feature)
        if found is None:
            if len(memo) > _MEMO_LIMIT:
                memo.clear()
            found = memo[feature] = float(self.weights[bucket(feature)])
        return found

    def probability(self, feats: list[str]) -> float:
        z = sum(self.weight(f) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def model() -> CueModel | None:
    """The shipped model, or None when the data file is absent (rules alone then)."""
    import numpy

    file = resources.files("sitrep.data").joinpath(DATA_FILE)
    if not file.is_file():
        return None
    try:
        with file.open("rb") as fh, numpy.load(fh) as data:
            weights = data["weights"].astype(numpy.float32)
            meta = json.loads(str(data["meta"]))
    except (OSError, ValueError, KeyError) as exc:
        raise ResourceError(f"sitrep/data/{DATA_FILE} is unreadable ({exc}); reinstall") from exc
    if weights.shape != (BUCKETS,):
        raise ResourceError(f"sitrep/data/{DATA_FILE}: expected {BUCKETS} weights")
    return CueModel(weights, float(meta["threshold"]))


def context(doc: Any, relations: list[Any]) -> Context:
    """The quotation and content memberships of ``doc``'s tokens.

    ``relations`` are the relations the rules found (their contents hold words
    PolNeAR hardly ever annotates again).
    """
    from sitrep.attribution import quotes

    quoted: set[int] = set()
    for opened, closed in quotes.quote_pairs(doc):
        quoted.update(range(opened + 1, closed))
    inside: set[int] = set()
    for rel in relations:
        for start, end in rel.content.fragments():
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                inside.update(range(span.start, span.end))
    return Context(frozenset(quoted), frozenset(inside))


def verb_indices(doc: Any) -> list[int]:
    """Indices of the tokens tagged VERB or ADJ, read from the token array in one call."""
    from spacy.attrs import POS
    from spacy.symbols import ADJ, VERB

    return [i for i, pos in enumerate(doc.to_array(POS).tolist()) if pos in (VERB, ADJ)]


def candidate(tok: Token, lex: Cues) -> bool:
    """A verb the rules have no entry for (the lexicon's verbs are the rules' business),
    or an adjective after "be" ("were critical of", "are hopeful that")."""
    if not tok.is_alpha or lex.verb_lemma(tok) is not None:
        return False
    if tok.pos_ == "ADJ":
        return tok.dep_ == "acomp" and tok.head.lemma_ == "be"
    return tok.pos_ == "VERB" and tok.dep_ not in ("amod", "compound")
