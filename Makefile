# dyads — set-up and everyday tasks. `make demo` and `make test` are all a fresh machine needs.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check
DB ?= dyads.duckdb
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install dev model demo test lint bench evaluate clean

install: $(VENV)/.installed model  ## virtual environment with pinned dependencies and the default model

$(VENV)/.installed: requirements/runtime.lock pyproject.toml
	test -x $(PY) || $$(scripts/find-python) -m venv $(VENV)
	$(PIP) install --quiet --upgrade "pip>=24"
	$(PIP) install --quiet --require-hashes -r requirements/runtime.lock
	$(PIP) install --quiet --no-deps -e .
	touch $@

dev: $(VENV)/.installed-dev  ## test and lint tools on top of install

$(VENV)/.installed-dev: $(VENV)/.installed requirements/dev.lock
	$(PIP) install --quiet --require-hashes -r requirements/dev.lock
	touch $@

model: $(VENV)/.installed  ## build the default event model from src/dyads/data/training (cached)
	$(VENV)/bin/dyads model build

demo: install  ## code and store the bundled sample corpus in DuckDB, then serve the dashboard
	$(VENV)/bin/dyads ingest --db $(DB) --sample
	$(VENV)/bin/dyads serve --db $(DB) --host $(HOST) --port $(PORT)

test: install dev  ## the whole test suite (DuckDB, PostgreSQL on loopback, headless chromium)
	$(VENV)/bin/pytest -n 2 --dist loadfile

lint: dev
	$(VENV)/bin/ruff check src tests benchmarks scripts
	$(VENV)/bin/ruff format --check src tests benchmarks scripts
	$(VENV)/bin/mypy

bench: install  ## throughput and memory benchmarks on ../shared/corpus (results: BENCHMARKS.md)
	$(PY) benchmarks/bench_coder.py ../shared/corpus/news-2017-2019

evaluate: install  ## score the coder on ../shared/gold
	for f in ../shared/gold/plover_gsr.jsonl ../shared/gold/plv_train.jsonl ../shared/gold/cameo_examples.jsonl; do \
	  $(VENV)/bin/dyads evaluate $$f; done

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .mypy_cache
