"""The same 2.x client calls against a real Airflow 3 (issue 15).

Runs only when asked (``AIRFLOW3=1``; ``make test-airflow3``): it starts, or reuses, the
Airflow 3 of ``AIRFLOW_LOCAL_VERSION=3.3.2 scripts/airflow_local.py up`` (its own state dir,
``.airflow-local/compat/3.3.2``) and stops it at the end if it started it.  Another Airflow 3
of ``airflow_local.VERSIONS`` is tested with ``AIRFLOW_LOCAL_VERSION`` set to it (``make compat``
does, issue 23).  The FAB auth manager's server is started last, after the simple auth
manager's was stopped (one server at a time); ``AIRFLOW3_FAB=0`` leaves it out (the
users/roles/permissions test is skipped then, and the operation table does not ask for it).  Every client here
is a plain ``Configuration(host=<server>, username=, password=)``: the client finds out that
the server is Airflow 3 and translates each call (``airflow_client/client/airflow3/translations.py``).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
import time
import uuid
from datetime import datetime, timedelta, timezone
from typing import Any, Dict, Iterator, Tuple

import pytest

import airflow_client.client as client
from airflow_client.client import NotFoundException, NotSupportedOnServerError, trigger_dag_run_and_wait
from airflow_client.client.api.connection_api import ConnectionApi
from airflow_client.client.api.dag_api import DAGApi
from airflow_client.client.api.dag_run_api import DAGRunApi
from airflow_client.client.api.event_log_api import EventLogApi
from airflow_client.client.api.monitoring_api import MonitoringApi
from airflow_client.client.api.pool_api import PoolApi
from airflow_client.client.api.task_instance_api import TaskInstanceApi
from airflow_client.client.api.user_api import UserApi
from airflow_client.client.api.variable_api import VariableApi
from airflow_client.client.api.x_com_api import XComApi
from airflow_client.client.models import DAG, Connection, DAGRun, Pool, Variable

pytestmark = pytest.mark.skipif(os.environ.get("AIRFLOW3") != "1", reason="Airflow 3 tests run with AIRFLOW3=1")

VERSION = os.environ.get("AIRFLOW_LOCAL_VERSION") or "3.3.2"
VERSION_KEY = tuple(int(part) for part in VERSION.split(".")[:3])
#: What the server itself does differently between Airflow 3 releases (its data, not the client's
#: translation, which declares its own differences in rows valid from/until a version):
#: the DAG processors of Airflow 3.0 and 3.1 record no DAG warnings (3.0.6's and 3.1.8's
#: processor.py pass ``warnings=[]``, "TODO: Make `bag.dag_warnings` not return SQLA model
#: objects"; on 3.1 only the command line's DAG syncing records some); from 3.2 on they do.
RECORDS_DAG_WARNINGS = VERSION_KEY >= (3, 2)
#: the assets of the example DAGs (18 on 3.0.6 and 3.1.8, over 30 on 3.3.2)
EXAMPLE_ASSETS = 30 if VERSION_KEY >= (3, 3) else 18
#: whether the FAB auth manager's server is started for the users, roles and permissions test
WITH_FAB = os.environ.get("AIRFLOW3_FAB", "1") != "0"
XCOM_DAG = "example_xcom"


@pytest.fixture(scope="module")
def af3() -> Iterator[Dict[str, Any]]:
    from test.integration.conftest import _load_airflow_local

    os.environ["AIRFLOW_LOCAL_VERSION"] = os.environ.get("AIRFLOW_LOCAL_VERSION") or VERSION
    airflow_local = _load_airflow_local()
    try:
        state = airflow_local.up()
    except Exception as exc:  # fail with the logs, never skip
        pytest.fail(f"could not start Airflow 3: {exc}\n\n{getattr(exc, 'log_tail', '')}", pytrace=False)
    try:
        yield state
    finally:
        if not state.get("reused"):
            airflow_local.down()


#: {operation: {server ("simple" or "fab"): {test names}}}: what each test called with success
#: (or, for "not supported", the typed error); written out by the last test of the module
CALLED: Dict[str, Dict[str, set]] = {}


@pytest.fixture(autouse=True)
def _record(request: Any, monkeypatch: Any) -> None:
    original = client.ApiClient._v2_flow

    def recording(self: Any, op: Any, options: Any, params: Any) -> Any:  # a flow, as the one it wraps
        try:
            result = yield from original(self, op, options, params)
        except NotSupportedOnServerError as exc:
            server = "fab" if self._served.get("/auth/fab/v1") else "simple"
            if exc.parameter is None:
                CALLED.setdefault(op.name, {}).setdefault(f"{server}: not supported", set()).add(request.node.name)
            raise
        server = "fab" if self._served.get("/auth/fab/v1") else "simple"  # known after the call
        CALLED.setdefault(op.name, {}).setdefault(server, set()).add(request.node.name)
        return result

    monkeypatch.setattr(client.ApiClient, "_v2_flow", recording)


def configuration(state: Dict[str, Any], **options: Any) -> client.Configuration:
    options.setdefault("username", state["username"])
    options.setdefault("password", state["password"])
    return client.Configuration(host=state["base_url"], **options)


@pytest.fixture(scope="module")
def api(af3: Dict[str, Any]) -> Iterator[client.ApiClient]:
    with client.ApiClient(configuration(af3)) as api_client:
        yield api_client


@pytest.fixture(scope="module")
def finished_run(api: client.ApiClient) -> str:
    """A run of example_xcom that succeeded (the DAG paused again afterwards)."""
    return _finished(api, XCOM_DAG).dag_run_id


def test_detects_airflow3_and_answers_version_and_health(af3: Dict[str, Any]) -> None:
    with client.ApiClient(configuration(af3)) as api_client:
        assert MonitoringApi(api_client).get_version().version == VERSION
        assert api_client._api == "v2"
        health = MonitoringApi(api_client).get_health()
    with client.ApiClient(configuration(af3, password="wrong")) as wrong:  # answered to anyone, as on Airflow 2
        assert MonitoringApi(wrong).get_health().metadatabase.status.value == "healthy"
        assert MonitoringApi(wrong).get_version().version == VERSION
    assert health.metadatabase.status.value == "healthy"
    assert health.scheduler.status.value == "healthy"
    assert health.dag_processor.status.value == "healthy"


def test_get_dags_filters_order_and_fields(api: client.ApiClient) -> None:
    dags = DAGApi(api)
    page = dags.get_dags(limit=5, order_by="-dag_id")
    ids = [d.dag_id for d in page.dags]
    assert len(ids) == 5 and ids == sorted(ids, reverse=True)
    assert page.total_entries > 50
    everything = dags.get_dags()  # Airflow 2's page of 100, not Airflow 3's 50
    assert len(everything.dags) == min(100, everything.total_entries)
    tagged = dags.get_dags(tags=["example2"]).dags
    assert tagged and all("example2" in [t.name for t in d.tags] for d in tagged)
    matching = dags.get_dags(dag_id_pattern="xcom").dags
    assert matching and all("xcom" in d.dag_id for d in matching)
    paused = dags.get_dags(paused=False).dags
    assert all(d.is_paused is False for d in paused)
    cut = dags.get_dags(limit=2, fields=["dag_id", "is_paused"]).dags
    assert [sorted(d.to_dict()) for d in cut] == [["dag_id", "is_paused"]] * 2


def test_get_dag_maps_airflow2_fields_and_patch_dag(api: client.ApiClient) -> None:
    dags = DAGApi(api)
    dag = dags.get_dag("example_bash_operator")
    assert dag.is_active is True
    assert dag.schedule_interval.value == "0 0 * * *"
    assert dag.next_dagrun is not None
    assert dag.file_token
    # what Airflow 2 sent, not Airflow 3's own fields (timetable_summary, bundle_name...)
    assert set(dag.to_dict()) <= set(DAG.attribute_map.values()) and "timetable_summary" not in dag.to_dict()
    assert not hasattr(dag, "timetable_summary") and (dag.default_view, dag.pickle_id) == ("grid", None)
    assert dags.get_dag("example_bash_operator", fields=["dag_id"]).to_dict() == {"dag_id": "example_bash_operator"}
    raw = json.loads(dags.get_dag("example_bash_operator", _preload_content=False).data)  # the 2.x answer, unread
    assert (raw["is_active"], raw["schedule_interval"]["value"]) == (True, "0 0 * * *")
    try:
        assert (
            dags.patch_dag("example_bash_operator", DAG(is_paused=False), update_mask=["is_paused"]).is_paused is False
        )
        assert dags.get_dag("example_bash_operator").is_paused is False
    finally:
        assert dags.patch_dag("example_bash_operator", DAG(is_paused=True), update_mask=["is_paused"]).is_paused is True


def test_dag_runs_create_filter_order_delete(api: client.ApiClient) -> None:
    runs = DAGRunApi(api)
    dag_id = "example_bash_operator"  # paused: the runs stay queued
    early, late = datetime(2001, 1, 1, tzinfo=timezone.utc), datetime(2001, 6, 1, tzinfo=timezone.utc)
    tag = uuid.uuid4().hex[:6]
    made = []
    try:
        first = runs.post_dag_run(dag_id, DAGRun(dag_run_id=f"a-{tag}", logical_date=early, conf={"n": 1}))
        made.append(first.dag_run_id)
        second = runs.post_dag_run(dag_id, DAGRun(dag_run_id=f"b-{tag}", execution_date=late))
        made.append(second.dag_run_id)
        now = runs.post_dag_run(dag_id, DAGRun(dag_run_id=f"c-{tag}"))  # no date: now, as Airflow 2
        made.append(now.dag_run_id)
        mid = datetime(1999, 3, 1, 12, 30, tzinfo=timezone.utc)  # outside the window below
        unnamed = runs.post_dag_run(dag_id, DAGRun(execution_date=mid))
        made.append(unnamed.dag_run_id)
        assert unnamed.dag_run_id == f"manual__{mid.isoformat()}"  # made from the date, as Airflow 2 made it
        assert first.execution_date == early and first.logical_date == early
        assert second.execution_date == late
        assert abs(now.execution_date - datetime.now(timezone.utc)) < timedelta(minutes=5)
        assert first.external_trigger is True and first.run_type == "manual"
        assert first.conf == {"n": 1}
        window = runs.get_dag_runs(
            dag_id,
            execution_date_gte=early - timedelta(days=1),
            execution_date_lte=late + timedelta(days=1),
            order_by="-execution_date",
        )
        assert [r.dag_run_id for r in window.dag_runs] == [f"b-{tag}", f"a-{tag}"]
        assert window.total_entries == 2
        only_late = runs.get_dag_runs(dag_id, execution_date_gte=late)
        assert f"a-{tag}" not in [r.dag_run_id for r in only_late.dag_runs]
        got = runs.get_dag_run(dag_id, f"a-{tag}")
        assert got.state.value == "queued" and got.execution_date == early
    finally:
        for run_id in made:
            runs.delete_dag_run(dag_id, run_id)
    with pytest.raises(NotFoundException):
        runs.get_dag_run(dag_id, f"a-{tag}")


def test_task_instances_log_and_xcom_of_a_finished_run(api: client.ApiClient, finished_run: str) -> None:
    tis = TaskInstanceApi(api)
    listed = tis.get_task_instances(XCOM_DAG, finished_run)
    assert listed.total_entries >= 4
    assert all(ti.state.value in ("success", "skipped") for ti in listed.task_instances)
    assert all(ti.execution_date is not None for ti in listed.task_instances)
    # text date-times in Airflow 2's form (Airflow 3 writes "...Z")
    assert all(ti.start_date.endswith("+00:00") for ti in listed.task_instances if ti.start_date)
    succeeded = tis.get_task_instances(XCOM_DAG, finished_run, state=["success"])
    assert succeeded.total_entries == len([t for t in listed.task_instances if t.state.value == "success"])
    push = tis.get_task_instance(XCOM_DAG, finished_run, "push")
    assert push.state.value == "success" and push.try_number == 1
    log = tis.get_log(XCOM_DAG, finished_run, "push", 1, full_content=True)
    assert isinstance(log.content, str) and "INFO" in log.content
    text = tis.get_log(XCOM_DAG, finished_run, "push", 1, _accept="text/plain")
    assert isinstance(text, str) and text == log.content
    xcoms = XComApi(api).get_xcom_entries(XCOM_DAG, finished_run, "push")
    assert xcoms.total_entries >= 1
    assert xcoms.xcom_entries[0].key == "value from pusher 1"
    assert xcoms.xcom_entries[0].execution_date is not None


def test_variables(api: client.ApiClient) -> None:
    variables = VariableApi(api)
    key = f"af3_{uuid.uuid4().hex[:8]}"
    created = variables.post_variables(Variable(key=key, value="one", description="d"))
    try:
        assert (created.key, created.value) == (key, "one")
        assert variables.patch_variable(key, Variable(key=key, value="two"), update_mask=["value"]).value == "two"
        assert variables.get_variable(key).value == "two"
        listed = variables.get_variables(order_by="value", limit=100)
        assert key in [v.key for v in listed.variables]
    finally:
        variables.delete_variable(key)
    with pytest.raises(NotFoundException) as info:
        variables.get_variable(key)
    assert key in (info.value.detail or "")


def test_pools_and_connections(api: client.ApiClient) -> None:
    pools = PoolApi(api)
    name = f"af3_{uuid.uuid4().hex[:8]}"
    assert pools.post_pool(Pool(name=name, slots=3)).open_slots == 3
    try:
        assert pools.get_pool(name).slots == 3
        assert name in [p.name for p in pools.get_pools(limit=100).pools]
    finally:
        pools.delete_pool(name)
    with pytest.raises(NotFoundException):
        pools.get_pool(name)
    conns = ConnectionApi(api)
    conn_id = f"af3_{uuid.uuid4().hex[:8]}"
    conns.post_connection(Connection(connection_id=conn_id, conn_type="http", host="example.com", port=80))
    try:
        got = conns.get_connection(conn_id)
        assert (got.conn_type, got.host, got.port) == ("http", "example.com", 80)
        assert conn_id in [c.connection_id for c in conns.get_connections(limit=100).connections]
    finally:
        conns.delete_connection(conn_id)


def _expired_jwt(secret: str) -> str:
    """A JWT as Airflow 3 signs them (HS512), expired an hour ago."""

    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    now = int(time.time())
    header = b64(json.dumps({"alg": "HS512", "typ": "JWT", "kid": "not-used"}).encode())
    claims = {"sub": "admin", "role": "admin", "aud": "apache-airflow", "iat": now - 7200, "nbf": now - 7200}
    body = b64(json.dumps(dict(claims, exp=now - 3600, jti=uuid.uuid4().hex)).encode())
    signature = hmac.new(secret.encode(), f"{header}.{body}".encode(), hashlib.sha512).digest()
    return f"{header}.{body}.{b64(signature)}"


def test_expired_token_is_renewed(af3: Dict[str, Any]) -> None:
    from test.integration.conftest import _load_airflow_local

    expired = _expired_jwt(_load_airflow_local().JWT_SECRET)
    with client.ApiClient(configuration(af3, access_token=expired)) as given:  # used as is: refused
        with pytest.raises(client.UnauthorizedException) as info:
            VariableApi(given).get_variables()
    assert "Token Expired" in str(info.value)
    with client.ApiClient(configuration(af3)) as api_client:
        VariableApi(api_client).get_variables()
        api_client._credentials._jwt = expired  # as if the JWT fetched had expired meanwhile
        assert VariableApi(api_client).get_variables().total_entries >= 0
        assert api_client._credentials._jwt != expired


def test_no_equivalent_raises_the_typed_error(api: client.ApiClient) -> None:
    with pytest.raises(NotSupportedOnServerError) as info:
        UserApi(api).get_users()
    assert info.value.server_version == VERSION and "simple_auth_manager_users" in str(info.value)


def test_tasks_and_config(api: client.ApiClient) -> None:
    dags = DAGApi(api)
    tasks = dags.get_tasks("example_bash_operator", order_by="task_id").tasks
    ids = [t.task_id for t in tasks]
    assert "run_this_last" in ids and ids == sorted(ids)
    one = dags.get_task("example_bash_operator", "run_this_last")
    assert one.retries == 0 and one.class_ref.class_name == "EmptyOperator"
    assert one.retry_exponential_backoff is False
    from airflow_client.client.api.config_api import ConfigApi

    config = ConfigApi(api).get_config(section="core")
    assert [s.name for s in config.sections] == ["core"]
    text = ConfigApi(api).get_config(section="core", _accept="text/plain")
    assert isinstance(text, str) and text.startswith("[core]")


# -- issue 15, part 2: the other operations ---------------------------------------------------

TUTORIAL = "tutorial"
MAPPED_DAG = "example_dynamic_task_mapping"
ASSET_DAG = "asset_consumes_unknown_never_scheduled"  # scheduled on ASSET_A and ASSET_B, produces ASSET_OUT
ASSET_A = "s3://unrelated/asset3.txt"
ASSET_B = "s3://unrelated/asset_other_unknown.txt"
ASSET_OUT = "s3://unrelated_task/asset_other_unknown.txt"
LONELY_ASSET = "s3://consuming_1_task/asset_other.txt"  # produced by asset_consumes_1, consumed by none


def _finished(api: client.ApiClient, dag_id: str) -> DAGRun:
    """A run of ``dag_id`` that succeeded (the DAG paused again afterwards)."""
    run_id = f"af3-{uuid.uuid4().hex[:8]}"
    try:
        run = trigger_dag_run_and_wait(api, dag_id, dag_run_id=run_id, unpause=True, poll_interval=1, timeout=240)
    finally:
        DAGApi(api).patch_dag(dag_id, DAG(is_paused=True), update_mask=["is_paused"])
    assert run.state.value == "success"
    return run


@pytest.fixture(scope="module")
def tutorial_run(api: client.ApiClient, af3: Dict[str, Any]) -> Iterator[DAGRun]:
    run = _finished(api, TUTORIAL)
    yield run
    if af3.get("stopped"):  # the FAB test stopped the server, and its database with it
        return
    with contextlib.suppress(NotFoundException):
        DAGRunApi(api).delete_dag_run(TUTORIAL, run.dag_run_id)


@pytest.fixture(scope="module")
def mapped_run(api: client.ApiClient) -> DAGRun:
    return _finished(api, MAPPED_DAG)


def sv(value: Any) -> Any:
    return getattr(value, "value", value)


def when(value: Any) -> datetime:
    """A datetime of a model field typed as a string in the 2.x spec (RFC 3339 text)."""
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value).replace("Z", "+00:00"))


def test_dag_details_source_stats_and_warnings(api: client.ApiClient, tutorial_run: DAGRun, mapped_run: DAGRun) -> None:
    dags = DAGApi(api)
    details = dags.get_dag_details("example_bash_operator")
    assert details.dag_id == "example_bash_operator" and details.is_active is True
    assert details.dag_run_timeout.days == 0 and details.dag_run_timeout.seconds == 3600
    assert details.schedule_interval.value == "0 0 * * *"
    every_day = dags.get_dag(TUTORIAL).schedule_interval  # schedule=timedelta(days=1)
    assert (type(every_day).__name__, every_day.days, every_day.seconds) == ("TimeDelta", 1, 0)
    assert dags.get_dag_details("example_bash_operator", fields=["dag_id"]).to_dict() == {
        "dag_id": "example_bash_operator"
    }
    source = dags.get_dag_source(details.file_token)
    assert "example_bash_operator" in source.content
    text = dags.get_dag_source(details.file_token, _accept="text/plain")
    assert isinstance(text, str) and "example_bash_operator" in text
    with pytest.raises(NotFoundException):
        dags.get_dag_source("not-a-file-token")
    from airflow_client.client.api.dag_stats_api import DagStatsApi

    stats = DagStatsApi(api).get_dag_stats(f"{TUTORIAL},{MAPPED_DAG}")  # DAGs with runs
    assert stats.total_entries == len(stats.dags) == 2
    assert {d.dag_id for d in stats.dags} == {TUTORIAL, MAPPED_DAG}
    counts = {(d.dag_id, sv(s.state)): s.count for d in stats.dags for s in d.stats}
    assert counts[(MAPPED_DAG, "success")] >= 1
    from airflow_client.client.api.dag_warning_api import DagWarningApi

    warnings = DagWarningApi(api)
    every = warnings.get_dag_warnings(limit=100)
    if not every.dag_warnings and not RECORDS_DAG_WARNINGS:  # none to read: the call and an empty answer
        assert every.total_entries == 0
        assert (
            warnings.get_dag_warnings(dag_id="example_bash_operator", warning_type="non-existent pool").dag_warnings
            == []
        )
        return
    assert every.total_entries == len(every.dag_warnings) >= 1
    first = every.dag_warnings[0]  # a plain dict, as the official client holds the items
    assert type(first) is dict and not first["timestamp"].endswith("Z")
    mine = warnings.get_dag_warnings(dag_id=first["dag_id"])
    assert mine.total_entries == len(mine.dag_warnings) == 1 and mine.dag_warnings[0]["message"]
    by_type = warnings.get_dag_warnings(warning_type=first["warning_type"], limit=100)
    assert first["dag_id"] in {w["dag_id"] for w in by_type.dag_warnings}
    assert all(w["warning_type"] == first["warning_type"] for w in by_type.dag_warnings)
    assert warnings.get_dag_warnings(dag_id="example_bash_operator").dag_warnings == []


def test_patch_dags_reparse_and_delete_dag(api: client.ApiClient) -> None:
    dags = DAGApi(api)
    pattern = "example_xcom"
    expected = sorted(d.dag_id for d in dags.get_dags(dag_id_pattern=pattern).dags)
    assert len(expected) >= 2
    try:
        unpaused = dags.patch_dags(pattern, DAG(is_paused=False), update_mask=["is_paused"])
        assert unpaused.total_entries == len(unpaused.dags) == len(expected)
        assert sorted(d.dag_id for d in unpaused.dags) == expected and all(not d.is_paused for d in unpaused.dags)
    finally:
        paused = dags.patch_dags(pattern, DAG(is_paused=True), update_mask=["is_paused"])
    assert all(d.is_paused for d in paused.dags)
    token = dags.get_dag("example_bash_operator").file_token
    assert dags.reparse_dag_file(token) is None
    with pytest.raises(NotFoundException):
        dags.reparse_dag_file("not-a-file-token")
    victim = "example_short_circuit_decorator"  # parsed again from its file afterwards
    assert dags.delete_dag(victim) is None
    with pytest.raises(NotFoundException):
        dags.get_dag(victim)


def test_dag_runs_batch_state_note_and_clear(api: client.ApiClient, tutorial_run: DAGRun, mapped_run: DAGRun) -> None:
    from airflow_client.client.models import ClearDagRun, ListDagRunsForm, SetDagRunNote, UpdateDagRunState

    runs = DAGRunApi(api)
    # a microsecond before the finished run: the window between the two holds no other run
    # (unpausing the DAG for the finished run made the scheduler add one of its own, dated
    # when it was unpaused: a second before the finished run is a window it can fall in)
    queued = runs.post_dag_run(
        TUTORIAL,
        DAGRun(
            dag_run_id=f"q-{uuid.uuid4().hex[:6]}", logical_date=tutorial_run.execution_date - timedelta(microseconds=1)
        ),
    )
    try:
        form = ListDagRunsForm(
            dag_ids=[TUTORIAL],
            states=["success", "queued"],
            execution_date_gte=queued.execution_date,
            execution_date_lte=tutorial_run.execution_date,
            order_by="-execution_date",
        )
        both = runs.get_dag_runs_batch(form)
        assert both.total_entries == 2
        assert [r.dag_run_id for r in both.dag_runs] == [tutorial_run.dag_run_id, queued.dag_run_id]
        form.page_offset, form.page_limit = 1, 1
        assert [r.dag_run_id for r in runs.get_dag_runs_batch(form).dag_runs] == [queued.dag_run_id]
        several = runs.get_dag_runs_batch(
            ListDagRunsForm(dag_ids=[MAPPED_DAG, TUTORIAL], states=["success"], page_limit=100)
        )
        found = {(r.dag_id, r.dag_run_id) for r in several.dag_runs}
        assert {(MAPPED_DAG, mapped_run.dag_run_id), (TUTORIAL, tutorial_run.dag_run_id)} <= found
        assert {sv(r.state) for r in several.dag_runs} == {"success"}

        run_id = queued.dag_run_id
        failed = runs.update_dag_run_state(TUTORIAL, run_id, UpdateDagRunState(state="failed"))
        assert (failed.dag_run_id, sv(failed.state)) == (run_id, "failed") and failed.end_date is not None
        assert sv(runs.update_dag_run_state(TUTORIAL, run_id, UpdateDagRunState(state="queued")).state) == "queued"
        note = f"checked by the tests ✓ {uuid.uuid4().hex[:6]}"
        noted = runs.set_dag_run_note(TUTORIAL, run_id, SetDagRunNote(note=note))
        assert (noted.dag_run_id, noted.note, sv(noted.state)) == (run_id, note, "queued")
        assert runs.get_dag_run(TUTORIAL, run_id).note == note
    finally:
        runs.delete_dag_run(TUTORIAL, queued.dag_run_id)

    # clear a finished run: a dry run lists its task instances, the real one queues it again
    done = tutorial_run.dag_run_id
    preview = runs.clear_dag_run(TUTORIAL, done, ClearDagRun(dry_run=True))
    assert type(preview) is dict  # the JSON in the 2.x shape, as the official client answers
    assert sorted(ti["task_id"] for ti in preview["task_instances"]) == ["print_date", "sleep", "templated"]
    assert {(ti["dag_id"], ti["dag_run_id"], when(ti["execution_date"])) for ti in preview["task_instances"]} == {
        (TUTORIAL, done, tutorial_run.execution_date)
    }
    assert all(not ti["execution_date"].endswith("Z") for ti in preview["task_instances"])  # Airflow 2's form
    assert sv(runs.get_dag_run(TUTORIAL, done).state) == "success"


def test_task_instances_batch_mapped_tries_and_dependencies(api: client.ApiClient, mapped_run: DAGRun) -> None:
    from airflow_client.client.models import ListTaskInstanceForm

    tis = TaskInstanceApi(api)
    run_id = mapped_run.dag_run_id

    def of_the_run(**filters: Any) -> ListTaskInstanceForm:
        return ListTaskInstanceForm(dag_ids=[MAPPED_DAG], dag_run_ids=[run_id], **filters)

    every = tis.get_task_instances_batch(of_the_run(state=["success"]))
    got = sorted((ti.task_id, ti.map_index, sv(ti.state)) for ti in every.task_instances)
    assert got == [
        ("add_one", 0, "success"),
        ("add_one", 1, "success"),
        ("add_one", 2, "success"),
        ("sum_it", -1, "success"),
    ]
    assert every.total_entries == 4 and all(ti.execution_date is not None for ti in every.task_instances)
    only = tis.get_task_instances_batch(of_the_run(task_ids=["sum_it"])).task_instances
    assert [(ti.task_id, ti.dag_run_id, ti.try_number) for ti in only] == [("sum_it", run_id, 1)]
    none = tis.get_task_instances_batch(of_the_run(state=["failed"]))
    assert (none.task_instances, none.total_entries) == ([], 0)

    listed = tis.get_mapped_task_instances(MAPPED_DAG, run_id, "add_one", order_by="-map_index")
    assert [(ti.map_index, sv(ti.state)) for ti in listed.task_instances] == [
        (2, "success"),
        (1, "success"),
        (0, "success"),
    ]
    assert listed.total_entries == 3
    page = tis.get_mapped_task_instances(MAPPED_DAG, run_id, "add_one", limit=1, offset=1)
    assert [ti.map_index for ti in page.task_instances] == [1] and page.total_entries == 3
    one = tis.get_mapped_task_instance(MAPPED_DAG, run_id, "add_one", 2)
    assert (one.task_id, one.map_index, sv(one.state), one.try_number) == ("add_one", 2, "success", 1)
    assert tis.get_mapped_task_instance_dependencies(MAPPED_DAG, run_id, "add_one", 2).dependencies == []

    tries = tis.get_task_instance_tries(MAPPED_DAG, run_id, "sum_it")
    assert tries.total_entries == 1
    [only_try] = tries.task_instances_history
    assert (only_try.task_id, only_try.try_number, sv(only_try.state), only_try.map_index) == (
        "sum_it",
        1,
        "success",
        -1,
    )
    detail = tis.get_task_instance_try_details(MAPPED_DAG, run_id, "sum_it", 1)
    assert (detail.dag_id, detail.dag_run_id, detail.task_id, detail.try_number) == (MAPPED_DAG, run_id, "sum_it", 1)
    assert detail.end_date >= detail.start_date and str(detail.start_date).endswith(("Z", "+00:00"))
    with pytest.raises(NotFoundException):
        tis.get_task_instance_try_details(MAPPED_DAG, run_id, "sum_it", 2)
    mapped_tries = tis.get_mapped_task_instance_tries(MAPPED_DAG, run_id, "add_one", 2)
    assert [(t.map_index, t.try_number, sv(t.state)) for t in mapped_tries.task_instances_history] == [
        (2, 1, "success")
    ]
    mapped_detail = tis.get_mapped_task_instance_try_details(MAPPED_DAG, run_id, "add_one", 2, 1)
    assert (mapped_detail.task_id, mapped_detail.map_index, mapped_detail.try_number) == ("add_one", 2, 1)
    assert mapped_detail.pid == one.pid and mapped_detail.hostname == one.hostname
    # Airflow 2.10.5 ignored limit/offset/order_by on tries and answered every try: so does this
    every = tis.get_task_instance_tries(MAPPED_DAG, run_id, "sum_it")
    assert tis.get_task_instance_tries(MAPPED_DAG, run_id, "sum_it", limit=1).to_dict() == every.to_dict()
    assert tis.get_task_instance_dependencies(MAPPED_DAG, run_id, "sum_it").dependencies == []
    assert tis.get_extra_links(MAPPED_DAG, run_id, "sum_it").to_dict() == {"extra_links": []}


def test_xcom_entry_stringified_by_default(api: client.ApiClient, mapped_run: DAGRun) -> None:
    xcoms = XComApi(api)
    run_id = mapped_run.dag_run_id
    # (Airflow 3's example_dynamic_task_mapping: sum_it prints its total, it returns nothing)
    first = xcoms.get_xcom_entry(MAPPED_DAG, run_id, "add_one", "return_value", map_index=0)
    assert (first.key, first.task_id, first.dag_id, first.map_index) == ("return_value", "add_one", MAPPED_DAG, 0)
    assert first.value == "2" and first.execution_date is not None  # stringify defaults to true, as in Airflow 2
    for map_index, value in enumerate([2, 3, 4]):
        entry = xcoms.get_xcom_entry(
            MAPPED_DAG, run_id, "add_one", "return_value", map_index=map_index, stringify=False
        )
        assert (entry.map_index, entry.value) == (map_index, value)
    with pytest.raises(NotFoundException):
        xcoms.get_xcom_entry(MAPPED_DAG, run_id, "add_one", "return_value")  # map_index -1 does not exist


def test_patch_set_state_notes_and_clear_task_instances(
    api: client.ApiClient, tutorial_run: DAGRun, mapped_run: DAGRun
) -> None:
    from airflow_client.client.models import (
        ClearTaskInstances,
        SetTaskInstanceNote,
        TaskInstanceReference,
        UpdateTaskInstance,
        UpdateTaskInstancesState,
    )

    dags, tis = DAGApi(api), TaskInstanceApi(api)
    run_id = tutorial_run.dag_run_id

    def states() -> Dict[str, Any]:
        return {ti.task_id: sv(ti.state) for ti in tis.get_task_instances(TUTORIAL, run_id).task_instances}

    assert states() == {"print_date": "success", "sleep": "success", "templated": "success"}
    preview = tis.patch_task_instance(
        TUTORIAL, run_id, "print_date", UpdateTaskInstance(dry_run=True, new_state="failed")
    )
    assert isinstance(preview, TaskInstanceReference)
    assert (preview.dag_id, preview.dag_run_id, preview.task_id) == (TUTORIAL, run_id, "print_date")
    assert states()["print_date"] == "success"
    done = tis.patch_task_instance(
        TUTORIAL, run_id, "print_date", UpdateTaskInstance(dry_run=False, new_state="failed")
    )
    assert isinstance(done, TaskInstanceReference) and done.task_id == "print_date"
    assert states()["print_date"] == "failed"

    note = f"ti note {uuid.uuid4().hex[:6]}"
    noted = tis.set_task_instance_note(TUTORIAL, run_id, "print_date", SetTaskInstanceNote(note=note))
    assert (noted.task_id, noted.note, sv(noted.state), noted.map_index) == ("print_date", note, "failed", -1)
    assert tis.get_task_instance(TUTORIAL, run_id, "print_date").note == note

    set_success = UpdateTaskInstancesState(
        dag_run_id=run_id,
        task_id="print_date",
        include_upstream=False,
        include_downstream=True,
        include_future=False,
        include_past=False,
        new_state="success",
        dry_run=True,
    )
    preview_all = dags.post_set_task_instances_state(TUTORIAL, set_success)
    assert sorted(r.task_id for r in preview_all.task_instances) == ["print_date"]  # the others are success already
    assert states()["print_date"] == "failed"
    set_success.dry_run = False
    changed = dags.post_set_task_instances_state(TUTORIAL, set_success)
    assert [r.task_id for r in changed.task_instances] == ["print_date"]
    assert states() == {"print_date": "success", "sleep": "success", "templated": "success"}
    flags = {"include_upstream": False, "include_downstream": False, "include_future": False, "include_past": False}
    by_date = UpdateTaskInstancesState(
        execution_date=tutorial_run.execution_date.isoformat(),
        task_id="sleep",
        new_state="failed",
        dry_run=False,
        **flags,
    )
    assert [r.task_id for r in dags.post_set_task_instances_state(TUTORIAL, by_date).task_instances] == ["sleep"]
    assert states() == {"print_date": "success", "sleep": "failed", "templated": "success"}

    clear = ClearTaskInstances(  # reset_dag_runs not given: false, as Airflow 2's default (Airflow 3's is true)
        dry_run=True,
        dag_run_id=run_id,
        task_ids=["sleep", "templated"],
        only_failed=True,
        include_upstream=False,
        include_downstream=False,
    )
    to_clear = dags.post_clear_task_instances(TUTORIAL, clear)
    assert [(r.task_id, r.dag_run_id) for r in to_clear.task_instances] == [("sleep", run_id)]
    assert states()["sleep"] == "failed"
    clear.dry_run = False
    run_state = sv(DAGRunApi(api).get_dag_run(TUTORIAL, run_id).state)
    cleared = dags.post_clear_task_instances(TUTORIAL, clear)
    assert [r.task_id for r in cleared.task_instances] == ["sleep"]
    assert sv(DAGRunApi(api).get_dag_run(TUTORIAL, run_id).state) == run_state  # the run is not queued again
    assert states() == {"print_date": "success", "sleep": None, "templated": "success"}

    # a mapped one
    mapped = (MAPPED_DAG, mapped_run.dag_run_id, "add_one", 1)
    skip = UpdateTaskInstance(dry_run=True, new_state="skipped")
    preview_one = tis.patch_mapped_task_instance(*mapped, update_task_instance=skip)
    assert (preview_one.task_id, preview_one.dag_run_id) == ("add_one", mapped_run.dag_run_id)
    assert sv(tis.get_mapped_task_instance(*mapped).state) == "success"
    skip.dry_run = False
    assert tis.patch_mapped_task_instance(*mapped, update_task_instance=skip).task_id == "add_one"
    states_mapped = [sv(ti.state) for ti in tis.get_mapped_task_instances(*mapped[:3]).task_instances]
    assert states_mapped == ["success", "skipped", "success"]
    mapped_note = f"mapped note {uuid.uuid4().hex[:6]}"
    noted_one = tis.set_mapped_task_instance_note(*mapped, SetTaskInstanceNote(note=mapped_note))
    assert (noted_one.task_id, noted_one.map_index, noted_one.note, sv(noted_one.state)) == (
        "add_one",
        1,
        mapped_note,
        "skipped",
    )
    assert tis.get_mapped_task_instance(*mapped[:3], 0).note is None


def test_event_logs_import_errors_plugins_providers_config(api: client.ApiClient, af3: Dict[str, Any]) -> None:
    events = EventLogApi(api)
    since = datetime.now(timezone.utc) - timedelta(seconds=1)
    DAGApi(api).patch_dag("example_bash_operator", DAG(is_paused=True), update_mask=["is_paused"])
    logs = events.get_event_logs(
        dag_id="example_bash_operator", event="patch_dag", after=since, order_by="-event_log_id"
    )
    assert logs.total_entries == len(logs.event_logs) >= 1
    latest = logs.event_logs[0]
    assert latest.dag_id == "example_bash_operator" and latest.when >= since
    one = events.get_event_log(latest.event_log_id)
    assert (one.event_log_id, one.dag_id, one.event, one.when) == (
        latest.event_log_id,
        latest.dag_id,
        "patch_dag",
        latest.when,
    )
    newest = events.get_event_logs(order_by="-event_log_id", limit=20).event_logs
    assert [e.event_log_id for e in newest] == sorted((e.event_log_id for e in newest), reverse=True)
    excluded = events.get_event_logs(dag_id="example_bash_operator", excluded_events="patch_dag,get_dag", limit=100)
    assert all(e.event not in ("patch_dag", "get_dag") for e in excluded.event_logs)
    included = events.get_event_logs(included_events="patch_dag,cli_api_server", limit=100)
    assert {e.event for e in included.event_logs} <= {"patch_dag", "cli_api_server"} and included.total_entries >= 2
    with pytest.raises(NotFoundException):
        events.get_event_log(2**31 - 1)

    from airflow_client.client.api.import_error_api import ImportErrorApi

    broken = os.path.join(af3["dags_folder"], f"broken_{uuid.uuid4().hex[:6]}.py")
    with open(broken, "w") as f:
        f.write("from airflow import DAG\nraise RuntimeError('broken on purpose')\n")
    errors = ImportErrorApi(api)
    # the file's path as Airflow 2 gave it on Airflow 3.0; relative to its DAG bundle since 3.1
    # (the rows of get_import_errors/get_import_error valid until/from 3.1.0 say so)
    filename = broken if VERSION_KEY < (3, 1) else os.path.basename(broken)
    try:
        deadline = time.monotonic() + 90
        mine: list = []
        while not mine and time.monotonic() < deadline:
            listed = errors.get_import_errors(limit=100)
            mine = [e for e in listed.import_errors if e.filename == filename]
            time.sleep(1)
        assert len(mine) == 1, "the broken DAG file gave no import error in 90 s"
        assert listed.total_entries >= len(listed.import_errors) >= 1
        got = errors.get_import_error(mine[0].import_error_id)
        assert (got.import_error_id, got.filename) == (mine[0].import_error_id, filename)
        assert "broken on purpose" in got.stack_trace
    finally:
        os.remove(broken)
    with pytest.raises(NotFoundException):
        errors.get_import_error(2**31 - 1)

    from airflow_client.client.api.config_api import ConfigApi
    from airflow_client.client.api.plugin_api import PluginApi
    from airflow_client.client.api.provider_api import ProviderApi

    plugins = PluginApi(api).get_plugins(limit=100)
    assert plugins.total_entries == len(plugins.plugins)
    by_name = {p.name: p for p in plugins.plugins}
    assert by_name["MetadataCollectionPlugin"].listeners == ["airflow.example_dags.plugins.event_listener"]
    assert by_name["MetadataCollectionPlugin"].hooks == []
    providers = {p["package_name"]: p for p in ProviderApi(api).get_providers()["providers"]}
    assert {"apache-airflow-providers-standard", "apache-airflow-providers-common-sql"} <= set(providers)
    value = ConfigApi(api).get_value("core", "parallelism")
    assert [(s.name, [(o.key, o.value) for o in s.options]) for s in value.sections] == [
        ("core", [("parallelism", "32")])
    ]


def test_pools_and_connections_patch_list_and_test(api: client.ApiClient, tmp_path: Any) -> None:
    pools = PoolApi(api)
    name = f"af3_{uuid.uuid4().hex[:8]}"
    pools.post_pool(Pool(name=name, slots=3))
    try:
        patched = pools.patch_pool(
            name, Pool(name=name, slots=5, description="more"), update_mask=["slots", "description"]
        )
        assert (patched.slots, patched.description) == (5, "more")
        assert pools.get_pool(name).slots == 5
        listed = pools.get_pools(limit=100, order_by="-name").pools
        assert name in [p.name for p in listed]
        assert [p.name for p in listed] == sorted((p.name for p in listed), reverse=True)
    finally:
        pools.delete_pool(name)
    conns = ConnectionApi(api)
    conn_id = f"af3_{uuid.uuid4().hex[:8]}"
    conns.post_connection(Connection(connection_id=conn_id, conn_type="http", host="example.com", port=80))
    try:
        patch = Connection(connection_id=conn_id, conn_type="http", port=8080, description="patched")
        patched_conn = conns.patch_connection(conn_id, patch, update_mask=["port", "description"])
        assert (patched_conn.port, patched_conn.description, patched_conn.host) == (8080, "patched", "example.com")
        listed_conns = conns.get_connections(limit=100, order_by="connection_id").connections
        assert conn_id in [c.connection_id for c in listed_conns]
    finally:
        conns.delete_connection(conn_id)
    # (no sqlite provider comes with Airflow 3.3.2: the standard provider's fs hook tests a path)
    ok = conns.test_connection(Connection(connection_id="af3_test", conn_type="fs", extra=f'{{"path": "{tmp_path}"}}'))
    assert ok.status is True
    bad = conns.test_connection(Connection(connection_id="af3_test", conn_type="no_such_type"))
    assert bad.status is False and bad.message


def test_datasets_as_assets(api: client.ApiClient) -> None:
    from airflow_client.client.api.dataset_api import DatasetApi
    from airflow_client.client.models import CreateDatasetEvent

    datasets = DatasetApi(api)
    unrelated = datasets.get_datasets(uri_pattern="s3://unrelated/", order_by="uri")
    uris = [d.uri for d in unrelated.datasets]
    assert uris == [ASSET_A, ASSET_B, "s3://unrelated/this-asset-doesnt-get-triggered"]
    everything = datasets.get_datasets(limit=1)
    assert len(everything.datasets) == 1 and everything.total_entries >= EXAMPLE_ASSETS
    listed = datasets.get_datasets(limit=100)
    assert listed.total_entries == len(listed.datasets) == everything.total_entries
    page = datasets.get_datasets(uri_pattern="s3://unrelated/", order_by="uri", limit=1, offset=1)
    assert [d.uri for d in page.datasets] == [ASSET_B]
    by_dag = datasets.get_datasets(dag_ids=ASSET_DAG, limit=100)
    assert {d.uri for d in by_dag.datasets} == {ASSET_A, ASSET_B, ASSET_OUT}
    dataset = datasets.get_dataset("s3://dag1/output_1.txt")
    assert dataset.uri == "s3://dag1/output_1.txt"
    assert {"asset_consumes_1", "asset_consumes_1_and_2"} <= {d.dag_id for d in dataset.consuming_dags}
    assert ("asset_produces_1", "producing_task_1") in [(t.dag_id, t.task_id) for t in dataset.producing_tasks]
    assert datasets.get_dataset(ASSET_A).consuming_dags[0].dag_id == ASSET_DAG
    with pytest.raises(NotFoundException):
        datasets.get_dataset("s3://no/such:dataset.txt")

    lonely = datasets.get_dataset(LONELY_ASSET)
    marker = uuid.uuid4().hex
    extra = {"it": marker, "nested": {"list": [1, 2.5, None, "ü"]}}
    event = datasets.create_dataset_event(CreateDatasetEvent(dataset_uri=LONELY_ASSET, extra=extra))
    assert (event.dataset_id, event.dataset_uri) == (lonely.id, LONELY_ASSET)
    assert event.extra == {**extra, "from_rest_api": True}
    assert (event.source_dag_id, event.source_task_id, event.source_run_id) == (None, None, None)
    assert event.created_dagruns == [] and event.timestamp
    newest = datasets.get_dataset_events(dataset_id=lonely.id, order_by="-timestamp", limit=1)
    assert newest.total_entries >= 1 and [e.extra for e in newest.dataset_events] == [event.extra]
    assert newest.dataset_events[0].timestamp == event.timestamp


def test_dataset_queued_events_and_an_asset_triggered_run(api: client.ApiClient) -> None:
    from airflow_client.client.api.dataset_api import DatasetApi
    from airflow_client.client.models import CreateDatasetEvent

    datasets, runs = DatasetApi(api), DAGRunApi(api)
    marker = uuid.uuid4().hex

    def queue(uri: str) -> datetime:
        datasets.create_dataset_event(CreateDatasetEvent(dataset_uri=uri, extra={"it": marker}))
        return datetime.now(timezone.utc)

    def uris(collection: Any) -> Any:
        return [(q.dag_id, q.uri) for q in collection.datasets]

    with contextlib.suppress(NotFoundException):
        datasets.delete_dag_dataset_queued_events(ASSET_DAG)
    DAGApi(api).patch_dag(ASSET_DAG, DAG(is_paused=False), update_mask=["is_paused"])
    try:
        after = queue(ASSET_A)
        queued = datasets.get_dag_dataset_queued_events(ASSET_DAG)
        assert queued.total_entries == 1 and uris(queued) == [(ASSET_DAG, ASSET_A)]
        one = datasets.get_dag_dataset_queued_event(ASSET_DAG, ASSET_A)
        assert (one.dag_id, one.uri) == (ASSET_DAG, ASSET_A) and abs(one.created_at - after) < timedelta(minutes=1)
        assert uris(datasets.get_dag_dataset_queued_events(ASSET_DAG, before=after + timedelta(minutes=1))) == [
            (ASSET_DAG, ASSET_A)
        ]
        with pytest.raises(NotFoundException):
            datasets.get_dag_dataset_queued_event(ASSET_DAG, ASSET_B)
        by_dataset = datasets.get_dataset_queued_events(ASSET_A)
        assert by_dataset.total_entries == 1 and uris(by_dataset) == [(ASSET_DAG, ASSET_A)]
        assert datasets.delete_dag_dataset_queued_event(ASSET_DAG, ASSET_A) is None
        with pytest.raises(NotFoundException):
            datasets.get_dag_dataset_queued_event(ASSET_DAG, ASSET_A)
        queue(ASSET_A)
        assert datasets.delete_dataset_queued_events(ASSET_A) is None
        with pytest.raises(NotFoundException):
            datasets.get_dataset_queued_events(ASSET_A)
        queue(ASSET_A)
        assert datasets.delete_dag_dataset_queued_events(ASSET_DAG) is None
        with pytest.raises(NotFoundException):
            datasets.get_dag_dataset_queued_events(ASSET_DAG)

        # both assets: a run, triggered by them
        started = datetime.now(timezone.utc)
        queue(ASSET_A)
        queue(ASSET_B)
        deadline = time.monotonic() + 180
        run = None
        while time.monotonic() < deadline:
            found = [
                r
                for r in runs.get_dag_runs(ASSET_DAG, order_by="-start_date").dag_runs
                if r.run_type == "dataset_triggered" and r.execution_date >= started
            ]
            run = found[0] if found else None
            if run is not None and sv(run.state) in ("success", "failed"):
                break
            time.sleep(1)
        assert run is not None and sv(run.state) == "success", run
    finally:
        DAGApi(api).patch_dag(ASSET_DAG, DAG(is_paused=True), update_mask=["is_paused"])
    assert run.execution_date is not None  # run_after: an asset-triggered run has no logical date
    events = runs.get_upstream_dataset_events(ASSET_DAG, run.dag_run_id)
    ours = {e.dataset_uri: e for e in events.dataset_events if (e.extra or {}).get("it") == marker}
    assert set(ours) == {ASSET_A, ASSET_B} and events.total_entries == len(events.dataset_events)
    produced = datasets.get_dataset_events(source_dag_id=ASSET_DAG, source_run_id=run.dag_run_id)
    assert produced.total_entries == 1
    [made] = produced.dataset_events
    assert made.dataset_uri == ASSET_OUT
    assert (made.source_dag_id, made.source_task_id, made.source_run_id, made.source_map_index) == (
        ASSET_DAG,
        "unrelated_task",
        run.dag_run_id,
        -1,
    )
    plain = runs.get_upstream_dataset_events(MAPPED_DAG, runs.get_dag_runs(MAPPED_DAG, limit=1).dag_runs[0].dag_run_id)
    assert (plain.dataset_events, plain.total_entries) == ([], 0)


def test_users_without_fab_raise_the_typed_error(api: client.ApiClient) -> None:
    from airflow_client.client.api.permission_api import PermissionApi
    from airflow_client.client.api.role_api import RoleApi
    from airflow_client.client.models import Role, User

    users, roles = UserApi(api), RoleApi(api)
    someone = User(username="x", email="x@example.com", first_name="x", last_name="x", password="x")
    for call in (
        lambda: users.get_user("admin"),
        lambda: users.get_users(),
        lambda: users.post_user(someone),
        lambda: users.patch_user("x", someone),
        lambda: users.delete_user("x"),
        lambda: roles.get_roles(),
        lambda: roles.get_role("Admin"),
        lambda: roles.post_role(Role(name="x", actions=[])),
        lambda: roles.patch_role("x", Role(name="x", actions=[])),
        lambda: roles.delete_role("x"),
        lambda: PermissionApi(api).get_permissions(),
    ):
        with pytest.raises(NotSupportedOnServerError) as info:
            call()
        assert "users and roles need the FAB auth manager" in str(info.value)
    assert api._served == {"/auth/fab/v1": False}


def test_the_smoke_script_and_the_seed_example_run_unchanged(af3: Dict[str, Any]) -> None:
    """What users run against Airflow 2, word for word, pointed at Airflow 3's /api/v1 address."""
    import subprocess
    import sys
    from pathlib import Path

    from test.integration.test_seed_examples import GETTING_STARTED

    repo = Path(__file__).resolve().parents[2]
    v1 = af3["base_url"] + "/api/v1"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("AIRFLOW_")},
        "AIRFLOW_HOST": v1,
        "AIRFLOW_USERNAME": af3["username"],
        "AIRFLOW_PASSWORD": af3["password"],
    }
    smoke = subprocess.run(
        [sys.executable, str(repo / "test_python_client.py")], env=env, capture_output=True, text=True, timeout=240
    )
    assert smoke.returncode == 0, smoke.stdout[-2000:] + smoke.stderr[-2000:]
    assert "All 4 steps passed" in smoke.stdout
    code = GETTING_STARTED.replace(
        'client.Configuration(username="YOUR_USERNAME", password="YOUR_PASSWORD")',
        f'client.Configuration(host="{v1}", username="{af3["username"]}", password="{af3["password"]}")',
    )
    seed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert seed.returncode == 0 and "Exception when calling" not in seed.stdout, seed.stdout + seed.stderr
    assert seed.stdout.startswith("{'sections': [") and "'name': 'core'" in seed.stdout


