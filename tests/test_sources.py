"""Sources: files, directories, standard input and JSONL → RawArticle, and every kind of bad input."""

from __future__ import annotations

import codecs
import io
import json
from datetime import date
from pathlib import Path

import pytest

from eventwire.errors import InputError
from eventwire.models import Origin, RawArticle
from eventwire.sources import decode_bytes, parse_date, read_bytes, read_inputs, sniff_format

STORY = "Floods hit Freedonia\n\nHeavy rain forced thousands from their homes on Tuesday.\n"
PAGE = "<html><body><h1>Floods</h1><p>Heavy rain forced thousands from their homes.</p></body></html>"


def read(*paths: object, **kwargs: object) -> list[RawArticle | InputError]:
    return list(read_inputs([str(p) for p in paths], **kwargs))  # type: ignore[arg-type]


def only(items: list[RawArticle | InputError]) -> RawArticle:
    assert len(items) == 1 and isinstance(items[0], RawArticle), items
    return items[0]


def error(items: list[RawArticle | InputError]) -> InputError:
    assert len(items) == 1 and isinstance(items[0], InputError), items
    return items[0]


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# --- one article per file ---------------------------------------------------------------------------------


def test_text_file_is_one_article_with_its_path(tmp_path: Path) -> None:
    path = write(tmp_path / "story.txt", STORY)
    raw = only(read(path))
    assert raw.text == STORY and raw.html is None
    assert raw.origin == Origin(path=str(path))
    assert raw.id is None and raw.date is None


@pytest.mark.parametrize("name", ["page.html", "page.htm", "PAGE.HTML"])
def test_html_file_gives_html(tmp_path: Path, name: str) -> None:
    raw = only(read(write(tmp_path / name, PAGE)))
    assert raw.html == PAGE and raw.text is None


def test_unknown_suffix_is_sniffed(tmp_path: Path) -> None:
    assert only(read(write(tmp_path / "a.md", STORY))).text == STORY
    assert only(read(write(tmp_path / "b.dat", "  " + PAGE))).html is not None
    assert len(read(write(tmp_path / "c", '{"text": "a"}\n{"text": "b"}\n'))) == 2


def test_input_format_overrides_the_suffix(tmp_path: Path) -> None:
    path = write(tmp_path / "page.txt", PAGE)
    assert only(read(path)).text == PAGE
    assert only(read(path, input_format="html")).html == PAGE
    assert only(read(write(tmp_path / "x.jsonl", STORY), input_format="text")).text == STORY


def test_unknown_input_format_is_refused_at_once() -> None:
    with pytest.raises(ValueError, match="input format"):
        read_inputs(["x.txt"], input_format="pdf")


# --- JSONL ------------------------------------------------------------------------------------------------


def test_jsonl_gives_one_article_per_line_with_its_fields(tmp_path: Path) -> None:
    lines = [
        {
            "id": "r1",
            "text": "First story.",
            "title": "One",
            "date": "2018-03-29",
            "url": "https://x.test/1",
            "source": "UPI",
        },
        {"id": 7, "html": PAGE, "date": "2018-03-30T08:15:00Z"},
        {"text": "Third.", "date": "2018-03-31T23:59:00+02:00", "extra": [1, 2]},
    ]
    content = "\n".join(json.dumps(x) for x in lines[:2]) + "\n\n" + json.dumps(lines[2])
    path = write(tmp_path / "news.jsonl", content)
    first, second, third = read(path)
    assert isinstance(first, RawArticle) and isinstance(second, RawArticle) and isinstance(third, RawArticle)
    assert first.origin == Origin(path=str(path), line=1, url="https://x.test/1")
    assert (first.id, first.text, first.title, first.date, first.url, first.source) == (
        "r1",
        "First story.",
        "One",
        date(2018, 3, 29),
        "https://x.test/1",
        "UPI",
    )
    assert (second.id, second.html, second.text, second.date) == ("7", PAGE, None, date(2018, 3, 30))
    assert third.origin.line == 4 and third.id is None and third.date == date(2018, 3, 31)


