"""Finding actor mentions in a parsed document.

Two kinds of phrases are matched with spaCy ``PhraseMatcher`` s built once per
vocabulary: actor aliases ("Daesh", "Syrian Arab Army", "Pentagon") and country
terms ("US", "Turkish", "Damascus"). An alias is always a mention. A country term
is a mention only where the parse says it denotes an agent: the term modifying a
military noun ("US helicopters", "the Turkish incursion") is the state's forces,
modifying a government noun ("Turkish counterpart") is its government, and a bare
term in subject position ("Ankara said") is its ``standalone`` actor. A country
term elsewhere ("in Syria", "Syrian prisons") is a place or an attribute, not an
actor, and is left to the geo stage.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.matcher import PhraseMatcher
from spacy.tokens import Span
from spacy.util import filter_spans

from sitrep.actors.dictionary import Country, DictionaryData

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.vocab import Vocab

#: Dependencies through which a bare country term is an agent or recipient.
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dative", "poss", "agent"})
_ARGUMENT_PREPS = frozenset({"by", "against"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod", "poss"})
#: Words kept inside a mention between a country term and its head ("US military convoy").
_INNER = frozenset({"military", "armed", "air", "naval", "security", "government"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_ALIAS = "A:"
#: A country's phrase that names none of its state's actors ("Syrian Islamist
#: fighters"): an actor only through a group named inside it (_named_inside).
_NO_STATE = "-"
_COUNTRY = "C:"


def _case_sensitive(phrase: str) -> bool:
    """Short all-capital aliases (IS, US, UN) would match common words in lower case."""
    letters = phrase.replace(".", "")
    return phrase.isupper() and len(letters) <= 3


def possessive_variant(phrase: str) -> bool:
    return (
        not _case_sensitive(phrase)
        and len(phrase) >= 4
        and phrase[-1].isalpha()
        and (phrase[-1] not in "sS")
    )


_ARTICLE = re.compile(r"\b([Aa]l|[Ee]l)-(?=\w)")


def _article_apart(phrase: str) -> str | None:
    """The phrase with "al-" or "el-" written as a word of its own, if it has one."""
    apart = _ARTICLE.sub(r"\1 ", phrase)
    return apart if apart != phrase else None


class Matchers:
    """The two phrase matchers (case-insensitive and case-sensitive) for one vocabulary."""

    def __init__(self, vocab: Vocab, data: DictionaryData) -> None:
        import spacy

        tokenizer = spacy.blank("en", vocab=vocab).tokenizer
        self.lower = PhraseMatcher(vocab, attr="LOWER")
        self.exact = PhraseMatcher(vocab, attr="ORTH")
        phrases: dict[str, list[str]] = {}
        for actor in data.actors.values():
            phrases.setdefault(_ALIAS + actor.id, []).extend(actor.aliases)
        for country in data.countries.values():
            phrases.setdefault(_COUNTRY + country.code, []).extend(country.terms)
        for key, texts in phrases.items():
            exact = [tokenizer(t) for t in texts if _case_sensitive(t)]
            lower = [tokenizer(t) for t in texts if not _case_sensitive(t)]
            # Text that lost its apostrophes ("the Assads forces", "Hezbollahs
            # fighters", "Russias air force", "Turkeys health ministry") still names
            # the actor or the country.
            lower += [tokenizer(t + "s") for t in texts if possessive_variant(t)]
            # The Arabic article written apart as often as hyphenated ("Jeish Al Fatah",
            # "Jabhat Fatah al Sham" for "Jeish al-Fatah", "Jabhat Fatah al-Sham").
            lower += [tokenizer(v) for t in texts if (v := _article_apart(t)) is not None]
            if exact:
                self.exact.add(key, exact)
            if lower:
                self.lower.add(key, lower)

    def spans(self, doc: Doc) -> list[Span]:
        found = self.lower(doc, as_spans=True) + self.exact(doc, as_spans=True)
        return list(found)


def _extend(doc: Doc, end: int, limit: int) -> int:
    """Extend a mention over the inner words up to (not including) token ``limit``."""
    while end < limit and doc[end].lower_ in _INNER:
        end += 1
    return end


def _dateline(span: Span) -> bool:
    """Whether the term is a dateline ("MOSCOW (Sputnik) A total of ...", "DAMASCUS -"):
    the place a report was filed from, which the parser often makes the subject."""
    doc = span.doc
    first = doc[span.start]
    if not span.text.isupper() or len(span.text) < 4:
        return False
    if span.start > 0 and not first.is_sent_start and doc[span.start - 1].text.strip():
        return False
    return span.end < len(doc) and doc[span.end].text in ("(", "-", "\u2013", "\u2014", ",")


def country_span(span: Span, country: Country, data: DictionaryData) -> Span | None:
    """The mention a country term makes in context, or None where it is not an actor."""
    doc = span.doc
    if _dateline(span):
        return None
    root = span.root
    head = root.head
    if root.dep_ in _MODIFIER_DEPS and head.i != root.i and head.pos_ in _NOUNS:
        head = _phrase_head(head, data)
        key = head.lemma_.lower() if head.lemma_.lower() in data.heads else head.lower_
        if key in data.heads:
            marks = [
                data.non_state_modifiers[doc[i].lower_]
                for i in range(span.end, head.i)
                if doc[i].lower_ in data.non_state_modifiers
            ]
            if marks:
                # "Syria's largest rebel coalition": the country's armed opposition;
                # "Syrian Islamist fighters": some group of it, not its forces (a
                # group named inside is that group: _named_inside).
                label = country.opposition if "opposition" in marks else None
                return Span(doc, span.start, head.i + 1, label=label or _NO_STATE)
            kind, role = data.heads[key]
            if kind == "military" and _backed(head, span):
                # "US-backed Syrian fighters": forces someone backs are of the country
                # but not, by these words, its state's (a proxy, a rebel group, or the
                # army itself): no state's forces rather than a guessed one.
                return Span(doc, span.start, head.i + 1, label=_NO_STATE)
            actor = country.military if kind == "military" else country.government
            if role == "self" and head.i >= span.end:
                return Span(doc, span.start, head.i + 1, label=actor)
            return Span(doc, span.start, _extend(doc, span.end, head.i), label=actor)
        if root.dep_ != "poss" or key in data.non_actor_heads:
            return None
        # A possessive on an unlisted noun ("Ankara's stance") is still an agent.
        return _standalone(span, country)
    top = root
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if _people_suffering(root, top):
        return None
    if top.dep_ in _ARGUMENT_DEPS or (top.dep_ == "pobj" and top.head.lower_ in _ARGUMENT_PREPS):
        return _standalone(span, country)
    return None


def _people_suffering(term: Token, top: Token) -> bool:
    """A people's plural name, with no article, as what is done to ("Syrians were
    killed", "a massacre against Syrians"): some of the people, not their state. With
    the article it is the people as a party ("an operation against the Kurds"), and
    as a doer it stays the state's ("the Russians said")."""
    plural = term.tag_ in ("NNS", "NNPS") and not term.text.isupper() and term.lower_.endswith("s")
    if not plural or any(c.dep_ == "det" for c in term.children):
        return False
    return top.dep_ == "nsubjpass" or (top.dep_ == "pobj" and top.head.lower_ == "against")