# -- the official client's documentation examples, as programs ---------------------------------

#: with the simple auth manager, the examples of these APIs are refused (NotSupportedOnServerError)
NO_FAB_APIS = ("UserApi", "RoleApi", "PermissionApi")


def _examples_reference() -> Dict[str, Any]:
    """What each example printed with the official client against Airflow 2.10.5 (kept by
    test_official_examples.py there: ``make test``, or ``make test-airflow3``, which runs it first)."""
    from test.integration.test_official_examples import REFERENCE, REFERENCE_VERSION

    if not REFERENCE.exists():
        pytest.fail(
            f"no {REFERENCE.name}: run test/integration/test_official_examples.py against 2.10.5", pytrace=False
        )
    kept = json.loads(REFERENCE.read_text())
    assert kept["version"] == REFERENCE_VERSION and len(kept["outcomes"]) == 90
    return kept["outcomes"]


def _examples_against(state: Dict[str, Any]) -> Tuple[Dict[str, Any], Dict[str, Any]]:
    import sys

    from test.integration._official_examples import run
    from test.integration.test_official_examples import clean

    clean(state)
    return _examples_reference(), run(
        sys.executable, state["base_url"] + "/api/v1", state["username"], state["password"]
    )


def test_the_official_examples_end_as_on_airflow2(af3: Dict[str, Any]) -> None:
    """The official client's 90 documentation examples, through ours against this Airflow 3,
    end as they did through the official client against Airflow 2.10.5 (what each printed for
    each call, how it crashed); with the simple auth manager, the users, roles and permissions
    examples are refused instead (``NotSupportedOnServerError``: there are none)."""
    from test.integration._official_examples import same

    reference, ours = _examples_against(af3)
    refused, differing = [], []
    for name, theirs in reference.items():
        mine = ours.get(name, [])
        if same(theirs) == same(mine):
            continue
        api = name.split("_")[1]
        if (
            api in NO_FAB_APIS
            and mine
            and all(o.startswith("other: ") and "is not supported on Airflow" in o for o in mine)
        ):
            refused.append(name)
            continue
        differing.append(f"{name}: on Airflow 2 {theirs} / here {mine}")
    assert differing == []
    assert refused and {name.split("_")[1] for name in refused} <= set(NO_FAB_APIS)


