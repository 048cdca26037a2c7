# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""UserApi, awaitable: the operations tagged ``User``, on an ``AsyncApiClient``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Optional, Union

from typing_extensions import Unpack

from airflow_client.client.aio.api_base import AsyncApi, RequestOptions
from airflow_client.client.api.user_api import _DELETE_USER, _GET_USER, _GET_USERS, _PATCH_USER, _POST_USER

if TYPE_CHECKING:
    from airflow_client.client.model.user import User
    from airflow_client.client.model.user_collection import UserCollection
    from airflow_client.client.model.user_collection_item import UserCollectionItem

__all__ = ["UserApi"]


class UserApi(AsyncApi):
    """Operations tagged ``User``, each a coroutine; documented on
    :class:`airflow_client.client.api.user_api.UserApi`, whose operations they run."""

    async def delete_user(
        self,
        username: str,
        **kwargs: Unpack[RequestOptions],
    ) -> None:
        """Delete a user.

        Awaitable form of :meth:`airflow_client.client.api.user_api.UserApi.delete_user`.
        """
        return await self._call(_DELETE_USER, kwargs, username=username)

    async def get_user(
        self,
        username: str,
        **kwargs: Unpack[RequestOptions],
    ) -> UserCollectionItem:
        """Get a user.

        Awaitable form of :meth:`airflow_client.client.api.user_api.UserApi.get_user`.
        """
        return await self._call(_GET_USER, kwargs, username=username)

    async def get_users(
        self,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        order_by: Optional[str] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> UserCollection:
        """List users.

        Awaitable form of :meth:`airflow_client.client.api.user_api.UserApi.get_users`.
        """
        return await self._call(_GET_USERS, kwargs, limit=limit, offset=offset, order_by=order_by)

    async def patch_user(
        self,
        username: str,
        user: Union[User, Dict[str, Any]],
        *,
        update_mask: Optional[List[str]] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> UserCollectionItem:
        """Update a user.

        Awaitable form of :meth:`airflow_client.client.api.user_api.UserApi.patch_user`.
        """
        return await self._call(_PATCH_USER, kwargs, username=username, user=user, update_mask=update_mask)

    async def post_user(
        self,
        user: Union[User, Dict[str, Any]],
        **kwargs: Unpack[RequestOptions],
    ) -> User:
        """Create a user.

        Awaitable form of :meth:`airflow_client.client.api.user_api.UserApi.post_user`.
        """
        return await self._call(_POST_USER, kwargs, user=user)
