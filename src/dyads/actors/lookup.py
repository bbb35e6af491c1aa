"""How a name resolves, and why (``dyads actors lookup``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from dyads.actors.kb import KnowledgeBase

if TYPE_CHECKING:
    from spacy.language import Language


def lookup(kb: KnowledgeBase, name: str, date: dt.date | None, nlp: Language | None = None) -> dict[str, Any]:
    """Every reading of ``name`` in the knowledge base, resolved for ``date``.

    Exact names list each entry they can refer to; other phrases ("Russian troops",
    "the Syrian president") are composed the way the coder composes them.
    """
    out: dict[str, Any] = {"name": name, "date": date.isoformat() if date else None, "matches": []}
    for form in kb.lookup(name):
        entry = kb.entries[form.entry_id]
        res = kb.resolve(entry.id, date)
        match = {"entry": entry.id, "kind": entry.kind, "form": form.role, **asdict(res)}
        if entry.kind == "person":
            person = kb.people[entry.id]
            match["roles"] = [
                {
                    "office": r.office,
                    "title": r.title,
                    "sector": r.sector,
                    "country": r.country or person.country,
                    "start": r.start.isoformat(),
                    "end": r.end.isoformat() if r.end else None,
                }
                for r in sorted(person.roles, key=lambda r: r.start)
            ]
        if entry.kind == "sector":
            match["standalone"] = entry.standalone
        out["matches"].append(match)
    amb = kb.ambiguities.get(name.lower())
    if amb is not None:
        out["ambiguous"] = [{"code": s.code, "kind": s.kind, "label": s.label, "cues": s.cues} for s in amb.senses]
        out["default_sense"] = amb.default
    if not out["matches"] and nlp is not None:
        from dyads.actors.mentions import DocContext, entity_for

        doc = nlp(name)
        ent = entity_for(doc[:].root, DocContext.build(doc, kb, date))
        if ent is not None:
            out["composed"] = ent.to_dict()
    return out


def format_lookup(result: dict[str, Any]) -> str:
    lines = [f"{result['name']!r}" + (f" on {result['date']}" if result["date"] else " (undated: most recent role)")]
    for m in result["matches"]:
        head = f"  {m['entry']} ({m['kind']}, as {m['form']}): code={m['code']} sector={m['sector']}"
        if m.get("office"):
            head += f" office={m['office']} [{m['office_start']} – {m['office_end'] or 'now'}]"
        head += f"  basis={m['basis']}"
        lines.append(head)
        for r in m.get("roles", []):
            lines.append(
                f"      {r['start']} – {r['end'] or 'now':<10} {r['office']:<22} {r['country']} {r['sector']}"
                + (f"  {r['title']}" if r["title"] else "")
            )
    if "ambiguous" in result:
        lines.append("  ambiguous; senses chosen by cue words and the document's other countries:")
        for i, s in enumerate(result["ambiguous"]):
            mark = " (default)" if result.get("default_sense") == i else ""
            lines.append(f"    [{i}] {s['code']} {s['kind']}{mark}: cues {', '.join(s['cues'][:8])}")
    if "composed" in result:
        c = result["composed"]
        lines.append(
            f"  composed: code={c.get('code')} sector={c.get('sector')} via {', '.join(c.get('evidence', []))}"
            f" ({c.get('resolution')})"
        )
    if len(lines) == 1:
        lines.append("  not in the knowledge base")
    return "\n".join(lines)
