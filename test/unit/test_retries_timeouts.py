"""Timeouts (per client, per call, connect and read) and retries (which verbs,
which failures, backoff, Retry-After), proved by counting what a loopback
server receives and timing the gaps between its requests.

Backoff factors are small (0.05 s) so the file runs in a few seconds.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from typing import Any, Iterator, List, Tuple

import pytest
import urllib3

from airflow_client.client import (
    ApiClient,
    ApiConnectionError,
    ApiException,
    ApiTimeoutError,
    ApiValueError,
    Configuration,
    DeadlineExceededError,
    ServiceException,
)
from airflow_client.client.api.dag_api import DAGApi
from airflow_client.client.api.pool_api import PoolApi
from airflow_client.client.configuration import DEFAULT_TIMEOUT
from airflow_client.client.models import Pool
from test.loopback import LoopbackServer, Reply, closed_port, json_reply

FACTOR = 0.05  # retry n waits FACTOR * 2 ** (n - 1), plus up to 25% of that
SLACK = 0.2  # scheduling noise allowed above a computed wait (2 busy cores)
DROP = Reply(raw=b"")  # the server closes the connection without an answer


def client(url: str, **config: Any) -> ApiClient:
    config.setdefault("retries", 0)
    config.setdefault("retry_backoff_factor", FACTOR)
    config.setdefault("timeout", 5)
    return ApiClient(Configuration(host=url, **config))


def get_dag(api_client: ApiClient, **options: Any) -> Any:
    return DAGApi(api_client).get_dag("example", **options)


def gaps(server: LoopbackServer) -> List[float]:
    at = [r.at for r in server.requests]
    return [b - a for a, b in zip(at, at[1:])]


@pytest.fixture
def connect_attempts(monkeypatch: pytest.MonkeyPatch) -> List[Any]:
    """Every TCP connection urllib3 opens, in order."""
    seen: List[Any] = []
    real = urllib3.util.connection.create_connection

    def spy(address: Any, *args: Any, **kwargs: Any) -> Any:
        seen.append((address, time.monotonic()))
        return real(address, *args, **kwargs)

    monkeypatch.setattr(urllib3.util.connection, "create_connection", spy)
    return seen


# -- timeouts ---------------------------------------------------------------------


def test_default_timeout_sets_connect_and_read(server: LoopbackServer, monkeypatch: pytest.MonkeyPatch) -> None:
    with ApiClient(Configuration(host=server.url)) as c:
        sent: List[Any] = []
        pool = c.rest_client.pool_manager
        real = pool.urlopen
        monkeypatch.setattr(pool, "urlopen", lambda *a, **kw: sent.append(kw["timeout"]) or real(*a, **kw))
        get_dag(c)
        get_dag(c, _request_timeout=(1, 2))
    assert DEFAULT_TIMEOUT == (10.0, 60.0)
    assert (sent[0].connect_timeout, sent[0].read_timeout) == DEFAULT_TIMEOUT
    assert (sent[1].connect_timeout, sent[1].read_timeout) == (1, 2)


@pytest.mark.parametrize("timeout", [0.3, (5, 0.3), urllib3.Timeout(connect=5, read=0.3)])
def test_client_timeout_on_a_slow_answer(server: LoopbackServer, timeout: Any) -> None:
    server.reply(Reply(body=b"{}", delay=1.0))
    with client(server.url, timeout=timeout) as c, pytest.raises(ApiTimeoutError) as info:
        started = time.monotonic()
        get_dag(c)
    elapsed = time.monotonic() - started
    assert 0.3 <= elapsed < 0.3 + SLACK
    text = str(info.value)
    assert "did not answer in time" in text and f"get_dag GET {server.url}/api/v1/dags/example" in text
    assert isinstance(info.value, ApiConnectionError) and isinstance(info.value, TimeoutError)
    assert len(server.requests) == 1


def test_timeout_set_as_attribute_before_the_first_request(server: LoopbackServer) -> None:
    server.reply(Reply(body=b"{}", delay=1.0))
    c = client(server.url)
    c.configuration.timeout = 0.3
    started = time.monotonic()
    with c, pytest.raises(ApiTimeoutError):
        get_dag(c)
    assert 0.3 <= time.monotonic() - started < 0.3 + SLACK  # (inside the raises block it never ran)


@pytest.mark.parametrize("per_call", [0.3, (5, 0.3)])
def test_per_call_timeout_overrides_the_client(server: LoopbackServer, per_call: Any) -> None:
    server.reply(Reply(body=b"{}", delay=1.0))
    with client(server.url, timeout=30) as c, pytest.raises(ApiTimeoutError):
        started = time.monotonic()
        get_dag(c, _request_timeout=per_call)
    assert 0.3 <= time.monotonic() - started < 0.3 + SLACK


def test_per_call_connect_timeout_is_not_a_read_timeout(server: LoopbackServer) -> None:
    server.reply(Reply(body=b'{"dag_id": "slow"}', headers={"Content-Type": "application/json"}, delay=0.5))
    with client(server.url, timeout=0.1) as c:
        assert get_dag(c, _request_timeout=(0.2, 5)).dag_id == "slow"


def test_connect_timeout(full_backlog: int) -> None:
    url = f"http://127.0.0.1:{full_backlog}"
    with client(url, timeout=(0.3, 30)) as c, pytest.raises(ApiTimeoutError) as info:
        started = time.monotonic()
        get_dag(c)
    assert 0.3 <= time.monotonic() - started < 0.3 + SLACK
    assert "did not connect in time" in str(info.value)
    started = time.monotonic()
    with client(url, timeout=30) as c, pytest.raises(ApiTimeoutError):
        get_dag(c, _request_timeout=(0.3, 30))
    assert 0.3 <= time.monotonic() - started < 0.3 + SLACK


def test_timeouts_are_retried_for_idempotent_verbs(server: LoopbackServer) -> None:
    server.reply(Reply(body=b"{}", delay=1.0))
    with client(server.url, timeout=0.2, retries=1) as c, pytest.raises(ApiTimeoutError):
        started = time.monotonic()
        get_dag(c)
    assert 0.4 + FACTOR <= time.monotonic() - started < 0.4 + FACTOR * 1.25 + SLACK
    assert len(server.requests) == 2


# -- retries on status -----------------------------------------------------------------


def test_backoff_is_exponential_with_jitter_then_the_503_is_raised(server: LoopbackServer) -> None:
    server.reply(json_reply({"title": "Service Unavailable", "status": 503}, status=503))
    with client(server.url, retries=3) as c, pytest.raises(ServiceException) as info:
        get_dag(c)
    assert info.value.status == 503 and info.value.title == "Service Unavailable"
    assert len(server.requests) == 4
    for n, gap in enumerate(gaps(server), start=1):
        wait = FACTOR * 2 ** (n - 1)
        assert wait <= gap < wait * 1.25 + SLACK, (n, gap)


@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_retried_statuses(server: LoopbackServer, status: int) -> None:
    server.queue(Reply(status), Reply(status))
    server.reply_json({"dag_id": "example"})
    with client(server.url, retries=2) as c:
        assert get_dag(c).dag_id == "example"
    assert len(server.requests) == 3


@pytest.mark.parametrize("status", [400, 401, 404, 500, 501])
def test_other_statuses_are_not_retried(server: LoopbackServer, status: int) -> None:
    server.reply(Reply(status))
    with client(server.url, retries=3) as c, pytest.raises(ApiException) as info:
        get_dag(c)
    assert info.value.status == status and len(server.requests) == 1


def call(c: ApiClient, verb: str) -> Any:
    if verb == "GET":
        return get_dag(c)
    if verb == "DELETE":
        return PoolApi(c).delete_pool("p")
    if verb == "POST":
        return PoolApi(c).post_pool(Pool(name="p", slots=1))
    return PoolApi(c).patch_pool("p", Pool(slots=2))


@pytest.mark.parametrize("verb", ["GET", "DELETE"])
def test_idempotent_verbs_are_retried(server: LoopbackServer, verb: str) -> None:
    server.queue(Reply(503))
    server.reply(Reply(204 if verb == "DELETE" else 200, b"{}", {"Content-Type": "application/json"}))
    with client(server.url, retries=1) as c:
        call(c, verb)
    assert [r.method for r in server.requests] == [verb, verb]


@pytest.mark.parametrize("verb", ["POST", "PATCH"])
def test_post_and_patch_are_retried_only_when_allowed(server: LoopbackServer, verb: str) -> None:
    server.reply(Reply(503))
    with client(server.url, retries=2) as c, pytest.raises(ServiceException):
        call(c, verb)
    assert len(server.requests) == 1
    server.requests.clear()
    with client(server.url, retries=2, retry_non_idempotent=True) as c, pytest.raises(ServiceException):
        call(c, verb)
    assert [r.method for r in server.requests] == [verb] * 3
    assert server.requests[0].body == server.requests[2].body != b""


def test_retries_as_a_urllib3_retry(server: LoopbackServer) -> None:
    server.reply(Reply(503))
    policy = urllib3.Retry(total=2, status_forcelist=[503], backoff_factor=0)  # raise_on_status=True by default
    with client(server.url, retries=policy) as c, pytest.raises(ServiceException) as info:
        get_dag(c)
    assert info.value.status == 503 and len(server.requests) == 3
    server.requests.clear()
    with client(server.url, retries=policy) as c, pytest.raises(ServiceException):
        call(c, "POST")  # urllib3's default allowed_methods leave POST out
    assert len(server.requests) == 1


def test_retries_set_as_attribute_before_the_first_request(server: LoopbackServer) -> None:
    server.reply(Reply(503))
    c = client(server.url)
    c.configuration.retries = 1
    with c, pytest.raises(ServiceException):
        get_dag(c)
    assert len(server.requests) == 2


# -- Retry-After -------------------------------------------------------------------------


def test_retry_after_is_honoured_instead_of_the_backoff(server: LoopbackServer) -> None:
    server.queue(Reply(429, headers={"Retry-After": "1"}))
    server.reply_json({"dag_id": "example"})
    with client(server.url, retries=1, retry_backoff_factor=10) as c:
        get_dag(c)
    (gap,) = gaps(server)
    assert 1.0 <= gap < 1.0 + SLACK


@pytest.mark.parametrize("status,cls", [(503, ServiceException), (429, ApiException)])
def test_retry_after_longer_than_max_retry_after_is_raised_at_once(
    server: LoopbackServer, status: int, cls: type
) -> None:
    server.reply(Reply(status, headers={"Retry-After": "3600"}))
    started = time.monotonic()
    with client(server.url, retries=3) as c, pytest.raises(ApiException) as info:
        get_dag(c)
    elapsed = time.monotonic() - started
    assert type(info.value) is cls and info.value.status == status
    assert info.value.retry_after == 3600.0
    assert len(server.requests) == 1 and elapsed < SLACK
    assert Configuration().max_retry_after == 60.0
    server.requests.clear()
    server.reply(Reply(status, headers={"Retry-After": "1"}))  # well within the deadline
    started = time.monotonic()
    with client(server.url, retries=3, max_retry_after=0.5) as c, pytest.raises(ApiException) as info:
        get_dag(c)
    assert time.monotonic() - started < SLACK and len(server.requests) == 1
    assert info.value.retry_after == 1.0


def test_retry_after_past_the_deadline_is_raised_at_once(server: LoopbackServer) -> None:
    server.reply(Reply(503, headers={"Retry-After": "5"}))  # within max_retry_after, not within the deadline
    started = time.monotonic()
    with client(server.url, retries=3, deadline=2) as c, pytest.raises(ServiceException) as info:
        get_dag(c)
    assert time.monotonic() - started < SLACK
    assert info.value.retry_after == 5.0 and len(server.requests) == 1
    server.requests.clear()
    with client(server.url, retries=3, deadline=60) as c, pytest.raises(ServiceException):
        get_dag(c, _deadline=2)  # per call
    assert len(server.requests) == 1


def test_short_retry_after_is_honoured_within_the_deadline(server: LoopbackServer) -> None:
    server.queue(Reply(503, headers={"Retry-After": "0.5"}))
    server.reply_json({"dag_id": "example"})
    with client(server.url, retries=1, deadline=2, max_retry_after=1) as c:
        assert get_dag(c).dag_id == "example"
    (gap,) = gaps(server)
    assert 0.5 <= gap < 0.5 + SLACK


@pytest.mark.parametrize("value", ["soon", "-5", "Wed, 21 Oct 2015 07:28:00 GMT"])
def test_unusable_retry_after_falls_back_to_the_backoff(server: LoopbackServer, value: str) -> None:
    server.queue(Reply(503, headers={"Retry-After": value}))
    server.reply_json({"dag_id": "example"})
    with client(server.url, retries=1) as c:
        get_dag(c)
    (gap,) = gaps(server)
    assert FACTOR <= gap < FACTOR * 1.25 + SLACK


# -- connection errors ----------------------------------------------------------------------


def test_connection_refused_is_retried_then_named(connect_attempts: List[Any]) -> None:
    url = f"http://127.0.0.1:{closed_port()}"
    with client(url, retries=2) as c, pytest.raises(ApiConnectionError) as info:
        get_dag(c)
    assert not isinstance(info.value, ApiTimeoutError)
    text = str(info.value)
    assert text.startswith("Could not connect") and "refused" in text
    assert f"Operation: get_dag GET {url}/api/v1/dags/example" in text
    assert info.value.operation == "get_dag" and info.value.url == f"{url}/api/v1/dags/example"
    assert len(connect_attempts) == 3
    at = [t for _, t in connect_attempts]
    assert FACTOR <= at[1] - at[0] < FACTOR * 1.25 + SLACK
    assert 2 * FACTOR <= at[2] - at[1] < 2 * FACTOR * 1.25 + SLACK


def test_connection_refused_post_is_retried_as_nothing_was_sent(connect_attempts: List[Any]) -> None:
    with client(f"http://127.0.0.1:{closed_port()}", retries=2) as c, pytest.raises(ApiConnectionError):
        call(c, "POST")
    assert len(connect_attempts) == 3


def test_dropped_connection_is_retried_for_get(server: LoopbackServer) -> None:
    server.queue(DROP, DROP)
    server.reply_json({"dag_id": "example"})
    with client(server.url, retries=2) as c:
        assert get_dag(c).dag_id == "example"
    assert len(server.requests) == 3


def test_dropped_connection_post_is_not_retried_unless_allowed(server: LoopbackServer) -> None:
    server.reply(DROP)
    with client(server.url, retries=2) as c, pytest.raises(ApiConnectionError) as info:
        call(c, "POST")
    assert "connection broke" in str(info.value) and "post_pool POST" in str(info.value)
    assert len(server.requests) == 1
    server.queue(DROP)
    server.reply_json({"name": "p", "slots": 1})
    with client(server.url, retries=2, retry_non_idempotent=True) as c:
        call(c, "POST")
    assert len(server.requests) == 3


def test_no_retries(server: LoopbackServer) -> None:
    server.reply(Reply(503))
    for setting in (0, None, urllib3.Retry(0, raise_on_status=False)):
        server.requests.clear()
        with client(server.url, retries=setting) as c, pytest.raises(ServiceException):
            get_dag(c)
        assert len(server.requests) == 1


# -- the deadline of a call ----------------------------------------------------------------


class Silent:
    """A server that accepts connections and never answers; counts the connections."""

    def __init__(self) -> None:
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(16)
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.accepted: List[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            self.accepted.append(conn)

    def close(self) -> None:
        self.listener.close()
        for conn in self.accepted:
            conn.close()


@pytest.fixture
def silent() -> Iterator[Silent]:
    srv = Silent()
    try:
        yield srv
    finally:
        srv.close()


def timed(fn: Any, *args: Any, **kwargs: Any) -> Tuple[BaseException, float]:
    """The exception ``fn`` raised and the seconds it took."""
    started = time.monotonic()
    with pytest.raises(Exception) as info:  # noqa: B017 - the callers check the type
        fn(*args, **kwargs)
    return info.value, time.monotonic() - started


def test_default_deadline() -> None:
    assert Configuration().deadline == 120.0


def test_never_answering_server_fails_within_the_deadline_with_the_defaults(silent: Silent) -> None:
    """Without the deadline this waits 4 attempts of the 60 s read timeout; here the first
    attempt's read timeout is cut to the deadline, and no time is left to try again."""
    with ApiClient(Configuration(host=silent.url, deadline=1.5)) as c:
        error, elapsed = timed(get_dag, c)
    assert isinstance(error, DeadlineExceededError) and isinstance(error, ApiTimeoutError)
    assert 1.5 <= elapsed < 1.5 + SLACK, elapsed
    assert error.attempts == 1 and len(silent.accepted) == 1
    assert 1.5 <= error.elapsed < 1.5 + SLACK and error.deadline == 1.5
    assert str(error).startswith("No answer within the deadline of 1.5 s: 1 attempt(s) in 1.5 s")
    assert "did not answer in time" in str(error) and "get_dag GET" in str(error)


