"""Find attribution relations (source, cue, content) sentence by sentence.

Forms handled:

* "X said/reported/claimed (that) CONTENT" and "CONTENT, X said" (cue verb;
  source = its subject, content = its clausal complement, or its object for
  verbs such as *report*, *deny*, *confirm*);
* "X, citing Y, said ..." (a nested relation: Y's content is X's);
* "according to X, CONTENT" / "CONTENT, according to X";
* agentless forms: "it is alleged that", "X is said to", "reports show",
  "there have been reports showing", and claim nouns ("allegations that ...");
* "In a CNN poll released Sunday, X led ..." (the poll is the source, "in" the
  cue), "Asked if / whether / what ..., X said ..." (an agentless question),
  infinitive cues read with the verb they hang on ("went on to say", "are more
  likely to say": one cue, the subject of the first verb as the source) unless
  that verb is an attitude ("declined to say whether X": cue "declined",
  content "to say whether X", as PolNeAR marks it);
* passive cues: "X was criticized by Y" (Y the source, X the content) and
  agentless "the ceasefire was announced" (the subject is the content);
* direct quotes: a content that runs into a quotation is widened to cover it,
  across sentences, and a quotation that goes on after "she said." is added, and a
  speaker the parse took into the quotation is split off (:mod:`.quote_speaker`);
* PolNeAR's wider notion of attribution, learned from its train split:
  attitude verbs ("X criticized / vowed to / called for ...", kind
  ``attitude``), nouns with an object ("criticism of ...", ``nominal_object``),
  raising verbs ("X seems to", agentless) and evidential adverbs ("X
  reportedly did", ``adverb``). Attitudes, nominal objects and adverbs are
  scored as attributions but are not links of an event's chain;
* stance adjectives of a closed lexicon after "be" ("was adamant that", "are
  worried about", :mod:`.stance`) and fronted perspectives ("To many, X is ...",
  :mod:`.perspective`), kind ``attitude``;
* verbs outside the lexicon, stance adjectives after "be" and cue nouns
  ("pushed for", "spoke about", "were critical of", "Trump's attacks on",
  "had a favorable opinion of") that the learned cue model (:mod:`.cue_model`,
  :mod:`.learned`) accepts, kind ``attitude``.

The outermost list (PolNeAR's reading) then passes a learned check
(:mod:`.relation_filter`) that drops the relations PolNeAR's annotators mostly
leave out; event chains read the nested list, which it never touches.

Cue and content spans follow PolNeAR's conventions (see :mod:`.content` and
:mod:`.cue_span`).

Sources given as a pronoun or a short reference ("he", "the agency") are
resolved to the latest named source before them (see :func:`_resolve`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.attribution import (
    clause_cut,
    cue_model,
    cue_span,
    extent,
    forms,
    headlines,
    misparse,
    nested_check,
    nesting,
    outlet_index,
    passive_as,
    perspective,
    phrases,
    quote_speaker,
    relation_filter,
    source_cut,
    source_edges,
    stance,
)
from sitrep.attribution import content as cs
from sitrep.attribution import learned as learned_cues
from sitrep.attribution import sources as src
from sitrep.attribution.lexicon import Cues, cues
from sitrep.attribution.types import AttributionRelation
from sitrep.nlp.cache import doc_arrays

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


#: How far back (characters) a pronoun or "the agency" looks for its antecedent:
#: about three average news paragraphs.
MAX_RESOLVE_DISTANCE = 800


def sentences(doc: Doc) -> list[Span]:
    """spaCy's sentences, cut again at line breaks (paragraphs are never one sentence).

    The nlp stage's per-document arrays hold them already; the events stage reads
    the same list.
    """
    return doc_arrays(doc).sentences


def find_attributions(
    doc: Doc,
    nested: bool = True,
    learned: bool | cue_model.CueModel = True,
    check: bool | relation_filter.RelationFilter = True,
    inner: bool | nested_check.NestedCheck = True,
) -> list[AttributionRelation]:
    """Every attribution relation in ``doc``, in text order.

    ``nested=False`` keeps only the outermost relations: those whose cue lies in
    no other relation's content. That is PolNeAR's convention (it annotates
    hardly any attribution inside another's content); event chains need the
    nested ones ("the minister said that witnesses claimed ...").

    ``check`` (outermost list only) leaves out the relations the learned relation check
    (:mod:`.relation_filter`) scores as ones PolNeAR would not annotate: True for the
    shipped check, False for none, or a check (training uses this). ``inner`` likewise
    puts back the nested relations :mod:`.nested_check` takes for annotated ones.

    ``learned`` adds relations whose cue is a verb outside the lexicon (or a stance
    adjective after "be", or a cue noun) that the learned cue model (:mod:`.cue_model`) accepts:
    True for the shipped model, False for the rules alone, or a model (training uses
    this). They have kind ``attitude``, so they are scored but never enter an event's
    chain of sources.
    """
    lex = cues()
    outlet_at = outlet_index.index(doc)
    found: list[AttributionRelation] = []
    #: Second cues of a chain ("X insisted A, claiming B") -> the first cue's source.
    inherited: dict[int, Span] = {}
    may_open = forms.may_open(doc_arrays(doc), lex)
    transcript = forms.is_transcript(doc_arrays(doc).text)
    for sent in sentences(doc):
        headline = forms.headline_colon(sent, transcript)
        if headline is not None:
            _finish(headline, doc, lex, outlet_at)
            found.append(headline)
        for i in range(sent.start, sent.end):
            # Build the ``Token`` (costly) only where one of the branches can match.
            if not may_open[i]:
                continue
            tok = doc[i]
            relation = None
            if tok.lower_ == "according" and src.is_citing(tok, lex):
                # "X, according to Y, said ..." is read by the cue verb "said".
                aside = tok.i > sent.start and tok.nbor(-1).text == ","
                if not (aside and _inside_aside(tok, sent, lex)):
                    relation = phrases.according_to(tok, sent, lex)
            elif tok.lower_ == "in" and tok.dep_ == "prep":
                relation = forms.survey_in(tok, sent, lex)
            elif tok.lower_ in forms.EVIDENTIAL_ADVERBS and tok.dep_ == "advmod":
                relation = forms.adverbial(tok, sent)
            elif tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.nouns:
                relation = phrases.nominal(tok, sent, lex)
            elif tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
                relation = _verbal(tok, sent, lex, inherited)
            elif tok.pos_ == "PROPN":
                relation = headlines.relation(tok, sent, lex)
            if relation is not None:
                _finish(relation, doc, lex, outlet_at)
                found.append(relation)
    held = [
        *stance.relations(doc, lex),
        *perspective.relations(doc),
        *passive_as.relations(doc, lex),
    ]
    if held:
        for relation in held:
            _finish(relation, doc, lex, outlet_at)
        found = sorted([*found, *held], key=lambda r: r.cue.start)
    found = nesting.longest_cues(found)
    nesting.after_earlier(doc, found)
    detector = cue_model.model() if learned is True else learned or None
    if detector is not None:
        extra = learned_cues.relations(doc, found, lex, detector, _verbal)
        if extra:
            for relation in extra:
                _finish(relation, doc, lex, outlet_at)
            found = sorted([*found, *extra], key=lambda r: r.cue.start)
    _resolve(doc, found, lex, outlet_at)
    clause_cut.cut_trailing(doc, found, nesting.swallows)
    clause_cut.cut_before_sources(doc, found)
    source_cut.cut_at_inner_cues(doc, found)
    if nested:
        return found
    outer = nesting.outermost(found)
    judge = cue_model.relation_check() if check is True else check or None
    kept = judge.keep(doc, outer) if judge is not None else outer
    again = nested_check.model() if inner is True else inner or None
    return again.restore(doc, found, outer, kept) if again is not None else kept


def _inside_aside(tok: Token, sent: Span, lex: Cues) -> bool:
    """Whether "according to" opens an aside that a later cue verb will pick up."""
    for later in sent[tok.i - sent.start + 1 :]:
        if later.text == ",":
            nxt = later.i + 1
            return nxt < sent.end and lex.verb_lemma(later.doc[nxt]) is not None
    return False


def _verbal(
    cue: Token, sent: Span, lex: Cues, inherited: dict[int, Span], learned: str | None = None
) -> AttributionRelation | None:
    """The relation of a cue verb; ``learned`` is the lemma of a verb outside the lexicon
    that the cue model accepted."""
    lemma = learned or lex.verb_lemma(cue)
    if lemma is None or cue.dep_ in ("amod", "compound") or _cited_aside(cue, lex):
        return None
    if _under_attitude(cue, lex):
        # "declined to say whether ...", "wants to see ...": PolNeAR's cue is the attitude
        # verb, whose content opens with the infinitive (that verb's own relation).
        return None
    inverted = forms.inverted_aside(cue, sent, lex)
    if inverted is not None:
        return inverted
    content = cs.find_content(cue, sent, lemma, lex)
    if content is None:
        return None
    source, agentless = src.subject_source(cue, lex)
    if source is not None and not (sent.start <= source.start and source.end <= sent.end):
        source = None  # the parse ran across a paragraph break (a headline above)
    surface, asides = src.surface_source(cue, sent, lex)
    if asides or (source is None and not agentless and not _infinitive(cue)):
        # The parse is unreliable around asides (see sources.py). An infinitive ("to
        # discuss", "likely to say") has no subject of its own: the word before it is
        # not a speaker.
        source = surface
    overlapping = source is None or cs.overlaps(source, content)
    as_read = misparse.as_aside(cue, sent, content) if overlapping else None
    # "A, as a Reuters reporter in Idlib said.": the parse read the speaker into A.
    if as_read is not None:
        source, pieces = as_read
    else:
        pieces = cs.carve(content, cue, sent)
    quoted = quote_speaker.split(cue, sent, pieces)
    if quoted is not None:  # "“...,” Omar Haddad, an adviser, said": the parse lost him
        source, agentless, pieces = quoted[0], False, [quoted[1]]
    before = (
        extent.quote_before_aside(cue, pieces[0], sent)
        or extent.fronted_before_speaker(cue, pieces[0], sent)
        if len(pieces) == 1
        else None
    )
    if before is not None:
        pieces = [before, *pieces]  # "“A,” he said, “B.”"
    raised = cs.raised_subject(cue, sent, lex, lemma, agentless)
    if raised is not None:
        # "Democrats appeared headed for ...", "The vote is expected to ...": no speaker;
        # the subject belongs to the content.
        source, agentless, pieces = None, True, [raised, *pieces]
    if lemma in cs.RAISING and raised is None:
        # "It seems that ...": no speaker; "they appear to trust her", "he appeared on TV":
        # no attribution (PolNeAR's train split annotates 1 in 25 of these).
        if source is None or source.text.lower() != "it":
            return None
        source, agentless = None, True
    if lemma == "continue" and not cs.quoted(pieces[0]):
        return None  # only "“...,” he continued": otherwise aspect ("the race continues")
    if source is not None and any(cs.overlaps(source, p) for p in pieces):
        source = None
    if source is None and not agentless and pieces[-1].end <= cue.i:
        source = src.inverted_subject(cue, sent) or quote_speaker.speaker_after(cue, sent)
    if cue.i in inherited:
        source, agentless = inherited[cue.i], False
    chained = forms.chained_cue(pieces[0], cue, lex) if len(pieces) == 1 else None
    if chained is not None:
        cut = cs.clip(cue.doc, pieces[0].start, chained[0], sent)
        if cut is not None:
            pieces = [cut]
            if source is not None:
                inherited[chained[1]] = source
    if source is None and not agentless:
        return None
    name = source
    wide = src.full_phrase(source, cue) if source is not None else None
    if wide is not None and not any(cs.overlaps(wide, p) for p in pieces):
        source = wide  # PolNeAR's sources take appositions and relative clauses
    stance = lex.verbs.get(lemma, "neutral")
    # "could not be verified", "did not confirm": an endorsing verb under negation
    # withholds the endorsement, which is distance, not support.
    negated = stance == "endorsing" and any(c.dep_ == "neg" for c in cue.children)
    relation = AttributionRelation(
        name=cs.as_text(name) if name is not None and source is not name else None,
        source=cs.as_text(source) if source is not None else None,
        cue=cs.as_text(cue_span.cue_span(cue, sent, lex, pieces)),
        content=cs.content_span(pieces, cue, sent),
        stance="distancing" if negated else stance,
        kind=_kind(source, pieces[0], lemma, lex),
        hedged=agentless or negated or lemma in lex.hedging_verbs,
    )
    for aside in [*asides, *src.asides_after(cue, sent, lex)]:
        cited = src.cited_source(aside)
        relation.cited.append(
            AttributionRelation(
                source=cs.as_text(cited),
                cue=cs.as_text(aside[:2] if aside[0].lower_ == "according" else aside[:1]),
                content=relation.content,
                stance="neutral",
                kind="citing",
            )
        )
    return relation


def _cited_aside(cue: Token, lex: Cues) -> bool:
    """ "X, citing Y, said" / "X said, citing Y": read with the cue verb it hangs on.

    "The firms ended the merger, citing changes in ...": after a verb that is no cue,
    "citing" is a cue of its own (its source the subject of that verb).
    """
    if not src.is_citing(cue, lex):
        return False
    head = cue.head
    alone = (
        cue.dep_ == "advcl"
        and head.i < cue.i
        and head.pos_ in ("VERB", "AUX")
        and lex.verb_lemma(head) is None
    )
    if not alone:
        return True
    # "SANA, citing local sources, mentioned ...": a cue verb after the next comma makes
    # it an aside whatever the parser (which took "SANA" for a verb) says.
    doc, end = cue.doc, cue.sent.end
    comma = next((t.i for t in doc[cue.i + 1 : end] if t.text == ","), None)
    return comma is not None and any(lex.verb_lemma(t) is not None for t in doc[comma + 1 : end])


def _under_attitude(cue: Token, lex: Cues) -> bool:
    """Whether an infinitive cue hangs on an attitude verb ("declined to confirm")."""
    top = cue_span.catenative_head(cue)
    above = lex.verb_lemma(top) if top is not None else None
    return above is not None and above in lex.attitude


def _infinitive(cue: Token) -> bool:
    return cue.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)


def _kind(source: Span | None, content: Span, lemma: str, lex: Cues) -> str:
    if source is None:
        return "agentless"
    if lemma in lex.attitude:
        return "attitude"
    return "direct" if cs.quoted(content) else "indirect"


def _finish(
    relation: AttributionRelation, doc: Doc, lex: Cues, outlet_at: dict[int, tuple[int, str]]
) -> None:
    """Source edges, outlet, anonymity and hedging of a relation and the sources it cites."""
    for rel in relation.chain():
        source_edges.tidy(rel, doc)
        speaker = rel.speaker
        if speaker is None:
            rel.anonymous = True
            continue
        rel.outlet = outlet_index.outlet_in(doc, speaker, outlet_at)
        span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
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
        speaker = rel.speaker
        if speaker is None:
            continue
        span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
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
            if speaker.start - candidate.cue.end > MAX_RESOLVE_DISTANCE:
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
