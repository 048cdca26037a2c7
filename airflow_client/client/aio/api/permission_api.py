# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""PermissionApi, awaitable: the operations tagged ``Permission``, on an ``AsyncApiClient``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from typing_extensions import Unpack

from airflow_client.client.aio.api_base import AsyncApi, RequestOptions
from airflow_client.client.api.permission_api import _GET_PERMISSIONS

if TYPE_CHECKING:
    from airflow_client.client.model.action_collection import ActionCollection

__all__ = ["PermissionApi"]


class PermissionApi(AsyncApi):
    """Operations tagged ``Permission``, each a coroutine; documented on
    :class:`airflow_client.client.api.permission_api.PermissionApi`, whose operations they run."""

    async def get_permissions(
        self,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> ActionCollection:
        """List permissions.

        Awaitable form of :meth:`airflow_client.client.api.permission_api.PermissionApi.get_permissions`.
        """
        return await self._call(_GET_PERMISSIONS, kwargs, limit=limit, offset=offset)
