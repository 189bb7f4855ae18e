"""The attribution lexicons (reporting cues, outlets, framing terms), loaded once.

The data files live in ``sitrep/data`` (``cues.json``, ``outlets.json``,
``framing.json``); each says where its entries come from. Everything here is
read lazily and cached: nothing is loaded when sitrep is imported, and matchers
are built once per spaCy vocabulary.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any, cast

from sitrep.errors import ResourceError
from sitrep.model import Stance
from sitrep.registry import outlet_registry

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Token
    from spacy.vocab import Vocab

_STANCES: tuple[Stance, ...] = ("neutral", "distancing", "endorsing", "denying")
_DOUBLED = re.compile(r"([a-z])\1")
#: Bound on the verb-lemma memo (distinct word forms seen; cleared when full).
_MEMO_LIMIT = 50_000


def _read(name: str) -> dict[str, Any]:
    try:
        text = resources.files("sitrep.data").joinpath(name).read_text("utf-8")
        data = json.loads(text)
    except (OSError, json.JSONDecodeError) as exc:
        raise ResourceError(
            f"lexicon sitrep/data/{name} is missing or not valid JSON ({exc}); reinstall sitrep"
        ) from exc
    return cast(dict[str, Any], data)


@dataclass(frozen=True)
class Cues:
    """Reporting verbs and nouns with their stance, hedges and source nouns."""

    verbs: dict[str, Stance]
    nouns: dict[str, Stance]
    forms: dict[str, str]
    hedging_verbs: frozenset[str]
    complement_only: frozenset[str]
    object_content: frozenset[str]
    citing: frozenset[str]
    hedge_adverbs: frozenset[str]
    modals: frozenset[str]
    raising_verbs: frozenset[str]
    anonymous_heads: frozenset[str]
    generic_evidential: frozenset[str]
    reference_nouns: dict[str, str]
    attitude: frozenset[str] = frozenset()
    cue_prepositions: frozenset[str] = frozenset()
    media_nouns: frozenset[str] = frozenset()
    #: Channels a statement goes out on ("on Twitter", "on camera"): never its content.
    channels: frozenset[str] = frozenset()
    #: Nouns of manner after "with" that belong to the cue ("said with a laugh").
    manner_nouns: frozenset[str] = frozenset()
    #: Preposition -> verb lemmas it introduces the content of ("hinted at", "believe in").
    governed: dict[str, frozenset[str]] = field(default_factory=dict)
    light_verbs: frozenset[str] = frozenset()
    object_nouns: frozenset[str] = frozenset()
    survey_nouns: frozenset[str] = frozenset()
    #: Adjectives of certainty, belief or feeling read after "be" (:mod:`.stance`).
    stance_adjectives: frozenset[str] = frozenset()
    #: Verbs whose passive with "as" gives an unattributed view (:mod:`.passive_as`).
    regarding_verbs: frozenset[str] = frozenset()
    #: (lemma, lower-case form) -> cue lemma: every token of every sentence is looked
    #: up, mostly the same few thousand words, and stripping inflections is not cheap.
    _lemma_memo: dict[tuple[str, str], str | None] = field(
        default_factory=dict, compare=False, repr=False
    )

    def introduces(self, lemma: str, prep: str) -> bool:
        """Whether preposition ``prep`` after a cue of ``lemma`` introduces its content:
        one of :attr:`cue_prepositions`, or one the verb governs ("hinted at")."""
        return prep in self.cue_prepositions or lemma in self.governed.get(prep, ())

    def verb_lemma(self, token: Token) -> str | None:
        """The cue lemma of a verb token, tolerating lemmatiser slips and common typos."""
        return self.lemma_of(token.lemma_, token.lower_)

    def lemma_of(self, lemma: str, lower: str) -> str | None:
        """:meth:`verb_lemma` from a token's ``lemma_`` and ``lower_`` (read from arrays)."""
        key = (lemma, lower)
        memo = self._lemma_memo
        if key in memo:
            return memo[key]
        if len(memo) > _MEMO_LIMIT:
            memo.clear()
        found = memo[key] = self._verb_lemma(key[0].lower(), key[1])
        return found

    def _verb_lemma(self, lemma: str, lower: str) -> str | None:
        for candidate in (lemma, self.forms.get(lower, ""), lower):
            if candidate in self.verbs:
                return candidate
        # "mentionned", "reporrted": undo doubled letters, then strip inflections.
        undoubled = _DOUBLED.sub(r"\1", lower)
        if undoubled in self.forms:
            return self.forms[undoubled]
        for candidate in (undoubled, *_strip_inflection(undoubled), *_strip_inflection(lower)):
            # Stripped forms are matched against lemmas only: "founded" minus "-ed" is
            # "found", which is not the past of "find" here.
            if candidate in self.verbs:
                return candidate
        return None


def _strip_inflection(word: str) -> list[str]:
    out = []
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""),
                         ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e")):  # fmt: skip
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            out.append(word[: -len(suffix)] + repl)
    return out


