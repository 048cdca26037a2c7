"""An operation an older Airflow does not have: its 404 names the version that added it."""

from __future__ import annotations

import pytest

import airflow_client.client as client
from airflow_client.client.api.dag_api import DAGApi
from airflow_client.client.api.dag_stats_api import DagStatsApi
from airflow_client.client.api.task_instance_api import TaskInstanceApi
from test.loopback import LoopbackServer, Received, Reply, json_reply

NOT_FOUND = Reply(
    404,
    b'{"title": "Not Found", "status": 404, "detail": "no such route"}',
    {"Content-Type": "application/problem+json"},
)


def airflow(version: str):  # type: ignore[no-untyped-def]
    """A server of that Airflow version: /version answers, everything else is 404."""

    def handle(request: Received) -> Reply:
        if request.path.endswith("/version"):
            return json_reply({"version": version, "git_version": None})
        return NOT_FOUND

    return handle


def test_an_operation_newer_than_the_server_says_so(server: LoopbackServer, api_client: client.ApiClient) -> None:
    server.handler = airflow("2.9.3")
    with pytest.raises(client.OperationNotSupportedError) as info:
        DagStatsApi(api_client).get_dag_stats(dag_ids="example_bash_operator")
    error = info.value
    assert isinstance(error, client.NotFoundException)  # code written for the official client still catches it
    assert (error.status, error.operation, error.since, error.server_version) == (
        404,
        "get_dag_stats",
        "2.10.0",
        "2.9.3",
    )
    assert "Needs: Airflow 2.10.0 or newer for get_dag_stats; the server runs Airflow 2.9.3" in str(error)
    assert str(error).startswith("(404)\nReason: ") and "HTTP response body: " in str(error)
    # a spec "New in version" note: tries came with 2.10.0
    with pytest.raises(client.OperationNotSupportedError, match="2.10.0 or newer for get_task_instance_tries"):
        TaskInstanceApi(api_client).get_task_instance_tries("d", "r", "t")
    assert [r.path for r in server.requests].count("/api/v1/version") == 1  # asked once per client


def test_a_404_of_a_server_new_enough_is_a_plain_not_found(
    server: LoopbackServer, api_client: client.ApiClient
) -> None:
    server.handler = airflow("2.10.5")
    with pytest.raises(client.NotFoundException) as info:
        DagStatsApi(api_client).get_dag_stats(dag_ids="x")
    assert type(info.value) is client.NotFoundException
    # an operation as old as the API: no question asked
    server.requests.clear()
    with pytest.raises(client.NotFoundException) as info:
        DAGApi(api_client).get_dag("nope")
    assert type(info.value) is client.NotFoundException
    assert [r.path for r in server.requests] == ["/api/v1/dags/nope"]


def test_no_version_no_verdict(server: LoopbackServer, api_client: client.ApiClient) -> None:
    server.reply(NOT_FOUND)  # /version is 404 too
    with pytest.raises(client.NotFoundException) as info:
        DagStatsApi(api_client).get_dag_stats(dag_ids="x")
    assert type(info.value) is client.NotFoundException
