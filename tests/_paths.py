"""Paths the tests share (a plain module: `conftest` is ambiguous across test folders)."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "examples"
SEED = SHARED / "examples" / "000_842c663b287a4a8e.txt"
