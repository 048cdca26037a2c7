"""Every row of the Airflow 3 translation table held by a golden file (issue 23).

Each translated operation is called through its generated API method against the fake
Airflow 3 of test_airflow3.py, with arguments derived from its declaration (every query
parameter its row carries, its path parameters, a body when it takes one; the
``OVERRIDES`` below where a value must be specific).  Every request the client sent
(method, path, sorted query pairs, JSON body) is compared with ``airflow3_requests.json``:
a changed row changes a request and fails here, naming the operation.

After an intended change of the table, write the golden file again and review its diff::

    python -m test.unit.test_airflow3_rows --write
"""

from __future__ import annotations

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

WHEN = "2026-01-02T03:04:05+00:00"
URI = "s3://bucket/a"
#: per type, the value a parameter named ``name`` is given
BY_TYPE: Dict[str, Any] = {"str": "{name}-v", "int": 2, "float": 1.5, "bool": True, "datetime": WHEN}

#: values that must be specific: by parameter name, or ``operation.parameter``
OVERRIDES: Dict[str, Any] = {
    "uri": URI,
    "file_token": "token-1",
    "update_mask": ["is_paused"],
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

#: what the fake answers for the lookups a row makes (and each call, else ``{}``)
ANSWERS: Dict[str, Any] = {
    "GET /api/v2/assets": {"assets": [{"id": 7, "uri": URI}], "total_entries": 1},
    "GET /api/v2/assets/7": {"id": 7, "uri": URI},
    "GET /api/v2/dags": {"dags": [{"dag_id": "dag_id-v", "file_token": "token-1"}], "total_entries": 1},
    "GET /api/v2/providers": {"providers": [], "total_entries": 0},
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


def record(name: str) -> List[Any]:
    """The requests ``name``'s method sends to the fake Airflow 3 (the JWT's left out), and
    what the call gave (the class of its result or of its exception)."""
    op = _operations()[name]
    server = LoopbackServer()
    try:
        fake = _Fake(dict(ANSWERS))
        fake.fab = True
        server.handler = fake
        with client(server, api_version="v2") as api:
            try:
                result = getattr(_methods()[name](api), name)(**arguments(op))
                outcome = type(result).__name__
            except Exception as error:  # the requests are the point: what it raised is recorded
                outcome = type(error).__name__
        sent: List[Any] = [_request(r) for r in server.requests if r.path != "/auth/token"]
        return sent + [{"outcome": outcome}]
    finally:
        server.stop()


def _golden() -> Dict[str, Any]:
    return json.loads(GOLDEN.read_text())  # type: ignore[no-any-return]


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


def write() -> Tuple[int, Path]:
    data = {name: record(name) for name in sorted(airflow3.TRANSLATIONS)}
    GOLDEN.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")
    return len(data), GOLDEN


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        sys.exit("usage: python -m test.unit.test_airflow3_rows --write")
    count, path = write()
    print(f"wrote {count} operations to {path}")
