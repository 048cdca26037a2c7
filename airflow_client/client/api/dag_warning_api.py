# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""DagWarningApi: the operations tagged ``DagWarning``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from typing_extensions import Unpack

from airflow_client.client.api_base import Api, RequestOptions
from airflow_client.client.api_client import ApiClient  # noqa: F401 - the official module holds it too
from airflow_client.client.core.operation import INT, STR, Operation
from airflow_client.client.lazy import OFFICIAL_API_MODULE_NAMES, lazy_names

if TYPE_CHECKING:
    from airflow_client.client.model.dag_warning_collection import DagWarningCollection

__all__ = ["DagWarningApi"]

#: What the official client's module holds besides the class: the models its
#: operations send and answer, and helpers; each imported on first use.
__getattr__, __dir__ = lazy_names(
    __name__,
    OFFICIAL_API_MODULE_NAMES,
    {
        "DagWarningCollection": "airflow_client.client.model.dag_warning_collection",
        "Error": "airflow_client.client.model.error",
    },
)

_GET_DAG_WARNINGS = Operation(
    "get_dag_warnings",
    "GET",
    "/dagWarnings",
    query={"dag_id": STR, "warning_type": STR, "limit": INT, "offset": INT.at_least(0), "order_by": STR},
    response="DagWarningCollection",
)


class DagWarningApi(Api):
    """Operations tagged ``DagWarning``; methods are named after the spec's operationIds."""

    def get_dag_warnings(
        self,
        *,
        dag_id: Optional[str] = None,
        warning_type: Optional[str] = None,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        order_by: Optional[str] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> DagWarningCollection:
        """List dag warnings.

        ``GET /dagWarnings``

        :param dag_id: If set, only return DAG warnings with this dag_id.
        :param warning_type: If set, only return DAG warnings with this type.
        :param limit: The numbers of items to return. (the server's default: ``100``)
        :param offset: The number of items to skip before starting to collect the result set.
        :param order_by: The name of the field to order the results by.
            Prefix a field name with `-` to reverse the sort order.

            *New in version 2.1.0*
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``DagWarningCollection``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        """
        return self._call(
            _GET_DAG_WARNINGS,
            kwargs,
            dag_id=dag_id,
            warning_type=warning_type,
            limit=limit,
            offset=offset,
            order_by=order_by,
        )
