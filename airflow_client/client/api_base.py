"""The base of the generated API classes, and the per-call options they accept."""

from __future__ import annotations

from typing import Any, Dict, Optional, Tuple, Union

from typing_extensions import TypedDict

from airflow_client.client.api_client import ApiClient


class RequestOptions(TypedDict, total=False):
    """Per-call options, named as in the official client.

    * ``_request_timeout``: seconds, or a ``(connect, read)`` pair, for this call.
    * ``_headers``: extra headers for this call.
    * ``_preload_content``: ``False`` returns the raw ``urllib3`` response unread.
    * ``_return_http_data_only``: ``False`` returns ``(data, status, headers)``.
    * ``_check_input_type``: ``False`` sends parameters and bodies unchecked.
    * ``_check_return_type``: accepted; responses are always parsed leniently
      unless ``Configuration.strict_responses`` is set.
    * ``_accept``: ``"text/plain"`` asks the operations that can answer text
      (``get_log``, ``get_config``, ``get_value``, ``get_dag_source``) for it,
      and they then return a ``str``.
    * ``async_req``: ``True`` returns an :class:`AsyncResult` at once; its
      ``get()`` gives the result.
    """

    _request_timeout: Union[None, float, Tuple[Optional[float], Optional[float]]]
    _headers: Dict[str, str]
    _preload_content: bool
    _return_http_data_only: bool
    _check_input_type: bool
    _check_return_type: bool
    _accept: str
    _content_type: str
    _host_index: Optional[int]
    _spec_property_naming: bool
    async_req: bool


class Api:
    """An API class bound to an :class:`ApiClient` (the default one if none is given)."""

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient.get_default()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.api_client!r})"


__all__ = ["Api", "RequestOptions", "ApiClient", "Any"]
