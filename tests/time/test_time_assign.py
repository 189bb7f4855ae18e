"""assign_dates on parsed text: choosing the expression, fallbacks, the seed."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest
from time_support import PUB, date_of, sentence_event

from sitrep.time import assign_dates, find_expressions

if TYPE_CHECKING:
    from spacy.language import Language


def test_time_expression_nearest_the_trigger(nlp: Language) -> None:
    text = "Rebels shelled the town on Tuesday, a week after troops withdrew in February."
    doc = nlp(text)
    shelled, withdrew = sentence_event(doc, text, "shelled"), sentence_event(doc, text, "withdrew")
    assign_dates(doc, [shelled, withdrew], PUB)
    assert shelled.date is not None and shelled.date.value == "2021-02-23"
    assert withdrew.date is not None and withdrew.date.precision == "month"
    assert withdrew.date.value == "2021-02-01"


def test_time_fallback_is_publication_week(nlp: Language) -> None:
    text = "Militants attacked a checkpoint near the city."
    doc = nlp(text)
    event = sentence_event(doc, text, "attacked")
    assign_dates(doc, [event], PUB)
    assert event.date is not None
    assert (event.date.value, event.date.precision, event.date.text) == ("2021-03-01", "week", "")
    assign_dates(doc, [event], None)
    assert event.date is None


def test_time_anaphora_takes_previous_date(nlp: Language) -> None:
    text = "The offensive began in October 2019. Officials at the time said 800 prisoners escaped."
    doc = nlp(text)
    event = sentence_event(doc, text, "escaped")
    assign_dates(doc, [event], PUB)
    assert event.date is not None
    assert (event.date.value, event.date.precision, event.date.text) == (
        "2019-10-01",
        "month",
        "at the time",
    )


def test_time_seed_dates(nlp: Language, seed_text: str) -> None:
    doc = nlp(seed_text)
    heli = sentence_event(doc, seed_text, "carried out the operation")
    incursion = sentence_event(doc, seed_text, "began")
    strikes = sentence_event(doc, seed_text, "carried out airstrikes")
    redeployed = sentence_event(doc, seed_text, "redeployed")
    base = sentence_event(doc, seed_text, "building")
    assign_dates(doc, [heli, incursion, strikes, redeployed, base], PUB)
    assert heli.date is not None and (heli.date.value, heli.date.precision) == ("2021-02-28", "day")
    assert heli.date.text == "Sunday"
    assert incursion.date is not None
    assert (incursion.date.value, incursion.date.precision) == ("2019-10-01", "month")
    assert strikes.date is not None and strikes.date.precision == "range"
    assert (strikes.date.value, strikes.date.end) == ("2014-09-01", "2021-03-01")
    assert redeployed.date is not None and redeployed.date.value == "2019-10-01"
    assert redeployed.date.precision == "range"
    assert base.date is not None and (base.date.value, base.date.precision) == (
        "2021-03-01",
        "month",
    )


def test_time_find_expressions_on_seed(nlp: Language, seed_text: str) -> None:
    texts = [e.text for e in find_expressions(nlp(seed_text), PUB)]
    for expected in ("Sunday", "recent years", "October 2019", "since September 2014"):
        assert expected in texts
    assert "Since the end of October 2019" in texts


def test_planned_date_without_year_is_ahead(nlp: Language) -> None:
    text = "Turkish and Russian troops will start joint patrols along the road on March 15."
    doc = nlp(text)
    event = sentence_event(doc, text, "patrols").model_copy(update={"modality": "planned"})
    assign_dates(doc, [event], dt.date(2020, 3, 5))
    assert event.date is not None and event.date.value == "2020-03-15"


def test_weekday_with_explicit_date_is_one_expression(nlp: Language) -> None:
    text = "Monitor AFP Wednesday 9 Apr 2014 Some 31 soldiers were killed."
    doc = nlp(text)
    event = sentence_event(doc, text, "killed")
    assign_dates(doc, [event], dt.date(2014, 3, 20))
    assert event.date is not None and event.date.value == "2014-04-09"


def test_stamp_with_glued_day_and_year_is_the_reference_day(nlp: Language) -> None:
    # Scraped pages lose the space in "Jul 28 2016"; read as a month it would
    # make July 1st the day "Wednesday" is counted back from.
    text = "Last updated at Jul 282016 ALEPPO: Aircraft bombed the Sakhour district on Wednesday."
    date = date_of(nlp, text, "bombed", dt.date(2016, 7, 29))
    assert date is not None
    assert (date.value, date.precision, date.reference) == ("2016-07-27", "day", "2016-07-28")


def test_the_stamp_dates_the_page_not_thesentence_event(nlp: Language) -> None:
    # A headline, an agency's stamp and the lead run into one sentence: the
    # stamp is the day the page was filed; the lead's weekday dates the deaths.
    text = (
        "Nine farmers killed in Hama shelling AFP Monday 3 Oct 2016 Shells struck "
        "their village north of Hama on Sunday, a monitor said."
    )
    date = date_of(nlp, text, "killed", dt.date(2016, 10, 5))
    assert date is not None and (date.value, date.precision) == ("2016-10-02", "day")
    # With no date of its own, a headline's event happened in the days up to the stamp.
    text = "Car bomb kills 14 near checkpoint Monitor AFP Tuesday 8 Mar 2016"
    date = date_of(nlp, text, "kills", dt.date(2016, 3, 10))
    assert date is not None
    assert (date.value, date.precision, date.text) == ("2016-03-08", "week", "")


def test_side_remark_report_date_is_not_the_event_date(nlp: Language) -> None:
    text = (
        "Allied jets pounded Mosul with airstrikes in what the alliance said "
        "Tuesday was among its heaviest raids."
    )
    doc = nlp(text)
    event = sentence_event(doc, text, "airstrikes")
    assign_dates(doc, [event], dt.date(2015, 7, 8))
    assert event.date is not None and event.date.text == ""  # the publication week


def test_clause_on_a_range_start_happened_at_the_start(nlp: Language) -> None:
    text = "Syria has been at war since early 2011 when the regime cracked down on protests."
    doc = nlp(text)
    event = sentence_event(doc, text, "cracked")
    assign_dates(doc, [event], dt.date(2016, 6, 13))
    assert event.date is not None and (event.date.value, event.date.precision) == (
        "2011-01-01",
        "year",
    )


def test_then_continues_the_dated_sequence(nlp: Language) -> None:
    text = (
        "Villagers blocked a convoy on Wednesday. They threw stones at the vehicles. "
        "Troops then opened fire on the villagers."
    )
    doc = nlp(text)
    fired = sentence_event(doc, text, "opened")
    assign_dates(doc, [fired], PUB)
    assert fired.date is not None
    assert (fired.date.value, fired.date.precision, fired.date.text) == (
        "2021-02-24",
        "day",
        "then",
    )


def test_a_number_counting_a_noun_is_no_year(nlp: Language) -> None:
    text = "Related: 2000 Syria refugees stranded in Lebanon mountains. The war began in 2011."
    found = {e.text: e.date.value for e in find_expressions(nlp(text), PUB) if e.date}
    assert found == {"in 2011": "2011-01-01"}


def test_then_is_not_anaphoric_in_since_then_or_far_away(nlp: Language) -> None:
    found = find_expressions(nlp("The town fell in May 2015. It has been quiet since then."), PUB)
    assert all(e.text != "then" for e in found)
    far = (
        "The army shelled the town on Monday. A. B. C. D. E. Fighters then attacked the checkpoint."
    )
    then = [e for e in find_expressions(nlp(far), PUB) if e.text == "then"]
    assert then and then[0].date is None


def test_dateline_is_the_reference_for_relative_dates(nlp: Language) -> None:
    text = (
        "31 soldiers killed in assault Monitor AFP Wednesday 9 Apr 2014 Some 31 soldiers "
        "were killed. The army was forced to pull back late on Tuesday."
    )
    doc = nlp(text)
    pulled = sentence_event(doc, text, "pull")
    # The given publication date (2014-03-20) contradicts the dateline: Tuesday is the 8th.
    assign_dates(doc, [pulled], dt.date(2014, 3, 20))
    assert pulled.date is not None and pulled.date.value == "2014-04-08"


def test_last_updated_stamp_is_the_reference_for_weekdays(nlp: Language) -> None:
    # The stamp lost the space between day and year, as scraped pages often do.
    text = (
        "Last updated at Apr 232017 BEIRUT An air strike on a training camp near the "
        "border killed three fighters on Sunday, an official said."
    )
    doc = nlp(text)
    killed = sentence_event(doc, text, "killed")
    # The corpus's date (2017-04-13) is not the text's: its Sunday is the stamp's day.
    assign_dates(doc, [killed], dt.date(2017, 4, 13))
    assert killed.date is not None and killed.date.value == "2017-04-23"


def test_update_stamps_are_read_as_the_texts_date() -> None:
    from sitrep.time.find import dateline

    assert dateline("MOSCOW (Sputnik) 17:41 (updated 15:00 07.10.2017) Get short URL") == (
        dt.date(2017, 10, 7)
    )
    assert dateline("Last updated: 28 July 2016 Jets struck the town.") == dt.date(2016, 7, 28)
    # "updated" in prose with no date after it is no stamp.
    assert dateline("The monitor updated its toll on Monday.") is None


# PUB is Monday 2021-03-01: Tuesday is 02-23, Friday 02-26.
@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        # The accusation came the day before the shelling.
        (
            "Troops shelled the village of Kafr Dalla on Tuesday, a day after the rebels"
            " accused them of a massacre.",
            "accused",
            "2021-02-22",
        ),
        (
            "Troops shelled the village of Kafr Dalla on Tuesday, a day after the rebels"
            " accused them of a massacre.",
            "shelled",
            "2021-02-23",
        ),
        (
            "Jets bombed the market of Tell Sawda on Friday two days after an ambush near the dam.",
            "ambush",
            "2021-02-24",
        ),
        # "The day after" is one day; "the days after" no count.
        (
            "Rebels shelled the bakery in Kafr Zita on Friday, the day after jets hit the school.",
            "hit",
            "2021-02-25",
        ),
        (
            "Rebels shelled the bakery in Kafr Zita on Friday, in the days after jets hit the"
            " school.",
            "hit",
            "2021-02-26",
        ),
        # Only an exact count shifts.
        (
            "Jets bombed the market of Tell Sawda on Friday, several days after an ambush"
            " near the dam.",
            "ambush",
            "2021-02-26",
        ),
        (
            "Gunmen raided the post at Tal Hamis on Friday, a day before the convoy left.",
            "left",
            "2021-02-27",
        ),
        # However deep the happening lies under the counted phrase.
        (
            "Artillery pounded the orchards of Kafr Batna on Tuesday, a day after the"
            " rebel council blamed government troops for gassing dozens in a rocket attack.",
            "attack",
            "2021-02-22",
        ),
        # A week is seven days; "the week after" is no count.
        (
            "Troops shelled the village of Kafr Dalla on Tuesday, a week after the rebels"
            " accused them of a massacre.",
            "accused",
            "2021-02-16",
        ),
        (
            "Troops shelled the village of Kafr Dalla on Tuesday, the week after the rebels"
            " accused them of a massacre.",
            "accused",
            "2021-02-23",
        ),
        # Hours move no date.
        (
            "Troops shelled the village of Kafr Dalla on Tuesday, hours after the rebels"
            " accused them of a massacre.",
            "accused",
            "2021-02-23",
        ),
        # A date inside the counted phrase dates the happening itself.
        (
            "Mourners gathered in Binnish a day after the raid of Sunday 21 February 2021"
            " on the clinic.",
            "raid",
            "2021-02-21",
        ),
    ],
)
def test_a_counted_day_after_or_before_moves_the_date(
    nlp: Language, text: str, trigger: str, day: str
) -> None:
    date = date_of(nlp, text, trigger)
    assert date is not None and date.value == day
    assert date.precision == "day"


def test_a_bare_day_after_follows_the_date_before_it(nlp: Language) -> None:
    # "The day after," with nothing after it: the day after the date just told.
    text = "Jets struck Saraqib on Friday. The day after, troops entered the town."
    date = date_of(nlp, text, "entered")
    assert date is not None and date.value == "2021-02-27"


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        ("Jets struck Douma on Monday. Rebels had shelled the capital the previous day.",
         "shelled", "2021-02-28"),
        ("Rebels on Sunday retook a hill that had fallen to the army a day earlier.",
         "fallen", "2021-02-27"),
        ("Rebels on Tuesday retook a district that had fallen to the army the day before.",
         "fallen", "2021-02-22"),
    ],
)  # fmt: skip
def test_a_bare_day_before_precedes_the_date_before_it(
    nlp: Language, text: str, trigger: str, day: str
) -> None:
    date = date_of(nlp, text, trigger)
    assert date is not None and (date.value, date.precision) == (day, "day")


def test_the_day_before_a_named_day_is_no_day_before_the_date_told(nlp: Language) -> None:
    # "the day before the vote" counts from the vote (sitrep.time.offset), and "the
    # day before yesterday" from publication: neither takes up Monday.
    text = "Jets struck Douma on Monday. Rebels shelled the capital the day before yesterday."
    date = date_of(nlp, text, "shelled")
    assert date is not None and date.value == "2021-02-27"


@pytest.mark.parametrize(
    ("text", "trigger", "day", "precision"),
    [
        # Sunday is when the toll rose: the bombing stays undated (the fallback).
        (
            "The death toll from the car bombing in Azaz has risen to 40, the monitor said"
            " on Sunday.",
            "bombing",
            "2021-03-01",
            "week",
        ),
        # A day inside the bombing's own phrase still dates it.
        (
            "The death toll from Saturday's car bombing in Azaz has risen to 40, the monitor"
            " said on Sunday.",
            "bombing",
            "2021-02-27",
            "day",
        ),
        # An inquiry opened on Monday into a raid: Monday is the inquiry's.
        (
            "An investigation into the raid on the clinic in Binnish opened on Monday.",
            "raid",
            "2021-03-01",
            "week",
        ),
        # Air forces halted strikes from Monday: Monday is when they stopped.
        (
            "The air forces halted airstrikes on the city from 0700 GMT Monday for a pause.",
            "airstrikes",
            "2021-03-01",
            "week",
        ),
    ],
)
def test_a_toll_inquiry_or_halt_date_does_not_date_its_happening(
    nlp: Language, text: str, trigger: str, day: str, precision: str
) -> None:
    date = date_of(nlp, text, trigger)
    assert date is not None
    assert (date.value, date.precision) == (day, precision)


@pytest.mark.parametrize(
    "text",
    [
        "Topic War on the Border (1956) 0 4 A car bomb exploded near a checkpoint.",
        "Attacks cut the Christian population of the town from 2000 to a few hundred.",
    ],
)
def test_a_count_in_brackets_or_a_range_of_counts_is_no_year(nlp: Language, text: str) -> None:
    doc = nlp(text)
    # The tagger reads the number as a date: the time stage must not.
    assert any(ent.label_ == "DATE" and ent.text.isdigit() for ent in doc.ents)
    assert [e.text for e in find_expressions(doc, PUB) if e.date] == []


def test_a_range_of_years_is_still_a_range(nlp: Language) -> None:
    found = find_expressions(nlp("The town changed hands from 2012 to 2015."), PUB)
    assert [(e.text, e.date.precision) for e in found if e.date] == [("from 2012 to 2015", "range")]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The war began when a government in power since 1970 answered peaceful "
            "protests with tanks.",
            "protests",
        ),
        ("Shelling killed two farmers in a town that has been divided since May 2013.", "Shelling"),
    ],
)
def test_a_since_range_of_another_state_does_not_date_thesentence_event(
    nlp: Language, text: str, trigger: str
) -> None:
    date = date_of(nlp, text, trigger)
    assert date is not None and (date.precision, date.text) == ("week", "")


def test_a_since_range_of_the_event_itself_dates_it(nlp: Language) -> None:
    date = date_of(nlp, "Protests have gone on in the town since March 2019.", "Protests")
    assert date is not None and (date.value, date.precision) == ("2019-03-01", "range")


@pytest.mark.parametrize(
    ("text", "trigger", "start"),
    [
        (
            "Some 5,000 herders were killed since the conflict began in March 2014.",
            "killed",
            "2014-03-01",
        ),
        (
            "Jets have killed 600 villagers since the truce collapsed on June 4.",
            "killed",
            "2021-06-04",
        ),
        # The date inside the noun object of "since", not a clause.
        (
            "Mortars have struck the two villages since the start of the feud in March 2014.",
            "struck",
            "2014-03-01",
        ),
    ],
)
def test_a_date_in_a_since_clause_starts_a_range(
    nlp: Language, text: str, trigger: str, start: str
) -> None:
    date = date_of(nlp, text, trigger, dt.date(2021, 9, 1))
    assert date is not None
    assert (date.value, date.end, date.precision) == (start, "2021-09-01", "range")


def test_a_date_the_trigger_takes_before_a_since_clause_is_its_own(nlp: Language) -> None:
    text = "Jets struck the market on Monday, the first raid since the truce began in May."
    date = date_of(nlp, text, "struck")
    assert date is not None and (date.precision, date.text) == ("day", "Monday")


def test_measured_heads_finds_each_counted_phrase(nlp: Language) -> None:
    from sitrep.time.offset import measured_heads

    counted = nlp("Jets bombed the market on Friday, two days after an ambush near the dam.")
    assert [counted[i].lower_ for i in measured_heads(counted)] == ["after"]
    # No count, no phrase: the events stage then walks no trigger's parse.
    assert not measured_heads(nlp("Jets bombed the market on Friday after an ambush."))


def test_a_count_after_a_weekday_is_no_day_of_the_month(nlp: Language) -> None:
    # The parser makes "Friday 19" one date; the 19 counts the people.
    friday = dt.date(2014, 10, 10)
    text = (
        "The Observatory said Friday 19 people including two women were killed by air "
        "strikes on the town."
    )
    doc = nlp(text)
    assert any(e.text == "Friday 19" for e in doc.ents), "the parser's reading under test"
    date = date_of(nlp, text, "killed", published=friday)
    assert date is not None and (date.value, date.precision) == ("2014-10-10", "day")


def test_time_since_clause_takes_only_its_own_date(nlp: Language) -> None:
    # A past "since" clause names the start of a span: the sentence's day ends the
    # span and the publication week is no date of it; a date in the clause is.
    text = (
        "Two pilots died when their jet crashed on Monday, the heaviest loss "
        "since the air force began its raids."
    )
    doc = nlp(text)
    crashed, began = sentence_event(doc, text, "crashed"), sentence_event(doc, text, "began")
    assign_dates(doc, [crashed, began], PUB)
    assert crashed.date is not None and crashed.date.text == "Monday"
    assert began.date is None
    text = "Ten soldiers died on Monday, the heaviest loss since the army began its push in May."
    doc = nlp(text)
    began = sentence_event(doc, text, "began")
    assign_dates(doc, [began], PUB)
    assert began.date is not None and began.date.text == "in May"


def test_time_the_news_formula_counts_back_from_the_last_stated_day(nlp: Language) -> None:
    text = (
        "Rebels shelled the town on Sunday, killing five people. "
        "The attack came two days after jets hit a convoy near the border."
    )
    doc = nlp(text)
    shelled, hit = sentence_event(doc, text, "shelled"), sentence_event(doc, text, "hit")
    assign_dates(doc, [shelled, hit], PUB)
    assert shelled.date is not None and shelled.date.value == "2021-02-28"
    assert hit.date is not None and (hit.date.value, hit.date.precision) == ("2021-02-26", "day")
    # With no earlier stated day there is nothing to count from.
    text = "Rebels shelled the town. The attack came two days after jets hit a convoy."
    doc = nlp(text)
    hit = sentence_event(doc, text, "hit")
    assign_dates(doc, [sentence_event(doc, text, "shelled"), hit], PUB)
    assert hit.date is not None and hit.date.precision == "week"


def test_a_year_inside_a_named_war_dates_the_sentence(nlp: Language) -> None:
    # The entities are set by hand: the tagger's EVENT reading is what is tested
    # against, not the tagger.
    text = "The army took the plateau from its neighbour in the 1967 Six Day War."
    doc = nlp(text)
    start = text.index("the 1967")
    doc.ents = [doc.char_span(start, start + len("the 1967 Six Day War"), label="EVENT")]
    found = {e.text: e.date for e in find_expressions(doc, PUB)}
    assert found["1967"] is not None
    assert (found["1967"].value, found["1967"].precision) == ("1967-01-01", "year")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # The teller's verb parsed as a participle of the teller ("agency reported").
        (
            "A suicide bomber killed nine guards near Tal Abyad, Turkey's Anadolu news agency "
            "reported on Friday.",
            "killed",
        ),
        # ... or as an adverbial clause of the sentence's own verb.
        ("A blast occurred near the old city of Homs local media reported Friday.", "blast"),
    ],
)
def test_closing_attribution_dates_the_sentence(nlp: Language, text: str, trigger: str) -> None:
    # However the parser hangs "..., X reported on Friday" that closes a sentence,
    # it reports the whole sentence, as a report verb heading it does.
    date = date_of(nlp, text, trigger, dt.date(2017, 11, 19))
    assert date is not None and (date.value, date.precision) == ("2017-11-17", "day")


def test_a_report_with_its_own_content_dates_only_that(nlp: Language) -> None:
    # "said Tuesday that ..." after the happening tells something else: the
    # happening keeps the publication week.
    text = "Jets bombed the depot, and the ministry said on Tuesday that it would rebuild it."
    date = date_of(nlp, text, "bombed", dt.date(2015, 7, 8))
    assert date is not None and date.text == ""


def test_a_relative_clause_of_another_event_dates_that_event_only(nlp: Language) -> None:
    text = "The fighters were killed trying to reopen the road, which troops severed on Friday."
    doc = nlp(text)
    killed = sentence_event(doc, text, "killed")
    severed = sentence_event(doc, text, "severed")
    assign_dates(doc, [killed, severed], PUB)
    assert severed.date is not None and severed.date.value == "2021-02-26"
    assert killed.date is not None and killed.date.precision == "week"


def test_a_relative_clause_without_an_event_still_dates_the_trigger(nlp: Language) -> None:
    text = "Jets bombed the town, which lies near the border, on Friday."
    doc = nlp(text)
    bombed = sentence_event(doc, text, "bombed")
    assign_dates(doc, [bombed], PUB)
    assert bombed.date is not None and bombed.date.value == "2021-02-26"
