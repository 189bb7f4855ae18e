"""'Since X' as a comparison baseline: "the deadliest attack since 2011", "the worst
violence since the 1980s", "the first such strike since 2017". The year is what the
happening is measured against, not when it happened, nor the start of a running count.
"""

from __future__ import annotations

import re

#: Comparison words that make a following "since X" a baseline. Superlatives in
#: "-iest" (deadliest, bloodiest, heaviest, costliest) are matched by their ending.
_COMPARISONS = frozenset(
    {
        "most",
        "least",
        "first",
        "worst",
        "biggest",
        "largest",
        "highest",
        "greatest",
        "strongest",
        "longest",
        "fiercest",
        "lowest",
        "toughest",
        "hardest",
        "gravest",
        "severest",
        "sharpest",
        "widest",
    }
)
#: Words that end the phrase a comparison could scope over: a verb or clause break
#: in between ("the first raid came in May and fighting has gone on since 2011").
_BREAKS = frozenset(
    {
        "and",
        "but",
        "while",
        "which",
        "that",
        "who",
        "when",
        "after",
        "has",
        "have",
        "had",
        "is",
        "are",
        "was",
        "were",
        "been",
    }
)
_WORD = re.compile(r"[\w'-]+|[,;:()\u2014\u2013]")
#: How many words before "since" a comparison may stand ("the most lethal such
#: attack on the city since").
_REACH = 7


def baseline_since(before: str) -> bool:
    """Whether a "since" that follows ``before`` (the text up to it) ends a
    comparison: a superlative or "first" within a few words, no clause break between."""
    words = _WORD.findall(before[-120:])
    for word in reversed(words[-_REACH:]):
        lower = word.lower()
        if lower in _COMPARISONS or (lower.endswith("iest") and len(lower) > 5):
            return True
        if lower in _BREAKS or not lower[0].isalnum():
            return False
    return False
