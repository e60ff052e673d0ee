"""Score the HTML path (read_bytes → clean_article) on the article-extraction benchmark.

Usage (from the repository root):

    .venv/bin/python scripts/eval_extraction.py [../shared/eval/article-extraction]

For each page, the cleaned article text (headline and dateline removed, as eventwire sees the article) is
compared with the gold ``articleBody`` as bags of lower-cased word tokens; the script prints the mean
token-level precision, recall and F1 over all pages (a page that fails to clean scores 0). ``--with-title``
scores the title followed by the text instead.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import re
import sys
from collections import Counter
from pathlib import Path
from statistics import mean

from eventwire.clean import clean_article
from eventwire.errors import InputError
from eventwire.models import Origin, RawArticle
from eventwire.sources import read_bytes

DEFAULT_SET = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "article-extraction"
_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> Counter[str]:
    return Counter(_TOKEN.findall(text.lower()))


def score(predicted: str, gold: str) -> tuple[float, float, float]:
    """Bag-of-words precision, recall and F1."""
    got, want = tokens(predicted), tokens(gold)
    overlap = sum((got & want).values())
    precision = overlap / sum(got.values()) if got else 0.0
    recall = overlap / sum(want.values()) if want else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def page_text(path: Path, *, url: str | None, with_title: bool) -> str:
    origin = Origin(path=path.name, url=url)
    items = list(read_bytes(gzip.decompress(path.read_bytes()), origin, input_format="html"))
    raw = items[0]
    if isinstance(raw, InputError):
        raise raw
    assert isinstance(raw, RawArticle)
    article = clean_article(raw)
    return f"{article.title}\n\n{article.text}" if with_title and article.title else article.text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dataset", nargs="?", type=Path, default=DEFAULT_SET)
    parser.add_argument("--with-title", action="store_true", help="score the title and the text together")
    parser.add_argument("--verbose", action="store_true", help="one line per page")
    args = parser.parse_args(argv)
    truth_file = args.dataset / "ground-truth.json"
    if not truth_file.exists():
        print(f"no benchmark at {args.dataset} (expected ground-truth.json and html/)", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.WARNING)
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    scores: list[tuple[float, float, float]] = []
    failures = 0
    for page_id, gold in sorted(truth.items()):
        try:
            text = page_text(
                args.dataset / "html" / f"{page_id}.html.gz", url=gold.get("url"), with_title=args.with_title
            )
        except InputError as err:
            failures += 1
            text = ""
            print(f"{page_id[:12]}: {err.reason}", file=sys.stderr)
        scores.append(score(text, gold["articleBody"]))
        if args.verbose:
            p, r, f = scores[-1]
            print(f"{page_id[:12]}  P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    precision, recall, f1 = (mean(s[i] for s in scores) for i in range(3))
    print(
        f"pages {len(scores)}  failed {failures}  precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
