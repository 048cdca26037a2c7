# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""UserApi: the operations tagged ``User``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Optional, Union

from typing_extensions import Unpack

from airflow_client.client.api_base import Api, RequestOptions
from airflow_client.client.api_client import ApiClient  # noqa: F401 - the official module holds it too
from airflow_client.client.core.operation import INT, STR, Array, Operation
from airflow_client.client.lazy import OFFICIAL_API_MODULE_NAMES, lazy_names

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

_DELETE_USER = Operation("delete_user", "DELETE", "/users/{username}", path_params={"username": STR})
_GET_USER = Operation(
    "get_user", "GET", "/users/{username}", path_params={"username": STR}, response="UserCollectionItem"
)
_GET_USERS = Operation(
    "get_users",
    "GET",
    "/users",
    query={"limit": INT, "offset": INT.at_least(0), "order_by": STR},
    response="UserCollection",
)
_PATCH_USER = Operation(
    "patch_user",
    "PATCH",
    "/users/{username}",
    path_params={"username": STR},
    query={"update_mask": Array(STR, joined=True)},
    body="User",
    body_name="user",
    response="UserCollectionItem",
)
_POST_USER = Operation("post_user", "POST", "/users", body="User", body_name="user", response="User")


class UserApi(Api):
    """Operations tagged ``User``; methods are named after the spec's operationIds."""

    def delete_user(
        self,
        username: str,
        **kwargs: Unpack[RequestOptions],
    ) -> None:
        """Delete a user.

        Delete a user with a specific username.

        *This API endpoint is deprecated, please use the endpoint `/auth/fab/v1` for this operation instead.*

        ``DELETE /users/{username}``

        :param username: The username of the user.

            *New in version 2.1.0*
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``None``: Success.
        :raises ApiException: 400: Client specified an invalid argument.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        """
        return self._call(_DELETE_USER, kwargs, username=username)

    def get_user(
        self,
        username: str,
        **kwargs: Unpack[RequestOptions],
    ) -> UserCollectionItem:
        """Get a user.

        Get a user with a specific username.

        *This API endpoint is deprecated, please use the endpoint `/auth/fab/v1` for this operation instead.*

        ``GET /users/{username}``

        :param username: The username of the user.

            *New in version 2.1.0*
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``UserCollectionItem``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        """
        return self._call(_GET_USER, kwargs, username=username)

    def get_users(
        self,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        order_by: Optional[str] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> UserCollection:
        """List users.

        Get a list of users.

        *This API endpoint is deprecated, please use the endpoint `/auth/fab/v1` for this operation instead.*

        ``GET /users``

        :param limit: The numbers of items to return. (the server's default: ``100``)
        :param offset: The number of items to skip before starting to collect the result set.
        :param order_by: The name of the field to order the results by.
            Prefix a field name with `-` to reverse the sort order.

            *New in version 2.1.0*
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``UserCollection``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        """
        return self._call(_GET_USERS, kwargs, limit=limit, offset=offset, order_by=order_by)

    def patch_user(
        self,
        username: str,
        user: Union[User, Dict[str, Any]],
        *,
        update_mask: Optional[List[str]] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> UserCollectionItem:
        """Update a user.

        Update fields for a user.

        *This API endpoint is deprecated, please use the endpoint `/auth/fab/v1` for this operation instead.*

        ``PATCH /users/{username}``

        :param username: The username of the user.

            *New in version 2.1.0*
        :param user: A user object with sensitive data.

            *New in version 2.1.0*: a ``User``, or a dict of its fields.
        :param update_mask: The fields to update on the resource. If absent or empty, all modifiable fields are updated.
            A comma-separated list of fully qualified names of fields.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``UserCollectionItem``: Success.
        :raises ApiException: 400: Client specified an invalid argument.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        """
        return self._call(_PATCH_USER, kwargs, username=username, user=user, update_mask=update_mask)

    def post_user(
        self,
        user: Union[User, Dict[str, Any]],
        **kwargs: Unpack[RequestOptions],
    ) -> User:
        """Create a user.

        Create a new user with unique username and email.

        *This API endpoint is deprecated, please use the endpoint `/auth/fab/v1` for this operation instead.*

        ``POST /users``

        :param user: A user object with sensitive data.

            *New in version 2.1.0*: a ``User``, or a dict of its fields.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``User``: Success.
        :raises ApiException: 400: Client specified an invalid argument.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises ApiException: 409: An existing resource conflicts with the request.
        """
        return self._call(_POST_USER, kwargs, user=user)
