"""The per-document arrays agree with what spaCy's own objects say."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.nlp.cache import doc_arrays

if TYPE_CHECKING:
    from spacy.language import Language

TEXT = (
    "Turkish forces shelled Ras al-Ain on Monday, the Syrian Observatory said.\n\n"
    "  Residents fled  to Hasakah. \u201cWe had no warning,\u201d one said on 12 October 2019.\n"
    "The U.N. called for calm"
)


def test_nlp_cache_arrays_match_tokens(nlp: Language) -> None:
    doc = nlp(TEXT)
    arrays = doc_arrays(doc)
    assert arrays.text == doc.text == TEXT
    assert arrays.words == [t.text for t in doc]
    assert arrays.spaces == [t.whitespace_ for t in doc]
    assert arrays.lower == [t.lower_ for t in doc]
    assert arrays.idx == [t.idx for t in doc]
    assert [(e.start, e.end, e.label_) for e in arrays.ents] == [
        (e.start, e.end, e.label_) for e in doc.ents
    ]


def test_nlp_cache_syntax_arrays_match_tokens(nlp: Language) -> None:
    doc = nlp(TEXT)
    arrays = doc_arrays(doc)
    assert arrays.pos == [t.pos_ for t in doc]
    assert arrays.tag == [t.tag_ for t in doc]
    assert arrays.dep == [t.dep_ for t in doc]
    assert arrays.lemma == [t.lemma_ for t in doc]
    # A second document reuses the strings read for the first and still gets its own.
    other = nlp("Rebels said they shelled the airport.")
    assert doc_arrays(other).words == [t.text for t in other]
    assert doc_arrays(other).lemma == [t.lemma_ for t in other]


def test_nlp_cache_empty_doc(nlp: Language) -> None:
    arrays = doc_arrays(nlp(""))
    assert (arrays.text, arrays.words, arrays.idx, arrays.pos) == ("", [], [], [])


def test_nlp_cache_span_text_and_ents_match_spans(nlp: Language) -> None:
    doc = nlp(TEXT)
    arrays = doc_arrays(doc)
    for start in range(len(doc)):
        for end in range(start, min(len(doc), start + 6) + 1):
            assert arrays.span_text(start, end) == doc[start:end].text
    for sent in doc.sents:
        assert [(e.start, e.end) for e in arrays.ents_within(sent.start, sent.end)] == [
            (e.start, e.end) for e in sent.ents
        ]


def test_nlp_cache_sentences_cut_at_paragraphs(nlp: Language) -> None:
    doc = nlp(TEXT)
    arrays = doc_arrays(doc)
    texts = [s.text for s in arrays.sentences]
    assert not any("\n" in t for t in texts)
    assert any(t.startswith("Turkish forces") for t in texts)
    for n, sent in enumerate(arrays.sentences):
        assert all(arrays.sentence_of[i] == n for i in range(sent.start, sent.end))
    newline = next(t.i for t in doc if "\n" in t.text)
    assert arrays.sentence_of[newline] == -1


def test_nlp_cache_follows_the_current_doc(nlp: Language) -> None:
    first = nlp("Aleppo was shelled.")
    second = nlp("Aleppo was shelled.")
    assert doc_arrays(first).doc is first
    assert doc_arrays(second).doc is second
    assert doc_arrays(first) is doc_arrays(first)
