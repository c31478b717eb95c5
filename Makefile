# Set-up and the two jobs the README opens with. Everything installs into .venv from this repo's own files.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: speedrun test setup browser

speedrun: $(STAMP)
	$(BIN)/roost speedrun

test: $(STAMP) browser
	$(BIN)/ruff check .
	$(BIN)/pytest -q

setup: $(STAMP)

# torch==2.13.0 first: the CPU build on local disk, so the project's torch range never pulls a CUDA build.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

# Debian's Chromium for the web page test (headless, driven by Playwright without its own browser download).
browser:
	@command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null)
