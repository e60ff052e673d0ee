"""The ``eventwire`` command line, run in-process through ``eventwire.cli.main`` (the spaCy pipeline is cached
per process, so only the first call loads it) and once as ``python -m eventwire`` (the entry point).
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from conftest import REPO, shared_path
from eventwire.cli import main
from eventwire.errors import InputError
from eventwire.sources import decode_bytes
from eventwire.store import Store
from expectations import ACTOR_KEYS, ARTICLE_KEYS, EVENT_KEYS

pytestmark = pytest.mark.model

DATE = "2018-03-29"  # a Thursday: "on Monday" is 2018-03-26
STORY = (
    "Iran and Iraq held talks in Baghdad on Monday, the Pentagon said.\n\n"
    '"We will strengthen cooperation with Iraq," the Iranian foreign ministry stated.\n'
)
ARTICLES = [
    {"id": "a1", "text": "Russia attacked Ukraine on Monday.", "date": "2018-03-29"},
    {"id": "a2", "text": "Iran will meet Iraq next week.", "title": "Talks ahead"},
    {"id": "a3", "text": "China condemned Japan."},
]
#: invalid UTF-8 that Windows-1252 cannot decode either (0x81, 0x8d, 0x8f, 0x90, 0x9d are unassigned there)
UNDECODABLE = b"Iran met Iraq \xff\xfe\xfa on Monday \x81\x8d\x8f\x90\x9d."

ARTICLE_FIELDS = set(ARTICLE_KEYS)
EVENT_FIELDS = set(EVENT_KEYS)
ACTOR_FIELDS = set(ACTOR_KEYS)
QUOTE_FIELDS = {"speaker", "text", "direct", "cue", "via", "start", "end"}


def write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def jsonl(articles: list[dict]) -> str:
    return "".join(json.dumps(a) + "\n" for a in articles)


def run(capsys, *argv: object) -> tuple[int, str, list[str]]:
    """(exit status, stdout, stderr lines) of ``eventwire ARGV``."""
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err.splitlines()


def documents(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


@pytest.fixture
def story(tmp_path: Path) -> Path:
    return write(tmp_path / "story.txt", STORY)


@pytest.fixture
def several(tmp_path: Path) -> Path:
    return write(tmp_path / "several.jsonl", jsonl(ARTICLES))


# --- code: output formats ---------------------------------------------------------------------------------


def test_json_prints_one_document_with_the_contract_fields(capsys, story):
    status, out, err = run(capsys, "code", story, "--format", "json", "--date", DATE)
    assert (status, err) == (0, [])
    doc = json.loads(out)
    assert isinstance(doc, dict) and set(doc) >= {"article", "events", "quotes", "actors"}

    article = doc["article"]
    assert set(article) >= ARTICLE_FIELDS
    assert article["origin"] == {"path": str(story), "line": None, "url": None}
    assert article["text"] == STORY.strip()
    assert article["published"] == DATE
    assert isinstance(article["removed"], list) and isinstance(article["id"], str) and article["id"]

    events = doc["events"]
    assert events, "the story has a meeting in it"
    for event in events:
        assert set(event) >= EVENT_FIELDS
        assert set(event["evidence"]) >= {"sentence", "start", "end", "trigger"}
        evidence = event["evidence"]
        assert article["text"][evidence["start"] : evidence["end"]] == evidence["sentence"]
    talks = events[0]
    assert (talks["type"], talks["cameo"], talks["quad"], talks["factuality"]) == (
        "CONSULT",
        "04",
        "verbal_cooperation",
        "asserted",
    )
    assert set(talks["source"]) >= ACTOR_FIELDS and set(talks["target"]) >= ACTOR_FIELDS
    assert (talks["source"]["country"], talks["target"]["country"]) == ("IRN", "IRQ")
    assert talks["source"]["code"] == "IRN"
    assert (talks["date"], talks["end_date"], talks["date_text"]) == ("2018-03-26", None, "Monday")
    assert set(talks["attribution"]) >= {"speaker", "cue", "via"}
    assert talks["attribution"]["speaker"]["code"] == "USAMIL" and talks["attribution"]["via"] == []
    assert 0.0 <= talks["confidence"] <= 1.0

    quotes = doc["quotes"]
    assert all(set(q) >= QUOTE_FIELDS for q in quotes)
    direct = [q for q in quotes if q["direct"]]
    assert [q["text"] for q in direct] == ["We will strengthen cooperation with Iraq"]
    assert direct[0]["speaker"]["country"] == "IRN"
    assert article["text"][direct[0]["start"] : direct[0]["end"]] == direct[0]["text"]

    actors = doc["actors"]
    assert all(set(a) >= ACTOR_FIELDS for a in actors)
    assert [a["start"] for a in actors] == sorted(a["start"] for a in actors)
    assert {"IRN", "IRQ", "USA"} <= {a["country"] for a in actors}


def test_jsonl_prints_one_line_per_article_in_input_order(capsys, several):
    status, out, err = run(capsys, "code", several, "--format", "jsonl")
    assert (status, err) == (0, [])
    docs = documents(out)
    assert [d["article"]["id"] for d in docs] == ["a1", "a2", "a3"]
    assert [d["article"]["origin"]["line"] for d in docs] == [1, 2, 3]
    assert docs[1]["article"]["title"] == "Talks ahead"
    assert [(e["type"], e["source"]["country"], e["target"]["country"]) for e in docs[0]["events"]] == [
        ("ASSAULT", "RUS", "UKR")
    ]


def test_jsonl_keeps_the_order_of_two_files(capsys, tmp_path, story, several):
    status, out, err = run(capsys, "code", several, story, "--format", "jsonl", "--date", DATE)
    assert (status, err) == (0, [])
    origins = [d["article"]["origin"]["path"] for d in documents(out)]
    assert origins == [str(several)] * 3 + [str(story)]
    status, out, _ = run(capsys, "code", story, several, "--format", "jsonl", "--date", DATE)
    assert status == 0
    assert [d["article"]["origin"]["path"] for d in documents(out)] == [str(story)] + [str(several)] * 3


def test_json_with_several_articles_prints_a_list(capsys, several):
    status, out, err = run(capsys, "code", several, "--format", "json")
    assert (status, err) == (0, [])
    payload = json.loads(out)
    assert isinstance(payload, list)
    assert [d["article"]["id"] for d in payload] == ["a1", "a2", "a3"]


def test_table_is_readable(capsys, story):
    status, out, err = run(capsys, "code", story, "--format", "table", "--date", DATE)
    assert (status, err) == (0, [])
    assert "CONSULT" in out
    assert "Iran" in out and "IRN" in out
    assert not out.lstrip().startswith(("{", "["))


def test_date_option_resolves_relative_dates(capsys, tmp_path):
    path = write(tmp_path / "talks.txt", "Iran and Iraq held talks in Baghdad on Monday.\n")
    status, out, _ = run(capsys, "code", path, "--format", "json", "--date", DATE)
    assert status == 0
    doc = json.loads(out)
    assert doc["article"]["published"] == DATE
    found = [(e["type"], e["date"], e["date_text"]) for e in doc["events"]]
    assert found == [("CONSULT", "2018-03-26", "Monday")]
    # a week later, "Monday" is another day
    status, out, _ = run(capsys, "code", path, "--format", "json", "--date", "2018-04-05")
    assert json.loads(out)["events"][0]["date"] == "2018-04-02"


def test_jsonl_date_field_wins_over_the_option(capsys, tmp_path):
    path = write(
        tmp_path / "dated.jsonl",
        jsonl([{"id": "d", "text": "Iran met Iraq on Monday.", "date": "2018-04-05"}]),
    )
    status, out, _ = run(capsys, "code", path, "--format", "jsonl", "--date", DATE)
    doc = documents(out)[0]
    assert status == 0 and doc["article"]["published"] == "2018-04-05"
    assert doc["events"][0]["date"] == "2018-04-02"


def test_standard_input_with_dash(capsys, monkeypatch):
    stdin = io.TextIOWrapper(io.BytesIO(STORY.encode("utf-8")), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    status, out, err = run(capsys, "code", "-", "--format", "jsonl", "--date", DATE)
    assert (status, err) == (0, [])
    docs = documents(out)
    assert len(docs) == 1
    assert docs[0]["article"]["origin"]["path"] is None
    assert docs[0]["article"]["text"] == STORY.strip()
    assert docs[0]["events"][0]["type"] == "CONSULT"


def test_standard_input_jsonl_is_sniffed(capsys, monkeypatch):
    stdin = io.TextIOWrapper(io.BytesIO(jsonl(ARTICLES).encode("utf-8")), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    status, out, _ = run(capsys, "code", "-", "--format", "jsonl")
    assert status == 0
    assert [d["article"]["id"] for d in documents(out)] == ["a1", "a2", "a3"]


def test_entry_point_runs_as_a_module_reading_stdin():
    result = subprocess.run(
        [sys.executable, "-m", "eventwire", "code", "-", "--format", "jsonl", "--date", DATE],
        input=STORY,
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    docs = documents(result.stdout)
    assert len(docs) == 1
    assert docs[0]["article"]["published"] == DATE
    assert [(e["type"], e["date"]) for e in docs[0]["events"]][0] == ("CONSULT", "2018-03-26")


# --- code: bad inputs ---------------------------------------------------------------------------------------


def test_undecodable_sample_is_really_undecodable():
    with pytest.raises(InputError, match="cannot decode"):
        decode_bytes(UNDECODABLE, "x")


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("missing.txt", None, "no such file"),
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n \t\n", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
        ("garbled.txt", UNDECODABLE, "cannot decode"),
    ],
)
def test_bad_file_is_reported_and_the_rest_is_coded(capsys, tmp_path, story, name, content, reason):
    bad = tmp_path / name
    if content is not None:
        write(bad, content)
    status, out, err = run(capsys, "code", bad, story, "--format", "jsonl", "--date", DATE)
    assert status == 1
    assert len(err) == 1, err
    assert err[0].startswith(f"eventwire: {bad}: ") and reason in err[0]
    docs = documents(out)
    assert [d["article"]["origin"]["path"] for d in docs] == [str(story)]
    assert docs[0]["events"][0]["type"] == "CONSULT"


def test_bad_jsonl_line_is_reported_with_its_line(capsys, tmp_path):
    lines = [json.dumps(ARTICLES[0]), "{not json", json.dumps(ARTICLES[2])]
    path = write(tmp_path / "mixed.jsonl", "\n".join(lines) + "\n")
    status, out, err = run(capsys, "code", path, "--format", "jsonl")
    assert status == 1
    assert len(err) == 1, err
    assert err[0].startswith(f"eventwire: {path}:2: ") and "JSON" in err[0]
    assert [d["article"]["id"] for d in documents(out)] == ["a1", "a3"]


def test_bad_input_with_json_format_still_prints_the_good_ones(capsys, tmp_path, story):
    missing = tmp_path / "nowhere.txt"
    status, out, err = run(capsys, "code", story, missing, "--format", "json", "--date", DATE)
    assert status == 1
    assert err == [f"eventwire: {missing}: no such file"]
    doc = json.loads(out)
    assert doc["article"]["origin"]["path"] == str(story)


def test_unknown_format_is_a_usage_error(capsys, story):
    with pytest.raises(SystemExit) as exc:
        main(["code", str(story), "--format", "xml"])
    assert exc.value.code == 2
    assert "xml" in capsys.readouterr().err


def test_bad_date_is_a_usage_error(capsys, story):
    with pytest.raises(SystemExit) as exc:
        main(["code", str(story), "--date", "29/03/2018"])
    assert exc.value.code == 2
    assert "29/03/2018" in capsys.readouterr().err


# --- ingest -------------------------------------------------------------------------------------------------


def ingest(capsys, *argv: object) -> tuple[int, str, list[str]]:
    """``eventwire ingest ARGV``; stderr without blank lines (the transient progress bar leaves one)."""
    status, out, err = run(capsys, "ingest", *argv)
    return status, out, [line for line in err if line.strip()]


def counts(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {
            table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("articles", "events", "actors", "rejected")
        }
    finally:
        con.close()


def test_ingest_writes_rows_once(capsys, tmp_path, story, several):
    db = tmp_path / "x.duckdb"
    status, out, err = ingest(capsys, story, several, "--db", db, "--date", DATE)
    assert (status, err) == (0, [])
    summary = " ".join(out.split())  # rich wraps the summary at the console width
    assert "4 articles" in summary and "0 rejected" in summary and "events by type" in summary
    first = counts(db)
    assert first["articles"] == 4 and first["events"] >= 4 and first["actors"] > 0 and first["rejected"] == 0
    with Store.open(db, read_only=True) as store:
        ids = [d["article"]["id"] for d in store.documents()]
        types = {row[0] for row in store.connection.execute("SELECT type FROM events").fetchall()}
    assert {"a1", "a2", "a3"} <= set(ids)
    assert {"ASSAULT", "CONSULT", "ACCUSE"} <= types

    status, _, _ = ingest(capsys, story, several, "--db", db, "--date", DATE)
    assert status == 0
    assert counts(db) == first


def test_ingest_keeps_bad_inputs_in_rejected(capsys, tmp_path, story):
    db = tmp_path / "x.duckdb"
    empty = write(tmp_path / "empty.txt", b"")
    status, _, err = ingest(capsys, story, empty, "--db", db, "--date", DATE)
    assert status == 1
    assert err == [f"eventwire: {empty}: empty file"]
    assert counts(db)["articles"] == 1
    con = duckdb.connect(str(db), read_only=True)
    try:
        rejected = con.execute("SELECT input, reason FROM rejected").fetchall()
    finally:
        con.close()
    assert rejected == [(str(empty), "empty file")]
    # again: still one rejected row
    status, _, _ = ingest(capsys, story, empty, "--db", db, "--date", DATE)
    assert status == 1 and counts(db)["rejected"] == 1


# --- eval ---------------------------------------------------------------------------------------------------


def test_eval_dates_prints_json_with_f1(capsys):
    timebank = shared_path("eval", "timebank")
    status, out, _ = run(capsys, "eval", "dates", timebank, "--json")
    assert status == 0
    report = json.loads(out)
    assert 0.0 <= report["f1"] <= 1.0
    assert report["f1"] > 0.5, report["f1"]
