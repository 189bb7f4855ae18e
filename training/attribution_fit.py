"""How the attribution models are fitted and scored (used by ``train_attribution.py``).

Full-batch Adam logistic regression over hashed features, the four scores the
thresholds are chosen by (source exact, cue exact, content overlap and relation F1 of
the whole of ``find_attributions``), and the thresholds chosen by five-fold
cross-fitting over every train document where one held-out fifth changes too few
relations to tell a gain from noise. Items are ``train_attribution.Item`` rows.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy

from sitrep.attribution import cue_extent as ce
from sitrep.attribution import cue_model as cm
from sitrep.attribution import find_attributions, nesting
from sitrep.attribution import nested_check as nc
from sitrep.attribution import relation_filter as rf
from sitrep.attribution.cue_extent_rows import extent_rows
from sitrep.evaluation import polnear as pn

#: Thresholds tried for the cue extent model (1.0: never extend; first, so it wins ties).
EXTENT_THRESHOLDS = (1.0, 0.7, 0.5)


def noun_keys(items: list[Any], least: int) -> frozenset[int]:
    """Lemma keys of the nouns that were cues at least ``least`` times in ``items``."""
    counts: dict[int, int] = {}
    for it in items:
        for key, y in zip(it.noun, it.y, strict=True):
            if key is not None and y:
                counts[key] = counts.get(key, 0) + 1
    return frozenset(k for k, n in counts.items() if n >= least)


def train(
    items: list[Any], nouns: frozenset[int], epochs: int, l2: float, rate: float = 0.05
) -> Any:
    """Logistic-regression weights by full-batch Adam (hashed features, value 1 each).

    Noun rows count only for the lemmas in ``nouns``: the others are never scored.
    """
    keep = [[k is None or k in nouns for k in it.noun] for it in items]
    rows = [
        r for it, ks in zip(items, keep, strict=True) for r, k in zip(it.ids, ks, strict=True) if k
    ]
    ids, mask = _padded(rows)
    y = numpy.array(
        [v for it, ks in zip(items, keep, strict=True) for v, k in zip(it.y, ks, strict=True) if k]
    )
    return _adam(ids, mask, y, cm.BUCKETS, epochs, l2, rate)


#: Folds of the cross-fitted threshold choices (documents by position, i % FOLDS).
FOLDS = 5


def folds(items: list[Any]) -> Iterator[tuple[list[Any], list[Any]]]:
    """Each fold of ``items`` with the rest: (training part, scored part)."""
    for k in range(FOLDS):
        yield (
            [it for i, it in enumerate(items) if i % FOLDS != k],
            [it for i, it in enumerate(items) if i % FOLDS == k],
        )


def add_fold(mean: dict[str, float], scores: dict[str, Any]) -> None:
    """Add one fold's scores to the running means (rounded as the log prints them)."""
    for name, value in scores.items():
        mean[name] = round(mean.get(name, 0.0) + (value or 0.0) / FOLDS, 4)


def best_of(values: tuple[float, ...], means: dict[float, dict[str, float]]) -> float:
    """The setting with the best mean sum of the scores (the first of equals)."""
    return max(values, key=lambda t: sum(means[t].values()))


def extent_by_folds(
    items: list[Any], threshold: float, noun_threshold: float, args: Any
) -> tuple[float, dict[float, dict[str, float]]]:
    """The cue extent threshold by five-fold cross-fitting over every train document.

    It changes a few cues per fold (the held-out fifth alone cannot tell a gain from
    noise): for each fold the cue and extent models are trained on the other four and
    the fold is scored with each of :data:`EXTENT_THRESHOLDS`; the threshold with the
    best mean sum of the four scores wins.
    """
    means: dict[float, dict[str, float]] = {t: {} for t in EXTENT_THRESHOLDS}
    for rest, fold in folds(items):
        nouns = noun_keys(rest, args.min_noun)
        weights = train(rest, nouns, args.epochs, args.l2)
        rows, labels = extent_rows(rest)
        extent = fit_rows(rows, labels, ce.BUCKETS, args.epochs, args.l2)
        for t in EXTENT_THRESHOLDS:
            model = ce.ExtentModel(extent, t) if t < 1.0 else None
            scores = score(fold, cm.CueModel(weights, threshold, noun_threshold, nouns, model))
            add_fold(means[t], scores)
    return best_of(EXTENT_THRESHOLDS, means), means


