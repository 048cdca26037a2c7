"""The helpers awaited (airflow_client.client.aio.helpers, issue 24) against a loopback
server that plays Airflow, with AsyncApiClient: the scenarios of test_pagination_waiting.py
and of the log tests of test_cli.py (pages cut to a server maximum, totals missing, runs
that go queued -> running -> success, logs in pieces), and the proof that the logic is
the blocking helpers' own: both send the same requests for the same scenario."""

from __future__ import annotations

import asyncio
import base64
import json
import time
from typing import Any, Awaitable, Callable, Dict, List, Optional, Tuple, TypeVar

import pytest

from airflow_client.client import (
    ApiClient,
    ApiTypeError,
    ApiValueError,
    DagRunWaitTimeout,
    NotFoundException,
    TaskLogTimeout,
    aio,
    follow_task_log,
    iter_pages,
    paginate,
    read_task_log,
    trigger_dag_run_and_wait,
    wait_for_dag_run,
)
from airflow_client.client.aio import AsyncApiClient
from airflow_client.client.aio import helpers as ah
from airflow_client.client.aio.api import DAGApi, TaskInstanceApi
from airflow_client.client.api.dag_api import DAGApi as BlockingDAGApi
from airflow_client.client.models import DAG, TaskInstance
from test.loopback import LoopbackServer, Received, Reply, client_for, json_reply

#: As test_pagination_waiting.py: every wait is given WAIT as its timeout, so a regression
#: fails within seconds instead of polling for the helpers' default hour.
pytestmark = pytest.mark.timeout(30)
WAIT = 5.0

DAG_IDS = [f"dag_{i:03d}" for i in range(23)]
T = TypeVar("T")


def arun(server: LoopbackServer, body: Callable[[AsyncApiClient], Awaitable[T]]) -> T:
    """``await body(client)`` in a new event loop, on an AsyncApiClient of ``server`` closed after."""
    _, cfg = client_for(server)

    async def main() -> T:
        async with AsyncApiClient(cfg) as client:
            return await body(client)

    return asyncio.run(main())


async def collect(walk: Any, limit: Optional[int] = None) -> List[Any]:
    """The values of an async iterator, at most ``limit`` of them (``islice``)."""
    found: List[Any] = []
    async for value in walk:
        found.append(value)
        if limit is not None and len(found) >= limit:
            break
    return found


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


def offsets(server: LoopbackServer) -> List[Tuple[str, str]]:
    return [(r.query["limit"][0], r.query.get("offset", ["0"])[0]) for r in server.requests]


def sent(requests: List[Received]) -> List[Tuple[str, str, bytes]]:
    return [(r.method, r.target, r.body) for r in requests]


def test_the_helpers_are_exported_awaitable() -> None:
    for name in ("paginate", "iter_pages", "trigger_dag_run_and_wait", "wait_for_dag_run", "read_task_log"):
        assert name in aio.__all__ and getattr(aio, name) is getattr(ah, name)
    assert "follow_task_log" in aio.__all__ and aio.follow_task_log is ah.follow_task_log
    assert {"AsyncApiClient", "DAGApi"} <= set(aio.__all__)


# -- paginate / iter_pages ----------------------------------------------------------------------


def test_paginate_yields_every_item_once_in_order(server: LoopbackServer) -> None:
    dags_server(server)
    found = arun(server, lambda c: collect(ah.paginate(DAGApi(c).get_dags, page_size=10, tags=["etl"])))
    assert [d.dag_id for d in found] == DAG_IDS
    assert all(isinstance(d, DAG) for d in found)
    assert offsets(server) == [("10", "0"), ("10", "10"), ("10", "20")]
    assert all(r.query["tags"] == ["etl"] for r in server.requests)


