# chainrights: `make run` serves the app on SQLite, `make test` runs every check.
# Both set up what they need on a fresh machine (virtualenv, packages, assets, services).

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 8000
VENDOR := src/chainrights/static/vendor
HTMX   := $(VENDOR)/htmx.min.js

.PHONY: lock run test check lint typecheck pytest-sqlite pytest-postgres bench bench-scale messages clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade "pip>=24"

$(VENV)/.base: $(BIN)/python requirements/base.txt pyproject.toml
	$(BIN)/pip install -q --require-hashes -r requirements/base.txt
	$(BIN)/pip install -q --no-deps -e .
	touch $@

$(VENV)/.dev: $(VENV)/.base requirements/dev.txt
	$(BIN)/pip install -q --require-hashes -r requirements/dev.txt
	touch $@

# splink, the benchmark's baseline, is only needed by `make bench` (the `bench` extra).
$(VENV)/.bench: $(VENV)/.dev requirements/bench.txt
	$(BIN)/pip install -q --require-hashes -r requirements/bench.txt
	touch $@

# htmx, Leaflet and the world outline (Natural Earth via world-atlas) come from npm at build
# time; nothing is loaded from a CDN or a tile server.
$(HTMX): frontend/package.json frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund --loglevel=error
	mkdir -p $(VENDOR)/leaflet
	cp frontend/node_modules/leaflet/dist/leaflet.js frontend/node_modules/leaflet/dist/leaflet.js.map frontend/node_modules/leaflet/dist/leaflet.css $(VENDOR)/leaflet/
	cp -r frontend/node_modules/leaflet/dist/images $(VENDOR)/leaflet/
	cp frontend/node_modules/topojson-client/dist/topojson-client.min.js $(VENDOR)/
	cp frontend/node_modules/world-atlas/countries-110m.json $(VENDOR)/
	cp frontend/node_modules/htmx.org/dist/htmx.min.js $(HTMX)

run: $(VENV)/.base $(HTMX)
	scripts/ensure-weasyprint
	$(BIN)/chainrights setup
	$(BIN)/chainrights serve --port $(PORT)

# lint-imports: the import contract in pyproject.toml ([tool.importlinter]).
lint: $(VENV)/.dev
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/lint-imports --no-cache

typecheck: $(VENV)/.dev
	$(BIN)/mypy --no-incremental  # the django-stubs cache can hide errors a fresh run finds

# Both passes run on every core (pytest-xdist); tests marked serial run alone afterwards.
pytest-sqlite: $(VENV)/.dev $(HTMX)
	scripts/ensure-chromium
	scripts/ensure-weasyprint
	$(BIN)/pytest -n auto -m "not serial" -p no:cacheprovider
	$(BIN)/pytest -m serial -p no:cacheprovider

pytest-postgres: $(VENV)/.dev $(HTMX)
	scripts/ensure-weasyprint
	scripts/with-postgres sh -c '$(BIN)/pytest -n auto -m "not browser and not serial" -p no:cacheprovider \
	  && $(BIN)/pytest -m "serial and not browser" -p no:cacheprovider'

test: lint typecheck pytest-sqlite pytest-postgres

# While working: lint, the import contract, types (incremental: quicker, `make typecheck` is
# the fresh run) and the suite on SQLite on every core, without the browser tests.
check: $(VENV)/.dev $(HTMX)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/lint-imports --no-cache
	$(BIN)/mypy
	$(BIN)/pytest -n auto -m "not browser" -q -p no:cacheprovider

# Foundation and matching, then the registry on SQLite and on a throw-away PostgreSQL server
# (upload-to-decisions: 10,000 rows against 100,000 facilities; search latency at 1,000,000);
# the grievance classifier's accuracy and intake under load on PostgreSQL; backup and restore
# of the demo data with 200 cases on both databases; the fault runs (a worker SIGKILLed in a
# 10,000-row list, PostgreSQL restarted under intake load).
bench: $(VENV)/.bench
	$(BIN)/python -m bench
	$(BIN)/python -m bench.registry upload
	scripts/with-postgres $(BIN)/python -m bench.registry upload
	scripts/with-postgres $(BIN)/python -m bench.registry search
	scripts/with-postgres $(BIN)/python -m bench.registry_workers
	$(BIN)/python -m bench.purchasing.speed
	scripts/with-postgres $(BIN)/python -m bench.purchasing.speed
	$(BIN)/python -m bench.risk.recompute --quick
	scripts/with-postgres $(BIN)/python -m bench.risk.recompute --quick
	$(BIN)/python -m bench.reports.draft
	scripts/with-postgres $(BIN)/python -m bench.reports.draft
	$(BIN)/python -m bench.registry anyscript --facilities 200000
	scripts/with-postgres $(BIN)/python -m bench.registry anyscript --facilities 200000
	$(BIN)/python -m bench.grievances.classifier
	$(BIN)/python -m bench.grievances.first_visit
	$(BIN)/python -m bench.codes.classifier
	$(BIN)/python -m bench.states.pages
	$(BIN)/python -m bench.core.dashboard
	scripts/with-postgres $(BIN)/python -m bench.core.dashboard
	$(BIN)/python -m bench.audits.import_speed
	$(BIN)/python -m bench.audits.hostile_upload
	scripts/with-postgres $(BIN)/python -m bench.audits.import_speed
	scripts/with-postgres $(BIN)/python -m bench.grievances.intake_load
	$(BIN)/python -m bench.grievances.sms_intake
	scripts/with-postgres $(BIN)/python -m bench.grievances.sms_intake
	$(BIN)/python -m bench.backup
	scripts/with-postgres $(BIN)/python -m bench.backup
	$(BIN)/python -m bench.faults worker
	scripts/with-postgres $(BIN)/python -m bench.faults worker
	scripts/with-postgres $(BIN)/python -m bench.faults intake

# The 1M-facility runs (about 12 minutes on 2 cores for the matching engine: index build,
# incremental match, batch), then native-script and misspelt search at 1M on both databases.
bench-scale: $(VENV)/.dev
	$(BIN)/python -m bench.matching.scale
	$(BIN)/python -m bench.registry anyscript --facilities 1000000
	scripts/with-postgres $(BIN)/python -m bench.registry anyscript --facilities 1000000

# After changing dependencies in pyproject.toml: resolve uv.lock, then export the pinned,
# hashed requirements files that `make run` and `make test` install (one source of truth).
lock:
	uv lock
	uv export --frozen --no-emit-project --format requirements-txt -o requirements/base.txt
	uv export --frozen --no-emit-project --extra dev --format requirements-txt -o requirements/dev.txt
	uv export --frozen --no-emit-project --extra bench --format requirements-txt -o requirements/bench.txt

# Regenerate translation catalogues after changing strings (needs GNU gettext).
messages: $(VENV)/.dev
	cd src/chainrights && ../../$(BIN)/chainrights manage makemessages -l es -l bn -l zh_Hans -l vi -l tr -l km -l hi -l id --no-obsolete
	$(BIN)/python scripts/worker_translations.py src/chainrights/locale
	cd src/chainrights && ../../$(BIN)/chainrights manage compilemessages

clean:
	rm -rf $(VENV) var frontend/node_modules $(VENDOR)
