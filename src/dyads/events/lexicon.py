"""The event lexicon: trigger lemmas with CAMEO codes and dependency patterns.

Data lives in ``data/lexicon/{verbs,nouns}.yaml`` (format in docs/data.md). A
`Lexicon` answers one question fast: given a trigger lemma and the lemmas around it,
which CAMEO code does the dictionary propose, and which entry fired?
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from dyads.data import data_path
from dyads.errors import DataFileError
from dyads.events.ontology import cameo_info


def _check_code(v: str | None) -> str | None:
    if v is not None and cameo_info(v) is None:
        raise ValueError(f"unknown CAMEO code {v!r}")
    return v


class Pattern(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    object: list[str] | None = None
    prep: str | None = None
    pobj: list[str] | None = None
    xcomp: list[str] | None = None
    modifier: list[str] | None = None
    particle: str | None = None
    passive: bool | None = None
    negated: bool | None = None
    cameo: str | None
    note: str | None = None

    _code = field_validator("cameo")(_check_code)

    @field_validator("object", "pobj", "xcomp", "modifier", mode="before")
    @classmethod
    def _listify(cls, v: Any) -> Any:
        return [v] if isinstance(v, str) else v

    @property
    def specificity(self) -> int:
        return sum(
            x is not None
            for x in (
                self.object,
                self.prep,
                self.pobj,
                self.xcomp,
                self.modifier,
                self.particle,
                self.passive,
                self.negated,
            )
        )


class Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    lemma: str
    particle: str | None = None
    cameo: str | None
    patterns: list[Pattern] = Field(default_factory=list)
    note: str | None = None

    _code = field_validator("cameo")(_check_code)

    @property
    def key(self) -> str:
        return f"{self.lemma}_{self.particle}" if self.particle else self.lemma


@dataclass(frozen=True)
class Proposal:
    """What the lexicon proposes for one trigger."""

    cameo: str | None
    rule: str  # e.g. "verb:accuse[prep=of,pobj=genocide]"
    pos: str


@dataclass
class TriggerContext:
    """The lemmas around a trigger that patterns test."""

    objects: frozenset[str] = frozenset()
    preps: frozenset[tuple[str, str]] = frozenset()  # (preposition, object lemma)
    xcomps: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()
    particle: str | None = None
    passive: bool = False
    negated: bool = False


class Lexicon:
    """Verb and noun triggers by lemma (and particle)."""

    def __init__(self, verbs: list[Entry], nouns: list[Entry], sources: list[str]) -> None:
        self.verbs: dict[str, Entry] = {e.key: e for e in verbs}
        self.nouns: dict[str, Entry] = {e.key: e for e in nouns}
        self.sources = sources
        self.verb_lemmas = frozenset(e.lemma for e in verbs)
        self.noun_lemmas = frozenset(e.lemma for e in nouns)

    def entry(self, lemma: str, pos: str, particle: str | None = None) -> Entry | None:
        table = self.verbs if pos == "verb" else self.nouns
        if particle:
            hit = table.get(f"{lemma}_{particle}")
            if hit:
                return hit
        return table.get(lemma)

    def propose(self, lemma: str, pos: str, ctx: TriggerContext) -> Proposal | None:
        """The CAMEO code proposed for a trigger, or None when the lemma is not a trigger."""
        entry = self.entry(lemma, pos, ctx.particle)
        if entry is None:
            return None
        best: Pattern | None = None
        for p in entry.patterns:
            if _matches(p, ctx) and (best is None or p.specificity > best.specificity):
                best = p
        if best is None:
            return Proposal(entry.cameo, f"{pos}:{entry.key}", pos)
        return Proposal(best.cameo, f"{pos}:{entry.key}[{_describe(best)}]", pos)


def _matches(p: Pattern, ctx: TriggerContext) -> bool:
    if p.particle is not None and p.particle != ctx.particle:
        return False
    if p.passive is not None and p.passive != ctx.passive:
        return False
    if p.negated is not None and p.negated != ctx.negated:
        return False
    if p.object is not None and not ctx.objects.intersection(p.object):
        return False
    if p.xcomp is not None and not ctx.xcomps.intersection(p.xcomp):
        return False
    if p.modifier is not None and not ctx.modifiers.intersection(p.modifier):
        return False
    if p.prep is not None or p.pobj is not None:
        ok = any((p.prep is None or prep == p.prep) and (p.pobj is None or obj in p.pobj) for prep, obj in ctx.preps)
        if not ok:
            return False
    return True


def _describe(p: Pattern) -> str:
    parts = []
    for key in ("object", "prep", "pobj", "xcomp", "modifier", "particle", "passive", "negated"):
        v = getattr(p, key)
        if v is not None:
            parts.append(f"{key}={'|'.join(v) if isinstance(v, list) else v}")
    return ",".join(parts)


def _read(path: Path, section: str) -> list[Entry]:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(str(path), f"cannot read lexicon: {exc}") from None
    entries = []
    for i, item in enumerate(raw.get(section, [])):
        try:
            entries.append(Entry.model_validate(item))
        except ValidationError as exc:
            err = exc.errors()[0]
            loc = ".".join(str(p) for p in err["loc"])
            raise DataFileError(str(path), f"{section}[{i}] ({item.get('lemma')}): {loc}: {err['msg']}") from None
    return entries


def read_lexicon(extra: Sequence[str | Path] | None = None) -> Lexicon:
    """The shipped lexicon, with user files layered on top (same lemma replaces)."""
    files = [data_path("lexicon", "verbs.yaml"), data_path("lexicon", "nouns.yaml"), *(Path(p) for p in extra or [])]
    verbs: list[Entry] = []
    nouns: list[Entry] = []
    for path in files:
        if not path.exists():
            continue
        verbs += _read(path, "verbs")
        nouns += _read(path, "nouns")
    return Lexicon(verbs, nouns, [str(p) for p in files])


@lru_cache(maxsize=4)
def default_lexicon() -> Lexicon:
    return read_lexicon()


if __name__ == "__main__":
    import sys

    try:
        lex = read_lexicon([Path(a) for a in sys.argv[1:]])
    except DataFileError as exc:
        print(exc)
        raise SystemExit(1) from None
    print(f"ok: {len(lex.verbs)} verb entries, {len(lex.nouns)} noun entries")
