"""HTTP transport: one urllib3 pool per client, retries, redirects, TLS, proxies.

Everything here is about getting bytes to Airflow and back; what the bytes mean
is the business of :mod:`airflow_client.client.core.answers`.  The official
client's ``rest`` module (``RESTClientObject.request``, ``GET``...) is
:mod:`airflow_client.client.compat.rest`, built on :class:`Transport`.
"""

from __future__ import annotations

import http.client
import io
import ipaddress
import logging
import os
import random
import ssl
import threading
import time
from http import HTTPStatus
from itertools import takewhile
from typing import Any, Collection, Dict, Generator, List, Mapping, Optional, Tuple, Union
from urllib.parse import unquote, urljoin, urlparse, urlsplit

import urllib3
from urllib3.exceptions import (
    ConnectTimeoutError,
    DecodeError,
    HTTPError,
    InvalidHeader,
    NewConnectionError,
    ProtocolError,
    ProxyError,
    ReadTimeoutError,
    SSLError,
)
from urllib3.util.retry import Retry

from airflow_client.client.configuration import DEFAULT_MAX_RETRY_AFTER, Configuration, redact_url, timeout_from
from airflow_client.client.core.prepared import check_header  # noqa: F401 - rest.check_header, as before
from airflow_client.client.exceptions import (
    ApiConnectionError,
    ApiTimeoutError,
    ApiValueError,
    DeadlineExceededError,
    ResponseDecodeError,
    preview,
    retry_after_seconds,
)

logger = logging.getLogger("airflow_client.client")

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
RETRY_STATUSES = frozenset({429, 502, 503, 504})
#: The longest wait between two retries when no ``Retry-After`` is given.
DEFAULT_BACKOFF_MAX = 30.0
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
#: Headers that carry credentials; dropped when a redirect leaves the origin.
CREDENTIAL_HEADERS = frozenset({"authorization", "cookie", "proxy-authorization"})
#: The most bytes of a body taken from what has arrived before the rest is read.
READ_CHUNK = 256 * 1024


class CappedRetry(Retry):
    """urllib3's ``Retry`` with our backoff, and the longest ``Retry-After`` to wait.

    The n-th retry waits ``backoff_factor * 2 ** (n - 1)`` seconds (the first
    one too, where urllib3 would not wait), plus up to ``jitter`` of that
    again at random, at most ``backoff_max``.  A ``Retry-After`` answer is
    honoured instead when it asks for at most ``retry_after_cap`` seconds (a
    longer one is not waited: the answer is raised); one that cannot be read
    falls back to the backoff.
    """

    retry_after_cap: float = DEFAULT_MAX_RETRY_AFTER
    jitter: float = 0.25

    def new(self, **kw: Any) -> "CappedRetry":
        new = super().new(**kw)
        new.retry_after_cap = self.retry_after_cap
        new.jitter = self.jitter
        return new

    def get_backoff_time(self) -> float:
        errors = len(list(takewhile(lambda h: h.redirect_location is None, reversed(self.history))))
        if errors == 0 or self.backoff_factor <= 0:
            return 0.0
        delay = self.backoff_factor * 2 ** (errors - 1)
        delay += random.uniform(0, delay * self.jitter)
        return float(min(self.backoff_max, delay))

    def parse_retry_after(self, retry_after: str) -> float:
        return retry_after_seconds(retry_after) or 0.0  # 0: unreadable, use the backoff


def retry_policy(configuration: Configuration) -> Retry:
    """The ``Retry`` for a client: the user's own (used as given), or ours built
    from a count.  Either way an exhausted retry on a status returns the last
    answer, raised as its :class:`ApiException` (e.g. ``ServiceException`` for 503)."""
    setting = configuration.retries
    if isinstance(setting, Retry):
        return setting
    count = int(setting or 0)
    methods = set(IDEMPOTENT_METHODS)
    if configuration.retry_non_idempotent:
        methods |= {"POST", "PATCH"}
    policy = CappedRetry(
        total=count,
        connect=count,
        read=count,
        status=count,
        other=0,
        redirect=False,
        backoff_factor=max(0.0, float(configuration.retry_backoff_factor)),
        backoff_max=DEFAULT_BACKOFF_MAX,
        status_forcelist=RETRY_STATUSES,
        allowed_methods=frozenset(methods),
        respect_retry_after_header=True,
        raise_on_status=False,
    )
    policy.retry_after_cap = configuration.max_retry_after
    return policy


_SECONDS = (int, float)


