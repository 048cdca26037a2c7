"""The read-only operations against the real Airflow 2.10.5, through the official client and through ours.

Issue 10, item 3: the differential suite of ``test/compat`` compares both clients
on canned answers; this module does it on what a real Airflow 2.10.5 answers.

The module fixture ``prepared`` makes data through our client: a DAG file of our
own (a DAG that really runs a mapped task, one scheduled on two datasets of our
own, one never unpaused with a relativedelta schedule, a mapped task, an extra
link and a pool that does not exist), a finished run of the first, a
dataset-triggered run of the second and a queued dataset event for it, a queued
run of the third, a variable, a connection and a pool; it removes all of it at
the end.  Our own DAGs, not the examples, so that other tests pausing or running
the examples on a shared server do not get in the way; the examples are only read.
Then ``_real_runner.py`` runs in two interpreters at once, the official
``apache-airflow-client==2.10.0`` (``scripts/official_client.py``) and ours, each
making the same calls (``CASES``, every GET of the spec and the two POSTs that
only list) with the same arguments, and reading each result with
``test/compat/_runner.py``'s ``observe``.

One test per case compares the *shape* of what a caller observes, not the
values, which move between two calls (timestamps, durations, counts): the
return type name; each field of the spec's schema read as ``obj.f``,
``obj["f"]`` and ``"f" in obj``, with the type name of the value (``str``,
``int``, ``datetime``, ``NoneType``, a model class, ``list`` of ...); nested
models the same way; the keys of ``to_dict()`` and the type of each value;
enum-like values (``.value``, ``["value"]``, ``str()``, ``==``) with their
values; the class of an exception.  The items of a list are merged into one
shape (a field that is ``None`` in one item and ``str`` in another reads
``NoneType | str``), so that the two calls need not see the same number of items.

What may differ:

* ``OFFICIAL_CRASHES``: where the official client raises on what the real server
  answers, the test checks that it still does (with that exception text) and
  that ours returns instead.
* a row of ``docs/differences.md`` holding the backticked key ``real:<case>:<path>``
  (in any cell, as the ``differential:`` keys) exempts the differences at ``<path>``
  (and below) of that case; the case may be an ``fnmatch`` pattern
  (``real:*:result.to_dict.total_entries``).  A key that exempts nothing fails
  (a case's own key in its test, a pattern in ``test_table_keys_match``).
Any other difference fails its case.

On another Airflow version than 2.10.5 (``AIRFLOW_LOCAL_VERSION``, ``make compat``), an
operation that the server does not have yet is a case where the official client raises
``NotFoundException`` and ours ``OperationNotSupportedError`` (its subclass): that counts
as the same.  ``OFFICIAL_CRASHES`` and the table's keys describe Airflow 2.10.5's answers,
so that a crash or a key that does not show on another version fails only on 2.10.5.

Against Airflow 3 (``make test-airflow3``, ``make compat``; issue 23) the official client is not
run: the reference is what it observed against Airflow 2.10.5, kept by this module's run there
(``.airflow-local/real-differential-official.json``), and a 2.x program must observe the same
on Airflow 3.  The DAG file imports ``Asset`` as ``Dataset``.  What Airflow 3 itself answers
differently is exempted by the ``af3:<case>:<path>`` keys of docs/airflow3.md's table, each
with why it is the server's (checked against 3.3.2: a key matching nothing fails there).
Ours also records each request it sent and the answer (for test_airflow3_recorded.py).

The summary table (case -> same / differs how) is printed at the end of the
run and written to ``<state dir>/real-differential.md`` (``.airflow-local`` for 2.10.5); the two
runners' observations to ``<state dir>/real-differential-{official,ours}.json``.
"""

from __future__ import annotations

import fnmatch
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple

import pytest

import airflow_client.client as client
from airflow_client.client.api.connection_api import ConnectionApi
from airflow_client.client.api.dag_api import DAGApi
from airflow_client.client.api.dag_run_api import DAGRunApi
from airflow_client.client.api.dag_warning_api import DagWarningApi
from airflow_client.client.api.dataset_api import DatasetApi
from airflow_client.client.api.event_log_api import EventLogApi
from airflow_client.client.api.import_error_api import ImportErrorApi
from airflow_client.client.api.pool_api import PoolApi
from airflow_client.client.api.variable_api import VariableApi
from airflow_client.client.models import DAG, Connection, CreateDatasetEvent, DAGRun, Pool, Variable
from test.compat.test_differential import (
    MISSING,
    OPERATIONS,
    SPEC,
    covers,
    differences,
    model_descriptions,
    official_spec,
    operations,
    pair,
    short,
)
from test.compat.test_differential import (
    exemptions as table_exemptions,
)
from test.integration._values import older
from test.official import official_python

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
RUNNER = HERE / "_real_runner.py"
DIFFERENCES = REPO / "docs" / "differences.md"
AIRFLOW3_DOC = REPO / "docs" / "airflow3.md"
#: the kind of docs/airflow3.md's keys (``af3:<case>:<path>``)
AF3_KIND = "af3"
#: the official client's observations against Airflow 2.10.5, the reference on Airflow 3
REFERENCE = REPO / ".airflow-local" / "real-differential-official.json"
#: in the server's state dir (``.airflow-local`` for 2.10.5, see scripts/airflow_local.py)
TABLE_NAME = "real-differential.md"
RUNNER_TIMEOUT = 120
SETUP_TIMEOUT = 240.0
POLL_SECONDS = 1.0

PREFIX = f"it_realdiff_{uuid.uuid4().hex[:8]}"
#: Our DAGs (one file, written at the start and removed at the end), so that no other test
#: pausing or running the example DAGs on a shared server gets in the way:
#: really run, add_one mapped over [1, 2, 3] and sum_it
MAPPED_DAG = f"{PREFIX}_mapped"
#: scheduled on DATASET_A and DATASET_B, its task produces DATASET_OUT
DATASET_DAG = f"{PREFIX}_datasets"
DATASET_A = f"s3://{PREFIX}/a.txt"
DATASET_B = f"s3://{PREFIX}/b.txt"
DATASET_OUT = f"s3://{PREFIX}/out.txt"
#: never unpaused: a relativedelta schedule, params, a display name, an ExternalTaskMarker (extra
#: link "External DAG"), a task mapped over a literal list, a task in a pool that does not exist
OWN_DAG = f"{PREFIX}_paused"
#: before Airflow 2.9 (no POST /datasets/events): its task produces DATASET_A and DATASET_B
PRODUCER_DAG = f"{PREFIX}_producer"
OWN_DAGS = (MAPPED_DAG, DATASET_DAG, OWN_DAG, PRODUCER_DAG)
MISSING_POOL = f"{PREFIX}_no_such_pool"
#: example DAGs, only read: defined by example_datasets.py with extra={"hi": "bye"}, consumed and produced
DAG1_DATASET = "s3://dag1/output_1.txt"
CRON_DAG = "example_bash_operator"  # schedule "0 0 * * *"
TIMEDELTA_DAG = "tutorial"  # schedule timedelta(days=1), retries and retry_delay in default_args

