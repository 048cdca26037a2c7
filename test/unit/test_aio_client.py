"""The asyncio client (issue 24) against loopback servers: the same calls as the blocking
client give the same results, send the same requests and raise the same errors (most
tests run both clients, ``kind``), and what only an event loop has: concurrency bounded by
the pool, cancellation, async token functions."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import threading
import time
from typing import Any, Callable, Dict, List

import pytest

from airflow_client.client import ApiClient, Configuration
from airflow_client.client import apis as sync_apis
from airflow_client.client.aio import AsyncApiClient
from airflow_client.client.aio import api as aio_apis
from airflow_client.client.exceptions import (
    ApiConnectionError,
    ApiException,
    ApiTimeoutError,
    ApiTypeError,
    ApiValueError,
    DeadlineExceededError,
    NotFoundException,
    ResponseValidationError,
    ServiceException,
    UnauthorizedException,
)
from airflow_client.client.model.pool import Pool
from test.loopback import LoopbackServer, Received, Reply, json_reply
from test.unit.test_airflow3 import FakeAirflow3, paths

KINDS = ("sync", "async")
DAG_JSON = {
    "dag_id": "etl",
    "is_paused": False,
    "tags": [{"name": "t"}],
    "last_parsed_time": "2024-01-02T03:04:05+00:00",
}


def config(server: LoopbackServer, **options: Any) -> Configuration:
    options.setdefault("retries", 0)
    options.setdefault("username", "admin")
    options.setdefault("password", "admin")
    return Configuration(host=server.url, **options)


def call(kind: str, cfg: Configuration, api: str, method: str, *args: Any, **kwargs: Any) -> Any:
    """``api(client).method(*args, **kwargs)`` on a new client of ``kind``, closed after."""
    if kind == "sync":
        with ApiClient(cfg) as client:
            return getattr(getattr(sync_apis, api)(client), method)(*args, **kwargs)

    async def run() -> Any:
        async with AsyncApiClient(cfg) as client:
            return await getattr(getattr(aio_apis, api)(client), method)(*args, **kwargs)

    return asyncio.run(run())


def calls(kind: str, cfg: Configuration, *steps: Callable[[Any], Any]) -> List[Any]:
    """Several calls on one client: each step gets the API module's classes bound to it."""
    if kind == "sync":
        with ApiClient(cfg) as client:
            return [step(_Bound(sync_apis, client)) for step in steps]

    async def run() -> List[Any]:
        async with AsyncApiClient(cfg) as client:
            return [await step(_Bound(aio_apis, client)) for step in steps]

    return asyncio.run(run())


class _Bound:
    def __init__(self, module: Any, client: Any) -> None:
        self.module, self.client = module, client

    def __getattr__(self, name: str) -> Any:
        return getattr(self.module, name)(self.client)


def request_of(req: Received) -> Dict[str, Any]:
    headers = {k.lower(): v for k, v in req.headers.items() if k.lower() not in ("host", "connection")}
    return {"method": req.method, "path": req.target, "headers": headers, "body": req.body}


# -- the same calls, the same results ---------------------------------------------------------


def test_the_same_model_and_the_same_request(server: LoopbackServer) -> None:
    server.reply_json(DAG_JSON)
    cfg = config(server)
    sync_dag = call("sync", cfg, "DAGApi", "get_dag", "etl", fields=["dag_id", "tags"])
    async_dag = call("async", cfg, "DAGApi", "get_dag", "etl", fields=["dag_id", "tags"])
    assert type(async_dag) is type(sync_dag)
    assert async_dag.to_dict() == sync_dag.to_dict()
    assert async_dag.tags[0].name == "t" and async_dag.last_parsed_time.year == 2024
    sent = [request_of(r) for r in server.requests]
    assert sent[0] == sent[1]
    assert sent[1]["path"] == "/api/v1/dags/etl?fields=dag_id&fields=tags"
    assert sent[1]["headers"]["authorization"] == "Basic YWRtaW46YWRtaW4="


