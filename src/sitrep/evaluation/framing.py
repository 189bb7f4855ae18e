"""Framing evaluation on the Propaganda Techniques Corpus (SemEval-2020 Task 11).

Layout: ``ARTICLES_DIR/article<ID>.txt`` and a labels file with one
``ID<TAB>Technique<TAB>START<TAB>END`` line per annotated fragment (character
offsets into the article). Only ``Loaded_Language`` and
``Name_Calling,Labeling`` count: those are the techniques ``find_framing``
looks for.

Scoring is SemEval-2020's span identification measure (character overlap):
for predicted spans S and gold spans T of one article,

* precision = sum over s in S of |s ∩ T| / |s|, divided by |S|;
* recall = sum over t in T of |t ∩ S| / |t|, divided by |T|;

summed over articles before dividing. Overlapping gold fragments (a phrase
that is both loaded language and a label) are merged first, as are
overlapping predicted spans, so that no character counts twice.

With sitrep's own spans the result also says where the precision goes
(``by_source``): per source of a span (a lexicon term, a scare quote, a
pattern, the trained model) how many spans, their mean overlap share, and the
share that touches no gold span at all (a whole false positive, as opposed to
a boundary error).

The split: PTC has no public gold beyond its training part, so sitrep holds
out the training articles whose numeric id is divisible by 5 (``heldout``,
the default) and trains its framing model on the rest (``train``).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from sitrep.errors import ResourceError
from sitrep.evaluation import metrics

if TYPE_CHECKING:
    from spacy.language import Language

TECHNIQUES = ("Loaded_Language", "Name_Calling,Labeling")
#: Every ``HELD_OUT_MOD``-th article (by id) is held out of training.
HELD_OUT_MOD = 5
Split = Literal["heldout", "train", "all"]
Spans = list[tuple[int, int]]


def is_held_out(article_id: str) -> bool:
    """Whether an article belongs to sitrep's held-out part of PTC train."""
    return int(article_id) % HELD_OUT_MOD == 0


def in_split(article_id: str, split: Split) -> bool:
    if split == "all":
        return True
    return is_held_out(article_id) == (split == "heldout")


def read_labels(
    labels_file: Path | str, techniques: Iterable[str] = TECHNIQUES
) -> dict[str, list[tuple[int, int, str]]]:
    """Article id -> (start, end, technique) for the chosen techniques."""
    wanted = set(techniques)
    out: dict[str, list[tuple[int, int, str]]] = {}
    try:
        lines = Path(labels_file).read_text("utf-8").splitlines()
    except OSError as exc:
        raise ResourceError(f"{labels_file}: cannot read the PTC labels file ({exc})") from exc
    for line in lines:
        parts = line.split("\t")
        if len(parts) != 4 or parts[1] not in wanted:
            continue
        out.setdefault(parts[0], []).append((int(parts[2]), int(parts[3]), parts[1]))
    return out


def read_articles(
    articles_dir: Path | str, split: Split = "heldout", limit: int | None = None
) -> list[tuple[str, str]]:
    """(article id, text) in id order, for the articles of ``split``."""
    root = Path(articles_dir)
    paths = sorted(root.glob("article*.txt"))
    if not paths:
        raise ResourceError(f"{root}: no article*.txt files (expected PTC's layout)")
    out = []
    for path in paths:
        article_id = path.stem.removeprefix("article")
        if article_id.isdigit() and in_split(article_id, split):
            out.append((article_id, path.read_text("utf-8")))
            if limit is not None and len(out) >= limit:
                break
    return out


def merged(spans: Iterable[tuple[int, int]]) -> Spans:
    """Overlapping or touching-inside spans joined; empty spans dropped."""
    out: Spans = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _covered(span: tuple[int, int], others: Spans) -> int:
    start, end = span
    return sum(max(0, min(end, b) - max(start, a)) for a, b in others)


@dataclass
class SpanTally:
    """Sums over articles of SemEval's per-span overlap shares."""

    gold: int = 0
    predicted: int = 0
    precision_sum: float = 0.0
    recall_sum: float = 0.0

    def add(self, gold: Iterable[tuple[int, int]], predicted: Iterable[tuple[int, int]]) -> None:
        g, p = merged(gold), merged(predicted)
        self.gold += len(g)
        self.predicted += len(p)
        self.precision_sum += sum(_covered(s, g) / (s[1] - s[0]) for s in p)
        self.recall_sum += sum(_covered(t, p) / (t[1] - t[0]) for t in g)

    def scores(self) -> dict[str, float | None]:
        p = metrics.ratio(self.precision_sum, self.predicted)
        r = metrics.ratio(self.recall_sum, self.gold)
        f1 = 2 * p * r / (p + r) if p is not None and r is not None and p + r else None
        return {
            "precision": metrics.rounded(p),
            "recall": metrics.rounded(r),
            "f1": metrics.rounded(f1),
        }


#: Where a predicted span came from, for the precision breakdown.
SOURCES = ("lexicon", "scare_quote", "pattern", "model")


