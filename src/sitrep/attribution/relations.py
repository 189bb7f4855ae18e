"""Find attribution relations (source, cue, content) sentence by sentence.

Forms handled:

* "X said/reported/claimed (that) CONTENT" and "CONTENT, X said" (cue verb;
  source = its subject, content = its clausal complement, or its object for
  verbs such as *report*, *deny*, *confirm*);
* "X, citing Y, said ..." (a nested relation: Y's content is X's);
* "according to X, CONTENT" / "CONTENT, according to X";
* agentless forms: "it is alleged that", "X is said to", "reports show",
  "there have been reports showing", and claim nouns ("allegations that ...");
* direct quotes: a content that runs into a quotation is widened to cover it.

Sources given as a pronoun or a short reference ("he", "the agency") are
resolved to the latest named source before them (see :func:`_resolve`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.attribution import sources as src
from sitrep.attribution.lexicon import Cues, cues, matchers, outlets
from sitrep.attribution.types import AttributionRelation, TextSpan

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_QUOTES = {"“": "”", '"': '"', "«": "»"}
_COMPLEMENT_DEPS = ("ccomp", "xcomp", "parataxis")
#: The last tokens of a sentence a parenthetical "..., X said." may take.
MAX_PARENTHETICAL = 8
#: How far back (characters) a pronoun or "the agency" looks for its antecedent:
#: about three average news paragraphs.
MAX_RESOLVE_DISTANCE = 800


def sentences(doc: Doc) -> list[Span]:
    """spaCy's sentences, cut again at line breaks (paragraphs are never one sentence)."""
    out: list[Span] = []
    for sent in doc.sents:
        start = sent.start
        for tok in sent:
            if tok.is_space and "\n" in tok.text:
                if tok.i > start:
                    out.append(doc[start : tok.i])
                start = tok.i + 1
        if start < sent.end:
            out.append(doc[start : sent.end])
    return out


def find_attributions(doc: Doc) -> list[AttributionRelation]:
    """Every attribution relation in ``doc``, in text order."""
    lex = cues()
    outlet_at = _outlet_index(doc)
    found: list[AttributionRelation] = []
    for sent in sentences(doc):
        for tok in sent:
            relation = None
            if tok.lower_ == "according" and src.is_citing(tok, lex):
                # "X, according to Y, said ..." is read by the cue verb "said".
                aside = tok.i > sent.start and tok.nbor(-1).text == ","
                if not (aside and _inside_aside(tok, sent, lex)):
                    relation = _according_to(tok, sent, lex)
            elif tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.nouns:
                relation = _nominal(tok, sent, lex)
            elif tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
                relation = _verbal(tok, sent, lex)
            if relation is not None:
                _finish(relation, doc, lex, outlet_at)
                found.append(relation)
    _resolve(doc, found, lex, outlet_at)
    return found


def _inside_aside(tok: Token, sent: Span, lex: Cues) -> bool:
    """Whether "according to" opens an aside that a later cue verb will pick up."""
    for later in sent[tok.i - sent.start + 1 :]:
        if later.text == ",":
            nxt = later.i + 1
            return nxt < sent.end and lex.verb_lemma(later.doc[nxt]) is not None
    return False


def _verbal(cue: Token, sent: Span, lex: Cues) -> AttributionRelation | None:
    lemma = lex.verb_lemma(cue)
    if lemma is None or cue.dep_ in ("amod", "compound") or src.is_citing(cue, lex):
        return None
    content = _content(cue, sent, lemma, lex)
    if content is None:
        return None
    source, agentless = src.subject_source(cue, lex)
    if source is not None and not (sent.start <= source.start and source.end <= sent.end):
        source = None  # the parse ran across a paragraph break (a headline above)
    surface, asides = src.surface_source(cue, sent, lex)
    if asides or (source is None and not agentless):
        source = surface  # the parse is unreliable around asides (see sources.py)
    if source is not None and _overlaps(source, content):
        source = None
    if source is None and not agentless:
        return None
    doc = cue.doc
    relation = AttributionRelation(
        source=_text(source) if source is not None else None,
        cue=_text(doc[cue.i : cue.i + 1]),
        content=_text(content),
        stance=lex.verbs[lemma],
        kind="agentless" if source is None else ("direct" if _quoted(content) else "indirect"),
        hedged=agentless or lemma in lex.hedging_verbs,
    )
    for aside in [*asides, *_asides_after(cue, sent, lex)]:
        cited = src.cited_source(aside)
        relation.cited.append(
            AttributionRelation(
                source=_text(cited),
                cue=_text(aside[:2] if aside[0].lower_ == "according" else aside[:1]),
                content=relation.content,
                stance="neutral",
                kind="citing",
            )
        )
    return relation


