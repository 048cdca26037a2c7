# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""DagStatsApi: the operations tagged ``DagStats``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from typing_extensions import Unpack

from airflow_client.client.api_base import Api, RequestOptions
from airflow_client.client.api_client import ApiClient  # noqa: F401 - the official module holds it too
from airflow_client.client.core.operation import STR, Operation
from airflow_client.client.lazy import OFFICIAL_API_MODULE_NAMES, lazy_names

if TYPE_CHECKING:
    from airflow_client.client.model.dag_stats_collection_schema import DagStatsCollectionSchema

__all__ = ["DagStatsApi"]

#: What the official client's module holds besides the class: the models its
#: operations send and answer, and helpers; each imported on first use.
__getattr__, __dir__ = lazy_names(
    __name__,
    OFFICIAL_API_MODULE_NAMES,
    {
        "DagStatsCollectionSchema": "airflow_client.client.model.dag_stats_collection_schema",
        "Error": "airflow_client.client.model.error",
    },
)

_GET_DAG_STATS = Operation(
    "get_dag_stats", "GET", "/dagStats", query={"dag_ids": STR}, response="DagStatsCollectionSchema", since="2.10.0"
)


class DagStatsApi(Api):
    """Operations tagged ``DagStats``; methods are named after the spec's operationIds."""

    def get_dag_stats(
        self,
        dag_ids: str,
        **kwargs: Unpack[RequestOptions],
    ) -> DagStatsCollectionSchema:
        """List Dag statistics.

        ``GET /dagStats``

        :param dag_ids: One or more DAG IDs separated by commas to filter relevant Dags.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``DagStatsCollectionSchema``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises OperationNotSupportedError: the server's Airflow is older than 2.10.0 (a NotFoundException)
        """
        return self._call(_GET_DAG_STATS, kwargs, dag_ids=dag_ids)
