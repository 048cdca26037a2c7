# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""ImportErrorApi: the operations tagged ``ImportError``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from typing_extensions import Unpack

from airflow_client.client.api_base import Api, RequestOptions
from airflow_client.client.api_client import ApiClient  # noqa: F401 - the official module holds it too
from airflow_client.client.core.operation import INT, STR, Operation
from airflow_client.client.lazy import OFFICIAL_API_MODULE_NAMES, lazy_names

if TYPE_CHECKING:
    from airflow_client.client.model.import_error import ImportError
    from airflow_client.client.model.import_error_collection import ImportErrorCollection

__all__ = ["ImportErrorApi"]

#: What the official client's module holds besides the class: the models its
#: operations send and answer, and helpers; each imported on first use.
__getattr__, __dir__ = lazy_names(
    __name__,
    OFFICIAL_API_MODULE_NAMES,
    {
        "Error": "airflow_client.client.model.error",
        "ImportError": "airflow_client.client.model.import_error",
        "ImportErrorCollection": "airflow_client.client.model.import_error_collection",
    },
)

_GET_IMPORT_ERROR = Operation(
    "get_import_error",
    "GET",
    "/importErrors/{import_error_id}",
    path_params={"import_error_id": INT},
    response="ImportError",
)
_GET_IMPORT_ERRORS = Operation(
    "get_import_errors",
    "GET",
    "/importErrors",
    query={"limit": INT, "offset": INT.at_least(0), "order_by": STR},
    response="ImportErrorCollection",
)


class ImportErrorApi(Api):
    """Operations tagged ``ImportError``; methods are named after the spec's operationIds."""

    def get_import_error(
        self,
        import_error_id: int,
        **kwargs: Unpack[RequestOptions],
    ) -> ImportError:
        """Get an import error.

        ``GET /importErrors/{import_error_id}``

        :param import_error_id: The import error ID.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``ImportError``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        """
        return self._call(_GET_IMPORT_ERROR, kwargs, import_error_id=import_error_id)

    def get_import_errors(
        self,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        order_by: Optional[str] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> ImportErrorCollection:
        """List import errors.

        ``GET /importErrors``

        :param limit: The numbers of items to return. (the server's default: ``100``)
        :param offset: The number of items to skip before starting to collect the result set.
        :param order_by: The name of the field to order the results by.
            Prefix a field name with `-` to reverse the sort order.

            *New in version 2.1.0*
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``ImportErrorCollection``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        """
        return self._call(_GET_IMPORT_ERRORS, kwargs, limit=limit, offset=offset, order_by=order_by)
