# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""VariableApi: the operations tagged ``Variable``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Optional, Union

from typing_extensions import Unpack

from airflow_client.client.api_base import Api, RequestOptions
from airflow_client.client.api_client import ApiClient  # noqa: F401 - the official module holds it too
from airflow_client.client.core.operation import INT, STR, Array, Operation
from airflow_client.client.lazy import OFFICIAL_API_MODULE_NAMES, lazy_names

if TYPE_CHECKING:
    from airflow_client.client.model.variable import Variable
    from airflow_client.client.model.variable_collection import VariableCollection

__all__ = ["VariableApi"]

#: What the official client's module holds besides the class: the models its
#: operations send and answer, and helpers; each imported on first use.
__getattr__, __dir__ = lazy_names(
    __name__,
    OFFICIAL_API_MODULE_NAMES,
    {
        "Error": "airflow_client.client.model.error",
        "Variable": "airflow_client.client.model.variable",
        "VariableCollection": "airflow_client.client.model.variable_collection",
    },
)

_DELETE_VARIABLE = Operation(
    "delete_variable", "DELETE", "/variables/{variable_key}", path_params={"variable_key": STR}
)
_GET_VARIABLE = Operation(
    "get_variable", "GET", "/variables/{variable_key}", path_params={"variable_key": STR}, response="Variable"
)
_GET_VARIABLES = Operation(
    "get_variables",
    "GET",
    "/variables",
    query={"limit": INT, "offset": INT.at_least(0), "order_by": STR},
    response="VariableCollection",
)
_PATCH_VARIABLE = Operation(
    "patch_variable",
    "PATCH",
    "/variables/{variable_key}",
    path_params={"variable_key": STR},
    query={"update_mask": Array(STR, joined=True)},
    body="Variable",
    body_name="variable",
    response="Variable",
)
_POST_VARIABLES = Operation(
    "post_variables", "POST", "/variables", body="Variable", body_name="variable", response="Variable"
)


class VariableApi(Api):
    """Operations tagged ``Variable``; methods are named after the spec's operationIds."""

    def delete_variable(
        self,
        variable_key: str,
        **kwargs: Unpack[RequestOptions],
    ) -> None:
        """Delete a variable.

        ``DELETE /variables/{variable_key}``

        :param variable_key: The variable Key.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``None``: Success.
        :raises ApiException: 400: Client specified an invalid argument.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        """
        return self._call(_DELETE_VARIABLE, kwargs, variable_key=variable_key)

    def get_variable(
        self,
        variable_key: str,
        **kwargs: Unpack[RequestOptions],
    ) -> Variable:
        """Get a variable.

        Get a variable by key.

        ``GET /variables/{variable_key}``

        :param variable_key: The variable Key.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``Variable``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        """
        return self._call(_GET_VARIABLE, kwargs, variable_key=variable_key)

    def get_variables(
        self,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        order_by: Optional[str] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> VariableCollection:
        """List variables.

        The collection does not contain data. To get data, you must get a single entity.

        ``GET /variables``

        :param limit: The numbers of items to return. (the server's default: ``100``)
        :param offset: The number of items to skip before starting to collect the result set.
        :param order_by: The name of the field to order the results by.
            Prefix a field name with `-` to reverse the sort order.

            *New in version 2.1.0*
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``VariableCollection``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        """
        return self._call(_GET_VARIABLES, kwargs, limit=limit, offset=offset, order_by=order_by)

    def patch_variable(
        self,
        variable_key: str,
        variable: Union[Variable, Dict[str, Any]],
        *,
        update_mask: Optional[List[str]] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> Variable:
        """Update a variable.

        Update a variable by key.

        ``PATCH /variables/{variable_key}``

        :param variable_key: The variable Key.
        :param variable: Full representation of Variable: a ``Variable``, or a dict of its fields.
        :param update_mask: The fields to update on the resource. If absent or empty, all modifiable fields are updated.
            A comma-separated list of fully qualified names of fields.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``Variable``: Success.
        :raises ApiException: 400: Client specified an invalid argument.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        """
        return self._call(
            _PATCH_VARIABLE, kwargs, variable_key=variable_key, variable=variable, update_mask=update_mask
        )

    def post_variables(
        self,
        variable: Union[Variable, Dict[str, Any]],
        **kwargs: Unpack[RequestOptions],
    ) -> Variable:
        """Create a variable.

        ``POST /variables``

        :param variable: Full representation of Variable: a ``Variable``, or a dict of its fields.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``Variable``: Success.
        :raises ApiException: 400: Client specified an invalid argument.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        """
        return self._call(_POST_VARIABLES, kwargs, variable=variable)
