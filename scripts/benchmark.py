"""Throughput of `eventwire code` on a JSONL corpus: articles and words per second, events found.

    .venv/bin/python scripts/benchmark.py ../shared/corpus/guardian-sdf-2019.jsonl [--limit N] [--batch-size N]

Run it under `/usr/bin/time -v` for the peak memory. The model load is timed apart from the coding.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from eventwire.errors import InputError
from eventwire.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.sources import read_inputs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--parse-only", action="store_true", help="time the spaCy pipeline alone, for comparison")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    pipeline = Pipeline(Settings(batch_size=args.batch_size))
    pipeline.load()
    loaded = time.perf_counter()
    items = list(read_inputs([str(args.path)], input_format="jsonl"))[: args.limit]
    words = sum(len(item.text.split()) for item in items if not isinstance(item, InputError) and item.text)
    articles = events = failed = 0
    begin = time.perf_counter()
    if args.parse_only:
        texts = [item.text for item in items if not isinstance(item, InputError) and item.text]
        articles = sum(1 for _ in pipeline.nlp.pipe(texts, batch_size=args.batch_size))
        items = []
    for coded in pipeline.code_stream(items):
        if isinstance(coded, InputError):
            failed += 1
            continue
        articles += 1
        events += len(coded.events)
    seconds = time.perf_counter() - begin
    result = {
        "corpus": args.path.name,
        "articles": articles,
        "failed": failed,
        "words": words,
        "events": events,
        "parse_only": args.parse_only,
        "load_seconds": round(loaded - started, 2),
        "coding_seconds": round(seconds, 2),
        "articles_per_second": round(articles / seconds, 2),
        "words_per_second": round(words / seconds),
    }
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
