"""Every row of the Airflow 3 translation table held by a golden file (issue 23).

Each translated operation is called through its generated API method against the fake
Airflow 3 of test_airflow3.py, with arguments derived from its declaration (every query
parameter its row carries, its path parameters, a body when it takes one; the
``OVERRIDES`` below where a value must be specific).  Every request the client sent
(method, path, sorted query pairs, JSON body) is compared with ``airflow3_requests.json``:
a changed row changes a request and fails here, naming the operation.  The canned v2
answers (``ANSWERS``) mapped back are held the same way: each result's ``to_dict()`` is
compared with ``airflow3_answers.json``.

After an intended change of the table, write both golden files again and review their diff::

    python -m test.unit.test_airflow3_rows --write
"""

from __future__ import annotations

import functools
import importlib
import json
import pkgutil
import sys
from pathlib import Path
from typing import Any, Dict, List, Tuple
from urllib.parse import parse_qsl, urlsplit

import pytest

import airflow_client.client.api as api_package
import airflow_client.client.models as models
from airflow_client.client import airflow3
from airflow_client.client.core.operation import Array, Operation
from test.loopback import LoopbackServer, Received, Reply, json_reply
from test.unit.test_airflow3 import FakeAirflow3, _operations, client

GOLDEN = Path(__file__).with_name("airflow3_requests.json")
ANSWERS_GOLDEN = Path(__file__).with_name("airflow3_answers.json")

WHEN = "2026-01-02T03:04:05+00:00"
URI = "s3://bucket/a"
#: per type, the value a parameter named ``name`` is given
BY_TYPE: Dict[str, Any] = {"str": "{name}-v", "int": 2, "float": 1.5, "bool": True, "datetime": WHEN}

#: values that must be specific: by parameter name, or ``operation.parameter``
OVERRIDES: Dict[str, Any] = {
    "uri": URI,
    "file_token": "token-1",
    "update_mask": ["is_paused"],
    # 2.x fields the answer is projected to (client-side): the mapped ones among them
    "fields": ["dag_id", "is_active", "schedule_interval", "next_dagrun", "concurrency", "dag_run_timeout"],
    "get_dag_runs.fields": ["dag_run_id", "execution_date", "run_type", "external_trigger"],
    "get_dag_run.fields": ["dag_run_id", "execution_date", "run_type", "external_trigger"],
    "dag_ids": "a,b",
    "included_events": "x,y",
    "excluded_events": "z,w",
    "get_dag_runs.order_by": "execution_date",
    "get_mapped_task_instances.order_by": "-execution_date",
    "get_variables.order_by": "value",
    "patch_variable.update_mask": ["value"],
    "patch_pool.update_mask": ["slots"],
    "patch_connection.update_mask": ["host"],
    "patch_user.update_mask": ["email"],
    "patch_role.update_mask": ["actions"],
}

#: the body of each model an operation takes, as the model's keyword arguments
BODIES: Dict[str, Dict[str, Any]] = {
    "ClearDagRun": {"dry_run": False},
    "CreateDatasetEvent": {"dataset_uri": URI, "extra": {"k": "v"}},
    "ListDagRunsForm": {
        "dag_ids": ["d"],
        "execution_date_gte": WHEN,
        "execution_date_lte": WHEN,
        "order_by": "execution_date",
        "page_limit": 10,
        "states": ["success"],
    },
    "ListTaskInstanceForm": {"dag_ids": ["d"], "execution_date_gte": WHEN, "execution_date_lte": WHEN},
    "Connection": {"connection_id": "c", "conn_type": "http", "host": "h"},
    "DAG": {"is_paused": True},
    "UpdateTaskInstance": {"dry_run": False, "new_state": "success"},
    "Pool": {"name": "p", "slots": 3},
    "Role": {"name": "r", "actions": []},
    "User": {"username": "u", "email": "u@example.com", "first_name": "U", "last_name": "V", "password": "pw"},
    "Variable": {"key": "k", "value": "v"},
    "ClearTaskInstances": {"dry_run": False, "task_ids": ["t"], "only_failed": True},
    "DAGRun": {"dag_run_id": "r", "logical_date": WHEN, "conf": {"a": 1}},
    "UpdateTaskInstancesState": {"dag_run_id": "r", "task_id": "t", "new_state": "success", "dry_run": False},
    "SetDagRunNote": {"note": "n"},
    "SetTaskInstanceNote": {"note": "n"},
    "UpdateDagRunState": {"state": "success"},
}

