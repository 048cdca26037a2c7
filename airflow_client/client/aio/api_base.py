"""The base of the generated awaitable API classes (``airflow_client.client.aio.api``), and the
per-call options they accept (the sync ones: the same ``RequestOptions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Awaitable, Mapping

from airflow_client.client.api_base import RequestOptions
from airflow_client.client.core.operation import Operation

if TYPE_CHECKING:
    from airflow_client.client.aio.client import AsyncApiClient


class AsyncApi:
    """An API class bound to an :class:`AsyncApiClient` (required: there is no default async client)."""

    def __init__(self, api_client: AsyncApiClient) -> None:
        self.api_client = api_client

    def _call(self, op: Operation, options: Mapping[str, Any], /, **params: Any) -> Awaitable[Any]:
        """Run ``op`` on :attr:`api_client`: the coroutine of its ``call``, for the method to await."""
        return self.api_client.call(op, options, **params)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.api_client!r})"


__all__ = ["AsyncApi", "RequestOptions"]
