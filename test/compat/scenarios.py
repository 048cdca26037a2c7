"""The scenarios of the differential suite: what a caller does with the client.

Imported by ``_runner.py`` in two interpreters (the official
``apache-airflow-client==2.10.0`` and ours), and by ``test_differential.py``
for the names, the answers and the checks; so it imports nothing but the
standard library, and a scenario imports the client only when it runs.

A scenario is a function of a :class:`Context` (``c``).  What it returns is
observed as ``result`` (what it raises as ``error``); ``c.step(key, fn)``
observes more values in one scenario.  ``answers`` names the canned answers
(``_canned.ANSWERS``) the loopback server gives to the scenario's requests, in
order (the last one repeats).  The server records the requests each scenario
makes; the test compares both clients' observations and requests.

Kinds of scenario, by name:

* ``<Api>.<method>``: one per API method of the 2.10.5 spec (89 operations, one
  of them in two API classes), called as the official docs call it, with
  realistic arguments; ``<Api>.<method>.<variant>`` for more of one method.
* ``error.*``: HTTP errors as Airflow sends them (problem+json, HTML).
* ``call.*``: the keyword options of every API method (``async_req``,
  ``_preload_content``...) and misuse of the methods.
* ``model.*``: building, changing and reading models without a server.
* ``mistakes.*``: the mistakes callers commonly make, and what they raise and say.
* ``api_client.*``, ``rest.*``, ``config.*``, ``exceptions.*``: the rest of the
  public surface, as the official docs and real scripts use it.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any, Callable, Dict, List, Optional, Sequence

WHEN = datetime(2025, 2, 10, 9, 15, 1, 219436, tzinfo=timezone.utc)
DAY_BEFORE = datetime(2025, 2, 9, tzinfo=timezone.utc)
CET = timezone(timedelta(hours=1))
DAG_ID = "example_bash_operator"
RUN_ID = "manual__2025-02-10T09:15:01.219436+00:00"
URI = "s3://dag1/output_1.txt"
FILE_TOKEN = "Ii9maWxlcy9kYWdzL2V4YW1wbGVfYmFzaF9vcGVyYXRvci5weSI.Vf6-t2bC_4YJqXe6l3Ie1xlAjzY"


class M:
    """A model to build in the runner: ``M("DAGRun", dag_run_id="x")`` is
    ``DAGRun(dag_run_id="x")`` of the client under test (arguments may hold ``M`` too)."""

    def __init__(self, model: str, /, *args: Any, **kwargs: Any) -> None:
        self.name, self.args, self.kwargs = model, args, kwargs


@dataclass
class Scenario:
    name: str
    run: Callable[[Any], Any]
    #: canned answers (names in ``_canned.ANSWERS``) for the requests, in order; the last repeats
    answers: Sequence[str] = ()
    #: schema of the result (a name in the spec), when the scenario knows it better than the type
    hint: Optional[str] = None
    #: what the official client must do, so that a broken scenario is not taken for a passing one:
    #: "ok" (no error), "error" (raises), or None (either); and how many requests it makes
    expect: Optional[str] = "ok"
    requests: Optional[int] = None
    #: for API method scenarios: (API class, method)
    operation: Optional[tuple] = None
    doc: str = ""


SCENARIOS: Dict[str, Scenario] = {}


def scenario(
    name: str,
    answers: Sequence[str] = (),
    hint: Optional[str] = None,
    expect: Optional[str] = "ok",
    requests: Optional[int] = -1,
) -> Callable[[Callable[[Any], Any]], Callable[[Any], Any]]:
    def register(fn: Callable[[Any], Any]) -> Callable[[Any], Any]:
        assert name not in SCENARIOS, name
        n = (1 if answers else 0) if requests == -1 else requests  # None: not checked
        SCENARIOS[name] = Scenario(name, fn, tuple(answers), hint, expect, n, doc=(fn.__doc__ or "").strip())
        return fn

    return register


def op(api: str, method: str, *args: Any, answer: str, variant: str = "", expect: str = "ok", **kwargs: Any) -> None:
    """A scenario calling ``<api>(client).<method>(*args, **kwargs)``."""
    name = f"{api}.{method}" + (f".{variant}" if variant else "")

    def run(c: Any) -> Any:
        return getattr(c.api(api), method)(*c.build(args), **c.build(kwargs))

    assert name not in SCENARIOS, name
    SCENARIOS[name] = Scenario(name, run, (answer,), None, expect, 1 if expect == "ok" else None, (api, method))


# --- one scenario per operation ---------------------------------------------------------------

RUN = (DAG_ID, RUN_ID)
TI = (DAG_ID, RUN_ID, "runme_0")
MAPPED = (DAG_ID, RUN_ID, "process", 2)

op("ConfigApi", "get_config", section="core", answer="config")
op("ConfigApi", "get_value", "core", "dags_folder", answer="config_value")

op("ConnectionApi", "delete_connection", "postgres_analytics", answer="no_content")
op("ConnectionApi", "get_connection", "postgres_analytics", answer="connection")
op("ConnectionApi", "get_connections", limit=2, offset=0, order_by="-connection_id", answer="connections")
op(
    "ConnectionApi",
    "patch_connection",
    "postgres_analytics",
    M("Connection", connection_id="postgres_analytics", conn_type="postgres", host="db2.example.com", port=5433),
    update_mask=["host", "port"],
    answer="connection",
)
op(
    "ConnectionApi",
    "post_connection",
    M(
        "Connection",
        connection_id="s3_logs",
        conn_type="aws",
        login="AKIAEXAMPLE",
        password="secret/key",
        extra='{"region_name": "eu-west-1"}',
        description=None,
    ),
    answer="connection_s3",
)
op(
    "ConnectionApi",
    "test_connection",
    M("Connection", connection_id="postgres_analytics", conn_type="postgres", host="db.example.com", port=5432),
    answer="connection_test",
)

op("DAGApi", "delete_dag", DAG_ID, answer="no_content")
op("DAGApi", "get_dag", DAG_ID, answer="dag")
op("DAGApi", "get_dag", DAG_ID, fields=["dag_id", "is_paused"], answer="dag_fields", variant="fields")
op("DAGApi", "get_dag_details", DAG_ID, answer="dag_detail")
op("DAGApi", "get_dag_source", FILE_TOKEN, answer="dag_source")
op(
    "DAGApi",
    "get_dags",
    limit=2,
    offset=0,
    order_by="-dag_id",
    tags=["example", "example2"],
    only_active=True,
    paused=False,
    dag_id_pattern="example_",
    answer="dags",
)
op("DAGApi", "get_task", DAG_ID, "runme_0", answer="task")
op("DAGApi", "get_tasks", DAG_ID, order_by="task_id", answer="tasks")
op("DAGApi", "patch_dag", DAG_ID, M("DAG", is_paused=True), update_mask=["is_paused"], answer="dag_paused")
op(
    "DAGApi",
    "patch_dags",
    "example_",
    M("DAG", is_paused=False),
    update_mask=["is_paused"],
    only_active=True,
    limit=10,
    tags=["example"],
    answer="dags",
)
op(
    "DAGApi",
    "post_clear_task_instances",
    DAG_ID,
    M(
        "ClearTaskInstances",
        dry_run=True,
        task_ids=["runme_0", "run_after_loop"],
        start_date="2025-02-09T00:00:00+00:00",
        end_date="2025-02-10T23:59:59+00:00",
        only_failed=True,
        reset_dag_runs=True,
        include_downstream=True,
    ),
    answer="ti_refs",
)
op(
    "DAGApi",
    "post_set_task_instances_state",
    DAG_ID,
    M(
        "UpdateTaskInstancesState",
        dry_run=False,
        task_id="runme_0",
        dag_run_id=RUN_ID,
        include_upstream=False,
        include_downstream=True,
        new_state=M("UpdateTaskState", "failed"),
    ),
    answer="ti_refs",
)
op("DAGApi", "reparse_dag_file", FILE_TOKEN, answer="created_empty")

op("DAGRunApi", "clear_dag_run", *RUN, M("ClearDagRun", dry_run=False), answer="dag_run_manual")
op("DAGRunApi", "clear_dag_run", *RUN, M("ClearDagRun", dry_run=True), answer="ti_refs", variant="dry_run")
op("DAGRunApi", "delete_dag_run", *RUN, answer="no_content")
op("DAGRunApi", "get_dag_run", DAG_ID, "scheduled__2025-02-09T00:00:00+00:00", answer="dag_run")
op(
    "DAGRunApi",
    "get_dag_runs",
    DAG_ID,
    limit=2,
    offset=0,
    execution_date_gte=DAY_BEFORE,
    start_date_lte=WHEN,
    updated_at_gte=datetime(2025, 2, 9, 1, 0, tzinfo=CET),
    state=["success", "queued"],
    order_by="-execution_date",
    answer="dag_runs",
)
op(
    "DAGRunApi",
    "get_dag_runs_batch",
    M(
        "ListDagRunsForm",
        dag_ids=[DAG_ID, "tutorial"],
        states=["success", "queued"],
        page_limit=50,
        order_by="-execution_date",
        execution_date_gte=DAY_BEFORE,
    ),
    answer="dag_runs",
)
op("DAGRunApi", "get_upstream_dataset_events", "dataset_consumes_1", RUN_ID, answer="dataset_events")
op(
    "DAGRunApi",
    "post_dag_run",
    DAG_ID,
    M(
        "DAGRun",
        dag_run_id="manual_api_1",
        logical_date=WHEN,
        conf={"day": "2025-02-10", "retries": 2, "flags": [True, None]},
        note="triggered from the API",
    ),
    answer="dag_run_posted",
)
op("DAGRunApi", "set_dag_run_note", *RUN, M("SetDagRunNote", note="checked by ops"), answer="dag_run_noted")
op("DAGRunApi", "update_dag_run_state", *RUN, M("UpdateDagRunState", state="failed"), answer="dag_run_failed")

op("DagStatsApi", "get_dag_stats", f"{DAG_ID},tutorial", answer="dag_stats")
op(
    "DagWarningApi",
    "get_dag_warnings",
    dag_id="example_pool",
    warning_type="non-existent pool",
    limit=10,
    order_by="-timestamp",
    answer="dag_warnings",
)

op(
    "DatasetApi",
    "create_dataset_event",
    M("CreateDatasetEvent", dataset_uri=URI, extra={"from_rest_api": True, "rows": 1200}),
    answer="dataset_event",
)
op("DatasetApi", "delete_dag_dataset_queued_event", "dataset_consumes_1", URI, before=WHEN, answer="no_content")
op("DatasetApi", "delete_dag_dataset_queued_events", "dataset_consumes_1", before=WHEN, answer="no_content")
op("DatasetApi", "delete_dataset_queued_events", URI, answer="no_content")
op("DatasetApi", "get_dag_dataset_queued_event", "dataset_consumes_1", URI, answer="queued_event")
op("DatasetApi", "get_dag_dataset_queued_events", "dataset_consumes_1", before=WHEN, answer="queued_events")
op("DatasetApi", "get_dataset", URI, answer="dataset")
op(
    "DatasetApi",
    "get_dataset_events",
    limit=5,
    offset=0,
    order_by="-timestamp",
    dataset_id=1,
    source_dag_id="dataset_produces_1",
    source_task_id="producing_task_1",
    source_run_id="manual__2025-02-10T09:29:58.000001+00:00",
    source_map_index=-1,
    answer="dataset_events",
)
op("DatasetApi", "get_dataset_queued_events", URI, before=WHEN, answer="queued_events")
op(
    "DatasetApi",
    "get_datasets",
    limit=5,
    uri_pattern="s3://",
    dag_ids="dataset_consumes_1,dataset_produces_1",
    order_by="uri",
    answer="datasets",
)
op("DatasetApi", "get_upstream_dataset_events", "dataset_consumes_1", RUN_ID, answer="dataset_events")

op("EventLogApi", "get_event_log", 42, answer="event_log")
op(
    "EventLogApi",
    "get_event_logs",
    limit=2,
    order_by="-when",
    dag_id=DAG_ID,
    task_id="runme_0",
    run_id=RUN_ID,
    map_index=-1,
    try_number=1,
    event="cli_task_run",
    owner="airflow",
    before=WHEN,
    after=DAY_BEFORE,
    included_events="trigger,cli_task_run",
    excluded_events="dagrun_failed",
    answer="event_logs",
)

op("ImportErrorApi", "get_import_error", 3, answer="import_error")
op("ImportErrorApi", "get_import_errors", limit=10, order_by="-timestamp", answer="import_errors")

op("MonitoringApi", "get_health", answer="health")
op("MonitoringApi", "get_version", answer="version")
op("PermissionApi", "get_permissions", limit=3, offset=0, answer="permissions")
op("PluginApi", "get_plugins", limit=10, answer="plugins")

op("PoolApi", "delete_pool", "etl", answer="no_content")
op("PoolApi", "get_pool", "default_pool", answer="pool")
op("PoolApi", "get_pools", limit=10, order_by="name", answer="pools")
op("PoolApi", "patch_pool", "etl", M("Pool", name="etl", slots=16), update_mask=["slots"], answer="pool_etl_16")
op(
    "PoolApi",
    "post_pool",
    M("Pool", name="etl", slots=8, description="ETL jobs", include_deferred=True),
    answer="pool_etl",
)
op("ProviderApi", "get_providers", answer="providers")

AUDITOR = M(
    "Role",
    name="Auditor",
    actions=[M("ActionResource", action=M("Action", name="can_read"), resource=M("Resource", name="Audit Logs"))],
)
op("RoleApi", "delete_role", "Auditor", answer="no_content")
op("RoleApi", "get_role", "Viewer", answer="role")
op("RoleApi", "get_roles", limit=10, order_by="name", answer="roles")
op("RoleApi", "patch_role", "Auditor", AUDITOR, update_mask=["actions"], answer="role_auditor")
op("RoleApi", "post_role", AUDITOR, answer="role_auditor")

op("TaskInstanceApi", "get_extra_links", *TI, answer="extra_links")
op("TaskInstanceApi", "get_log", *TI, 1, full_content=True, map_index=-1, answer="log")
op("TaskInstanceApi", "get_mapped_task_instance", *MAPPED, answer="ti_mapped")
op("TaskInstanceApi", "get_mapped_task_instance_dependencies", *MAPPED, answer="deps")
op("TaskInstanceApi", "get_mapped_task_instance_tries", *MAPPED, limit=10, order_by="try_number", answer="tries")
op("TaskInstanceApi", "get_mapped_task_instance_try_details", *MAPPED, 1, answer="try")
op(
    "TaskInstanceApi",
    "get_mapped_task_instances",
    DAG_ID,
    RUN_ID,
    "process",
    limit=10,
    offset=0,
    state=["success", "up_for_retry"],
    duration_gte=0.5,
    duration_lte=3600,
    pool=["default_pool", "etl"],
    queue=["default"],
    executor=["CeleryExecutor"],
    end_date_lte=WHEN,
    order_by="map_index",
    answer="tis_mapped",
)
op("TaskInstanceApi", "get_task_instance", *TI, answer="ti")
op("TaskInstanceApi", "get_task_instance_dependencies", *TI, answer="deps")
op("TaskInstanceApi", "get_task_instance_tries", *TI, answer="tries")
op("TaskInstanceApi", "get_task_instance_try_details", *TI, 1, answer="try")
op(
    "TaskInstanceApi",
    "get_task_instances",
    *RUN,
    state=["success", "up_for_retry", "deferred"],
    duration_lte=60.0,
    start_date_gte=DAY_BEFORE,
    queue=["default"],
    limit=50,
    answer="tis",
)
op(
    "TaskInstanceApi",
    "get_task_instances_batch",
    M(
        "ListTaskInstanceForm",
        dag_ids=[DAG_ID],
        dag_run_ids=[RUN_ID],
        state=[M("TaskState", "success"), M("TaskState", "deferred")],
        duration_gte=1.5,
        pool=["default_pool"],
        start_date_gte=DAY_BEFORE,
    ),
    answer="tis",
)
op(
    "TaskInstanceApi",
    "patch_mapped_task_instance",
    *MAPPED,
    update_task_instance=M("UpdateTaskInstance", dry_run=False, new_state=M("UpdateTaskState", "success")),
    answer="ti_ref",
)
op(
    "TaskInstanceApi",
    "patch_task_instance",
    *TI,
    M("UpdateTaskInstance", dry_run=True, new_state=M("UpdateTaskState", "skipped")),
    answer="ti_ref",
)
op(
    "TaskInstanceApi",
    "set_mapped_task_instance_note",
    *MAPPED,
    M("SetTaskInstanceNote", "flaky"),
    answer="ti_mapped_noted",
)
op("TaskInstanceApi", "set_task_instance_note", *TI, M("SetTaskInstanceNote", note="flaky"), answer="ti_noted")

JDOE = M(
    "User",
    first_name="Jane",
    last_name="Doe",
    username="jdoe",
    email="jane@example.com",
    roles=[M("UserCollectionItemRoles", name="Viewer")],
    password="s3cret!",
)
op("UserApi", "delete_user", "jdoe", answer="no_content")
op("UserApi", "get_user", "admin", answer="user")
op("UserApi", "get_users", limit=10, order_by="username", answer="users")
op("UserApi", "patch_user", "jdoe", JDOE, update_mask=["first_name", "roles"], answer="user_jdoe")
op("UserApi", "post_user", JDOE, answer="user_jdoe")

op("VariableApi", "delete_variable", "env", answer="no_content")
op("VariableApi", "get_variable", "env", answer="variable")
op("VariableApi", "get_variable", "team/etl key%?#", answer="variable_awkward", variant="awkward_key")
op("VariableApi", "get_variables", limit=10, order_by="key", answer="variables")
op(
    "VariableApi",
    "patch_variable",
    "env",
    M("Variable", key="env", value="staging", description="deployment"),
    update_mask=["value", "description"],
    answer="variable_staging",
)
op("VariableApi", "post_variables", M("Variable", key="env", value="prod"), answer="variable")

op(
    "XComApi",
    "get_xcom_entries",
    DAG_ID,
    RUN_ID,
    "push",
    map_index=-1,
    xcom_key="return_value",
    limit=10,
    answer="xcoms",
)
op(
    "XComApi",
    "get_xcom_entry",
    DAG_ID,
    RUN_ID,
    "push",
    "return_value",
    map_index=-1,
    deserialize=False,
    stringify=True,
    answer="xcom",
)

# --- HTTP errors as Airflow sends them --------------------------------------------------------


def _error_scenario(name: str, answer: str, call: Callable[[Any], Any]) -> None:
    scenario(f"error.{name}", answers=[answer], expect="error", requests=1)(call)


_error_scenario("get_dag_404_problem", "not_found_dag", lambda c: c.api("DAGApi").get_dag("nope"))
_error_scenario("get_dag_404_plain", "not_found_plain", lambda c: c.api("DAGApi").get_dag("nope"))
_error_scenario(
    "post_dag_run_400",
    "bad_request_conf",
    lambda c: c.api("DAGRunApi").post_dag_run(DAG_ID, c.model("DAGRun")(dag_run_id="x")),
)
_error_scenario("get_pool_401", "unauthenticated", lambda c: c.api("PoolApi").get_pool("default_pool"))
_error_scenario("delete_variable_403", "forbidden", lambda c: c.api("VariableApi").delete_variable("env"))
_error_scenario(
    "post_pool_409", "conflict_pool", lambda c: c.api("PoolApi").post_pool(c.model("Pool")(name="etl", slots=8))
)
_error_scenario("get_dags_500_html", "server_error_html", lambda c: c.api("DAGApi").get_dags())
_error_scenario("delete_dag_500_html", "server_error_html", lambda c: c.api("DAGApi").delete_dag(DAG_ID))


# --- the options every API method takes, and misuse -------------------------------------------


@scenario("call.async_req", answers=["dag"], hint="DAG")
def _async_req(c: Any) -> Any:
    thread = c.api("DAGApi").get_dag(DAG_ID, async_req=True)
    c.step("thread_type", lambda: type(thread).__name__)
    c.step("ready_after_wait", lambda: (thread.wait(5), thread.ready())[1])
    c.step("successful", lambda: thread.successful())
    return thread.get(5)


@scenario("call.async_req_error", answers=["not_found_dag"], expect="error")
def _async_req_error(c: Any) -> Any:
    thread = c.api("DAGApi").get_dag("nope", async_req=True)
    c.step("thread_type", lambda: type(thread).__name__)
    return thread.get(5)


@scenario("call.async_req_http_info", answers=["pool"])
def _async_req_http_info(c: Any) -> Any:
    thread = c.api("PoolApi").get_pool("default_pool", async_req=True, _return_http_data_only=False)
    data, status, headers = thread.get(5)
    c.step("data", lambda: data, hint="Pool")
    c.step("status", lambda: status)
    c.step("content_type", lambda: headers.get("Content-Type"))


@scenario("call.preload_content_false", answers=["dag"])
def _preload_false(c: Any) -> Any:
    response = c.api("DAGApi").get_dag(DAG_ID, _preload_content=False)
    c.step("type", lambda: type(response).__name__)
    c.step("mro", lambda: [k.__module__ + "." + k.__name__ for k in type(response).__mro__])
    c.step("status", lambda: response.status)
    c.step("reason", lambda: response.reason)
    c.step("content_type", lambda: response.headers.get("Content-Type"))
    c.step("getheader", lambda: response.getheader("Content-Type"))
    c.step("data_type", lambda: type(response.data).__name__)
    c.step("json", lambda: json.loads(response.data)["dag_id"])


@scenario("call.preload_content_false_error", answers=["not_found_dag"], expect="error")
def _preload_false_error(c: Any) -> Any:
    return c.api("DAGApi").get_dag("nope", _preload_content=False)


@scenario("call.http_info", answers=["dag"])
def _http_info(c: Any) -> Any:
    out = c.api("DAGApi").get_dag(DAG_ID, _return_http_data_only=False)
    c.step("type", lambda: type(out).__name__)
    c.step("len", lambda: len(out))
    c.step("data", lambda: out[0], hint="DAG")
    c.step("status", lambda: out[1])
    c.step("headers_type", lambda: type(out[2]).__name__)
    c.step("content_type", lambda: out[2].get("Content-Type"))
    c.step("content_type_lower", lambda: out[2].get("content-type"))


@scenario("call.http_info_no_content", answers=["no_content"])
def _http_info_no_content(c: Any) -> Any:
    out = c.api("PoolApi").delete_pool("etl", _return_http_data_only=False)
    c.step("type", lambda: type(out).__name__)
    c.step("data", lambda: out[0])
    c.step("status", lambda: out[1])


@scenario("call.check_return_type_false", answers=["dag_wrong_types"], hint="DAG")
def _unchecked(c: Any) -> Any:
    """An answer with wrong types, read with the official opt-out of type checks."""
    return c.api("DAGApi").get_dag(DAG_ID, _check_return_type=False)


@scenario("call.check_return_type_false_good_answer", answers=["dag_run"], hint="DAGRun")
def _unchecked_good(c: Any) -> Any:
    """A good answer with type checks off: the official client then keeps strings and dicts."""
    return c.api("DAGRunApi").get_dag_run(DAG_ID, RUN_ID, _check_return_type=False)


@scenario("call.wrong_types_in_answer", answers=["dag_wrong_types"], expect="error")
def _wrong_answer(c: Any) -> Any:
    return c.api("DAGApi").get_dag(DAG_ID)


@scenario("call.request_timeout", answers=["dag"], hint="DAG")
def _timeout(c: Any) -> Any:
    c.step("float", lambda: c.api("DAGApi").get_dag(DAG_ID, _request_timeout=5.0).dag_id)
    c.step("pair", lambda: c.api("DAGApi").get_dag(DAG_ID, _request_timeout=(3, 5)).dag_id)


SCENARIOS["call.request_timeout"].requests = 2


# --- answers the official client gives as plain dicts -----------------------------------------
# clear_dag_run and get_providers answer a dict (the official 2.10.0 spec leaves them free-form),
# and the items of get_dag_warnings' dag_warnings are dicts: what programs written for it do.


def _dict_uses(c: Any, answer: Callable[[], Any]) -> None:
    c.step("type", lambda: type(answer()).__name__)
    c.step("isinstance_dict", lambda: isinstance(answer(), dict))
    c.step("keys", lambda: list(answer().keys()))
    c.step("json", lambda: json.dumps(answer(), sort_keys=True))
    c.step("dict_equal", lambda: dict(answer()) == json.loads(json.dumps(answer())))
    c.step("missing_key", lambda: answer()["no_such_key"])
    c.step("get_missing", lambda: answer().get("no_such_key", "default"))


@scenario("plain.providers", answers=["providers"], requests=None)
def _plain_providers(c: Any) -> Any:
    """get_providers as a program written for the official client reads it."""
    _dict_uses(c, lambda: c.api("ProviderApi").get_providers())
    c.step("item", lambda: c.api("ProviderApi").get_providers()["providers"][1]["package_name"])
    c.step("total_entries", lambda: c.api("ProviderApi").get_providers()["total_entries"])


@scenario("plain.clear_dag_run", answers=["dag_run_posted"], requests=None)
def _plain_cleared(c: Any) -> Any:
    """clear_dag_run's DAG run as a dict: date-times stay text, conf as sent (no date, no float)."""
    clear = lambda: c.api("DAGRunApi").clear_dag_run(*RUN, c.build(M("ClearDagRun", dry_run=False)))  # noqa: E731
    _dict_uses(c, clear)
    c.step("state", lambda: clear()["state"])
    c.step("execution_date", lambda: clear()["execution_date"])
    c.step("conf", lambda: clear()["conf"])


