"""Happenings dated by a day count from the sentence's date: "troops shelled the
suburbs on Thursday, a day after the rebels accused the army of gassing dozens",
"two days after the attack on the convoy". The sentence's date phrase dates the
main clause; the happening under "N day(s) after" was N days earlier, under
"N day(s) before" N days later ("a week after": seven days).

Read from the parse: the trigger (or any word above it) carries the subordinator
"after"/"before" and the measure "a day"/"two days" (``mark`` and ``npadvmod``
children: "a day after the rebels accused"), or the trigger lies under a
preposition "after"/"before" measured that way ("two days after the attack").
"The day after the raid" is one day ("the days after" is no count). Only an exact
count shifts ("several days after" does not), and only a date of
day precision that lies outside the measured phrase (inside it, the phrase
dates the happening itself: "a day after Tuesday's attack").

The news formula "the attack comes a day after jets hit a convoy" in a
sentence without a date is counted from the day of the article's news
(:func:`came_after`; the parser often hangs "a day" on "came"). "A few days
after" and "several days before" count nothing.

"Hours after" and "minutes before" move no date, but still say that two
happenings are told: :func:`offset_clause` finds the measured phrase for the
events stage, which keeps the happening under it apart from the main clause's
("troops killed five rebels hours after the group attacked a checkpoint").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.nlp.cache import doc_arrays

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Words that count the days of the measure ("a day", "two days").
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
#: Sign of the shift from the sentence's date to the happening's.
_DIRECTION = {"after": -1, "before": 1}
#: Days in a counted unit: "two days after", "a week after".
_UNIT_DAYS = {"day": 1, "week": 7}
#: Words that make a measure approximate: no exact count to move a date by.
_INEXACT = frozenset(
    {
        "less",
        "more",
        "over",
        "under",
        "nearly",
        "almost",
        "about",
        "around",
        "roughly",
        "some",
        "few",
        "several",
    }
)
#: Measures shorter than a day: two happenings, one date.
_SHORT = frozenset({"hour", "minute", "moment"})


def _measure(word: Token) -> int | None:
    """Days in the measure ``word`` heads ("a day", "two days", "3 days", "a week";
    "hours" is 0), else None."""
    if word.dep_ != "npadvmod":
        return None
    lemma = word.lemma_.lower()
    if lemma in _SHORT:
        return 0
    length = _UNIT_DAYS.get(lemma)
    if length is None:
        return None
    if any(w.lower_ in _INEXACT for w in word.subtree):
        return None  # "less than a week after", "about two days before"
    for child in word.children:
        if child.dep_ in ("det", "nummod"):
            low = child.lower_
            if low.isdigit():
                return int(low) * length if 0 < int(low) <= 31 else None
            if low == "the":
                # "the day after the raid"; "the days after" and "the week after"
                # (some day of it) count nothing.
                return 1 if word.lower_ == "day" else None
            count = _COUNTS.get(low)
            return None if count is None else count * length
    return None


def _days(node: Token) -> int | None:
    """Days of the measure among ``node``'s children ("a day", "two days"), else None."""
    return next((d for d in map(_measure, node.children) if d is not None), None)


def _shift_at(node: Token) -> tuple[int, Token] | None:
    """(signed days, the phrase's head) when ``node`` heads a measured after/before
    clause or phrase, else None."""
    word = node.lower_
    if node.dep_ == "prep" and word in _DIRECTION:
        # "two days after the attack": the measure hangs on the preposition.
        days = _days(node)
        return None if days is None else (_DIRECTION[word] * days, node)
    marks = [c for c in node.children if c.dep_ == "mark" and c.lower_ in _DIRECTION]
    if len(marks) != 1:
        return None
    # The parser may hang the measure on the subordinator itself ("a day after the
    # hanging of the pilot", with "pilot" read as the clause's verb).
    days = _days(node)
    if days is None:
        days = _days(marks[0])
    return None if days is None else (_DIRECTION[marks[0].lower_] * days, node)


def measured_heads(doc: Doc) -> set[int]:
    """Indices of the heads of every measured after/before phrase of ``doc`` (the
    preposition, or the verb of the clause "after" introduces): most texts have
    none, and then no trigger needs a walk up its parse."""
    heads: set[int] = set()
    for i, word in enumerate(doc_arrays(doc).lower):
        if word not in _DIRECTION:
            continue
        tok = doc[i]
        node = tok if tok.dep_ == "prep" else tok.head
        if _shift_at(node) is not None:
            heads.add(node.i)
    return heads


def head_above(trigger: Token, heads: set[int]) -> int | None:
    """The first of ``heads`` (from :func:`measured_heads`) at or above ``trigger``
    in the parse: the measured phrase it lies under, as :func:`offset_clause` finds
    it without asking every word again."""
    node = trigger
    while node.i not in heads:
        if node.head.i == node.i:
            return None
        node = node.head
    return node.i


def offset_clause(trigger: Token) -> tuple[int, Token] | None:
    """(signed days, the phrase's head) of the measured after/before phrase the
    happening ``trigger`` names lies under (the trigger itself, "accused", or any
    word above it: "the attack on the convoy", "accused the army of gassing"),
    else None. Days are 0 for "hours after"."""
    node = trigger
    while True:
        found = _shift_at(node)
        if found is not None:
            return found
        if node.head.i == node.i:
            return None
        node = node.head


def day_shift(trigger: Token, date_start: int, date_end: int) -> int:
    """Days to add to the date phrase at characters [``date_start``, ``date_end``) for the
    happening ``trigger`` names; 0 when no measured after/before phrase applies."""
    found = offset_clause(trigger)
    if found is None:
        return 0
    days, head = found
    first, last = head.left_edge, head.right_edge
    inside = first.idx <= date_start and date_end <= last.idx + len(last.text)
    return 0 if inside else days


def came_after(trigger: Token, reporting: frozenset[str]) -> int | None:
    """Signed days of the news formula "the attack comes a day after jets hit a
    convoy" ("two days after the raid on ..."): the trigger lies under a measured
    after/before clause or phrase of the verb "come", and the count may hang on
    that verb ("came a day after", as the parser often reads it). None when the
    trigger is not under such a phrase, the count is no exact number of days, or
    the trigger is only told by a verb of ``reporting`` lemmas in that clause
    ("came a day after the president said forces had committed a war crime":
    the saying was that day, not what it tells)."""
    node = trigger
    while node.head.i != node.i:
        head = node.head
        if node.i != trigger.i and node.lemma_.lower() in reporting:
            return None
        if head.lemma_.lower() == "come":
            if node.dep_ == "prep" and node.lower_ in _DIRECTION:
                word = node.lower_
                days = _days(node)
                if days is None:
                    days = _days(head)
            elif node.dep_ == "advcl":
                marks = [m for m in node.children if m.dep_ == "mark" and m.lower_ in _DIRECTION]
                if len(marks) != 1:
                    return None
                word = marks[0].lower_
                days = next(
                    (d for d in (_days(node), _days(marks[0]), _days(head)) if d is not None),
                    None,
                )
            else:
                return None
            return None if not days else _DIRECTION[word] * days
        node = head
    return None