def test_a_body_and_a_query_are_sent_alike(server: LoopbackServer) -> None:
    server.reply_json({"name": "p", "slots": 3})
    cfg = config(server)
    for kind in KINDS:
        pool = call(kind, cfg, "PoolApi", "post_pool", Pool(name="p", slots=3))
        assert pool.slots == 3
    server.reply_json({"dags": [], "total_entries": 0})
    for kind in KINDS:
        assert call(kind, cfg, "DAGApi", "get_dags", tags=["a", "b"], limit=5, only_active=False).total_entries == 0
    sent = [request_of(r) for r in server.requests]
    assert sent[0] == sent[1] and json.loads(sent[0]["body"]) == {"name": "p", "slots": 3}
    assert sent[2] == sent[3] and sent[2]["path"] == "/api/v1/dags?limit=5&tags=a&tags=b&only_active=False"


def test_with_http_info_and_unread_answers(server: LoopbackServer) -> None:
    server.reply(json_reply(DAG_JSON, **{"X-Trace": "1"}))
    cfg = config(server)
    results = [call(kind, cfg, "DAGApi", "get_dag", "etl", _return_http_data_only=False) for kind in KINDS]
    assert [(r[0].dag_id, r[1], r[2]["X-Trace"]) for r in results] == [("etl", 200, "1")] * 2
    unread = [call(kind, cfg, "DAGApi", "get_dag", "etl", _preload_content=False) for kind in KINDS]
    assert [json.loads(r.data)["dag_id"] for r in unread] == ["etl", "etl"]
    assert [r.status for r in unread] == [200, 200]


@pytest.mark.parametrize("kind", KINDS)
def test_an_error_is_the_same_exception(server: LoopbackServer, kind: str) -> None:
    problem = {"detail": "DAG with dag_id: 'x' not found", "status": 404, "title": "DAG not found", "type": "t"}
    server.reply(json_reply(problem, 404))
    with pytest.raises(NotFoundException) as info:
        call(kind, config(server), "DAGApi", "get_dag", "x")
    assert info.value.status == 404 and info.value.reason == "Not Found"  # the server's phrase
    assert json.loads(info.value.body) == problem
    assert info.value.headers["Content-Type"] == "application/json"


def test_a_bad_parameter_is_refused_before_sending(server: LoopbackServer) -> None:
    for kind in KINDS:
        with pytest.raises(ApiTypeError) as info:
            call(kind, config(server), "DAGApi", "get_dags", limit="ten")
        assert "limit" in str(info.value)
    assert server.requests == []


@pytest.mark.parametrize("kind", KINDS)
def test_strict_answers(server: LoopbackServer, kind: str) -> None:
    server.reply_json({"dag_id": 5, "is_paused": "no"})
    with pytest.raises(ResponseValidationError) as info:
        call(kind, config(server, strict_responses=True), "DAGApi", "get_dag", "etl")
    assert "dag_id" in str(info.value)
    lenient = call(kind, config(server), "DAGApi", "get_dag", "etl")
    assert lenient.dag_id == 5


# -- retries, timeouts, the deadline, redirects -------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_retry_after_is_waited_then_the_call_succeeds(server: LoopbackServer, kind: str) -> None:
    server.queue(json_reply({"detail": "busy"}, 503, **{"Retry-After": "1"}))
    server.reply_json(DAG_JSON)
    started = time.monotonic()
    dag = call(kind, config(server, retries=2, retry_backoff_factor=0), "DAGApi", "get_dag", "etl")
    assert dag.dag_id == "etl" and len(server.requests) == 2
    assert 0.95 <= server.requests[1].at - server.requests[0].at < 3
    assert time.monotonic() - started < 5


@pytest.mark.parametrize("kind", KINDS)
def test_retries_spent_raise_the_last_answer(server: LoopbackServer, kind: str) -> None:
    server.reply(json_reply({"detail": "busy"}, 503))
    with pytest.raises(ServiceException) as info:
        call(kind, config(server, retries=2, retry_backoff_factor=0.01), "DAGApi", "get_dag", "etl")
    assert info.value.status == 503 and len(server.requests) == 3


@pytest.mark.parametrize("kind", KINDS)
def test_a_retry_after_longer_than_allowed_is_raised_at_once(server: LoopbackServer, kind: str) -> None:
    server.reply(json_reply({"detail": "slow down"}, 429, **{"Retry-After": "120"}))
    started = time.monotonic()
    with pytest.raises(ApiException) as info:
        call(kind, config(server, retries=3, max_retry_after=5), "DAGApi", "get_dag", "etl")
    assert info.value.status == 429 and len(server.requests) == 1
    assert time.monotonic() - started < 2