class Deadline:
    """The time one call may take, all its attempts and the waits between them
    included: ``seconds`` from now, or no end when None."""

    __slots__ = ("seconds", "started", "ends", "attempts")

    def __init__(self, seconds: Optional[float]) -> None:
        if seconds is not None and (isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or seconds <= 0):
            raise ApiValueError(f"a deadline must be a number of seconds > 0, or None for none; got {seconds!r}")
        self.seconds = seconds
        self.started = time.monotonic()
        self.ends = None if seconds is None else self.started + seconds
        #: Requests sent so far.
        self.attempts = 0

    def remaining(self) -> float:
        """Seconds left (``inf`` without a deadline; 0 or less when it has passed)."""
        return float("inf") if self.ends is None else self.ends - time.monotonic()

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def cut(self, timeout: Optional[urllib3.Timeout]) -> Optional[urllib3.Timeout]:
        """``timeout`` for the next attempt: its connect and read times, the whole
        exchange no longer than what remains."""
        if self.ends is None:
            return timeout
        remaining = max(0.001, self.remaining())
        if timeout is None:
            return urllib3.Timeout(total=remaining)
        if timeout.total is None:
            connect, read = timeout.connect_timeout, timeout.read_timeout
            if type(connect) in _SECONDS and type(read) in _SECONDS and connect + read <= remaining:  # type: ignore[operator]
                # The attempt's own limits end first (the defaults, 10 + 60 s, within a
                # fresh 120 s deadline): a total would never bind, and cost urllib3 ~4 us.
                return timeout
        cut = timeout.clone()
        total = timeout.total
        cut.total = min(float(total), remaining) if isinstance(total, (int, float)) else remaining
        return cut

    def exceeded(
        self, failure: ApiConnectionError, operation: Optional[str], method: str, url: str
    ) -> DeadlineExceededError:
        """The error of a call whose deadline ran out; ``failure`` was the last attempt's."""
        return DeadlineExceededError(
            f"No answer within the deadline of {self.seconds:g} s: {self.attempts} attempt(s) in "
            f"{self.elapsed():.1f} s; the last one: {failure.message}",
            attempts=self.attempts,
            elapsed=self.elapsed(),
            deadline=float(self.seconds or 0),
            operation=operation,
            method=method,
            url=url,
            status=failure.status,
            received=failure.received,
            reason=failure.reason,
        )


def ca_settings(configuration: Configuration) -> Dict[str, str]:
    """The CA arguments of the pool: ``ssl_ca_cert``, else the environment's bundle.

    With ``trust_env`` on, ``SSL_CERT_FILE`` then ``REQUESTS_CA_BUNDLE`` (a file
    or a folder) name the CAs; without either, OpenSSL's defaults apply.  With
    it off they are ignored; as OpenSSL itself would read ``SSL_CERT_FILE`` and
    ``SSL_CERT_DIR``, the system's compiled-in locations are named instead.
    """
    if configuration.ssl_ca_cert:
        return {"ca_certs": configuration.ssl_ca_cert}
    env = os.environ
    if configuration.trust_env:
        bundle = env.get("SSL_CERT_FILE") or env.get("REQUESTS_CA_BUNDLE")
        if not bundle:
            return {}
        return {"ca_cert_dir": bundle} if os.path.isdir(bundle) else {"ca_certs": bundle}
    if not (env.get("SSL_CERT_FILE") or env.get("SSL_CERT_DIR")):
        return {}  # OpenSSL's defaults are the system's
    paths = ssl.get_default_verify_paths()
    found: Dict[str, str] = {}
    if paths.openssl_cafile and os.path.isfile(paths.openssl_cafile):
        found["ca_certs"] = paths.openssl_cafile
    if paths.openssl_capath and os.path.isdir(paths.openssl_capath):
        found["ca_cert_dir"] = paths.openssl_capath
    return found


def proxy_for(configuration: Configuration, url: str) -> Optional[str]:
    """The proxy to use for ``url``: the configured one, else the environment's."""
    import urllib.request  # here, not at the top: it costs ~1.5 ms of every import of the client

    parts = urlsplit(url)
    no_proxy = configuration.no_proxy
    if no_proxy is None and configuration.trust_env:
        no_proxy = os.environ.get("no_proxy") or os.environ.get("NO_PROXY")
    if no_proxy and should_bypass_proxies(url, no_proxy):
        return None
    if configuration.proxy:
        return configuration.proxy
    if configuration.trust_env:
        proxies = urllib.request.getproxies_environment()
        return proxies.get(parts.scheme) or proxies.get("all")
    return None


