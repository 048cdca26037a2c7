"""The request pipeline: one way from a call to its result.

    call -> prepare (core, or the Airflow 3 stage) -> send (credentials, transport)
         -> the answer read into the result (the prepared request's ``expect``)

:class:`Pipeline` is the connection to one Airflow that runs it: it holds the
configuration, the transport, the credentials and what it learnt of the server
(its version; whether it is Airflow 3).  The API classes reach it through
:meth:`Pipeline.call`; the official client's ``call_api`` (in
:mod:`airflow_client.client.compat`) builds its own prepared request and runs
it through :meth:`Pipeline._run` too.  :class:`~airflow_client.client.ApiClient`
is this class with the official client's methods beside it.
"""

from __future__ import annotations

import atexit
import json
import re
import threading
from typing import TYPE_CHECKING, Any, Callable, Dict, Mapping, Optional, Set, Tuple, Type, Union

from airflow_client.client.configuration import Configuration
from airflow_client.client.core.answers import RAW, Answer
from airflow_client.client.core.call import prepare
from airflow_client.client.core.operation import Operation
from airflow_client.client.core.options import CONFIGURED, CallOptions
from airflow_client.client.core.prepared import JSON, Prepared, check_header
from airflow_client.client.exceptions import (
    NotSupportedOnServerError,
    OperationNotSupportedError,
    exception_for_status,
)
from airflow_client.client.transport import rest
from airflow_client.client.transport.auth import Credentials
from airflow_client.client.transport.rest import Deadline, Transport

if TYPE_CHECKING:  # imported when first needed: `import airflow_client.client` stays light
    from multiprocessing.pool import ThreadPool

#: ``GET /version``, asked when a 404 may mean "not in this Airflow yet" (:attr:`Operation.since`).
_GET_VERSION = Operation("get_version", "GET", "/version", response=dict)
#: a fallback that did not take the error over
_UNHANDLED: Any = object()
Options = Union[CallOptions, Mapping[str, Any]]