@pytest.mark.parametrize("kind", KINDS)
def test_the_deadline_ends_a_call_to_a_server_that_never_answers(server: LoopbackServer, kind: str) -> None:
    server.reply(Reply(200, b"{}", delay=5))
    started = time.monotonic()
    with pytest.raises(DeadlineExceededError) as info:
        call(kind, config(server, retries=3, deadline=0.6), "DAGApi", "get_dag", "etl")
    assert time.monotonic() - started < 2.5
    assert info.value.attempts >= 1 and info.value.deadline == 0.6


@pytest.mark.parametrize("kind", KINDS)
def test_a_read_timeout_is_an_api_timeout_error(server: LoopbackServer, kind: str) -> None:
    server.reply(Reply(200, b"{}", delay=3))
    with pytest.raises(ApiTimeoutError) as info:
        call(kind, config(server), "DAGApi", "get_dag", "etl", _request_timeout=(2, 0.4))
    assert "did not answer in time" in str(info.value)


@pytest.mark.parametrize("kind", KINDS)
def test_a_body_cut_short_is_retried_then_raised(server: LoopbackServer, kind: str) -> None:
    cut = b'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"dag_id": "e'
    server.reply(Reply(raw=cut))
    with pytest.raises(ApiConnectionError) as info:
        call(kind, config(server, retries=1, retry_backoff_factor=0.01), "DAGApi", "get_dag", "etl")
    assert len(server.requests) == 2
    assert "closed before the end of the body" in str(info.value)
    assert info.value.received == b'{"dag_id": "e'


@pytest.mark.parametrize("kind", KINDS)
def test_a_refused_connection(kind: str) -> None:
    from test.loopback import closed_port

    cfg = Configuration(host=f"http://127.0.0.1:{closed_port()}", retries=0)
    with pytest.raises(ApiConnectionError) as info:
        call(kind, cfg, "DAGApi", "get_dag", "etl")
    assert "Could not connect" in str(info.value)


@pytest.mark.parametrize("kind", KINDS)
def test_credentials_stay_with_their_origin_on_a_redirect(kind: str) -> None:
    other, home = LoopbackServer(), LoopbackServer()
    try:
        other.reply_json(DAG_JSON)
        home.queue(Reply(307, b"", {"Location": other.url + "/dags/etl"}))
        home.queue(Reply(307, b"", {"Location": "/elsewhere/dags/etl"}))
        home.reply_json(DAG_JSON)
        cfg = config(home, api_key={"X-Key": "secret"})
        assert call(kind, cfg, "DAGApi", "get_dag", "etl").dag_id == "etl"  # to the other origin
        assert call(kind, cfg, "DAGApi", "get_dag", "etl").dag_id == "etl"  # within the origin
        assert other.last.header("Authorization") is None and other.last.header("X-Key") is None
        assert home.last.path == "/elsewhere/dags/etl"
        assert home.last.header("Authorization") == "Basic YWRtaW46YWRtaW4=" and home.last.header("X-Key") == "secret"
    finally:
        other.stop()
        home.stop()


# -- credentials ----------------------------------------------------------------------------------


def _token_server(server: LoopbackServer, valid: List[str]) -> None:
    def answer(req: Received) -> Reply:
        if req.header("Authorization") in {f"Bearer {t}" for t in valid}:
            return json_reply(DAG_JSON)
        return json_reply({"detail": "expired"}, 401)

    server.handler = answer


@pytest.mark.parametrize("kind", KINDS)
def test_a_token_function_is_asked_again_after_a_401(server: LoopbackServer, kind: str) -> None:
    given = iter(["t1", "t2"])
    asked: List[str] = []

    def token() -> str:
        asked.append(next(given))
        return asked[-1]

    valid = ["t1"]
    _token_server(server, valid)
    cfg = config(server, username=None, password=None, access_token=token)

    def rotate(api: Any) -> Any:
        valid[:] = ["t2"]
        return api.DAGApi.get_dag("etl")

    results = calls(kind, cfg, lambda api: api.DAGApi.get_dag("etl"), rotate)
    assert [r.dag_id for r in results] == ["etl", "etl"]
    assert asked == ["t1", "t2"]
    assert [r.header("Authorization") for r in server.requests] == ["Bearer t1", "Bearer t1", "Bearer t2"]


