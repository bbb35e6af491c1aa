"""Derive src/dyads/data/ontology/cameo.csv from the reference tables.

Run once by maintainers (the output is committed):

    python scripts/derive_ontology.py ../shared/reference

Inputs: ``cameo_codes_goldstein.csv`` (andybega/icews, MIT) for code names and
Goldstein scores, ``CAMEO2PLOVER-2021.txt`` (OEDA, CC BY-SA 4.0) for the PLOVER
category, mode and context of each code. Only code-level facts are kept (no
descriptions or examples). Legacy mode names of the 2021 table are mapped to the
modes of the PLOVER 2024 manual; see docs/ontology.md.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/dyads/data/ontology/cameo.csv"

# 2021 table mode -> PLOVER 2024 mode ("" drops a mode that is really a context).
MODE_FIX = {
    "assassinate": "targeted",
    "massacre": "targeted",
    "cleansing": "",
    "pro_autocracy": "",
    "ban": "restrict",
    "political": "restrict",
    "ease": "",
    "return": "release",
}

# CAMEO 02 (APPEAL) is dropped by the 2021 table; PLOVER defines REQUEST as all
# requests, so appeals become REQUEST with the mode of the matching 10x code.
APPEAL_MODES = {
    "021": "assist",
    "022": "assist",
    "023": "assist",
    "024": "change",
    "025": "yield",
    "026": "meet",
    "027": "meet",
    "028": "meet",
}


def parse_plover_table(path: Path) -> dict[str, tuple[str, str, str]]:
    table: dict[str, tuple[str, str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        m = re.match(r"^(\d{2,4}):\s*(.*)$", line)
        if not m or len(m.group(1)) == 2:
            continue
        parts = [p.strip() for p in m.group(2).split(",")]
        parts += [""] * (3 - len(parts))
        event, mode, context = parts[:3]
        mode = MODE_FIX.get(mode, mode)
        context = ";".join(c.strip() for c in context.split(";") if c.strip())
        table.setdefault(m.group(1), (event, mode, context))
    return table


def root_event(code: str, table: dict[str, tuple[str, str, str]]) -> tuple[str, str, str]:
    """Fall back from a 4-digit code to its 3-digit parent, then to the root."""
    for prefix in (code, code[:3], code[:2] + "0"):
        if prefix in table:
            event, mode, context = table[prefix]
            return event, (mode if prefix == code else ""), context
    return "", "", ""


def main(reference: Path) -> None:
    table = parse_plover_table(reference / "CAMEO2PLOVER-2021.txt")
    rows = []
    with open(reference / "cameo_codes_goldstein.csv", encoding="utf-8", errors="replace") as f:
        for r in csv.DictReader(f):
            code = r["code"].strip()
            if len(code) == 2:
                continue
            event, mode, context = root_event(code, table)
            if code.startswith("02"):
                event, mode = "REQUEST", APPEAL_MODES.get(code[:3], "")
            rows.append(
                {
                    "cameo": code,
                    "name": r["name"].strip(),
                    "goldstein": float(r["goldstein"]),
                    "plover_event": event,
                    "plover_mode": mode,
                    "plover_context": context,
                }
            )
    with open(OUT, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} codes to {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference"))
