"""Every error sitrep raises on purpose, in one tree.

    SitrepError                      base; never raised itself
    ├── UsageError                   bad command-line use or configuration (exit code 1)
    │   └── ConfigError              a config file or value that cannot be used
    ├── ResourceError                a model, gazetteer or lexicon file is missing or broken
    ├── StoreError                   the database cannot be opened or written
    └── DocumentError                one document failed; the batch goes on (exit code 2)
        ├── IngestError              stage "ingest": unreadable, empty, binary, too large ...
        └── StageError               stage "nlp", "geo", "actors", "events", "time",
                                     "attribution" or "store" raised while processing it

A ``DocumentError`` carries the document's name (a path, ``path:row 12``,
``<stdin>``) and the stage, so the CLI prints one line such as
``reports/bad.txt: ingest failed: file is binary (NUL bytes); convert it to text``
and records it in the store's ``failures`` table. Messages say what to do.
"""

from __future__ import annotations


class SitrepError(Exception):
    """Base of sitrep's own errors."""


class UsageError(SitrepError):
    """The command line or the configuration asks for something impossible."""


class ConfigError(UsageError):
    """A configuration file or value cannot be used."""


class ResourceError(SitrepError):
    """A bundled resource (spaCy pipeline, gazetteer, lexicon) is missing or broken."""


class StoreError(SitrepError):
    """The database cannot be opened, migrated or written."""


class DocumentError(SitrepError):
    """One document failed at one stage; the rest of the batch goes on."""

    stage = "document"

    def __init__(self, document: str, message: str, *, stage: str | None = None) -> None:
        self.document = document
        self.message = message
        if stage is not None:
            self.stage = stage
        super().__init__(f"{document}: {self.stage} failed: {message}")


class IngestError(DocumentError):
    """A file, row or feed entry could not be turned into a document."""

    stage = "ingest"


class StageError(DocumentError):
    """A pipeline stage raised while processing a document."""
