# Haowen: two commands on a fresh machine — `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8000
SHARED ?= ../shared
WORKERS ?= $(shell echo $$(( 2 * $$(nproc) + 1 )))

.PHONY: demo install lint test test-fast serve bench clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --upgrade --quiet pip

$(VENV)/.installed: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[test,bench]"
	touch $@

install: $(VENV)/.installed

# gunicorn refuses request lines over 4 KB by default; a search for 2,000 Chinese characters
# is an 18 KB URL and must reach the search page (which truncates it), not a bare 414.
GUNICORN_LIMITS := --limit-request-line 0

# The demo offers the sandbox gateway (测试模式); list real providers too to try them there.
# Links the site writes (share links, QR codes, sitemap, the sandbox gateway's notify URL)
# use SITE_URL, never the request's host: follow PORT.
demo: export PAYMENTS_PROVIDERS ?= sandbox
demo: export SITE_URL ?= http://127.0.0.1:$(PORT)
demo: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py collectstatic --noinput -v 0
	$(PY) manage.py import_documents haowen/ingest/samples $(wildcard $(SHARED)/seed) $(wildcard $(SHARED)/corpus) \
		|| echo "make demo: the documents listed above could not be imported (in ../shared/corpus, records whose text is only Markdown front matter); the demo goes on."
	$(PY) manage.py demo_setup
	@echo "Serving Haowen at http://127.0.0.1:$(PORT)/"
	$(VENV)/bin/gunicorn haowen.wsgi --bind 127.0.0.1:$(PORT) --workers 1 --threads 8 $(GUNICORN_LIMITS) --access-logfile -

serve: export SITE_URL ?= http://127.0.0.1:$(PORT)
serve: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py collectstatic --noinput -v 0
	$(VENV)/bin/gunicorn haowen.wsgi --bind 127.0.0.1:$(PORT) --workers $(WORKERS) $(GUNICORN_LIMITS) --access-logfile -

# ruff (pyproject.toml) before the suite: an unused import or undefined name fails the run.
lint: install
	$(VENV)/bin/ruff check haowen tests bench

test: install lint
	$(PY) -m pytest

test-fast: install
	$(PY) -m pytest -x -q -m "not browser and not slow"

bench: install
	$(PY) bench/search_bench.py

clean:
	rm -rf $(VENV) data test-artifacts
