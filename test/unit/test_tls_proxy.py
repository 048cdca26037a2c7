"""TLS (server verification, client certificates, host names, CA from the
environment) and proxies (settings, environment, CONNECT tunnels), against
loopback servers, a CA made by the test and a small forward proxy."""

from __future__ import annotations

import base64
from typing import Iterator

import pytest
import urllib3

from airflow_client.client import ApiClient, ApiConnectionError, ApiException, Configuration
from airflow_client.client.api.dag_api import DAGApi
from test.loopback import LoopbackServer, client_for, closed_port
from test.unit._proxy import ForwardProxy
from test.unit._tls import Pki, make_pki, tls_server

ENV = (
    "SSL_CERT_FILE",
    "SSL_CERT_DIR",
    "REQUESTS_CA_BUNDLE",
    "CURL_CA_BUNDLE",
    "http_proxy",
    "https_proxy",
    "all_proxy",
    "no_proxy",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "NO_PROXY",
)
PROXY_AUTH = "Basic " + base64.b64encode(b"proxy-user:proxy-pass").decode()


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No CA or proxy from the machine's environment unless a test sets one."""
    for name in ENV:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture
def https_server(pki: Pki) -> Iterator[LoopbackServer]:
    srv = tls_server(pki)
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture
def mtls_server(pki: Pki) -> Iterator[LoopbackServer]:
    srv = tls_server(pki, client_ca=pki.ca_file)
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture
def proxy() -> Iterator[ForwardProxy]:
    prx = ForwardProxy()
    try:
        yield prx
    finally:
        prx.stop()


def get_dag(client: ApiClient) -> str:
    return DAGApi(client).get_dag("example").dag_id


def tls_failure(client: ApiClient) -> str:
    with client, pytest.raises(ApiConnectionError) as info:
        get_dag(client)
    text = str(info.value)
    assert "TLS" in text and "get_dag" in text and "/api/v1/dags/example" in text
    return text


# -- TLS ------------------------------------------------------------------------


def test_tls_verified_with_ssl_ca_cert(https_server: LoopbackServer, pki: Pki) -> None:
    https_server.reply_json({"dag_id": "example"})
    client, _ = client_for(https_server, ssl_ca_cert=pki.ca_file, timeout=5)
    with client:
        assert get_dag(client) == "example"
    assert https_server.last.path == "/api/v1/dags/example"


def test_tls_verification_is_on_by_default(https_server: LoopbackServer) -> None:
    client, _ = client_for(https_server, timeout=5)
    assert "CERTIFICATE_VERIFY_FAILED" in tls_failure(client)
    assert https_server.requests == []


def test_tls_other_ca_is_refused(https_server: LoopbackServer, pki: Pki) -> None:
    client, _ = client_for(https_server, ssl_ca_cert=pki.other_ca_file, timeout=5)
    tls_failure(client)


@pytest.mark.filterwarnings("ignore::urllib3.exceptions.InsecureRequestWarning")
def test_tls_verify_ssl_false_accepts_an_unknown_ca(https_server: LoopbackServer) -> None:
    https_server.reply_json({"dag_id": "example"})
    client, _ = client_for(https_server, verify_ssl=False, timeout=5)
    with client:
        assert get_dag(client) == "example"


def test_tls_settings_as_attributes_before_the_first_request(https_server: LoopbackServer, pki: Pki) -> None:
    https_server.reply_json({"dag_id": "example"})
    client, cfg = client_for(https_server, timeout=5)
    cfg.ssl_ca_cert = pki.ca_file
    with client:
        assert get_dag(client) == "example"
    client, cfg = client_for(https_server, timeout=5)
    cfg.verify_ssl = False
    cfg.verify_ssl = True  # back on: still refused
    tls_failure(client)
    client, cfg = client_for(https_server, timeout=5)
    cfg.verify_ssl = False
    with client, pytest.warns(urllib3.exceptions.InsecureRequestWarning):
        assert get_dag(client) == "example"


