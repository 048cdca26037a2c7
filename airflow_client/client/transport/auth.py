"""Credentials: what :class:`~airflow_client.client.ApiClient` adds to each request.

Basic (``username``/``password``), Bearer (``access_token``: a string, or a
function asked again once after a 401), ``api_key`` headers, cookies
(``ApiClient(cookie=)`` and ``session_cookie``) and the ``auth`` hook, which
sees the request last (:class:`~airflow_client.client.transport.kerberos.KerberosAuth`
is such a hook).  :class:`Credentials` holds the one thing that changes, the
token a function gave, under its own lock.

Against Airflow 3 (``/api/v2``), which takes only Bearer tokens, ``username``
and ``password`` are exchanged for a JWT (``login``, given by the client: one
``POST /auth/token``); the JWT is kept and used until the server refuses it
(401, "Token Expired"; or whatever answer the caller's ``refused`` says refuses it:
Airflow 3's 403 "Invalid JWT token"), then fetched again, once per refusal.  A given
``access_token`` is used as it is there too.
"""

from __future__ import annotations

import threading
from typing import Any, Callable, Collection, Dict, Optional, Set, Tuple, TypeVar

from airflow_client.client.configuration import Configuration, PreparedRequest
from airflow_client.client.core.prepared import check_header
from airflow_client.client.exceptions import ApiValueError, UnauthorizedException

#: The official client's names of the schemes, as its API classes pass them to ``call_api``.
AUTH_SETTINGS = ("Basic", "Kerberos")

_R = TypeVar("_R")


class Credentials:
    """The credentials of one client, added to each request by :meth:`send`.

    Thread-safe: one refresh of a token function serves every thread that got
    the 401 to the token it replaces.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._token: Optional[str] = None
        #: The JWT ``login`` gave for ``username``/``password`` (Airflow 3), until refused.
        self._jwt: Optional[str] = None
        #: (username, password, the Basic value) last sent: encoding it cost every call ~1 us
        self._basic: Optional[Tuple[Optional[str], Optional[str], str]] = None

    def send(
        self,
        cfg: "Configuration",
        method: str,
        url: str,
        headers: Dict[str, Any],
        body: Optional[bytes],
        attempt: Callable[[Dict[str, Any], Set[str]], _R],
        *,
        cookie: Optional[str] = None,
        keep: Optional[Collection[str]] = None,
        login: Optional[Callable[[], str]] = None,
        refused: Optional[Callable[[_R], bool]] = None,
    ) -> _R:
        """``attempt(headers with credentials, names of the headers that carry them)``.

        When the server refuses a token that the ``access_token`` function gave
        (a 401, answered or raised as :class:`UnauthorizedException`), the
        function is asked again and the request sent again, once.  ``keep``
        names (lower-case) the headers the caller set, which are not
        overwritten; by default all of ``headers``.  ``login`` (Airflow 3) turns
        ``username``/``password`` into a JWT sent as Bearer instead of Basic,
        renewed in the same way when refused.  ``refused`` says which answers
        besides a 401 refuse the token sent (one read whole: the transport's
        answers carry their body).
        """
        given = {name.lower() for name in headers} if keep is None else keep
        jwt = login is not None and not cfg.access_token and cfg.username is not None
        refreshable = "authorization" not in given and (callable(cfg.access_token) or jwt)
        stale: Optional[str] = None
        while True:
            bearer = None if "authorization" in given else self.bearer(cfg, stale, login if jwt else None)
            request = PreparedRequest(method, url, dict(headers), body)
            secret = self.authorize(cfg, request, bearer=bearer, keep=given, cookie=cookie)
            retry = refreshable and stale is None and bearer is not None
            try:
                resp = attempt(request.headers, secret)
            except UnauthorizedException:
                if not retry:
                    raise
            else:
                if not retry or (getattr(resp, "status", None) != 401 and (refused is None or not refused(resp))):
                    return resp
                resp.drain_conn()  # type: ignore[attr-defined]  # a urllib3 response
            stale = bearer

    def authorize(
        self,
        cfg: "Configuration",
        request: PreparedRequest,
        *,
        bearer: Optional[str],
        keep: Collection[str],
        cookie: Optional[str] = None,
    ) -> Set[str]:
        """Add credentials to ``request.headers``; return the names of headers that carry them.

        Order: Basic (``username``), then Bearer (``bearer``, from
        ``access_token``, which wins the ``Authorization`` header when both are
        set), then ``api_key`` headers, then the cookies (``cookie`` and
        ``session_cookie``), then the ``auth`` hook, which may change anything.
        Headers named in ``keep`` (lower-case) are not overwritten.
        """
        secret: Set[str] = set()
        headers = request.headers
        if "authorization" not in keep:
            value = bearer or (self.basic(cfg) if cfg.username is not None else None)
            if value:
                headers["Authorization"] = value
        for name in cfg.api_key:
            value = cfg.get_api_key_with_prefix(name)
            if value is not None:
                secret.add(name)
                if name.lower() not in keep:
                    headers[name] = value
        cookies = [c for c in (cookie, f"session={cfg.session_cookie}" if cfg.session_cookie else None) if c]
        if cookies and "cookie" not in keep:
            headers["Cookie"] = "; ".join(cookies)
        if cfg.auth is not None:
            before = dict(headers)
            cfg.auth(request)
            secret.update(name for name, value in headers.items() if before.get(name) != value)
        for name, value in headers.items():  # a bad value is refused here, without quoting it
            check_header(name, value)
        return secret

    def basic(self, cfg: "Configuration") -> str:
        """``cfg.get_basic_auth_token()``, encoded again only when the credentials change
        (or when a subclass of the configuration gives its own)."""
        if type(cfg).get_basic_auth_token is not _BASIC:
            return cfg.get_basic_auth_token()
        held = self._basic
        username, password = cfg.username, cfg.password
        if held is None or held[0] != username or held[1] != password:
            held = self._basic = (username, password, cfg.get_basic_auth_token())
        return held[2]

    def bearer(
        self, cfg: "Configuration", stale: Optional[str] = None, login: Optional[Callable[[], str]] = None
    ) -> Optional[str]:
        """The ``Authorization`` value for ``access_token`` (or, without one, for the
        JWT ``login`` gives), or None.

        A function is asked on first use and again only when the server
        refused ``stale``, the value last sent, and no other thread has asked
        it since.
        """
        source = cfg.access_token
        if not source and login is not None:
            with self._lock:
                if self._jwt is None or f"Bearer {self._jwt}" == stale:
                    self._jwt = login()
                return f"Bearer {self._jwt}"
        if not source:
            return None
        if not callable(source):
            return f"Bearer {source}"
        with self._lock:
            if self._token is None or f"Bearer {self._token}" == stale:
                token = source()
                if not isinstance(token, str) or not token:
                    kind = "an empty str" if token == "" else type(token).__name__
                    raise ApiValueError(f"the access_token function must return a non-empty str, got {kind}")
                self._token = token
            return f"Bearer {self._token}"


_BASIC = Configuration.get_basic_auth_token

__all__ = ["AUTH_SETTINGS", "Credentials"]