def test_an_async_token_function_is_awaited_and_asked_once_for_concurrent_refusals(server: LoopbackServer) -> None:
    asked: List[str] = []

    async def token() -> str:
        await asyncio.sleep(0.05)
        asked.append(f"t{len(asked) + 1}")
        return asked[-1]

    valid = ["t1"]
    _token_server(server, valid)
    cfg = config(server, username=None, password=None, access_token=token)

    async def run() -> List[Any]:
        async with AsyncApiClient(cfg) as client:
            api = aio_apis.DAGApi(client)
            first = await api.get_dag("etl")
            valid[:] = ["t2"]
            rest = await asyncio.gather(*(api.get_dag("etl") for _ in range(10)))
            return [first, *rest]

    assert [d.dag_id for d in asyncio.run(run())] == ["etl"] * 11
    assert asked == ["t1", "t2"]  # ten calls refused at once: the function asked again once


def test_a_token_function_that_gives_no_str_is_refused(server: LoopbackServer) -> None:
    async def token() -> Any:
        return None

    cfg = config(server, username=None, password=None, access_token=token)
    with pytest.raises(ApiValueError, match="non-empty str"):
        call("async", cfg, "DAGApi", "get_dag", "etl")


# -- Airflow 3 ------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_airflow3_found_and_logged_in_and_translated(server: LoopbackServer, kind: str) -> None:
    af3 = FakeAirflow3()
    server.handler = af3
    af3.answers["GET /api/v2/variables/k"] = {"key": "k", "value": "v", "description": None, "is_encrypted": False}
    results = calls(
        kind,
        config(server, timeout=5),
        lambda api: api.VariableApi.get_variable("k"),
        lambda api: api.VariableApi.get_variable("k"),
    )
    assert [v.value for v in results] == ["v", "v"]
    assert paths(server) == [
        "GET /api/v1/variables/k",  # refused as Airflow 3 refuses it
        "GET /api/v2/version",
        "POST /auth/token",
        "GET /api/v2/variables/k",
        "GET /api/v2/variables/k",
    ]
    assert af3.tokens == 1


@pytest.mark.parametrize("kind", KINDS)
def test_airflow3_errors_look_as_on_airflow2(server: LoopbackServer, kind: str) -> None:
    af3 = FakeAirflow3()
    server.handler = af3
    with pytest.raises(NotFoundException) as info:
        call(kind, config(server, api_version="v2"), "VariableApi", "get_variable", "missing")
    assert info.value.reason == "NOT FOUND"
    assert set(json.loads(info.value.body)) == {"detail", "status", "title", "type"}
    assert info.value.server_status == 404


@pytest.mark.parametrize("kind", KINDS)
def test_airflow3_lookups_before_and_after_the_call(server: LoopbackServer, kind: str) -> None:
    """Translations that need lookups: an asset's id by its URI before the call, and the
    URI of each queued event's asset to map the answer after it."""
    af3 = FakeAirflow3()
    server.handler = af3
    asset = {"id": 7, "uri": "s3://b/k", "name": "s3://b/k", "group": "asset", "extra": {}}
    event = {"dag_id": "etl", "asset_id": 7, "created_at": "2024-01-01T00:00:00Z"}
    af3.answers["GET /api/v2/assets"] = {"assets": [asset], "total_entries": 1}
    af3.answers["GET /api/v2/assets/7"] = asset
    af3.answers["GET /api/v2/assets/7/queuedEvents"] = {"queued_events": [event], "total_entries": 1}
    af3.answers["GET /api/v2/dags/etl/assets/queuedEvents"] = {"queued_events": [event], "total_entries": 1}
    results = calls(
        kind,
        config(server, api_version="v2"),
        lambda api: api.DatasetApi.get_dataset_queued_events("s3://b/k"),
        lambda api: api.DatasetApi.get_dag_dataset_queued_events("etl"),
    )
    assert [r.queued_events[0].uri for r in results] == ["s3://b/k", "s3://b/k"]
    assert paths(server)[-4:] == [
        "GET /api/v2/assets",
        "GET /api/v2/assets/7/queuedEvents",
        "GET /api/v2/dags/etl/assets/queuedEvents",
        "GET /api/v2/assets/7",
    ]


@pytest.mark.parametrize("kind", KINDS)
def test_a_bad_password_on_airflow3(server: LoopbackServer, kind: str) -> None:
    server.handler = FakeAirflow3()
    with pytest.raises(UnauthorizedException) as info:
        call(kind, config(server, api_version="v2", password="wrong"), "VariableApi", "get_variable", "k")
    assert "Invalid credentials" in str(info.value) and "wrong" not in str(info.value)


