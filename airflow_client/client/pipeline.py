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
from airflow_client.client.transport.auth import BEARER, DRAIN, Credentials
from airflow_client.client.transport.rest import ATTEMPT, Deadline, Flow, Sending, Transport

if TYPE_CHECKING:  # imported when first needed: `import airflow_client.client` stays light
    from multiprocessing.pool import ThreadPool

#: ``GET /version``, asked when a 404 may mean "not in this Airflow yet" (:attr:`Operation.since`).
_GET_VERSION = Operation("get_version", "GET", "/version", response=dict)
#: a fallback that did not take the error over
_UNHANDLED: Any = object()
Options = Union[CallOptions, Mapping[str, Any]]


class Flows:
    """What a connection to one Airflow knows (the configuration, the credentials, what it
    learnt of the server) and the logic of its calls, written once as flows: generators
    that yield the steps which need I/O (tuples: ``OPEN``, ``READ``, ``BEARER``...) and
    get each one's result back, or its error thrown in.  :class:`Pipeline` does the
    steps with urllib3; the asyncio client (:mod:`airflow_client.client.aio`) awaits them."""

    if TYPE_CHECKING:

        @property
        def rest_client(self) -> Sending:
            """What sends the requests: its flows (``attempt_flow``) are the steps of each request."""

    def __init__(
        self,
        configuration: Optional[Configuration] = None,
        header_name: Optional[str] = None,
        header_value: Optional[str] = None,
        cookie: Optional[str] = None,
    ) -> None:
        self.configuration = configuration if configuration is not None else Configuration.get_default_copy()
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

    # -- the flows -----------------------------------------------------------------------

    # (A flow that would only pass another one on is a function returning that one: each
    # level of generators cost every call ~1 %.  Its checks then run when it is made.)

    def _invoke_flow(self, op: Operation, options: Options, params: Dict[str, Any]) -> Flow:
        opts = options if isinstance(options, CallOptions) else CallOptions.read(op.name, options)
        cfg = self.configuration
        api = cfg.api_version or self._api
        if api == "v2":
            return self._v2_flow(op, opts, params)
        prepared = prepare(op, params, opts, cfg, self.default_headers)

        def fallback(resp: Answer) -> Flow:
            status = resp.status
            if status in (404, 405) and api is None and _airflow3_refusal(resp) and (yield from self._found_v2()):
                return (yield from self._v2_flow(op, opts, params))
            server = (yield from self._older_server(op)) if status in (404, 405) and op.since else None
            if server is not None:
                raise OperationNotSupportedError.from_response(
                    resp, method=op.method, url=prepared.url, operation=op.name, since=op.since, server_version=server
                )
            return _UNHANDLED

        return self._run_flow(prepared, self._deadline(opts), fallback)

    def _v2_flow(self, op: Operation, options: Options, params: Dict[str, Any]) -> Flow:
        from airflow_client.client import airflow3
        from airflow_client.client.airflow3 import stage

        opts = options if isinstance(options, CallOptions) else CallOptions.read(op.name, options)
        # the row of the server's release when the client knows it (from finding Airflow 3), no
        # request asked for it: the newest row maps every release's answers as their own rows do
        tr = airflow3.translation(op.name, self._server_version or None)
        if tr is None or not (yield from self._v2_serves(tr.base)):
            why = airflow3.unsupported(op.name)
            raise NotSupportedOnServerError(
                op.name, server_version=(yield from self._v2_version()), reason=why.reason, instead=why.instead
            )
        deadline = self._deadline(opts)
        lookup_options = CallOptions(timeout=opts.timeout)
        lookup_headers = {"Accept": JSON, **self.default_headers}
        lookups = _Lookups(self, op.name, deadline, lookup_headers, lookup_options)
        while True:
            try:
                prepared = stage.prepare(
                    op, tr, params, opts, self.configuration, self.default_headers, self._root(), lookups
                )
                break
            except _Lookup as need:
                yield from need.lookups.fetch(need.url)
            except airflow3.Refused as exc:
                raise NotSupportedOnServerError(
                    op.name,
                    server_version=(yield from self._v2_version()),
                    reason=exc.reason,
                    instead=exc.instead,
                    parameter=exc.parameter,
                ) from None
        return (yield from self._run_flow(prepared, deadline))

    def _deadline(self, opts: CallOptions) -> Deadline:
        """The deadline of one call: every request it makes and every wait between them."""
        return Deadline(self.configuration.deadline if opts.deadline is CONFIGURED else opts.deadline)  # type: ignore[arg-type]

    def _run_flow(
        self,
        prepared: Prepared,
        deadline: Deadline,
        fallback: Optional[Callable[[Answer], Flow]] = None,
        keep_last: bool = True,
    ) -> Flow:
        opts = prepared.options
        expect = prepared.expect
        resp = yield from self._send_flow(prepared, deadline)
        status = resp.status
        if not opts.preload:
            if status < 300 and expect.unread_as_is:
                self._last = (resp, RAW)
                return resp
            # As the official client does, an error status raises even unread; the exception carries the body.
            resp = yield (WHOLE, resp, prepared.method, prepared.url, prepared.operation)
        if status >= 300 and fallback is not None:
            handled = yield from fallback(resp)
            if handled is not _UNHANDLED:
                return handled
        if keep_last and status < 300:
            self._last = (resp, expect.last_mode)
        while True:
            try:
                result = expect.result(resp, prepared)
                break
            except _Lookup as need:  # mapping an Airflow 3 answer needs a lookup: read it again after
                yield from need.lookups.fetch(need.url)
        if not opts.preload:  # an answer rebuilt, to be read by the caller
            self._last = (result, RAW)
        return result

    def _send_flow(self, prepared: Prepared, deadline: Deadline) -> Flow:
        cfg = self.configuration
        opts = prepared.options
        hop = prepared.hop
        method, url, body = prepared.method, prepared.url, prepared.body
        timeout, preload, operation = opts.timeout, opts.preload, prepared.operation

        def attempt(sent: Dict[str, Any], secret: Set[str]) -> Flow:
            if hop is not None:
                return _step((HOP, hop, sent, secret, deadline))
            return self.rest_client.attempt_flow(method, url, sent, body, timeout, preload, secret, operation, deadline)

        if prepared.public:
            return attempt(dict(prepared.headers), set())
        jwt = False
        refused = None
        if hop is None and "v2" in (self._api, cfg.api_version):
            from airflow_client.client.airflow3.errors import token_refused

            jwt = True
            refused = token_refused if opts.preload else None  # a stream's body is the caller's to read
        return self._credentials.send_flow(
            cfg,
            method,
            url,
            prepared.headers,
            body,
            attempt,
            cookie=self.cookie,
            keep=prepared.keep,
            jwt=jwt,
            refused=refused,
        )

    def _plain_flow(
        self, method: str, url: str, headers: Dict[str, Any], body: Optional[bytes], operation: str
    ) -> Flow:
        """A request the client makes of its own: no credentials, the configured timeouts and deadline."""
        deadline = Deadline(self.configuration.deadline)
        return self.rest_client.attempt_flow(method, url, headers, body, None, True, (), operation, deadline)

    # -- what the client learns of the server -------------------------------------------

    def _older_server(self, op: Operation) -> Flow:
        """The server's Airflow version when it is older than ``op.since`` (so its 404
        means "not there yet"), else None.  ``/version`` is asked once per client."""
        if self._server_version is None:
            try:
                info = yield from self._invoke_flow(_GET_VERSION, CallOptions(check_return=False), {})
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

    def _found_v2(self) -> Flow:
        """After an Airflow 3 style refusal of ``/api/v1``: ask ``GET /api/v2/version``
        (no credentials) and, when it answers as Airflow 3, send calls there from now on."""
        version = yield from self._v2_version()
        if version is None:
            return False
        self._api = "v2"
        return True

    def _v2_version(self) -> Flow:
        """The Airflow version ``/api/v2/version`` reports (once per client), or None."""
        if self._api == "v2" and self._server_version:
            return self._server_version
        url = self._root() + "/api/v2/version"
        try:
            resp = yield from self._plain_flow(
                "GET", url, {"Accept": JSON, **self.default_headers}, None, "get_version"
            )
            info = json.loads(resp.data) if resp.status == 200 else None
        except Exception:  # noqa: BLE001 - no answer, no Airflow 3
            return None
        version = info.get("version") if isinstance(info, dict) else None
        if not isinstance(version, str) or _version_key(version) < (3,):
            return None
        self._server_version = version
        return version

    def _v2_serves(self, base: str) -> Flow:
        """Whether this Airflow 3 serves ``base`` (``/api/v2`` always; the FAB auth manager's
        ``/auth/fab/v1`` when configured): asked once per client, without credentials (a JSON
        200, 401 or 403: served)."""
        from airflow_client.client import airflow3

        probe = airflow3.PROBES.get(base)
        if probe is None:
            return True
        if base not in self._served:
            try:
                resp = yield from self._plain_flow("GET", self._root() + base + probe, {"Accept": JSON}, None, "probe")
                # JSON only: the simple auth manager answers any /auth/... GET with its login page (200 HTML)
                json_answer = "json" in str(resp.headers.get("Content-Type") or "")
                self._served[base] = resp.status in (200, 401, 403) and json_answer
            except Exception:  # noqa: BLE001 - no answer: not served
                self._served[base] = False
        return self._served[base]

    def _login_flow(self) -> Flow:
        """A JWT for ``username``/``password`` from Airflow 3's ``POST /auth/token``."""
        cfg = self.configuration
        url = self._root() + "/auth/token"
        payload = json.dumps({"username": cfg.username, "password": cfg.password or ""}).encode("utf-8")
        headers = {"Accept": JSON, "Content-Type": JSON, **self.default_headers}
        resp = yield from self._plain_flow("POST", url, headers, payload, "get_token")
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