@scenario("plain.clear_dag_run_dry_run", answers=["ti_refs"], requests=None)
def _plain_dry_run(c: Any) -> Any:
    clear = lambda: c.api("DAGRunApi").clear_dag_run(*RUN, {"dry_run": True})  # noqa: E731
    _dict_uses(c, clear)
    c.step("items", lambda: [type(ti).__name__ for ti in clear()["task_instances"]])
    c.step("task_ids", lambda: [ti["task_id"] for ti in clear()["task_instances"]])


@scenario("plain.clear_dag_run_http_info", answers=["dag_run_manual"])
def _plain_http_info(c: Any) -> Any:
    out = c.api("DAGRunApi").clear_dag_run(*RUN, {"dry_run": False}, _return_http_data_only=False)
    c.step("types", lambda: [type(part).__name__ for part in out])
    c.step("data", lambda: out[0])
    c.step("status", lambda: out[1])


@scenario("plain.providers_unchecked", answers=["providers"])
def _plain_unchecked(c: Any) -> Any:
    return c.api("ProviderApi").get_providers(_check_return_type=False)


@scenario("plain.providers_unread", answers=["providers"])
def _plain_unread(c: Any) -> Any:
    response = c.api("ProviderApi").get_providers(_preload_content=False)
    c.step("type", lambda: type(response).__name__)
    c.step("json", lambda: json.loads(response.data))


