"""Event coreference: one reported happening, one event.

News reports name the same happening several times: the headline ("Car bomb kills
three"), the lead ("A parked car packed with explosives killed three men ...") and
the detail ("The blast went off beside ..."). Each mention is a trigger; this module merges
a later draft into an earlier one of the same type when nothing says they differ:

* within one sentence, always for a pure casualty verb ("killed", "wounded": the
  toll of the attack named next to it), otherwise when compatible;
* across sentences, within ``WINDOW`` sentences of the last mention, when of
  one kind (no battle merged into a blast, no activity going on, "kept shelling",
  into one incident: :mod:`sitrep.events.coref_kinds`; no war's toll as a whole
  into one incident: :mod:`sitrep.events.war_tolls`) and compatible: same
  modality (historical counts as asserted), no two different named actors in
  the same role, no later attacker who was the earlier victim (a reply), no two
  different specific places, and no two different dates (the
  trigger's own, else its sentence's; a day worded two ways, "Thursday" and
  "Thursday 5 Feb 2015", is one date);
* never for two triggers that one sentence tells as two happenings ("killed in air
  strikes after rebels fired": see :mod:`sitrep.events.merging`).
* never for an aircraft downed and an attack of a fixed kind (bombs that fell, a
  blast: :func:`sitrep.events.coref_kinds.downing_apart`), for a span's starting
  point ("since they started operations") and an incident, nor for one town's
  share of a province's toll and that toll (:func:`part_of_roundup`); a target
  that is its own doer (a parse of "strikes by the coalition") says nothing
  against another mention's victims.

The earliest draft is kept (it is the first report of the happening) and takes in
the roles, numbers and place the later mentions add, unless only a later mention's
sentence has a date, or the earliest is in a headline and the later one is not:
then the later one is kept, so that the time stage finds the date and the
attribution stage the source that gave it.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from sitrep.actors import covers
from sitrep.events.coref_dates import DateKeys, both_dates, not_news, report_lag
from sitrep.events.coref_kinds import downing_apart, ongoing, same_kind
from sitrep.events.modality import UNREAL
from sitrep.events.relations import CIVILIANS, POLITICAL_TYPES, keeper
from sitrep.events.repelled import repelling_verb
from sitrep.events.war_tolls import CASUALTY_LEMMAS, war_toll
from sitrep.geodesy import haversine_km
from sitrep.nlp import TITLE_SPAN
from sitrep.nlp.cache import doc_arrays
from sitrep.nlp.clauses import since_verb

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sitrep.model import ActorRef, EventLocation, Modality, Quantity

#: How many sentences after a happening's latest mention a new mention may follow.
#: Tuned on the tune half of the events gold (3 to 6 gave the same F1 there; 5 kept).
WINDOW = 5
#: Location precisions too coarse to tell two happenings apart.
_COARSE = frozenset({"country", "region", "admin1"})
#: How far from a place's point the place reaches, by precision: a city's
#: neighbourhoods lie within a few km of its centre (Aleppo's Sheikh Maqsoud about
#: 4 km), a district's towns within some tens of km of its seat.
_RADIUS_KM: dict[str, float] = {"locality": 6.0, "near": 10.0, "admin2": 30.0}
#: Movements pass through several places ("crossed at X ... headed to Y"): a second
#: place names a leg of the same movement, not a second happening.
_MOVES = frozenset({"MOBILIZE", "RETREAT"})
#: Types whose source and target are adversaries.
_HOSTILE = frozenset({"ASSAULT", "COERCE"})


def _toll(doc: Doc, draft: DraftLike) -> bool:
    """A casualty verb with no doer ("X was killed alongside him") adds victims only."""
    return (
        draft.type == "ASSAULT"
        and not draft.trig.nominal
        and draft.roles.source is None
        and doc[draft.trig.index].lemma_.lower() in CASUALTY_LEMMAS
    )


class _Roles(Protocol):
    source: ActorRef | None
    target: ActorRef | None
    source_token: Token | None


class _Trig(Protocol):
    index: int
    nominal: bool


class DraftLike(Protocol):
    type: str
    mode: str | None
    merged: bool
    into: DraftLike | None
    modality: Modality
    location: EventLocation | None
    location_rank: tuple[int, ...]
    dates: list[str]
    sentence_dates: list[str]
    own_dates: list[str]
    report_dates: list[str]
    anaphoric_date: bool
    quantities: list[Quantity]

    @property
    def trig(self) -> _Trig: ...

    @property
    def roles(self) -> _Roles: ...


def _same_actor(a: ActorRef | None, b: ActorRef | None, states: dict[str, str]) -> bool:
    if a is None or b is None or a.actor_id is None or b.actor_id is None:
        return True
    if a.actor_id == b.actor_id or covers(a.actor_id, b.actor_id):
        # Or a wider name and a group it takes in: "Kurdish forces" and, below,
        # "the SDF" name one party.
        return True
    # A state's government and its forces are one side: "Ankara's action" and "the
    # Turkish incursion" name the same happening.
    side = states.get(a.actor_id)
    return side is not None and side == states.get(b.actor_id)


#: How many words before a person's name are read as a title naming who they speak for.
_TITLE_WORDS = 4


def _two_speakers(a: _Roles, b: _Roles) -> bool:
    """One doer is a person named in the text but in no actor list ("Pope Francis")
    and the other doer is someone else: two statements, however alike ("the
    opposition condemned the bombing ... Pope Francis also condemned the attack").

    Not for a person named with an organisation or country ("Arab League chief Nabil
    al-Arabi" may speak for the League), a one-word name (the tagger takes "the
    Observatory" for a person) or a pronoun on the other side (its antecedent is a
    guess)."""
    for one, two in ((a, b), (b, a)):
        if one.source is None or one.source.actor_id is not None or two.source is None:
            continue
        if not _unaffiliated_person(one.source_token) or len(one.source.text.split()) < 2:
            continue
        other = two.source_token
        if other is not None and other.pos_ == "PRON":
            continue
        if two.source.text.lower() != one.source.text.lower():
            return True
    return False


def _unaffiliated_person(tok: Token | None) -> bool:
    """A person's name with no organisation, people or place in the title words just
    before it ("Arab League chief Nabil al-Arabi", "Iraqi Prime Minister ...")."""
    if tok is None or tok.ent_type_ != "PERSON":
        return False
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I" and doc[start - 1].ent_type_ == "PERSON":
        start -= 1
    for i in range(start - 1, max(start - 1 - _TITLE_WORDS, -1), -1):
        word = doc[i]
        if word.is_punct or word.pos_ in ("VERB", "AUX", "ADP"):
            break
        if word.ent_type_ in ("ORG", "NORP", "GPE"):
            return False
    return True


def _target(draft: DraftLike) -> ActorRef | None:
    """The draft's target, unless it is its own doer: "strikes by the coalition
    killed 21 civilians" can end up with the coalition in both roles before
    :func:`sitrep.events.relations.drop_self_target` runs (after coreference); such
    a target says nothing against another mention's victims."""
    source, target = draft.roles.source, draft.roles.target
    if source is not None and target is not None and source.actor_id == target.actor_id:
        return None
    return target


def _victims_and_aim(a: DraftLike, b: DraftLike) -> bool:
    """One target is the civilians killed, the other what the attack was aimed at, and
    both mentions give one death toll: "22 dead in U.S. raids on an IS stronghold" and
    "22 people, six of them civilians, killed in U.S. air strikes" tell one strike."""
    ids = {t.actor_id if t else None for t in (_target(a), _target(b))}
    if CIVILIANS.actor_id not in ids:
        return False
    dead_a, dead_b = _dead(a), _dead(b)
    return dead_a is not None and dead_a == dead_b


def _crossed(a: DraftLike, b: DraftLike) -> bool:
    """``a``'s attacker is ``b``'s victim: one actor is not both sides of one attack,
    except in a clash told from either side (a movement's target may be its own). A
    victim that is ``b``'s own doer is no victim (:func:`_target`)."""
    s, t = a.roles.source, _target(b)
    if s is None or t is None or s.actor_id is None or s.actor_id != t.actor_id:
        return False
    return a.type in _HOSTILE and not (a.mode == "sideAB" and b.mode == "sideAB")


def _uncross(a: DraftLike, b: DraftLike) -> None:
    """A later mention's victim who is the earlier one's attacker is dropped: the
    first telling says who did what, a later toll sentence's long list of victims is
    parsed less surely than an attacker named as a subject."""
    first, later = (a, b) if a.trig.index < b.trig.index else (b, a)
    if _crossed(first, later):
        later.roles.target = None


def _same_place(a: DraftLike, b: DraftLike) -> bool:
    la, lb = a.location, b.location
    if la is None or lb is None:
        return True
    # Only a place the text attaches to the trigger ("shelled *in* X") says where that
    # mention happened; the nearest name in the sentence or the document's main place
    # is a guess ("women from Madaya, west of Damascus, were killed") that must not
    # split one happening in two.
    attached = a.location_rank[:1] == (0,) and b.location_rank[:1] == (0,)
    first, later = (a, b) if a.trig.index < b.trig.index else (b, a)
    if _countries_apart(first, later):
        return False
    if la.precision in _COARSE or lb.precision in _COARSE:
        # A province holds a town of its own, not one of the next province
        # ("jets struck Ras al-Ain in Hasakah province, and artillery shelled the
        # area around Tal Abyad in Raqqa province": two happenings).
        return not (attached and _provinces_apart(la, lb))
    if not attached:
        return True
    return la.name == lb.name or _within(la, lb)


def _countries_apart(first: DraftLike, later: DraftLike) -> bool:
    """The later mention happened in another country, by a place the text attaches to
    its trigger, than the first mention's town or district: "an airstrike ... killed
    eight in the city of Tabqa" and, below, "the strikes in Iraq" are two happenings.
    The first mention's country says little (a nationality, "Turkish jets", or a doer,
    "aggression by the United States"), nor does the later sentence's nearest name
    (a speaker "at the White House")."""
    la, lb = first.location, later.location
    if la is None or lb is None or None in (la.country_code, lb.country_code):
        return False
    if la.country_code == lb.country_code or later.location_rank[:1] != (0,):
        return False
    return la.precision not in _COARSE


#: Location precisions of a single place of a roundup: a town, a village, a district.
_LOCAL = frozenset({"locality", "near", "admin2"})
#: Units of a toll.
_DEAD = frozenset({"killed", "dead"})


def _dead(draft: DraftLike) -> int | None:
    counts = [q.upper or q.value for q in draft.quantities if q.unit in _DEAD]
    return max(counts) if counts else None


def part_of_roundup(keep: DraftLike, other: DraftLike) -> bool:
    """``other`` is one town's share of ``keep``'s toll over a wider area: a
    province's dead of one day (16 across the province) and, a sentence on, the
    strike on one of its towns that killed 7 of them are two events (so the
    events gold codes them)."""
    la, lb = keep.location, other.location
    # A province named as the whole, not a country: "in northern Syria" is often
    # only where the text places a story it has not located yet (on FA-KES dev,
    # "21 civilians killed in northern Syria ... 15 in a district of Manbij,
    # six in a village" is one toll and its breakdown).
    if la is None or lb is None or la.precision != "admin1" or lb.precision not in _LOCAL:
        return False
    if la.admin1 is not None and lb.admin1 is not None and la.admin1 != lb.admin1:
        return False
    if other.location_rank[:1] != (0,):
        return False  # the town is only the sentence's nearest name
    whole, part = _dead(keep), _dead(other)
    return whole is not None and part is not None and part < whole


def _provinces_apart(la: EventLocation, lb: EventLocation) -> bool:
    """One of the two is a first-level division, the other lies in another one of the
    same country."""
    if "admin1" not in (la.precision, lb.precision) or la.country_code != lb.country_code:
        return False
    if "country" in (la.precision, lb.precision) or "region" in (la.precision, lb.precision):
        return False
    return la.admin1 is not None and lb.admin1 is not None and la.admin1 != lb.admin1


def _within(la: EventLocation, lb: EventLocation) -> bool:
    """One place lies in the other: "a neighbourhood of Aleppo" and "the Sheikh
    Maqsoud area" (a district of Aleppo) name one city. Same first-level division,
    and no farther apart than the coarser one's extent (``_RADIUS_KM``). Two
    towns that close (adjacent suburbs) read as one place too: the text rarely
    tells two happenings apart by such a distance alone."""
    if la.country_code is None or la.admin1 is None:
        return False
    if (la.country_code, la.admin1) != (lb.country_code, lb.admin1):
        return False
    radius = max(_RADIUS_KM.get(la.precision, 0.0), _RADIUS_KM.get(lb.precision, 0.0))
    return haversine_km(la.lat, la.lon, lb.lat, lb.lon) <= radius


def _mood(modality: str) -> str:
    # "historical" only says the date is far back; the dates themselves are compared.
    return "asserted" if modality == "historical" else modality


def _noun_mood(draft: DraftLike) -> str:
    """A noun's "planned" is often its modifier ("his long-planned action", "the
    long-awaited offensive"): next to the reported happening it names that happening,
    so for coreference it counts as asserted."""
    mood = _mood(draft.modality)
    return "asserted" if mood == "planned" and draft.trig.nominal else mood


def compatible(
    keep: DraftLike,
    other: DraftLike,
    states: dict[str, str] | None = None,
    *,
    toll: bool = False,
    dates: DateKeys | None = None,
) -> bool:
    """Whether ``other`` may be a later mention of ``keep`` (``states``: actor id ->
    country code for governments and state forces, which count as one side; ``toll``:
    ``other`` only counts further victims, so its target may differ)."""
    # Only a later *noun* ("the action", "the operation") refers back across the
    # government / forces distinction; a later verb reports what someone did.
    states = states if states is not None and other.trig.nominal else {}
    if keep.type != other.type:
        return False
    if _mood(keep.modality) != _mood(other.modality) and _noun_mood(keep) != _noun_mood(other):
        return False
    if keep.type in POLITICAL_TYPES and _two_speakers(keep.roles, other.roles):
        return False
    if not _same_actor(keep.roles.source, other.roles.source, states):
        return False
    first, later = (keep, other) if keep.trig.index < other.trig.index else (other, keep)
    if _crossed(later, first):
        # The earlier victim attacks: a reply, or the victims' own fighting ("killed
        # members of the group, which is fighting ...").
        return False
    if (
        not toll
        and not _same_actor(_target(keep), _target(other), states)
        and not _victims_and_aim(keep, other)
    ):
        return False
    if keep.type not in _MOVES and not _same_place(keep, other):
        return False
    # The trigger's own dates, else its sentence's: two different dates, two happenings.
    dates_a, dates_b = both_dates(keep, other, dates)
    if not (dates_a and dates_b and not dates_a & dates_b):
        return True
    # A report's day against the happening's day before it: one happening when the
    # two name one party (a day's lag alone joined a blast to the raids that answered it).
    return report_lag(keep, other, dates) and _one_party(keep, other)


def _one_party(a: DraftLike, b: DraftLike) -> bool:
    """Both mentions name the same doer, or the same target other than civilians (the
    victims of most attacks a report tells)."""
    for ra, rb in ((a.roles.source, b.roles.source), (_target(a), _target(b))):
        if ra is None or rb is None or not ra.actor_id or ra.actor_id == CIVILIANS.actor_id:
            continue
        if ra.actor_id == rb.actor_id:
            return True
    return False


#: Sentences before the lead: a dateline or a byline line, then the headline.
_HEADLINE_SENTENCES = 1
_DEFINITE = frozenset({"the", "this", "that"})
#: How many sentences on a mention without a day or place of its own still adds its
#: figures to the happening (tuned on the events gold's tune half: 1 loses details
#: given two sentences after the lead, more pulls in other incidents of a roundup).
_CONTINUATION = 2

_FINAL = (".", "!", "?", '"', "”", "'", "’", ":", ")")


class _Headlines:
    """Which triggers stand in a headline-style line: a paragraph of its own with no
    final stop, or the document's title where ingest knows it. Remembered per
    trigger; the parser's sentence bounds are read once (``Token.sent`` walks to
    them one token at a time, for every question)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.known: dict[int, bool] = {}
        self.starts: list[int] = []
        self.ends: list[int] = []

    def __call__(self, index: int) -> bool:
        known = self.known.get(index)
        if known is not None:
            return known
        doc = self.doc
        if not self.starts:
            for sentence in doc.sents:
                self.starts.append(sentence.start)
                self.ends.append(sentence.end)
        n = bisect_right(self.starts, index) - 1
        sent = doc[self.starts[n] : self.ends[n]]
        title = doc.user_data.get(TITLE_SPAN)
        if title is not None and sent.start_char <= title[0] < sent.end_char:
            # The document's own headline, found glued to the lead (sitrep.nlp.prepare).
            self.known[index] = True
            return True
        text = sent.text.strip()
        ends_line = sent.end >= len(doc) or "\n" in doc[sent.end - 1].text_with_ws
        flag = bool(text) and ends_line and not text.endswith(_FINAL)
        self.known[index] = flag
        return flag


#: Openings of a sentence that turns to another happening: "Meanwhile shells fired
#: by the other side killed ...", "Elsewhere ...", "In another air strike ...". On
#: FA-KES dev 16 mentions in such sentences had joined a happening of an earlier
#: sentence: about 10 another incident (shells on Deir Ezzor joined to rockets on
#: Aleppo), 5 a part of an earlier total, 1 the same (another source's toll).
_NEW_HAPPENING = (
    ("meanwhile",),
    ("elsewhere",),
    ("separately",),
    ("in", "another"),
    ("in", "a", "separate"),
    ("in", "other", "news"),
)


class _NewHappening:
    """Whether sentence ``n`` opens with a turn to another happening, read once per
    sentence."""

    def __init__(self, doc: Doc) -> None:
        self.arrays = doc_arrays(doc)
        self.known: dict[int, bool] = {}

    def __call__(self, n: int) -> bool:
        known = self.known.get(n)
        if known is None:
            lower, sentence = self.arrays.lower, self.arrays.sentences[n]
            words = [w for w in lower[sentence.start : sentence.start + 4] if w.isalpha()]
            known = any(tuple(words[: len(o)]) == o for o in _NEW_HAPPENING)
            self.known[n] = known
        return known


def _dated(draft: DraftLike) -> bool:
    """Whether the draft's sentence gives a date, explicit or by reference."""
    return bool(draft.sentence_dates) or draft.anaphoric_date


def _news_and_past(
    a: DraftLike, b: DraftLike, sentence_no: Callable[[int], int], published: dt.date | None
) -> bool:
    """One mention is the article's news (an undated headline or lead) and the other
    is dated to a time that is no news (:func:`not_news`: ended well before
    publication, or a month's or a year's span): "US-led strikes killed 56
    civilians" and "the coalition began its bombing campaign in 2014", "a suspected
    raid on a camp in May" in a July report, or "similar killings this year", are
    two happenings. Merged, the news took the other date and left its own day's
    reports from other outlets."""
    for news, old in ((a, b), (b, a)):
        if (
            sentence_no(news.trig.index) <= _HEADLINE_SENTENCES
            and not news.own_dates
            and not_news(old, published)
        ):
            return True
    return False


def _specific(location: EventLocation, rank: tuple[int, ...]) -> bool:
    """A place the text attaches to the trigger, finer than a division (the nearest
    name in the sentence is a guess: "women from Madaya, west of Damascus")."""
    return location.precision not in _COARSE and rank[:1] == (0,)


def figures_follow(
    doc: Doc,
    keep: DraftLike,
    other: DraftLike,
    gap: int,
    sentence_no: Callable[[int], int],
    dates: DateKeys | None = None,
) -> bool:
    """Whether the numbers of ``other``, a mention in another sentence (``gap``: how
    many sentences apart the two mentions are), count the happening ``keep`` carries.

    Coreference across sentences only asks that nothing differ; a figure needs more
    (a toll of another incident makes two reports of one incident disagree), so it
    follows only where the other sentence is positively about the same happening:
    the same day or the same place (attached by at least one of them); else, close
    to the last mention and without a day of its own, a headline or lead at the top
    naming the article's incident, a definite back-reference ("the attack killed
    16"), or a sentence adding detail without a place of its own ("Dozens of people
    were also wounded.").
    """
    dates_a, dates_b = both_dates(keep, other, dates)
    if dates_a and dates_b:
        return bool(dates_a & dates_b)
    la, lb = keep.location, other.location
    if la is not None and lb is not None:
        attached_a = _specific(la, keep.location_rank)
        attached_b = _specific(lb, other.location_rank)
        if attached_a and attached_b:
            return la.name == lb.name or _within(la, lb)
        if (attached_a or attached_b) and la.name == lb.name:
            # One mention attaches the very place the other was given from its
            # sentence or the article ("hundreds were killed near Damascus" in a
            # Damascus story).
            return True
    if dates_b or gap > _CONTINUATION:
        return False
    # A byline, then the headline or the lead: the article's own incident. Else the
    # next sentences adding detail without a place or day of their own; a definite
    # noun ("the attack") refers back.
    index = other.trig.index
    if sentence_no(index) <= _HEADLINE_SENTENCES or _definite(doc, other):
        return True
    return other.location_rank[:1] != (0,)


def _definite(doc: Doc, draft: DraftLike) -> bool:
    """A noun trigger with "the", "this" or "that": it refers to a happening told before."""
    if not draft.trig.nominal:
        return False
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in doc[draft.trig.index].children)