#: v2 objects as Airflow 3 answers them, in the canned answers below
RUN = {
    "dag_run_id": "r",
    "dag_id": "d",
    "logical_date": WHEN,
    "run_after": WHEN,
    "run_type": "asset_triggered",
    "state": "success",
    "conf": {},
    "start_date": WHEN,
    "end_date": WHEN,
    "note": None,
}
TI = {
    "task_id": "t",
    "dag_id": "d",
    "dag_run_id": "r",
    "map_index": -1,
    "logical_date": WHEN,
    "state": "success",
    "try_number": 1,
    "duration": 1.5,
    "pool": "default_pool",
    "note": None,
}
DAG = {
    "dag_id": "dag_id-v",
    "is_paused": False,
    "is_stale": False,
    "file_token": "token-1",
    "timetable_summary": "@daily",
    "next_dagrun_logical_date": WHEN,
    "next_dagrun_run_after": WHEN,
    "tags": [{"name": "t", "dag_id": "dag_id-v"}],
}
ASSET = {"id": 7, "uri": URI, "extra": {}, "created_at": WHEN, "updated_at": WHEN, "scheduled_dags": []}
EVENT = {
    "id": 1,
    "asset_id": 7,
    "uri": URI,
    "extra": {},
    "source_dag_id": "d",
    "timestamp": WHEN,
    "created_dagruns": [],
}
XCOM = {"key": "k", "value": "v", "dag_id": "d", "run_id": "r", "task_id": "t", "map_index": -1, "logical_date": WHEN}
QUEUED = {"queued_events": [{"dag_id": "d", "asset_id": 7, "created_at": WHEN}], "total_entries": 1}
#: one DAG's queued event of one asset: a single event (QueuedEventResponse), as Airflow 3.3.2 answers
QUEUED_ONE = {"dag_id": "d", "asset_id": 7, "created_at": WHEN, "dag_display_name": "d"}
_TI_PATH = "/api/v2/dags/dag_id-v/dagRuns/dag_run_id-v/taskInstances/task_id-v"

