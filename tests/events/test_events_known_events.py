"""Event nouns whose happening a doubting or denying clause takes for granted
(sitrep.events.known_events): the doubt is about who did it, what it caused or
what it was, not about whether it happened."""

from __future__ import annotations

import pytest
from events_support import Extract


def _moods(extract: Extract, text: str, trigger: str) -> list[str]:
    return [e.modality for e in extract(text) if e.trigger.text == trigger]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # A noun told as reported: the modal is the raising's or the response's.
        ("Paris said it would raise a reported gas attack on the suburb at the council.", "attack"),
        ("Aides weighed how the allies could respond to an alleged attack on the port.", "attack"),
        # Who did it is in doubt, not that it happened.
        ("The raid on the bakery was most likely flown by helicopters.", "raid"),
        ("Monitors did not know whether army or allied jets carried out the strikes.", "strikes"),
        ("It was unclear whether the bombardment was carried out by the navy.", "bombardment"),
        # What it caused is in doubt.
        ("Officers said a strike today near the dam may have caused civilian deaths.", "strike"),
        # A judging verb's "not": the retreat happened.
        ("The commander said the retreat of the rebels does not mean defeat.", "retreat"),
    ],
)
def test_the_happening_is_taken_for_granted(extract: Extract, text: str, trigger: str) -> None:
    moods = _moods(extract, text, trigger)
    assert moods, text
    assert all(m == "asserted" for m in moods), (text, moods)


@pytest.mark.parametrize(
    ("text", "trigger", "mood"),
    [
        # An unknown (indefinite) noun under a modal is still a guess.
        ("Diplomats said an attack could follow within days.", "attack", "hypothetical"),
        # A modal with no perfect on a known noun doubts the happening itself.
        ("Officials said the offensive would begin before winter.", "offensive", "hypothetical"),
        # A verb of occurring: whether it happened is what is doubted.
        ("Monitors did not know whether the raid on the depot took place.", "raid", "hypothetical"),
        # A "not" on the verb that tells it still denies it.
        ("The ministry said the raid was not carried out by its pilots.", "raid", "negated"),
    ],
)
def test_doubt_about_the_happening_stays(
    extract: Extract, text: str, trigger: str, mood: str
) -> None:
    assert _moods(extract, text, trigger) == [mood], text


def test_only_going_to_plans(extract: Extract) -> None:
    # "went on by saying" governs a report; "going to" plans.
    told = "The officer went on by saying that drones have been deployed over the valley."
    assert _moods(extract, told, "deployed") == ["asserted"]
    plan = "The officer said the army was going to attack the village."
    assert _moods(extract, plan, "attack") == ["planned"]


def test_a_since_clause_dates_the_sentence_and_is_no_news(extract: Extract) -> None:
    text = "Thousands of families have fled the district since the militia launched an offensive."
    assert _moods(extract, text, "offensive") == ["historical"]
    # A "since" the parser hangs on the main verb is that verb's span, still news.
    news = "Since Thursday bombardment has killed 30 people in the district."
    assert all(m == "asserted" for m in _moods(extract, news, "bombardment"))


def test_a_since_clause_is_kept_apart_from_the_sentence_news(extract: Extract) -> None:
    text = "Shelling has emptied the district since the militia launched an offensive in May."
    events = {e.trigger.text: e for e in extract(text)}
    assert events["offensive"].modality == "historical"
    # The shelling is its own happening and takes no doer from the clause.
    assert events["Shelling"].modality == "asserted"
    assert events["Shelling"].source_actor is None