_INDEFINITE = frozenset({"a", "an", "another"})


def _new_doer(doc: Doc, keep: DraftLike, draft: DraftLike) -> bool:
    """An indefinite noun with a doer of its own ("a rebel attack on the facilities")
    in a later sentence than a happening told without one introduces another
    happening: an earlier paragraph's attack had no doer to agree with, and joined,
    it would take on this one's. (Not for a headline's happening, which the lead
    tells again with an indefinite noun: "IS claimed a suicide bombing that ...".)"""
    if not draft.trig.nominal or draft.roles.source is None or keep.roles.source is not None:
        return False
    return any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in doc[draft.trig.index].children)


def _happenings_apart(
    keep: DraftLike,
    draft: DraftLike,
    strict: set[tuple[int, int]] | None,
    by_index: dict[int, DraftLike],
) -> bool:
    """Whether a mention of ``keep``'s happening and one of ``draft``'s form a
    ``strict`` pair (see :func:`corefer`); ``by_index``: every draft by trigger."""
    if not strict:
        return False
    for a, b in strict:
        da, db = by_index.get(a), by_index.get(b)
        if da is not None and db is not None and keeper(da) is keep and keeper(db) is draft:
            return True
    return False


def _kept_apart(a: DraftLike, b: DraftLike, apart: set[tuple[int, int]]) -> bool:
    pair = (a.trig.index, b.trig.index)
    return pair in apart or pair[::-1] in apart


