"""Numbers tied to an event: "at least ten fighters", "nearly 800 prisoners",
"a convoy of 23 vehicles", "hundreds of detainees", "killing five civilians".

Numbers are read only inside the noun phrases of the trigger and its roles, so a
number elsewhere in the sentence (a date, "one location") is not attached. A vague
plural counts its smallest value ("hundreds" = 200, "dozens" = 24) with the
qualifier "at least". The unit is "killed" / "injured" / "arrested" ... for people
counted by a casualty trigger, else a category ("people", "vehicles") or the
counted noun's lemma.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.events.dates import bare_number
from sitrep.events.left_dead import stranded_subject
from sitrep.events.lexicon import Lexicon
from sitrep.events.ranges import CountRange, count_range
from sitrep.model import Quantity
from sitrep.nlp.cache import doc_arrays
from sitrep.nlp.page import in_widget
from sitrep.words import MONTHS, WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Token

_WORDS = {
    word: n
    for n, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
_WORDS.update(
    {
        w: 10 * n
        for n, w in enumerate(
            ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"], 2
        )
    }
)
_WORDS.update({"a": 1, "an": 1, "a dozen": 12})
_MULTIPLIERS = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_NUMERIC_DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d")
_DECIMAL = re.compile(r"\d+\.\d+")
#: A fraction before a multiplier: "half a million", "a quarter of a million",
#: "three-quarters of a million".
_FRACTION = re.compile(
    r"\b(?P<part>half|quarter|third|three[- ]quarters|two[- ]thirds)\s+(?:of\s+)?an?\s+$",
    re.IGNORECASE,
)
_FRACTIONS = {
    "half": 0.5, "quarter": 0.25, "third": 1 / 3,
    "three-quarter": 0.75, "three quarter": 0.75, "two-third": 2 / 3, "two third": 2 / 3,
}  # fmt: skip
_CALENDAR = frozenset(MONTHS) | WEEKDAYS | {"year", "month", "week", "day"}
_SKIP_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "ORDINAL"})
_PHRASE_DEPS = frozenset({"compound", "amod", "nmod", "nummod", "quantmod", "appos", "pobj"})


_TENS = frozenset({"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"})


def _tens(tok: Token) -> Token | None:
    """The "twenty" of "twenty-three": the parser makes it a compound of "three"."""
    if tok.i < 2 or not 0 < _WORDS.get(tok.lower_, 0) < 10 or tok.doc[tok.i - 1].text != "-":
        return None
    left = tok.doc[tok.i - 2]
    return left if left.lower_ in _TENS and left.head.i == tok.i else None


def _number(tok: Token, lex: Lexicon) -> tuple[int, bool] | None:
    """(value, vague) of a number token, or None."""
    text = tok.lower_.replace(",", "")
    if _fraction_part(tok):
        return None  # the "three" of "three-quarters of a million"
    if text[:1].isdigit() and (in_widget(tok.doc, tok.idx) or _in_numeric_date(tok)):
        return None  # a share box's counter ("Get short URL 0 55"), "21-05-2016"
    if text.isdigit():
        if len(text) > 1 and text[0] == "0":
            return None  # "0412", "07": a clock or a stamp, never a count
        value = int(text)
    elif text in _WORDS and text not in ("a", "an"):
        tens = _tens(tok)
        value = _WORDS[text] + (_WORDS[tens.lower_] if tens is not None else 0)
    elif text in _MULTIPLIERS:
        value = _MULTIPLIERS[text]
        fraction = _fraction_before(tok)
        if fraction is not None:
            # "half a million", "a quarter of a million": not a whole million.
            return int(value * _FRACTIONS[fraction["part"].lower().rstrip("s")]), False
        for child in tok.children:
            if child.dep_ in ("nummod", "compound", "quantmod"):
                if _DECIMAL.fullmatch(child.text):
                    return int(float(child.text) * value), False  # "2.5 million"
                inner = _number(child, lex)
                if inner is not None:
                    return inner[0] * value, False
    elif text in lex.vague_numbers:
        if _scaled_by(tok, lex) is not None:
            return None  # the "thousands" of "tens of thousands": read with "tens"
        scale = _scale_of(tok, lex)
        # "hundreds of thousands" is at least 200,000, not 200 (nor 2,000).
        return lex.vague_numbers[text] * (scale or 1), True
    else:
        return None
    return value, False


def _exact(tok: Token, lex: Lexicon) -> int | None:
    """The value of a number written as a figure or word; None for "dozens"."""
    parsed = _number(tok, lex)
    return parsed[0] if parsed is not None and not parsed[1] else None


def written_range(tok: Token, lex: Lexicon) -> CountRange | None:
    """The range ("between 500 and 1,300") the number ``tok`` is one end of."""
    return count_range(tok, lambda t: _exact(t, lex))


def ranged(found: Quantity, tok: Token, start: int, end: int, lex: Lexicon) -> Quantity:
    """``found`` (text ``start`` .. ``end``, exclusive) widened to the range ``tok`` is
    one end of: the lower figure as its value, the higher as ``upper``, the text
    from "between"/"from" on. Unchanged when ``tok`` ends no range."""
    span = written_range(tok, lex)
    return found if span is None else _widened(found, span, tok, start, end)


def _widened(found: Quantity, span: CountRange, tok: Token, start: int, end: int) -> Quantity:
    text = doc_arrays(tok.doc).span_text(min(start, span.start), max(end, span.high_i + 1))
    said = found.qualifier if found.qualifier not in (None, "at least") else None
    return Quantity(
        value=span.low, unit=found.unit, text=text, qualifier=said or "between", upper=span.high
    )


def maybe_number(word: str, lex: Lexicon) -> bool:
    """Whether a lower-case word can be a count (a cheap test before parsing it)."""
    return (
        word.replace(",", "").isdigit()
        or word in _WORDS
        or word in _MULTIPLIERS
        or word in lex.vague_numbers
    )


def number_value(tok: Token, lex: Lexicon) -> tuple[int, bool] | None:
    """(value, vague) of a number token ("58", "twenty-three", "dozens"), or None."""
    if _tens(tok.head) is tok:
        return None  # the "twenty" of "twenty-three": read with its units word
    return _number(tok, lex)


def qualifier(num: Token, lex: Lexicon) -> tuple[str | None, int]:
    """The qualifier before a number ("at least") and the index where the count's
    text starts (the qualifier, else the tens word of "twenty-three", else the number)."""
    tens = _tens(num)
    said, start = _qualifier(tens if tens is not None else _fraction_start(num), lex)
    if said is None and (parsed := _number(num, lex)) is not None and parsed[1]:
        said = "at least"
    return said, start


def _calendar_word(tok: Token) -> bool:
    word = tok.lower_.rstrip(".")
    if word == "may":
        return tok.text == "May"  # the month, not the modal verb
    return word in MONTHS or word in WEEKDAYS


def _in_numeric_date(tok: Token) -> bool:
    """A part of a numeric date the tokenizer split ("21", "05", "2016" of
    "21-05-2016"): no count, and no range of counts."""
    text, start = doc_arrays(tok.doc).text, tok.idx
    end = start + len(tok.text)
    if text[start - 1 : start] not in _DATE_SEPARATORS and text[end : end + 1] not in (
        _DATE_SEPARATORS
    ):
        return False
    left = max(start - 6, 0)
    return any(
        m.start() <= start - left < m.end() for m in _NUMERIC_DATE.finditer(text, left, end + 11)
    )


_DATE_SEPARATORS = frozenset({"-", ".", "/"})


def _clock_before_stamp(tok: Token, text: str, value: int) -> bool:
    """ "Middle East 2159 18.05.2017", "(updated 0930 18.05.2017)": a page's clock
    time (hours and minutes, no colon) before its numeric date stamp."""
    doc = tok.doc
    clock = len(text) in (3, 4) and value % 100 < 60 and value < 2400
    return clock and tok.i + 1 < len(doc) and bool(_NUMERIC_DATE.match(doc[tok.i + 1].text))


def dated_number(tok: Token) -> bool:
    """A digit number that is part of a written date, not a count: a year (1900-2100)
    within two words after or one before a month or weekday ("Monday 24 Oct 2016",
    "Oct 24, 2016"), or a day of the month beside a month ("24 Oct", "Oct 24")."""
    text = tok.text
    if not text.isdigit():
        return False
    doc = tok.doc
    value = int(text)
    if _clock_before_stamp(tok, text, value):
        return True
    if len(text) == 4 and 1900 <= value <= 2100:
        reach = range(max(tok.i - 3, 0), min(tok.i + 2, len(doc)))
    elif 1 <= value <= 31 and len(text) <= 2:
        reach = range(max(tok.i - 1, 0), min(tok.i + 2, len(doc)))
    else:
        return False
    return any(i != tok.i and _calendar_word(doc[i]) for i in reach)


#: Verbs whose subject is the dead ("12 soldiers died").
_DIE_VERBS = {"die": "killed", "perish": "killed"}


def _told_unit(counted: Token, lex: Lexicon) -> str | None:
    """The casualty unit a clause gives the people counted: the subject of "were
    killed" / "died", the object of "wounding", or the noun a participle describes
    ("civilians killed in")."""
    head = counted.head
    if counted.dep_ == "nsubjpass" and head.i != counted.i:
        return lex.casualty_triggers.get(head.lemma_.lower())
    if counted.dep_ == "dobj" and head.i != counted.i:
        # "wounding scores more"; else perhaps "includes 126 people killed by ..."
        unit = lex.casualty_triggers.get(head.lemma_.lower())
        if unit is not None:
            return unit
    if counted.dep_ == "nsubj" and head.i != counted.i:
        return _DIE_VERBS.get(head.lemma_.lower())
    for child in counted.children:
        if child.dep_ == "acl" and child.tag_ == "VBN":
            return lex.casualty_triggers.get(child.lemma_.lower())
    return None


def _next_casualty(tok: Token, lex: Lexicon) -> str | None:
    """The unit of a casualty participle right after a bare number ("killed, 3
    injured"): the number counts it, not the trigger before."""
    if tok.i + 1 >= len(tok.doc):
        return None
    nxt = tok.doc[tok.i + 1]
    lower, lemma = nxt.lower_, nxt.lemma_.lower()
    if nxt.pos_ == "PROPN" and nxt.is_title:
        # A title-case headline's "35 Dead" or "12 Killed", tagged a name.
        participle = lower.endswith("ed")
    elif nxt.pos_ in ("VERB", "ADJ", "NOUN"):
        participle = nxt.tag_ in ("VBN", "VBD", "JJ") or lower != lemma
    else:
        return None
    noun = lex.casualty_nouns.get(lower) or lex.casualty_nouns.get(lemma)
    if noun is not None or not participle:
        # Not a verb's base form: "Kill 40 Injure Dozens" (the verb after the count
        # starts another clause, whatever the tagger calls it).
        return noun
    for form in (lemma, lower, lower[:-2], lower[:-1]):
        unit = lex.casualty_triggers.get(form)
        if unit is not None:
            return unit
    return None


def casualty_verb(tok: Token, lex: Lexicon) -> str | None:
    """The unit of a casualty verb written in its base or "-s" form ("injure",
    "Kills"), whatever the tagger made of it; None for any other word."""
    lower = tok.lower_
    return lex.casualty_triggers.get(lower) or (
        lex.casualty_triggers.get(lower[:-1]) if lower.endswith("s") else None
    )


def _verb_before(tok: Token, lex: Lexicon) -> str | None:
    """The unit of a casualty verb right before a bare count: a gerund ("wounding
    scores", "injuring 12") or a base or "-s" form ("injure dozens", "Kills 12");
    the parse often makes the verb a noun of the count's phrase."""
    if tok.i == 0:
        return None
    before = tok.doc[tok.i - 1]
    verb = casualty_verb(before, lex)
    if verb is not None:
        # A headline's run of verbs: "Car Bombs Kill 40 Injure Dozens", "kill 50
        # injure dozens", "Fighting Kills 12".
        return verb
    if not before.lower_.endswith("ing"):
        return None
    return lex.casualty_triggers.get(before.lemma_.lower()) or lex.casualty_triggers.get(
        before.lower_[:-3]
    )


#: Plural magnitudes that scale a vague count before them: "tens of thousands".
_SCALES = {"hundreds": 100, "thousands": 1000, "millions": 1_000_000}


def _scale_of(tok: Token, lex: Lexicon) -> int | None:
    """The magnitude a vague count is of ("tens of thousands": 1000), if any."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "of":
        return None
    scale = _SCALES.get(doc[tok.i + 2].lower_)
    return scale if scale is not None and scale > lex.vague_numbers[tok.lower_] else None


def _scaled_by(tok: Token, lex: Lexicon) -> Token | None:
    """The vague count a plural magnitude scales ("tens" of "tens of thousands")."""
    if tok.i < 2 or tok.doc[tok.i - 1].lower_ != "of":
        return None
    before = tok.doc[tok.i - 2]
    if before.lower_ not in lex.vague_numbers or tok.lower_ not in _SCALES:
        return None
    return before if _scale_of(before, lex) is not None else None


def _counted(num: Token) -> Token:
    """The noun a number counts: its head, or the "of" object of "hundreds of X"
    (of "hundreds of thousands of X": past the magnitude)."""
    counted = _head_or_of(num)
    if counted.i == num.i + 2 and counted.lower_ in _SCALES and num.doc[num.i + 1].lower_ == "of":
        return _head_or_of(counted)  # "tens of thousands of protesters": protesters
    return counted


def _head_or_of(num: Token) -> Token:
    if num.dep_ in ("nummod", "quantmod", "compound") and num.head.i != num.i:
        return num.head
    for child in num.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return num


def _fraction_before(multiplier: Token) -> re.Match[str] | None:
    """The fraction written before a multiplier ("a quarter of a million"), if any."""
    start = multiplier.idx
    return _FRACTION.search(doc_arrays(multiplier.doc).text, max(start - 40, 0), start)


def _fraction_start(num: Token) -> Token:
    """The first word of the count a multiplier ends: of its fraction ("a quarter
    of a million": "a"), its figure ("2 million") or its article ("a million");
    else ``num`` itself."""
    if num.lower_ not in _MULTIPLIERS:
        return num
    doc = num.doc
    fraction = _fraction_before(num)
    span = (
        None
        if fraction is None
        else doc.char_span(fraction.start(), num.idx, alignment_mode="expand")
    )
    if span is None or len(span) == 0:
        # "2 million", "a million": the figure or article before the multiplier.
        before = [c for c in num.lefts if c.dep_ in ("nummod", "compound", "quantmod", "det")]
        return before[0] if before and before[0].i == num.i - 1 else num
    first = span[0]
    if first.i > 0 and doc[first.i - 1].lower_ in ("a", "one"):
        first = doc[first.i - 1]  # "a quarter", "one half"
    return first


def _fraction_part(tok: Token) -> bool:
    """A number word that is part of a fraction ("three" of "three-quarters of a
    million"): no count of its own."""
    doc = tok.doc
    return (
        tok.i + 2 < len(doc)
        and doc[tok.i + 1].text == "-"
        and doc[tok.i + 2].lower_.rstrip("s") in ("quarter", "third")
    )


def _qualifier(num: Token, lex: Lexicon) -> tuple[str | None, int]:
    """A qualifier written just before the number, and the index where it starts."""
    arrays = doc_arrays(num.doc)
    for words in lex.qualifiers:
        n = len(words.split())
        start = num.i - n
        if start >= 0 and arrays.span_text(start, num.i).lower() == words:
            return words, start
    return None, num.i


def _phrase(head: Token) -> list[Token]:
    """Tokens of the noun phrase headed by ``head`` (through "of", not other preps)."""
    out = []
    stack = [head]
    while stack:
        tok = stack.pop()
        out.append(tok)
        for child in tok.children:
            if child.dep_ in _PHRASE_DEPS or (child.dep_ == "prep" and child.lower_ == "of"):
                stack.append(child)
    return out


def _bare_date(tok: Token) -> bool:
    """A lone figure the tagger called a date, no year: the count of "blasts kill
    40, injure dozens" (a headline's run of verbs reads like a date to it)."""
    doc = tok.doc
    single = tok.ent_iob_ == "B" and (tok.i + 1 == len(doc) or doc[tok.i + 1].ent_iob_ != "I")
    return (
        tok.ent_type_ == "DATE"
        and single
        and len(tok.text) <= 4  # "190703": a page's stamp
        and tok.dep_ in _COUNT_DEPS  # "at 1514": a clock
        and bare_number(doc[tok.i : tok.i + 1])
    )


#: Dependencies of a figure that counts: object, subject or number of a noun.
_COUNT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "nummod"})


def quantities(heads: list[tuple[Token, bool]], trigger_lemma: str, lex: Lexicon) -> list[Quantity]:
    """Quantities in the phrases ``heads``; the flag marks the patient of the trigger."""
    found: list[Quantity] = []
    seen: set[int] = set()
    casualty = lex.casualty_triggers.get(trigger_lemma)
    for head, is_patient in heads:
        for tok in _phrase(head):
            if tok.i in seen or _tens(tok.head) is tok:
                continue
            if tok.ent_type_ in _SKIP_ENTS and not _bare_date(tok):
                continue
            parsed = _number(tok, lex)
            if parsed is None:
                continue
            if tok.lower_ in _MULTIPLIERS and any(
                c.dep_ in ("nummod", "compound") for c in tok.children
            ):
                seen.update(c.i for c in tok.children)
            value, vague = parsed
            seen.add(tok.i)
            tens = _tens(tok)
            if tens is not None:
                seen.add(tens.i)  # read with its units word: "twenty-three" is 23
            counted = _counted(tok)
            if counted.i != tok.i and (
                counted.lower_ in lex.vague_numbers
                or casualty_verb(counted, lex) is not None
                or counted.like_num
            ):
                # "Kill 40 Injure Dozens", "Fighting Kills 12", "Seven dead 20 wounded"
                # (the parser hangs one count on the next): a count of neither word.
                counted = tok
            part = counted.i == tok.i or counted.pos_ == "PRON"  # "one", "one of them"
            if part and tok.dep_ == "appos" and tok.head.pos_ in ("NOUN", "PROPN"):
                # "five people, one of them a child", "two villages, one near Homs":
                # a part of the count it stands by, told apart, not a count of its own.
                continue
            lemma = counted.lemma_.lower()
            if (
                lemma in _CALENDAR
                or (counted.i == tok.i and 1900 <= value <= 2100)
                or dated_number(tok)
            ):
                continue  # "Sun 22 Feb 2015" when the tagger missed the date
            following = _next_casualty(tok, lex) if counted.i in (tok.i, tok.i + 1) else None
            before = _verb_before(tok, lex) if counted.i == tok.i else None
            if following is not None:
                unit = following
            elif before is not None:
                unit = before
            elif casualty is not None and is_patient and lex.units.get(lemma) in (None, "people"):
                unit = casualty
            elif lemma in lex.casualty_nouns:
                unit = lex.casualty_nouns[lemma]
            elif counted.i == tok.i:
                unit = "people" if casualty is None else casualty
            elif counted.ent_type_ == "NORP":
                unit = "people"  # "dozens of Palestinians"
            else:
                unit = lex.units.get(lemma, lemma)
            if unit == "people":
                unit = _told_unit(counted, lex) or unit
            qualifier, start = _qualifier(tens if tens is not None else _fraction_start(tok), lex)
            if qualifier is None and vague:
                qualifier = "at least"
            end = max(counted.i, tok.i, tok.i + 1 if following is not None else tok.i)
            text = doc_arrays(tok.doc).span_text(start, end + 1)
            quantity = Quantity(value=value, unit=unit, text=text, qualifier=qualifier)
            if (span := written_range(tok, lex)) is not None:
                seen.update((span.low_i, span.high_i))  # both ends are one count
                quantity = _widened(quantity, span, tok, start, end + 1)
            found.append(quantity)
    return found


#: Written forms of the verbs whose subject is the dead ("20 residents died in ...").
DIE_FORMS = frozenset({"die", "died", "dies", "perish", "perished", "perishes"})
#: Prepositions through which a casualty clause names the attack it tells of.
_IN_EVENT = frozenset({"in", "during", "from"})


def _clause_people(verb: Token, lex: Lexicon) -> tuple[Token, str] | None:
    """The people a casualty verb counts and their unit: the subject of "died" or of
    "were killed", or the noun "killed" describes ("residents killed in ...")."""
    lemma = verb.lemma_.lower()
    die = _DIE_VERBS.get(lemma)
    passive = die is None
    unit = lex.casualty_triggers.get(lemma) if die is None else die
    if unit is None:
        return None
    for child in verb.children:
        if child.dep_ == ("nsubjpass" if passive else "nsubj"):
            return child, unit
    if passive and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i != verb.i:
        return verb.head, unit
    stranded = stranded_subject(verb) if passive else None
    return None if stranded is None else (stranded, unit)


def _people_count(people: Token, lex: Lexicon) -> Token | None:
    """The number counting ``people``: "20 residents", "dozens of residents", "20"."""
    if people.ent_type_ in _SKIP_ENTS:
        return None
    if _number(people, lex) is not None:
        return people
    for child in people.children:
        if child.dep_ in ("nummod", "quantmod") and _number(child, lex) is not None:
            return child
    return None


def _told_event(verb: Token, triggers: set[int]) -> int | None:
    """The trigger a casualty clause's "in / during / from" phrase holds ("died in the
    shelling", "killed in air raids and shelling": the first)."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _IN_EVENT:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            if pobj.i in triggers:
                return pobj.i
            for conj in pobj.conjuncts:
                if conj.i in triggers:
                    return conj.i
    return None


def _conjunct_toll(verb: Token, unit: str, triggers: set[int], lex: Lexicon) -> int | None:
    """The trigger a casualty clause is a conjunct of when it counts another kind of
    casualty: "Shelling killed 12 and 31 others were hurt" (the wounded of the
    shelling). A conjunct of the same kind ("12 were killed in Aleppo and 20 died
    in Homs") tells other victims, perhaps of another happening."""
    head = verb.head
    if verb.dep_ != "conj" or head.i not in triggers:
        return None
    return None if lex.casualty_triggers.get(head.lemma_.lower()) == unit else head.i


def clause_count(verb: Token, triggers: set[int], lex: Lexicon) -> tuple[int, Quantity] | None:
    """(trigger, count) when the casualty verb ``verb`` counts people who died in an
    event its prepositional phrase names ("At least 20 residents died in the
    shelling"): the event is the shelling, told in another clause than its count.
    A casualty verb that is an event of its own keeps its count."""
    if verb.i in triggers or verb.pos_ != "VERB":
        return None
    found = _clause_people(verb, lex)
    if found is None:
        return None
    people, unit = found
    num = _people_count(people, lex)
    if num is None or dated_number(num) or _tens(num.head) is num:
        return None
    parsed = _number(num, lex)
    if parsed is None or people.lemma_.lower() in _CALENDAR:
        return None
    value, _ = parsed
    if num.i == people.i and num.lower_.isdigit() and 1900 <= value <= 2100:
        return None  # "in 2015 died": a year
    target = _told_event(verb, triggers)
    if target is None:
        target = _conjunct_toll(verb, unit, triggers, lex)
    if target is None:
        return None
    said, start = qualifier(num, lex)
    end = max(num.i, people.i, _counted(num).i)  # "Hundreds of civilians"
    text = doc_arrays(verb.doc).span_text(start, end + 1)
    counted = Quantity(value=value, unit=unit, text=text, qualifier=said)
    return target, ranged(counted, num, start, end + 1, lex)
