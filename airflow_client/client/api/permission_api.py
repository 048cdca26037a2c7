# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""PermissionApi: the operations tagged ``Permission``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from typing_extensions import Unpack

from airflow_client.client.api_base import Api, RequestOptions
from airflow_client.client.api_client import ApiClient  # noqa: F401 - the official module holds it too
from airflow_client.client.core.operation import INT, Operation
from airflow_client.client.lazy import OFFICIAL_API_MODULE_NAMES, lazy_names

if TYPE_CHECKING:
    from airflow_client.client.model.action_collection import ActionCollection

__all__ = ["PermissionApi"]

#: What the official client's module holds besides the class: the models its
#: operations send and answer, and helpers; each imported on first use.
__getattr__, __dir__ = lazy_names(
    __name__,
    OFFICIAL_API_MODULE_NAMES,
    {
        "ActionCollection": "airflow_client.client.model.action_collection",
        "Error": "airflow_client.client.model.error",
    },
)

_GET_PERMISSIONS = Operation(
    "get_permissions",
    "GET",
    "/permissions",
    query={"limit": INT, "offset": INT.at_least(0)},
    response="ActionCollection",
)


class PermissionApi(Api):
    """Operations tagged ``Permission``; methods are named after the spec's operationIds."""

    def get_permissions(
        self,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> ActionCollection:
        """List permissions.

        Get a list of permissions.

        *This API endpoint is deprecated, please use the endpoint `/auth/fab/v1` for this operation instead.*

        ``GET /permissions``

        :param limit: The numbers of items to return. (the server's default: ``100``)
        :param offset: The number of items to skip before starting to collect the result set.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``ActionCollection``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        """
        return self._call(_GET_PERMISSIONS, kwargs, limit=limit, offset=offset)
