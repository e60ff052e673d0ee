"""Measure :mod:`eventwire.timex` on TimeML documents (TimeBank 1.2, AQUAINT).

Each ``*.tml`` file under the folder gives a document creation time (``<DCT>``) and a ``<TEXT>`` whose
``<TIMEX3>`` tags are the gold expressions. The tags are stripped, :func:`find_timexes` runs on the plain
text and every find is resolved against the DCT.

- Detection is scored on gold ``type="DATE"`` expressions with overlapping spans. A find that overlaps only
  DURATION, TIME or SET gold is neither right nor wrong; any other find that overlaps no DATE is wrong.
- Value accuracy is over detected DATE gold whose value is a day (``1998-08-07``, part-of-day suffixes such
  as ``T-EV`` ignored), an ISO week (``1998-W32``), a month (``1998-08``) or a year (``1998``): the find's
  resolution must have that granularity and fall in that period. For a range, a gold that overlaps its first
  end is compared with the range's start, one that overlaps its last end with the range's end.
- The reading is future (``future=True``) only as :func:`eventwire.timex.says_future` decides: the
  expression says so ("next", "coming") or the nearest verb cue before it in its sentence is will/'ll/shall.

``python -m eventwire.evaluate.dates FOLDER [--errors N]`` prints the report.
"""

from __future__ import annotations

import argparse
import html
import json
import logging
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.timex import Resolved, Timex, find_timexes, resolve, resolve_parts, says_future

logger = logging.getLogger(__name__)

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)((?:\s+[^>]*?)?)\s*(/?)>")
_ATTR = re.compile(r'([A-Za-z_]+)="([^"]*)"')
_DCT = re.compile(r"<DCT>\s*<TIMEX3\b[^>]*?\bvalue=\"(\d{4}-\d{2}-\d{2})", re.DOTALL)
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.DOTALL)
_VALUE_FORMS: dict[str, re.Pattern[str]] = {
    "day": re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T(?:MO|AF|EV|NI|DT))?"),
    "week": re.compile(r"(\d{4})-W(\d{1,2})"),
    "month": re.compile(r"(\d{4})-(\d{2})"),
    "year": re.compile(r"(\d{4})"),
}


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class TimeMLDocument:
    name: str
    anchor: date
    text: str
    gold: tuple[GoldTimex, ...]


@dataclass(frozen=True, slots=True)
class Mistake:
    """One error, for reading: ``missed`` gold, ``spurious`` find, or ``value`` (wrong or no resolution)."""

    document: str
    kind: str
    text: str
    gold: str | None
    got: str | None
    context: str


@dataclass(frozen=True)
class DateReport:
    documents: int
    gold: int  # DATE expressions
    detected: int  # DATE gold overlapped by a find
    finds: int  # finds scored (not neutral)
    correct_finds: int  # finds overlapping DATE gold
    neutral_finds: int  # finds overlapping only DURATION/TIME/SET gold
    valued: int  # detected DATE gold with a day/week/month/year value
    value_correct: int
    by_granularity: dict[str, tuple[int, int]] = field(default_factory=dict)  # granularity -> (right, total)
    mistakes: tuple[Mistake, ...] = ()

    @property
    def precision(self) -> float:
        return self.correct_finds / self.finds if self.finds else 0.0

    @property
    def recall(self) -> float:
        return self.detected / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.value_correct / self.valued if self.valued else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "gold": self.gold,
            "detected": self.detected,
            "finds": self.finds,
            "correct_finds": self.correct_finds,
            "neutral_finds": self.neutral_finds,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "valued": self.valued,
            "value_correct": self.value_correct,
            "value_accuracy": round(self.value_accuracy, 4),
            "value_accuracy_by_granularity": {
                g: {"correct": right, "total": total, "accuracy": round(right / total, 4) if total else 0.0}
                for g, (right, total) in self.by_granularity.items()
            },
        }

    def render(self) -> str:
        return self.summary()

    def summary(self) -> str:
        lines = [
            f"TimeML dates: {self.documents} documents, {self.gold} DATE expressions",
            f"  detection  P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}"
            f"  ({self.correct_finds}/{self.finds} finds right, {self.detected}/{self.gold} gold found,"
            f" {self.neutral_finds} finds on DURATION/TIME/SET not scored)",
            f"  value      accuracy {self.value_accuracy:.3f}  ({self.value_correct}/{self.valued} detected"
            " day/week/month/year values)",
        ]
        for granularity, (right, total) in self.by_granularity.items():
            share = right / total if total else 0.0
            lines.append(f"    {granularity:<6} {share:.3f}  ({right}/{total})")
        return "\n".join(lines)


