"""paginate / iter_pages and trigger_dag_run_and_wait / wait_for_dag_run against a
loopback server that plays Airflow: pages cut to a server maximum, totals that
change or are missing, runs that go queued -> running -> success."""

from __future__ import annotations

import itertools
import time
from typing import Any, Dict, List

import pytest

from airflow_client.client import (
    ApiClient,
    ApiTypeError,
    ApiValueError,
    DagRunWaitTimeout,
    NotFoundException,
    iter_pages,
    paginate,
    trigger_dag_run_and_wait,
    wait_for_dag_run,
)
from airflow_client.client.api.dag_api import DAGApi
from airflow_client.client.api.dag_run_api import DAGRunApi
from airflow_client.client.api.task_instance_api import TaskInstanceApi
from airflow_client.client.models import DAG, TaskInstance
from test.loopback import LoopbackServer, Received, Reply, json_reply

#: Every test here is done in well under a second; a regression in waiting (a terminal
#: state no longer terminal, a deadline not kept) fails within these limits instead of
#: polling for the helpers' default hour: WAIT is given to every wait as its timeout.
pytestmark = pytest.mark.timeout(30)
WAIT = 5.0

DAG_IDS = [f"dag_{i:03d}" for i in range(23)]


def dags_server(server: LoopbackServer, max_page: int = 100, with_total: bool = True) -> None:
    """GET /dags answers like Airflow: ``limit`` cut to ``max_page``."""

    def answer(req: Received) -> Reply:
        limit = min(int(req.query.get("limit", ["100"])[0]), max_page)
        offset = int(req.query.get("offset", ["0"])[0])
        body: Dict[str, Any] = {"dags": [{"dag_id": d} for d in DAG_IDS[offset : offset + limit]]}
        if with_total:
            body["total_entries"] = len(DAG_IDS)
        return json_reply(body)

    server.handler = answer


def offsets(server: LoopbackServer) -> List[tuple]:
    return [(r.query["limit"][0], r.query.get("offset", ["0"])[0]) for r in server.requests]


def test_paginate_yields_every_item_once_in_order(server: LoopbackServer, api_client: ApiClient) -> None:
    dags_server(server)
    found = list(paginate(DAGApi(api_client).get_dags, page_size=10, tags=["etl"]))
    assert [d.dag_id for d in found] == DAG_IDS
    assert all(isinstance(d, DAG) for d in found)
    assert offsets(server) == [("10", "0"), ("10", "10"), ("10", "20")]
    assert all(r.query["tags"] == ["etl"] for r in server.requests)


def test_a_server_that_cuts_the_page_short_is_still_walked_to_the_end(
    server: LoopbackServer, api_client: ApiClient
) -> None:
    """Airflow silently caps limit at [api] maximum_page_limit: a short page is not the last."""
    dags_server(server, max_page=5)
    found = [d.dag_id for d in paginate(DAGApi(api_client).get_dags, page_size=100)]
    assert found == DAG_IDS
    assert [o for _, o in offsets(server)] == ["0", "5", "10", "15", "20"]


def test_without_total_entries_the_walk_ends_on_an_empty_page(server: LoopbackServer, api_client: ApiClient) -> None:
    dags_server(server, with_total=False)
    pages = list(iter_pages(DAGApi(api_client).get_dags, page_size=10))
    assert [len(p.dags) for p in pages] == [10, 10, 3, 0]
    assert "total_entries" not in pages[0] and pages[0].get("total_entries") is None


def test_offset_starts_later_and_islice_limits_the_items(server: LoopbackServer, api_client: ApiClient) -> None:
    dags_server(server)
    found = list(itertools.islice(paginate(DAGApi(api_client).get_dags, page_size=4, offset=6), 5))
    assert [d.dag_id for d in found] == DAG_IDS[6:11]
    assert offsets(server) == [("4", "6"), ("4", "10")]  # lazy: no page fetched beyond need


def test_path_parameters_are_passed_through(server: LoopbackServer, api_client: ApiClient) -> None:
    server.queue(
        json_reply({"task_instances": [{"task_id": "a"}, {"task_id": "b"}], "total_entries": 3}),
        json_reply({"task_instances": [{"task_id": "c", "state": "brand_new_state"}], "total_entries": 3}),
    )
    tis = list(paginate(TaskInstanceApi(api_client).get_task_instances, "~", "~", page_size=2, state=["failed"]))
    assert [t.task_id for t in tis] == ["a", "b", "c"] and isinstance(tis[0], TaskInstance)
    assert tis[2].state == "brand_new_state"  # lenient parsing kept the unknown state
    assert server.requests[0].path == "/api/v1/dags/~/dagRuns/~/taskInstances"
    assert len(server.requests) == 2


def test_an_error_on_a_later_page_is_raised(server: LoopbackServer, api_client: ApiClient) -> None:
    server.queue(json_reply({"dags": [{"dag_id": "a"}], "total_entries": 5}), json_reply({"title": "gone"}, 404))
    walk = paginate(DAGApi(api_client).get_dags, page_size=1)
    assert next(walk).dag_id == "a"
    with pytest.raises(NotFoundException):
        next(walk)


def test_misuse_is_refused_with_a_clear_error(api_client: ApiClient) -> None:
    dags = DAGApi(api_client)
    with pytest.raises(ApiTypeError, match="get_dag does not take limit and offset"):
        list(paginate(dags.get_dag, "x"))
    with pytest.raises(ApiTypeError, match="page_size="):
        list(paginate(dags.get_dags, limit=5))
    with pytest.raises(ApiValueError, match="page_size must be a positive int, got 0"):
        list(paginate(dags.get_dags, page_size=0))
    with pytest.raises(ApiValueError, match="offset must be an int >= 0, got -1"):
        list(paginate(dags.get_dags, offset=-1))
    with pytest.raises(ApiTypeError, match="async_req"):
        list(paginate(dags.get_dags, async_req=True))