def proxy_headers(configuration: Configuration, proxy: str) -> Optional[Dict[str, str]]:
    """The headers sent to ``proxy``: ``proxy_headers``, and a ``Proxy-Authorization`` from the
    credentials in its URL unless one is given."""
    headers = dict(configuration.proxy_headers or {})
    auth = urlsplit(proxy)
    if auth.username and "proxy-authorization" not in {name.lower() for name in headers}:
        creds = f"{unquote(auth.username)}:{unquote(auth.password or '')}"
        headers.update(urllib3.make_headers(proxy_basic_auth=creds))
    return headers or None


def is_ipv4(target: Any) -> bool:
    """Whether ``target`` is an IPv4 address, such as ``"10.0.0.1"``."""
    try:
        ipaddress.IPv4Address(target)
    except ipaddress.AddressValueError:
        return False
    return True


def in_ipv4net(target: Any, net: Any) -> bool:
    """Whether the IPv4 address ``target`` lies in the network ``net`` (``"10.0.0.0/8"``)."""
    try:
        return ipaddress.IPv4Address(target) in ipaddress.IPv4Network(net)
    except (ipaddress.AddressValueError, ipaddress.NetmaskValueError, ValueError):
        return False


def should_bypass_proxies(url: str, no_proxy: Optional[str] = None) -> bool:
    """Whether ``url`` is reached directly, given a ``NO_PROXY``-style list.

    ``*`` bypasses every host, IPv4 networks (``10.0.0.0/8``) match the
    addresses in them, and names match as in ``NO_PROXY``; a URL without a
    host is never proxied.
    """
    import urllib.request  # here, not at the top: it costs ~1.5 ms of every import of the client

    host = urlparse(url).hostname
    if not host:
        return True
    if not no_proxy:
        return False
    if no_proxy == "*":
        return True
    no_proxy = no_proxy.lower().replace(" ", "")
    if is_ipv4(host) and any(in_ipv4net(host, entry) for entry in no_proxy.split(",") if entry):
        return True
    return bool(urllib.request.proxy_bypass_environment(host, {"no": no_proxy}))  # type: ignore[attr-defined]


#: The steps of a transport's flow, each a tuple (name, arguments...) that a driver does:
#: ``(OPEN, method, url, body, headers, timeout)`` -> an answer whose body is not read, or an
#: urllib3 ``HTTPError`` thrown; ``(READ, answer)`` -> its raw body (as sent, still compressed),
#: or :class:`Broken` thrown; ``(SLEEP, seconds)``; ``(DRAIN, answer)``: release its connection.
OPEN, READ, SLEEP, DRAIN = "open", "read", "sleep", "drain"
#: a generator of steps, whose return value is the answer
Flow = Generator[Tuple[Any, ...], Any, Any]


class HeldAnswer:
    """An answer as another transport than urllib3 hands it to a flow (the asyncio one):
    what the client reads of a urllib3 response (``status``, ``reason``, ``headers``,
    ``data``, ``getheaders()``...), without building one (~14 us a call).  ``headers``
    (an ``HTTPHeaderDict``, as urllib3's) is made when first read; :meth:`header` reads
    one from the transport's own, ``parsed``.  ``release`` gives its connection back."""

    __slots__ = ("status", "reason", "version", "url", "_parsed", "_headers", "_body", "_release", "_aio")

    retries = None
    version_string = "HTTP/1.1"
    #: the transport's own answer (aiohttp's), for reading the body
    _aio: Any

    def __init__(
        self, status: int, reason: Optional[str], version: int, url: str, parsed: Any, release: Any = None
    ) -> None:
        self.status, self.reason, self.version, self.url = status, reason, version, url
        self._parsed = parsed  # a case-insensitive mapping with .get and .items() (aiohttp's CIMultiDictProxy)
        self._headers: Optional[urllib3.HTTPHeaderDict] = None
        self._body = b""
        self._release = release

    @property
    def headers(self) -> urllib3.HTTPHeaderDict:
        headers = self._headers
        if headers is None:
            headers = self._headers = urllib3.HTTPHeaderDict(list(self._parsed.items()))
        return headers

    @property
    def data(self) -> bytes:
        return self._body

    def header(self, name: str, default: Optional[str] = None) -> Optional[str]:
        value = self._parsed.get(name)
        return default if value is None else str(value)

    def getheaders(self) -> urllib3.HTTPHeaderDict:
        return self.headers

    def getheader(self, name: str, default: Optional[str] = None) -> Optional[str]:
        return self.header(name, default)

    def get_redirect_location(self) -> Any:
        """As urllib3's (its retry policy asks): the Location of a redirect, else False."""
        return self.header("Location") if self.status in REDIRECT_STATUSES else False

    def drain_conn(self) -> None:
        release, self._release = self._release, None
        if release is not None:
            release()

    release_conn = drain_conn

    def __repr__(self) -> str:
        return f"<HeldAnswer {self.status} {self.reason} {self.url}>"


