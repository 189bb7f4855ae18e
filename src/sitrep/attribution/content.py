"""Where a verbal attribution's content lies (PolNeAR's span conventions; the cue's
own span is :mod:`.cue_span`'s business).

* the content is the verb's complement (with "that"), its object, the
  quotation before or after it, the sentence around a parenthetical
  "..., he said, ..." (in pieces), or the subject of a passive cue ("the
  plan was criticized by X", "the ceasefire was announced");
* raising verbs ("X seems to", "X is expected to") have no source: their
  subject belongs to the content.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.attribution import (
    as_clause,
    colon_label,
    extent,
    labelling,
    light_verbs,
    purpose_misread,
    quote_first,
    quotes,
    run_on,
    thing_object,
)
from sitrep.attribution.lexicon import Cues
from sitrep.attribution.misparse import (
    announced,
    content_above,
    inverted_speaker,
    past_addressee,
    past_modifiers,
    prep_in_reach,
    question_after,
)
from sitrep.attribution.relative_head import relative_content
from sitrep.attribution.types import TextSpan
from sitrep.nlp.cache import doc_arrays

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

COMPLEMENT_DEPS = ("ccomp", "xcomp", "parataxis")
#: The last tokens of a sentence a parenthetical "..., X said." may take.
MAX_PARENTHETICAL = extent.MAX_PARENTHETICAL


#: Cue verbs whose direct object is not the content: the person addressed, or the
#: thing that goes on ("continue the offensive") or is put out ("posted a video").
_PERSON_OBJECT = frozenset(
    {"continue", "point", "post", "publish", "broadcast", "tell", "ask", "inform", "brief",
     "warn", "urge", "remind", "assure", "convince", "thank", "answer", "say", "quote", "cite"}
)  # fmt: skip
#: Objects that are what a person-object verb tells ("told a story", "tell the truth").
_TOLD = frozenset({"story", "tale", "joke", "lie", "truth", "anecdote", "version"})
_RAISING_AGENTLESS = frozenset({"seem", "appear", "look", "sound"})
#: Public name of the raising verbs for relations.py.
RAISING = _RAISING_AGENTLESS
#: Prepositions after a cue's object that say what it is said of: "called it a hoax",
#: "criticized Rubio for not answering", "attacked Trump over his comments" (PolNeAR's
#: contents take them; its train split: content overlap F1 +0.5 point).
_SAID_OF = frozenset({"of", "as", "for", "over", "in", "to", "with", "on", "at"})
#: One-word answers a cue may take as its whole content ("most said yes").
_ANSWERS = frozenset({"yes", "no", "so", "same", "opposite", "otherwise", "nothing"})


def raised_subject(cue: Token, sent: Span, lex: Cues, lemma: str, agentless: bool) -> Span | None:
    """The subject of a raising cue ("X seems to", "X is expected to"), when there is one."""
    if lemma not in _RAISING_AGENTLESS and not (agentless and lemma in lex.raising_verbs):
        return None
    if not any(c.dep_ in ("xcomp", "acomp", "oprd") for c in cue.children):
        return None
    for child in cue.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ != "it" and child.i < cue.i:
            return clip(cue.doc, child.left_edge.i, child.right_edge.i + 1, sent)
    return None


def content_span(pieces: list[Span], cue: Token, sent: Span) -> TextSpan:
    """The content, with the quotation that continues it after the cue's sentence."""
    content = pieces[0]
    span = as_text(content)
    if len(pieces) > 1:
        return TextSpan(span.start, span.end, span.text,
                        tuple((p.start_char, p.end_char) for p in pieces))  # fmt: skip
    if not _closes_sentence(content, cue, sent):
        return span
    # Only the quotation before "..., she said." takes a next one that has a speaker
    # of its own ("“A,” she said. “B,” she added."): after "She said ...", a next
    # quotation with its own "he added" is his next relation, not more of this one.
    bare = content.end > cue.i or not quoted(content)
    more = [m for m in quotes.continuation(cue.doc, sent, bare) if m[0] >= content.end]
    if not more:
        return span
    rests = [cue.doc[a:b] for a, b in more]
    return TextSpan(span.start, span.end, span.text, ((span.start, span.end),
                    *((r.start_char, r.end_char) for r in rests)))  # fmt: skip


def _closes_sentence(content: Span, cue: Token, sent: Span) -> bool:
    """Whether a content is what the cue's sentence ends with: the words before
    "..., she said." or the ones after "She said: ..." / "She said that ..." (then a
    quotation in the next sentence may go on with her words)."""
    if content.end <= cue.i:
        return True
    doc = content.doc
    return all(doc[i].is_punct or doc[i].is_space for i in range(content.end, sent.end))