def test_a_method_that_answers_no_collection_is_refused(server: LoopbackServer, api_client: ApiClient) -> None:
    def not_a_list(*, limit: int, offset: int) -> DAG:
        return DAG._from_openapi_data(dag_id="x")

    with pytest.raises(ApiTypeError, match="answered a DAG, which is not a collection"):
        list(paginate(not_a_list))


# -- trigger and wait ---------------------------------------------------------------------


def run_json(state: str, run_id: str = "r1") -> Reply:
    return json_reply({"dag_id": "etl", "dag_run_id": run_id, "state": state, "conf": {"k": 1}})


def test_trigger_and_wait_polls_until_the_run_finished(server: LoopbackServer, api_client: ApiClient) -> None:
    server.queue(
        json_reply({"dag_id": "etl", "is_paused": False}),
        run_json("queued"),
        run_json("queued"),
        run_json("running"),
        run_json("success"),
    )
    run = trigger_dag_run_and_wait(api_client, "etl", conf={"k": 1}, dag_run_id="r1", poll_interval=0.01, timeout=WAIT)
    assert run.state.value == "success" and run.dag_run_id == "r1"
    methods = [(r.method, r.decoded_path) for r in server.requests]
    assert methods == [
        ("GET", "/api/v1/dags/etl"),
        ("POST", "/api/v1/dags/etl/dagRuns"),
        ("GET", "/api/v1/dags/etl/dagRuns/r1"),
        ("GET", "/api/v1/dags/etl/dagRuns/r1"),
        ("GET", "/api/v1/dags/etl/dagRuns/r1"),
    ]
    assert server.requests[1].json() == {"conf": {"k": 1}, "dag_run_id": "r1"}


def test_a_failed_run_is_returned_not_raised(server: LoopbackServer, api_client: ApiClient) -> None:
    server.queue(json_reply({"is_paused": False}), run_json("running"), run_json("failed"))
    assert trigger_dag_run_and_wait(api_client, "etl", poll_interval=0, timeout=WAIT).state.value == "failed"


def test_a_paused_dag_is_refused_unless_unpause_is_asked(server: LoopbackServer, api_client: ApiClient) -> None:
    server.queue(json_reply({"dag_id": "etl", "is_paused": True}))
    with pytest.raises(ApiValueError, match="'etl' is paused"):
        trigger_dag_run_and_wait(api_client, "etl", timeout=WAIT)
    assert len(server.requests) == 1  # nothing was triggered

    server.queue(json_reply({"dag_id": "etl", "is_paused": False}), run_json("success"))
    assert trigger_dag_run_and_wait(api_client, "etl", unpause=True, timeout=WAIT).state.value == "success"
    patch = server.requests[1]
    assert (patch.method, patch.query, patch.json()) == ("PATCH", {"update_mask": ["is_paused"]}, {"is_paused": False})


def test_waiting_ends_at_the_timeout_with_the_last_run(server: LoopbackServer, api_client: ApiClient) -> None:
    server.reply(run_json("running"))
    started = time.monotonic()
    with pytest.raises(DagRunWaitTimeout, match="'r1' of 'etl' is still 'running' after 0.3 s") as info:
        wait_for_dag_run(api_client, "etl", "r1", timeout=0.3, poll_interval=0.05)
    elapsed = time.monotonic() - started
    assert 0.3 <= elapsed < 2 and info.value.run.state.value == "running"
    assert isinstance(info.value, TimeoutError)
    assert 4 <= len(server.requests) <= 9  # about one poll per 50 ms, none after the deadline


def test_unknown_states_are_waited_through_and_until_is_honoured(server: LoopbackServer, api_client: ApiClient) -> None:
    server.queue(run_json("restarting_somewhere"), run_json("running"))
    run = wait_for_dag_run(api_client, "etl", "r1", poll_interval=0, until=("running",), timeout=WAIT)
    assert run.state.value == "running" and len(server.requests) == 2
    with pytest.raises(ApiValueError, match="poll_interval must be a number of seconds >= 0, got -1"):
        wait_for_dag_run(api_client, "etl", "r1", poll_interval=-1, timeout=WAIT)


def test_run_ids_with_slashes_are_polled_at_the_right_path(server: LoopbackServer, api_client: ApiClient) -> None:
    server.queue(run_json("success", run_id="manual/2024 #1"))
    DAGRunApi(api_client)  # the module is importable on its own
    run = wait_for_dag_run(api_client, "etl", "manual/2024 #1", poll_interval=0.01, timeout=WAIT)
    assert run.dag_run_id == "manual/2024 #1"
    assert server.requests[0].path == "/api/v1/dags/etl/dagRuns/manual%2F2024%20%231"


def test_on_poll_sees_every_run_read_the_first_included(server: LoopbackServer, api_client: ApiClient) -> None:
    """The command line's --wait shows progress through on_poll (one waiting loop for both)."""
    server.queue(run_json("queued"), run_json("running"), run_json("success"))
    seen: List[str] = []
    run = wait_for_dag_run(
        api_client, "etl", "r1", poll_interval=0, timeout=WAIT, on_poll=lambda r: seen.append(r.state.value)
    )
    assert seen == ["queued", "running", "success"] and run.state.value == "success"
    server.reply(run_json("running"))
    seen.clear()
    with pytest.raises(DagRunWaitTimeout):
        wait_for_dag_run(api_client, "etl", "r1", poll_interval=0.05, timeout=0.2, on_poll=lambda r: seen.append("x"))
    assert len(seen) == len(server.requests) - 3  # once per run read, none after the deadline
