"""Evaluations of eventwire against gold standards: each module measures one stage and prints a report."""


def run_evaluation(kind: str, path, *, settings, limit: int | None = None):
    """Score eventwire on gold data of one kind: events (sentences), documents (stories) or dates (TimeML)."""
    from pathlib import Path

    from eventwire.evaluate import runner

    if kind == "events":
        return runner.evaluate_events(Path(path), settings=settings, limit=limit)
    if kind == "documents":
        return runner.evaluate_documents(Path(path), settings=settings, limit=limit)
    if kind == "dates":
        from eventwire.evaluate.dates import evaluate_dates

        return evaluate_dates(Path(path))
    raise ValueError(f"unknown evaluation kind {kind!r}")
