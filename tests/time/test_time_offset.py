"""Measured after/before phrases (:mod:`sitrep.time.offset`) on parses the parser
gets wrong: the measure hung on the subordinator itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from sitrep.time.offset import measured_heads, offset_clause

if TYPE_CHECKING:
    from spacy.language import Language


def _misparsed(nlp: Language) -> Doc:
    # "Jets killed thirty a day after the execution pilot": the noun "pilot" read as
    # the verb of an "after" clause, "a day" hung on "after" (seen on a FA-KES lead
    # whose headline ran into it).
    words = ["Jets", "killed", "thirty", "a", "day", "after", "the", "execution", "pilot"]
    heads = [1, 1, 1, 4, 5, 8, 7, 8, 1]
    deps = ["nsubj", "ROOT", "dobj", "det", "npadvmod", "mark", "det", "nsubj", "advcl"]
    lemmas = ["jet", "kill", "thirty", "a", "day", "after", "the", "execution", "pilot"]
    pos = ["NOUN", "VERB", "NUM", "DET", "NOUN", "SCONJ", "DET", "NOUN", "VERB"]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, lemmas=lemmas, pos=pos)


def test_a_measure_hung_on_the_subordinator_still_counts(nlp: Language) -> None:
    doc = _misparsed(nlp)
    assert measured_heads(doc) == {8}
    found = offset_clause(doc[7])
    assert found is not None and found[0] == -1 and found[1].i == 8
    # The main clause's trigger is outside the phrase.
    assert offset_clause(doc[1]) is None


def test_the_news_formula_counts_from_the_verb_come(nlp: Language) -> None:
    from sitrep.time import REPORTING_LEMMAS
    from sitrep.time.offset import came_after

    def shift(text: str, trigger: str) -> int | None:
        doc = nlp(text)
        return came_after(next(t for t in doc if t.text == trigger), REPORTING_LEMMAS)

    # The parser hangs "a day" on "came": the count still applies.
    assert shift("The attack came a day after jets hit a convoy near the border.", "hit") == -1
    assert shift("The shelling comes two days after the raid on the depot.", "raid") == -2
    # No exact count, no other verb than "come", or only what someone said then.
    assert shift("The attack came a few days after jets hit a convoy.", "hit") is None
    assert shift("The army shelled the town a day after jets hit a convoy.", "hit") is None
    text = "The statement came a day after the envoy said jets had hit a convoy."
    assert shift(text, "hit") is None
    assert shift(text, "said") == -1
