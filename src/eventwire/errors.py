"""One base exception with a few subclasses that carry their context (which input, which stage)."""

from __future__ import annotations


class EventwireError(Exception):
    """Base class of every error eventwire raises on purpose."""


class InputError(EventwireError):
    """An input could not be read: ``where`` names the file (and line), ``reason`` says why."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


class DataFileError(EventwireError):
    """A knowledge-base or lexicon file is malformed: names the file and the entry."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ModelError(EventwireError):
    """The spaCy pipeline named in the settings cannot be loaded."""


class StoreError(EventwireError):
    """The event store cannot be opened or written."""
