"""The bundled outlets registry (``data/outlets.json``): outlets' names, aliases and
factual metadata, and the descriptors of unnamed sources ("a monitor"). Read once
here for every stage that looks outlets up (geoparsing keeps their names out of the
places, attribution names sources by them, dedup counts independent outlets)."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any, cast

from sitrep.errors import ResourceError


@lru_cache(maxsize=1)
def outlet_registry() -> dict[str, Any]:
    """The registry as parsed JSON (``outlets`` and ``descriptors`` lists, both checked
    present); callers only read it."""
    try:
        text = resources.files("sitrep").joinpath("data/outlets.json").read_text("utf-8")
        data = json.loads(text)
    except (OSError, json.JSONDecodeError) as exc:
        raise ResourceError(
            f"outlet registry sitrep/data/outlets.json is missing or not valid JSON ({exc}); "
            "reinstall sitrep"
        ) from exc
    for key in ("outlets", "descriptors"):
        if not isinstance(data, dict) or not isinstance(data.get(key), list):
            raise ResourceError(f"outlet registry sitrep/data/outlets.json has no '{key}' list")
    return cast(dict[str, Any], data)
