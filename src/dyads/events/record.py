"""`Event`: one coded event, written as one line of PLOVER JSON."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from dyads.actors.entity import Entity

FIELDS = (
    "id",
    "doc_id",
    "date",
    "date_info",
    "actor",
    "recipient",
    "event",
    "mode",
    "context",
    "quad_code",
    "event_scale",
    "cameo",
    "goldstein",
    "event_text",
    "event_loc",
    "claimed_by",
    "text",
    "text_info",
    "evidence",
    "confidence",
)


@dataclass
class Event:
    """A PLOVER event record with provenance (sentence, offsets, rule) and confidence."""

    id: str
    doc_id: str
    date: str | None
    actor: list[Entity]
    recipient: list[Entity]
    event: list[str]
    mode: list[str]
    context: list[str]
    quad_code: int
    event_scale: float
    cameo: str | None
    goldstein: float | None
    event_text: str
    text: str
    text_info: dict[str, Any]
    confidence: float
    date_info: dict[str, Any] = field(default_factory=dict)
    event_loc: dict[str, Any] | None = None
    claimed_by: Entity | None = None
    evidence: dict[str, Any] = field(default_factory=dict)

    @property
    def category(self) -> str:
        return self.event[0]

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        for name in FIELDS:
            value = getattr(self, name)
            if name in {"actor", "recipient"}:
                value = [e.to_dict() for e in value]
            elif name == "claimed_by" and value is not None:
                value = value.to_dict()
            d[name] = value
        return d

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        data: dict[str, Any] = {k: d.get(k) for k in FIELDS if k in d}
        data["actor"] = [Entity.from_dict(e) for e in d.get("actor", [])]
        data["recipient"] = [Entity.from_dict(e) for e in d.get("recipient", [])]
        if d.get("claimed_by"):
            data["claimed_by"] = Entity.from_dict(d["claimed_by"])
        return cls(**data)

    def summary(self) -> str:
        """One line for tables and logs: "ISR GOV → CONSULT → RUS GOV"."""

        def side(ents: list[Entity]) -> str:
            return ", ".join(" ".join(x for x in (e.code or "?", e.sector) if x) for e in ents) or "-"

        return f"{side(self.actor)} → {self.category} → {side(self.recipient)}"


def event_id(doc_id: str, start: int, end: int) -> str:
    """Stable id: the same trigger in the same document always gets the same id."""
    return hashlib.sha1(f"{doc_id}:{start}:{end}".encode()).hexdigest()[:16]


def doc_id_for(text: str) -> str:
    """Content-derived document id."""
    return hashlib.sha1(text.encode("utf-8", "replace")).hexdigest()[:16]