def find_content(cue: Token, sent: Span, lemma: str, lex: Cues) -> Span | None:
    """The content of a verbal cue, with what the parser hung on the cue after it (see
    :func:`.extent.trailing`)."""
    content = _find_content(cue, sent, lemma, lex)
    if content is not None and (start := colon_label.without_label(content, cue)) is not None:
        return clip(cue.doc, start, content.end, sent)  # "Her verdict: “...,” she said"
    if content is None or content.start <= cue.i:
        return content
    if (quotation := quote_first.quotation_instead(cue, sent, content, lemma)) is not None:
        return quotation  # "“...,” she said of the senator"
    end = extent.trailing(cue, content.end, sent.end, lex)
    return content if end == content.end else clip(cue.doc, content.start, end, sent)


def _find_content(cue: Token, sent: Span, lemma: str, lex: Cues) -> Span | None:
    doc = cue.doc
    deps = (*COMPLEMENT_DEPS, "acomp", "oprd") if lemma in _RAISING_AGENTLESS else COMPLEMENT_DEPS
    complements = [
        c
        for c in cue.children
        if c.dep_ in deps
        and sent.start <= c.i < sent.end
        # "continues to rise": aspect, not speech (only "..., he continued.")
        and not (lemma == "continue" and c.dep_ == "xcomp")
    ]
    # A complement on each side ("A - in fact, she said B"): the one after the cue is
    # what was said; the parser hangs the clause before it on the cue by mistake.
    complements.sort(key=lambda c: c.i < cue.i)
    if len(complements) > 1 and inverted_speaker(cue, complements[0]):
        complements = complements[1:]  # ("“...,” said Lena Varga, a confidant": the speaker)
    for child in complements[:1]:
        # The complement's subtree may reach over the cue ("what they claim to be X"):
        # content stays on the complement's side of the cue.
        if child.i > cue.i:
            end = _second_complement(cue, child, lex)
            start = extent.addressee(cue, child, lemma) or max(child.left_edge.i, cue.i + 1)
            return clip(doc, start, end, sent)
        return clip(doc, child.left_edge.i, min(child.right_edge.i + 1, cue.i), sent)
    for child in cue.children:
        marks = [c for c in child.children if c.dep_ == "mark" and c.i == cue.i + 1]
        if child.dep_ == "advcl" and marks and marks[0].lower_ == "for":
            # "calling for the province to hire more nurses ...": parsed as a purpose clause.
            return clip(doc, marks[0].i + 1, child.right_edge.i + 1, sent)
        if child.dep_ == "advcl" and marks and marks[0].lower_ in ("if", "whether"):
            # "Asked if she would back the governor, ...": the question, parsed as a condition.
            return clip(doc, marks[0].i, child.right_edge.i + 1, sent)
        if (asked := question_after(cue, child)) is not None:  # "asked Clinton if ..."
            return clip(doc, asked, child.right_edge.i + 1, sent)
    if (purpose := purpose_misread.clause_after(cue, lemma, lex)) is not None:
        return clip(doc, purpose[0], purpose[1], sent)  # "sought on Monday to calm ..."
    if (above_as := as_clause.clause_above(cue)) is not None:  # "as X pointed out, A"
        return clip(doc, above_as[0], above_as[1], sent)
    for child in cue.children:
        if lemma in _PERSON_OBJECT and child.dep_ == "dobj" and child.lower_ in _ANSWERS:
            # "two-thirds said the same of Ortiz", "voters say the opposite".
            return clip(doc, child.left_edge.i, child.right_edge.i + 1, sent)
    # "cited another debate", ", citing changes in ...": what is cited is the content
    # (asides naming a source, "X, citing Y, said", never get here).
    cited = lemma == "cite"
    # "told the story of how ...", "tells a different tale": what is told, not to whom.
    if lemma not in _PERSON_OBJECT or cited or _tells_tale(cue):
        for child in cue.children:
            if child.dep_ == "dobj" and child.i > cue.i:
                light = light_verbs.light_object(cue, child, lex)
                if light is not None:  # "took a shot at X": X
                    obj = next(c for c in light.children if c.dep_ in ("pobj", "pcomp"))
                    return clip(doc, obj.left_edge.i, obj.right_edge.i + 1, sent)
                # "called it a bold gamble", "accused Keller of copying rivals": the
                # object and what is said of it.
                end = child.right_edge.i + 1
                for other in cue.children:
                    said_of = other.dep_ in ("oprd", "xcomp", "ccomp") or (
                        other.dep_ == "prep"
                        and other.lower_ in _SAID_OF
                        and not extent.when_or_where(other, lex)
                    )
                    if other.i > child.i and said_of:
                        end = max(end, other.right_edge.i + 1)
                return clip(doc, child.left_edge.i, end, sent)
    for child in cue.children:
        # "referred to the report", "reminded voters of ..." (not "appeared on Fox News").
        if (
            lemma not in _RAISING_AGENTLESS
            and child.dep_ == "prep"
            and lex.introduces(lemma, child.lower_)
            and prep_in_reach(cue, child, lemma in _PERSON_OBJECT)
        ):
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            # ("voting on March 1", "wrote on Facebook": a date or channel is no content)
            if objects and not extent.date_or_channel(child, objects[0], lex):
                obj = objects[0]
                return clip(doc, obj.left_edge.i, obj.right_edge.i + 1, sent)
    if (label := labelling.label_content(cue, sent, lemma)) is not None:  # "called her cheap"
        return clip(doc, label[0], label[1], sent)
    passive = _passive_content(cue, sent)
    if passive is not None:
        return passive
    # "the plan (which) the council opposed"
    if (relative := relative_content(cue, lemma in lex.attitude)) is not None:
        return clip(doc, relative[0], relative[1], sent)
    # Surface: "X mentioned Sunday that ...", "X said: “...”".
    i = past_modifiers(cue, cue.i + 1, sent.end)
    if i < sent.end - 1 and doc[i].lower_ == "that":
        return clip(doc, i, sent.end, sent)
    if i < sent.end - 1 and doc[i].text in (":", *quotes.OPENING):
        return clip(doc, i + 1, sent.end, sent)
    if i < sent.end:
        after = announced(cue, i, sent.end)
        if after is not None:
            following = doc[after[0] : after[1]]
            return clip(doc, after[0], after[1], following if after[0] >= sent.end else sent)
    told = past_addressee(cue, i, sent.end) if lemma in _PERSON_OBJECT else None
    if told is not None:  # "told the audience at the fundraiser that ..."
        return clip(doc, told, sent.end, sent)
    if i < sent.end and i == cue.i + 1 and doc[i].lower_ in _ANSWERS and doc[i].head.i == cue.i:
        return doc[i : i + 1]  # "75 percent said yes", "half said so"
    # A quotation just before the cue is its content, whatever the verb ("“Why?” she asked.").
    quoted = extent.quote_before(cue, sent)
    if quoted is not None:
        return quoted
    topic = thing_object.addressee_topic(cue, lemma)
    if topic is not None:  # "reminded voters of the stakes"
        return clip(doc, topic[0], topic[1], sent)
    thing = thing_object.object_content(cue, lemma) if lemma in _PERSON_OBJECT else None
    if thing is not None:  # "answered a question", "posted a photo", "urged restraint"
        return clip(doc, thing[0], thing[1], sent)
    if lemma not in lex.verbs:
        return None  # (a learned cue outside the lexicon: an attitude)
    above = content_above(cue, sent.start, sent.end)  # also "A, many think, B"
    if above is not None:
        return clip(doc, above[0], above[1], sent)
    if lemma in lex.complement_only or lemma in lex.attitude:
        return None
    if (parenthetical := _parenthetical(cue, sent)) is not None:
        return parenthetical
    found = run_on.run_on(cue, sent, lemma, lemma in _PERSON_OBJECT)
    return clip(doc, found[0], found[1], sent) if found is not None else None


