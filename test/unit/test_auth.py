"""Authentication: each scheme alone, all of them together in the documented
order, the token refresh after a 401, and credentials kept from other origins
on redirects."""

from __future__ import annotations

import base64
import hashlib
import hmac
from typing import Any, Dict, Iterator, List

import pytest

from airflow_client.client import ApiClient, ApiValueError, Configuration, UnauthorizedException
from airflow_client.client.api.dag_api import DAGApi
from airflow_client.client.api.pool_api import PoolApi
from airflow_client.client.configuration import PreparedRequest
from airflow_client.client.models import Pool
from test.loopback import LoopbackServer, Reply, json_reply

PROBLEM_401 = json_reply({"title": "Unauthorized", "status": 401, "type": "about:blank"}, status=401)


def client(server: LoopbackServer, **config: Any) -> ApiClient:
    return ApiClient(Configuration(host=server.url, retries=0, timeout=5, **config))


def get_dag(api_client: ApiClient, **options: Any) -> None:
    DAGApi(api_client).get_dag("example", **options)


@pytest.fixture
def other_server() -> Iterator[LoopbackServer]:
    srv = LoopbackServer()
    try:
        yield srv
    finally:
        srv.stop()


class TokenSource:
    """A token function that counts its calls and hands out token-1, token-2..."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> str:
        self.calls += 1
        return f"token-{self.calls}"


# -- one scheme at a time ------------------------------------------------------


def test_no_credentials_sends_no_auth_headers(server: LoopbackServer) -> None:
    with client(server) as c:
        get_dag(c)
    assert server.last.header("Authorization") is None and server.last.header("Cookie") is None


def test_basic(server: LoopbackServer) -> None:
    # UTF-8, as Airflow's web server reads it (the official client's Latin-1 "pä:ss" gets a 401 there)
    with client(server, username="admin", password="pä:ss") as c:
        get_dag(c)
    assert server.last.header("Authorization") == "Basic " + base64.b64encode("admin:pä:ss".encode()).decode()
    with client(server, username="admin", password="密码") as c:
        get_dag(c)
    assert server.last.header("Authorization") == "Basic " + base64.b64encode("admin:密码".encode()).decode()


def test_static_bearer_is_not_retried_after_401(server: LoopbackServer) -> None:
    server.reply(PROBLEM_401)
    with client(server, access_token="static-token") as c, pytest.raises(UnauthorizedException) as info:
        get_dag(c)
    assert info.value.status == 401
    assert [r.header("Authorization") for r in server.requests] == ["Bearer static-token"]


def test_bearer_function_is_asked_once_and_kept(server: LoopbackServer) -> None:
    tokens = TokenSource()
    with client(server, access_token=tokens) as c:
        for _ in range(3):
            get_dag(c)
    assert tokens.calls == 1
    assert {r.header("Authorization") for r in server.requests} == {"Bearer token-1"}


def test_bearer_function_asked_again_once_after_401_and_request_retried(server: LoopbackServer) -> None:
    tokens = TokenSource()
    server.queue(PROBLEM_401)
    with client(server, access_token=tokens) as c:
        PoolApi(c).post_pool(Pool(name="p", slots=1))  # a POST too: the 401 means it was not done
        get_dag(c)
    assert tokens.calls == 2
    assert [(r.method, r.header("Authorization")) for r in server.requests] == [
        ("POST", "Bearer token-1"),
        ("POST", "Bearer token-2"),
        ("GET", "Bearer token-2"),
    ]
    assert server.requests[0].json() == server.requests[1].json() == {"name": "p", "slots": 1}


def test_bearer_function_second_401_is_raised(server: LoopbackServer) -> None:
    tokens = TokenSource()
    server.reply(PROBLEM_401)
    with client(server, access_token=tokens) as c, pytest.raises(UnauthorizedException):
        get_dag(c)
    assert tokens.calls == 2 and len(server.requests) == 2


def test_bearer_function_not_asked_when_authorization_given_per_call(server: LoopbackServer) -> None:
    tokens = TokenSource()
    server.reply(PROBLEM_401)
    with client(server, access_token=tokens) as c, pytest.raises(UnauthorizedException):
        get_dag(c, _headers={"authorization": "Custom mine"})
    assert tokens.calls == 0
    assert [r.header("Authorization") for r in server.requests] == ["Custom mine"]


@pytest.mark.parametrize("bad", ["", None, b"bytes-token-secret"])
def test_bearer_function_must_return_text(server: LoopbackServer, bad: Any) -> None:
    with client(server, access_token=lambda: bad) as c, pytest.raises(ApiValueError) as info:
        get_dag(c)
    assert "bytes-token-secret" not in str(info.value)
    assert server.requests == []


def test_api_key_header_with_and_without_prefix(server: LoopbackServer) -> None:
    keys = {"X-API-Key": "k-123", "X-Other-Key": "k-456"}
    with client(server, api_key=keys, api_key_prefix={"X-Other-Key": "Token"}) as c:
        get_dag(c)
        get_dag(c, _headers={"x-api-key": "per-call"})  # a per-call header wins, whatever its case
    first, second = server.requests
    assert first.header("X-API-Key") == "k-123" and first.header("X-Other-Key") == "Token k-456"
    assert second.header("X-API-Key") == "per-call" and "X-API-Key" not in second.headers


def test_session_cookie_and_client_cookie(server: LoopbackServer) -> None:
    with client(server, session_cookie="s3ss10n") as c:
        get_dag(c)
    assert server.last.header("Cookie") == "session=s3ss10n"
    with ApiClient(Configuration(host=server.url, retries=0), cookie="theme=dark") as c:
        get_dag(c)
    assert server.last.header("Cookie") == "theme=dark"
    with ApiClient(Configuration(host=server.url, retries=0, session_cookie="s3ss10n"), cookie="theme=dark") as c:
        get_dag(c)
    assert server.last.header("Cookie") == "theme=dark; session=s3ss10n"


def test_auth_hook_signs_any_request(server: LoopbackServer) -> None:
    key = b"signing-key"
    seen: List[PreparedRequest] = []

    def sign(request: PreparedRequest) -> None:
        seen.append(request)
        digest = hmac.new(key, f"{request.method} {request.url}\n".encode() + (request.body or b""), hashlib.sha256)
        request.headers["X-Signature"] = digest.hexdigest()

    server.reply_json({"name": "p", "slots": 1})
    with client(server, auth=sign) as c:
        PoolApi(c).post_pool(Pool(name="p", slots=1))
        get_dag(c)
    post, get = seen
    assert post.method == "POST" and post.url == f"{server.url}/api/v1/pools"
    assert post.body is not None and b'"slots"' in post.body and post.headers["Content-Type"] == "application/json"
    assert get.method == "GET" and get.body is None
    for req in server.requests:
        expected = hmac.new(key, f"{req.method} {server.url}{req.target}\n".encode() + req.body, hashlib.sha256)
        assert req.header("X-Signature") == expected.hexdigest()


# -- several together ------------------------------------------------------------


def test_documented_order_basic_bearer_api_key_cookie_then_hook(server: LoopbackServer) -> None:
    """Basic, then Bearer (wins Authorization), then api_key, then cookie, then the hook, last."""
    seen: Dict[str, str] = {}

    def hook(request: PreparedRequest) -> None:
        seen.update(request.headers)
        request.headers["X-Signed-Authorization"] = request.headers["Authorization"]

    with client(
        server,
        username="admin",
        password="admin",
        access_token="tok",
        api_key={"X-API-Key": "k"},
        session_cookie="sess",
        auth=hook,
    ) as c:
        get_dag(c)
    # The hook ran last: it saw every credential the others had set.
    assert seen["Authorization"] == "Bearer tok" and seen["X-API-Key"] == "k" and seen["Cookie"] == "session=sess"
    sent = server.last
    assert sent.header("Authorization") == "Bearer tok"
    assert sent.header("X-Signed-Authorization") == "Bearer tok"
    assert sent.header("X-API-Key") == "k" and sent.header("Cookie") == "session=sess"

    # The hook may override what came before it.
    def override(request: PreparedRequest) -> None:
        request.headers["Authorization"] = "Hooked"

    with client(server, username="admin", password="admin", access_token="tok", auth=override) as c:
        get_dag(c)
    assert server.last.header("Authorization") == "Hooked"
    with client(server, username="admin", password="admin") as c:
        get_dag(c, _headers={"Authorization": "Per-call"})
    assert server.last.header("Authorization") == "Per-call"


# -- redirects -----------------------------------------------------------------------

ALL_CREDENTIALS: Dict[str, Any] = {
    "access_token": "tok",
    "api_key": {"X-API-Key": "k"},
    "session_cookie": "sess",
    "auth": lambda request: request.headers.update({"X-Signature": "sig"}),
}
CREDENTIAL_HEADERS = ("Authorization", "Cookie", "X-API-Key", "X-Signature")


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_redirect_to_another_origin_drops_credentials(
    server: LoopbackServer, other_server: LoopbackServer, status: int
) -> None:
    server.reply(Reply(status, headers={"Location": f"{other_server.url}/api/v1/dags/moved"}))
    other_server.reply_json({"dag_id": "moved"})
    with client(server, **ALL_CREDENTIALS) as c:
        assert DAGApi(c).get_dag("example").dag_id == "moved"
    assert all(server.last.header(h) for h in CREDENTIAL_HEADERS)
    arrived = other_server.last
    assert arrived.path == "/api/v1/dags/moved"
    assert {h: arrived.header(h) for h in CREDENTIAL_HEADERS} == dict.fromkeys(CREDENTIAL_HEADERS)


def test_redirect_to_same_host_other_port_is_another_origin(
    server: LoopbackServer, other_server: LoopbackServer
) -> None:
    # Both are 127.0.0.1: only the port differs.
    server.reply(Reply(307, headers={"Location": f"http://127.0.0.1:{other_server.port}/api/v1/pools"}))
    other_server.reply_json({"name": "p", "slots": 1})
    with client(server, username="admin", password="admin", **ALL_CREDENTIALS) as c:
        PoolApi(c).post_pool(Pool(name="p", slots=1))
    arrived = other_server.last
    assert arrived.method == "POST" and arrived.json() == {"name": "p", "slots": 1}  # 307 keeps verb and body
    assert {h: arrived.header(h) for h in CREDENTIAL_HEADERS} == dict.fromkeys(CREDENTIAL_HEADERS)


def test_same_origin_redirect_keeps_credentials(server: LoopbackServer) -> None:
    server.queue(Reply(302, headers={"Location": "/api/v1/dags/moved"}))
    server.reply_json({"dag_id": "moved"})
    with client(server, **ALL_CREDENTIALS) as c:
        assert DAGApi(c).get_dag("example").dag_id == "moved"
    first, second = server.requests
    assert second.path == "/api/v1/dags/moved"
    for name in CREDENTIAL_HEADERS:
        assert second.header(name) == first.header(name) is not None
