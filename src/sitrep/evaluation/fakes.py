"""FA-KES main-event location: is ``geo.main_location`` in the gold governorate?

FA-KES (Salem et al. 2019) labels each article about the Syrian war with the
governorate of its main event (``location`` column: aleppo, damascus, idlib,
deir ezzor, ...). For each article the text (``article_content``, which
repeats the title) goes through spaCy, ``geo.find_places`` and
``geo.main_location``; the point is turned into a governorate by the rule in
:mod:`sitrep.evaluation.governorates` (admin1 name/code first, else the nearest
governorate seat for a place inside Syria). Rif Dimashq counts as Damascus.

* ``accuracy``: predicted governorate == gold, over all scored rows (no location
  counts as wrong);
* ``accuracy_50km``: the same, also counting a point within 50 km of the gold
  governorate's seat (lenient for places on a border);
* ``coverage``: rows with any location.
"""

from __future__ import annotations

import csv
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sitrep.errors import ResourceError
from sitrep.evaluation import governorates as gov
from sitrep.evaluation import metrics
from sitrep.evaluation.paths import shared_data
from sitrep.geodesy import haversine_km
from sitrep.nlp import prepare

if TYPE_CHECKING:
    from spacy.language import Language

    from sitrep.geo import Gazetteer
    from sitrep.model import GeoPoint

#: Distance (km) from the gold governorate's seat within which ``accuracy_50km``
#: accepts a point that the governorate rule placed elsewhere.
NEAR_SEAT_KM = 50.0
#: Confusion pairs kept in a result.
CONFUSIONS_KEPT = 10


def default_csv() -> Path:
    return shared_data() / "fa-kes" / "fa-kes-dev.csv"


@dataclass(frozen=True)
class Row:
    id: str
    text: str
    label: str
    #: The headline as ingest keeps it (:func:`sitrep.ingest.titles.headline`): the
    #: pipeline parses a headline glued to the lead as a sentence of its own.
    title: str | None = None


