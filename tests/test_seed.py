"""The article that defines the mission: every item of ../shared/corpus/seed/expected.json must hold.

The input is read through the same path as `eventwire code FILE --date … --format json`.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from conftest import shared_path
from eventwire import record
from eventwire.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.sources import read_inputs
from expectations import (
    check_actors,
    check_article,
    check_events,
    check_forbidden,
    check_offsets,
    check_quotes,
)

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def seed():
    folder = shared_path("corpus", "seed")
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    settings = Settings(default_date=date.fromisoformat(expected["input"]["date"]))
    items = list(Pipeline(settings).code_stream(read_inputs([str(folder / expected["input"]["file"])])))
    assert len(items) == 1 and not isinstance(items[0], Exception), items
    return record.to_document(items[0]), expected


def test_article_fields(seed):
    doc, expected = seed
    assert check_article(doc, expected["article"]) == []


def test_required_events(seed):
    doc, expected = seed
    failures, _ = check_events(doc, expected["events"])
    assert failures == []


def test_optional_events(seed):
    """The items marked "required": false hold too (Kim's pledge, and his visit dated Sunday to Wednesday)."""
    doc, expected = seed
    _, missed = check_events(doc, expected["events"])
    assert missed == []


def test_forbidden(seed):
    doc, expected = seed
    assert check_forbidden(doc, expected["forbidden"]) == []


def test_quotes(seed):
    doc, expected = seed
    assert check_quotes(doc, expected["quotes"]) == []


def test_actors(seed):
    doc, expected = seed
    assert check_actors(doc, expected["actors"]) == []


def test_offsets_point_into_text(seed):
    doc, _ = seed
    assert check_offsets(doc) == []
