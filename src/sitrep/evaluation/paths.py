"""Where the shared evaluation data lives: ``../shared/data`` next to the repository.

The data is read in place, never copied into the repository.
"""

from __future__ import annotations

from pathlib import Path


def repo_root() -> Path:
    # src/sitrep/evaluation/paths.py -> parents[3] is the repository root.
    return Path(__file__).resolve().parents[3]


def shared_data() -> Path:
    return repo_root().parent / "shared" / "data"