# -- users, roles, permissions: the FAB auth manager variant (AIRFLOW_LOCAL_AUTH=fab) -----------


@contextlib.contextmanager
def _fab_env() -> Iterator[None]:
    before = os.environ.get("AIRFLOW_LOCAL_AUTH")
    os.environ["AIRFLOW_LOCAL_AUTH"] = "fab"
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("AIRFLOW_LOCAL_AUTH", None)
        else:
            os.environ["AIRFLOW_LOCAL_AUTH"] = before


@pytest.fixture(scope="module")
def fab(af3: Dict[str, Any]) -> Iterator[Dict[str, Any]]:
    """The same Airflow 3 with the FAB auth manager (its own state dir, ``<version>-fab``),
    started once the simple auth manager's server is stopped (when this module started it:
    every test that needs it ran before this one), so that one server runs at a time."""
    from test.integration.conftest import _load_airflow_local

    if not WITH_FAB:
        pytest.skip("AIRFLOW3_FAB=0: the FAB auth manager's server is not started")
    airflow_local = _load_airflow_local()
    if not af3.get("reused"):
        airflow_local.down()
        af3["stopped"] = True
    with _fab_env():
        try:
            state = airflow_local.up()
        except Exception as exc:
            pytest.fail(f"could not start Airflow 3 with FAB: {exc}\n\n{getattr(exc, 'log_tail', '')}", pytrace=False)
    try:
        yield state
    finally:
        if not state.get("reused"):
            with _fab_env():
                airflow_local.down()


