"""The event store: an embedded DuckDB file of coded articles, their events, actors and quotes.

Writes are idempotent: an article's rows are keyed by its id (and each item's position in the record), and
writing an article again deletes its old rows and inserts the new ones in one transaction, so re-running an
import does no harm. Inputs that could not be read are kept in ``rejected`` with the reason.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from datetime import datetime
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb

from eventwire import __version__
from eventwire.errors import StoreError
from eventwire.models import CodedArticle
from eventwire.store import schema
from eventwire.store.bulk import insert_rows
from eventwire.store.rows import ArticleRows, flatten
from eventwire.store.summary import StoreSummary, read_summary

log = logging.getLogger(__name__)

#: where the CLI keeps the store unless told otherwise (relative to the working directory)
DEFAULT_PATH = Path("eventwire.duckdb")
#: pass as the path for a store that lives in memory only (tests, one-off runs)
MEMORY = ":memory:"

#: the tables one article's rows go to; children first so deletes never leave orphans behind
_ARTICLE_TABLES = ("events", "actors", "quotes", "articles")
_KEY = {"articles": "id", "events": "article_id", "actors": "article_id", "quotes": "article_id"}


class Store:
    """An open store. Use :meth:`open`, preferably as a context manager::

    with Store.open("eventwire.duckdb") as store:
        store.write_many(coded_articles)
    """

    def __init__(self, con: duckdb.DuckDBPyConnection, where: str, *, read_only: bool) -> None:
        self._con = con
        self._where = where
        self.read_only = read_only
        self._types = {table: schema.column_types(con, table) for table in _ARTICLE_TABLES}

    # ------------------------------------------------------------------------------------------ opening

    @classmethod
    def open(cls, path: str | Path = DEFAULT_PATH, *, read_only: bool = False) -> Store:
        """Open (and, unless ``read_only``, create and migrate) the store at ``path``.

        Raises :class:`StoreError` naming the file and the reason: not a DuckDB database, locked by another
        process, missing (read-only), written by a newer eventwire, or needing a migration (read-only).
        """
        where = str(path)
        try:
            con = duckdb.connect(where, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open store {where}: {exc}") from exc
        try:
            _prepare_schema(con, where, read_only=read_only)
            return cls(con, where, read_only=read_only)
        except duckdb.Error as exc:
            con.close()
            raise StoreError(f"cannot open store {where}: {exc}") from exc
        except BaseException:
            con.close()
            raise

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        mode = "read-only" if self.read_only else "read-write"
        return f"<Store {self._where} ({mode})>"

    @property
    def path(self) -> Path | None:
        """The database file, or None for an in-memory store."""
        return None if self._where == MEMORY else Path(self._where)

    @property
    def connection(self) -> duckdb.DuckDBPyConnection:
        """The DuckDB connection, for queries and exports that read the tables directly."""
        return self._con

    @property
    def schema_version(self) -> int:
        return max(schema.applied_versions(self._con), default=0)

    # ------------------------------------------------------------------------------------------ writing

    def write(self, coded: CodedArticle, *, coded_at: datetime | None = None) -> None:
        """Store one coded article, replacing whatever the store held under its id.

        ``coded_at`` (UTC, default now) is recorded in ``articles.coded_at``. Raises :class:`StoreError`.
        """
        self._check_writable()
        rows = self._flatten(coded, coded_at or schema.utc_now())
        try:
            self._replace([rows])
        except duckdb.Error as exc:
            raise StoreError(f"{self._where}: cannot store article {_describe(coded)}: {exc}") from exc

    def write_many(self, items: Iterable[CodedArticle], *, batch_size: int = 500) -> int:
        """Store coded articles, ``batch_size`` per transaction; return how many were stored.

        Within a batch the last article with a given id wins (and counts once). If a batch fails, its articles
        are retried one by one and those that still fail are recorded in ``rejected`` rather than stopping
        the rest. Each batch is one transaction, so an interrupted run keeps the batches before it.
        """
        self._check_writable()
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size}")
        written = 0
        iterator = iter(items)
        while batch := list(islice(iterator, batch_size)):
            written += self._write_batch(batch)
        return written

    def reject(self, where: str, reason: str, *, at: datetime | None = None) -> None:
        """Record an input that could not be read. The same ``where`` and ``reason`` again only update ``at``
        (UTC, default now), so re-running an import does not pile up copies."""
        self._check_writable()
        try:
            self._con.execute(
                "INSERT OR REPLACE INTO rejected (input, reason, rejected_at) VALUES (?, ?, ?)",
                [where, reason, at or schema.utc_now()],
            )
        except duckdb.Error as exc:
            raise StoreError(f"{self._where}: cannot record rejected input {where}: {exc}") from exc

    def _write_batch(self, batch: list[CodedArticle]) -> int:
        coded_at = schema.utc_now()
        prepared: dict[str, tuple[CodedArticle, ArticleRows]] = {}
        for coded in batch:
            try:
                prepared[coded.article.id] = (coded, self._flatten(coded, coded_at))
            except StoreError as exc:
                self._reject_article(coded, str(exc))
        if not prepared:
            return 0
        try:
            self._replace([rows for _, rows in prepared.values()])
            return len(prepared)
        except duckdb.Error as exc:
            if len(prepared) == 1:
                coded = next(iter(prepared.values()))[0]
                self._reject_article(coded, f"cannot store: {exc}")
                return 0
            log.warning("a batch of %d articles failed (%s); storing them one by one", len(prepared), exc)
        written = 0
        for coded, rows in prepared.values():
            try:
                self._replace([rows])
                written += 1
            except duckdb.Error as exc:
                self._reject_article(coded, f"cannot store: {exc}")
        return written

    def _flatten(self, coded: CodedArticle, coded_at: datetime) -> ArticleRows:
        try:
            return flatten(coded, coded_at=coded_at, version=__version__)
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            raise StoreError(f"article {_describe(coded)}: cannot turn it into rows: {exc!r}") from exc

    def _replace(self, batch: list[ArticleRows]) -> None:
        """Delete the rows of these articles and insert the new ones, in one transaction."""
        ids = [rows.article_id for rows in batch]
        self._con.begin()
        try:
            for table in _ARTICLE_TABLES:
                self._con.execute(
                    f"DELETE FROM {table} WHERE {_KEY[table]} IN (SELECT unnest(?::VARCHAR[]))", [ids]
                )
            for table in reversed(_ARTICLE_TABLES):
                table_rows = [row for rows in batch for row in rows.tables()[table]]
                insert_rows(self._con, table, self._types[table], table_rows)
            self._con.commit()
        except BaseException:
            self._con.rollback()
            raise
        log.debug("stored %d articles in %s", len(ids), self._where)

    def _reject_article(self, coded: CodedArticle, reason: str) -> None:
        log.warning("not stored: %s: %s", _describe(coded), reason)
        self.reject(coded.article.origin.describe(), f"article {coded.article.id}: {reason}")

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self._where}: store opened read-only")

    # ------------------------------------------------------------------------------------------ reading

    def summary(self, *, top: int = 10) -> StoreSummary:
        """Counts per table, events per type and factuality, and the ``top`` source–target country pairs."""
        try:
            return read_summary(self._con, schema_version=self.schema_version, top=top)
        except duckdb.Error as exc:
            raise StoreError(f"{self._where}: cannot summarise: {exc}") from exc

    def documents(self, article_ids: Iterable[str] | None = None) -> Iterator[dict[str, Any]]:
        """The stored CONTRACT documents: all of them by article id, or those of ``article_ids`` in the order
        given (ids the store does not hold are skipped)."""
        cursor = self._con.cursor()
        try:
            if article_ids is None:
                cursor.execute("SELECT document FROM articles ORDER BY id")
                while chunk := cursor.fetchmany(256):
                    for (document,) in chunk:
                        yield json.loads(document)
                return
            wanted = list(article_ids)
            found = dict(
                cursor.execute(
                    "SELECT id, document FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [wanted]
                ).fetchall()
            )
            for article_id in wanted:
                if article_id in found:
                    yield json.loads(found[article_id])
                else:
                    log.debug("no article %s in %s", article_id, self._where)
        except duckdb.Error as exc:
            raise StoreError(f"{self._where}: cannot read documents: {exc}") from exc
        finally:
            cursor.close()


def _prepare_schema(con: duckdb.DuckDBPyConnection, where: str, *, read_only: bool) -> None:
    applied = schema.applied_versions(con)
    latest = schema.latest_version()
    newer = [version for version in applied if version > latest]
    if newer:
        message = (
            f"{where}: written by a newer eventwire"
            f" (schema version {max(newer)}, this one knows up to {latest})"
        )
        if not read_only:
            raise StoreError(message + "; open it read-only or upgrade eventwire")
        log.warning("%s; reading it anyway", message)
    if read_only:
        missing = schema.pending(con)
        if missing:
            current = max(applied, default=0)
            raise StoreError(
                f"{where}: store schema is at version {current}, this eventwire needs {latest};"
                " open it once without read-only to migrate"
            )
        return
    applied_now = schema.migrate(con)
    if applied_now:
        log.info("%s: store schema migrated to version %d", where, applied_now[-1])


def _describe(coded: CodedArticle) -> str:
    return f"{coded.article.id} ({coded.article.origin.describe()})"
