"""Name folding: the keys under which place names are indexed and looked up.

Index keys and query keys go through the same functions, so two spellings meet
when their keys are equal. There are three levels, strictest first; a lookup
uses the strictest level that finds anything and records which one it was:

``fold``  (level 0)  case, diacritics, apostrophes and ʿ ʾ ‘ ’ marks, hyphens and
                    spaces; Arabic article variants (al-, el-, ash-, ad-, az- ...
                    and the fused "Ezzor" of "Deir Ezzor") become one canonical
                    ``al``: "Deir ez-Zor" -> "deir al zor".
``bare``  (level 1)  ``fold`` without the articles: "al-Shadadi" -> "shadadi", so it
                    meets the GeoNames alternate name "Shadadi".
``skeleton`` (2)     a transliteration-blind consonant skeleton of ``bare``: the
                    vowels (whose spelling varies most between French, English and
                    scholarly romanisations of Arabic, Kurdish, Persian) are dropped,
                    double letters collapsed, dh/z, q/k, ch/sh, ph/f, aw/o merged:
                    "Dayr al-Zawr", "Deir ez-Zor", "Deir Ezzor" -> "dr zr".
                    Skeletons with fewer than three consonants are not used: too
                    many unrelated names share them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Arabic definite-article spellings (with the sun-letter assimilations) that
#: appear in romanised place names. "as", "an", "at" are English words too, but
#: they are only taken as articles inside a name, never as its last word.
ARTICLES = frozenset(
    {
        "al", "el", "il", "ul", "ad", "adh", "ar", "as", "ash", "at", "ath", "az",
        "an", "ed", "edh", "er", "es", "esh", "et", "eth", "ez", "en", "ech",
    }
)  # fmt: skip
CANONICAL_ARTICLE = "al"

# Letters NFKD does not decompose into a base letter plus a combining mark.
_SPECIAL = str.maketrans(
    {
        "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ŧ": "t",
        "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ə": "a",
        "Ł": "L", "Ø": "O", "Đ": "D", "Ð": "D", "Ħ": "H", "Ŧ": "T",
        "Æ": "AE", "Œ": "OE", "Þ": "TH", "Ə": "A",
    }
)  # fmt: skip
# Apostrophe-like marks (ayn, hamza, typographic quotes) are deleted, not spaced:
# "Dar'a" is "dara", "Ma‘arrat" is "maarrat".
_MARKS = re.compile(r"['’‘ʿʾʻʼ`´\"]")
_SEPARATORS = re.compile(r"[^a-z0-9]+")
# A sun-letter article fused to the next word, as in "Deir Ezzor", "Ras Ennaqoura":
# a vowel, a doubled sun letter, and at least two more letters.
_FUSED_ARTICLE = re.compile(r"^[ae]([tdrzsnl])\1([a-z]{2,})$")
_VOWELS = frozenset("aeiouy")
_DIGRAPHS = (("dh", "z"), ("th", "t"), ("ph", "f"), ("dj", "j"), ("ch", "sh"), ("ck", "k"))
_DOUBLES = re.compile(r"(.)\1+")
_DIPHTHONG = re.compile(r"aw(?=[^aeiouy]|$)")
_NO_VOWELS = str.maketrans("", "", "aeiouy")
MIN_SKELETON_CONSONANTS = 3


def strip_accents(text: str) -> str:
    """``text`` with diacritics removed (NFKD, combining marks dropped).

    Letters that have no ASCII base letter are dropped too: names in other scripts
    are not indexed, and the marks (ʿ ʾ ‘ ’) are removed anyway.
    """
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    return decomposed.encode("ascii", "ignore").decode("ascii")


def is_latin(text: str) -> bool:
    """True when every letter of ``text`` is Latin (names in other scripts are not
    indexed: sitrep reads English text)."""
    if text.isascii():
        return True
    for ch in text:
        code = ord(ch)
        if code < 0x250 or 0x1E00 <= code <= 0x1EFF or unicodedata.combining(ch):
            continue
        if ch in "’‘ʿʾʻʼ":
            continue
        return False
    return True


def _tokens(name: str) -> list[str]:
    text = _MARKS.sub("", strip_accents(name).casefold())
    return [tok for tok in _SEPARATORS.split(text) if tok]


def _canonical_tokens(name: str) -> list[str]:
    tokens = _tokens(name)
    out: list[str] = []
    last = len(tokens) - 1
    for i, tok in enumerate(tokens):
        if i < last and tok in ARTICLES:
            out.append(CANONICAL_ARTICLE)
            continue
        fused = _FUSED_ARTICLE.match(tok) if i > 0 else None
        if fused is not None:
            out.extend((CANONICAL_ARTICLE, fused.group(1) + fused.group(2)))
            continue
        out.append(tok)
    return out


def _drop_articles(tokens: list[str]) -> list[str]:
    kept = [tok for tok in tokens if tok != CANONICAL_ARTICLE]
    # A name that is only an article ("Al") keeps it.
    return kept or tokens


def _skeleton_token(tok: str) -> str:
    # A final h after a vowel is the Arabic ta marbuta (-ah, -eh): Hasakah = Hasaka.
    if len(tok) > 3 and tok[-1] == "h" and tok[-2] in _VOWELS:
        tok = tok[:-1]
    for old, new in _DIGRAPHS:
        if old in tok:
            tok = tok.replace(old, new)
    tok = tok.replace("q", "k")
    # "aw" before a consonant is a diphthong romanised as o or ou: Zawr = Zor = Zour.
    if "aw" in tok:
        tok = _DIPHTHONG.sub("o", tok)
    first = "a" if tok[0] in _VOWELS and tok[0] != "y" else tok[0]
    return _DOUBLES.sub(r"\1", first + tok[1:].translate(_NO_VOWELS))


#: An article fused to the next word without doubling its sun letter ("Deir
#: Ezour" for Deir ez-Zour): a vowel, a sun letter, a vowel.
_FUSED_SINGLE = re.compile(r"^[ae]([tdrzs])([aeiou][a-z]+)$")


def _skeleton_of(bare_tokens: list[str]) -> str | None:
    # Later words only: a first word is never an article ("Ezra", "Adana").
    unfused = [
        tok if i == 0 or (m := _FUSED_SINGLE.match(tok)) is None else m.group(1) + m.group(2)
        for i, tok in enumerate(bare_tokens)
    ]
    tokens = [_skeleton_token(tok) for tok in unfused]
    consonants = sum(len(tok) - (tok[0] == "a") for tok in tokens)
    if consonants < MIN_SKELETON_CONSONANTS:
        return None
    return " ".join(tokens)


@lru_cache(maxsize=8192)
def fold(name: str) -> str:
    """Level-0 key: lower case, no accents or marks, single spaces, canonical article."""
    return " ".join(_canonical_tokens(name))


@lru_cache(maxsize=8192)
def bare(name: str) -> str:
    """Level-1 key: :func:`fold` without articles ("Al Hasakah" -> "hasakah")."""
    return " ".join(_drop_articles(_canonical_tokens(name)))


@lru_cache(maxsize=8192)
def skeleton(name: str) -> str | None:
    """Level-2 key: consonant skeleton of :func:`bare`; None when too short to trust."""
    tokens = _drop_articles(_canonical_tokens(name))
    return _skeleton_of(tokens) if tokens else None


def keys(name: str) -> list[str]:
    """The index keys of ``name``, each prefixed by its level digit ("0", "1", "2").

    Empty when the name folds to nothing useful (digits only, one letter).
    Not cached: the index build calls it once per name of a million.
    """
    tokens = _canonical_tokens(name)
    folded = " ".join(tokens)
    compact = folded.replace(" ", "")
    if len(compact) < 2 or compact.isdigit():
        return []
    bare_tokens = _drop_articles(tokens)
    out = ["0" + folded, "1" + " ".join(bare_tokens)]
    skel = _skeleton_of(bare_tokens)
    if skel is not None:
        out.append("2" + skel)
    return out
