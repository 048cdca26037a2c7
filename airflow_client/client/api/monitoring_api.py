# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""MonitoringApi: the operations tagged ``Monitoring``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from typing_extensions import Unpack

from airflow_client.client.api_base import Api, RequestOptions
from airflow_client.client.api_client import ApiClient  # noqa: F401 - the official module holds it too
from airflow_client.client.core.operation import Operation
from airflow_client.client.lazy import OFFICIAL_API_MODULE_NAMES, lazy_names

if TYPE_CHECKING:
    from airflow_client.client.model.health_info import HealthInfo
    from airflow_client.client.model.version_info import VersionInfo

__all__ = ["MonitoringApi"]

#: What the official client's module holds besides the class: the models its
#: operations send and answer, and helpers; each imported on first use.
__getattr__, __dir__ = lazy_names(
    __name__,
    OFFICIAL_API_MODULE_NAMES,
    {
        "HealthInfo": "airflow_client.client.model.health_info",
        "VersionInfo": "airflow_client.client.model.version_info",
    },
)

_GET_HEALTH = Operation("get_health", "GET", "/health", response="HealthInfo")
_GET_VERSION = Operation("get_version", "GET", "/version", response="VersionInfo")


class MonitoringApi(Api):
    """Operations tagged ``Monitoring``; methods are named after the spec's operationIds."""

    def get_health(
        self,
        **kwargs: Unpack[RequestOptions],
    ) -> HealthInfo:
        """Get instance status.

        Get the status of Airflow's metadatabase, triggerer and scheduler. It includes info about
        metadatabase and last heartbeat of scheduler and triggerer.

        ``GET /health``

        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``HealthInfo``: Success.
        """
        return self._call(_GET_HEALTH, kwargs)

    def get_version(
        self,
        **kwargs: Unpack[RequestOptions],
    ) -> VersionInfo:
        """Get version information.

        ``GET /version``

        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``VersionInfo``: Success.
        """
        return self._call(_GET_VERSION, kwargs)
