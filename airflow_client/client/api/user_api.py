# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""UserApi: the operations tagged ``User``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Optional, Union

from typing_extensions import Unpack

from airflow_client.client.api_base import Api, RequestOptions
from airflow_client.client.api_client import ApiClient  # noqa: F401 - the official module holds it too
from airflow_client.client.lazy import OFFICIAL_API_MODULE_NAMES, lazy_names
from airflow_client.client.operation import Operation

if TYPE_CHECKING:
    from airflow_client.client.model.user import User
    from airflow_client.client.model.user_collection import UserCollection
    from airflow_client.client.model.user_collection_item import UserCollectionItem

__all__ = ["UserApi"]

#: What the official client's module holds besides the class: the models its
#: operations send and answer, and helpers; each imported on first use.
__getattr__, __dir__ = lazy_names(
    __name__,
    OFFICIAL_API_MODULE_NAMES,
    {
        "Error": "airflow_client.client.model.error",
        "User": "airflow_client.client.model.user",
        "UserCollection": "airflow_client.client.model.user_collection",
        "UserCollectionItem": "airflow_client.client.model.user_collection_item",
    },
)

_DELETE_USER = Operation("delete_user", "DELETE", "/users/{username}", path_params={"username": "str"})
_GET_USER = Operation(
    "get_user", "GET", "/users/{username}", path_params={"username": "str"}, response="UserCollectionItem"
)
_GET_USERS = Operation(
    "get_users", "GET", "/users", query={"limit": "int", "offset": "int", "order_by": "str"}, response="UserCollection"
)
_PATCH_USER = Operation(
    "patch_user",
    "PATCH",
    "/users/{username}",
    path_params={"username": "str"},
    query={"update_mask": "[str],"},
    body="User",
    body_name="user",
    response="UserCollectionItem",
)
_POST_USER = Operation("post_user", "POST", "/users", body="User", body_name="user", response="User")


class UserApi(Api):
    """Operations tagged ``User``; methods are named after the spec's operationIds."""

    def delete_user(self, username: str, **kwargs: Unpack[RequestOptions]) -> None:
        """Delete a user.

        ``DELETE /users/{username}``

        :param username: ``str`` (required)
        :returns: ``None``
        """
        return self.api_client.call(_DELETE_USER, kwargs, username=username)

    def get_user(self, username: str, **kwargs: Unpack[RequestOptions]) -> UserCollectionItem:
        """Get a user.

        ``GET /users/{username}``

        :param username: ``str`` (required)
        :returns: ``UserCollectionItem``
        """
        return self.api_client.call(_GET_USER, kwargs, username=username)

    def get_users(
        self,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        order_by: Optional[str] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> UserCollection:
        """List users.

        ``GET /users``

        :param limit: ``int``
        :param offset: ``int``
        :param order_by: ``str``
        :returns: ``UserCollection``
        """
        return self.api_client.call(_GET_USERS, kwargs, limit=limit, offset=offset, order_by=order_by)

    def patch_user(
        self,
        username: str,
        user: Union[User, Dict[str, Any]],
        *,
        update_mask: Optional[List[str]] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> UserCollectionItem:
        """Update a user.

        ``PATCH /users/{username}``

        :param username: ``str`` (required)
        :param user: ``Union[User, Dict[str, Any]]`` (required)
        :param update_mask: ``List[str]``
        :returns: ``UserCollectionItem``
        """
        return self.api_client.call(_PATCH_USER, kwargs, username=username, user=user, update_mask=update_mask)

    def post_user(self, user: Union[User, Dict[str, Any]], **kwargs: Unpack[RequestOptions]) -> User:
        """Create a user.

        ``POST /users``

        :param user: ``Union[User, Dict[str, Any]]`` (required)
        :returns: ``User``
        """
        return self.api_client.call(_POST_USER, kwargs, user=user)
