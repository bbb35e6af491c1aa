"""``GET /api/documents/{id}`` (an article with its events marked) and ``POST /api/documents`` (ingest)."""

from __future__ import annotations

import hmac
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Security
from fastapi.security import APIKeyHeader

from dyads.api import queries, schemas
from dyads.api.app import AppState, State, get_state
from dyads.ingest.document import Document

router = APIRouter(tags=["documents"])
api_key_header = APIKeyHeader(
    name="X-API-Key", auto_error=False, description="needed when the server has an API key (DYADS_API_KEY)"
)


def writable(
    state: Annotated[AppState, Depends(get_state)], key: Annotated[str | None, Security(api_key_header)] = None
) -> AppState:
    """The state, if this request may write: the right key (when one is set) and a writable store."""
    if state.api_key:
        if not key:
            raise HTTPException(
                401,
                "this endpoint needs an API key: send it in the X-API-Key header",
                headers={"WWW-Authenticate": "X-API-Key"},
            )
        if not hmac.compare_digest(key.encode(), state.api_key.encode()):
            raise HTTPException(403, "wrong API key")
    if state.read_only:
        raise HTTPException(403, "this server is read-only (dyads serve --read-only)")
    return state


@router.get(
    "/documents/{doc_id}",
    response_model=schemas.DocumentOut,
    summary="An article with its events",
    responses={404: {"model": schemas.Error}},
)
def get_document(state: State, doc_id: Annotated[str, Path(max_length=500)]) -> dict[str, Any]:
    """The article's text, its events in text order and the spans to mark (by content hash or source id)."""
    with state.reading() as store:
        document = store.document(doc_id)
        if document is None:
            raise HTTPException(404, f"no document {doc_id!r} in this store")
        records = queries.plovers(store, [e["id"] for e in document["events"]])
    events = [queries.event_json(e, records.get(e["id"])) for e in document.pop("events")]
    return {**document, "events": events, "marks": queries.document_marks(document["text"], events, records)}


@router.post(
    "/documents",
    response_model=schemas.IngestResult,
    summary="Code and store articles",
    responses={401: {"model": schemas.Error}, 403: {"model": schemas.Error}, 413: {"model": schemas.Error}},
)
def post_documents(state: Annotated[AppState, Depends(writable)], body: schemas.IngestRequest) -> dict[str, Any]:
    """Code one article (`{"text": ...}`) or several (`{"documents": [...]}`) and store their events.

    Articles already stored (same text) are skipped, so a post can be repeated safely.
    """
    items = body.articles()
    docs = [
        Document(text=d.text, id=d.id or "", title=d.title, date=d.date, url=d.url, source=d.source, origin="api")
        for d in items
    ]
    with state.reading() as store:
        before = store.known_documents(d.content_hash for d in docs)
        with state.coding() as coder:
            report = store.ingest(docs, coder, inputs="POST /api/documents")
        stored = {
            r["id"]: r
            for r in store.sql(
                f"SELECT id, source_id, n_events FROM documents WHERE id IN ({', '.join('?' for _ in docs)})",
                [d.content_hash for d in docs],
            )
        }
    return {
        "run_id": report.run_id,
        "documents_added": report.documents_added,
        "documents_skipped": report.documents_skipped,
        "events_added": report.events_added,
        "clusters_added": report.clusters_added,
        "documents": [
            {**stored[d.content_hash], "stored": d.content_hash not in before}
            for d in dict((d.content_hash, d) for d in docs).values()
        ],
    }
