"""store: schema and migrations, idempotent writes, rejected inputs, summary, documents."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import textwrap
from datetime import date, datetime
from pathlib import Path

import duckdb
import pytest

from eventwire import __version__
from eventwire.errors import StoreError
from eventwire.models import (
    Actor,
    Article,
    Attribution,
    CodedArticle,
    Event,
    Evidence,
    Location,
    Origin,
    Quote,
)
from eventwire.record import to_document
from eventwire.store import MEMORY, CountryPair, Store
from eventwire.store.schema import MIGRATIONS, Migration, applied_versions, migrate

TABLES = {"articles", "events", "actors", "quotes", "rejected", "schema_migrations"}


def country(code: str, start: int) -> Actor:
    return Actor(text=code, name=code, country=code, sector="GOV", kind="country", start=start, end=start + 3)


def coded(article_id: str, pairs: list[tuple[str, str, str, str]], *, title: str = "t") -> CodedArticle:
    """An article whose text is one sentence per (type, factuality, source, target) event."""
    sentences = [f"{source} {kind.lower()} {target}." for kind, _, source, target in pairs]
    text = " ".join(sentences)
    events, actors, offset = [], [], 0
    for i, ((kind, factuality, source, target), sentence) in enumerate(zip(pairs, sentences, strict=True)):
        source_actor = country(source, offset)
        target_actor = country(target, offset + len(sentence) - 4)
        trigger_start = offset + 4
        events.append(
            Event(
                id=f"{article_id}-e{i}",
                type=kind,
                mode=None,
                cameo_code=None,
                source=source_actor,
                target=target_actor,
                factuality=factuality,
                evidence=Evidence(sentence, offset, offset + len(sentence), kind.lower(), trigger_start, 0),
                date=date(2018, 3, 26),
                location=Location("Beijing", "Beijing", "CHN", 39.9, 116.4) if i == 0 else None,
                attribution=Attribution(speaker=source_actor, cue="said", via=("Nikkei", "UPI"))
                if i == 0
                else None,
                confidence=0.75,
            )
        )
        actors += [source_actor, target_actor]
        offset += len(sentence) + 1
    quotes = (
        (Quote(speaker=actors[0], text=sentences[0], direct=True, cue="said", start=0, end=9),)
        if pairs
        else ()
    )
    article = Article(
        id=article_id,
        origin=Origin(path=f"news/{article_id}.txt"),
        text=text,
        title=title,
        published=date(2018, 3, 29),
    )
    return CodedArticle(article=article, events=tuple(events), quotes=quotes, actors=tuple(actors))


ONE = coded(
    "a1",
    [
        ("CONSULT", "negated", "RUS", "PRK"),
        ("CONSULT", "asserted", "PRK", "CHN"),
        ("ACCUSE", "asserted", "RUS", "PRK"),
        ("CONSULT", "planned", "PRK", "KOR"),
    ],
)
TWO = coded("a2", [("ACCUSE", "asserted", "RUS", "PRK"), ("SUPPORT", "possible", "CHN", "PRK")])


def counts(store: Store) -> tuple[int, ...]:
    con = store.connection
    return tuple(
        con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("articles", "events", "actors", "quotes", "rejected")
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "events.duckdb"


def test_open_creates_schema_and_records_migrations(db: Path) -> None:
    with Store.open(db) as store:
        tables = {
            row[0] for row in store.connection.execute("SELECT table_name FROM duckdb_tables()").fetchall()
        }
        assert TABLES <= tables
        recorded = store.connection.execute("SELECT version, description, applied_at FROM schema_migrations")
        rows = recorded.fetchall()
        assert [row[0] for row in rows] == [m.version for m in MIGRATIONS]
        assert all(isinstance(row[2], datetime) for row in rows)
        assert store.schema_version == MIGRATIONS[-1].version
    assert db.exists()


def test_reopening_applies_nothing_again(db: Path) -> None:
    with Store.open(db) as store:
        first = store.connection.execute("SELECT * FROM schema_migrations ORDER BY version").fetchall()
        store.write(ONE)
    with Store.open(db) as store:
        assert (
            store.connection.execute("SELECT * FROM schema_migrations ORDER BY version").fetchall() == first
        )
        assert counts(store)[0] == 1
    with Store.open(db, read_only=True) as store:
        assert store.schema_version == MIGRATIONS[-1].version


def test_opening_applies_only_the_missing_migrations(db: Path) -> None:
    con = duckdb.connect(str(db))
    assert migrate(con, MIGRATIONS[:1]) == [1]
    assert migrate(con, MIGRATIONS[:1]) == []
    con.close()
    with pytest.raises(StoreError, match="open it once without read-only"):
        Store.open(db, read_only=True)
    with Store.open(db) as store:
        assert applied_versions(store.connection) == [m.version for m in MIGRATIONS]
        extra = Migration(99, "a test column", ("ALTER TABLE articles ADD COLUMN note VARCHAR",))
        assert migrate(store.connection, (*MIGRATIONS, extra)) == [99]
        assert migrate(store.connection, (*MIGRATIONS, extra)) == []


def test_store_written_by_a_newer_version_is_refused_for_writing(db: Path) -> None:
    with Store.open(db) as store:
        newer = Migration(10_000, "from the future", ("CREATE TABLE future (x INTEGER)",))
        migrate(store.connection, (*MIGRATIONS, newer))
    with pytest.raises(StoreError, match="newer eventwire"):
        Store.open(db)
    with Store.open(db, read_only=True) as store:
        assert store.summary().articles == 0


def test_write_flattens_the_record(db: Path) -> None:
    with Store.open(db) as store:
        store.write(ONE, coded_at=datetime(2024, 1, 2, 3, 4, 5))
        con = store.connection
        article = con.execute(
            "SELECT title, published, origin_path, text, coded_at, eventwire_version, removed FROM articles"
        ).fetchone()
        assert article == (
            "t",
            date(2018, 3, 29),
            "news/a1.txt",
            ONE.article.text,
            datetime(2024, 1, 2, 3, 4, 5),
            __version__,
            "[]",
        )
        event = con.execute(
            "SELECT id, type, plover_type, cameo, cameo_code, quad, factuality, source_country, source_code,"
            " target_name, date, location_lat, attributed, speaker_country, attribution_cue, via,"
            " evidence_sentence, evidence_start, evidence_trigger, confidence"
            " FROM events WHERE position = 0 AND article_id = 'a1'"
        ).fetchone()
        sentence = ONE.events[0].evidence.sentence
        assert event == (
            "a1-e0",
            "CONSULT",
            "CONSULT",
            "04",
            None,
            "verbal_cooperation",
            "negated",
            "RUS",
            "RUSGOV",
            "PRK",
            date(2018, 3, 26),
            39.9,
            True,
            "RUS",
            "said",
            ["Nikkei", "UPI"],
            sentence,
            0,
            "consult",
            0.75,
        )
        plain = con.execute("SELECT attributed, via, speaker_name FROM events WHERE position = 1").fetchone()
        assert plain == (False, None, None)
        planned = con.execute("SELECT plover_type FROM events WHERE position = 3").fetchone()
        assert planned == ("AGREE",)
        assert con.execute(
            "SELECT position, country, code, start_offset FROM actors ORDER BY position LIMIT 1"
        ).fetchone() == (0, "RUS", "RUSGOV", 0)
        assert con.execute("SELECT speaker_code, direct, via, end_offset FROM quotes").fetchone() == (
            "RUSGOV",
            True,
            [],
            9,
        )


def test_rewriting_replaces_the_rows(db: Path) -> None:
    with Store.open(db) as store:
        store.write(ONE)
        store.write(TWO)
        assert counts(store) == (2, 6, 12, 2, 0)
        store.write(ONE)
        assert counts(store) == (2, 6, 12, 2, 0)
        shorter = coded("a1", [("REJECT", "asserted", "USA", "IRN")], title="revised")
        store.write(shorter)
        assert counts(store) == (2, 3, 6, 2, 0)
        assert store.connection.execute("SELECT title FROM articles WHERE id = 'a1'").fetchone() == (
            "revised",
        )
        assert store.connection.execute("SELECT type FROM events WHERE article_id = 'a1'").fetchall() == [
            ("REJECT",)
        ]


def test_write_many_batches_and_counts(db: Path) -> None:
    items = [coded(f"b{i}", [("AID", "asserted", "USA", "UKR")] * (i % 3)) for i in range(7)]
    with Store.open(db) as store:
        assert store.write_many(items, batch_size=3) == 7
        assert counts(store) == (7, 6, 12, 4, 0)
        # a re-run, with an article repeated inside one batch: the last one wins
        again = [*items, coded("b0", [("AID", "asserted", "USA", "UKR")])]
        assert store.write_many(again, batch_size=100) == 7
        assert counts(store) == (7, 7, 14, 5, 0)
        assert store.write_many([]) == 0


def test_write_many_rejects_a_bad_article_and_keeps_the_rest(db: Path) -> None:
    bad = coded("bad", [("MEET", "asserted", "USA", "UKR")])  # not a PLOVER category
    with Store.open(db) as store:
        assert store.write_many([ONE, bad, TWO]) == 2
        assert counts(store)[:1] == (2,)
        ((where, reason),) = store.connection.execute("SELECT input, reason FROM rejected").fetchall()
        assert where == "news/bad.txt" and "bad" in reason and "MEET" in reason
        with pytest.raises(StoreError, match="bad"):
            store.write(bad)


def test_write_many_retries_a_failed_batch_one_by_one(db: Path) -> None:
    nameless = Actor(text="they", name=None, country=None, sector=None, kind="group", start=0, end=4)  # type: ignore[arg-type]
    broken = dataclasses.replace(coded("broken", []), actors=(nameless,))  # actors.name is NOT NULL
    with Store.open(db) as store:
        assert store.write_many([ONE, broken, TWO], batch_size=10) == 2
        assert store.write_many([broken]) == 0
        assert counts(store) == (2, 6, 12, 2, 1)
        ((where, reason),) = store.connection.execute("SELECT input, reason FROM rejected").fetchall()
        assert where == "news/broken.txt" and "NOT NULL" in reason
        assert list(store.documents(["broken"])) == []


def test_rejected_inputs_are_kept_once(db: Path) -> None:
    with Store.open(db) as store:
        store.reject("feed.jsonl:3", "invalid JSON: Expecting value")
        store.reject("page.html", "empty after extraction")
        store.reject("feed.jsonl:3", "invalid JSON: Expecting value")
    with Store.open(db) as store:
        rows = store.connection.execute(
            "SELECT input, reason, rejected_at FROM rejected ORDER BY input"
        ).fetchall()
        assert [row[:2] for row in rows] == [
            ("feed.jsonl:3", "invalid JSON: Expecting value"),
            ("page.html", "empty after extraction"),
        ]
        assert all(isinstance(row[2], datetime) for row in rows)
        assert store.summary().rejected == 2


def test_summary(db: Path) -> None:
    with Store.open(db) as store:
        store.write_many([ONE, TWO])
        store.reject("x.html", "not HTML")
        summary = store.summary(top=2)
    assert (summary.articles, summary.events, summary.actors, summary.quotes, summary.rejected) == (
        2,
        6,
        12,
        2,
        1,
    )
    assert summary.events_by_type == {"CONSULT": 3, "ACCUSE": 2, "SUPPORT": 1}
    assert list(summary.events_by_type) == ["CONSULT", "ACCUSE", "SUPPORT"]
    assert summary.events_by_factuality == {"asserted": 3, "negated": 1, "planned": 1, "possible": 1}
    assert summary.top_pairs == (CountryPair("RUS", "PRK", 3), CountryPair("CHN", "PRK", 1))
    assert summary.as_dict()["top_pairs"][0] == {"source": "RUS", "target": "PRK", "events": 3}


def test_documents_round_trip(db: Path) -> None:
    with Store.open(db) as store:
        store.write_many([TWO, ONE])
    with Store.open(db, read_only=True) as store:
        assert list(store.documents()) == [to_document(ONE), to_document(TWO)]
        assert list(store.documents(["a2", "missing", "a1"])) == [to_document(TWO), to_document(ONE)]
        assert list(store.documents([])) == []


def test_read_only_store_refuses_writes(db: Path) -> None:
    Store.open(db).close()
    with Store.open(db, read_only=True) as store, pytest.raises(StoreError, match="read-only"):
        store.write(ONE)


def test_not_a_database_names_the_file(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.duckdb"
    bogus.write_text("these are not the bytes you are looking for\n" * 100)
    with pytest.raises(StoreError, match="notes.duckdb"):
        Store.open(bogus)
    with pytest.raises(StoreError, match="missing.duckdb"):
        Store.open(tmp_path / "missing.duckdb", read_only=True)


def test_locked_file_names_the_file(db: Path) -> None:
    Store.open(db).close()
    holder = textwrap.dedent(
        f"""
        import sys, duckdb
        con = duckdb.connect({str(db)!r})
        print("locked", flush=True)
        sys.stdin.read()
        """
    )
    process = subprocess.Popen(
        [sys.executable, "-c", holder], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "locked"
        with pytest.raises(StoreError, match=str(db.name)):
            Store.open(db)
    finally:
        process.communicate(input="", timeout=10)


def test_in_memory_store() -> None:
    with Store.open(MEMORY) as store:
        store.write(ONE)
        assert store.path is None
        assert store.summary().events == 4
