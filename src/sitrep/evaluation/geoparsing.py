"""Geoparsing evaluation: recognition and resolution of toponyms against gold XML.

Each article is parsed with spaCy (``nlp.pipe``) and ``geo.find_places``. A gold
toponym is *found* when a predicted place overlaps its character span (the
prediction sharing most characters with it is the one scored). Then:

* span ``recall``: gold toponyms (all of them) with an overlapping prediction;
  span ``precision``: predicted places overlapping some gold toponym;
* ``acc161``: gold toponyms *with coordinates* whose prediction lies within
  161 km, missing ones counting as wrong; ``acc161_found`` over found ones;
* ``mean_km``, ``median_km``, ``auc`` (Gritta et al.'s area under the log-error
  curve, lower is better) over found toponyms with coordinates.

``gold_spans=True`` is the "gold spans given" setting of the literature: the
gold character spans go to ``geo.resolve_spans`` (recognition skipped, same
disambiguation), so recall is 100 % of the spans the gazetteer can answer and
``acc161`` measures resolution alone.

Misses are split in two: ``no_candidate`` (no prediction for the toponym: in
gold-spans mode the gazetteer has no entry under any spelling tried, end to end
the toponym was not recognised either) and ``wrong_choice`` (a prediction more
than 161 km from the gold point).
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sitrep.evaluation import metrics
from sitrep.evaluation.corpora import GoldArticle, GoldToponym, read_corpus
from sitrep.evaluation.paths import shared_data
from sitrep.geodesy import haversine_km

if TYPE_CHECKING:
    from spacy.language import Language

    from sitrep.geo import Gazetteer
    from sitrep.model import Place

#: How many worst errors a result keeps, for a person to look at.
WORST_KEPT = 10


def default_corpus(name: str = "lgl") -> Path:
    """Path of a shared corpus by short name: ``lgl``, ``TR-News`` or ``GeoVirus``."""
    return shared_data() / "geoparsing" / f"{name}.xml"


@dataclass
class Miss:
    """A gold toponym resolved far from its gold point (or not found at all)."""

    article: str
    text: str
    start: int
    predicted: str | None
    error_km: float | None


@dataclass
class GeoResult:
    corpus: str
    docs: int
    gold: int
    gold_with_coordinates: int
    predicted: int
    found: int
    gold_spans: bool
    recall: float | None
    precision: float | None
    exact_recall: float | None
    exact_precision: float | None
    acc161: float | None
    acc161_found: float | None
    mean_km: float | None
    median_km: float | None
    auc: float | None
    seconds: float
    seconds_geo: float
    docs_per_s: float | None
    #: Gold toponyms whose offsets were re-anchored to the phrase (see corpora.py).
    shifted_offsets: int = 0
    #: Gold toponyms with coordinates and no prediction (coverage or recognition).
    no_candidate: int = 0
    #: Gold toponyms with coordinates predicted more than 161 km away.
    wrong_choice: int = 0
    worst: list[Miss] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def metrics(self) -> dict[str, float]:
        """The numbers the gate can pin (``None`` ones left out)."""
        keys = ("recall", "precision", "acc161", "acc161_found", "mean_km", "median_km", "auc")
        values = {k: getattr(self, k) for k in keys}
        return {k: float(v) for k, v in values.items() if v is not None}

    def lines(self) -> list[str]:
        def pct(v: float | None) -> str:
            return "n/a" if v is None else f"{100 * v:.1f}%"

        def km(v: float | None) -> str:
            return "n/a" if v is None else f"{v:.0f} km"

        mode = "gold spans" if self.gold_spans else "end to end"
        return [
            f"{self.corpus}: {self.docs} docs, {self.gold} gold toponyms "
            f"({self.gold_with_coordinates} with coordinates), {self.predicted} predicted "
            f"[{mode}]",
            f"  spans: recall {pct(self.recall)}, precision {pct(self.precision)} (overlap); "
            f"exact recall {pct(self.exact_recall)}, exact precision {pct(self.exact_precision)}",
            f"  acc@161km {pct(self.acc161)} of all gold, {pct(self.acc161_found)} of found; "
            f"misses: {self.no_candidate} no candidate, {self.wrong_choice} wrong choice",
            f"  error: mean {km(self.mean_km)}, median {km(self.median_km)}, "
            f"AUC {'n/a' if self.auc is None else f'{self.auc:.3f}'}",
            f"  speed: {self.seconds:.1f} s, "
            f"{'n/a' if self.docs_per_s is None else f'{self.docs_per_s:.1f}'} docs/s "
            f"(geo {self.seconds_geo:.1f} s)",
        ]


@dataclass
class Tally:
    """Running counts over the articles of one evaluation."""

    gold: int = 0
    gold_coords: int = 0
    predicted: int = 0
    found: int = 0
    exact_found: int = 0
    predicted_hit: int = 0
    predicted_exact: int = 0
    correct161: int = 0
    no_candidate: int = 0
    wrong_choice: int = 0
    shifted: int = 0
    errors: list[float] = field(default_factory=list)
    misses: list[Miss] = field(default_factory=list)


def evaluate(
    corpus_path: Path | str | None = None,
    limit: int | None = None,
    gazetteer: Gazetteer | None = None,
    nlp: Language | None = None,
    *,
    gold_spans: bool = False,
    batch_size: int = 32,
) -> GeoResult:
    """Score ``geo.find_places`` on a gold XML corpus (default: the shared LGL)."""
    from sitrep import geo

    path = Path(corpus_path) if corpus_path is not None else default_corpus()
    articles = read_corpus(path, limit)
    if nlp is None:
        from sitrep.nlp import load

        nlp = load()
    if gazetteer is None:
        gazetteer = geo.Gazetteer.open(None)
    tally = Tally()
    geo_seconds = 0.0
    began = time.perf_counter()
    docs = nlp.pipe((a.text for a in articles), batch_size=batch_size)
    for article, doc in zip(articles, docs, strict=True):
        t0 = time.perf_counter()
        if gold_spans:
            spans = [(t.start, t.end) for t in article.toponyms]
            given = geo.resolve_spans(doc, spans, gazetteer)
            places = [p for p in given if p is not None]
        else:
            places = geo.find_places(doc, gazetteer)
        geo_seconds += time.perf_counter() - t0
        score_article(article, places, tally)
    seconds = time.perf_counter() - began
    return _result(path, len(articles), tally, gold_spans, seconds, geo_seconds)


def score_article(article: GoldArticle, places: list[Place], tally: Tally) -> None:
    """Add one article's predictions to the running counts."""
    tally.gold += len(article.toponyms)
    tally.predicted += len(places)
    tally.shifted += sum(t.shifted for t in article.toponyms)
    for place in places:
        hits = [metrics.overlap(place.start, place.end, g.start, g.end) for g in article.toponyms]
        if any(hits):
            tally.predicted_hit += 1
        if any(place.start == g.start and place.end == g.end for g in article.toponyms):
            tally.predicted_exact += 1
    for gold in article.toponyms:
        best = _best_overlap(gold, places)
        if best is not None:
            tally.found += 1
            tally.exact_found += best.start == gold.start and best.end == gold.end
        if gold.lat is None or gold.lon is None:
            continue
        tally.gold_coords += 1
        if best is None:
            tally.no_candidate += 1
            tally.misses.append(Miss(article.id, gold.text, gold.start, None, None))
            continue
        error = haversine_km(gold.lat, gold.lon, best.lat, best.lon)
        tally.errors.append(error)
        if error <= metrics.ACC_RADIUS_KM:
            tally.correct161 += 1
        else:
            tally.wrong_choice += 1
            tally.misses.append(Miss(article.id, gold.text, gold.start, best.name, error))


