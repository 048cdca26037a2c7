# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""ConnectionApi: the operations tagged ``Connection``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Optional, Union

from typing_extensions import Unpack

from airflow_client.client.api_base import Api, RequestOptions
from airflow_client.client.api_client import ApiClient  # noqa: F401 - the official module holds it too
from airflow_client.client.lazy import OFFICIAL_API_MODULE_NAMES, lazy_names
from airflow_client.client.operation import Operation

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
    "delete_connection", "DELETE", "/connections/{connection_id}", path_params={"connection_id": "str"}
)
_GET_CONNECTION = Operation(
    "get_connection", "GET", "/connections/{connection_id}", path_params={"connection_id": "str"}, response="Connection"
)
_GET_CONNECTIONS = Operation(
    "get_connections",
    "GET",
    "/connections",
    query={"limit": "int", "offset": "int", "order_by": "str"},
    response="ConnectionCollection",
)
_PATCH_CONNECTION = Operation(
    "patch_connection",
    "PATCH",
    "/connections/{connection_id}",
    path_params={"connection_id": "str"},
    query={"update_mask": "[str],"},
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

    def delete_connection(self, connection_id: str, **kwargs: Unpack[RequestOptions]) -> None:
        """Delete a connection.

        ``DELETE /connections/{connection_id}``

        :param connection_id: ``str`` (required)
        :returns: ``None``
        """
        return self.api_client.call(_DELETE_CONNECTION, kwargs, connection_id=connection_id)

    def get_connection(self, connection_id: str, **kwargs: Unpack[RequestOptions]) -> Connection:
        """Get a connection.

        ``GET /connections/{connection_id}``

        :param connection_id: ``str`` (required)
        :returns: ``Connection``
        """
        return self.api_client.call(_GET_CONNECTION, kwargs, connection_id=connection_id)

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

        :param limit: ``int``
        :param offset: ``int``
        :param order_by: ``str``
        :returns: ``ConnectionCollection``
        """
        return self.api_client.call(_GET_CONNECTIONS, kwargs, limit=limit, offset=offset, order_by=order_by)

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

        :param connection_id: ``str`` (required)
        :param connection: ``Union[Connection, Dict[str, Any]]`` (required)
        :param update_mask: ``List[str]``
        :returns: ``Connection``
        """
        return self.api_client.call(
            _PATCH_CONNECTION, kwargs, connection_id=connection_id, connection=connection, update_mask=update_mask
        )

    def post_connection(
        self, connection: Union[Connection, Dict[str, Any]], **kwargs: Unpack[RequestOptions]
    ) -> Connection:
        """Create a connection.

        ``POST /connections``

        :param connection: ``Union[Connection, Dict[str, Any]]`` (required)
        :returns: ``Connection``
        """
        return self.api_client.call(_POST_CONNECTION, kwargs, connection=connection)

    def test_connection(
        self, connection: Union[Connection, Dict[str, Any]], **kwargs: Unpack[RequestOptions]
    ) -> ConnectionTest:
        """Test a connection.

        ``POST /connections/test``

        :param connection: ``Union[Connection, Dict[str, Any]]`` (required)
        :returns: ``ConnectionTest``
        """
        return self.api_client.call(_TEST_CONNECTION, kwargs, connection=connection)
