"""Scoring coded documents against PLOVER-coded gold: sentence-level events and story-level labels.

Both scorers read CONTRACT.md documents (plain dicts), so they score exactly what `eventwire code` prints. An
event counts under its own type and under its PLOVER view (planned CONSULT/SUPPORT/COOPERATE/AID is AGREE).
Negated events ("there are no plans to meet") are records of what did not happen: PLOVER leaves them out of
its event data (manual, "Auxiliary modes"), and so do these scores.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from eventwire.models import PLANNED_AS_AGREE

Doc = dict[str, Any]


def plover_view(event: Doc) -> str:
    if event.get("factuality") == "planned" and event["type"] in PLANNED_AS_AGREE:
        return "AGREE"
    return event["type"]


def view_types(event: Doc) -> set[str]:
    return {event["type"], plover_view(event)}


def plover_events(events: list[Doc]) -> list[Doc]:
    """The events PLOVER-coded data would hold: all but the negated ones."""
    return [e for e in events if e.get("factuality") != "negated"]


def _country(actor: Doc | None) -> str | None:
    return actor.get("country") if actor else None


def actors_fit(event: Doc, gold: Doc) -> bool:
    """The event's source is among the gold sources, and its target among the gold targets, each when the gold
    names any."""
    sources = {a["country"] for a in gold.get("source") or ()}
    targets = {a["country"] for a in gold.get("target") or ()}
    if sources and _country(event.get("source")) not in sources:  # a gold event without a source: no check
        return False
    return not targets or _country(event.get("target")) in targets


def _produced(doc: Doc | None) -> tuple[int, list[Doc], set[str]]:
    """How many events a document has (negated ones too), its PLOVER-view events, and their categories."""
    if not doc:
        return 0, [], set()
    events = plover_events(doc["events"])
    return len(doc["events"]), events, set().union(*(view_types(e) for e in events))


@dataclass
class Tally:
    gold: int = 0
    type_hits: int = 0
    actor_hits: int = 0
    produced: int = 0  # sentences where this type was produced
    produced_right: int = 0  # … and the gold was this type
    top_hits: int = 0  # stories of this label whose top category is the label

    def as_dict(self) -> dict[str, float | int]:
        return {
            "gold": self.gold,
            "type_recall": _ratio(self.type_hits, self.gold),
            "type_actors_recall": _ratio(self.actor_hits, self.gold),
            "produced": self.produced,
            "precision": _ratio(self.produced_right, self.produced),
        }


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


@dataclass
class _Report:
    """What both reports keep: events counted, unreadable items, per-category tallies, confusion, misses."""

    events: int = 0
    unreadable: int = 0
    per_type: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    confusion: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    misses: list[Doc] = field(default_factory=list)

    def _count(self, gold: Doc, doc: Doc | None) -> tuple[str, Tally, list[Doc], set[str]]:
        """Book one gold item: its label, the label's tally, the PLOVER-view events and their categories."""
        kind = gold["type"]
        tally = self.per_type[kind]
        tally.gold += 1
        produced_count, events, produced = _produced(doc)
        self.events += produced_count
        return kind, tally, events, produced

    def _confusion_lines(self, title: str) -> list[str]:
        if not self.confusion:
            return []
        lines = [f"\n{title}"]
        for kind, counts in sorted(self.confusion.items()):
            lines.append(f"  {kind:<10} {', '.join(f'{k} {n}' for k, n in counts.most_common(5))}")
        return lines


@dataclass
class EventReport(_Report):
    """Sentence-level scores: type recall, type+actors recall, events per sentence, per category."""

    sentences: int = 0
    type_hits: int = 0
    actor_hits: int = 0

    def add(self, gold: Doc, doc: Doc | None, text: str, item_id: str) -> None:
        self.sentences += 1
        kind, tally, events, produced = self._count(gold, doc)
        for other in produced:
            self.per_type[other].produced += 1
            if other == kind:
                self.per_type[other].produced_right += 1
        hit = kind in produced
        actor_hit = any(kind in view_types(e) and actors_fit(e, gold) for e in events)
        self.type_hits += hit
        self.actor_hits += actor_hit
        tally.type_hits += hit
        tally.actor_hits += actor_hit
        if not hit:
            self.confusion[kind].update({plover_view(e) for e in events} or {"(none)"})
            self.misses.append(
                {
                    "id": item_id,
                    "gold": kind,
                    "produced": sorted({plover_view(e) for e in events}),
                    "text": text,
                }
            )

    @property
    def type_recall(self) -> float:
        return _ratio(self.type_hits, self.sentences)

    @property
    def type_actors_recall(self) -> float:
        return _ratio(self.actor_hits, self.sentences)

    @property
    def events_per_sentence(self) -> float:
        return round(self.events / self.sentences, 3) if self.sentences else 0.0

    def summary(self) -> str:
        return (
            f"events: {self.sentences} sentences, type recall {self.type_recall:.3f}, type+actors recall "
            f"{self.type_actors_recall:.3f}, {self.events_per_sentence:.2f} events per sentence"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": "events",
            "sentences": self.sentences,
            "type_recall": self.type_recall,
            "type_actors_recall": self.type_actors_recall,
            "events_per_sentence": self.events_per_sentence,
            "unreadable": self.unreadable,
            "per_type": {k: v.as_dict() for k, v in sorted(self.per_type.items())},
            "confusion": {k: dict(v.most_common()) for k, v in sorted(self.confusion.items())},
            "misses": self.misses,
        }

    def render(self, *, worst: int = 15) -> str:
        lines = [f"{'category':<11} {'gold':>5} {'type':>6} {'+actors':>8} {'made':>5} {'prec':>6}"]
        for kind, tally in sorted(self.per_type.items()):
            d = tally.as_dict()
            lines.append(
                f"{kind:<11} {d['gold']:>5} {d['type_recall']:>6.2f} {d['type_actors_recall']:>8.2f} "
                f"{d['produced']:>5} {d['precision']:>6.2f}"
            )
        lines += self._confusion_lines("missed gold category → what was produced instead")
        if self.misses:
            lines.append(f"\nmisses (first {min(worst, len(self.misses))} of {len(self.misses)})")
            for miss in self.misses[:worst]:
                lines.append(f"  [{miss['gold']} ← {','.join(miss['produced']) or '-'}] {miss['text'][:150]}")
        lines.append("\n" + self.summary())
        return "\n".join(lines)


