"""The time stage: give every event a date with a precision.

For each event, the temporal expressions of its sentence (see
:mod:`sitrep.time.find`) are ranked: one in the trigger's syntactic subtree
comes first, then the nearest in the sentence. The chosen one is resolved
against the publication date (:mod:`sitrep.time.resolve`): the text's own
stamp when it states one, else ``document.published`` (:mod:`sitrep.time.stamp`);
when the two differ, ``date.reference`` records the day used. The stamp itself
("AFP Monday 3 Oct 2016" between a headline and its lead) dates the page, so it
is never an event's own date expression. A happening under
"a day after" / "two days before" is moved by that count from the sentence's
date (:mod:`sitrep.time.offset`); in a sentence with no date of its own, the
news formula "the attack comes two days after jets hit a convoy" counts back
from the last stated day of an earlier sentence.

An event whose sentence has no temporal expression gets the publication date
with precision ``"week"`` and ``text == ""``: a news report's undated event
happened, in the usual case, in the days up to publication, so ``value`` is
the latest possible day and ``"week"`` says how loosely it is known. With no
publication date either, ``event.date`` stays None. Nor does an event told
as the starting point of a span in a past "since" clause ("the deadliest
loss since Russia began its operations on ...") get the sentence's day or
the publication week: only a date inside its own clause dates it, else none.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from sitrep.model import Event, EventDate
from sitrep.nlp.cache import doc_arrays
from sitrep.nlp.clauses import answered, finite_participle, recalling_clause, since_verb
from sitrep.time.baseline import baseline_scope, baseline_since
from sitrep.time.find import TimeExpression, find_expressions
from sitrep.time.offset import came_after, day_shift
from sitrep.time.resolve import resolve
from sitrep.time.stamp import reference_and_stamp
from sitrep.time.toll_nouns import dated_elsewhere

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "TimeExpression",
    "assign_dates",
    "dates_report",
    "find_expressions",
    "report_verb",
    "resolve",
]

#: Precision of the fallback date of an undated event (see the module docstring).
FALLBACK_PRECISION = "week"
_RE_SINCE_WORD = re.compile(r"^\s*since\s+", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
#: Verbs of reporting: a date hanging off one ("a monitor said Thursday") dates the
#: report, not the happening reported.
REPORTING_LEMMAS = frozenset(
    {"say", "report", "announce", "tell", "add", "state", "claim", "confirm", "mention"}
)


def assign_dates(
    doc: Doc, events: list[Event], published: dt.date | None, stamped: dt.date | None = None
) -> None:
    """Set ``event.date`` in place for every event.

    ``stamped`` is the date of a dateline ingest removed from the text's start
    (``Document.dateline``): the text's own day, read before its metadata date."""
    if not events:
        return
    text = doc_arrays(doc).text
    # The text's own dateline or stamp is its publication date ("AFP Saturday 26 Jul
    # 2014", "Published July 27 2016"): crawled corpora's metadata dates often are not.
    given = published
    # The stamp itself dates the page, not a happening: "Shelling kills nine in Hama
    # AFP Monday 3 Oct 2016 Nine farmers died when shells struck their village on
    # Sunday" (the headline and lead run into one sentence around it).
    published, stamp = reference_and_stamp(text, published, stamped)
    # "the deadliest attack since 2011": a comparison's baseline dates nothing.
    expressions = [
        e
        for e in find_expressions(doc, published)
        if e.date is not None
        and not (_RE_SINCE_WORD.match(e.text) and baseline_since(text[: e.start]))
        and not (stamp is not None and e.start < stamp[1] and stamp[0] < e.end)
    ]
    baselines = {e.start: _baseline_scope(doc, text, e) for e in expressions}
    triggers = {event.trigger.start for event in events}
    # The latest stated day of an earlier sentence: what "the attack comes a day
    # after ..." counts from (_came_after).
    told: tuple[int, EventDate] | None = None
    for event in sorted(events, key=lambda e: e.trigger.start):
        start, end = _clause_bounds(text, event)
        inside = [
            e
            for e in expressions
            if e.start >= start
            and e.end <= end
            and not _compared_to(baselines[e.start], event.trigger.start)
        ]
        trigger = _token_at(doc, event.trigger.start, event.trigger.end)
        since = _since_scope(doc, trigger)
        if since is not None:
            inside = [e for e in inside if since[0] <= e.start and e.end <= since[1]]
        chosen = _closest(doc, event, inside, triggers)
        if chosen is not None:
            chosen = _day_told_below(doc, text, event, chosen, expressions, triggers)
        if since is not None and chosen is None:
            # The starting point of a span ("since Russia began its operations"),
            # undated in its own clause: the sentence's day is the span's end, not
            # its day, and the publication week is no better.
            event.date = None
        elif chosen is not None and chosen.date is not None:
            chosen = _since_when(doc, event, chosen, published)
            chosen = _since_clause(doc, event, chosen, published)
            date = chosen.date or event.date
            if date is not None:
                date = _offset(doc, event, chosen, date)
            if date is not None and event.modality == "planned":
                date = _forward(date, published)
            event.date = date
            if date is not None and date.precision == "day" and date.end is None and date.text:
                told = (event.sentence.start, date)
        elif (counted := _came_after(event, trigger, told)) is not None:
            event.date = counted
        elif published is not None:
            event.date = EventDate(
                value=published.isoformat(), precision=FALLBACK_PRECISION, text=""
            )
        else:
            event.date = None
    if published is not None and published != given:
        reference = published.isoformat()
        for event in events:
            if event.date is not None:
                event.date = event.date.model_copy(update={"reference": reference})


