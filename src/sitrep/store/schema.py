"""The store's tables (SQLAlchemy 2 Core), portable across SQLite and PostgreSQL.

Events are stored twice on purpose: flattened into typed columns that queries
filter and index on, and whole as JSON (``events.data``) so that what was added
comes back unchanged (the JSON contract may gain keys without a migration).

Full-text search is not declared here: it is backend-specific (an FTS5 virtual
table on SQLite, a tsvector column on PostgreSQL) and created by
:mod:`sitrep.store.migrations`.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Double,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB

#: Version of the schema this code writes; :mod:`migrations` upgrades older files.
SCHEMA_VERSION = 6

# JSONB on PostgreSQL (indexable, compact); JSON text elsewhere.
Json = JSON().with_variant(JSONB(), "postgresql")

metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, nullable=False),
)

documents = Table(
    "documents",
    metadata,
    # Content hash (Document.content_id), so the same text is the same document.
    Column("id", String(64), primary_key=True),
    Column("source_id", Text),
    Column("title", Text),
    Column("published", String(10), index=True),
    # Document.dateline: the text's own stamp where it disagrees with ``published``
    # (schema version 5); relative dates of a re-run resolve against it.
    Column("dateline", String(10)),
    Column("outlet", Text),
    Column("url", Text),
    Column("text", Text, nullable=False),
    Column("location_name", Text),
    Column("location_lat", Double),
    Column("location_lon", Double),
    Column("location_country_code", String(8)),
    Column("location_admin1", Text),
    # Document-level framing spans (list of Framing as JSON).
    Column("framing", Json, nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

_doc_fk = ForeignKey("documents.id", ondelete="CASCADE")

places = Table(
    "places",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(64), _doc_fk, nullable=False, index=True),
    # Order within Extraction.places, so the round trip keeps it.
    Column("position", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("geonameid", Integer, index=True),
    Column("name", Text, nullable=False),
    Column("lat", Double, nullable=False),
    Column("lon", Double, nullable=False),
    Column("country_code", String(8)),
    Column("admin1", Text),
    Column("feature", String(16), nullable=False),
    Column("how", Text),
)

actors = Table(
    "actors",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("actor_id", Text, nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("type", String(32), nullable=False),
    Column("country_code", String(8)),
)  # fmt: skip

events = Table(
    "events",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("position", Integer, nullable=False),
    # Upper-cased PLOVER type, so the type filter can use an index.
    Column("type", String(16), nullable=False),
    Column("mode", Text),
    Column("modality", String(16), nullable=False),
    Column("trigger_text", Text, nullable=False),
    Column("trigger_start", Integer, nullable=False),
    Column("trigger_end", Integer, nullable=False),
    Column("sentence_start", Integer, nullable=False),
    Column("sentence_end", Integer, nullable=False),
    # Denormalised from documents.text: full-text search and display need it
    # without slicing the whole article per row.
    Column("sentence_text", Text, nullable=False),
    Column("source_actor_id", Text),
    Column("source_actor_name", Text),
    Column("source_actor_text", Text),
    Column("target_actor_id", Text),
    Column("target_actor_name", Text),
    Column("target_actor_text", Text),
    Column("location_name", Text),
    Column("location_lat", Double),
    Column("location_lon", Double),
    Column("location_country_code", String(8)),
    Column("location_admin1", Text),
    Column("location_precision", String(16)),
    Column("location_geonameid", Integer),
    Column("date_value", String(10)),
    Column("date_precision", String(8)),
    Column("date_text", Text),
    Column("date_end", String(10)),
    Column("quantities", Json, nullable=False),
    Column("framing", Json, nullable=False),
    # Event.mentions: the other mentions merged into the event (schema version 6;
    # rows of older files hold the default, an empty list).
    Column("mentions", Json, nullable=False, server_default=text("'[]'")),
    Column("hedged", Boolean, nullable=False),
    Column("anonymous", Boolean, nullable=False),
    # The whole Event as JSON: the source of truth for reading events back.
    Column("data", Json, nullable=False),
    Index("ix_events_type_date", "type", "date_value"),
    Index("ix_events_date", "date_value"),
    # Radius queries prefilter on a lat/lon bounding box.
    Index("ix_events_lat_lon", "location_lat", "location_lon"),
)  # fmt: skip

# Case-insensitive filters (outlet, actor id) compare lower(column): index that.
Index("ix_documents_outlet_lower", func.lower(documents.c.outlet))
Index("ix_events_source_actor_lower", func.lower(events.c.source_actor_id))
Index("ix_events_target_actor_lower", func.lower(events.c.target_actor_id))

attributions = Table(
    "attributions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String(64), ForeignKey("events.id", ondelete="CASCADE"),
           nullable=False, index=True),
    # 0 = the source the outlet cites, 1 = whom that source cites, ...
    Column("position", Integer, nullable=False),
    Column("source", Text, nullable=False),
    Column("cue", Text, nullable=False),
    Column("stance", String(16), nullable=False),
    Column("outlet", Text),
    Column("anonymous", Boolean, nullable=False),
)  # fmt: skip

failures = Table(
    "failures",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    # sha256 of (document, stage, message): a unique key that stays short even
    # when messages are long (PostgreSQL btree entries are size-limited).
    Column("key", String(64), nullable=False, unique=True),
    Column("document", Text, nullable=False),
    Column("stage", String(32), nullable=False),
    Column("message", Text, nullable=False),
    Column("document_id", String(64), index=True),
    Column("at", DateTime(timezone=True), nullable=False),
)

# Cross-report clusters (sitrep.dedup): every clustered event names its cluster;
# a cluster's id is the id of the event that started it, so ids are stable as
# reports join. Events not yet clustered have no row (dedup catches them up).
event_clusters = Table(
    "event_clusters",
    metadata,
    Column("event_id", String(64), ForeignKey("events.id", ondelete="CASCADE"),
           primary_key=True),
    Column("cluster_id", String(64), nullable=False, index=True),
)  # fmt: skip

#: Tables whose rows :meth:`Store.counts` reports, in that order.
COUNTED = ("documents", "places", "actors", "events", "attributions", "failures")
