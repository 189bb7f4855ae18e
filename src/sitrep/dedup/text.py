"""Lightweight sentence similarity: weighted content words and character n-grams.

No model and nothing downloaded: two reports of one event share names, numbers
and the key nouns even when worded differently (content words, each weighted
by how rare it is among the sentences compared: "sarin" and "Ghouta" say more
than "killed" and "Syria"), and copies of one wire story share long stretches
of characters (n-gram cosine, which also absorbs spelling variants of
transliterated names: "Khan Sheikhoun" / "Khan Shaykhun").
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from sitrep.dedup.concepts import concepts
from sitrep.dedup.outlets import outlet_words

_WORD = re.compile(r"[^\W_]+", re.UNICODE)

# Function words and the reporting verbs every article uses: they make any two
# sentences look alike without saying anything about the event.
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "without",
        "into",
        "onto",
        "over",
        "under",
        "about",
        "after",
        "before",
        "during",
        "since",
        "until",
        "as",
        "than",
        "that",
        "this",
        "these",
        "those",
        "there",
        "their",
        "them",
        "they",
        "he",
        "she",
        "it",
        "its",
        "his",
        "her",
        "our",
        "we",
        "you",
        "i",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "not",
        "no",
        "nor",
        "so",
        "such",
        "also",
        "very",
        "more",
        "most",
        "some",
        "any",
        "all",
        "each",
        "other",
        "which",
        "who",
        "whom",
        "whose",
        "what",
        "when",
        "where",
        "while",
        "how",
        "why",
        "said",
        "says",
        "say",
        "saying",
        "told",
        "tell",
        "reported",
        "reports",
        "report",
        "according",
        "sources",
        "source",
        "news",
        "agency",
        "on",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "yesterday",
        "today",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "can",
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
        "al",
        "el",
    ]
)


def _fold(text: str) -> str:
    return text.casefold().replace("’", "'")


def _stem(word: str) -> str:
    """Crude English suffix folding: "strikes"/"strike", "killing"/"killed"/"kill"."""
    if word.isdigit() or len(word) <= 4:
        return word
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def words_of(text: str) -> list[str]:
    """The text's folded words, in order."""
    return _WORD.findall(_fold(text))


def content_tokens(text: str) -> frozenset[str]:
    """Distinct content words (numbers kept: figures are strong evidence)."""
    words = words_of(text)
    return frozenset(w for w in words if w not in _STOP and (len(w) > 2 or w.isdigit()))


_UNIT_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen"
    " fourteen fifteen sixteen seventeen eighteen nineteen"
)
_UNITS = {w: n for n, w in enumerate(_UNIT_WORDS.split(" "))}
_TEN_WORDS = "- - twenty thirty forty fifty sixty seventy eighty ninety"
_TENS = {w: 10 * n for n, w in enumerate(_TEN_WORDS.split(" ")) if w != "-"}


def spelled_numbers(text: str) -> frozenset[str]:
    """Numbers written in words, as digits ("Sixteen" -> "16", "twenty-three" -> "23").

    One outlet writes "16 dead", another "Sixteen civilians": the figure is the
    same evidence. Only for similarity: :mod:`sitrep.dedup.figures` reads digits.
    """
    words = words_of(text)
    found: set[str] = set()
    for i, word in enumerate(words):
        if word in _TENS:
            unit = _UNITS.get(words[i + 1], 0) if i + 1 < len(words) else 0
            found.add(str(_TENS[word] + (unit if unit < 10 else 0)))
        elif word in _UNITS and _UNITS[word] >= 2 and (i == 0 or words[i - 1] not in _TENS):
            found.add(str(_UNITS[word]))
    return frozenset(found)


def content_stems(text: str) -> frozenset[str]:
    """:func:`content_tokens` with suffixes folded, plus their concepts
    (:mod:`sitrep.dedup.concepts`) and spelled-out numbers as digits
    (:func:`spelled_numbers`), for weighted overlap."""
    tokens = content_tokens(text)
    return frozenset(_stem(w) for w in tokens) | concepts(tokens) | spelled_numbers(text)


@dataclass
class Idf:
    """Inverse document frequency of content stems over the sentences seen so far.

    Built from the sentences a clustering run compares (the new reports and the
    stored ones of their types and dates), so rarity is judged among reports of
    the same kind of event: "killed" is everywhere, "sarin" is not. Unknown
    stems weigh as the rarest.
    """

    counts: Counter[str] = field(default_factory=Counter)
    total: int = 0

    @classmethod
    def of(cls, texts: Iterable[str]) -> Idf:
        idf = cls()
        for text in texts:
            idf.add(text)
        return idf

    def add(self, text: str) -> None:
        self.counts.update(profile(text).stems)
        self.total += 1

    def weight(self, stem: str) -> float:
        return math.log((self.total + 1) / (self.counts.get(stem, 0) + 1)) + 1.0


@dataclass(frozen=True)
class Profile:
    """What similarity needs of a sentence, computed once per event."""

    tokens: frozenset[str]
    stems: frozenset[str]
    grams: Counter[str]
    norm: float


def _grams(text: str, n: int = 4) -> Counter[str]:
    squeezed = " ".join(words_of(text))
    padded = f" {squeezed} "
    return Counter(padded[i : i + n] for i in range(max(0, len(padded) - n + 1)))


