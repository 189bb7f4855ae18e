"""What a toll sentence counts over, read from its text.

One detector serves the events stage (a toll sentence counting over time is no
attack's toll, see :func:`sitrep.events.tolls.add_tolls`) and the clustering
(sitrep.dedup: such counts are compared as counts, not as incidents' tolls; a risen
toll is a later count of one incident). Regular expressions over one sentence, so
the cost stays linear in its length.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.time.baseline import baseline_since

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_NUMBER_WORDS = r"few|several|two|three|four|five|six|seven|eight|nine|ten|\d+"
#: A whole war's toll: "the war has killed 280000", "the conflict ... 400000 dead".
_WHOLE_WAR = re.compile(r"\b(?:war|conflict|uprising|crisis|revolution)\b", re.IGNORECASE)
#: What a party starts that a running count runs from: "since troops launched their
#: assault", "since the army began its push on the city".
_CAMPAIGNS = (
    r"(?:offensive|assault|campaign|operation|attack|bombardment|bombing|shelling|siege"
    r"|war|push|incursion|invasion|intervention|crackdown|raids|(?:air ?)?strikes)"
)
#: A party starting, or stepping up, what it does: "launched", "began", "opened".
_STARTS = r"(?:launched|began|started|opened|mounted|unleashed|resumed|stepped up|intensified)"
# A campaign's count up to now: "since the offensive began", "since troops launched
# their assault", "since fighting broke out", "since April", "since 2011", "since
# early 2015", "over the past year", "so far this year", "in total". Past hours ("in
# the past 24 hours") count one incident's day.
_SINCE = re.compile(
    r"\bsince (?:the (?:start|beginning|launch|outbreak)\b"
    r"|(?:the|its|their|a|an) [\w-]+(?: [\w-]+){0,6}? "
    r"(?:began|begun|started|was launched|erupted)\b"
    r"|(?:[\w-]+ ){1,3}?" + _STARTS + r" (?:the|its|their|a|an|this|his|her) "
    r"(?:[\w-]+ ){0,3}?" + _CAMPAIGNS + r"\b"
    r"|(?:fighting|clashes|hostilities) (?:began|started|erupted|broke out)\b"
    r"|(?:early |late |mid-?)?(?:" + _MONTHS + r")\b"
    r"|(?:early |late |mid-?)?(?:19|20)\d\d\b"
    r"|(?:it|they|the [\w-]+) (?:began|started)\b)"
    r"|\b(?:over|in|during) the (?:past|last) (?:\w+ )?(?:years?|months?|weeks?)\b"
    r"|\bso far (?:this|in) (?:year|month)\b"
    r"|\bin total\b",
    re.IGNORECASE,
)
# The last days' count: "killed in recent days", "over the past three days",
# "since Sunday". It holds the day's incident and others.
_LAST_DAYS = re.compile(
    r"\b(?:in|over|during|within) (?:the )?(?:recent|past|last) (?:(?:"
    + _NUMBER_WORDS
    + r") )?days\b"
    r"|\bin recent (?:days|weeks)\b"
    r"|\bsince (?:last )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    re.IGNORECASE,
)
#: Verbs of a toll that has grown, in every tense a report uses ("rose", "has
#: risen", "rises", "is rising"), and of one that went past a mark ("passed 90",
#: "tops 100", "has exceeded 200", "crossed 50").
_GROWN = (
    r"(?:rose|risen|rises|rising|climbed|climbs|climbing|jumped|jumps|jumping"
    r"|reached|reaches|reaching|hit|hits|hitting|increased|increases|mounted|mounts"
    r"|surged|surges|soared|soars|grew|grown|grows|swelled|swollen"
    r"|surpassed|surpasses|surpassing|passed|passes|passing|topped|tops|topping"
    r"|exceeded|exceeds|exceeding|crossed|crosses)"
)
# A toll told as risen: "the death toll rose to 112", "toll hits 43", "the toll
# passes 90", "bringing to 60 the number of those dead", "the number of dead climbs to 95":
# a later count of one incident.
_RISEN = re.compile(
    r"\b(?:toll|tally)\b.{0,80}?\b" + _GROWN + r"\b"
    r"|\b(?:rose|risen|rises|climbed|climbs|jumped|jumps|increased|increases|grew|grown"
    r"|soared|surged|mounted|brought|brings|bringing)\s+to\s+"
    r"(?:at\s+least\s+|more\s+than\s+|over\s+)?\d",
    re.IGNORECASE,
)


def _counts_since(text: str, match: re.Match[str]) -> bool:
    """A running count's start, not a comparison's baseline ("the deadliest attack
    since 2011 killed 40": one incident's toll)."""
    return not (match.group(0)[:5].lower() == "since" and baseline_since(text[: match.start()]))


@lru_cache(maxsize=16384)
def toll_span(text: str) -> str | None:
    """What a sentence's toll counts over, when more than one incident:
    ``"war"`` (a whole war's), ``"since"`` (a campaign's up to now), ``"days"``
    (the last days'), else None. Cached: the clustering asks it of one sentence
    for every pair the sentence is in."""
    if any(_counts_since(text, m) for m in _SINCE.finditer(text)):
        return "since"
    if _LAST_DAYS.search(text):
        return "days"
    if _WHOLE_WAR.search(text):
        return "war"
    return None


def risen_toll(text: str) -> bool:
    """The sentence tells a toll that has risen ("the death toll rose to 112")."""
    return _RISEN.search(text) is not None
