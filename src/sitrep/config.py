"""Configuration: the commented defaults in ``data/default_config.toml`` plus a user file."""

from __future__ import annotations

import os
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from sitrep.errors import ConfigError

Config = dict[str, dict[str, Any]]


def _merge(base: Config, override: dict[str, Any], origin: str) -> Config:
    merged: Config = {section: dict(values) for section, values in base.items()}
    for section, values in override.items():
        if section not in merged or not isinstance(values, dict):
            raise ConfigError(f"{origin}: unknown section [{section}]; known: {sorted(merged)}")
        for key, value in values.items():
            if key not in merged[section]:
                raise ConfigError(f"{origin}: unknown key {section}.{key}")
            merged[section][key] = value
    return merged


def load_config(path: str | os.PathLike[str] | None = None) -> Config:
    """The defaults, overridden by ``path`` or ``$SITREP_CONFIG`` when given."""
    text = resources.files("sitrep").joinpath("data/default_config.toml").read_text("utf-8")
    config: Config = tomllib.loads(text)
    user = path if path is not None else os.environ.get("SITREP_CONFIG")
    if user:
        user_path = Path(user)
        try:
            override = tomllib.loads(user_path.read_text("utf-8"))
        except FileNotFoundError as exc:
            raise ConfigError(f"config file {user_path} does not exist") from exc
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"config file {user_path} is not valid TOML: {exc}") from exc
        config = _merge(config, override, str(user_path))
    return config


def cache_dir() -> Path:
    """Where built indexes are cached (``$SITREP_CACHE``, else the XDG cache dir)."""
    explicit = os.environ.get("SITREP_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sitrep"
