"""Fixtures for integration tests against a real Apache Airflow 2.x (2.10.5 unless
``AIRFLOW_LOCAL_VERSION`` names another version, see ``scripts/airflow_local.py``).

The server comes from ``scripts/airflow_local.py`` (see its docstring). The
session-scoped ``airflow_server`` fixture reuses a server that is already
running (e.g. one a developer started with ``python3 scripts/airflow_local.py
up``) and otherwise starts one, stopping it again at the end of the session
only if this session started it. If no server can be started the tests fail
with the server log tails: they are never skipped.

Every test under ``test/integration/`` gets the ``integration`` marker, so
``pytest -m "not integration"`` leaves them out.

The operation table: every call that an integration test (its setup, call or
teardown) makes to the ``airflow_server`` fixture's Airflow and that the client
answers with a 2xx result is recorded (operation -> tests); calls to any other
address (the unit tests' loopback servers, which run in the same session under
``make test``, and the replays on loopback) and calls outside integration tests
are not (see ``_gates.py``).  ``test_operation_table.py`` runs last and fails
when any of the spec's operations was never called successfully, or when it is
given a call that is not such evidence; the table is written to
``<state dir>/operation-table.md``.

Version-aware: ``airflow_version`` is what the server reports; a test of an
operation that the server's Airflow does not have yet asserts, through
``not_there``, that the client raises ``OperationNotSupportedError`` (naming
the version that added it and the server's) instead of testing the feature.

What each operation did during the run (answers per mode, answers of 404/405
for an endpoint the server does not have, the version errors, server errors,
the server's answers that the client had to mend: quirks and empty objects,
and the tests that failed) is written at the end to
``<state dir>/compat-result.json``, which ``scripts/compat.py`` reads.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import threading
import time
import uuid
from pathlib import Path
from types import ModuleType
from typing import Any, Callable, Dict, Iterator, List, Optional, Set, Tuple

import pytest

import airflow_client.client as client
from airflow_client.client.api.monitoring_api import MonitoringApi
from airflow_client.client.api_client import ApiClient
from airflow_client.client.core import quirks
from airflow_client.client.core.answers import OperationAnswer
from airflow_client.client.core.base_model import ApiModel
from airflow_client.client.core.options import CallOptions
from test.integration._gates import Recorder, netloc
from test.integration._gates import real_answers as checked_real_answers

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
    # Every test has a time limit (pytest-timeout; [tool.pytest.ini_options] timeout), its
    # fixtures' setup included. The first test that needs the server starts it, which on a
    # fresh machine installs Airflow first (minutes, bounded by scripts/airflow_local.py's
    # own limits): for that test the limit holds for the test function alone.
    first = next((item for item in items if "airflow_server" in getattr(item, "fixturenames", ())), None)
    if first is not None:
        own = first.get_closest_marker("timeout")
        seconds = (own.args[0] if own.args else own.kwargs.get("timeout")) if own is not None else None
        first.add_marker(pytest.mark.timeout(timeout=seconds, func_only=True), append=False)


# -- the operation table, and the real answers kept for replay ------------------------

#: Run after all other integration tests, in this order.
LAST_FILES = ("test_real_answers_mutated.py", "test_operation_table.py")
#: which calls count (integration tests' calls to the real Airflow), and those calls
RECORDER = Recorder()
#: operation name -> node ids of the integration tests in which it returned a 2xx answer
CALLED: Dict[str, Set[str]] = RECORDER.called
_state = threading.local()
_original_invoke = ApiClient._invoke
_original_decode = OperationAnswer.decode


#: operation -> what happened to its calls (see ``_outcome``); written to compat-result.json
OUTCOMES: Dict[str, Dict[str, Any]] = {}
#: the server's answers the client had to mend: {"quirk"|"empty": {what: {operations}}}
MENDED: Dict[str, Dict[str, Set[str]]] = {"quirk": {}, "empty": {}}
#: node id -> (operation, exception type, message) of the last call that raised in that test
LAST_ERROR: Dict[str, Tuple[str, str, str]] = {}
#: node id -> {"operation": ..., "error": ...} of each failed test
FAILED: Dict[str, Dict[str, Any]] = {}
#: the text Airflow's web server (werkzeug) answers for a URL it has no route for
NO_ROUTE = "The requested URL was not found on the server"


def _outcome(op: Any) -> Dict[str, Any]:
    return OUTCOMES.setdefault(
        op.name,
        {"ok": {}, "not_supported": None, "missing_endpoint": {}, "server_errors": {}, "invalid": [], "errors": {}},
    )


def _note_error(op: Any, mode: str, exc: BaseException) -> None:
    """Record what an exception out of ``op`` says about the server."""
    out = _outcome(op)
    status = getattr(exc, "status", None)
    if isinstance(exc, client.OperationNotSupportedError):
        out["not_supported"] = {"since": exc.since, "server_version": exc.server_version, "status": status}
    elif status in (404, 405):
        body = getattr(exc, "body", "")
        body = body.decode(errors="replace") if isinstance(body, bytes) else str(body)
        if status == 405 or NO_ROUTE in body:  # no such endpoint, not a missing resource
            out["missing_endpoint"][str(status)] = out["missing_endpoint"].get(str(status), 0) + 1
    elif isinstance(status, int) and status >= 500:
        out["server_errors"][str(status)] = str(exc)[:300]
    elif isinstance(exc, client.ResponseValidationError):
        out["invalid"].append(f"{mode}: {str(exc)[:300]}")
    key = f"{mode}:{type(exc).__name__}:{status}"
    out["errors"][key] = out["errors"].get(key, 0) + 1
    if RECORDER.test is not None:
        LAST_ERROR[RECORDER.test] = (op.name, type(exc).__name__, str(exc)[:500])


def _recording_invoke(self: ApiClient, op: Any, options: Any, params: Any) -> Any:
    _state.params = params
    _state.operation = op.name
    mode = "strict" if getattr(self.configuration, "strict_responses", False) else "lenient"
    call = RECORDER.call(op.name, self.configuration.host)  # None: not an integration test's call to Airflow
    try:
        result = _original_invoke(self, op, options, params)
    except Exception as exc:
        if call is not None:
            _note_error(op, mode, exc)
        raise
    finally:
        # the parameters belong to this call only: an answer decoded later outside a blocking
        # call (the asyncio client's, which has no _invoke) must not be filed with them
        _state.params, _state.operation = {}, None
    preload = options.preload if isinstance(options, CallOptions) else options.get("_preload_content", True)
    status = getattr(result, "status", 200) if preload is False else 200
    if status < 300 and call is not None:
        RECORDER.succeeded(call)
        ok = _outcome(op)["ok"]
        ok[mode] = ok.get(mode, 0) + 1
    return result


def _recording_decode(self: OperationAnswer, resp: Any, prepared: Any) -> Any:
    op, url = self.op, prepared.url
    ctype = resp.headers.get("Content-Type") or ""
    call = RECORDER.call(op.name, url)
    ours = getattr(_state, "operation", None) == op.name  # decoded within the blocking call of op
    if ours and call is not None and "json" in ctype and resp.data and 200 <= getattr(resp, "status", 200) < 300:
        RECORDER.answered(call, op, getattr(_state, "params", {}), bytes(resp.data))
    empty = resp.data and resp.data.strip() == b"{}" and op.response and str(op.response) not in quirks.LINK_MAPS
    if call is not None and "json" in ctype and empty:  # (no links: an empty map, not a bug)
        MENDED["empty"].setdefault(op.name, set()).add(str(op.response))
    result = _original_decode(self, resp, prepared)
    if call is not None:
        _note_quirks(op.name, result, 0)
    return result


def _note_quirks(operation: str, obj: Any, depth: int) -> None:
    """Note the models in an answer that the server sent against the spec in a way
    ``quirks.py`` mends: a field under the server's own name, links as a map."""
    if depth > 6:
        return
    if isinstance(obj, list):
        for item in obj[:50]:
            _note_quirks(operation, item, depth + 1)
        return
    if not isinstance(obj, ApiModel):
        return
    name = type(obj).__name__
    extra = {key: value for key, value in obj.__dict__.items() if key not in type(obj).model_fields}
    for spec_name, server_name in quirks.RENAMED.get(name, {}).items():
        if server_name in extra:
            what = f"{name}: `{server_name}` for the spec's `{spec_name}`"
            MENDED["quirk"].setdefault(what, set()).add(operation)
    if name in quirks.LINK_MAPS and extra:
        MENDED["quirk"].setdefault(f"{name}: a map of links for the spec's list", set()).add(operation)
    for value in obj.__dict__.values():
        _note_quirks(operation, value, depth + 1)


