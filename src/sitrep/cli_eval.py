"""``sitrep eval ...``: quality measurements on the shared evaluation corpora.

Thin wrappers over :mod:`sitrep.evaluation`; each prints JSON (``--format json``)
or a short human summary (``--format table``).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Protocol

import typer

from sitrep.errors import UsageError

if TYPE_CHECKING:
    from sitrep.store import Store

eval_app = typer.Typer(help="Measure extraction quality on evaluation corpora.")

Format = Annotated[str, typer.Option("--format", "-f", help="json or table.")]
Limit = Annotated[int | None, typer.Option(help="Only the first N documents (quick runs).")]
#: Options shared by the hand checks (``eval coding``, ``eval merges``).
Seed = Annotated[int, typer.Option("--seed", help="Seed of the draw.")]
Labels = Annotated[
    Path | None,
    typer.Option("--labels", help="Score a reader's labels file instead of sampling."),
]


class _Result(Protocol):
    def as_dict(self) -> dict[str, Any]: ...

    def lines(self) -> list[str]: ...


def _emit(result: _Result, fmt: str) -> int:
    if fmt == "json":
        sys.stdout.write(json.dumps(result.as_dict(), ensure_ascii=False) + "\n")
    else:
        sys.stdout.write("\n".join(result.lines()) + "\n")
    return 0


def _check(path: Path, fmt: str) -> None:
    if fmt not in ("json", "table"):
        raise UsageError(f"--format must be json or table, not {fmt!r}")
    if not path.exists():
        raise UsageError(f"{path} does not exist")


@eval_app.command("geoparse")
def geoparse(
    corpus: Annotated[Path, typer.Argument(help="LGL / TR-News / GeoVirus XML file.")],
    gold_spans: Annotated[
        bool, typer.Option("--gold-spans", help="Resolve the gold toponym spans only.")
    ] = False,
    limit: Limit = None,
    fmt: Format = "json",
) -> int:
    """Toponym resolution: acc@161 km, mean/median error, AUC, span precision/recall."""
    from sitrep.evaluation import geoparsing

    _check(corpus, fmt)
    return _emit(geoparsing.evaluate(corpus, limit, gold_spans=gold_spans), fmt)


@eval_app.command("location")
def location(
    corpus: Annotated[Path, typer.Argument(help="FA-KES-style CSV with a location column.")],
    limit: Limit = None,
    fmt: Format = "json",
) -> int:
    """Main-event location: share of documents placed in the gold Syrian governorate."""
    from sitrep.evaluation import fakes

    _check(corpus, fmt)
    return _emit(fakes.evaluate(corpus, limit), fmt)


@eval_app.command("attribution")
def attribution(
    directory: Annotated[Path, typer.Argument(help="PolNeAR split: text/ and attributions/.")],
    limit: Limit = None,
    fmt: Format = "json",
) -> int:
    """Attribution source/cue/content and relation precision, recall and F1."""
    from sitrep.evaluation import polnear

    _check(directory, fmt)
    return _emit(polnear.evaluate(directory, limit), fmt)


@eval_app.command("events")
def events(
    gold: Annotated[
        Path | None, typer.Argument(help="Gold JSON Lines (default: the bundled gold set).")
    ] = None,
    split: Annotated[
        str | None, typer.Option(help="Only the 'tune' or the 'held' part of the gold.")
    ] = None,
    fmt: Format = "json",
) -> int:
    """Event coding: event P/R/F1, then actor, location, date and quantity accuracy."""
    from sitrep.evaluation import events as gold_events

    path = gold or gold_events.default_gold()
    _check(path, fmt)
    return _emit(gold_events.evaluate(path, split=split), fmt)


@eval_app.command("eventloc")
def eventloc(
    corpus: Annotated[
        Path | None,
        typer.Argument(help="event_location JSON Lines (default: ../shared/data/event-location)."),
    ] = None,
    split: Annotated[
        str,
        typer.Option(
            help="all, even or odd: the sentences of even lines (0, 2, ...; event-placement "
            "rules were tuned on them) or odd lines (held out)."
        ),
    ] = "all",
    limit: Limit = None,
    fmt: Format = "json",
) -> int:
    """Event location: share of events placed at the gold location of their verb."""
    from sitrep.evaluation import eventloc as evaluation

    if split not in ("all", "even", "odd"):
        raise UsageError(f"--split must be all, even or odd, not {split!r}")
    if corpus is not None:
        _check(corpus, fmt)
    return _emit(evaluation.evaluate(corpus, limit, None if split == "all" else split), fmt)


@eval_app.command("framing")
def framing(
    articles: Annotated[Path, typer.Argument(help="PTC articles folder (article*.txt).")],
    labels: Annotated[Path, typer.Argument(help="PTC technique labels file (task 2 format).")],
    split: Annotated[
        str, typer.Option(help="heldout (article id % 5 == 0), train or all.")
    ] = "heldout",
    limit: Limit = None,
    fmt: Format = "json",
) -> int:
    """Loaded language + name calling spans: SemEval-2020 span P/R/F1 (character overlap)."""
    from sitrep.evaluation import framing as evaluation

    _check(articles, fmt)
    _check(labels, fmt)
    if split not in ("heldout", "train", "all"):
        raise UsageError(f"--split must be heldout, train or all, not {split!r}")
    return _emit(evaluation.evaluate(articles, labels, limit=limit, split=split), fmt)  # type: ignore[arg-type]


@eval_app.command("dedup")
def dedup(
    db: Annotated[str, typer.Option("--db", help="A store holding the gold's corpus.")],
    gold: Annotated[
        list[Path] | None,
        typer.Argument(help="Gold pair files (default: the bundled FA-KES dev pairs)."),
    ] = None,
    fmt: Format = "json",
) -> int:
    """Cross-report merges: pair precision and recall on hand-labelled same/different pairs.

    The store must hold the FA-KES dev file ingested with its unit_id column as id.
    """
    from sitrep.cli_db import open_store
    from sitrep.dedup.evaluate import default_gold, evaluate_pairs, load_gold

    if fmt not in ("json", "table"):
        raise UsageError(f"--format must be json or table, not {fmt!r}")
    paths = gold or default_gold()
    results = {}
    with open_store(db) as store:
        for path in paths:
            results[path.stem] = evaluate_pairs(store, load_gold(path)).to_dict()
    if fmt == "json":
        sys.stdout.write(json.dumps(results) + "\n")
    else:
        for name, scores in results.items():
            sys.stdout.write(
                f"{name}: precision {scores['precision']:.3f} recall {scores['recall']:.3f} "
                f"(missing {scores['missing']})\n"
            )
    return 0


def _hand_check(
    fmt: str,
    labels: Path | None,
    db: str | None,
    size: int,
    score: Callable[[Path], dict[str, Any]],
    table: Callable[[dict[str, Any]], str],
    sample: Callable[[Store], tuple[list[dict[str, Any]], str]],
) -> int:
    """A hand check's two uses: score a reader's labels file (``score``, printed as
    JSON or by ``table``), or draw a sample from the store (``sample``: its JSON
    records and the text for the reader)."""
    if fmt not in ("json", "table"):
        raise UsageError(f"--format must be json or table, not {fmt!r}")
    if labels is not None:
        result = score(labels)
        sys.stdout.write((json.dumps(result) if fmt == "json" else table(result)) + "\n")
        return 0
    if db is None:
        raise UsageError("give --db STORE to sample, or --labels FILE to score")
    if size < 1:
        raise UsageError(f"--size must be at least 1, not {size}")
    from sitrep.cli_db import open_store

    with open_store(db) as store:
        records, text = sample(store)
    if fmt == "json":
        for record in records:
            sys.stdout.write(json.dumps(record) + "\n")
    else:
        sys.stdout.write(text + "\n")
    return 0


@eval_app.command("coding")
def coding(
    db: Annotated[
        str | None, typer.Option("--db", help="The store whose events are sampled.")
    ] = None,
    size: Annotated[int, typer.Option("--size", help="Events in the sample.")] = 60,
    seed: Seed = 0,
    labels: Labels = None,
    fmt: Format = "table",
) -> int:
    """The hand check of event coding outside the events gold: sample events, or score.

    Without --labels: --format table prints the judging rule and the events to read
    (drawn among the store's events of documents the events gold does not hold);
    json prints one record per event (its number and id). With --labels FILE (a JSON
    list of per-event judgements, see the rule): per field, right / judged.
    """
    from sitrep.evaluation import coding as check

    def table(result: dict[str, Any]) -> str:
        return "\n".join(
            f"{name:11} {result[name]['right']} / {result[name]['judged']}  {result[name]['share']}"
            for name in ("is_event", *check.FIELDS)
        )

    def sample(store: Store) -> tuple[list[dict[str, Any]], str]:
        found = check.items(store, check.sample_events(store, size, seed))
        return check.records(found), check.render(found)

    return _hand_check(fmt, labels, db, size, check.score_labels, table, sample)


@eval_app.command("merges")
def merges(
    db: Annotated[
        str | None, typer.Option("--db", help="The store whose merges are sampled.")
    ] = None,
    size: Annotated[int, typer.Option("--size", help="Pairs in the sample.")] = 50,
    seed: Seed = 0,
    uniform: Annotated[
        bool, typer.Option("--uniform", help="Draw among all merged pairs, not one per cluster.")
    ] = False,
    labels: Labels = None,
    fmt: Format = "table",
) -> int:
    """The hand check of merges: sample merged pairs for a reader, or score the labels.

    Without --labels: --format table prints the label rule and the pairs to read;
    json prints one record per pair (its number, event ids, document ids). With
    --labels FILE (a JSON list of {"pair": N, "label": same|same_claim|different|unsure}):
    the counts and the precision.
    """
    from sitrep.evaluation import merges as check

    def table(result: dict[str, Any]) -> str:
        counts = ", ".join(f"{k} {v}" for k, v in result["labels"].items())
        return f"{counts}; precision {result['precision']}"

    def sample(store: Store) -> tuple[list[dict[str, Any]], str]:
        sides = check.sides(store, check.sample_merges(store, size, seed, per_cluster=not uniform))
        return check.pair_records(sides), check.render(sides)

    return _hand_check(fmt, labels, db, size, check.score_labels, table, sample)