def drive(flow: Flow, handlers: Mapping[str, Any], failures: Any = Exception) -> Any:
    """Run ``flow``: do each step it yields with ``handlers[name](*arguments)`` and send the
    result back in, or throw in the step's error when it is one of ``failures`` (others
    propagate as they are); the flow's return value is the result."""
    try:
        step = next(flow)
        while True:
            try:
                value = handlers[step[0]](*step[1:])
            except failures as exc:
                step = flow.throw(exc)
            else:
                step = flow.send(value)
    except StopIteration as stop:
        return stop.value


class Broken(Exception):
    """A body that broke off while read (the step ``READ``): the urllib3 error, and the bytes received."""

    def __init__(self, error: HTTPError, received: bytes) -> None:
        super().__init__(error)
        self.error, self.received = error, received


class Sending:
    """How a request is sent, without sending it: the retry policy, the timeouts, the proxy,
    and :meth:`send_flow`, the steps of one request (attempts, waits, redirects) that a
    transport does: :class:`Transport` with urllib3, the asyncio client's with aiohttp."""

    def __init__(self, configuration: Configuration) -> None:
        self.configuration = configuration
        self.retries = retry_policy(configuration)
        self.timeout = timeout_from(configuration.timeout)
        self.proxy = proxy_for(configuration, configuration.host)

    def send_flow(
        self,
        method: str,
        url: str,
        headers: Dict[str, str],
        body: Optional[bytes],
        timeout: Any,
        preload_content: bool,
        credential_headers: Collection[str],
        operation: Optional[str],
        deadline: Deadline,
    ) -> Flow:
        """What sending one request takes, as steps (``OPEN``, ``READ``, ``SLEEP``,
        ``DRAIN``) for a driver to do: the same for urllib3 (:meth:`send`) and the
        asyncio transport.

        Each exchange is tried again as the retry policy says and the deadline allows;
        with ``preload_content`` the body is read here, so that what arrived before a
        failure can be shown.  Redirects are followed (:func:`_redirect`), each with a
        fresh retry policy; credentials stay with their origin.  (One generator, not
        one per exchange: each level of generators cost every call ~1 %.)
        """
        timeout = self.timeout if timeout is None else timeout_from(timeout)
        first = url  # its origin is worked out only when a redirect comes (urlsplit costs ~2 us a call)
        hops = 0
        retries = self.retries
        where = _Where(operation, method, url)
        while True:
            started = time.perf_counter()
            deadline.attempts += 1
            error: Optional[HTTPError] = None
            received: Optional[bytes] = None
            answer: Optional[urllib3.BaseHTTPResponse] = None
            try:
                resp = yield (OPEN, method, url, body, headers, deadline.cut(timeout))
            except HTTPError as exc:
                error = exc
            else:
                if preload_content:
                    try:
                        raw = yield (READ, resp)
                    except Broken as exc:  # the body broke off: retried as a read error
                        error, received, answer = exc.error, exc.received, resp
                    else:
                        resp = _preloaded(resp, raw, method, url, operation)
            if error is not None:
                failure = _connection_error(error, operation, method, url, received=received, answer=answer)
                try:
                    retries = retries.increment(method, url, error=error, _stacktrace=error.__traceback__)
                except HTTPError:  # spent, or not to be sent again (a POST that may have arrived)
                    spent = deadline.remaining() <= _DEADLINE_SLACK
                    raise (deadline.exceeded(failure, operation, method, url) if spent else failure) from error
                wait = retries.get_backoff_time()
                if not _may_wait(wait, deadline, where, f"failed: {failure.message}"):
                    raise deadline.exceeded(failure, operation, method, url) from error
                yield (SLEEP, wait)
                continue
            if self.configuration.debug:
                logger.debug("%s -> %s (%.1f ms)", where, resp.status, (time.perf_counter() - started) * 1000)
            status = resp.status
            if (status < 400 and type(retries) is CappedRetry and status not in (retries.status_forcelist or ())) or (
                not retries.is_retry(method, status, "Retry-After" in resp.headers)
            ):  # the first test: an answer our policy never retries, without urllib3's (~2 us)
                if status not in REDIRECT_STATUSES:
                    return resp
                following = _redirect(resp, hops, self.configuration.max_redirects, method, url, headers, body)
                if following is None:
                    return resp
                yield (DRAIN, resp)
                method, url, headers, body = following
                hops += 1
                if _origin(url) != _origin(first):
                    drop = CREDENTIAL_HEADERS | {h.lower() for h in credential_headers}
                    headers = {k: v for k, v in headers.items() if k.lower() not in drop}
                retries = self.retries
                where = _Where(operation, method, url)
                continue
            try:
                following_policy = retries.increment(method, url, response=resp)
            except HTTPError:  # spent: the last answer is raised
                return resp
            what = f"answered {resp.status}"
            asked = _retry_after(following_policy, resp)
            cap = getattr(following_policy, "retry_after_cap", None)
            if asked is not None and cap is not None and asked > cap:
                logger.info(
                    "%s: %s with Retry-After %g s, more than max_retry_after (%g s): not waiting",
                    where,
                    what,
                    asked,
                    cap,
                )
                return resp
            wait = following_policy.get_backoff_time() if asked is None else asked
            if not _may_wait(wait, deadline, where, what):
                return resp
            yield (SLEEP, wait)
            yield (DRAIN, resp)
            retries = following_policy

    def attempt_flow(
        self,
        method: str,
        url: str,
        headers: Dict[str, str],
        body: Optional[bytes],
        timeout: Any,
        preload_content: bool,
        credential_headers: Collection[str],
        operation: Optional[str],
        deadline: Deadline,
    ) -> Flow:
        """The flow of one request for a client's own flows: :meth:`send_flow`, or, when a
        subclass has its own ``send``, the step ``(ATTEMPT, ...)``, which the client does with it."""
        if self._send_replaced():
            return _attempt_step(
                method, url, headers, body, timeout, preload_content, credential_headers, operation, deadline
            )
        return self.send_flow(
            method, url, headers, body, timeout, preload_content, credential_headers, operation, deadline
        )

    def _send_replaced(self) -> bool:
        return False