@scenario("plain.not_an_object", answers=["json_number"], expect=None)
def _plain_not_an_object(c: Any) -> Any:
    """A broken server's answer that is JSON but not an object."""
    return c.api("ProviderApi").get_providers()


@scenario("plain.dag_warning_items", answers=["dag_warnings"], requests=None)
def _plain_warnings(c: Any) -> Any:
    """The items of dag_warnings as dicts, the collection a model."""
    warnings = lambda: c.api("DagWarningApi").get_dag_warnings()  # noqa: E731
    c.step("type", lambda: type(warnings()).__name__)
    c.step("item_type", lambda: type(warnings().dag_warnings[0]).__name__)
    c.step("item_isinstance_dict", lambda: isinstance(warnings()["dag_warnings"][0], dict))
    c.step("items_json", lambda: json.dumps(warnings().dag_warnings, sort_keys=True))
    c.step("timestamp", lambda: warnings().dag_warnings[0]["timestamp"])
    c.step("item_attribute", lambda: warnings().dag_warnings[0].dag_id)


@scenario("call.wrong_type_query", expect="error")
def _wrong_query(c: Any) -> Any:
    return c.api("DAGApi").get_dags(limit="5")


@scenario("call.wrong_type_query_unchecked", answers=["dags"], expect=None, requests=None)
def _wrong_query_unchecked(c: Any) -> Any:
    return c.api("DAGApi").get_dags(limit="5", _check_input_type=False)


@scenario("call.lone_string_for_list", expect="error")
def _lone_string(c: Any) -> Any:
    """A lone string where the spec wants a list: refused, not sent as one item."""
    return c.api("DAGApi").get_dags(tags="etl")


@scenario("call.lone_string_for_list_unchecked", answers=["dags"], expect=None, requests=None)
def _lone_string_unchecked(c: Any) -> Any:
    return c.api("DAGApi").get_dags(tags="etl", _check_input_type=False)


@scenario("call.tuple_for_list", answers=["dags"], expect=None, requests=None)
def _tuple_for_list(c: Any) -> Any:
    """A tuple where the spec wants a list (``update_mask=("is_paused",)``, ``tags=(...)``)."""
    return c.api("DAGApi").get_dags(tags=("etl", "daily"))


@scenario("model.iterable_for_list", expect=None)
def _iterable_for_list(c: Any) -> Any:
    """A tuple or a generator for a model's list field."""
    form = c.model("ClearTaskInstances")
    c.step("tuple", lambda: form(task_ids=("a", "b")).to_dict())
    c.step("generator", lambda: form(task_ids=(x for x in ["a", "b"])).to_dict())


@scenario("call.wrong_type_path", expect="error")
def _wrong_path(c: Any) -> Any:
    return c.api("EventLogApi").get_event_log("42")


@scenario("call.unknown_keyword", expect="error")
def _unknown_kw(c: Any) -> Any:
    return c.api("DAGApi").get_dag(DAG_ID, bogus=1)


@scenario("call.missing_argument", expect="error")
def _missing(c: Any) -> Any:
    return c.api("DAGApi").get_dag()


@scenario("call.all_keywords", answers=["dag_run"])
def _all_keywords(c: Any) -> Any:
    """Every argument by name, as generated code and wrappers call them."""
    return c.api("DAGRunApi").get_dag_run(dag_id=DAG_ID, dag_run_id=RUN_ID)


@scenario("call.dict_body", answers=["pool_etl"], expect=None, requests=None)
def _dict_body(c: Any) -> Any:
    return c.api("PoolApi").post_pool({"name": "etl", "slots": 8, "description": "ETL jobs"})


@scenario("call.body_none", answers=["pool_etl"], expect=None, requests=None)
def _body_none(c: Any) -> Any:
    return c.api("PoolApi").post_pool(None)


@scenario("call.empty_body", answers=["dag_run_posted"], expect=None, requests=None)
def _empty_body(c: Any) -> Any:
    """The README's own example: ``post_dag_run(dag_id, DAGRun(conf={}))`` and a bare ``DAGRun()``."""
    c.step("bare", lambda: c.api("DAGRunApi").post_dag_run(DAG_ID, c.model("DAGRun")()).state)
    return c.api("DAGRunApi").post_dag_run(DAG_ID, c.model("DAGRun")(conf={}))


SCENARIOS["call.empty_body"].requests = 2


@scenario("call.naive_datetime_query", answers=["dag_runs"], expect=None, requests=None)
def _naive(c: Any) -> Any:
    return c.api("DAGRunApi").get_dag_runs(DAG_ID, execution_date_gte=datetime(2025, 2, 9, 12, 30))


@scenario("call.date_in_datetime_query", answers=["dag_runs"], expect=None, requests=None)
def _date_query(c: Any) -> Any:
    return c.api("DAGRunApi").get_dag_runs(DAG_ID, execution_date_gte=date(2025, 2, 9))


@scenario("call.wrong_enum_in_body", expect="error")
def _bad_enum(c: Any) -> Any:
    return c.api("DAGRunApi").update_dag_run_state(DAG_ID, RUN_ID, c.model("UpdateDagRunState")(state="paused"))


@scenario("call.string_for_datetime_body", answers=["dag_run_posted"], expect=None, requests=None)
def _str_datetime_body(c: Any) -> Any:
    return c.api("DAGRunApi").post_dag_run(DAG_ID, c.model("DAGRun")(logical_date="2025-02-10T09:15:01+00:00"))


@scenario("call.extra_links_map_index", answers=["extra_links"], expect=None, requests=None)
def _links_map_index(c: Any) -> Any:
    """``map_index`` was added to get_extra_links after 2.10.0."""
    return c.api("TaskInstanceApi").get_extra_links(DAG_ID, RUN_ID, "process", map_index=2)


@scenario("call.list_task_instance_form_page_limit", answers=["tis"], expect=None, requests=None)
def _ti_form_page(c: Any) -> Any:
    """``page_limit``/``page_offset`` were added to ListTaskInstanceForm after 2.10.0."""
    form = c.model("ListTaskInstanceForm")(dag_ids=[DAG_ID], page_limit=2, page_offset=4)
    return c.api("TaskInstanceApi").get_task_instances_batch(form)


@scenario("call.api_default_client", answers=["version"], expect=None, requests=None)
def _api_default_client(c: Any) -> Any:
    """An API class built without a client uses ``Configuration.set_default``'s configuration."""
    Configuration = c.client_module.Configuration
    cfg = c.configuration()
    Configuration.set_default(cfg)
    try:
        api = c.api_class("MonitoringApi")()
        c.step("host", lambda: api.api_client.configuration.host == cfg.host)
        return api.get_version()
    finally:
        Configuration.set_default(None)


# --- models -----------------------------------------------------------------------------------


@scenario("model.positional_argument", expect="error")
def _positional(c: Any) -> Any:
    return c.model("DAGRun")("x")


@scenario("model.required_positional")
def _required_positional(c: Any) -> Any:
    return c.model("CreateDatasetEvent")(URI)


@scenario("model.required_positional_and_keyword")
def _required_positional_kw(c: Any) -> Any:
    return c.model("CreateDatasetEvent")(URI, extra={"rows": 1})


@scenario("model.required_keyword")
def _required_kw(c: Any) -> Any:
    return c.model("SetTaskInstanceNote")(note="flaky")


@scenario("model.required_missing", expect="error")
def _required_missing(c: Any) -> Any:
    return c.model("CreateDatasetEvent")(extra={})


@scenario("model.two_positional", expect="error")
def _two_positional(c: Any) -> Any:
    return c.model("CreateDatasetEvent")(URI, {"rows": 1})


@scenario("model.wrong_type_str_for_int", expect="error")
def _wrong_int(c: Any) -> Any:
    return c.model("Pool")(name="etl", slots="8")


@scenario("model.wrong_type_int_for_str", expect="error")
def _wrong_str(c: Any) -> Any:
    return c.model("Pool")(name=8, slots=8)


@scenario("model.wrong_type_str_for_dict", expect="error")
def _wrong_dict(c: Any) -> Any:
    return c.model("DAGRun")(conf="{}")


@scenario("model.wrong_type_float_for_int", expect="error")
def _wrong_float(c: Any) -> Any:
    return c.model("Pool")(name="etl", slots=8.0)


@scenario("model.int_for_float", expect=None)
def _int_for_float(c: Any) -> Any:
    return c.model("ListTaskInstanceForm")(duration_gte=2)


@scenario("model.wrong_type_list_items", expect="error")
def _wrong_items(c: Any) -> Any:
    return c.model("ListDagRunsForm")(dag_ids=["a", 1])


@scenario("model.wrong_type_str_for_datetime", expect="error")
def _wrong_datetime(c: Any) -> Any:
    return c.model("DAGRun")(logical_date="2025-02-10T09:15:01+00:00")


@scenario("model.datetime_for_str_datetime_field", expect="error")
def _datetime_for_str(c: Any) -> Any:
    """``ClearTaskInstances.start_date`` is ``format: datetime`` (a string in the official client)."""
    return c.model("ClearTaskInstances")(start_date=WHEN)