#: what the fake answers for the lookups a row makes and for each call (else ``{}``)
ANSWERS: Dict[str, Any] = {
    "GET /api/v2/assets": {"assets": [ASSET], "total_entries": 1},
    "GET /api/v2/assets/7": ASSET,
    "GET /api/v2/dags": {"dags": [DAG], "total_entries": 1},
    "PATCH /api/v2/dags": {"dags": [DAG], "total_entries": 1},
    "GET /api/v2/dags/dag_id-v": DAG,
    "PATCH /api/v2/dags/dag_id-v": DAG,
    "GET /api/v2/dags/dag_id-v/details": dict(DAG, asset_expression=None, max_active_tasks=16, dag_run_timeout="PT1H"),
    "GET /api/v2/providers": {
        "providers": [{"package_name": "p", "description": "d", "version": "1"}],
        "total_entries": 1,
    },
    "GET /api/v2/dags/dag_id-v/dagRuns": {"dag_runs": [RUN], "total_entries": 1},
    "POST /api/v2/dags/dag_id-v/dagRuns": RUN,
    "POST /api/v2/dags/~/dagRuns/list": {"dag_runs": [RUN], "total_entries": 1},
    "GET /api/v2/dags/dag_id-v/dagRuns/dag_run_id-v": RUN,
    "PATCH /api/v2/dags/dag_id-v/dagRuns/dag_run_id-v": RUN,
    "GET /api/v2/dags/dag_id-v/dagRuns/dag_run_id-v/upstreamAssetEvents": {"asset_events": [EVENT], "total_entries": 1},
    "GET /api/v2/assets/events": {"asset_events": [EVENT], "total_entries": 1},
    "POST /api/v2/assets/events": EVENT,
    "GET /api/v2/dags/dag_id-v/assets/7/queuedEvents": QUEUED_ONE,
    "GET /api/v2/dags/dag_id-v/assets/queuedEvents": QUEUED,
    "GET /api/v2/assets/7/queuedEvents": QUEUED,
    "GET /api/v2/dags/dag_id-v/dagRuns/dag_run_id-v/taskInstances": {"task_instances": [TI], "total_entries": 1},
    "POST /api/v2/dags/~/dagRuns/~/taskInstances/list": {"task_instances": [TI], "total_entries": 1},
    "POST /api/v2/dags/dag_id-v/clearTaskInstances": {"task_instances": [TI], "total_entries": 1},
    "PATCH /api/v2/dags/dag_id-v/dagRuns/r/taskInstances/t": {"task_instances": [TI], "total_entries": 1},
    _TI_PATH.replace("/api", "GET /api", 1): TI,
    _TI_PATH.replace("/api", "PATCH /api", 1): {"task_instances": [TI], "total_entries": 1},
    _TI_PATH.replace("/api", "GET /api", 1) + "/2": TI,
    _TI_PATH.replace("/api", "PATCH /api", 1) + "/2": {"task_instances": [TI], "total_entries": 1},
    _TI_PATH.replace("/api", "GET /api", 1) + "/listMapped": {"task_instances": [TI], "total_entries": 1},
    _TI_PATH.replace("/api", "GET /api", 1) + "/tries": {"task_instances": [TI], "total_entries": 1},
    _TI_PATH.replace("/api", "GET /api", 1) + "/tries/2": TI,
    _TI_PATH.replace("/api", "GET /api", 1) + "/2/tries": {"task_instances": [TI], "total_entries": 1},
    _TI_PATH.replace("/api", "GET /api", 1) + "/2/tries/2": TI,
    _TI_PATH.replace("/api", "GET /api", 1) + "/links": {"extra_links": {"Link": "https://example.com"}},
    _TI_PATH.replace("/api", "GET /api", 1) + "/logs/2": {"content": [{"event": "hello", "timestamp": WHEN}]},
    _TI_PATH.replace("/api", "GET /api", 1) + "/xcomEntries": {"xcom_entries": [XCOM], "total_entries": 1},
    _TI_PATH.replace("/api", "GET /api", 1) + "/xcomEntries/xcom_key-v": XCOM,
    "POST /api/v2/dags/dag_id-v/dagRuns/dag_run_id-v/clear": {"task_instances": [TI], "total_entries": 1},
    "GET /api/v2/dags/dag_id-v/tasks": {"tasks": [{"task_id": "t", "extra_links": ["L"], "retries": 1.0}]},
    "GET /api/v2/dags/dag_id-v/tasks/task_id-v": {"task_id": "t", "retry_exponential_backoff": 2.0},
    "GET /api/v2/dagWarnings": {"dag_warnings": [{"dag_id": "d", "message": "m", "timestamp": "2026-01-02T03:04:05Z"}]},
    "GET /api/v2/eventLogs": {
        "event_logs": [{"event_log_id": 1, "event": "e", "logical_date": WHEN}],
        "total_entries": 1,
    },
    "GET /api/v2/eventLogs/2": {"event_log_id": 2, "event": "e", "logical_date": WHEN},
    "GET /api/v2/plugins": {"plugins": [{"name": "p"}], "total_entries": 1},
    "GET /auth/fab/v1/permissions": {
        "actions": [{"action": {"name": "can_read"}, "resource": {"name": "DAGs"}}],
        "total_entries": 1,
    },
}


