"""``POST /api/documents``: one text through the pipeline into the store, behind a token.

The pipeline (spaCy, gazetteer, lexicons) is loaded on the first request and
kept; a lock serialises requests because one pipeline is not shared between
threads.
"""

from __future__ import annotations

import hmac
import threading
from typing import Any

from fastapi import HTTPException
from pydantic import BaseModel, Field

from sitrep.errors import DocumentError
from sitrep.ingest import IngestOptions
from sitrep.ingest.dates import parse_date
from sitrep.ingest.options import make_document
from sitrep.model import Extraction
from sitrep.pipeline import Pipeline
from sitrep.store import Store


class NewDocument(BaseModel):
    """A report to ingest: its text and what is known about it."""

    text: str = Field(min_length=1, description="The article text (plain text).")
    title: str | None = None
    outlet: str | None = None
    published: str | None = Field(None, description="Publication date, YYYY-MM-DD.")
    url: str | None = None
    source_id: str | None = None


def check_token(expected: str | None, authorization: str | None) -> None:
    """405 when the server is read-only, 401 without a bearer token, 403 with a wrong one."""
    if expected is None:
        raise HTTPException(
            status_code=405,
            detail="this server is read-only; start it with --token to accept documents",
            headers={"Allow": ""},
        )
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not given:
        raise HTTPException(
            status_code=401,
            detail="send Authorization: Bearer TOKEN",
            headers={"WWW-Authenticate": "Bearer"},
        )
    # Constant-time comparison: the time taken must not tell how much matched.
    if not hmac.compare_digest(given.strip().encode("utf-8"), expected.encode("utf-8")):
        raise HTTPException(status_code=403, detail="wrong token")


class Ingester:
    def __init__(self, store: Store, max_bytes: int = 10_000_000) -> None:
        self.store = store
        self.max_bytes = max_bytes
        self._pipeline: Pipeline | None = None
        self._lock = threading.Lock()

    def add(self, new: NewDocument) -> dict[str, Any]:
        if len(new.text.encode("utf-8")) > self.max_bytes:
            raise HTTPException(status_code=413, detail=f"text over {self.max_bytes} bytes")
        name = new.source_id or "<api>"
        published = parse_date(new.published) if new.published else None
        if new.published and published is None:
            raise HTTPException(status_code=422, detail=f"published {new.published!r} is no date")
        try:
            _, document = make_document(
                name,
                new.text,
                IngestOptions(),
                source_id=new.source_id,
                title=new.title,
                published=published,
                outlet=new.outlet,
                url=new.url,
            )
        except DocumentError as exc:
            raise HTTPException(status_code=422, detail=exc.message) from exc
        with self._lock:
            if self._pipeline is None:
                self._pipeline = Pipeline()
            (result,) = list(self._pipeline.process([(name, document)]))
            if not isinstance(result, Extraction):
                self.store.add_failure(result)
                raise HTTPException(status_code=422, detail=result.line())
            added = self.store.add(result)
            if added:
                from sitrep import dedup

                dedup.update_clusters(self.store)
        return {
            "document_id": result.document.id,
            "added": added,
            "events": [e.id for e in result.events],
        }