def _day_told_below(
    doc: Doc,
    text: str,
    event: Event,
    chosen: TimeExpression,
    expressions: list[TimeExpression],
    triggers: set[int],
) -> TimeExpression:
    """The day a merged mention of the event gives, where the event's own sentence
    only dates its report ("85 soldiers were killed ..., a monitor said Saturday")
    and the mention, in another sentence, names the day or the day before ("the
    assault forced the army back late on Friday"): coreference joined the two (as
    :func:`sitrep.events.coref_dates.report_lag` allows), and the happening's day is
    the mention's. Otherwise ``chosen``."""
    said = chosen.date
    elsewhere = [m for m in event.mentions if m.sentence.start != event.sentence.start]
    if not elsewhere or said is None or said.precision != "day":
        return chosen  # the usual case, told before the parse is asked anything
    anchor = _token_at(doc, chosen.start, chosen.end)
    if anchor is None or report_verb(anchor) is None:
        return chosen
    reported = dt.date.fromisoformat(said.value)
    for mention in elsewhere:
        told = event.model_copy(update={"trigger": mention.trigger, "sentence": mention.sentence})
        start, end = _clause_bounds(text, told)
        inside = [e for e in expressions if e.start >= start and e.end <= end]
        found = _closest(doc, told, inside, triggers)
        date = found.date if found is not None else None
        if found is None or date is None or date.precision != "day" or date.end is not None:
            continue
        where = _token_at(doc, found.start, found.end)
        if where is None or report_verb(where) is not None:
            continue
        if 0 <= (reported - dt.date.fromisoformat(date.value)).days <= 1:
            return found
    return chosen


def _baseline_scope(doc: Doc, text: str, expr: TimeExpression) -> tuple[int, int] | None:
    """The character span of the comparison's "since" phrase a date lies in, or None
    (:func:`sitrep.time.baseline.baseline_scope`)."""
    anchor = _token_at(doc, expr.start, expr.end)
    return None if anchor is None else baseline_scope(anchor, text)


def _compared_to(scope: tuple[int, int] | None, trigger_start: int) -> bool:
    """A date in a comparison's baseline (:func:`_baseline_scope`) for a trigger outside it."""
    return scope is not None and not scope[0] <= trigger_start < scope[1]


def _since_scope(doc: Doc, trigger: Token | None) -> tuple[int, int] | None:
    """The character span of the past "since" clause the trigger lies in
    (:func:`sitrep.nlp.clauses.since_verb`), or None: only a date inside it
    dates the trigger."""
    verb = since_verb(trigger) if trigger is not None else None
    if verb is None:
        return None
    first, last = doc[verb].left_edge, doc[verb].right_edge
    return first.idx, last.idx + len(last.text)


def _came_after(
    event: Event, trigger: Token | None, told: tuple[int, EventDate] | None
) -> EventDate | None:
    """The news formula "the attack comes two days after jets hit a convoy" in a
    sentence with no date of its own: the happening under the measured phrase was
    that many days before the article's news, whose day the last earlier sentence
    with a stated day gives (:mod:`sitrep.time.offset`). None where the sentence
    is not of that shape or no earlier sentence states a day."""
    if told is None or told[0] >= event.sentence.start:
        return None
    days = came_after(trigger, REPORTING_LEMMAS) if trigger is not None else None
    if days is None:
        return None
    return _shifted(told[1], days)


