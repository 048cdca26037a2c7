"""The client against a real Airflow 2.10.5 (started by ``scripts/airflow_local.py``).

Each test runs twice: with lenient parsing (the default) and with
``strict_responses=True``, so that a response of the real server that does not
match the spec fails here.  This first suite covers the core resources; the
per-operation table that proves all 89 operations is the next step (issue 3).
"""

from __future__ import annotations

import uuid
from typing import Any, Callable, Dict

import pytest

import airflow_client.client as client
from airflow_client.client.api.config_api import ConfigApi
from airflow_client.client.api.dag_api import DAGApi
from airflow_client.client.api.dag_run_api import DAGRunApi
from airflow_client.client.api.monitoring_api import MonitoringApi
from airflow_client.client.api.pool_api import PoolApi
from airflow_client.client.api.task_instance_api import TaskInstanceApi
from airflow_client.client.api.variable_api import VariableApi
from airflow_client.client.api.x_com_api import XComApi
from airflow_client.client.models import DAGRun, Pool, Variable
from test.integration._values import not_there, older, sv, when

DAG_ID = "example_bash_operator"


@pytest.fixture(scope="module")
def finished_run(run_dag: Callable[..., DAGRun]) -> DAGRun:
    """One run of the example DAG, triggered and waited for."""
    run = run_dag(DAG_ID, conf={"from": "tests"})
    assert sv(run.state) == "success", f"the run ended as {sv(run.state)!r}"
    return run


def test_version_health_and_config(api: client.ApiClient, airflow_server: Dict[str, Any]) -> None:
    assert MonitoringApi(api).get_version().version == airflow_server.get("airflow_version", "2.10.5")
    health = MonitoringApi(api).get_health()
    assert sv(health.metadatabase.status) == "healthy"
    sections = {s.name: s for s in ConfigApi(api).get_config().sections}
    assert "core" in sections and any(o.key == "dags_folder" for o in sections["core"].options)
    text = ConfigApi(api).get_config(_accept="text/plain")
    assert isinstance(text, str) and "[core]" in text
    # GET /config/section/{section}/option/{option} came with 2.7 (the spec does not say so)
    get_value = ConfigApi(api).get_value
    if not not_there(
        airflow_server["airflow_version"], "2.7.0", "get_value", lambda: get_value("core", "load_examples")
    ):
        value = get_value("core", "load_examples")
        assert value.sections[0].options[0].value.lower() == "true"


def test_dags_tasks_and_source(api: client.ApiClient) -> None:
    dags = DAGApi(api)
    page = dags.get_dags(limit=100, dag_id_pattern="example_bash")
    assert DAG_ID in [d.dag_id for d in page.dags]
    assert all("example_bash" in d.dag_id for d in page.dags) and page.total_entries == len(page.dags)
    dag = dags.get_dag(DAG_ID)
    assert dag.dag_id == DAG_ID and dag.fileloc.endswith("example_bash_operator.py")
    details = dags.get_dag_details(DAG_ID)
    assert details.catchup is False and details.timezone
    tasks = {t.task_id for t in dags.get_tasks(DAG_ID).tasks}
    assert {"runme_0", "run_after_loop", "this_will_skip"} <= tasks
    assert dags.get_task(DAG_ID, "runme_0").operator_name == "BashOperator"
    source = dags.get_dag_source(dag.file_token)
    assert "example_bash_operator" in source.content
    assert "example_bash_operator" in dags.get_dag_source(dag.file_token, _accept="text/plain")
    with pytest.raises(client.NotFoundException) as info:
        dags.get_dag("no_such_dag")
    assert info.value.status == 404 and info.value.title


def test_pool_lifecycle(api: client.ApiClient, airflow_version: str) -> None:
    pools = PoolApi(api)
    name = f"it_pool_{uuid.uuid4().hex[:6]}"
    pool = Pool(name=name, slots=3, description="from the tests")
    if not older(airflow_version, "2.7.0"):  # an older Airflow refuses the field (400, "Unknown field")
        pool.include_deferred = False
    created = pools.post_pool(pool)
    assert (created.name, created.slots, created.open_slots) == (name, 3, 3)
    patched = pools.patch_pool(name, Pool(name=name, slots=5), update_mask=["slots"])
    assert patched.slots == 5 and patched.description == "from the tests"
    assert name in {p.name for p in pools.get_pools(limit=100).pools}
    pools.delete_pool(name)
    with pytest.raises(client.NotFoundException):
        pools.get_pool(name)


def test_variable_lifecycle_with_awkward_key(api: client.ApiClient) -> None:
    variables = VariableApi(api)
    key = f"it var/ünï {uuid.uuid4().hex[:6]}"
    variables.post_variables(Variable(key=key, value="v1", description="d"))
    assert variables.get_variable(key).value == "v1"
    variables.patch_variable(key, Variable(key=key, value="v2"))
    assert variables.get_variable(key).value == "v2"
    variables.delete_variable(key)
    with pytest.raises(client.NotFoundException):
        variables.get_variable(key)


def test_run_task_instances_logs_and_xcom(api: client.ApiClient, finished_run: DAGRun) -> None:
    run_id = finished_run.dag_run_id
    run = DAGRunApi(api).get_dag_run(DAG_ID, run_id)
    assert sv(run.state) == "success" and run.conf == {"from": "tests"}
    tis = TaskInstanceApi(api).get_task_instances(DAG_ID, run_id)
    states = {ti.task_id: sv(ti.state) for ti in tis.task_instances}
    assert states["runme_0"] == "success" and states["this_will_skip"] == "skipped"
    ti = TaskInstanceApi(api).get_task_instance(DAG_ID, run_id, "runme_0")
    assert ti.try_number == 1 and when(ti.start_date).tzinfo is not None
    log = TaskInstanceApi(api).get_log(DAG_ID, run_id, "runme_0", 1, full_content=True)
    assert "runme_0" in log.content
    text = TaskInstanceApi(api).get_log(DAG_ID, run_id, "runme_0", 1, full_content=True, _accept="text/plain")
    assert isinstance(text, str) and "runme_0" in text
    entries = XComApi(api).get_xcom_entries(DAG_ID, run_id, "runme_0")
    assert entries.total_entries == len(entries.xcom_entries)


def test_paginate_walks_all_dags_in_small_pages(api: client.ApiClient) -> None:
    dags = DAGApi(api)
    # only the example DAGs, which no test adds or removes
    one_page = dags.get_dags(limit=100, order_by="dag_id", dag_id_pattern="example_")
    assert 30 <= one_page.total_entries <= 100  # 68 on 2.10.5, 38 on 2.9.3
    walked = [
        d.dag_id for d in client.paginate(dags.get_dags, page_size=7, order_by="dag_id", dag_id_pattern="example_")
    ]
    assert walked == [d.dag_id for d in one_page.dags]
    pages = list(client.iter_pages(dags.get_dags, page_size=7, order_by="dag_id", dag_id_pattern="example_"))
    assert len(pages) == -(-one_page.total_entries // 7)  # the last page reached total_entries: no extra call