# -- what only an event loop has -------------------------------------------------------------------


def test_a_thousand_calls_in_flight_on_one_client_within_its_pool(server: LoopbackServer) -> None:
    lock = threading.Lock()
    now = [0]
    most = [0]

    def answer(req: Received) -> Reply:
        with lock:
            now[0] += 1
            most[0] = max(most[0], now[0])
        time.sleep(0.002)
        with lock:
            now[0] -= 1
        return json_reply({**DAG_JSON, "dag_id": req.path.rsplit("/", 1)[-1]})

    server.handler = answer
    cfg = config(server, connection_pool_maxsize=8, timeout=30)

    async def run() -> List[str]:
        async with AsyncApiClient(cfg) as client:
            api = aio_apis.DAGApi(client)
            dags = await asyncio.gather(*(api.get_dag(f"d{i}") for i in range(1000)))
            return [d.dag_id for d in dags]

    assert asyncio.run(run()) == [f"d{i}" for i in range(1000)]
    assert len(server.requests) == 1000
    assert 1 < most[0] <= 8


@pytest.mark.parametrize("phase", ["waiting for the answer", "reading the body"])
def test_a_cancelled_call_leaves_nothing_behind(server: LoopbackServer, phase: str) -> None:
    if phase == "waiting for the answer":
        server.reply(Reply(200, json.dumps(DAG_JSON).encode(), {"Content-Type": "application/json"}, delay=2))
    else:  # half the body sent, the rest two seconds later
        head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n"
        server.reply(Reply(raw=head + b'{"dag_id": "etl", ', stall=2))
    cfg = config(server)

    async def run() -> Any:
        async with AsyncApiClient(cfg) as client:
            task = asyncio.ensure_future(aio_apis.DAGApi(client).get_dag("etl"))
            await asyncio.sleep(0.3)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            connector = client.rest_client.session().connector
            assert connector is not None
            in_use = sum(len(held) for held in connector._acquired_per_host.values())  # noqa: SLF001
            others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            return in_use, others

    in_use, others = asyncio.run(run())
    assert in_use == 0 and others == []


def test_one_configuration_for_both_clients(server: LoopbackServer) -> None:
    server.reply_json(DAG_JSON)
    cfg = config(server)

    async def run() -> Any:
        blocking = sync_apis.DAGApi(ApiClient(cfg)).get_dag("etl")
        async with AsyncApiClient(cfg) as client:
            awaited = await aio_apis.DAGApi(client).get_dag("etl")
        return blocking, awaited

    blocking, awaited = asyncio.run(run())
    assert blocking.to_dict() == awaited.to_dict()


def test_closed_then_used_again(server: LoopbackServer) -> None:
    server.reply_json(DAG_JSON)
    client = AsyncApiClient(config(server))

    async def run() -> List[str]:
        first = await aio_apis.DAGApi(client).get_dag("etl")
        session = client.rest_client.session()
        await client.close()
        assert session.closed
        second = await aio_apis.DAGApi(client).get_dag("etl")
        await client.close()
        return [first.dag_id, second.dag_id]

    assert asyncio.run(run()) == ["etl", "etl"]


def test_async_req_is_refused_with_a_reason(server: LoopbackServer) -> None:
    with pytest.raises(ApiValueError, match="await the call"):
        call("async", config(server), "DAGApi", "get_dag", "etl", async_req=True)
    assert server.requests == []


def test_importing_the_blocking_client_imports_no_aiohttp() -> None:
    code = "import sys, airflow_client.client; print('aiohttp' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_one_client_in_two_event_loops(server: LoopbackServer) -> None:
    """A program that calls ``asyncio.run`` twice with one client (its connections serve
    one loop: the second loop gets its own)."""
    server.reply_json(DAG_JSON)
    client = AsyncApiClient(config(server, username=None, password=None, access_token=lambda: "t"))

    async def once() -> str:
        return (await aio_apis.DAGApi(client).get_dag("etl")).dag_id

    assert asyncio.run(once()) == "etl"
    assert asyncio.run(once()) == "etl"
    asyncio.run(client.close())
    assert [r.header("Authorization") for r in server.requests] == ["Bearer t", "Bearer t"]
