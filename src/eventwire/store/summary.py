"""What a store holds, in numbers: counts per table, events per type and factuality, top country pairs."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, NamedTuple

import duckdb


class CountryPair(NamedTuple):
    source: str
    target: str
    events: int


@dataclass(frozen=True, slots=True)
class StoreSummary:
    articles: int
    events: int
    actors: int
    quotes: int
    rejected: int
    #: PLOVER category → events, most frequent first
    events_by_type: dict[str, int]
    #: asserted / negated / planned / possible → events, most frequent first
    events_by_factuality: dict[str, int]
    #: the most frequent (source country, target country) pairs among events where both are known
    top_pairs: tuple[CountryPair, ...]
    schema_version: int

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON-ready values (pairs as objects)."""
        values = asdict(self)
        values["top_pairs"] = [pair._asdict() for pair in self.top_pairs]
        return values


def _count(con: duckdb.DuckDBPyConnection, table: str) -> int:
    row = con.execute(f"SELECT count(*) FROM {table}").fetchone()
    return int(row[0]) if row else 0


def _counts_by(con: duckdb.DuckDBPyConnection, column: str) -> dict[str, int]:
    rows = con.execute(
        f"SELECT {column}, count(*) AS n FROM events GROUP BY {column} ORDER BY n DESC, {column}"
    ).fetchall()
    return {key: int(n) for key, n in rows}


def read_summary(con: duckdb.DuckDBPyConnection, *, schema_version: int, top: int = 10) -> StoreSummary:
    pairs = con.execute(
        "SELECT source_country, target_country, count(*) AS n FROM events "
        "WHERE source_country IS NOT NULL AND target_country IS NOT NULL "
        "GROUP BY source_country, target_country ORDER BY n DESC, source_country, target_country LIMIT ?",
        [top],
    ).fetchall()
    return StoreSummary(
        articles=_count(con, "articles"),
        events=_count(con, "events"),
        actors=_count(con, "actors"),
        quotes=_count(con, "quotes"),
        rejected=_count(con, "rejected"),
        events_by_type=_counts_by(con, "type"),
        events_by_factuality=_counts_by(con, "factuality"),
        top_pairs=tuple(CountryPair(source, target, int(n)) for source, target, n in pairs),
        schema_version=schema_version,
    )
