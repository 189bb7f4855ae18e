"""Compile the annotator's notes (``gold/annotations_*.txt``) into ``gold/events.jsonl``.

Kept apart from the scorer (:mod:`sitrep.evaluation.events`): it runs only when the
notes change, needs the texts from ``../shared`` and the spaCy parse, and its note
format (``@doc`` headers, ``word@sentence_start`` triggers, ``|``-separated labels)
is described in ``gold/README.md``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitrep.errors import ResourceError
from sitrep.evaluation.paths import repo_root, shared_data
from sitrep.model import Document
from sitrep.words import weekday_before


@dataclass
class _Note:
    doc: str
    corpus: str
    split: str | None
    lines: list[str]


def _parse_notes(texts: Iterable[str]) -> list[_Note]:
    notes: list[_Note] = []
    for text in texts:
        for raw in text.splitlines():
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("@doc "):
                parts = line.split()
                opts = dict(p.split("=", 1) for p in parts[2:])
                notes.append(_Note(parts[1], opts["corpus"], opts.get("split"), []))
            else:
                notes[-1].lines.append(line)
    return notes


def _alts(value: str) -> list[str]:
    value = value.strip()
    return [] if value in ("", "-") else [v.strip() for v in value.split("/") if v.strip()]


def _date(value: str, published: str | None) -> dict[str, str] | None:
    import datetime as dt

    value = value.strip()
    if value in ("?", ""):
        return None
    iso, precision = value.split()
    if iso == "pub":
        if published is None:
            return None
        iso = published
    elif iso.startswith("wd:"):
        # The most recent such weekday on or before publication.
        iso = weekday_before(dt.date.fromisoformat(published or ""), iso[3:]).isoformat()
    return {"value": iso, "precision": precision}


def _quantities(value: str) -> list[dict[str, Any]]:
    out = []
    for part in value.split(";"):
        part = part.strip()
        if part:
            number, unit = part.split(None, 1)
            out.append({"value": int(number), "unit": unit.strip()})
    return out


def compile_annotations(notes: list[Path], out: Path, scope_chars: int = 450) -> int:
    """Turn the annotator's notes (``gold/annotations_*.txt``) into ``events.jsonl``.

    Trigger words are looked up in the text (``word@s``: first occurrence at or after
    character s, ``word#2@s`` the second); sentences come from the spaCy parse.
    FA-KES articles are scored on the sentences starting before ``scope_chars``; they
    are split tune/held alternately in id order. Returns the number of documents.
    """
    from sitrep.pipeline import Pipeline

    parsed = _parse_notes(p.read_text(encoding="utf-8") for p in notes)
    documents: dict[str, Document] = {}
    from sitrep.ingest import IngestOptions, iter_items

    for n in parsed:
        if n.corpus == "fa-kes-dev":
            continue
        base = (
            repo_root() / "examples"
            if n.corpus == "examples"
            else repo_root().parent / "shared" / "examples"
        )
        for item in iter_items([str(base / n.doc)], IngestOptions()):
            documents[n.doc] = item[1]  # type: ignore[index]
    for item in iter_items([str(shared_data() / "fa-kes" / "fa-kes-dev.csv")], IngestOptions()):
        if isinstance(item, tuple) and item[1].source_id is not None:
            documents.setdefault(item[1].source_id, item[1])
    nlp = Pipeline().nlp
    fakes = sorted((n.doc for n in parsed if n.corpus == "fa-kes-dev"), key=int)
    lines = []
    for note in parsed:
        document = documents[note.doc]
        doc = nlp(document.text)
        sents = [(s.start_char, s.end_char) for s in doc.sents]
        split = note.split or ("tune" if fakes.index(note.doc) % 2 == 0 else "held")
        scope_end = None
        if note.corpus == "fa-kes-dev":
            scope_end = max(e for s, e in sents if s < scope_chars)
        events = []
        for line in note.lines:
            cols = [c.strip() for c in line.split("|")]
            type_, _, mode = cols[0].partition("/")
            mentions = []
            for spec in cols[1].split(","):
                word, _, at = spec.strip().rpartition("@")
                word, _, nth = word.partition("#")
                pos = int(at) - 1
                for _ in range(int(nth or 1)):
                    pos = _find_word(document.text, word, pos + 1, note.doc)
                sent = next((s, e) for s, e in sents if s <= pos < e)
                if sent[0] != int(at):
                    raise ResourceError(
                        f"{note.doc}: {spec.strip()} is not in the sentence at {at}"
                    )
                mentions.append({"trigger": [pos, pos + len(word)], "sentence": list(sent)})
            events.append(
                {
                    "type": type_,
                    "mode": mode or None,
                    "mentions": mentions,
                    "source": _alts(cols[2]),
                    "target": _alts(cols[3]),
                    "location": _alts(cols[4]),
                    "date": _date(cols[5], document.dateline or document.published),
                    "quantities": _quantities(cols[6]) if len(cols) > 6 else [],
                }
            )
        record = {
            "doc": note.doc,
            "corpus": note.corpus,
            "split": split,
            "content_id": Document.content_id(document.text),
            "published": document.published,
            "scope_end": scope_end,
            "events": events,
        }
        lines.append(json.dumps(record, ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def _find_word(text: str, word: str, start: int, doc: str) -> int:
    m = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE).search(text, start)
    if m is None:
        raise ResourceError(f"{doc}: annotation trigger {word!r} not found after {start}")
    return m.start()
