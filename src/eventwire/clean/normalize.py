"""Unicode and whitespace normalisation, and splitting text into lines, blocks and paragraphs.

What :func:`normalize_text` does, in order:

- Unicode NFC;
- line ends (CRLF, CR, NEL, U+2028, form feed, vertical tab) become ``\\n``; U+2029 becomes a blank line;
- no-break and other typographic spaces, and tabs, become a plain space;
- zero-width characters, the soft hyphen, the BOM and other control characters are dropped;
- curly quotes become ASCII: ‘ ’ ‚ ‛ → ``'`` and “ ” „ ‟ → ``"``. Dashes (— –) and the ellipsis are kept as
  they are;
- runs of spaces collapse to one, each line is stripped, runs of blank lines collapse to one.
"""

from __future__ import annotations

import re
import statistics
import unicodedata

_TRANSLATE = str.maketrans(
    {
        **{
            c: " "
            for c in "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
            "\u202f\u205f\u3000"
        },
        **{c: None for c in "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"},
        **{c: "\n" for c in "\r\x0b\x0c\x85\u2028"},
        "\u2029": "\n\n",
        **{c: "'" for c in "\u2018\u2019\u201a\u201b"},
        **{c: '"' for c in "\u201c\u201d\u201e\u201f"},
    }
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_SPACES = re.compile(r" {2,}")
_BLANKS = re.compile(r"\n{3,}")

#: a line that ends a sentence (or a heading-like line that ends with a colon)
_SENTENCE_END = re.compile(r"[.!?:;\"')\]…]$")


def normalize_text(text: str) -> str:
    """Normalised text: see the module docstring. Blocks are separated by exactly one blank line."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n"))
    text = _CONTROL.sub("", text.translate(_TRANSLATE))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def split_blocks(text: str) -> list[list[str]]:
    """Normalised text → blocks (separated by blank lines) of non-empty lines."""
    return [block.split("\n") for block in text.split("\n\n") if block]


def is_hard_wrapped(blocks: list[list[str]]) -> bool:
    """Whether line breaks inside blocks are a fixed-width wrap rather than paragraph breaks.

    Looks at the lines that are followed by another line of the same block: a wrapped text has at least three,
    most of them do not end a sentence, and they are of prose length (median 40 to 100 characters).
    """
    inner = [line for block in blocks for line in block[:-1]]
    if len(inner) < 3:
        return False
    open_ended = sum(1 for line in inner if not _SENTENCE_END.search(line))
    lengths = [len(line) for line in inner]
    return open_ended / len(inner) >= 0.5 and 40 <= statistics.median(lengths) and max(lengths) <= 100


def word_count(text: str) -> int:
    return len(text.split())