DAG_SOURCE = """\
\"\"\"Written by test_differential_real.py; removed again at the end of the module.\"\"\"
import pendulum
from dateutil.relativedelta import relativedelta

from airflow import DAG
{dataset_import}
from airflow.decorators import task
from airflow.operators.bash import BashOperator
from airflow.operators.empty import EmptyOperator
from airflow.sensors.external_task import ExternalTaskMarker

START = pendulum.datetime(2024, 1, 1, tz="UTC")


@task
def add_one(value):
    return value + 1


@task
def sum_it(values):
    return sum(values)


with DAG(dag_id={mapped!r}, schedule=None, start_date=START, catchup=False, tags=["it_realdiff"]):
    sum_it(add_one.expand(value=[1, 2, 3]))

with DAG(
    dag_id={datasets!r},
    schedule=[Dataset({a!r}), Dataset({b!r})],
    start_date=START,
    catchup=False,
    tags=["it_realdiff"],
):
    BashOperator(task_id="produce", bash_command="true", outlets=[Dataset({out!r})])

with DAG(
    dag_id={paused!r},{display_name}
    schedule=relativedelta(months=1, day=1),
    start_date=START,
    catchup=False,
    tags=["it_realdiff", "differential"],
    params={{"limit": 3, "label": "x"}},
    doc_md="A DAG of the real differential test.",
    default_args={{"retries": 2, "owner": "realdiff"}},
):
    marker = ExternalTaskMarker(
        task_id="marker",
        external_dag_id="example_external_task_marker_child",
        external_task_id="child_task1",
    )
    mapped = BashOperator.partial(task_id="mapped").expand(bash_command=["echo 1", "echo 2", "echo 3"])
    pooled = EmptyOperator(task_id="pooled", pool={pool!r})
    marker >> mapped >> pooled
"""
#: Airflow 2 has datasets; Airflow 3 has assets, which its API v1 translation reads as datasets
DATASET_IMPORT = "from airflow.datasets import Dataset"
ASSET_IMPORT = "from airflow.sdk import Asset as Dataset"
#: Airflow 2.9 and later: a display name; before it, DAG() takes no such argument
DISPLAY_NAME = '\n    dag_display_name="Real differential (paused)",'
#: before Airflow 2.9, which has no POST /datasets/events: a DAG whose task produces both datasets
PRODUCER_SOURCE = """
with DAG(dag_id={producer!r}, schedule=None, start_date=START, catchup=False, tags=["it_realdiff"]):
    BashOperator(task_id="produce_a_b", bash_command="true", outlets=[Dataset({a!r}), Dataset({b!r})])
"""


# --- the cases ------------------------------------------------------------------------------------


def _no_args(s: SimpleNamespace) -> Tuple[List[Any], Dict[str, Any]]:
    return [], {}


@dataclass(frozen=True)
class Case:
    """``<api>(client).<method>(*args, **kwargs)``, the arguments made from the prepared data ``s``."""

    name: str
    api: str
    method: str
    call: Callable[[SimpleNamespace], Tuple[List[Any], Dict[str, Any]]] = _no_args
    #: a POST that only reads (the list forms); every other case is a GET
    post: bool = False


def _case(api: str, method: str, call: Callable[..., Any] = _no_args, variant: str = "", post: bool = False) -> Case:
    return Case(f"{api}.{method}" + (f".{variant}" if variant else ""), api, method, call, post)


def model(name: str, **kwargs: Any) -> Dict[str, Any]:
    """An argument the runner builds as a model of the client under test."""
    return {"$model": name, "kwargs": kwargs}


