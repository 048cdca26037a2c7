# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""RoleApi: the operations tagged ``Role``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Optional, Union

from typing_extensions import Unpack

from airflow_client.client.api_base import Api, RequestOptions
from airflow_client.client.api_client import ApiClient  # noqa: F401 - the official module holds it too
from airflow_client.client.core.operation import INT, STR, Array, Operation
from airflow_client.client.lazy import OFFICIAL_API_MODULE_NAMES, lazy_names

if TYPE_CHECKING:
    from airflow_client.client.model.role import Role
    from airflow_client.client.model.role_collection import RoleCollection

__all__ = ["RoleApi"]

#: What the official client's module holds besides the class: the models its
#: operations send and answer, and helpers; each imported on first use.
__getattr__, __dir__ = lazy_names(
    __name__,
    OFFICIAL_API_MODULE_NAMES,
    {
        "Error": "airflow_client.client.model.error",
        "Role": "airflow_client.client.model.role",
        "RoleCollection": "airflow_client.client.model.role_collection",
    },
)

_DELETE_ROLE = Operation("delete_role", "DELETE", "/roles/{role_name}", path_params={"role_name": STR})
_GET_ROLE = Operation("get_role", "GET", "/roles/{role_name}", path_params={"role_name": STR}, response="Role")
_GET_ROLES = Operation(
    "get_roles",
    "GET",
    "/roles",
    query={"limit": INT, "offset": INT.at_least(0), "order_by": STR},
    response="RoleCollection",
)
_PATCH_ROLE = Operation(
    "patch_role",
    "PATCH",
    "/roles/{role_name}",
    path_params={"role_name": STR},
    query={"update_mask": Array(STR, joined=True)},
    body="Role",
    body_name="role",
    response="Role",
)
_POST_ROLE = Operation("post_role", "POST", "/roles", body="Role", body_name="role", response="Role")


class RoleApi(Api):
    """Operations tagged ``Role``; methods are named after the spec's operationIds."""

    def delete_role(
        self,
        role_name: str,
        **kwargs: Unpack[RequestOptions],
    ) -> None:
        """Delete a role.

        Delete a role.

        *This API endpoint is deprecated, please use the endpoint `/auth/fab/v1` for this operation instead.*

        ``DELETE /roles/{role_name}``

        :param role_name: The role name
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``None``: Success.
        :raises ApiException: 400: Client specified an invalid argument.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        """
        return self._call(_DELETE_ROLE, kwargs, role_name=role_name)

    def get_role(
        self,
        role_name: str,
        **kwargs: Unpack[RequestOptions],
    ) -> Role:
        """Get a role.

        Get a role.

        *This API endpoint is deprecated, please use the endpoint `/auth/fab/v1` for this operation instead.*

        ``GET /roles/{role_name}``

        :param role_name: The role name
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``Role``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        """
        return self._call(_GET_ROLE, kwargs, role_name=role_name)

    def get_roles(
        self,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        order_by: Optional[str] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> RoleCollection:
        """List roles.

        Get a list of roles.

        *This API endpoint is deprecated, please use the endpoint `/auth/fab/v1` for this operation instead.*

        ``GET /roles``

        :param limit: The numbers of items to return. (the server's default: ``100``)
        :param offset: The number of items to skip before starting to collect the result set.
        :param order_by: The name of the field to order the results by.
            Prefix a field name with `-` to reverse the sort order.

            *New in version 2.1.0*
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``RoleCollection``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        """
        return self._call(_GET_ROLES, kwargs, limit=limit, offset=offset, order_by=order_by)

    def patch_role(
        self,
        role_name: str,
        role: Union[Role, Dict[str, Any]],
        *,
        update_mask: Optional[List[str]] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> Role:
        """Update a role.

        Update a role.

        *This API endpoint is deprecated, please use the endpoint `/auth/fab/v1` for this operation instead.*

        ``PATCH /roles/{role_name}``

        :param role_name: The role name
        :param role: a role item.

            *New in version 2.1.0*: a ``Role``, or a dict of its fields.
        :param update_mask: The fields to update on the resource. If absent or empty, all modifiable fields are updated.
            A comma-separated list of fully qualified names of fields.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``Role``: Success.
        :raises ApiException: 400: Client specified an invalid argument.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        """
        return self._call(_PATCH_ROLE, kwargs, role_name=role_name, role=role, update_mask=update_mask)

    def post_role(
        self,
        role: Union[Role, Dict[str, Any]],
        **kwargs: Unpack[RequestOptions],
    ) -> Role:
        """Create a role.

        Create a new role.

        *This API endpoint is deprecated, please use the endpoint `/auth/fab/v1` for this operation instead.*

        ``POST /roles``

        :param role: a role item.

            *New in version 2.1.0*: a ``Role``, or a dict of its fields.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``Role``: Success.
        :raises ApiException: 400: Client specified an invalid argument.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        """
        return self._call(_POST_ROLE, kwargs, role=role)
