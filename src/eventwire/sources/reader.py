"""Paths and standard input → raw articles in input order; a bad input gives an InputError, reading goes on.

- A file is read by its suffix (``.txt`` text, ``.html``/``.htm`` HTML, ``.jsonl`` one article per line); any
  other file, and standard input, by its first character: ``{`` JSONL, ``<`` HTML, anything else text.
  An ``input_format`` other than ``auto`` overrides both.
- A directory stands for the article files under it (those suffixes, hidden files left out), sorted by path.
- ``-``, or no path at all, is standard input.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO, TextIO

from eventwire.errors import InputError
from eventwire.models import Origin, RawArticle
from eventwire.sources.decode import BINARY, declared_charset, decode_bytes
from eventwire.sources.html import read_html
from eventwire.sources.jsonl import read_jsonl
from eventwire.sources.text import EMPTY, read_text

logger = logging.getLogger(__name__)

INPUT_FORMATS = ("auto", "text", "html", "jsonl")
SUFFIXES = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
STDIN = "-"

Item = RawArticle | InputError


def read_inputs(
    paths: Sequence[str | os.PathLike[str]],
    *,
    input_format: str = "auto",
    stdin: TextIO | BinaryIO | None = None,
) -> Iterator[Item]:
    """Every article in ``paths`` (standard input when empty), or an InputError for each bad input.

    ``stdin`` is the stream read for ``-`` (``sys.stdin`` when None). Raises ValueError at once for an unknown
    ``input_format``; bad inputs never raise, they are yielded.
    """
    if input_format not in INPUT_FORMATS:
        raise ValueError(f"input format must be one of {', '.join(INPUT_FORMATS)}, not {input_format!r}")
    return _read_all([os.fspath(p) for p in paths] or [STDIN], input_format, stdin)


def read_bytes(data: bytes, origin: Origin, *, input_format: str = "auto", name: str = "") -> Iterator[Item]:
    """The articles in one input's bytes (a file's content, an upload); ``name`` gives the suffix, if any."""
    where = origin.describe()
    if not data.strip():
        yield InputError(where, EMPTY)
        return
    fmt = _format_by_name(name, input_format)
    try:
        declared = declared_charset(data) if fmt in ("html", "auto") else None
        text = decode_bytes(data, where, declared=declared)
    except InputError as err:
        yield err
        return
    yield from read_string(text, origin, input_format=fmt)


def read_string(text: str, origin: Origin, *, input_format: str = "auto") -> Iterator[Item]:
    """The articles in one input's text, read as ``input_format`` (``auto``: by its first character)."""
    where = origin.describe()
    if not text.strip():
        yield InputError(where, EMPTY)
        return
    if "\x00" in text:
        yield InputError(where, BINARY)
        return
    fmt = sniff_format(text) if input_format == "auto" else input_format
    if fmt == "jsonl":
        yield from read_jsonl(text, origin.path)
        return
    try:
        yield read_html(text, origin) if fmt == "html" else read_text(text, origin)
    except InputError as err:
        yield err


def sniff_format(text: str) -> str:
    """``jsonl`` when the text starts with ``{``, ``html`` with ``<``, else ``text`` (BOM, spaces skipped)."""
    head = text.lstrip("\ufeff \t\r\n")[:1]
    return {"{": "jsonl", "<": "html"}.get(head, "text")


def _read_all(paths: list[str], input_format: str, stdin: TextIO | BinaryIO | None) -> Iterator[Item]:
    for given in paths:
        if given == STDIN:
            yield from _read_stdin(stdin, input_format)
        elif os.path.isdir(given):
            yield from _read_directory(given, input_format)
        else:
            yield from _read_file(given, input_format)


def _read_file(path: str, input_format: str) -> Iterator[Item]:
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        yield InputError(path, "no such file")
        return
    except OSError as err:
        yield InputError(path, f"cannot read: {err.strerror or err}")
        return
    logger.debug("read %s (%d bytes)", path, len(data))
    yield from read_bytes(data, Origin(path=path), input_format=input_format, name=path)


def _read_directory(directory: str, input_format: str) -> Iterator[Item]:
    root = Path(directory)
    found = sorted(
        p.relative_to(root)
        for p in root.rglob("*")
        if p.suffix.lower() in SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(root).parts)
        and p.is_file()
    )
    if not found:
        yield InputError(directory, f"no articles in directory (no {', '.join(SUFFIXES)} files)")
        return
    for relative in found:
        yield from _read_file(os.path.join(directory, relative), input_format)


def _read_stdin(stream: TextIO | BinaryIO | None, input_format: str) -> Iterator[Item]:
    stream = sys.stdin if stream is None else stream
    data = getattr(stream, "buffer", stream).read()
    origin = Origin()
    if isinstance(data, bytes):
        yield from read_bytes(data, origin, input_format=input_format)
    else:
        yield from read_string(data, origin, input_format=input_format)


def _format_by_name(name: str, input_format: str) -> str:
    if input_format != "auto":
        return input_format
    return SUFFIXES.get(os.path.splitext(name)[1].lower(), "auto")
