"""Fault injection: whatever a server (or a proxy in front of it) sends, a call
ends in one of our typed exceptions, which names the operation and quotes the
first bytes received when there were any; never a bare ``json``, pydantic,
``http.client`` or urllib3 exception.

Each fault is served on loopback once without retries, then with
``retries=2`` for a GET, a POST and a POST with ``retry_non_idempotent``: the
last exception stays typed and the server gets as many requests as the policy
says (connection errors, timeouts, 429/502/503/504 are retried for GET; a POST
only when nothing was sent, unless ``retry_non_idempotent``).  A corrupt or
unusable answer is not retried: asking again would get the same.
"""

from __future__ import annotations

import gzip
import http.client
import json
import time
from dataclasses import dataclass
from typing import Any, Callable, List, Optional, Type

import pydantic
import pytest
import urllib3

from airflow_client.client import (
    ApiClient,
    ApiConnectionError,
    ApiException,
    ApiTimeoutError,
    Configuration,
    ForbiddenException,
    NotFoundException,
    OpenApiException,
    ResponseDecodeError,
    ServiceException,
)
from airflow_client.client.api.config_api import ConfigApi
from airflow_client.client.api.dag_api import DAGApi
from airflow_client.client.api.dag_run_api import DAGRunApi
from airflow_client.client.api.pool_api import PoolApi
from airflow_client.client.models import ClearDagRun, Pool
from test.loopback import LoopbackServer, Reply, closed_port

TIMEOUT = 0.2  # read timeout of the timeout cases; the server waits longer
CONNECT_TIMEOUT = 0.1  # a full listen queue drops the SYN: only the timeout ends the wait
JSON = {"Content-Type": "application/json"}
HTML_PAGE = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n"
    b"</body>\r\n</html>\r\n"
)
PARTIAL = b'{"dag_id": "example", "descr'


def head(length: int, status: str = "200 OK", content_type: str = "application/json") -> bytes:
    """A response's status line and headers, announcing a body of ``length`` bytes."""
    return f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {length}\r\n\r\n".encode()


def problem(status: int, title: str, detail: str) -> Reply:
    doc = {"type": f"https://airflow.apache.org/docs/problems/{status}", "title": title, "status": status}
    doc.update(detail=detail, instance="/api/v1/dags/example")
    return Reply(status, json.dumps(doc).encode(), {"Content-Type": "application/problem+json"})


# -- the faults ---------------------------------------------------------------------


@dataclass
class Fault:
    """One thing a server may send, what the call raises, and what it quotes."""

    reply: Callable[[], Reply]
    raises: Type[OpenApiException]
    shows: Optional[bytes]  # first bytes the message must quote (None: nothing was received)
    retried: bool  # retried for GET, and for POST with retry_non_idempotent
    timeout: Optional[float] = None


