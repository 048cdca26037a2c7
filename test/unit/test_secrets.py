"""Secrets stay secret: no password, token, cookie, API key, proxy credential
or Authorization value in reprs, debug logs (ours and urllib3's) or
exception texts, whatever the call's outcome."""

from __future__ import annotations

import base64
import logging
from pathlib import Path
from typing import Any, Dict, Iterator, List

import pytest

from airflow_client.client import (
    ApiClient,
    ApiConnectionError,
    ApiValueError,
    Configuration,
    OpenApiException,
)
from airflow_client.client.api.dag_api import DAGApi
from airflow_client.client.api.pool_api import PoolApi
from airflow_client.client.configuration import PreparedRequest
from airflow_client.client.models import Pool
from test.loopback import LoopbackServer, Reply, closed_port, json_reply
from test.unit._proxy import ForwardProxy

SECRETS: Dict[str, str] = {
    "password": "pw-S3CRET-basic",
    "token": "tok-S3CRET-bearer",
    "session cookie": "sess-S3CRET-cookie",
    "client cookie": "client-S3CRET-cookie",
    "api key": "key-S3CRET-api",
    "hook header": "sig-S3CRET-hook",
    "proxy password": "proxy-S3CRET-pw",
    "proxy header": "proxyhdr-S3CRET",
}
BASIC = base64.b64encode(f"admin:{SECRETS['password']}".encode()).decode()
PROXY_BASIC = base64.b64encode(f"proxy-user:{SECRETS['proxy password']}".encode()).decode()
#: Every value that must not be seen, the encoded Authorization values included.
FORBIDDEN = [*SECRETS.values(), BASIC, PROXY_BASIC]


def sign(request: PreparedRequest) -> None:
    request.headers["X-Signature"] = SECRETS["hook header"]


def configuration(host: str, **extra: Any) -> Configuration:
    return Configuration(
        host=host,
        username="admin",
        password=SECRETS["password"],
        access_token=SECRETS["token"],
        api_key={"X-API-Key": SECRETS["api key"]},
        api_key_prefix={"X-API-Key": "Key"},
        session_cookie=SECRETS["session cookie"],
        auth=sign,
        retries=1,
        retry_backoff_factor=0.01,
        timeout=5,
        **extra,
    )


def assert_no_secret(text: str, where: str) -> None:
    found = [value for value in FORBIDDEN if value in text]
    assert not found, f"{where} shows {found}:\n{text}"


@pytest.fixture(autouse=True)
def restore_log_levels() -> Iterator[None]:
    """``Configuration.debug`` sets the levels of the package's and urllib3's loggers: undo it."""
    loggers = [logging.getLogger(name) for name in ("airflow_client.client", "urllib3")]
    levels = [logger.level for logger in loggers]
    yield
    for logger, level in zip(loggers, levels):
        logger.setLevel(level)


@pytest.fixture
def proxy() -> Iterator[ForwardProxy]:
    prx = ForwardProxy()
    try:
        yield prx
    finally:
        prx.stop()


def test_reprs_hide_every_secret(server: LoopbackServer) -> None:
    proxy_url = f"http://proxy-user:{SECRETS['proxy password']}@127.0.0.1:3128"
    cfg = configuration(server.url, proxy=proxy_url, proxy_headers={"Proxy-Authorization": SECRETS["proxy header"]})
    api_client = ApiClient(cfg, cookie=f"c={SECRETS['client cookie']}", header_name="X-Trace", header_value="t")
    shown = [repr(cfg), str(cfg), repr(api_client), str(api_client), repr(DAGApi(api_client))]
    assert "***" in repr(cfg) and server.url in repr(cfg) and "proxy-user:***@127.0.0.1:3128" in repr(cfg)
    for text in shown:
        assert_no_secret(text, "repr")
    # With a token function, and with nothing set, too.
    assert_no_secret(repr(Configuration(host=server.url, access_token=lambda: SECRETS["token"])), "repr")
    assert "password=None" in repr(Configuration(host=server.url))


