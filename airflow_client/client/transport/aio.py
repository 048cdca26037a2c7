"""The asyncio transport: the steps of :meth:`Sending.send_flow` done with aiohttp.

What to send, when to try again, how long to wait, where a redirect goes and which
headers it may take along are decided by the same flow as for urllib3
(:class:`~airflow_client.client.transport.rest.Sending`); this module only opens the
connection, reads the body, sleeps and releases, awaited.  aiohttp's failures become
urllib3's exceptions first, so that the retry policy and the errors a caller sees
(:class:`~airflow_client.client.exceptions.ApiConnectionError`, ``ApiTimeoutError``...)
are the same as with the blocking client.

aiohttp is an optional dependency (``pip install apache-airflow-client[async]``):
importing this module imports it; ``import airflow_client.client`` does not.
"""

from __future__ import annotations

import asyncio
import http.client
import ssl
from typing import Any, Awaitable, Callable, Dict, Mapping, Optional, Tuple

import urllib3
from urllib3.exceptions import (
    ConnectTimeoutError,
    NewConnectionError,
    ProtocolError,
    ProxyError,
    ReadTimeoutError,
    SSLError,
)

from airflow_client.client.configuration import Configuration
from airflow_client.client.transport.rest import (
    DRAIN,
    OPEN,
    READ,
    SLEEP,
    Broken,
    Deadline,
    Flow,
    HeldAnswer,
    Sending,
    ca_settings,
    holding,
    proxy_headers,
)

try:
    import aiohttp
except ImportError as exc:  # pragma: no cover - the extra not installed
    raise ImportError("the asyncio client needs aiohttp: pip install 'apache-airflow-client[async]'") from exc

#: the failures of a step that the flow handles
_FAILURES = (urllib3.exceptions.HTTPError, Broken)
#: aiohttp adds these unless told not to; the blocking client sends none of them by itself
_SKIPPED = ("Accept-Encoding", "User-Agent", "Accept")


class AsyncTransport(Sending):
    """Sends requests through one aiohttp session (one event loop), at most
    ``Configuration.connection_pool_maxsize`` connections open at a time."""

    def __init__(self, configuration: Configuration, maxsize: Optional[int] = None) -> None:
        super().__init__(configuration)
        self.maxsize = maxsize if maxsize is not None else (configuration.connection_pool_maxsize or 4)
        self._session: Optional[aiohttp.ClientSession] = None
        self._ssl = ssl_context(configuration)
        self._proxy_headers = proxy_headers(configuration, self.proxy) if self.proxy else None
        self._held_timeout: Optional[Tuple[Any, aiohttp.ClientTimeout]] = None
        self._loop: Optional[asyncio.AbstractEventLoop] = None
        #: what each step of a transport's flow is, awaited
        self.handlers: Dict[str, Callable[..., Awaitable[Any]]] = {
            OPEN: self._open,
            READ: _read_body,
            SLEEP: asyncio.sleep,
            DRAIN: release,
        }

    def session(self) -> aiohttp.ClientSession:
        """The session, made on first use in the running event loop (and again in another
        loop: a session serves only the loop it was made in, as a program that calls
        ``asyncio.run`` twice with one client needs)."""
        session = self._session
        loop = asyncio.get_running_loop()
        if session is None or session.closed or self._loop is not loop:
            self._loop = loop
            connector = aiohttp.TCPConnector(limit=self.maxsize, ssl=self._ssl)
            session = self._session = aiohttp.ClientSession(
                connector=connector,
                auto_decompress=False,  # the flow decodes, as for urllib3 (and quotes a body that does not)
                cookie_jar=aiohttp.DummyCookieJar(),  # no cookie is kept between calls, as with urllib3
                skip_auto_headers=_SKIPPED,
                # what http.client sends for the blocking client, unless the request says otherwise
                headers={"Accept-Encoding": "identity"},
                trust_env=False,  # the proxy was chosen from the configuration (Sending.proxy)
            )
        return session

    def _timeout(self, timeout: Any) -> aiohttp.ClientTimeout:
        """:func:`_timeout`, kept for the last ``timeout`` (the same object call after call
        while the deadline does not cut it)."""
        held = self._held_timeout
        if held is None or held[0] is not timeout:
            held = self._held_timeout = (timeout, _timeout(timeout))
        return held[1]

    async def close(self) -> None:
        session, self._session = self._session, None
        if session is not None and not session.closed:
            await session.close()

    async def send(
        self,
        method: str,
        url: str,
        headers: Dict[str, str],
        body: Optional[bytes] = None,
        *,
        timeout: Any = None,
        preload_content: bool = True,
        credential_headers: Any = (),
        operation: Optional[str] = None,
        deadline: Optional[Deadline] = None,
    ) -> urllib3.BaseHTTPResponse:
        """One request, as :meth:`Transport.send <.rest.Transport.send>` sends it; the answer is
        a urllib3 response holding the body (not read yet when ``preload_content`` is False)."""
        if deadline is None:
            deadline = Deadline(self.configuration.deadline)
        flow = self.attempt_flow(
            method, url, headers, body, timeout, preload_content, credential_headers, operation, deadline
        )
        resp: urllib3.BaseHTTPResponse = await self.run(flow)
        return resp

    def attempt_flow(
        self,
        method: str,
        url: str,
        headers: Dict[str, str],
        body: Optional[bytes],
        timeout: Any,
        preload_content: bool,
        credential_headers: Any,
        operation: Optional[str],
        deadline: Deadline,
    ) -> Flow:
        """:meth:`send_flow`, the body always read (without ``preload_content``, the
        answer is handed over as one not read yet, holding it)."""
        resp = yield from self.send_flow(
            method, url, headers, body, timeout, True, credential_headers, operation, deadline
        )
        if not preload_content:
            return holding(resp, resp.data, method, decode=False, preload=False)
        return resp

    async def run(self, flow: Flow) -> Any:
        """Do the steps of a transport's ``flow``, awaited."""
        return await drive_async(flow, self.handlers, _FAILURES)

    async def _open(
        self, method: str, url: str, body: Optional[bytes], headers: Dict[str, str], timeout: Any
    ) -> HeldAnswer:
        """The step ``OPEN``: the request sent, the answer's status and headers read; its
        body is read by ``READ``, or released by ``DRAIN``."""
        cfg = self.configuration
        try:
            resp = await self.session().request(
                method,
                url,
                data=body,
                headers=headers,
                timeout=self._timeout(timeout),
                allow_redirects=False,
                proxy=self.proxy,
                proxy_headers=self._proxy_headers,
                server_hostname=cfg.tls_server_name or None,
            )
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - aiohttp's and the socket's, as urllib3's
            raise _as_urllib3(exc, url, connecting=True) from exc
        version = resp.version
        answer = HeldAnswer(
            resp.status,
            resp.reason,
            version.major * 10 + version.minor if version else 11,
            url,
            resp.headers,
            resp.release,
        )
        answer._aio = resp
        return answer


