"""How far a learned verb cue reaches over its object (``extent_weights``).

PolNeAR's cue for a verb outside the lexicon often takes the verb's object, and
the preposition after it, with it: "takes issue with X", "had little interest in
X", "threw her weight behind X", "made the case that X", "has no plans to X",
"received support from X". The content is then what follows, not the object. On
PolNeAR's train split about a third of the learned cues that touch a gold cue but
miss its exact span stop at the verb where the gold cue goes on over the object.

For a verb cue with a direct object to its right, two longer cues are possible:
to the object's head ("made the observation"), or to a preposition after it
that has an object of its own ("takes issue with"). A logistic regression over
hashed features (verb and object lemmas, the preposition, the object's
determiner, what follows) scores each; the best one at or above the stored
threshold replaces the cue, and the content is cut to what lies after it.

Trained by ``training/train_attribution.py`` with the cue model and stored in
``attribution_cues.npz`` (``extent_weights``, ``extent_threshold`` in the meta);
numbers only. Only the learned cues (kind ``attitude``) are extended: the rules'
cues, which event chains read, are left as they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sitrep.attribution import hashed
from sitrep.attribution.types import TextSpan

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.attribution.types import AttributionRelation

BUCKETS = 1 << 16
#: The longest cue (in tokens from the verb) an extension may make.
MAX_REACH = 8


def options(verb: Token) -> dict[str, int]:
    """Index of the last token of each longer cue ``verb`` allows.

    ``"object"``: its direct object's head ("made the observation"); ``"prep"``: a
    preposition after that object, on the object or the verb, with an object of its own
    ("takes issue with"); ``"vprep"``: the verb's own first preposition to its right with
    an object ("reflected on", "kept mum about"); ``"xcomp"``: an infinitive it governs
    ("struggled to answer"). None crosses punctuation or goes past :data:`MAX_REACH`.
    """
    doc = verb.doc
    out: dict[str, int] = {}

    def clear(end: int) -> bool:
        return end - verb.i <= MAX_REACH and not any(
            doc[j].is_punct for j in range(verb.i + 1, end)
        )

    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is not None and clear(obj.i):
        out["object"] = obj.i
        prep = next((c for c in obj.rights if c.dep_ == "prep"), None) or next(
            (c for c in verb.rights if c.dep_ == "prep" and c.i > obj.i), None
        )
        if prep is not None and clear(prep.i) and any(c.dep_ == "pobj" for c in prep.children):
            out["prep"] = prep.i
    own = next((c for c in verb.rights if c.dep_ == "prep"), None)
    if (
        own is not None
        and (obj is None or own.i < obj.i)
        and clear(own.i)
        and any(c.dep_ == "pobj" for c in own.children)
    ):
        out["vprep"] = own.i
    inf = next((c for c in verb.rights if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if inf is not None and clear(inf.i) and any(c.lower_ == "to" for c in inf.lefts):
        out["xcomp"] = inf.i
    return out


def features(verb: Token, option: str, end: int) -> list[str]:
    """The feature strings of extending ``verb``'s cue to token ``end`` (``option``)."""
    doc = verb.doc
    last = doc[end]
    vl, el = verb.lemma_.lower(), last.lemma_.lower()
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    ol = obj.lemma_.lower() if obj is not None else "-"
    out = [
        "bias",
        f"opt={option}",
        f"v={option}|{vl}",
        f"e={option}|{el}",
        f"ve={option}|{vl}|{el}",
        f"o={option}|{ol}",
        f"vo={option}|{vl}|{ol}",
        f"len={option}|{min(end - verb.i, 6)}",
    ]
    if obj is not None:
        det = next((c.lower_ for c in obj.lefts if c.dep_ in ("det", "poss")), "-")
        out += [
            f"det={option}|{det}",
            f"otag={option}|{obj.tag_}",
            f"oent={option}|{obj.ent_type_}",
        ]
    if option in ("prep", "vprep"):
        out += [f"oe={option}|{ol}|{el}", f"ph={option}|{last.head.dep_}"]
    nxt = doc[end + 1] if end + 1 < len(doc) else None
    out += [
        f"nx={option}|{nxt.lower_ if nxt is not None else '</s>'}",
        f"nxd={option}|{nxt.dep_ if nxt is not None else '-'}",
    ]
    return out


def bucket(feature: str) -> int:
    return hashed.bucket(feature, BUCKETS)


@dataclass(frozen=True)
class ExtentModel:
    weights: Any  # numpy float array of BUCKETS
    threshold: float

    def probability(self, feats: list[str]) -> float:
        return hashed.logistic(sum(float(self.weights[bucket(f)]) for f in feats))

    def choose(self, verb: Token, cue_end: int) -> int | None:
        """The index of the last token of ``verb``'s longer cue, or None to keep it
        (``cue_end``: the character offset where the cue ends now)."""
        best: tuple[float, int] | None = None
        for option, end in options(verb).items():
            if verb.doc[end].idx + len(verb.doc[end]) <= cue_end:
                continue  # the cue reaches there already
            score = self.probability(features(verb, option, end))
            if score >= self.threshold and (best is None or score > best[0]):
                best = (score, end)
        return None if best is None else best[1]


def extend(relation: AttributionRelation, verb: Token, model: ExtentModel) -> None:
    """Extend ``relation``'s cue (a learned verb cue) over its object where ``model``
    says so, cutting the content to what lies after the new cue; unchanged when nothing
    of the content would be left."""
    if relation.cue.parts:
        return  # a cue in pieces: no single end to move
    end = model.choose(verb, relation.cue.end)
    if end is None:
        return
    doc = verb.doc
    stop = doc[end].idx + len(doc[end])
    kept: list[tuple[int, int]] = []
    for a, b in relation.content.fragments():
        if b <= relation.cue.start:
            kept.append((a, b))  # content before the cue ("“A,” he ...")
        elif b > stop:
            kept.append((max(a, _next_start(doc.text, stop)), b))
    kept = [(a, b) for a, b in kept if a < b]
    if not kept:
        return
    start = relation.cue.start
    relation.cue = TextSpan(start, stop, doc.text[start:stop])
    # As content.content_span: the first piece's offsets and text, every piece in parts.
    a, b = kept[0]
    relation.content = TextSpan(a, b, doc.text[a:b], tuple(kept) if len(kept) > 1 else ())


def _next_start(text: str, offset: int) -> int:
    """The first offset at or after ``offset`` that is not white space."""
    while offset < len(text) and text[offset].isspace():
        offset += 1
    return offset
