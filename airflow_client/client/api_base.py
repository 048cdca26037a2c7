"""The base of the generated API classes, and the per-call options they accept."""

from __future__ import annotations

from typing import Any, Optional

from airflow_client.client.api_client import ApiClient, RequestOptions


class Api:
    """An API class bound to an :class:`ApiClient` (the default one if none is given)."""

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient.get_default()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.api_client!r})"


__all__ = ["Api", "RequestOptions", "ApiClient", "Any"]
