"""Fixtures for integration tests against a real Apache Airflow 2.10.5.

The server comes from ``scripts/airflow_local.py`` (see its docstring). The
session-scoped ``airflow_server`` fixture reuses a server that is already
running (e.g. one a developer started with ``python3 scripts/airflow_local.py
up``) and otherwise starts one, stopping it again at the end of the session
only if this session started it. If no server can be started the tests fail
with the server log tails: they are never skipped.

Every test under ``test/integration/`` gets the ``integration`` marker, so
``pytest -m "not integration"`` leaves them out.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any, Dict, Iterator

import pytest

INTEGRATION_DIR = Path(__file__).resolve().parent
REPO_ROOT = INTEGRATION_DIR.parent.parent
AIRFLOW_LOCAL_SCRIPT = REPO_ROOT / "scripts" / "airflow_local.py"
MODULE_NAME = "airflow_local"


def _load_airflow_local() -> ModuleType:
    """Import scripts/airflow_local.py as a module (scripts/ is not a package)."""
    if MODULE_NAME in sys.modules:
        return sys.modules[MODULE_NAME]
    spec = importlib.util.spec_from_file_location(MODULE_NAME, AIRFLOW_LOCAL_SCRIPT)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {AIRFLOW_LOCAL_SCRIPT}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[MODULE_NAME] = module
    spec.loader.exec_module(module)
    return module


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "integration: runs against a real local Airflow started by scripts/airflow_local.py",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list) -> None:
    """Mark every test collected from test/integration/ as an integration test."""
    for item in items:
        path = Path(str(getattr(item, "path", None) or item.fspath)).resolve()
        if INTEGRATION_DIR in path.parents:
            item.add_marker(pytest.mark.integration)


@pytest.fixture(scope="session")
def airflow_server() -> Iterator[Dict[str, Any]]:
    """The state dict of a running local Airflow (base_url, api_url, username,
    password, dags_folder, airflow_home, ...); see scripts/airflow_local.py."""
    airflow_local = _load_airflow_local()
    failure = None
    try:
        state = airflow_local.up()
    except Exception as exc:  # any failure to start must fail the tests, not skip them
        tail = getattr(exc, "log_tail", "") or airflow_local.log_tail()
        failure = f"could not start the local Airflow server: {exc}\n\n{tail}"
    if failure is not None:
        pytest.fail(failure, pytrace=False)
    started_here = not state.get("reused")
    try:
        yield state
    finally:
        if started_here:
            airflow_local.down()