@lru_cache(maxsize=1)
def cues() -> Cues:
    data = _read("cues.json")
    verbs: dict[str, Stance] = {}
    nouns: dict[str, Stance] = {}
    for stance in _STANCES:
        for lemma in data["verbs"].get(stance, []):
            verbs.setdefault(lemma, stance)
        for lemma in data["nouns"].get(stance, []):
            nouns.setdefault(lemma, stance)
    for lemma in data.get("attitude_verbs", []):
        verbs.setdefault(lemma, "neutral")
    for lemma in data.get("object_nouns", []):
        nouns.setdefault(lemma, "neutral")
    forms = {k.lower(): v for k, v in {**data["forms"], **data["typos"]}.items()}
    hedges = data["hedges"]
    reference = {noun: kind for kind, words in data["reference_nouns"].items() for noun in words}
    return Cues(
        verbs=verbs,
        nouns=nouns,
        forms=forms,
        hedging_verbs=frozenset(data["hedging_verbs"]),
        complement_only=frozenset(data["complement_only"]),
        object_content=frozenset(data["object_content"]),
        citing=frozenset(data["citing"]),
        hedge_adverbs=frozenset(hedges["adverbs"]),
        modals=frozenset(hedges["modals"]),
        raising_verbs=frozenset(hedges["raising_verbs"]),
        anonymous_heads=frozenset(data["anonymous_heads"]),
        generic_evidential=frozenset(data["generic_evidential"]),
        reference_nouns=reference,
        attitude=frozenset(data.get("attitude_verbs", [])),
        cue_prepositions=frozenset(data.get("cue_span", {}).get("prepositions", [])),
        media_nouns=frozenset(data.get("cue_span", {}).get("media_nouns", [])),
        channels=frozenset(data.get("cue_span", {}).get("channels", [])),
        manner_nouns=frozenset(data.get("cue_span", {}).get("manner_nouns", [])),
        governed={
            prep: frozenset(verbs)
            for prep, verbs in data.get("cue_span", {}).get("governed_prepositions", {}).items()
        },
        light_verbs=frozenset(data.get("cue_span", {}).get("light_verbs", [])),
        object_nouns=frozenset(data.get("object_nouns", [])),
        survey_nouns=frozenset(data.get("survey_nouns", [])),
        stance_adjectives=frozenset(data.get("stance_adjectives", [])),
        regarding_verbs=frozenset(data.get("regarding_verbs", [])),
    )


@dataclass(frozen=True)
class Outlet:
    name: str
    country: str | None
    ownership: str


@lru_cache(maxsize=1)
def outlets() -> dict[str, Outlet]:
    """Every alias (and canonical name) -> the outlet it names."""
    data = outlet_registry()
    table: dict[str, Outlet] = {}
    for entry in [*data["outlets"], *data["descriptors"]]:
        outlet = Outlet(entry["name"], entry.get("country"), entry["ownership"])
        for alias in [entry["name"], *entry.get("aliases", [])]:
            table.setdefault(alias, outlet)
    return table


@lru_cache(maxsize=1)
def framing_terms() -> dict[str, str]:
    """Lower-cased framing term -> kind (label, loaded, euphemism, distancing)."""
    data = _read("framing.json")
    table: dict[str, str] = {}
    for entry in data["entries"]:
        for term in entry["terms"]:
            table.setdefault(term.lower(), entry["kind"])
    return table


# Matchers depend on the vocabulary (string store) of the pipeline that made the Doc;
# keyed by id() with the vocab kept alive in the value so the id cannot be reused.
_MATCHERS: dict[int, tuple[Vocab, PhraseMatcher, PhraseMatcher, PhraseMatcher]] = {}


def matchers(vocab: Vocab) -> tuple[PhraseMatcher, PhraseMatcher, PhraseMatcher]:
    """(outlets case-sensitive, outlets case-insensitive, framing) phrase matchers."""
    cached = _MATCHERS.get(id(vocab))
    if cached is not None and cached[0] is vocab:
        return cached[1], cached[2], cached[3]
    from spacy.lang.en import English
    from spacy.matcher import PhraseMatcher

    # A bare tokenizer is enough to turn patterns into token sequences, and is cheap.
    tokenizer = English(vocab=vocab).tokenizer
    exact = PhraseMatcher(vocab, attr="ORTH")
    folded = PhraseMatcher(vocab, attr="LOWER")
    for alias in outlets():
        # Acronyms (RT, AP, AA) must keep their case: "rt" or "ap" in lower case is noise.
        if alias.isupper() or len(alias) <= 4:
            exact.add(alias, [tokenizer(alias)])
        else:
            folded.add(alias, [tokenizer(alias.lower())])
    framing = PhraseMatcher(vocab, attr="LOWER")
    for term in framing_terms():
        framing.add(term, [tokenizer(term)])
    _MATCHERS[id(vocab)] = (vocab, exact, folded, framing)
    return exact, folded, framing
