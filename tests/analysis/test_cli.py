"""The analysis commands, driven in-process: dyad, trend, network, actors top, plot."""

from __future__ import annotations

import json

import networkx as nx
import pytest
from click.testing import CliRunner

from dyads.cli import cli


@pytest.fixture
def run(relations):
    def invoke(*args: str):
        return CliRunner().invoke(cli, [*args, "--db", relations.db.target])

    relations.close()  # the commands open the store themselves
    return invoke


def test_dyad_prints_both_directions_and_evidence(run) -> None:
    result = run("dyad", "isr", "rus", "--since", "2018-09-01", "--until", "2018-09-30")
    assert result.exit_code == 0, result.output
    assert "ISR→RUS" in result.output and "RUS→ISR" in result.output
    assert "most reported events:" in result.output
    assert "Russia blamed Israel" in result.output and "(3 mentions, 3 sources)" in result.output


def test_dyad_json(run) -> None:
    data = json.loads(run("dyad", "ISR", "RUS", "--by", "week", "--json").output)
    assert {"series", "evidence"} == set(data)
    assert sum(r["events"] for r in data["series"]) == 62


def test_unknown_code_is_a_one_line_error(run) -> None:
    result = run("dyad", "ISR", "XYZ")
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "error: unknown actor code 'XYZ': use a PLOVER code such as ISR, RUS, USA or IGO"
    ]


def test_trend_names_the_month(run) -> None:
    result = run("trend", "ISR", "RUS")
    assert result.exit_code == 0, result.output
    assert "Israel–Russia relations worsened in 2018-09" in result.output


@pytest.mark.parametrize("fmt", ["json", "graphml", "table"])
def test_network_formats(run, tmp_path, fmt) -> None:
    out = tmp_path / f"net.{fmt}"
    result = run("network", "--format", fmt, "--min-events", "2", "--out", str(out))
    assert result.exit_code == 0, result.output
    if fmt == "json":
        data = json.loads(out.read_text())
        assert {"nodes", "edges", "blocs"} == set(data)
    elif fmt == "graphml":
        assert nx.read_graphml(out).has_edge("USA", "RUS")
    else:
        assert "USA" in out.read_text()


def test_actors_top(run) -> None:
    result = run("actors", "top", "--limit", "2", "--json")
    assert [r["code"] for r in json.loads(result.output)] == ["RUS", "ISR"]


def test_plots(run, tmp_path) -> None:
    assert run("plot", "dyad", "ISR", "RUS", "--out", str(tmp_path / "d.html")).exit_code == 0
    assert run("plot", "network", "--out", str(tmp_path / "n.png")).exit_code == 0
    assert (tmp_path / "n.png").read_bytes().startswith(b"\x89PNG")
    bad = run("plot", "dyad", "ISR", "RUS", "--out", str(tmp_path / "d.gif"))
    assert bad.exit_code == 1 and bad.output.startswith("error: --out")


def test_reading_a_missing_store_is_a_one_line_error(tmp_path) -> None:
    result = CliRunner().invoke(cli, ["dyad", "ISR", "RUS", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    assert result.output.startswith("error: no store at") and result.output.count("\n") == 1
