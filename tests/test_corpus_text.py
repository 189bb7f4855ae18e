"""No text of the evaluation corpora in the repository.

The corpora in ../shared/data are read by path; their sentences must not end up
in tests, docstrings, lexicons or bundled examples (a session once copied
headlines and sentences into test inputs). This check looks for runs of
:data:`RUN` words that the repository shares with any corpus file, after masking
fixed names and file headers that anyone writes the same way. Skipped where
../shared is absent.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from _paths import REPO

#: Shortest shared run of words that counts as copied. Eight words of running
#: news text rarely coincide by chance; shorter runs do ("at least 25 civilians
#: were killed in").
RUN = 8
#: Corpus files read (text, CSV, XML, JSON Lines, brat, label files).
CORPUS_SUFFIXES = frozenset({".csv", ".txt", ".xml", ".jsonl", ".ann", ".labels", ".tsv"})
#: Repository files checked.
REPO_SUFFIXES = frozenset({".py", ".md", ".json", ".txt", ".toml", ".csv", ".html", ".js"})
REPO_DIRS = ("src", "tests", "docs", "examples", "benchmarks", "training")
#: Fixed names and headers, masked before comparing: the same in any text.
FIXED = (
    "the islamic state of iraq and the levant",
    "the islamic state in iraq and the levant",
    "the syrian observatory for human rights",
    "recep tayyip erdogan",
    "vladimir putin",
    "the euphrates river",
    "xml version 1 0 encoding utf 8",
    "unit id article title article content source date",
)

_WORD = re.compile(r"[a-z0-9]+")


def _words(text: str) -> list[str]:
    return _WORD.findall(html.unescape(text).lower())


def _masked(words: list[str]) -> list[str]:
    """Each fixed phrase replaced by a marker no corpus contains, which breaks runs."""
    joined = " ".join(words)
    for phrase in FIXED:
        joined = joined.replace(phrase, "\x00")
    return joined.split(" ")


def _runs(words: list[str], shared: set[int]) -> list[str]:
    found: list[str] = []
    i = 0
    while i <= len(words) - RUN:
        if hash(tuple(words[i : i + RUN])) not in shared:
            i += 1
            continue
        j = i
        while j <= len(words) - RUN and hash(tuple(words[j : j + RUN])) in shared:
            j += 1
        found.append(" ".join(words[i : j + RUN - 1]))
        i = j + RUN - 1
    return found


def _repo_files() -> list[Path]:
    files = [p for d in REPO_DIRS for p in (REPO / d).rglob("*") if p.is_file()]
    return [p for p in [*files, REPO / "README.md"] if p.suffix in REPO_SUFFIXES]


@pytest.mark.slow
def test_no_corpus_text_in_the_repository(shared_dir: Path) -> None:
    # The repository's shingles are few; the corpora are streamed against them.
    mine: dict[Path, list[str]] = {
        p: _masked(_words(p.read_text(errors="ignore"))) for p in _repo_files()
    }
    wanted = {hash(tuple(w[i : i + RUN])) for w in mine.values() for i in range(len(w) - RUN + 1)}
    shared: set[int] = set()
    for path in (shared_dir / "data").rglob("*"):
        if not path.is_file() or path.suffix not in CORPUS_SUFFIXES:
            continue
        words = _words(path.read_text(errors="ignore"))
        for i in range(len(words) - RUN + 1):
            key = hash(tuple(words[i : i + RUN]))
            if key in wanted:
                shared.add(key)
    copied = [
        f"{p.relative_to(REPO)}: {run}" for p, words in mine.items() for run in _runs(words, shared)
    ]
    assert not copied, "corpus text in the repository:\n" + "\n".join(copied)


def test_runs_are_found_and_fixed_names_masked() -> None:
    corpus = _words("Gunmen on motorbikes opened fire on a crowded market in the town at dawn")
    shared = {hash(tuple(corpus[i : i + RUN])) for i in range(len(corpus) - RUN + 1)}
    copied = _words("As one report put it, gunmen on motorbikes opened fire on a crowded market.")
    assert _runs(copied, shared) == ["gunmen on motorbikes opened fire on a crowded market"]
    assert _runs(_words("Gunmen on motorbikes opened fire at noon"), shared) == []
    masked = _masked(_words("fighters of the Islamic State of Iraq and the Levant said"))
    assert "levant" not in masked and len(masked) == 4