FAULTS = {
    # 1. a proxy's HTML error page, and one served as a success
    "html 502 from a proxy": Fault(
        lambda: Reply(502, HTML_PAGE, {"Content-Type": "text/html"}), ServiceException, b"<html>", retried=True
    ),
    "html 200 where JSON was expected": Fault(
        lambda: Reply(200, HTML_PAGE, {"Content-Type": "text/html; charset=utf-8"}),
        ResponseDecodeError,
        b"<html>",
        retried=False,
    ),
    # 2. plain-text error pages
    "text 500": Fault(
        lambda: Reply(500, b"Internal Server Error\n", {"Content-Type": "text/plain"}),
        ServiceException,
        b"Internal Server Error",
        retried=False,
    ),
    "text 403": Fault(
        lambda: Reply(403, b"Forbidden: blocked by the WAF\n", {"Content-Type": "text/plain"}),
        ForbiddenException,
        b"Forbidden: blocked by the WAF",
        retried=False,
    ),
    # 3. a body shorter than its Content-Length, then the connection closed
    "truncated JSON": Fault(lambda: Reply(raw=head(100) + PARTIAL), ApiConnectionError, PARTIAL, retried=True),
    # 4. 2xx answers that are not the model
    "invalid JSON": Fault(
        lambda: Reply(200, b'{"dag_id": "example",, }', JSON), ResponseDecodeError, b'{"dag_id": "example",,', False
    ),
    "empty 200": Fault(lambda: Reply(200, b"", JSON), ResponseDecodeError, None, retried=False),
    "JSON array for an object": Fault(
        lambda: Reply(200, b'[{"dag_id": "example"}]', JSON), ResponseDecodeError, b'[{"dag_id"', retried=False
    ),
    "JSON string for an object": Fault(
        lambda: Reply(200, b'"all good"', JSON), ResponseDecodeError, b'"all good"', retried=False
    ),
    "JSON null for an object": Fault(lambda: Reply(200, b"null", JSON), ResponseDecodeError, b"null", retried=False),
    "JSON as application/octet-stream": Fault(
        lambda: Reply(200, b'{"dag_id": "example"}', {"Content-Type": "application/octet-stream"}),
        ResponseDecodeError,
        b'{"dag_id": "example"}',
        retried=False,
    ),
    "HTML with no content type": Fault(lambda: Reply(200, HTML_PAGE), ResponseDecodeError, b"<html>", retried=False),
    # 5. a connection reset (RST) in the middle of the body
    "reset mid-body": Fault(
        lambda: Reply(raw=head(100) + PARTIAL, stall=0.02, reset=True), ApiConnectionError, PARTIAL, retried=True
    ),
    "reset before the status line": Fault(lambda: Reply(raw=b"", reset=True), ApiConnectionError, None, retried=True),
    # 6. read timeouts: before the status line, and in the middle of the body
    "read timeout": Fault(lambda: Reply(200, b"{}", JSON, delay=1.0), ApiTimeoutError, None, True, TIMEOUT),
    "read timeout mid-body": Fault(
        lambda: Reply(raw=head(100) + PARTIAL, stall=1.0), ApiTimeoutError, PARTIAL, retried=True, timeout=TIMEOUT
    ),
    # 7. problem documents
    "problem+json 503": Fault(
        lambda: problem(503, "Service Unavailable", "The scheduler is restarting"),
        ServiceException,
        None,  # a problem document is shown by its title and detail, checked below
        retried=True,
    ),
    "problem+json 404": Fault(
        lambda: problem(404, "DAG not found", "The DAG with dag_id: `example` was not found"),
        NotFoundException,
        None,
        retried=False,
    ),
    # 8. Content-Encoding: gzip with a body that is not gzip
    "corrupt gzip 200": Fault(
        lambda: Reply(200, b"\x1f\x8b\x08garbage", {**JSON, "Content-Encoding": "gzip"}),
        ResponseDecodeError,
        b"garbage",
        retried=False,
    ),
    "corrupt gzip 502": Fault(
        lambda: Reply(502, b"<html>bad gateway</html>", {"Content-Type": "text/html", "Content-Encoding": "gzip"}),
        ServiceException,
        b"<html>bad gateway</html>",
        retried=True,
    ),
}

#: What none of our exceptions may be, even as a second base class.
FOREIGN = (
    json.JSONDecodeError,
    pydantic.ValidationError,
    http.client.HTTPException,
    urllib3.exceptions.HTTPError,
    UnicodeError,
    LookupError,  # KeyError is one
    RecursionError,
)
FOREIGN_BARE = (AttributeError, KeyError, TypeError, ValueError, OSError)


def client(url: str, **config: Any) -> ApiClient:
    config.setdefault("retries", 0)
    config.setdefault("retry_backoff_factor", 0)
    config.setdefault("timeout", 5)
    return ApiClient(Configuration(host=url, username="admin", password="admin", **config))


def get_dag(c: ApiClient, **options: Any) -> Any:
    return DAGApi(c).get_dag("example", **options)


def post_pool(c: ApiClient, **options: Any) -> Any:
    return PoolApi(c).post_pool(Pool(name="p", slots=1), **options)


