"""The store's schema as an ordered list of migrations, each applied once and recorded.

A migration's SQL is frozen once released: change the schema by appending a migration, never by editing one.
``schema_migrations(version, description, applied_at)`` records what a database file has had; opening an
existing file applies only the versions it lacks, each in its own transaction with its record.

Column naming: a nested object of the record is flattened with its name as prefix (``source_country``,
``location_lat``, ``evidence_start``); character offsets of actors and quotes are ``start_offset`` /
``end_offset`` because ``end`` is an SQL keyword.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import duckdb

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]


def _actor_columns(prefix: str) -> str:
    return ",\n    ".join(
        f"{prefix}_{name} {kind}"
        for name, kind in (
            ("text", "VARCHAR"),
            ("name", "VARCHAR"),
            ("country", "VARCHAR"),
            ("sector", "VARCHAR"),
            ("code", "VARCHAR"),
            ("kind", "VARCHAR"),
            ("start", "INTEGER"),
            ("end", "INTEGER"),
        )
    )


_V1_TABLES = (
    """
CREATE TABLE articles (
    id VARCHAR PRIMARY KEY,
    title VARCHAR,
    dateline VARCHAR,
    agency VARCHAR,
    published DATE,
    photo_credit VARCHAR,
    url VARCHAR,
    source VARCHAR,
    origin_path VARCHAR,
    origin_line INTEGER,
    origin_url VARCHAR,
    text VARCHAR NOT NULL,
    removed JSON NOT NULL,
    document JSON NOT NULL,
    coded_at TIMESTAMP NOT NULL,
    eventwire_version VARCHAR NOT NULL
)""",
    f"""
CREATE TABLE events (
    article_id VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    id VARCHAR NOT NULL,
    type VARCHAR NOT NULL,
    plover_type VARCHAR NOT NULL,
    mode VARCHAR,
    cameo VARCHAR NOT NULL,
    cameo_code VARCHAR,
    quad VARCHAR NOT NULL,
    factuality VARCHAR NOT NULL,
    {_actor_columns("source")},
    {_actor_columns("target")},
    date DATE,
    end_date DATE,
    date_text VARCHAR,
    location_text VARCHAR,
    location_name VARCHAR,
    location_country VARCHAR,
    location_lat DOUBLE,
    location_lon DOUBLE,
    attributed BOOLEAN NOT NULL,
    {_actor_columns("speaker")},
    attribution_cue VARCHAR,
    via VARCHAR[],
    evidence_sentence VARCHAR NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    evidence_trigger VARCHAR NOT NULL,
    evidence_trigger_start INTEGER,
    evidence_trigger_end INTEGER,
    confidence DOUBLE NOT NULL,
    PRIMARY KEY (article_id, position)
)""",
    """
CREATE TABLE actors (
    article_id VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    country VARCHAR,
    sector VARCHAR,
    code VARCHAR,
    kind VARCHAR NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    PRIMARY KEY (article_id, position)
)""",
    f"""
CREATE TABLE quotes (
    article_id VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    {_actor_columns("speaker")},
    text VARCHAR NOT NULL,
    direct BOOLEAN NOT NULL,
    cue VARCHAR,
    via VARCHAR[] NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    PRIMARY KEY (article_id, position)
)""",
    """
CREATE TABLE rejected (
    input VARCHAR NOT NULL,
    reason VARCHAR NOT NULL,
    rejected_at TIMESTAMP NOT NULL,
    PRIMARY KEY (input, reason)
)""",
)

_V2_VIEWS = (
    """
CREATE VIEW events_with_articles AS
SELECT e.*,
       a.published AS article_published,
       a.title AS article_title,
       a.url AS article_url,
       a.agency AS article_agency,
       a.source AS article_source
FROM events AS e JOIN articles AS a ON a.id = e.article_id""",
)

#: every migration, in the order applied; append only
MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles, events, actors, quotes and rejected inputs", _V1_TABLES),
    Migration(2, "view events_with_articles: events with their article's date, title and url", _V2_VIEWS),
)

_LEDGER = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    description VARCHAR NOT NULL,
    applied_at TIMESTAMP NOT NULL
)"""


def utc_now() -> datetime:
    """The current time in UTC, without tzinfo (DuckDB ``TIMESTAMP`` columns hold UTC)."""
    return datetime.now(UTC).replace(tzinfo=None)


def latest_version(migrations: Sequence[Migration] = MIGRATIONS) -> int:
    return max((m.version for m in migrations), default=0)


def applied_versions(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Versions recorded in the file, ascending; empty when it has no ledger yet."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables "
        "WHERE table_name = 'schema_migrations' AND table_schema = current_schema()"
    ).fetchone()
    if not exists or not exists[0]:
        return []
    return [
        row[0] for row in con.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()
    ]


def pending(con: duckdb.DuckDBPyConnection, migrations: Sequence[Migration] = MIGRATIONS) -> list[Migration]:
    """The migrations the file lacks, in order."""
    _check_order(migrations)
    done = set(applied_versions(con))
    return [m for m in migrations if m.version not in done]


def migrate(con: duckdb.DuckDBPyConnection, migrations: Sequence[Migration] = MIGRATIONS) -> list[int]:
    """Apply the missing migrations, each in one transaction with its ledger row; return their versions."""
    todo = pending(con, migrations)
    if not todo:
        return []
    con.execute(_LEDGER)
    for migration in todo:
        con.begin()
        try:
            for statement in migration.statements:
                con.execute(statement)
            con.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                [migration.version, migration.description, utc_now()],
            )
            con.commit()
        except BaseException:
            con.rollback()
            raise
        log.info("store schema: applied migration %d (%s)", migration.version, migration.description)
    return [m.version for m in todo]


def column_types(con: duckdb.DuckDBPyConnection, table: str) -> dict[str, str]:
    """Column name → DuckDB type of a table, in table order."""
    rows = con.execute(
        "SELECT column_name, data_type FROM information_schema.columns "
        "WHERE table_name = ? AND table_schema = current_schema() ORDER BY ordinal_position",
        [table],
    ).fetchall()
    return dict(rows)


def _check_order(migrations: Sequence[Migration]) -> None:
    versions = [m.version for m in migrations]
    if versions != sorted(set(versions)):
        raise ValueError(f"migration versions must be unique and ascending, got {versions}")