def _value(op: Operation, name: str, kind: Any) -> Any:
    for key in (f"{op.name}.{name}", name):
        if key in OVERRIDES:
            return OVERRIDES[key]
    if isinstance(kind, Array):
        return [BY_TYPE[kind.item.name].format(name=f"{name}-1"), BY_TYPE[kind.item.name].format(name=f"{name}-2")]
    value = BY_TYPE[kind.name]
    return value.format(name=name) if isinstance(value, str) and kind.name == "str" else value


def arguments(op: Operation) -> Dict[str, Any]:
    """The keyword arguments ``op``'s method is called with."""
    row = airflow3.TRANSLATIONS[op.name]
    kwargs = {name: _value(op, name, kind) for name, kind in op.path_params.items()}
    kwargs.update({name: _value(op, name, op.query[name]) for name in row.query})
    if op.body is not None and op.body_name is not None:
        kwargs[op.body_name] = getattr(models, op.body)(**BODIES[op.body])
    return kwargs


def _methods() -> Dict[str, Any]:
    """Each operation's API class."""
    found = {}
    for info in pkgutil.iter_modules(api_package.__path__):
        module = importlib.import_module(f"{api_package.__name__}.{info.name}")
        for value in vars(module).values():
            if isinstance(value, type) and value.__module__ == module.__name__ and value.__name__.endswith("Api"):
                found.update({name: value for name in dir(value) if not name.startswith("_")})
    return found


def _request(req: Received) -> Dict[str, Any]:
    return {
        "method": req.method,
        "path": req.path,
        "query": [list(pair) for pair in sorted(parse_qsl(urlsplit(req.target).query, keep_blank_values=True))],
        "body": req.json() if req.body else None,
    }


class _Fake(FakeAirflow3):
    def __call__(self, req: Received) -> Reply:
        reply = super().__call__(req)
        if reply.status == 404 and not req.path.startswith("/api/v1"):
            return json_reply({})
        return reply


def _answer(result: Any) -> Any:
    """What a call gave, as JSON: a model by its ``to_dict()``."""
    value = result.to_dict() if hasattr(result, "to_dict") else result
    return json.loads(json.dumps(value, default=str, sort_keys=True))


@functools.cache
def call(name: str) -> Tuple[List[Any], Any]:
    """The requests ``name``'s method sends to the fake Airflow 3 (the JWT's left out) and
    what the call gave (the class of its result or of its exception); and the result as JSON."""
    op = _operations()[name]
    server = LoopbackServer()
    try:
        fake = _Fake(dict(ANSWERS))
        fake.fab = True
        server.handler = fake
        with client(server, api_version="v2") as api:
            try:
                result = getattr(_methods()[name](api), name)(**arguments(op))
                outcome, answer = type(result).__name__, _answer(result)
            except Exception as error:  # the requests are the point: what it raised is recorded
                outcome, answer = type(error).__name__, {"raised": type(error).__name__}
        sent: List[Any] = [_request(r) for r in server.requests if r.path != "/auth/token"]
        return sent + [{"outcome": outcome}], answer
    finally:
        server.stop()


def record(name: str) -> List[Any]:
    return call(name)[0]


@functools.cache
def _golden(path: Path = GOLDEN) -> Dict[str, Any]:
    return json.loads(path.read_text())  # type: ignore[no-any-return]


def test_every_translated_operation_is_in_the_golden_file() -> None:
    golden = _golden()
    assert set(golden) == set(airflow3.TRANSLATIONS) == set(_operations())
    for name, sent in golden.items():  # each row's own request is among them, not only lookups and probes
        op, row = _operations()[name], airflow3.TRANSLATIONS[name]
        assert any(r.get("method") == (row.method or op.method) for r in sent), name


