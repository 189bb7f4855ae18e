"""Who really reports an event: outlet names folded to one key, citations, wire credits.

Outlet names arrive in many spellings: a feed's slug ("manar", "asharqalawsat"),
the registry's canonical name ("Al-Manar", "Asharq Al-Awsat") or an alias
("Syrian Arab News Agency"). :func:`outlet_key` folds them all to the
registry's canonical name when the registry (``data/outlets.json``, read only)
knows the outlet, and to a folded form of the name otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sitrep.registry import outlet_registry

_NON_ALNUM = re.compile(r"[^0-9a-z]+")
# Leading articles are dropped so that "the Guardian", "al-Manar" and "manar"
# (a feed slug) meet; "al"/"el" are the Arabic article.
_ARTICLE = re.compile(r"^(?:the|al|el)[\s\-]+", re.IGNORECASE)


def fold_name(name: str) -> str:
    """Lower-case letters and digits only, without a leading article."""
    stripped = _ARTICLE.sub("", name.strip())
    return _NON_ALNUM.sub("", stripped.casefold())


@dataclass(frozen=True)
class OutletInfo:
    name: str
    country: str | None
    ownership: str | None


@lru_cache(maxsize=1)
def _entries() -> list[dict[str, Any]]:
    """The registry's outlet records (``data/outlets.json``)."""
    entries: list[dict[str, Any]] = outlet_registry()["outlets"]
    return entries


@lru_cache(maxsize=1)
def _registry() -> dict[str, OutletInfo]:
    table: dict[str, OutletInfo] = {}
    for entry in _entries():
        info = OutletInfo(entry["name"], entry.get("country"), entry.get("ownership"))
        for alias in [entry["name"], *entry.get("aliases", [])]:
            key = fold_name(alias)
            # Two-letter acronyms folded to lower case ("aa", "ap") would match
            # unrelated slugs; they stay exact.
            if len(key) > 2:
                table.setdefault(key, info)
    return table


@lru_cache(maxsize=1)
def outlet_words() -> frozenset[str]:
    """The registry's outlet names and aliases that are one word, lower-cased ("sana",
    "reuters", "afp"): how a sentence names its source."""
    words: set[str] = set()
    for entry in _entries():
        for name in [entry["name"], *entry.get("aliases", [])]:
            if " " not in name.strip():
                words.add(name.strip().casefold())
    return frozenset(words)


def outlet_info(name: str | None) -> OutletInfo | None:
    """The registry's record of an outlet named in any known spelling; None if unknown."""
    if not name:
        return None
    return _registry().get(fold_name(name))


def outlet_key(name: str | None) -> str | None:
    """One name per outlet: the registry's canonical name, else the name as given."""
    if not name or not name.strip():
        return None
    info = outlet_info(name)
    return info.name if info else name.strip()


@lru_cache(maxsize=1)
def _wire_names() -> str:
    """A regex alternation of every wire agency's name and aliases, longest first."""
    names: set[str] = set()
    for entry in _entries():
        if entry.get("ownership") == "wire":
            names.update([entry["name"], *entry.get("aliases", [])])
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


def wire_credit(text: str) -> str | None:
    """The wire agency a text credits at its end or in its dateline, if any.

    Only the last and first 80 characters are searched: a wire named in the
    body is a citation (attribution handles those), not a credit for the copy.
    """
    names = _wire_names()
    tail = text.rstrip()[-80:]
    # The last credit in the tail wins.
    found = max(re.finditer(rf"\b({names})\b", tail), key=lambda m: m.start(), default=None)
    if found is None:
        head = text.lstrip()[:80]
        # Datelines: "BEIRUT (Reuters) -", "DAMASCUS, March 3 (AFP) -".
        found = re.search(rf"\(({names})\)\s*[-–—]", head)
    return outlet_key(found.group(1)) if found else None