def clear_dag_run(c: ApiClient, **options: Any) -> Any:
    """An operation that answers one of two models (DAGRun or TaskInstanceCollection)."""
    return DAGRunApi(c).clear_dag_run("example", "run", ClearDagRun(dry_run=True), **options)


def assert_typed(err: BaseException, operation: str, shows: Optional[bytes]) -> None:
    """Ours, named after the operation, quoting the first bytes received."""
    assert type(err).__module__ == "airflow_client.client.exceptions", type(err)
    assert isinstance(err, OpenApiException)
    # A transport error is also urllib3's MaxRetryError (what the official client lets through,
    # so what code written for it catches); no other foreign base is allowed.
    allowed = set(urllib3.exceptions.MaxRetryError.__mro__) if isinstance(err, ApiConnectionError) else set()
    foreign = [c for c in type(err).__mro__ if c not in allowed and not c.__module__.startswith("airflow_client")]
    assert not any(issubclass(c, FOREIGN) for c in foreign), type(err).__mro__
    if isinstance(err, FOREIGN_BARE):  # allowed only as the second base of a typed error (TimeoutError)
        assert isinstance(err, ApiTimeoutError), type(err).__mro__
    text = str(err)
    assert getattr(err, "operation", None) == operation
    assert f"Operation: {operation} " in text, text
    if shows is not None:
        assert shows.decode() in text, text
    if isinstance(err, ApiConnectionError) and shows is not None:
        assert err.received is not None and err.received.startswith(shows)


@pytest.fixture
def connect_attempts(monkeypatch: pytest.MonkeyPatch) -> List[Any]:
    """Every TCP connection urllib3 opens, in order."""
    seen: List[Any] = []
    real = urllib3.util.connection.create_connection

    def spy(address: Any, *args: Any, **kwargs: Any) -> Any:
        seen.append(address)
        return real(address, *args, **kwargs)

    monkeypatch.setattr(urllib3.util.connection, "create_connection", spy)
    return seen


# -- every fault, once, then with retries ------------------------------------------------------


@pytest.mark.parametrize("name", list(FAULTS))
def test_fault_gives_a_typed_exception(server: LoopbackServer, name: str) -> None:
    fault = FAULTS[name]
    server.reply(fault.reply())
    with client(server.url, timeout=fault.timeout or 5) as c, pytest.raises(fault.raises) as info:
        get_dag(c)
    assert type(info.value) is fault.raises
    assert_typed(info.value, "get_dag", fault.shows)
    assert len(server.requests) == 1


VERBS = {
    "GET": (get_dag, {}),
    "POST": (post_pool, {}),
    "POST retry_non_idempotent": (post_pool, {"retry_non_idempotent": True}),
}


@pytest.mark.parametrize("verb", list(VERBS))
@pytest.mark.parametrize("name", list(FAULTS))
def test_fault_with_retries_stays_typed_and_is_retried_as_the_policy_says(
    server: LoopbackServer, name: str, verb: str
) -> None:
    fault = FAULTS[name]
    call, config = VERBS[verb]
    server.reply(fault.reply())
    with client(server.url, retries=2, timeout=fault.timeout or 5, **config) as c, pytest.raises(fault.raises) as info:
        call(c)
    assert type(info.value) is fault.raises
    assert_typed(info.value, call.__name__, fault.shows)
    retried = fault.retried and verb != "POST"
    assert len(server.requests) == (3 if retried else 1)
    assert [r.method for r in server.requests] == [verb.split()[0]] * len(server.requests)


