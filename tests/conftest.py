"""Shared fixtures: the spaCy pipeline and the coding pipeline load once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a skip with a clear message when that folder is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared evaluation data sits beside the repository (../shared)")
    return path


@pytest.fixture(scope="session")
def pipeline():
    from eventwire.pipeline import Pipeline
    from eventwire.settings import Settings

    return Pipeline(Settings())


@pytest.fixture(scope="session")
def nlp(pipeline):
    return pipeline.nlp
