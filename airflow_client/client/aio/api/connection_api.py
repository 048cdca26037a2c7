# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""ConnectionApi, awaitable: the operations tagged ``Connection``, on an ``AsyncApiClient``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Optional, Union

from typing_extensions import Unpack

from airflow_client.client.aio.api_base import AsyncApi, RequestOptions
from airflow_client.client.api.connection_api import (
    _DELETE_CONNECTION,
    _GET_CONNECTION,
    _GET_CONNECTIONS,
    _PATCH_CONNECTION,
    _POST_CONNECTION,
    _TEST_CONNECTION,
)

if TYPE_CHECKING:
    from airflow_client.client.model.connection import Connection
    from airflow_client.client.model.connection_collection import ConnectionCollection
    from airflow_client.client.model.connection_test import ConnectionTest

__all__ = ["ConnectionApi"]


class ConnectionApi(AsyncApi):
    """Operations tagged ``Connection``, each a coroutine; documented on
    :class:`airflow_client.client.api.connection_api.ConnectionApi`, whose operations they run."""

    async def delete_connection(
        self,
        connection_id: str,
        **kwargs: Unpack[RequestOptions],
    ) -> None:
        """Delete a connection.

        Awaitable form of :meth:`airflow_client.client.api.connection_api.ConnectionApi.delete_connection`.
        """
        return await self._call(_DELETE_CONNECTION, kwargs, connection_id=connection_id)

    async def get_connection(
        self,
        connection_id: str,
        **kwargs: Unpack[RequestOptions],
    ) -> Connection:
        """Get a connection.

        Awaitable form of :meth:`airflow_client.client.api.connection_api.ConnectionApi.get_connection`.
        """
        return await self._call(_GET_CONNECTION, kwargs, connection_id=connection_id)

    async def get_connections(
        self,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        order_by: Optional[str] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> ConnectionCollection:
        """List connections.

        Awaitable form of :meth:`airflow_client.client.api.connection_api.ConnectionApi.get_connections`.
        """
        return await self._call(_GET_CONNECTIONS, kwargs, limit=limit, offset=offset, order_by=order_by)

    async def patch_connection(
        self,
        connection_id: str,
        connection: Union[Connection, Dict[str, Any]],
        *,
        update_mask: Optional[List[str]] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> Connection:
        """Update a connection.

        Awaitable form of :meth:`airflow_client.client.api.connection_api.ConnectionApi.patch_connection`.
        """
        return await self._call(
            _PATCH_CONNECTION, kwargs, connection_id=connection_id, connection=connection, update_mask=update_mask
        )

    async def post_connection(
        self,
        connection: Union[Connection, Dict[str, Any]],
        **kwargs: Unpack[RequestOptions],
    ) -> Connection:
        """Create a connection.

        Awaitable form of :meth:`airflow_client.client.api.connection_api.ConnectionApi.post_connection`.
        """
        return await self._call(_POST_CONNECTION, kwargs, connection=connection)

    async def test_connection(
        self,
        connection: Union[Connection, Dict[str, Any]],
        **kwargs: Unpack[RequestOptions],
    ) -> ConnectionTest:
        """Test a connection.

        Awaitable form of :meth:`airflow_client.client.api.connection_api.ConnectionApi.test_connection`.
        """
        return await self._call(_TEST_CONNECTION, kwargs, connection=connection)
