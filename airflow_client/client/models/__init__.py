# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""Every model, imported on first use: ``from airflow_client.client.models import DAGRun``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Dict, List

#: Model name -> its module in ``airflow_client.client.model``.
MODEL_MODULES: Dict[str, str] = {
    "Action": "action",
    "ActionCollection": "action_collection",
    "ActionCollectionAllOf": "action_collection_all_of",
    "ActionResource": "action_resource",
    "BasicDAGRun": "basic_dag_run",
    "ClassReference": "class_reference",
    "ClearDagRun": "clear_dag_run",
    "ClearTaskInstances": "clear_task_instances",
    "CollectionInfo": "collection_info",
    "Color": "color",
    "Config": "config",
    "ConfigOption": "config_option",
    "ConfigSection": "config_section",
    "Connection": "connection",
    "ConnectionAllOf": "connection_all_of",
    "ConnectionCollection": "connection_collection",
    "ConnectionCollectionAllOf": "connection_collection_all_of",
    "ConnectionCollectionItem": "connection_collection_item",
    "ConnectionTest": "connection_test",
    "CreateDatasetEvent": "create_dataset_event",
    "CronExpression": "cron_expression",
    "DAG": "dag",
    "DAGCollection": "dag_collection",
    "DAGCollectionAllOf": "dag_collection_all_of",
    "DAGDetail": "dag_detail",
    "DAGDetailAllOf": "dag_detail_all_of",
    "DAGRun": "dag_run",
    "DAGRunCollection": "dag_run_collection",
    "DAGRunCollectionAllOf": "dag_run_collection_all_of",
    "DagProcessorStatus": "dag_processor_status",
    "DagScheduleDatasetReference": "dag_schedule_dataset_reference",
    "DagState": "dag_state",
    "DagStatsCollectionItem": "dag_stats_collection_item",
    "DagStatsCollectionSchema": "dag_stats_collection_schema",
    "DagStatsCollectionSchemaAllOf": "dag_stats_collection_schema_all_of",
    "DagStatsStateCollectionItem": "dag_stats_state_collection_item",
    "DagWarning": "dag_warning",
    "DagWarningCollection": "dag_warning_collection",
    "DagWarningCollectionAllOf": "dag_warning_collection_all_of",
    "Dataset": "dataset",
    "DatasetCollection": "dataset_collection",
    "DatasetCollectionAllOf": "dataset_collection_all_of",
    "DatasetEvent": "dataset_event",
    "DatasetEventCollection": "dataset_event_collection",
    "DatasetEventCollectionAllOf": "dataset_event_collection_all_of",
    "Error": "error",
    "EventLog": "event_log",
    "EventLogCollection": "event_log_collection",
    "EventLogCollectionAllOf": "event_log_collection_all_of",
    "ExtraLink": "extra_link",
    "ExtraLinkCollection": "extra_link_collection",
    "HealthInfo": "health_info",
    "HealthStatus": "health_status",
    "ImportError": "import_error",
    "ImportErrorCollection": "import_error_collection",
    "ImportErrorCollectionAllOf": "import_error_collection_all_of",
    "InlineResponse200": "inline_response200",
    "InlineResponse2001": "inline_response2001",
    "Job": "job",
    "ListDagRunsForm": "list_dag_runs_form",
    "ListTaskInstanceForm": "list_task_instance_form",
    "MetadatabaseStatus": "metadatabase_status",
    "PluginCollection": "plugin_collection",
    "PluginCollectionAllOf": "plugin_collection_all_of",
    "PluginCollectionItem": "plugin_collection_item",
    "Pool": "pool",
    "PoolCollection": "pool_collection",
    "PoolCollectionAllOf": "pool_collection_all_of",
    "Provider": "provider",
    "ProviderCollection": "provider_collection",
    "QueuedEvent": "queued_event",
    "QueuedEventCollection": "queued_event_collection",
    "QueuedEventCollectionAllOf": "queued_event_collection_all_of",
    "RelativeDelta": "relative_delta",
    "Resource": "resource",
    "Role": "role",
    "RoleCollection": "role_collection",
    "RoleCollectionAllOf": "role_collection_all_of",
    "SLAMiss": "sla_miss",
    "ScheduleInterval": "schedule_interval",
    "SchedulerStatus": "scheduler_status",
    "SetDagRunNote": "set_dag_run_note",
    "SetTaskInstanceNote": "set_task_instance_note",
    "Tag": "tag",
    "Task": "task",
    "TaskCollection": "task_collection",
    "TaskExtraLinks": "task_extra_links",
    "TaskFailedDependency": "task_failed_dependency",
    "TaskInstance": "task_instance",
    "TaskInstanceCollection": "task_instance_collection",
    "TaskInstanceCollectionAllOf": "task_instance_collection_all_of",
    "TaskInstanceDependencyCollection": "task_instance_dependency_collection",
    "TaskInstanceHistory": "task_instance_history",
    "TaskInstanceHistoryCollection": "task_instance_history_collection",
    "TaskInstanceHistoryCollectionAllOf": "task_instance_history_collection_all_of",
    "TaskInstanceReference": "task_instance_reference",
    "TaskInstanceReferenceCollection": "task_instance_reference_collection",
    "TaskOutletDatasetReference": "task_outlet_dataset_reference",
    "TaskState": "task_state",
    "TimeDelta": "time_delta",
    "Timezone": "timezone",
    "Trigger": "trigger",
    "TriggerRule": "trigger_rule",
    "TriggererStatus": "triggerer_status",
    "UpdateDagRunState": "update_dag_run_state",
    "UpdateTaskInstance": "update_task_instance",
    "UpdateTaskInstancesState": "update_task_instances_state",
    "UpdateTaskState": "update_task_state",
    "User": "user",
    "UserAllOf": "user_all_of",
    "UserCollection": "user_collection",
    "UserCollectionAllOf": "user_collection_all_of",
    "UserCollectionItem": "user_collection_item",
    "UserCollectionItemRoles": "user_collection_item_roles",
    "Variable": "variable",
    "VariableAllOf": "variable_all_of",
    "VariableCollection": "variable_collection",
    "VariableCollectionAllOf": "variable_collection_all_of",
    "VariableCollectionItem": "variable_collection_item",
    "VersionInfo": "version_info",
    "WeightRule": "weight_rule",
    "XCom": "x_com",
    "XComAllOf": "x_com_all_of",
    "XComCollection": "x_com_collection",
    "XComCollectionAllOf": "x_com_collection_all_of",
    "XComCollectionItem": "x_com_collection_item",
}

