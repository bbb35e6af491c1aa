"""Training an event model from labelled JSONL, reproducibly."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from dyads.cli import cli
from dyads.coder import Coder
from dyads.events.model import EventModel

# A user's own domain: maritime incidents, labelled in the PLV shape and in dyads' own shape.
PLV_LINES = [
    {
        "text": "The coast guard of Norway boarded a Russian trawler near Svalbard.",
        "event": "COERCE",
        "source": "coast guard of Norway",
        "target": "Russian trawler",
    },
    {
        "text": "Greek patrol boats fired warning shots at a Turkish vessel.",
        "event": "ASSAULT",
        "source": "Greek patrol boats",
        "target": "Turkish vessel",
    },
    {
        "text": "Japan protested to China over ships entering its waters.",
        "event": "ACCUSE",
        "source": "Japan",
        "target": "China",
    },
    {
        "text": "Vietnam and the Philippines agreed to hold joint naval patrols.",
        "event": "AGREE",
        "source": "Vietnam",
        "target": "Philippines",
    },
    {
        "text": "Indonesia released eleven Malaysian fishermen detained last month.",
        "event": "YIELD",
        "source": "Indonesia",
        "target": "Malaysian fishermen",
    },
    {
        "text": "Chile and Argentina held talks on fishing rights in the Beagle Channel.",
        "event": "CONSULT",
        "source": "Chile",
        "target": "Argentina",
    },
] * 3
OWN_LINES = [
    {
        "id": "m1",
        "text": "Estonia seized a tanker suspected of carrying Russian oil.",
        "events": [{"event": "COERCE", "cameo": "1711", "trigger": "seized", "actor": ["Estonia"]}],
    },
    {"id": "m2", "text": "The harbour was quiet on Sunday.", "events": []},
]


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("train")
    plv = folder / "maritime.jsonl"
    plv.write_text("".join(json.dumps(line) + "\n" for line in PLV_LINES))
    own = folder / "own.jsonl"
    own.write_text("".join(json.dumps(line) + "\n" for line in OWN_LINES))
    return plv, own


def test_train_saves_a_model_that_codes(data, tmp_path: Path) -> None:
    plv, own = data
    out = tmp_path / "maritime-model"
    result = CliRunner().invoke(cli, ["train", str(plv), str(own), "--out", str(out)])
    assert result.exit_code == 0, result.output
    model = EventModel.load(out)
    assert {"COERCE", "ASSAULT", "YIELD", "NONE"} <= set(model.labels)
    assert model.meta["sentences"] == len(PLV_LINES) + len(OWN_LINES)
    coder = Coder(model=out)
    events = coder.code_text("Greek patrol boats fired warning shots at a Turkish trawler.")
    assert events and events[0].category == "ASSAULT"
    # PLV's YIELD becomes a PLOVER category, decided by the lexicon.
    freed = coder.code_text("Indonesia released twelve Malaysian fishermen on Friday.")
    assert freed and freed[0].category in {"RETREAT", "CONCEDE"}


def test_training_is_reproducible(data, tmp_path: Path) -> None:
    plv, _ = data
    for name in ("a", "b"):
        CliRunner().invoke(cli, ["train", str(plv), "--out", str(tmp_path / name)])
    a, b = EventModel.load(tmp_path / "a"), EventModel.load(tmp_path / "b")
    assert a.labels == b.labels
    assert np.array_equal(a.classifier.coef_, b.classifier.coef_)


def test_cross_validation_reports_accuracy(data) -> None:
    plv, _ = data
    result = CliRunner().invoke(cli, ["train", str(plv), "--cv", "3"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output.strip().splitlines()[-1])
    assert report["folds"] == 3 and report["sentences"] == len(PLV_LINES)
    assert 0 <= report["accuracy"] <= 1 and len(report["per_fold"]) == 3


def test_bad_training_line_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "Fine.", "event": "ASSAULT"}\n{"text": "x", "event": "DANCE"}\n')
    result = CliRunner().invoke(cli, ["train", str(bad), "--out", str(tmp_path / "m")])
    assert result.exit_code == 1
    assert f"{bad}:2:" in result.output and "DANCE" in result.output