def test_client_certificate_required_by_the_server(mtls_server: LoopbackServer, pki: Pki) -> None:
    mtls_server.reply_json({"dag_id": "example"})
    client, _ = client_for(mtls_server, ssl_ca_cert=pki.ca_file, timeout=5)
    with client, pytest.raises(ApiConnectionError) as info:
        get_dag(client)
    # TLS 1.3: the server refuses after the handshake, with an alert ("certificate
    # required") or, when the alert loses the race with the close, an EOF or a reset.
    assert str(info.value).startswith(("TLS failed", "The connection broke"))
    assert mtls_server.requests == []

    client, _ = client_for(mtls_server, ssl_ca_cert=pki.ca_file, cert_file=pki.client_cert, key_file=pki.client_key)
    with client:
        assert get_dag(client) == "example"

    client, cfg = client_for(mtls_server, timeout=5)
    cfg.ssl_ca_cert, cfg.cert_file, cfg.key_file = pki.ca_file, pki.client_cert, pki.client_key
    with client:
        assert get_dag(client) == "example"
    assert len(mtls_server.requests) == 2


def test_assert_hostname_names_the_certificate(pki: Pki) -> None:
    srv = tls_server(pki, "airflow.test")  # reached as 127.0.0.1, a name the certificate lacks
    try:
        srv.reply_json({"dag_id": "example"})
        client, _ = client_for(srv, ssl_ca_cert=pki.ca_file, timeout=5)
        assert "127.0.0.1" in tls_failure(client)
        client, _ = client_for(srv, ssl_ca_cert=pki.ca_file, assert_hostname="airflow.test", timeout=5)
        with client:
            assert get_dag(client) == "example"
        client, cfg = client_for(srv, ssl_ca_cert=pki.ca_file, timeout=5)
        cfg.assert_hostname = "airflow.test"
        with client:
            assert get_dag(client) == "example"
    finally:
        srv.stop()


