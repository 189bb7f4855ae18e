"""Train sitrep's framing span model on PTC (SemEval-2020 Task 11) train articles.

Usage::

    python training/train_framing.py ../shared/data/propaganda/ptc \
        src/sitrep/data/framing_model [--minutes 10] [--epochs 12]

The model (see ``sitrep.attribution.framing_model``) tags tokens from the
spaCy pipeline's context vectors plus hashed word features, with the labels
``LOADED`` (Loaded_Language) and ``LABEL`` (Name_Calling,Labeling).

Split of PTC's training articles, by numeric id:

* id % 5 == 0: held out for scoring (``sitrep eval framing``), never seen here
  except for the score printed at the end;
* id % 5 == 1: tuning part: picks the epoch and the decision threshold;
* the rest: training.

Only numbers are saved (``weights.bin``, ``meta.json``).
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import time
from pathlib import Path
from typing import Any

import numpy

from sitrep.attribution import framing_model as fm
from sitrep.evaluation import framing as ev

LABELS = {"Loaded_Language": "LOADED", "Name_Calling,Labeling": "LABEL"}
THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
SEED = 7

Item = tuple[str, Any, Any, Any, list[tuple[int, int]]]  # id, X, tags, token offsets, gold chars


def prepare(articles: list[tuple[str, str]], gold: dict[str, Any]) -> list[Item]:
    from sitrep.nlp import load

    nlp = load()
    out: list[Item] = []
    for (article_id, _), doc in zip(articles, nlp.pipe(t for _, t in articles), strict=True):
        tags = numpy.zeros(len(doc), dtype="int32")
        spans = sorted(gold.get(article_id, []), key=lambda s: s[1] - s[0])
        # Longest last, so a label around a loaded word wins.
        for start, end, technique in spans:
            toks = [t.i for t in doc if t.idx < end and t.idx + len(t) > start and not t.is_space]
            if toks:
                label = LABELS[technique]
                tags[toks[0]] = fm.TAGS.index("B-" + label)
                for i in toks[1:]:
                    tags[i] = fm.TAGS.index("I-" + label)
        offsets = [(t.idx, t.idx + len(t)) for t in doc]
        chars = [(s, e) for s, e, _ in gold.get(article_id, [])]
        out.append((article_id, fm.features(doc), tags, offsets, chars))
    return out


def score(model: Any, items: list[Item], threshold: float) -> dict[str, float | None]:
    tally = ev.SpanTally()
    for _, x, _, offsets, chars in items:
        probs = model.predict(x)
        found = fm.spans(fm.decode(probs, threshold))
        tally.add(chars, [(offsets[a][0], offsets[b - 1][1]) for a, b, _ in found])
    return tally.scores()


def best_threshold(model: Any, items: list[Item]) -> tuple[float, float]:
    results = [((score(model, items, t)["f1"] or 0.0), t) for t in THRESHOLDS]
    f1, threshold = max(results)
    return threshold, f1


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("ptc", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--cache", type=Path, help="pickle of the prepared features (reruns)")
    args = parser.parse_args()
    random.seed(SEED)
    from thinc.api import Adam, fix_random_seed

    fix_random_seed(SEED)
    began = time.perf_counter()
    gold = ev.read_labels(args.ptc / "train-task2-TC.labels")
    articles = args.ptc / "train-articles"
    rest = ev.read_articles(articles, "train")
    tune_ids = {a for a, _ in rest if int(a) % ev.HELD_OUT_MOD == 1}
    cache = args.cache
    if cache is not None and cache.exists():
        train, tune = pickle.loads(cache.read_bytes())
    else:
        train = prepare([a for a in rest if a[0] not in tune_ids], gold)
        tune = prepare([a for a in rest if a[0] in tune_ids], gold)
        if cache is not None:
            cache.write_bytes(pickle.dumps((train, tune)))
    print(f"prepared {len(train)} training, {len(tune)} tuning articles "
          f"in {time.perf_counter() - began:.0f} s", flush=True)  # fmt: skip
    model = fm.build(fm.DEFAULT_SHAPE)
    model.initialize()
    optimizer = Adam(0.001)
    best: tuple[float, float, bytes] = (-1.0, 0.5, b"")
    for epoch in range(args.epochs):
        random.shuffle(train)
        loss = 0.0
        for _, x, tags, _, _ in train:
            probs, backprop = model.begin_update(x)
            truth = numpy.zeros_like(probs)
            truth[numpy.arange(len(tags)), tags] = 1.0
            # Tagged tokens are rare (about 3 %): weigh their errors up.
            weight = numpy.where(tags > 0, 3.0, 1.0)[:, None].astype("float32")
            d_probs = (probs - truth) * weight / len(tags)
            loss += float((d_probs**2).sum())
            backprop(d_probs)
            model.finish_update(optimizer)
        threshold, f1 = best_threshold(model, tune)
        if f1 > best[0]:
            best = (f1, threshold, model.to_bytes())
        minutes = (time.perf_counter() - began) / 60
        print(f"epoch {epoch} loss {loss:.2f} tuning F1 {f1:.3f} at {threshold} "
              f"({minutes:.1f} min)", flush=True)  # fmt: skip
        if minutes > args.minutes:
            break
    f1, threshold, weights = best
    model.from_bytes(weights)
    args.output.mkdir(parents=True, exist_ok=True)
    (args.output / "weights.bin").write_bytes(weights)
    meta = {
        "_source": "Trained by training/train_framing.py on the SemEval-2020 Task 11 PTC train "
        "articles (Loaded_Language, Name_Calling,Labeling), ids not divisible by 5; "
        "weights and hashed features only, no text.",
        "shape": fm.DEFAULT_SHAPE,
        "threshold": threshold,
        "tuning_f1": round(f1, 4),
        "seed": SEED,
    }
    (args.output / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", "utf-8")
    held = prepare(ev.read_articles(articles, "heldout"), gold)
    minutes = (time.perf_counter() - began) / 60
    print(f"saved {args.output}; tuning F1 {f1:.3f} (threshold {threshold}); "
          f"held-out {score(model, held, threshold)}; {minutes:.1f} min")  # fmt: skip


if __name__ == "__main__":
    main()
