"""The administrative resources of a real Airflow 2.10.5: connections, users,
roles and permissions, plugins and providers, variables and pools, import
errors, DAG warnings, event logs, DAG stats, and the DAG operations that need
DAGs of our own (patch_dags, reparse_dag_file, delete_dag).

Every test runs twice (lenient and strict parsing, see the ``api`` fixture), so
everything a test creates gets a fresh uuid suffix.  The DAG files this module
needs are written once, by the module fixture ``own_dags``, into the server's
dags folder, and removed again (with their DAGs) at the end of the module.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import time
import uuid
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Callable, Dict, Iterator, List, Optional, TypeVar

import pytest

import airflow_client.client as client
from airflow_client.client.api.connection_api import ConnectionApi
from airflow_client.client.api.dag_api import DAGApi
from airflow_client.client.api.dag_stats_api import DagStatsApi
from airflow_client.client.api.dag_warning_api import DagWarningApi
from airflow_client.client.api.event_log_api import EventLogApi
from airflow_client.client.api.import_error_api import ImportErrorApi
from airflow_client.client.api.permission_api import PermissionApi
from airflow_client.client.api.plugin_api import PluginApi
from airflow_client.client.api.pool_api import PoolApi
from airflow_client.client.api.provider_api import ProviderApi
from airflow_client.client.api.role_api import RoleApi
from airflow_client.client.api.user_api import UserApi
from airflow_client.client.api.variable_api import VariableApi
from airflow_client.client.models import (
    DAG,
    Action,
    ActionResource,
    Connection,
    Resource,
    Role,
    User,
    UserCollectionItemRoles,
    Variable,
)
from test.integration._values import not_there, older, sv, when

T = TypeVar("T")

#: Bounds of the polls that wait for the scheduler's DAG processor.
POLL_SECONDS = 2.0
PARSE_TIMEOUT = 120.0
DEACTIVATE_TIMEOUT = 60.0
REPARSE_TIMEOUT = 45.0

#: All DAG files and DAG ids of this module start with this (unique per run).
PREFIX = f"it_admin_{uuid.uuid4().hex[:8]}"

VALID_DAG = '''\
"""A DAG written by test_admin_resources.py; removed again by the tests."""
import pendulum

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG(
    dag_id={dag_id!r},
    schedule=None,
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    catchup=False,
    tags=["it_admin"],
):
    EmptyOperator(task_id="nothing", pool={pool!r})
'''

BROKEN_DAG = """\
# A broken airflow DAG file written by test_admin_resources.py (a syntax error on purpose).
from airflow import DAG