def _diff(want: List[Any], got: List[Any]) -> str:
    lines = []
    for i in range(max(len(want), len(got))):
        w = want[i] if i < len(want) else "(none)"
        g = got[i] if i < len(got) else "(none)"
        if w != g:
            lines.append(
                f"  request {i}:\n    golden: {json.dumps(w, sort_keys=True)}\n    sent:   {json.dumps(g, sort_keys=True)}"
            )
    return "\n".join(lines)


@pytest.mark.parametrize("name", sorted(airflow3.TRANSLATIONS))
def test_row_sends_the_golden_requests(name: str) -> None:
    want, got = _golden().get(name), record(name)
    assert want == got, (
        f"{name}: the requests differ from {GOLDEN.name} "
        f"(intended? python -m test.unit.test_airflow3_rows --write)\n{_diff(want or [], got)}"
    )


@pytest.mark.parametrize("name", sorted(airflow3.TRANSLATIONS))
def test_row_maps_the_golden_answer(name: str) -> None:
    """The canned v2 answer (``ANSWERS``) mapped back: the 2.x result's ``to_dict()``."""
    want, got = _golden(ANSWERS_GOLDEN).get(name, "(none)"), call(name)[1]
    assert want == got, (
        f"{name}: the mapped answer differs from {ANSWERS_GOLDEN.name} "
        f"(intended? python -m test.unit.test_airflow3_rows --write)\n"
        f"  golden: {json.dumps(want, sort_keys=True)}\n  mapped: {json.dumps(got, sort_keys=True)}"
    )


def write() -> Tuple[int, str]:
    names = sorted(airflow3.TRANSLATIONS)
    for path, part in ((GOLDEN, 0), (ANSWERS_GOLDEN, 1)):
        path.write_text(json.dumps({name: call(name)[part] for name in names}, indent=1, sort_keys=True) + "\n")
    return len(names), f"{GOLDEN} and {ANSWERS_GOLDEN}"


# -- the rows valid from/until an Airflow 3 release (issue 23) ----------------------------------

VERSION_GOLDEN = Path(__file__).with_name("airflow3_version_rows.json")
#: an import error as each release answers it (the file's absolute path until 3.1.0)
IMPORT_ERROR = {"import_error_id": 2, "timestamp": WHEN, "filename": "f.py", "bundle_name": "dags-folder"}
IMPORT_ERROR_3_0 = dict(IMPORT_ERROR, filename="/opt/airflow/dags/f.py")
#: an asset as Airflow 3.0 answers it: its DAGs in ``consuming_dags`` (``scheduled_dags`` since 3.1.0)
ASSET_3_0 = {k: v for k, v in ASSET.items() if k != "scheduled_dags"}
ASSET_3_0["consuming_dags"] = [{"dag_id": "d", "created_at": WHEN, "updated_at": WHEN}]
ASSET_3_1 = dict(ASSET, scheduled_dags=[{"dag_id": "d", "created_at": WHEN, "updated_at": WHEN}])


def release_answers(release: str) -> Dict[str, Any]:
    """The canned answers of ``release``: ANSWERS with the shapes that release answers in."""
    answers = dict(ANSWERS)
    old = airflow3.rules.version_key(release) < (3, 1)
    asset, error = (ASSET_3_0, IMPORT_ERROR_3_0) if old else (ASSET_3_1, IMPORT_ERROR)
    answers["GET /api/v2/assets"] = {"assets": [asset], "total_entries": 1}
    answers["GET /api/v2/assets/7"] = asset
    answers["GET /api/v2/importErrors"] = {"import_errors": [error], "total_entries": 1}
    answers["GET /api/v2/importErrors/2"] = error
    return answers


class _Release(_Fake):
    """The fake Airflow 3 answering as ``release`` (its version, its shapes)."""

    def __init__(self, release: str) -> None:
        super().__init__(release_answers(release))
        self.release = release

    def __call__(self, req: Received) -> Reply:
        if req.path == "/api/v2/version":
            return json_reply({"version": self.release, "git_version": None})
        return super().__call__(req)


