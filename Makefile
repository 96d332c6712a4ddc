# 党务台账 — developer commands. `make run` and `make test` work on a fresh machine with Python 3.11+.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
APT_PACKAGES := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-noto-cjk nsis postgresql
FORMS := $(wildcard forms/*.ui)
COMPILED_FORMS := $(patsubst forms/%.ui,dangwu_desktop/ui/forms/ui_%.py,$(FORMS))
ARGS ?=

.PHONY: run test lint format forms system-deps screenshots migration bench dist clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m dangwu_desktop $(ARGS)

# Qt needs a few system libraries even offscreen, and CJK fonts to draw Chinese; makensis (nsis)
# compiles the Windows installer script in tests and `make dist`. Install them where we can
# (Debian/Ubuntu as root), and say what is missing elsewhere.
system-deps:
	@if [ "$$(uname -s)" = Linux ] && command -v dpkg >/dev/null 2>&1; then \
	  missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	  if [ -n "$$missing" ]; then \
	    if [ "$$(id -u)" = 0 ]; then \
	      echo "installing:$$missing"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	    else echo "missing system packages (install as root):$$missing"; fi; \
	  fi; \
	fi

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# The whole suite on SQLite, then the tests of data (services, ledgers, migrations, imports and
# exports: every test file but the window's) again on a throwaway PostgreSQL server; the second
# run fails, never skips, if no server can be started.
SERVER_TESTS = $(filter-out tests/test_gui_% tests/test_walk_%,$(wildcard tests/test_*.py))
test: $(STAMP) system-deps lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest
	$(BIN)/python tools/pg_test_server.py -- env QT_QPA_PLATFORM=offscreen \
	  $(BIN)/python -m pytest -m "not sqlite_only" $(SERVER_TESTS)

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Recompile the Designer forms; the generated modules are committed and a test checks they match.
forms: $(COMPILED_FORMS)
dangwu_desktop/ui/forms/ui_%.py: forms/%.ui $(STAMP)
	$(BIN)/pyside6-uic $< -o $@

screenshots: $(STAMP)
	$(BIN)/python tools/screenshots.py build/screenshots  # one folder a screen: 1280x720, 1366x768, 1920x1080 at 125 %

# A new Alembic revision from the models: make migration MSG="what changed and why"
migration: $(STAMP)
	mkdir -p build && rm -f build/migration-scratch.sqlite3
	$(BIN)/alembic upgrade head && $(BIN)/alembic revision --autogenerate -m "$(MSG)"

clean:
	rm -rf build .pytest_cache .mypy_cache .ruff_cache

bench: $(STAMP) system-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_roster.py
	$(BIN)/python bench/bench_import.py
	$(BIN)/python bench/bench_report.py
	$(BIN)/python bench/bench_package.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_branch_filter.py 100000

# The one-folder bundle for this OS (PyInstaller), then its self-test. Where makensis exists the
# NSIS script is compiled against a stub of the bundle (same folders and file names, a few bytes
# each) with -INPUTCHARSET CP936, as makensis on a Chinese Windows reads it: a script that lost its
# byte-order mark fails here. (The real Windows installer is built on Windows: see the README.)
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
dist: $(STAMP) system-deps
	$(BIN)/python -m pip install --quiet "pyinstaller>=6.10"
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller installer/dangwu.spec
	QT_QPA_PLATFORM=offscreen dist/dangwu/dangwu --self-test
	rm -rf build/cli-check && DANGWU_DATA_DIR=build/cli-check dist/dangwu/dangwu-cli members list --csv | head -1 | grep -q 姓名
	@du -sh dist/dangwu | sed 's/^/bundle size: /'
	@if command -v makensis >/dev/null 2>&1; then \
	  $(BIN)/python installer/nsis_files.py --stub dist/dangwu build/nsis-stub && \
	  $(BIN)/python installer/nsis_files.py build/nsis-stub build/nsis-stub.nsh && \
	  makensis -V2 -INPUTCHARSET CP936 -DVERSION=$(VERSION) -DBUNDLE=../build/nsis-stub \
	    -DFILELIST=../build/nsis-stub.nsh -DOUTFILE=../build/nsis-stub-setup.exe installer/dangwu.nsi && \
	  echo "NSIS script compiled (-INPUTCHARSET CP936) against a stub of the bundle"; \
	else echo "makensis not installed: NSIS script not compiled"; fi