def _tells_tale(cue: Token) -> bool:
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _TOLD for c in cue.children)


def _passive_content(cue: Token, sent: Span) -> Span | None:
    """ "The minister has been rebuked by rivals": with a "by" agent, the passive subject is
    what the agent's stance is about (PolNeAR's train split: +73 relations, relation F1
    up 0.1 point; the same for a participle "the bill, opposed by X" was no gain)."""
    kids = list(cue.children)
    if not any(c.dep_ in ("agent", "auxpass") for c in kids):
        return None
    for child in kids:
        if child.dep_ == "nsubjpass" and child.i < cue.i and child.lower_ not in ("it", "that"):
            return clip(cue.doc, child.left_edge.i, child.right_edge.i + 1, sent)
    return None


def _second_complement(cue: Token, first: Token, lex: Cues) -> int:
    """The end of a content, over a second clause the parser hangs on the cue: "said
    that A and that B" (a conjoined clause with its own "that")."""
    end = first.right_edge.i + 1
    for conj in cue.children:
        if conj.dep_ != "conj" or conj.i < end or lex.verb_lemma(conj) is not None:
            continue
        if any(c.dep_ == "mark" and c.lower_ == "that" for c in conj.children):
            end = conj.right_edge.i + 1
    return end


def _comma_after(cue: Token, sent: Span) -> int | None:
    """The comma closing ", X said on Sunday," when a content goes on after it."""
    doc = cue.doc
    for j in range(cue.i + 1, min(sent.end - 2, cue.i + 5)):
        if doc[j].text == ",":
            nxt = doc[j + 1]
            return None if nxt.tag_ == "VBG" or nxt.lower_ in ("and", "but") else j
        if doc[j].ent_type_ not in ("DATE", "TIME") and doc[j].pos_ not in ("ADP", "ADV", "DET"):
            return None
    return None


