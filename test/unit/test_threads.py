"""One ApiClient shared by many threads: every answer goes to the call that
asked for it, the connection pool's size holds, and a token refresh after a
401 is done once for all threads."""

from __future__ import annotations

import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable, List, Tuple
from urllib.parse import unquote

import pytest

from airflow_client.client import ApiClient, Configuration
from airflow_client.client.api.dag_api import DAGApi
from test.loopback import LoopbackServer, Received, Reply, json_reply

THREADS = 32
CALLS = 100
POOL = 4


class Tracker:
    """Counts the server's open connections and requests in progress, and their peaks."""

    def __init__(self, server: LoopbackServer) -> None:
        self.lock = threading.Lock()
        self.connections = self.peak_connections = self.total_connections = 0
        self.active = self.peak_active = 0
        httpd = server.httpd
        serve_connection = httpd.process_request_thread

        def tracked(request: Any, client_address: Any) -> None:
            # Answer without Nagle's delay: the server writes headers and body
            # apart, which otherwise costs ~40 ms per call on loopback.
            request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self.lock:
                self.connections += 1
                self.total_connections += 1
                self.peak_connections = max(self.peak_connections, self.connections)
            try:
                serve_connection(request, client_address)
            finally:
                with self.lock:
                    self.connections -= 1

        httpd.process_request_thread = tracked  # type: ignore[method-assign]

    def handler(self, answer: Callable[[Received], Reply]) -> Callable[[Received], Reply]:
        def handle(req: Received) -> Reply:
            with self.lock:
                self.active += 1
                self.peak_active = max(self.peak_active, self.active)
            try:
                time.sleep(0.001)  # long enough for the threads to overlap
                return answer(req)
            finally:
                with self.lock:
                    self.active -= 1

        return handle


def echo(req: Received) -> Reply:
    """The DAG id asked for, and the request id header, sent back."""
    dag_id = unquote(req.path.rsplit("/", 1)[1])
    return json_reply({"dag_id": dag_id, "description": req.header("X-Request-Id")})


def test_32_threads_share_one_client_and_a_pool_of_4(server: LoopbackServer) -> None:
    tracker = Tracker(server)
    server.handler = tracker.handler(echo)
    cfg = Configuration(host=server.url, username="admin", password="admin", connection_pool_maxsize=POOL, timeout=10)
    api_client = ApiClient(cfg)
    api = DAGApi(api_client)
    mismatches: List[Tuple[str, Any, Any]] = []

    def work(thread: int) -> int:
        done = 0
        for n in range(CALLS):
            ask = f"dag {thread}/{n}"
            dag = api.get_dag(ask, _headers={"X-Request-Id": f"req-{thread}-{n}"})
            if dag.dag_id != ask or dag.description != f"req-{thread}-{n}":
                mismatches.append((ask, dag.dag_id, dag.description))
            done += 1
        return done

    with api_client, ThreadPoolExecutor(THREADS) as pool:
        results = list(pool.map(work, range(THREADS)))  # re-raises the first error, if any

    assert results == [CALLS] * THREADS
    assert mismatches == []
    assert len(server.requests) == THREADS * CALLS
    assert all(r.header("Authorization") == "Basic YWRtaW46YWRtaW4=" for r in server.requests)
    assert tracker.peak_active <= POOL
    assert tracker.peak_connections <= POOL
    assert tracker.total_connections <= POOL  # kept alive and reused, not reopened
    assert tracker.peak_active >= 2  # the threads did overlap


def test_token_refresh_after_401_is_done_once_for_all_threads(server: LoopbackServer) -> None:
    calls: List[int] = []
    lock = threading.Lock()
    barrier = threading.Barrier(THREADS)

    def token() -> str:
        with lock:
            calls.append(1)
            return f"token-{len(calls)}"

    def answer(req: Received) -> Reply:
        if req.header("Authorization") == "Bearer token-1":
            return json_reply({"title": "Unauthorized", "status": 401}, status=401)
        return echo(req)

    server.handler = Tracker(server).handler(answer)
    api_client = ApiClient(Configuration(host=server.url, access_token=token, retries=0, timeout=10))
    api = DAGApi(api_client)

    def work(thread: int) -> str:
        barrier.wait()
        return api.get_dag(f"dag-{thread}").dag_id

    with api_client, ThreadPoolExecutor(THREADS) as pool:
        assert list(pool.map(work, range(THREADS))) == [f"dag-{t}" for t in range(THREADS)]
    assert len(calls) == 2
    sent = [r.header("Authorization") for r in server.requests]
    assert set(sent) == {"Bearer token-1", "Bearer token-2"} and sent.count("Bearer token-2") == THREADS


@pytest.mark.parametrize("pool_threads", [1, 8])
def test_async_requests_share_the_pool(server: LoopbackServer, pool_threads: int) -> None:
    tracker = Tracker(server)
    server.handler = tracker.handler(echo)
    api_client = ApiClient(
        Configuration(host=server.url, connection_pool_maxsize=2, timeout=10), pool_threads=pool_threads
    )
    with api_client:
        api = DAGApi(api_client)
        pending = [api.get_dag(f"dag-{n}", async_req=True) for n in range(200)]
        assert [p.get(10).dag_id for p in pending] == [f"dag-{n}" for n in range(200)]
    assert tracker.peak_connections <= 2


def test_close_waits_for_a_pending_async_call_without_deadlock(server: LoopbackServer) -> None:
    """close() while an async call has not yet built the transport: the call needs
    the client's lock, which close() used to hold while it waited for the call."""
    server.reply(json_reply({"dag_id": "d"}))
    asked = threading.Event()

    def slow_token() -> str:
        asked.set()
        time.sleep(0.3)  # close() starts while the call is here, before the transport exists
        return "t"

    api = ApiClient(Configuration(host=server.url, access_token=slow_token))
    pending = DAGApi(api).get_dag("d", async_req=True)
    assert asked.wait(5)
    closer = threading.Thread(target=api.close, daemon=True)
    closer.start()
    closer.join(5)
    assert not closer.is_alive(), "close() deadlocked with the pending call"
    assert pending.get(timeout=5).dag_id == "d"
    assert server.requests[0].header("Authorization") == "Bearer t"
