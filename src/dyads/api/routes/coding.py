"""``POST /api/code``: code pasted text and return its events, storing nothing."""

from __future__ import annotations

import time
from typing import Any

from fastapi import APIRouter

from dyads.api import queries, schemas
from dyads.api.app import State

router = APIRouter(tags=["coding"])


@router.post(
    "/code",
    response_model=schemas.CodeResult,
    summary="Code text without storing it",
    responses={413: {"model": schemas.Error}},
)
def code_text(state: State, body: schemas.CodeRequest) -> dict[str, Any]:
    """PLOVER events of the text, each with marks in its sentence, and every mark in the text."""
    with state.coding() as coder:
        start = time.perf_counter()  # the coder's first load is not the text's cost
        events = coder.code_text(body.text, date=body.date, title=body.title)
        seconds = time.perf_counter() - start
    records = [e.to_dict() for e in events]
    out = [{**r, "marks": queries.event_marks(r, r["text"], r["text_info"]["start"])} for r in records]
    return {
        "text": body.text,
        "events": out,
        "marks": queries.document_marks(body.text, records, {r["id"]: r for r in records}),
        "seconds": round(seconds, 3),
    }