def test_deadline_covers_every_attempt_and_wait(silent: Silent) -> None:
    # 0.4 s attempts, waits of 0.05 s and 0.1 s: the third attempt gets the 0.25 s left
    with client(silent.url, retries=5, timeout=(1, 0.4), deadline=1.2) as c:
        error, elapsed = timed(get_dag, c)
    assert isinstance(error, DeadlineExceededError)
    assert 1.2 <= elapsed < 1.2 + SLACK, elapsed
    assert error.attempts == 3 and len(silent.accepted) == 3
    assert "3 attempt(s)" in str(error)


def test_per_call_deadline(silent: Silent) -> None:
    with client(silent.url, deadline=60) as c:
        error, elapsed = timed(get_dag, c, _deadline=0.5)
        assert isinstance(error, DeadlineExceededError) and 0.5 <= elapsed < 0.5 + SLACK
        error, elapsed = timed(c.call_api, "/dags/x", "GET", _deadline=0.5)
        assert isinstance(error, DeadlineExceededError) and 0.5 <= elapsed < 0.5 + SLACK
        error, elapsed = timed(get_dag, c, _deadline=None, _request_timeout=0.3)  # no deadline: the timeout
        assert type(error) is ApiTimeoutError and 0.3 <= elapsed < 0.3 + SLACK
        for bad in (0, -1, "5", True):
            with pytest.raises(ApiValueError, match="a deadline must be a number of seconds > 0"):
                get_dag(c, _deadline=bad)


