"""Query parameters shared by several endpoints."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import HTTPException, Query

from dyads.events.ontology import CATEGORIES

Code = Annotated[str | None, Query(max_length=16, description="PLOVER actor code, such as ISR or IGO")]
Since = Annotated[dt.date | None, Query(description="first date, inclusive (YYYY-MM-DD)")]
Until = Annotated[dt.date | None, Query(description="last date, inclusive (YYYY-MM-DD)")]
Cursor = Annotated[str | None, Query(max_length=200, description="`next_cursor` of the previous page")]


def categories(values: list[str]) -> list[str]:
    """PLOVER category names, upper-cased; 400 for an unknown one."""
    out = []
    for value in values:
        name = value.strip().upper()
        if name not in CATEGORIES:
            raise HTTPException(400, f"unknown category {value!r}: use one of {', '.join(CATEGORIES)}")
        out.append(name)
    return out


def code(value: str) -> str:
    """An actor code from a path, upper-cased; 400 if it cannot be one."""
    upper = value.strip().upper()
    if not upper.isalpha() or len(upper) > 16:
        raise HTTPException(400, f"invalid actor code {value!r}: use a PLOVER code such as ISR, RUS or IGO")
    return upper


def dates(since: dt.date | None, until: dt.date | None) -> None:
    if since and until and since > until:
        raise HTTPException(400, f"since ({since}) is after until ({until})")
