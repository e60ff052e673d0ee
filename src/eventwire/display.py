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
    console.print(f"  {len(coded.events)} events, {len(coded.quotes)} quotes, {len(coded.actors)} actor mentions\n")


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
    console.print(
        "\nNext: [bold]eventwire code examples/ --format table[/bold] to read the events, "
        f"[bold]duckdb {db} \"SELECT type, factuality, source_name, target_name FROM events\"[/bold] "
        "(or Python's duckdb module) to query them, "
        "[bold]eventwire code ../shared/corpus/seed/upi-2018-03-29-putin-kim.txt --date 2018-03-29 --format json[/bold] "
        "for the full record."
    )