CASES: List[Case] = [
    _case("ConfigApi", "get_config"),
    _case("ConfigApi", "get_config", lambda s: ([], {"section": "core"}), "section"),
    _case("ConfigApi", "get_value", lambda s: (["core", "dags_folder"], {})),
    _case("ConnectionApi", "get_connection", lambda s: ([s.conn_id], {})),
    _case("ConnectionApi", "get_connections", lambda s: ([], {"limit": 100, "order_by": "connection_id"})),
    _case("DAGApi", "get_dag", lambda s: ([MAPPED_DAG], {})),
    _case("DAGApi", "get_dag", lambda s: ([CRON_DAG], {}), "cron"),
    _case("DAGApi", "get_dag", lambda s: ([TIMEDELTA_DAG], {}), "timedelta"),
    _case("DAGApi", "get_dag", lambda s: ([OWN_DAG], {}), "relativedelta"),
    _case("DAGApi", "get_dag", lambda s: ([DATASET_DAG], {}), "dataset_scheduled"),
    _case("DAGApi", "get_dag", lambda s: ([MAPPED_DAG], {"fields": ["dag_id", "is_paused"]}), "fields"),
    _case("DAGApi", "get_dag_details", lambda s: ([MAPPED_DAG], {})),
    _case("DAGApi", "get_dag_details", lambda s: ([CRON_DAG], {}), "cron"),
    _case("DAGApi", "get_dag_details", lambda s: ([TIMEDELTA_DAG], {}), "timedelta"),
    _case("DAGApi", "get_dag_details", lambda s: ([OWN_DAG], {}), "relativedelta"),
    _case("DAGApi", "get_dag_details", lambda s: ([DATASET_DAG], {}), "dataset_scheduled"),
    _case("DAGApi", "get_dag_source", lambda s: ([s.file_token], {})),
    # Every DAG but ours (its relativedelta schedule makes the official client raise: the third case).
    _case("DAGApi", "get_dags", lambda s: ([], {"limit": 100, "order_by": "dag_id", "tags": ["example"]})),
    _case("DAGApi", "get_dags", lambda s: ([], {"limit": 100, "dag_id_pattern": "dataset"}), "dataset_scheduled"),
    _case("DAGApi", "get_dags", lambda s: ([], {"dag_id_pattern": PREFIX}), "relativedelta"),
    _case("DAGApi", "get_task", lambda s: ([MAPPED_DAG, "add_one"], {}), "mapped"),
    _case("DAGApi", "get_task", lambda s: ([MAPPED_DAG, "sum_it"], {})),
    _case("DAGApi", "get_task", lambda s: ([OWN_DAG, "marker"], {}), "extra_link"),
    _case("DAGApi", "get_tasks", lambda s: ([MAPPED_DAG], {})),
    _case("DAGApi", "get_tasks", lambda s: ([TIMEDELTA_DAG], {}), "retry_delay"),
    _case("DAGApi", "get_tasks", lambda s: ([OWN_DAG], {"order_by": "task_id"}), "own"),
    _case("DAGRunApi", "get_dag_run", lambda s: ([MAPPED_DAG, s.run_id], {})),
    _case("DAGRunApi", "get_dag_run", lambda s: ([DATASET_DAG, s.dataset_run_id], {}), "dataset_triggered"),
    _case("DAGRunApi", "get_dag_run", lambda s: ([OWN_DAG, s.paused_run_id], {}), "queued"),
    _case("DAGRunApi", "get_dag_runs", lambda s: ([MAPPED_DAG], {"order_by": "-execution_date"})),
    _case(
        "DAGRunApi",
        "get_dag_runs_batch",
        lambda s: ([model("ListDagRunsForm", dag_ids=[MAPPED_DAG, DATASET_DAG, OWN_DAG], page_limit=100)], {}),
        post=True,
    ),
    _case("DAGRunApi", "get_upstream_dataset_events", lambda s: ([DATASET_DAG, s.dataset_run_id], {})),
    _case("DAGRunApi", "get_upstream_dataset_events", lambda s: ([MAPPED_DAG, s.run_id], {}), "manual_run"),
    _case("DagStatsApi", "get_dag_stats", lambda s: ([f"{MAPPED_DAG},{DATASET_DAG},{OWN_DAG}"], {})),
    _case("DagWarningApi", "get_dag_warnings", lambda s: ([], {"dag_id": OWN_DAG})),
    _case("DatasetApi", "get_dag_dataset_queued_event", lambda s: ([DATASET_DAG, DATASET_A], {})),
    _case("DatasetApi", "get_dag_dataset_queued_events", lambda s: ([DATASET_DAG], {})),
    _case("DatasetApi", "get_dataset", lambda s: ([DAG1_DATASET], {})),
    _case(
        "DatasetApi",
        "get_dataset_events",
        lambda s: ([], {"source_dag_id": DATASET_DAG, "source_run_id": s.dataset_run_id}),
        "produced_by_a_task",
    ),
    _case("DatasetApi", "get_dataset_events", lambda s: ([], {"dataset_id": s.dataset_a_id, "limit": 100})),
    _case("DatasetApi", "get_dataset_queued_events", lambda s: ([DATASET_A], {})),
    _case("DatasetApi", "get_datasets", lambda s: ([], {"limit": 100, "order_by": "id"})),
    _case("DatasetApi", "get_upstream_dataset_events", lambda s: ([DATASET_DAG, s.dataset_run_id], {})),
    _case("EventLogApi", "get_event_log", lambda s: ([s.event_log_id], {})),
    _case("EventLogApi", "get_event_logs", lambda s: ([], {"dag_id": MAPPED_DAG, "run_id": s.run_id, "limit": 100})),
    _case("EventLogApi", "get_event_logs", lambda s: ([], {"limit": 50, "order_by": "event_log_id"}), "first_50"),
    _case("ImportErrorApi", "get_import_error", lambda s: ([s.import_error_id], {})),
    _case("ImportErrorApi", "get_import_errors"),
    _case("MonitoringApi", "get_health"),
    _case("MonitoringApi", "get_version"),
    _case("PermissionApi", "get_permissions", lambda s: ([], {"limit": 100})),
    _case("PluginApi", "get_plugins"),
    _case("PoolApi", "get_pool", lambda s: (["default_pool"], {})),
    _case("PoolApi", "get_pool", lambda s: ([s.pool_name], {}), "own"),
    _case("PoolApi", "get_pools", lambda s: ([], {"limit": 100})),
    _case("ProviderApi", "get_providers"),
    _case("RoleApi", "get_role", lambda s: (["Viewer"], {})),
    _case("RoleApi", "get_roles", lambda s: ([], {"limit": 100})),
    _case("TaskInstanceApi", "get_extra_links", lambda s: ([OWN_DAG, s.paused_run_id, "marker"], {})),
    _case("TaskInstanceApi", "get_log", lambda s: ([MAPPED_DAG, s.run_id, "sum_it", 1], {})),
    _case("TaskInstanceApi", "get_log", lambda s: ([MAPPED_DAG, s.run_id, "add_one", 1], {"map_index": 0}), "mapped"),
    _case("TaskInstanceApi", "get_mapped_task_instance", lambda s: ([MAPPED_DAG, s.run_id, "add_one", 0], {})),
    _case(
        "TaskInstanceApi",
        "get_mapped_task_instance_dependencies",
        lambda s: ([OWN_DAG, s.paused_run_id, "mapped", 0], {}),
    ),
    _case("TaskInstanceApi", "get_mapped_task_instance_tries", lambda s: ([MAPPED_DAG, s.run_id, "add_one", 0], {})),
    _case(
        "TaskInstanceApi",
        "get_mapped_task_instance_try_details",
        lambda s: ([MAPPED_DAG, s.run_id, "add_one", 0, 1], {}),
    ),
    _case("TaskInstanceApi", "get_mapped_task_instances", lambda s: ([MAPPED_DAG, s.run_id, "add_one"], {})),
    _case(
        "TaskInstanceApi", "get_mapped_task_instances", lambda s: ([OWN_DAG, s.paused_run_id, "mapped"], {}), "queued"
    ),
    _case("TaskInstanceApi", "get_task_instance", lambda s: ([MAPPED_DAG, s.run_id, "sum_it"], {})),
    _case("TaskInstanceApi", "get_task_instance", lambda s: ([OWN_DAG, s.paused_run_id, "marker"], {}), "queued"),
    _case("TaskInstanceApi", "get_task_instance_dependencies", lambda s: ([OWN_DAG, s.paused_run_id, "marker"], {})),
    _case("TaskInstanceApi", "get_task_instance_tries", lambda s: ([MAPPED_DAG, s.run_id, "sum_it"], {})),
    _case("TaskInstanceApi", "get_task_instance_try_details", lambda s: ([MAPPED_DAG, s.run_id, "sum_it", 1], {})),
    _case("TaskInstanceApi", "get_task_instances", lambda s: ([MAPPED_DAG, s.run_id], {})),
    _case("TaskInstanceApi", "get_task_instances", lambda s: ([OWN_DAG, s.paused_run_id], {}), "queued"),
    _case(
        "TaskInstanceApi",
        "get_task_instances_batch",
        lambda s: ([model("ListTaskInstanceForm", dag_ids=[MAPPED_DAG], dag_run_ids=[s.run_id])], {}),
        post=True,
    ),
    _case("UserApi", "get_user", lambda s: ([s.username], {})),
    _case("UserApi", "get_users", lambda s: ([], {"limit": 100})),
    _case("VariableApi", "get_variable", lambda s: ([s.variable_key], {})),
    _case("VariableApi", "get_variables", lambda s: ([], {"limit": 100})),
    _case("XComApi", "get_xcom_entries", lambda s: ([MAPPED_DAG, s.run_id, "sum_it"], {})),
    _case("XComApi", "get_xcom_entries", lambda s: ([MAPPED_DAG, s.run_id, "add_one"], {}), "mapped"),
    _case("XComApi", "get_xcom_entry", lambda s: ([MAPPED_DAG, s.run_id, "sum_it", "return_value"], {})),
    _case(
        "XComApi",
        "get_xcom_entry",
        lambda s: ([MAPPED_DAG, s.run_id, "add_one", "return_value"], {"map_index": 1}),
        "mapped",
    ),
]
BY_NAME = {case.name: case for case in CASES}
assert len(BY_NAME) == len(CASES), "case names must be unique"


