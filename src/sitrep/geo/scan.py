"""Token-level scan for name-like runs: the part of recognition that visits every token.

Token texts, whitespace and lower-case forms come from the shared per-document
arrays (:mod:`sitrep.nlp.cache`), so the scan indexes plain lists instead of
creating a spaCy ``Token`` per look.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.geo.datelines import agency_at
from sitrep.geo.folding import ARTICLES
from sitrep.geo.rows import KM_PER_UNIT
from sitrep.nlp.cache import doc_arrays

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Runs are cut at this many tokens: each token is visited a bounded number of times.
MAX_RUN = 6


def is_cap(text: str) -> bool:
    """A capitalised word (not a bare number or punctuation)."""
    return bool(text) and text[0].isupper() and any(ch.isalpha() for ch in text)


class Tokens:
    """The token facts the scan reads, one list each, computed once per document."""

    def __init__(self, doc: Doc) -> None:
        arrays = doc_arrays(doc)
        self.arrays = arrays
        self.words = words = arrays.words
        self.spaces = spaces = arrays.spaces
        self.lower = lower = arrays.lower
        n = len(words)
        self.cap = cap = [is_cap(w) for w in words]
        # A lower-case Arabic article joined by a hyphen to a capitalised word: al-Badia.
        self.article = [
            lower[i] in ARTICLES
            and i + 2 < n
            and words[i + 1] == "-"
            and cap[i + 2]
            and not spaces[i]
            for i in range(n)
        ]
        #: Capitalised or a joined article: a token that may start or continue a name.
        self.namelike = [c or a for c, a in zip(cap, self.article, strict=True)]


def runs(toks: Tokens) -> list[tuple[int, int]]:
    """Maximal runs of name-like tokens: capitalised words, joined articles, hyphens."""
    runs: list[tuple[int, int]] = []
    namelike, words, spaces = toks.namelike, toks.words, toks.spaces
    i, n = 0, len(words)
    while i < n:
        if not namelike[i]:
            i += 1
            continue
        j = i + 1
        while j < n and j - i < MAX_RUN:
            prev_tight = not spaces[j - 1]
            if namelike[j]:
                j += 1
            elif words[j] == "-" and prev_tight and j + 1 < n and not spaces[j]:
                if namelike[j + 1]:
                    j += 1
                else:
                    break
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def spans_of_run(toks: Tokens, start: int, end: int) -> list[tuple[int, int]]:
    """Every sub-span of a run that starts with a name word and ends with a capital."""
    out = []
    cap, lower, namelike = toks.cap, toks.lower, toks.namelike
    for i in range(start, end):
        # "The United States" at the start of a sentence: the article is not the name.
        if lower[i] == "the" or not namelike[i]:
            continue
        for j in range(i + 1, end + 1):
            if cap[j - 1]:
                out.append((i, j))
    return out


#: Lower-case words that never occur inside a place's name but do inside an
#: organisation's ("the Syrian Observatory for Human Rights", "Doctors without
#: Borders"): a place-tagged entity holding one is an organisation.
ORGANISATION_WORDS = frozenset({"for", "without"})
#: spaCy's labels of places (an entity of these is a toponym candidate).
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _before_distance(lower: list[str], start: int, end: int) -> int:
    """The entity's end, cut before a count of a distance unit at its end: "Jayrud 55
    km (34 miles) north of Damascus", tagged as one facility, is a town and how
    far it lies from another."""
    for k in range(start + 1, min(end, len(lower) - 1)):
        if lower[k + 1] in KM_PER_UNIT and lower[k].replace(",", "").replace(".", "").isdigit():
            return k
    return end


def entity_spans(toks: Tokens) -> list[tuple[int, int, str]]:
    """(start, end, label) of spaCy's entities, a leading "the", a trailing distance
    ("Jayrud 55 km") and a trailing news agency ("Hama SANA") left out; a GPE
    or LOC entity that reads as an organisation's name is labelled ORG. In a text
    written in mixed case, a place entity with no capitalised word ("left the leader
    in coma") is a common word that the tagger misread, not a name: left out."""
    out = []
    lower = toks.lower
    cased = any(toks.cap)
    for ent in toks.arrays.ents:
        start = ent.start
        if cased and ent.label_ in PLACE_LABELS and not any(toks.cap[ent.start : ent.end]):
            continue
        if lower[start] == "the" and ent.end - start > 1:
            start += 1
        end = _before_distance(lower, start, ent.end)
        if end - start > 1 and agency_at(toks.words[end - 1]):
            # "Hama SANA" read as one name: a dateline's place and its agency.
            end -= 1
        label = ent.label_
        if label in ("GPE", "LOC") and any(
            lower[k] in ORGANISATION_WORDS for k in range(start + 1, end - 1)
        ):
            label = "ORG"
        out.append((start, end, label))
    return out
