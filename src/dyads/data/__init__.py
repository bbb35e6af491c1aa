"""Data files shipped with dyads (see docs/data.md). Only data lives here."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def data_path(*parts: str) -> Path:
    """Return the path of a shipped data file or folder."""
    return Path(str(resources.files("dyads.data").joinpath(*parts)))