if TYPE_CHECKING:
    from airflow_client.client.model.action import Action
    from airflow_client.client.model.action_collection import ActionCollection
    from airflow_client.client.model.action_collection_all_of import ActionCollectionAllOf
    from airflow_client.client.model.action_resource import ActionResource
    from airflow_client.client.model.basic_dag_run import BasicDAGRun
    from airflow_client.client.model.class_reference import ClassReference
    from airflow_client.client.model.clear_dag_run import ClearDagRun
    from airflow_client.client.model.clear_task_instances import ClearTaskInstances
    from airflow_client.client.model.collection_info import CollectionInfo
    from airflow_client.client.model.color import Color
    from airflow_client.client.model.config import Config
    from airflow_client.client.model.config_option import ConfigOption
    from airflow_client.client.model.config_section import ConfigSection
    from airflow_client.client.model.connection import Connection
    from airflow_client.client.model.connection_all_of import ConnectionAllOf
    from airflow_client.client.model.connection_collection import ConnectionCollection
    from airflow_client.client.model.connection_collection_all_of import ConnectionCollectionAllOf
    from airflow_client.client.model.connection_collection_item import ConnectionCollectionItem
    from airflow_client.client.model.connection_test import ConnectionTest
    from airflow_client.client.model.create_dataset_event import CreateDatasetEvent
    from airflow_client.client.model.cron_expression import CronExpression
    from airflow_client.client.model.dag import DAG
    from airflow_client.client.model.dag_collection import DAGCollection
    from airflow_client.client.model.dag_collection_all_of import DAGCollectionAllOf
    from airflow_client.client.model.dag_detail import DAGDetail
    from airflow_client.client.model.dag_detail_all_of import DAGDetailAllOf
    from airflow_client.client.model.dag_processor_status import DagProcessorStatus
    from airflow_client.client.model.dag_run import DAGRun
    from airflow_client.client.model.dag_run_collection import DAGRunCollection
    from airflow_client.client.model.dag_run_collection_all_of import DAGRunCollectionAllOf
    from airflow_client.client.model.dag_schedule_dataset_reference import DagScheduleDatasetReference
    from airflow_client.client.model.dag_state import DagState
    from airflow_client.client.model.dag_stats_collection_item import DagStatsCollectionItem
    from airflow_client.client.model.dag_stats_collection_schema import DagStatsCollectionSchema
    from airflow_client.client.model.dag_stats_collection_schema_all_of import DagStatsCollectionSchemaAllOf
    from airflow_client.client.model.dag_stats_state_collection_item import DagStatsStateCollectionItem
    from airflow_client.client.model.dag_warning import DagWarning
    from airflow_client.client.model.dag_warning_collection import DagWarningCollection
    from airflow_client.client.model.dag_warning_collection_all_of import DagWarningCollectionAllOf
    from airflow_client.client.model.dataset import Dataset
    from airflow_client.client.model.dataset_collection import DatasetCollection
    from airflow_client.client.model.dataset_collection_all_of import DatasetCollectionAllOf
    from airflow_client.client.model.dataset_event import DatasetEvent
    from airflow_client.client.model.dataset_event_collection import DatasetEventCollection
    from airflow_client.client.model.dataset_event_collection_all_of import DatasetEventCollectionAllOf
    from airflow_client.client.model.error import Error
    from airflow_client.client.model.event_log import EventLog
    from airflow_client.client.model.event_log_collection import EventLogCollection
    from airflow_client.client.model.event_log_collection_all_of import EventLogCollectionAllOf
    from airflow_client.client.model.extra_link import ExtraLink
    from airflow_client.client.model.extra_link_collection import ExtraLinkCollection
    from airflow_client.client.model.health_info import HealthInfo
    from airflow_client.client.model.health_status import HealthStatus
    from airflow_client.client.model.import_error import ImportError
    from airflow_client.client.model.import_error_collection import ImportErrorCollection
    from airflow_client.client.model.import_error_collection_all_of import ImportErrorCollectionAllOf
    from airflow_client.client.model.inline_response200 import InlineResponse200
    from airflow_client.client.model.inline_response2001 import InlineResponse2001
    from airflow_client.client.model.job import Job
    from airflow_client.client.model.list_dag_runs_form import ListDagRunsForm
    from airflow_client.client.model.list_task_instance_form import ListTaskInstanceForm
    from airflow_client.client.model.metadatabase_status import MetadatabaseStatus
    from airflow_client.client.model.plugin_collection import PluginCollection
    from airflow_client.client.model.plugin_collection_all_of import PluginCollectionAllOf
    from airflow_client.client.model.plugin_collection_item import PluginCollectionItem
    from airflow_client.client.model.pool import Pool
    from airflow_client.client.model.pool_collection import PoolCollection
    from airflow_client.client.model.pool_collection_all_of import PoolCollectionAllOf
    from airflow_client.client.model.provider import Provider
    from airflow_client.client.model.provider_collection import ProviderCollection
    from airflow_client.client.model.queued_event import QueuedEvent
    from airflow_client.client.model.queued_event_collection import QueuedEventCollection
    from airflow_client.client.model.queued_event_collection_all_of import QueuedEventCollectionAllOf
    from airflow_client.client.model.relative_delta import RelativeDelta
    from airflow_client.client.model.resource import Resource
    from airflow_client.client.model.role import Role
    from airflow_client.client.model.role_collection import RoleCollection
    from airflow_client.client.model.role_collection_all_of import RoleCollectionAllOf
    from airflow_client.client.model.schedule_interval import ScheduleInterval
    from airflow_client.client.model.scheduler_status import SchedulerStatus
    from airflow_client.client.model.set_dag_run_note import SetDagRunNote
    from airflow_client.client.model.set_task_instance_note import SetTaskInstanceNote
    from airflow_client.client.model.sla_miss import SLAMiss
    from airflow_client.client.model.tag import Tag
    from airflow_client.client.model.task import Task
    from airflow_client.client.model.task_collection import TaskCollection
    from airflow_client.client.model.task_extra_links import TaskExtraLinks
    from airflow_client.client.model.task_failed_dependency import TaskFailedDependency
    from airflow_client.client.model.task_instance import TaskInstance
    from airflow_client.client.model.task_instance_collection import TaskInstanceCollection
    from airflow_client.client.model.task_instance_collection_all_of import TaskInstanceCollectionAllOf
    from airflow_client.client.model.task_instance_dependency_collection import TaskInstanceDependencyCollection
    from airflow_client.client.model.task_instance_history import TaskInstanceHistory
    from airflow_client.client.model.task_instance_history_collection import TaskInstanceHistoryCollection
    from airflow_client.client.model.task_instance_history_collection_all_of import TaskInstanceHistoryCollectionAllOf
    from airflow_client.client.model.task_instance_reference import TaskInstanceReference
    from airflow_client.client.model.task_instance_reference_collection import TaskInstanceReferenceCollection
    from airflow_client.client.model.task_outlet_dataset_reference import TaskOutletDatasetReference
    from airflow_client.client.model.task_state import TaskState
    from airflow_client.client.model.time_delta import TimeDelta
    from airflow_client.client.model.timezone import Timezone
    from airflow_client.client.model.trigger import Trigger
    from airflow_client.client.model.trigger_rule import TriggerRule
    from airflow_client.client.model.triggerer_status import TriggererStatus
    from airflow_client.client.model.update_dag_run_state import UpdateDagRunState
    from airflow_client.client.model.update_task_instance import UpdateTaskInstance
    from airflow_client.client.model.update_task_instances_state import UpdateTaskInstancesState
    from airflow_client.client.model.update_task_state import UpdateTaskState
    from airflow_client.client.model.user import User
    from airflow_client.client.model.user_all_of import UserAllOf
    from airflow_client.client.model.user_collection import UserCollection
    from airflow_client.client.model.user_collection_all_of import UserCollectionAllOf
    from airflow_client.client.model.user_collection_item import UserCollectionItem
    from airflow_client.client.model.user_collection_item_roles import UserCollectionItemRoles
    from airflow_client.client.model.variable import Variable
    from airflow_client.client.model.variable_all_of import VariableAllOf
    from airflow_client.client.model.variable_collection import VariableCollection
    from airflow_client.client.model.variable_collection_all_of import VariableCollectionAllOf
    from airflow_client.client.model.variable_collection_item import VariableCollectionItem
    from airflow_client.client.model.version_info import VersionInfo
    from airflow_client.client.model.weight_rule import WeightRule
    from airflow_client.client.model.x_com import XCom
    from airflow_client.client.model.x_com_all_of import XComAllOf
    from airflow_client.client.model.x_com_collection import XComCollection
    from airflow_client.client.model.x_com_collection_all_of import XComCollectionAllOf
    from airflow_client.client.model.x_com_collection_item import XComCollectionItem