def fit_rows(
    rows: list[list[int]], labels: list[float], buckets: int, epochs: int, l2: float
) -> Any:
    """Logistic-regression weights of the relation check (as :func:`train`)."""
    ids, mask = _padded(rows)
    y = numpy.array(labels)
    return _adam(ids, mask, y, buckets, epochs, l2)


def _padded(rows: list[list[int]]) -> tuple[Any, Any]:
    """Feature-id rows as one padded id matrix and its 0/1 mask."""
    width = max(len(r) for r in rows)
    # Pad with a bucket that no feature uses twice in a row: index 0, weight kept at 0.
    ids = numpy.zeros((len(rows), width), dtype=numpy.int64)
    mask = numpy.zeros((len(rows), width), dtype=numpy.float64)
    for n, r in enumerate(rows):
        ids[n, : len(r)] = r
        mask[n, : len(r)] = 1.0
    return ids, mask


def _adam(
    ids: Any, mask: Any, y: Any, buckets: int, epochs: int, l2: float, rate: float = 0.05
) -> Any:
    """Full-batch Adam on the logistic loss (hashed features of value 1, padded by mask)."""
    n = len(y)
    flat = ids.ravel()
    w = numpy.zeros(buckets, dtype=numpy.float64)
    m, v = numpy.zeros_like(w), numpy.zeros_like(w)
    for step in range(1, epochs + 1):
        z = (w[ids] * mask).sum(axis=1)
        p = 1.0 / (1.0 + numpy.exp(-z))
        residual = ((p - y)[:, None] * mask).ravel()
        grad = numpy.bincount(flat, weights=residual, minlength=buckets) / n + l2 * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= rate * (m / (1 - 0.9**step)) / (numpy.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return w.astype(numpy.float32)


def _as_scored(relation: Any, starts: Any, ends: Any) -> list[pn.Relation]:
    """``relation`` as the scorer reads it (token sets of source, cue and content)."""
    return [
        pn.Relation(
            pn.tokens_of([source], starts, ends) if source else None,
            pn.tokens_of([cue_span], starts, ends),
            pn.tokens_of(content, starts, ends),
        )
        for source, cue_span, content in pn._as_polnear(relation)
    ]


def score(
    items: list[Any],
    detector: cm.CueModel | bool,
    check: rf.RelationFilter | bool = False,
    inner: nc.NestedCheck | bool = False,
) -> dict[str, Any]:
    """The scores of find_attributions over ``items`` that the threshold is chosen by."""
    counts = {role: pn.Counts() for role in pn.ROLES}
    rel = [0, 0, 0]
    for it in items:
        starts, ends = pn.token_starts(it.doc.text)
        predicted = []
        for outer in find_attributions(
            it.doc, nested=False, learned=detector, check=check, inner=inner
        ):
            predicted.extend(_as_scored(outer, starts, ends))
        predicted = list(dict.fromkeys(predicted))
        for role in pn.ROLES:
            gold = {span for r in it.gold if (span := getattr(r, role))}
            counts[role].add(gold, {span for r in predicted if (span := getattr(r, role))})
        pn._match(it.gold, predicted, rel)
    return {
        "source_exact": counts["source"].scores()["exact"]["f1"],
        "cue_exact": counts["cue"].scores()["exact"]["f1"],
        "content_overlap": counts["content"].scores()["overlap"]["f1"],
        "relation": pn.prf(rel[0], rel[1], rel[0], rel[2])["f1"],
    }


def noun_by_folds(
    items: list[Any], threshold: float, values: tuple[float, ...], args: Any
) -> tuple[float, dict[float, dict[str, float]]]:
    """The noun threshold by five-fold cross-fitting over every train document.

    Noun cues are few: on one fifth neighbouring thresholds differ by a relation or
    two. For each fold the cue model is trained on the other four and the fold is
    scored with each of ``values`` (verbs at ``threshold``); the best mean sum of the
    four scores wins (the first of equals).
    """
    means: dict[float, dict[str, float]] = {t: {} for t in values}
    for rest, fold in folds(items):
        nouns = noun_keys(rest, args.min_noun)
        weights = train(rest, nouns, args.epochs, args.l2)
        for t in values:
            scores = score(fold, cm.CueModel(weights, threshold, t, nouns))
            add_fold(means[t], scores)
    return best_of(values, means), means


def filter_rows(items: list[Any], detector: cm.CueModel) -> tuple[list[list[int]], list[float]]:
    """Feature buckets and labels of the outermost relations (the relation check's rows).

    A relation is positive when its cue touches a gold cue (or, for a cue of
    punctuation only, when it matches a gold relation as the scorer counts it).
    """
    rows: list[list[int]] = []
    labels: list[float] = []
    for it in items:
        starts, ends = pn.token_starts(it.doc.text)
        gold_cues = [g.cue for g in it.gold if g.cue]
        quoted = rf.quoted_tokens(it.doc)
        for rel in find_attributions(
            it.doc, nested=False, learned=detector, check=False, inner=False
        ):
            cue_words = pn.tokens_of([(rel.cue.start, rel.cue.end)], starts, ends)
            if cue_words:
                good = any(cue_words & g for g in gold_cues)
            else:
                source = rel.source
                mine = pn.Relation(
                    pn.tokens_of([(source.start, source.end)], starts, ends) if source else None,
                    cue_words,
                    pn.tokens_of(list(rel.content.fragments()), starts, ends),
                )
                good = any(pn._same(g, mine) for g in it.gold)
            rows.append([rf.bucket(f) for f in rf.features(it.doc, rel, quoted)])
            labels.append(1.0 if good else 0.0)
    return rows, labels


def check_by_folds(
    items: list[Any], thresholds: tuple[float, float, float], values: tuple[float, ...], args: Any
) -> tuple[float, dict[float, dict[str, float]]]:
    """The relation check's threshold by five-fold cross-fitting (as :func:`noun_by_folds`).

    ``thresholds``: the cue model's verb, noun and extent thresholds. For each fold the
    cue, extent and check models are trained on the other four and the fold is scored
    with each of ``values`` (0.0: no check).
    """
    threshold, noun_threshold, extent_threshold = thresholds
    means: dict[float, dict[str, float]] = {t: {} for t in values}
    for rest, fold in folds(items):
        nouns = noun_keys(rest, args.min_noun)
        weights = train(rest, nouns, args.epochs, args.l2)
        extent = None
        if extent_threshold < 1.0:
            rows, labels = extent_rows(rest)
            extent_w = fit_rows(rows, labels, ce.BUCKETS, args.epochs, args.l2)
            extent = ce.ExtentModel(extent_w, extent_threshold)
        model = cm.CueModel(weights, threshold, noun_threshold, nouns, extent)
        rows, labels = filter_rows(rest, model)
        check = fit_rows(rows, labels, rf.BUCKETS, args.epochs, args.l2)
        for t in values:
            scores = score(fold, model, rf.RelationFilter(check, t) if t else False)
            add_fold(means[t], scores)
    return best_of(values, means), means


def nested_rows(
    items: list[Any], detector: cm.CueModel, check: rf.RelationFilter | bool
) -> tuple[list[list[int]], list[float]]:
    """Feature buckets and labels of the relations nested in another's content (the
    nested check's rows): positive when the relation matches a gold relation as the
    scorer counts it (a touching cue is not enough: a kept relation whose source or
    content is wrong costs more than it brings)."""
    rows: list[list[int]] = []
    labels: list[float] = []
    for it in items:
        starts, ends = pn.token_starts(it.doc.text)
        found = find_attributions(it.doc, nested=True, learned=detector)
        outer = nesting.outermost(found)
        kept = check.keep(it.doc, outer) if isinstance(check, rf.RelationFilter) else outer
        kept_ids = {id(r) for r in kept}
        quoted = rf.quoted_tokens(it.doc)
        for rel, holder in nc.candidates(found, outer):
            feats = nc.features(it.doc, rel, holder, id(holder) in kept_ids, quoted)
            rows.append([nc.bucket(f) for f in feats])
            mine = _as_scored(rel, starts, ends)
            good = any(pn._same(g, m) for g in it.gold for m in mine)
            labels.append(1.0 if good else 0.0)
    return rows, labels