class Pipeline(Flows):
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
        self.pool_threads = pool_threads
        self._rest: Optional[Transport] = None
        #: (the transport, what each step is with it), for :meth:`_drive`
        self._steps_for: Optional[Tuple[Any, Dict[str, Callable[..., Any]]]] = None
        self._lock = threading.Lock()
        super().__init__(configuration, header_name, header_value, cookie)

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

    # -- calls -------------------------------------------------------------------

    def call(self, op: Operation, options: Mapping[str, Any], /, **params: Any) -> Any:
        """Run ``op`` with the caller's parameters and per-call options."""
        opts = CallOptions.read(op.name, options)
        if opts.async_req:
            return self.pool.apply_async(self._invoke, (op, opts, params))
        return self._invoke(op, opts, params)

    # The calls' logic is written once, as flows (:class:`Flows`); this class does their
    # steps with urllib3, in one loop per call (:meth:`_drive`).  A test or a subclass may
    # wrap ``_invoke`` (what a call does), ``_run`` (the official ``call_api``'s way in) or a
    # flow (``_send_flow``, ``_v2_flow``: as a generator, ``yield from`` the original).

    def _invoke(self, op: Operation, options: Options, params: Dict[str, Any]) -> Any:
        """``op`` sent to ``/api/v1``, or to Airflow 3's ``/api/v2`` once the server is known
        to be Airflow 3 (or turns out to be: its refusal of ``/api/v1`` is the sign)."""
        return self._drive(self._invoke_flow(op, options, params))

    def _run(
        self,
        prepared: Prepared,
        deadline: Deadline,
        fallback: Optional[Callable[[Answer], Flow]] = None,
        *,
        keep_last: bool = True,
    ) -> Any:
        """Send ``prepared`` and read its answer into the result (``prepared.expect``);
        an error status goes to ``fallback`` (a flow) first, which may take it over."""
        return self._drive(self._run_flow(prepared, deadline, fallback, keep_last))

    def _drive(self, flow: Flow) -> Any:
        """Run ``flow``, doing each step it yields: the transport's with urllib3, the
        client's own (``HOP``, ``BEARER``...) here."""
        transport = self.rest_client
        held = self._steps_for
        if held is None or held[0] is not transport:
            steps = {
                **getattr(transport, "handlers", {}),
                ATTEMPT: self._attempt,
                HOP: _hop,
                BEARER: self._bearer,
                WHOLE: rest.read_whole,
                DRAIN: _drain,
            }
            held = self._steps_for = (transport, steps)
        return rest.drive(flow, held[1])

    def _attempt(
        self,
        method: str,
        url: str,
        headers: Dict[str, Any],
        body: Optional[bytes],
        timeout: Any,
        preload: bool,
        secret: Set[str],
        operation: Optional[str],
        deadline: Optional[Deadline],
    ) -> Any:
        """The step ``ATTEMPT``: one request through the transport (retries, redirects)."""
        return self.rest_client.send(
            method,
            url,
            headers,
            body,
            timeout=timeout,
            preload_content=preload,
            credential_headers=secret,
            operation=operation,
            deadline=deadline,
        )

    def _bearer(self, stale: Optional[str], jwt: bool) -> Optional[str]:
        """The step ``BEARER``: the ``Authorization`` value of ``access_token`` or of the JWT."""
        return self._credentials.bearer(self.configuration, stale, self._jwt_login if jwt else None)

    def _jwt_login(self) -> str:
        """A JWT for ``username``/``password`` from Airflow 3's ``POST /auth/token``."""
        return self._drive(self._login_flow())  # type: ignore[no-any-return]


