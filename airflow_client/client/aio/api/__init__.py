# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""Every awaitable API class, imported on first use: ``from airflow_client.client.aio.api import DAGApi``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Dict, List

#: API class -> its module in ``airflow_client.client.aio.api``.
API_MODULES: Dict[str, str] = {
    "ConfigApi": "config_api",
    "ConnectionApi": "connection_api",
    "DAGApi": "dag_api",
    "DAGRunApi": "dag_run_api",
    "DagStatsApi": "dag_stats_api",
    "DagWarningApi": "dag_warning_api",
    "DatasetApi": "dataset_api",
    "EventLogApi": "event_log_api",
    "ImportErrorApi": "import_error_api",
    "MonitoringApi": "monitoring_api",
    "PermissionApi": "permission_api",
    "PluginApi": "plugin_api",
    "PoolApi": "pool_api",
    "ProviderApi": "provider_api",
    "RoleApi": "role_api",
    "TaskInstanceApi": "task_instance_api",
    "UserApi": "user_api",
    "VariableApi": "variable_api",
    "XComApi": "x_com_api",
}

if TYPE_CHECKING:
    from airflow_client.client.aio.api.config_api import ConfigApi
    from airflow_client.client.aio.api.connection_api import ConnectionApi
    from airflow_client.client.aio.api.dag_api import DAGApi
    from airflow_client.client.aio.api.dag_run_api import DAGRunApi
    from airflow_client.client.aio.api.dag_stats_api import DagStatsApi
    from airflow_client.client.aio.api.dag_warning_api import DagWarningApi
    from airflow_client.client.aio.api.dataset_api import DatasetApi
    from airflow_client.client.aio.api.event_log_api import EventLogApi
    from airflow_client.client.aio.api.import_error_api import ImportErrorApi
    from airflow_client.client.aio.api.monitoring_api import MonitoringApi
    from airflow_client.client.aio.api.permission_api import PermissionApi
    from airflow_client.client.aio.api.plugin_api import PluginApi
    from airflow_client.client.aio.api.pool_api import PoolApi
    from airflow_client.client.aio.api.provider_api import ProviderApi
    from airflow_client.client.aio.api.role_api import RoleApi
    from airflow_client.client.aio.api.task_instance_api import TaskInstanceApi
    from airflow_client.client.aio.api.user_api import UserApi
    from airflow_client.client.aio.api.variable_api import VariableApi
    from airflow_client.client.aio.api.x_com_api import XComApi

__all__ = [
    "ConfigApi",
    "ConnectionApi",
    "DAGApi",
    "DAGRunApi",
    "DagStatsApi",
    "DagWarningApi",
    "DatasetApi",
    "EventLogApi",
    "ImportErrorApi",
    "MonitoringApi",
    "PermissionApi",
    "PluginApi",
    "PoolApi",
    "ProviderApi",
    "RoleApi",
    "TaskInstanceApi",
    "UserApi",
    "VariableApi",
    "XComApi",
]


def __getattr__(name: str) -> Any:
    module = API_MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"airflow_client.client.aio.api.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> List[str]:
    return list(__all__)
