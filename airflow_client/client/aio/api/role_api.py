# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""RoleApi, awaitable: the operations tagged ``Role``, on an ``AsyncApiClient``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Optional, Union

from typing_extensions import Unpack

from airflow_client.client.aio.api_base import AsyncApi, RequestOptions
from airflow_client.client.api.role_api import _DELETE_ROLE, _GET_ROLE, _GET_ROLES, _PATCH_ROLE, _POST_ROLE

if TYPE_CHECKING:
    from airflow_client.client.model.role import Role
    from airflow_client.client.model.role_collection import RoleCollection

__all__ = ["RoleApi"]


class RoleApi(AsyncApi):
    """Operations tagged ``Role``, each a coroutine; documented on
    :class:`airflow_client.client.api.role_api.RoleApi`, whose operations they run."""

    async def delete_role(
        self,
        role_name: str,
        **kwargs: Unpack[RequestOptions],
    ) -> None:
        """Delete a role.

        Awaitable form of :meth:`airflow_client.client.api.role_api.RoleApi.delete_role`.
        """
        return await self._call(_DELETE_ROLE, kwargs, role_name=role_name)

    async def get_role(
        self,
        role_name: str,
        **kwargs: Unpack[RequestOptions],
    ) -> Role:
        """Get a role.

        Awaitable form of :meth:`airflow_client.client.api.role_api.RoleApi.get_role`.
        """
        return await self._call(_GET_ROLE, kwargs, role_name=role_name)

    async def get_roles(
        self,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        order_by: Optional[str] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> RoleCollection:
        """List roles.

        Awaitable form of :meth:`airflow_client.client.api.role_api.RoleApi.get_roles`.
        """
        return await self._call(_GET_ROLES, kwargs, limit=limit, offset=offset, order_by=order_by)

    async def patch_role(
        self,
        role_name: str,
        role: Union[Role, Dict[str, Any]],
        *,
        update_mask: Optional[List[str]] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> Role:
        """Update a role.

        Awaitable form of :meth:`airflow_client.client.api.role_api.RoleApi.patch_role`.
        """
        return await self._call(_PATCH_ROLE, kwargs, role_name=role_name, role=role, update_mask=update_mask)

    async def post_role(
        self,
        role: Union[Role, Dict[str, Any]],
        **kwargs: Unpack[RequestOptions],
    ) -> Role:
        """Create a role.

        Awaitable form of :meth:`airflow_client.client.api.role_api.RoleApi.post_role`.
        """
        return await self._call(_POST_ROLE, kwargs, role=role)