def test_connection_refused(connect_attempts: List[Any]) -> None:
    url = f"http://127.0.0.1:{closed_port()}"
    with client(url) as c, pytest.raises(ApiConnectionError) as info:
        get_dag(c)
    assert type(info.value) is ApiConnectionError
    assert_typed(info.value, "get_dag", None)
    assert str(info.value).startswith("Could not connect") and "refused" in str(info.value)
    assert info.value.received is None and info.value.status is None
    assert len(connect_attempts) == 1
    for call, config in VERBS.values():  # nothing was sent: retried whatever the verb
        connect_attempts.clear()
        with client(url, retries=2, **config) as c, pytest.raises(ApiConnectionError) as info:
            call(c)
        assert_typed(info.value, call.__name__, None)
        assert len(connect_attempts) == 3


def test_connect_timeout(full_backlog: int, connect_attempts: List[Any]) -> None:
    url = f"http://127.0.0.1:{full_backlog}"
    with client(url, timeout=(CONNECT_TIMEOUT, 5)) as c, pytest.raises(ApiTimeoutError) as info:
        get_dag(c)
    assert_typed(info.value, "get_dag", None)
    assert "did not connect in time" in str(info.value)
    assert len(connect_attempts) == 1
    for call, config in (VERBS["GET"], VERBS["POST"]):  # a connect timeout sent nothing either
        connect_attempts.clear()
        with (
            client(url, retries=2, timeout=(CONNECT_TIMEOUT, 5), **config) as c,
            pytest.raises(ApiTimeoutError) as info,
        ):
            call(c)
        assert_typed(info.value, call.__name__, None)
        assert len(connect_attempts) == 3


# -- what each exception carries ------------------------------------------------------------------


def test_html_error_page_keeps_status_reason_and_body(server: LoopbackServer) -> None:
    long_page = HTML_PAGE.replace(b"</body>", b"<p>" + b"x" * 2000 + b"</p></body>")
    server.reply(Reply(502, long_page, {"Content-Type": "text/html"}))
    with client(server.url) as c, pytest.raises(ServiceException) as info:
        get_dag(c)
    err = info.value
    assert (err.status, err.reason) == (502, "Bad Gateway")
    assert err.body == long_page.decode() and err.raw_body == long_page
    assert err.headers["Content-Type"] == "text/html"
    assert err.problem is None and err.title is None
    # The official layout (what code that parses str(error) expects), with the operation added.
    lines = str(err).splitlines()
    assert lines[:3] == ["(502)", "Reason: Bad Gateway", f"Operation: get_dag GET {server.url}/api/v1/dags/example"]
    assert lines[3].startswith("HTTP response headers: HTTPHeaderDict({") and "'Content-Type': 'text/html'" in lines[3]
    assert str(err).split("HTTP response body: ", 1)[1] == long_page.decode() + "\n"  # whole, last


def test_html_page_on_a_success_names_the_content_type(server: LoopbackServer) -> None:
    server.reply(Reply(200, HTML_PAGE, {"Content-Type": "text/html"}))
    with client(server.url) as c, pytest.raises(ResponseDecodeError) as info:
        get_dag(c)
    err = info.value
    assert isinstance(err, ApiException) and (err.status, err.raw_body) == (200, HTML_PAGE)
    assert str(err).startswith("get_dag: expected a JSON answer, got Content-Type 'text/html'; first bytes: '<html>")


def test_plain_text_error_keeps_the_text(server: LoopbackServer) -> None:
    server.reply(Reply(500, b"Internal Server Error\n", {"Content-Type": "text/plain"}))
    with client(server.url) as c, pytest.raises(ServiceException) as info:
        post_pool(c)
    assert (info.value.status, info.value.body) == (500, "Internal Server Error\n")
    assert "HTTP response body: Internal Server Error" in str(info.value)


def test_problem_details_are_parsed_onto_the_exception(server: LoopbackServer) -> None:
    server.reply(problem(503, "Service Unavailable", "The scheduler is restarting"))
    with client(server.url) as c, pytest.raises(ServiceException) as info:
        get_dag(c)
    err = info.value
    assert (err.status, err.title, err.detail) == (503, "Service Unavailable", "The scheduler is restarting")
    assert err.type == "https://airflow.apache.org/docs/problems/503"
    assert err.instance == "/api/v1/dags/example"
    assert err.problem is not None and err.problem["status"] == 503
    text = str(err)
    assert "Title: Service Unavailable" in text and "Detail: The scheduler is restarting" in text
    assert "Type: https://airflow.apache.org/docs/problems/503" in text