def test_a_server_that_cuts_the_page_short_is_still_walked_to_the_end(server: LoopbackServer) -> None:
    dags_server(server, max_page=5)
    found = arun(server, lambda c: collect(ah.paginate(DAGApi(c).get_dags, page_size=100)))
    assert [d.dag_id for d in found] == DAG_IDS
    assert [o for _, o in offsets(server)] == ["0", "5", "10", "15", "20"]


def test_without_total_entries_the_walk_ends_on_an_empty_page(server: LoopbackServer) -> None:
    dags_server(server, with_total=False)
    pages = arun(server, lambda c: collect(ah.iter_pages(DAGApi(c).get_dags, page_size=10)))
    assert [len(p.dags) for p in pages] == [10, 10, 3, 0]
    assert "total_entries" not in pages[0] and pages[0].get("total_entries") is None


def test_offset_starts_later_and_stopping_early_asks_no_more(server: LoopbackServer) -> None:
    dags_server(server)
    found = arun(server, lambda c: collect(ah.paginate(DAGApi(c).get_dags, page_size=4, offset=6), limit=5))
    assert [d.dag_id for d in found] == DAG_IDS[6:11]
    assert offsets(server) == [("4", "6"), ("4", "10")]  # lazy: no page fetched beyond need


def test_path_parameters_are_passed_through(server: LoopbackServer) -> None:
    server.queue(
        json_reply({"task_instances": [{"task_id": "a"}, {"task_id": "b"}], "total_entries": 3}),
        json_reply({"task_instances": [{"task_id": "c", "state": "brand_new_state"}], "total_entries": 3}),
    )
    tis = arun(
        server,
        lambda c: collect(ah.paginate(TaskInstanceApi(c).get_task_instances, "~", "~", page_size=2, state=["failed"])),
    )
    assert [t.task_id for t in tis] == ["a", "b", "c"] and isinstance(tis[0], TaskInstance)
    assert tis[2].state == "brand_new_state"
    assert server.requests[0].path == "/api/v1/dags/~/dagRuns/~/taskInstances"
    assert len(server.requests) == 2


def test_an_error_on_a_later_page_is_raised(server: LoopbackServer) -> None:
    server.queue(json_reply({"dags": [{"dag_id": "a"}], "total_entries": 5}), json_reply({"title": "gone"}, 404))

    async def walk(client: AsyncApiClient) -> None:
        pages = ah.paginate(DAGApi(client).get_dags, page_size=1)
        assert (await pages.__anext__()).dag_id == "a"
        with pytest.raises(NotFoundException):
            await pages.__anext__()

    arun(server, walk)


def test_misuse_is_refused_with_a_clear_error(server: LoopbackServer) -> None:
    async def misuse(client: AsyncApiClient) -> None:
        dags = DAGApi(client)
        with pytest.raises(ApiTypeError, match="get_dag does not take limit and offset"):
            await collect(ah.paginate(dags.get_dag, "x"))
        with pytest.raises(ApiTypeError, match="page_size="):
            await collect(ah.paginate(dags.get_dags, limit=5))
        with pytest.raises(ApiValueError, match="page_size must be a positive int, got 0"):
            await collect(ah.paginate(dags.get_dags, page_size=0))
        with pytest.raises(ApiValueError, match="offset must be an int >= 0, got -1"):
            await collect(ah.iter_pages(dags.get_dags, offset=-1))
        with pytest.raises(ApiTypeError, match="async_req"):
            await collect(ah.paginate(dags.get_dags, async_req=True))

    arun(server, misuse)
    assert server.requests == []


def test_a_method_that_answers_no_collection_is_refused(server: LoopbackServer) -> None:
    async def not_a_list(*, limit: int, offset: int) -> DAG:
        return DAG._from_openapi_data(dag_id="x")

    async def walk(client: AsyncApiClient) -> None:
        with pytest.raises(ApiTypeError, match="answered a DAG, which is not a collection"):
            await collect(ah.paginate(not_a_list))

    arun(server, walk)


# -- trigger and wait ---------------------------------------------------------------------------


