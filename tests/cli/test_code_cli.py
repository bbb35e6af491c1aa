"""``dyads code`` end to end: inputs in, PLOVER JSONL out, bad inputs reported per line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dyads.cli import cli
from dyads.events.ontology import CATEGORIES

ARTICLE = """Ministers meet in Oslo

OSLO, March 4 - The foreign ministers of Norway and Chile met in Oslo on Monday and agreed to expand trade.
Chilean police later arrested three protesters outside the embassy, officials said.
"""


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def events_of(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_round_trip_jsonl(runner: CliRunner, tmp_path: Path) -> None:
    article = tmp_path / "oslo.txt"
    article.write_text(ARTICLE)
    out = tmp_path / "events.jsonl"
    result = runner.invoke(cli, ["code", str(article), "--out", str(out), "--date", "2019-03-05"])
    assert result.exit_code == 0, result.output
    events = events_of(out.read_text())
    assert events, result.output
    for e in events:
        start, end = e["text_info"]["start"], e["text_info"]["end"]
        assert ARTICLE[start:end] == e["text"]  # provenance: offsets point at the sentence
        assert e["evidence"]["trigger"]["text"] == e["event_text"]
        assert 0 < e["confidence"] <= 1 and e["event"][0] in CATEGORIES
    assert any(e["event"] == ["CONSULT"] for e in events)
    # Same input, same ids.
    again = runner.invoke(cli, ["code", str(article), "--date", "2019-03-05", "--format", "jsonl"])
    assert [e["id"] for e in events_of(again.output)] == [e["id"] for e in events]


def test_table_and_csv_formats(runner: CliRunner, tmp_path: Path) -> None:
    article = tmp_path / "oslo.txt"
    article.write_text(ARTICLE)
    table = runner.invoke(cli, ["code", str(article), "--format", "table"])
    assert "→" in table.output and "CONSULT" in table.output
    csv_out = tmp_path / "events.csv"
    runner.invoke(cli, ["code", str(article), "--out", str(csv_out)])
    header = csv_out.read_text().splitlines()[0]
    assert header.startswith("id,doc_id,date,actor_codes")


def test_stdin_text(runner: CliRunner) -> None:
    result = runner.invoke(
        cli,
        ["code", "-", "--format", "jsonl", "--date", "2020-02-02"],
        input="Kenya and Uganda held talks in Nairobi on Saturday.",
    )
    assert result.exit_code == 0
    assert events_of(result.output)[0]["date"] == "2020-02-01"


def test_bad_inputs_are_one_line_each_and_the_rest_is_coded(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE)
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\xff")
    docs = tmp_path / "docs.jsonl"
    docs.write_text('{"id": "a", "text": "Peru recalled its ambassador from Mexico."}\n{broken\n{"id": "c"}\n')
    result = runner.invoke(cli, ["code", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 0
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 4
    assert any(f"{docs}:2: invalid JSON" in e for e in errors)
    assert any(f"{docs}:3: missing field 'text'" in e for e in errors)
    assert "Traceback" not in result.output
    assert {e["doc_id"] for e in events_of(result.output)} >= {"a"}


def test_nothing_usable_is_a_failure(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    result = runner.invoke(cli, ["code", str(tmp_path / "empty.txt")])
    assert result.exit_code == 1
    assert "empty document" in result.output


def test_unknown_model_is_a_clean_error(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = runner.invoke(cli, ["code", str(tmp_path / "a.txt"), "--model", str(tmp_path / "nope")])
    assert result.exit_code == 1
    assert result.output.startswith("error:") and "Traceback" not in result.output


def test_bad_date_option_is_a_one_line_error(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = runner.invoke(cli, ["code", str(tmp_path / "a.txt"), "--date", "yesterday"])
    assert result.exit_code == 1
    assert result.output.startswith("error: --date:") and "Traceback" not in result.output