@dataclass(frozen=True)
class Crash:
    """The official client raises where it reads what the real server answered; ours must not."""

    raised: str  # the official exception's class name
    text: str  # a part of its message
    why: str


#: Where the official 2.10.0 client cannot read what Airflow 2.10.5 answers: {case: {path: Crash}}.
#: The path is one of the comparison (``error`` for the call itself, which then has no ``result``);
#: the official client must still raise so there (a Crash that no longer happens fails the case),
#: and ours must give a value instead.
_RELATIVEDELTA = Crash(
    "ApiValueError",
    "Invalid type for variable 'hour'. Required value type is int and passed type was NoneType",
    "Airflow sends every field of a RelativeDelta schedule, null where the DAG's relativedelta sets "
    "none (here: hour); the official RelativeDelta model takes only ints",
)
_TYPE_RELATIVEDELTA = Crash("ApiTypeError", _RELATIVEDELTA.text, _RELATIVEDELTA.why)


def _composed(model: str, *fields: str) -> Dict[str, Crash]:
    """Reading these fields of the official composed (allOf) model raises on a valid answer."""
    why = (
        f"the official {model} is composed of two schemas (allOf); where they convert a field differently "
        "(a oneOf schedule, a TimeDelta, a date-time kept as str in one and parsed in the other) it raises"
    )
    return {
        f"result.fields.{name}.attr": Crash(
            "ApiValueError",
            f"Values stored for property {name} in {model} differ when looking at self and self's composed instances",
            why,
        )
        for name in fields
    }


OFFICIAL_CRASHES: Dict[str, Dict[str, Crash]] = {
    "DAGApi.get_dag.relativedelta": {"error": _TYPE_RELATIVEDELTA},
    "DAGApi.get_dag_details.relativedelta": {"error": _RELATIVEDELTA},
    "DAGApi.get_dags.relativedelta": {"error": _RELATIVEDELTA},
    "DAGApi.get_dag_details.cron": _composed(
        "DAGDetail", "dag_run_timeout", "schedule_interval", "timetable_description"
    ),
    "DAGApi.get_dag_details.timedelta": _composed("DAGDetail", "schedule_interval"),
    "DAGApi.get_dag_details.dataset_scheduled": _composed("DAGDetail", "schedule_interval"),
    "XComApi.get_xcom_entry": _composed("XCom", "execution_date", "timestamp"),
    "XComApi.get_xcom_entry.mapped": _composed("XCom", "execution_date", "timestamp"),
}


# --- the prepared data --------------------------------------------------------------------------


def _poll(what: str, probe: Callable[[], Any], deadline: float) -> Any:
    while True:
        found = probe()
        if found is not None:
            return found
        if time.monotonic() > deadline:
            pytest.fail(f"setup of the real differential test: {what} not within {SETUP_TIMEOUT:.0f} s", pytrace=False)
        time.sleep(POLL_SECONDS)


