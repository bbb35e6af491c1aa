"""The compiled actor knowledge base: surface forms to entries, and dated resolution.

`KnowledgeBase` indexes every name form of every entry (lower-cased) and resolves an
entry to a PLOVER entity (code, sector, office) for a date. People resolve to the
role they held on that date; outside office to their country with a non-government
sector; without a date to their most recent role, marked ``undated``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from dyads.actors.files import KBFiles, read_kb
from dyads.actors.fuzzy import NameIndex
from dyads.actors.schema import Ambiguity, Person, Role

# Which office wins when a person holds several on one date.
OFFICE_RANK = {
    "head_of_state": 0,
    "head_of_government": 1,
    "igo_head": 2,
    "vice_president": 3,
    "deputy_head_of_government": 4,
    "foreign_minister": 5,
    "defence_minister": 6,
    "interior_minister": 7,
    "finance_minister": 8,
    "minister": 9,
    "military_chief": 10,
    "intelligence_chief": 11,
    "speaker": 12,
    "group_leader": 13,
    "central_bank_governor": 14,
    "judge": 15,
    "ambassador": 16,
    "party_leader": 17,
    "opposition_leader": 18,
    "other": 19,
}


@dataclass(frozen=True)
class Entry:
    """One thing a name can refer to."""

    id: str
    kind: str  # country | institution | organisation | person | sector | region | subnational | ambiguous
    name: str
    code: str | None = None
    sector: str | None = None
    office: str | None = None  # for sector terms such as "prime minister"
    standalone: bool = True


@dataclass(frozen=True)
class Form:
    """A surface form of an entry: how it appears and what grammatical role it plays."""

    entry_id: str
    role: str  # name | adjective | demonym | capital | institution | alias | term
    case_sensitive: bool = False


@dataclass(frozen=True)
class Resolution:
    """An entry resolved for a date: the fields of a PLOVER entity."""

    code: str | None
    sector: str | None
    identifier_text: str
    kb_id: str
    office: str | None = None
    title: str | None = None
    office_start: str | None = None
    office_end: str | None = None
    basis: str = "kb"  # kb | dated | undated | out_of_office | before_office


@dataclass
class KnowledgeBase:
    entries: dict[str, Entry] = field(default_factory=dict)
    forms: dict[str, list[Form]] = field(default_factory=lambda: defaultdict(list))
    surfaces: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    people: dict[str, Person] = field(default_factory=dict)
    ambiguities: dict[str, Ambiguity] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)
    version: str = ""
    _names: NameIndex | None = field(default=None, repr=False, compare=False)

    # -- building ---------------------------------------------------------
    def add(self, entry: Entry, names: list[tuple[str, str]]) -> None:
        self.entries[entry.id] = entry
        for name, role in names:
            self._add_form(name, Form(entry.id, role, _case_sensitive(name)))

    def _add_form(self, name: str, form: Form) -> None:
        key = name.strip().lower()
        if not key:
            return
        self.surfaces[key].add(name.strip())
        existing = self.forms[key]
        # A later file overrides an earlier entry of the same id; same-role duplicates collapse.
        existing[:] = [f for f in existing if f.entry_id != form.entry_id]
        existing.append(form)

    # -- lookup -----------------------------------------------------------
    def lookup(self, text: str) -> list[Form]:
        return list(self.forms.get(text.strip().lower(), []))

    def resolve(self, entry_id: str, date: dt.date | None) -> Resolution:
        entry = self.entries[entry_id]
        if entry.kind == "person":
            return resolve_person(self.people[entry_id], date)
        return Resolution(entry.code, entry.sector, entry.name, entry.id)

    def index_names(self) -> None:
        """Index the people's names for `misspelt_person` (done when the base is compiled)."""
        people = (
            (form.entry_id, surface)
            for key, forms in self.forms.items()
            for form in forms
            if self.entries[form.entry_id].kind == "person"
            for surface in self.surfaces.get(key) or {key}
        )
        self._names = NameIndex(people)

    def misspelt_person(self, name: str) -> str | None:
        """The entry id of the one known person a name not in the knowledge base may be a
        misspelling of ("Francois Mitterand")."""
        if self._names is None:
            self.index_names()
        assert self._names is not None
        return self._names.match(name)

    def country_name(self, code: str | None) -> str | None:
        entry = self.entries.get(f"country:{code}")
        return entry.name if entry else None

    def office_holder(self, country: str, office: str, date: dt.date | None, title: str | None = None) -> Person | None:
        """Who held an office in a country on a date ("the Iranian president", "the premier").

        A role whose title names the same word wins over the generic office ("president"
        is Iran's head of government, not its head of state)."""
        matches: list[tuple[int, dt.date, Person]] = []
        word = (title or "").lower()
        for person in self.people.values():
            for role in person.roles:
                if (role.country or person.country) != country:
                    continue
                titled = bool(word) and _plain_title(role.title) == word
                if not titled and role.office != office:
                    continue
                if date is None or _covers(role, date):
                    matches.append((0 if titled else 1, role.start, person))
        if not matches:
            return None
        best_rank = min(m[0] for m in matches)
        ranked = [m for m in matches if m[0] == best_rank]
        return max(ranked, key=lambda m: m[1])[2]


