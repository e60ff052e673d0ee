"""What the command line shows a person: coded articles as tables, a store's summary, what to try next."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table

from eventwire.models import Actor, CodedArticle, Event
from eventwire.store import StoreSummary

FACTUALITY_STYLE = {"asserted": "green", "negated": "red", "planned": "cyan", "possible": "yellow"}


def _actor(actor: Actor | None) -> str:
    if actor is None:
        return "-"
    code = actor.code or "?"
    return f"{actor.name} [dim]({code})[/dim]"


def _said(event: Event) -> str:
    if event.attribution is None:
        return ""
    speaker = event.attribution.speaker
    text = speaker.name if speaker else "?"
    if event.attribution.via:
        text += f" [dim]via {', '.join(event.attribution.via)}[/dim]"
    return text


def print_table(coded: CodedArticle, *, console: Console | None = None) -> None:
    console = console or Console()
    article = coded.article
    heading = article.title or article.id
    facts = " · ".join(
        str(x) for x in (article.dateline, article.published, article.origin.describe()) if x is not None
    )
    console.print(f"[bold]{heading}[/bold]\n[dim]{facts}[/dim]")
    if not coded.events:
        console.print("  no events found\n")
        return
    table = Table(show_lines=False, header_style="bold")
    for column in ("type", "factuality", "source", "target", "date", "according to", "trigger"):
        table.add_column(column, overflow="fold")
    for event in coded.events:
        style = FACTUALITY_STYLE.get(event.factuality, "")
        table.add_row(
            event.type + (f" [dim]{event.mode}[/dim]" if event.mode else ""),
            f"[{style}]{event.factuality}[/{style}]",
            _actor(event.source),
            _actor(event.target),
            event.date.isoformat() if event.date else "",
            _said(event),
            event.evidence.trigger,
        )
    console.print(table)
    console.print(
        f"  {len(coded.events)} events, {len(coded.quotes)} quotes, {len(coded.actors)} actor mentions\n"
    )


def print_sample(events: list[Event], *, limit: int = 10, console: Console | None = None) -> None:
    """A few of the clearest events: both parties named, highest confidence first."""
    console = console or Console()
    chosen = sorted(
        (e for e in events if e.source is not None and e.target is not None),
        key=lambda e: -e.confidence,
    )[:limit]
    if not chosen:
        return
    table = Table(title="A sample of what was found", header_style="bold", title_justify="left")
    for column in ("type", "factuality", "who", "to whom", "when", "words"):
        table.add_column(column, overflow="fold")
    for event in chosen:
        style = FACTUALITY_STYLE.get(event.factuality, "")
        table.add_row(
            event.type,
            f"[{style}]{event.factuality}[/{style}]",
            _actor(event.source),
            _actor(event.target),
            event.date.isoformat() if event.date else "",
            event.evidence.trigger,
        )
    console.print(table)


def print_summary(summary: StoreSummary, *, db: Path, console: Console | None = None) -> None:
    console = console or Console()
    console.print(
        f"[bold]{db}[/bold]: {summary.articles} articles, {summary.events} events, {summary.actors} actor "
        f"mentions, {summary.quotes} quotes, {summary.rejected} rejected inputs"
    )
    if summary.events_by_type:
        kinds = ", ".join(f"{k} {n}" for k, n in summary.events_by_type.items())
        console.print(f"events by type: {kinds}")
        facts = ", ".join(f"{k} {n}" for k, n in summary.events_by_factuality.items())
        console.print(f"by factuality: {facts}")
    if summary.top_pairs:
        pairs = ", ".join(f"{p.source}→{p.target} {p.events}" for p in summary.top_pairs[:5])
        console.print(f"top country pairs: {pairs}")
    console.print("\n[bold]Try next[/bold]")
    for line in NEXT_STEPS:
        console.print("  " + line.format(db=db), highlight=False, markup=False, soft_wrap=True)


NEXT_STEPS = (
    "eventwire code examples/ --format table             # the events of each example story",
    "eventwire code ARTICLE.txt --date 2018-03-29 --format json   # the full record of one article",
    "eventwire eval events ../shared/eval/plover-gsr-dev.jsonl    # score against PLOVER gold sentences",
    ".venv/bin/python -c \"import duckdb; print(duckdb.connect('{db}', read_only=True).sql("
    "'SELECT type, factuality, source_name, target_name, date FROM events LIMIT 20'))\"",
)
