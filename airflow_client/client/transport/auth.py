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
from typing import Any, Callable, Collection, Dict, Generator, Optional, Set, Tuple

from airflow_client.client.configuration import Configuration, PreparedRequest
from airflow_client.client.core.prepared import check_header
from airflow_client.client.exceptions import ApiValueError, UnauthorizedException

#: The official client's names of the schemes, as its API classes pass them to ``call_api``.
AUTH_SETTINGS = ("Basic", "Kerberos")

#: The steps of :meth:`Credentials.send_flow` besides the request's own: ``(BEARER, stale,
#: jwt)`` -> the ``Authorization`` value (:meth:`Credentials.bearer`); ``(DRAIN, answer)``.
BEARER = "bearer"
DRAIN = "drain"


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

    def send_flow(
        self,
        cfg: "Configuration",
        method: str,
        url: str,
        headers: Dict[str, Any],
        body: Optional[bytes],
        attempt: Callable[[Dict[str, Any], Set[str]], Generator[Tuple[Any, ...], Any, Any]],
        *,
        cookie: Optional[str] = None,
        keep: Optional[Collection[str]] = None,
        jwt: bool = False,
        refused: Optional[Callable[[Any], bool]] = None,
    ) -> Generator[Tuple[Any, ...], Any, Any]:
        """The request with credentials, as steps for the client's driver: ``attempt(headers
        with credentials, names of the headers that carry them)`` is the flow that sends it
        (the transport's); ``(BEARER, stale, jwt)`` asks for
        the ``Authorization`` value of ``access_token`` (:meth:`bearer`), ``(DRAIN, answer)``
        releases a refused answer.

        When the server refuses a token that the ``access_token`` function gave
        (a 401, answered or raised as :class:`UnauthorizedException`), the
        function is asked again and the request sent again, once.  ``keep``
        names (lower-case) the headers the caller set, which are not
        overwritten; by default all of ``headers``.  ``jwt`` (Airflow 3) turns
        ``username``/``password`` into a JWT sent as Bearer instead of Basic,
        renewed in the same way when refused.  ``refused`` says which answers
        besides a 401 refuse the token sent (one read whole: the transport's
        answers carry their body).
        """
        given = {name.lower() for name in headers} if keep is None else keep
        source = cfg.access_token
        jwt = jwt and not source and cfg.username is not None
        if "authorization" in given or not (callable(source) or jwt):
            # nothing to ask again after a refusal: the request's flow is the transport's own
            # (a generator less per call)
            bearer = f"Bearer {source}" if source and "authorization" not in given else None
            request = PreparedRequest(method, url, dict(headers), body)
            secret = self.authorize(cfg, request, bearer=bearer, keep=given, cookie=cookie)
            return attempt(request.headers, secret)
        return self._renewing(cfg, method, url, headers, body, attempt, cookie, given, jwt, refused)

    def _renewing(
        self,
        cfg: "Configuration",
        method: str,
        url: str,
        headers: Dict[str, Any],
        body: Optional[bytes],
        attempt: Callable[[Dict[str, Any], Set[str]], Generator[Tuple[Any, ...], Any, Any]],
        cookie: Optional[str],
        given: Collection[str],
        jwt: bool,
        refused: Optional[Callable[[Any], bool]],
    ) -> Generator[Tuple[Any, ...], Any, Any]:
        """:meth:`send_flow` with a token the driver gets (``BEARER``), asked again once when refused."""
        stale: Optional[str] = None
        while True:
            bearer = yield (BEARER, stale, jwt)
            request = PreparedRequest(method, url, dict(headers), body)
            secret = self.authorize(cfg, request, bearer=bearer, keep=given, cookie=cookie)
            retry = stale is None and bearer is not None
            try:
                resp = yield from attempt(request.headers, secret)
            except UnauthorizedException:
                if not retry:
                    raise
            else:
                if not retry or (getattr(resp, "status", None) != 401 and (refused is None or not refused(resp))):
                    return resp
                yield (DRAIN, resp)
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
            if (
                type(value) is not str
                or type(name) is not str
                or "\n" in value
                or "\r" in value
                or "\n" in name
                or "\r" in name
                or ":" in name
            ):  # the usual header passes these tests inline (check_header's call cost ~0.3 us each)
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
        it since.  (The asyncio client asks in the same way: :meth:`due` and :meth:`keep`.)
        """
        source = cfg.access_token
        if not source and login is not None:
            with self._lock:
                return self.keep(True, login()) if self.due(True, stale) else self.held(True)
        if not source:
            return None
        if not callable(source):
            return f"Bearer {source}"
        with self._lock:
            return self.keep(False, source()) if self.due(False, stale) else self.held(False)

    def due(self, jwt: bool, stale: Optional[str]) -> bool:
        """Whether the token (``jwt``: the JWT of ``username``/``password``; else what the
        ``access_token`` function gave) must be asked for: none yet, or ``stale`` refused."""
        held = self._jwt if jwt else self._token
        return held is None or f"Bearer {held}" == stale

    def held(self, jwt: bool) -> str:
        """The ``Authorization`` value of the token held (``jwt``: the JWT)."""
        return f"Bearer {self._jwt if jwt else self._token}"

    def keep(self, jwt: bool, token: Any) -> str:
        """Hold ``token``, the answer of the ``access_token`` function or of the login (``jwt``)."""
        if jwt:
            self._jwt = token
            return f"Bearer {token}"
        if not isinstance(token, str) or not token:
            kind = "an empty str" if token == "" else type(token).__name__
            raise ApiValueError(f"the access_token function must return a non-empty str, got {kind}")
        self._token = token
        return f"Bearer {token}"


_BASIC = Configuration.get_basic_auth_token

__all__ = ["AUTH_SETTINGS", "BEARER", "Credentials"]
