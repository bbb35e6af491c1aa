"""`Entity`: one actor or recipient of an event, as written in PLOVER JSON."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any

from dyads.actors.kb import Resolution


@dataclass
class Entity:
    """A resolved (or knowingly unresolved) mention of an actor.

    ``resolution`` says how the code was found: ``kb`` (a name in the knowledge
    base), ``dated``/``undated``/``out_of_office``/``before_office`` (a person, by
    the event date), ``context`` (a sector word or title given a country by the
    document), ``coref`` (a pronoun or description resolved to an earlier actor),
    ``location`` (the country of the place of a local event: "protesters in Lima"),
    ``ner`` (a named entity not in the knowledge base), ``unresolved`` or
    ``ambiguous``.
    """

    code: str | None
    sector: str | None
    entity_text: str
    identifier_text: str | None = None
    kb_id: str | None = None
    office: str | None = None
    title: str | None = None
    office_start: str | None = None
    office_end: str | None = None
    resolution: str = "unresolved"
    ner_label: str | None = None
    start: int = 0  # character offsets in the document
    end: int = 0
    evidence: list[str] = field(default_factory=list)

    @classmethod
    def from_resolution(
        cls,
        res: Resolution,
        text: str,
        start: int,
        end: int,
        sector: str | None = None,
        evidence: list[str] | None = None,
    ) -> Entity:
        return cls(
            code=res.code,
            sector=sector if sector is not None else res.sector,
            entity_text=text,
            identifier_text=res.identifier_text,
            kb_id=res.kb_id,
            office=res.office,
            title=res.title,
            office_start=res.office_start,
            office_end=res.office_end,
            resolution=res.basis,
            start=start,
            end=end,
            evidence=list(evidence or []),
        )

    @property
    def resolved(self) -> bool:
        return self.code is not None

    def with_(self, **changes: Any) -> Entity:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """PLOVER entity object: code, sector and text always; other fields when known."""
        d = asdict(self)
        return {k: v for k, v in d.items() if k in ALWAYS or v not in (None, [], "")}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Entity:
        known = set(cls.__dataclass_fields__)
        data = {k: v for k, v in d.items() if k in known}
        data.setdefault("code", None)
        data.setdefault("sector", None)
        return cls(**data)


ALWAYS = {"code", "sector", "entity_text", "identifier_text"}
