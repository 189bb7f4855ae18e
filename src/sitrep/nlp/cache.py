"""Per-document arrays read once and shared by the stages.

A spaCy ``Doc`` hands out a fresh Python ``Token`` object on every ``doc[i]``,
and ``doc.ents`` / ``Span.ents`` rebuild every entity span on each call, so
stages that look at the same token attributes or entities again and again spend
most of their time creating objects. :func:`doc_arrays` reads the token texts,
whitespace, entities and sentences of a document once (and its tags, dependency
labels and lemmas when a stage first asks); the stages then index
plain lists.

The cache holds the last document only (the pipeline analyses one document at a
time); it is keyed by the ``Doc`` object itself, so a different document, or
the same text parsed again, always gets fresh arrays. A ``Doc`` changed in place
after its arrays were read (retokenised, entities reset) must be re-parsed or
followed by :func:`clear` before a stage sees it again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.strings import StringStore
    from spacy.tokens import Doc, Span


@dataclass
class DocArrays:
    """Plain-Python views of one ``Doc`` (read-only by convention)."""

    doc: Doc
    text: str
    #: Per token: its text, its trailing whitespace, its lower-case form, its
    #: character offset.
    words: list[str]
    spaces: list[str]
    lower: list[str]
    idx: list[int]
    #: ``doc.ents``, built once.
    ents: tuple[Span, ...]
    _sentences: list[Span] | None = field(default=None, repr=False)
    _sentence_of: list[int] | None = field(default=None, repr=False)
    _syntax: tuple[list[str], list[str], list[str], list[str]] | None = field(
        default=None, repr=False
    )

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text`` without building the span (``start``/``end`` in range)."""
        if end <= start:
            return ""
        last = end - 1
        return self.text[self.idx[start] : self.idx[last] + len(self.words[last])]

    def ents_within(self, start: int, end: int) -> list[Span]:
        """``doc[start:end].ents``: the entities lying wholly inside the tokens."""
        return [ent for ent in self.ents if ent.start >= start and ent.end <= end]

    @property
    def pos(self) -> list[str]:
        """Per token, ``token.pos_``."""
        return self._syntax_arrays()[0]

    @property
    def tag(self) -> list[str]:
        """Per token, ``token.tag_``."""
        return self._syntax_arrays()[1]

    @property
    def dep(self) -> list[str]:
        """Per token, ``token.dep_``."""
        return self._syntax_arrays()[2]

    @property
    def lemma(self) -> list[str]:
        """Per token, ``token.lemma_``."""
        return self._syntax_arrays()[3]

    def _syntax_arrays(self) -> tuple[list[str], list[str], list[str], list[str]]:
        # Read on first use only: the stages that need the tags are fewer than those
        # that need the words, and one array read covers all four.
        if self._syntax is None:
            from spacy.attrs import DEP, LEMMA, POS, TAG

            pos, tag, dep, lemma = self.doc.to_array([POS, TAG, DEP, LEMMA]).T.tolist()
            strings = self.doc.vocab.strings
            self._syntax = (
                _strings(strings, pos),
                _strings(strings, tag),
                _strings(strings, dep),
                _strings(strings, lemma),
            )
        return self._syntax

    @property
    def sentences(self) -> list[Span]:
        """spaCy sentences, cut again at paragraph breaks (a newline always ends one)."""
        if self._sentences is None:
            self._sentences = _paragraph_sentences(self)
        return self._sentences

    @property
    def sentence_of(self) -> list[int]:
        """Per token, the number of its sentence in :attr:`sentences`, or -1 (a
        newline token between paragraphs belongs to none)."""
        if self._sentence_of is None:
            of = [-1] * len(self.words)
            for n, sent in enumerate(self.sentences):
                for i in range(sent.start, sent.end):
                    of[i] = n
            self._sentence_of = of
        return self._sentence_of


def _paragraph_sentences(arrays: DocArrays) -> list[Span]:
    doc = arrays.doc
    words = arrays.words
    out = []
    for sent in doc.sents:
        start = sent.start
        for i in range(sent.start, sent.end):
            if "\n" in words[i] and doc[i].is_space:
                if i > start:
                    out.append(doc[start:i])
                start = i + 1
        if start < sent.end:
            out.append(doc[start : sent.end])
    return out


#: The string of every id read so far. spaCy's ids are hashes of their strings (or
#: fixed symbol ids), the same in every ``Vocab``, so the table holds for any
#: document; it spares a ``StringStore`` look-up per distinct word per document.
_NAMES: dict[int, str] = {}
#: Past this many entries the table starts again (a bound on memory for huge corpora).
_NAMES_MAX = 500_000


def _strings(strings: StringStore, ids: list[int]) -> list[str]:
    """The string of each id (``token.<attr>_`` from ``token.<attr>``)."""
    names = _NAMES
    missing = set(ids).difference(names)
    if missing:
        if len(names) + len(missing) > _NAMES_MAX:
            names.clear()
            missing = set(ids)
        for key in missing:
            names[key] = strings[key]
    return list(map(names.__getitem__, ids))


#: The current document's arrays. One slot, replaced whole: a reader in another
#: thread sees either the old or the new arrays and checks the ``Doc`` it holds.
_last: list[DocArrays | None] = [None]


def clear() -> None:
    """Drop the cached arrays (and the reference they hold to the last ``Doc``)."""
    _last[0] = None


def doc_arrays(doc: Doc) -> DocArrays:
    """The arrays of ``doc``, built on first use and kept while it is the current one."""
    cached = _last[0]
    if cached is not None and cached.doc is doc:
        return cached
    # Imported here: importing spaCy is heavy, and sitrep imports nothing heavy up front.
    from spacy.attrs import IDX, LOWER, ORTH, SPACY

    # One array read instead of a ``Token`` object per token and attribute.
    orth, low, space, idx = doc.to_array([ORTH, LOWER, SPACY, IDX]).T.tolist()
    words = _strings(doc.vocab.strings, orth)
    spaces = [" " if sp else "" for sp in space]
    lower = _strings(doc.vocab.strings, low)
    arrays = DocArrays(
        doc=doc,
        # ``Doc.text`` joins every token's text and whitespace, token object by token
        # object; the same join over the arrays is several times cheaper.
        text="".join([w + sp for w, sp in zip(words, spaces, strict=True)]),
        words=words,
        spaces=spaces,
        lower=lower,
        idx=idx,
        ents=tuple(doc.ents),
    )
    _last[0] = arrays
    return arrays