def test_truncated_body_is_a_transport_error_with_what_arrived(server: LoopbackServer) -> None:
    server.reply(Reply(raw=head(100) + PARTIAL))
    with client(server.url) as c, pytest.raises(ApiConnectionError) as info:
        get_dag(c)
    err = info.value
    assert not isinstance(err, ApiException)  # no usable answer: not an HTTP error status
    assert err.status == 200 and err.received == PARTIAL
    text = str(err)
    assert text.startswith(
        f"The connection broke during the exchange while reading the body of a 200 answer ({len(PARTIAL)} of 100"
        " bytes received): the connection was closed before the end of the body\n"
    )
    assert f"Received before the failure: {PARTIAL.decode()}" in text
    assert isinstance(err.__cause__, urllib3.exceptions.ProtocolError)  # chained for debugging, not raised


def test_reset_mid_body_keeps_what_arrived(server: LoopbackServer) -> None:
    server.reply(Reply(raw=head(100) + PARTIAL, stall=0.02, reset=True))
    with client(server.url) as c, pytest.raises(ApiConnectionError) as info:
        get_dag(c)
    assert info.value.received == PARTIAL and info.value.status == 200
    assert "Connection reset by peer" in str(info.value)


def test_read_timeout_mid_body_keeps_what_arrived(server: LoopbackServer) -> None:
    server.reply(Reply(raw=head(100) + PARTIAL, stall=1.0))
    started = time.monotonic()
    with client(server.url, timeout=TIMEOUT) as c, pytest.raises(ApiTimeoutError) as info:
        get_dag(c)
    assert TIMEOUT <= time.monotonic() - started < TIMEOUT + 0.3
    assert info.value.received == PARTIAL and info.value.status == 200
    assert "did not answer in time while reading the body of a 200 answer" in str(info.value)


def test_per_call_read_timeout(server: LoopbackServer) -> None:
    server.reply(Reply(200, b"{}", JSON, delay=1.0))
    with client(server.url, timeout=30) as c, pytest.raises(ApiTimeoutError) as info:
        get_dag(c, _request_timeout=TIMEOUT)
    assert_typed(info.value, "get_dag", None)
    assert info.value.received is None and info.value.status is None


def test_corrupt_gzip_on_a_success_is_a_decode_error_not_a_connection_error(server: LoopbackServer) -> None:
    body = b'{"dag_id": "example"}'  # plain JSON mislabelled as gzip: the quote shows what was sent
    server.reply(Reply(200, body, {**JSON, "Content-Encoding": "gzip"}))
    with client(server.url, retries=2) as c, pytest.raises(ResponseDecodeError) as info:
        get_dag(c)
    err = info.value
    assert (err.status, err.raw_body, err.headers["Content-Encoding"]) == (200, body, "gzip")
    assert str(err).startswith("get_dag: the body is sent with Content-Encoding 'gzip' but does not decode")
    assert repr(body.decode()) in str(err)
    assert isinstance(err.__cause__, urllib3.exceptions.DecodeError)
    assert len(server.requests) == 1  # the same bytes would come again
    server.reply(Reply(200, gzip.compress(body), {**JSON, "Content-Encoding": "gzip"}))
    with client(server.url) as c:
        assert get_dag(c).dag_id == "example"  # a good gzip body is decoded


def test_corrupt_gzip_on_an_error_keeps_the_status(server: LoopbackServer) -> None:
    server.reply(Reply(503, b"not gzip", {"Content-Type": "text/plain", "Content-Encoding": "gzip"}))
    with client(server.url) as c, pytest.raises(ServiceException) as info:
        get_dag(c)
    assert (info.value.status, info.value.raw_body) == (503, b"not gzip")