def _redirect(
    resp: urllib3.BaseHTTPResponse,
    hops: int,
    most: int,
    method: str,
    url: str,
    headers: Dict[str, str],
    body: Optional[bytes],
) -> Optional[Tuple[str, str, Dict[str, str], Optional[bytes]]]:
    """The request a redirect answer asks for (method, URL, headers, body), or None when it
    is not followed (no ``Location``, or ``most`` hops made already)."""
    location = resp.headers.get("Location")
    if hops >= most or not location:
        return None
    url = urljoin(url, location)
    if resp.status == 303:  # 301, 302, 307 and 308 send the same request again, as urllib3 does
        method, body = "GET", None
        headers = {k: v for k, v in headers.items() if k.lower() != "content-type"}
    return method, url, headers, body


class Transport(Sending):
    """Sends requests through one urllib3 pool (thread-safe, shared by all threads):
    :meth:`send`.  The official client's interface (``request``, ``GET``...) is
    :class:`~airflow_client.client.compat.rest.RESTClientObject`, built on this."""

    def __init__(self, configuration: Configuration, pools_size: int = 4, maxsize: Optional[int] = None) -> None:
        super().__init__(configuration)
        if maxsize is None:
            maxsize = configuration.connection_pool_maxsize or 4
        self.pool_manager = self._pool_manager(pools_size, maxsize)
        self._local = threading.local()

    def _pool_manager(self, pools_size: int, maxsize: int) -> urllib3.PoolManager:
        cfg = self.configuration
        kwargs: Dict[str, Any] = {
            "num_pools": pools_size,
            "maxsize": maxsize,
            "block": True,
            "retries": False,
        }
        if cfg.verify_ssl:
            kwargs["cert_reqs"] = "CERT_REQUIRED"
            kwargs.update(ca_settings(cfg))
        else:
            kwargs["cert_reqs"] = "CERT_NONE"
        if cfg.cert_file:
            kwargs["cert_file"] = cfg.cert_file
        if cfg.key_file:
            kwargs["key_file"] = cfg.key_file
        if cfg.assert_hostname is not None:
            kwargs["assert_hostname"] = cfg.assert_hostname
        if cfg.tls_server_name:
            kwargs["server_hostname"] = cfg.tls_server_name
        if cfg.socket_options is not None:
            kwargs["socket_options"] = cfg.socket_options
        if self.proxy:
            return urllib3.ProxyManager(self.proxy, proxy_headers=proxy_headers(cfg, self.proxy), **kwargs)
        return urllib3.PoolManager(**kwargs)

    def close(self) -> None:
        self.pool_manager.clear()

    # -- what the API classes use ------------------------------------------------------

    def send(
        self,
        method: str,
        url: str,
        headers: Dict[str, str],
        body: Optional[bytes] = None,
        *,
        timeout: Union[None, urllib3.Timeout, float, Tuple[Optional[float], Optional[float]]] = None,
        preload_content: bool = True,
        credential_headers: Collection[str] = (),
        operation: Optional[str] = None,
        deadline: Optional[Deadline] = None,
    ) -> urllib3.BaseHTTPResponse:
        """Send one request, following redirects; credentials stay with their origin.

        ``credential_headers`` names headers (besides Authorization and Cookie)
        that must not be sent to another origin.  ``deadline`` bounds every
        attempt and every wait between them (by default one of
        ``Configuration.deadline`` seconds from now).  :meth:`send_flow` decides
        what to do; this runs its steps with urllib3.
        """
        if deadline is None:
            deadline = getattr(self._local, "deadline", None) or Deadline(self.configuration.deadline)
        flow = self.send_flow(
            method, url, headers, body, timeout, preload_content, credential_headers, operation, deadline
        )
        return drive(flow, self.handlers, _FAILURES)  # type: ignore[no-any-return]

    @property
    def handlers(self) -> Dict[str, Any]:
        """What each step of a transport's flow is, done with urllib3 (built once per transport)."""
        handlers = self.__dict__.get("_urllib3_handlers")
        if handlers is None:
            handlers = self.__dict__["_urllib3_handlers"] = {
                OPEN: self._open,
                READ: _read_body,
                SLEEP: _sleep,
                DRAIN: _drain,
            }
        return handlers

    def _send_replaced(self) -> bool:
        """Whether a subclass has its own :meth:`send` (which the client then calls)."""
        return type(self).send is not Transport.send

    def _open(
        self, method: str, url: str, body: Optional[bytes], headers: Dict[str, str], timeout: Any
    ) -> urllib3.BaseHTTPResponse:
        """The step ``OPEN``: send the request, the answer's body not read yet."""
        pool = self.pool_manager
        # urlopen() (request() costs 2-5 us more: it only adds what is not asked for
        # here), unless a test replaced request(), which the official client calls
        # (``mock.patch("urllib3.PoolManager.request")``, a MagicMock pool manager)
        send = (
            pool.urlopen if isinstance(pool, urllib3.PoolManager) and type(pool).request is _REQUEST else pool.request
        )
        resp = send(
            method,
            url,
            body=body,
            headers=headers,
            timeout=timeout,
            retries=False,
            redirect=False,
            preload_content=False,
        )
        if not isinstance(resp, urllib3.BaseHTTPResponse):
            resp = _from_stand_in(resp, method, url)
        return resp


