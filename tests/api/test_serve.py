"""``dyads serve``: prints the URL and serves the app; user mistakes are one-line errors."""

from __future__ import annotations

import socket

import pytest
from click.testing import CliRunner

from dyads.cli import cli


@pytest.fixture
def served(monkeypatch) -> list[dict]:
    """Calls of uvicorn.run, recorded instead of serving."""
    calls: list[dict] = []
    monkeypatch.setattr("uvicorn.run", lambda app, **kw: calls.append({"app": app, **kw}))
    return calls


def test_serve_prints_the_url(corpus_db, served) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", str(corpus_db), "--port", "0", "--read-only"])
    assert result.exit_code == 0, result.output
    assert f"serving {corpus_db} at http://127.0.0.1:0/" in result.output
    (call,) = served
    assert (call["host"], call["port"]) == ("127.0.0.1", 0)
    assert call["app"].state.dyads.read_only is True


def test_serve_reports_a_busy_port(corpus_db, served) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "--db", str(corpus_db), "--port", str(port), "--read-only"])
    assert result.exit_code == 1 and f"error: port {port} on 127.0.0.1 is in use" in result.output
    assert "Traceback" not in result.output and served == []


def test_serve_reports_a_missing_store(tmp_path, served) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "nowhere.duckdb"), "--read-only"])
    assert result.exit_code == 1 and "error: no store at" in result.output and served == []


def test_serve_help() -> None:
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port", "--read-only"):
        assert option in result.output