def test_debug_logs_and_errors_hide_every_secret(
    server: LoopbackServer, tmp_path: Path, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    caplog.set_level(logging.DEBUG)
    cfg = configuration(server.url)
    log_file = tmp_path / "client.log"
    cfg.logger_file = str(log_file)
    cfg.debug = True
    errors: List[OpenApiException] = []
    try:
        with ApiClient(cfg, cookie=f"c={SECRETS['client cookie']}") as api_client:
            api = DAGApi(api_client)
            server.reply_json({"dag_id": "x"})
            api.get_dag("x")  # success
            server.queue(Reply(302, headers={"Location": "/api/v1/dags/y"}))
            api.get_dag("x")  # redirect
            server.queue(json_reply({"title": "Unauthorized", "detail": "bad credentials", "status": 401}, 401))
            server.queue(Reply(503, b"Service Unavailable", {"Retry-After": "0"}), Reply(503, b"down"))
            server.queue(Reply(raw=b""), Reply(raw=b""))
            for _ in range(3):  # 401; 503 twice (retried, then raised); dropped twice
                with pytest.raises(OpenApiException) as info:
                    api.get_dag("x")
                errors.append(info.value)
            with pytest.raises(OpenApiException) as info:
                PoolApi(api_client).post_pool(Pool(name="p", slots=1), _headers={"X-Bad": "a\nb"})
            errors.append(info.value)
        cfg.host = f"http://127.0.0.1:{closed_port()}"
        with ApiClient(cfg) as api_client, pytest.raises(ApiConnectionError) as refused:
            DAGApi(api_client).get_dag("x")
        errors.append(refused.value)
    finally:
        cfg.debug = False
        cfg.logger_file = None
    assert [type(e).__name__ for e in errors] == [
        "UnauthorizedException",
        "ServiceException",
        "ApiConnectionError",
        "ApiValueError",
        "ApiConnectionError",
    ]
    # The server did get the secrets, and the log has lines: what follows is not vacuous.
    first = server.requests[0]
    assert first.header("Authorization") == f"Bearer {SECRETS['token']}"
    assert SECRETS["api key"] in first.header("X-API-Key") and SECRETS["session cookie"] in first.header("Cookie")
    logged = caplog.text + log_file.read_text()
    assert "/api/v1/dags/x" in log_file.read_text()
    assert {"airflow_client.client", "urllib3.connectionpool"} <= {r.name for r in caplog.records}
    assert_no_secret(logged, "debug log")
    for error in errors:
        assert_no_secret(str(error), f"str({type(error).__name__})")
        assert_no_secret(repr(error), f"repr({type(error).__name__})")
        assert_no_secret(repr(vars(error)), f"attributes of {type(error).__name__}")
    captured = capsys.readouterr()
    assert_no_secret(captured.out + captured.err, "stdout/stderr")


def test_debug_log_content(server: LoopbackServer, caplog: pytest.LogCaptureFixture, tmp_path: Path) -> None:
    """The debug log says what happened (without secrets), urllib3's lines included."""
    caplog.set_level(logging.DEBUG)
    cfg = configuration(server.url)
    log_file = tmp_path / "client.log"
    cfg.logger_file = str(log_file)
    cfg.debug = True
    try:
        server.queue(Reply(503))
        server.reply_json({"dag_id": "x"})
        with ApiClient(cfg) as api_client:
            DAGApi(api_client).get_dag("x")
    finally:
        cfg.debug = False
        cfg.logger_file = None
    text = caplog.text + log_file.read_text()
    assert "GET" in text and "/api/v1/dags/x" in text
    assert any(r.name.startswith("urllib3") for r in caplog.records), "urllib3's own debug lines are captured"
    assert_no_secret(text, "debug log")


def test_proxy_credentials_stay_out_of_logs_and_errors(
    server: LoopbackServer, proxy: ForwardProxy, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    server.reply_json({"dag_id": "x"})
    url = f"http://proxy-user:{SECRETS['proxy password']}@127.0.0.1:{proxy.port}"
    cfg = configuration(server.url, proxy=url)
    cfg.debug = True
    try:
        with ApiClient(cfg) as api_client:
            DAGApi(api_client).get_dag("x")
        assert proxy.requests[0].header("Proxy-Authorization") == f"Basic {PROXY_BASIC}"
        cfg.proxy = f"http://proxy-user:{SECRETS['proxy password']}@127.0.0.1:{closed_port()}"
        with ApiClient(cfg) as api_client, pytest.raises(ApiConnectionError) as info:
            DAGApi(api_client).get_dag("x")
    finally:
        cfg.debug = False
    assert_no_secret(str(info.value), "proxy error")
    assert_no_secret(caplog.text, "debug log")


def test_bad_credential_values_are_refused_without_showing_them(server: LoopbackServer) -> None:
    for config in (
        {"api_key": {"X-API-Key": f"{SECRETS['api key']}\r\nX-Evil: 1"}},
        {"access_token": lambda: f"{SECRETS['token']}\n"},
        {"session_cookie": f"{SECRETS['session cookie']}\r\n"},
    ):
        cfg = Configuration(host=server.url, retries=0, **config)
        with ApiClient(cfg) as api_client, pytest.raises(ApiValueError) as info:
            DAGApi(api_client).get_dag("x")
        assert_no_secret(str(info.value), "error")
    assert server.requests == []
