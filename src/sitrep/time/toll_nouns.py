"""A happening named inside a later noun's phrase is not dated by that noun's clause.

"The death toll in Saturday's bombing has risen to 112, a monitor said Sunday": Sunday
is when the toll rose (or was told), not when the bombing was; "the investigation into
the raid opened on Monday" dates the investigation. A nominal trigger that is the object
of a preposition on one of these nouns takes only a date phrase inside its own phrase
("Saturday's bombing", "the raid of 3 May"); otherwise the time stage gives it the
undated fallback and event coreference does not read the clause's date as its own (two
tellings of one bombing, one with the toll of Sunday, one "on Saturday", stay one).

So with a verb that stops the happening ("halted airstrikes on Aleppo from 0700 GMT
Tuesday"): the clause's date is when the strikes stopped, not when they were; a
lead's strike that such a mention joins keeps its own day.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Nouns whose phrase names a happening that came before what the clause dates: the toll
#: that rises, the inquiry that follows, the anniversary that recalls it. ("In the wake
#: of strikes on Friday" is left out: the parser often hangs the strikes' own day on the
#: clause, and FA-KES dev lost a right merge of Friday's strikes with it.)
LATER_NOUNS = frozenset({"toll", "tally", "anniversary", "investigation", "inquiry", "probe"})


def dates_later_noun(anchor: Token, trigger: Token | None) -> bool:
    """Whether the date phrase headed by ``anchor`` lies outside the phrase of a nominal
    ``trigger`` that hangs, through a preposition, on a :data:`LATER_NOUNS` noun."""
    if trigger is None or trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "pobj":
        return False
    prep = trigger.head
    if prep.dep_ != "prep" or prep.head.i == prep.i:
        return False
    if prep.head.lemma_.lower() not in LATER_NOUNS:
        return False
    return not trigger.left_edge.i <= anchor.i <= trigger.right_edge.i


def dates_stop(anchor: Token, trigger: Token | None) -> bool:
    """Whether the date phrase headed by ``anchor`` lies outside the phrase of a nominal
    ``trigger`` that a stopping verb (the trigger lexicon's ``stopping_heads``) takes
    as its object: it dates the stop."""
    if trigger is None or trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "dobj":
        return False
    # Imported here: the trigger lexicon is the events stage's, which imports this one.
    from sitrep.events.lexicon import load_lexicon

    head = trigger.head
    if head.lemma_.lower() not in load_lexicon().modality.get("stopping_heads", ()):
        return False
    return not trigger.left_edge.i <= anchor.i <= trigger.right_edge.i


def dated_elsewhere(anchor: Token, trigger: Token | None) -> bool:
    """:func:`dates_later_noun` or :func:`dates_stop`: the date is another act's."""
    return dates_later_noun(anchor, trigger) or dates_stop(anchor, trigger)