def _comma_before(cue: Token, sent: Span) -> int | None:
    """The comma opening ", X said," (the leftmost one in reach: sources hold commas)."""
    found = None
    for j in range(cue.i - 1, max(sent.start, cue.i - MAX_PARENTHETICAL) - 1, -1):
        if cue.doc[j].text == "," and j > sent.start:
            found = j
    return found


def carve(content: Span, cue: Token, sent: Span) -> list[Span]:
    """A content running over its own cue ("A, he said, B") as its pieces [A, B]."""
    if not content.start < cue.i < content.end:
        return [content]
    doc = cue.doc
    if cue.dep_ in ("advcl", "parataxis") and cue.head.i != cue.i:
        # The aside is the cue's own subtree: cut it out.
        pieces = [
            clip(doc, content.start, cue.left_edge.i, sent),
            clip(doc, cue.right_edge.i + 1, content.end, sent),
        ]
        kept = [p for p in pieces if p is not None and len(p)]
        if kept and not any(p.start <= cue.i < p.end for p in kept):
            return kept
    before, after = _comma_before(cue, sent), _comma_after(cue, sent)
    if before is None or after is None:
        return [content]
    left = clip(doc, content.start, before, sent)
    right = clip(doc, after + 1, content.end, sent)
    if left is None or right is None or right.start < left.end:
        return [content]
    return [left, right]


def _parenthetical(cue: Token, sent: Span) -> Span | None:
    """ "CONTENT, X said." -> CONTENT, when the cue closes the sentence."""
    doc = cue.doc
    if cue.dep_ == "conj":
        return None  # "A said X, but A did not say when": the first clause is not its content
    tail = [t for t in doc[cue.i + 1 : sent.end] if not t.is_punct and not t.is_space]
    if len(tail) > 3:
        # "CONTENT, X said, CONTENT.": the whole sentence; _carve cuts "X said" out.
        if _comma_after(cue, sent) is not None and _comma_before(cue, sent) is not None:
            return clip(doc, sent.start, sent.end, sent)
        return None
    for j in range(cue.i - 1, max(sent.start, cue.i - MAX_PARENTHETICAL) - 1, -1):
        if doc[j].text == "," and j > sent.start:
            if _leading_advcl(cue, sent.start, j):
                return None  # "Asked if ..., Ryan said ...": a clause of the cue, not its content
            return clip(doc, sent.start, j, sent)
    return None


def _leading_advcl(cue: Token, start: int, end: int) -> bool:
    """Whether tokens start..end are an adverbial clause of the cue or of a verb above it
    ("Asked about the merger, the minister declined to comment.")."""
    above = {cue.i, *(a.i for a in cue.ancestors)}
    return any(
        t.dep_ == "advcl" and t.head.i in above and t.right_edge.i < end for t in cue.doc[start:end]
    )


def clip(doc: Doc, start: int, end: int, sent: Span) -> Span | None:
    """Tokens start..end inside the sentence, without edge punctuation or space.

    A leading "that" stays: PolNeAR's contents (like PARC's) include the
    complementiser. A content that starts or ends inside a quotation takes the
    whole quotation, across sentences.
    """
    start, end = max(start, sent.start), min(end, sent.end)
    # Edge punctuation and a leading "And"/"But" are the writer's, not the source's.
    while start < end and (
        doc[start].is_punct
        or doc[start].is_space
        or doc[start].pos_ == "CCONJ"
        # "Still, ...", "Yet, ...": a sentence adverb set off by a comma.
        or (doc[start].pos_ == "ADV" and start + 1 < end and doc[start + 1].text == ",")
    ):
        if doc[start].text in quotes.OPENING:
            break
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        if doc[end - 1].text in quotes.CLOSING:
            break
        end -= 1
    if start >= end:
        return None
    start, end = quotes.widen(doc, start, end)
    return doc[start:end]


def quoted(content: Span) -> bool:
    return content[0].text in quotes.OPENING or content[-1].text in quotes.CLOSING


def overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def as_text(span: Span) -> TextSpan:
    # Sliced from the cached text: ``Span.text`` builds a Token per word (hot path).
    start, end = span.start_char, span.end_char
    return TextSpan(start, end, doc_arrays(span.doc).text[start:end])
