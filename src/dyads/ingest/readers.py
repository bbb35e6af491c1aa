"""Read documents from files, folders, JSONL, CSV, HTML, RSS/Atom feeds or stdin.

`read_inputs` yields `Document` objects and, for input it cannot use, `InputError`
objects naming the file and line, so that one bad document never stops a batch.

- ``.txt``: one article; the first line is the title, the rest the body.
- ``.jsonl``: one document per line, ``{"id", "text", "date"?, "title"?, "url"?, "source"?}``.
- ``.csv``: one document per row with a ``text`` column (and optional ``id``, ``title``,
  ``date``, ``url``, ``source``).
- ``.html``/``.htm``: the main text of a web page (trafilatura), with its metadata.
- ``.xml``/``.rss``/``.atom`` or an ``http(s)://`` URL: the entries of a feed (feedparser).
- a folder: every supported file under it, in name order; ``-``: stdin (JSONL or text).
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dyads.errors import InputError
from dyads.ingest.document import Document, parse_date

TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
CSV_SUFFIXES = {".csv", ".tsv"}
HTML_SUFFIXES = {".html", ".htm"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
SUPPORTED = TEXT_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES
MAX_DOC_BYTES = 10_000_000
FIELDS = {"id", "text", "date", "title", "url", "source"}

Item = Document | InputError


def read_inputs(
    inputs: list[str], default_date: Any = None, text_column: str = "text", max_bytes: int = MAX_DOC_BYTES
) -> Iterator[Item]:
    """Documents (and errors) from every input, in order."""
    date = parse_date(default_date) if default_date else None
    for item in inputs:
        for out in _read_one(item, text_column, max_bytes):
            if isinstance(out, Document) and out.date is None and date is not None:
                out.date = date
            yield out


def _read_one(item: str, text_column: str, max_bytes: int) -> Iterator[Item]:
    if item == "-":
        yield from _read_stdin(max_bytes)
        return
    if item.startswith(("http://", "https://")):
        yield from read_feed(item, item)
        return
    path = Path(item)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED)
        if not files:
            yield InputError(str(path), "no .txt, .jsonl, .csv, .html or feed files in this folder")
        for p in files:
            yield from _read_file(p, text_column, max_bytes)
        return
    if not path.exists():
        yield InputError(item, "no such file or folder")
        return
    yield from _read_file(path, text_column, max_bytes)


def _read_file(path: Path, text_column: str, max_bytes: int) -> Iterator[Item]:
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield InputError(str(path), f"cannot read: {exc.strerror}")
        return
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path, max_bytes)
    elif suffix in CSV_SUFFIXES:
        yield from read_csv(path, text_column, max_bytes)
    elif suffix in HTML_SUFFIXES:
        yield from read_html(path, max_bytes)
    elif suffix in FEED_SUFFIXES:
        yield from read_feed(str(path), str(path))
    else:
        if size > max_bytes:
            yield InputError(
                str(path), f"file is {size / 1e6:.0f} MB; the limit for one document is {max_bytes / 1e6:.0f} MB", 1
            )
            return
        yield from read_text_file(path)


def _decode(data: bytes, origin: str) -> str | InputError:
    if b"\x00" in data[:8192]:
        return InputError(origin, "binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return InputError(origin, f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})", line)


def article(text: str, origin: str, doc_id: str = "") -> Item:
    """A document from article text: first line the title, then the body."""
    if not text.strip():
        return InputError(origin, "empty document")
    first = text.strip().splitlines()[0].strip()
    title = first if len(first) < 300 else None
    return Document(text=text, id=doc_id, title=title, origin=origin)


def read_decoded(path: Path, max_bytes: int | None = None) -> str | InputError:
    """A file's text, or why it cannot be read: unreadable, too large, binary, not UTF-8."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return InputError(str(path), f"cannot read: {exc.strerror}")
    if max_bytes is not None and len(data) > max_bytes:
        return InputError(str(path), f"file is {len(data) / 1e6:.0f} MB; the limit is {max_bytes / 1e6:.0f} MB")
    return _decode(data, str(path))


def read_text_file(path: Path) -> Iterator[Item]:
    text = read_decoded(path)
    yield text if isinstance(text, InputError) else article(text, str(path))


def document_from_record(
    raw: Any, origin: str, line: int | None, text_key: str = "text", max_bytes: int = MAX_DOC_BYTES
) -> Item:
    """A document from one JSON/CSV record, or an error naming the field."""
    if not isinstance(raw, dict):
        return InputError(origin, "expected a JSON object", line)
    text = raw.get(text_key)
    if text is None:
        return InputError(origin, f"missing field '{text_key}'", line)
    if not isinstance(text, str):
        return InputError(origin, f"field '{text_key}' must be a string", line)
    if not text.strip():
        return InputError(origin, f"field '{text_key}' is empty", line)
    if len(text) > max_bytes:
        return InputError(
            origin, f"field '{text_key}' is {len(text) / 1e6:.0f} MB; the limit is {max_bytes / 1e6:.0f} MB", line
        )
    try:
        date = parse_date(raw.get("date"))
    except ValueError as exc:
        return InputError(origin, f"field 'date': {exc}", line)
    doc_id = raw.get("id")
    return Document(
        text=text,
        id=str(doc_id) if doc_id not in (None, "") else "",
        title=_opt_str(raw.get("title")),
        date=date,
        url=_opt_str(raw.get("url")),
        source=_opt_str(raw.get("source")),
        origin=f"{origin}:{line}" if line else origin,
    )