def problem_detail(error: Any) -> str:
    """The ``detail`` of an error's problem document (as Airflow 2 shaped it)."""
    return str(json.loads(error.body).get("detail"))


def test_users_roles_and_permissions_with_fab(fab: Dict[str, Any]) -> None:
    from airflow_client.client.api.permission_api import PermissionApi
    from airflow_client.client.api.role_api import RoleApi
    from airflow_client.client.models import Action, ActionResource, Resource, Role, User

    with client.ApiClient(configuration(fab)) as api_client:
        roles, users = RoleApi(api_client), UserApi(api_client)
        permissions = PermissionApi(api_client).get_permissions()
        names = [a.name for a in permissions.actions]
        assert {"can_read", "can_edit", "can_create", "can_delete"} <= set(names)
        assert permissions.total_entries == len(permissions.actions) == len(set(names))
        every = roles.get_roles(limit=100)
        assert {"Admin", "Viewer", "User", "Op", "Public"} <= {r.name for r in every.roles}
        assert roles.get_role("Viewer").name == "Viewer"
        name = f"af3_role_{uuid.uuid4().hex[:6]}"
        read_dag = ActionResource(action=Action(name="can_read"), resource=Resource(name="DAGs"))
        created = roles.post_role(Role(name=name, actions=[read_dag]))
        try:
            assert created.name == name
            assert [(a.action.name, a.resource.name) for a in created.actions] == [("can_read", "DAGs")]
            edit = ActionResource(action=Action(name="can_edit"), resource=Resource(name="DAGs"))
            patched = roles.patch_role(name, Role(name=name, actions=[read_dag, edit]), update_mask=["actions"])
            assert sorted(a.action.name for a in patched.actions) == ["can_edit", "can_read"]
            username = f"af3_user_{uuid.uuid4().hex[:6]}"
            user = users.post_user(
                User(
                    username=username,
                    email=f"{username}@example.com",
                    first_name="Ada",
                    last_name="Lovelace",
                    roles=[{"name": name}],
                    password="secret-1",
                )
            )
            try:
                assert (user.username, user.first_name, [r.name for r in user.roles]) == (username, "Ada", [name])
                # as on Airflow 2, a patch sends the whole user (its schema required first_name, last_name,
                # username and email) and the mask names what changes
                with pytest.raises(client.ApiException) as refused:
                    users.patch_user(username, User(last_name="Byron"), update_mask=["last_name"])
                assert refused.value.status == 400 and "first_name" in problem_detail(refused.value)
                whole = User(username=username, email=f"{username}@example.com", first_name="Ann", last_name="Byron")
                changed = users.patch_user(username, whole, update_mask=["last_name"])
                assert (changed.last_name, changed.first_name) == ("Byron", "Ada")
                assert users.get_user(username).last_name == "Byron"
                assert username in [u.username for u in users.get_users(limit=100).users]
                assert users.get_users(limit=100).total_entries >= 2  # admin and ours
            finally:
                assert users.delete_user(username) is None
            with pytest.raises(NotFoundException):
                users.get_user(username)
        finally:
            assert roles.delete_role(name) is None
        with pytest.raises(NotFoundException):
            roles.get_role(name)
        assert api_client._served == {"/auth/fab/v1": True}


