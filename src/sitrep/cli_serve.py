"""``sitrep serve``: the HTTP API and web page over a stored database.

Registered on the main ``sitrep`` app by :mod:`sitrep.cli`; needs ``sitrep[web]``.
"""

from __future__ import annotations

import os
from typing import Annotated

import typer
from rich.console import Console

from sitrep.cli_db import Db, open_store
from sitrep.errors import UsageError


def serve(
    db: Db = "sitrep.db",
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            envvar="SITREP_TOKEN",
            help="Accept POST /api/documents with 'Authorization: Bearer TOKEN' "
            "(default: read-only). Prefer $SITREP_TOKEN: options show in process lists.",
            show_default=False,
        ),
    ] = None,
) -> int:
    """Serve the map, timeline and evidence page and the JSON API (read-only by default)."""
    try:
        import uvicorn

        from sitrep.api import create_app
    except ModuleNotFoundError as exc:
        raise UsageError(
            f"sitrep serve needs {exc.name!r}; install the web extra: pip install 'sitrep[web]'"
        ) from exc
    if not 0 < port < 65536:
        raise UsageError(f"--port must be 1..65535, not {port}")
    # Fail with the usual one-line message before the server starts.
    open_store(db).close()
    app = create_app(db, token=token or None)
    mode = "read-write with a token" if token else "read-only"
    Console(stderr=True).print(
        f"sitrep: serving {db} ({mode}) on http://{host}:{port}/", markup=False, soft_wrap=True
    )
    uvicorn.run(app, host=host, port=port, log_level=os.environ.get("SITREP_LOG", "warning"))
    return 0


def register(app: typer.Typer) -> None:
    app.command()(serve)


if __name__ == "__main__":  # ``python -m sitrep.cli_serve --db FILE``: serve alone
    _app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
    _app.command()(serve)
    _app()
