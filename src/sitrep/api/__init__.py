"""The HTTP API and web app: ``sitrep serve`` (FastAPI, needs ``sitrep[web]``).

    from sitrep.api import create_app
    app = create_app("sitrep.db")                  # read-only
    app = create_app("sitrep.db", token="s3cret")  # POST /api/documents with that token

FastAPI is imported only here and below, so the rest of sitrep never needs it.
"""

from __future__ import annotations

from sitrep.api.app import create_app

__all__ = ["create_app"]
