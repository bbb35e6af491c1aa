"""An app over a small store of articles written for these tests, and an in-process client.

The store is built once per session by the real coder from ``articles.jsonl`` (fictional
articles about Peru, Chile, Bolivia, Kenya and Ethiopia). Tests that write get their own copy.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import anyio.from_thread
import httpx
import pytest

from dyads.api import create_app
from dyads.ingest.readers import read_inputs
from dyads.store import open_store

ARTICLES = Path(__file__).with_name("articles.jsonl")


class Client:
    """A synchronous face on ``httpx.AsyncClient`` over ``ASGITransport``: requests never leave the process."""

    def __init__(self, app: Any) -> None:
        self._stack = ExitStack()
        self._portal = self._stack.enter_context(anyio.from_thread.start_blocking_portal())
        self._client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://dyads.test")
        self.app = app

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        return self._portal.call(lambda: self._client.request(method, url, **kwargs))

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", url, **kwargs)

    def close(self) -> None:
        self._portal.call(self._client.aclose)
        self._stack.close()


def build_store(target: str, coder: Any) -> str:
    with open_store(target) as store:
        report = store.ingest(read_inputs([str(ARTICLES)]), coder, inputs=str(ARTICLES))
    assert report.documents_added == 6 and report.events_added > 0
    return target


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory, coder: Any) -> Path:
    """A DuckDB store with the test articles, built once."""
    return Path(build_store(str(tmp_path_factory.mktemp("api") / "corpus.duckdb"), coder))


@pytest.fixture(scope="session")
def client(corpus_db: Path, coder: Any) -> Iterator[Client]:
    """A client of a read-only app over the shared store."""
    app = create_app(str(corpus_db), read_only=True, api_key="", coder=coder)
    c = Client(app)
    yield c
    c.close()
    app.state.dyads.close()


@pytest.fixture(scope="session")
def pg_client(request: pytest.FixtureRequest, coder: Any) -> Iterator[Client]:
    """A client of a read-only app over the same articles in a PostgreSQL store."""
    server = request.getfixturevalue("postgres_server")
    name = server.create_database()
    app = create_app(build_store(server.url(name), coder), read_only=True, api_key="", coder=coder)
    c = Client(app)
    yield c
    c.close()
    app.state.dyads.close()
    server.drop_database(name)


@pytest.fixture
def make_client(corpus_db: Path, coder: Any, tmp_path: Path) -> Iterator[Any]:
    """Makes clients of writable apps, each over a fresh copy of the store."""
    made: list[tuple[Client, Any]] = []

    def make(**options: Any) -> Client:
        copy = tmp_path / f"copy{len(made)}.duckdb"
        shutil.copy(corpus_db, copy)
        app = create_app(str(copy), coder=coder, **{"api_key": "", **options})
        made.append((Client(app), app))
        return made[-1][0]

    yield make
    for c, app in made:
        c.close()
        app.state.dyads.close()


@pytest.fixture(name="json_error")
def json_error_fixture() -> Any:
    return json_error


def json_error(response: httpx.Response, status: int, *words: str) -> dict[str, Any]:
    """The response is a JSON error with this status whose message contains every word."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert body["status"] == status and body["error"]
    assert "Traceback" not in response.text
    for word in words:
        assert word in body["error"], body["error"]
    return body