this is not python (
"""


def unique(kind: str) -> str:
    return f"{PREFIX}_{kind}_{uuid.uuid4().hex[:8]}"


def poll(what: str, probe: Callable[[], Optional[T]], timeout: float) -> T:
    """``probe()`` every POLL_SECONDS until it returns something other than None."""
    deadline = time.monotonic() + timeout
    while True:
        result = probe()
        if result is not None:
            return result
        if time.monotonic() > deadline:
            pytest.fail(f"{what}: not after {timeout:.0f} s", pytrace=False)
        time.sleep(POLL_SECONDS)


def find_in_pages(fetch: Callable[[int, int], Any], items: str, match: Callable[[Any], bool]) -> Any:
    """The first item of a paged collection for which ``match`` is true, or None."""
    offset, limit = 0, 100
    while True:
        page = fetch(limit, offset)
        batch = page[items] or []
        for item in batch:
            if match(item):
                return item
        offset += len(batch)
        if not batch or offset >= page.total_entries:
            return None


def wait_inactive(dags: DAGApi, dag_id: str) -> None:
    """Wait until the DAG processor noticed that the DAG's file is gone."""

    def inactive() -> Optional[bool]:
        try:
            return True if dags.get_dag(dag_id).is_active is False else None
        except client.NotFoundException:
            return True

    poll(f"{dag_id} still active after its file was removed", inactive, DEACTIVATE_TIMEOUT)


# -- the module's own DAG files ---------------------------------------------------------


@pytest.fixture(scope="module")
def own_dags(plain_api: client.ApiClient, airflow_server: Dict[str, Any]) -> Iterator[SimpleNamespace]:
    """DAG files of our own in the server's dags folder, parsed:

    * ``paused``: two DAGs ``<PREFIX>_p_a``/``_p_b`` (matched by ``pattern``);
      ``_p_b`` uses a pool that does not exist, which makes a DAG warning;
    * ``deletable``: one DAG per parsing mode for the delete_dag test;
    * ``broken``: a file with a syntax error, whose import error is listed.
    """
    folder = Path(airflow_server["dags_folder"])
    folder.mkdir(parents=True, exist_ok=True)
    missing_pool = f"{PREFIX}_no_such_pool"
    paused = [f"{PREFIX}_p_a", f"{PREFIX}_p_b"]
    deletable = [f"{PREFIX}_d_0", f"{PREFIX}_d_1"]
    files: Dict[str, Path] = {}
    for dag_id in paused + deletable:
        pool = missing_pool if dag_id.endswith("_p_b") else "default_pool"
        files[dag_id] = folder / f"{dag_id}.py"
        files[dag_id].write_text(VALID_DAG.format(dag_id=dag_id, pool=pool))
    broken = folder / f"{PREFIX}_broken.py"
    broken.write_text(BROKEN_DAG)
    dags = DAGApi(plain_api)
    try:

        def everything_parsed() -> Optional[bool]:
            found = {d.dag_id for d in dags.get_dags(dag_id_pattern=PREFIX, limit=100).dags}
            if not set(paused + deletable) <= found:
                return None
            errors = ImportErrorApi(plain_api).get_import_errors(limit=100).import_errors
            if not any(e.filename == str(broken) for e in errors):
                return None
            warnings = DagWarningApi(plain_api).get_dag_warnings(dag_id=paused[1]).dag_warnings
            return True if warnings else None

        poll(f"the DAG files {PREFIX}_* parsed", everything_parsed, PARSE_TIMEOUT)
        yield SimpleNamespace(
            pattern=f"{PREFIX}_p_",
            paused=paused,
            deletable=list(deletable),
            files=files,
            broken=broken,
            missing_pool=missing_pool,
        )
    finally:
        for path in [*files.values(), broken]:
            path.unlink(missing_ok=True)
        for dag_id in paused + deletable:
            try:
                wait_inactive(dags, dag_id)
                dags.delete_dag(dag_id)
            except client.NotFoundException:
                pass


# -- connections -------------------------------------------------------------------------


def newest_events(events: EventLogApi, airflow_version: str, event: str, since: dt.datetime) -> List[Any]:
    """The event logs named ``event`` since ``since``, newest first: filtered by the server from
    Airflow 2.8 on (``event``, ``after``), before it by us, among the newest 100."""
    if older(airflow_version, "2.8.0"):  # no filter parameters yet: the server answers 400 to them
        page = events.get_event_logs(order_by="-event_log_id", limit=100)
        return [e for e in page.event_logs if e.event == event and e.when >= since]
    page = events.get_event_logs(event=event, after=since, order_by="-event_log_id", limit=100)
    assert all(e.event == event for e in page.event_logs)
    return list(page.event_logs)


def test_connection_lifecycle(api: client.ApiClient, airflow_version: str) -> None:
    connections = ConnectionApi(api)
    conn_id = unique("conn")
    body = Connection(
        connection_id=conn_id,
        conn_type="http",
        description="from the tests",
        host="example.invalid",
        login="someone",
        password="s3cret",
        schema="https",
        port=8080,
        extra='{"timeout": 5}',
    )
    since = dt.datetime.now(dt.timezone.utc) - dt.timedelta(seconds=5)
    created = connections.post_connection(body)
    try:
        assert (created.connection_id, created.conn_type, created.host, created.port) == (
            conn_id,
            "http",
            "example.invalid",
            8080,
        )
        assert created.schema == "https" and created.login == "someone"
        assert "password" not in created  # write-only on the server side

        got = connections.get_connection(conn_id)
        assert (got.connection_id, got.description, got.extra) == (conn_id, "from the tests", '{"timeout": 5}')
        assert (got.schema, got.port) == ("https", 8080)

        patch = Connection(connection_id=conn_id, conn_type="http", host="ignored.invalid", port=9090, description="p")
        patched = connections.patch_connection(conn_id, patch, update_mask=["port", "description"])
        assert (patched.port, patched.description) == (9090, "p")
        assert patched.host == "example.invalid"  # not in the update mask: unchanged
        again = connections.get_connection(conn_id)
        assert (again.port, again.description, again.host, again.login) == (9090, "p", "example.invalid", "someone")

        listed = find_in_pages(
            lambda limit, offset: connections.get_connections(limit=limit, offset=offset, order_by="connection_id"),
            "connections",
            lambda c: c.connection_id == conn_id,
        )
        assert listed is not None, f"{conn_id} not in get_connections"
        assert (listed.conn_type, listed.host, listed.port, listed.schema) == ("http", "example.invalid", 9090, "https")

        # The creation is in the event log, with the connection's id and without its password
        # (named "api.connection.create" from Airflow 2.9 on, "connection.create" before).
        event = "connection.create" if older(airflow_version, "2.9.0") else "api.connection.create"
        logs = newest_events(EventLogApi(api), airflow_version, event, since)
        if older(airflow_version, "2.9.0"):  # extra "[]": the event does not name the connection
            mine = [e for e in logs if e.extra in ("[]", None) or conn_id in e.extra]
        else:
            mine = [e for e in logs if conn_id in (e.extra or "")]
        assert mine and "s3cret" not in (mine[0].extra or "")
        assert mine[0].owner in ("admin", "admin (Ad Min)", "Ad Min")  # 2.6.3: "admin (Ad Min)", 2.7.3: "Ad Min"
    finally:
        connections.delete_connection(conn_id)
    with pytest.raises(client.NotFoundException) as info:
        connections.get_connection(conn_id)
    assert info.value.status == 404


def test_test_connection(api: client.ApiClient, tmp_path: Path) -> None:
    connections = ConnectionApi(api)
    database = tmp_path / "it_admin.db"
    conn_id = unique("t")
    ok = connections.test_connection(Connection(connection_id=conn_id, conn_type="sqlite", host=str(database)))
    assert (ok.status, ok.message) == (True, "Connection successfully tested")
    assert database.exists()  # sqlite made the file: the server really connected

    bad = connections.test_connection(
        Connection(connection_id=conn_id, conn_type="sqlite", host=str(tmp_path / "no" / "such" / "dir.db"))
    )
    assert bad.status is False and "unable to open database file" in bad.message
    # A test is transient: the connection was not stored.
    with pytest.raises(client.NotFoundException):
        connections.get_connection(conn_id)


# -- roles and permissions --------------------------------------------------------------------


def test_roles_and_permissions(api: client.ApiClient) -> None:
    permissions = PermissionApi(api).get_permissions(limit=100)
    action_names = {a.name for a in permissions.actions}
    assert {"can_read", "can_edit", "can_create", "can_delete", "menu_access"} <= action_names
    assert permissions.total_entries == len(permissions.actions)

    roles = RoleApi(api)
    listed = roles.get_roles(limit=100)
    assert {"Admin", "Op", "User", "Viewer", "Public"} <= {r.name for r in listed.roles}
    viewer = roles.get_role("Viewer")
    viewer_pairs = {(p.action.name, p.resource.name) for p in viewer.actions}
    assert ("can_read", "DAGs") in viewer_pairs and ("can_edit", "DAGs") not in viewer_pairs

    def grant(action: str, resource: str) -> ActionResource:
        assert action in action_names, f"{action} not among get_permissions' actions"
        return ActionResource(action=Action(name=action), resource=Resource(name=resource))

    name, new_name = unique("role"), unique("role")
    created = roles.post_role(Role(name=name, actions=[grant("can_read", "DAGs")]))
    try:
        # Airflow 2.10.5's post_role answers 200 with ``{}``: it dumps the role it
        # looked up before creating it (None).  So the role is checked with get_role.
        assert isinstance(created, Role) and created.to_dict() == {}
        got = roles.get_role(name)
        assert got.name == name
        assert {(p.action.name, p.resource.name) for p in got.actions} == {("can_read", "DAGs")}

        patched = roles.patch_role(
            name,
            Role(name=name, actions=[grant("can_read", "DAGs"), grant("can_edit", "DAGs"), grant("can_read", "Pools")]),
            update_mask=["actions"],
        )
        three = {("can_read", "DAGs"), ("can_edit", "DAGs"), ("can_read", "Pools")}
        assert patched.name == name
        assert {(p.action.name, p.resource.name) for p in patched.actions} == three
        assert {(p.action.name, p.resource.name) for p in roles.get_role(name).actions} == three

        renamed = roles.patch_role(name, Role(name=new_name, actions=[]), update_mask=["name"])
        assert renamed.name == new_name
        assert len(roles.get_role(new_name).actions) == 3  # the actions were not in the mask
        with pytest.raises(client.NotFoundException):
            roles.get_role(name)
        names = {r.name for r in roles.get_roles(limit=100).roles}
        assert new_name in names and name not in names
    finally:
        for role_name in (new_name, name):
            with contextlib.suppress(client.NotFoundException):
                roles.delete_role(role_name)
    with pytest.raises(client.NotFoundException) as info:
        roles.get_role(new_name)
    assert info.value.status == 404


# -- plugins, providers, variables, pools -------------------------------------------------------


def test_plugins_and_providers(api: client.ApiClient, airflow_version: str) -> None:
    plugins = PluginApi(api).get_plugins(limit=100)
    assert plugins.total_entries == len(plugins.plugins)
    by_name = {p.name: p for p in plugins.plugins}
    if older(airflow_version, "2.10.0"):
        # Before 2.10 load_examples loads no example plugins (the plugins folder is empty here).
        assert "workday_timetable_plugin" not in by_name
    else:
        # The example plugins come with load_examples.
        workday = by_name["workday_timetable_plugin"]
        assert workday.timetables == ["airflow.example_dags.plugins.workday.AfterWorkdayTimetable"]
        assert workday.source.endswith("example_dags/plugins/workday.py")
        assert by_name["MetadataCollectionPlugin"].listeners == ["airflow.example_dags.plugins.event_listener"]

    answer = ProviderApi(api).get_providers()
    assert type(answer) is dict and answer["total_entries"] == len(answer["providers"])  # as the official client
    providers = {p["package_name"]: p for p in answer["providers"]}
    assert {"apache-airflow-providers-http", "apache-airflow-providers-sqlite"} <= set(providers)
    sqlite = providers["apache-airflow-providers-sqlite"]
    assert sqlite["version"] and sqlite["version"][0].isdigit() and "SQLite" in sqlite["description"]


def test_variables_listing_and_default_pool(api: client.ApiClient, airflow_version: str) -> None:
    variables = VariableApi(api)
    key = unique("var")
    variables.post_variables(Variable(key=key, value="listed", description="from the tests"))
    try:
        found = find_in_pages(
            lambda limit, offset: variables.get_variables(limit=limit, offset=offset),
            "variables",
            lambda v: v.key == key,
        )
        assert found is not None, f"{key} not in get_variables"
        # Airflow 2.6 and 2.7 drop the description of a posted variable (a server bug)
        assert found.description == (None if older(airflow_version, "2.8.0") else "from the tests")
    finally:
        variables.delete_variable(key)

    pool = PoolApi(api).get_pool("default_pool")
    assert (pool.name, pool.description) == ("default_pool", "Default pool")
    assert pool.slots == 128 and 0 <= pool.open_slots <= pool.slots
    # include_deferred and deferred_slots came with 2.7: absent before (get() gives None)
    assert pool.get("include_deferred") is (None if older(airflow_version, "2.7.0") else False)
    assert all(n >= 0 for n in (pool.occupied_slots, pool.running_slots, pool.queued_slots))
    assert pool.get("deferred_slots", 0) >= 0


# -- import errors, DAG warnings, DAG stats ----------------------------------------------------------


def test_import_errors(api: client.ApiClient, own_dags: SimpleNamespace) -> None:
    errors = ImportErrorApi(api)
    listed = errors.get_import_errors(limit=100)
    assert listed.total_entries >= len(listed.import_errors) >= 1
    mine = [e for e in listed.import_errors if e.filename == str(own_dags.broken)]
    assert len(mine) == 1, [e.filename for e in listed.import_errors]
    one = errors.get_import_error(mine[0].import_error_id)
    assert (one.import_error_id, one.filename) == (mine[0].import_error_id, str(own_dags.broken))
    assert "SyntaxError" in one.stack_trace and "this is not python (" in one.stack_trace
    assert isinstance(one.timestamp, str)  # format: datetime, a str as in the official client
    assert abs(when(one.timestamp) - dt.datetime.now(dt.timezone.utc)) < dt.timedelta(hours=1)
    with pytest.raises(client.NotFoundException):
        errors.get_import_error(2**31 - 1)


def test_dag_warnings(api: client.ApiClient, own_dags: SimpleNamespace) -> None:
    warnings = DagWarningApi(api)
    every = warnings.get_dag_warnings(limit=100)
    assert every.total_entries == len(every.dag_warnings)
    dag_id = own_dags.paused[1]
    mine = warnings.get_dag_warnings(dag_id=dag_id)
    assert mine.total_entries == len(mine.dag_warnings) == 1
    warning = mine.dag_warnings[0]  # a plain dict, as the official client holds the items
    assert type(warning) is dict
    assert (warning["dag_id"], warning["warning_type"]) == (dag_id, "non-existent pool")
    assert own_dags.missing_pool in warning["message"]
    assert when(warning["timestamp"]).tzinfo is not None
    assert (dag_id, "non-existent pool") in {(w["dag_id"], w["warning_type"]) for w in every.dag_warnings}
    by_type = warnings.get_dag_warnings(warning_type="non-existent pool", limit=100)
    assert all(w["warning_type"] == "non-existent pool" for w in by_type.dag_warnings)
    assert dag_id in {w["dag_id"] for w in by_type.dag_warnings}
    # The other DAG of ours uses default_pool: no warning.
    assert warnings.get_dag_warnings(dag_id=own_dags.paused[0]).dag_warnings == []


def test_dag_stats(api: client.ApiClient, own_dags: SimpleNamespace, airflow_version: str) -> None:
    ours = own_dags.paused[0]
    if not_there(airflow_version, "2.10.0", "get_dag_stats", lambda: DagStatsApi(api).get_dag_stats(ours)):
        return
    stats = DagStatsApi(api).get_dag_stats(f"example_bash_operator,{ours}")
    assert stats.total_entries == len(stats.dags) == 2
    by_dag = {d.dag_id: {sv(s.state): s.count for s in d.stats} for d in stats.dags}
    assert set(by_dag) == {"example_bash_operator", ours}
    for counts in by_dag.values():
        assert set(counts) == {"queued", "running", "success", "failed"}
        assert all(isinstance(n, int) and n >= 0 for n in counts.values())
    assert by_dag[ours] == {"queued": 0, "running": 0, "success": 0, "failed": 0}  # never run


# -- DAGs of our own: patch_dags, reparse_dag_file, event logs, delete_dag ------------------------------


def test_patch_dags_by_pattern(api: client.ApiClient, own_dags: SimpleNamespace) -> None:
    dags = DAGApi(api)
    try:
        unpaused = dags.patch_dags(own_dags.pattern, DAG(is_paused=False), update_mask=["is_paused"])
        assert unpaused.total_entries == len(unpaused.dags) == 2
        assert sorted(d.dag_id for d in unpaused.dags) == own_dags.paused
        assert all(d.is_paused is False for d in unpaused.dags)
        assert all(dags.get_dag(d).is_paused is False for d in own_dags.paused)
        assert all(dags.get_dag(d).is_paused is True for d in own_dags.deletable)  # not matched
    finally:
        paused = dags.patch_dags(own_dags.pattern, DAG(is_paused=True), update_mask=["is_paused"])
    assert sorted(d.dag_id for d in paused.dags) == own_dags.paused
    assert all(d.is_paused is True for d in paused.dags)
    assert all(dags.get_dag(d).is_paused is True for d in own_dags.paused)


def test_reparse_dag_file(api: client.ApiClient, own_dags: SimpleNamespace, airflow_version: str) -> None:
    dags = DAGApi(api)
    dag_id = own_dags.paused[0]
    before = dags.get_dag(dag_id)
    assert before.fileloc == str(own_dags.files[dag_id]) and before.file_token
    # PUT /parseDagFile came with 2.10 (the spec does not say so; 2.9.3 has no such route)
    if not_there(airflow_version, "2.10.0", "reparse_dag_file", lambda: dags.reparse_dag_file(before.file_token)):
        return
    requested = dt.datetime.now(dt.timezone.utc)
    assert dags.reparse_dag_file(before.file_token) is None

    def parsed_again() -> Optional[DAG]:
        dag = dags.get_dag(dag_id)
        return dag if dag.last_parsed_time > requested else None

    after = poll(f"{dag_id} parsed again after reparse_dag_file", parsed_again, REPARSE_TIMEOUT)
    assert after.last_parsed_time > before.last_parsed_time and after.is_active is True
    with pytest.raises(client.ApiException) as info:
        dags.reparse_dag_file("not-a-file-token")
    assert info.value.status in (400, 404)


def test_event_logs_of_own_actions(api: client.ApiClient, own_dags: SimpleNamespace, airflow_version: str) -> None:
    dags, events = DAGApi(api), EventLogApi(api)
    dag_id = own_dags.paused[0]
    since = dt.datetime.now(dt.timezone.utc) - dt.timedelta(seconds=5)
    if older(airflow_version, "2.9.0"):
        # Before 2.9 the API logs no DAG actions (nor names its events api.*): a variable of ours
        # makes the event, "variable.delete" (which names the key, as "variable.create" does not).
        key = unique("evvar")
        VariableApi(api).post_variables(Variable(key=key, value="logged"))
        VariableApi(api).delete_variable(key)
        found = [e for e in newest_events(events, airflow_version, "variable.delete", since) if key in (e.extra or "")]
        assert found, f"no variable.delete event of {key}"
        one = events.get_event_log(found[0].event_log_id)
        assert (one.event_log_id, one.event, one.when) == (found[0].event_log_id, "variable.delete", found[0].when)
        newest = events.get_event_logs(order_by="-event_log_id", limit=20).event_logs
        assert [e.event_log_id for e in newest] == sorted((e.event_log_id for e in newest), reverse=True)
        with pytest.raises(client.NotFoundException):
            events.get_event_log(2**31 - 1)
        return
    patched = dags.patch_dag(dag_id, DAG(is_paused=True), update_mask=["is_paused"])  # a no-op, logged
    assert patched.is_paused is True

    logs = events.get_event_logs(dag_id=dag_id, event="api.patch_dag", after=since, order_by="-event_log_id")
    assert logs.total_entries == len(logs.event_logs) >= 1
    latest = logs.event_logs[0]
    assert (latest.dag_id, latest.event, latest.owner) == (dag_id, "api.patch_dag", "admin")
    assert latest.when >= since
    assert [e.event_log_id for e in logs.event_logs] == sorted((e.event_log_id for e in logs.event_logs), reverse=True)

    one = events.get_event_log(latest.event_log_id)
    assert (one.event_log_id, one.dag_id, one.event, one.when) == (
        latest.event_log_id,
        dag_id,
        "api.patch_dag",
        latest.when,
    )
    # Every event of this DAG so far came from the REST API (it never ran).
    everything = events.get_event_logs(dag_id=dag_id, limit=100)
    assert everything.total_entries >= 1
    assert all(e.dag_id == dag_id and e.event.startswith("api.") for e in everything.event_logs)
    excluded = events.get_event_logs(dag_id=dag_id, excluded_events="api.patch_dag", limit=100)
    assert all(e.event != "api.patch_dag" for e in excluded.event_logs)
    with pytest.raises(client.NotFoundException):
        events.get_event_log(2**31 - 1)


def test_delete_dag(api: client.ApiClient, own_dags: SimpleNamespace) -> None:
    dags = DAGApi(api)
    dag_id = own_dags.deletable.pop()
    found = dags.get_dag(dag_id)
    assert (found.dag_id, found.is_active, found.fileloc) == (dag_id, True, str(own_dags.files[dag_id]))
    own_dags.files[dag_id].unlink()
    wait_inactive(dags, dag_id)  # else the processor could bring the DAG back from the file
    assert dags.delete_dag(dag_id) is None
    with pytest.raises(client.NotFoundException) as info:
        dags.get_dag(dag_id)
    assert info.value.status == 404
    assert dags.get_dags(dag_id_pattern=dag_id, only_active=False).total_entries == 0
    with pytest.raises(client.NotFoundException):
        dags.delete_dag(dag_id)


# -- users --------------------------------------------------------------------------------------------
# Last in the module: Airflow 2.10.5 (FAB provider) answers users with naive date-times
# (created_on, changed_on, last_login, e.g. "2026-11-25T01:40:05.321952") although the spec
# declares them format date-time, so the strict run of this test fails on post_user.


def test_user_lifecycle(api: client.ApiClient) -> None:
    users = UserApi(api)
    username = unique("user")
    email = f"{username}@example.com"
    body = User(
        username=username,
        email=email,
        first_name="Inte",
        last_name="Gration",
        password=uuid.uuid4().hex,
        roles=[UserCollectionItemRoles(name="Viewer")],
    )
    try:
        created = users.post_user(body)
        assert (created.username, created.email, created.first_name, created.last_name) == (
            username,
            email,
            "Inte",
            "Gration",
        )
        assert [r.name for r in created.roles] == ["Viewer"]
        assert created.active is True and created.last_login is None and "password" not in created

        got = users.get_user(username)
        assert (got.username, got.email, [r.name for r in got.roles]) == (username, email, ["Viewer"])
        assert isinstance(got.created_on, str) and when(got.created_on).year >= 2024  # Airflow sends it naive
        # Airflow 2.10.5 sends "fail_login_count"; the spec's failed_login_count is filled from it
        assert got.failed_login_count == got["fail_login_count"] and got.login_count in (None, 0)

        listed = find_in_pages(
            lambda limit, offset: users.get_users(limit=limit, offset=offset),
            "users",
            lambda u: u.username == username,
        )
        assert listed is not None and listed.email == email
        assert users.get_users(limit=100).total_entries >= 2  # admin and ours

        patch = User(
            username=username,
            email=email,
            first_name="Ignored",
            last_name="Patched",
            roles=[UserCollectionItemRoles(name="Viewer"), UserCollectionItemRoles(name="Op")],
        )
        patched = users.patch_user(username, patch, update_mask=["last_name", "roles"])
        assert (patched.first_name, patched.last_name) == ("Inte", "Patched")
        assert sorted(r.name for r in patched.roles) == ["Op", "Viewer"]
        again = users.get_user(username)
        assert (again.first_name, again.last_name, sorted(r.name for r in again.roles)) == (
            "Inte",
            "Patched",
            ["Op", "Viewer"],
        )
    finally:
        with contextlib.suppress(client.NotFoundException):
            users.delete_user(username)
    with pytest.raises(client.NotFoundException) as info:
        users.get_user(username)
    assert info.value.status == 404
