"""The same 2.x client calls against a real Airflow 3 (issue 15).

Runs only when asked (``AIRFLOW3=1``; ``make test-airflow3``): it starts, or reuses, the
Airflow 3 of ``AIRFLOW_LOCAL_VERSION=3.3.2 scripts/airflow_local.py up`` (its own state dir,
``.airflow-local/compat/3.3.2``) and stops it at the end if it started it.  Every client here
is a plain ``Configuration(host=<server>, username=, password=)``: the client finds out that
the server is Airflow 3 and translates each call (``airflow_client/client/airflow3.py``).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import time
import uuid
from datetime import datetime, timedelta, timezone
from typing import Any, Dict, Iterator

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

VERSION = "3.3.2"
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
    run_id = f"af3-{uuid.uuid4().hex[:8]}"
    try:
        run = trigger_dag_run_and_wait(api, XCOM_DAG, dag_run_id=run_id, unpause=True, poll_interval=1, timeout=240)
    finally:
        DAGApi(api).patch_dag(XCOM_DAG, DAG(is_paused=True), update_mask=["is_paused"])
    assert run.state.value == "success"
    return run_id


def test_detects_airflow3_and_answers_version_and_health(af3: Dict[str, Any]) -> None:
    with client.ApiClient(configuration(af3)) as api_client:
        assert MonitoringApi(api_client).get_version().version == VERSION
        assert api_client._api == "v2"
        health = MonitoringApi(api_client).get_health()
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
    assert dag["timetable_summary"] == "0 0 * * *"  # v2's own fields are kept
    assert dags.get_dag("example_bash_operator", fields=["dag_id"]).to_dict() == {"dag_id": "example_bash_operator"}
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
    with pytest.raises(NotSupportedOnServerError) as info:
        EventLogApi(api).get_event_logs()
    assert "not translated" in str(info.value) and info.value.operation == "get_event_logs"


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
