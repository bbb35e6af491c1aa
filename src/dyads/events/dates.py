"""When an event happened: the document date moved by the sentence's time expressions.

``resolve_date`` returns the date and how it was found (``basis``): ``explicit``
("March 3, 2019", "in 2015"), ``relative`` ("on Sunday", "last week", "yesterday"),
``document`` (no expression: the article's date) or ``undated``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from dyads.nlp.syntax import sentence_ents, tree_distance

MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        1,
    )
}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
YEAR_RE = re.compile(r"\b(19\d\d|20\d\d)\b")
DAY_RE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\b")


@dataclass(frozen=True)
class EventDate:
    date: str | None
    basis: str  # explicit | relative | document | undated
    text: str | None = None
    precision: str = "day"  # day | month | year

    def to_dict(self) -> dict[str, str | None]:
        return {"basis": self.basis, "text": self.text, "precision": self.precision}


def _date_phrases(sent: Span, trigger: Token) -> list[Span]:
    """Time expressions of the sentence, nearest to the trigger in the parse first.

    A dateline ("KABUL, March 3 -") dates the story, not the event: it goes last."""
    ents = [e for e in sentence_ents(sent) if e.label_ in {"DATE", "TIME"}]
    return sorted(ents, key=lambda e: (_is_dateline(sent, e), tree_distance(e.root, trigger), e.start))


def _is_dateline(sent: Span, ent: Span) -> bool:
    if ent.start - sent.start > 6:
        return False
    return any(t.text in {"-", "–", "—", "(", ":"} for t in sent.doc[ent.start : min(ent.end + 2, sent.end)])


def resolve_date(sent: Span, trigger: Token, doc_date: dt.date | None, future: bool = False) -> EventDate:
    """The event's date from the time expressions near its trigger."""
    for phrase in _date_phrases(sent, trigger):
        found = parse_expression(phrase.text, doc_date, future)
        if found is not None:
            return found
    if doc_date is not None:
        return EventDate(doc_date.isoformat(), "document")
    return EventDate(None, "undated")


def parse_expression(text: str, doc_date: dt.date | None, future: bool = False) -> EventDate | None:
    """Parse one time expression relative to the document date."""
    low = text.lower().strip()
    words = re.findall(r"[a-z]+", low)
    year_m = YEAR_RE.search(low)
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    if month is not None and "may" in words and month == 5 and not (year_m or DAY_RE.search(low)):
        month = None  # "may" the modal
    if month is not None:
        day_m = DAY_RE.search(YEAR_RE.sub("", low))
        year = int(year_m.group(1)) if year_m else _infer_year(doc_date, month, future)
        if year is None:
            return None
        if day_m and 1 <= int(day_m.group(1)) <= 31:
            try:
                d = dt.date(year, month, int(day_m.group(1)))
            except ValueError:
                return None
            return EventDate(d.isoformat(), "explicit" if year_m else "relative", text)
        return EventDate(dt.date(year, month, 1).isoformat(), "explicit" if year_m else "relative", text, "month")
    if year_m and len(words) <= 3:
        return EventDate(dt.date(int(year_m.group(1)), 1, 1).isoformat(), "explicit", text, "year")
    if doc_date is None:
        return None
    return _relative(words, text, doc_date, future)


def _infer_year(doc_date: dt.date | None, month: int, future: bool) -> int | None:
    if doc_date is None:
        return None
    if future:
        return doc_date.year + (1 if month < doc_date.month else 0)
    return doc_date.year - (1 if month > doc_date.month else 0)


def _relative(words: list[str], text: str, doc_date: dt.date, future: bool) -> EventDate | None:
    def rel(d: dt.date, precision: str = "day") -> EventDate:
        return EventDate(d.isoformat(), "relative", text, precision)

    if "yesterday" in words or ("last" in words and "night" in words):
        return rel(doc_date - dt.timedelta(days=1))
    if "today" in words or "tonight" in words:
        return rel(doc_date)
    if "tomorrow" in words:
        return rel(doc_date + dt.timedelta(days=1))
    for w in words:
        if w in WEEKDAYS:
            delta = (doc_date.weekday() - WEEKDAYS[w]) % 7
            if future or "next" in words:
                ahead = (WEEKDAYS[w] - doc_date.weekday()) % 7 or 7
                return rel(doc_date + dt.timedelta(days=ahead))
            return rel(doc_date - dt.timedelta(days=delta))
    step = -1 if "last" in words or "past" in words or "ago" in words else (1 if "next" in words else 0)
    if "week" in words or "weeks" in words:
        n = _count(words)
        return rel(doc_date + dt.timedelta(weeks=step * n) if step else doc_date, "week")
    if "month" in words or "months" in words:
        n = _count(words)
        m = doc_date.month - 1 + step * n
        return rel(dt.date(doc_date.year + m // 12, m % 12 + 1, 1), "month")
    if "year" in words or "years" in words:
        n = _count(words)
        return rel(dt.date(doc_date.year + step * n, 1, 1), "year")
    return None


def _count(words: list[str]) -> int:
    numbers = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "several": 3, "few": 2}
    for w in words:
        if w in numbers:
            return numbers[w]
    return 1