def _plain_title(title: str | None) -> str:
    """The office in a title: "Acting President" → "president"; "Vice President" stays itself."""
    words = (title or "").lower().split()
    while words and words[0] in {"acting", "interim", "transitional", "caretaker"}:
        words = words[1:]
    return " ".join(words)


def _case_sensitive(name: str) -> bool:
    """Short all-capitals forms ("US", "UN", "IS") must match exactly; "us" is a pronoun."""
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and len(letters) <= 4 and all(c.isupper() for c in letters)


def _covers(role: Role, date: dt.date) -> bool:
    return role.start <= date and (role.end is None or date < role.end)


def resolve_person(person: Person, date: dt.date | None) -> Resolution:
    """The code, sector and office of a person on a date."""
    roles = sorted(person.roles, key=lambda r: r.start)
    pid = f"person:{person.id}"
    if not roles:
        sector = person.before_office or person.out_of_office
        return Resolution(person.country, sector, person.name, pid, basis="kb")
    if date is None:
        # Undated: the most recent role (an open one first), marked as such.
        open_roles = [r for r in roles if r.end is None]
        role = (
            min(open_roles, key=lambda r: OFFICE_RANK.get(r.office, 99))
            if open_roles
            else max(roles, key=lambda r: (r.start, -OFFICE_RANK.get(r.office, 99)))
        )
        return _from_role(person, role, "undated")
    current = [r for r in roles if _covers(r, date)]
    if current:
        role = min(current, key=lambda r: OFFICE_RANK.get(r.office, 99))
        return _from_role(person, role, "dated")
    if date < roles[0].start:
        return Resolution(
            person.country, person.before_office or person.out_of_office, person.name, pid, basis="before_office"
        )
    return Resolution(person.country, person.out_of_office, person.name, pid, basis="out_of_office")


def _from_role(person: Person, role: Role, basis: str) -> Resolution:
    return Resolution(
        code=role.country or person.country,
        sector=role.sector,
        identifier_text=person.name,
        kb_id=f"person:{person.id}",
        office=role.office,
        title=role.title,
        office_start=role.start.isoformat(),
        office_end=role.end.isoformat() if role.end else None,
        basis=basis,
    )


def _merge_people(people: list[Person]) -> dict[str, Person]:
    """People with the same id (listed by several files) become one entry."""
    merged: dict[str, Person] = {}
    for p in people:
        if p.id not in merged:
            merged[p.id] = p
            continue
        old = merged[p.id]
        roles = {(r.office, r.country, r.start): r for r in [*old.roles, *p.roles]}
        merged[p.id] = old.model_copy(
            update={
                "aliases": sorted(set(old.aliases) | set(p.aliases)),
                "roles": sorted(roles.values(), key=lambda r: r.start),
            }
        )
    return merged


def _plurals(term: str) -> list[str]:
    """Regular English plurals of the last word."""
    head, _, last = term.rpartition(" ")
    prefix = f"{head} " if head else ""
    if last.endswith(("s", "x", "ch", "sh")):
        return [f"{prefix}{last}es"]
    if last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        return [f"{prefix}{last[:-1]}ies"]
    if last.endswith("man"):
        return [f"{prefix}{last[:-3]}men"]
    return [f"{prefix}{last}s"]