def _shifted(date: EventDate, days: int) -> EventDate:
    """``date`` moved by ``days`` (a day-precision date: see :func:`_offset`)."""
    moved = dt.date.fromisoformat(date.value) + dt.timedelta(days=days)
    return date.model_copy(update={"value": moved.isoformat()})


def _since_when(
    doc: Doc, event: Event, expr: TimeExpression, published: dt.date | None
) -> TimeExpression:
    """At war "since early 2011, when the regime cracked down": the clause hanging off
    the range's start happened at that start, not over the whole range."""
    if not expr.text.lower().startswith("since "):
        return expr
    anchor = _token_at(doc, expr.start, expr.end)
    trigger = _token_at(doc, event.trigger.start, event.trigger.end)
    if anchor is None or trigger is None or anchor not in trigger.ancestors:
        return expr
    start = _RE_SINCE_WORD.sub("", expr.text, count=1)
    date = resolve(start, published)
    if date is None:
        return expr
    return TimeExpression(expr.start + len(expr.text) - len(start), expr.end, start, date)


def _since_clause(
    doc: Doc, event: Event, expr: TimeExpression, published: dt.date | None
) -> TimeExpression:
    """Killed "since the war began in 2011", "since the siege started in July", "since
    the start of the feud in May 2014": a date inside a "since" clause or phrase
    of the trigger starts a range that runs to the report's day, as "since 2011"
    does; it is not the day of the trigger's happening."""
    if expr.text.lower().startswith("since ") or expr.date is None:
        return expr
    anchor = _token_at(doc, expr.start, expr.end)
    trigger = _token_at(doc, event.trigger.start, event.trigger.end)
    if anchor is None or trigger is None:
        return expr
    for node in anchor.ancestors:
        if node.i == trigger.i:
            return expr  # the date hangs off the trigger before any "since" clause
        if _opens_since(node) and trigger in node.ancestors:
            date = resolve(f"since {expr.text}", published)
            if date is None:
                return expr
            return TimeExpression(
                expr.start, expr.end, expr.text, date.model_copy(update={"text": expr.text})
            )
    return expr


def _opens_since(node: Token) -> bool:
    """A clause or phrase "since" opens: "since the war began" (a clause marked by
    "since", or the clause object of the preposition), "since the start of the
    feud in May 2014", "since a February truce" (the noun object)."""
    if node.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ == "since" for c in node.children)
    return node.dep_ in ("pcomp", "pobj") and node.head.lower_ == "since"


def _offset(doc: Doc, event: Event, expr: TimeExpression, date: EventDate) -> EventDate:
    """The date moved by a measured "a day after" / "two days before" the happening
    hangs under (:mod:`sitrep.time.offset`), for a day-precision date only."""
    if date.precision != "day" or date.end is not None:
        return date
    trigger = _token_at(doc, event.trigger.start, event.trigger.end)
    if trigger is None:
        return date
    days = day_shift(trigger, expr.start, expr.end)
    return _shifted(date, days) if days else date


def _forward(date: EventDate, published: dt.date | None) -> EventDate:
    """A planned event's date without a year ("will start patrols on March 15") is the
    next such day on or after publication, not the last one before it."""
    if published is None or date.precision not in ("day", "month") or date.end is not None:
        return date
    if _YEAR.search(date.text):
        return date  # the year is written out
    day = dt.date.fromisoformat(date.value)
    if date.precision == "month":
        if (day.year, day.month) >= (published.year, published.month):
            return date
    elif day >= published:
        return date
    lower = date.text.lower()
    if any(
        name in lower
        for name in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    ):
        later = day + dt.timedelta(days=7)
    else:
        try:
            later = day.replace(year=day.year + 1)
        except ValueError:
            return date
    return date.model_copy(update={"value": later.isoformat()})


def _clause_bounds(text: str, event: Event) -> tuple[int, int]:
    """The event's sentence, cut at paragraph breaks (the parser sometimes runs over them)."""
    start, end = event.sentence.start, event.sentence.end
    trigger = min(max(event.trigger.start, start), end)
    para_start = text.rfind("\n", start, trigger)
    para_end = text.find("\n", trigger, end)
    return (para_start + 1 if para_start >= 0 else start, para_end if para_end >= 0 else end)