@scenario("model.none_for_non_nullable", expect="error")
def _none_non_nullable(c: Any) -> Any:
    return c.model("Pool")(name=None)


@scenario("model.none_for_nullable")
def _none_nullable(c: Any) -> Any:
    return c.model("DAGRun")(dag_run_id="x", note=None, logical_date=None)


@scenario("model.enum_value_out_of_range", expect="error")
def _enum_bad(c: Any) -> Any:
    return c.model("UpdateDagRunState")(state="paused")


@scenario("model.enum_model", hint="DagState")
def _enum_model(c: Any) -> Any:
    return c.model("DagState")("queued")


@scenario("model.enum_model_keyword", hint="DagState")
def _enum_model_kw(c: Any) -> Any:
    return c.model("DagState")(value="running")


@scenario("model.enum_model_bad_value", expect="error")
def _enum_model_bad(c: Any) -> Any:
    return c.model("DagState")("paused")


@scenario("model.enum_model_none", expect=None, hint="TaskState")
def _enum_model_none(c: Any) -> Any:
    return c.model("TaskState")(None)


@scenario("model.enum_model_equality")
def _enum_eq(c: Any) -> Any:
    DagState = c.model("DagState")
    c.step("same", lambda: DagState("queued") == DagState("queued"))
    c.step("other", lambda: DagState("queued") == DagState("running"))
    c.step("str", lambda: DagState("queued") == "queued")
    c.step("ne_str", lambda: DagState("queued") != "queued")


@scenario("model.str_for_enum_model", expect=None, hint="DAGRun")
def _str_for_enum_model(c: Any) -> Any:
    """A field whose type is an enum model (``DAGRun.state``) given its value as a ``str``."""
    return c.model("DAGRun")(state="failed")


@scenario("model.enum_model_hash", expect=None)
def _enum_hash(c: Any) -> Any:
    """The official enum-like models define ``__eq__`` alone, so they cannot be hashed."""
    return {c.model("DagState")("queued"): 1}


@scenario("model.iterate", answers=["pools"])
def _iterate(c: Any) -> Any:
    """Models are not iterable there: iterating asks for item 0, which raises (real code
    did ``for ti in get_task_instances(...)``)."""
    pools = c.api("PoolApi").get_pools()
    c.step("list", lambda: list(pools))
    c.step("dict", lambda: dict(pools))
    c.step("for", lambda: [p.name for p in pools])
    c.step("item_0", lambda: pools[0])
    c.step("model", lambda: tuple(pools.pools[0]))
    c.step("in", lambda: "pools" in pools)
    return len(pools.pools)


@scenario("model.missing_messages", answers=["pools"])
def _missing_messages(c: Any) -> Any:
    """The words and the path of a missing attribute or item."""
    pool = c.api("PoolApi").get_pools().pools[0]
    for key, read in (("attr", lambda: pool.nope), ("item", lambda: pool["nope"]), ("index", lambda: pool[0])):
        c.step(key, lambda read=read: _raised(read))


def _raised(read: Callable[[], Any]) -> Any:
    try:
        read()
    except Exception as exc:  # noqa: BLE001
        # the words; the path of a model from an answer is the official client's own muddle
        # (``at ['['received_data', 'pools', 0]']['nope']``)
        return [type(exc).__name__, str(exc).split(" at [")[0]]
    return None


@scenario("model.to_dict_order", answers=["dags"])
def _to_dict_order(c: Any) -> Any:
    """The order of ``to_dict()``'s keys, which ``print`` and ``json.dumps`` show: the
    required fields first, then as Airflow sends them (``__type`` first: read ``type``)."""
    dags = c.api("DAGApi").get_dags()
    c.step("dag", lambda: list(dags.dags[1].to_dict()))
    c.step("timedelta", lambda: list(dags.dags[1].to_dict()["schedule_interval"]))
    c.step("cron", lambda: list(dags.dags[0].to_dict()["schedule_interval"]))
    error = c.model("Error")._from_openapi_data(detail="d", instance="i", status=404.0, title="t", type="about:blank")
    c.step("required_first", lambda: list(error.to_dict()))
    c.step("built", lambda: list(c.model("Pool")(slots=2, name="p", description="d").to_dict()))


@scenario("model.official_idioms")
def _official_idioms(c: Any) -> Any:
    """What programs and their tests do with the official models: build answers with
    required fields by position, skip the checks with ``_check_type=False``, catch the
    exception a wrong value raises, read ``model_utils`` through the package."""
    m = c.model
    aware = datetime(2024, 5, 1, tzinfo=timezone.utc)
    c.step("from_openapi_positional", lambda: m("CronExpression")._from_openapi_data("CronExpression", "0 0 * * *"))
    c.step("error_positional", lambda: m("Error")._from_openapi_data(404.0, "Not Found", "about:blank", detail="x"))
    c.step("unchecked", lambda: m("DAGRun")(dag_run_id="r", logical_date="x", conf=[1], _check_type=False).to_dict())
    c.step("date_as_number", lambda: m("DAGRun")(dag_run_id="r", logical_date=20240501))
    c.step("date_as_digits", lambda: m("DAGRun")(dag_run_id="r", logical_date="20240501"))
    c.step("enum_field_wrong", lambda: m("UpdateTaskInstance")(new_state="sucess"))
    c.step("enum_field_number", lambda: m("DAGRun")(state=5))
    c.step("read_only_wrong_type", lambda: m("DAGRun")(dag_id=5))
    c.step("composed_wrong_type", lambda: m("DAGCollection")(dags=5))
    c.step("enum_to_dict", lambda: hasattr(m("DagState")("success"), "to_dict"))
    utils = lambda: c.client_module.model_utils  # noqa: E731 - bound by the package's import, as there
    run = m("DAGRun")._from_openapi_data(dag_id="d", start_date=aware, state=m("DagState")("success"))
    c.step("model_to_dict", lambda: utils().model_to_dict(run))
    c.step("model_to_dict_enum", lambda: utils().model_to_dict(m("Color")("#aabbcc")))
    collection = m("DAGCollection")(dags=[], total_entries=0)
    c.step("composed_is_normal", lambda: isinstance(collection, utils().ModelNormal))


@scenario("call.empty_path_parameter", answers=["not_found_plain"], expect="error", requests=None)
def _empty_path_parameter(c: Any) -> Any:
    """An empty path parameter (a key read from an unset environment variable)."""
    return c.api("VariableApi").get_variable("")


@scenario("call.negative_offset", expect="error", requests=0)
def _negative_offset(c: Any) -> Any:
    """``offset`` below the spec's minimum of 0: refused before sending."""
    return c.api("DAGApi").get_dags(offset=-1)


@scenario("call.infinity_in_conf", answers=["dag_run"])
def _infinity_in_conf(c: Any) -> Any:
    """A conf holding an infinity: sent as Python writes it (Airflow reads it back)."""
    return c.api("DAGRunApi").post_dag_run(DAG_ID, c.model("DAGRun")(dag_run_id="r", conf={"x": float("inf")}))


@scenario("model.enum_errors")
def _enum_errors(c: Any) -> Any:
    """What an enum model raises for a method it has not and for no value."""
    state = c.model("DagState")("success")
    c.step("missing_attribute", lambda: state.lower())
    c.step("no_value", lambda: c.model("DagState")())


@scenario("model.given_containers")
def _given_containers(c: Any) -> Any:
    """A list or dict given to a model, filled in after the model was built."""
    conf: Dict[str, Any] = {}
    ids = ["print_date"]
    run = c.model("DAGRun")(dag_run_id="r", conf=conf)
    body = c.model("ClearTaskInstances")(task_ids=ids, dry_run=True)
    conf["k"] = 1
    ids.append("sleep")
    c.step("run", lambda: c.client.sanitize_for_serialization(run))
    c.step("clear", lambda: c.client.sanitize_for_serialization(body))


@scenario("model.private_attributes")
def _private_attributes(c: Any) -> Any:
    """An attribute of the official models' own (``_check_type``) set on a model is kept
    out of its data; any other attribute, underscore or not, is an unknown field."""
    pool = c.model("Pool")(name="p", slots=1)
    pool._check_type = False
    pool._note = "n"
    c.step("to_dict", lambda: pool.to_dict())
    c.step("read", lambda: (pool._check_type, pool._note))
    c.step("body", lambda: c.client.sanitize_for_serialization(pool))


@scenario("model.pickle_and_deepcopy", answers=["dag_run"])
def _pickle(c: Any) -> Any:
    """A model from an answer, pickled (multiprocessing, caches) and deep-copied."""
    import pickle

    run = c.api("DAGRunApi").get_dag_run(DAG_ID, RUN_ID)
    c.step("pickle", lambda: pickle.loads(pickle.dumps(run)) == run)
    c.step("deepcopy", lambda: copy.deepcopy(run) == run)


@scenario("model.from_openapi_data_naive", hint="DAGRun")
def _from_openapi_naive(c: Any) -> Any:
    """A date-time without a zone, kept as given (as the official client keeps it)."""
    run = c.model("DAGRun")._from_openapi_data(dag_id=DAG_ID, execution_date=datetime(2024, 5, 6, 7, 8, 9))
    c.step("value", lambda: run.execution_date)
    c.step("to_dict", lambda: run.to_dict())
    return run


@scenario("model.datetime_tzinfo", answers=["dag_run"])
def _tzinfo(c: Any) -> Any:
    """What a parsed date-time's zone is: the official client's dateutil objects, pydantic's here."""
    run = c.api("DAGRunApi").get_dag_run(DAG_ID, RUN_ID)
    c.step("tzinfo", lambda: type(run.start_date.tzinfo).__name__)
    c.step("is_utc", lambda: run.start_date.tzinfo == timezone.utc)
    c.step("offset", lambda: run.start_date.utcoffset().total_seconds())


@scenario("model.unknown_field", hint="DAGRun")
def _unknown(c: Any) -> Any:
    return c.model("DAGRun")(dag_run_id="x", surprise={"a": 1})


@scenario("model.unknown_field_sent", answers=["dag_run_posted"], expect=None, requests=None)
def _unknown_sent(c: Any) -> Any:
    run = c.model("DAGRun")(dag_run_id="manual_api_1", conf={}, replace_microseconds=False)
    return c.api("DAGRunApi").post_dag_run(DAG_ID, run)


@scenario("model.read_only_in_constructor", expect="error")
def _read_only_ctor(c: Any) -> Any:
    return c.model("DAGRun")(dag_run_id="x", dag_id=DAG_ID)


@scenario("model.read_only_set_after", answers=["dag_run_posted"], hint="DAGRun")
def _read_only_after(c: Any) -> Any:
    """A read-only field set on a model after it was built: kept, and sent?"""
    run = c.model("DAGRun")(dag_run_id="manual_api_1", conf={})
    run.dag_id = DAG_ID
    run.start_date = WHEN
    c.step("model", lambda: run, hint="DAGRun")
    return c.api("DAGRunApi").post_dag_run(DAG_ID, run)


@scenario("model.fetched_then_sent", answers=["dag", "dag_paused"], requests=2, hint="DAG")
def _fetched_then_sent(c: Any) -> Any:
    """The spec's own update example: get, change a field, send it all back (read-only fields too)."""
    api = c.api("DAGApi")
    dag = api.get_dag(DAG_ID)
    dag.is_paused = False
    return api.patch_dag(DAG_ID, dag, update_mask=["is_paused"])


@scenario("model.setitem", hint="Pool")
def _setitem(c: Any) -> Any:
    pool = c.model("Pool")(name="etl", slots=1)
    pool["slots"] = 5
    pool["description"] = "ETL"
    c.step("slots", lambda: pool.slots)
    c.step("unknown_key", lambda: pool.__setitem__("nope", 1))
    c.step("wrong_type", lambda: pool.__setitem__("slots", "many"))
    c.step("after_wrong_type", lambda: pool.slots)
    return pool


@scenario("model.setattr", hint="Pool")
def _setattr(c: Any) -> Any:
    pool = c.model("Pool")(name="etl", slots=1)
    pool.slots = 7
    c.step("wrong_type", lambda: setattr(pool, "slots", "many"))
    c.step("none", lambda: setattr(pool, "name", None))
    c.step("unknown", lambda: setattr(pool, "nope", 1))
    return pool


