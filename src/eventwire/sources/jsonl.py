"""JSONL input: one article per line.

Each line is a JSON object with ``text`` or ``html`` (``text`` is used when both are there) and optionally
``id`` (a string or a number), ``title``, ``date`` (an ISO date, or an ISO date-time whose date is taken),
``url`` and ``source``; other fields are ignored. Blank lines are skipped. A bad line gives an
:class:`InputError` naming ``path:line`` and the reading goes on with the next line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from datetime import date, datetime
from typing import Any

from eventwire.errors import InputError
from eventwire.models import Origin, RawArticle

_OPTIONAL_STRINGS = ("title", "url", "source")


def read_jsonl(text: str, path: str | None) -> Iterator[RawArticle | InputError]:
    """The articles of a JSONL document read from ``path`` (None for standard input), or why a line is bad."""
    # split on "\n" only: str.splitlines() would also split inside JSON strings holding U+2028 and the like
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        origin = Origin(path=path, line=number)
        try:
            yield _article(line, origin)
        except InputError as err:
            yield err


def parse_date(value: object) -> date:
    """An ISO date ("2018-03-29") or date-time ("2018-03-29T10:15:00Z") → date; ValueError otherwise."""
    if not isinstance(value, str):
        raise ValueError(f"not a string: {value!r}")
    value = value.strip()
    try:
        return date.fromisoformat(value)
    except ValueError:
        return datetime.fromisoformat(value).date()


def _article(line: str, origin: Origin) -> RawArticle:
    where = origin.describe()
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        raise InputError(where, f"not valid JSON ({err.msg} at column {err.colno})") from None
    if not isinstance(record, dict):
        raise InputError(where, f"not a JSON object but {type(record).__name__}")
    present = [name for name in ("text", "html") if record.get(name) is not None]
    if not present:
        raise InputError(where, "no 'text' or 'html' field")
    usable = [name for name in present if isinstance(record[name], str) and record[name].strip()]
    body_field = (usable or present)[0]
    body = record[body_field]
    if not isinstance(body, str):
        raise InputError(where, f"'{body_field}' is not a string")
    if not body.strip():
        raise InputError(where, f"empty '{body_field}'")
    strings = {name: _optional_string(record, name, where) for name in _OPTIONAL_STRINGS}
    return RawArticle(
        origin=Origin(path=origin.path, line=origin.line, url=strings["url"]),
        text=body if body_field == "text" else None,
        html=body if body_field == "html" else None,
        id=_id(record, where),
        date=_date(record, where),
        **strings,
    )


def _optional_string(record: Mapping[str, Any], name: str, where: str) -> str | None:
    value = record.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(where, f"'{name}' is not a string")
    return value.strip() or None


def _id(record: Mapping[str, Any], where: str) -> str | None:
    value = record.get("id")
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise InputError(where, "'id' is not a string or an integer")
    return str(value)


def _date(record: Mapping[str, Any], where: str) -> date | None:
    value = record.get("date")
    if value is None or value == "":
        return None
    try:
        return parse_date(value)
    except ValueError:
        reason = f"bad date {value!r}: expected an ISO date (YYYY-MM-DD) or date-time"
        raise InputError(where, reason) from None
