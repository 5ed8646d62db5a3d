# envoys: a dataset of diplomatic meetings built from news articles.
#   make serve   install, build and serve the dataset at http://127.0.0.1:8001
#   make test    install and run the whole test suite (what CI runs)

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
DB     := build/envoys.db
PORT   ?= 8001

.PHONY: install build serve test test-fast test-browser browser evaluate bench loadtest clean

install: $(STAMP)

# Re-runs only when pyproject.toml changes: the stamp's name holds its checksum.
$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -c 'import tomllib; p = tomllib.load(open("pyproject.toml", "rb"))["project"]; \
	  print("\n".join(p["dependencies"] + p["optional-dependencies"]["test"]))' > $(VENV)/requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r $(VENV)/requirements.txt
	@rm -f $(VENV)/.installed-*
	@touch $@

build: install
	@mkdir -p build
	$(BIN)/python -m scripts.build --raw raw --db $(DB)

serve: build
	$(BIN)/python -m scripts.serve --db $(DB) --port $(PORT)

# The browser tests drive Debian's chromium; Playwright cannot download browsers here.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

test: install browser
	$(BIN)/python -m pytest -q -m "not browser"
	$(BIN)/python -m pytest -q -m browser

test-fast: install
	$(BIN)/python -m pytest -q -m "not browser"

evaluate: build
	$(BIN)/python -m scripts.evaluate tests/gold.yaml $(DB)

bench: install
	$(BIN)/python -m scripts.benchmark

loadtest: build
	$(BIN)/python -m scripts.loadtest --db $(DB)

clean:
	rm -rf build .pytest_cache .hypothesis