def story_top_type(events: list[Doc]) -> str | None:
    """The most frequent category among a story's events (PLOVER view); ties go to the earlier event.

    Each event mention counts once: "Russia and China condemned Seoul and Washington" is one condemnation in
    the text though it gives four events, one per actor pair (CONTRACT.md).
    """
    counts: Counter = Counter()
    first_seen: dict[str, int] = {}
    mentions: set[tuple] = set()
    for i, event in enumerate(events):
        kind = plover_view(event)
        mention = (kind, event["evidence"].get("trigger_start", event["evidence"]["start"]))
        if mention in mentions:
            continue
        mentions.add(mention)
        counts[kind] += 1
        first_seen.setdefault(kind, i)
    if not counts:
        return None
    return max(counts, key=lambda k: (counts[k], -first_seen[k]))


@dataclass
class DocumentReport(_Report):
    """Story-level scores: is the label among the story's events, and is it the story's top category?"""

    stories: int = 0
    with_events: int = 0
    recall_hits: int = 0
    top_hits: int = 0

    def add(self, gold: Doc, doc: Doc | None, text: str, item_id: str) -> None:
        self.stories += 1
        kind, tally, events, produced = self._count(gold, doc)
        hit = kind in produced
        self.recall_hits += hit
        tally.type_hits += hit
        top = story_top_type(events)
        if top is not None:
            self.with_events += 1
            self.per_type[top].produced += 1
            if top == kind:
                self.top_hits += 1
                tally.top_hits += 1
                self.per_type[top].produced_right += 1
            else:
                self.confusion[kind][top] += 1
        if not hit:
            self.misses.append({"id": item_id, "gold": kind, "produced": sorted(produced), "text": text})

    @property
    def recall(self) -> float:
        return _ratio(self.recall_hits, self.stories)

    @property
    def top_precision(self) -> float:
        return _ratio(self.top_hits, self.with_events)

    def summary(self) -> str:
        return (
            f"documents: {self.stories} stories ({self.with_events} with events), document recall "
            f"{self.recall:.3f}, top-type precision {self.top_precision:.3f}, "
            f"{self.events / max(self.stories, 1):.1f} events per story"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": "documents",
            "stories": self.stories,
            "stories_with_events": self.with_events,
            "document_recall": self.recall,
            "top_type_precision": self.top_precision,
            "events_per_story": round(self.events / max(self.stories, 1), 2),
            "unreadable": self.unreadable,
            "per_type": {
                k: {
                    "gold": v.gold,
                    "recall": _ratio(v.type_hits, v.gold),
                    "top_right": _ratio(v.top_hits, v.gold),
                    "top_made": v.produced,
                    "top_precision": _ratio(v.produced_right, v.produced),
                }
                for k, v in sorted(self.per_type.items())
            },
            "confusion": {k: dict(v.most_common()) for k, v in sorted(self.confusion.items())},
            "misses": self.misses,
        }

    def render(self, *, worst: int = 10) -> str:
        lines = [f"{'category':<11} {'gold':>5} {'recall':>7} {'top ok':>7} {'top made':>9} {'top prec':>9}"]
        for kind, v in sorted(self.per_type.items()):
            lines.append(
                f"{kind:<11} {v.gold:>5} {_ratio(v.type_hits, v.gold):>7.2f} {_ratio(v.top_hits, v.gold):>7.2f} "
                f"{v.produced:>9} {_ratio(v.produced_right, v.produced):>9.2f}"
            )
        lines += self._confusion_lines("label → story's top category when wrong")
        if self.misses:
            lines.append(
                f"\nstories whose label was not produced (first {min(worst, len(self.misses))} of "
                f"{len(self.misses)})"
            )
            for miss in self.misses[:worst]:
                lines.append(
                    f"  [{miss['gold']} ← {','.join(miss['produced']) or '-'}] {miss['text'][:120]!r}"
                )
        lines.append("\n" + self.summary())
        return "\n".join(lines)
