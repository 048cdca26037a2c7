"""The base of the generated API classes, and the per-call options they accept."""

from __future__ import annotations

from typing import Any, Mapping, Optional

from airflow_client.client.api_client import ApiClient, RequestOptions, via_call_api
from airflow_client.client.core.operation import Operation

_CALL = ApiClient.call


class Api:
    """An API class bound to an :class:`ApiClient` (the default one if none is given)."""

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient.get_default()

    def _call(self, op: Operation, options: Mapping[str, Any], /, **params: Any) -> Any:
        """Run ``op`` on :attr:`api_client`; one that is no :class:`ApiClient` (a test's
        ``MagicMock``, ``mock.patch("airflow_client.client.ApiClient")``) is given the
        ``call_api`` call the official API classes make."""
        client = self.api_client
        if getattr(type(client), "call", None) is _CALL:
            return client.call(op, options, **params)
        return via_call_api(client, op, options, params)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.api_client!r})"


__all__ = ["Api", "RequestOptions", "ApiClient", "Any"]