def run_json(state: str, run_id: str = "r1") -> Reply:
    return json_reply({"dag_id": "etl", "dag_run_id": run_id, "state": state, "conf": {"k": 1}})


def test_trigger_and_wait_polls_until_the_run_finished(server: LoopbackServer) -> None:
    server.queue(
        json_reply({"dag_id": "etl", "is_paused": False}),
        run_json("queued"),
        run_json("queued"),
        run_json("running"),
        run_json("success"),
    )
    run = arun(
        server,
        lambda c: ah.trigger_dag_run_and_wait(
            c, "etl", conf={"k": 1}, dag_run_id="r1", poll_interval=0.01, timeout=WAIT
        ),
    )
    assert run.state.value == "success" and run.dag_run_id == "r1"
    assert [(r.method, r.decoded_path) for r in server.requests] == [
        ("GET", "/api/v1/dags/etl"),
        ("POST", "/api/v1/dags/etl/dagRuns"),
        ("GET", "/api/v1/dags/etl/dagRuns/r1"),
        ("GET", "/api/v1/dags/etl/dagRuns/r1"),
        ("GET", "/api/v1/dags/etl/dagRuns/r1"),
    ]
    assert server.requests[1].json() == {"conf": {"k": 1}, "dag_run_id": "r1"}


def test_a_failed_run_is_returned_not_raised(server: LoopbackServer) -> None:
    server.queue(json_reply({"is_paused": False}), run_json("running"), run_json("failed"))
    run = arun(server, lambda c: ah.trigger_dag_run_and_wait(c, "etl", poll_interval=0, timeout=WAIT))
    assert run.state.value == "failed"


def test_a_paused_dag_is_refused_unless_unpause_is_asked(server: LoopbackServer) -> None:
    server.queue(json_reply({"dag_id": "etl", "is_paused": True}))

    async def refused(client: AsyncApiClient) -> None:
        with pytest.raises(ApiValueError, match="'etl' is paused"):
            await ah.trigger_dag_run_and_wait(client, "etl", timeout=WAIT)

    arun(server, refused)
    assert len(server.requests) == 1  # nothing was triggered

    server.queue(json_reply({"dag_id": "etl", "is_paused": False}), run_json("success"))
    run = arun(server, lambda c: ah.trigger_dag_run_and_wait(c, "etl", unpause=True, timeout=WAIT))
    assert run.state.value == "success"
    patch = server.requests[1]
    assert (patch.method, patch.query, patch.json()) == ("PATCH", {"update_mask": ["is_paused"]}, {"is_paused": False})
    assert [r.method for r in server.requests[1:]] == ["PATCH", "POST"]


def test_waiting_ends_at_the_timeout_with_the_last_run(server: LoopbackServer) -> None:
    server.reply(run_json("running"))

    async def wait(client: AsyncApiClient) -> DagRunWaitTimeout:
        with pytest.raises(DagRunWaitTimeout, match="'r1' of 'etl' is still 'running' after 0.3 s") as info:
            await ah.wait_for_dag_run(client, "etl", "r1", timeout=0.3, poll_interval=0.05)
        return info.value

    started = time.monotonic()
    error = arun(server, wait)
    elapsed = time.monotonic() - started
    assert 0.3 <= elapsed < 2 and error.run.state.value == "running"
    assert isinstance(error, TimeoutError)
    assert 4 <= len(server.requests) <= 9  # about one poll per 50 ms, none after the deadline


def test_a_wait_never_sleeps_past_its_timeout(server: LoopbackServer) -> None:
    server.reply(run_json("running"))

    async def wait(client: AsyncApiClient) -> None:
        with pytest.raises(DagRunWaitTimeout):
            await ah.wait_for_dag_run(client, "etl", "r1", timeout=0.3, poll_interval=30)

    started = time.monotonic()
    arun(server, wait)
    assert time.monotonic() - started < 0.3 + 0.5


