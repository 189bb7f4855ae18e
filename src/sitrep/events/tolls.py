"""Tolls that the trigger's own phrases do not hold.

* A headline's count just before its casualty word: "58 Killed in Suspected Gas
  Attack", "40 dead in clashes". Title-case and run-in headlines parse badly (the
  number becomes a date, or a modifier of the byline before it), but a number right
  before "killed" / "dead" (at most two words of a noun between: "15 Medics Killed",
  "100 IS Fighters Killed") counts it, and so does one right after an active verb in
  title case ("Car Bombs Kill 40 Injure Dozens": the 40 is no count of "Injure").
* A toll sentence: "The death toll rose to 30", "put the death toll at 58", "At least
  12 civilians were among the dead". When it names no attack of its own, its figure
  counts the attack told just before it.

Both read a handful of tokens around a word found by a dict lookup, so the cost
stays linear in the document. What a toll sentence counts over (a war, a campaign
up to now, the last days) is read from its text in :mod:`sitrep.events.toll_spans`
(``toll_span`` and ``risen_toll`` are imported from here by the clustering).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Protocol, TypeVar

from sitrep.events.quantities import (
    DIE_FORMS,
    casualty_verb,
    clause_count,
    maybe_number,
    number_value,
    qualifier,
    ranged,
)
from sitrep.events.relations import keeper
from sitrep.events.toll_spans import risen_toll as risen_toll
from sitrep.events.toll_spans import toll_span as toll_span
from sitrep.model import Quantity
from sitrep.nlp.cache import doc_arrays

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sitrep.events.lexicon import Lexicon

#: Entity labels of a number that is no count (a bare number tagged DATE is a count
#: the tagger misread in a title-case headline, see :func:`_count`).
_NOT_COUNTS = frozenset({"TIME", "PERCENT", "MONEY", "ORDINAL", "QUANTITY"})
#: Words a toll sentence counts with: "toll", and "among the dead".
_TOLL = "toll"
_AMONG = "among"
#: The dead or wounded a group is among, and the unit they count.
_AMONG_UNITS = {
    "dead": "killed",
    "killed": "killed",
    "victim": "killed",
    "fatality": "killed",
    "wounded": "injured",
    "injured": "injured",
    "casualty": "casualties",
}
#: Prepositions of the figure a toll stands at, in order: "rose from 20 to 30".
_TOLL_PREPS = ("to", "at", "of")


def casualty_unit(tok: Token, lex: Lexicon) -> str | None:
    """The unit a casualty word counts ("Killed", "kills", "dead", "wounded"), or None."""
    lower = tok.lower_
    for form in (tok.lemma_.lower(), lower, lower[:-1], lower[:-2]):
        unit = lex.casualty_triggers.get(form) or lex.casualty_nouns.get(form)
        if unit is not None:
            return unit
    return None


def _year(value: int, tok: Token) -> bool:
    return tok.lower_.isdigit() and 1900 <= value <= 2100


def _count(tok: Token, lex: Lexicon) -> int | None:
    """The count a number token gives, or None for no number, a year or a date."""
    if tok.ent_type_ in _NOT_COUNTS:
        return None
    parsed = number_value(tok, lex)
    if parsed is None or _year(parsed[0], tok):
        return None
    if tok.ent_type_ == "DATE" and not tok.lower_.isdigit():
        return None  # "two days", "ten years"
    return parsed[0]


def headline_count(doc: Doc, word: int, lex: Lexicon) -> Quantity | None:
    """The number written just before the casualty word at ``word`` ("58 Killed",
    "15 Medics Killed", "at least 40 dead"), or None."""
    unit = casualty_unit(doc[word], lex)
    if unit is None or word == 0:
        return None
    if _active(doc[word], lex):
        # A title-case headline's "Kill 50" (the parse of running text finds the
        # object of "kills 50" itself).
        return _count_after(doc, word, unit, lex) if doc[word].is_title else None
    num = doc[word - 1]
    value = _count(num, lex)
    # Up to two words of the counted noun between: "15 Medics Killed", "100 IS
    # Fighters Killed".
    between = 0
    while (
        value is None
        and between < _NOUN_WORDS
        and num.i >= 1
        and num.pos_ in ("NOUN", "PROPN")
        and num.ent_type_ in _NOUN_ENTS
    ):
        between += 1
        num = doc[num.i - 1]
        value = _count(num, lex)
    if value is None or _day_of_date(doc, num):
        return None  # "July 5 2015 ...": a date's day
    said, start = qualifier(num, lex)
    text = doc_arrays(doc).span_text(start, word + 1)
    return ranged(
        Quantity(value=value, unit=unit, text=text, qualifier=said), num, start, word + 1, lex
    )


#: Words of the counted noun a headline count may stand before its casualty word.
_NOUN_WORDS = 2
#: Entity labels those words may carry: none, a group ("IS"), a nationality
#: ("Syrian"), a person (the tagger reads title-case "Fighters" as a name).
_NOUN_ENTS = frozenset({"", "ORG", "NORP", "PERSON"})


def _count_after(doc: Doc, word: int, unit: str, lex: Lexicon) -> Quantity | None:
    """The count right after an active casualty verb in a headline ("Kill 50")."""
    if word + 1 >= len(doc) or (value := _count(doc[word + 1], lex)) is None:
        return None
    num = doc[word + 1]
    said, _ = qualifier(num, lex)
    return Quantity(value=value, unit=unit, text=num.text, qualifier=said)


def _day_of_date(doc: Doc, num: Token) -> bool:
    """A number after a date's words ("July 5 2015"), not after a whole numeric date
    stamp ("01-11-2014 100 Fighters Killed": the stamp ends before the count)."""
    if num.i == 0:
        return False
    before = doc[num.i - 1]
    text = doc_arrays(doc).text
    return before.ent_type_ == "DATE" and not _NUMERIC_DATE.search(text, 0, num.idx)


#: A whole numeric date just before a count (the tokenizer splits "01-11-2014").
_NUMERIC_DATE = re.compile(r"\d{1,2}\s?[-./]\s?\d{1,2}\s?[-./]\s?(?:19|20)\d\d\s*$")


def _active(tok: Token, lex: Lexicon) -> bool:
    """An active casualty verb ("Kill", "Injures"): its count follows it ("Blasts Kill
    50 Injure Dozens"), and the number before it counts the verb before that."""
    return casualty_verb(tok, lex) is not None and tok.tag_ not in ("VBN", "VBD", "JJ")


#: How far up the tree a casualty word's count may name its attack: "Killed" (the
#: trigger itself), "left 40 dead" (the verb, its subject or the phrase it modifies).
_UP = 4
#: Dependencies of an active casualty verb's subject in a title-case parse.
_SUBJECTS = frozenset({"nsubj", "compound"})


def _forms(lex: Lexicon) -> frozenset[str]:
    """Written forms of the casualty words ("kill", "kills", "killed", "dead")."""
    cached = _FORMS.get(id(lex))
    if cached is None:
        forms = {w for lemma in lex.casualty_triggers for w in _inflect(lemma)}
        forms |= set(lex.casualty_nouns)
        cached = _FORMS[id(lex)] = frozenset(forms)
    return cached


def _inflect(lemma: str) -> tuple[str, ...]:
    return (lemma, lemma + "s", lemma + "d", lemma + "ed")


_FORMS: dict[int, frozenset[str]] = {}


def _positions(words: list[str], word: str) -> list[int]:
    """Every index of ``word`` in ``words`` (``list.index`` scans in C)."""
    found: list[int] = []
    i = -1
    while True:
        try:
            i = words.index(word, i + 1)
        except ValueError:
            return found
        found.append(i)


def headline_counts(
    doc: Doc, triggers: set[int], words: set[str], lex: Lexicon
) -> dict[int, list[Quantity]]:
    """Counts written just before a casualty word, by the trigger they count (``words``:
    the document's lower-case words): the
    word itself ("58 Killed"), the attack its phrase names ("40 dead in clashes") or
    the nearest trigger above it ("clashes between factions left at least 40 dead");
    and counts of a casualty clause told of the event it names ("20 residents died
    in the shelling", see :func:`clause_count`)."""
    lower = doc_arrays(doc).lower
    found: dict[int, list[Quantity]] = {}
    # Sorted: a set's order follows the string hash seed, which changes from run to
    # run, and the order decides which figures an event lists first (or keeps).
    for form in sorted(_forms(lex) & words):
        for at in _positions(lower, form):
            near = lower[max(at - 1 - _NOUN_WORDS, 0) : at] + lower[at + 1 : at + 2]
            if not any(maybe_number(w, lex) for w in near):
                continue
            count = headline_count(doc, at, lex)
            if count is None:
                continue
            word = doc[at]
            target = at if at in triggers else None
            for prep in word.children if target is None else ():
                if prep.dep_ == "prep":
                    target = next((p.i for p in prep.children if p.i in triggers), None)
                    if target is not None:
                        break
            node = word
            for _ in range(_UP if target is None else 0):
                if node.head.i == node.i:
                    break
                node = node.head
                if node.i in triggers:
                    target = node.i
                    break
            if target is None and _active(word, lex):
                # "Clashes Kill 30 Rebels": the headline's subject, read as a name
                # the verb hangs off, is the trigger the count is of.
                target = next(
                    (c.i for c in word.children if c.dep_ in _SUBJECTS and c.i in triggers), None
                )
            if target is not None:
                found.setdefault(target, []).append(count)
    # "At least 20 residents died in the shelling": a count in a casualty clause of
    # its own, told of the event its "in" phrase names.
    for form in sorted((_forms(lex) | DIE_FORMS) & words):
        for at in _positions(lower, form):
            told = clause_count(doc[at], triggers, lex)
            if told is not None:
                have = found.setdefault(told[0], [])
                if all(q.value != told[1].value for q in have):
                    have.append(told[1])
    return found


def _figure(tok: Token, lex: Lexicon) -> Token | None:
    """A count at ``tok`` or counting the noun ``tok`` ("30", "30 people")."""
    if _count(tok, lex) is not None:
        return tok
    for child in tok.children:
        if child.dep_ in ("nummod", "quantmod") and _count(child, lex) is not None:
            return child
    return None


def _toll_figure(toll: Token, lex: Lexicon) -> Token | None:
    """The count a "toll" stands at: "toll of 30", "toll rose to 30", "put the toll at
    58", "the toll hit 43", "the toll is 30"."""
    holders = [toll]
    if toll.dep_ in ("nsubj", "nsubjpass", "dobj") and toll.head.i != toll.i:
        holders.append(toll.head)
    for holder in holders:
        preps = {c.lower_: c for c in holder.children if c.dep_ == "prep"}
        for word in _TOLL_PREPS:
            prep = preps.get(word)
            for pobj in prep.children if prep is not None else ():
                if pobj.dep_ == "pobj" and (found := _figure(pobj, lex)) is not None:
                    return found
        if holder is not toll:
            for child in holder.children:
                if child.dep_ in ("dobj", "attr", "npadvmod", "oprd") and child.i != toll.i:
                    found = _figure(child, lex)
                    if found is not None:
                        return found
    return None


def _among_figure(among: Token) -> Token | None:
    """The group counted "among the dead": the subject of the verb "among" hangs off."""
    verb = among.head
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    return None


def toll_figures(doc: Doc, start: int, end: int, lex: Lexicon) -> list[Quantity]:
    """The tolls stated in the sentence ``doc[start:end]`` (see the module doc)."""
    arrays = doc_arrays(doc)
    lower = arrays.lower
    found: list[Quantity] = []
    for i in range(start, end):
        word = lower[i]
        if word == _TOLL:
            tok = doc[i]
            units = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod")}
            unit = "casualties" if "casualty" in units else "killed"
            num = _toll_figure(tok, lex)
        elif word == _AMONG:
            tok = doc[i]
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            unit_word = _AMONG_UNITS.get(pobj.lemma_.lower()) if pobj is not None else None
            subject = _among_figure(tok) if unit_word is not None else None
            num = _figure(subject, lex) if subject is not None else None
            unit = unit_word or "killed"
        else:
            continue
        if num is None or not start <= num.i < end:
            continue
        value = _count(num, lex)
        if value is None:
            continue
        said, first = qualifier(num, lex)
        counted = num.head if num.dep_ in ("nummod", "quantmod") else num
        last = max(num.i, counted.i) if counted.i < end else num.i
        text = arrays.span_text(first, last + 1)
        told = Quantity(value=value, unit=unit, text=text, qualifier=said)
        found.append(ranged(told, num, first, last + 1, lex))
    return found


class _Trig(Protocol):
    index: int


class TollDraft(Protocol):
    type: str
    merged: bool
    quantities: list[Quantity]

    @property
    def trig(self) -> _Trig: ...

    @property
    def into(self) -> TollDraft | None: ...


#: How many sentences back a toll sentence without an attack of its own may count
#: the attack told before it (as for figures of coreferent mentions).
TOLL_REACH = 2


D = TypeVar("D", bound=TollDraft)


def add_tolls(
    doc: Doc, drafts: list[D], sentence_of: list[int], words: set[str], lex: Lexicon
) -> None:
    """Add the figures of toll sentences to the attack they count (in place);
    ``words``: the document's lower-case words."""
    arrays = doc_arrays(doc)
    lower = arrays.lower
    present = {_TOLL, _AMONG} & words
    if not present:
        return
    spots = sorted(i for word in present for i in _positions(lower, word))
    by_sentence: dict[int, list[D]] = {}
    for draft in drafts:
        if draft.type == "ASSAULT":
            by_sentence.setdefault(sentence_of[draft.trig.index], []).append(draft)
    sentences = arrays.sentences
    done: set[int] = set()
    for i in spots:
        n = sentence_of[i]
        if n < 0 or n in done:
            continue
        done.add(n)
        sent = sentences[n]
        if toll_span(arrays.span_text(sent.start, sent.end)) is not None:
            continue  # a count over time is no attack's toll
        figures = toll_figures(doc, sent.start, sent.end, lex)
        if not figures:
            continue
        if n in by_sentence:
            # A sentence with an attack of its own counts it in that attack's phrases
            # ("the toll in the attack has risen to 112" is a running count, which
            # several reports of one attack give differently).
            continue
        target: TollDraft | None = None
        for m in range(n - 1, max(n - 1 - TOLL_REACH, -1), -1):
            if by_sentence.get(m):
                target = max(by_sentence[m], key=lambda d: d.trig.index)
                break
        if target is None:
            continue
        target = keeper(target)
        have = {(q.value, q.unit) for q in target.quantities}
        target.quantities += [q for q in figures if (q.value, q.unit) not in have]
