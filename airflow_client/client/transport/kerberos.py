"""Kerberos (SPNEGO) authentication, for Airflow's ``kerberos_auth`` API backend.

Airflow's ``airflow.api.auth.backend.kerberos_auth`` expects each request to
carry ``Authorization: Negotiate <base64 SPNEGO token>`` for the service
principal ``HTTP/<host>``.  :class:`KerberosAuth` is an ``auth`` hook that adds
it, from the Kerberos ticket the user already holds (``kinit``)::

    from airflow_client.client import ApiClient, Configuration
    from airflow_client.client.kerberos import KerberosAuth

    config = Configuration(host="https://airflow.example.com", auth=KerberosAuth())

It needs the optional ``gssapi`` package (``pip install
'apache-airflow-client[kerberos]'``; it builds against the system's Kerberos,
e.g. Debian's ``libkrb5-dev``), imported only when a ``KerberosAuth`` is made.

Each request gets a fresh token.  The server's ``WWW-Authenticate: Negotiate``
answer is not read (an ``auth`` hook sees only the request), so the server is
not authenticated back to the client by Kerberos: use HTTPS for that.
"""

from __future__ import annotations

import base64
import importlib
from typing import Any, Optional
from urllib.parse import urlsplit

from airflow_client.client.configuration import PreparedRequest
from airflow_client.client.exceptions import ApiValueError, OpenApiException

#: How to install what this module needs.
INSTALL_ADVICE = "pip install 'apache-airflow-client[kerberos]'"
_SPNEGO_OID = "1.3.6.1.5.5.2"
_KRB5_OID = "1.2.840.113554.1.2.2"


class KerberosUnavailableError(OpenApiException, ImportError):
    """The ``gssapi`` package, which Kerberos authentication needs, is not installed."""


class KerberosError(OpenApiException):
    """No Kerberos token could be made for a request: no ticket (``kinit`` not
    run, or expired), a service principal the KDC does not know, a KDC that
    cannot be reached...  ``target`` is the service asked for
    (``HTTP@airflow.example.com``) and ``principal`` the client's, when given."""

    def __init__(self, msg: str, *, target: Optional[str] = None, principal: Optional[str] = None) -> None:
        self.target = target
        self.principal = principal
        super().__init__(msg)


def _import_gssapi() -> Any:
    try:
        return importlib.import_module("gssapi")
    except ImportError as exc:
        raise KerberosUnavailableError(
            f"Kerberos authentication needs the 'gssapi' package, which could not be imported ({exc}). "
            f"Install it with: {INSTALL_ADVICE} (it builds against the system's Kerberos headers, "
            "e.g. Debian's libkrb5-dev or Fedora's krb5-devel).",
            name="gssapi",
        ) from exc


class KerberosAuth:
    """An ``auth`` hook sending ``Authorization: Negotiate <SPNEGO token>``.

    :param service: the service part of the server's principal (``HTTP``, as
        Airflow's webserver uses).
    :param hostname_override: the host of the server's principal, when it is
        not the host of the request URL (an alias, a load balancer, an IP
        address): the token is for ``<service>/<hostname_override>``.
    :param principal: the client principal to authenticate as
        (``alice@EXAMPLE.COM``), from a credential cache collection
        (``KRB5CCNAME=DIR:...`` or ``KEYRING:...``); by default the cache's
        default principal.
    :param delegate: forward the ticket-granting ticket to the server
        (delegation), for servers that act on the user's behalf.

    :raises KerberosUnavailableError: when ``gssapi`` is not installed.
    """

    def __init__(
        self,
        service: str = "HTTP",
        hostname_override: Optional[str] = None,
        principal: Optional[str] = None,
        delegate: bool = False,
    ) -> None:
        if not service or "@" in service or "/" in service:
            raise ApiValueError(f"service must be a bare service name such as 'HTTP', not {service!r}")
        self.service = service
        self.hostname_override = hostname_override
        self.principal = principal
        self.delegate = delegate
        self._gssapi = _import_gssapi()

    def __repr__(self) -> str:
        return (
            f"KerberosAuth(service={self.service!r}, hostname_override={self.hostname_override!r}, "
            f"principal={self.principal!r}, delegate={self.delegate!r})"
        )

    def __call__(self, request: PreparedRequest) -> None:
        host = self.hostname_override or urlsplit(request.url).hostname
        if not host:
            raise ApiValueError(f"no host in {request.url!r} to name the Kerberos service principal")
        request.headers["Authorization"] = "Negotiate " + self._token(host)

    def _token(self, host: str) -> str:
        gssapi = self._gssapi
        target = f"{self.service}@{host}"
        spnego = gssapi.OID.from_int_seq(_SPNEGO_OID)
        flags = gssapi.RequirementFlag.out_of_sequence_detection
        if self.delegate:
            flags |= gssapi.RequirementFlag.delegate_to_peer
        try:
            creds = self._credentials(spnego) if self.principal else None
            context = gssapi.SecurityContext(
                name=gssapi.Name(target, gssapi.NameType.hostbased_service),
                creds=creds,
                usage="initiate",
                mech=spnego,
                flags=flags,
            )
            token = context.step(None)
        except gssapi.exceptions.GSSError as exc:
            raise self._error(exc, target) from exc
        return base64.b64encode(token).decode("ascii")

    def _credentials(self, mech: Any) -> Any:
        gssapi = self._gssapi
        name = gssapi.Name(self.principal, gssapi.NameType.kerberos_principal) if self.principal else None
        return gssapi.Credentials(name=name, usage="initiate", mechs=[mech])

    def _error(self, exc: Any, target: str) -> KerberosError:
        """A :class:`KerberosError` saying what went wrong, in Kerberos' words."""
        gssapi = self._gssapi
        who = self.principal or "the default principal"
        no_ticket = (gssapi.exceptions.MissingCredentialsError, gssapi.exceptions.ExpiredCredentialsError)
        if isinstance(exc, no_ticket):
            # SPNEGO only says it found no mechanism; Kerberos itself says why.
            detail = exc.gen_message()
            try:
                self._credentials(gssapi.OID.from_int_seq(_KRB5_OID))
            except gssapi.exceptions.GSSError as krb5_exc:
                detail = krb5_exc.gen_message()
            return KerberosError(
                f"Kerberos: no valid ticket for {who} to authenticate to {target}: {detail}. "
                "Get one with kinit, or point KRB5CCNAME at a credential cache that holds one.",
                target=target,
                principal=self.principal,
            )
        return KerberosError(
            f"Kerberos: could not make a token for {target} as {who}: {exc.gen_message()}",
            target=target,
            principal=self.principal,
        )
