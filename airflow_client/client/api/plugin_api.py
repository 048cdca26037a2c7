# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""PluginApi: the operations tagged ``Plugin``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from typing_extensions import Unpack

from airflow_client.client.api_base import Api, RequestOptions
from airflow_client.client.api_client import ApiClient  # noqa: F401 - the official module holds it too
from airflow_client.client.core.operation import INT, Operation
from airflow_client.client.lazy import OFFICIAL_API_MODULE_NAMES, lazy_names

if TYPE_CHECKING:
    from airflow_client.client.model.plugin_collection import PluginCollection

__all__ = ["PluginApi"]

#: What the official client's module holds besides the class: the models its
#: operations send and answer, and helpers; each imported on first use.
__getattr__, __dir__ = lazy_names(
    __name__,
    OFFICIAL_API_MODULE_NAMES,
    {
        "Error": "airflow_client.client.model.error",
        "PluginCollection": "airflow_client.client.model.plugin_collection",
    },
)

_GET_PLUGINS = Operation(
    "get_plugins",
    "GET",
    "/plugins",
    query={"limit": INT, "offset": INT.at_least(0)},
    response="PluginCollection",
    since="2.1.0",
)


class PluginApi(Api):
    """Operations tagged ``Plugin``; methods are named after the spec's operationIds."""

    def get_plugins(
        self,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> PluginCollection:
        """Get a list of loaded plugins.

        Get a list of loaded plugins.

        *New in version 2.1.0*

        ``GET /plugins``

        :param limit: The numbers of items to return. (the server's default: ``100``)
        :param offset: The number of items to skip before starting to collect the result set.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``PluginCollection``: Success
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        :raises OperationNotSupportedError: the server's Airflow is older than 2.1.0 (a NotFoundException)
        """
        return self._call(_GET_PLUGINS, kwargs, limit=limit, offset=offset)
