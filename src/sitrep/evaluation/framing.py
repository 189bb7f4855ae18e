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

The split: PTC has no public gold beyond its training part, so sitrep holds
out the training articles whose numeric id is divisible by 5 (``heldout``,
the default) and trains its framing model on the rest (``train``).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
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


@dataclass
class FramingResult:
    corpus: str
    split: str
    docs: int
    scores: dict[str, float | None]
    gold_spans: int
    predicted_spans: int
    seconds: float

    def as_dict(self) -> dict[str, Any]:
        return {
            **self.scores,
            "split": self.split,
            "docs": self.docs,
            "gold_spans": self.gold_spans,
            "predicted_spans": self.predicted_spans,
            "seconds": self.seconds,
        }

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
            f"  speed: {self.seconds:.1f} s",
        ]


Predictor = Callable[[list[str]], list[Spans]]


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
    if predict is None:
        predict = _find_framing_predictor(nlp)
    began = time.perf_counter()
    predicted = predict([text for _, text in articles])
    tally = SpanTally()
    for (article_id, _), spans in zip(articles, predicted, strict=True):
        tally.add(((s, e) for s, e, _ in gold.get(article_id, [])), spans)
    return FramingResult(
        corpus=Path(articles_dir).name,
        split=split,
        docs=len(articles),
        scores=tally.scores(),
        gold_spans=tally.gold,
        predicted_spans=tally.predicted,
        seconds=round(time.perf_counter() - began, 3),
    )


def _find_framing_predictor(nlp: Language | None) -> Predictor:
    def predict(texts: list[str]) -> list[Spans]:
        from sitrep.attribution import find_framing

        pipeline = nlp
        if pipeline is None:
            from sitrep.nlp import load

            pipeline = load()
        return [[(f.start, f.end) for f in find_framing(doc)] for doc in pipeline.pipe(texts)]

    return predict


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