def test_jsonl_prefers_text_and_falls_back_to_html_when_text_is_empty(tmp_path: Path) -> None:
    lines = '{"text": "Body.", "html": "<p>x</p>"}\n{"text": " ", "html": "<p>y</p>"}\n'
    path = write(tmp_path / "a.jsonl", lines)
    first, second = read(path)
    assert isinstance(first, RawArticle) and first.text == "Body."
    assert isinstance(second, RawArticle) and second.html == "<p>y</p>"


def test_jsonl_line_breaks_inside_strings_are_not_line_ends(tmp_path: Path) -> None:
    line = json.dumps({"text": "one\u2028two\u0085three"}, ensure_ascii=False)
    path = write(tmp_path / "a.jsonl", line + "\n")
    assert only(read(path)).text == "one\u2028two\u0085three"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("not json", "not valid JSON (Expecting value at column 1)"),
        ('{"text": "a"', "not valid JSON"),
        ("[1, 2]", "not a JSON object"),
        ('{"id": "x", "title": "No body"}', "no 'text' or 'html' field"),
        ('{"text": ""}', "empty 'text'"),
        ('{"text": 42}', "'text' is not a string"),
        ('{"text": "a", "date": "2018-13-45"}', "bad date '2018-13-45'"),
        ('{"text": "a", "date": "last Tuesday"}', "bad date 'last Tuesday'"),
        ('{"text": "a", "date": 20180329}', "bad date 20180329"),
        ('{"text": "a", "title": ["x"]}', "'title' is not a string"),
        ('{"text": "a", "id": {"x": 1}}', "'id' is not a string or an integer"),
    ],
)
def test_bad_jsonl_line_gives_an_error_naming_the_line_and_reading_goes_on(
    tmp_path: Path, line: str, reason: str
) -> None:
    path = write(tmp_path / "bad.jsonl", '{"text": "good one"}\n' + line + '\n{"text": "good two"}\n')
    items = read(path)
    assert [type(x).__name__ for x in items] == ["RawArticle", "InputError", "RawArticle"]
    bad = items[1]
    assert isinstance(bad, InputError)
    assert bad.where == f"{path}:2"
    assert bad.reason.startswith(reason)


def test_parse_date_reads_iso_dates_and_datetimes() -> None:
    assert parse_date("2018-03-29") == date(2018, 3, 29)
    assert parse_date(" 2018-03-29T10:00:00Z ") == date(2018, 3, 29)
    assert parse_date("2018-03-29 10:00") == date(2018, 3, 29)
    with pytest.raises(ValueError):
        parse_date("29/03/2018")


# --- directories and standard input -----------------------------------------------------------------------


