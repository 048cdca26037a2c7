# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""DagStatsApi, awaitable: the operations tagged ``DagStats``, on an ``AsyncApiClient``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from typing_extensions import Unpack

from airflow_client.client.aio.api_base import AsyncApi, RequestOptions
from airflow_client.client.api.dag_stats_api import _GET_DAG_STATS

if TYPE_CHECKING:
    from airflow_client.client.model.dag_stats_collection_schema import DagStatsCollectionSchema

__all__ = ["DagStatsApi"]


class DagStatsApi(AsyncApi):
    """Operations tagged ``DagStats``, each a coroutine; documented on
    :class:`airflow_client.client.api.dag_stats_api.DagStatsApi`, whose operations they run."""

    async def get_dag_stats(
        self,
        dag_ids: str,
        **kwargs: Unpack[RequestOptions],
    ) -> DagStatsCollectionSchema:
        """List Dag statistics.

        Awaitable form of :meth:`airflow_client.client.api.dag_stats_api.DagStatsApi.get_dag_stats`.
        """
        return await self._call(_GET_DAG_STATS, kwargs, dag_ids=dag_ids)
