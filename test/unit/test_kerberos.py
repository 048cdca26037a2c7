"""Kerberos (SPNEGO) authentication against a real MIT KDC.

A KDC for the realm TEST.LOCAL runs on a loopback port for this module
(test/_kdc.py); the loopback server accepts the ``Negotiate`` token with
gssapi as Airflow's ``kerberos_auth`` backend does (keytab of
``HTTP/127.0.0.1``), and records who the client was.  The Kerberos
variables (KRB5_CONFIG, KRB5CCNAME, KRB5_KTNAME...) are set per test with
monkeypatch, so no other test sees them.  The KDC's and the tools' files are
all in the module's temporary folder, and the system's Kerberos files
(``/etc/krb5.conf``, ``/etc/krb5kdc``) are checked to be as they were.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional

import pytest

from airflow_client.client import ApiClient, Configuration, ForbiddenException, OpenApiException
from airflow_client.client.api.dag_api import DAGApi
from airflow_client.client.configuration import PreparedRequest
from airflow_client.client.kerberos import INSTALL_ADVICE, KerberosAuth, KerberosError, KerberosUnavailableError
from test._kdc import REALM, Kdc, start_kdc, tool, unpacked
from test.loopback import LoopbackServer, Received, Reply, json_reply

USER = f"user@{REALM}"
BOB = f"bob@{REALM}"
ALIAS = "airflow.test.local"


@dataclass
class Realm:
    kdc: Kdc
    keytab: Path
    user_ccache: str  # user's ticket only
    collection: str  # user's and bob's tickets (bob's the default)
    empty_ccache: str  # no ticket

    def use(self, monkeypatch: pytest.MonkeyPatch, ccache: str) -> None:
        for name, value in self.kdc.env(ccache, self.keytab).items():
            monkeypatch.setenv(name, value)


def system_kerberos_files() -> Dict[str, Optional[str]]:
    """The sha256 of the system's Kerberos configuration and KDC files (None: absent)."""
    paths = [Path("/etc/krb5.conf"), Path("/etc/krb5kdc")]
    paths += sorted(Path("/etc/krb5kdc").glob("*")) if Path("/etc/krb5kdc").is_dir() else []
    return {
        str(p): hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else ("dir" if p.is_dir() else None)
        for p in paths
    }


@pytest.fixture(scope="module")
def realm(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Realm]:
    before = system_kerberos_files()
    root = tmp_path_factory.mktemp("kdc")
    kdc = start_kdc(root)
    try:
        kdc.add_principal(USER, "user-password")
        kdc.add_principal(BOB, "bob-password")
        services = [kdc.add_principal("HTTP/127.0.0.1"), kdc.add_principal(f"HTTP/{ALIAS}")]
        keytab = kdc.keytab(root / "http.keytab", *services)
        kdc.add_principal("HTTP/localhost")  # known to the KDC, not in the server's keytab
        user_ccache = f"FILE:{root / 'user.ccache'}"
        kdc.kinit(USER, "user-password", user_ccache)
        (root / "collection").mkdir()
        collection = f"DIR:{root / 'collection'}"
        kdc.kinit(USER, "user-password", collection)
        kdc.kinit(BOB, "bob-password", collection)  # the last kinit'd is the default
        yield Realm(kdc, keytab, user_ccache, collection, f"FILE:{root / 'empty.ccache'}")
    finally:
        process = kdc.process
        kdc.stop()
        assert process is None or process.poll() is not None, "the KDC is stopped"
        assert system_kerberos_files() == before, "the Kerberos tests changed the system's Kerberos files"


@pytest.fixture
def krb(realm: Realm, monkeypatch: pytest.MonkeyPatch) -> Realm:
    """The realm, with the user's ticket in KRB5CCNAME for this test."""
    realm.use(monkeypatch, realm.user_ccache)
    return realm


@dataclass
class Accepted:
    client: str
    service: str
    delegated: bool
    token: str


