"""The asyncio client: :class:`AsyncApiClient`, the blocking client's calls awaited.

It runs the same flows as :class:`~airflow_client.client.pipeline.Pipeline` (preparing a
call, the Airflow 3 detection, login and translation, credentials asked again after a
401, retries, the deadline, redirects, reading the answer into a model), doing their
steps awaited, on aiohttp (:mod:`airflow_client.client.transport.aio`).  Only the
steps differ; the decisions are the same code.
"""

from __future__ import annotations

import asyncio
import inspect
from typing import Any, Awaitable, Callable, Dict, Mapping, Optional, Tuple

from airflow_client.client.configuration import Configuration
from airflow_client.client.core.operation import Operation
from airflow_client.client.core.options import CallOptions
from airflow_client.client.exceptions import ApiTypeError, ApiValueError
from airflow_client.client.pipeline import HOP, WHOLE, Flows
from airflow_client.client.transport import rest
from airflow_client.client.transport.aio import AsyncTransport, drive_async, release
from airflow_client.client.transport.auth import BEARER, DRAIN
from airflow_client.client.transport.rest import Flow


class AsyncApiClient(Flows):
    """A connection to one Airflow for asyncio programs: give it to the awaitable API
    classes (``airflow_client.client.aio.api``), ``await DAGApi(client).get_dag("etl")``.

    Use it as an async context manager, or call :meth:`close`: that closes its
    connections.  One client serves any number of concurrent calls in one event loop
    (at most ``Configuration.connection_pool_maxsize`` connections open at a time).  The
    ``access_token`` of its configuration may be a str, a function, or an ``async``
    function; a :class:`~airflow_client.client.Configuration` may be shared with a
    blocking :class:`~airflow_client.client.ApiClient`.
    """

    transport_class = AsyncTransport

    def __init__(
        self,
        configuration: Optional[Configuration] = None,
        header_name: Optional[str] = None,
        header_value: Optional[str] = None,
        cookie: Optional[str] = None,
    ) -> None:
        super().__init__(configuration, header_name, header_value, cookie)
        self._transport: Optional[AsyncTransport] = None
        self._token_lock: Optional[Tuple[asyncio.AbstractEventLoop, asyncio.Lock]] = None
        #: (the transport, what each step is with it), for :meth:`_drive_async`
        self._steps_for: Optional[Tuple[AsyncTransport, Dict[str, Callable[..., Awaitable[Any]]]]] = None

    async def __aenter__(self) -> "AsyncApiClient":
        return self

    async def __aexit__(self, exc_type: Any, exc_value: Any, traceback: Any) -> None:
        await self.close()

    async def close(self) -> None:
        """Close the connections.  The client may be used again afterwards (it opens new ones)."""
        transport, self._transport = self._transport, None
        if transport is not None:
            await transport.close()

    @property
    def rest_client(self) -> AsyncTransport:
        """The transport, made from the configuration on first use."""
        transport = self._transport
        if transport is None:
            transport = self._transport = self.transport_class(self.configuration)
        return transport

    async def call(self, op: Operation, options: Mapping[str, Any], /, **params: Any) -> Any:
        """Run ``op`` with the caller's parameters and per-call options, awaited."""
        opts = CallOptions.read(op.name, options)
        if opts.async_req:
            raise ApiValueError(f"{op.name}: async_req runs a call in a thread; with AsyncApiClient, await the call")
        return await drive_async(self._invoke_flow(op, opts, params), self._steps())

    async def _drive_async(self, flow: Flow) -> Any:
        """Run ``flow``, awaiting each step it yields."""
        return await drive_async(flow, self._steps())

    def _steps(self) -> Dict[str, Callable[..., Awaitable[Any]]]:
        """What each step of a flow is: the transport's with aiohttp, the client's own
        (``BEARER``...) here; made again only for another transport."""
        transport = self.rest_client
        held = self._steps_for
        if held is None or held[0] is not transport:
            steps: Dict[str, Callable[..., Awaitable[Any]]] = {
                **transport.handlers,
                HOP: _no_hop,
                BEARER: self._bearer_async,
                WHOLE: _whole,
                DRAIN: release,
            }
            held = self._steps_for = (transport, steps)
        return held[1]

    # -- the steps -------------------------------------------------------------------

    async def _bearer_async(self, stale: Optional[str], jwt: bool) -> Optional[str]:
        """The ``Authorization`` value of ``access_token`` (a str, a function or an async
        function) or of the JWT for ``username``/``password``: asked by one call at a time,
        and again only when the server refused ``stale``."""
        cfg = self.configuration
        credentials = self._credentials
        source = cfg.access_token
        lock = self._token_lock
        loop = asyncio.get_running_loop()
        if lock is None or lock[0] is not loop:  # an asyncio lock serves one loop
            lock = self._token_lock = (loop, asyncio.Lock())
        async with lock[1]:
            if jwt and not source:
                if credentials.due(True, stale):
                    return credentials.keep(True, await self._drive_async(self._login_flow()))
                return credentials.held(True)
            if not callable(source):
                return f"Bearer {source}" if source else None
            if credentials.due(False, stale):
                token = source()
                if inspect.isawaitable(token):
                    token = await token
                return credentials.keep(False, token)
            return credentials.held(False)


async def _no_hop(*_: Any) -> Any:
    raise ApiTypeError("AsyncApiClient sends through its own transport: the official request chain is not there")


async def _whole(resp: Any, method: str, url: str, operation: Optional[str]) -> Any:
    return rest.read_whole(resp, method, url, operation)  # held in memory already: no I/O


__all__ = ["AsyncApiClient"]