def _best_overlap(gold: GoldToponym, places: list[Place]) -> Place | None:
    best: Place | None = None
    best_len = 0
    for place in places:
        n = metrics.overlap(place.start, place.end, gold.start, gold.end)
        if n > best_len:
            best, best_len = place, n
    return best


def _result(
    path: Path, docs: int, t: Tally, gold_spans: bool, seconds: float, geo_seconds: float
) -> GeoResult:
    r = metrics.rounded
    # Largest errors first, then toponyms not found at all (error None sorts lowest).
    worst = sorted(t.misses, key=lambda m: -1.0 if m.error_km is None else m.error_km)
    return GeoResult(
        corpus=path.name,
        docs=docs,
        gold=t.gold,
        gold_with_coordinates=t.gold_coords,
        predicted=t.predicted,
        found=t.found,
        gold_spans=gold_spans,
        recall=r(metrics.ratio(t.found, t.gold)),
        precision=r(metrics.ratio(t.predicted_hit, t.predicted)),
        exact_recall=r(metrics.ratio(t.exact_found, t.gold)),
        exact_precision=r(metrics.ratio(t.predicted_exact, t.predicted)),
        acc161=r(metrics.ratio(t.correct161, t.gold_coords)),
        acc161_found=r(metrics.ratio(t.correct161, len(t.errors))),
        mean_km=r(metrics.mean(t.errors), 1),
        median_km=r(metrics.median(t.errors), 1),
        auc=r(metrics.auc_log_error(t.errors)),
        seconds=round(seconds, 3),
        seconds_geo=round(geo_seconds, 3),
        docs_per_s=r(metrics.ratio(docs, seconds), 2),
        shifted_offsets=t.shifted,
        no_candidate=t.no_candidate,
        wrong_choice=t.wrong_choice,
        worst=worst[::-1][:WORST_KEPT],
    )