class NegotiateServer:
    """What Airflow's kerberos_auth backend does: 401 ``Negotiate`` without a
    token, 403 when the token is refused, else the answer with the server's
    ``WWW-Authenticate: Negotiate`` token."""

    def __init__(self, server: LoopbackServer, status: int = 200) -> None:
        self.accepted: List[Accepted] = []
        self.status = status
        server.handler = self.handle

    def handle(self, request: Received) -> Reply:
        import gssapi

        header = request.header("Authorization") or ""
        if not header.startswith("Negotiate "):
            return Reply(401, b"Unauthorized", {"WWW-Authenticate": "Negotiate"})
        token = header[len("Negotiate ") :]
        try:
            context = gssapi.SecurityContext(creds=gssapi.Credentials(usage="accept"), usage="accept")
            answer = context.step(base64.b64decode(token))
            # A refused SPNEGO token still has an answer: gssapi raises on the next look.
            complete = context.complete
        except gssapi.exceptions.GSSError:
            return Reply(403, b"Forbidden")
        assert complete
        self.accepted.append(
            Accepted(str(context.initiator_name), str(context.target_name), context.delegated_creds is not None, token)
        )
        headers = {"WWW-Authenticate": "Negotiate " + base64.b64encode(answer).decode()} if answer else {}
        if self.status != 200:
            return json_reply({"title": "Forbidden", "status": self.status}, self.status, **headers)
        return json_reply({"dag_id": "example"}, **headers)


@pytest.fixture
def negotiate(server: LoopbackServer) -> NegotiateServer:
    return NegotiateServer(server)


def client(server: LoopbackServer, auth: Any) -> ApiClient:
    return ApiClient(Configuration(host=server.url, retries=0, timeout=5, auth=auth))


def get_dag(server: LoopbackServer, auth: Any) -> None:
    with client(server, auth) as api_client:
        DAGApi(api_client).get_dag("example")


# -- a ticket, a token, a user the server knows -----------------------------------


def test_call_with_kerberos_auth_is_accepted_as_the_user(
    krb: Realm, server: LoopbackServer, negotiate: NegotiateServer
) -> None:
    get_dag(server, KerberosAuth())
    assert [(a.client, a.service, a.delegated) for a in negotiate.accepted] == [
        (USER, f"HTTP/127.0.0.1@{REALM}", False)
    ]
    assert server.last.header("Authorization") == "Negotiate " + negotiate.accepted[0].token


def test_each_request_gets_a_fresh_token(krb: Realm, server: LoopbackServer, negotiate: NegotiateServer) -> None:
    with client(server, KerberosAuth()) as api_client:
        for _ in range(3):
            DAGApi(api_client).get_dag("example")
    tokens = [a.token for a in negotiate.accepted]
    assert len(tokens) == 3 and len(set(tokens)) == 3
    assert {a.client for a in negotiate.accepted} == {USER}


def test_hostname_override_names_the_service_principal(
    krb: Realm, server: LoopbackServer, negotiate: NegotiateServer
) -> None:
    get_dag(server, KerberosAuth(hostname_override=ALIAS))
    assert [(a.client, a.service) for a in negotiate.accepted] == [(USER, f"HTTP/{ALIAS}@{REALM}")]


def test_principal_picks_a_ticket_from_a_collection(
    realm: Realm, monkeypatch: pytest.MonkeyPatch, server: LoopbackServer, negotiate: NegotiateServer
) -> None:
    realm.use(monkeypatch, realm.collection)
    get_dag(server, KerberosAuth())
    get_dag(server, KerberosAuth(principal=USER))
    assert [a.client for a in negotiate.accepted] == [BOB, USER]


def test_delegate_forwards_the_ticket(krb: Realm, server: LoopbackServer, negotiate: NegotiateServer) -> None:
    get_dag(server, KerberosAuth(delegate=True))
    assert [(a.client, a.delegated) for a in negotiate.accepted] == [(USER, True)]


def test_the_kdc_keeps_its_files_in_its_folder(realm: Realm) -> None:
    kdc = realm.kdc
    env = kdc.tool_env()
    assert env["KRB5_CONFIG"] == str(kdc.root / "krb5.conf") and env["KRB5_KDC_PROFILE"] == str(kdc.root / "kdc.conf")
    assert str(kdc.root) in kdc.kdc_conf.read_text() and "/etc/" not in kdc.kdc_conf.read_text()
    assert "/etc/" not in kdc.krb5_conf.read_text()
    assert (kdc.root / "principal").exists() and realm.keytab.parent == kdc.root
    assert kdc.process is not None and kdc.process.poll() is None
    folder = unpacked()
    if folder is not None:  # scripts/install_kerberos_deps.sh unpacked Debian's packages: those run
        assert str(kdc.process.args[0]).startswith(str(folder)) and tool("kinit").startswith(str(folder))


# -- failures: typed, and saying what is wrong -------------------------------------


