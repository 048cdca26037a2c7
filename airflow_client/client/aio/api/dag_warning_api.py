# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""DagWarningApi, awaitable: the operations tagged ``DagWarning``, on an ``AsyncApiClient``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from typing_extensions import Unpack

from airflow_client.client.aio.api_base import AsyncApi, RequestOptions
from airflow_client.client.api.dag_warning_api import _GET_DAG_WARNINGS

if TYPE_CHECKING:
    from airflow_client.client.model.dag_warning_collection import DagWarningCollection

__all__ = ["DagWarningApi"]


class DagWarningApi(AsyncApi):
    """Operations tagged ``DagWarning``, each a coroutine; documented on
    :class:`airflow_client.client.api.dag_warning_api.DagWarningApi`, whose operations they run."""

    async def get_dag_warnings(
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

        Awaitable form of :meth:`airflow_client.client.api.dag_warning_api.DagWarningApi.get_dag_warnings`.
        """
        return await self._call(
            _GET_DAG_WARNINGS,
            kwargs,
            dag_id=dag_id,
            warning_type=warning_type,
            limit=limit,
            offset=offset,
            order_by=order_by,
        )
