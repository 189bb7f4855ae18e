"""Words for a state's own actors that name no country, read in the document's country.

Reports call the government of the country they are about "the government" or
"the regime", its forces "the army", "government forces" or "loyalists", and its
armed opposition "the opposition", without naming the country: the country is the
one the whole report is about. In a document whose main place lies in a country of
the actor dictionary, these phrases (``generic_terms`` in ``data/actors.json``,
every side's wording) become mentions of that country's government, military or
opposition; a listed alias among them ("government forces", bundled as Syria's)
is re-read the same way. A definite phrase ("the army") right after a mention of
another actor of the same kind (in its own or the previous sentence) refers back
to that actor and is left to the short-reference rule of :mod:`mentions`.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from sitrep.actors import Actor, GenericTerms, generic_terms, mention_of
from sitrep.model import ActorMention
from sitrep.nlp.cache import doc_arrays

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

#: Actor types a definite generic phrase of each role may refer back to.
_ROLE_TYPES = {
    "government": frozenset({"government"}),
    "military": frozenset({"state_forces"}),
    "opposition": frozenset({"rebel_group", "militant_group"}),
}
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
#: Deeds of a spell of time rather than one blow ("a government offensive", "army
#: operations"): told with a bare word, they gained a doer that joined a rebel
#: attack of their days to the offensive it answered (FA-KES dev, July 2016).
_SPELLS = frozenset(
    {"offensive", "operation", "campaign", "intervention", "occupation", "presence",
     "buildup", "deployment", "redeployment", "withdrawal", "incursion", "invasion"}
)  # fmt: skip
#: Marks that join a word to the next or the one before ("anti-government").
_JOINERS = frozenset({"-", "\u2013", "anti", "pro"})
#: Dependents before a generic phrase that name whose forces they are.
_OWNER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
#: Phrases by their last word: (lower-cased words, role), longest first.
_Phrases = dict[str, list[tuple[tuple[str, ...], str]]]
_tables: dict[int, _Phrases] = {}


def _phrases(vocab: Vocab) -> _Phrases:
    """The generic phrases as tokenised by this vocabulary, keyed by their last word."""
    key = id(vocab)
    table = _tables.get(key)
    if table is None:
        import spacy

        tokenizer = spacy.blank("en", vocab=vocab).tokenizer
        table = {}
        for phrase, role in generic_terms().phrases.items():
            words = tuple(t.lower_ for t in tokenizer(phrase))
            table.setdefault(words[-1], []).append((words, role))
        for entries in table.values():
            entries.sort(key=lambda e: -len(e[0]))
        _tables[key] = table
    return table


def _matches(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, role) of every generic phrase, the longer where two overlap: one
    pass over the lower-cased words with a dict look-up each."""
    table = _phrases(doc.vocab)
    lower = doc_arrays(doc).lower
    last = table.keys() & set(lower)
    found: list[tuple[int, int, str]] = []
    if not last:
        return found
    for end, word in enumerate(lower, 1):
        if word not in last:
            continue
        for words, role in table[word]:
            start = end - len(words)
            if start >= 0 and tuple(lower[start:end]) == words:
                found.append((start, end, role))
                break
    if len(found) < 2:
        return found
    # "pro-government forces" holds "government forces": the longer one is kept.
    found.sort(key=lambda m: (m[0] - m[1], m[0]))
    taken: set[int] = set()
    kept = []
    for start, end, role in found:
        if taken.isdisjoint(range(start, end)):
            kept.append((start, end, role))
            taken.update(range(start, end))
    return sorted(kept)


def _refers_back(span: Span, actor: Actor, role: str, earlier: list[ActorMention]) -> bool:
    """A definite phrase ("the army") whose latest earlier mention of the same kind,
    in its own or the previous sentence, is another actor: an anaphor for that one."""
    if span[0].lower_ != "the":
        return False
    types = _ROLE_TYPES[role]
    kind = [m for m in earlier if m.end <= span.start_char and m.type in types]
    if not kind:
        return False
    latest = max(kind, key=lambda m: m.start)
    if latest.actor_id == actor.id:
        return False
    doc = span.doc
    before = doc.char_span(latest.start, latest.end, alignment_mode="expand")
    if before is None:
        return False
    sentence_of = doc_arrays(doc).sentence_of
    return sentence_of[span.start] - sentence_of[before.start] <= 1


