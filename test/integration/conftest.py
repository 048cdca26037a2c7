"""Fixtures for integration tests against a real Apache Airflow 2.10.5.

The server comes from ``scripts/airflow_local.py`` (see its docstring). The
session-scoped ``airflow_server`` fixture reuses a server that is already
running (e.g. one a developer started with ``python3 scripts/airflow_local.py
up``) and otherwise starts one, stopping it again at the end of the session
only if this session started it. If no server can be started the tests fail
with the server log tails: they are never skipped.

Every test under ``test/integration/`` gets the ``integration`` marker, so
``pytest -m "not integration"`` leaves them out.

The operation table: every call that the client answers with a 2xx result
during the integration tests is recorded (operation -> tests), whatever the
test.  ``test_operation_table.py`` runs last and fails when any of the spec's
operations was never called successfully; the table is printed at the end of
the run and written to ``.airflow-local/operation-table.md``.
"""

from __future__ import annotations

import importlib.util
import sys
import threading
import uuid
from pathlib import Path
from types import ModuleType
from typing import Any, Callable, Dict, Iterator, Optional, Set, Tuple

import pytest

import airflow_client.client as client
from airflow_client.client.api_client import ApiClient

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
    """Mark every test collected from test/integration/ as an integration test,
    and run the operation table check after all of them."""
    for item in items:
        path = Path(str(getattr(item, "path", None) or item.fspath)).resolve()
        if INTEGRATION_DIR in path.parents:
            item.add_marker(pytest.mark.integration)
    last = sorted(
        (item for item in items if Path(str(item.fspath)).name in LAST_FILES),
        key=lambda item: LAST_FILES.index(Path(str(item.fspath)).name),
    )
    items[:] = [item for item in items if item not in last] + last


# -- the operation table, and the real answers kept for replay ------------------------

#: Run after all other integration tests, in this order.
LAST_FILES = ("test_real_answers_mutated.py", "test_operation_table.py")
#: operation name -> node ids of the tests in which it returned a 2xx answer
CALLED: Dict[str, Set[str]] = {}
#: operation name -> (operation, parameters, JSON body) of its first 2xx JSON answer
ANSWERS: Dict[str, Tuple[Any, Dict[str, Any], bytes]] = {}
_state = threading.local()
_current_test: Optional[str] = None
_recording = True
_original_invoke = ApiClient._invoke
_original_decode = ApiClient._decode


def _recording_invoke(self: ApiClient, op: Any, options: Any, params: Any) -> Any:
    _state.params = params
    result = _original_invoke(self, op, options, params)
    status = getattr(result, "status", 200) if options.get("_preload_content", True) is False else 200
    if status < 300 and _recording:
        CALLED.setdefault(op.name, set()).add(_current_test or "<fixture>")
    return result


def _recording_decode(self: ApiClient, op: Any, resp: Any, url: str, **options: Any) -> Any:
    ctype = resp.headers.get("Content-Type") or ""
    if _recording and op.name not in ANSWERS and "json" in ctype and resp.data:
        ANSWERS[op.name] = (op, dict(getattr(_state, "params", {})), bytes(resp.data))
    return _original_decode(self, op, resp, url, **options)


ApiClient._invoke = _recording_invoke  # type: ignore[method-assign]
ApiClient._decode = _recording_decode  # type: ignore[method-assign]


@pytest.fixture(autouse=True)
def _name_the_current_test(request: pytest.FixtureRequest) -> Iterator[None]:
    global _current_test
    _current_test = request.node.nodeid
    yield
    _current_test = None


@pytest.fixture(scope="session")
def operations_called() -> Dict[str, Set[str]]:
    """What the recording wrapper saw so far: operation -> test node ids."""
    return CALLED


@pytest.fixture
def real_answers() -> Iterator[Dict[str, Tuple[Any, Dict[str, Any], bytes]]]:
    """The first 2xx JSON answer of the real server per operation, with the
    operation and parameters that asked for it; calls made while this fixture
    is active (replays on loopback) are not recorded."""
    global _recording
    _recording = False
    try:
        yield ANSWERS
    finally:
        _recording = True


# -- fixtures ----------------------------------------------------------------------


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


@pytest.fixture(scope="module", params=[False, True], ids=["lenient", "strict"])
def api(request: Any, airflow_server: Dict[str, Any]) -> Iterator[client.ApiClient]:
    """A client of the local Airflow; every test that uses it runs twice, with
    lenient parsing (the default) and with ``strict_responses=True``, so a real
    answer that does not match the spec fails the strict run."""
    with client.ApiClient(client_config(airflow_server, strict_responses=request.param)) as api_client:
        yield api_client


@pytest.fixture(scope="module")
def plain_api(airflow_server: Dict[str, Any]) -> Iterator[client.ApiClient]:
    """A lenient client for module fixtures that prepare data once."""
    with client.ApiClient(client_config(airflow_server)) as api_client:
        yield api_client


def client_config(server: Dict[str, Any], **options: Any) -> client.Configuration:
    return client.Configuration(
        host=server["api_url"], username=server["username"], password=server["password"], **options
    )


@pytest.fixture(scope="session")
def run_dag(airflow_server: Dict[str, Any]) -> Callable[..., Any]:
    """``run_dag(dag_id, conf=None, timeout=300)``: unpause the DAG, trigger a run
    with a fresh ``dag_run_id`` and return the DAGRun once it finished (its state
    may be ``success`` or ``failed``; the caller asserts)."""

    def run(dag_id: str, conf: Optional[Dict[str, Any]] = None, timeout: float = 300) -> Any:
        run_id = f"it_{uuid.uuid4().hex[:10]}"
        with client.ApiClient(client_config(airflow_server)) as api_client:
            try:
                return client.trigger_dag_run_and_wait(
                    api_client, dag_id, conf=conf, dag_run_id=run_id, unpause=True, timeout=timeout, poll_interval=1
                )
            except client.DagRunWaitTimeout as exc:
                pytest.fail(str(exc))

    return run