ApiClient._invoke = _recording_invoke  # type: ignore[method-assign]
OperationAnswer.decode = _recording_decode  # type: ignore[method-assign]


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: Optional[pytest.Item]) -> Iterator[None]:
    """Name the test being run (setup, call, teardown) for the recorder, and whether it
    is an integration test (this hook runs for every test of the session)."""
    path = Path(str(getattr(item, "path", None) or item.fspath)).resolve()
    RECORDER.test = item.nodeid
    RECORDER.integration = INTEGRATION_DIR in path.parents
    try:
        yield
    finally:
        RECORDER.test = None
        RECORDER.integration = False


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: Any) -> Iterator[None]:
    """Note each failed test and, when an exception out of an operation failed it, that operation."""
    outcome = yield
    report = outcome.get_result()
    if not report.failed:
        return
    exc = call.excinfo.value if call.excinfo is not None else None
    operation = getattr(exc, "operation", None)
    last = LAST_ERROR.get(item.nodeid)
    if operation is None and last is not None and exc is not None and str(exc)[:500] == last[2]:
        operation = last[0]
    FAILED[item.nodeid] = {
        "when": report.when,
        "operation": operation,
        "error": (f"{type(exc).__name__}: {exc}" if exc is not None else report.longreprtext)[:800],
    }


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Write what each operation did to ``<state dir>/compat-result.json`` (read by scripts/compat.py)."""
    if not OUTCOMES and not FAILED:
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    stats = getattr(reporter, "stats", {}) if reporter is not None else {}
    counts = {key: len(stats.get(key, [])) for key in ("passed", "failed", "error", "skipped")}
    result = {
        "server_version": SERVER_VERSION[0] if SERVER_VERSION else None,
        "finished_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "exitstatus": int(exitstatus),
        "counts": counts,
        "outcomes": OUTCOMES,
        "mended": {kind: {k: sorted(v) for k, v in found.items()} for kind, found in MENDED.items()},
        "failed": FAILED,
    }
    try:
        folder = _load_airflow_local().state_dir()
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "compat-result.json").write_text(json.dumps(result, indent=1, sort_keys=True) + "\n")
    except OSError:
        pass


@pytest.fixture(scope="session")
def operations_called() -> Dict[str, Set[str]]:
    """What the recording wrapper saw so far: operation -> integration test node ids."""
    return CALLED


@pytest.fixture(scope="session")
def recorder() -> Recorder:
    """The recorder itself: its ``calls`` and ``answers`` carry where each call went."""
    return RECORDER


@pytest.fixture
def real_answers(airflow_server: Dict[str, Any]) -> Iterator[Dict[str, Tuple[Any, Dict[str, Any], bytes]]]:
    """The first 2xx JSON answer of the real server per operation, with the
    operation and parameters that asked for it, each checked to come from an
    integration test's call to ``airflow_server`` (``_gates.real_answers``);
    nothing is recorded while this fixture is active (replays on loopback)."""
    answers = checked_real_answers(RECORDER.answers, netloc(airflow_server["base_url"]))
    RECORDER.on = False
    try:
        yield answers
    finally:
        RECORDER.on = True


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
    RECORDER.server = netloc(state["base_url"])
    started_here = not state.get("reused")
    try:
        yield state
    finally:
        if started_here:
            airflow_local.down()


#: the version the server reports, once asked (for compat-result.json)
SERVER_VERSION: List[str] = []


@pytest.fixture(scope="session")
def airflow_version(airflow_server: Dict[str, Any]) -> str:
    """The Airflow version the server reports (``GET /version``), e.g. ``"2.10.5"``."""
    with client.ApiClient(client_config(airflow_server)) as api_client:
        version = str(MonitoringApi(api_client).get_version().version)
    SERVER_VERSION[:] = [version]
    return version


@pytest.fixture(scope="session")
def wrong_password_answer(airflow_server: Dict[str, Any]) -> Tuple[int, str]:
    """How this server itself refuses a wrong password, asked without the client (urllib,
    ``GET /config``): its status and the ``title`` of its problem body. 401 Unauthorized on
    Airflow 2.10.5; Airflow 2.9.3 installed from its pin set (the packages of its release day)
    says 403 Forbidden. The tests of a refused login hold the client to report what the server
    said."""
    import base64
    import urllib.error
    import urllib.request

    token = base64.b64encode(f"{airflow_server['username']}:wrong-password".encode()).decode()
    request = urllib.request.Request(
        airflow_server["api_url"] + "/config", headers={"Authorization": f"Basic {token}", "Accept": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            raise AssertionError(f"the server took a wrong password: {answer.status}")
    except urllib.error.HTTPError as refused:
        body = refused.read()
        status = refused.code
    assert status in (401, 403), (status, body[:300])
    return status, str(json.loads(body).get("title"))


@pytest.fixture(scope="session")
def operation_outcomes() -> Dict[str, Dict[str, Any]]:
    """What the recording wrapper saw so far per operation (see ``_outcome``)."""
    return OUTCOMES


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
    # an Airflow 3 server (api_url .../api/v2) is given by its /api/v1 address, as a 2.x program
    # gives it: the client finds Airflow 3 and translates (test_docs.py runs there too, issue 23)
    v3 = server["api_url"].endswith("/api/v2")
    host = server["base_url"] + "/api/v1" if v3 else server["api_url"]
    return client.Configuration(host=host, username=server["username"], password=server["password"], **options)


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