@lru_cache(maxsize=65536)
def profile(text: str) -> Profile:
    grams = _grams(text)
    norm = math.sqrt(sum(c * c for c in grams.values()))
    return Profile(content_tokens(text), content_stems(text), grams, norm)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def cosine(a: Profile, b: Profile) -> float:
    if not a.norm or not b.norm:
        return 0.0
    small, large = (a.grams, b.grams) if len(a.grams) <= len(b.grams) else (b.grams, a.grams)
    dot = sum(count * large.get(gram, 0) for gram, count in small.items())
    return dot / (a.norm * b.norm)


def weighted_overlap(a: frozenset[str], b: frozenset[str], idf: Idf) -> float:
    """Cosine of the two stem sets, each stem weighted by its IDF (0..1)."""
    if not a or not b:
        return 0.0
    shared = sum(idf.weight(s) for s in a & b)
    return shared / math.sqrt(sum(idf.weight(s) for s in a) * sum(idf.weight(s) for s in b))


def similarity(a: str, b: str, idf: Idf | None = None) -> float:
    """0..1: the larger of content-word overlap and character 4-gram cosine.

    Content-word overlap is the IDF-weighted stem cosine when ``idf`` is given,
    else plain token Jaccard.
    """
    pa, pb = profile(a), profile(b)
    words = weighted_overlap(pa.stems, pb.stems, idf) if idf else jaccard(pa.tokens, pb.tokens)
    return max(words, cosine(pa, pb))


#: Content words the shorter sentence needs before it can count as copied:
#: short stock sentences ("Shelling of a besieged suburb left nine civilians
#: dead on Friday") recur in reports of unrelated strikes.
COPY_MIN_WORDS = 12


def copied(a: str, b: str, threshold: float = 0.9) -> bool:
    """The shorter sentence is (nearly) contained in the longer: one outlet's
    copy of another's, perhaps behind a caption or a "Read also" line."""
    pa, pb = profile(a), profile(b)
    small, large = (pa, pb) if sum(pa.grams.values()) <= sum(pb.grams.values()) else (pb, pa)
    size = sum(small.grams.values())
    if not size or len(small.tokens) < COPY_MIN_WORDS:
        return False
    shared = sum(min(count, large.grams.get(gram, 0)) for gram, count in small.grams.items())
    return shared / size >= threshold


#: A shared word is an anchor when at most this share of the compared sentences
#: hold it: a village's name, "convoy", "evacuees" (not "killed", "Aleppo").
ANCHOR_SHARE = 0.05

# Month names date an event rather than tell what happened: "on March 22" is
# shared by unrelated reports of one day.
_MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
})  # fmt: skip


# Words any report of the day may share whatever it tells: a compass word ("the
# central province of Hama", "the central city of Homs") and the toll's words.
_COMMON_WORDS = (
    "north south east west northern southern eastern western central northeast "
    "northwest southeast southwest northeastern northwestern southeastern southwestern "
    "wounded injured injuries casualties"
)


@lru_cache(maxsize=1)
def _not_anchors() -> frozenset[str]:
    """Stems that tie no two reports to one incident: :data:`_COMMON_WORDS`, and the
    one-word names of the outlets in the registry ("SANA reported", "Reuters"),
    which tell who reports, not what happened."""
    words = set(_COMMON_WORDS.split())
    words.update(n for n in outlet_words() if n.isalpha())
    return frozenset(_stem(w) for w in words)


def anchors(a: str, b: str, idf: Idf, *, wording: bool = False) -> int:
    """How many rare words (:data:`ANCHOR_SHARE`) both sentences hold.

    Words only: figures are compared by :mod:`sitrep.dedup.figures`, and the
    concepts (``~``) are kinds of incident, not names. Unlike the weighted
    cosine of :func:`similarity`, this is not diluted by the rest of a long
    sentence: two reports of one day naming one village and one convoy are
    likely one event however much else each says. Words that tie no two reports
    to one incident (:func:`_not_anchors`) count only for ``wording``: how alike
    two sentences are worded, where a copied "northern Syria" is a copy's mark.
    """
    limit = ANCHOR_SHARE * (idf.total + 1)
    shared = profile(a).stems & profile(b).stems
    return sum(
        1
        for stem in shared
        # A plural's stem may be a function word ("others" -> "other").
        if stem.isalpha()
        and stem not in _MONTHS
        and stem not in _STOP
        and (wording or stem not in _not_anchors())
        and idf.counts.get(stem, 0) + 1 <= limit
    )


def near_identical(a: str, b: str, threshold: float = 0.9) -> bool:
    """Syndicated copies: character n-gram cosine at or above ``threshold``."""
    return cosine(profile(a), profile(b)) >= threshold


#: Similarity and rare shared words (:func:`anchors`) at which two sentences of
#: different articles retell one thing in nearly one wording, whatever places
#: the geoparser gave them ("soldiers pushed into the village on Friday in a
#: drive to sever the insurgents' roads north", the village geocoded apart in
#: each copy).
RETELL_SIMILARITY = 0.6
RETELL_ANCHORS = 5


def retelling(a: str, b: str, idf: Idf | None) -> bool:
    """Two sentences alike in most words and in many rare ones (see :data:`RETELL_SIMILARITY`)."""
    # Rare shared words first: a set intersection, where similarity weighs every word.
    return (
        idf is not None
        and anchors(a, b, idf, wording=True) >= RETELL_ANCHORS
        and similarity(a, b, idf) >= RETELL_SIMILARITY
    )