async def _read_body(resp: HeldAnswer) -> bytes:
    """The step ``READ``: the whole body as sent (still compressed); a body that breaks off
    raises :class:`Broken` with what arrived."""
    aio = resp._aio
    chunks = []
    content = aio.content
    try:
        chunk = await content.readany()
        while chunk:
            chunks.append(chunk)
            chunk = await content.readany()
    except asyncio.CancelledError:
        aio.close()
        raise
    except Exception as exc:  # noqa: BLE001 - as urllib3's
        aio.close()
        received = b"".join(chunks)
        raise Broken(_as_urllib3(exc, str(aio.url), connecting=False, received=received), received) from exc
    aio.release()
    return b"".join(chunks)


async def drive_async(flow: Flow, handlers: Mapping[str, Any], failures: Any = Exception) -> Any:
    """:func:`~.rest.drive`, each step's handler awaited."""
    try:
        step = next(flow)
        while True:
            try:
                value = await handlers[step[0]](*step[1:])
            except failures as exc:
                step = flow.throw(exc)
            else:
                step = flow.send(value)
    except StopIteration as stop:
        return stop.value


async def release(resp: Any) -> None:
    """The step ``DRAIN``: the connection of an answer whose body is not wanted goes back to the pool."""
    aio = getattr(resp, "_aio", None)
    if aio is not None:
        aio.release()


def _timeout(timeout: Any) -> aiohttp.ClientTimeout:
    """urllib3's ``Timeout`` (as the flow cut it to the deadline) in aiohttp's terms: its
    connect, read and total times as given (its properties would need a started timer)."""
    if timeout is None:
        return aiohttp.ClientTimeout(total=None)
    total, connect, read = timeout.total, timeout._connect, timeout._read
    number = (int, float)
    return aiohttp.ClientTimeout(
        total=total if isinstance(total, number) else None,
        sock_connect=connect if isinstance(connect, number) else None,
        sock_read=read if isinstance(read, number) else None,
    )


def _as_urllib3(
    exc: BaseException, url: str, *, connecting: bool, received: bytes = b""
) -> urllib3.exceptions.HTTPError:
    """aiohttp's (or the socket's) failure as the urllib3 exception of the same failure,
    for the retry policy and the messages of the blocking client."""
    text = str(exc) or type(exc).__name__
    if isinstance(exc, aiohttp.ClientProxyConnectionError):
        return ProxyError(f"Unable to connect to proxy: {text}", exc)
    if isinstance(exc, (aiohttp.ClientSSLError, ssl.SSLError)):
        return SSLError(text)
    connect_timeout = getattr(aiohttp, "ConnectionTimeoutError", None)
    if connect_timeout is not None and isinstance(exc, connect_timeout):
        return ConnectTimeoutError(None, f"Connection to {url} timed out. ({text})")
    if isinstance(exc, (asyncio.TimeoutError, aiohttp.ServerTimeoutError)):
        if connecting and not isinstance(exc, aiohttp.ServerTimeoutError):
            return ConnectTimeoutError(None, f"Connection to {url} timed out.")
        return ReadTimeoutError(None, url, "Read timed out.")  # type: ignore[arg-type]
    if isinstance(exc, aiohttp.ClientConnectorError):
        return NewConnectionError(None, f"Failed to establish a new connection: {text}")  # type: ignore[arg-type]
    if isinstance(exc, aiohttp.ClientPayloadError):
        return ProtocolError("Connection broken.", http.client.IncompleteRead(received))
    if isinstance(exc, (aiohttp.ServerDisconnectedError, ConnectionError, aiohttp.ClientOSError)):
        return ProtocolError("Connection aborted.", exc)
    return ProtocolError(f"Connection failed: {text}", exc)


def ssl_context(cfg: Configuration) -> Any:
    """The TLS settings of the configuration (``verify_ssl``, ``ssl_ca_cert``, the
    environment's bundle, ``cert_file``/``key_file``, ``assert_hostname``) as an
    ``ssl.SSLContext``, as urllib3 builds them for the blocking client."""
    if not cfg.verify_ssl:
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    else:
        cas = ca_settings(cfg)
        context = ssl.create_default_context(cafile=cas.get("ca_certs"), capath=cas.get("ca_cert_dir"))
        if cfg.assert_hostname is False:
            context.check_hostname = False
    if cfg.cert_file:
        context.load_cert_chain(cfg.cert_file, cfg.key_file)
    return context


__all__ = ["AsyncTransport", "drive_async", "release", "ssl_context"]