#: ``(ATTEMPT, method, url, headers, body, timeout, preload, credential headers, operation,
#: deadline)``: the request sent whole by the transport's ``send`` (one a subclass replaced)
ATTEMPT = "attempt"


def _attempt_step(*arguments: Any) -> Flow:
    return (yield (ATTEMPT, *arguments))


#: the failures of a transport's step that its flow handles
_FAILURES = (HTTPError, Broken)


def _read_body(resp: urllib3.BaseHTTPResponse) -> bytes:
    """The step ``READ`` with urllib3."""
    chunks: List[bytes] = []
    try:
        _read_raw(resp, chunks)
    except HTTPError as exc:
        raise Broken(exc, b"".join(chunks)) from exc
    return b"".join(chunks)


def _drain(resp: Any) -> None:
    resp.drain_conn()


def _sleep(seconds: float) -> None:
    time.sleep(seconds)  # looked up when called: a test may replace time.sleep


class _Where:
    """What an exchange's log lines name (``get_dag /api/v1/dags/x``), worked out only
    when one is written: redacting the URL cost every call ~1.5 us."""

    __slots__ = ("operation", "method", "url")

    def __init__(self, operation: Optional[str], method: str, url: str) -> None:
        self.operation, self.method, self.url = operation, method, url

    def __str__(self) -> str:
        return f"{self.operation or self.method} {redact_url(self.url.partition('?')[0])}"


#: How close to its end a deadline counts as spent (timers are not exact).
_DEADLINE_SLACK = 0.01


def _retry_after(policy: Retry, resp: urllib3.BaseHTTPResponse) -> Optional[float]:
    """The wait the answer's ``Retry-After`` asks for, if the policy honours it; None
    for the backoff (none given, 0, or one that cannot be read)."""
    if not policy.respect_retry_after_header:
        return None
    try:
        return policy.get_retry_after(resp) or None
    except InvalidHeader:  # a user's urllib3.Retry that cannot read it
        return None


def _may_wait(wait: float, deadline: Deadline, where: object, what: str) -> bool:
    """Whether to wait ``wait`` seconds before the next attempt (the flow's ``SLEEP``), said
    at INFO; False when that would pass the deadline."""
    left = deadline.remaining()
    if wait >= left - _DEADLINE_SLACK:
        logger.info(
            "%s: attempt %d %s; a wait of %.2f s would pass the deadline (%.2f s left): giving up",
            where,
            deadline.attempts,
            what,
            wait,
            max(0.0, left),
        )
        return False
    logger.info(
        "%s: attempt %d %s; trying again in %.2f s",
        where,
        deadline.attempts,
        what,
        wait,
        extra={"attempt": deadline.attempts, "wait": wait},
    )
    return True


