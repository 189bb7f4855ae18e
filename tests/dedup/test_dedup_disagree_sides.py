"""Who is blamed: one side under several names is no disagreement; agentless links."""

from __future__ import annotations

from dedup_samples import as_report, sentence_event

from sitrep.dedup.disagree import disagreements
from sitrep.dedup.independence import ReportView, view
from sitrep.dedup.sides import side_key
from sitrep.model import ActorRef, Attribution, AttributionLink, Quantity

TEXT = "Shells hit the market in Jurin on Monday."


def _view(
    doc: str, outlet: str, actor: tuple[str | None, str] | None, chain: list[AttributionLink]
) -> ReportView:
    source = ActorRef(actor_id=actor[0], name=actor[1], text=actor[1]) if actor else None
    # The sentence names the doer: a doer it does not name is no side (see below).
    text = f"{actor[1]} {TEXT[TEXT.index('hit') :]}" if actor else TEXT
    event = sentence_event(
        doc, text, "hit", at=0, source_actor=source, attribution=Attribution(chain=chain)
    )
    report = as_report(event, text, doc, published="2016-06-06", outlet=outlet)
    return view(report.event, text, None)


def test_a_government_and_its_forces_are_not_a_disagreement() -> None:
    reports = [
        _view("a", "SANA", ("SYR_GOV", "Syrian government"), []),
        _view("b", "TRT", ("SYR_GOV_FORCES", "Syrian government forces"), []),
    ]
    assert [d.kind for d in disagreements(reports)] == []


def test_two_sides_are_a_disagreement_with_each_sides_names() -> None:
    reports = [
        _view("a", "SANA", ("SYR_OPPOSITION", "Rebels"), []),
        _view("b", "TRT", ("SYR_GOV", "Syrian government"), []),
        _view("c", "Reuters", ("SYR_GOV_FORCES", "Syrian government forces"), []),
    ]
    (blamed,) = disagreements(reports)
    assert blamed.kind == "actor"
    values = [side.value for side in blamed.sides]
    assert values == ["Rebels", "Syrian government / Syrian government forces"]
    assert blamed.sides[1].outlets == ["TRT", "Reuters"]


def test_a_group_and_its_later_name_are_one_side() -> None:
    assert side_key("NUSRA") == side_key("HTS")
    reports = [
        _view("a", "SANA", ("NUSRA", "Jabhat al-Nusra"), []),
        _view("b", "TRT", ("HTS", "Hay'at Tahrir al-Sham"), []),
    ]
    assert disagreements(reports) == []


def test_a_wider_name_and_a_group_it_covers_are_one_side() -> None:
    reports = [
        _view("a", "Sputnik", ("KURDISH_FORCES", "Kurdish forces"), []),
        _view("b", "TRT", ("SDF", "Syrian Democratic Forces"), []),
    ]
    assert disagreements(reports) == []
    # Two groups it covers still blame two sides.
    reports[0] = _view("a", "Sputnik", ("PKK", "Kurdistan Workers' Party"), [])
    assert [d.kind for d in disagreements(reports)] == ["actor"]


def test_a_label_for_some_armed_group_is_no_other_culprit_than_a_named_group() -> None:
    reports = [
        _view("a", "SANA", (None, "terrorist organizations"), []),
        _view("b", "Reuters", ("JAYSH_AL_ISLAM", "Jaysh al-Islam"), []),
    ]
    assert disagreements(reports) == []
    # Against a state's forces the label is the other side.
    reports[1] = _view("b", "Reuters", ("SYR_GOV_FORCES", "Syrian government forces"), [])
    assert [d.kind for d in disagreements(reports)] == ["actor"]


def test_an_agentless_link_is_cited_as_unnamed_sources() -> None:
    agentless = AttributionLink(source="", cue="it was reported", stance="neutral")
    report = _view("a", "TRT", None, [agentless])
    assert report.according_to == "according to TRT citing unnamed sources"


def _toll(
    doc: str, outlet: str, value: int, qualifier: str | None, text: str | None = None
) -> ReportView:
    toll = Quantity(value=value, unit="killed", text=text or str(value), qualifier=qualifier)
    event = sentence_event(doc, TEXT, "hit", at=0, quantities=[toll])
    return view(
        as_report(event, TEXT, doc, published="2016-06-06", outlet=outlet).event, TEXT, None
    )


def test_one_figure_told_with_and_without_a_qualifier_is_one_side() -> None:
    reports = [
        _toll("a", "SANA", 56, None),
        _toll("b", "TRT", 56, "at least"),
        _toll("c", "Reuters", 73, "at least"),
    ]
    (tolls,) = disagreements(reports)
    assert [(side.value, side.outlets) for side in tolls.sides] == [
        ("56 / at least 56", ["SANA", "TRT"]),
        ("at least 73", ["Reuters"]),
    ]
    assert disagreements(reports[:2]) == []


def test_a_count_of_a_part_of_the_victims_is_no_side() -> None:
    # "Two children were killed" counts the children among the dead.
    reports = [
        _toll("a", "SANA", 2, None, "Two children"),
        _toll("b", "TRT", 35, "at least", "at least 35 civilians"),
    ]
    assert disagreements(reports) == []
    whole = _toll("c", "Reuters", 30, "more than", "more than 30 people")
    (tolls,) = disagreements([*reports, whole])
    assert [side.value for side in tolls.sides] == ["more than 30", "at least 35"]