@dataclass
class FakesResult:
    corpus: str
    rows: int
    #: Rows whose label names no known governorate (left out of every number).
    unlabelled: int
    located: int
    correct: int
    correct_50km: int
    accuracy: float | None
    accuracy_50km: float | None
    coverage: float | None
    seconds: float
    docs_per_s: float | None
    #: gold label -> predicted governorate (or "none" / "outside:CC" / "country:CC"), count.
    confusions: list[tuple[str, str, int]] = field(default_factory=list)
    #: gold label -> [correct, total].
    by_label: dict[str, list[int]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def metrics(self) -> dict[str, float]:
        values = {
            "accuracy": self.accuracy,
            "accuracy_50km": self.accuracy_50km,
            "coverage": self.coverage,
        }
        return {k: float(v) for k, v in values.items() if v is not None}

    def lines(self) -> list[str]:
        def pct(v: float | None) -> str:
            return "n/a" if v is None else f"{100 * v:.1f}%"

        scored = self.rows - self.unlabelled
        out = [
            f"{self.corpus}: {scored} articles scored ({self.unlabelled} without a known label)",
            f"  main location in gold governorate: {pct(self.accuracy)} "
            f"({self.correct}/{scored}); within {NEAR_SEAT_KM:.0f} km of its seat too: "
            f"{pct(self.accuracy_50km)}",
            f"  coverage (any location): {pct(self.coverage)}",
            f"  speed: {self.seconds:.1f} s, "
            f"{'n/a' if self.docs_per_s is None else f'{self.docs_per_s:.1f}'} docs/s",
        ]
        if self.confusions:
            pairs = ", ".join(f"{g}->{p} x{n}" for g, p, n in self.confusions)
            out.append(f"  top confusions: {pairs}")
        return out


def read_rows(csv_path: Path | str, limit: int | None = None) -> list[Row]:
    """Read FA-KES-style rows: ``article_content`` (or title) and ``location``."""
    # Imported here: the ingest package loads its readers (HTML, PDF) up front.
    from sitrep.ingest.options import clean_field
    from sitrep.ingest.titles import headline

    path = Path(csv_path)
    rows: list[Row] = []
    try:
        with path.open(newline="", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            missing = {"location"} - set(reader.fieldnames or [])
            if missing:
                raise ResourceError(f"{path}: no 'location' column")
            for index, record in enumerate(reader):
                if limit is not None and len(rows) >= limit:
                    break
                text = (record.get("article_content") or record.get("article_title") or "").strip()
                title = headline(
                    clean_field(record.get("article_title")), clean_field(record.get("source"))
                )
                rows.append(
                    Row(
                        record.get("unit_id") or str(index),
                        text,
                        record["location"].strip(),
                        title,
                    )
                )
    except FileNotFoundError as exc:
        raise ResourceError(f"{path}: no such file") from exc
    return rows


def classify(point: GeoPoint | None) -> tuple[gov.Governorate | None, str]:
    """The governorate a predicted point falls in, and a short name of the outcome."""
    if point is None:
        return None, "none"
    if point.admin1:
        found = gov.from_admin1(point.admin1, point.country_code)
        if found is not None:
            return found, found.code
    country = point.country_code
    if _is_country(point):
        return None, f"country:{country or point.name}"
    if country == "SY" or (country is None and gov.in_syria_box(point.lat, point.lon)):
        found, _ = gov.nearest(point.lat, point.lon)
        return found, found.code
    return None, f"outside:{country or '?'}"


def _is_country(point: GeoPoint) -> bool:
    """A country-level point ("Syria"): it names no governorate, so it scores as wrong."""
    if point.admin1:
        return False
    key = gov.fold(point.name)
    if key == "syria":
        return True
    if not point.country_code:
        return False
    import pycountry

    country = pycountry.countries.get(alpha_2=point.country_code)
    if country is None:
        return False
    names = {getattr(country, a, "") for a in ("name", "common_name", "official_name")}
    return key in {gov.fold(n) for n in names if n}


def is_correct(point: GeoPoint | None, gold: gov.Governorate) -> tuple[bool, bool, str]:
    """(strict, lenient 50 km, outcome name) for one prediction."""
    found, outcome = classify(point)
    strict = found is not None and found.scored_as == gold.scored_as
    near = (
        point is not None
        and not strict
        and not outcome.startswith("country:")
        and haversine_km(point.lat, point.lon, gold.lat, gold.lon) <= NEAR_SEAT_KM
    )
    return strict, strict or near, outcome


def evaluate(
    csv_path: Path | str | None = None,
    limit: int | None = None,
    gazetteer: Gazetteer | None = None,
    nlp: Language | None = None,
    *,
    batch_size: int = 32,
) -> FakesResult:
    """Score ``geo.main_location`` against FA-KES governorate labels (default: dev set)."""
    from sitrep import geo

    path = Path(csv_path) if csv_path is not None else default_csv()
    rows = read_rows(path, limit)
    if nlp is None:
        from sitrep.nlp import load

        nlp = load()
    if gazetteer is None:
        gazetteer = geo.Gazetteer.open(None)
    labelled = [(row, g) for row in rows if (g := gov.from_label(row.label)) is not None]
    confusions: Counter[tuple[str, str]] = Counter()
    by_label: dict[str, list[int]] = {}
    located = correct = correct_50 = 0
    began = time.perf_counter()
    docs = nlp.pipe(
        (prepare(nlp, row.text, row.title) for row, _ in labelled), batch_size=batch_size
    )
    for (row, gold), doc in zip(labelled, docs, strict=True):
        point = geo.main_location(geo.find_places(doc, gazetteer), doc)
        strict, lenient, outcome = is_correct(point, gold)
        located += point is not None
        correct += strict
        correct_50 += lenient
        tally = by_label.setdefault(row.label, [0, 0])
        tally[0] += strict
        tally[1] += 1
        if not strict:
            confusions[(row.label, outcome)] += 1
    seconds = time.perf_counter() - began
    n = len(labelled)
    return FakesResult(
        corpus=path.name,
        rows=len(rows),
        unlabelled=len(rows) - n,
        located=located,
        correct=correct,
        correct_50km=correct_50,
        accuracy=metrics.rounded(metrics.ratio(correct, n)),
        accuracy_50km=metrics.rounded(metrics.ratio(correct_50, n)),
        coverage=metrics.rounded(metrics.ratio(located, n)),
        seconds=round(seconds, 3),
        docs_per_s=metrics.rounded(metrics.ratio(n, seconds), 2),
        confusions=[(g, p, k) for (g, p), k in confusions.most_common(CONFUSIONS_KEPT)],
        by_label=by_label,
    )
