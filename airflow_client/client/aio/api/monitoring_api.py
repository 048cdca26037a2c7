# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""MonitoringApi, awaitable: the operations tagged ``Monitoring``, on an ``AsyncApiClient``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from typing_extensions import Unpack

from airflow_client.client.aio.api_base import AsyncApi, RequestOptions
from airflow_client.client.api.monitoring_api import _GET_HEALTH, _GET_VERSION

if TYPE_CHECKING:
    from airflow_client.client.model.health_info import HealthInfo
    from airflow_client.client.model.version_info import VersionInfo

__all__ = ["MonitoringApi"]


class MonitoringApi(AsyncApi):
    """Operations tagged ``Monitoring``, each a coroutine; documented on
    :class:`airflow_client.client.api.monitoring_api.MonitoringApi`, whose operations they run."""

    async def get_health(
        self,
        **kwargs: Unpack[RequestOptions],
    ) -> HealthInfo:
        """Get instance status.

        Awaitable form of :meth:`airflow_client.client.api.monitoring_api.MonitoringApi.get_health`.
        """
        return await self._call(_GET_HEALTH, kwargs)

    async def get_version(
        self,
        **kwargs: Unpack[RequestOptions],
    ) -> VersionInfo:
        """Get version information.

        Awaitable form of :meth:`airflow_client.client.api.monitoring_api.MonitoringApi.get_version`.
        """
        return await self._call(_GET_VERSION, kwargs)