def corefer(
    doc: Doc,
    drafts: list[DraftLike],
    sentence_no: Callable[[int], int],
    absorb: Callable[[DraftLike, DraftLike, bool], None],
    states: dict[str, str] | None = None,
    apart: set[tuple[int, int]] | None = None,
    published: dt.date | None = None,
    strict: set[tuple[int, int]] | None = None,
) -> None:
    """Merge coreferent drafts in place (``absorb(keep, other, figures)`` marks other
    merged; ``figures``: whether other's numbers count keep's happening; ``apart``:
    pairs of triggers one sentence tells as two happenings, "killed in air strikes
    after rebels fired", which stay apart; ``published`` reads relative dates;
    ``strict``: pairs of those that keep apart every mention merged with either,
    in other sentences too: "warships fired missiles. The strikes came in
    response to a chemical attack" does not make the attack a mention of the
    firing once "the strikes" is)."""
    live = [d for d in drafts if not d.merged]
    headline = _Headlines(doc)
    apart = apart or set()
    dates = DateKeys(published)
    # 1. A casualty verb next to another trigger of its type is that attack's toll.
    by_sentence: dict[int, list[DraftLike]] = {}
    for draft in live:
        by_sentence.setdefault(sentence_no(draft.trig.index), []).append(draft)
    for group in by_sentence.values():
        for draft in group:
            tok = doc[draft.trig.index]
            if (
                draft.merged
                or draft.trig.nominal
                or draft.type != "ASSAULT"  # "claimed" as an accusation is no toll
                or tok.lemma_.lower() not in CASUALTY_LEMMAS
            ):
                continue
            others = [
                o
                for o in group
                if o is not draft
                and not o.merged
                and o.type == draft.type
                and doc[o.trig.index].lemma_.lower() not in CASUALTY_LEMMAS
                # "killed ... as the army seeks to regain the city": no toll of
                # an attack still planned (a habitual one's is: "near-daily
                # strikes, killing hundreds").
                and (o.modality in UNREAL) == (draft.modality in UNREAL)
                and (draft.trig.index, o.trig.index) not in apart
                and not war_toll(tok)
                # "repelled the attack, killing 20 of them": the repellers' toll.
                and repelling_verb(doc[o.trig.index]) is None
            ]
            if others:
                keep = min(others, key=lambda o: abs(o.trig.index - draft.trig.index))
                absorb(keep, draft, True)
    # 2. Later compatible mentions, within the window, join the earliest happening.
    # (the mention carrying the happening, its latest sentence, its first mention)
    happenings: list[tuple[DraftLike, int, DraftLike]] = []
    known: dict[int, bool] = {}

    activity: dict[int, bool] = {}

    def going_on(index: int) -> bool:
        """:func:`ongoing` of the trigger at ``index``, read once per trigger."""
        if index not in activity:
            activity[index] = ongoing(doc, index)
        return activity[index]

    by_index = {d.trig.index: d for d in drafts}
    starts: dict[int, bool] = {}

    def starting_point(index: int) -> bool:
        """Whether the trigger at ``index`` lies in a "since" clause, read once."""
        if index not in starts:
            starts[index] = since_verb(doc[index]) is not None
        return starts[index]

    def tolls(index: int) -> bool:
        """:func:`war_toll` of the trigger at ``index``, read once per trigger."""
        if index not in known:
            known[index] = war_toll(doc[index])
        return known[index]

    opens_new = _NewHappening(doc)
    for draft in sorted((d for d in live if not d.merged), key=lambda d: d.trig.index):
        n = sentence_no(draft.trig.index)
        for k, (keep, last, first) in enumerate(happenings):
            toll = n - last <= 1 and _toll(doc, draft)
            if _kept_apart(keep, draft, apart) or _happenings_apart(keep, draft, strict, by_index):
                continue
            if last < n and opens_new(n):
                continue
            if (
                last < n
                and sentence_no(first.trig.index) > _HEADLINE_SENTENCES
                and not headline(first.trig.index)
                and _new_doer(doc, keep, draft)
            ):
                continue
            if (
                n - last <= WINDOW
                and same_kind(keep.type, keep.mode, draft.mode)
                and not downing_apart(doc, keep.trig.index, keep.mode, draft.trig.index, draft.mode)
                and going_on(keep.trig.index) == going_on(draft.trig.index)
                and tolls(keep.trig.index) == tolls(draft.trig.index)
                # A time span's starting point ("the biggest loss since they
                # started operations") is no later mention of an incident.
                and starting_point(keep.trig.index) == starting_point(draft.trig.index)
                and not part_of_roundup(keep, draft)
                and compatible(keep, draft, states, toll=toll, dates=dates)
                and not _news_and_past(keep, draft, sentence_no, published)
                # The news lead stays news once a later mention carries it.
                and (first is keep or not _news_and_past(first, draft, sentence_no, published))
            ):
                if (_dated(draft) and not _dated(keep)) or (
                    headline(keep.trig.index) and not headline(draft.trig.index)
                ):
                    # The dated mention carries the event (the time stage reads its
                    # sentence); so does a body sentence over a headline, which names
                    # neither the source nor the details.
                    keep, other = draft, keep
                else:
                    other = draft
                _uncross(keep, other)
                figures = n == last or figures_follow(
                    doc, keep, other, n - last, sentence_no, dates
                )
                absorb(keep, other, figures)
                absorbed = draft if keep is not draft else happenings[k][0]
                if keep.modality == "planned" and _mood(absorbed.modality) == "asserted":
                    keep.modality = absorbed.modality
                happenings[k] = (keep, n, first)
                break
        else:
            happenings.append((draft, n, draft))