def _asides_after(cue: Token, sent: Span, lex: Cues) -> list[Span]:
    """ "X said, citing Y, that ...": an aside right after the cue."""
    doc = cue.doc
    if cue.i + 2 >= sent.end or doc[cue.i + 1].text != ",":
        return []
    first = cue.i + 2
    if not src.is_citing(doc[first], lex):
        return []
    end = first + 1
    while end < min(sent.end, first + src.MAX_ASIDE) and doc[end].text not in (",", "that"):
        end += 1
    return [doc[first:end]]


def _content(cue: Token, sent: Span, lemma: str, lex: Cues) -> Span | None:
    doc = cue.doc
    for child in cue.children:
        if child.dep_ in _COMPLEMENT_DEPS and sent.start <= child.i < sent.end:
            # The complement's subtree may reach over the cue ("what they claim to be X"):
            # content stays on the complement's side of the cue.
            if child.i > cue.i:
                return _clip(doc, max(child.left_edge.i, cue.i + 1), child.right_edge.i + 1, sent)
            return _clip(doc, child.left_edge.i, min(child.right_edge.i + 1, cue.i), sent)
    if lemma in lex.object_content:
        for child in cue.children:
            if child.dep_ == "dobj" and child.i > cue.i:
                return _clip(doc, child.left_edge.i, child.right_edge.i + 1, sent)
    # Surface: "X mentioned Sunday that ...", "X said: “...”".
    i = cue.i + 1
    while i < sent.end and (doc[i].ent_type_ in ("DATE", "TIME") or doc[i].pos_ in ("ADV", "ADP")):
        if doc[i].lower_ == "that":
            break
        i += 1
    if i < sent.end - 1 and (doc[i].lower_ == "that" or doc[i].text in (":", *_QUOTES)):
        return _clip(doc, i + 1, sent.end, sent)
    if lemma in lex.complement_only:
        return None
    return _parenthetical(cue, sent)


def _parenthetical(cue: Token, sent: Span) -> Span | None:
    """ "CONTENT, X said." -> CONTENT, when the cue closes the sentence."""
    doc = cue.doc
    tail = [t for t in doc[cue.i + 1 : sent.end] if not t.is_punct and not t.is_space]
    if len(tail) > 3:
        return None
    for j in range(cue.i - 1, max(sent.start, cue.i - MAX_PARENTHETICAL) - 1, -1):
        if doc[j].text == "," and j > sent.start:
            return _clip(doc, sent.start, j, sent)
    return None


def _according_to(tok: Token, sent: Span, lex: Cues) -> AttributionRelation | None:
    doc = tok.doc
    first = tok.i + 2
    end = first
    while end < sent.end and doc[end].text not in (",", ";", ".", ":") and not doc[end].is_space:
        end += 1
    if end == first:
        return None
    source = doc[first:end]
    if tok.i - sent.start <= 1:
        content = _clip(doc, end + 1, sent.end, sent)  # "According to X, CONTENT."
    else:
        content = _clip(doc, sent.start, tok.i, sent)  # "CONTENT, according to X."
        if end < sent.end - 2:  # in the middle: the content runs on after the source
            content = _clip(doc, sent.start, sent.end, sent)
    if content is None:
        return None
    return AttributionRelation(
        source=_text(source),
        cue=_text(doc[tok.i : tok.i + 2]),
        content=_text(content),
        stance="neutral",
        kind="according_to",
    )


def _nominal(noun: Token, sent: Span, lex: Cues) -> AttributionRelation | None:
    """ "allegations that X ...", "Russia's claim that ...", "reports that ..."."""
    doc = noun.doc
    if noun.i + 2 >= sent.end or doc[noun.i + 1].lower_ != "that":
        return None
    nxt = doc[noun.i + 1]
    if nxt.dep_ not in ("mark", "nsubj") and nxt.head.dep_ == "relcl":
        return None  # "the report that he wrote": a relative clause, not content
    content = _clip(doc, noun.i + 2, sent.end, sent)
    if content is None:
        return None
    owner = [c for c in noun.children if c.dep_ == "poss"]
    source = src.trimmed(owner[0]) if owner else None
    return AttributionRelation(
        source=_text(source) if source is not None else None,
        cue=_text(doc[noun.i : noun.i + 1]),
        content=_text(content),
        stance=lex.nouns[noun.lemma_.lower()],
        kind="nominal" if source is not None else "agentless",
        hedged=source is None,
    )


