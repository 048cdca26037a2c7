# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""ConnectionApi: the operations tagged ``Connection``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Optional, Union

from typing_extensions import Unpack

from airflow_client.client.api_base import Api, RequestOptions
from airflow_client.client.api_client import ApiClient  # noqa: F401 - the official module holds it too
from airflow_client.client.core.operation import INT, STR, Array, Operation
from airflow_client.client.lazy import OFFICIAL_API_MODULE_NAMES, lazy_names

if TYPE_CHECKING:
    from airflow_client.client.model.connection import Connection
    from airflow_client.client.model.connection_collection import ConnectionCollection
    from airflow_client.client.model.connection_test import ConnectionTest

__all__ = ["ConnectionApi"]

#: What the official client's module holds besides the class: the models its
#: operations send and answer, and helpers; each imported on first use.
__getattr__, __dir__ = lazy_names(
    __name__,
    OFFICIAL_API_MODULE_NAMES,
    {
        "Connection": "airflow_client.client.model.connection",
        "ConnectionCollection": "airflow_client.client.model.connection_collection",
        "ConnectionTest": "airflow_client.client.model.connection_test",
        "Error": "airflow_client.client.model.error",
    },
)

_DELETE_CONNECTION = Operation(
    "delete_connection", "DELETE", "/connections/{connection_id}", path_params={"connection_id": STR}
)
_GET_CONNECTION = Operation(
    "get_connection", "GET", "/connections/{connection_id}", path_params={"connection_id": STR}, response="Connection"
)
_GET_CONNECTIONS = Operation(
    "get_connections",
    "GET",
    "/connections",
    query={"limit": INT, "offset": INT.at_least(0), "order_by": STR},
    response="ConnectionCollection",
)
_PATCH_CONNECTION = Operation(
    "patch_connection",
    "PATCH",
    "/connections/{connection_id}",
    path_params={"connection_id": STR},
    query={"update_mask": Array(STR, joined=True)},
    body="Connection",
    body_name="connection",
    response="Connection",
)
_POST_CONNECTION = Operation(
    "post_connection", "POST", "/connections", body="Connection", body_name="connection", response="Connection"
)
_TEST_CONNECTION = Operation(
    "test_connection",
    "POST",
    "/connections/test",
    body="Connection",
    body_name="connection",
    response="ConnectionTest",
    since="2.2.0",
)


class ConnectionApi(Api):
    """Operations tagged ``Connection``; methods are named after the spec's operationIds."""

    def delete_connection(
        self,
        connection_id: str,
        **kwargs: Unpack[RequestOptions],
    ) -> None:
        """Delete a connection.

        ``DELETE /connections/{connection_id}``

        :param connection_id: The connection ID.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``None``: Success.
        :raises ApiException: 400: Client specified an invalid argument.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        """
        return self._call(_DELETE_CONNECTION, kwargs, connection_id=connection_id)

    def get_connection(
        self,
        connection_id: str,
        **kwargs: Unpack[RequestOptions],
    ) -> Connection:
        """Get a connection.

        ``GET /connections/{connection_id}``

        :param connection_id: The connection ID.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``Connection``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        """
        return self._call(_GET_CONNECTION, kwargs, connection_id=connection_id)

    def get_connections(
        self,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        order_by: Optional[str] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> ConnectionCollection:
        """List connections.

        ``GET /connections``

        :param limit: The numbers of items to return. (the server's default: ``100``)
        :param offset: The number of items to skip before starting to collect the result set.
        :param order_by: The name of the field to order the results by.
            Prefix a field name with `-` to reverse the sort order.

            *New in version 2.1.0*
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``ConnectionCollection``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        """
        return self._call(_GET_CONNECTIONS, kwargs, limit=limit, offset=offset, order_by=order_by)

    def patch_connection(
        self,
        connection_id: str,
        connection: Union[Connection, Dict[str, Any]],
        *,
        update_mask: Optional[List[str]] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> Connection:
        """Update a connection.

        ``PATCH /connections/{connection_id}``

        :param connection_id: The connection ID.
        :param connection: Full representation of the connection: a ``Connection``, or a dict of its fields.
        :param update_mask: The fields to update on the resource. If absent or empty, all modifiable fields are updated.
            A comma-separated list of fully qualified names of fields.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``Connection``: Success.
        :raises ApiException: 400: Client specified an invalid argument.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        """
        return self._call(
            _PATCH_CONNECTION, kwargs, connection_id=connection_id, connection=connection, update_mask=update_mask
        )

    def post_connection(
        self,
        connection: Union[Connection, Dict[str, Any]],
        **kwargs: Unpack[RequestOptions],
    ) -> Connection:
        """Create a connection.

        ``POST /connections``

        :param connection: Full representation of the connection: a ``Connection``, or a dict of its fields.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``Connection``: Success.
        :raises ApiException: 400: Client specified an invalid argument.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        """
        return self._call(_POST_CONNECTION, kwargs, connection=connection)

    def test_connection(
        self,
        connection: Union[Connection, Dict[str, Any]],
        **kwargs: Unpack[RequestOptions],
    ) -> ConnectionTest:
        """Test a connection.

        Test a connection.

        For security reasons, the test connection functionality is disabled by default across Airflow UI, API and CLI.
        For more information on capabilities of users, see the documentation:
        https://airflow.apache.org/docs/apache-airflow/stable/security/security_model.html#capabilities-of-authenticated-ui-users.
        It is strongly advised to not enable the feature until you make sure that only
        highly trusted UI/API users have "edit connection" permissions.

        Set the "test_connection" flag to "Enabled" in the "core" section of Airflow configuration (airflow.cfg) to enable testing of collections.
        It can also be controlled by the environment variable `AIRFLOW__CORE__TEST_CONNECTION`.

        *New in version 2.2.0*

        ``POST /connections/test``

        :param connection: Full representation of the connection: a ``Connection``, or a dict of its fields.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``ConnectionTest``: Success.
        :raises ApiException: 400: Client specified an invalid argument.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        :raises OperationNotSupportedError: the server's Airflow is older than 2.2.0 (a NotFoundException)
        """
        return self._call(_TEST_CONNECTION, kwargs, connection=connection)
