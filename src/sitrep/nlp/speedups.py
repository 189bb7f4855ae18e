"""Faster versions of two packaged spaCy components, with the same annotations.

Between them, the ``attribute_ruler`` and the rule ``lemmatizer`` of the small
English pipeline took about a quarter of the parse on FA-KES news (measured with
``benchmarks/throughput.py`` and a per-component timer), in Python that redoes
the same work for every token. Both are kept in the pipeline, under their own
names and with their own data; only how they find their answers changes.
``tests/nlp/test_nlp_speedups.py`` compares the annotations with the packaged
components' on varied text.

Attribute ruler. The English pipelines' ``attribute_ruler`` maps tags to coarse parts of speech,
morphology and a few lemmas with about 180 token patterns. spaCy's ``Matcher``
tries every pattern at every token, which made the ruler about a fifth of the
whole parse on FA-KES news (measured with ``benchmarks/throughput.py``). Nearly
all of those patterns test one token for equality of a few attributes
(``TAG``, ``LOWER``, ``DEP``, ``IS_SPACE``, by equality or set membership), so
which of them match a token is a function of that token's values of those
attributes alone: it is looked up in dictionaries (by word, and by tag,
dependency and space filled the first time a combination is seen).

Patterns of any other form (several tokens, operators, sets, regular
expressions) stay with a ``Matcher`` that holds only them. The match list has
the ruler's own form and order (``(rule index, match id, start, end)``, sorted),
and the ruler's own ``set_annotations`` applies it.

Lemmatizer. The rule lemmatizer's answer depends only on the token's text, part
of speech and morphology, but its own cache skips the most common paths (base
forms, proper nouns), which re-read the morphology of every token; the lemmatizer
is given a lemmatize function that remembers every answer by that key.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc, Token

#: Token attributes the dictionary path understands, tested by plain equality.
_SIMPLE = ("LOWER", "TAG", "DEP", "IS_SPACE")

Match = tuple[int, int, int, int]
#: What a rule requires of one column: nothing (``None``), or whether the value
#: must be in (``True``) or outside (``False``) a set of values.
Need = tuple[bool, frozenset[int]] | None
Rule = tuple[int, int, tuple[Need, ...]]


class FastRuleMatcher:
    """``AttributeRuler.match`` for one ruler, by dictionary where patterns allow."""

    def __init__(self, ruler: AttributeRuler) -> None:
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
        from spacy.matcher import Matcher

        strings = ruler.vocab.strings
        self._columns = [LOWER, TAG, DEP, IS_SPACE]
        #: Per one-token rule: its index and the required value per column
        #: (``None`` where the rule does not test that column).
        #: One-token rules that require LOWER to be one of some words, by each
        #: word: (index, match id, the need per column).
        self._by_word: dict[int, list[Rule]] = {}
        #: The other one-token rules.
        self._other: list[Rule] = []
        self._rest = Matcher(ruler.vocab)
        self._has_rest = False
        for index, rule in enumerate(ruler.patterns):
            match_id = strings.add(str(index))
            patterns: list[list[dict[str, Any]]] = rule["patterns"]  # type: ignore[assignment]
            for pattern in patterns:
                required = _one_token_values(pattern, strings.add)
                if required is None:
                    self._rest.add(match_id, [pattern])
                    self._has_rest = True
                elif required[0] is None or not required[0][0]:
                    self._other.append((index, match_id, required))
                else:
                    for word in required[0][1]:
                        self._by_word.setdefault(word, []).append((index, match_id, required))
        self._other_ignores_words = all(need[0] is None for _, _, need in self._other)
        #: Rules without LOWER that match each (TAG, DEP, IS_SPACE), filled lazily:
        #: few combinations occur, while words are many.
        self._cache: dict[tuple[int, ...], list[tuple[int, int]]] = {}

    def __call__(self, doc: Doc) -> list[Match]:
        matches: set[Match] = set()
        if len(doc):
            for i, (lower, *rest) in enumerate(doc.to_array(self._columns).tolist()):
                key = tuple(rest)
                found = self._cache.get(key) if self._other_ignores_words else None
                if found is None:
                    found = _matching(self._other, (lower, *rest))
                    if self._other_ignores_words:
                        self._cache[key] = found
                for index, match_id in found:
                    matches.add((index, match_id, i, i + 1))
                word_rules = self._by_word.get(lower)
                if word_rules:
                    for index, match_id in _matching(word_rules, (lower, *rest)):
                        matches.add((index, match_id, i, i + 1))
        if self._has_rest:
            for match_id, start, end in self._rest(doc, allow_missing=True, as_spans=False):
                index = int(doc.vocab.strings[match_id])
                matches.add((index, match_id, start, end))
        return sorted(matches)


def _matching(rules: list[Rule], row: tuple[int, ...]) -> list[tuple[int, int]]:
    """(index, match id) of the rules whose every column need ``row`` meets."""
    return [
        (index, match_id)
        for index, match_id, needs in rules
        if all(
            need is None or (value in need[1]) == need[0]
            for need, value in zip(needs, row, strict=True)
        )
    ]


def _one_token_values(
    pattern: list[dict[str, Any]], add: Callable[[str], int]
) -> tuple[Need, ...] | None:
    """Per column, what a one-token pattern requires; ``None`` for other patterns.

    Understood: a string (equality), ``{"IN": [...]}`` and ``{"NOT_IN": [...]}`` of
    strings, and ``True``/``False`` for ``IS_SPACE``. Strings compare as the
    matcher compares them, by their hash in the string store (as given, not
    lower-cased).
    """
    if len(pattern) != 1:
        return None
    spec = pattern[0]
    if not spec or any(name not in _SIMPLE for name in spec):
        return None
    needs: list[Need] = []
    for name in _SIMPLE:
        value = spec.get(name)
        if value is None:
            needs.append(None)
        elif isinstance(value, bool):
            if name != "IS_SPACE":
                return None
            needs.append((True, frozenset({int(value)})))
        elif isinstance(value, str) and name != "IS_SPACE":
            needs.append((True, frozenset({add(value)})))
        elif isinstance(value, dict) and len(value) == 1 and name != "IS_SPACE":
            ((operator, items),) = value.items()
            if operator not in ("IN", "NOT_IN") or not all(isinstance(v, str) for v in items):
                return None
            needs.append((operator == "IN", frozenset(add(v) for v in items)))
        else:
            return None
    return tuple(needs)


class RememberedLemmas:
    """A lemmatizer's ``lemmatize``, remembered by (text, part of speech, morphology)."""

    #: Entries kept before the memory starts afresh (a few hundred thousand word
    #: forms keep it near 100 MB in a long-running ingest).
    LIMIT = 200_000

    def __init__(self, lemmatize: Callable[[Token], list[str]]) -> None:
        self._lemmatize = lemmatize
        self._known: dict[tuple[int, int, int], list[str]] = {}

    def __call__(self, token: Token) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)  # type: ignore[attr-defined]
        found = self._known.get(key)
        if found is None:
            if len(self._known) >= self.LIMIT:
                self._known.clear()
            found = self._known[key] = self._lemmatize(token)
        return found


def speed_up(nlp: Language) -> None:
    """Give the pipeline's ``attribute_ruler`` and rule ``lemmatizer`` (if any) the above.

    Both components call a method of their own for the per-token work
    (``match``, ``lemmatize``); an instance attribute replaces it for this
    pipeline only. Other components, and other lemmatizer modes, are left alone.
    """
    from spacy.pipeline import AttributeRuler, Lemmatizer

    for _, component in nlp.pipeline:
        if isinstance(component, AttributeRuler):
            component.match = FastRuleMatcher(component)  # type: ignore[method-assign]
        elif isinstance(component, Lemmatizer) and component.mode == "rule":
            component.lemmatize = RememberedLemmas(component.lemmatize)
