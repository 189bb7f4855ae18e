"""Attribution evaluation on PolNeAR (brat standoff): source, cue and content spans.

Layout: ``DIR/text/NAME.txt`` and ``DIR/attributions/NAME_ANNOTATOR.ann``. When
several annotators annotated one text, the first ``.ann`` in name order is the
gold (one reading per text, so no text counts twice). Brat lines used:
``T<n>\\tSource|Cue|Content START END[;START END...]\\tTEXT`` and
``E<n>\\tAttribution[-no-source]:T<k> Source:T<i> Cue:T<j> Content:T<m>``.

Spans are compared as sets of word tokens (punctuation ignored), as BBC's
citron does:

* ``exact``: a predicted span whose token set equals a gold one;
* ``overlap``: soft token overlap - precision averages, over predicted spans,
  the best share of their tokens found in one gold span; recall the same over
  gold spans;
* ``relation``: a predicted relation matches a gold one (each at most once)
  when cue and content overlap and the sources overlap or both are absent; a
  gold cue of punctuation only (PolNeAR marks a bare ":" before a quote as the
  cue) has no word token, so for it content and source decide alone
  (otherwise such a relation could never be matched);
* ``agentless``: the same over relations without a source.

Predicted relations are the outermost ones of ``attribution.find_attributions``
(``nested=False``: PolNeAR annotates almost no attribution inside another's
content - 9 of 1857 gold relations in a sample of its train split) with the
sources they cite unfolded (a cited source is scored as PolNeAR annotates it:
"X, citing Y" is X's relation with cue "citing" and content Y); a content
broken by its cue ("“A,” she said. “B.”") is scored on its pieces, like
PolNeAR's discontinuous spans.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sitrep.errors import ResourceError
from sitrep.evaluation import metrics
from sitrep.evaluation.paths import shared_data

if TYPE_CHECKING:
    from spacy.language import Language

    from sitrep.attribution.types import AttributionRelation

ROLES = ("source", "cue", "content")
_WORD = re.compile(r"\w+")

Tokens = frozenset[int]


def default_dir() -> Path:
    return shared_data() / "attribution" / "polnear" / "dev"


@dataclass(frozen=True)
class Relation:
    source: Tokens | None
    cue: Tokens
    content: Tokens


@dataclass
class Counts:
    """Sums over documents: exact hits and soft-overlap scores for one role."""

    gold: int = 0
    predicted: int = 0
    exact: int = 0
    overlap_p: float = 0.0
    overlap_r: float = 0.0

    def add(self, gold: set[Tokens], predicted: set[Tokens]) -> None:
        self.gold += len(gold)
        self.predicted += len(predicted)
        self.exact += len(gold & predicted)
        self.overlap_p += sum(_best_share(p, gold) for p in predicted)
        self.overlap_r += sum(_best_share(g, predicted) for g in gold)

    def scores(self) -> dict[str, dict[str, float | None]]:
        return {
            "exact": prf(self.exact, self.predicted, self.exact, self.gold),
            "overlap": prf(self.overlap_p, self.predicted, self.overlap_r, self.gold),
        }


def prf(p_num: float, p_den: float, r_num: float, r_den: float) -> dict[str, float | None]:
    p, r = metrics.ratio(p_num, p_den), metrics.ratio(r_num, r_den)
    f1 = 2 * p * r / (p + r) if p is not None and r is not None and p + r else None
    return {
        "precision": metrics.rounded(p),
        "recall": metrics.rounded(r),
        "f1": metrics.rounded(f1),
    }


def _best_share(span: Tokens, others: set[Tokens]) -> float:
    if not span:
        return 0.0
    return max((len(span & o) for o in others), default=0) / len(span)


@dataclass
class AttributionResult:
    corpus: str
    docs: int
    roles: dict[str, dict[str, dict[str, float | None]]]
    relation: dict[str, float | None]
    agentless: dict[str, float | None]
    gold_relations: int
    predicted_relations: int
    seconds: float

    def as_dict(self) -> dict[str, Any]:
        return {
            **self.roles,
            "relation": self.relation,
            "agentless": self.agentless,
            "docs": self.docs,
            "gold_relations": self.gold_relations,
            "predicted_relations": self.predicted_relations,
            "seconds": self.seconds,
        }

    def metrics(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for role, modes in self.roles.items():
            for mode, values in modes.items():
                if values["f1"] is not None:
                    out[f"{role}.{mode}.f1"] = values["f1"]
        for name in ("relation", "agentless"):
            f1 = getattr(self, name)["f1"]
            if f1 is not None:
                out[f"{name}.f1"] = f1
        return out

    def lines(self) -> list[str]:
        def f(v: float | None) -> str:
            return "n/a" if v is None else f"{v:.3f}"

        out = [f"{self.corpus}: {self.docs} docs, {self.gold_relations} gold relations, "
               f"{self.predicted_relations} predicted"]  # fmt: skip
        for role in ROLES:
            ex, ov = self.roles[role]["exact"], self.roles[role]["overlap"]
            out.append(
                f"  {role:8} exact P {f(ex['precision'])} R {f(ex['recall'])} F1 {f(ex['f1'])}"
                f" | overlap P {f(ov['precision'])} R {f(ov['recall'])} F1 {f(ov['f1'])}"
            )
        for name in ("relation", "agentless"):
            v = getattr(self, name)
            out.append(f"  {name:9} P {f(v['precision'])} R {f(v['recall'])} F1 {f(v['f1'])}")
        out.append(f"  speed: {self.seconds:.1f} s")
        return out


def token_starts(text: str) -> tuple[list[int], list[int]]:
    spans = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    return [s for s, _ in spans], [e for _, e in spans]


def tokens_of(fragments: list[tuple[int, int]], starts: list[int], ends: list[int]) -> Tokens:
    """Indices of the word tokens any fragment overlaps."""
    from bisect import bisect_left, bisect_right

    out: set[int] = set()
    for start, end in fragments:
        # Tokens with end > start and start < end.
        lo = bisect_right(ends, start)
        hi = bisect_left(starts, end)
        out.update(range(lo, hi))
    return frozenset(out)


def read_ann(path: Path, starts: list[int], ends: list[int]) -> list[Relation]:
    spans: dict[str, Tokens] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T"):
            kind, _, offsets = parts[1].partition(" ")
            if kind not in ("Source", "Cue", "Content"):
                continue
            fragments = [tuple(int(x) for x in f.split()) for f in offsets.split(";")]
            spans[parts[0]] = tokens_of([(a, b) for a, b in fragments], starts, ends)
        elif parts[0].startswith("E"):
            args = dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg)
            events.append(args)
    relations = []
    for args in events:
        cue, content = spans.get(args.get("Cue", "")), spans.get(args.get("Content", ""))
        if cue is None or content is None:
            continue
        relations.append(Relation(spans.get(args.get("Source", "")), cue, content))
    return relations


def evaluate(
    directory: Path | str | None = None, limit: int | None = None, nlp: Language | None = None
) -> AttributionResult:
    """Score ``attribution.find_attributions`` on a PolNeAR split (default: dev)."""
    from sitrep.attribution import find_attributions

    root = Path(directory) if directory is not None else default_dir()
    texts = sorted((root / "text").glob("*.txt"))
    if not texts:
        raise ResourceError(f"{root}: no text/*.txt files (expected PolNeAR's brat layout)")
    anns = sorted((root / "attributions").glob("*.ann"))
    pairs: list[tuple[str, Path]] = []
    for text_path in texts:
        ann = next((a for a in anns if a.name.startswith(text_path.stem + "_")), None)
        if ann is not None:
            pairs.append((text_path.read_text("utf-8"), ann))
        if limit is not None and len(pairs) >= limit:
            break
    if nlp is None:
        from sitrep.nlp import load

        nlp = load()
    counts = {role: Counts() for role in ROLES}
    rel, agentless = [0, 0, 0], [0, 0, 0]  # matched, predicted, gold
    began = time.perf_counter()
    for (text, ann), doc in zip(pairs, nlp.pipe(t for t, _ in pairs), strict=True):
        starts, ends = token_starts(text)
        gold = read_ann(ann, starts, ends)
        predicted = []
        for outer in find_attributions(doc, nested=False):
            for source, cue, content in _as_polnear(outer):
                predicted.append(
                    Relation(
                        tokens_of([source], starts, ends) if source else None,
                        tokens_of([cue], starts, ends),
                        tokens_of(content, starts, ends),
                    )
                )
        predicted = list(dict.fromkeys(predicted))
        for role in ROLES:
            g = {s for r in gold if (s := getattr(r, role))}
            p = {s for r in predicted if (s := getattr(r, role))}
            counts[role].add(g, p)
        _match(gold, predicted, rel)
        _match([r for r in gold if r.source is None], [r for r in predicted if r.source is None],
               agentless)  # fmt: skip
    return AttributionResult(
        corpus=root.name,
        docs=len(pairs),
        roles={role: c.scores() for role, c in counts.items()},
        relation=prf(rel[0], rel[1], rel[0], rel[2]),
        agentless=prf(agentless[0], agentless[1], agentless[0], agentless[2]),
        gold_relations=rel[2],
        predicted_relations=rel[1],
        seconds=round(time.perf_counter() - began, 3),
    )


Offsets = tuple[int, int]


def _as_polnear(
    relation: AttributionRelation, citer: AttributionRelation | None = None
) -> list[tuple[Offsets | None, Offsets, list[Offsets]]]:
    """(source, cue, content fragments) of a relation and the sources it cites.

    sitrep reads "X, citing Y, said C" as X -> Y, both with content C (Y's words
    reach the reader through X); PolNeAR annotates the citing as X's own relation
    whose content is Y. The cited link is scored that way.
    """
    if relation.kind == "citing" and citer is not None and relation.source is not None:
        source = citer.source
        out = [
            (
                (source.start, source.end) if source else None,
                (relation.cue.start, relation.cue.end),
                [(relation.source.start, relation.source.end)],
            )
        ]
    else:
        source = relation.source
        out = [
            (
                (source.start, source.end) if source else None,
                (relation.cue.start, relation.cue.end),
                list(relation.content.fragments()),
            )
        ]
    for inner in relation.cited:
        out.extend(_as_polnear(inner, relation))
    return out


def _match(gold: list[Relation], predicted: list[Relation], tally: list[int]) -> None:
    used: set[int] = set()
    for p in predicted:
        for i, g in enumerate(gold):
            if i not in used and _same(g, p):
                used.add(i)
                break
    tally[0] += len(used)
    tally[1] += len(predicted)
    tally[2] += len(gold)


def _same(g: Relation, p: Relation) -> bool:
    cue_ok = bool(g.cue & p.cue) if g.cue else True
    if not (cue_ok and g.content & p.content):
        return False
    if g.source is None or p.source is None:
        return g.source is None and p.source is None
    return bool(g.source & p.source)
