"""Score the coder on labelled sentences (PLOVER gold, PLV, CAMEO examples, own format).

Each sentence is coded on its own, exactly as ``dyads code`` would. The sentence's
prediction is its most confident event. Reported:

- category accuracy and per-category precision/recall/F1 (macro-F1), with a confusion
  table; PLV's YIELD counts CONCEDE and RETREAT as right;
- actor and recipient match: for each labelled entity with a code, whether the coder
  output has an entity over the same words with the same country code (and sector);
  UNO/EUR count as IGO, which the PLOVER gold uses for the UN and the EU;
- span recovery (PLV): among sentences whose category is right, how often the
  labelled source and target spans overlap the predicted actor and recipient.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dyads.actors.entity import Entity
from dyads.coder import Coder
from dyads.events.learn import same_category
from dyads.events.ontology import CATEGORIES
from dyads.events.record import Event
from dyads.ingest.document import Document

IGO_LIKE = {"IGO", "UNO", "EUR"}
STOP = {"the", "a", "an", "of", "and", "in", "on", "'s", "to", "for", "its", "their", "his", "her"}


@dataclass
class Report:
    name: str
    sentences: int = 0
    correct: int = 0
    confusion: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    entity_totals: Counter[str] = field(default_factory=Counter)
    examples: list[dict[str, Any]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.sentences if self.sentences else 0.0

    def per_category(self) -> dict[str, dict[str, float]]:
        labels = sorted({*self.confusion, *(p for row in self.confusion.values() for p in row)} - {"NONE"})
        out = {}
        for label in labels:
            tp = sum(
                n for g, row in self.confusion.items() for p, n in row.items() if p == label and same_category(g, p)
            )
            fp = sum(
                n for g, row in self.confusion.items() for p, n in row.items() if p == label and not same_category(g, p)
            )
            fn = sum(n for p, n in self.confusion.get(label, {}).items() if not same_category(label, p))
            prec = tp / (tp + fp) if tp + fp else 0.0
            rec = tp / (tp + fn) if tp + fn else 0.0
            f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
            out[label] = {
                "precision": round(prec, 3),
                "recall": round(rec, 3),
                "f1": round(f1, 3),
                "support": sum(self.confusion.get(label, {}).values()),
            }
        return out

    @property
    def macro_f1(self) -> float:
        rows = [v["f1"] for v in self.per_category().values() if v["support"]]
        return sum(rows) / len(rows) if rows else 0.0

    def rate(self, key: str) -> float | None:
        total = self.entity_totals.get(f"{key}_total", 0)
        return self.entity_totals.get(f"{key}_ok", 0) / total if total else None

    def to_dict(self) -> dict[str, Any]:
        rates = {
            k: round(v, 4)
            for k in (
                "actor_country",
                "actor_sector",
                "recipient_country",
                "recipient_sector",
                "resolution_country",
                "resolution_sector",
                "source_span",
                "target_span",
            )
            if (v := self.rate(k)) is not None
        }
        return {
            "file": self.name,
            "sentences": self.sentences,
            "accuracy": round(self.accuracy, 4),
            "macro_f1": round(self.macro_f1, 4),
            **rates,
            "per_category": self.per_category(),
            "confusion": {g: dict(row) for g, row in sorted(self.confusion.items())},
        }


def _content_tokens(text: str, start: int, end: int) -> set[tuple[int, int]]:
    out = set()
    for m in re.finditer(r"[\w\-]+", text[start:end]):
        if m.group().lower() not in STOP:
            out.add((start + m.start(), start + m.end()))
    return out


def _locate(text: str, span: str) -> tuple[int, int] | None:
    """Where a gold span is in its sentence; annotators' spacing may differ from the text's."""
    i = text.find(span)
    if i >= 0:
        return i, i + len(span)
    words = span.split()
    m = re.search(r"\s*".join(re.escape(w) for w in words), text) if words else None
    return (m.start(), m.end()) if m else None


def overlaps(text: str, gold: str, entity: Entity) -> bool:
    """Whether a predicted entity covers some of the content words of a gold span.

    Gold spans may skip words with "..." or ".." ("U.S. ... negotiators"): each piece counts."""
    gold_tokens: set[tuple[int, int]] = set()
    for piece in (p.strip() for p in re.split(r"\.{2,}", gold)):
        loc = _locate(text, piece) if piece else None
        if loc is not None:
            gold_tokens |= _content_tokens(text, *loc)
    pred_tokens = _content_tokens(text, entity.start, entity.end)
    return bool(gold_tokens & pred_tokens)


def same_code(gold: str | None, predicted: str | None) -> bool:
    if gold in IGO_LIKE:
        return predicted in IGO_LIKE
    return gold == predicted


def main_event(events: list[Event]) -> Event | None:
    return max(events, key=lambda e: e.confidence) if events else None


def evaluate(coder: Coder, path: str | Path, limit: int | None = None, keep_examples: int = 0) -> Report:
    """Code every labelled sentence of a gold file and score the output."""
    raw = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    if limit:
        raw = raw[:limit]
    report = Report(Path(path).name)
    docs = [Document(text=r["text"], id=str(r.get("id", i))) for i, r in enumerate(raw)]
    for r, (_, events) in zip(raw, coder.code_documents(docs), strict=True):
        _score(report, r, events, coder, keep_examples)
    return report


def _gold_label(r: dict[str, Any]) -> tuple[str | None, list[dict], list[dict]]:
    if "events" in r:
        if not r["events"]:
            return None, [], []
        e = r["events"][0]
        return e["event"], e.get("actor", []), e.get("recipient", [])
    if "event" in r:
        src = [{"text": r["source"]}] if r.get("source") not in (None, "", "actor") else []
        tgt = [{"text": r["target"]}] if r.get("target") not in (None, "", "recipient") else []
        return r["event"], src, tgt
    from dyads.events.ontology import cameo_info

    info = cameo_info(r.get("cameo"))
    return (info.event if info else None), [], []


def _score(report: Report, r: dict[str, Any], events: list[Event], coder: Coder, keep: int) -> None:
    label, actors, recipients = _gold_label(r)
    if label is None:
        return
    text = r["text"]
    best = main_event(events)
    predicted = best.category if best else "NONE"
    report.sentences += 1
    ok = same_category(label, predicted)
    report.correct += ok
    report.confusion[label][predicted] += 1
    if not ok and len(report.examples) < keep:
        report.examples.append({"id": r.get("id"), "gold": label, "predicted": predicted, "text": text})
    every = [x for e in events for x in [*e.actor, *e.recipient]]
    for side, gold_side, pred_side in (
        ("actor", actors, best.actor if best else []),
        ("recipient", recipients, best.recipient if best else []),
    ):
        for g in gold_side:
            if "code" in g:
                _score_entity(report, side, text, g, every)
            elif ok:
                report.entity_totals["source_span_total" if side == "actor" else "target_span_total"] += 1
                if any(overlaps(text, g["text"], p) for p in pred_side):
                    report.entity_totals["source_span_ok" if side == "actor" else "target_span_ok"] += 1
    if any("code" in g for g in actors + recipients):
        _score_resolution(report, text, actors + recipients, coder)


def _score_entity(report: Report, side: str, text: str, g: dict[str, Any], predicted: list[Entity]) -> None:
    if not g.get("code"):
        return
    report.entity_totals[f"{side}_country_total"] += 1
    report.entity_totals[f"{side}_sector_total"] += 1
    match = _matching(g, [p for p in predicted if overlaps(text, g["text"], p)])
    if match is not None and same_code(g["code"], match.code):
        report.entity_totals[f"{side}_country_ok"] += 1
        if (g.get("sector") or None) == (match.sector or None):
            report.entity_totals[f"{side}_sector_ok"] += 1


def _matching(g: dict[str, Any], candidates: list[Entity]) -> Entity | None:
    """The candidate with the gold code if there is one, else the first."""
    return next((p for p in candidates if same_code(g["code"], p.code)), candidates[0] if candidates else None)


def _score_resolution(report: Report, text: str, gold: list[dict[str, Any]], coder: Coder) -> None:
    """Knowledge-base resolution of the labelled spans themselves, in their sentence: the
    entities the coder makes of the phrase (one per member of "US and British forces")."""
    from dyads.actors.mentions import DocContext
    from dyads.events.roles import RoleFinder

    doc = coder.nlp(text)
    finder = RoleFinder(DocContext.build(doc, coder.kb, None))
    for g in gold:
        loc = _locate(text, g.get("text") or "")
        if not g.get("code") or loc is None:
            continue
        span = doc.char_span(*loc, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        while root.dep_ in {"amod", "compound", "poss", "nmod"} and root.head is not root:
            root = root.head  # the coder resolves whole noun phrases: "Hungarian [officials]"
        ent = _matching(g, finder.phrase_entities(root))
        report.entity_totals["resolution_country_total"] += 1
        report.entity_totals["resolution_sector_total"] += 1
        if ent is not None and same_code(g["code"], ent.code):
            report.entity_totals["resolution_country_ok"] += 1
            if (g.get("sector") or None) == (ent.sector or None):
                report.entity_totals["resolution_sector_ok"] += 1


def format_report(report: Report) -> str:
    d = report.to_dict()
    lines = [
        f"{d['file']}: {d['sentences']} sentences",
        f"  category accuracy  {d['accuracy']:.3f}    macro-F1 {d['macro_f1']:.3f}",
    ]
    for key, name in (
        ("actor_country", "actor country"),
        ("actor_sector", "actor sector"),
        ("recipient_country", "recipient country"),
        ("recipient_sector", "recipient sector"),
        ("resolution_country", "span resolution country"),
        ("resolution_sector", "span resolution sector"),
        ("source_span", "source span found (category right)"),
        ("target_span", "target span found (category right)"),
    ):
        if key in d:
            lines.append(f"  {name:<36} {d[key]:.3f}")
    lines.append("  per category (precision / recall / F1 / n):")
    for label, v in d["per_category"].items():
        lines.append(f"    {label:<10} {v['precision']:.2f} {v['recall']:.2f} {v['f1']:.2f} {v['support']:>4}")
    cols = [c for c in (*CATEGORIES, "YIELD", "NONE") if any(c in row for row in d["confusion"].values())]
    lines.append("  confusion (rows gold, columns predicted):")
    lines.append("    " + " " * 10 + " ".join(f"{c[:4]:>4}" for c in cols))
    for g, row in d["confusion"].items():
        lines.append(f"    {g:<10}" + " ".join(f"{row.get(c, 0):>4}" for c in cols))
    return "\n".join(lines)


def evaluate_files(coder: Coder, paths: Iterable[str | Path], **kw: Any) -> list[Report]:
    return [evaluate(coder, p, **kw) for p in paths]
