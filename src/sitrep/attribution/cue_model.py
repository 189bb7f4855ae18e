"""A learned detector of cue verbs outside the hand lexicon (``attribution_cues.npz``).

PolNeAR annotates a long tail of verbs as attribution cues ("mocked",
"pushed for", "focused on", "attacked"): people's stances, evaluations and
intentions as well as their words. The hand lexicon (``cues.json``) holds the
frequent ones; this model scores every other verb by its parse neighbourhood
(lemma, dependency label, which complements it takes, what kind of subject it
has, what its object is and what that object is about, whether it stands inside
a quotation or inside another relation's content), so that a verb with a clausal
or object complement and a speaking subject can be read as a cue even when no list
names it.

Nouns are scored too ("Trump's attacks on", "had a favorable opinion of", see
:mod:`.cue_nouns`), with a threshold of their own and only for the noun lemmas
that were cues in training.

The model is a logistic regression over hashed feature strings (CRC-32 into
:data:`BUCKETS` float16 weights); only numbers are shipped, no text. It is
trained by ``training/train_attribution.py`` on PolNeAR's train split; the
decision threshold is stored with the weights.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from sitrep.attribution import hashed
from sitrep.errors import ResourceError

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sitrep.attribution.cue_extent import ExtentModel
    from sitrep.attribution.lexicon import Cues
    from sitrep.attribution.relation_filter import RelationFilter

DATA_FILE = "attribution_cues.npz"
BUCKETS = 1 << 18
#: Dependency labels of a verb's children whose presence (with the lemma) tells most.
_KEY_DEPS = frozenset(
    {"ccomp", "xcomp", "dobj", "prep", "prt", "nsubj", "nsubjpass", "agent", "advcl",
     "acomp", "oprd", "dative", "neg", "mark", "poss", "acl"}
)  # fmt: skip
_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they", "it"})


@dataclass(frozen=True)
class Context:
    """Per-token facts the features need that a token alone does not give."""

    #: Token indices inside a quotation.
    quoted: frozenset[int]
    #: Token indices inside the content of a relation the rules found.
    in_content: frozenset[int]


@dataclass(frozen=True)
class Parse:
    """One document's token attributes as plain lists, read once.

    Building a spaCy ``Token`` per candidate (and per child and head of each) cost
    more than the scoring itself; the features are read from these lists instead.
    """

    #: Per token: ``text``, ``lemma_``, ``lower_``, ``pos_``, ``dep_``, ``tag_``.
    words: list[str]
    lemma: list[str]
    lower: list[str]
    pos: list[str]
    dep: list[str]
    tag: list[str]
    #: Per token, the index of its syntactic head (itself for a root).
    head: list[int]
    #: Per token, the string id of its entity type (0 for none; see :meth:`ent`).
    ent_ids: list[int]
    strings: Any

    def ent(self, i: int) -> str:
        """``ent_type_`` of token ``i`` (read for a few children only)."""
        found = self.ent_ids[i]
        return str(self.strings[found]) if found else ""


def parse(doc: Doc) -> Parse:
    """The :class:`Parse` of ``doc`` (the nlp stage's cached arrays plus one array read)."""
    import numpy
    from spacy.attrs import ENT_TYPE, HEAD

    from sitrep.nlp.cache import doc_arrays

    arrays = doc_arrays(doc)
    table = doc.to_array([HEAD, ENT_TYPE]).astype(numpy.int64)
    # HEAD comes back as an unsigned offset: the signed view gives the relative head.
    heads = numpy.arange(len(table)) + table[:, 0]
    return Parse(
        words=arrays.words,
        lemma=arrays.lemma,
        lower=arrays.lower,
        pos=arrays.pos,
        dep=arrays.dep,
        tag=arrays.tag,
        head=heads.tolist(),
        ent_ids=table[:, 1].tolist(),
        strings=doc.vocab.strings,
    )


def candidates(
    p: Parse,
    lex: Cues,
    skip: set[int] | frozenset[int] = frozenset(),
    nouns: frozenset[int] = frozenset(),
) -> list[int]:
    """Indices of the tokens the model scores, in text order.

    A verb the rules have no entry for (the lexicon's verbs are the rules' business),
    an adjective after "be" ("were critical of", "are hopeful that"), or a noun whose
    lemma key (:func:`.cue_nouns.lemma_key`) is in ``nouns`` (see :func:`with_content`
    for the rest of a noun's test). Tokens in ``skip`` (cues the rules found) are not
    scored.
    """
    from sitrep.attribution.cue_nouns import lemma_key

    out = []
    words, lemma, lower, dep, head = p.words, p.lemma, p.lower, p.dep, p.head
    for i, pos in enumerate(p.pos):
        if pos == "NOUN":
            if nouns and i not in skip and words[i].isalpha() and lemma_key(lemma[i]) in nouns:
                out.append(i)
            continue
        if pos == "ADJ":
            if dep[i] != "acomp" or lemma[head[i]] != "be":
                continue
        elif pos != "VERB" or dep[i] in ("amod", "compound"):
            continue
        # The cheap tests first: most tokens fail them before the lexicon is asked.
        if i not in skip and words[i].isalpha() and lex.lemma_of(lemma[i], lower[i]) is None:
            out.append(i)
    return out


def children(p: Parse, indices: list[int]) -> dict[int, list[int]]:
    """The children of each of ``indices``, in text order (as ``Token.children``)."""
    out: dict[int, list[int]] = {i: [] for i in indices}
    for j, h in enumerate(p.head):
        if h != j and h in out:
            out[h].append(j)
    return out


def with_content(p: Parse, indices: list[int], kids: dict[int, list[int]]) -> list[int]:
    """``indices`` without the nouns that have nothing to be about (see :mod:`.cue_nouns`)."""
    from sitrep.attribution.cue_nouns import about

    return [i for i in indices if p.pos[i] != "NOUN" or about(p, i, kids[i]) is not None]


def features(p: Parse, i: int, kids: list[int], lex: Cues, ctx: Context) -> list[str]:
    """The feature strings of candidate token ``i`` (``kids``: its children)."""
    raw = p.lemma[i]
    lemma = raw.lower()
    dep, tag = p.dep[i], p.tag[i]
    h = p.head[i]
    quoted, inside = i in ctx.quoted, i in ctx.in_content
    last = len(p.lower) - 1
    # The candidates' verbs and adjectives are outside the lexicon (see candidates).
    known = p.pos[i] == "NOUN" and lex.lemma_of(raw, p.lower[i]) is not None
    out = [
        "bias",
        f"l={lemma}",
        f"ld={lemma}|{dep}",
        f"lt={lemma}|{tag}",
        f"pdt={p.pos[i]}|{dep}|{tag}",
        f"lex={known}|{dep}",
        f"h={p.pos[h]}|{dep}|{p.dep[h]}",
        f"hl={h != i and lex.lemma_of(p.lemma[h], p.lower[h]) is not None}|{dep}",
        f"q={quoted}",
        # A many-sense verb inside a quotation is seldom a cue ("we have to", "it went").
        f"lq={lemma}|{quoted}",
        f"rc={inside}",
        f"rcq={inside}|{quoted}|{dep}",
        f"w-1={p.lower[i - 1] if i > 0 else '<s>'}",
        f"w+1={p.lower[i + 1] if i < last else '</s>'}",
    ]
    deps = set()
    obj, preps = "", list[str]()
    for c in kids:
        cdep = p.dep[c]
        if cdep not in _KEY_DEPS:
            continue
        deps.add(cdep)
        out.append(f"lc={lemma}|{cdep}")
        if cdep in ("prep", "prt", "mark"):
            out.append(f"lp={lemma}|{p.lower[c]}")
            preps.append(p.lower[c])
            out.append(f"p={p.lower[c]}")
            if cdep == "prep" and (g := _child(p, c, _POBJ, c - 1)) is not None:
                # What the preposition governs: "focus on the economy", "push for Iran".
                out.append(f"pp={p.lower[c]}|{p.ent(g) or p.pos[g]}")
        elif cdep in ("nsubj", "nsubjpass"):
            kind = "pron" if p.lower[c] in _PRONOUNS else (p.ent(c) or p.pos[c])
            out.append(f"s={cdep}|{kind}")
            if p.pos[c] == "NOUN":
                # Common-noun subjects that hold views: "critics", "voters", "officials".
                out.append(f"sl={p.lemma[c].lower()}")
        elif cdep == "dobj":
            out.append(f"o={p.ent(c) or p.pos[c]}")
            # Light verbs: "make ... clear", "take aim", "give support".
            obj = p.lemma[c].lower()
            out.append(f"ol={lemma}|{obj}")
            out.extend(_object(p, c, lex, lemma, obj))
        elif cdep in ("acomp", "oprd", "xcomp", "ccomp"):
            out.append(f"cl={lemma}|{cdep}|{p.lemma[c].lower()}")
    # The object with the verb's own preposition or particle: "took issue with",
    # "had words for" (the parser hangs the preposition on the verb as often as not).
    if obj:
        for prep in preps:
            out.append(f"olp={lemma}|{obj}|{prep}")
    out.append("cd=" + ",".join(sorted(deps)))
    return out


#: Dependency labels of a light verb's object that carry what the view is about.
_OBJECT_COMPLEMENTS = frozenset({"prep", "acl", "ccomp", "relcl"})
_POBJ = frozenset({"pobj"})
#: How far after a word its dependents are looked for (noun phrases are short).
_REACH = 8


def _child(p: Parse, c: int, deps: frozenset[str], first: int) -> int | None:
    """The first dependent of ``c`` labelled one of ``deps`` from ``first`` to
    :data:`_REACH` tokens after ``c`` (a bounded look, not a scan of the document)."""
    for g in range(max(0, first), min(len(p.head), c + _REACH)):
        if p.head[g] == c and p.dep[g] in deps:
            return g
    return None


def _object(p: Parse, c: int, lex: Cues, verb: str, obj: str) -> list[str]:
    """Features of a verb's object ``c`` that hold across verbs: a view is often a verb
    plus a noun of speech or attitude ("have concerns about", "take issue with", "make
    comments on"), whichever the verb, and the noun's own complement says what about;
    with ``verb`` (the lemma) and ``obj`` (the object's, lower case) the whole
    light-verb phrase ("took issue with", "had words for", "made the case for")."""
    out = [f"oo={obj}", f"olex={lex.lemma_of(p.lemma[c], p.lower[c]) is not None}"]
    for g in range(c + 1, min(len(p.head), c + _REACH)):
        if p.head[g] == c and p.dep[g] in _OBJECT_COMPLEMENTS:
            comp = f"{p.dep[g]}|{p.lower[g] if p.dep[g] == 'prep' else ''}"
            out.append(f"oc={comp}")
            out.append(f"olc={verb}|{obj}|{comp}")
    return out


def bucket(feature: str) -> int:
    return hashed.bucket(feature, BUCKETS)


#: Bound on the feature -> weight memo (distinct feature strings seen; cleared when full).
_MEMO_LIMIT = 200_000


@dataclass(frozen=True)
class CueModel:
    weights: Any  # numpy float array of BUCKETS
    threshold: float
    #: Threshold for nouns (their scores run lower than verbs'), and the lemma keys of
    #: the nouns scored at all (see :mod:`.cue_nouns`).
    noun_threshold: float = 1.0
    nouns: frozenset[int] = frozenset()
    #: How far an accepted verb cue reaches over its object (:mod:`.cue_extent`); None
    #: keeps the cue the rules' span finder gives.
    extent: ExtentModel | None = None
    #: Feature string -> weight: hashing and numpy scalar reads cost more than the rest
    #: of the scoring, and documents repeat the same few thousand features.
    _memo: dict[str, float] = field(default_factory=dict, compare=False, repr=False)

    def weight(self, feature: str) -> float:
        return hashed.cached_weight(self._memo, self.weights, BUCKETS, feature, _MEMO_LIMIT)

    def probability(self, feats: list[str]) -> float:
        return hashed.logistic(sum(self.weight(f) for f in feats))

    def probabilities(self, rows: list[list[str]]) -> list[float]:
        """:meth:`probability` of each row of feature strings (the memo read inline: this
        loop runs over every candidate's ~20 features)."""
        get, weight = self._memo.get, self.weight
        out = []
        for feats in rows:
            try:
                # Summed in C while every feature is memoised (a miss reads None).
                z: float = sum(map(get, feats))  # type: ignore[arg-type]
            except TypeError:
                z = sum(map(weight, feats))
            out.append(hashed.logistic(z))
        return out


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
            extent_weights = (
                data["extent_weights"].astype(numpy.float32)
                if "extent_weights" in data.files
                else None
            )
    except (OSError, ValueError, KeyError) as exc:
        raise ResourceError(f"sitrep/data/{DATA_FILE} is unreadable ({exc}); reinstall") from exc
    if weights.shape != (BUCKETS,):
        raise ResourceError(f"sitrep/data/{DATA_FILE}: expected {BUCKETS} weights")
    extent = None
    if extent_weights is not None:
        from sitrep.attribution.cue_extent import BUCKETS as EXTENT_BUCKETS
        from sitrep.attribution.cue_extent import ExtentModel

        if extent_weights.shape != (EXTENT_BUCKETS,) or "extent_threshold" not in meta:
            raise ResourceError(f"sitrep/data/{DATA_FILE}: malformed cue extent model")
        extent = ExtentModel(extent_weights, float(meta["extent_threshold"]))
    nouns = frozenset(int(k) for k in data_nouns) if (data_nouns := meta.get("nouns")) else None
    return CueModel(
        weights,
        float(meta["threshold"]),
        noun_threshold=float(meta.get("noun_threshold", 1.0)),
        nouns=nouns or frozenset(),
        extent=extent,
    )


def stored_check(
    weights_key: str, threshold_key: str, size: int, what: str
) -> tuple[Any, float] | None:
    """A hashed check's weights (``size`` slots) and threshold from the shipped data
    file, or None when the file has none; ``what`` names it in errors."""
    import numpy

    file = resources.files("sitrep.data").joinpath(DATA_FILE)
    if not file.is_file():
        return None
    try:
        with file.open("rb") as fh, numpy.load(fh) as data:
            if weights_key not in data.files:
                return None
            weights = data[weights_key].astype(numpy.float32)
            meta = json.loads(str(data["meta"]))
    except (OSError, ValueError, KeyError) as exc:
        raise ResourceError(f"sitrep/data/{DATA_FILE} is unreadable ({exc}); reinstall") from exc
    if weights.shape != (size,) or threshold_key not in meta:
        raise ResourceError(f"sitrep/data/{DATA_FILE}: malformed {what}")
    return weights, float(meta[threshold_key])


@lru_cache(maxsize=1)
def relation_check() -> RelationFilter | None:
    """The shipped relation check (:mod:`.relation_filter`), or None when the data file
    has none."""
    from sitrep.attribution.relation_filter import BUCKETS as FILTER_BUCKETS
    from sitrep.attribution.relation_filter import RelationFilter

    found = stored_check("filter_weights", "filter_threshold", FILTER_BUCKETS, "relation check")
    return None if found is None else RelationFilter(*found)


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