#: Second halves of "US-backed", "Iranian-supported", "Saudi-sponsored".
_BACKING = frozenset({"backed", "supported", "sponsored"})


def _backed(head: Token, span: Span) -> bool:
    """A backing modifier of ``head`` before the country term: "US-backed Syrian
    fighters", "Turkish-supported Syrian forces"."""
    return any(
        c.lower_ in _BACKING or c.lower_.endswith(tuple(f"-{w}" for w in _BACKING))
        for c in head.doc[head.left_edge.i : span.start]
        if head in c.ancestors
    )


def _phrase_head(head: Token, data: DictionaryData) -> Token:
    """The head of a run of name words the term modifies ("Russia's *Aerospace
    Forces*"): an unlisted compound passes on to the noun it modifies."""
    while (
        head.lemma_.lower() not in data.heads
        and head.lower_ not in data.heads
        and head.dep_ == "compound"
        and head.head.i > head.i
        and head.head.pos_ in _NOUNS
    ):
        head = head.head
    return head


def _standalone(span: Span, country: Country) -> Span | None:
    if country.standalone == "none":
        return None
    actor = country.military if country.standalone == "military" else country.government
    return Span(span.doc, span.start, span.end, label=actor)


#: Kinds of group with no country of their own that a country's phrase may name
#: inside it ("Syrian Kurdish forces").
_STATELESS_GROUPS = frozenset({"rebel_group", "militant_group", "political_militia"})


def _named_inside(span: Span, country: Country, aliases: list[Span], data: DictionaryData) -> Span:
    """A country term's phrase read as the group it names inside ("Lebanese Hezbollah
    fighters", "Syrian opposition forces", "Iraqi peshmerga forces"): that group of
    the country (or a group of none), not the country's army. The country's own
    government or army named inside ("Syrian government forces") keeps the phrase's
    reading, and so does another state named in it ("Russian and Syrian regime
    airstrikes" stay Russia's: the parse runs the first country's phrase over both).
    A group the phrase's own actor covers is named inside it too ("Kurdish YPG
    fighters": the YPG)."""

    outer = data.actors.get(span.label_)

    def of_country(actor_id: str) -> bool:
        actor = data.actors.get(actor_id)
        if actor is None or actor_id in (country.government, country.military):
            return False
        if outer is not None and actor_id in outer.covers:
            return True  # "Kurdish YPG fighters": the group the wider name takes in
        if actor.country_code is None:
            return actor.type in _STATELESS_GROUPS
        return actor.country_code == country.code

    inner = [
        a
        for a in aliases
        if span.start <= a.start
        and a.end <= span.end
        and (a.start, a.end) != (span.start, span.end)
        and of_country(a.label_)
    ]
    if not inner:
        return span
    named = max(inner, key=lambda a: (len(a), -a.start))
    return Span(span.doc, span.start, span.end, label=named.label_)


def find_spans(doc: Doc, matchers: Matchers, data: DictionaryData) -> list[Span]:
    """Longest non-overlapping actor spans, each labelled with its actor id."""
    aliases: list[Span] = []
    found: list[tuple[Span, Country]] = []
    for span in matchers.spans(doc):
        key = span.label_
        if key.startswith(_ALIAS):
            aliases.append(Span(doc, span.start, span.end, label=key[len(_ALIAS) :]))
        elif key.startswith(_COUNTRY):
            country = data.countries[key[len(_COUNTRY) :]]
            resolved = country_span(span, country, data)
            if resolved is not None:
                found.append((resolved, country))
    countries = [_named_inside(span, country, aliases, data) for span, country in found]
    countries = [span for span in countries if span.label_ != _NO_STATE]
    # filter_spans keeps the first of equally long spans: a listed name ("Syrian
    # Democratic Forces") wins over a country term read as its forces.
    return sorted(filter_spans(aliases + countries), key=lambda s: s.start)
