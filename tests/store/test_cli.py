"""``dyads ingest``, ``export`` and ``runs``, driven in-process."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from dyads.cli import cli
from dyads.store import open_store


@pytest.fixture
def run(monkeypatch, coder):
    monkeypatch.setattr("dyads.cli.store.make_coder", lambda **_: coder)  # reuse the loaded coder

    def invoke(*args: str):
        return CliRunner().invoke(cli, list(args))

    return invoke


def article(folder, name: str, text: str):
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_ingest_then_ask_and_export(run, store_url, tmp_path) -> None:
    news = article(
        tmp_path / "news",
        "a.txt",
        "Talks in Lima\n\nPeru and Chile held talks in Lima on Monday about fishing rights. "
        "Chilean officials accused Peru of delaying the agreement.\n",
    )
    result = run("ingest", str(news), "--db", store_url, "--date", "2021-06-07")
    assert result.exit_code == 0, result.output
    assert "run 1: 1 documents read, 1 new" in result.output

    again = run("ingest", str(news), "--db", store_url, "--date", "2021-06-07")
    assert "0 new (1 already stored)" in again.output and again.exit_code == 0

    out = tmp_path / "events.csv"
    exported = run("export", "--db", store_url, "--out", str(out), "--either", "PER")
    assert exported.exit_code == 0, exported.output
    assert out.read_text().count("\n") >= 2

    runs = json.loads(run("runs", "--db", store_url, "--json").output)
    assert [r["status"] for r in runs] == ["done", "done"]


def test_errors_are_listed_one_line_each_and_the_run_goes_on(run, tmp_path) -> None:
    news = article(tmp_path / "news", "good.txt", "Oslo visit\n\nNorway hosted the Kenyan president in Oslo.\n")
    (news / "bad.jsonl").write_text('{"text": "Ghana and Togo agreed to reopen the border."}\n{oops\n')
    (news / "empty.txt").write_text("   ")
    db = str(tmp_path / "events.duckdb")
    result = run("ingest", str(news), "--db", db)
    assert result.exit_code == 0
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: {news / 'bad.jsonl'}:2: invalid JSON: Expecting property name enclosed in double quotes (column 2)",
        f"error: {news / 'empty.txt'}: empty document",
    ]
    with open_store(db) as store:
        assert store.counts()["documents"] == 2
    listed = run("runs", "--db", db, "--errors", "1")
    assert listed.output.splitlines()[0].endswith(
        "bad.jsonl:2: invalid JSON: Expecting property name enclosed in double quotes (column 2)"
    )


def test_nothing_usable_exits_non_zero(run, tmp_path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    result = run("ingest", str(empty), "--db", str(tmp_path / "events.duckdb"))
    assert result.exit_code == 1
    assert "empty file" in result.output


def test_a_malformed_date_is_a_one_line_error(run, tmp_path) -> None:
    result = run("ingest", str(tmp_path), "--date", "June 2018", "--db", str(tmp_path / "events.duckdb"))
    assert result.exit_code == 1
    assert result.output == "error: --date: date 'June 2018' is not YYYY-MM-DD\n"
    assert not (tmp_path / "events.duckdb").exists()


def test_ingest_needs_input(run, tmp_path) -> None:
    result = run("ingest", "--db", str(tmp_path / "events.duckdb"))
    assert result.exit_code == 2 and "give INPUT files or folders, or --sample" in result.output


def test_missing_sample_corpus_is_a_one_line_error(run, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr("dyads.data.data_path", lambda *parts: tmp_path / "nowhere" / "/".join(parts))
    result = run("ingest", "--sample", "--db", str(tmp_path / "events.duckdb"))
    assert result.exit_code == 1
    assert result.output.startswith("error: the sample corpus is not installed")


def test_sample_corpus_ingests(run, tmp_path) -> None:
    from dyads.data import data_path

    if not list(data_path("samples").glob("*.jsonl")):
        pytest.skip("the sample corpus is not written yet")
    db = str(tmp_path / "events.duckdb")
    result = run("ingest", "--sample", "--db", db)
    assert result.exit_code == 0, result.output
    with open_store(db) as store:
        assert store.counts()["events"] > 0
