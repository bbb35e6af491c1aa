"""Read and validate actor knowledge-base files (YAML or CSV).

Errors name the file, the line of the offending entry and the field, e.g.
``people/europe.yaml:120: people[3].roles[0].start: invalid date``.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from dyads.actors.schema import Ambiguity, Country, Organisation, Person, Place, SectorTerm
from dyads.data import data_path
from dyads.errors import DataFileError

SECTIONS: dict[str, type[BaseModel]] = {
    "countries": Country,
    "sectors": SectorTerm,
    "organisations": Organisation,
    "people": Person,
    "ambiguities": Ambiguity,
    "places": Place,
}


@dataclass
class KBFiles:
    """The validated contents of one or more knowledge-base files."""

    countries: list[Country] = field(default_factory=list)
    sectors: list[SectorTerm] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    ambiguities: list[Ambiguity] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)

    def extend(self, other: KBFiles) -> None:
        for name in SECTIONS:
            getattr(self, name).extend(getattr(other, name))
        self.sources.extend(other.sources)


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """SafeLoader that records the line of every mapping as ``__line__``."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _strip_lines(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_lines(v) for k, v in value.items() if k != "__line__"}
    if isinstance(value, list):
        return [_strip_lines(v) for v in value]
    return value


def _error_line(entry: dict[str, Any], loc: tuple[Any, ...]) -> int:
    """Line of the innermost mapping on the error's path."""
    line = entry.get("__line__", 0)
    node: Any = entry
    for key in loc:
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(node, dict) and "__line__" in node:
            line = node["__line__"]
    return int(line)


def parse_yaml(path: Path) -> KBFiles:
    """Validate one YAML knowledge-base file."""
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(str(path), f"cannot read: {exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        raise DataFileError(str(path), f"invalid YAML: {getattr(exc, 'problem', exc)}", line) from None
    if raw is None:
        return KBFiles(sources=[str(path)])
    if not isinstance(raw, dict):
        raise DataFileError(str(path), f"expected a mapping with keys {sorted(SECTIONS)}", 1)
    out = KBFiles(sources=[str(path)])
    for key, entries in raw.items():
        if key == "__line__":
            continue
        model = SECTIONS.get(key)
        if model is None:
            raise DataFileError(str(path), f"unknown section {key!r}; expected {sorted(SECTIONS)}")
        if not isinstance(entries, list):
            raise DataFileError(str(path), f"section {key!r} must be a list")
        for i, entry in enumerate(entries):
            if not isinstance(entry, dict):
                raise DataFileError(str(path), f"{key}[{i}]: expected a mapping")
            try:
                getattr(out, key).append(model.model_validate(_strip_lines(entry)))
            except ValidationError as exc:
                err = exc.errors()[0]
                loc = ".".join(str(p) for p in err["loc"])
                raise DataFileError(
                    str(path), f"{key}[{i}].{loc}: {err['msg']}", _error_line(entry, err["loc"])
                ) from None
    return out


CSV_COLUMNS = {"name", "code", "sector", "aliases", "kind", "office", "title", "start", "end", "id"}


def parse_csv(path: Path) -> KBFiles:
    """Validate a CSV of simple entries: one organisation, or one person's role, per row.

    Columns: ``name, code`` (required), ``sector, aliases`` (``|``-separated), ``kind``,
    and for people ``office, title, start, end`` (rows with ``office`` are people; rows
    of the same ``name`` are merged into one person).
    """
    out = KBFiles(sources=[str(path)])
    people: dict[str, tuple[int, dict[str, Any]]] = {}  # id → (first line, merged rows)
    try:
        with open(path, newline="", encoding="utf-8") as f:
            reader = csv.DictReader(f)
            missing = {"name", "code"} - set(reader.fieldnames or [])
            if missing:
                raise DataFileError(str(path), f"missing column(s): {', '.join(sorted(missing))}", 1)
            unknown = set(reader.fieldnames or []) - CSV_COLUMNS
            if unknown:
                raise DataFileError(str(path), f"unknown column(s): {', '.join(sorted(unknown))}", 1)
            for row in reader:
                line = reader.line_num
                row = {k: (v or "").strip() for k, v in row.items() if k}
                _csv_row(path, line, row, out, people)
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(str(path), f"cannot read: {exc}") from None
    for line, person in people.values():
        try:
            out.people.append(Person.model_validate(person))
        except ValidationError as exc:
            err = exc.errors()[0]
            loc = ".".join(str(p) for p in err["loc"])
            raise DataFileError(str(path), f"{loc}: {err['msg']}", line) from None
    return out


def _csv_row(
    path: Path, line: int, row: dict[str, str], out: KBFiles, people: dict[str, tuple[int, dict[str, Any]]]
) -> None:
    if not row.get("name") or not row.get("code"):
        raise DataFileError(str(path), "name and code are required", line)
    aliases = [a.strip() for a in row.get("aliases", "").split("|") if a.strip()]
    slug = row.get("id") or row["name"].lower().replace(" ", "-")
    try:
        if row.get("office"):
            _, person = people.setdefault(
                slug, (line, {"id": slug, "name": row["name"], "aliases": [], "country": row["code"], "roles": []})
            )
            person["aliases"] = sorted(set(person["aliases"]) | set(aliases))
            role = {
                "office": row["office"],
                "start": row.get("start") or None,
                "end": row.get("end") or None,
                "title": row.get("title") or None,
                "sector": row.get("sector") or "GOV",
            }
            person["roles"].append({k: v for k, v in role.items() if v is not None})
        else:
            out.organisations.append(
                Organisation.model_validate(
                    {
                        "id": slug,
                        "name": row["name"],
                        "aliases": aliases,
                        "code": row["code"],
                        "sector": row.get("sector") or None,
                        "kind": row.get("kind") or "other",
                    }
                )
            )
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"])
        raise DataFileError(str(path), f"{loc}: {err['msg']}", line) from None


def read_kb_file(path: str | Path) -> KBFiles:
    """Validate one user or shipped knowledge-base file (.yaml, .yml or .csv)."""
    path = Path(path)
    if not path.exists():
        raise DataFileError(str(path), "no such file")
    if path.suffix.lower() == ".csv":
        return parse_csv(path)
    if path.suffix.lower() in {".yaml", ".yml"}:
        return parse_yaml(path)
    raise DataFileError(str(path), "actor files must be .yaml, .yml or .csv")


def shipped_kb_files() -> list[Path]:
    """All knowledge-base files shipped under data/actors, in a stable order."""
    root = data_path("actors")
    return sorted(p for p in root.rglob("*") if p.suffix in {".yaml", ".yml", ".csv"})


def read_kb(extra: list[str | Path] | None = None) -> KBFiles:
    """The shipped knowledge base followed by user files (later entries override)."""
    kb = KBFiles()
    for path in [*shipped_kb_files(), *(extra or [])]:
        kb.extend(read_kb_file(path))
    return kb


if __name__ == "__main__":
    import sys

    for arg in sys.argv[1:] or [str(p) for p in shipped_kb_files()]:
        try:
            k = read_kb_file(arg)
        except DataFileError as exc:
            print(exc)
            continue
        counts = ", ".join(f"{len(getattr(k, s))} {s}" for s in SECTIONS if getattr(k, s))
        print(f"{arg}: ok ({counts or 'empty'})")
