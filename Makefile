# The two commands of the README:
#   make smoke  - start a local Airflow 2.10.5 (installing it if needed) and run test_python_client.py against it
#   make test   - lint, type-check, regenerate-and-compare, unit and integration tests (starts and stops Airflow)
# Everything is installed into git-ignored folders: .venv (the client and its dev tools),
# .airflow-local (Airflow's own virtualenv and temporary home) and .cache (the Kerberos
# tools unpacked from Debian's packages, the official client); nothing system-wide.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
LINTED := airflow_client codegen test scripts bench test_python_client.py

.PHONY: smoke test test-airflow3 unit unit-pythons integration lint typecheck generate coverage bench airflow-up airflow-down kerberos-deps clean compat

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --disable-pip-version-check -q --upgrade pip
	$(PY) -m pip install --disable-pip-version-check -q -e '.[dev]'
	touch $(STAMP)

smoke: $(STAMP)
	$(PY) scripts/with_airflow.py $(PY) test_python_client.py

# (the Airflow 3 tests need servers of their own: `make test-airflow3`, which .ci/run runs too)
test: lint typecheck kerberos-deps
	$(PY) -m pytest -q -p no:cacheprovider --ignore=test/integration/test_airflow3.py test

unit: $(STAMP) kerberos-deps
	$(PY) -m pytest -q test/unit

# The MIT KDC tools and gssapi for test/unit/test_kerberos.py (a real KDC on loopback):
# Debian's packages fetched with apt-get download and unpacked into .cache/krb5 (nothing
# installed system-wide, nothing under /etc), then gssapi built into .venv. Fast when there.
kerberos-deps: $(STAMP)
	VENV=$(VENV) sh scripts/install_kerberos_deps.sh

# The unit suite on the oldest and newest Python the client supports, each in its own
# virtualenv under .cache (CI runs this too; make test keeps .venv's Python).
unit-pythons:
	bash scripts/unit_on_python.sh 3.9
	bash scripts/unit_on_python.sh 3.13

integration: $(STAMP)
	$(PY) -m pytest -q test/integration

# The official client's observations of the real differential cases against Airflow 2.10.5:
# test_differential_real.py writes them on every run there (make test), and on Airflow 3 compares
# ours with them (issue 23). Made here when missing or older than the cases.
REFERENCE := .airflow-local/real-differential-official.json
$(REFERENCE): test/integration/test_differential_real.py test/integration/_real_runner.py test/compat/_runner.py | $(STAMP)
	$(PY) -m pytest -q -p no:cacheprovider test/integration/test_differential_real.py
# The same for the official client's documentation examples, run as programs (test_official_examples.py).
EXAMPLES_REFERENCE := .airflow-local/official-examples-official.json
$(EXAMPLES_REFERENCE): test/integration/test_official_examples.py test/integration/_official_examples.py | $(STAMP)
	$(PY) -m pytest -q -p no:cacheprovider test/integration/test_official_examples.py

# The same 2.x calls against Airflow 3 (issue 15): starts (or reuses) a local Airflow 3.3.2 of
# its own (.airflow-local/compat/3.3.2, then, once that is stopped, 3.3.2-fab for users and roles)
# and stops them again if it started them (the official client's documentation examples run on
# both, as on Airflow 2.10.5); then the real differential cases against 3.3.2, ours
# compared with the official client's against 2.10.5 (one server at a time: 3.3.2 is started
# again), each through the asyncio client too, and its writing scenarios (test_aio_real.py).
# .ci/run runs it after `make test`. Another Airflow 3: AIRFLOW_LOCAL_VERSION=3.1.8 (make
# compat runs them all).
test-airflow3: $(STAMP) $(REFERENCE) $(EXAMPLES_REFERENCE)
	AIRFLOW3=1 AIRFLOW_LOCAL_VERSION=3.3.2 $(PY) -m pytest -q -p no:cacheprovider test/integration/test_airflow3.py \
		test/integration/test_differential_real.py test/integration/test_aio_real.py

lint: $(STAMP)
	$(PY) -m ruff check $(LINTED)
	$(PY) -m ruff format --check $(LINTED)

typecheck: $(STAMP)
	$(PY) -m mypy airflow_client

generate: $(STAMP)
	$(PY) -m codegen

coverage: $(STAMP)
	$(PY) -m codegen --coverage

bench: $(STAMP)
	$(PY) bench/run.py

# The compatibility matrix (issues 14, 23): the smoke test and the integration suite against real
# Airflow 2.6.3 to 2.11.2, and the smoke test and test_airflow3.py against Airflow 3.0.6, 3.1.8,
# 3.2.2 and 3.3.2 (the FAB auth manager too on 3.3.2), one server at a time, each in its own
# cached virtualenv under .airflow-local/compat/<version> (2.10.5: .airflow-local); writes docs/compat.md.
compat: $(STAMP)
	$(PY) scripts/compat.py

airflow-up:
	$(PYTHON) scripts/airflow_local.py up

airflow-down:
	$(PYTHON) scripts/airflow_local.py down

clean:
	$(PYTHON) scripts/airflow_local.py down || true
	rm -rf $(VENV) .airflow-local .cache .pytest_cache .mypy_cache .ruff_cache