def _toll_in(doc: str, outlet: str, sentence: str, *tolls: tuple[int, str]) -> ReportView:
    figures = [Quantity(value=v, unit="killed", text=t) for v, t in tolls]
    event = sentence_event(doc, sentence, "killed", at=0, quantities=figures)
    report = as_report(event, sentence, doc, published="2016-06-06", outlet=outlet)
    return view(report.event, sentence, None)


def test_a_count_told_as_part_of_a_total_is_no_side() -> None:
    # "including 58 civilians": a part of the 82, whatever its noun.
    total = "Strikes killed at least 82 people including 58 civilians in the town."
    part = "Strikes on the town killed 82 people, including 58 civilians."
    reports = [
        _toll_in("a", "SANA", part, (58, "58 civilians")),
        _toll_in("b", "TRT", total, (82, "82 people")),
    ]
    assert disagreements(reports) == []
    # Told on its own, the same count is a figure of the whole.
    alone = _toll_in(
        "c", "Reuters", "Strikes killed 58 civilians in the town.", (58, "58 civilians")
    )
    (tolls,) = disagreements([*reports, alone])
    assert [side.value for side in tolls.sides] == ["58", "82"]


def test_a_count_without_a_figure_is_no_side() -> None:
    # "dozens" is read as at least 24, a figure no report gave.
    reports = [
        _toll("a", "SANA", 24, "at least", "dozens of people"),
        _toll("b", "TRT", 120, None, "120 people"),
    ]
    assert disagreements(reports) == []
    counted = _toll("c", "Reuters", 90, None, "90 people")
    (tolls,) = disagreements([*reports, counted])
    assert [side.value for side in tolls.sides] == ["90", "120"]


def _said(doc: str, outlet: str, text: str, actor: tuple[str | None, str]) -> ReportView:
    source = ActorRef(actor_id=actor[0], name=actor[1], text=actor[1])
    event = sentence_event(doc, text, "hit", at=0, source_actor=source)
    return view(
        as_report(event, text, doc, published="2016-06-06", outlet=outlet).event, text, None
    )


def test_one_of_several_named_doers_is_no_other_side() -> None:
    reports = [
        _said(
            "a", "SANA", "Rebels and Turkey hit the market in Jurin.", ("SYR_OPPOSITION", "Rebels")
        ),
        _said("b", "TRT", "Turkey hit the market in Jurin.", ("TUR_GOV", "Turkey")),
    ]
    assert disagreements(reports) == []
    third = _said(
        "c", "Reuters", "Syrian government jets hit the market.", ("SYR_GOV", "Syrian government")
    )
    (blamed,) = disagreements([*reports, third])
    assert [s.value for s in blamed.sides] == ["Rebels", "Syrian government", "Turkey"]


def test_a_name_and_its_longer_form_are_one_side() -> None:
    # Neither name is in the lexicon; the shorter is part of the longer sentence.
    reports = [
        _said("a", "SANA", "Abu Omar hit the market in Jurin.", (None, "Abu Omar")),
        _said("b", "TRT", "Abu Omar al-Halabi hit the market.", (None, "Abu Omar al-Halabi")),
    ]
    assert disagreements(reports) == []


def test_a_short_name_is_matched_as_written() -> None:
    reports = [
        _said("a", "SANA", "They told us the US hit the market.", ("USA_MIL", "US")),
        _said(
            "b",
            "TRT",
            "Syrian government jets hit the market, residents told us.",
            ("SYR_GOV", "Syrian government"),
        ),
    ]
    (blamed,) = disagreements(reports)
    assert [s.value for s in blamed.sides] == ["Syrian government", "US"]


def test_forces_or_an_attacker_of_no_named_side_take_no_side() -> None:
    reports = [
        _said("a", "SANA", "Army units hit the market in Jurin.", (None, "army units")),
        _said(
            "b", "TRT", "Syrian government jets hit the market.", ("SYR_GOV", "Syrian government")
        ),
        _said("c", "Reuters", "The attacker hit the market.", (None, "attacker")),
    ]
    assert disagreements(reports) == []
    # A name for a party, loaded or not ("terrorists"), is a side against the government.
    labelled = _said("d", "NNA", "Terrorists hit the market in Jurin.", (None, "Terrorists"))
    (blamed,) = disagreements([*reports, labelled])
    assert [s.value for s in blamed.sides] == ["Syrian government", "Terrorists"]


def test_a_group_noun_alone_is_no_label_for_an_armed_group() -> None:
    # "Rights groups" blaming is not "terrorist groups": a side of its own.
    reports = [
        _view("a", "SANA", (None, "rights groups"), []),
        _view("b", "Reuters", ("JAYSH_AL_ISLAM", "Jaysh al-Islam"), []),
    ]
    assert [d.kind for d in disagreements(reports)] == ["actor"]


def test_a_doer_the_sentence_does_not_name_takes_no_side() -> None:
    # The doer came from another sentence of the article (a merged mention, a pronoun
    # read back): the events stage's reading, not the outlet's word on this event.
    named = _said("a", "SANA", "Terrorists hit the market in Jurin.", (None, "Terrorists"))
    unnamed = _said("b", "TRT", "Shells hit the market in Jurin.", ("SYR_GOV", "Syrian government"))
    assert disagreements([named, unnamed]) == []
    stated = _said(
        "c", "Reuters", "Syrian government shells hit the market.", ("SYR_GOV", "Syrian government")
    )
    (blamed,) = disagreements([named, unnamed, stated])
    assert [s.value for s in blamed.sides] == ["Syrian government", "Terrorists"]
    assert blamed.sides[0].outlets == ["Reuters"]
