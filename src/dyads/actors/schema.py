"""Schema of the actor knowledge base files (see docs/data.md).

Every file under ``src/dyads/data/actors/`` and every user file given with
``--actors`` is validated against these models on load; unknown keys are errors.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

# PLOVER country field: ISO 3166 alpha-3, Kosovo, and the non-state codes of table 5.1.
NON_STATE_CODES = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}
EXTRA_STATE_CODES = {"KOS"}
CODE_RE = re.compile(r"^[A-Z]{3}$")


OFFICES = {
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "defence_minister",
    "interior_minister",
    "finance_minister",
    "minister",
    "deputy_head_of_government",
    "vice_president",
    "speaker",
    "opposition_leader",
    "party_leader",
    "military_chief",
    "intelligence_chief",
    "central_bank_governor",
    "judge",
    "igo_head",
    "group_leader",
    "ambassador",
    "other",
}

Sector = Literal[
    "COP",
    "GOV",
    "JUD",
    "LEG",
    "MIL",
    "PRM",
    "PTY",
    "REB",
    "SPY",
    "UAF",
    "UNK",
    "AGR",
    "BUS",
    "CRM",
    "CVL",
    "EDU",
    "ELI",
    "JRN",
    "LAB",
    "MED",
    "REF",
    "OPP",
    "PRE",
    "REL",
    "SOC",
]
SECTORS = set(get_args(Sector))


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _check_code(code: str) -> str:
    if not CODE_RE.match(code):
        raise ValueError(f"code {code!r} is not a 3-letter upper-case code")
    return code


class Institution(Strict):
    """A named organ or seat of power that stands for a state ("the Kremlin", "IDF")."""

    name: str
    aliases: list[str] = Field(default_factory=list)
    sector: Sector | None = None


class Country(Strict):
    """A state or territory with the names news uses for it."""

    code: str
    iso2: str | None = None
    name: str
    official_name: str | None = None
    aliases: list[str] = Field(default_factory=list)
    adjectives: list[str] = Field(default_factory=list)
    demonyms: list[str] = Field(default_factory=list)
    capital: str | None = None
    capital_is_metonym: bool = True
    institutions: list[Institution] = Field(default_factory=list)
    region: str | None = None
    folded_into: str | None = None
    note: str | None = None

    _code = field_validator("code", "folded_into")(lambda v: v and _check_code(v))


class SectorTerm(Strict):
    """A word that names a sector ("troops", "police", "rebels", "prime minister")."""

    term: str
    sector: Sector
    office: str | None = None
    plural: bool = True
    standalone: bool = True
    note: str | None = None

    @field_validator("office")
    @classmethod
    def _office(cls, v: str | None) -> str | None:
        if v is not None and v not in OFFICES:
            raise ValueError(f"unknown office {v!r}")
        return v


class Organisation(Strict):
    """An international body or a non-state group."""

    id: str
    name: str
    aliases: list[str] = Field(default_factory=list)
    code: str
    sector: Sector | None = None
    country: str | None = None
    kind: Literal["igo", "armed_group", "party", "ngo", "media", "company", "agency", "movement", "other"]
    active: tuple[dt.date | None, dt.date | None] | None = None
    note: str | None = None

    _code = field_validator("code", "country")(lambda v: v and _check_code(v))


class Role(Strict):
    """One term in an office, or another dated role such as opposition leader."""

    office: str
    title: str | None = None
    sector: Sector = "GOV"
    country: str | None = None
    start: dt.date
    end: dt.date | None = None
    note: str | None = None

    @field_validator("office")
    @classmethod
    def _office(cls, v: str) -> str:
        if v not in OFFICES:
            raise ValueError(f"unknown office {v!r}")
        return v

    @model_validator(mode="after")
    def _dates(self) -> Role:
        if self.end is not None and self.end < self.start:
            raise ValueError(f"role ends ({self.end}) before it starts ({self.start})")
        return self


class Person(Strict):
    """A political figure with dated roles; outside them they resolve to `out_of_office`."""

    id: str
    name: str
    aliases: list[str] = Field(default_factory=list)
    country: str
    roles: list[Role] = Field(default_factory=list)
    out_of_office: Sector = "ELI"
    before_office: Sector | None = None
    note: str | None = None

    _code = field_validator("country")(_check_code)


class Sense(Strict):
    """One reading of an ambiguous name, chosen when its cues appear nearby."""

    code: str
    sector: Sector | None = None
    kind: Literal["country", "subnational", "person", "organisation", "other"] = "country"
    cues: list[str] = Field(default_factory=list)
    label: str | None = None


class Ambiguity(Strict):
    """A name with several readings ("Georgia", "Jordan", "Congress")."""

    name: str
    senses: list[Sense]
    default: int | None = None
    note: str | None = None


class Place(Strict):
    """A region or sub-national place. Regions ("Latin America", "the Sahel") are never
    actors; a sub-national place ("New Mexico", "Punjab") stands for its state's people
    and institutions there, so it resolves to the state's code with no sector."""

    name: str
    aliases: list[str] = Field(default_factory=list)
    kind: Literal["region", "subnational"]
    country: str | None = None
    note: str | None = None

    _code = field_validator("country")(lambda v: v and _check_code(v))
