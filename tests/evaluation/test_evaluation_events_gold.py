"""The annotator's note format compiled into gold labels (pure parts, no parse)."""

from __future__ import annotations

import pytest

from sitrep.errors import ResourceError
from sitrep.evaluation.events_gold import _alts, _date, _find_word, _parse_notes, _quantities


def test_notes_split_into_documents_with_their_options() -> None:
    notes = _parse_notes(
        [
            "# a comment\n@doc 12 corpus=fa-kes-dev\nASSAULT | shelled@0 | a | b | c | ? \n",
            "@doc x.txt corpus=examples split=held\n\nMOBILIZE/planned | sent@5 | - | - | - | ?",
        ]
    )
    assert [(n.doc, n.corpus, n.split, len(n.lines)) for n in notes] == [
        ("12", "fa-kes-dev", None, 1),
        ("x.txt", "examples", "held", 1),
    ]


def test_alternatives_dates_and_figures() -> None:
    assert _alts(" syria / SY ") == ["syria", "SY"]
    assert _alts("-") == []
    assert _date("?", "2016-05-02") is None
    assert _date("pub day", "2016-05-02") == {"value": "2016-05-02", "precision": "day"}
    # 2016-05-02 is a Monday: the Saturday before is 2016-04-30.
    assert _date("wd:saturday day", "2016-05-02") == {"value": "2016-04-30", "precision": "day"}
    assert _date("2016-05 month", None) == {"value": "2016-05", "precision": "month"}
    assert _quantities("16 killed; 3 injured") == [
        {"value": 16, "unit": "killed"},
        {"value": 3, "unit": "injured"},
    ]


def test_trigger_words_are_whole_words_after_the_start() -> None:
    text = "Shells hit the town; shelling went on."
    assert _find_word(text, "shelling", 0, "d") == text.index("shelling")
    with pytest.raises(ResourceError, match="d: annotation trigger 'shell'"):
        _find_word(text, "shell", 0, "d")