#: The steps of the client's flows (tuples: the name, then the arguments), besides the
#: transport's (:mod:`.transport.rest`: ``OPEN``, ``READ``, ``SLEEP``, ``DRAIN`` and
#: ``ATTEMPT``, a transport whose ``send`` a subclass replaced) and the credentials'
#: (:mod:`.transport.auth`: ``BEARER``): ``(HOP, hop, headers, secret, deadline)`` -> an
#: answer through the official ``request`` chain (``call_api``); ``(WHOLE, answer, method,
#: url, operation)`` -> an answer not read yet, read whole.
HOP, WHOLE = "hop", "whole"


def _step(step: Tuple[Any, ...]) -> Flow:
    """The flow of one step: its result is the flow's."""
    return (yield step)


class _Lookups:
    """The lookups of one Airflow 3 call: GETs on /api/v2 its translation needs besides the
    call, asked by the stage (``lookup(url)``), which does no I/O.  One not answered yet
    stops what asked (:class:`_Lookup`); the flow sends it (:meth:`fetch`) and runs that
    again, which now gets the answer (or its error, raised where it was asked)."""

    __slots__ = ("client", "operation", "deadline", "headers", "options", "answers")

    def __init__(
        self, client: Flows, operation: str, deadline: Deadline, headers: Dict[str, Any], options: CallOptions
    ) -> None:
        self.client, self.operation, self.deadline = client, operation, deadline
        self.headers, self.options = headers, options
        self.answers: Dict[str, Tuple[bool, Any]] = {}

    def __call__(self, url: str) -> Any:
        found = self.answers.get(url)
        if found is None:
            raise _Lookup(self, url)
        if found[0]:
            return found[1]
        raise found[1]

    def fetch(self, url: str) -> Flow:
        from airflow_client.client.airflow3 import stage

        get = Prepared(self.operation, "GET", url, dict(self.headers), None, stage.LOOKUP_ANSWER, self.options)
        try:
            self.answers[url] = (True, (yield from self.client._run_flow(get, self.deadline, keep_last=False)))
        except Exception as exc:  # noqa: BLE001 - raised where it was asked
            self.answers[url] = (False, exc)


class _Lookup(BaseException):
    """A lookup (:class:`_Lookups`) that has no answer yet (a BaseException: no ``except
    Exception`` of a translation's rules may take it)."""

    def __init__(self, lookups: _Lookups, url: str) -> None:
        super().__init__(url)
        self.lookups, self.url = lookups, url


def _hop(hop: Callable[..., Any], sent: Dict[str, Any], secret: Set[str], deadline: Deadline) -> Any:
    return hop(sent, secret, deadline)


def _drain(resp: Any) -> None:
    resp.drain_conn()


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
