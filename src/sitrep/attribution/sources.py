"""Who is speaking: the source span of a cue, its outlet, anonymity and antecedent.

The dependency parse gives the source in most sentences (the subject of the
reporting verb). The small English model misparses some wire-style openings
("The official Syrian news agency SANA, citing local sources, mentioned ..."
comes out with SANA as a verb), so a surface reading backs it up: walk left
from the cue over time words and a ", citing Y," aside, then take the noun
phrase that ends there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.attribution.lexicon import Cues
from sitrep.attribution.misparse import inverted_speaker

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Parts of a subject that are not the speaker: "Syria, which has not authorized ...,"
# or "officials at the time".
_TRIM_DEPS = frozenset({"relcl", "acl", "advcl", "punct", "parataxis"})
_TIME_NOUNS = frozenset({"time", "moment", "weekend", "day", "night", "week", "month", "year"})
_NOMINAL_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM", "PRON"})
_SKIP_POS = frozenset({"ADV", "AUX", "PART"})
_NAMED_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
#: Words that open a bare participle clause: "when asked", "after announced".
_WHEN = frozenset({"when", "after", "before", "once", "if", "as", "while", "until"})
PRONOUNS = frozenset({"he", "she", "they", "it"})
#: How many tokens an aside such as ", citing local sources," may have.
MAX_ASIDE = 12


def subject_source(cue: Token, lex: Cues) -> tuple[Span | None, bool]:
    """(source span, agentless) read from the parse; (None, False) when it has none."""
    doc = cue.doc
    children = list(cue.children)
    for child in children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return trimmed(objects[0]), False
    # Two subjects ("His assessment: “...,” he said."): the parser's slip; the one next
    # to the cue is the speaker.
    subjects = [c for c in children if c.dep_ == "nsubj"]
    if len(subjects) > 1:
        children = [c for c in children if c.dep_ != "nsubj" or c is subjects[-1]]
    for child in children:
        if child.dep_ == "nsubjpass" or child.dep_ == "expl":
            return None, True  # "it is alleged that", "X is said to have ..."
        if child.dep_ == "nsubj":
            if child.lower_ == "it" and any(c.dep_ == "auxpass" for c in children):
                return None, True
            return trimmed(child), False
    # A participle tagged as a past tense ("when asked what ...") is bare too.
    bare = cue.tag_ == "VBN" or (
        cue.tag_ == "VBD" and all(c.lower_ in _WHEN and c.i == c.left_edge.i for c in cue.lefts)
    )
    if bare and cue.dep_ in ("advcl", "ROOT") and not _has_aux(cue):
        # "When asked about X, she said ...", "Asked whether ..., 75 percent said yes":
        # a bare participle has no speaker; the main clause's subject is the one asked.
        return None, True
    shared = _shared_subject(cue)
    if shared is not None:
        return trimmed(shared), False
    head = cue.head
    hangs = cue.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN") and head is not cue
    # Not when the noun is the object of "citing": that is a misparsed aside.
    if hangs and (head.head.dep_ != "dobj" or lex.verb_lemma(head.head) not in lex.citing):
        # "numerous reports showing ...": the noun the participle hangs on.
        span = trimmed(head)
        return doc[span.start : min(span.end, cue.i)], False
    return None, False


def _has_aux(cue: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") for c in cue.children)


def _shared_subject(cue: Token) -> Token | None:
    """The subject a cue shares with the verbs above it.

    "He spoke to reporters and added that ...", "he said, adding that ...", "he
    began by saying ...", "calling it X and asserting that ...": climb through
    conjunctions, participle clauses and "by"-phrases (three steps at most). Also
    through a noun or adverb the phrase hangs on ("has a history of blaming ...",
    "stopped short of endorsing ...") and onto a passive subject ("was booed after
    telling ...", "was joined on stage and joked ...") when the cue itself is active.
    """
    active = not _has_passive(cue)
    tok = cue
    for _ in range(3):
        head = tok.head
        if tok.dep_ == "pcomp" and head.dep_ == "prep":
            head = _verb_above(head.head)
        elif tok.tag_ == "VB" and tok.dep_ in ("xcomp", "advcl"):
            # "voters are more likely to say ...", "he wants to defend ...".
            if head.pos_ == "ADJ" and head.dep_ == "acomp":
                head = head.head
            elif tok.dep_ == "xcomp" and (controller := _object_before(head, tok.i)) is not None:
                return controller  # "required Republicans to recognize": its object
        elif not (
            tok.dep_ == "conj" or (tok.tag_ in ("VBG", "VBN") and tok.dep_ in ("advcl", "xcomp"))
        ):
            return None
        if head is tok or head.pos_ not in ("VERB", "AUX"):
            return None
        passive = None
        for child in head.children:
            if child.dep_ == "nsubj":
                return child
            if child.dep_ == "nsubjpass":
                passive = child
        if passive is not None and active and tok.dep_ != "xcomp":
            return passive
        tok = head
    return None


def _object_before(verb: Token, end: int) -> Token | None:
    """The direct object of ``verb`` between it and token ``end`` (object control)."""
    return next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < end), None)


#: Dependencies of a noun or adverb that a "by / of / after"-phrase may hang on
#: between the cue and its verb ("a history of blaming", "short of endorsing").
_BRIDGE_DEPS = frozenset({"dobj", "pobj", "prep", "advmod", "attr", "npadvmod"})


def _verb_above(tok: Token) -> Token:
    """``tok`` or, for a noun or adverb, the verb above it (two prepositions at most)."""
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX") or tok.dep_ not in _BRIDGE_DEPS or tok.head is tok:
            return tok
        tok = tok.head
    return tok


def _has_passive(cue: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in cue.children)


def full_phrase(source: Span, cue: Token) -> Span | None:
    """The whole noun phrase of a trimmed source, appositions and relative clauses included.

    None when it is no longer than ``source`` or would take in the cue.
    """
    doc = cue.doc
    root = source.root
    start, end = min(root.left_edge.i, source.start), max(_phrase_end(root), source.end)
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    for j in range(start + 1, min(end - 1, start + 6)):
        # A dateline glued to the first sentence: "WASHINGTON — Sen. Bernie Sanders".
        if doc[j].text in ("-", "—", "–") and all(t.is_upper for t in doc[start:j]):
            start = j + 1
            break
    if start <= cue.i < end or (start, end) == (source.start, source.end):
        return None
    return doc[start:end]


def _phrase_end(root: Token) -> int:
    """Where a source's noun phrase ends: before a time ("James Comey, on Monday,") or a
    participle clause after a comma (", eyeing the coming weeks"), which PolNeAR's
    sources leave out."""
    doc = root.doc
    end = root.i + 1
    for child in root.children:
        if child.i < root.i:
            continue
        comma = doc[child.left_edge.i - 1].text == "," if child.left_edge.i > 0 else False
        timed = child.dep_ == "npadvmod" or (child.dep_ == "prep" and _is_time_phrase(child))
        if timed or (comma and child.dep_ == "acl" and child.tag_ == "VBG"):
            break
        end = max(end, child.right_edge.i + 1)
    return end


def inverted_subject(cue: Token, sent: Span) -> Span | None:
    """ "..., added an Ohio Republican.": the speaker named after the cue."""
    for child in cue.children:
        after = cue.i < child.i < sent.end
        if child.dep_ in ("nsubj", "dobj", "attr") and after and child.pos_ in ("NOUN", "PROPN"):
            return trimmed(child)
        if after and inverted_speaker(cue, child):
            return trimmed(child)
    return None


def trimmed(head: Token) -> Span:
    """The noun phrase of ``head`` without relative clauses, asides and time phrases."""
    doc = head.doc
    drop: set[int] = set()
    for child in head.children:
        if child.dep_ in _TRIM_DEPS or (child.dep_ == "prep" and _is_time_phrase(child)):
            drop.update(t.i for t in child.subtree)
    kept = [t.i for t in head.subtree if t.i not in drop]
    # Keep the contiguous stretch around the head only.
    start = end = head.i
    kept_set = set(kept)
    while start - 1 in kept_set:
        start -= 1
    while end + 1 in kept_set:
        end += 1
    return doc[start : end + 1]


def _is_time_phrase(prep: Token) -> bool:
    objects = [c for c in prep.children if c.dep_ == "pobj"]  # not a date deeper in
    return any(o.ent_type_ in ("DATE", "TIME") or o.lower_ in _TIME_NOUNS for o in objects)


def surface_source(cue: Token, sent: Span, lex: Cues) -> tuple[Span | None, list[Span]]:
    """Read the source to the left of ``cue``; also return ", citing Y," asides met on the way.

    Returns (source, cited) where ``cited`` holds the citing verb + its object spans
    (as one span each, the verb first), outermost first.
    """
    doc = cue.doc
    i = cue.i - 1
    cited: list[Span] = []
    while i >= sent.start:
        tok = doc[i]
        if tok.ent_type_ in ("DATE", "TIME") or tok.pos_ in _SKIP_POS:
            i -= 1
            continue
        if tok.text == ",":
            aside = _aside_before(doc, i, sent, lex)
            if aside is None:
                if i == cue.i - 1:
                    return _named_apposition(i, sent, lex), cited
                break
            cited.insert(0, aside)
            i = aside.start - 2  # skip the aside and its opening comma
            continue
        break
    end = i + 1
    while i >= sent.start and _nominal(doc[i], lex):
        i -= 1
        if i > sent.start and _modifier_prep(doc[i]):
            i -= 1  # "a journalist in Aleppo": the place belongs to the speaker's phrase
    start = i + 1
    while start < end and doc[start].pos_ in ("PUNCT", "ADP"):
        start += 1
    if start >= end:
        return None, cited
    return doc[start:end], cited


#: Prepositions that open a place modifier of the speaker's noun ("a journalist in
#: Aleppo", "activists from Douma"): part of the source phrase. Not "for", "of" or
#: "with": read back from a cue they also take in phrases that are no speaker ("a
#: handy guide for people hoping ...", "a talk with the council of ...").
_MODIFIER_PREPS = frozenset({"in", "from", "at", "near", "inside", "outside"})


def _modifier_prep(tok: Token) -> bool:
    """Whether ``tok`` is a preposition the parse hangs on the noun right before it."""
    head = tok.head
    return (
        tok.lower_ in _MODIFIER_PREPS
        and tok.dep_ == "prep"
        and head.i == tok.i - 1
        and head.pos_ in ("NOUN", "PROPN")
    )


def _named_apposition(comma: int, sent: Span, lex: Cues) -> Span | None:
    """ "Senator Ada Brill, the majority whip, said": a name and its apposition, read
    back from the comma before the cue (the parser often loses the subject there)."""
    doc = sent.doc
    i = comma - 1
    while i >= sent.start and _nominal(doc[i], lex):
        i -= 1
    if i < sent.start or i == comma - 1 or doc[i].text != ",":
        return _long_apposition(comma, sent, lex)
    j = i - 1
    while j >= sent.start and _nominal(doc[j], lex):
        j -= 1
    name = doc[j + 1 : i]
    if not len(name) or not any(t.pos_ == "PROPN" for t in name):
        return None
    return doc[j + 1 : comma]


#: How far back a long apposition ("a Tempe, Ariz., pastor helping to plan the
#: march") may reach before the cue's comma.
MAX_APPOSITION = 30
_APPOSITION_START = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})


def _long_apposition(comma: int, sent: Span, lex: Cues) -> Span | None:
    """ "Aaron Miele, a Tempe, Ariz., pastor helping to plan the march, said":
    a name at the start of the sentence (or after a comma) and an apposition with
    clauses of its own. The parser loses the subject there; the surface does not."""
    doc = sent.doc
    for i in range(comma - 1, max(sent.start, comma - MAX_APPOSITION) - 1, -1):
        if doc[i].text != "," or i + 1 >= comma or doc[i + 1].pos_ not in _APPOSITION_START:
            continue
        j = i - 1
        while j >= sent.start and _nominal(doc[j], lex):
            j -= 1
        name = doc[j + 1 : i]
        opens = j < sent.start or doc[j].text == ","
        if len(name) and opens and any(t.pos_ == "PROPN" for t in name):
            return doc[j + 1 : comma]
    return None


def _aside_before(doc: Doc, comma: int, sent: Span, lex: Cues) -> Span | None:
    """The ", citing Y," aside that ends at ``comma`` (exclusive), if there is one."""
    lo = max(sent.start, comma - MAX_ASIDE)
    for j in range(comma - 1, lo - 1, -1):
        if doc[j].text == "," or j == sent.start:
            first = j + 1 if doc[j].text == "," else j
            if first < comma and is_citing(doc[first], lex):
                return doc[first:comma]
            return None
    return None


def is_citing(tok: Token, lex: Cues) -> bool:
    if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "to":
        return True
    return tok.tag_ == "VBG" and lex.verb_lemma(tok) in lex.citing


def _nominal(tok: Token, lex: Cues) -> bool:
    if tok.text in ("-", "’s", "'s", "&") or tok.tag_ in ("HYPH", "POS"):
        return True
    if tok.pos_ in _NOMINAL_POS or tok.ent_type_ in _NAMED_ENTS:
        return True
    # The tagger sometimes calls an all-caps acronym (SANA) a verb.
    return (tok.is_upper and len(tok) > 1) or (tok.is_title and lex.verb_lemma(tok) is None)


def cited_source(aside: Span) -> Span:
    """Y in the aside "citing Y" / "according to Y"."""
    skip = 2 if aside[0].lower_ == "according" else 1
    return aside[skip:] if len(aside) > skip else aside


def is_anonymous(source: Span, lex: Cues, outlet: str | None) -> bool:
    """An unnamed source: "local sources", "activists", "a source", "officials"."""
    if outlet is not None:
        return False
    if any(t.ent_type_ == "PERSON" for t in source):
        return False
    head = source.root
    return head.pos_ != "PROPN" and head.lemma_.lower() in lex.anonymous_heads


def is_evidential(source: Span, lex: Cues) -> bool:
    """Generic evidence as the source ("reports show", "sources said"): a hedge."""
    return source.root.lemma_.lower() in lex.generic_evidential


def reference_kind(source: Span, lex: Cues) -> str | None:
    """ "pronoun", "outlet", "person", "organisation" for short references, else None."""
    words = [t for t in source if t.pos_ != "PUNCT"]
    if len(words) == 1 and words[0].lower_ in PRONOUNS:
        return "pronoun"
    if len(words) == 2 and words[0].lower_ in ("the", "this", "that") and words[1].pos_ != "PROPN":
        return lex.reference_nouns.get(words[1].lower_)
    return None


def is_named(source: Span, outlet: str | None) -> bool:
    return outlet is not None or any(
        t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG") for t in source
    )


def ancestor_subject(cue: Token, pronoun: Span) -> Span | None:
    """The subject of a clause above the cue, before the pronoun: its likely antecedent.

    "The coalition and its partners have launched raids on positions they
    describe as ..." -> "The coalition and its partners".
    """
    for ancestor in cue.ancestors:
        for child in ancestor.children:
            if child.dep_ == "nsubj" and child.i < pronoun.start and child.pos_ != "PRON":
                return trimmed(child)
    return None


def asides_after(cue: Token, sent: Span, lex: Cues) -> list[Span]:
    """ "X said, citing Y, that ...": an aside right after the cue."""
    doc = cue.doc
    if cue.i + 2 >= sent.end or doc[cue.i + 1].text != ",":
        return []
    first = cue.i + 2
    if not is_citing(doc[first], lex):
        return []
    end = first + 1
    while end < min(sent.end, first + MAX_ASIDE) and doc[end].text not in (",", "that"):
        end += 1
    return [doc[first:end]]