def test_the_official_examples_end_as_on_airflow2_with_fab(fab: Dict[str, Any]) -> None:
    """With the FAB auth manager, all 90 examples end as on Airflow 2.10.5, users and roles too."""
    from test.integration.test_official_examples import differing

    reference, ours = _examples_against(fab)
    assert differing(reference, ours) == []


def test_zz_operation_table(af3: Dict[str, Any]) -> None:
    """Every one of the 89 operations was called with success against this Airflow 3 (the FAB
    ones on the FAB variant, when it ran, and refused with the typed error on the simple one); the
    operation x server table goes to the state dir (``operation-table.md``), and what each
    operation did to ``operation-calls.json`` (read by ``scripts/compat.py``)."""
    from pathlib import Path

    from airflow_client.client import airflow3
    from test.unit.test_airflow3 import _operations

    ops = _operations()
    lines = ["| operation | simple auth manager | FAB auth manager | tests |", "|---|---|---|---|"]
    missing = []
    for name in sorted(ops):
        seen = CALLED.get(name, {})
        tr = airflow3.TRANSLATIONS[name]
        verdict = "approximated" if tr.approximated else "works"
        simple = verdict if "simple" in seen else "not supported" if "simple: not supported" in seen else "MISSING"
        fab = verdict if "fab" in seen else "-"
        if tr.base == airflow3.FAB:
            ok = simple == "not supported" and (fab != "-" or not WITH_FAB)
        else:
            ok = simple != "MISSING"
        if not ok:
            missing.append(name)
        tests = sorted(set().union(*seen.values())) if seen else []
        lines.append(f"| {name} | {simple} | {fab} | {', '.join(tests[:3])}{' ...' if len(tests) > 3 else ''} |")
    table = "\n".join(lines) + "\n"
    out = Path(af3["state_file"]).parent / "operation-table.md"
    out.write_text(table)
    calls = {name: {server: sorted(tests) for server, tests in seen.items()} for name, seen in CALLED.items()}
    record = {"version": VERSION, "fab": WITH_FAB, "operations": sorted(ops), "called": calls, "missing": missing}
    out.with_name("operation-calls.json").write_text(json.dumps(record, indent=1, sort_keys=True) + "\n")
    assert not missing, f"{len(missing)} operations not verified on Airflow 3: {missing}\n{table}"