def test_no_ticket_is_a_clear_error_before_anything_is_sent(
    realm: Realm, monkeypatch: pytest.MonkeyPatch, server: LoopbackServer, negotiate: NegotiateServer
) -> None:
    realm.use(monkeypatch, realm.empty_ccache)
    with pytest.raises(KerberosError) as info:
        get_dag(server, KerberosAuth())
    error = info.value
    assert isinstance(error, OpenApiException)
    message = str(error)
    assert "no valid ticket" in message and "kinit" in message and "HTTP@127.0.0.1" in message
    assert "No Kerberos credentials available" in message and realm.empty_ccache in message
    assert error.target == "HTTP@127.0.0.1" and server.requests == []


def test_principal_without_a_ticket_is_named(
    realm: Realm, monkeypatch: pytest.MonkeyPatch, server: LoopbackServer, negotiate: NegotiateServer
) -> None:
    realm.use(monkeypatch, realm.collection)
    with pytest.raises(KerberosError, match=f"no valid ticket for carol@{REALM}.*carol@{REALM}"):
        get_dag(server, KerberosAuth(principal=f"carol@{REALM}"))
    assert server.requests == []


def test_unknown_service_principal_is_named(krb: Realm, server: LoopbackServer, negotiate: NegotiateServer) -> None:
    with pytest.raises(KerberosError, match=f"HTTP/nohost.{REALM.lower()}@{REALM} not found in Kerberos database"):
        get_dag(server, KerberosAuth(hostname_override=f"nohost.{REALM.lower()}"))
    assert server.requests == []


def test_a_refused_token_is_the_servers_403(krb: Realm, server: LoopbackServer) -> None:
    # The KDC knows HTTP/localhost, the server's keytab does not: Airflow answers 403.
    negotiate = NegotiateServer(server)
    with pytest.raises(ForbiddenException):
        get_dag(server, KerberosAuth(hostname_override="localhost"))
    assert negotiate.accepted == [] and (server.last.header("Authorization") or "").startswith("Negotiate ")


def test_bad_service_name_is_refused() -> None:
    for bad in ("", "HTTP/host", "HTTP@host"):
        with pytest.raises(OpenApiException, match="bare service name"):
            KerberosAuth(service=bad)


def test_without_gssapi_the_error_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "gssapi", None)  # import gssapi raises ImportError
    with pytest.raises(KerberosUnavailableError) as info:
        KerberosAuth()
    assert isinstance(info.value, ImportError) and isinstance(info.value, OpenApiException)
    assert INSTALL_ADVICE in str(info.value) and info.value.name == "gssapi"


# -- the token is a credential -----------------------------------------------------


def test_token_is_not_in_repr_log_or_error(
    krb: Realm, server: LoopbackServer, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    negotiate = NegotiateServer(server, status=403)
    caplog.set_level(logging.DEBUG)
    auth = KerberosAuth(principal=None, delegate=True)
    cfg = Configuration(host=server.url, retries=0, timeout=5, auth=auth)
    log_file = tmp_path / "client.log"
    cfg.logger_file = str(log_file)
    cfg.debug = True
    seen: Dict[str, Optional[PreparedRequest]] = {"request": None}

    def hook(request: PreparedRequest) -> None:
        auth(request)
        seen["request"] = request

    cfg.auth = hook
    try:
        with ApiClient(cfg) as api_client, pytest.raises(ForbiddenException) as info:
            DAGApi(api_client).get_dag("example")
    finally:
        cfg.debug = False
        cfg.logger_file = None
    token = negotiate.accepted[0].token
    assert server.last.header("Authorization") == f"Negotiate {token}"
    shown = {
        "repr(auth)": repr(auth),
        "repr(request)": repr(seen["request"]),
        "repr(config)": repr(cfg),
        "debug report": cfg.to_debug_report(),
        "str(error)": str(info.value),
        "repr(error)": repr(info.value),
        "error attributes": repr(vars(info.value)),
        "log": caplog.text + log_file.read_text(),
    }
    assert "/api/v1/dags/example" in shown["log"]
    for where, text in shown.items():
        # The whole token, and any long piece of it (64 characters), are absent.
        pieces = {token[i : i + 64] for i in range(0, len(token) - 64, 32)}
        assert not any(piece in text for piece in pieces), f"the Kerberos token shows in {where}"
    assert "KerberosAuth(service='HTTP'" in shown["repr(auth)"]