def _opt_str(v: Any) -> str | None:
    return str(v) if v not in (None, "") else None


def read_jsonl(path: Path, max_bytes: int = MAX_DOC_BYTES) -> Iterator[Item]:
    try:
        f = open(path, "rb")  # noqa: SIM115  (closed by the `with` below)
    except OSError as exc:
        yield InputError(str(path), f"cannot read: {exc.strerror}")
        return
    with f:
        yield from _jsonl_lines(f, str(path), max_bytes)


def _jsonl_lines(f: io.BufferedIOBase | Any, origin: str, max_bytes: int) -> Iterator[Item]:
    seen = False
    for lineno, raw in enumerate(f, 1):
        if not raw.strip():
            continue
        seen = True
        if len(raw) > max_bytes:
            yield InputError(origin, f"line is {len(raw) / 1e6:.0f} MB; the limit is {max_bytes / 1e6:.0f} MB", lineno)
            continue
        line = _decode(raw, origin) if isinstance(raw, bytes) else raw
        if isinstance(line, InputError):
            yield InputError(origin, line.message, lineno)
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(origin, f"invalid JSON: {exc.msg} (column {exc.colno})", lineno)
            continue
        yield document_from_record(record, origin, lineno, max_bytes=max_bytes)
    if not seen:
        yield InputError(origin, "empty file")


def read_csv(path: Path, text_column: str = "text", max_bytes: int = MAX_DOC_BYTES) -> Iterator[Item]:
    text = read_decoded(path)
    if isinstance(text, InputError):
        yield text
        return
    csv.field_size_limit(max(max_bytes, 1_000_000))
    dialect = "excel-tab" if path.suffix.lower() == ".tsv" else "excel"
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    if not reader.fieldnames or text_column not in reader.fieldnames:
        yield InputError(str(path), f"no '{text_column}' column (columns: {', '.join(reader.fieldnames or [])})", 1)
        return
    try:
        for row in reader:
            record = {k: v for k, v in row.items() if k in FIELDS or k == text_column}
            yield document_from_record(record, str(path), reader.line_num, text_column, max_bytes)
    except csv.Error as exc:
        yield InputError(str(path), f"malformed CSV: {exc}", reader.line_num)


def read_html(path: Path, max_bytes: int = MAX_DOC_BYTES) -> Iterator[Item]:
    import trafilatura

    html = read_decoded(path, max_bytes)
    if isinstance(html, InputError):
        yield html
        return
    extracted = trafilatura.bare_extraction(html, with_metadata=True)
    data: dict[str, Any] = extracted.as_dict() if hasattr(extracted, "as_dict") else (extracted or {})  # type: ignore[union-attr]
    text = (data.get("text") or "").strip()
    if not text:
        yield InputError(str(path), "no article text found in this HTML page")
        return
    title = data.get("title")
    body = f"{title}\n\n{text}" if title else text
    try:
        date = parse_date(data.get("date"))
    except ValueError:
        date = None
    yield Document(
        text=body,
        title=title,
        date=date,
        url=data.get("url"),
        source=data.get("sitename") or data.get("hostname"),
        origin=str(path),
    )


def read_feed(location: str, origin: str) -> Iterator[Item]:
    """Entries of an RSS/Atom feed file or URL (the network is used only for URLs)."""
    import feedparser

    parsed = feedparser.parse(location)
    if parsed.bozo and not parsed.entries:
        yield InputError(origin, f"not a readable RSS/Atom feed: {parsed.get('bozo_exception', 'unknown error')}")
        return
    source = parsed.feed.get("title")
    for n, entry in enumerate(parsed.entries, 1):
        body = _entry_text(entry)
        if not body:
            yield InputError(origin, f"entry {n} has no text", n)
            continue
        title = entry.get("title")
        published = entry.get("published_parsed") or entry.get("updated_parsed")
        date = (
            parse_date(f"{published.tm_year:04d}-{published.tm_mon:02d}-{published.tm_mday:02d}") if published else None
        )
        text = f"{title}\n\n{body}" if title else body
        yield Document(
            text=text,
            id=str(entry.get("id") or ""),
            title=title,
            date=date,
            url=entry.get("link"),
            source=source,
            origin=f"{origin}#{n}",
        )


def _entry_text(entry: Any) -> str:
    import re
    from html import unescape

    parts = [c.get("value", "") for c in entry.get("content", [])] or [entry.get("summary", "")]
    html = "\n".join(p for p in parts if p)
    text = re.sub(r"<[^>]+>", " ", html)
    return re.sub(r"[ \t]+", " ", unescape(text)).strip()


def _read_stdin(max_bytes: int) -> Iterator[Item]:
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        yield InputError("<stdin>", f"more than {max_bytes / 1e6:.0f} MB on stdin; use a JSONL file instead")
        return
    text = _decode(data, "<stdin>")
    if isinstance(text, InputError):
        yield text
        return
    if text.lstrip().startswith("{"):
        yield from _jsonl_lines(io.StringIO(text), "<stdin>", max_bytes)
    else:
        yield article(text, "<stdin>")
