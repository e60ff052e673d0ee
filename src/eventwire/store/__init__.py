"""The event store: coded articles in an embedded DuckDB file (``./eventwire.duckdb`` by default).

Tables ``articles``, ``events``, ``actors``, ``quotes`` and ``rejected`` flatten the CONTRACT.md record
(``articles.document`` keeps the whole document as JSON); ``schema_migrations`` records the schema versions
applied (see :mod:`eventwire.store.schema`).
"""

from eventwire.store.db import DEFAULT_PATH, MEMORY, Store
from eventwire.store.summary import CountryPair, StoreSummary

__all__ = ["DEFAULT_PATH", "MEMORY", "CountryPair", "Store", "StoreSummary"]