@scenario("model.data_store")
def _data_store(c: Any) -> Any:
    run = c.model("DAGRun")(dag_run_id="x", logical_date=WHEN, conf={"a": 1})
    c.step("type", lambda: type(run._data_store).__name__)
    c.step("keys", lambda: sorted(run._data_store))
    c.step("logical_date", lambda: run._data_store["logical_date"])
    return run._data_store


@scenario("model.unset_fields", hint="Pool")
def _unset(c: Any) -> Any:
    pool = c.model("Pool")(name="etl")
    c.step("get", lambda: pool.get("description"))
    c.step("get_default", lambda: pool.get("description", "none"))
    c.step("getattr_default", lambda: getattr(pool, "description", "default"))
    c.step("hasattr", lambda: hasattr(pool, "description"))
    c.step("hasattr_unknown", lambda: hasattr(pool, "nope"))
    c.step("unknown_attr", lambda: pool.nope)
    c.step("unknown_item", lambda: pool["nope"])
    return pool


@scenario("model.to_dict_and_str")
def _to_dict(c: Any) -> Any:
    run = c.model("DAGRun")(
        dag_run_id="x",
        logical_date=WHEN,
        conf={"nested": {"when": "2025-02-10"}, "list": [1, 2]},
        note=None,
    )
    c.step("to_dict", lambda: run.to_dict())
    c.step("str", lambda: str(run))
    c.step("repr", lambda: repr(run))
    c.step("eq_same", lambda: run == c.model("DAGRun")(dag_run_id="x", logical_date=WHEN, conf=run.conf, note=None))
    c.step("eq_other", lambda: run == c.model("DAGRun")(dag_run_id="y"))
    c.step("eq_dict", lambda: run == run.to_dict())


@scenario("model.nested_models", hint="User")
def _nested(c: Any) -> Any:
    """``User(roles=[UserCollectionItemRoles(name=...)])``, as the official docs build it."""
    user = c.build(JDOE)
    c.step("roles_type", lambda: type(user.roles[0]).__name__)
    c.step("to_dict", lambda: user.to_dict())
    return user


@scenario("model.nested_dict_for_model", expect=None, hint="Role")
def _nested_dict(c: Any) -> Any:
    return c.model("Role")(name="Auditor", actions=[{"action": {"name": "can_read"}, "resource": {"name": "DAGs"}}])


@scenario("model.copy")
def _copy(c: Any) -> Any:
    pool = c.model("Pool")(name="etl", slots=8)
    c.step("copy", lambda: copy.copy(pool), hint="Pool")
    c.step("deepcopy", lambda: copy.deepcopy(pool), hint="Pool")
    c.step("deepcopy_equal", lambda: copy.deepcopy(pool) == pool)


@scenario("model.from_openapi_data", hint="DAGRun")
def _from_openapi(c: Any) -> Any:
    """How code builds a model as if received, read-only fields included."""
    return c.model("DAGRun")._from_openapi_data(dag_id=DAG_ID, dag_run_id="x", state=c.model("DagState")("queued"))


@scenario("model.class_attributes")
def _class_attributes(c: Any) -> Any:
    for name in ("DAGRun", "Pool", "TaskInstance", "User", "Connection", "DagState", "ScheduleInterval"):
        cls = c.model(name)
        for attr in ("attribute_map", "read_only_vars", "required_properties", "allowed_values", "discriminator"):
            c.step(f"{name}.{attr}", lambda cls=cls, attr=attr: _plain(getattr(cls, attr)))
        c.step(f"{name}.openapi_types", lambda cls=cls: sorted(cls.openapi_types))
        c.step(f"{name}.additional_properties_type", lambda cls=cls: cls.additional_properties_type is not None)
        c.step(f"{name}.validations", lambda cls=cls: sorted(map(str, cls.validations)))


#: The official client's one-value models (``ModelSimple``), each with a value it takes.
ONE_VALUE_MODELS = {
    "Color": "#aabbcc",
    "DagState": "queued",
    "HealthStatus": "healthy",
    "TaskState": "success",
    "TriggerRule": "all_success",
    "UpdateTaskState": "failed",
    "WeightRule": "upstream",
}
#: What the official one-value models have on the class (and so on a value).
ONE_VALUE_CLASS_ATTRS = (
    "allowed_values",
    "openapi_types",
    "attribute_map",
    "validations",
    "additional_properties_type",
    "discriminator",
    "_nullable",
    "read_only_vars",
    "_composed_schemas",
    "required_properties",
)
#: What they have on a value only: the settings it was built with, and its data.
ONE_VALUE_INSTANCE_ATTRS = (
    "_check_type",
    "_spec_property_naming",
    "_path_to_item",
    "_configuration",
    "_visited_composed_classes",
    "_data_store",
)

#: What ``dir()`` of the official one-value models lists (of a class, of a value).
ONE_VALUE_CLASS_DIR = ONE_VALUE_CLASS_ATTRS + ("get", "to_str", "_from_openapi_data", "_new_from_openapi_data")
ONE_VALUE_INSTANCE_DIR = ONE_VALUE_CLASS_ATTRS + ("get", "to_str", "_data_store")


@scenario("model.one_value_class_attributes")
def _one_value_class_attributes(c: Any) -> Any:
    """The official class attributes of every enum model and ``Color``, values and types
    exactly (code lists the states with ``DagState.allowed_values[("value",)]``), read on
    the class and on a value, and which of them ``dir()`` lists."""
    for name, sample_value in ONE_VALUE_MODELS.items():
        cls = c.model(name)
        inst = cls(sample_value)
        for attr in ONE_VALUE_CLASS_ATTRS:
            c.step(f"{name}.{attr}", lambda cls=cls, attr=attr: _exact_text(getattr(cls, attr)))
            c.step(f"{name}().{attr}", lambda inst=inst, attr=attr: _exact_text(getattr(inst, attr)))
        for attr in ONE_VALUE_INSTANCE_ATTRS:
            c.step(f"{name}().{attr}", lambda inst=inst, attr=attr: _exact_text(getattr(inst, attr)))
        c.step(f"{name}.dir", lambda cls=cls: [a for a in ONE_VALUE_CLASS_DIR if a in dir(cls)])
        c.step(f"{name}().dir", lambda inst=inst: [a for a in ONE_VALUE_INSTANCE_DIR if a in dir(inst)])


def _exact_text(value: Any) -> str:
    """:func:`_exact` as one string: compared whole, however deep the value (the runner
    observes nested values to a depth only)."""
    return json.dumps(_exact(value))


def _exact(value: Any) -> Any:
    """A value as JSON with its types kept: a dict's keys (tuples too) in order, tuples,
    sets (sorted), classes by name."""
    if value is None or type(value) in (str, int, float, bool):
        return value
    if isinstance(value, type):
        return {"$class": value.__name__}
    if type(value) is dict:
        return {"$dict": [[_exact(k), _exact(v)] for k, v in value.items()]}
    if type(value) is tuple:
        return {"$tuple": [_exact(v) for v in value]}
    if type(value) is list:
        return {"$list": [_exact(v) for v in value]}
    if type(value) in (set, frozenset):
        return {"$" + type(value).__name__: sorted((_exact(v) for v in value), key=repr)}
    return {"$other": type(value).__name__}