def _clip(doc: Doc, start: int, end: int, sent: Span) -> Span | None:
    """Tokens start..end inside the sentence, without edge punctuation, 'that' or space."""
    start, end = max(start, sent.start), min(end, sent.end)
    while start < end and (
        doc[start].is_punct or doc[start].is_space or doc[start].lower_ == "that"
    ):
        if doc[start].text in _QUOTES:
            break
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        if doc[end - 1].text in _QUOTES.values():
            break
        end -= 1
    if start >= end:
        return None
    return _widen_to_quotes(doc[start:end], sent)


def _widen_to_quotes(span: Span, sent: Span) -> Span:
    """A content that starts or ends inside a quotation takes the whole quotation."""
    doc = span.doc
    start, end = span.start, span.end
    opened: int | None = None
    for tok in sent:
        if opened is None and tok.text in _QUOTES:
            opened = tok.i
        elif opened is not None and tok.text in (_QUOTES.get(doc[opened].text), "”"):
            if opened < end and tok.i >= start:
                start, end = min(start, opened), max(end, tok.i + 1)
            opened = None
    return doc[start:end]


def _quoted(content: Span) -> bool:
    return content[0].text in _QUOTES or content[-1].text in _QUOTES.values()


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _text(span: Span) -> TextSpan:
    return TextSpan(span.start_char, span.end_char, span.text)


def _outlet_index(doc: Doc) -> dict[int, tuple[int, str]]:
    """Token index -> (match end, alias) for every outlet mention, longest match kept."""
    exact, folded, _ = matchers(doc.vocab)
    index: dict[int, tuple[int, str]] = {}
    for match_id, start, end in [*exact(doc), *folded(doc)]:
        alias = doc.vocab.strings[match_id]
        for i in range(start, end):
            if i not in index or index[i][0] - i < end - i:
                index[i] = (end, alias)
    return index


def _outlet_in(doc: Doc, span: TextSpan, outlet_at: dict[int, tuple[int, str]]) -> str | None:
    chars = doc.char_span(span.start, span.end, alignment_mode="expand")
    if chars is None:
        return None
    for tok in chars:
        if tok.i in outlet_at:
            return outlets()[outlet_at[tok.i][1]].name
    return None


def _finish(
    relation: AttributionRelation, doc: Doc, lex: Cues, outlet_at: dict[int, tuple[int, str]]
) -> None:
    """Outlet, anonymity and hedging of a relation and of the sources it cites."""
    for rel in relation.chain():
        if rel.source is None:
            rel.anonymous = True
            continue
        rel.outlet = _outlet_in(doc, rel.source, outlet_at)
        span = doc.char_span(rel.source.start, rel.source.end, alignment_mode="expand")
        if span is not None and len(span):
            rel.anonymous = src.is_anonymous(span, lex, rel.outlet)
            if rel.anonymous and src.is_evidential(span, lex):
                rel.hedged = True  # "reports show", "sources said"


def _resolve(
    doc: Doc,
    relations: list[AttributionRelation],
    lex: Cues,
    outlet_at: dict[int, tuple[int, str]],
) -> None:
    """Pronoun and short-reference sources take the latest fitting named source."""
    named: list[AttributionRelation] = []
    for rel in relations:
        if rel.source is None:
            continue
        span = doc.char_span(rel.source.start, rel.source.end, alignment_mode="expand")
        if span is None:
            continue
        kind = src.reference_kind(span, lex)
        if kind is None:
            if src.is_named(span, rel.outlet):
                named.append(rel)
            continue
        cue = doc.char_span(rel.cue.start, rel.cue.end, alignment_mode="expand")
        local = src.ancestor_subject(cue.root, span) if kind == "pronoun" and cue else None
        if local is not None:
            rel.resolved = local.text
            continue
        for candidate in reversed(named):
            if rel.source.start - candidate.cue.end > MAX_RESOLVE_DISTANCE:
                break
            if span[0].lower_ in ("he", "she") and candidate.outlet is not None:
                continue
            if kind == "outlet" and candidate.outlet is None:
                continue
            if kind in ("person", "organisation") and candidate.outlet is not None:
                continue
            rel.resolved = candidate.source_text
            rel.outlet = rel.outlet or candidate.outlet
            rel.anonymous = candidate.anonymous
            break