@functools.cache
def call_release(name: str, release: str) -> Dict[str, Any]:
    """What ``name``'s method sends to and gives against ``release``, and what that release's own
    row (``airflow3.translation(name, release)``) declares: its range, status and note, and its
    mapping of the release's canned answer."""
    op = _operations()[name]
    server = LoopbackServer()
    try:
        fake = _Release(release)
        server.handler = fake
        with client(server, api_version="v2") as api:
            result = getattr(_methods()[name](api), name)(**arguments(op))
        sent = [_request(r) for r in server.requests if r.path != "/auth/token"]
    finally:
        server.stop()
    row = airflow3.translation(name, release)
    assert row is not None
    canned = release_answers(release)[f"GET {sent[-1]['path']}"]
    return {
        "releases": row.releases,
        "status": "approximated" if row.approximated else "works",
        "note": row.note,
        "requests": sent,
        "answer": _answer(result),
        "row maps": json.loads(json.dumps(airflow3.rules.answer(row, json.loads(json.dumps(canned)), None))),
    }


def test_version_rows_cover_every_release_once() -> None:
    """Each operation's rows follow one another (one's ``until`` the next one's ``since``), from
    the first Airflow 3 to every later one; the newest is the row of TRANSLATIONS."""
    assert airflow3.VERSION_ROWS, "no version-dependent rows declared"
    for name, rows in airflow3.VERSION_ROWS.items():
        assert rows[0].since is None and rows[-1].until is None, name
        assert rows[-1] is airflow3.TRANSLATIONS[name], name
        for earlier, later in zip(rows, rows[1:]):
            assert earlier.until is not None and earlier.until == later.since, name
        for release in (*airflow3.RELEASES, "3.0.0", "3.1.0", "9.0.0"):
            assert sum(row.serves(release) for row in rows) == 1, (name, release)
    assert airflow3.translation("get_dags", "3.0.6") is airflow3.TRANSLATIONS["get_dags"]


@pytest.mark.parametrize("release", ["3.0.6", "3.1.8", "3.2.2", "3.3.2"])
@pytest.mark.parametrize("name", sorted(airflow3.VERSION_ROWS))
def test_version_row_golden(name: str, release: str) -> None:
    """Against each release of the matrix: the requests sent and the 2.x answer, and what that
    release's row declares, as ``airflow3_version_rows.json`` holds them.  And the row the client
    sends by (``TRANSLATIONS``, the newest) maps that release's answer as its own row does, so
    the client is right on every release whichever row it holds."""
    assert release in airflow3.RELEASES
    got = call_release(name, release)
    want = _golden(VERSION_GOLDEN).get(name, {}).get(release)
    assert want == got, (
        f"{name} on {release}: differs from {VERSION_GOLDEN.name} "
        f"(intended? python -m test.unit.test_airflow3_rows --write)\n"
        f"  golden: {json.dumps(want, sort_keys=True)}\n  now:    {json.dumps(got, sort_keys=True)}"
    )
    newest = airflow3.TRANSLATIONS[name]
    canned = release_answers(release)[f"GET {got['requests'][-1]['path']}"]
    assert (
        json.loads(json.dumps(airflow3.rules.answer(newest, json.loads(json.dumps(canned)), None))) == got["row maps"]
    )


def write_versions() -> str:
    golden = {name: {r: call_release(name, r) for r in airflow3.RELEASES} for name in sorted(airflow3.VERSION_ROWS)}
    VERSION_GOLDEN.write_text(json.dumps(golden, indent=1, sort_keys=True) + "\n")
    return str(VERSION_GOLDEN)


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        sys.exit("usage: python -m test.unit.test_airflow3_rows --write")
    count, path = write()
    print(f"wrote {count} operations to {path}; the version-dependent rows to {write_versions()}")