# ---------------------------------------------------------------------------- reading TimeML


def read_timeml(path: Path) -> TimeMLDocument | None:
    """The plain text of a TimeML document's ``<TEXT>``, its DCT and its TIMEX3 spans (None without them)."""
    source = path.read_text(encoding="utf-8")
    dct, body = _DCT.search(source), _TEXT.search(source)
    if dct is None or body is None:
        logger.warning("%s: no DCT or TEXT, skipped", path)
        return None
    pieces: list[str] = []
    length = 0
    gold: list[GoldTimex] = []
    opened: tuple[int, dict[str, str]] | None = None
    position = 0
    raw = body.group(1)
    for tag in _TAG.finditer(raw):
        chunk = html.unescape(raw[position : tag.start()])
        pieces.append(chunk)
        length += len(chunk)
        position = tag.end()
        closing, name, attrs, empty = tag.groups()
        if name != "TIMEX3" or empty:
            continue
        if not closing:
            opened = (length, dict(_ATTR.findall(attrs)))
        elif opened is not None:
            start, attributes = opened
            text = "".join(pieces)[start:]
            gold.append(
                GoldTimex(start, length, text, attributes.get("type", ""), attributes.get("value", ""))
            )
            opened = None
    pieces.append(html.unescape(raw[position:]))
    return TimeMLDocument(path.stem, date.fromisoformat(dct.group(1)), "".join(pieces), tuple(gold))


# ---------------------------------------------------------------------------- scoring


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _value_form(value: str) -> tuple[str, tuple[int, ...]] | None:
    for granularity, pattern in _VALUE_FORMS.items():
        match = pattern.fullmatch(value)
        if match:
            return granularity, tuple(int(g) for g in match.groups())
    return None


def _matches(resolved: Resolved | None, granularity: str, parts: tuple[int, ...]) -> bool:
    if resolved is None or resolved.granularity != granularity:
        return False
    day = resolved.value
    if granularity == "day":
        return (day.year, day.month, day.day) == parts
    if granularity == "week":
        iso = day.isocalendar()
        return (iso.year, iso.week) == parts
    if granularity == "month":
        return (day.year, day.month) == parts
    return (day.year,) == parts


def _compared(
    find: Timex, resolved: Resolved | None, gold: GoldTimex, anchor: date, future: bool
) -> Resolved | None:
    """The reading to compare with ``gold``: for a range, that of the end ``gold`` overlaps."""
    if find.kind != "range" or find.first is None or find.last is None:
        return resolved
    parts = resolve_parts(find, anchor, future=future)
    if parts is None:
        return None
    first, last = find.first, find.last
    if _overlaps(last.start, last.end, gold.start, gold.end) and not _overlaps(
        first.start, first.end, gold.start, gold.end
    ):
        return parts[1]
    return parts[0]


def _context(text: str, start: int, end: int) -> str:
    return " ".join(text[max(0, start - 60) : min(len(text), end + 40)].split())


