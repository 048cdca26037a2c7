# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""RoleApi: the operations tagged ``Role``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Optional, Union

from typing_extensions import Unpack

from airflow_client.client.api_base import Api, RequestOptions
from airflow_client.client.api_client import ApiClient  # noqa: F401 - the official module holds it too
from airflow_client.client.lazy import OFFICIAL_API_MODULE_NAMES, lazy_names
from airflow_client.client.operation import Operation

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

_DELETE_ROLE = Operation("delete_role", "DELETE", "/roles/{role_name}", path_params={"role_name": "str"})
_GET_ROLE = Operation("get_role", "GET", "/roles/{role_name}", path_params={"role_name": "str"}, response="Role")
_GET_ROLES = Operation(
    "get_roles", "GET", "/roles", query={"limit": "int", "offset": "int", "order_by": "str"}, response="RoleCollection"
)
_PATCH_ROLE = Operation(
    "patch_role",
    "PATCH",
    "/roles/{role_name}",
    path_params={"role_name": "str"},
    query={"update_mask": "[str],"},
    body="Role",
    body_name="role",
    response="Role",
)
_POST_ROLE = Operation("post_role", "POST", "/roles", body="Role", body_name="role", response="Role")


class RoleApi(Api):
    """Operations tagged ``Role``; methods are named after the spec's operationIds."""

    def delete_role(self, role_name: str, **kwargs: Unpack[RequestOptions]) -> None:
        """Delete a role.

        ``DELETE /roles/{role_name}``

        :param role_name: ``str`` (required)
        :returns: ``None``
        """
        return self.api_client.call(_DELETE_ROLE, kwargs, role_name=role_name)

    def get_role(self, role_name: str, **kwargs: Unpack[RequestOptions]) -> Role:
        """Get a role.

        ``GET /roles/{role_name}``

        :param role_name: ``str`` (required)
        :returns: ``Role``
        """
        return self.api_client.call(_GET_ROLE, kwargs, role_name=role_name)

    def get_roles(
        self,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        order_by: Optional[str] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> RoleCollection:
        """List roles.

        ``GET /roles``

        :param limit: ``int``
        :param offset: ``int``
        :param order_by: ``str``
        :returns: ``RoleCollection``
        """
        return self.api_client.call(_GET_ROLES, kwargs, limit=limit, offset=offset, order_by=order_by)

    def patch_role(
        self,
        role_name: str,
        role: Union[Role, Dict[str, Any]],
        *,
        update_mask: Optional[List[str]] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> Role:
        """Update a role.

        ``PATCH /roles/{role_name}``

        :param role_name: ``str`` (required)
        :param role: ``Union[Role, Dict[str, Any]]`` (required)
        :param update_mask: ``List[str]``
        :returns: ``Role``
        """
        return self.api_client.call(_PATCH_ROLE, kwargs, role_name=role_name, role=role, update_mask=update_mask)

    def post_role(self, role: Union[Role, Dict[str, Any]], **kwargs: Unpack[RequestOptions]) -> Role:
        """Create a role.

        ``POST /roles``

        :param role: ``Union[Role, Dict[str, Any]]`` (required)
        :returns: ``Role``
        """
        return self.api_client.call(_POST_ROLE, kwargs, role=role)