def test_a_backoff_never_sleeps_past_the_deadline(server: LoopbackServer) -> None:
    server.reply(Reply(503))  # the first retry would wait 10 s
    with client(server.url, retries=3, retry_backoff_factor=10, deadline=1) as c:
        error, elapsed = timed(get_dag, c)
    assert type(error) is ServiceException and error.retry_after is None
    assert elapsed < SLACK and len(server.requests) == 1
    url = f"http://127.0.0.1:{closed_port()}"
    with client(url, retries=3, retry_backoff_factor=10, deadline=1) as c:
        error, elapsed = timed(get_dag, c)
    assert isinstance(error, DeadlineExceededError) and error.attempts == 1 and elapsed < SLACK
    assert "Could not connect" in str(error)


def test_retries_are_logged_with_jitter_and_without_secrets(
    server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.reply(Reply(503))
    caplog.set_level(logging.INFO, logger="airflow_client.client")
    with client(server.url, retries=3, retry_backoff_factor=0.01, username="admin", password="s3cret") as c:
        for _ in range(6):
            with pytest.raises(ServiceException):
                get_dag(c)
    retries = [r for r in caplog.records if hasattr(r, "wait")]
    assert len(retries) == 18 and all(r.levelno == logging.INFO for r in retries)
    assert retries[0].getMessage().startswith(f"get_dag {server.url}/api/v1/dags/example: attempt 1 answered 503;")
    for n in (1, 2, 3):
        waits = [r.wait for r in retries if r.attempt == n]
        base = 0.01 * 2 ** (n - 1)
        assert all(base <= w <= base * 1.25 for w in waits), waits
        assert len(set(waits)) > 1, waits  # jitter: not all the same
    text = caplog.text
    assert "s3cret" not in text and "Basic" not in text and "Authorization" not in text