def test_no_content_type_is_read_as_json(server: LoopbackServer) -> None:
    # Leniency by design: an answer without Content-Type is tried as JSON.
    server.reply(Reply(200, b'{"dag_id": "example"}'))
    with client(server.url) as c:
        assert get_dag(c).dag_id == "example"


@pytest.mark.parametrize("body", [b'[{"dag_id": "example"}]', b'"ok"', b"42", b"true", b"null"])
@pytest.mark.parametrize("call", [get_dag, clear_dag_run])
def test_a_json_value_that_is_not_an_object_is_a_decode_error(
    server: LoopbackServer, call: Callable[[ApiClient], Any], body: bytes
) -> None:
    server.reply(Reply(200, body, JSON))
    with client(server.url) as c, pytest.raises(ResponseDecodeError) as info:
        call(c)
    assert_typed(info.value, call.__name__, body)
    assert "JSON object" in str(info.value)
    assert (info.value.status, info.value.raw_body) == (200, body)


def nested(depth: int) -> bytes:
    return b'{"dag_id": ' + b"[" * depth + b"]" * depth + b"}"


@pytest.mark.parametrize("depth", [5_000, 100_000])  # past the recursion limit of json (before 3.13: both)
@pytest.mark.parametrize("call", [get_dag, clear_dag_run])
def test_deeply_nested_json_is_a_decode_error(
    server: LoopbackServer, call: Callable[[ApiClient], Any], depth: int
) -> None:
    server.reply(Reply(200, nested(depth), JSON))
    if _json_reads(nested(depth)):
        # Python 3.13's json reads 5,000 levels (3.11's does not): then the odd dag_id
        # is kept as received, as lenient parsing keeps what does not fit.
        with client(server.url) as c:
            answer = call(c)  # clear_dag_run's answer is a plain dict, as the official client gives
            assert isinstance(answer["dag_id"] if isinstance(answer, dict) else answer.dag_id, list)
        return
    with client(server.url) as c, pytest.raises(ResponseDecodeError) as info:
        call(c)
    assert_typed(info.value, call.__name__, b'{"dag_id": [[[')


def _json_reads(data: bytes) -> bool:
    try:
        json.loads(data)
    except RecursionError:
        return False
    return True


def test_deeply_nested_error_body_is_not_a_problem_document(server: LoopbackServer) -> None:
    server.reply(Reply(500, nested(100_000), JSON))
    with client(server.url) as c, pytest.raises(ServiceException) as info:
        get_dag(c)
    assert_typed(info.value, "get_dag", b'{"dag_id": [[[')
    assert info.value.problem is None


def test_text_answer_with_an_unknown_charset(server: LoopbackServer) -> None:
    server.reply(Reply(200, b"[core]\ndags_folder = /x\n", {"Content-Type": "text/plain; charset=x-no-such"}))
    with client(server.url) as c:
        assert ConfigApi(c).get_config(_accept="text/plain") == "[core]\ndags_folder = /x\n"


def test_connections_are_reused_after_answers_and_replaced_after_faults(
    server: LoopbackServer, connect_attempts: List[Any]
) -> None:
    server.reply(Reply(200, b'{"dag_id": "example"}', JSON))
    with client(server.url) as c:
        for _ in range(3):
            assert get_dag(c).dag_id == "example"
        server.queue(Reply(200, b"", JSON))  # Content-Length: 0
        with pytest.raises(ResponseDecodeError):
            get_dag(c)
        assert get_dag(c).dag_id == "example"
        assert len(connect_attempts) == 1  # every body was read to its end: the connection went back to the pool
        server.queue(Reply(raw=head(100) + PARTIAL))
        with pytest.raises(ApiConnectionError):
            get_dag(c)
        assert get_dag(c).dag_id == "example"
    assert len(connect_attempts) == 2  # the broken connection was dropped, a new one opened