def _quietly(call: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
    """Clean-up: one step that fails (gone already, or a client error) does not stop the others."""
    try:
        call(*args, **kwargs)
    except Exception:  # noqa: BLE001, S110
        pass


def _state(run: DAGRun) -> str:
    """A run's state as text (an enum-like value, as in the official client, or a str)."""
    return str(getattr(run.state, "value", run.state))


def _event(datasets: DatasetApi, uri: str) -> None:
    """A dataset event of ours.  Airflow 3 on SQLite answers 500 when its event-log insert waits
    out the database lock (5 s) while our mapped run's tasks write (seen once in CI): the server's
    own failure, asked again up to twice."""
    for attempt in range(3):
        try:
            datasets.create_dataset_event(CreateDatasetEvent(dataset_uri=uri, extra={"it": PREFIX}))
            return
        except client.ServiceException:
            if attempt == 2:
                raise
            time.sleep(2)


def _set_paused(api: client.ApiClient, dag_id: str, paused: bool) -> None:
    DAGApi(api).patch_dag(dag_id, DAG(is_paused=paused), update_mask=["is_paused"])


@pytest.fixture(scope="module")
def prepared(
    airflow_server: Dict[str, Any], plain_api: client.ApiClient, airflow_version: str
) -> Iterator[SimpleNamespace]:
    """What the cases read, made through our client; everything made is removed at the end."""
    no_dataset_events = older(airflow_version, "2.9.0")  # no POST /datasets/events, no display names
    airflow3 = on_airflow3(airflow_version)
    started = time.monotonic()
    deadline = started + SETUP_TIMEOUT
    dags, runs, datasets = DAGApi(plain_api), DAGRunApi(plain_api), DatasetApi(plain_api)
    s = SimpleNamespace(username=airflow_server["username"])
    dag_file = Path(airflow_server["dags_folder"]) / f"{PREFIX}.py"
    broken = dag_file.with_name(f"{PREFIX}_broken.py")
    try:
        dag_file.parent.mkdir(parents=True, exist_ok=True)
        names = dict(
            mapped=MAPPED_DAG,
            datasets=DATASET_DAG,
            paused=OWN_DAG,
            producer=PRODUCER_DAG,
            a=DATASET_A,
            b=DATASET_B,
            out=DATASET_OUT,
            pool=MISSING_POOL,
            display_name="" if no_dataset_events else DISPLAY_NAME,
            dataset_import=ASSET_IMPORT if airflow3 else DATASET_IMPORT,
        )
        source = DAG_SOURCE + (PRODUCER_SOURCE if no_dataset_events else "")
        dag_file.write_text(source.format(**names))
        s.variable_key = f"{PREFIX}_var"
        VariableApi(plain_api).post_variables(Variable(key=s.variable_key, value='{"a": 1}', description="realdiff"))
        s.conn_id = f"{PREFIX}_conn"
        ConnectionApi(plain_api).post_connection(
            Connection(
                connection_id=s.conn_id,
                conn_type="postgres",
                host="db.example.invalid",
                port=5432,
                login="someone",
                password="s3cret",
                schema="analytics",
                extra='{"sslmode": "require"}',
                description="realdiff",
            )
        )
        s.pool_name = f"{PREFIX}_pool"
        pool = Pool(name=s.pool_name, slots=3, description="realdiff")
        if not older(airflow_version, "2.7.0"):  # include_deferred came with 2.7: a 400 before
            pool.include_deferred = True
        PoolApi(plain_api).post_pool(pool)

        def parsed() -> Optional[bool]:
            for dag_id in OWN_DAGS if no_dataset_events else OWN_DAGS[:3]:
                try:
                    dags.get_dag(dag_id)
                except client.NotFoundException:
                    return None
            if airflow3:  # Airflow 3 does not warn of a task's pool that does not exist
                return True
            warnings = DagWarningApi(plain_api).get_dag_warnings(dag_id=OWN_DAG).dag_warnings
            return True if warnings else None

        _poll(f"our DAGs {PREFIX}_* parsed" + ("" if airflow3 else " (with the DAG warning)"), parsed, deadline)

        _set_paused(plain_api, MAPPED_DAG, False)
        s.run_id = f"{PREFIX}_run"
        runs.post_dag_run(MAPPED_DAG, DAGRun(dag_run_id=s.run_id, conf={"from": "test_differential_real"}))
        _set_paused(plain_api, DATASET_DAG, False)
        if no_dataset_events:
            _set_paused(plain_api, PRODUCER_DAG, False)
            runs.post_dag_run(PRODUCER_DAG, DAGRun(dag_run_id=f"{PREFIX}_produce", conf={}))
        else:
            for uri in (DATASET_A, DATASET_B):
                _event(datasets, uri)
        s.paused_run_id = f"{PREFIX}_queued"
        runs.post_dag_run(OWN_DAG, DAGRun(dag_run_id=s.paused_run_id, conf={"limit": 2}, note="queued, never run"))

        def dataset_run() -> Optional[DAGRun]:
            found = runs.get_dag_runs(DATASET_DAG, limit=1).dag_runs
            return found[0] if found else None

        s.dataset_run_id = _poll(f"a dataset-triggered run of {DATASET_DAG}", dataset_run, deadline).dag_run_id
        # An event on A alone queues the DAG (it waits for B too); Airflow queues for unpaused DAGs only.
        if not no_dataset_events:
            _event(datasets, DATASET_A)

        def finished(dag_id: str, run_id: str) -> Callable[[], Optional[DAGRun]]:
            def probe() -> Optional[DAGRun]:
                run = runs.get_dag_run(dag_id, run_id)
                return run if _state(run) in ("success", "failed") else None

            return probe

        done = _poll(f"the run {s.dataset_run_id} finished", finished(DATASET_DAG, s.dataset_run_id), deadline)
        assert _state(done) == "success", done
        _set_paused(plain_api, DATASET_DAG, True)  # the queued event stays
        done = _poll(f"the run {s.run_id} finished", finished(MAPPED_DAG, s.run_id), deadline)
        assert _state(done) == "success", done
        _set_paused(plain_api, MAPPED_DAG, True)

        s.file_token = dags.get_dag(MAPPED_DAG).file_token
        s.dataset_a_id = datasets.get_dataset(DATASET_A).id
        if no_dataset_events:  # before 2.9 (2.8 for dag_id) no run_id filter: the newest event will do
            logs = EventLogApi(plain_api).get_event_logs(order_by="-event_log_id", limit=1)
        else:
            logs = EventLogApi(plain_api).get_event_logs(dag_id=MAPPED_DAG, run_id=s.run_id, limit=1)
        assert logs.event_logs, f"no event log of {s.run_id}"
        s.event_log_id = logs.event_logs[0].event_log_id
        errors = ImportErrorApi(plain_api).get_import_errors(limit=100).import_errors
        # the example tutorial_objectstorage.py fails to import by design (no s3 filesystem); other
        # tests' broken files come and go
        example = [e for e in errors if str(e.filename).endswith("tutorial_objectstorage.py")]
        if not (example or errors):  # Airflow before 2.8 has no such example: a broken file of ours
            # (the DAG processor skips files that do not name "airflow" and "DAG")
            broken.write_text(
                "# A broken airflow DAG file of test_differential_real.py\nfrom airflow import DAG\nnot python (\n"
            )

            def listed() -> Optional[List[Any]]:
                found = ImportErrorApi(plain_api).get_import_errors(limit=100).import_errors
                # the file's path; relative to its DAG bundle on Airflow 3.1 and later
                return [e for e in found if str(e.filename).endswith(broken.name)] or None

            errors = _poll(f"the import error of {broken.name}", listed, deadline)
        s.import_error_id = (example or errors)[0].import_error_id
        s.setup_seconds = time.monotonic() - started
        yield s
    finally:
        broken.unlink(missing_ok=True)
        if hasattr(s, "variable_key"):
            _quietly(VariableApi(plain_api).delete_variable, s.variable_key)
        if hasattr(s, "conn_id"):
            _quietly(ConnectionApi(plain_api).delete_connection, s.conn_id)
        if hasattr(s, "pool_name"):
            _quietly(PoolApi(plain_api).delete_pool, s.pool_name)
        _remove_own_dags(plain_api, dag_file)


def _remove_own_dags(api: client.ApiClient, dag_file: Path) -> None:
    """Remove the DAG file, wait until Airflow saw it gone, delete the DAGs (their runs go with them)."""
    dag_file.unlink(missing_ok=True)
    dags = DAGApi(api)
    for dag_id in OWN_DAGS:
        _quietly(_set_paused, api, dag_id, True)

    def gone() -> bool:
        try:
            return dags.get_dag(OWN_DAGS[0]).is_active is False
        except client.NotFoundException:
            return True
        except Exception:  # noqa: BLE001 - a broken client must not keep the clean-up waiting
            return True

    deadline = time.monotonic() + 60
    while not gone() and time.monotonic() < deadline:
        time.sleep(POLL_SECONDS)
    for dag_id in OWN_DAGS:
        _quietly(dags.delete_dag, dag_id)


# --- running both clients -----------------------------------------------------------------------


@dataclass
class Run:
    label: str
    observations: Dict[str, Any]
    seconds: float


def hints(official_ops: Dict[Tuple[str, str], Dict[str, Any]]) -> Dict[str, Any]:
    """The result schema of each case: its operation's in the 2.10.5 spec and in the official's 2.10.0 one."""
    found: Dict[str, Any] = {}
    for case in CASES:
        refs: List[str] = []
        for ops in (OPERATIONS, official_ops):
            response = ops.get((case.api, case.method), {}).get("response")
            if isinstance(response, str) and response != "object" and response not in refs:
                refs.append(response)
        if refs:
            found[case.name] = {"any": [{"ref": r} for r in refs]} if len(refs) > 1 else {"ref": refs[0]}
    return found


def run_client(label: str, python: str, workdir: Path, server: Dict[str, Any], config: Dict[str, Any]) -> Run:
    # an Airflow 3 server is given by its /api/v1 address, as a 2.x program gives it
    api_url = server["base_url"] + "/api/v1" if server["api_url"].endswith("/api/v2") else server["api_url"]
    config = {**config, "api_url": api_url, "username": server["username"], "password": server["password"]}
    config_file = workdir / f"{label}-config.json"
    out_file = workdir / f"{label}-out.json"
    config_file.write_text(json.dumps(config))
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    started = time.monotonic()
    done = subprocess.run(
        [python, "-I", str(RUNNER), str(config_file), str(out_file)],
        cwd=workdir,  # not the checkout: the official interpreter must not import our airflow_client
        env=env,
        capture_output=True,
        text=True,
        timeout=RUNNER_TIMEOUT,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{label} runner failed ({done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-6000:]}")
    kept = Path(server["state_file"]).parent / f"real-differential-{label}.json"  # for a look after the run
    kept.parent.mkdir(exist_ok=True)
    kept.write_text(out_file.read_text())
    return Run(label, json.loads(out_file.read_text()), time.monotonic() - started)


def on_airflow3(version: str) -> bool:
    return version.split(".")[0] == "3"


def reference_run() -> Run:
    """On Airflow 3 the official client is not run (it has no Airflow 3 to talk to): the reference
    is what it observed against Airflow 2.10.5, kept by this module's run there (``make test``;
    ``make test-airflow3`` runs this module against 2.10.5 first when the file is missing or
    older than the cases).  Airflow 3 must give a 2.x program what Airflow 2 gave it."""
    if not REFERENCE.exists():
        pytest.fail(
            f"no reference for Airflow 3: {REFERENCE.relative_to(REPO)} is written by this module's run against "
            "Airflow 2.10.5 (make test, or make test-airflow3, which runs it first)",
            pytrace=False,
        )
    observations = json.loads(REFERENCE.read_text())
    missing = [case.name for case in CASES if case.name not in observations]
    version = raw_at(observations.get("MonitoringApi.get_version", {}), "result.fields.version.attr.value")
    if missing or version != [DESCRIBED_VERSION]:
        pytest.fail(
            f"{REFERENCE.relative_to(REPO)} is not the official client's run of these cases against "
            f"{DESCRIBED_VERSION} (server {version}, cases missing: {missing[:5]}): run "
            "pytest test/integration/test_differential_real.py against Airflow 2.10.5 again",
            pytrace=False,
        )
    return Run("official", observations, 0.0)


@pytest.fixture(scope="module")
def runs(
    request: pytest.FixtureRequest, airflow_server: Dict[str, Any], prepared: SimpleNamespace, airflow_version: str
) -> Iterator[Tuple[Run, Run]]:
    airflow3 = on_airflow3(airflow_version)
    reference = reference_run() if airflow3 else None
    with tempfile.TemporaryDirectory(prefix="real-differential-") as tmp:
        workdir = Path(tmp)
        official = str(official_python())
        old_spec = official_spec(official)
        found = hints(operations(old_spec))
        calls = []
        for case in CASES:
            args, kwargs = case.call(prepared)
            call = {"name": case.name, "api": case.api, "method": case.method, "args": args, "kwargs": kwargs}
            calls.append({**call, "hint": found.get(case.name)})
        config = {"models": model_descriptions(SPEC, old_spec), "calls": calls}
        # on Airflow 3 ours also records each request it sent and its answer (``"v2"``), which
        # test/unit/test_airflow3_recorded.py serves (``python -m test.unit.test_airflow3_recorded --write``)
        mine = {**config, "record": True} if airflow3 else config
        with ThreadPoolExecutor(2) as pool:
            ours = pool.submit(run_client, "ours", sys.executable, workdir, airflow_server, mine)
            if reference is None:
                reference = run_client("official", official, workdir, airflow_server, config)
            both = reference, ours.result()
        # the same calls through the asyncio client, after (issue 24): what it observes is compared
        # with what the blocking one did (test_the_asyncio_client_observes_the_same)
        AWAITED[airflow_version] = run_client(
            "ours-async", sys.executable, workdir, airflow_server, {**config, "async": True}
        )
        OURS[airflow_version] = both[1]
    summary = Summary(
        prepared.setup_seconds,
        both[0].seconds,
        both[1].seconds,
        folder=Path(airflow_server["state_file"]).parent,
        airflow_version=airflow_version,
    )
    request.config.pluginmanager.register(summary, f"real-differential-{id(summary)}")
    SUMMARY.append(summary)
    yield both
    summary.write()


# --- comparing shapes ---------------------------------------------------------------------------

ABSENT = MISSING


class OneOf(tuple):
    """Several leaf values seen at one place (items of a list): compared as a sorted tuple."""


def _leaf(value: Any) -> Any:
    return value if isinstance(value, str) else json.dumps(value)


def _wrap(x: Any) -> Dict[str, Any]:
    return x if isinstance(x, dict) else {"$list": x} if isinstance(x, list) else {"$leaf": x}


def merge(a: Any, b: Any) -> Any:
    """One shape for two: dicts key by key (a missing key reads ``<absent>``), lists into one item,
    differing leaves into a OneOf; a dict, a list and a leaf at one place are kept side by side."""
    if a == b and type(a) is type(b):
        return a
    if isinstance(a, dict) and isinstance(b, dict):
        return {k: merge(a.get(k, ABSENT), b.get(k, ABSENT)) for k in [*a, *(k for k in b if k not in a)]}
    if isinstance(a, list) and isinstance(b, list):
        return merge_items(a + b)
    if isinstance(a, list) and b == ABSENT:
        return a
    if isinstance(b, list) and a == ABSENT:
        return b
    if isinstance(a, (dict, list)) or isinstance(b, (dict, list)):
        return merge(_wrap(a), _wrap(b))
    values = set(a if isinstance(a, OneOf) else [_leaf(a)]) | set(b if isinstance(b, OneOf) else [_leaf(b)])
    return OneOf(sorted(values))


def merge_items(items: List[Any]) -> List[Any]:
    """A list's items as one merged shape (``[]`` for an empty list)."""
    if not items:
        return []
    out = items[0]
    for item in items[1:]:
        out = merge(out, item)
    return [out]


def error_shape(o: Dict[str, Any]) -> Dict[str, Any]:
    return {k: o[k] for k in ("raised", "status") if k in o}


def _raised(o: Any) -> bool:
    return isinstance(o, dict) and "raised" in o


def shape(o: Any) -> Any:
    """An observation of ``_runner.observe`` without the values that move: types, fields, keys, enums."""
    if not isinstance(o, dict):
        return o
    if "raised" in o:
        return error_shape(o)
    out: Dict[str, Any] = {"type": o.get("type")}
    items = o.get("items")
    if isinstance(items, list):
        out["items"] = merge_items([shape(x) for x in items])
    elif isinstance(items, dict):
        out["items"] = {k: shape(x) for k, x in items.items()}
    if "fields" in o:
        out["fields"] = {name: field_shape(f) for name, f in o["fields"].items()}
    if "to_dict" in o:
        out["to_dict"] = error_shape(o["to_dict"]) if _raised(o["to_dict"]) else plain_shape(o["to_dict"])
    if _raised(o.get("str")):
        out["str"] = error_shape(o["str"])
    if "enum" in o:
        out["enum"] = {k: error_shape(v) if _raised(v) else v for k, v in o["enum"].items()}
    return out


def field_shape(f: Dict[str, Any]) -> Dict[str, Any]:
    """A field read as ``obj.f``, ``obj["f"]`` and ``"f" in obj``; ``obj["f"]`` is "same as attr" when it
    has the same shape (the runner compares values, and the messages of two errors may differ)."""
    attr = shape(f.get("attr"))
    item = f.get("item")
    item = attr if item == "same as attr" else shape(item)
    return {
        "attr": attr,
        "item": "same as attr" if item == attr else item,
        "in": error_shape(f["in"]) if _raised(f.get("in")) else f.get("in"),
    }


def plain_shape(x: Any) -> Any:
    """The shape of ``_runner.plain(value)`` (``to_dict()``): type names for values, keys kept."""
    if x is None:
        return "None"
    if isinstance(x, (bool, int, float, str)):
        return type(x).__name__
    if isinstance(x, list):
        return merge_items([plain_shape(v) for v in x])
    if isinstance(x, dict):
        if "$object" in x:
            return "$object:" + str(x["$object"])
        tags = [k for k in x if k.startswith("$")]
        if len(x) == 1 and tags:  # a value plain() tagged with its type: "$datetime", "$DagState"...
            inner = x[tags[0]]
            return {tags[0]: plain_shape(inner)} if isinstance(inner, (dict, list)) else tags[0]
        return {k: plain_shape(v) for k, v in x.items()}
    return type(x).__name__


def observed(run: Run, name: str) -> Dict[str, Any]:
    obs = run.observations.get(name)
    if obs is None:
        return {"runner": "no observation"}
    return {k: shape(v) for k, v in obs.items() if k in ("result", "error")}


def exemptions(airflow_version: str = "") -> Dict[str, Dict[str, str]]:
    """``{case or fnmatch pattern: {path: row}}`` from the ``real:<case>:<path>`` keys in the rows of
    the differences table (in any cell, as the ``differential:`` keys).  On Airflow 3 the ``af3:``
    keys of docs/airflow3.md's table too: what Airflow 3 itself answers differently from 2.10.5."""
    keys = table_exemptions(DIFFERENCES, kind="real")
    if on_airflow3(airflow_version or "2"):
        for name, paths in table_exemptions(AIRFLOW3_DOC, kind=AF3_KIND).items():
            keys.setdefault(name, {}).update(paths)
    return keys


def allowed_for(name: str, keys: Dict[str, Dict[str, str]]) -> Dict[Tuple[str, str], str]:
    """The exemptions that apply to a case: ``{(key's case or pattern, path): row}``."""
    return {
        (pattern, path): row
        for pattern, paths in keys.items()
        if fnmatch.fnmatchcase(name, pattern)
        for path, row in paths.items()
    }


# --- the summary table --------------------------------------------------------------------------


@dataclass
class Summary:
    setup_seconds: float
    official_seconds: float
    ours_seconds: float
    rows: Dict[str, str] = field(default_factory=dict)
    #: where the table goes: the server's state dir
    folder: Path = REPO / ".airflow-local"
    airflow_version: str = "2.10.5"

    def table(self) -> str:
        same = sum(1 for v in self.rows.values() if v == "same")
        crash = sum(1 for v in self.rows.values() if v.startswith("same;"))
        lines = [
            f"Real differential ({self.against()}), {len(self.rows)} cases: "
            f"{same} the same, {crash} the same but where the official client raises or the table allows, "
            f"{len(self.rows) - same - crash} differing; setup {self.setup_seconds:.0f} s, "
            f"runners {self.official_seconds:.1f} s (official) and {self.ours_seconds:.1f} s (ours) in parallel"
            if not on_airflow3(self.airflow_version)
            else f"runner {self.ours_seconds:.1f} s (ours)",
            "",
            "| case | result |",
            "|---|---|",
        ]
        for name in [c.name for c in CASES if c.name in self.rows]:
            lines.append(f"| {name} | {self.rows[name]} |")
        return "\n".join(lines) + "\n"

    def against(self) -> str:
        if on_airflow3(self.airflow_version):
            return (
                f"the official client 2.10.0 against Airflow {DESCRIBED_VERSION}, recorded, "
                f"vs ours against Airflow {self.airflow_version}"
            )
        return f"Airflow {self.airflow_version}, official client 2.10.0 vs ours"

    def write(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / TABLE_NAME).write_text(self.table())

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        if self.rows:
            terminalreporter.write_sep("-", "real differential: official client vs ours")
            for line in self.table().splitlines():
                terminalreporter.write_line(line)


SUMMARY: List[Summary] = []


def _record(name: str, result: str) -> None:
    if SUMMARY:
        SUMMARY[-1].rows[name] = result.replace("\n", " ").replace("|", "\\|")


# --- the tests ----------------------------------------------------------------------------------


def raw_at(obs: Any, path: str) -> List[Any]:
    """The values at a comparison path in an observation before its lists were merged: ``[i]``
    on a list stands for each of its items."""
    found = [obs]
    for part in re.findall(r"[^.\[\]]+|\[\d+\]", path):
        nxt: List[Any] = []
        for value in found:
            if part.startswith("["):
                nxt.extend(value if isinstance(value, list) else [])
            elif isinstance(value, dict) and part in value:
                nxt.append(value[part])
        found = nxt
    return found


def crashed_as(official_raw: Dict[str, Any], path: str, crash: Crash) -> bool:
    """The official client raised so at ``path`` (in every item, where the path crosses a list)."""
    errors = [e for e in raw_at(official_raw, path) if _raised(e)]
    return bool(errors) and all(e["raised"] == crash.raised and crash.text in e.get("text", "") for e in errors)


@dataclass
class Comparison:
    """One case: what differs, and what of it the expected crashes and the table's keys account for."""

    lines: List[Tuple[str, Any, Any]] = field(default_factory=list)  # unexplained: (path, official, ours)
    crashed: List[str] = field(default_factory=list)  # OFFICIAL_CRASHES paths that happened
    gone: List[str] = field(default_factory=list)  # OFFICIAL_CRASHES paths that did not
    used: List[Tuple[str, str]] = field(default_factory=list)  # table keys (case or pattern, path) used
    #: the server does not have the operation: official NotFoundException, ours OperationNotSupportedError
    not_there: bool = False


#: The version whose answers OFFICIAL_CRASHES and the table's ``real:`` keys describe.
DESCRIBED_VERSION = "2.10.5"
#: The Airflow 3 whose answers docs/airflow3.md's ``af3:`` keys describe.
DESCRIBED_AIRFLOW3 = "3.3.2"


def stale_kinds(airflow_version: str) -> Dict[str, Dict[str, Dict[str, str]]]:
    """The keys that must each match a difference on this version: ``{kind: keys}``."""
    if airflow_version == DESCRIBED_VERSION:
        return {"real": table_exemptions(DIFFERENCES, kind="real")}
    if airflow_version == DESCRIBED_AIRFLOW3:
        return {AF3_KIND: table_exemptions(AIRFLOW3_DOC, kind=AF3_KIND)}
    return {}


def not_there_in_both(official_raw: Dict[str, Any], ours_raw: Dict[str, Any]) -> bool:
    """The server lacks the operation: the official client raised NotFoundException, ours its
    subclass OperationNotSupportedError, for the same status."""
    theirs, mine = official_raw.get("error") or {}, ours_raw.get("error") or {}
    return (
        theirs.get("raised") == "NotFoundException"
        and mine.get("raised") == "OperationNotSupportedError"
        and "NotFoundException" in (mine.get("mro") or [])
        and theirs.get("status") == mine.get("status")
    )


def compare(runs: Tuple[Run, Run], name: str, keys: Dict[str, Dict[str, str]]) -> Comparison:
    official_run, ours_run = runs
    official_raw = official_run.observations.get(name, {})
    crashes = OFFICIAL_CRASHES.get(name, {})
    allowed = allowed_for(name, keys)
    out = Comparison()
    if not_there_in_both(official_raw, ours_run.observations.get(name, {})):
        out.not_there = True
        return out
    for path, theirs, mine in differences(observed(official_run, name), observed(ours_run, name)):
        crash = next((p for p in crashes if covers(p, path)), None)
        if crash is None and path == "result" and "error" in crashes and theirs == MISSING:
            crash = "error"  # the call raised: there is no result to compare
        if crash is not None and crashed_as(official_raw, crash, crashes[crash]) and not _raised(mine):
            out.crashed.append(crash)
            continue
        key = next((k for k in allowed if covers(k[1], path)), None)
        if key is not None:
            out.used.append(key)
            continue
        out.lines.append((path, theirs, mine))
    out.gone = [p for p in crashes if p not in out.crashed]
    return out


#: by Airflow version: the runs of ours through the asyncio client, and through the blocking one
AWAITED: Dict[str, Run] = {}
OURS: Dict[str, Run] = {}


@pytest.mark.parametrize("name", [case.name for case in CASES])
def test_the_asyncio_client_observes_the_same(runs: Tuple[Run, Run], name: str, airflow_version: str) -> None:
    """Each case called through ``AsyncApiClient`` and the awaitable API classes gives a 2.x
    program what the blocking client gave it: the same types, fields, enums and errors."""
    awaited, blocking = AWAITED[airflow_version], OURS[airflow_version]
    assert observed(awaited, name) == observed(blocking, name), (
        f"{name}: the asyncio client observed otherwise than the blocking one\n"
        f"asyncio: {awaited.observations.get(name, {}).get('traceback', '')}"
    )


@pytest.mark.parametrize("name", [case.name for case in CASES])
def test_same_shape_as_the_official_client(runs: Tuple[Run, Run], name: str, airflow_version: str) -> None:
    keys = exemptions(airflow_version)
    found = compare(runs, name, keys)
    if found.not_there:
        _record(name, f"not there on {airflow_version}: ours raises OperationNotSupportedError")
        return
    crashes = OFFICIAL_CRASHES.get(name, {})
    # a key naming this case must match one of its differences (a pattern: test_table_keys_match);
    # another version need not show the described version's answers
    stale = [
        f"`{kind}:{name}:{p}`"
        for kind, described in stale_kinds(airflow_version).items()
        for p in described.get(name, {})
        if (name, p) not in found.used
    ]
    if airflow_version != DESCRIBED_VERSION and not on_airflow3(airflow_version):
        found.gone = []  # the crashes of the reference (2.10.5's answers) stay in its recorded run
    notes = [f"official raises {crashes[p].raised} at {p}" for p in sorted(set(found.crashed))]
    notes += [f"allowed by the table: {p}" for _, p in sorted(set(found.used))]
    if found.gone or stale:
        _record(name, "an expected crash or a table key no longer matches")
        message = [f"{name}:"]
        if found.gone:
            gone = [f"  {p}: {crashes[p].raised} ({crashes[p].text!r})" for p in found.gone]
            message.append("official crashes that no longer happen so (update OFFICIAL_CRASHES):\n" + "\n".join(gone))
        if stale:
            message.append("table keys that match no difference (remove them): " + ", ".join(stale))
        pytest.fail("\n".join(message), pytrace=False)
    lines = found.lines
    if not lines:
        _record(name, "same" + (f"; ours returns where {'; '.join(notes)}" if notes else ""))
        return
    brief = "; ".join(f"{p}: official {short(a, 50)} / ours {short(b, 50)}" for p, a, b in lines[:3])
    more = f" (+{len(lines) - 3} more)" if len(lines) > 3 else ""
    kind = "NEW"
    also = f"; ours returns where {'; '.join(notes)}" if notes else ""
    _record(name, f"differs ({kind}), {len(lines)}: {brief}{more}{also}")
    detail = "\n".join(f"  {p}\n{pair(a, b)}" for p, a, b in lines[:60])
    message = [f"{name}: {len(lines)} difference(s) from the official client:\n{detail}"]
    if len(lines) > 60:
        message.append(f"  ... and {len(lines) - 60} more")
    for label, run in zip(("official", "ours"), runs):
        raw = run.observations.get(name, {})
        if "error" in raw:
            message.append(f"{label} raised:\n{raw.get('traceback', '')}")
    pytest.fail("\n".join(message), pytrace=False)


def test_table_keys_match(runs: Tuple[Run, Run], airflow_version: str) -> None:
    """Every ``real:`` key of docs/differences.md (and ``af3:`` key of docs/airflow3.md) names known
    cases and matches a difference (on the version whose answers they describe)."""
    keys = exemptions(airflow_version)
    unknown = [k for k in keys if not any(fnmatch.fnmatchcase(c.name, k) for c in CASES)]
    assert not unknown, f"the tables have keys for no case of this module: {unknown}"
    used = {key for case in CASES for key in compare(runs, case.name, keys).used}
    stale = [
        f"`{kind}:{k}:{p}`"
        for kind, described in stale_kinds(airflow_version).items()
        for k, paths in described.items()
        for p in paths
        if (k, p) not in used
    ]
    assert not stale, f"table keys that match no difference (remove them): {stale}"


def _http_methods() -> Dict[Tuple[str, str], str]:
    """``{(API class, method): HTTP method}`` of every operation of the 2.10.5 spec."""
    found: Dict[Tuple[str, str], str] = {}
    for item in SPEC["paths"].values():
        for verb, op in item.items():
            if isinstance(op, dict) and "operationId" in op:
                for tag in op.get("tags", []):
                    found[(f"{tag}Api", op["operationId"])] = verb.upper()
    return found


def test_every_read_only_operation_has_a_case() -> None:
    """Every GET of the spec (and the two POSTs that only list) is called by at least one case."""
    verbs = _http_methods()
    assert set(verbs) == set(OPERATIONS)
    read_only = {key for key, verb in verbs.items() if verb == "GET"}
    read_only |= {("DAGRunApi", "get_dag_runs_batch"), ("TaskInstanceApi", "get_task_instances_batch")}
    covered = {(case.api, case.method) for case in CASES}
    assert read_only - covered == set()
    assert covered - read_only == set()
    assert all(case.post == (verbs[(case.api, case.method)] == "POST") for case in CASES)
