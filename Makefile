# Qifu — `make run` serves the demo at http://127.0.0.1:8000; `make test` runs every test.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := backend/.venv
BIN := $(VENV)/bin
QIFU := $(BIN)/qifu
TIMED := tools/timed
export TIMINGS_FILE ?= $(CURDIR)/.timings

RUN_DATA_DIR ?= $(CURDIR)/data

.PHONY: help run test install backend-deps frontend-deps e2e-deps spa schema schema-check \
        migrations migrations-check lint typecheck test-backend test-sqlite test-postgres \
        test-frontend e2e bench clean

help:
	@echo "make run    install, build the SPA, migrate, load demo data, serve on :8000"
	@echo "make test   lint, type checks, backend on SQLite and PostgreSQL, vitest, e2e"
	@echo "make schema regenerate schema.graphql and the SPA's typed operations"
	@echo "make migrations NAME=x  generate migrations for both database dialects"

# ---------------------------------------------------------------- installs

$(VENV)/.installed: backend/pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e 'backend[dev]'
	touch $@

backend-deps: $(VENV)/.installed

frontend/node_modules/.installed: frontend/package.json frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	touch $@

frontend-deps: frontend/node_modules/.installed

e2e/node_modules/.installed: e2e/package.json e2e/package-lock.json
	cd e2e && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
	touch $@

e2e-deps: e2e/node_modules/.installed

install: backend-deps frontend-deps e2e-deps

# ---------------------------------------------------------------- build

spa: frontend-deps
	cd frontend && npm run build

schema: backend-deps frontend-deps
	cd backend && .venv/bin/qifu export-schema ../schema.graphql
	cd frontend && npm run codegen

schema-check: backend-deps frontend-deps
	cd backend && .venv/bin/qifu export-schema ../schema.graphql --check
	cd frontend && npm run codegen:check

NAME ?= update
migrations: backend-deps
	cd backend && .venv/bin/qifu makemigrations $(NAME)

migrations-check: backend-deps
	cd backend && .venv/bin/qifu check-migrations

# ---------------------------------------------------------------- run

run: backend-deps spa
	mkdir -p $(RUN_DATA_DIR)
	cd backend && QIFU_DATA_DIR=$(RUN_DATA_DIR) .venv/bin/qifu migrate
	cd backend && QIFU_DATA_DIR=$(RUN_DATA_DIR) .venv/bin/qifu seed --demo
	cd backend && QIFU_DATA_DIR=$(RUN_DATA_DIR) exec .venv/bin/qifu serve --host 127.0.0.1 --port 8000

# ---------------------------------------------------------------- checks

lint: backend-deps frontend-deps
	cd backend && .venv/bin/ruff check qifu tests bench
	cd backend && .venv/bin/ruff format --check qifu tests bench

typecheck: backend-deps frontend-deps e2e-deps
	cd backend && .venv/bin/mypy qifu
	cd frontend && npm run typecheck
	cd e2e && npm run typecheck

test-sqlite: backend-deps
	cd backend && QIFU_TEST_DB=sqlite .venv/bin/pytest -q -p no:cacheprovider

test-postgres: backend-deps
	@status=0; tools/postgres-available || status=$$?; \
	if [ $$status -eq 0 ]; then \
	  cd backend && QIFU_TEST_DB=postgres .venv/bin/pytest -q -p no:cacheprovider; \
	elif [ $$status -eq 1 ]; then true; else exit $$status; fi

test-frontend: frontend-deps
	cd frontend && npm run test

e2e: backend-deps e2e-deps spa
	tools/ensure-chromium
	cd e2e && npx playwright test

test:
	@rm -f $(TIMINGS_FILE)
	@$(TIMED) install $(MAKE) --no-print-directory install
	@$(TIMED) lint $(MAKE) --no-print-directory lint
	@$(TIMED) typecheck $(MAKE) --no-print-directory typecheck
	@$(TIMED) schema+codegen-drift $(MAKE) --no-print-directory schema-check
	@$(TIMED) migrations-drift $(MAKE) --no-print-directory migrations-check
	@$(TIMED) backend-sqlite $(MAKE) --no-print-directory test-sqlite
	@$(TIMED) backend-postgres $(MAKE) --no-print-directory test-postgres
	@$(TIMED) frontend-unit $(MAKE) --no-print-directory test-frontend
	@$(TIMED) e2e $(MAKE) --no-print-directory e2e
	@echo "---- stage timings"; cat $(TIMINGS_FILE)

bench: backend-deps
	cd backend && .venv/bin/python -m bench

clean:
	rm -rf backend/.venv frontend/node_modules frontend/dist e2e/node_modules .timings