def national_mentions(
    doc: Doc, country: str | None, actors: list[ActorMention]
) -> list[ActorMention]:
    """``actors`` plus the generic phrases read as ``country``'s actors (see module)."""
    if country is None:
        return actors
    terms = generic_terms()
    roles = terms.actors.get(country)
    if not roles:
        return actors
    out = actors
    for k, mention in enumerate(actors):
        if mention.country_code == country:
            continue  # already the country's own actor
        text = mention.text.lower()
        role = terms.phrases.get(text) or terms.phrases.get("the " + text)
        actor = roles.get(role) if role is not None else None
        if actor is not None and actor.id != mention.actor_id:
            # "government forces" is bundled as Syria's; in a report about another
            # country it is that country's forces.
            out = list(out) if out is actors else out
            out[k] = mention.model_copy(
                update={
                    "actor_id": actor.id,
                    "name": actor.name,
                    "type": actor.type,
                    "country_code": actor.country_code,
                }
            )
    matches = _matches(doc)
    # A phrase that only modifies ("the army bombardment") is left to the bare word.
    taken = {
        i
        for start, end, _ in matches
        if not (doc[end - 1].dep_ in _MODIFIER_DEPS and doc[end - 1].head.i >= end)
        for i in range(start, end)
    }
    words = _modifier_matches(doc, terms, taken)
    if not matches and not words:
        return out
    ordered = sorted(actors, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    found = False
    for start, end, role in matches:
        span = doc[start:end]
        # Overlap with a dictionary mention ("Syrian government forces"): it wins.
        n = bisect_right(starts, span.end_char - 1) - 1
        if n >= 0 and ordered[n].end > span.start_char:
            continue
        last = span[-1]
        hyphen = end < len(doc) and doc[end].text in ("-", "\u2013")
        if hyphen or (last.dep_ in _MODIFIER_DEPS and last.head.i > last.i):
            continue  # "the army units", "the opposition-held town": a modifier
        if any(c.dep_ in _OWNER_DEPS and c.i < span.start for c in last.children):
            continue  # "Al-Qaeda loyalists", "Kurdish security forces": someone else's
        actor = roles.get(role)
        if actor is None or _refers_back(span, actor, role, out):
            continue
        out = list(out) if out is actors else out
        out.append(mention_of(span, actor))
        found = True
    for i, role in words:
        token = doc[i]
        n = bisect_right(starts, token.idx + len(token) - 1) - 1
        actor = roles.get(role)
        if actor is None or (n >= 0 and ordered[n].end > token.idx):
            continue  # "Syrian government strikes": the dictionary's mention wins
        out = list(out) if out is actors else out
        out.append(mention_of(doc[i : i + 1], actor))
        found = True
    return sorted(out, key=lambda m: m.start) if found else out


def _modifier_matches(doc: Doc, terms: GenericTerms, taken: set[int]) -> list[tuple[int, str]]:
    """(token, role) of each bare generic modifier of an armed deed or post ("government
    air strikes", "army shelling", "rebel positions"): the word names whose deed or post
    it is, as a country's name does ("Russian air strikes"). Not in a word joined by a
    hyphen ("anti-government", "government-held"), not after an owner ("Kurdish rebel
    positions" is left to the dictionary's phrase), only within three words of the
    noun through modifiers ("government air strikes"), not for a deed of a spell of
    time (:data:`_SPELLS`), and not where the deed noun itself modifies another
    ("rebel fire and regime aerial bombardment" without its commas parses so)."""
    lower = doc_arrays(doc).lower
    found: list[tuple[int, str]] = []
    if terms.modifiers.keys().isdisjoint(lower):
        return found
    for i, word in enumerate(lower):
        role = terms.modifiers.get(word)
        if role is None or i in taken:
            continue
        token = doc[i]
        if token.dep_ not in _MODIFIER_DEPS or token.head.i <= i:
            continue
        if (i > 0 and doc[i - 1].text in _JOINERS) or (
            i + 1 < len(doc) and doc[i + 1].text in _JOINERS
        ):
            continue
        if any(c.dep_ in _OWNER_DEPS for c in token.children):
            continue
        head = token.head
        while (
            head.lemma_.lower() not in terms.attack_heads
            and head.dep_ in _MODIFIER_DEPS
            and head.i < head.head.i <= i + 3
        ):
            head = head.head
        lemma = head.lemma_.lower()
        if head.dep_ in _MODIFIER_DEPS and head.head.lemma_.lower() in terms.attack_heads:
            continue  # "rebel fire and regime bombardment", parsed as one phrase
        if head.pos_ == "NOUN" and lemma in terms.attack_heads and lemma not in _SPELLS:
            found.append((i, role))
    return found
