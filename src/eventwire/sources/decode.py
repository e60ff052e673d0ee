"""Bytes → text, or an :class:`InputError` that says why not.

The layers, in order: a byte-order mark decides (UTF-8, UTF-16, UTF-32); NUL bytes or many control bytes mean
a binary file; then strict UTF-8; then the charset an HTML page declares; then Windows-1252, only when it
decodes cleanly and the result looks like text. Otherwise the error names the first byte UTF-8 rejects.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from eventwire.errors import InputError

BINARY = "binary file, not text"

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: bytes that do not occur in text: C0 controls other than tab, line feed, form feed, carriage return, ESC
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\x0c\r\x1b") + b"\x7f"
_CONTROL_TABLE = bytes.maketrans(_CONTROL_BYTES, b"\x00" * len(_CONTROL_BYTES))
#: share of control bytes (in the first _SAMPLE bytes) above which a file is binary
_MAX_CONTROL_SHARE = 0.05
_SAMPLE = 65536
#: a single-byte decoding is believed when at most this share of its letters is outside ASCII
_MAX_NON_ASCII_LETTERS = 0.3
#: browsers read these declared charsets as Windows-1252
_AS_CP1252 = {"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii", "iso8859-1", "l1"}
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)


def decode_bytes(data: bytes, where: str, *, declared: str | None = None) -> str:
    """Decode ``data`` read from ``where``; ``declared`` is a charset the input names for itself, if any."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as err:
                raise InputError(where, _reason(encoding, data, err)) from err
    if looks_binary(data):
        raise InputError(where, BINARY)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        utf8_error = err
    for encoding, guessed in _fallbacks(declared):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if looks_like_text(text, guessed=guessed):
            return text
    raise InputError(where, _reason("UTF-8", data, utf8_error))


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag near its top, if any."""
    m = _DECLARED.search(data[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def looks_binary(data: bytes) -> bool:
    if b"\x00" in data:
        return True
    sample = data[:_SAMPLE]
    controls = len(sample) - len(sample.translate(_CONTROL_TABLE).replace(b"\x00", b""))
    return bool(sample) and controls / len(sample) > _MAX_CONTROL_SHARE


def looks_like_text(text: str, *, guessed: bool = True) -> bool:
    """Few control characters; for a ``guessed`` encoding also mostly ASCII letters (a wrong single-byte guess
    turns the text of another script into runs of accented letters)."""
    if not text:
        return False
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\t\n\r\x0c")
    if controls > len(text) * 0.01:
        return False
    if not guessed:
        return True
    letters = [c for c in text if c.isalpha()]
    non_ascii = sum(1 for c in letters if not c.isascii())
    return not letters or non_ascii / len(letters) <= _MAX_NON_ASCII_LETTERS


def _fallbacks(declared: str | None) -> list[tuple[str, bool]]:
    """(encoding, whether it is a guess) to try after UTF-8: the declared charset, then Windows-1252."""
    encodings: list[tuple[str, bool]] = []
    if declared:
        name = "cp1252" if declared in _AS_CP1252 else declared
        try:
            if codecs.lookup(name).name not in ("utf-8", "utf-16", "utf-32"):
                encodings.append((codecs.lookup(name).name, False))
        except LookupError:
            pass  # an unknown charset name on the page: ignore it
    return [*encodings, ("cp1252", True)]


def _reason(encoding: str, data: bytes, err: UnicodeDecodeError) -> str:
    return f"cannot decode as {encoding} (byte 0x{data[err.start]:02x} at offset {err.start})"
