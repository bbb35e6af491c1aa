"""The dashboard in Debian's headless chromium, driven by Playwright, against a live server.

The server is uvicorn on a free loopback port in a background thread, over a store built
from the API tests' articles. Screenshots go to test-artifacts/ (git-ignored).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTICLES = Path(__file__).parents[1] / "api" / "articles.jsonl"
ARTIFACTS = Path(__file__).parents[2] / "test-artifacts"


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory, coder: Any) -> Path:
    from dyads.ingest.readers import read_inputs
    from dyads.store import open_store

    path = tmp_path_factory.mktemp("web") / "corpus.duckdb"
    with open_store(str(path)) as store:
        store.ingest(read_inputs([str(ARTICLES)]), coder)
    return path


@pytest.fixture(scope="session")
def server(web_db: Path, coder: Any) -> Iterator[str]:
    """The base URL of the app served by uvicorn in a background thread."""
    import uvicorn

    from dyads.api import create_app

    app = create_app(str(web_db), read_only=True, api_key="", coder=coder)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)
    app.state.dyads.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("browser tests need Debian's chromium at /usr/bin/chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Page:
    """A browser tab on the server that records console errors and any request that leaves it."""

    def __init__(self, browser: Any, base: str) -> None:
        self.base = base
        self.context = browser.new_context(viewport={"width": 1360, "height": 900})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.context.route("**/*", self._only_loopback)

    def _only_loopback(self, route: Any) -> None:
        if urlparse(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            self.outside.append(route.request.url)
            route.abort()

    def open(self, path: str) -> Any:
        self.page.goto(self.base + path)
        return self.page

    def screenshot(self, name: str, full_page: bool = False) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=full_page)
        return path


@pytest.fixture
def tab(browser: Any, server: str) -> Iterator[Page]:
    page = Page(browser, server)
    yield page
    page.context.close()
    assert page.errors == [], page.errors
    assert page.outside == [], f"the dashboard must work offline; it asked for {page.outside}"