def _plain(value: Any) -> Any:
    """Class attributes as JSON: sets (and the official's empty ``{}`` for one) sorted, classes by name."""
    if isinstance(value, (set, frozenset)) or value == {}:
        return sorted(map(str, value))
    if isinstance(value, type):
        return value.__name__
    if isinstance(value, dict):
        return {"/".join(map(str, k)) if isinstance(k, tuple) else str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value if value is None or isinstance(value, (str, int, float, bool)) else type(value).__name__


@scenario("model.schedule_interval")
def _schedule_interval(c: Any) -> Any:
    c.step("cron", lambda: c.model("CronExpression")(type="CronExpression", value="0 0 * * *"), hint="CronExpression")
    c.step("timedelta", lambda: c.model("TimeDelta")(type="TimeDelta", days=1, seconds=0, microseconds=0))
    c.step("composed", lambda: c.model("ScheduleInterval")(type="CronExpression", value="@daily"))
    c.step(
        "composed_timedelta", lambda: c.model("ScheduleInterval")(type="TimeDelta", days=0, seconds=60, microseconds=0)
    )


@scenario("model.datetime_field_types", hint="TaskInstance")
def _datetime_fields(c: Any) -> Any:
    """``format: datetime`` fields (strings in the official client) and ``date-time`` ones."""
    ti = c.model("TaskInstance")(
        start_date="2025-02-10T09:15:03.900259+00:00", execution_date="2025-02-10T09:15:01+00:00"
    )
    c.step("parsed", lambda: datetime.fromisoformat(ti.start_date).year)
    return ti


@scenario("model.color")
def _simple_models(c: Any) -> Any:
    c.step("color", lambda: c.model("Color")("#f0ede4"), hint="Color")
    c.step("color_bad", lambda: c.model("Color")("red"))


# --- test doubles and subclasses: what users' test suites and wrappers do ------------------------


@scenario("mock.magicmock_client")
def _magicmock_client(c: Any) -> Any:
    """An API class over a ``MagicMock`` client: the official API classes call its ``call_api``."""
    from unittest import mock

    client = mock.MagicMock()
    client.call_api.return_value = "from call_api"
    result = c.api_class("DAGApi")(client).get_dag(DAG_ID)
    c.step("called", lambda: client.call_api.call_count)
    c.step("path_and_method", lambda: list(client.call_api.call_args[0][:3]))
    return result


@scenario("mock.patched_api_client_class")
def _patched_api_client(c: Any) -> Any:
    """``mock.patch("airflow_client.client.ApiClient")`` around code that builds its own client."""
    from unittest import mock

    module = c.client_module
    with mock.patch("airflow_client.client.ApiClient") as fake:
        fake.return_value.__enter__.return_value.call_api.return_value = ["a", "b"]
        with module.ApiClient(c.configuration()) as api_client:
            return c.api_class("DAGApi")(api_client).get_dags()


@scenario("mock.urllib3_request", answers=["dag"], requests=0, hint="DAG")
def _urllib3_request(c: Any) -> Any:
    """``mock.patch("urllib3.PoolManager.request")`` answering with a response built in the test."""
    from unittest import mock

    import urllib3

    body = json.dumps({"dag_id": "faked", "is_paused": True}).encode()
    fake = urllib3.HTTPResponse(body=body, status=200, headers={"Content-Type": "application/json"})
    with mock.patch("urllib3.PoolManager.request", return_value=fake) as request:
        dag = c.api("DAGApi").get_dag(DAG_ID)
    c.step("called", lambda: request.call_count)
    return dag


@scenario("mock.pool_manager_attribute", answers=["dag"], requests=0)
def _pool_manager_attribute(c: Any) -> Any:
    """The transport's ``pool_manager`` replaced by a ``MagicMock`` whose answer is a ``Mock``."""
    from unittest import mock

    client = c.client
    client.rest_client.pool_manager = mock.MagicMock()
    client.rest_client.pool_manager.request.return_value = mock.Mock(
        status=404,
        reason="NOT FOUND",
        data=b'{"title": "DAG not found", "status": 404}',
        getheaders=mock.Mock(return_value={"Content-Type": "application/json"}),
        getheader=mock.Mock(return_value="application/json"),
    )
    api = c.api("DAGApi")
    try:
        api.get_dag("nope")
    except c.client_module.ApiException as exc:
        return [type(exc).__name__, exc.status]
    return None


@scenario("mock.rest_get_patched", answers=["dag"], requests=0)
def _rest_get_patched(c: Any) -> Any:
    """``mock.patch.object(RESTClientObject, "GET")``: the official client sends a GET through it."""
    from unittest import mock

    rest = c.import_module("airflow_client.client.rest")
    with mock.patch.object(rest.RESTClientObject, "GET", side_effect=RuntimeError("intercepted")) as get:
        try:
            c.api("DAGApi").get_dag(DAG_ID)
        except RuntimeError as exc:
            return [str(exc), get.call_count]
    return None


@scenario("subclass.hooks", answers=["dag"], requests=5)
def _subclass_hooks(c: Any) -> Any:
    """The hooks a subclass overrides, each called as there (the requests show their effect)."""
    module = c.client_module

    class Accept(module.ApiClient):
        def select_header_accept(self, accepts: Any) -> str:
            return "application/json; charset=utf-8"

    class NoFields(module.ApiClient):
        def parameters_to_tuples(self, params: Any, collection_formats: Any) -> Any:
            return [(k, v) for k, v in super().parameters_to_tuples(params, collection_formats) if k != "fields"]

    class Bearer(module.ApiClient):
        def update_params_for_auth(self, headers: Any, queries: Any, *args: Any) -> None:
            headers["Authorization"] = "Bearer from-update-params"

    class Seen(module.ApiClient):
        def deserialize(self, response: Any, response_type: Any, check_type: Any) -> Any:
            return "deserialized by the subclass"

    class Token(module.Configuration):
        def auth_settings(self) -> Any:
            return {"Bearer": {"type": "bearer", "in": "header", "key": "Authorization", "value": "Bearer from-config"}}

    def dag(client: Any) -> Any:
        c.close_later(client)
        return c.api_class("DAGApi")(client).get_dag(DAG_ID, fields=["dag_id"])

    for name, cls in (("accept", Accept), ("tuples", NoFields), ("bearer", Bearer), ("deserialize", Seen)):
        c.step(name, lambda cls=cls: dag(cls(c.configuration())), hint="DAG")
    token = Token(host=c.host)
    c.step("auth_settings", lambda: dag(module.ApiClient(token)), hint="DAG")


# --- ApiClient ----------------------------------------------------------------------------------

FREE_FORM = "free_form"


@scenario("api_client.call_api_plugin_get", answers=["plugin_thing"])
def _call_api_get(c: Any) -> Any:
    """A plugin's endpoint, the way the generated API classes call it (``__call_api``'s public twin)."""
    return c.client.call_api(
        "/plugin-thing/{name}",
        "GET",
        path_params={"name": "a b/c"},
        query_params=[("limit", 5), ("tags", ["x", "y"]), ("since", WHEN)],
        header_params={"Accept": "application/json"},
        response_type=(dict,),
        auth_settings=["Basic"],
        _return_http_data_only=True,
        collection_formats={"tags": "multi"},
        _check_type=True,
    )


@scenario("api_client.call_api_free_form", answers=["plugin_thing"])
def _call_api_free(c: Any) -> Any:
    none_type = type(None)
    free = {str: (bool, date, datetime, dict, float, int, list, str, none_type)}
    return c.client.call_api(
        "/plugin-thing",
        "GET",
        query_params=[("tags", ["x", "y"])],
        collection_formats={"tags": "csv"},
        header_params={"Accept": "application/json"},
        response_type=(free,),
        auth_settings=["Basic"],
        _return_http_data_only=True,
    )


@scenario("api_client.call_api_post_json", answers=["plugin_thing"])
def _call_api_post(c: Any) -> Any:
    return c.client.call_api(
        "/plugin-thing",
        "POST",
        body={"name": "x", "when": WHEN, "run": c.model("DAGRun")(dag_run_id="r", logical_date=WHEN)},
        header_params={"Content-Type": "application/json", "Accept": "application/json"},
        response_type=(dict,),
        auth_settings=["Basic"],
        _return_http_data_only=True,
    )


@scenario("api_client.call_api_defaults", answers=["plugin_thing"])
def _call_api_defaults(c: Any) -> Any:
    """No response_type, no auth_settings, no _return_http_data_only: the bare minimum."""
    out = c.client.call_api("/plugin-thing", "GET")
    c.step("type", lambda: type(out).__name__)
    c.step("data", lambda: out[0])
    c.step("status", lambda: out[1])
    c.step("content_type", lambda: out[2].get("Content-Type"))


@scenario("api_client.call_api_model", answers=["dag"], hint="DAG")
def _call_api_model(c: Any) -> Any:
    return c.client.call_api(
        "/dags/{dag_id}",
        "GET",
        path_params={"dag_id": DAG_ID},
        header_params={"Accept": "application/json"},
        response_type=(c.model("DAG"),),
        auth_settings=["Basic"],
        _return_http_data_only=True,
        _check_type=True,
    )


@scenario("api_client.call_api_preload_false", answers=["plugin_thing"])
def _call_api_raw(c: Any) -> Any:
    out = c.client.call_api("/plugin-thing", "GET", auth_settings=["Basic"], _preload_content=False)
    c.step("type", lambda: type(out).__name__)
    c.step("status", lambda: out.status)
    c.step("json", lambda: json.loads(out.data))


@scenario("api_client.call_api_async", answers=["plugin_thing"])
def _call_api_async(c: Any) -> Any:
    thread = c.client.call_api(
        "/plugin-thing",
        "GET",
        response_type=(dict,),
        auth_settings=["Basic"],
        async_req=True,
        _return_http_data_only=True,
    )
    c.step("type", lambda: type(thread).__name__)
    return thread.get(5)


@scenario("api_client.call_api_error", answers=["not_found_plain"], expect="error")
def _call_api_error(c: Any) -> Any:
    return c.client.call_api("/plugin-thing", "GET", response_type=(dict,), auth_settings=["Basic"])


@scenario("api_client.sanitize_for_serialization")
def _sanitize(c: Any) -> Any:
    ApiClient = c.client_module.ApiClient
    s = ApiClient.sanitize_for_serialization
    run = c.model("DAGRun")(dag_run_id="x", logical_date=WHEN, conf={"when": WHEN, "items": [1, 2]}, note=None)
    c.step("model", lambda: s(run))
    c.step("datetime", lambda: s(WHEN))
    c.step("datetime_cet", lambda: s(datetime(2025, 2, 10, 10, 0, tzinfo=CET)))
    c.step("naive_datetime", lambda: s(datetime(2025, 2, 10, 10, 0)))
    c.step("date", lambda: s(date(2025, 2, 10)))
    c.step("list", lambda: s([run, WHEN, None, 1.5]))
    c.step("tuple", lambda: s((1, "a")))
    c.step("dict", lambda: s({"run": run, "n": None}))
    c.step("none", lambda: s(None))
    c.step("enum", lambda: s(c.model("DagState")("queued")))
    c.step("nested", lambda: s(c.build(JDOE)))
    c.step("role", lambda: s(c.build(AUDITOR)))
    c.step("instance", lambda: c.client.sanitize_for_serialization(run))
    c.step("unsupported", lambda: s(object()))


@scenario("api_client.helpers")
def _helpers(c: Any) -> Any:
    client = c.client
    c.step("accept_json", lambda: client.select_header_accept(["application/json", "text/plain"]))
    c.step("accept_text", lambda: client.select_header_accept(["text/plain", "text/html"]))
    c.step("accept_empty", lambda: client.select_header_accept([]))
    c.step("content_type_json", lambda: client.select_header_content_type(["application/json"]))
    c.step("content_type_empty", lambda: client.select_header_content_type([]))
    c.step("tuples_csv", lambda: client.parameters_to_tuples({"a": ["x", "y"], "b": 1}, {"a": "csv"}))
    c.step("tuples_multi", lambda: client.parameters_to_tuples([("a", ["x", "y"])], {"a": "multi"}))
    c.step("tuples_pipes", lambda: client.parameters_to_tuples({"a": ["x", "y"]}, {"a": "pipes"}))
    c.step("user_agent", lambda: client.user_agent)
    c.step("default_headers", lambda: sorted(client.default_headers))
    c.step("configuration_is_given", lambda: client.configuration is c.configuration_used)
    c.step("files_parameters_none", lambda: client.files_parameters(None))


@scenario("api_client.update_params_for_auth")
def _update_auth(c: Any) -> Any:
    headers: Dict[str, Any] = {}
    query: List[Any] = []
    c.step("call", lambda: c.client.update_params_for_auth(headers, query, ["Basic"], "/dags", "GET", None))
    c.step("headers", lambda: headers)
    c.step("query", lambda: query)


@scenario("api_client.default_header_and_cookie", answers=["version"], requests=2)
def _default_header(c: Any) -> Any:
    ApiClient = c.client_module.ApiClient
    client = ApiClient(c.configuration(), header_name="X-Requested-By", header_value="ops-script", cookie="session=abc")
    client.set_default_header("X-Team", "data")
    c.step("first", lambda: c.api_class("MonitoringApi")(client).get_version().version)
    client.user_agent = "ops-script/1.0"
    c.step("user_agent", lambda: client.user_agent)
    c.step("second", lambda: c.api_class("MonitoringApi")(client).get_version().version)
    c.close_later(client)


@scenario("api_client.context_manager", answers=["version"])
def _context_manager(c: Any) -> Any:
    ApiClient = c.client_module.ApiClient
    with ApiClient(c.configuration()) as client:
        version = c.api_class("MonitoringApi")(client).get_version()
    c.step("closed_twice", lambda: client.close())
    return version


@scenario("api_client.without_configuration")
def _no_config(c: Any) -> Any:
    client = c.client_module.ApiClient()
    c.step("host", lambda: client.configuration.host)
    c.step("username", lambda: client.configuration.username)
    c.close_later(client)


@scenario("api_client.last_response", answers=["pool"])
def _last_response(c: Any) -> Any:
    c.api("PoolApi").get_pool("default_pool")
    c.step("status", lambda: c.client.last_response.status)
    c.step("data", lambda: json.loads(c.client.last_response.data)["name"])


class _Response:
    """What ``ApiClient.deserialize`` reads of a response: ``data`` and ``getheader``."""

    def __init__(self, data: Any) -> None:
        self.data = json.dumps(data)
        self.status = 200

    def getheader(self, name: str, default: Any = None) -> Any:
        return "application/json" if name.lower() == "content-type" else default


@scenario("api_client.deserialize")
def _deserialize(c: Any) -> Any:
    pool = {"name": "etl", "slots": 8, "occupied_slots": 0, "description": None, "include_deferred": False}
    c.step("model", lambda: c.client.deserialize(_Response(pool), (c.model("Pool"),), True), hint="Pool")
    c.step("dict", lambda: c.client.deserialize(_Response({"a": [1, 2]}), (dict,), True))
    c.step("list", lambda: c.client.deserialize(_Response([{"name": "a"}]), ([c.model("Tag")],), True))
    c.step("str", lambda: c.client.deserialize(_Response("x"), (str,), True))


@scenario("api_client.request", answers=["version"])
def _request(c: Any) -> Any:
    """``ApiClient.request``: the HTTP call under ``call_api``, as scripts use it for raw access."""
    response = c.client.request("GET", c.host + "/version", headers={"Accept": "application/json"})
    c.step("type", lambda: type(response).__name__)
    c.step("status", lambda: response.status)
    c.step("json", lambda: json.loads(response.data))
    c.step("getheader", lambda: response.getheader("Content-Type"))


# --- rest -------------------------------------------------------------------------------------


@scenario("rest.client_object", answers=["version", "plugin_thing"], requests=3)
def _rest(c: Any) -> Any:
    rest = c.import_module("airflow_client.client.rest")
    rc = c.client.rest_client
    c.step("type", lambda: type(rc).__name__)
    url = c.host + "/version"
    r = rc.GET(url, headers={"Accept": "application/json"})
    c.step("get_type", lambda: type(r).__name__)
    c.step("get_status", lambda: r.status)
    c.step("get_reason", lambda: r.reason)
    c.step("get_data", lambda: json.loads(r.data))
    c.step("getheader", lambda: r.getheader("Content-Type"))
    c.step("getheaders_type", lambda: type(r.getheaders()).__name__)
    post = lambda: rc.POST(  # noqa: E731
        c.host + "/plugin-thing", headers={"Content-Type": "application/json"}, body={"a": 1}, query_params=[("q", "1")]
    )
    c.step("post_status", lambda: post().status)
    own = rest.RESTClientObject(c.configuration())
    c.step("request", lambda: own.request("GET", url, headers={"Accept": "application/json"}).status)


@scenario("rest.error", answers=["not_found_dag"], expect=None)
def _rest_error(c: Any) -> Any:
    return c.client.rest_client.GET(c.host + "/dags/nope", headers={"Accept": "application/json"})


# --- Configuration ----------------------------------------------------------------------------


@scenario("config.attributes_after_construction", answers=["version"])
def _config_after(c: Any) -> Any:
    """The official README: ``Configuration(host=...)``, then ``username``/``password`` set on it."""
    cfg = c.client_module.Configuration(host=c.host)
    cfg.username = "admin"
    cfg.password = "admin"
    c.step("auth_settings", lambda: cfg.auth_settings())
    with c.client_module.ApiClient(cfg) as client:
        return c.api_class("MonitoringApi")(client).get_version()


@scenario("config.api_key_with_prefix", answers=["version"])
def _config_api_key(c: Any) -> Any:
    cfg = c.client_module.Configuration(host=c.host)
    cfg.api_key["Authorization"] = "token-123"
    cfg.api_key_prefix["Authorization"] = "Bearer"
    c.step("with_prefix", lambda: cfg.get_api_key_with_prefix("Authorization"))
    c.step("alias", lambda: cfg.get_api_key_with_prefix("Other", alias="Authorization"))
    c.step("missing", lambda: cfg.get_api_key_with_prefix("Other"))
    c.step("auth_settings", lambda: cfg.auth_settings())
    with c.client_module.ApiClient(cfg) as client:
        return c.api_class("MonitoringApi")(client).get_version()


@scenario("config.api_key_in_constructor", answers=["version"])
def _config_api_key_ctor(c: Any) -> Any:
    cfg = c.client_module.Configuration(
        host=c.host, api_key={"Authorization": "token-123"}, api_key_prefix={"Authorization": "Bearer"}
    )
    c.step("with_prefix", lambda: cfg.get_api_key_with_prefix("Authorization"))
    c.step("no_prefix", lambda: c.client_module.Configuration(api_key={"k": "v"}).get_api_key_with_prefix("k"))
    c.step("auth_settings", lambda: cfg.auth_settings())
    with c.client_module.ApiClient(cfg) as client:
        return c.api_class("MonitoringApi")(client).get_version()


@scenario("config.basic_auth_token")
def _config_basic(c: Any) -> Any:
    Configuration = c.client_module.Configuration
    c.step("both", lambda: Configuration(username="admin", password="pä:ss").get_basic_auth_token())
    c.step("user_only", lambda: Configuration(username="admin").get_basic_auth_token())
    c.step("none", lambda: Configuration().get_basic_auth_token())
    c.step("auth_settings_user_only", lambda: Configuration(username="admin").auth_settings())
    c.step("auth_settings_none", lambda: Configuration().auth_settings())
    c.step("auth_settings_both", lambda: Configuration(username="a", password="b").auth_settings())


@scenario("config.to_debug_report")
def _config_debug_report(c: Any) -> Any:
    return c.client_module.Configuration().to_debug_report()


@scenario("config.defaults")
def _config_defaults(c: Any) -> Any:
    cfg = c.client_module.Configuration()
    for attr in (
        "host",
        "username",
        "password",
        "api_key",
        "api_key_prefix",
        "access_token",
        "verify_ssl",
        "ssl_ca_cert",
        "cert_file",
        "key_file",
        "assert_hostname",
        "tls_server_name",
        "connection_pool_maxsize",
        "proxy",
        "proxy_headers",
        "safe_chars_for_path_param",
        "retries",
        "client_side_validation",
        "discard_unknown_keys",
        "disabled_client_side_validations",
        "server_index",
        "server_variables",
        "server_operation_index",
        "server_operation_variables",
        "socket_options",
        "temp_folder_path",
        "debug",
        "logger_format",
        "logger_file",
        "refresh_api_key_hook",
    ):
        c.step(attr, lambda attr=attr: getattr(cfg, attr))
    c.step("logger_names", lambda: sorted(cfg.logger))
    c.step("host_settings", lambda: cfg.get_host_settings())
    c.step("host_from_settings", lambda: cfg.get_host_from_settings(0))
    c.step("host_from_settings_none", lambda: cfg.get_host_from_settings(None))


@scenario("config.host_without_api_v1", answers=["version"], expect=None)
def _config_host_bare(c: Any) -> Any:
    cfg = c.client_module.Configuration(host=c.base, username="admin", password="admin")
    c.step("host", lambda: cfg.host == c.base)
    with c.client_module.ApiClient(cfg) as client:
        return c.api_class("MonitoringApi")(client).get_version()


@scenario("config.default_copy")
def _config_default_copy(c: Any) -> Any:
    Configuration = c.client_module.Configuration
    cfg = Configuration(host=c.host, username="admin", password="secret")
    Configuration.set_default(cfg)
    try:
        c.step("copy_username", lambda: Configuration.get_default_copy().username)
        c.step("copy_is_new", lambda: Configuration.get_default_copy() is not cfg)
        c.step("client_username", lambda: c.client_module.ApiClient().configuration.username)
    finally:
        Configuration.set_default(None)
    c.step("after_reset", lambda: Configuration.get_default_copy().username)


@scenario("config.deepcopy_and_setattr")
def _config_copy(c: Any) -> Any:
    cfg = c.client_module.Configuration(host=c.host, username="admin", password="admin")
    cfg.verify_ssl = False
    cfg.retries = 3
    c.step("deepcopy_username", lambda: copy.deepcopy(cfg).username)
    c.step("deepcopy_verify", lambda: copy.deepcopy(cfg).verify_ssl)
    c.step("host_setter", lambda: (setattr(cfg, "host", "http://other:8080/api/v1"), cfg.host)[1])
    c.step("debug_set", lambda: (setattr(cfg, "debug", True), cfg.debug, setattr(cfg, "debug", False))[1])
    c.step("logger_format_set", lambda: (setattr(cfg, "logger_format", "%(message)s"), cfg.logger_format)[1])
    c.step("disabled_validations_bad", lambda: setattr(cfg, "disabled_client_side_validations", "nope"))


@scenario("config.client_side_validation_off", answers=["pool"], expect=None, requests=None)
def _config_no_validation(c: Any) -> Any:
    cfg = c.configuration()
    cfg.client_side_validation = False
    with c.client_module.ApiClient(cfg) as client:
        return c.api_class("PoolApi")(client).get_pool("default_pool")


@scenario("config.discard_unknown_keys", answers=["pool_newer_server"], hint="Pool")
def _config_discard(c: Any) -> Any:
    """A field a newer server sends, with the official switch to drop unknown fields."""
    cfg = c.configuration()
    cfg.discard_unknown_keys = True
    with c.client_module.ApiClient(cfg) as client:
        pool = c.api_class("PoolApi")(client).get_pool("default_pool")
    c.step("attr", lambda: pool.team)
    c.step("item", lambda: pool["team"])
    c.step("in", lambda: "team" in pool)
    return pool


@scenario("call.unknown_field_in_answer", answers=["pool_newer_server"], hint="Pool")
def _unknown_in_answer(c: Any) -> Any:
    """A field a newer server sends: kept, and read as any other."""
    pool = c.api("PoolApi").get_pool("default_pool")
    c.step("attr", lambda: pool.team)
    c.step("item", lambda: pool["team"])
    c.step("in", lambda: "team" in pool)
    c.step("get", lambda: pool.get("team"))
    return pool


# --- exceptions -------------------------------------------------------------------------------


@scenario("exceptions.construct")
def _exceptions(c: Any) -> Any:
    exc = c.import_module("airflow_client.client.exceptions")
    c.step("api_exception", lambda: exc.ApiException(status=418, reason="I'm a teapot"))
    c.step("api_exception_str", lambda: str(exc.ApiException(status=418, reason="I'm a teapot")))
    c.step("not_found", lambda: exc.NotFoundException(status=404, reason="Not Found"))
    c.step("service", lambda: exc.ServiceException(status=503, reason="Unavailable"))
    type_error = lambda: exc.ApiTypeError("bad", path_to_item=["a", 0], valid_classes=(str,), key_type=False)  # noqa: E731
    c.step("type_error", type_error)
    c.step("type_error_str", lambda: str(type_error()))
    c.step("type_error_attrs", lambda: [type_error().path_to_item, type_error().key_type])
    c.step("value_error", lambda: str(exc.ApiValueError("bad", path_to_item=["x"])))
    c.step("attribute_error", lambda: str(exc.ApiAttributeError("bad", path_to_item=["x", 1])))
    c.step("key_error", lambda: str(exc.ApiKeyError("bad", path_to_item=["x"])))
    c.step("render_path", lambda: exc.render_path(["a", 0, "b"]))
    c.step("raise_not_found", lambda: _raise(exc.NotFoundException(status=404, reason="Not Found")))


def _raise(error: BaseException) -> Any:
    raise error


@scenario("exceptions.caught_as", answers=["not_found_dag"], requests=1)
def _caught_as(c: Any) -> Any:
    """Which ``except`` clauses of real code catch a 404."""
    exc = c.import_module("airflow_client.client.exceptions")
    try:
        c.api("DAGApi").get_dag("nope")
    except Exception as e:  # noqa: BLE001
        caught = e
    else:
        return "no error"
    for name in ("NotFoundException", "ApiException", "OpenApiException"):
        c.step(name, lambda name=name: isinstance(caught, getattr(exc, name)))
    c.step("status_int", lambda: isinstance(caught.status, int))
    c.step("body_json", lambda: json.loads(caught.body)["title"])
    c.step("headers_get", lambda: caught.headers.get("Content-Type") if caught.headers is not None else None)
    return None


# --- mistakes, and what they say --------------------------------------------------------------
# Programs print ``str(e)`` of what a mistake raises to their users: each ``mistakes.*`` scenario
# makes the mistakes a caller commonly makes (none sends a request) and observes, per mistake, the
# class raised, the message's words, the attributes code reads (``path_to_item``, ``valid_classes``,
# ``key_type``) and our extra details.  A message here starts with the official client's words and
# may go on, after "; ", with what they leave out (the operation, the value received), before the
# " at ['field']" of ``path_to_item``: ``words`` is the message without that part, ``details`` that
# part alone (nothing there).


def _rendered(path: Any) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f"['{p}']" for p in path or ())


