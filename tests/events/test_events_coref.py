"""Cross-sentence and same-sentence event coreference (one happening, one event)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest
from events_support import Extract, assault_events

from sitrep.actors import ActorDictionary
from sitrep.events import extract_events
from sitrep.model import Document, Place
from sitrep.time import assign_dates

if TYPE_CHECKING:
    from spacy.language import Language


#: A headline and a lead telling one attack, its toll counted in each.
CAR_BOMB = (
    "Car bomb kills three in Hama. "
    "Three people were killed and nine others wounded in a car bombing on Wednesday. "
    "The blast went off beside a bakery."
)


def test_headline_and_lead_are_one_attack(extract: Extract) -> None:
    text = CAR_BOMB
    assaults = [e for e in extract(text) if e.type == "ASSAULT"]
    assert len(assaults) == 1, [e.trigger.text for e in assaults]
    units = {(q.value, q.unit) for q in assaults[0].quantities}
    assert (3, "killed") in units


def test_different_attackers_stay_apart(extract: Extract) -> None:
    text = (
        "Turkish warplanes struck targets in the town on Monday. "
        "Kurdish fighters attacked a Turkish checkpoint on Tuesday."
    )
    assaults = [e for e in extract(text) if e.type == "ASSAULT"]
    assert len(assaults) == 2


def test_participle_modifier_is_no_event(extract: Extract) -> None:
    events = extract("US-backed rebels entered the besieged town of Madaya.")
    assert not [e for e in events if e.trigger.text in ("backed", "besieged")]


def test_body_mention_carries_an_event_named_in_a_headline(extract: Extract) -> None:
    text = (
        "Government troops shell Saraqib\n\n"
        "Government troops shelled the town of Saraqib with heavy artillery, "
        "killing three civilians."
    )
    assaults = [e for e in extract(text) if e.type == "ASSAULT"]
    assert len(assaults) == 1, [e.trigger.text for e in assaults]
    # The body sentence, with its details, is the event's sentence, not the headline.
    assert assaults[0].trigger.start > text.index("\n")


def test_mention_dated_at_the_time_carries_the_happening(nlp: Language) -> None:
    text = (
        "Hundreds of militants escaped from a prison in the north. "
        "The army offensive began in October 2019. "
        "Officials at the time said 800 militants managed to escape from the prison."
    )
    doc = nlp(text)
    document = Document(id=Document.content_id(text), text=text, published="2021-03-01")
    events = extract_events(doc, document, [], ActorDictionary.load([]).find(doc))
    escapes = [e for e in events if e.type == "RETREAT"]
    assert len(escapes) == 1, [(e.type, e.trigger.text) for e in events]
    assert escapes[0].trigger.start > text.index("at the time")
    assign_dates(doc, events, dt.date(2021, 3, 1))
    date = escapes[0].date
    assert date is not None and (date.value, date.precision) == ("2019-10-01", "month")


def test_a_guessed_place_does_not_split_a_happening(extract: Extract) -> None:
    text = (
        "Gunmen attacked a funeral in the town of Madaya. "
        "Three women from Madaya west of Damascus were killed by the gunmen on Thursday."
    )

    def place(word: str, nth: int, name: str) -> Place:
        start = -1
        for _ in range(nth + 1):
            start = text.index(word, start + 1)
        return Place(
            text=word,
            start=start,
            end=start + len(word),
            name=name,
            lat=33.7,
            lon=36.1,
            country_code="SY",
            feature="P.PPL",
        )

    places = [
        place("Madaya", 0, "Madaya"),
        place("Madaya", 1, "Madaya"),
        place("Damascus", 0, "Damascus"),
    ]
    assaults = [e for e in extract(text, places=places) if e.type == "ASSAULT"]
    assert len(assaults) == 1, [e.trigger.text for e in assaults]


def test_a_number_read_as_a_date_does_not_split_a_happening(extract: Extract) -> None:
    # The parser reads the headline's "38" as a DATE; a bare number dates nothing, so
    # the body's dated mention ("went off ... on Sunday") is the same happening.
    text = (
        "Twin Car Bombs Kill 38 Wound Scores in Syrias Hama Province.\n"
        "At least 38 people were killed by the two blasts in the city. "
        "Police said two car bombs went off near a bus stop on Friday morning."
    )
    assaults = [e for e in extract(text) if e.type == "ASSAULT"]
    assert len(assaults) == 1, [e.trigger.text for e in assaults]
    assert assaults[0].trigger.text == "went"
    assert assaults[0].mode == "explosives"


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # The parser tags "10-year-old" as a DATE: an age dates no happening, so the
        # second sentence's victims are the Monday strikes', not another day's.
        (
            "Coalition airstrikes killed eight civilians in Raqqa on Monday, activists said. "
            "A 10-year-old child was among those killed by the airstrikes.",
            "2016-07-05",
        ),
        # The tagger's "earlier Sunday" names the Sunday of the lead, not another date.
        (
            "Government warplanes bombed a market in Saraqib on Sunday, killing 12 civilians. "
            "Medics said the raid earlier Sunday also wounded 30 people.",
            "2016-08-09",
        ),
    ],
)
def test_a_tagged_phrase_that_names_no_other_day_does_not_split_a_happening(
    extract: Extract, text: str, published: str
) -> None:
    assaults = [e for e in extract(text, published=published) if e.type == "ASSAULT"]
    assert len(assaults) == 1, [e.trigger.text for e in assaults]


def test_date_phrases_that_name_no_time() -> None:
    from sitrep.events.coref_dates import names_no_time

    # Ages and words the tagger took for dates (a region's name, a toll's tail).
    for phrase in ("10-year-old", "between 7 and 12 years old", "Qalamoun", "20+ killed &"):
        assert names_no_time(phrase), phrase
    # Times, stretches and rates do name one ("Mayadeen" is no "May").
    for phrase in ("Monday", "the holy month of Ramadan", "daily", "two days", "2014", "May"):
        assert not names_no_time(phrase), phrase
    assert names_no_time("Mayadeen")


def test_a_report_date_does_not_split_a_happening(extract: Extract) -> None:
    # "Sunday" dates the coalition's remark, not the strikes: the later mention dated
    # "late Saturday" is the same happening.
    text = (
        "Coalition aircraft unleashed airstrikes on the city in what the coalition said "
        "Sunday was a record. At least 16 airstrikes on the city were reported late Saturday."
    )
    assaults = [e for e in extract(text) if e.type == "ASSAULT"]
    assert len(assaults) == 1, [e.trigger.text for e in assaults]


def test_one_count_told_twice_is_kept_once(extract: Extract) -> None:
    # The headline's "three" and the lead's "Three people" are one count of one attack.
    text = CAR_BOMB
    assaults = [e for e in extract(text) if e.type == "ASSAULT"]
    assert len(assaults) == 1, [e.trigger.text for e in assaults]
    killed = [q for q in assaults[0].quantities if q.unit == "killed"]
    assert [q.value for q in killed] == [3], [(q.value, q.text) for q in killed]


def test_a_toll_update_and_the_dated_telling_are_one_attack(extract: Extract) -> None:
    # The toll's day (Sunday) is not the bombing's: the telling dated Saturday joins it
    # and carries the event.
    text = (
        "The death toll from the car bombing in Azaz has risen to 40, the monitor said on"
        " Sunday. The bomb went off in a crowded market on Saturday, killing 25 people,"
        " the monitor said."
    )
    assaults = [e for e in extract(text) if e.type == "ASSAULT"]
    assert len(assaults) == 1, [e.trigger.text for e in assaults]
    assert text.index("Saturday") > assaults[0].trigger.start


def test_a_toll_is_no_count_of_an_attack_still_planned(extract: Extract) -> None:
    # The dead were killed in fighting that happened; "seeks to retake" is to come.
    text = (
        "Scores of people have been killed in Daraa since the talks broke down in June"
        " as the army seeks to retake the city."
    )
    assaults = {e.trigger.text: e for e in extract(text) if e.type == "ASSAULT"}
    assert "killed" in assaults, list(assaults)
    assert all(
        q.unit != "killed"
        for e in assaults.values()
        if e.modality == "planned"
        for q in e.quantities
    )


def test_the_blast_names_the_bombing_not_the_fight_being_prepared(extract: Extract) -> None:
    # A definite noun with no roles refers back to the latest happening of its type
    # told as having happened, not to one only being prepared in between.
    events = extract(
        "A bomber blew himself up among militiamen who were getting ready to storm "
        "the barracks. The blast on Friday hit the Nasib crossing."
    )
    kinds = {e.trigger.text: (e.modality, [m.trigger.text for m in e.mentions]) for e in events}
    assert kinds["storm"] == ("planned", [])
    # One event holds both (the dated blast carries it: see test_events_dates).
    (other,) = [[t, *m] for t, (_, m) in kinds.items() if t != "storm"]
    assert sorted(other) == ["blast", "blew"]


@pytest.mark.parametrize(
    ("text", "published", "news", "old"),
    [
        (
            "Coalition strikes kill 56 civilians near Manbij. Warplanes struck the village "
            "of Tokhar. It is the worst toll since the alliance started its air campaign "
            "over the country in 2014.",
            "2016-07-19",
            "kill",
            "campaign",
        ),
        (
            "Jets bombed a camp in Idlib killing 20 people. In May a suspected air raid on a "
            "refugee camp in the province left dozens dead.",
            "2016-07-10",
            "bombed",
            "raid",
        ),
        # The headline stays the news once the lead carries the happening.
        (
            "By a staff reporter\nAir strike kills nine in Azaz market\nAn air strike "
            "killed nine people in the market of Azaz, medics said. The strike also "
            "wounded dozens. Last month an air raid on the town killed 12 people.",
            "2016-07-20",
            "strike",
            "raid",
        ),
        # A year's worth of happenings is no one day's news either.
        (
            "Militants shot dead 14 herders near Palmyra. The group has carried out "
            "similar killings in the desert this year.",
            "2016-07-10",
            "shot",
            "killings",
        ),
        # An uncounted stretch before the news ("several days before") is no news:
        # merged, the earlier strike carried the lead's event and its sentence.
        (
            "Air strikes killed 20 militants in Maadan, the ministry said. Several days "
            "before a Russian airstrike in the area left a commander wounded.",
            "2017-10-04",
            "strikes",
            "airstrike",
        ),
    ],
)
def test_undated_news_is_no_mention_of_a_happening_long_before_or_of_a_span(
    extract: Extract, text: str, published: str, news: str, old: str
) -> None:
    events = {e.trigger.text: e for e in extract(text, published=published)}
    assert news in events and old in events, list(events)
    assert not {(q.value, q.unit) for q in events[old].quantities} & {
        (56, "killed"),
        (20, "killed"),
        (14, "killed"),
        (9, "killed"),
    }
    # The old happening took no mention of the news (the lead's first sentence).
    first = text.index(".")
    assert all(m.trigger.start > first for m in events[old].mentions)


def test_a_spans_starting_point_is_no_later_mention_of_an_incident(extract: Extract) -> None:
    text = (
        "Barrel bombs fell on Velgorod on Monday, wounding many residents. "
        "It was the heaviest toll since troops started operations in the valley."
    )
    events = [e for e in extract(text) if e.type == "ASSAULT"]
    bombs = next(e for e in events if e.trigger.text == "fell")
    assert "operations" not in [m.trigger.text for m in bombs.mentions], events
    # The troops who started operations did not drop the bombs.
    assert bombs.source_actor is None, bombs.source_actor


def test_a_campaigns_duration_keeps_it_apart_from_one_days_strikes(extract: Extract) -> None:
    text = (
        "Raids killed 21 civilians in Velgorod on Monday, a monitor said. The town has "
        "faced a more than month-long offensive by allied fighters that has caused "
        "thousands to flee."
    )
    triggers = sorted(e.trigger.text for e in extract(text) if e.type == "ASSAULT")
    assert triggers == ["killed", "offensive"], triggers


def test_victims_and_the_aim_of_one_strike_are_one_happening(extract: Extract) -> None:
    # The headline names what the raids aimed at, the lead the civilians among the
    # dead: with one toll in both, they tell one strike.
    text = (
        "20 dead in heavy Russian raids on IS stronghold. At least 20 people including "
        "six civilians were killed in Russian air strikes on the group's de facto "
        "capital of Raqqa on Saturday, a monitor said."
    )
    assaults = [e for e in extract(text) if e.type == "ASSAULT"]
    assert len(assaults) == 1, [e.trigger.text for e in assaults]
    # Another toll, or no civilians, keeps two targets two happenings.
    other = text.replace("At least 20 people", "At least 14 people")
    assert len([e for e in extract(other) if e.type == "ASSAULT"]) == 2


def test_a_wider_name_and_a_group_it_covers_name_one_attacker(extract: Extract) -> None:
    # Invented report: the headline names the Kurdish fighters, the body the group.
    text = (
        "Kurdish forces kill 13 militants near Tabqa. "
        "The Syrian Democratic Forces killed 13 Islamic State militants in clashes near "
        "the town of Tabqa on Thursday, a monitor said."
    )
    assaults = [e for e in extract(text) if e.type == "ASSAULT"]
    assert len(assaults) == 1, [(e.trigger.text, e.source_actor) for e in assaults]
    assert assaults[0].source_actor is not None
    assert assaults[0].source_actor.actor_id == "SDF"


#: A toll told with the day a monitor gave it, and the assault told below with its
#: own day, the day before (invented report).
REPORT_NEXT_DAY = (
    "At least 40 soldiers were killed as Islamic State fighters stormed an army base "
    "in Raqqa province, a monitor said on Saturday. "
    "The monitor said the Islamic State assault forced the troops to withdraw late on Friday."
)


def test_a_report_day_and_the_day_before_are_one_happening_of_one_party(nlp: Language) -> None:
    doc = nlp(REPORT_NEXT_DAY)
    document = Document(
        id=Document.content_id(REPORT_NEXT_DAY), text=REPORT_NEXT_DAY, published="2014-07-26"
    )
    events = extract_events(doc, document, [], ActorDictionary.load([]).find(doc))
    assaults = [e for e in events if e.type == "ASSAULT"]
    assert len(assaults) == 1, [(e.trigger.text, e.date) for e in assaults]
    # The happening's day is the mention's, not the monitor's.
    assign_dates(doc, events, dt.date(2014, 7, 26))
    date = assaults[0].date
    assert date is not None and (date.value, date.precision) == ("2014-07-25", "day")
    assert {q.value for q in assaults[0].quantities if q.unit == "killed"} == {40}


def test_a_report_day_and_the_day_before_of_two_parties_stay_apart(extract: Extract) -> None:
    # The raids answered the blast: a day's lag and no party in common.
    text = (
        "At least ten soldiers were killed in Israeli air raids near the Golan Heights, a "
        "monitor said on Monday. A teenager was killed on Sunday after a roadside bomb "
        "struck his family's truck near the Golan."
    )
    assaults = assault_events(extract, text, "2014-06-23")
    assert len(assaults) == 2, [e.trigger.text for e in assaults]


def test_report_lag_reads_one_reports_day_against_a_happenings_day() -> None:
    from dataclasses import dataclass, field

    from sitrep.events.coref_dates import DateKeys, report_lag

    @dataclass
    class Mention:
        own_dates: list[str]
        report_dates: list[str] = field(default_factory=list)
        dates: list[str] = field(default_factory=list)

    keys = DateKeys(dt.date(2016, 7, 9))  # a Saturday
    said = Mention(["Saturday"], ["Saturday"])
    assert report_lag(said, Mention(["Friday"]), keys)
    assert report_lag(Mention(["Saturday"]), said, keys)
    # Two days before the report, a happening's own day after it, or two reports'
    # days: no lag to read.
    assert not report_lag(said, Mention(["Thursday"]), keys)
    assert not report_lag(Mention(["Friday"], ["Friday"]), Mention(["Saturday"]), keys)
    assert not report_lag(said, Mention(["Friday"], ["Friday"]), keys)
    # A possessive weekday whose apostrophe was lost ("Fridays raid") names its day.
    assert report_lag(said, Mention(["Fridays"]), keys)
    assert not report_lag(said, Mention(["Thursdays"]), keys)


def test_relative_days_are_read_against_the_texts_own_stamp(extract: Extract) -> None:
    # The crawl's date (4 July) is a week off the text's stamp (Tuesday 12 July): the
    # raid "said Tuesday" and "Mondays raid" are one happening only on the stamp's
    # calendar, as the time stage reads it.
    text = (
        "AFP Tuesday 12 Jul 2016 A Russian air raid on a market in the town of Saraqib "
        "killed nine traders and wounded 20, the Syrian Observatory said Tuesday. Mondays "
        "raid by Russian jets destroyed at least 30 shops in the town."
    )
    for published in ("2016-07-04", "2016-07-12"):
        assaults = [e for e in extract(text, published=published) if e.type == "ASSAULT"]
        assert len(assaults) == 1, (published, [e.trigger.text for e in assaults])


def test_a_named_person_outside_the_lists_is_another_speaker(extract: Extract) -> None:
    text = (
        "The Syrian opposition condemned the shelling of the market on Friday. "
        "Archbishop Desmond Tutu also condemned the attack in a statement."
    )
    speakers = [e.source_actor for e in extract(text) if e.type == "ACCUSE"]
    assert len(speakers) == 2, speakers
    assert speakers[0] is not None and speakers[0].actor_id == "SYR_OPPOSITION"
    assert speakers[1] is not None and "Desmond Tutu" in speakers[1].text


def test_a_person_titled_with_the_body_they_head_may_speak_for_it(extract: Extract) -> None:
    text = (
        "The Arab League urged the UN monitors on Tuesday to visit the town. "
        "Arab League chief Amr Moussa urged the monitors to go to the town at once."
    )
    requests = [e for e in extract(text) if e.type == "REQUEST"]
    assert len(requests) == 1, requests


def test_a_sentence_turning_to_another_happening_starts_one(extract: Extract) -> None:
    text = (
        "On Friday 16 civilians were killed when rocket shells hit the Midan area of "
        "Aleppo. Meanwhile two civilians were killed by shells on a neighbourhood of "
        "Deir Ezzor city."
    )
    kills = assault_events(extract, text, "2016-04-30")
    assert len(kills) == 2, [(e.trigger.text, [m.trigger.text for m in e.mentions]) for e in kills]
    # Without the turn, the two tolls of one day are read as one happening's.
    joined = assault_events(extract, text.replace("Meanwhile t", "T"), "2016-04-30")
    assert len(joined) == 1


def test_an_indefinite_deed_with_its_own_doer_is_another_happening(extract: Extract) -> None:
    text = (
        "Residents of the capital woke to sirens. "
        "Officials closed the schools for the week. "
        "At least 40 people died on Wednesday in attacks on the eastern suburbs. "
        "Residents said the streets were empty. "
        "Soldiers at an army post in the suburbs also reported an IS attack."
    )
    assaults = [e for e in extract(text) if e.type == "ASSAULT"]
    died = next(e for e in assaults if any(q.value == 40 for q in e.quantities))
    assert died.source_actor is None, died.source_actor
    assert any(e.source_actor is not None and e.source_actor.actor_id == "ISIS" for e in assaults)


def test_a_lead_retells_a_headline_with_an_indefinite_deed(extract: Extract) -> None:
    text = (
        "Mon Aug 15 2016 Thirty rebels killed at border crossing. "
        "The group on Monday said a suicide bombing by IS killed 30 rebels near the border. "
        "The blast struck a bus."
    )
    assaults = [e for e in extract(text) if e.type == "ASSAULT"]
    assert len(assaults) == 1, [e.trigger.text for e in assaults]
