"""Coverage and consistency of the knowledge base (``dyads actors stats``).

Checks that every ISO country has names, adjectives and a capital, that office
holders cover every UN member state from 2000 to today, and that no two terms of
the same office in the same country overlap.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
from collections import Counter, defaultdict
from typing import Any

from dyads.actors.files import KBFiles
from dyads.data import data_path

COVERAGE_FROM = dt.date(2000, 1, 1)
GAP_DAYS = 60


def _members_csv() -> list[dict[str, str]]:
    with open(data_path("states", "un_members.csv"), encoding="utf-8") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def un_members() -> dict[str, dt.date | None]:
    """UN member codes, each with the date until which the British monarch was head of state
    (``date.max`` for current realms, None for others)."""
    out: dict[str, dt.date | None] = {}
    for r in _members_csv():
        realm = r["commonwealth_realm"]
        out[r["code"]] = dt.date.max if realm == "yes" else (None if realm == "no" else dt.date.fromisoformat(realm))
    return out


def member_since(code: str) -> dt.date:
    for r in _members_csv():
        if r["code"] == code and r["since"]:
            return dt.date.fromisoformat(r["since"])
    return COVERAGE_FROM


def collective_presidencies() -> set[str]:
    """States whose head of state is several people at once (Bosnia's presidency)."""
    return {r["code"] for r in _members_csv() if r["collective_head_of_state"] == "yes"}


def _intervals(files: KBFiles, office: str) -> dict[str, list[tuple[dt.date, dt.date, str]]]:
    today = dt.date.today()
    out: dict[str, list[tuple[dt.date, dt.date, str]]] = defaultdict(list)
    for p in files.people:
        for r in p.roles:
            if r.office == office:
                out[r.country or p.country].append((r.start, r.end or today, p.id))
    return out


def overlaps(files: KBFiles) -> list[str]:
    """Terms of the same office in the same country that overlap (by more than a day)."""
    problems = []
    collective = collective_presidencies()
    for office in ("head_of_state", "head_of_government", "foreign_minister", "defence_minister"):
        for country, terms in _intervals(files, office).items():
            if office == "head_of_state" and country in collective:
                continue
            terms = sorted(set(terms))
            for a, b in itertools.pairwise(terms):
                if b[0] < a[1] - dt.timedelta(days=1) and a[2] != b[2]:
                    problems.append(f"{office} {country}: {a[2]} ({a[0]}–{a[1]}) overlaps {b[2]} ({b[0]}–{b[1]})")
    return problems


def gaps(files: KBFiles, office: str, members: dict[str, dt.date | None]) -> dict[str, int]:
    """Days since 2000 (or independence) not covered by any holder of the office, per UN member.

    For Commonwealth realms the British monarch covers the head of state."""
    today = dt.date.today()
    intervals = _intervals(files, office)
    out = {}
    for code, realm_until in members.items():
        code_terms = list(intervals.get(code, []))
        if office == "head_of_state" and realm_until is not None:
            code_terms += [(s, min(e, realm_until), p) for s, e, p in intervals.get("GBR", [])]
        uncovered = 0
        cursor = member_since(code)
        for start, end, _ in sorted(code_terms):
            if end <= cursor:
                continue
            if start > cursor:
                gap = (start - cursor).days
                uncovered += gap if gap > GAP_DAYS else 0
            cursor = max(cursor, end)
        if cursor < today and (today - cursor).days > GAP_DAYS:
            uncovered += (today - cursor).days
        out[code] = uncovered
    return out


def kb_stats(files: KBFiles) -> dict[str, Any]:
    members = un_members()
    countries = {c.code: c for c in files.countries}
    roles = Counter(r.office for p in files.people for r in p.roles)
    incomplete = sorted(c.code for c in files.countries if c.code in members and (not c.adjectives or not c.capital))
    hos_gaps = {k: v for k, v in gaps(files, "head_of_state", members).items() if v}
    hog_gaps = {k: v for k, v in gaps(files, "head_of_government", members).items() if v}
    minister_countries = {
        office: len({r.country or p.country for p in files.people for r in p.roles if r.office == office})
        for office in ("foreign_minister", "defence_minister")
    }
    return {
        "countries": len(countries),
        "un_members_missing": sorted(set(members) - set(countries)),
        "country_names": sum(1 + len(c.aliases) for c in files.countries),
        "adjectives": sum(len(c.adjectives) for c in files.countries),
        "institutions": sum(len(c.institutions) for c in files.countries),
        "countries_without_adjective_or_capital": incomplete,
        "sector_terms": len(files.sectors),
        "organisations": len(files.organisations),
        "organisations_by_kind": dict(Counter(o.kind for o in files.organisations)),
        "people": len({p.id for p in files.people}),
        "roles": sum(roles.values()),
        "roles_by_office": dict(roles.most_common()),
        "countries_with_foreign_ministers": minister_countries["foreign_minister"],
        "countries_with_defence_ministers": minister_countries["defence_minister"],
        "ambiguities": len(files.ambiguities),
        "head_of_state_gap_days": hos_gaps,
        "head_of_government_gap_days": hog_gaps,
        "overlapping_terms": overlaps(files),
    }


def format_stats(s: dict[str, Any]) -> str:
    lines = [
        f"countries and territories: {s['countries']} ({s['country_names']} names, {s['adjectives']} adjectives, "
        f"{s['institutions']} institutions)",
        f"UN members missing: {', '.join(s['un_members_missing']) or 'none'}",
        "UN members without an adjective or capital of their own: "
        + (", ".join(s["countries_without_adjective_or_capital"]) or "none"),
        f"sector terms: {s['sector_terms']}",
        f"organisations: {s['organisations']} " + str(s["organisations_by_kind"]),
        f"people: {s['people']} with {s['roles']} dated roles",
        "roles by office: " + ", ".join(f"{k} {v}" for k, v in s["roles_by_office"].items()),
        f"countries with foreign ministers: {s['countries_with_foreign_ministers']}, "
        f"with defence ministers: {s['countries_with_defence_ministers']}",
        f"ambiguous names: {s['ambiguities']}",
        f"UN members with head-of-state gaps since 2000 (> {GAP_DAYS} days): {len(s['head_of_state_gap_days'])} "
        + _top(s["head_of_state_gap_days"]),
        f"UN members with head-of-government gaps since 2000: {len(s['head_of_government_gap_days'])} "
        + _top(s["head_of_government_gap_days"]),
        f"overlapping terms in the same office: {len(s['overlapping_terms'])}",
    ]
    lines += [f"  {p}" for p in s["overlapping_terms"][:20]]
    return "\n".join(lines)


def _top(gaps: dict[str, int], n: int = 12) -> str:
    if not gaps:
        return ""
    worst = sorted(gaps.items(), key=lambda x: -x[1])[:n]
    return "(" + ", ".join(f"{k} {v}d" for k, v in worst) + ")"
