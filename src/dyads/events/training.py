"""Labelled sentences for training and evaluating the event model.

Reads the project's own format (docs/data.md) and the shapes of other labelled
sets: PLV (``{"text", "event", "source", "target"}``), PLOVER gold records and
CAMEO examples (``{"text", "cameo"}``). Every record becomes a `LabelledSentence`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from dyads.errors import DataFileError
from dyads.events.ontology import AUXILIARY, CATEGORIES, cameo_info

# PLV's YIELD covers both PLOVER halves of CAMEO 08.
ALIASES = {"YIELD": "YIELD"}
LABELS = (*CATEGORIES, "YIELD")


class LabelledEvent(BaseModel):
    model_config = ConfigDict(extra="forbid")

    event: str
    cameo: str | None = None
    mode: list[str] = Field(default_factory=list)
    context: list[str] = Field(default_factory=list)
    trigger: str | None = None
    actor: list[str] = Field(default_factory=list)
    recipient: list[str] = Field(default_factory=list)
    negation: bool = False
    future: bool = False
    hypothetical: bool = False
    historical: bool = False
    claimed_by: str | None = None

    @field_validator("event")
    @classmethod
    def _event(cls, v: str) -> str:
        v = v.strip().upper()
        if v not in LABELS:
            raise ValueError(f"unknown PLOVER category {v!r}")
        return v

    @field_validator("cameo")
    @classmethod
    def _cameo(cls, v: str | None) -> str | None:
        if v is not None and not (v.isdigit() and 2 <= len(v) <= 4):
            raise ValueError(f"CAMEO code {v!r} is not 2 to 4 digits")
        return v

    @property
    def auxiliary(self) -> list[str]:
        return [m for m in AUXILIARY if getattr(self, m)]


class LabelledSentence(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    text: str
    date: str | None = None
    events: list[LabelledEvent] = Field(default_factory=list)

    @model_validator(mode="after")
    def _spans(self) -> LabelledSentence:
        for e in self.events:
            for label, span in [
                ("trigger", e.trigger),
                ("claimed_by", e.claimed_by),
                *(("actor", a) for a in e.actor),
                *(("recipient", r) for r in e.recipient),
            ]:
                if span and span not in self.text:
                    raise ValueError(f"{label} {span!r} is not in the text")
        return self

    @property
    def label(self) -> str | None:
        """The sentence's main category (the first event), or None for no event."""
        return self.events[0].event if self.events else None


def _from_plv(raw: dict[str, Any], fallback_id: str) -> dict[str, Any]:
    def span(v: Any) -> list[str]:
        # PLV writes the placeholders "actor"/"recipient" when a side is implicit.
        return [v] if isinstance(v, str) and v and v not in {"actor", "recipient"} and v in raw["text"] else []

    return {
        "id": str(raw.get("id", fallback_id)),
        "text": raw["text"],
        "events": [{"event": raw["event"], "actor": span(raw.get("source")), "recipient": span(raw.get("target"))}],
    }


def _from_plover_gold(raw: dict[str, Any], fallback_id: str) -> dict[str, Any]:
    events = []
    for e in raw["events"]:
        events.append(
            {
                "event": e["event"],
                "cameo": e.get("cameo"),
                "mode": [m for m in ([e["mode"]] if isinstance(e.get("mode"), str) else e.get("mode") or [])],
                "actor": [a["text"] for a in e.get("actor", []) if a.get("text") in raw["text"]],
                "recipient": [a["text"] for a in e.get("recipient", []) if a.get("text") in raw["text"]],
            }
        )
    return {"id": str(raw.get("id", fallback_id)), "text": raw["text"], "events": events}


def _from_cameo_example(raw: dict[str, Any], fallback_id: str) -> dict[str, Any]:
    info = cameo_info(raw["cameo"])
    events = [{"event": info.event, "cameo": info.code}] if info and info.event else []
    return {"id": str(raw.get("id", fallback_id)), "text": raw["text"], "events": events}


def normalise(raw: dict[str, Any], fallback_id: str) -> dict[str, Any]:
    """Turn any supported labelled shape into the project's own."""
    if "events" in raw and any(
        isinstance(x, dict) for e in raw["events"] for x in [*e.get("actor", []), *e.get("recipient", [])]
    ):
        return _from_plover_gold(raw, fallback_id)
    if "events" in raw:
        out = {k: v for k, v in raw.items() if k in {"id", "text", "date", "events"}}
        out.setdefault("id", fallback_id)
        return out
    if "event" in raw:
        return _from_plv(raw, fallback_id)
    if "cameo" in raw:
        return _from_cameo_example(raw, fallback_id)
    raise ValueError("expected 'events', 'event' (with source/target) or 'cameo'")


def read_labelled(path: str | Path, strict: bool = True) -> Iterator[LabelledSentence]:
    """Yield labelled sentences from a JSONL file.

    With ``strict`` a bad line raises `DataFileError` naming file and line; otherwise
    bad lines are skipped (the caller may count them).
    """
    path = Path(path)
    try:
        f = open(path, encoding="utf-8")  # noqa: SIM115  (closed by the `with` below)
    except OSError as exc:
        raise DataFileError(str(path), f"cannot read: {exc.strerror}") from None
    with f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
                if not isinstance(raw, dict) or "text" not in raw:
                    raise ValueError("expected a JSON object with a 'text' field")
                yield LabelledSentence.model_validate(normalise(raw, f"{path.stem}-{lineno}"))
            except (ValueError, KeyError, TypeError, ValidationError) as exc:
                if strict:
                    raise DataFileError(str(path), _short(exc), lineno) from None


def _short(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"])
        return f"{loc}: {err['msg']}" if loc else err["msg"]
    if isinstance(exc, json.JSONDecodeError):
        return f"invalid JSON: {exc.msg}"
    return str(exc)


def check_consistency(sentence: LabelledSentence) -> list[str]:
    """Problems that make a shipped training sentence disagree with the ontology."""
    problems = []
    for e in sentence.events:
        info = cameo_info(e.cameo)
        if e.cameo and info is None:
            problems.append(f"unknown CAMEO code {e.cameo}")
        if e.cameo and info and info.event and info.event != e.event:
            future_ok = (e.future and e.event in {"AGREE", "CONCEDE"}) or (e.event == "REJECT" and e.negation)
            if not future_ok:
                problems.append(f"cameo {e.cameo} is {info.event}, labelled {e.event}")
        if e.trigger is None:
            problems.append("no trigger")
        if not e.actor:
            problems.append("no actor")
    return problems


if __name__ == "__main__":
    import collections
    import sys

    for arg in sys.argv[1:]:
        counts: collections.Counter[str] = collections.Counter()
        bad = 0
        try:
            for s in read_labelled(arg):
                counts[s.label or "NONE"] += 1
                for p in check_consistency(s):
                    bad += 1
                    print(f"{arg}: {s.id}: {p}")
        except DataFileError as exc:
            print(exc)
            continue
        print(f"{arg}: {sum(counts.values())} sentences, {bad} problems: {dict(sorted(counts.items()))}")