@pytest.mark.parametrize("variable", ["SSL_CERT_FILE", "REQUESTS_CA_BUNDLE"])
def test_ca_bundle_from_the_environment(
    https_server: LoopbackServer, pki: Pki, monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    https_server.reply_json({"dag_id": "example"})
    monkeypatch.setenv(variable, pki.ca_file)
    client, _ = client_for(https_server, timeout=5)
    with client:
        assert get_dag(client) == "example"
    client, _ = client_for(https_server, timeout=5, trust_env=False)
    tls_failure(client)
    # An explicit ssl_ca_cert wins over the environment.
    client, _ = client_for(https_server, timeout=5, ssl_ca_cert=pki.other_ca_file)
    tls_failure(client)


# -- proxies --------------------------------------------------------------------


def test_proxy_setting_carries_every_request(server: LoopbackServer, proxy: ForwardProxy) -> None:
    proxy.require_auth = PROXY_AUTH
    server.reply_json({"dag_id": "example"})
    client, _ = client_for(server, proxy=proxy.url, proxy_headers={"Proxy-Authorization": PROXY_AUTH}, timeout=5)
    with client:
        for _ in range(3):
            assert get_dag(client) == "example"
    assert [r.target for r in proxy.requests] == [f"{server.url}/api/v1/dags/example"] * 3
    assert all(r.header("Proxy-Authorization") == PROXY_AUTH for r in proxy.requests)
    assert len(server.requests) == 3
    for req in server.requests:
        assert req.header("Proxy-Authorization") is None
        assert req.header("Authorization") == "Basic YWRtaW46YWRtaW4="  # end to end: passes the proxy


def test_proxy_credentials_in_the_url(server: LoopbackServer, proxy: ForwardProxy) -> None:
    proxy.require_auth = "Basic " + base64.b64encode(b"proxy-user:p@ss:word").decode()
    server.reply_json({"dag_id": "example"})
    url = f"http://proxy-user:p%40ss%3Aword@127.0.0.1:{proxy.port}"
    client, cfg = client_for(server, proxy=url, timeout=5)
    assert "p%40ss" not in repr(cfg) and "proxy-user:***@" in repr(cfg)
    with client:
        assert get_dag(client) == "example"
    assert len(proxy.requests) == 1
    assert server.last.header("Proxy-Authorization") is None


def test_proxy_refusal_is_the_proxy_answer(server: LoopbackServer, proxy: ForwardProxy) -> None:
    proxy.require_auth = PROXY_AUTH
    client, _ = client_for(server, proxy=proxy.url, timeout=5)
    with client, pytest.raises(ApiException) as info:
        get_dag(client)
    assert info.value.status == 407
    assert server.requests == []


def test_proxy_from_the_environment(
    server: LoopbackServer, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.reply_json({"dag_id": "example"})
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    client, _ = client_for(server, timeout=5)
    with client:
        get_dag(client)
    assert len(proxy.requests) == 1
    client, _ = client_for(server, timeout=5, trust_env=False)
    with client:
        get_dag(client)
    assert len(proxy.requests) == 1 and len(server.requests) == 2


def test_no_proxy_reaches_the_server_directly(
    server: LoopbackServer, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.reply_json({"dag_id": "example"})
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", "localhost,127.0.0.1")
    for config in (
        {},  # NO_PROXY from the environment
        {"proxy": proxy.url, "no_proxy": "127.0.0.1"},  # no_proxy setting
        {"trust_env": False},  # no proxy at all
    ):
        client, _ = client_for(server, timeout=5, proxy_headers={"Proxy-Authorization": PROXY_AUTH}, **config)
        with client:
            get_dag(client)
    assert proxy.requests == []
    assert len(server.requests) == 3
    assert all(r.header("Proxy-Authorization") is None for r in server.requests)
    # trust_env=False ignores NO_PROXY, not the proxy setting.
    client, _ = client_for(server, timeout=5, proxy=proxy.url, trust_env=False)
    with client:
        get_dag(client)
    assert len(proxy.requests) == 1


@pytest.mark.parametrize("source", ["setting", "environment"])
def test_https_through_a_connect_tunnel(
    https_server: LoopbackServer, pki: Pki, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch, source: str
) -> None:
    proxy.require_auth = PROXY_AUTH
    https_server.reply_json({"dag_id": "example"})
    config = {"proxy_headers": {"Proxy-Authorization": PROXY_AUTH}, "ssl_ca_cert": pki.ca_file, "timeout": 5}
    if source == "setting":
        config["proxy"] = proxy.url
    else:
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    client, _ = client_for(https_server, **config)
    with client:
        get_dag(client)
        get_dag(client)
    assert [(r.method, r.target) for r in proxy.requests] == [("CONNECT", f"127.0.0.1:{https_server.port}")]
    assert proxy.requests[0].header("Proxy-Authorization") == PROXY_AUTH
    assert len(https_server.requests) == 2
    assert all(r.header("Proxy-Authorization") is None for r in https_server.requests)


def test_proxy_down_is_a_connection_error(server: LoopbackServer) -> None:
    client, _ = client_for(server, proxy=f"http://u:secret-pw@127.0.0.1:{closed_port()}", timeout=5)
    with client, pytest.raises(ApiConnectionError) as info:
        get_dag(client)
    assert "proxy" in str(info.value).lower() and "get_dag" in str(info.value)
    assert "secret-pw" not in str(info.value)
    assert server.requests == []


def test_configuration_defaults() -> None:
    cfg = Configuration()
    assert cfg.verify_ssl is True and cfg.trust_env is True and cfg.proxy is None


# -- TLS through the asyncio client (issue 24): the same settings, the same outcomes -------------


def _async_get_dag(cfg: Configuration) -> str:
    import asyncio

    from airflow_client.client.aio import AsyncApiClient
    from airflow_client.client.aio import DAGApi as AsyncDAGApi

    async def run() -> str:
        async with AsyncApiClient(cfg) as client:
            return str((await AsyncDAGApi(client).get_dag("example")).dag_id)

    return asyncio.run(run())


def test_tls_through_the_asyncio_client(https_server: LoopbackServer, pki: Pki, mtls_server: LoopbackServer) -> None:
    https_server.reply_json({"dag_id": "example"})
    _, cfg = client_for(https_server, ssl_ca_cert=pki.ca_file, timeout=5)
    assert _async_get_dag(cfg) == "example"  # verified with the given CA
    for refused in (client_for(https_server, timeout=5)[1], client_for(https_server, ssl_ca_cert=pki.other_ca_file)[1]):
        with pytest.raises(ApiConnectionError) as info:  # the system's CAs, another CA: refused
            _async_get_dag(refused)
        assert "TLS" in str(info.value) and "get_dag" in str(info.value)
    _, insecure = client_for(https_server, verify_ssl=False, timeout=5)
    assert _async_get_dag(insecure) == "example"
    mtls_server.reply_json({"dag_id": "example"})
    _, mutual = client_for(
        mtls_server, ssl_ca_cert=pki.ca_file, cert_file=pki.client_cert, key_file=pki.client_key, timeout=5
    )
    assert _async_get_dag(mutual) == "example"  # a client certificate when the server asks for one
    assert len(https_server.requests) == 2 and len(mtls_server.requests) == 1