def test_unknown_states_are_waited_through_and_until_is_honoured(server: LoopbackServer) -> None:
    server.queue(run_json("restarting_somewhere"), run_json("running"))
    run = arun(server, lambda c: ah.wait_for_dag_run(c, "etl", "r1", poll_interval=0, until=("running",), timeout=WAIT))
    assert run.state.value == "running" and len(server.requests) == 2

    async def bad(client: AsyncApiClient) -> None:
        with pytest.raises(ApiValueError, match="poll_interval must be a number of seconds >= 0, got -1"):
            await ah.wait_for_dag_run(client, "etl", "r1", poll_interval=-1, timeout=WAIT)

    arun(server, bad)
    assert len(server.requests) == 2


def test_run_ids_with_slashes_are_polled_at_the_right_path(server: LoopbackServer) -> None:
    server.queue(run_json("success", run_id="manual/2024 #1"))
    run = arun(server, lambda c: ah.wait_for_dag_run(c, "etl", "manual/2024 #1", poll_interval=0.01, timeout=WAIT))
    assert run.dag_run_id == "manual/2024 #1"
    assert server.requests[0].path == "/api/v1/dags/etl/dagRuns/manual%2F2024%20%231"


def test_on_poll_sees_every_run_read_a_plain_or_an_async_function(server: LoopbackServer) -> None:
    seen: List[str] = []

    async def noted(run: Any) -> None:
        await asyncio.sleep(0)
        seen.append("async " + run.state.value)

    server.queue(run_json("queued"), run_json("running"), run_json("success"))
    run = arun(
        server,
        lambda c: ah.wait_for_dag_run(
            c, "etl", "r1", poll_interval=0, timeout=WAIT, on_poll=lambda r: seen.append(r.state.value)
        ),
    )
    assert seen == ["queued", "running", "success"] and run.state.value == "success"
    seen.clear()
    server.queue(run_json("queued"), run_json("success"))
    arun(server, lambda c: ah.wait_for_dag_run(c, "etl", "r1", poll_interval=0, timeout=WAIT, on_poll=noted))
    assert seen == ["async queued", "async success"]

    server.reply(run_json("running"))
    seen.clear()
    before = len(server.requests)

    async def timed_out(client: AsyncApiClient) -> None:
        with pytest.raises(DagRunWaitTimeout):
            await ah.wait_for_dag_run(client, "etl", "r1", poll_interval=0.05, timeout=0.2, on_poll=noted)

    arun(server, timed_out)
    assert len(seen) == len(server.requests) - before  # once per run read, none after the deadline


def test_waiting_lets_other_tasks_run(server: LoopbackServer) -> None:
    """The waits are asyncio.sleep: another task of the loop goes on meanwhile."""
    server.queue(run_json("queued"), run_json("running"), run_json("success"))
    ticks: List[float] = []

    async def both(client: AsyncApiClient) -> Any:
        async def ticker() -> None:
            while True:
                ticks.append(time.monotonic())
                await asyncio.sleep(0.01)

        task = asyncio.ensure_future(ticker())
        try:
            return await ah.wait_for_dag_run(client, "etl", "r1", poll_interval=0.1, timeout=WAIT)
        finally:
            task.cancel()

    assert arun(server, both).state.value == "success"
    assert len(ticks) >= 3  # ~20 in the two waits of 0.1 s; a blocking sleep would allow one


# -- task logs ------------------------------------------------------------------------------------


def token(**meta: Any) -> str:
    return base64.urlsafe_b64encode(json.dumps(meta).encode()).decode().rstrip("=") + ".c2lnbmF0dXJl"