def read_whole(
    resp: urllib3.BaseHTTPResponse, method: str, url: str, operation: Optional[str] = None
) -> urllib3.BaseHTTPResponse:
    """An answer not read yet (``_preload_content=False``), read whole as
    :meth:`RESTClientObject.send` reads the others: for the exception of an
    error status, which carries the body."""
    chunks: List[bytes] = []
    try:
        _read_raw(resp, chunks)
    except HTTPError as exc:
        raise _connection_error(exc, operation, method, url, received=b"".join(chunks), answer=resp) from exc
    whole: urllib3.BaseHTTPResponse = _preloaded(resp, b"".join(chunks), method, url, operation)
    return whole


_REQUEST = urllib3.PoolManager.request


def _from_stand_in(resp: Any, method: str, url: str) -> urllib3.HTTPResponse:
    """A response a test's mock returned instead of urllib3's (``Mock(status=404,
    data=b"...", getheaders=...)``), as one: the official client reads only its
    ``status``, ``reason``, ``data`` and headers."""
    data = resp.data
    headers = resp.getheaders() if callable(getattr(resp, "getheaders", None)) else getattr(resp, "headers", None)
    return urllib3.HTTPResponse(
        body=io.BytesIO(data if isinstance(data, bytes) else str(data or "").encode("utf-8")),
        headers=dict(headers) if isinstance(headers, Mapping) else None,
        status=int(resp.status),
        reason=resp.reason if isinstance(getattr(resp, "reason", None), str) else None,
        preload_content=False,
        request_method=method,
        request_url=url,
    )


def _read_raw(resp: urllib3.BaseHTTPResponse, chunks: List[bytes]) -> None:
    """Read the body as sent (still compressed) into ``chunks``, so that a failure
    can quote its first bytes.

    ``read1`` (urllib3 2.3+) first takes what has arrived without waiting for
    more (all of a small body, and the connection is released then), unless
    the body is larger than ``READ_CHUNK``; the rest
    comes in one ``read``, which keeps nothing of a chunk that breaks off but
    costs one call where a loop of ``read1`` would cost one per packet.  A
    truncated body's last bytes are recovered from ``http.client.IncompleteRead``.
    """
    if getattr(resp, "_fp", True) is None and isinstance(getattr(resp, "_body", None), bytes):
        # a response built with its body already in it (a test's ``HTTPResponse(body=b"...")``)
        chunks.append(resp._body)  # type: ignore[attr-defined]
        return
    read1 = getattr(resp, "read1", None)
    remaining = resp.length_remaining
    # Not for a large body of known length: read1 then read made the whole call ~15 % slower
    # for 11 MB in bench/ (10,000 task instances), so there a reset mid-body quotes nothing.
    if read1 is not None and (remaining is None or remaining <= READ_CHUNK):
        first = read1(READ_CHUNK, decode_content=False)
        if not first:
            return
        chunks.append(first)
        if resp.length_remaining == 0:
            return
    try:
        rest = resp.read(decode_content=False)
    except ProtocolError as exc:
        cause = exc.args[1] if len(exc.args) > 1 else None
        if isinstance(cause, http.client.IncompleteRead) and isinstance(cause.partial, bytes) and cause.partial:
            chunks.append(cause.partial)
        raise
    if rest:
        chunks.append(rest)


def _preloaded(resp: Any, raw: bytes, method: str, url: str, operation: Optional[str]) -> Any:
    """``resp`` with its whole body read, decoded as its ``Content-Encoding`` says.

    A successful answer whose body does not decode (a corrupt gzip stream, say)
    raises :class:`ResponseDecodeError` quoting the bytes received; an error
    answer keeps them undecoded, as its status is what matters.
    """
    if type(resp) is HeldAnswer:
        if not resp.header("Content-Encoding"):
            resp._body = raw
            return resp
    elif isinstance(resp, urllib3.HTTPResponse) and not resp.headers.get("Content-Encoding"):
        # Nothing to decode: keep the body where read(cache_content=True) would
        # have, so .data answers it (a new response would cost ~15 us a call).
        resp._body = raw
        return resp
    try:
        return holding(resp, raw, method, decode=True)
    except DecodeError as exc:
        if resp.status >= 300:
            return holding(resp, raw, method, decode=False)
        encoding = resp.headers.get("Content-Encoding", "")
        cause = exc.args[1] if len(exc.args) > 1 else exc
        raise ResponseDecodeError.from_response(
            resp,
            method=method,
            url=url,
            operation=operation,
            body=raw,
            message=f"{operation or 'response'}: the body is sent with Content-Encoding {encoding!r} but does "
            f"not decode ({cause}); first bytes: {preview(raw, 200)!r}",
        ) from exc