def _said(mistake: Callable[[], Any]) -> Dict[str, Any]:
    try:
        mistake()
    except Exception as exc:  # noqa: BLE001 - what it raises is what is observed
        text = str(exc)
        words, sep, detail = text.partition("; ")
        where = f" at {_rendered(getattr(exc, 'path_to_item', None))}" if getattr(exc, "path_to_item", None) else ""
        if sep and where and detail.endswith(where):
            words, detail = words + where, detail[: -len(where)]
        attributes: Dict[str, Any] = {}
        for name in ("path_to_item", "valid_classes", "key_type"):
            if hasattr(exc, name):
                value = getattr(exc, name)
                if name == "valid_classes" and value is not None:
                    value = [getattr(k, "__name__", repr(k)) for k in value]
                attributes[name] = list(value) if isinstance(value, (list, tuple)) else value
        return {"raised": type(exc).__name__, "words": words, "attributes": attributes, "details": detail}
    return {"raised": None, "words": None, "attributes": {}, "details": ""}


def _mistakes(c: Any, mistakes: Dict[str, Callable[[], Any]]) -> None:
    said = {name: _said(mistake) for name, mistake in mistakes.items()}
    for aspect in ("raised", "words", "attributes", "details"):
        c.step(aspect, lambda aspect=aspect: {name: s[aspect] for name, s in said.items()})