def _closest(
    doc: Doc, event: Event, candidates: list[TimeExpression], triggers: set[int]
) -> TimeExpression | None:
    trigger = _token_at(doc, event.trigger.start, event.trigger.end)
    scope = answered(trigger) if trigger is not None and candidates else None
    candidates = [
        c
        for c in candidates
        if not _dates_report(doc, c, trigger)
        and not _dates_other_noun(doc, c, trigger)
        and not _since_elsewhere(doc, c, trigger)
        and not _relative_elsewhere(doc, c, trigger, triggers)
        and not _outside_answered(doc, c, scope)
    ]
    if not candidates:
        return None
    if trigger is None:
        return min(candidates, key=lambda e: abs(e.start - event.trigger.start))

    def rank(expr: TimeExpression) -> tuple[int, int]:
        anchor = _token_at(doc, expr.start, expr.end)
        in_subtree = anchor is not None and trigger in anchor.ancestors
        distance = abs((anchor.i if anchor is not None else trigger.i) - trigger.i)
        return (0 if in_subtree else 1, distance)

    return min(candidates, key=rank)


def _dates_other_noun(doc: Doc, expr: TimeExpression, trigger: Token | None) -> bool:
    """Whether ``expr`` is a possessive weekday ("Tuesdays casualties") of a noun that is
    not the trigger: "Tuesdays casualties come after airstrikes on Monday" dates the
    casualties, not the airstrikes. The trigger may be the noun phrase itself, or
    the verb the noun is the subject of ("Wednesdays strike destroyed a building"),
    also where the parse hung that verb on the noun as a participle
    (:func:`sitrep.nlp.clauses.finite_participle`)."""
    if expr.owner is None or trigger is None:
        return False
    noun = doc[expr.owner]
    if trigger.idx >= expr.start and trigger.i <= noun.i:
        return False
    if trigger.head.i == noun.i and trigger.dep_ == "acl" and finite_participle(trigger):
        return False
    return not (noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == trigger.i)


def _relative_elsewhere(
    doc: Doc, expr: TimeExpression, trigger: Token | None, triggers: set[int]
) -> bool:
    """Whether ``expr`` lies in a relative clause that tells another event (one of
    ``triggers``, character offsets) and not the trigger's: "air raids hit towns
    including Urum al-Kubra, where an attack on a convoy took place on 19 September"
    dates the convoy attack, not the raids (:mod:`sitrep.nlp.clauses`); so does a
    relative clause whose own verb is another event's (:func:`_told_clause`)."""
    anchor = _token_at(doc, expr.start, expr.end)
    if anchor is None or trigger is None:
        return False
    clause = recalling_clause(anchor) or _told_clause(anchor, trigger, triggers)
    if clause is None:
        return False
    first, last = clause.left_edge.i, clause.right_edge.i
    if first <= trigger.i <= last:
        return False
    return any(first <= t.i <= last and t.idx in triggers for t in doc[first : last + 1])


def _told_clause(anchor: Token, trigger: Token, triggers: set[int]) -> Token | None:
    """The relative clause above ``anchor`` whose verb is another event's trigger
    ("killed trying to reopen the road, which troops severed on Thursday": Thursday
    dates the severing), or None. The walk stops at the trigger."""
    for above in anchor.ancestors:
        if above.i == trigger.i:
            return None
        if above.dep_ == "relcl":
            return above if above.idx in triggers else None
    return None


def _outside_answered(doc: Doc, expr: TimeExpression, scope: Token | None) -> bool:
    """Whether the trigger lies in what an act answers (``scope``, the phrase's
    preposition: :func:`sitrep.nlp.clauses.answered`) and ``expr`` outside it:
    in "Obama reviewed options on Saturday on how to respond to a chemical
    attack", Saturday dates the review, not the attack, which came before.
    Only a date before the phrase counts as outside: the parse often hangs a
    date right after it on the main verb ("shelled the town in retaliation for
    air raids on Sunday"). Nor does a week or a month ("launched missiles last
    week in response to a gas attack"): the happening answered most often lies
    in it too.
    """
    if scope is None or expr.date is None or expr.date.precision != "day":
        return False
    anchor = _token_at(doc, expr.start, expr.end)
    return anchor is not None and anchor.i < scope.left_edge.i