def compile_kb(files: KBFiles) -> KnowledgeBase:
    """Index validated files; later entries override earlier ones with the same id or name."""
    kb = KnowledgeBase(sources=list(files.sources))
    for c in files.countries:
        code = c.folded_into or c.code
        names = [(c.name, "name"), *((a, "name") for a in c.aliases)]
        if c.official_name:
            names.append((c.official_name, "name"))
        names += [(a, "adjective") for a in c.adjectives] + [(d, "demonym") for d in c.demonyms]
        kb.add(Entry(f"country:{c.code}", "country", c.name, code), names)
        if c.capital and c.capital_is_metonym:
            kb.add(Entry(f"capital:{c.code}", "institution", c.capital, code, "GOV"), [(c.capital, "capital")])
        for inst in c.institutions:
            slug = inst.name.lower().replace(" ", "-")
            kb.add(
                Entry(f"institution:{c.code}:{slug}", "institution", inst.name, code, inst.sector),
                [(n, "institution") for n in [inst.name, *inst.aliases]],
            )
    for o in files.organisations:
        kb.add(
            Entry(f"org:{o.id}", "organisation", o.name, o.code, o.sector), [(n, "name") for n in [o.name, *o.aliases]]
        )
    for p in _merge_people(files.people).values():
        kb.people[f"person:{p.id}"] = p
        kb.add(Entry(f"person:{p.id}", "person", p.name, p.country), [(n, "name") for n in [p.name, *p.aliases]])
    for s in files.sectors:
        forms = [s.term] + (_plurals(s.term) if s.plural else [])
        kb.add(
            Entry(f"sector:{s.term}", "sector", s.term, None, s.sector, s.office, s.standalone),
            [(f, "term") for f in forms],
        )
    for pl in files.places:
        slug = pl.name.lower().replace(" ", "-")
        kb.add(
            Entry(f"{pl.kind}:{slug}", pl.kind, pl.name, pl.country if pl.kind == "subnational" else None),
            [(n, "name") for n in [pl.name, *pl.aliases]],
        )
    for a in files.ambiguities:
        kb.ambiguities[a.name.lower()] = a
        if not kb.lookup(a.name):  # names known only as ambiguous still need to be found
            kb.add(Entry(f"ambiguous:{a.name.lower()}", "ambiguous", a.name), [(a.name, "name")])
    kb.version = _version(files.sources)
    kb.index_names()
    return kb


def token_index(kb: KnowledgeBase, tokenize: Any) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """First lower-cased token → (all lower-cased tokens, form key), longest first."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    surfaces = [(surface, key) for key in kb.forms for surface in sorted(kb.surfaces.get(key) or {key})]
    seen: set[tuple[tuple[str, ...], str]] = set()
    for (_, key), doc in zip(surfaces, tokenize(s for s, _ in surfaces), strict=True):
        toks = tuple(t.lower_ for t in doc)
        if toks and (toks, key) not in seen:
            seen.add((toks, key))
            index[toks[0]].append((toks, key))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return dict(index)


def _version(sources: Sequence[str | Path]) -> str:
    h = hashlib.sha1(SCHEMA_VERSION.encode())
    for src in sources:
        h.update(str(Path(src).name).encode())
        try:
            h.update(Path(src).read_bytes())
        except OSError:
            h.update(str(src).encode())
    return h.hexdigest()[:12]


# Bump when the compiled form changes, so stale caches are not reused.
SCHEMA_VERSION = "kb-4"  # 4: people's names indexed for misspellings


@lru_cache(maxsize=4)
def _load(extra: tuple[str, ...]) -> KnowledgeBase:
    """Compile the files, or reuse a compiled copy cached under $DYADS_HOME for the same bytes."""
    from dyads import settings
    from dyads.actors.files import read_kb_file, shipped_kb_files

    for path in extra:  # user files are always validated, so their errors are reported
        read_kb_file(path)
    version = _version([*shipped_kb_files(), *extra])

    def build() -> KnowledgeBase:
        kb = compile_kb(read_kb(list(extra)))
        kb.version = version
        return kb

    return settings.cached(f"kb-{version}.pickle", build, KnowledgeBase)


def load_kb(extra: list[str] | tuple[str, ...] | None = None) -> KnowledgeBase:
    """The shipped knowledge base plus user files (cached per set of files)."""
    return _load(tuple(str(p) for p in extra or ()))
