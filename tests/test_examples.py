"""The project's own example stories (examples/): every expected event comes out, nothing forbidden does."""

from __future__ import annotations

import json
from datetime import date

import pytest

from conftest import REPO
from eventwire import record
from eventwire.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.sources import read_inputs
from expectations import check_events, check_forbidden, check_offsets

pytestmark = pytest.mark.model

EXPECTED = json.loads((REPO / "examples" / "expected.json").read_text(encoding="utf-8"))
STORIES = EXPECTED["stories"]


@pytest.fixture(scope="module")
def coded(pipeline):
    documents = {}
    for story in STORIES:
        settings = Settings(default_date=date.fromisoformat(story["date"]))
        items = list(Pipeline(settings).code_stream(read_inputs([str(REPO / "examples" / story["file"])])))
        assert len(items) == 1 and not isinstance(items[0], Exception), items
        documents[story["file"]] = record.to_document(items[0])
    return documents


def test_every_category_and_factuality_is_covered():
    types = {t for story in STORIES for e in story["events"] for t in e["types"][:1]}
    facts = {e["factuality"] for story in STORIES for e in story["events"] if "factuality" in e}
    assert len(types) == 16, sorted(types)
    assert facts == {"asserted", "negated", "planned", "possible"}


@pytest.mark.parametrize("story", STORIES, ids=[s["file"] for s in STORIES])
def test_story(coded, story):
    doc = coded[story["file"]]
    failures, _ = check_events(doc, story["events"])
    failures += check_forbidden(doc, story.get("forbidden", []))
    failures += check_offsets(doc)
    assert failures == []
