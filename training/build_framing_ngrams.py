"""Count the n-grams behind sitrep's learned framing spans (``data/framing_ngrams.npz``).

Usage::

    python training/build_framing_ngrams.py ../shared/data/propaganda/ptc \
        src/sitrep/data/framing_ngrams.npz

For every word n-gram (n <= 2; lower case and lemma forms, never starting or
ending on punctuation) of PTC's training articles it counts the occurrences,
those inside a Loaded_Language or Name_Calling,Labeling span, and those
inside a Name_Calling,Labeling span. ``sitrep.attribution.framing_learned``
turns them into smoothed rates.

Split of PTC's training articles, by numeric id (as ``sitrep eval framing``):

* id % 5 == 0: held out for scoring, never read here;
* id % 5 == 1: tuning part: picks the smoothing ``alpha`` and the threshold,
  with the counts of the training part;
* the rest: training. The shipped counts come from training plus tuning
  parts, with the chosen settings.

Only n-grams labelled at least once are stored, as [labelled, count,
labelled as Name_Calling], and each only by its one-way 64-bit key
(``framing_learned.gram_key``): numbers only, no word of the articles.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import Any

from sitrep.attribution import framing_learned as fl
from sitrep.evaluation import framing as ev

MAX_N = 2
ALPHAS = (1.0, 2.0, 3.0, 4.0)
THRESHOLDS = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4)
NAME_CALLING = "Name_Calling,Labeling"

Prepared = tuple[str, Any, list[tuple[int, int, str]]]  # id, Doc, gold spans


def prepare(articles: list[tuple[str, str]], gold: dict[str, Any]) -> list[Prepared]:
    from sitrep.nlp import load

    nlp = load()
    docs = nlp.pipe(text for _, text in articles)
    return [(aid, doc, gold.get(aid, [])) for (aid, _), doc in zip(articles, docs, strict=True)]


def count(items: list[Prepared]) -> dict[str, Any]:
    tables: dict[str, tuple[Counter[str], Counter[str], Counter[str]]] = {
        "surface": (Counter(), Counter(), Counter()),
        "lemma": (Counter(), Counter(), Counter()),
    }
    for _, doc, gold in items:
        inside = [[k for s, e, k in gold if tok.idx < e and tok.idx + len(tok) > s] for tok in doc]
        words = [t.i for t in doc if not t.is_space]
        forms = {"surface": [t.lower_ for t in doc], "lemma": [t.lemma_.lower() for t in doc]}
        for a in range(len(words)):
            for n in range(1, MAX_N + 1):
                idx = words[a : a + n]
                if len(idx) < n or doc[idx[0]].is_punct or doc[idx[-1]].is_punct:
                    continue
                labelled = all(inside[i] for i in idx)
                name = labelled and all(NAME_CALLING in inside[i] for i in idx)
                for key, (total, lab, names) in tables.items():
                    gram = " ".join(forms[key][i] for i in idx)
                    total[gram] += 1
                    lab[gram] += labelled
                    names[gram] += name
    return {
        key: {g: [lab[g], total[g], names[g]] for g in sorted(lab) if lab[g]}
        for key, (total, lab, names) in tables.items()
    }


def score(items: list[Prepared], table: fl.NgramRates) -> float:
    tally = ev.SpanTally()
    for _, doc, gold in items:
        spans = [
            (doc[a].idx, doc[b - 1].idx + len(doc[b - 1]))
            for a, b, _ in fl.learned_spans(doc, table)
        ]
        tally.add([(s, e) for s, e, _ in gold], spans)
    return tally.scores()["f1"] or 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("ptc", type=Path)
    parser.add_argument("output", type=Path)
    args = parser.parse_args()
    gold = ev.read_labels(args.ptc / "train-task2-TC.labels")
    rest = ev.read_articles(args.ptc / "train-articles", "train")
    train = prepare([a for a in rest if int(a[0]) % ev.HELD_OUT_MOD != 1], gold)
    tune = prepare([a for a in rest if int(a[0]) % ev.HELD_OUT_MOD == 1], gold)
    counts = count(train)
    results = []
    for alpha in ALPHAS:
        for threshold in THRESHOLDS:
            data = {**counts, "alpha": alpha, "threshold": threshold, "max_n": MAX_N}
            f1 = score(tune, fl.from_counts(data))
            print(f"alpha {alpha} threshold {threshold}: tuning F1 {f1:.4f}", flush=True)
            results.append((f1, alpha, threshold))
    f1, alpha, threshold = max(results)
    fl.save(args.output, count(train + tune), metadata(f1, alpha, threshold))
    print(f"saved {args.output}: alpha {alpha}, threshold {threshold}, tuning F1 {f1:.4f}")


def metadata(f1: float, alpha: float, threshold: float) -> dict[str, Any]:
    """The settings stored beside the hashed counts."""
    return {
        "_source": "n-grams labelled frequently in the PTC training part (SemEval-2020 Task 11, "
        "Loaded_Language and Name_Calling,Labeling); thresholds tuned on article ids %5==1; "
        "counts from article ids %5 not 0 (ids %5==0 are held out). Built by "
        "training/build_framing_ngrams.py.",
        "_note": "per vocabulary (surface: lower case; lemma: lower-cased lemma) and n (1: words, "
        "2: word pairs): sorted one-way keys (spaCy string id of a word; two ids mixed for a "
        "pair, sitrep.attribution.framing_learned.gram_key) and rows [occurrences inside a span, "
        "occurrences, inside a Name_Calling,Labeling span]; rate = labelled / (count + alpha). "
        "No n-gram text is stored.",
        "tuning_f1": round(f1, 4),
        "alpha": alpha,
        "threshold": threshold,
        "max_n": MAX_N,
    }


if __name__ == "__main__":
    main()