@dataclass
class _Tally:
    documents: int = 0
    gold: int = 0
    detected: int = 0
    finds: int = 0
    correct_finds: int = 0
    neutral_finds: int = 0
    valued: Counter[str] = field(default_factory=Counter)
    right: Counter[str] = field(default_factory=Counter)
    mistakes: list[Mistake] = field(default_factory=list)

    def add(self, doc: TimeMLDocument) -> None:
        self.documents += 1
        finds = find_timexes(doc.text)
        futures = [says_future(doc.text, t) for t in finds]
        resolved = [resolve(t, doc.anchor, future=ahead) for t, ahead in zip(finds, futures, strict=True)]
        dates = [g for g in doc.gold if g.type == "DATE"]
        others = [g for g in doc.gold if g.type != "DATE"]
        self._score_finds(doc, finds, dates, others)
        self.gold += len(dates)
        for gold in dates:
            self._score_gold(doc, gold, finds, resolved, futures)

    def _score_finds(
        self, doc: TimeMLDocument, finds: list[Timex], dates: list[GoldTimex], others: list[GoldTimex]
    ) -> None:
        for find in finds:
            if any(_overlaps(find.start, find.end, g.start, g.end) for g in dates):
                self.finds += 1
                self.correct_finds += 1
            elif any(_overlaps(find.start, find.end, g.start, g.end) for g in others):
                self.neutral_finds += 1
            else:
                self.finds += 1
                self.mistakes.append(
                    Mistake(
                        doc.name,
                        "spurious",
                        find.text,
                        None,
                        find.kind,
                        _context(doc.text, find.start, find.end),
                    )
                )

    def _score_gold(
        self,
        doc: TimeMLDocument,
        gold: GoldTimex,
        finds: list[Timex],
        resolved: list[Resolved | None],
        futures: list[bool],
    ) -> None:
        overlapping = [
            (min(f.end, gold.end) - max(f.start, gold.start), i)
            for i, f in enumerate(finds)
            if _overlaps(f.start, f.end, gold.start, gold.end)
        ]
        context = _context(doc.text, gold.start, gold.end)
        if not overlapping:
            self.mistakes.append(Mistake(doc.name, "missed", gold.text, gold.value, None, context))
            return
        self.detected += 1
        form = _value_form(gold.value)
        if form is None:
            return
        granularity, parts = form
        index = max(overlapping)[1]
        find = finds[index]
        reading = _compared(find, resolved[index], gold, doc.anchor, futures[index])
        self.valued[granularity] += 1
        if _matches(reading, granularity, parts):
            self.right[granularity] += 1
            return
        got = None if reading is None else f"{reading.timeml()} ({reading.granularity}) from {find.text!r}"
        self.mistakes.append(
            Mistake(doc.name, "value", gold.text, gold.value, got, f"[DCT {doc.anchor}] {context}")
        )

    def report(self) -> DateReport:
        by_granularity = {g: (self.right[g], self.valued[g]) for g in _VALUE_FORMS if self.valued[g]}
        return DateReport(
            documents=self.documents,
            gold=self.gold,
            detected=self.detected,
            finds=self.finds,
            correct_finds=self.correct_finds,
            neutral_finds=self.neutral_finds,
            valued=sum(self.valued.values()),
            value_correct=sum(self.right.values()),
            by_granularity=by_granularity,
            mistakes=tuple(self.mistakes),
        )


def evaluate_dates(folder: Path) -> DateReport:
    """Score :mod:`eventwire.timex` on every ``*.tml`` file under ``folder`` (searched recursively)."""
    tally = _Tally()
    for path in sorted(Path(folder).rglob("*.tml")):
        document = read_timeml(path)
        if document is not None:
            tally.add(document)
    if tally.documents == 0:
        logger.warning("no TimeML documents under %s", folder)
    return tally.report()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m eventwire.evaluate.dates", description=__doc__.split("\n")[0]
    )
    parser.add_argument("folder", type=Path, help="a folder of TimeML .tml files (searched recursively)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument(
        "--errors", type=int, default=0, metavar="N", help="also print up to N mistakes per kind"
    )
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        print(f"not a folder: {args.folder}", file=sys.stderr)
        return 2
    report = evaluate_dates(args.folder)
    print(json.dumps(report.to_dict(), indent=2) if args.json else report.summary())
    if args.errors:
        for kind in ("missed", "spurious", "value"):
            chosen = [m for m in report.mistakes if m.kind == kind][: args.errors]
            print(f"\n{kind} ({sum(m.kind == kind for m in report.mistakes)}):")
            for m in chosen:
                print(f"  {m.document}: {m.text!r} gold={m.gold} got={m.got} | {m.context}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