@scenario("mistakes.parameters")
def _mistaken_parameters(c: Any) -> None:
    """Parameters of an API method: wrong types, None, a list for a value and a value for a
    list, an item of the wrong type, below the minimum, a date-time that is none, a name the
    method does not take, one left out."""
    dags, runs, logs = c.api("DAGApi"), c.api("DAGRunApi"), c.api("EventLogApi")
    _mistakes(
        c,
        {
            "path_int_for_str": lambda: dags.get_dag(5),
            "path_str_for_int": lambda: logs.get_event_log("42"),
            "path_bool_for_int": lambda: logs.get_event_log(True),
            "path_list_for_str": lambda: dags.get_dag([DAG_ID]),
            "path_none": lambda: dags.get_dag(None),
            "path_none_second": lambda: runs.get_dag_run(DAG_ID, None),
            "query_str_for_int": lambda: dags.get_dags(limit="5"),
            "query_float_for_int": lambda: dags.get_dags(limit=5.0),
            "query_int_for_str": lambda: dags.get_dags(order_by=5),
            "query_list_for_str": lambda: dags.get_dags(order_by=["dag_id"]),
            "query_str_for_bool": lambda: dags.get_dags(paused="false"),
            "query_str_for_list": lambda: dags.get_dags(tags="etl"),
            "query_tuple_for_list": lambda: dags.get_dags(tags=("etl",)),
            "query_item_int_for_str": lambda: dags.get_dags(tags=["etl", 1]),
            "query_state_item": lambda: runs.get_dag_runs(DAG_ID, state=[1]),
            "query_below_minimum": lambda: dags.get_dags(offset=-1),
            "query_datetime_not_iso": lambda: runs.get_dag_runs(DAG_ID, execution_date_gte="yesterday"),
            "query_int_for_datetime": lambda: runs.get_dag_runs(DAG_ID, execution_date_gte=5),
            "unexpected_keyword": lambda: dags.get_dag(DAG_ID, bogus=1),
            "unexpected_option": lambda: dags.get_dag(DAG_ID, _timeout=5),
            "missing_argument": lambda: dags.get_dag(),
            "missing_second_argument": lambda: runs.get_dag_run(DAG_ID),
        },
    )


@scenario("mistakes.bodies")
def _mistaken_bodies(c: Any) -> None:
    """The body of an API method: none, not a model, another model, a dict with a wrong field."""
    pools = c.api("PoolApi")
    _mistakes(
        c,
        {
            "none": lambda: pools.post_pool(None),
            "str": lambda: pools.post_pool("etl"),
            "int": lambda: pools.post_pool(5),
            "list": lambda: pools.post_pool([{"name": "etl"}]),
            "other_model": lambda: pools.post_pool(c.model("DAG")(is_paused=True)),
            "dict_wrong_field": lambda: pools.post_pool({"name": "etl", "slots": "8"}),
            "dict_none_field": lambda: c.api("DAGApi").patch_dag(DAG_ID, {"is_paused": True, "owners": None}),
            "dict_wrong_item": lambda: c.api("TaskInstanceApi").get_task_instances_batch({"dag_ids": [1]}),
            "dict_missing_required": lambda: c.api("DatasetApi").create_dataset_event({"extra": {"rows": 1}}),
            "enum_not_allowed": lambda: c.api("DAGRunApi").update_dag_run_state(
                *RUN, c.model("UpdateDagRunState")(state="paused")
            ),
        },
    )


@scenario("mistakes.models")
def _mistaken_models(c: Any) -> None:
    """Models built with wrong types, None, values outside the spec's rules, positional
    arguments, a required field left out; and what is no mistake (an unknown keyword, a
    field the spec does not require left out)."""
    m = c.model
    pool = m("Pool")(name="etl", slots=1)
    _mistakes(
        c,
        {
            "int_for_str": lambda: m("DAG")(dag_id=5),
            "int_for_str_field": lambda: m("Pool")(name=8),
            "str_for_int": lambda: m("Pool")(name="etl", slots="8"),
            "float_for_int": lambda: m("Pool")(name="etl", slots=8.0),
            "str_for_dict": lambda: m("DAGRun")(conf="{}"),
            "str_for_list": lambda: m("ListDagRunsForm")(dag_ids="a"),
            "list_item": lambda: m("ListDagRunsForm")(dag_ids=["a", 1]),
            "none_not_nullable": lambda: m("Pool")(name=None),
            "enum_not_allowed": lambda: m("UpdateDagRunState")(state="paused"),
            "str_for_enum_model": lambda: m("UpdateTaskInstance")(new_state="sucess"),
            "int_for_enum_model": lambda: m("DAGRun")(state=5),
            "other_enum_model": lambda: m("UpdateTaskInstancesState")(new_state=m("DagState")("queued")),
            "int_for_datetime": lambda: m("DAGRun")(logical_date=20240501),
            "str_not_a_datetime": lambda: m("DAGRun")(logical_date="yesterday"),
            "datetime_for_str": lambda: m("ClearTaskInstances")(start_date=WHEN),
            "composed_wrong_type": lambda: m("DAGCollection")(dags=5),
            "composed_too_short": lambda: m("User")(username=""),
            "too_few_items": lambda: m("ClearTaskInstances")(task_ids=[]),
            "below_minimum": lambda: m("ListDagRunsForm")(page_limit=0),
            "below_minimum_zero": lambda: m("ListDagRunsForm")(page_offset=-1),
            "too_short": lambda: m("Role")(name=""),
            "positional": lambda: m("DAGRun")("x"),
            "positional_dict": lambda: m("Pool")({"name": "etl"}),
            "positional_extra": lambda: m("CreateDatasetEvent")(URI, {"rows": 1}),
            "missing_required": lambda: m("CreateDatasetEvent")(extra={}),
            "missing_required_only": lambda: m("SetTaskInstanceNote")(),
            "setattr_wrong_type": lambda: setattr(pool, "slots", "8"),
            "setitem_wrong_type": lambda: pool.__setitem__("slots", "8"),
            "setattr_none": lambda: setattr(pool, "name", None),
            "unknown_keyword": lambda: m("Pool")(name="etl", bogus=1),
            "not_required_left_out": lambda: m("Pool")(slots=1),
            "nothing_given": lambda: m("DAGRun")(),
        },
    )


@scenario("mistakes.enums")
def _mistaken_enums(c: Any) -> None:
    """The one-value models (``DagState``, ``TaskState``, ``Color``) given a value they do not
    take, or none."""
    m = c.model
    _mistakes(
        c,
        {
            "dag_state_not_allowed": lambda: m("DagState")("paused"),
            "dag_state_int": lambda: m("DagState")(5),
            "dag_state_none": lambda: m("DagState")(None),
            "task_state_not_allowed": lambda: m("TaskState")("sucess"),
            "update_task_state_not_allowed": lambda: m("UpdateTaskState")("running"),
            "from_openapi_data_not_allowed": lambda: m("DagState")._from_openapi_data("paused"),
            "no_value": lambda: m("DagState")(),
            "other_keyword": lambda: m("DagState")(val="queued"),
            "color_int": lambda: m("Color")(5),
            "color_none": lambda: m("Color")(None),
            "color_no_value": lambda: m("Color")(),
        },
    )


def _get_dag_endpoint(c: Any) -> Any:
    """``get_dag`` as an ``Endpoint``, built as the official generated code builds it."""

    def get_dag(endpoint: Any, dag_id: Any, **kwargs: Any) -> Any:
        kwargs["dag_id"] = dag_id
        for key, value in ENDPOINT_DEFAULTS.items():
            kwargs.setdefault(key, value)
        return endpoint.call_with_http_info(**kwargs)

    return c.import_module("airflow_client.client.api_client").Endpoint(
        settings={
            "response_type": (c.model("DAG"),),
            "auth": ["Basic"],
            "endpoint_path": "/dags/{dag_id}",
            "operation_id": "get_dag",
            "http_method": "GET",
            "servers": None,
        },
        params_map={"all": ["dag_id", "fields"], "required": ["dag_id"], "nullable": [], "enum": [], "validation": []},
        root_map={
            "validations": {},
            "allowed_values": {},
            "openapi_types": {"dag_id": (str,), "fields": ([str],)},
            "attribute_map": {"dag_id": "dag_id", "fields": "fields"},
            "location_map": {"dag_id": "path", "fields": "query"},
            "collection_format_map": {"fields": "multi"},
        },
        headers_map={"accept": ["application/json"], "content_type": []},
        api_client=c.client,
        callable=get_dag,
    )


#: What the official generated methods fill in before ``call_with_http_info``.
ENDPOINT_DEFAULTS = {
    "async_req": False,
    "_return_http_data_only": True,
    "_preload_content": True,
    "_request_timeout": None,
    "_check_input_type": True,
    "_check_return_type": True,
    "_spec_property_naming": False,
    "_content_type": None,
    "_host_index": None,
}


@scenario("mistakes.endpoint")
def _mistaken_endpoint(c: Any) -> None:
    """An ``Endpoint`` (the official client's per-operation object) called with what it does not take."""
    endpoint = _get_dag_endpoint(c)
    _mistakes(
        c,
        {
            "wrong_type": lambda: endpoint(5),
            "none": lambda: endpoint(None),
            "none_unchecked": lambda: endpoint(None, _check_input_type=False),
            "list_item": lambda: endpoint(DAG_ID, fields=["dag_id", 1]),
            "unexpected": lambda: endpoint(DAG_ID, bogus=1),
            "missing": lambda: endpoint.call_with_http_info(**ENDPOINT_DEFAULTS),
        },
    )


@scenario("mistakes.options")
def _mistaken_options(c: Any) -> None:
    """Per-call options of the wrong type."""
    dags = c.api("DAGApi")
    _mistakes(
        c,
        {
            "request_timeout_str": lambda: dags.get_dag(DAG_ID, _request_timeout="5"),
            "request_timeout_dict": lambda: dags.get_dag(DAG_ID, _request_timeout={}),
            "request_timeout_list_of_str": lambda: dags.get_dag(DAG_ID, _request_timeout=["5"]),
            "async_req_str": lambda: dags.get_dag(DAG_ID, async_req="yes"),
            "async_req_none": lambda: dags.get_dag(DAG_ID, async_req=None),
            "preload_content_str": lambda: dags.get_dag(DAG_ID, _preload_content="no"),
            "data_only_int": lambda: dags.get_dag(DAG_ID, _return_http_data_only=1),
            "check_input_type_int": lambda: dags.get_dag(DAG_ID, _check_input_type=0),
            "check_return_type_none": lambda: dags.get_dag(DAG_ID, _check_return_type=None),
            "content_type_int": lambda: dags.get_dag(DAG_ID, _content_type=5),
            "host_index_str": lambda: dags.get_dag(DAG_ID, _host_index="0"),
            "spec_property_naming_str": lambda: dags.get_dag(DAG_ID, _spec_property_naming="x"),
        },
    )


@scenario("mistakes.model_utils")
def _mistaken_model_utils(c: Any) -> None:
    """The checks of ``model_utils`` that code calls itself."""
    utils = c.import_module("airflow_client.client.model_utils")
    allowed = {("state",): {"SUCCESS": "success", "FAILED": "failed"}}
    _mistakes(
        c,
        {
            "allowed_value": lambda: utils.check_allowed_values(allowed, ("state",), "paused"),
            "allowed_values": lambda: utils.check_allowed_values(allowed, ("state",), ["paused"]),
            "minimum": lambda: utils.check_validations({("offset",): {"inclusive_minimum": 0}}, ("offset",), -1),
            "maximum": lambda: utils.check_validations({("limit",): {"inclusive_maximum": 100}}, ("limit",), 101),
            "min_length": lambda: utils.check_validations({("name",): {"min_length": 1}}, ("name",), ""),
            "max_length": lambda: utils.check_validations({("name",): {"max_length": 2}}, ("name",), "abc"),
            "min_items": lambda: utils.check_validations({("ids",): {"min_items": 1}}, ("ids",), []),
            "pattern": lambda: utils.check_validations({("c",): {"regex": {"pattern": "^#"}}}, ("c",), "red"),
            "wrong_type": lambda: utils.validate_and_convert_types("5", (int,), ["limit"], False, True),
            "none": lambda: utils.validate_and_convert_types(None, (int,), ["limit"], False, True),
            "item": lambda: utils.validate_and_convert_types(["5"], ([int],), ["ids"], False, True),
            "not_a_datetime": lambda: utils.deserialize_primitive("yesterday", datetime, ["when"]),
        },
    )