def holding(
    resp: urllib3.BaseHTTPResponse,
    raw: bytes,
    method: str,
    *,
    decode: bool,
    preload: bool = True,
    headers: Optional[Mapping[str, str]] = None,
    status: Optional[int] = None,
) -> urllib3.HTTPResponse:
    """A response like ``resp`` whose body is ``raw``, read (and decoded) already, or
    left to read (``preload=False``); ``headers`` and ``status`` instead of ``resp``'s."""
    held = urllib3.HTTPResponse(
        body=io.BytesIO(raw),
        headers=resp.headers if headers is None else headers,
        status=resp.status if status is None else status,
        version=resp.version,
        reason=resp.reason if status is None else HTTPStatus(status).phrase,
        preload_content=preload,
        decode_content=decode,
        enforce_content_length=False,
        request_method=method,
        request_url=resp.url,
        retries=resp.retries,
    )
    version_string = getattr(resp, "version_string", None)  # not in every urllib3 2.x
    if version_string is not None:
        held.version_string = version_string
    return held


def _origin(url: str) -> Tuple[str, str, Optional[int]]:
    parts = urlsplit(url)
    default = 443 if parts.scheme == "https" else 80
    return parts.scheme, (parts.hostname or "").lower(), parts.port or default


def _connection_error(
    exc: BaseException,
    operation: Optional[str],
    method: str,
    url: str,
    *,
    received: Optional[bytes] = None,
    answer: Optional[urllib3.BaseHTTPResponse] = None,
) -> ApiConnectionError:
    """Our exception for a urllib3 failure, saying what happened in words.

    ``answer`` is a response whose body broke off, ``received`` the first
    bytes of that body which had arrived.
    """
    status = answer.status if answer is not None else None
    kwargs: Dict[str, Any] = {
        "operation": operation,
        "method": method,
        "url": url,
        "received": received,
        "status": status,
        "reason": exc if isinstance(exc, Exception) else None,
    }
    during = ""
    if answer is not None:
        length = answer.headers.get("Content-Length", "")
        of = f" of {length}" if length.isdigit() else ""
        during = f" while reading the body of a {status} answer ({len(received or b'')}{of} bytes received)"
    if isinstance(exc, SSLError):
        return ApiConnectionError(f"TLS failed{during}: {exc}", **kwargs)
    if isinstance(exc, ProxyError):
        return ApiConnectionError(f"The proxy failed: {exc}", **kwargs)
    # urllib3's NewConnectionError (refused, unreachable...) is a ConnectTimeoutError.
    timed_out = isinstance(exc, ReadTimeoutError) or "timed out" in str(exc).lower()
    if timed_out or (isinstance(exc, ConnectTimeoutError) and not isinstance(exc, NewConnectionError)):
        phase = "connect" if isinstance(exc, ConnectTimeoutError) else "answer"
        return ApiTimeoutError(f"The server did not {phase} in time{during} ({exc})", **kwargs)
    if isinstance(exc, NewConnectionError):
        return ApiConnectionError(f"Could not connect: {exc}", **kwargs)
    if isinstance(exc, ProtocolError):
        return ApiConnectionError(
            f"The connection broke during the exchange{during}: {_protocol_detail(exc)}", **kwargs
        )
    return ApiConnectionError(f"The request failed{during}: {exc}", **kwargs)


def _protocol_detail(exc: ProtocolError) -> str:
    """``Connection aborted: ConnectionResetError(...)`` rather than urllib3's
    ``('Connection aborted.', ConnectionResetError(...))``."""
    if len(exc.args) == 2 and isinstance(exc.args[0], str) and isinstance(exc.args[1], BaseException):
        message, cause = exc.args
        if isinstance(cause, http.client.IncompleteRead):  # its counts are of the last read only
            return "the connection was closed before the end of the body"
        shown = repr(cause)
        return message if shown in message else f"{message.rstrip('.')}: {shown}"
    return str(exc)


__all__ = [
    "ATTEMPT",
    "Broken",
    "HeldAnswer",
    "drive",
    "Sending",
    "DRAIN",
    "Deadline",
    "Flow",
    "OPEN",
    "READ",
    "SLEEP",
    "Transport",
    "in_ipv4net",
    "is_ipv4",
    "logger",
    "proxy_headers",
    "read_whole",
    "holding",
    "should_bypass_proxies",
]
