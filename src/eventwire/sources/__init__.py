"""Sources: text, HTML and JSONL files, directories, standard input → raw articles (RawArticle)."""

from eventwire.sources.decode import decode_bytes
from eventwire.sources.jsonl import parse_date
from eventwire.sources.reader import (
    INPUT_FORMATS,
    SUFFIXES,
    read_bytes,
    read_inputs,
    read_string,
    sniff_format,
)

__all__ = [
    "INPUT_FORMATS",
    "SUFFIXES",
    "decode_bytes",
    "parse_date",
    "read_bytes",
    "read_inputs",
    "read_string",
    "sniff_format",
]
