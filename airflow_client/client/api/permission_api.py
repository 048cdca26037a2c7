# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""PermissionApi: the operations tagged ``Permission``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from typing_extensions import Unpack

from airflow_client.client.api_base import Api, RequestOptions
from airflow_client.client.operation import Operation

if TYPE_CHECKING:
    from airflow_client.client.model.action_collection import ActionCollection

__all__ = ["PermissionApi"]

_GET_PERMISSIONS = Operation(
    "get_permissions", "GET", "/permissions", query={"limit": "int", "offset": "int"}, response="ActionCollection"
)


class PermissionApi(Api):
    """Operations tagged ``Permission``; methods are named after the spec's operationIds."""

    def get_permissions(
        self, *, limit: Optional[int] = None, offset: Optional[int] = None, **kwargs: Unpack[RequestOptions]
    ) -> ActionCollection:
        """List permissions.

        ``GET /permissions``

        :param limit: ``int``
        :param offset: ``int``
        :returns: ``ActionCollection``
        """
        return self.api_client.call(_GET_PERMISSIONS, kwargs, limit=limit, offset=offset)
