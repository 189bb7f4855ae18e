"""'Since X' as a comparison baseline: "the deadliest attack since 2011", "the worst
violence since the 1980s", "the first such strike since 2017". The year is what the
happening is measured against, not when it happened, nor the start of a running count.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

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
        if _comparison(lower):
            return True
        if lower in _BREAKS or not lower[0].isalnum():
            return False
    return False


#: Dependencies through which a "since" phrase hangs from the compared noun: "the
#: first blast to strike the centre of the old market town since ..." (too far for
#: _REACH).
_UP = frozenset({"prep", "pobj", "acl", "relcl", "xcomp", "advcl", "dobj"})
#: How many such links up the compared word may be.
_HOPS = 5


def compared(scope: Token) -> bool:
    """Whether a "since" phrase (``scope``: the preposition, or the verb of the clause
    "since" opens) hangs, through a few phrase links, from a word that a comparison
    word modifies ("the first blast to strike the centre of the old market town
    since ...", "the heaviest shelling of the district since ..."): the parse's
    reading of :func:`baseline_since`, for comparisons too far before the "since".
    Words inside the phrase do not count ("since it first intervened")."""
    node = scope
    for _ in range(_HOPS):
        if node.dep_ not in _UP or node.head.i == node.i:
            return False
        node = node.head
        if any(_comparison(c.lower_) for c in node.children if c.dep_ in ("amod", "advmod")):
            return True
    return False


def _comparison(word: str) -> bool:
    return word in _COMPARISONS or (word.endswith("iest") and len(word) > 5)


def baseline_scope(anchor: Token, text: str) -> tuple[int, int] | None:
    """The character span of the comparison's "since" phrase the date headed by
    ``anchor`` lies in, or None: "the first blast to strike the market town since the
    feud began in 2014", "the deadliest since the uprising began in 2011". Like
    "since 2011" itself (:func:`baseline_since`), the date dates the baseline, not
    the happening compared; only a happening told inside the phrase keeps it (the
    uprising). ``text``: the document's text."""
    for node in anchor.ancestors:
        if node.lower_ == "since" and node.dep_ == "prep":
            since, scope = node, node
        elif node.dep_ == "advcl":
            marks = (c for c in node.children if c.dep_ == "mark" and c.lower_ == "since")
            mark = next(marks, None)
            if mark is None:
                continue
            since, scope = mark, node
        else:
            continue
        if not (baseline_since(text[: since.idx]) or compared(scope)):
            return None
        first, last = scope.left_edge, scope.right_edge
        return first.idx, last.idx + len(last.text)
    return None