def log_server(server: LoopbackServer, pieces: List[Tuple[str, bool]], states: List[str]) -> List[Any]:
    """GET .../logs/N answers ``pieces`` in order (text, end_of_log); the task instance ``states``."""
    asked: List[Any] = []

    def answer(req: Received) -> Reply:
        if "/logs/" in req.path:
            asked.append(req.query.get("token", [None])[0])
            text, end = pieces.pop(0) if len(pieces) > 1 else pieces[0]
            content = repr([("host-1", text)])
            return json_reply({"content": content, "continuation_token": token(end_of_log=end, log_pos=len(asked))})
        state = states.pop(0) if len(states) > 1 else states[0]
        return json_reply({"task_id": "t", "state": state, "try_number": 2, "map_index": -1})

    server.handler = answer
    return asked


def test_a_log_is_read_in_pieces_the_latest_try_by_default(server: LoopbackServer) -> None:
    asked = log_server(server, [("one\n", False), ("two 'quoted'\n", False), ("", False)], ["success"])
    text = arun(server, lambda c: ah.read_task_log(c, "d", "r", "t"))
    assert text == "one\ntwo 'quoted'\n"
    paths = [r.decoded_path for r in server.requests]
    assert paths[0] == "/api/v1/dags/d/dagRuns/r/taskInstances/t"
    assert all(p.endswith("/logs/2") for p in paths[1:]) and len(paths) == 4
    assert asked[0] is None and asked[1] == token(end_of_log=False, log_pos=1)


def test_a_log_is_followed_until_the_try_ended(server: LoopbackServer) -> None:
    pieces = [("start\n", False), ("", False), ("middle\n", False), ("", False), ("end\n", True), ("", True)]
    log_server(server, pieces, ["running", "running", "success"])
    texts = arun(
        server, lambda c: collect(ah.follow_task_log(c, "d", "r", "t", poll_interval=0, map_index=3, try_number=2))
    )
    assert texts == ["start\n", "middle\n", "end\n"]
    assert server.requests[0].decoded_path == "/api/v1/dags/d/dagRuns/r/taskInstances/t/3"
    assert all(r.query.get("map_index") == ["3"] for r in server.requests if "/logs/" in r.path)


def test_following_a_log_ends_at_the_timeout(server: LoopbackServer) -> None:
    log_server(server, [("tick\n", False), ("", False)], ["running"])
    seen: List[str] = []

    async def follow(client: AsyncApiClient) -> TaskLogTimeout:
        with pytest.raises(TaskLogTimeout, match="try 2 of d/r/t is still 'running' after 0.05 s") as caught:
            async for text in ah.follow_task_log(client, "d", "r", "t", poll_interval=0.01, timeout=0.05):
                seen.append(text)
        return caught.value

    error = arun(server, follow)
    assert seen == ["tick\n"] and error.state == "running" and error.text == "tick\n"
    assert isinstance(error, TimeoutError)


def test_bad_log_arguments_are_refused(server: LoopbackServer) -> None:
    async def bad(client: AsyncApiClient) -> None:
        with pytest.raises(ApiValueError, match="try_number must be an int >= 1, got 0"):
            await ah.follow_task_log(client, "d", "r", "t", try_number=0).__anext__()
        with pytest.raises(ApiValueError, match="map_index must be an int >= -1, got -2"):
            await ah.read_task_log(client, "d", "r", "t", map_index=-2)
        with pytest.raises(ApiValueError, match="poll_interval must be a number of seconds >= 0"):
            await ah.follow_task_log(client, "d", "r", "t", poll_interval=-1).__anext__()

    log_server(server, [("", True)], ["running"])
    arun(server, bad)
    assert [r.decoded_path for r in server.requests] == ["/api/v1/dags/d/dagRuns/r/taskInstances/t"]


# -- one logic: the same requests from the blocking helper and the awaitable one ---------------------


def trigger_scenario(server: LoopbackServer) -> None:
    server.queue(
        json_reply({"dag_id": "etl", "is_paused": False}),
        run_json("queued"),
        run_json("running"),
        run_json("success"),
        json_reply({"dag_id": "etl", "is_paused": False}),
        run_json("queued", run_id="r2"),
        run_json("success", run_id="r2"),
    )