@dataclass
class SourceTally:
    """Per-source sums of predicted spans, their overlap shares and the spans touching no gold."""

    spans: dict[str, int] = field(default_factory=dict)
    share: dict[str, float] = field(default_factory=dict)
    unmatched: dict[str, int] = field(default_factory=dict)

    def add(self, gold: Iterable[tuple[int, int]], predicted: Iterable[Sourced]) -> None:
        g = merged(gold)
        for start, end, source in predicted:
            if end <= start:
                continue
            covered = _covered((start, end), g)
            self.spans[source] = self.spans.get(source, 0) + 1
            self.share[source] = self.share.get(source, 0.0) + covered / (end - start)
            self.unmatched[source] = self.unmatched.get(source, 0) + (covered == 0)

    def as_dict(self) -> dict[str, dict[str, float | int | None]]:
        return {
            source: {
                "spans": n,
                "precision": metrics.rounded(metrics.ratio(self.share[source], n)),
                "unmatched": metrics.rounded(metrics.ratio(self.unmatched[source], n)),
            }
            for source in SOURCES
            if (n := self.spans.get(source, 0))
        }


@dataclass
class FramingResult:
    corpus: str
    split: str
    docs: int
    scores: dict[str, float | None]
    gold_spans: int
    predicted_spans: int
    seconds: float
    #: Precision per span source (:class:`SourceTally`), when sitrep's own spans were scored.
    by_source: dict[str, dict[str, float | int | None]] | None = None

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            **self.scores,
            "split": self.split,
            "docs": self.docs,
            "gold_spans": self.gold_spans,
            "predicted_spans": self.predicted_spans,
            "seconds": self.seconds,
        }
        if self.by_source is not None:
            out["by_source"] = self.by_source
        return out

    def metrics(self) -> dict[str, float]:
        return {f"framing.{k}": v for k, v in self.scores.items() if v is not None}

    def lines(self) -> list[str]:
        def f(v: float | None) -> str:
            return "n/a" if v is None else f"{v:.3f}"

        s = self.scores
        return [
            f"{self.corpus} ({self.split}): {self.docs} articles, {self.gold_spans} gold spans "
            f"(merged), {self.predicted_spans} predicted",
            f"  framing  P {f(s['precision'])} R {f(s['recall'])} F1 {f(s['f1'])}",
            *(
                f"    {source}: {row['spans']} spans, P {f(row['precision'])}, "
                f"{f(row['unmatched'])} touch no gold span"
                for source, row in (self.by_source or {}).items()
            ),
            f"  speed: {self.seconds:.1f} s",
        ]


Predictor = Callable[[list[str]], list[Spans]]
#: (start, end, source) of a predicted span.
Sourced = tuple[int, int, str]


def evaluate(
    articles_dir: Path | str,
    labels_file: Path | str,
    limit: int | None = None,
    split: Split = "heldout",
    nlp: Language | None = None,
    predict: Predictor | None = None,
) -> FramingResult:
    """Score framing spans (``attribution.find_framing`` unless ``predict`` is given)."""
    articles = read_articles(articles_dir, split, limit)
    gold = read_labels(labels_file)
    began = time.perf_counter()
    texts = [text for _, text in articles]
    sources: SourceTally | None = None
    if predict is None:
        sourced = _sourced_spans(texts, nlp)
        predicted = [[(s, e) for s, e, _ in spans] for spans in sourced]
        sources = SourceTally()
    else:
        sourced = [[] for _ in texts]
        predicted = predict(texts)
    tally = SpanTally()
    for (article_id, _), spans, found in zip(articles, predicted, sourced, strict=True):
        article_gold = [(s, e) for s, e, _ in gold.get(article_id, [])]
        tally.add(article_gold, spans)
        if sources is not None:
            sources.add(article_gold, found)
    return FramingResult(
        corpus=Path(articles_dir).name,
        split=split,
        docs=len(articles),
        scores=tally.scores(),
        gold_spans=tally.gold,
        predicted_spans=tally.predicted,
        seconds=round(time.perf_counter() - began, 3),
        by_source=None if sources is None else sources.as_dict(),
    )


def _sourced_spans(texts: list[str], nlp: Language | None) -> list[list[Sourced]]:
    """``find_framing``'s spans of each text, each with its source (see :func:`source_of`)."""
    from sitrep.attribution import find_framing
    from sitrep.attribution.lexicon import framing_terms

    pipeline = nlp
    if pipeline is None:
        from sitrep.nlp import load

        pipeline = load()
    terms = framing_terms()
    return [
        [(f.start, f.end, source_of(f.text, f.kind, terms)) for f in find_framing(doc)]
        for doc in pipeline.pipe(texts)
    ]


def source_of(text: str, kind: str, terms: dict[str, str]) -> str:
    """Which part of ``find_framing`` made a span: its text and kind tell them apart.

    A lexicon term is matched whole, so its text is a term; scare quotes and
    "what they call" keep their own kinds; every other span is the model's.
    """
    if kind == "scare_quote":
        return "scare_quote"
    if kind == "distancing" and text.lower().startswith("what "):
        return "pattern"
    return "lexicon" if text.lower() in terms else "model"


def learned_predictor(nlp: Language | None = None) -> Predictor:
    """Only the learned n-gram spans (``framing_learned``), without sitrep's conflict lexicon.

    PTC is mostly US politics, where the conflict lexicon ("regime", "martyrs")
    adds more false than true spans; this scores the learned part alone.
    """

    def predict(texts: list[str]) -> list[Spans]:
        from sitrep.attribution.framing_learned import learned_spans

        pipeline = nlp
        if pipeline is None:
            from sitrep.nlp import load

            pipeline = load()
        return [
            [(doc[a].idx, doc[b - 1].idx + len(doc[b - 1])) for a, b, _ in learned_spans(doc)]
            for doc in pipeline.pipe(texts)
        ]

    return predict
