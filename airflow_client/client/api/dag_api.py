# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""DAGApi: the operations tagged ``DAG``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Optional, Union

from typing_extensions import Unpack

from airflow_client.client.api_base import Api, RequestOptions
from airflow_client.client.api_client import ApiClient  # noqa: F401 - the official module holds it too
from airflow_client.client.lazy import OFFICIAL_API_MODULE_NAMES, lazy_names
from airflow_client.client.operation import Operation

if TYPE_CHECKING:
    from airflow_client.client.model.clear_task_instances import ClearTaskInstances
    from airflow_client.client.model.dag import DAG
    from airflow_client.client.model.dag_collection import DAGCollection
    from airflow_client.client.model.dag_detail import DAGDetail
    from airflow_client.client.model.inline_response200 import InlineResponse200
    from airflow_client.client.model.task import Task
    from airflow_client.client.model.task_collection import TaskCollection
    from airflow_client.client.model.task_instance_reference_collection import TaskInstanceReferenceCollection
    from airflow_client.client.model.update_task_instances_state import UpdateTaskInstancesState

__all__ = ["DAGApi"]

#: What the official client's module holds besides the class: the models its
#: operations send and answer, and helpers; each imported on first use.
__getattr__, __dir__ = lazy_names(
    __name__,
    OFFICIAL_API_MODULE_NAMES,
    {
        "ClearTaskInstances": "airflow_client.client.model.clear_task_instances",
        "DAG": "airflow_client.client.model.dag",
        "DAGCollection": "airflow_client.client.model.dag_collection",
        "DAGDetail": "airflow_client.client.model.dag_detail",
        "Error": "airflow_client.client.model.error",
        "InlineResponse200": "airflow_client.client.model.inline_response200",
        "Task": "airflow_client.client.model.task",
        "TaskCollection": "airflow_client.client.model.task_collection",
        "TaskInstanceReferenceCollection": "airflow_client.client.model.task_instance_reference_collection",
        "UpdateTaskInstancesState": "airflow_client.client.model.update_task_instances_state",
    },
)

_DELETE_DAG = Operation("delete_dag", "DELETE", "/dags/{dag_id}", path_params={"dag_id": "str"}, since="2.2.0")
_GET_DAG = Operation(
    "get_dag", "GET", "/dags/{dag_id}", path_params={"dag_id": "str"}, query={"fields": "[str]"}, response="DAG"
)
_GET_DAG_DETAILS = Operation(
    "get_dag_details",
    "GET",
    "/dags/{dag_id}/details",
    path_params={"dag_id": "str"},
    query={"fields": "[str]"},
    response="DAGDetail",
)
_GET_DAG_SOURCE = Operation(
    "get_dag_source",
    "GET",
    "/dagSources/{file_token}",
    path_params={"file_token": "str"},
    response="InlineResponse200",
    text=True,
)
_GET_DAGS = Operation(
    "get_dags",
    "GET",
    "/dags",
    query={
        "limit": "int",
        "offset": "int",
        "order_by": "str",
        "tags": "[str]",
        "only_active": "bool",
        "paused": "bool",
        "fields": "[str]",
        "dag_id_pattern": "str",
    },
    response="DAGCollection",
)
_GET_TASK = Operation(
    "get_task",
    "GET",
    "/dags/{dag_id}/tasks/{task_id}",
    path_params={"dag_id": "str", "task_id": "str"},
    response="Task",
)
_GET_TASKS = Operation(
    "get_tasks",
    "GET",
    "/dags/{dag_id}/tasks",
    path_params={"dag_id": "str"},
    query={"order_by": "str"},
    response="TaskCollection",
)
_PATCH_DAG = Operation(
    "patch_dag",
    "PATCH",
    "/dags/{dag_id}",
    path_params={"dag_id": "str"},
    query={"update_mask": "[str],"},
    body="DAG",
    body_name="dag",
    response="DAG",
)
_PATCH_DAGS = Operation(
    "patch_dags",
    "PATCH",
    "/dags",
    query={
        "limit": "int",
        "offset": "int",
        "tags": "[str]",
        "update_mask": "[str],",
        "only_active": "bool",
        "dag_id_pattern": "str",
    },
    body="DAG",
    body_name="dag",
    response="DAGCollection",
    since="2.3.0",
)
_POST_CLEAR_TASK_INSTANCES = Operation(
    "post_clear_task_instances",
    "POST",
    "/dags/{dag_id}/clearTaskInstances",
    path_params={"dag_id": "str"},
    body="ClearTaskInstances",
    body_name="clear_task_instances",
    response="TaskInstanceReferenceCollection",
)
_POST_SET_TASK_INSTANCES_STATE = Operation(
    "post_set_task_instances_state",
    "POST",
    "/dags/{dag_id}/updateTaskInstancesState",
    path_params={"dag_id": "str"},
    body="UpdateTaskInstancesState",
    body_name="update_task_instances_state",
    response="TaskInstanceReferenceCollection",
)
_REPARSE_DAG_FILE = Operation(
    "reparse_dag_file", "PUT", "/parseDagFile/{file_token}", path_params={"file_token": "str"}, since="2.10.0"
)