def _since_elsewhere(doc: Doc, expr: TimeExpression, trigger: Token | None) -> bool:
    """Whether ``expr`` is a "since X" range that tells how long some other state has
    lasted, not when the trigger's happening was: a state phrase just before it
    ("a government in power since 1970 answered the protests with tanks", "a
    truce in place since May broke down") or a relative clause of another
    noun ("mortars hit a market in a town that two militias have shared since
    2013"). The parse attaches most other "since" phrases to a noun near them
    whatever they date ("tortured by the army since 2011"), so only these two
    shapes count, and never when the phrase's word is the trigger or governs it."""
    if trigger is None or not _RE_SINCE_WORD.match(expr.text):
        return False
    since = _token_at(doc, expr.start, expr.start + len("since"))
    if since is None or since.lower_ != "since" or since.i == 0:
        return False
    anchor = _token_at(doc, expr.start, expr.end)
    if anchor is not None and anchor in trigger.ancestors:
        return False  # "since 2011, when troops cracked down": see _since_when
    before, head = doc[since.i - 1], since.head
    if before.lower_ in _STATE_NOUNS and before.i > 0 and doc[before.i - 1].lower_ == "in":
        return before.i != trigger.i and before not in trigger.ancestors
    return head.dep_ in ("relcl", "acl") and head.i != trigger.i and head not in trigger.ancestors


#: Nouns of a state a government or a truce is in ("in power since", "in place since").
#: Other "in X since" phrases mostly name a place or a happening ("killed in
#: Aleppo since April", "killed in the raids since Thursday") and date the trigger.
_STATE_NOUNS = frozenset({"power", "office", "control", "charge", "place", "force", "effect"})


def _dates_report(doc: Doc, expr: TimeExpression, trigger: Token | None) -> bool:
    """Whether ``expr`` dates a report that does not govern the trigger, a toll or
    inquiry the trigger's happening came before, or the halt of the happening
    (:mod:`sitrep.time.toll_nouns`)."""
    anchor = _token_at(doc, expr.start, expr.end)
    return anchor is not None and (
        dates_report(anchor, trigger) or dated_elsewhere(anchor, trigger)
    )


def report_verb(anchor: Token) -> Token | None:
    """The reporting verb the date phrase headed by ``anchor`` hangs off ("a monitor
    said Saturday", "in a statement late on Tuesday ... confirmed"), or None."""
    head = anchor.head
    if anchor.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif anchor.dep_ == "nsubj" and head.dep_ == "ccomp":
        head = head.head  # "said Sunday was ...", parsed with the day as a subject
    if head.i == anchor.i or head.lemma_.lower() not in REPORTING_LEMMAS:
        return None
    return head


def dates_report(anchor: Token, trigger: Token | None) -> bool:
    """Whether the date phrase headed by ``anchor`` dates a report that does not govern
    ``trigger`` (then it says nothing about when the trigger's happening was)."""
    head = report_verb(anchor)
    if head is None:
        return False
    # "said on Monday that police had deployed": the report bounds what it reports;
    # "in what the coalition said Sunday was ...": a side remark dates nothing here.
    return (
        trigger is not None
        and trigger.i != head.i
        and head not in trigger.ancestors
        and not closing_attribution(head, trigger)
    )


#: Dependents a sentence's closing attribution has besides its teller and its day:
#: none that holds a content of its own ("said Sunday was one of ...").
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "conj", "advcl", "relcl"})


def closing_attribution(verb: Token, trigger: Token) -> bool:
    """Whether reporting ``verb`` closes the sentence that tells ``trigger``'s
    happening ("Rebel rockets killed five children, a monitor said on Sunday"), where
    the parser hung it under the sentence's clause (as an adverbial clause, or as a
    participle of the teller: "..., the state news agency reported on Friday"): the
    report of the whole sentence, as when it heads it."""
    if verb.i < trigger.i or verb.dep_ in ("relcl", "pcomp"):
        return False
    if any(child.dep_ in _CONTENT_DEPS for child in verb.children):
        return False
    last = max(t.i for t in verb.sent if not t.is_punct)
    return verb.right_edge.i >= last


def _token_at(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return None if span is None or len(span) == 0 else span.root
