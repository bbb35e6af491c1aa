"""The dashboard: one HTML page and plain JavaScript/SVG, served by the API app, working offline.

Every view has its own URL (``/network``, ``/dyads/ISR/RUS``, ``/events?actor=ISR``, ...) so a
view and its filters can be shared; the server answers each with the same page and the
script draws the view from the URL. No CDN: every asset is under ``static/``.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from dyads import __version__

STATIC = Path(str(files("dyads.web") / "static"))
TEMPLATE = Path(str(files("dyads.web") / "templates" / "index.html"))
PAGES = (
    "/",
    "/network",
    "/dyads/{a}/{b}",
    "/events",
    "/events/{event_id}",
    "/actors",
    "/actors/{code}",
    "/documents/{doc_id}",
    "/try",
)


@lru_cache(maxsize=1)
def index_html() -> str:
    """The page every view starts from; asset URLs carry the version so upgrades are not cached."""
    return TEMPLATE.read_text(encoding="utf-8").replace("{{version}}", __version__)


def page() -> HTMLResponse:
    return HTMLResponse(index_html(), headers={"Cache-Control": "no-cache"})


def mount(app: FastAPI) -> None:
    """Serve the dashboard pages and /static on an app."""
    router = APIRouter(include_in_schema=False)
    for path in PAGES:
        router.add_api_route(path, page, methods=["GET"], response_class=HTMLResponse)
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
