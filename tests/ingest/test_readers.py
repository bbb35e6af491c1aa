"""Reading documents: every supported shape, and one clear error per bad input."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from dyads.errors import InputError
from dyads.ingest.document import Document
from dyads.ingest.readers import read_inputs


def split(items):
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, InputError)]
    return docs, errors


def test_txt_article_has_title_and_body(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Ministers meet in Oslo\n\nThe foreign ministers of Norway and Chile met on Monday.\n")
    docs, errors = split(list(read_inputs([str(f)])))
    assert not errors
    assert docs[0].title == "Ministers meet in Oslo"
    assert "Chile" in docs[0].text
    assert docs[0].id == Document(text=docs[0].text).id  # content-derived id


def test_folder_reads_every_supported_file_in_order(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("Second\n\nBody two.")
    (tmp_path / "a.txt").write_text("First\n\nBody one.")
    (tmp_path / "notes.md").write_text("ignored")
    docs, _ = split(list(read_inputs([str(tmp_path)])))
    assert [d.title for d in docs] == ["First", "Second"]


def test_jsonl_fields_and_bad_lines(tmp_path: Path) -> None:
    f = tmp_path / "docs.jsonl"
    lines = [
        json.dumps(
            {
                "id": "d1",
                "text": "Kenya and Uganda signed a border pact.",
                "date": "2021-04-02",
                "title": "Pact",
                "url": "https://example.org/1",
                "source": "Example Wire",
            }
        ),
        "{not json",
        json.dumps({"id": "d3"}),
        json.dumps({"id": "d4", "text": "Fine text.", "date": "02/04/2021"}),
        json.dumps({"id": "d5", "text": 42}),
        "",
        json.dumps({"id": "d7", "text": "Peru recalled its ambassador."}),
    ]
    f.write_text("\n".join(lines) + "\n")
    docs, errors = split(list(read_inputs([str(f)])))
    assert [d.id for d in docs] == ["d1", "d7"]
    assert docs[0].date == dt.date(2021, 4, 2) and docs[0].source == "Example Wire"
    messages = [str(e) for e in errors]
    assert messages[0].startswith(f"{f}:2: invalid JSON")
    assert messages[1] == f"{f}:3: missing field 'text'"
    assert messages[2].startswith(f"{f}:4: field 'date'")
    assert messages[3] == f"{f}:5: field 'text' must be a string"


def test_empty_binary_and_non_utf8_files(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp_path / "latin1.txt").write_bytes("Title\n\nS\xe3o Paulo".encode("latin-1"))
    (tmp_path / "good.txt").write_text("Title\n\nGhana hosted talks.")
    docs, errors = split(list(read_inputs([str(tmp_path)])))
    assert [d.title for d in docs] == ["Title"]
    by_file = {Path(e.source).name: e.message for e in errors}
    assert by_file["empty.txt"] == "empty document"
    assert "binary" in by_file["binary.txt"]
    assert "not UTF-8" in by_file["latin1.txt"]


def test_oversized_single_line_file_is_refused_with_its_name(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    big.write_text("x" * 2_000)
    _, errors = split(list(read_inputs([str(big)], max_bytes=1_000)))
    assert len(errors) == 1 and str(errors[0]).startswith(f"{big}:1: file is")


def test_missing_path_is_an_error_not_a_crash(tmp_path: Path) -> None:
    _, errors = split(list(read_inputs([str(tmp_path / "nope.txt")])))
    assert errors[0].message == "no such file or folder"


def test_csv_with_text_column(tmp_path: Path) -> None:
    f = tmp_path / "docs.csv"
    f.write_text('id,text,date\nc1,"Chile and Peru held talks.",2020-01-05\nc2,,2020-01-06\n')
    docs, errors = split(list(read_inputs([str(f)])))
    assert [d.id for d in docs] == ["c1"] and docs[0].date == dt.date(2020, 1, 5)
    assert str(errors[0]) == f"{f}:3: field 'text' is empty"


def test_csv_without_text_column(tmp_path: Path) -> None:
    f = tmp_path / "docs.csv"
    f.write_text("id,body\n1,hello\n")
    _, errors = split(list(read_inputs([str(f)])))
    assert "no 'text' column" in str(errors[0])


def test_html_page_main_text(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    body = " ".join(["The president of Ghana met the president of Togo in Accra on Friday."] * 5)
    f.write_text(
        f"<html><head><title>Leaders meet</title></head><body><nav>Home | About</nav>"
        f"<article><h1>Leaders meet</h1><p>{body}</p></article></body></html>"
    )
    docs, errors = split(list(read_inputs([str(f)])))
    assert not errors
    assert "president of Togo" in docs[0].text


def test_rss_feed_entries(tmp_path: Path) -> None:
    f = tmp_path / "feed.xml"
    f.write_text("""<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>
      <item><title>Oman mediates</title><link>https://example.org/a</link>
        <description>Oman hosted talks between the two delegations.</description>
        <pubDate>Tue, 05 Mar 2019 10:00:00 GMT</pubDate><guid>a1</guid></item>
      <item><title>Empty</title><guid>a2</guid></item>
    </channel></rss>""")
    docs, errors = split(list(read_inputs([str(f)])))
    assert docs[0].date == dt.date(2019, 3, 5)
    assert docs[0].source == "Example Wire" and docs[0].url == "https://example.org/a"
    assert "hosted talks" in docs[0].text
    assert len(errors) == 1 and "entry 2" in str(errors[0])


def test_default_date_applies_only_where_missing(tmp_path: Path) -> None:
    f = tmp_path / "docs.jsonl"
    f.write_text(json.dumps({"text": "a b c", "date": "2020-01-01"}) + "\n" + json.dumps({"text": "d e f"}) + "\n")
    docs, _ = split(list(read_inputs([str(f)], default_date="2022-02-02")))
    assert [d.date for d in docs] == [dt.date(2020, 1, 1), dt.date(2022, 2, 2)]
