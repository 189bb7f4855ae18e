"""A speaker the parser took into a direct quotation's content (attribution/quote_speaker.py)."""

from __future__ import annotations

import pytest

from sitrep.attribution import find_attributions


def _relations(nlp, text: str) -> list[tuple[str | None, str, str]]:  # type: ignore[no-untyped-def]
    return [
        (r.source.text if r.source else None, r.cue.text, r.content.text)
        for r in find_attributions(nlp(text), nested=False)
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "quotation"),
    [
        # The speaker after the cue is parsed as the subject of the participle that follows.
        (
            '"I am not going to call it an error, so drop it," said retired surgeon Paul '
            "Grant, asked about his remarks on the hospital.",
            "retired surgeon Paul Grant",
            '"I am not going to call it an error, so drop it,"',
        ),
        (
            '"I swim much faster than I run," said Robin Hale, half joking.',
            "Robin Hale",
            '"I swim much faster than I run,"',
        ),
    ],
)
def test_speaker_after_the_cue_is_split_from_the_content(nlp, text, speaker, quotation):  # type: ignore[no-untyped-def]
    said = [r for r in _relations(nlp, text) if r[1] == "said"]
    assert said == [(speaker, "said", quotation)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A quotation inside the object after the cue is no speaker's quotation.
        (
            "The senator called the plan “reckless and cruel,” and said the vote would fail.",
            ("The senator", "called", "the plan “reckless and cruel,”"),
        ),
        (
            "She told reporters the report was “a fabrication” and denied it.",
            ("She", "told", "the report was “a fabrication”"),
        ),
    ],
)
def test_contents_after_the_cue_are_left_alone(nlp, text, expected):  # type: ignore[no-untyped-def]
    assert expected in _relations(nlp, text)


def test_speaker_before_the_cue_is_split_from_the_content(nlp):  # type: ignore[no-untyped-def]
    """ "“...,” NAME, APPOSITION, said": parsed as one complement of the cue (built by
    hand: the parse of such sentences varies with their words)."""
    from spacy.tokens import Doc

    from sitrep.attribution import quote_speaker

    words = ["“", "It", "is", "fine", ",", "”", "Omar", "Haddad", ",", "an", "adviser", ",",
             "said", "."]  # fmt: skip
    heads = [2, 2, 12, 2, 2, 2, 7, 2, 7, 10, 7, 12, 12, 12]
    deps = ["punct", "nsubj", "ccomp", "acomp", "punct", "punct", "compound", "npadvmod",
            "punct", "det", "appos", "punct", "ROOT", "punct"]  # fmt: skip
    pos = ["PUNCT", "PRON", "AUX", "ADJ", "PUNCT", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET",
           "NOUN", "PUNCT", "VERB", "PUNCT"]  # fmt: skip
    spaces = [False, True, True, False, False, True, True, False, True, True, False, True,
              False, False]  # fmt: skip
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    cue, sent = doc[12], doc[0:14]
    found = quote_speaker.split(cue, sent, [doc[0:11]])
    assert found is not None
    speaker, quotation = found
    assert speaker.text == "Omar Haddad, an adviser"
    assert quotation.text == "“It is fine,”"
    # A content that is the quotation alone has no speaker in it.
    assert quote_speaker.split(cue, sent, [doc[0:6]]) is None


def test_a_surname_tagged_as_an_adverb_is_the_speaker(nlp):  # type: ignore[no-untyped-def]
    """ "said Priestly": not a manner adverb of the cue but the one who said it."""
    text = (
        "“Having a plan and two people who know it is useful,” said Priestly, explaining he "
        "worked closely with the team."
    )
    said = [r for r in _relations(nlp, text) if r[1].startswith("said")]
    assert said == [
        ("Priestly", "said", "“Having a plan and two people who know it is useful,”"),
    ]


def test_a_capitalised_ly_word_after_the_cue_is_not_part_of_it(nlp):  # type: ignore[no-untyped-def]
    relations = _relations(nlp, "“The plan is a disaster,” Smith told Wesly on Monday.")
    assert ("Smith", "told", "“The plan is a disaster,”") in relations