class DAGApi(Api):
    """Operations tagged ``DAG``; methods are named after the spec's operationIds."""

    def delete_dag(self, dag_id: str, **kwargs: Unpack[RequestOptions]) -> None:
        """Delete a DAG.

        ``DELETE /dags/{dag_id}``

        :param dag_id: ``str`` (required)
        :returns: ``None``
        """
        return self.api_client.call(_DELETE_DAG, kwargs, dag_id=dag_id)

    def get_dag(self, dag_id: str, *, fields: Optional[List[str]] = None, **kwargs: Unpack[RequestOptions]) -> DAG:
        """Get basic information about a DAG.

        ``GET /dags/{dag_id}``

        :param dag_id: ``str`` (required)
        :param fields: ``List[str]``
        :returns: ``DAG``
        """
        return self.api_client.call(_GET_DAG, kwargs, dag_id=dag_id, fields=fields)

    def get_dag_details(
        self, dag_id: str, *, fields: Optional[List[str]] = None, **kwargs: Unpack[RequestOptions]
    ) -> DAGDetail:
        """Get a simplified representation of DAG.

        ``GET /dags/{dag_id}/details``

        :param dag_id: ``str`` (required)
        :param fields: ``List[str]``
        :returns: ``DAGDetail``
        """
        return self.api_client.call(_GET_DAG_DETAILS, kwargs, dag_id=dag_id, fields=fields)

    def get_dag_source(self, file_token: str, **kwargs: Unpack[RequestOptions]) -> Union[InlineResponse200, str]:
        """Get a source code.

        ``GET /dagSources/{file_token}``

        :param file_token: ``str`` (required)
        :returns: ``Union[InlineResponse200, str]``
        """
        return self.api_client.call(_GET_DAG_SOURCE, kwargs, file_token=file_token)

    def get_dags(
        self,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        order_by: Optional[str] = None,
        tags: Optional[List[str]] = None,
        only_active: Optional[bool] = None,
        paused: Optional[bool] = None,
        fields: Optional[List[str]] = None,
        dag_id_pattern: Optional[str] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> DAGCollection:
        """List DAGs.

        ``GET /dags``

        :param limit: ``int``
        :param offset: ``int``
        :param order_by: ``str``
        :param tags: ``List[str]``
        :param only_active: ``bool``
        :param paused: ``bool``
        :param fields: ``List[str]``
        :param dag_id_pattern: ``str``
        :returns: ``DAGCollection``
        """
        return self.api_client.call(
            _GET_DAGS,
            kwargs,
            limit=limit,
            offset=offset,
            order_by=order_by,
            tags=tags,
            only_active=only_active,
            paused=paused,
            fields=fields,
            dag_id_pattern=dag_id_pattern,
        )

    def get_task(self, dag_id: str, task_id: str, **kwargs: Unpack[RequestOptions]) -> Task:
        """Get simplified representation of a task.

        ``GET /dags/{dag_id}/tasks/{task_id}``

        :param dag_id: ``str`` (required)
        :param task_id: ``str`` (required)
        :returns: ``Task``
        """
        return self.api_client.call(_GET_TASK, kwargs, dag_id=dag_id, task_id=task_id)

    def get_tasks(
        self, dag_id: str, *, order_by: Optional[str] = None, **kwargs: Unpack[RequestOptions]
    ) -> TaskCollection:
        """Get tasks for DAG.

        ``GET /dags/{dag_id}/tasks``

        :param dag_id: ``str`` (required)
        :param order_by: ``str``
        :returns: ``TaskCollection``
        """
        return self.api_client.call(_GET_TASKS, kwargs, dag_id=dag_id, order_by=order_by)

    def patch_dag(
        self,
        dag_id: str,
        dag: Union[DAG, Dict[str, Any]],
        *,
        update_mask: Optional[List[str]] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> DAG:
        """Update a DAG.

        ``PATCH /dags/{dag_id}``

        :param dag_id: ``str`` (required)
        :param dag: ``Union[DAG, Dict[str, Any]]`` (required)
        :param update_mask: ``List[str]``
        :returns: ``DAG``
        """
        return self.api_client.call(_PATCH_DAG, kwargs, dag_id=dag_id, dag=dag, update_mask=update_mask)

    def patch_dags(
        self,
        dag_id_pattern: str,
        dag: Union[DAG, Dict[str, Any]],
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        tags: Optional[List[str]] = None,
        update_mask: Optional[List[str]] = None,
        only_active: Optional[bool] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> DAGCollection:
        """Update DAGs.

        ``PATCH /dags``

        :param dag_id_pattern: ``str`` (required)
        :param dag: ``Union[DAG, Dict[str, Any]]`` (required)
        :param limit: ``int``
        :param offset: ``int``
        :param tags: ``List[str]``
        :param update_mask: ``List[str]``
        :param only_active: ``bool``
        :returns: ``DAGCollection``
        """
        return self.api_client.call(
            _PATCH_DAGS,
            kwargs,
            dag_id_pattern=dag_id_pattern,
            dag=dag,
            limit=limit,
            offset=offset,
            tags=tags,
            update_mask=update_mask,
            only_active=only_active,
        )

    def post_clear_task_instances(
        self,
        dag_id: str,
        clear_task_instances: Union[ClearTaskInstances, Dict[str, Any]],
        **kwargs: Unpack[RequestOptions],
    ) -> TaskInstanceReferenceCollection:
        """Clear a set of task instances.

        ``POST /dags/{dag_id}/clearTaskInstances``

        :param dag_id: ``str`` (required)
        :param clear_task_instances: ``Union[ClearTaskInstances, Dict[str, Any]]`` (required)
        :returns: ``TaskInstanceReferenceCollection``
        """
        return self.api_client.call(
            _POST_CLEAR_TASK_INSTANCES, kwargs, dag_id=dag_id, clear_task_instances=clear_task_instances
        )

    def post_set_task_instances_state(
        self,
        dag_id: str,
        update_task_instances_state: Union[UpdateTaskInstancesState, Dict[str, Any]],
        **kwargs: Unpack[RequestOptions],
    ) -> TaskInstanceReferenceCollection:
        """Set a state of task instances.

        ``POST /dags/{dag_id}/updateTaskInstancesState``

        :param dag_id: ``str`` (required)
        :param update_task_instances_state: ``Union[UpdateTaskInstancesState, Dict[str, Any]]`` (required)
        :returns: ``TaskInstanceReferenceCollection``
        """
        return self.api_client.call(
            _POST_SET_TASK_INSTANCES_STATE,
            kwargs,
            dag_id=dag_id,
            update_task_instances_state=update_task_instances_state,
        )

    def reparse_dag_file(self, file_token: str, **kwargs: Unpack[RequestOptions]) -> None:
        """Request re-parsing of a DAG file.

        ``PUT /parseDagFile/{file_token}``

        :param file_token: ``str`` (required)
        :returns: ``None``
        """
        return self.api_client.call(_REPARSE_DAG_FILE, kwargs, file_token=file_token)
