# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""PoolApi, awaitable: the operations tagged ``Pool``, on an ``AsyncApiClient``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Optional, Union

from typing_extensions import Unpack

from airflow_client.client.aio.api_base import AsyncApi, RequestOptions
from airflow_client.client.api.pool_api import _DELETE_POOL, _GET_POOL, _GET_POOLS, _PATCH_POOL, _POST_POOL

if TYPE_CHECKING:
    from airflow_client.client.model.pool import Pool
    from airflow_client.client.model.pool_collection import PoolCollection

__all__ = ["PoolApi"]


class PoolApi(AsyncApi):
    """Operations tagged ``Pool``, each a coroutine; documented on
    :class:`airflow_client.client.api.pool_api.PoolApi`, whose operations they run."""

    async def delete_pool(
        self,
        pool_name: str,
        **kwargs: Unpack[RequestOptions],
    ) -> None:
        """Delete a pool.

        Awaitable form of :meth:`airflow_client.client.api.pool_api.PoolApi.delete_pool`.
        """
        return await self._call(_DELETE_POOL, kwargs, pool_name=pool_name)

    async def get_pool(
        self,
        pool_name: str,
        **kwargs: Unpack[RequestOptions],
    ) -> Pool:
        """Get a pool.

        Awaitable form of :meth:`airflow_client.client.api.pool_api.PoolApi.get_pool`.
        """
        return await self._call(_GET_POOL, kwargs, pool_name=pool_name)

    async def get_pools(
        self,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        order_by: Optional[str] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> PoolCollection:
        """List pools.

        Awaitable form of :meth:`airflow_client.client.api.pool_api.PoolApi.get_pools`.
        """
        return await self._call(_GET_POOLS, kwargs, limit=limit, offset=offset, order_by=order_by)

    async def patch_pool(
        self,
        pool_name: str,
        pool: Union[Pool, Dict[str, Any]],
        *,
        update_mask: Optional[List[str]] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> Pool:
        """Update a pool.

        Awaitable form of :meth:`airflow_client.client.api.pool_api.PoolApi.patch_pool`.
        """
        return await self._call(_PATCH_POOL, kwargs, pool_name=pool_name, pool=pool, update_mask=update_mask)

    async def post_pool(
        self,
        pool: Union[Pool, Dict[str, Any]],
        **kwargs: Unpack[RequestOptions],
    ) -> Pool:
        """Create a pool.

        Awaitable form of :meth:`airflow_client.client.api.pool_api.PoolApi.post_pool`.
        """
        return await self._call(_POST_POOL, kwargs, pool=pool)
