# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""DAGApi: the operations tagged ``DAG``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Optional, Union

from typing_extensions import Unpack

from airflow_client.client.api_base import Api, RequestOptions
from airflow_client.client.api_client import ApiClient  # noqa: F401 - the official module holds it too
from airflow_client.client.core.operation import BOOL, INT, STR, Array, Operation
from airflow_client.client.lazy import OFFICIAL_API_MODULE_NAMES, lazy_names

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

_DELETE_DAG = Operation("delete_dag", "DELETE", "/dags/{dag_id}", path_params={"dag_id": STR}, since="2.2.0")
_GET_DAG = Operation(
    "get_dag", "GET", "/dags/{dag_id}", path_params={"dag_id": STR}, query={"fields": Array(STR)}, response="DAG"
)
_GET_DAG_DETAILS = Operation(
    "get_dag_details",
    "GET",
    "/dags/{dag_id}/details",
    path_params={"dag_id": STR},
    query={"fields": Array(STR)},
    response="DAGDetail",
)
_GET_DAG_SOURCE = Operation(
    "get_dag_source",
    "GET",
    "/dagSources/{file_token}",
    path_params={"file_token": STR},
    response="InlineResponse200",
    content_types=("application/json", "text/plain"),
)
_GET_DAGS = Operation(
    "get_dags",
    "GET",
    "/dags",
    query={
        "limit": INT,
        "offset": INT.at_least(0),
        "order_by": STR,
        "tags": Array(STR),
        "only_active": BOOL,
        "paused": BOOL,
        "fields": Array(STR),
        "dag_id_pattern": STR,
    },
    response="DAGCollection",
)
_GET_TASK = Operation(
    "get_task", "GET", "/dags/{dag_id}/tasks/{task_id}", path_params={"dag_id": STR, "task_id": STR}, response="Task"
)
_GET_TASKS = Operation(
    "get_tasks",
    "GET",
    "/dags/{dag_id}/tasks",
    path_params={"dag_id": STR},
    query={"order_by": STR},
    response="TaskCollection",
)
_PATCH_DAG = Operation(
    "patch_dag",
    "PATCH",
    "/dags/{dag_id}",
    path_params={"dag_id": STR},
    query={"update_mask": Array(STR, joined=True)},
    body="DAG",
    body_name="dag",
    response="DAG",
)
_PATCH_DAGS = Operation(
    "patch_dags",
    "PATCH",
    "/dags",
    query={
        "limit": INT,
        "offset": INT.at_least(0),
        "tags": Array(STR),
        "update_mask": Array(STR, joined=True),
        "only_active": BOOL,
        "dag_id_pattern": STR,
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
    path_params={"dag_id": STR},
    body="ClearTaskInstances",
    body_name="clear_task_instances",
    response="TaskInstanceReferenceCollection",
)
_POST_SET_TASK_INSTANCES_STATE = Operation(
    "post_set_task_instances_state",
    "POST",
    "/dags/{dag_id}/updateTaskInstancesState",
    path_params={"dag_id": STR},
    body="UpdateTaskInstancesState",
    body_name="update_task_instances_state",
    response="TaskInstanceReferenceCollection",
)
_REPARSE_DAG_FILE = Operation(
    "reparse_dag_file", "PUT", "/parseDagFile/{file_token}", path_params={"file_token": STR}, since="2.10.0"
)


class DAGApi(Api):
    """Operations tagged ``DAG``; methods are named after the spec's operationIds."""

    def delete_dag(
        self,
        dag_id: str,
        **kwargs: Unpack[RequestOptions],
    ) -> None:
        """Delete a DAG.

        Deletes all metadata related to the DAG, including finished DAG Runs and Tasks.
        Logs are not deleted. This action cannot be undone.

        *New in version 2.2.0*

        ``DELETE /dags/{dag_id}``

        :param dag_id: The DAG ID.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``None``: Success.
        :raises ApiException: 400: Client specified an invalid argument.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        :raises ApiException: 409: An existing resource conflicts with the request.
        :raises OperationNotSupportedError: the server's Airflow is older than 2.2.0 (a NotFoundException)
        """
        return self._call(_DELETE_DAG, kwargs, dag_id=dag_id)

    def get_dag(
        self,
        dag_id: str,
        *,
        fields: Optional[List[str]] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> DAG:
        """Get basic information about a DAG.

        Presents only information available in database (DAGModel).
        If you need detailed information, consider using GET /dags/{dag_id}/details.

        ``GET /dags/{dag_id}``

        :param dag_id: The DAG ID.
        :param fields: List of field for return.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``DAG``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        """
        return self._call(_GET_DAG, kwargs, dag_id=dag_id, fields=fields)

    def get_dag_details(
        self,
        dag_id: str,
        *,
        fields: Optional[List[str]] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> DAGDetail:
        """Get a simplified representation of DAG.

        The response contains many DAG attributes, so the response can be large. If possible, consider using GET /dags/{dag_id}.

        ``GET /dags/{dag_id}/details``

        :param dag_id: The DAG ID.
        :param fields: List of field for return.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``DAGDetail``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        """
        return self._call(_GET_DAG_DETAILS, kwargs, dag_id=dag_id, fields=fields)

    def get_dag_source(
        self,
        file_token: str,
        **kwargs: Unpack[RequestOptions],
    ) -> Union[InlineResponse200, str]:
        """Get a source code.

        Get a source code using file token.

        ``GET /dagSources/{file_token}``

        :param file_token: The key containing the encrypted path to the file. Encryption and decryption take place only on
            the server. This prevents the client from reading an non-DAG file. This also ensures API
            extensibility, because the format of encrypted data may change.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``Union[InlineResponse200, str]``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        :raises ApiException: 406: A specified Accept header is not allowed.
        """
        return self._call(_GET_DAG_SOURCE, kwargs, file_token=file_token)

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

        List DAGs in the database.
        `dag_id_pattern` can be set to match dags of a specific pattern

        ``GET /dags``

        :param limit: The numbers of items to return. (the server's default: ``100``)
        :param offset: The number of items to skip before starting to collect the result set.
        :param order_by: The name of the field to order the results by.
            Prefix a field name with `-` to reverse the sort order.

            *New in version 2.1.0*
        :param tags: List of tags to filter results.

            *New in version 2.2.0*
        :param only_active: Only filter active DAGs.

            *New in version 2.1.1* (the server's default: ``True``)
        :param paused: Only filter paused/unpaused DAGs. If absent or null, it returns paused and unpaused DAGs.

            *New in version 2.6.0*
        :param fields: List of field for return.
        :param dag_id_pattern: If set, only return DAGs with dag_ids matching this pattern.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``DAGCollection``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        """
        return self._call(
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

    def get_task(
        self,
        dag_id: str,
        task_id: str,
        **kwargs: Unpack[RequestOptions],
    ) -> Task:
        """Get simplified representation of a task.

        ``GET /dags/{dag_id}/tasks/{task_id}``

        :param dag_id: The DAG ID.
        :param task_id: The task ID.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``Task``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        """
        return self._call(_GET_TASK, kwargs, dag_id=dag_id, task_id=task_id)

    def get_tasks(
        self,
        dag_id: str,
        *,
        order_by: Optional[str] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> TaskCollection:
        """Get tasks for DAG.

        ``GET /dags/{dag_id}/tasks``

        :param dag_id: The DAG ID.
        :param order_by: The name of the field to order the results by.
            Prefix a field name with `-` to reverse the sort order.

            *New in version 2.1.0*
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``TaskCollection``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        """
        return self._call(_GET_TASKS, kwargs, dag_id=dag_id, order_by=order_by)

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

        :param dag_id: The DAG ID.
        :param dag: The request body: a ``DAG``, or a dict of its fields.
        :param update_mask: The fields to update on the resource. If absent or empty, all modifiable fields are updated.
            A comma-separated list of fully qualified names of fields.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``DAG``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        """
        return self._call(_PATCH_DAG, kwargs, dag_id=dag_id, dag=dag, update_mask=update_mask)

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

        Update DAGs of a given dag_id_pattern using UpdateMask.
        This endpoint allows specifying `~` as the dag_id_pattern to update all DAGs.
        *New in version 2.3.0*

        ``PATCH /dags``

        :param dag_id_pattern: If set, only update DAGs with dag_ids matching this pattern.
        :param dag: The request body: a ``DAG``, or a dict of its fields.
        :param limit: The numbers of items to return. (the server's default: ``100``)
        :param offset: The number of items to skip before starting to collect the result set.
        :param tags: List of tags to filter results.

            *New in version 2.2.0*
        :param update_mask: The fields to update on the resource. If absent or empty, all modifiable fields are updated.
            A comma-separated list of fully qualified names of fields.
        :param only_active: Only filter active DAGs.

            *New in version 2.1.1* (the server's default: ``True``)
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``DAGCollection``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        :raises OperationNotSupportedError: the server's Airflow is older than 2.3.0 (a NotFoundException)
        """
        return self._call(
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

        Clears a set of task instances associated with the DAG for a specified date range.

        ``POST /dags/{dag_id}/clearTaskInstances``

        :param dag_id: The DAG ID.
        :param clear_task_instances: Parameters of action: a ``ClearTaskInstances``, or a dict of its fields.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``TaskInstanceReferenceCollection``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        """
        return self._call(_POST_CLEAR_TASK_INSTANCES, kwargs, dag_id=dag_id, clear_task_instances=clear_task_instances)

    def post_set_task_instances_state(
        self,
        dag_id: str,
        update_task_instances_state: Union[UpdateTaskInstancesState, Dict[str, Any]],
        **kwargs: Unpack[RequestOptions],
    ) -> TaskInstanceReferenceCollection:
        """Set a state of task instances.

        Updates the state for multiple task instances simultaneously.

        ``POST /dags/{dag_id}/updateTaskInstancesState``

        :param dag_id: The DAG ID.
        :param update_task_instances_state: Parameters of action: a ``UpdateTaskInstancesState``, or a dict of its fields.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``TaskInstanceReferenceCollection``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        """
        return self._call(
            _POST_SET_TASK_INSTANCES_STATE,
            kwargs,
            dag_id=dag_id,
            update_task_instances_state=update_task_instances_state,
        )

    def reparse_dag_file(
        self,
        file_token: str,
        **kwargs: Unpack[RequestOptions],
    ) -> None:
        """Request re-parsing of a DAG file.

        Request re-parsing of existing DAG files using a file token.

        ``PUT /parseDagFile/{file_token}``

        :param file_token: The key containing the encrypted path to the file. Encryption and decryption take place only on
            the server. This prevents the client from reading an non-DAG file. This also ensures API
            extensibility, because the format of encrypted data may change.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``None``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        :raises OperationNotSupportedError: the server's Airflow is older than 2.10.0 (a NotFoundException)
        """
        return self._call(_REPARSE_DAG_FILE, kwargs, file_token=file_token)
