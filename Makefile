# Two commands: `make run` (set up, code the examples into ./eventwire.duckdb) and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DB     ?= eventwire.duckdb

.PHONY: run test lint eval bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/eventwire ingest examples/ --db $(DB)

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests scripts

eval: $(STAMP)
	$(BIN)/eventwire eval events ../shared/eval/plover-gsr-dev.jsonl
	$(BIN)/eventwire eval documents ../shared/eval/ngec-synthetic-dev.jsonl

bench: $(STAMP)
	$(BIN)/python scripts/benchmark.py ../shared/corpus/guardian-sdf-2019.jsonl

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info $(DB)