def follow_scenario(server: LoopbackServer) -> None:
    pieces = [("start\n", False), ("", False), ("end\n", True)]
    log_server(server, pieces, ["running", "success"])


def blocking_trigger(client: ApiClient) -> List[Any]:
    first = trigger_dag_run_and_wait(client, "etl", conf={"k": 1}, dag_run_id="r1", poll_interval=0, timeout=WAIT)
    second = trigger_dag_run_and_wait(client, "etl", unpause=True, note="n", poll_interval=0, timeout=WAIT)
    return [first.state, second.dag_run_id]


async def awaited_trigger(client: AsyncApiClient) -> List[Any]:
    first = await ah.trigger_dag_run_and_wait(
        client, "etl", conf={"k": 1}, dag_run_id="r1", poll_interval=0, timeout=WAIT
    )
    second = await ah.trigger_dag_run_and_wait(client, "etl", unpause=True, note="n", poll_interval=0, timeout=WAIT)
    return [first.state, second.dag_run_id]


async def _state(run: Awaitable[Any]) -> Any:
    return (await run).state


async def awaited_pages(client: AsyncApiClient) -> List[str]:
    return [d.dag_id for d in await collect(ah.paginate(DAGApi(client).get_dags, page_size=10, order_by="dag_id"))]


async def awaited_page_sizes(client: AsyncApiClient) -> List[int]:
    return [len(p.dags) for p in await collect(ah.iter_pages(DAGApi(client).get_dags, page_size=9, offset=2))]


#: scenario -> (the server's part, the blocking helper, the awaitable one); each gives its results.
SCENARIOS: Dict[str, Tuple[Callable[[LoopbackServer], Any], Callable[[ApiClient], Any], Callable[[Any], Any]]] = {
    "trigger_dag_run_and_wait": (trigger_scenario, blocking_trigger, awaited_trigger),
    "wait_for_dag_run": (
        lambda s: s.queue(run_json("queued"), run_json("restarting"), run_json("running")),
        lambda c: wait_for_dag_run(c, "etl", "r1", poll_interval=0, timeout=WAIT, until=("running",)).state,
        lambda c: _state(ah.wait_for_dag_run(c, "etl", "r1", poll_interval=0, timeout=WAIT, until=("running",))),
    ),
    "follow_task_log": (
        follow_scenario,
        lambda c: list(follow_task_log(c, "d", "r", "t", poll_interval=0)),
        lambda c: collect(ah.follow_task_log(c, "d", "r", "t", poll_interval=0)),
    ),
    "read_task_log": (
        lambda s: log_server(s, [("a\n", False), ("b\n", False), ("", False)], ["failed"]),
        lambda c: read_task_log(c, "d", "r", "t", try_number=1),
        lambda c: ah.read_task_log(c, "d", "r", "t", try_number=1),
    ),
    "paginate": (
        lambda s: dags_server(s, max_page=7),
        lambda c: [d.dag_id for d in paginate(BlockingDAGApi(c).get_dags, page_size=10, order_by="dag_id")],
        awaited_pages,
    ),
    "iter_pages": (
        lambda s: dags_server(s, with_total=False),
        lambda c: [len(p.dags) for p in iter_pages(BlockingDAGApi(c).get_dags, page_size=9, offset=2)],
        awaited_page_sizes,
    ),
}


@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
def test_the_blocking_and_the_awaitable_helper_send_the_same_requests(server: LoopbackServer, scenario: str) -> None:
    """The step logic is one flow: for the same answers, the same requests (method, path
    and query, body) in the same order, and the same results."""
    setup, blocking, awaited = SCENARIOS[scenario]
    setup(server)
    client, _ = client_for(server)
    with client:
        blocking_result = blocking(client)
    blocking_requests = list(server.requests)
    del server.requests[:]
    setup(server)
    awaited_result = arun(server, awaited)
    assert sent(server.requests) == sent(blocking_requests) and len(blocking_requests) >= 3
    assert awaited_result == blocking_result
