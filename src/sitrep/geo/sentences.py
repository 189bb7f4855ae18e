"""Which sentences of a report tell its main event, and which are asides or background.

:func:`sitrep.geo.main_location` weighs every mention by where it stands:

* the first sentence after a headline without towns that reports violence at a
  place tells where the headline's event happened -- unless it adds an event
  beside the main one ("A mosque was also destroyed ...", "Elsewhere, jets
  struck ...");
* a sentence opening on "Elsewhere", "Meanwhile", "Separately", "In another
  development" or "In a related context" (perhaps after a heading naming its
  province, as round-ups print them) turns to another story;
* a news page's footer after the report, from a "Related ..." list of other
  reports' headlines on (tags, comment boxes), is not the report;
* a sentence about the past ("in August 2013", "last year") is background, and
  so is what a sentence recalls as the news's antecedent ("This follows ...",
  "The raids came a day after ...");
* a place in a side clause of the lead without violence ("death toll rises
  while SDF fighters make gains in Manbij") is not where the lead's event was.

The violence words are data (``violence`` in ``data/geo/cues.json``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from sitrep.geo.scene import is_finer, scene_words, span_tokens
from sitrep.nlp.cache import doc_arrays

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span

    from sitrep.model import Place


def event_sentence(
    doc: Doc | None,
    places: list[Place],
    discounted: list[bool],
    lead_end: int,
    reach: int,
    *,
    roundup: Callable[[Place], object] | None = None,
) -> tuple[int, int]:
    """Character range of the first sentence after the lead that reports violence at a place.

    Only when the lead places nothing below country level ("Syria attack kills
    30"), or is a round-up naming several provinces alike ("attacks in
    Hasaka and Aleppo"; ``roundup`` then gives each place's province): then
    the first of the next ``reach`` sentences that has a violence word and
    names a town or division tells where it happened, one that adds an event
    beside the main one ("A mosque was also destroyed ...") only when no other
    does, and after a round-up one that lists several provinces again not at
    all. (0, 0) if none.
    """
    if doc is None:
        return (0, 0)
    scene = [p for p, off in zip(places, discounted, strict=True) if is_finer(p) and not off]
    if roundup is None and any(p.start < lead_end for p in scene):
        return (0, 0)
    violence = scene_words().violence
    # A sentence adding an event ("also", "elsewhere") is the answer only when no
    # other one reports violence: "The strikes also wounded 40 in Saraqib" may
    # well go on about the headline's own event.
    added = (0, 0)
    for n, sent in enumerate(doc.sents):
        if n >= reach:
            break
        if sent.end_char <= lead_end:
            continue
        named = [p for p in scene if sent.start_char <= p.start < sent.end_char]
        if not named or (roundup is not None and len({roundup(p) for p in named}) > 1):
            continue
        if not any(t.lemma_.lower() in violence or t.lower_ in violence for t in sent):
            continue
        if not _adds_an_event(sent, violence):
            return (sent.start_char, sent.end_char)
        if added == (0, 0):
            added = (sent.start_char, sent.end_char)
    return added


#: Words that mark a sentence's event as one more beside the main one ("A mosque
#: was also destroyed ...", "Elsewhere, jets struck ..."): it does not say where
#: the headline's event happened.
_ADDITIVE = frozenset({"also", "elsewhere"})


def _adds_an_event(sent: Span, violence: frozenset[str]) -> bool:
    for t in sent:
        if t.lower_ not in _ADDITIVE:
            continue
        if t.i == sent.start or t.head.dep_ == "ROOT" or t.head.lemma_.lower() in violence:
            return True
    return False


def aside_sentences(doc: Doc | None) -> list[tuple[int, int]]:
    """Character ranges of sentences that open on another story ("Elsewhere, ...")."""
    if doc is None:
        return []
    arrays = doc_arrays(doc)
    lower, words = arrays.lower, arrays.words
    out = []
    for sent in arrays.sentences:
        first = sent.start
        # Past an opening quote or dash.
        if not words[first].isalpha() and first + 1 < sent.end:
            first += 1
        if _opens_aside(lower, first, sent.end) or (
            # Past a section heading that names the place ("Hasaka In a related
            # context ..."): round-ups head each story with its province. The
            # sentence after it opens with a capital ("Police meanwhile ..." has none).
            words[first][:1].isupper()
            and first + 1 < sent.end
            and words[first + 1][:1].isupper()
            and _opens_aside(lower, first + 1, sent.end)
        ):
            out.append((sent.start_char, sent.end_char))
    return out


def _opens_aside(lower: list[str], i: int, end: int) -> bool:
    """Tokens from ``i`` open on another story: "Elsewhere", "Meanwhile",
    "Separately", "In another development", "In a related context", "In other news"."""
    if i >= end:
        return False
    if lower[i] in _ASIDE:
        return True
    if lower[i] != "in" or i + 2 >= end:
        return False
    nxt = lower[i + 1]
    return (
        nxt == "another"
        or (nxt == "other" and lower[i + 2] == "news")
        or (nxt == "a" and lower[i + 2] in _ASIDE_KINDS)
    )


#: First words of a sentence that turn to a story apart from the report's main one.
_ASIDE = frozenset({"elsewhere", "meanwhile", "separately"})
#: "In a related development", "In a similar incident": one more story, not the main one.
_ASIDE_KINDS = frozenset({"related", "relevant", "similar", "separate", "different"})


#: Date phrases that put a sentence in the past of the report.
_PAST = ("last year", "years ago", "year ago", "last month", "months ago", "previous year")


def _years(text: str) -> list[int]:
    return [int(w) for w in text.replace(",", " ").split() if len(w) == 4 and w.isdigit()]


def background_sentences(doc: Doc | None) -> list[tuple[int, int]]:
    """Character ranges of sentences about the past ("in August 2013", "last year")."""
    if doc is None:
        return []
    # The report's own year is the first year it writes (the date line at its
    # head); a later sentence dated to an earlier year tells its background.
    report_year: int | None = None
    arrays = doc_arrays(doc)
    # ``doc.ents`` rebuilds every span on each call, ``Span.text`` joins its tokens.
    dates = [
        (ent, arrays.span_text(ent.start, ent.end)) for ent in arrays.ents if ent.label_ == "DATE"
    ]
    for _, text in dates:
        if years := _years(text):
            report_year = max(years)
            break
    out: list[tuple[int, int]] = []
    for ent, text in dates:
        low = text.lower()
        years = _years(text)
        past = any(p in low for p in _PAST) or (
            report_year is not None and bool(years) and max(years) < report_year
        )
        if past:
            sent = ent.sent
            if not out or out[-1] != (sent.start_char, sent.end_char):
                out.append((sent.start_char, sent.end_char))
    return out


def earlier_event_sentences(doc: Doc | None) -> list[tuple[int, int]]:
    """Character ranges of what a sentence recalls as the news's antecedent ("This
    follows a video showing ...", "The Idlib raids came a day after strikes on
    ..."): from the verb to the sentence's end, background like the past. The
    subject ("The Idlib raids") is the news itself and stays in the foreground."""
    if doc is None:
        return []
    arrays = doc_arrays(doc)
    lemma, dep = arrays.lemma, arrays.dep
    out: list[tuple[int, int]] = []
    if _ANTECEDENT_VERBS.isdisjoint(lemma):
        return out  # most reports: no token is looked at twice
    for i, lem in enumerate(lemma):
        if dep[i] != "ROOT" or lem not in _ANTECEDENT_VERBS:
            continue
        verb = doc[i]
        children = list(verb.children)
        # "Follow us on Instagram": an imperative, no news recalled.
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in children):
            continue
        if lem == "come" and not any(c.lower_ == "after" for c in children):
            continue
        out.append((verb.idx, verb.sent.end_char))
    return out


#: Main verbs of a sentence that recalls what came before the news ("follow",
#: "come after").
_ANTECEDENT_VERBS = frozenset({"follow", "come"})


#: Heads of a clause of their own inside a sentence.
_CLAUSE_DEPS = frozenset({"advcl", "conj", "ccomp", "relcl", "xcomp"})


def quiet_clause(doc: Doc | None, place: Place) -> bool:
    """The place sits in a side clause with no violence word while the rest of its
    sentence reports violence ("Raids leave 12 dead as Kurdish units push on
    towards Manbij"): the violence is elsewhere, not at that place."""
    if doc is None:
        return False
    found = span_tokens(doc, place)
    if found is None:
        return False
    sent = doc[found[0]].sent
    return quiet_places(doc, [place], sent.end_char, sent.start)[0]


def quiet_places(doc: Doc | None, places: list[Place], lead_end: int, start: int = 0) -> list[bool]:
    """Per place, :func:`quiet_clause` for those in the lead (the sentence from token
    ``start`` to character ``lead_end``), False for the others. The lead's violence
    words are found once."""
    out = [False] * len(places)
    lead = [k for k, p in enumerate(places) if p.start < lead_end and p.how != "demonym"]
    if doc is None or not lead:
        return out
    arrays = doc_arrays(doc)
    # Token offsets are cached: no span is built to find where the lead ends.
    end = bisect_left(arrays.idx, lead_end, lo=start)
    words = scene_words().violence
    lemma, lower = arrays.lemma, arrays.lower  # no Token object per word
    hits = [i for i in range(start, end) if lemma[i].lower() in words or lower[i] in words]
    if not hits:
        return out
    for k in lead:
        first = bisect_right(arrays.idx, places[k].start, lo=start, hi=end) - 1
        if first < start:
            continue
        node = doc[first]
        while node.head.i != node.i and not (
            node.dep_ in _CLAUSE_DEPS and node.pos_ in ("VERB", "AUX")
        ):
            node = node.head
        if node.head.i == node.i:
            continue  # in the main clause
        lo, hi = node.left_edge.i, node.right_edge.i + 1
        out[k] = not any(lo <= h < hi for h in hits)
    return out
