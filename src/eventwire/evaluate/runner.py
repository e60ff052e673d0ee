"""Run an evaluation the way a user runs eventwire: the gold file is read as `eventwire code` input (JSONL with
`id`, `text`, `date`), coded by the same pipeline, turned into CONTRACT documents, then scored.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from eventwire import record
from eventwire.errors import InputError
from eventwire.evaluate.scoring import DocumentReport, EventReport
from eventwire.settings import Settings

log = logging.getLogger(__name__)


def _gold(path: Path, limit: int | None) -> dict[str, dict[str, Any]]:
    gold: dict[str, dict[str, Any]] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(str(path), exc.strerror or str(exc)) from exc
    for number, line in enumerate(islice((ln for ln in lines if ln.strip()), limit), start=1):
        try:
            item = json.loads(line)
            gold[item["id"]] = item
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise InputError(f"{path}:{number}", f"not a gold record: {exc}") from exc
    return gold


def coded_documents(
    path: Path, *, settings: Settings, limit: int | None = None
) -> Iterator[tuple[dict, dict | None]]:
    """(gold item, CONTRACT document or None when unreadable) for each item of a gold JSONL file."""
    from eventwire.pipeline import Pipeline
    from eventwire.sources import read_inputs

    gold = _gold(path, limit)
    pipeline = Pipeline(settings)
    items = islice(read_inputs([str(path)], input_format="jsonl"), limit)
    order = iter(gold.values())
    for item in pipeline.code_stream(items):
        expected = next(order)
        if isinstance(item, InputError):
            log.warning("%s: %s", item.where, item.reason)
            yield expected, None
        else:
            yield expected, record.to_document(item)


def evaluate_events(path: Path, *, settings: Settings, limit: int | None = None) -> EventReport:
    report = EventReport()
    for gold, doc in coded_documents(path, settings=settings, limit=limit):
        report.unreadable += doc is None
        report.add(gold["gold"], doc, gold.get("text", ""), gold["id"])
    return report


def evaluate_documents(path: Path, *, settings: Settings, limit: int | None = None) -> DocumentReport:
    from rich.progress import track

    report = DocumentReport()
    total = limit or sum(1 for line in path.open(encoding="utf-8") if line.strip())
    for gold, doc in track(
        coded_documents(path, settings=settings, limit=limit),
        total=total,
        description="coding",
        transient=True,
    ):
        report.unreadable += doc is None
        report.add(gold["gold"], doc, gold.get("text", ""), gold["id"])
    return report