__all__ = [
    "Action",
    "ActionCollection",
    "ActionCollectionAllOf",
    "ActionResource",
    "BasicDAGRun",
    "ClassReference",
    "ClearDagRun",
    "ClearTaskInstances",
    "CollectionInfo",
    "Color",
    "Config",
    "ConfigOption",
    "ConfigSection",
    "Connection",
    "ConnectionAllOf",
    "ConnectionCollection",
    "ConnectionCollectionAllOf",
    "ConnectionCollectionItem",
    "ConnectionTest",
    "CreateDatasetEvent",
    "CronExpression",
    "DAG",
    "DAGCollection",
    "DAGCollectionAllOf",
    "DAGDetail",
    "DAGDetailAllOf",
    "DAGRun",
    "DAGRunCollection",
    "DAGRunCollectionAllOf",
    "DagProcessorStatus",
    "DagScheduleDatasetReference",
    "DagState",
    "DagStatsCollectionItem",
    "DagStatsCollectionSchema",
    "DagStatsCollectionSchemaAllOf",
    "DagStatsStateCollectionItem",
    "DagWarning",
    "DagWarningCollection",
    "DagWarningCollectionAllOf",
    "Dataset",
    "DatasetCollection",
    "DatasetCollectionAllOf",
    "DatasetEvent",
    "DatasetEventCollection",
    "DatasetEventCollectionAllOf",
    "Error",
    "EventLog",
    "EventLogCollection",
    "EventLogCollectionAllOf",
    "ExtraLink",
    "ExtraLinkCollection",
    "HealthInfo",
    "HealthStatus",
    "ImportError",
    "ImportErrorCollection",
    "ImportErrorCollectionAllOf",
    "InlineResponse200",
    "InlineResponse2001",
    "Job",
    "ListDagRunsForm",
    "ListTaskInstanceForm",
    "MetadatabaseStatus",
    "PluginCollection",
    "PluginCollectionAllOf",
    "PluginCollectionItem",
    "Pool",
    "PoolCollection",
    "PoolCollectionAllOf",
    "Provider",
    "ProviderCollection",
    "QueuedEvent",
    "QueuedEventCollection",
    "QueuedEventCollectionAllOf",
    "RelativeDelta",
    "Resource",
    "Role",
    "RoleCollection",
    "RoleCollectionAllOf",
    "SLAMiss",
    "ScheduleInterval",
    "SchedulerStatus",
    "SetDagRunNote",
    "SetTaskInstanceNote",
    "Tag",
    "Task",
    "TaskCollection",
    "TaskExtraLinks",
    "TaskFailedDependency",
    "TaskInstance",
    "TaskInstanceCollection",
    "TaskInstanceCollectionAllOf",
    "TaskInstanceDependencyCollection",
    "TaskInstanceHistory",
    "TaskInstanceHistoryCollection",
    "TaskInstanceHistoryCollectionAllOf",
    "TaskInstanceReference",
    "TaskInstanceReferenceCollection",
    "TaskOutletDatasetReference",
    "TaskState",
    "TimeDelta",
    "Timezone",
    "Trigger",
    "TriggerRule",
    "TriggererStatus",
    "UpdateDagRunState",
    "UpdateTaskInstance",
    "UpdateTaskInstancesState",
    "UpdateTaskState",
    "User",
    "UserAllOf",
    "UserCollection",
    "UserCollectionAllOf",
    "UserCollectionItem",
    "UserCollectionItemRoles",
    "Variable",
    "VariableAllOf",
    "VariableCollection",
    "VariableCollectionAllOf",
    "VariableCollectionItem",
    "VersionInfo",
    "WeightRule",
    "XCom",
    "XComAllOf",
    "XComCollection",
    "XComCollectionAllOf",
    "XComCollectionItem",
]


def __getattr__(name: str) -> Any:
    module = MODEL_MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"airflow_client.client.model.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> List[str]:
    return list(__all__)
