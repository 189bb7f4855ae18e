"""The FastAPI application: JSON API under ``/api``, the web page at ``/``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request, Response
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles

from sitrep import __version__
from sitrep.api.evidence import document_json, evidence
from sitrep.api.ingest import Ingester, NewDocument, check_token
from sitrep.api.params import DEFAULT_LIMIT, MAX_LIMIT, MAX_OFFSET, Filters, filters
from sitrep.api.stats import stats
from sitrep.errors import StoreError, UsageError
from sitrep.model import DAILY_PRECISIONS
from sitrep.store import Store
from sitrep.store.query import STANCES

#: The page loads only its own files and talks only to its own origin. Leaflet
#: positions map panes with inline styles, hence 'unsafe-inline' for styles
#: (scripts stay 'self' only: no inline script can run even if text slipped
#: into the page as markup).
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; "
    "base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)


FilterDep = Annotated[Filters, Depends(filters)]


def web_root() -> Path:
    """The built page (index.html, app.js, app.css, base map) inside the package."""
    return Path(str(resources.files("sitrep") / "web"))


def create_app(db: str, token: str | None = None) -> FastAPI:
    """The app over the store at ``db``; POST /api/documents only when ``token`` is set."""
    store = Store.open(db, create=False)
    ingester = Ingester(store)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(
        title="sitrep",
        version=__version__,
        description="Geocoded, dated, source-attributed events extracted from conflict news.",
        lifespan=lifespan,
        docs_url="/api/docs",
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.store = store

    @app.exception_handler(UsageError)
    async def _usage(_request: Request, exc: UsageError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)

    @app.exception_handler(StoreError)
    async def _store(_request: Request, exc: StoreError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=503)

    @app.middleware("http")
    async def _headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    @app.get("/api/events", tags=["events"])
    def list_events(
        request: Request,
        flt: FilterDep,
        limit: Annotated[int, Query(ge=0, le=MAX_LIMIT)] = DEFAULT_LIMIT,
        offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
        format: Annotated[str, Query(pattern="^(json|geojson)$")] = "json",
    ) -> Any:
        """Events matching the filters, oldest first, one page (``next_offset`` for more)."""
        from sitrep import output

        # One row more than asked says whether another page follows, without a count.
        found = store.events(flt.event_filter(limit=limit + 1, offset=offset))
        more = len(found) > limit
        rows = [e.to_dict() for e in found[:limit]]
        page = {"offset": offset, "limit": limit, "next_offset": offset + limit if more else None}
        if format == "geojson":
            return {**output.geojson(rows), **page}
        return {**page, "count": len(rows), "events": rows}

    @app.get("/api/events/{event_id}", tags=["events"])
    def get_event(event_id: str) -> Any:
        """One event with its evidence: document, sentence, spans, attribution, cluster."""
        found = store.events_by_id([event_id])
        if not found:
            raise HTTPException(status_code=404, detail=f"no event {event_id}")
        extraction = store.extraction(found[0].document_id)
        if extraction is None:
            raise HTTPException(status_code=404, detail=f"no document for event {event_id}")
        event = next((e for e in extraction.events if e.id == event_id), None)
        if event is None:
            raise HTTPException(status_code=404, detail=f"no event {event_id}")
        return evidence(extraction, event, _cluster(store, event_id))

    @app.get("/api/documents/{document_id}", tags=["documents"])
    def get_document(document_id: str) -> Any:
        """A stored document with its places, actors, events and framing."""
        extraction = store.extraction(document_id)
        if extraction is None:
            raise HTTPException(status_code=404, detail=f"no document {document_id}")
        return document_json(extraction)

    @app.post("/api/documents", tags=["documents"], status_code=201)
    def post_document(
        new: NewDocument,
        authorization: Annotated[str | None, Header()] = None,
    ) -> Any:
        """Ingest one text (needs the server's token: ``Authorization: Bearer TOKEN``)."""
        check_token(token, authorization)
        return ingester.add(new)

    @app.get("/api/stats", tags=["stats"])
    def get_stats(flt: FilterDep) -> Any:
        """Event counts by type, day, admin1 (CC/name) and outlet, under the filters."""
        return stats(store, flt.event_filter())

    @app.get("/api/search", tags=["events"])
    def search(
        q: Annotated[str, Query(min_length=1, description="Words (full text).")],
        limit: Annotated[int, Query(ge=0, le=MAX_LIMIT)] = DEFAULT_LIMIT,
        offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
    ) -> Any:
        """Events whose sentence or document title holds the words."""
        found = store.events(Filters(text=q).event_filter(limit=limit + 1, offset=offset))
        more = len(found) > limit
        return {
            "q": q,
            "offset": offset,
            "limit": limit,
            "next_offset": offset + limit if more else None,
            "events": [e.to_dict() for e in found[:limit]],
        }

    @app.get("/api/meta", tags=["stats"])
    def meta() -> Any:
        """What the page needs to build its controls: counts, outlets, types, stances."""
        return {
            "counts": store.counts(),
            "writable": token is not None,
            "stances": list(STANCES),
            # The date precisions counted as days (the page's timeline, the report's).
            "daily_precisions": sorted(DAILY_PRECISIONS),
            **{k: v for k, v in stats(store, Filters().event_filter()).items() if k != "by_day"},
        }

    app.mount("/", StaticFiles(directory=web_root(), html=True), name="web")
    return app


def _cluster(store: Store, event_id: str) -> dict[str, Any] | None:
    """The other reports of the same event (sitrep.dedup clusters), when clustered."""
    cluster_id = store.cluster_ids([event_id]).get(event_id)
    if cluster_id is None:
        return None
    members = store.cluster_members([cluster_id]).get(cluster_id, [])
    reports = [
        {
            "event_id": e.id,
            "document_id": e.document_id,
            "outlet": e.outlet,
            "published": e.published,
            "title": e.title,
        }
        for e in store.events_by_id(members)
    ]
    return {"id": cluster_id, "reports": reports}
