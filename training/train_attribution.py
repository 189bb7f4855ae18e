"""Train sitrep's learned cue detector on PolNeAR's train split.

Usage::

    python training/train_attribution.py ../shared/data/attribution/polnear/train \\
        src/sitrep/data/attribution_cues.npz [--cache /tmp/polnear_train.spacy]

The model (``sitrep.attribution.cue_model``) is a logistic regression over
hashed features of verbs the cue lexicon does not know, stance adjectives after
"be" and nouns with something to be about (``sitrep.attribution.cue_nouns``); a
candidate is positive when it lies inside a gold cue span. Only noun lemmas that
were cues at least ``--min-noun`` times are kept (their CRC-32 keys are saved).
Training is full-batch Adam in numpy.

Documents are split by their position in name order: every fifth one (i % 5 ==
0) is held out to choose the verbs' and adjectives' decision threshold, by the sum
of source exact, cue exact, content overlap and relation F1 of the whole of
``find_attributions`` (rules first, learned cues only where the rules have none);
the nouns' threshold is chosen next by the same sum averaged over five-fold
cross-fitting on every train document (noun cues are few: one fifth cannot tell
neighbouring thresholds apart). The shipped weights are then trained on every
train document and keep those thresholds. PolNeAR's dev split is never read here.
The fitting and scoring helpers are in ``attribution_fit.py``.

The relation check (``sitrep.attribution.relation_filter``) is trained next, on
the outermost relations the rules and the four-fifths cue model find in the same
four fifths (positive: the cue touches a gold cue); its threshold is chosen by the
same sum averaged over five folds (as the nouns'), the cue model's threshold is
tried again on the held-out fifth with the check in place, and the shipped check is
retrained on every document with the shipped cue model's relations.

Between the two, the cue extent model (``sitrep.attribution.cue_extent``: does an
accepted verb's cue reach over its object, "took issue with"?) is trained on the
candidate verbs of the four fifths that touch a gold cue (positive: the longer cue
is exactly the gold cue); its threshold is chosen by the same sum averaged over
five-fold cross-fitting on every train document (it changes too few cues for one
fifth to tell; 1.0: never extend); the shipped one is retrained on every document.

Last, the nested check (``sitrep.attribution.nested_check``: which relations nested
in another's content PolNeAR annotates all the same) is trained on the nested
relations of the four fifths, with the four-fifths cue model and check in place
(positive: the relation matches a gold relation); its threshold is chosen on the
held-out fifth (1.0: none put back); the shipped one is retrained on every document
with the shipped cue model and check.

Only numbers are saved: float16 weights indexed by feature hash, plus a
``meta`` JSON string (thresholds, held-out scores); ``filter_weights`` for the check,
``extent_weights`` for the cue extent model, ``nested_weights`` for the nested check.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

import numpy
from attribution_fit import (
    check_by_folds,
    extent_by_folds,
    filter_rows,
    fit_rows,
    nested_rows,
    noun_by_folds,
    noun_keys,
    score,
    train,
)

from sitrep.attribution import cue_extent as ce
from sitrep.attribution import cue_model as cm
from sitrep.attribution import find_attributions
from sitrep.attribution import nested_check as nc
from sitrep.attribution import relation_filter as rf
from sitrep.attribution.cue_extent_rows import extent_rows
from sitrep.attribution.cue_nouns import lemma_key
from sitrep.attribution.lexicon import cues
from sitrep.evaluation import polnear as pn

THRESHOLDS = (0.25, 0.35, 0.45, 0.5, 0.55, 0.65, 0.75)
#: Thresholds tried for the relation check (0.0: no check).
CHECK_THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45)
#: Thresholds tried for the nested check (1.0: none put back; first, so it wins ties).
NESTED_THRESHOLDS = (1.0, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7)


class Item:
    """One parsed document: candidate features and labels, gold relations."""

    def __init__(self, doc: Any, ann: Path) -> None:
        self.doc = doc
        starts, ends = pn.token_starts(doc.text)
        self.gold = pn.read_ann(ann, starts, ends)
        lex = cues()
        found = find_attributions(doc, nested=True, learned=False)
        ctx = cm.context(doc, found)
        taken: set[int] = set()
        for rel in found:
            span = doc.char_span(rel.cue.start, rel.cue.end, alignment_mode="expand")
            if span is not None:
                taken.update(range(span.start, span.end))
        #: Tokens of the rules' cues (not candidates of the cue model).
        self.taken = taken
        gold_cue_words: set[int] = set().union(*(g.cue for g in self.gold)) if self.gold else set()
        parse = cm.parse(doc)
        # Every noun is a candidate here: which lemmas the shipped model scores is
        # chosen from these rows (see noun_keys).
        nouns = [i for i, pos in enumerate(parse.pos) if pos == "NOUN" and parse.words[i].isalpha()]
        indices = sorted({*cm.candidates(parse, lex, taken), *(set(nouns) - taken)})
        kids = cm.children(parse, indices)
        indices = cm.with_content(parse, indices, kids)
        self.ids: list[list[int]] = []
        self.y: list[float] = []
        #: Per row, the noun's lemma key, or None for a verb or adjective.
        self.noun: list[int | None] = []
        for i in indices:
            tok = doc[i]
            words = pn.tokens_of([(tok.idx, tok.idx + len(tok))], starts, ends)
            self.ids.append([cm.bucket(f) for f in cm.features(parse, i, kids[i], lex, ctx)])
            self.y.append(1.0 if words & gold_cue_words else 0.0)
            self.noun.append(lemma_key(parse.lemma[i]) if parse.pos[i] == "NOUN" else None)


def load_items(root: Path, cache: Path | None) -> list[Item]:
    from spacy.tokens import DocBin

    from sitrep.nlp import load

    texts = sorted((root / "text").glob("*.txt"))
    anns = sorted((root / "attributions").glob("*.ann"))
    nlp = load()
    if cache is not None and cache.is_file():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe(p.read_text("utf-8") for p in texts))
        if cache is not None:
            DocBin(docs=docs, store_user_data=False).to_disk(cache)
    items = []
    for text, doc in zip(texts, docs, strict=True):
        # The first annotator's reading is the gold, as in sitrep.evaluation.polnear.
        ann = next((a for a in anns if a.name.startswith(text.stem + "_")), None)
        if ann is not None:
            items.append(Item(doc, ann))
    return items


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("polnear_train", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("--cache", type=Path, help="spaCy DocBin of the parsed texts")
    parser.add_argument("--epochs", type=int, default=200)
    parser.add_argument("--l2", type=float, default=1e-4)
    parser.add_argument(
        "--min-noun", type=int, default=2, help="train cues a noun lemma needs to be scored"
    )
    args = parser.parse_args()
    began = time.perf_counter()
    items = load_items(args.polnear_train, args.cache)
    fit = [it for i, it in enumerate(items) if i % 5]
    held = [it for i, it in enumerate(items) if not i % 5]
    positives = sum(sum(it.y) for it in items)
    candidates = sum(len(it.y) for it in items)
    print(f"{len(items)} documents, {candidates} candidates, {positives:.0f} positive "
          f"({time.perf_counter() - began:.0f} s)", flush=True)  # fmt: skip
    fit_nouns = noun_keys(fit, args.min_noun)
    weights = train(fit, fit_nouns, args.epochs, args.l2)
    baseline = score(held, False)
    print(f"held out, rules alone: {baseline}", flush=True)

    def choose(run: Any, values: tuple[float, ...], name: str) -> tuple[float, dict[str, Any]]:
        grid = []
        for value in values:
            scores = run(value)
            # The three goals (source exact, cue exact, content overlap F1) and
            # the relation F1, equally weighted.
            total = sum(v or 0.0 for v in scores.values())
            grid.append((total, value, scores))
            print(f"  {name} {value}: {scores}", flush=True)
        _, best, scores = max(grid, key=lambda g: g[0])
        return best, scores

    # Verbs and adjectives first (nouns off), then the nouns' own threshold.
    threshold, scores = choose(
        lambda t: score(held, cm.CueModel(weights, t)), THRESHOLDS, "threshold"
    )
    # Nouns by five folds (see noun_by_folds); the fifth's scores are reported.
    noun_threshold, noun_means = noun_by_folds(items, threshold, (*THRESHOLDS, 1.0), args)
    for value, means in noun_means.items():
        print(f"  noun threshold {value} (mean of five folds): {means}", flush=True)
    if noun_threshold < 1.0:
        scores = score(held, cm.CueModel(weights, threshold, noun_threshold, fit_nouns))
    # How far the accepted verb cues reach over their objects (1.0: never extend).
    extent_threshold, extent_means = extent_by_folds(items, threshold, noun_threshold, args)
    for value, means in extent_means.items():
        print(f"  extent threshold {value} (mean of five folds): {means}", flush=True)
    rows, labels = extent_rows(fit)
    extent_weights = fit_rows(rows, labels, ce.BUCKETS, args.epochs, args.l2)

    def extent(value: float, w: Any = extent_weights) -> ce.ExtentModel | None:
        return ce.ExtentModel(w, value) if value < 1.0 else None

    # The relation check, on the outermost relations of the rules and the cue model
    # trained on the same four fifths (the cue threshold is tried again with it below).
    fit_model = cm.CueModel(weights, threshold, noun_threshold, fit_nouns, extent(extent_threshold))
    rows, labels = filter_rows(fit, fit_model)
    check_weights = fit_rows(rows, labels, rf.BUCKETS, args.epochs, args.l2)
    # Its threshold by five folds too: neighbouring ones differ by a relation or two.
    check_threshold, check_means = check_by_folds(
        items, (threshold, noun_threshold, extent_threshold), (0.0, *CHECK_THRESHOLDS), args
    )
    for value, means in check_means.items():
        print(f"  check threshold {value} (mean of five folds): {means}", flush=True)
    if check_threshold > 0:
        # With the check weeding out, the cue model may afford to accept more.
        check = rf.RelationFilter(check_weights, check_threshold)
        threshold, scores = choose(
            lambda t: score(
                held,
                cm.CueModel(weights, t, noun_threshold, fit_nouns, extent(extent_threshold)),
                check,
            ),
            THRESHOLDS,
            "threshold with the check",
        )
    # The nested check, on the relations nested in the four fifths' contents with the
    # four-fifths cue model and check in place; its threshold on the held-out fifth.
    fifths = cm.CueModel(weights, threshold, noun_threshold, fit_nouns, extent(extent_threshold))
    fifths_check = rf.RelationFilter(check_weights, check_threshold) if check_threshold else False
    rows, labels = nested_rows(fit, fifths, fifths_check)
    nested_weights = fit_rows(rows, labels, nc.BUCKETS, args.epochs, args.l2)
    nested_threshold, nested_scores = choose(
        lambda t: score(
            held, fifths, fifths_check, nc.NestedCheck(nested_weights, t) if t < 1.0 else False
        ),
        NESTED_THRESHOLDS,
        "nested threshold",
    )
    if nested_threshold < 1.0:
        scores = nested_scores
    nouns = noun_keys(items, args.min_noun) if noun_threshold < 1.0 else frozenset()
    weights = train(items, nouns, args.epochs, args.l2)
    rows, labels = extent_rows(items)
    extent_weights = fit_rows(rows, labels, ce.BUCKETS, args.epochs, args.l2)
    final_model = cm.CueModel(
        weights, threshold, noun_threshold, nouns, extent(extent_threshold, extent_weights)
    )
    rows, labels = filter_rows(items, final_model)
    check_weights = fit_rows(rows, labels, rf.BUCKETS, args.epochs, args.l2)
    final_check = rf.RelationFilter(check_weights, check_threshold) if check_threshold else False
    rows, labels = nested_rows(items, final_model, final_check)
    nested_weights = fit_rows(rows, labels, nc.BUCKETS, args.epochs, args.l2)
    meta = {
        "_source": "logistic regression on hashed parse features of verbs, adjectives and "
        "nouns, trained on the PolNeAR train split (documents in name order, every fifth "
        "held out to choose the thresholds, five folds for the nouns'). Built by "
        "training/train_attribution.py; no "
        "text is stored: 'nouns' are CRC-32 keys of the noun lemmas scored. "
        "'filter_weights' are the relation check's (attribution/relation_filter.py), "
        "a logistic regression over hashed features of the outermost relations; "
        "'extent_weights' the cue extent model's (attribution/cue_extent.py), "
        "'nested_weights' the nested relation check's (attribution/nested_check.py).",
        "threshold": threshold,
        "noun_threshold": noun_threshold,
        "nouns": sorted(nouns),
        "min_noun": args.min_noun,
        "epochs": args.epochs,
        "l2": args.l2,
        "filter_threshold": check_threshold,
        "extent_threshold": extent_threshold,
        "nested_threshold": nested_threshold,
        "extent_folds": {str(t): m for t, m in extent_means.items()},
        "noun_folds": {str(t): m for t, m in noun_means.items()},
        "check_folds": {str(t): m for t, m in check_means.items()},
        "held_out_rules": baseline,
        "held_out": scores,
    }
    numpy.savez_compressed(
        args.output,
        weights=weights.astype(numpy.float16),
        filter_weights=check_weights.astype(numpy.float16),
        extent_weights=extent_weights.astype(numpy.float16),
        nested_weights=nested_weights.astype(numpy.float16),
        meta=numpy.array(json.dumps(meta)),
    )
    print(f"saved {args.output} ({args.output.stat().st_size} bytes), threshold {threshold}, "
          f"in {time.perf_counter() - began:.0f} s")  # fmt: skip


if __name__ == "__main__":
    main()
