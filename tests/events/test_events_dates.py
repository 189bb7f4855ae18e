"""Which of a sentence's dates the events stage gives a trigger."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.events.dates import date_texts

if TYPE_CHECKING:
    from spacy.language import Language


def _dates_of(nlp: Language, text: str, trigger: str, also: str | None = None) -> list[str]:
    doc = nlp(text)
    anchors = {next(t.i for t in doc if t.text == trigger)}
    if also is not None:
        anchors.add(next(t.i for t in doc if t.text == also))
    return date_texts(anchors, [e for e in doc.ents if e.label_ == "DATE"])


def test_a_conjoined_clause_with_its_own_subject_keeps_its_date(nlp: Language) -> None:
    text = (
        "Airstrikes on a food convoy near the town last month ended the truce, and the "
        "renewed shelling of the city has put three clinics out of action in the past week."
    )
    doc = nlp(text)
    # The test is about the conjoined clause; it holds only where the parser makes one.
    assert doc[[t.text for t in doc].index("put")].dep_ == "conj"
    assert _dates_of(nlp, text, "Airstrikes", also="ended") == ["last month"]


def test_a_shared_subject_shares_the_date(nlp: Language) -> None:
    text = "Jets struck the market and killed nine people on Monday."
    assert _dates_of(nlp, text, "struck") == ["Monday"]
