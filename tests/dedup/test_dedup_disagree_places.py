"""Where it happened: towns the reports' sentences name, not the article's guesses."""

from __future__ import annotations

from dedup_samples import as_report, sentence_event

from sitrep.dedup.disagree import disagreements
from sitrep.dedup.independence import ReportView, view
from sitrep.model import EventLocation

TOWNS = {
    "Jurin": EventLocation(name="Jurin", lat=35.68, lon=36.38, precision="locality"),
    "Salqin": EventLocation(name="Salqin", lat=36.14, lon=36.45, precision="locality"),
}


def _view(doc: str, outlet: str, text: str, town: str) -> ReportView:
    event = sentence_event(doc, text, "hit", at=0, location=TOWNS[town])
    report = as_report(event, text, doc, published="2016-06-06", outlet=outlet)
    return view(report.event, text, None)


def test_two_named_towns_are_a_disagreement() -> None:
    reports = [
        _view("a", "SANA", "Shells hit the market in Jurin on Monday.", "Jurin"),
        _view("b", "TRT", "Shells hit the market in Salqin on Monday.", "Salqin"),
    ]
    (place,) = disagreements(reports)
    assert place.kind == "place"
    assert [(s.value, s.outlets) for s in place.sides] == [("Jurin", ["SANA"]), ("Salqin", ["TRT"])]


def test_a_town_the_sentence_does_not_name_is_no_side() -> None:
    # The same background sentence in two articles, each put at its own article's town.
    text = "Shells hit markets across the province during the war."
    reports = [_view("a", "SANA", text, "Jurin"), _view("b", "TRT", text, "Salqin")]
    assert disagreements(reports) == []
    named = _view("c", "Reuters", "Shells hit the market in Salqin on Monday.", "Salqin")
    assert disagreements([reports[0], named]) == []
