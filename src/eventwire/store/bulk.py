"""Append many rows to a table in one statement: one typed list per column, unnested by DuckDB.

DuckDB's ``executemany`` runs one prepared statement per row (milliseconds each with a primary key); passing
each column as a single list parameter and unnesting them side by side inserts thousands of rows at once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import duckdb

from eventwire.errors import StoreError


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def insert_rows(
    con: duckdb.DuckDBPyConnection,
    table: str,
    types: Mapping[str, str],
    rows: Sequence[Mapping[str, Any]],
) -> None:
    """Insert ``rows`` (all with the same keys, a subset of ``types``) into ``table``; columns left out take
    their default. ``types`` maps column names to DuckDB types, as :func:`schema.column_types` reads them."""
    if not rows:
        return
    columns = list(rows[0])
    unknown = [name for name in columns if name not in types]
    if unknown:
        raise StoreError(f"table {table} has no column {', '.join(unknown)}: is the store schema up to date?")
    values = [[row[name] for row in rows] for name in columns]
    selected = ", ".join(f"unnest(?::{types[name]}[])" for name in columns)
    names = ", ".join(_quoted(name) for name in columns)
    con.execute(f"INSERT INTO {_quoted(table)} ({names}) SELECT {selected}", values)