def test_async_calls_raise_the_same_typed_exception(server: LoopbackServer) -> None:
    server.reply(Reply(raw=head(100) + PARTIAL))
    with client(server.url) as c:
        future = get_dag(c, async_req=True)
        with pytest.raises(ApiConnectionError) as info:
            future.get(timeout=10)
    assert_typed(info.value, "get_dag", PARTIAL)


# -- _preload_content=False: the raw urllib3 response, unchanged -------------------------------


@pytest.fixture
def urlopen_results(monkeypatch: pytest.MonkeyPatch) -> Callable[[ApiClient], List[Any]]:
    """What the client's pool returned, to check a raw response is that very object."""

    def spy_on(c: ApiClient) -> List[Any]:
        seen: List[Any] = []
        pool = c.rest_client.pool_manager
        real = pool.urlopen

        def urlopen(*args: Any, **kwargs: Any) -> Any:
            seen.append(real(*args, **kwargs))
            return seen[-1]

        monkeypatch.setattr(pool, "urlopen", urlopen)
        return seen

    return spy_on


RAW_CASES = {
    "html 200 where JSON was expected": (200, HTML_PAGE),
    "invalid JSON": (200, b'{"dag_id": "example",, }'),
    "empty 200": (200, b""),
    "JSON array for an object": (200, b'[{"dag_id": "example"}]'),
    "JSON as application/octet-stream": (200, b'{"dag_id": "example"}'),
    "corrupt gzip 200": (200, b"\x1f\x8b\x08garbage"),
}


@pytest.mark.parametrize("name", list(RAW_CASES))
def test_preload_false_returns_the_raw_response(
    server: LoopbackServer, urlopen_results: Callable[[ApiClient], List[Any]], name: str
) -> None:
    status, body = RAW_CASES[name]
    reply = FAULTS[name].reply()
    server.reply(reply)
    with client(server.url) as c:
        seen = urlopen_results(c)
        resp = get_dag(c, _preload_content=False)
        assert resp is seen[-1] and isinstance(resp, urllib3.HTTPResponse)
        assert resp.status == status
        assert resp.read(decode_content=False) == (reply.body if body is None else body)


RAW_ERRORS = {
    "html 502 from a proxy": (ServiceException, HTML_PAGE),
    "text 500": (ServiceException, b"Internal Server Error\n"),
    "problem+json 404": (NotFoundException, None),
    "corrupt gzip 502": (ServiceException, b"<html>bad gateway</html>"),
}


@pytest.mark.parametrize("name", list(RAW_ERRORS))
def test_preload_false_still_raises_an_error_status_with_its_body(server: LoopbackServer, name: str) -> None:
    """As in the official client: an error status raises even when the body is not preloaded."""
    raises, body = RAW_ERRORS[name]
    reply = FAULTS[name].reply()
    server.reply(reply)
    with client(server.url) as c, pytest.raises(raises) as info:
        get_dag(c, _preload_content=False)
    assert info.value.raw_body == (reply.body if body is None else body)
    assert info.value.status == reply.status


def test_preload_false_after_retries_raises_the_last_answer(server: LoopbackServer) -> None:
    server.reply(Reply(502, HTML_PAGE, {"Content-Type": "text/html"}))
    with client(server.url, retries=2) as c, pytest.raises(ServiceException) as info:
        get_dag(c, _preload_content=False)
    assert info.value.status == 502 and info.value.body == HTML_PAGE.decode()
    assert len(server.requests) == 3


def test_preload_false_leaves_a_broken_body_to_the_caller(
    server: LoopbackServer, urlopen_results: Callable[[ApiClient], List[Any]]
) -> None:
    server.reply(Reply(raw=head(100) + PARTIAL))
    with client(server.url, retries=2) as c:
        seen = urlopen_results(c)
        resp = get_dag(c, _preload_content=False)
        assert resp is seen[-1] and resp.status == 200
        with pytest.raises(urllib3.exceptions.ProtocolError):  # the raw response's own contract
            resp.read()
    assert len(server.requests) == 1  # the body was not read by the client, so nothing was retried