class Pipeline:
    """A connection to one Airflow: the configuration, the transport, the
    credentials, and the calls run through them.  One may be shared by any
    number of threads."""

    _pool: Optional["ThreadPool"] = None
    #: what sends the requests (``ApiClient``: the official ``RESTClientObject``, built on it)
    transport_class: Type[Transport] = Transport

    def __init__(
        self,
        configuration: Optional[Configuration] = None,
        header_name: Optional[str] = None,
        header_value: Optional[str] = None,
        cookie: Optional[str] = None,
        pool_threads: int = 1,
    ) -> None:
        self.configuration = configuration if configuration is not None else Configuration.get_default_copy()
        self.pool_threads = pool_threads
        self._rest: Optional[Transport] = None
        self._lock = threading.Lock()
        self._credentials = Credentials()
        self._last: Any = None
        #: The server's Airflow version once asked (``_older_server``); "" when it could not be had.
        self._server_version: Optional[str] = None
        #: "v2" once the server turned out to be Airflow 3 (``Configuration.api_version`` None).
        self._api: Optional[str] = None
        #: the Airflow 3 APIs besides /api/v2 found (or not) on the server: {base: served}
        self._served: Dict[str, bool] = {}
        self.default_headers: Dict[str, Any] = {}
        if header_name is not None:
            self.set_default_header(header_name, header_value or "")
        self.cookie = cookie
        from airflow_client.client._version import VERSION as __version__

        self.user_agent = f"apache-airflow-client-python/{__version__}"

    # -- lifecycle -------------------------------------------------------------

    def __enter__(self) -> Any:
        return self

    def __exit__(self, exc_type: Any, exc_value: Any, traceback: Any) -> None:
        self.close()

    def close(self) -> None:
        """Wait for pending ``async_req`` calls, then close the connections.

        The lock is not held while waiting: a pending call may need it (to build
        the transport), and would otherwise wait for ``close`` forever.  The
        client may be used again afterwards.
        """
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.close()
            pool.join()
            atexit.unregister(self.close)
        with self._lock:
            rest_client, self._rest = self._rest, None
        if rest_client is not None:
            rest_client.close()

    @property
    def pool(self) -> "ThreadPool":
        """The threads of ``async_req`` calls (``pool_threads`` of them), started on first use."""
        pool = self._pool
        if pool is None:
            from multiprocessing.pool import ThreadPool

            with self._lock:
                if self._pool is None:
                    atexit.register(self.close)
                    self._pool = ThreadPool(max(1, self.pool_threads))
                pool = self._pool
        return pool

    @property
    def rest_client(self) -> Transport:
        """The transport (a :attr:`transport_class`), built from the configuration on first use."""
        rest_client = self._rest
        if rest_client is None:
            with self._lock:
                if self._rest is None:
                    self._rest = self.transport_class(self.configuration)
                rest_client = self._rest
        return rest_client

    @rest_client.setter
    def rest_client(self, value: Transport) -> None:
        self._rest = value

    @property
    def user_agent(self) -> str:
        """The ``User-Agent`` header sent (kept in ``default_headers``)."""
        return str(self.default_headers["User-Agent"])

    @user_agent.setter
    def user_agent(self, value: str) -> None:
        self.default_headers["User-Agent"] = value

    def set_default_header(self, header_name: str, header_value: Any) -> None:
        """Send ``header_name: header_value`` with every request."""
        check_header(header_name, header_value)
        self.default_headers[header_name] = header_value

    def __repr__(self) -> str:
        return f"{type(self).__name__}(host={self.configuration.host!r})"

    # -- calls -------------------------------------------------------------------

    def call(self, op: Operation, options: Mapping[str, Any], /, **params: Any) -> Any:
        """Run ``op`` with the caller's parameters and per-call options."""
        opts = CallOptions.read(op.name, options)
        if opts.async_req:
            return self.pool.apply_async(self._invoke, (op, opts, params))
        return self._invoke(op, opts, params)

    def _invoke(self, op: Operation, options: Options, params: Dict[str, Any]) -> Any:
        """``op`` sent to ``/api/v1``, or to Airflow 3's ``/api/v2`` once the server is known
        to be Airflow 3 (or turns out to be: its refusal of ``/api/v1`` is the sign)."""
        opts = options if isinstance(options, CallOptions) else CallOptions.read(op.name, options)
        cfg = self.configuration
        api = cfg.api_version or self._api
        if api == "v2":
            return self._invoke_v2(op, opts, params)
        prepared = prepare(op, params, opts, cfg, self.default_headers)

        def fallback(resp: Answer) -> Any:
            status = resp.status
            if status in (404, 405) and api is None and _airflow3_refusal(resp) and self._found_v2():
                return self._invoke_v2(op, opts, params)
            server = self._older_server(op) if status in (404, 405) and op.since else None
            if server is not None:
                raise OperationNotSupportedError.from_response(
                    resp, method=op.method, url=prepared.url, operation=op.name, since=op.since, server_version=server
                )
            return _UNHANDLED

        return self._run(prepared, self._deadline(opts), fallback)

    def _invoke_v2(self, op: Operation, options: Options, params: Dict[str, Any]) -> Any:
        """``op`` as its translation (``airflow3.TRANSLATIONS``) sends it to ``/api/v2``,
        the answer mapped back onto the 2.x model."""
        from airflow_client.client import airflow3
        from airflow_client.client.airflow3 import stage

        opts = options if isinstance(options, CallOptions) else CallOptions.read(op.name, options)
        # the row of the server's release when the client knows it (from finding Airflow 3), no
        # request asked for it: the newest row maps every release's answers as their own rows do
        tr = airflow3.translation(op.name, self._server_version or None)
        if tr is None or not self._v2_serves(tr.base):
            why = airflow3.unsupported(op.name)
            raise NotSupportedOnServerError(
                op.name, server_version=self._v2_version(), reason=why.reason, instead=why.instead
            )
        deadline = self._deadline(opts)
        lookup_options = CallOptions(timeout=opts.timeout)
        lookup_headers = {"Accept": JSON, **self.default_headers}

        def lookup(url: str) -> Any:
            """A GET on /api/v2 that a translation needs besides the call itself."""
            found = Prepared(op.name, "GET", url, dict(lookup_headers), None, stage.LOOKUP_ANSWER, lookup_options)
            return self._run(found, deadline, keep_last=False)

        try:
            prepared = stage.prepare(
                op, tr, params, opts, self.configuration, self.default_headers, self._root(), lookup
            )
        except airflow3.Refused as exc:
            raise NotSupportedOnServerError(
                op.name,
                server_version=self._v2_version(),
                reason=exc.reason,
                instead=exc.instead,
                parameter=exc.parameter,
            ) from None
        return self._run(prepared, deadline)

    def _deadline(self, opts: CallOptions) -> Deadline:
        """The deadline of one call: every request it makes and every wait between them."""
        return Deadline(self.configuration.deadline if opts.deadline is CONFIGURED else opts.deadline)  # type: ignore[arg-type]

    def _run(
        self,
        prepared: Prepared,
        deadline: Deadline,
        fallback: Optional[Callable[[Answer], Any]] = None,
        *,
        keep_last: bool = True,
    ) -> Any:
        """Send ``prepared`` and read its answer into the result (``prepared.expect``);
        an error status goes to ``fallback`` first, which may take it over."""
        opts = prepared.options
        expect = prepared.expect
        resp = self._send(prepared, deadline)
        status = resp.status
        if not opts.preload:
            if status < 300 and expect.unread_as_is:
                self._last = (resp, RAW)
                return resp
            # As the official client does, an error status raises even unread; the exception carries the body.
            resp = rest.read_whole(resp, prepared.method, prepared.url, prepared.operation)
        if status >= 300 and fallback is not None:
            handled = fallback(resp)
            if handled is not _UNHANDLED:
                return handled
        if keep_last and status < 300:
            self._last = (resp, expect.last_mode)
        result = expect.result(resp, prepared)
        if not opts.preload:  # an answer rebuilt, to be read by the caller
            self._last = (result, RAW)
        return result

    def _send(self, prepared: Prepared, deadline: Deadline) -> Any:
        """One request with the call's credentials (on Airflow 3 a JWT for
        username/password), through the transport or the prepared request's ``hop``."""
        cfg = self.configuration
        opts = prepared.options
        hop = prepared.hop
        method, url, body = prepared.method, prepared.url, prepared.body

        def attempt(sent: Dict[str, Any], secret: Set[str]) -> Any:
            if hop is not None:
                return hop(sent, secret, deadline)
            return self.rest_client.send(
                method,
                url,
                sent,
                body,
                timeout=opts.timeout,
                preload_content=opts.preload,
                credential_headers=secret,
                operation=prepared.operation,
                deadline=deadline,
            )

        if prepared.public:
            return attempt(dict(prepared.headers), set())
        login = refused = None
        if hop is None and "v2" in (self._api, cfg.api_version):
            from airflow_client.client.airflow3.errors import token_refused

            login = self._jwt_login
            refused = token_refused if opts.preload else None  # a stream's body is the caller's to read
        return self._credentials.send(
            cfg,
            method,
            url,
            prepared.headers,
            body,
            attempt,
            cookie=self.cookie,
            keep=prepared.keep,
            login=login,
            refused=refused,
        )

    # -- what the client learns of the server -------------------------------------------

    def _older_server(self, op: Operation) -> Optional[str]:
        """The server's Airflow version when it is older than ``op.since`` (so its 404
        means "not there yet"), else None.  ``/version`` is asked once per client."""
        if self._server_version is None:
            try:
                info = self._invoke(_GET_VERSION, CallOptions(check_return=False), {})
                self._server_version = str(info.get("version") or "")
            except Exception:  # noqa: BLE001 - no version, no verdict: the 404 stands
                self._server_version = ""
        server = self._server_version
        if server and op.since and _version_key(server) < _version_key(op.since):
            return server
        return None

    def _root(self) -> str:
        """The server's address without ``/api/v1``."""
        host = self.configuration.host
        return host[: -len("/api/v1")] if host.endswith("/api/v1") else host

    def _found_v2(self) -> bool:
        """After an Airflow 3 style refusal of ``/api/v1``: ask ``GET /api/v2/version``
        (no credentials) and, when it answers as Airflow 3, send calls there from now on."""
        version = self._v2_version()
        if version is None:
            return False
        self._api = "v2"
        return True

    def _v2_version(self) -> Optional[str]:
        """The Airflow version ``/api/v2/version`` reports (once per client), or None."""
        if self._api == "v2" and self._server_version:
            return self._server_version
        url = self._root() + "/api/v2/version"
        try:
            resp = self.rest_client.send("GET", url, {"Accept": JSON, **self.default_headers}, operation="get_version")
            info = json.loads(resp.data) if resp.status == 200 else None
        except Exception:  # noqa: BLE001 - no answer, no Airflow 3
            return None
        version = info.get("version") if isinstance(info, dict) else None
        if not isinstance(version, str) or _version_key(version) < (3,):
            return None
        self._server_version = version
        return version

    def _v2_serves(self, base: str) -> bool:
        """Whether this Airflow 3 serves ``base`` (``/api/v2`` always; the FAB auth manager's
        ``/auth/fab/v1`` when configured): asked once per client, without credentials (a JSON
        200, 401 or 403: served)."""
        from airflow_client.client import airflow3

        probe = airflow3.PROBES.get(base)
        if probe is None:
            return True
        if base not in self._served:
            try:
                resp = self.rest_client.send("GET", self._root() + base + probe, {"Accept": JSON}, operation="probe")
                # JSON only: the simple auth manager answers any /auth/... GET with its login page (200 HTML)
                json_answer = "json" in str(resp.headers.get("Content-Type") or "")
                self._served[base] = resp.status in (200, 401, 403) and json_answer
            except Exception:  # noqa: BLE001 - no answer: not served
                self._served[base] = False
        return self._served[base]

    def _jwt_login(self) -> str:
        """A JWT for ``username``/``password`` from Airflow 3's ``POST /auth/token``."""
        cfg = self.configuration
        url = self._root() + "/auth/token"
        payload = json.dumps({"username": cfg.username, "password": cfg.password or ""}).encode("utf-8")
        headers = {"Accept": JSON, "Content-Type": JSON, **self.default_headers}
        resp = self.rest_client.send("POST", url, headers, payload, operation="get_token")
        token = None
        if resp.status < 300:
            try:
                token = json.loads(resp.data).get("access_token")
            except (ValueError, AttributeError):
                token = None
        if resp.status >= 300:  # Airflow 3's refusal, as Airflow 2 would have answered it
            from airflow_client.client.airflow3 import errors

            raise errors.from_answer(resp, method="POST", url=url, operation="get_token (username/password for a JWT)")
        if not isinstance(token, str) or not token:
            raise exception_for_status(resp.status if resp.status >= 300 else 502).from_response(
                resp, method="POST", url=url, operation="get_token (username/password for a JWT)"
            )
        return token


def _version_key(version: str) -> Tuple[int, ...]:
    """``"2.10.0"`` -> ``(2, 10, 0)`` (``"2.9.0rc1"`` -> ``(2, 9, 0)``), for comparing versions."""
    return tuple(int(part) for part in re.findall(r"\d+", version)[:3])


def _airflow3_refusal(resp: Answer) -> bool:
    """True for what Airflow 3 answers on ``/api/v1``: a GET gets 404
    ``{"error": "/api/v1 has been removed in Airflow 3, ..."}``, another verb 405
    ``{"detail": "Method Not Allowed"}`` (Airflow 2's 404s and 405s are problem
    documents, with a ``title``)."""
    data = resp.data
    if not data or len(data) > 1024 or data[:1] != b"{":
        return False
    try:
        doc = json.loads(data)
    except ValueError:
        return False
    if not isinstance(doc, dict) or "title" in doc:
        return False
    if resp.status == 404:
        return "/api/v1" in str(doc.get("error") or "")
    return set(doc) == {"detail"}


__all__ = ["Pipeline"]