def test_directory_gives_its_article_files_sorted_and_recursively(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", STORY)
    write(tmp_path / "a.html", PAGE)
    write(tmp_path / "sub" / "c.jsonl", '{"text": "x"}\n{"text": "y"}\n')
    write(tmp_path / "notes.md", "not an article")
    write(tmp_path / ".hidden" / "d.txt", STORY)
    write(tmp_path / ".e.txt", STORY)
    items = read(tmp_path)
    assert all(isinstance(x, RawArticle) for x in items)
    paths = [(Path(x.origin.path).relative_to(tmp_path).as_posix(), x.origin.line) for x in items]  # type: ignore
    assert paths == [("a.html", None), ("b.txt", None), ("sub/c.jsonl", 1), ("sub/c.jsonl", 2)]


@pytest.mark.parametrize(
    ("stdin", "field"),
    [
        (io.BytesIO(STORY.encode()), "text"),
        (io.StringIO(STORY), "text"),
        (io.BytesIO(b"\n  " + PAGE.encode()), "html"),
        (io.TextIOWrapper(io.BytesIO(b'{"text": "a"}\n'), encoding="utf-8"), "text"),
    ],
)
def test_standard_input_is_read_for_dash_and_for_no_path(stdin: io.IOBase, field: str) -> None:
    items = list(read_inputs([], stdin=stdin))  # type: ignore[arg-type]
    raw = only(items)
    assert getattr(raw, field) and raw.origin.path is None
    assert raw.origin.describe().startswith("<stdin>")


def test_dash_among_paths_reads_standard_input_in_order(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", STORY)
    items = read(path, "-", stdin=io.BytesIO(b'{"text": "x"}\n{"text": "y"}\n'))
    assert [x.origin.describe() for x in items] == [str(path), "<stdin>:1", "<stdin>:2"]  # type: ignore


def test_sniff_format() -> None:
    assert sniff_format('\ufeff {"text": 1}') == "jsonl"
    assert sniff_format("\n<!DOCTYPE html>") == "html"
    assert sniff_format("Floods hit") == "text"


# --- bad inputs: an error each, and the reading goes on ---------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b" \n\t\n", "empty file"),
        ("blank.jsonl", b"\n\n", "empty file"),
        ("blank.html", "\ufeff  ".encode(), "empty file"),
        ("nul.txt", b"Heavy rain\x00\x00\x01 forced", "binary file, not text"),
        ("image.html", bytes(range(256)) * 4, "binary file, not text"),
        ("controls.txt", b"ab\x01\x02\x03\x04cd\x05\x06\x07\x08ef", "binary file, not text"),
        ("bad.txt", b"Heavy rain \x81\x8d forced", "cannot decode as UTF-8 (byte 0x81 at offset 11)"),
        (
            "koi8.txt",
            "Сильный дождь вынудил тысячи людей".encode("koi8_r"),
            "cannot decode as UTF-8 (byte 0xf3 at offset 0)",
        ),
    ],
)
def test_bad_file_gives_one_clear_error_and_reading_goes_on(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    bad = write(tmp_path / name, content)
    good = write(tmp_path / "good.txt", STORY)
    items = read(bad, good)
    assert isinstance(items[0], InputError)
    assert (items[0].where, items[0].reason) == (str(bad), reason)
    assert isinstance(items[1], RawArticle) and items[1].text == STORY


def test_missing_file_and_empty_directory(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    write(tmp_path / "empty" / "readme.md", "no articles here")
    missing = error(read(tmp_path / "nope.txt"))
    assert (missing.where, missing.reason) == (str(tmp_path / "nope.txt"), "no such file")
    empty = error(read(tmp_path / "empty"))
    assert empty.where == str(tmp_path / "empty")
    assert empty.reason.startswith("no articles in directory")


def test_empty_and_binary_standard_input() -> None:
    assert error(list(read_inputs(["-"], stdin=io.BytesIO(b"")))).reason == "empty file"
    assert error(list(read_inputs(["-"], stdin=io.StringIO("a\x00b")))).reason == "binary file, not text"


# --- decoding ---------------------------------------------------------------------------------------------

TEXT = "The café “Grüß Gott” — a naïve début in Paris, the reporter said on Tuesday."


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le", "utf-16-be", "cp1252"],
)
def test_decoding_layers(data: bytes) -> None:
    assert decode_bytes(data, "x") == TEXT


def test_utf16_file_is_read(tmp_path: Path) -> None:
    path = write(tmp_path / "u16.txt", STORY.encode("utf-16"))
    assert only(read(path)).text == STORY


def test_html_declared_charset_is_used_when_utf8_fails() -> None:
    page = '<html><head><meta charset="windows-1251"></head><body><p>Москва заявила</p></body></html>'
    raw = only(list(read_bytes(page.encode("cp1251"), Origin(path="ru.html"), name="ru.html")))
    assert raw.html == page
    latin = '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>d\x93j\x94</p>'
    assert decode_bytes(latin.encode("latin-1"), "x", declared="iso-8859-1").endswith("<p>d“j”</p>")
