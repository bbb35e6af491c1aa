"""PLOVER categories and CAMEO codes: the fixed vocabulary of events.

Loaded once from ``data/ontology``. ``cameo_info("0312")`` gives the CAMEO name,
Goldstein score and PLOVER category/mode/context of a code; ``PLOVER`` holds quad
classes and PLOVER scores (``event_scale``).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

import yaml

from dyads.data import data_path

CATEGORIES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
AUXILIARY = ("negation", "future", "hypothetical", "historical")
# Future cooperative acts are intents to cooperate (PLOVER 3.1), and so are announced
# concessions and retreats: CAMEO 035x "express intent to yield" maps to AGREE, as both
# labelled sets of ../shared/gold code them (the PLOVER 2.0 draft suggests CONCEDE).
FUTURE_TO = {
    "CONSULT": "AGREE",
    "SUPPORT": "AGREE",
    "COOPERATE": "AGREE",
    "AID": "AGREE",
    "RETREAT": "AGREE",
    "CONCEDE": "AGREE",
}
# "will not release", "will not meet": a refusal (CAMEO 12x "decline to ...").
REFUSED = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"}


def apply_auxiliary(label: str, future: bool, negation: bool) -> str:
    """The single PLOVER category for a category plus auxiliary modes (PLOVER 2.3)."""
    if future and negation and label in REFUSED:
        return "REJECT"
    if future and label in FUTURE_TO:
        return FUTURE_TO[label]
    return label


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    event: str | None
    mode: str | None
    contexts: tuple[str, ...]


@dataclass(frozen=True)
class Category:
    name: str
    quad: int
    score: float
    recipient: bool
    modes: dict[str, float]
    local: bool = False  # done where it happens: a countryless actor takes the place's country

    def scale(self, modes: list[str] | tuple[str, ...] = ()) -> float:
        """PLOVER conflict-cooperation score: the most extreme score of the given modes."""
        scores = [self.modes[m] for m in modes if m in self.modes]
        return max(scores, key=abs) if scores else self.score


@lru_cache(maxsize=1)
def cameo_codes() -> dict[str, CameoCode]:
    """All CAMEO codes (3 and 4 digits) by code."""
    out: dict[str, CameoCode] = {}
    with open(data_path("ontology", "cameo.csv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            out[row["cameo"]] = CameoCode(
                code=row["cameo"],
                name=row["name"],
                goldstein=float(row["goldstein"]),
                event=row["plover_event"] or None,
                mode=row["plover_mode"] or None,
                contexts=tuple(c for c in row["plover_context"].split(";") if c),
            )
    return out


@lru_cache(maxsize=1)
def _plover() -> dict:
    with open(data_path("ontology", "plover.yaml"), encoding="utf-8") as f:
        return yaml.safe_load(f)


@lru_cache(maxsize=1)
def categories() -> dict[str, Category]:
    """PLOVER categories by name."""
    return {
        name: Category(
            name,
            c["quad"],
            float(c["score"]),
            c["recipient"],
            {m: float(s) for m, s in c["modes"].items()},
            bool(c.get("local", False)),
        )
        for name, c in _plover()["categories"].items()
    }


def quad_name(quad: int) -> str:
    return str(_plover()["quad_names"][quad])


def modes_of(category: str) -> set[str]:
    return set(categories()[category].modes)


def cameo_info(code: str | None) -> CameoCode | None:
    """The CAMEO entry for a code, falling back from 4 to 3 digits."""
    if not code:
        return None
    table = cameo_codes()
    return table.get(code) or table.get(code[:3])


def root_code(category: str) -> str:
    """A representative CAMEO code for a PLOVER category (used when only the category is known)."""
    return ROOT_CODES[category]


ROOT_CODES = {
    "AGREE": "030",
    "CONSULT": "040",
    "SUPPORT": "050",
    "COOPERATE": "060",
    "AID": "070",
    "CONCEDE": "080",
    "RETREAT": "084",
    "REQUEST": "100",
    "ACCUSE": "110",
    "REJECT": "120",
    "THREATEN": "130",
    "PROTEST": "140",
    "SANCTION": "160",
    "MOBILIZE": "150",
    "COERCE": "170",
    "ASSAULT": "190",
}
