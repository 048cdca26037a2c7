# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""TaskInstanceApi: the operations tagged ``TaskInstance``."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Union

from typing_extensions import Unpack

from airflow_client.client.api_base import Api, RequestOptions
from airflow_client.client.api_client import ApiClient  # noqa: F401 - the official module holds it too
from airflow_client.client.core.operation import BOOL, DATETIME, FLOAT, INT, STR, Array, Operation
from airflow_client.client.lazy import OFFICIAL_API_MODULE_NAMES, lazy_names

if TYPE_CHECKING:
    from airflow_client.client.model.extra_link_collection import ExtraLinkCollection
    from airflow_client.client.model.inline_response2001 import InlineResponse2001
    from airflow_client.client.model.list_task_instance_form import ListTaskInstanceForm
    from airflow_client.client.model.set_task_instance_note import SetTaskInstanceNote
    from airflow_client.client.model.task_instance import TaskInstance
    from airflow_client.client.model.task_instance_collection import TaskInstanceCollection
    from airflow_client.client.model.task_instance_dependency_collection import TaskInstanceDependencyCollection
    from airflow_client.client.model.task_instance_history import TaskInstanceHistory
    from airflow_client.client.model.task_instance_history_collection import TaskInstanceHistoryCollection
    from airflow_client.client.model.task_instance_reference import TaskInstanceReference
    from airflow_client.client.model.update_task_instance import UpdateTaskInstance

__all__ = ["TaskInstanceApi"]

#: What the official client's module holds besides the class: the models its
#: operations send and answer, and helpers; each imported on first use.
__getattr__, __dir__ = lazy_names(
    __name__,
    OFFICIAL_API_MODULE_NAMES,
    {
        "Error": "airflow_client.client.model.error",
        "ExtraLinkCollection": "airflow_client.client.model.extra_link_collection",
        "InlineResponse2001": "airflow_client.client.model.inline_response2001",
        "ListTaskInstanceForm": "airflow_client.client.model.list_task_instance_form",
        "SetTaskInstanceNote": "airflow_client.client.model.set_task_instance_note",
        "TaskInstance": "airflow_client.client.model.task_instance",
        "TaskInstanceCollection": "airflow_client.client.model.task_instance_collection",
        "TaskInstanceDependencyCollection": "airflow_client.client.model.task_instance_dependency_collection",
        "TaskInstanceHistory": "airflow_client.client.model.task_instance_history",
        "TaskInstanceHistoryCollection": "airflow_client.client.model.task_instance_history_collection",
        "TaskInstanceReference": "airflow_client.client.model.task_instance_reference",
        "UpdateTaskInstance": "airflow_client.client.model.update_task_instance",
    },
)

_GET_EXTRA_LINKS = Operation(
    "get_extra_links",
    "GET",
    "/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/links",
    path_params={"dag_id": STR, "dag_run_id": STR, "task_id": STR},
    query={"map_index": INT},
    response="ExtraLinkCollection",
)
_GET_LOG = Operation(
    "get_log",
    "GET",
    "/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/logs/{task_try_number}",
    path_params={"dag_id": STR, "dag_run_id": STR, "task_id": STR, "task_try_number": INT},
    query={"full_content": BOOL, "map_index": INT, "token": STR},
    response="InlineResponse2001",
    content_types=("application/json", "text/plain"),
)
_GET_MAPPED_TASK_INSTANCE = Operation(
    "get_mapped_task_instance",
    "GET",
    "/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/{map_index}",
    path_params={"dag_id": STR, "dag_run_id": STR, "task_id": STR, "map_index": INT},
    response="TaskInstance",
    since="2.3.0",
)
_GET_MAPPED_TASK_INSTANCE_DEPENDENCIES = Operation(
    "get_mapped_task_instance_dependencies",
    "GET",
    "/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/{map_index}/dependencies",
    path_params={"dag_id": STR, "dag_run_id": STR, "task_id": STR, "map_index": INT},
    response="TaskInstanceDependencyCollection",
    since="2.10.0",
)
_GET_MAPPED_TASK_INSTANCE_TRIES = Operation(
    "get_mapped_task_instance_tries",
    "GET",
    "/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/{map_index}/tries",
    path_params={"dag_id": STR, "dag_run_id": STR, "task_id": STR, "map_index": INT},
    query={"limit": INT, "offset": INT.at_least(0), "order_by": STR},
    response="TaskInstanceHistoryCollection",
    since="2.10.0",
)
_GET_MAPPED_TASK_INSTANCE_TRY_DETAILS = Operation(
    "get_mapped_task_instance_try_details",
    "GET",
    "/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/{map_index}/tries/{task_try_number}",
    path_params={"dag_id": STR, "dag_run_id": STR, "task_id": STR, "map_index": INT, "task_try_number": INT},
    response="TaskInstanceHistory",
    since="2.10.0",
)
_GET_MAPPED_TASK_INSTANCES = Operation(
    "get_mapped_task_instances",
    "GET",
    "/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/listMapped",
    path_params={"dag_id": STR, "dag_run_id": STR, "task_id": STR},
    query={
        "limit": INT,
        "offset": INT.at_least(0),
        "execution_date_gte": DATETIME,
        "execution_date_lte": DATETIME,
        "start_date_gte": DATETIME,
        "start_date_lte": DATETIME,
        "end_date_gte": DATETIME,
        "end_date_lte": DATETIME,
        "updated_at_gte": DATETIME,
        "updated_at_lte": DATETIME,
        "duration_gte": FLOAT,
        "duration_lte": FLOAT,
        "state": Array(STR),
        "pool": Array(STR),
        "queue": Array(STR),
        "executor": Array(STR),
        "order_by": STR,
    },
    response="TaskInstanceCollection",
    since="2.3.0",
)
_GET_TASK_INSTANCE = Operation(
    "get_task_instance",
    "GET",
    "/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}",
    path_params={"dag_id": STR, "dag_run_id": STR, "task_id": STR},
    response="TaskInstance",
)
_GET_TASK_INSTANCE_DEPENDENCIES = Operation(
    "get_task_instance_dependencies",
    "GET",
    "/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/dependencies",
    path_params={"dag_id": STR, "dag_run_id": STR, "task_id": STR},
    response="TaskInstanceDependencyCollection",
    since="2.10.0",
)
_GET_TASK_INSTANCE_TRIES = Operation(
    "get_task_instance_tries",
    "GET",
    "/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/tries",
    path_params={"dag_id": STR, "dag_run_id": STR, "task_id": STR},
    query={"limit": INT, "offset": INT.at_least(0), "order_by": STR},
    response="TaskInstanceHistoryCollection",
    since="2.10.0",
)
_GET_TASK_INSTANCE_TRY_DETAILS = Operation(
    "get_task_instance_try_details",
    "GET",
    "/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/tries/{task_try_number}",
    path_params={"dag_id": STR, "dag_run_id": STR, "task_id": STR, "task_try_number": INT},
    response="TaskInstanceHistory",
    since="2.10.0",
)
_GET_TASK_INSTANCES = Operation(
    "get_task_instances",
    "GET",
    "/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances",
    path_params={"dag_id": STR, "dag_run_id": STR},
    query={
        "execution_date_gte": DATETIME,
        "execution_date_lte": DATETIME,
        "start_date_gte": DATETIME,
        "start_date_lte": DATETIME,
        "end_date_gte": DATETIME,
        "end_date_lte": DATETIME,
        "updated_at_gte": DATETIME,
        "updated_at_lte": DATETIME,
        "duration_gte": FLOAT,
        "duration_lte": FLOAT,
        "state": Array(STR),
        "pool": Array(STR),
        "queue": Array(STR),
        "executor": Array(STR),
        "limit": INT,
        "offset": INT.at_least(0),
    },
    response="TaskInstanceCollection",
)
_GET_TASK_INSTANCES_BATCH = Operation(
    "get_task_instances_batch",
    "POST",
    "/dags/~/dagRuns/~/taskInstances/list",
    body="ListTaskInstanceForm",
    body_name="list_task_instance_form",
    response="TaskInstanceCollection",
)
_PATCH_MAPPED_TASK_INSTANCE = Operation(
    "patch_mapped_task_instance",
    "PATCH",
    "/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/{map_index}",
    path_params={"dag_id": STR, "dag_run_id": STR, "task_id": STR, "map_index": INT},
    body="UpdateTaskInstance",
    body_name="update_task_instance",
    body_required=False,
    response="TaskInstanceReference",
    since="2.5.0",
)
_PATCH_TASK_INSTANCE = Operation(
    "patch_task_instance",
    "PATCH",
    "/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}",
    path_params={"dag_id": STR, "dag_run_id": STR, "task_id": STR},
    body="UpdateTaskInstance",
    body_name="update_task_instance",
    response="TaskInstanceReference",
    since="2.5.0",
)
_SET_MAPPED_TASK_INSTANCE_NOTE = Operation(
    "set_mapped_task_instance_note",
    "PATCH",
    "/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/{map_index}/setNote",
    path_params={"dag_id": STR, "dag_run_id": STR, "task_id": STR, "map_index": INT},
    body="SetTaskInstanceNote",
    body_name="set_task_instance_note",
    response="TaskInstance",
    since="2.5.0",
)
_SET_TASK_INSTANCE_NOTE = Operation(
    "set_task_instance_note",
    "PATCH",
    "/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/setNote",
    path_params={"dag_id": STR, "dag_run_id": STR, "task_id": STR},
    body="SetTaskInstanceNote",
    body_name="set_task_instance_note",
    response="TaskInstance",
    since="2.5.0",
)


class TaskInstanceApi(Api):
    """Operations tagged ``TaskInstance``; methods are named after the spec's operationIds."""

    def get_extra_links(
        self,
        dag_id: str,
        dag_run_id: str,
        task_id: str,
        *,
        map_index: Optional[int] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> ExtraLinkCollection:
        """List extra links.

        List extra links for task instance.

        ``GET /dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/links``

        :param dag_id: The DAG ID.
        :param dag_run_id: The DAG run ID.
        :param task_id: The task ID.
        :param map_index: Filter on map index for mapped task.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``ExtraLinkCollection``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        """
        return self._call(
            _GET_EXTRA_LINKS, kwargs, dag_id=dag_id, dag_run_id=dag_run_id, task_id=task_id, map_index=map_index
        )

    def get_log(
        self,
        dag_id: str,
        dag_run_id: str,
        task_id: str,
        task_try_number: int,
        *,
        full_content: Optional[bool] = None,
        map_index: Optional[int] = None,
        token: Optional[str] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> Union[InlineResponse2001, str]:
        """Get logs.

        Get logs for a specific task instance and its try number.
        To get log from specific character position, following way of using
        URLSafeSerializer can be used.

        Example:
        ```
        from itsdangerous.url_safe import URLSafeSerializer

        request_url = f"api/v1/dags/{DAG_ID}/dagRuns/{RUN_ID}/taskInstances/{TASK_ID}/logs/1"
        key = app.config["SECRET_KEY"]
        serializer = URLSafeSerializer(key)
        token = serializer.dumps({"log_pos": 10000})

        response = self.client.get(
            request_url,
            query_string={"token": token},
            headers={"Accept": "text/plain"},
            environ_overrides={"REMOTE_USER": "test"},
        )
        continuation_token = response.json["continuation_token"]
            metadata = URLSafeSerializer(key).loads(continuation_token)
            log_pos = metadata["log_pos"]
            end_of_log = metadata["end_of_log"]
        ```
        If log_pos is passed as 10000 like the above example, it renders the logs starting
        from char position 10000 to last (not the end as the logs may be tailing behind in
        running state). This way pagination can be done with metadata as part of the token.

        ``GET /dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/logs/{task_try_number}``

        :param dag_id: The DAG ID.
        :param dag_run_id: The DAG run ID.
        :param task_id: The task ID.
        :param task_try_number: The task try number.
        :param full_content: A full content will be returned.
            By default, only the first fragment will be returned.
        :param map_index: Filter on map index for mapped task.
        :param token: A token that allows you to continue fetching logs.
            If passed, it will specify the location from which the download should be continued.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``Union[InlineResponse2001, str]``: Success.
        :raises ApiException: 400: Client specified an invalid argument.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        """
        return self._call(
            _GET_LOG,
            kwargs,
            dag_id=dag_id,
            dag_run_id=dag_run_id,
            task_id=task_id,
            task_try_number=task_try_number,
            full_content=full_content,
            map_index=map_index,
            token=token,
        )

    def get_mapped_task_instance(
        self,
        dag_id: str,
        dag_run_id: str,
        task_id: str,
        map_index: int,
        **kwargs: Unpack[RequestOptions],
    ) -> TaskInstance:
        """Get a mapped task instance.

        Get details of a mapped task instance.

        *New in version 2.3.0*

        ``GET /dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/{map_index}``

        :param dag_id: The DAG ID.
        :param dag_run_id: The DAG run ID.
        :param task_id: The task ID.
        :param map_index: The map index.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``TaskInstance``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        :raises OperationNotSupportedError: the server's Airflow is older than 2.3.0 (a NotFoundException)
        """
        return self._call(
            _GET_MAPPED_TASK_INSTANCE,
            kwargs,
            dag_id=dag_id,
            dag_run_id=dag_run_id,
            task_id=task_id,
            map_index=map_index,
        )

    def get_mapped_task_instance_dependencies(
        self,
        dag_id: str,
        dag_run_id: str,
        task_id: str,
        map_index: int,
        **kwargs: Unpack[RequestOptions],
    ) -> TaskInstanceDependencyCollection:
        """Get task dependencies blocking task from getting scheduled.

        Get task dependencies blocking task from getting scheduled.

        *New in version 2.10.0*

        ``GET /dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/{map_index}/dependencies``

        :param dag_id: The DAG ID.
        :param dag_run_id: The DAG run ID.
        :param task_id: The task ID.
        :param map_index: The map index.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``TaskInstanceDependencyCollection``: Success.
        :raises ApiException: 400: Client specified an invalid argument.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        :raises OperationNotSupportedError: the server's Airflow is older than 2.10.0 (a NotFoundException)
        """
        return self._call(
            _GET_MAPPED_TASK_INSTANCE_DEPENDENCIES,
            kwargs,
            dag_id=dag_id,
            dag_run_id=dag_run_id,
            task_id=task_id,
            map_index=map_index,
        )

    def get_mapped_task_instance_tries(
        self,
        dag_id: str,
        dag_run_id: str,
        task_id: str,
        map_index: int,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        order_by: Optional[str] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> TaskInstanceHistoryCollection:
        """List mapped task instance tries.

        Get details of all task instance tries.

        *New in version 2.10.0*

        ``GET /dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/{map_index}/tries``

        :param dag_id: The DAG ID.
        :param dag_run_id: The DAG run ID.
        :param task_id: The task ID.
        :param map_index: The map index.
        :param limit: The numbers of items to return. (the server's default: ``100``)
        :param offset: The number of items to skip before starting to collect the result set.
        :param order_by: The name of the field to order the results by.
            Prefix a field name with `-` to reverse the sort order.

            *New in version 2.1.0*
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``TaskInstanceHistoryCollection``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        :raises OperationNotSupportedError: the server's Airflow is older than 2.10.0 (a NotFoundException)
        """
        return self._call(
            _GET_MAPPED_TASK_INSTANCE_TRIES,
            kwargs,
            dag_id=dag_id,
            dag_run_id=dag_run_id,
            task_id=task_id,
            map_index=map_index,
            limit=limit,
            offset=offset,
            order_by=order_by,
        )

    def get_mapped_task_instance_try_details(
        self,
        dag_id: str,
        dag_run_id: str,
        task_id: str,
        map_index: int,
        task_try_number: int,
        **kwargs: Unpack[RequestOptions],
    ) -> TaskInstanceHistory:
        """get mapped taskinstance try.

        Get details of a mapped task instance try.

        *New in version 2.10.0*

        ``GET /dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/{map_index}/tries/{task_try_number}``

        :param dag_id: The DAG ID.
        :param dag_run_id: The DAG run ID.
        :param task_id: The task ID.
        :param map_index: The map index.
        :param task_try_number: The task try number.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``TaskInstanceHistory``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        :raises OperationNotSupportedError: the server's Airflow is older than 2.10.0 (a NotFoundException)
        """
        return self._call(
            _GET_MAPPED_TASK_INSTANCE_TRY_DETAILS,
            kwargs,
            dag_id=dag_id,
            dag_run_id=dag_run_id,
            task_id=task_id,
            map_index=map_index,
            task_try_number=task_try_number,
        )

    def get_mapped_task_instances(
        self,
        dag_id: str,
        dag_run_id: str,
        task_id: str,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        execution_date_gte: Optional[Union[datetime, str]] = None,
        execution_date_lte: Optional[Union[datetime, str]] = None,
        start_date_gte: Optional[Union[datetime, str]] = None,
        start_date_lte: Optional[Union[datetime, str]] = None,
        end_date_gte: Optional[Union[datetime, str]] = None,
        end_date_lte: Optional[Union[datetime, str]] = None,
        updated_at_gte: Optional[Union[datetime, str]] = None,
        updated_at_lte: Optional[Union[datetime, str]] = None,
        duration_gte: Optional[float] = None,
        duration_lte: Optional[float] = None,
        state: Optional[List[str]] = None,
        pool: Optional[List[str]] = None,
        queue: Optional[List[str]] = None,
        executor: Optional[List[str]] = None,
        order_by: Optional[str] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> TaskInstanceCollection:
        """List mapped task instances.

        Get details of all mapped task instances.

        *New in version 2.3.0*

        ``GET /dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/listMapped``

        :param dag_id: The DAG ID.
        :param dag_run_id: The DAG run ID.
        :param task_id: The task ID.
        :param limit: The numbers of items to return. (the server's default: ``100``)
        :param offset: The number of items to skip before starting to collect the result set.
        :param execution_date_gte: Returns objects greater or equal to the specified date.

            This can be combined with execution_date_lte parameter to receive only the selected period.
        :param execution_date_lte: Returns objects less than or equal to the specified date.

            This can be combined with execution_date_gte parameter to receive only the selected period.
        :param start_date_gte: Returns objects greater or equal the specified date.

            This can be combined with start_date_lte parameter to receive only the selected period.
        :param start_date_lte: Returns objects less or equal the specified date.

            This can be combined with start_date_gte parameter to receive only the selected period.
        :param end_date_gte: Returns objects greater or equal the specified date.

            This can be combined with start_date_lte parameter to receive only the selected period.
        :param end_date_lte: Returns objects less than or equal to the specified date.

            This can be combined with start_date_gte parameter to receive only the selected period.
        :param updated_at_gte: Returns objects greater or equal the specified date.

            This can be combined with updated_at_lte parameter to receive only the selected period.

            *New in version 2.6.0*
        :param updated_at_lte: Returns objects less or equal the specified date.

            This can be combined with updated_at_gte parameter to receive only the selected period.

            *New in version 2.6.0*
        :param duration_gte: Returns objects greater than or equal to the specified values.

            This can be combined with duration_lte parameter to receive only the selected period.
        :param duration_lte: Returns objects less than or equal to the specified values.

            This can be combined with duration_gte parameter to receive only the selected range.
        :param state: The value can be repeated to retrieve multiple matching values (OR condition).
        :param pool: The value can be repeated to retrieve multiple matching values (OR condition).
        :param queue: The value can be repeated to retrieve multiple matching values (OR condition).
        :param executor: The value can be repeated to retrieve multiple matching values (OR condition).
        :param order_by: The name of the field to order the results by.
            Prefix a field name with `-` to reverse the sort order.

            *New in version 2.1.0*
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``TaskInstanceCollection``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        :raises OperationNotSupportedError: the server's Airflow is older than 2.3.0 (a NotFoundException)
        """
        return self._call(
            _GET_MAPPED_TASK_INSTANCES,
            kwargs,
            dag_id=dag_id,
            dag_run_id=dag_run_id,
            task_id=task_id,
            limit=limit,
            offset=offset,
            execution_date_gte=execution_date_gte,
            execution_date_lte=execution_date_lte,
            start_date_gte=start_date_gte,
            start_date_lte=start_date_lte,
            end_date_gte=end_date_gte,
            end_date_lte=end_date_lte,
            updated_at_gte=updated_at_gte,
            updated_at_lte=updated_at_lte,
            duration_gte=duration_gte,
            duration_lte=duration_lte,
            state=state,
            pool=pool,
            queue=queue,
            executor=executor,
            order_by=order_by,
        )

    def get_task_instance(
        self,
        dag_id: str,
        dag_run_id: str,
        task_id: str,
        **kwargs: Unpack[RequestOptions],
    ) -> TaskInstance:
        """Get a task instance.

        ``GET /dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}``

        :param dag_id: The DAG ID.
        :param dag_run_id: The DAG run ID.
        :param task_id: The task ID.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``TaskInstance``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        """
        return self._call(_GET_TASK_INSTANCE, kwargs, dag_id=dag_id, dag_run_id=dag_run_id, task_id=task_id)

    def get_task_instance_dependencies(
        self,
        dag_id: str,
        dag_run_id: str,
        task_id: str,
        **kwargs: Unpack[RequestOptions],
    ) -> TaskInstanceDependencyCollection:
        """Get task dependencies blocking task from getting scheduled.

        Get task dependencies blocking task from getting scheduled.

        *New in version 2.10.0*

        ``GET /dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/dependencies``

        :param dag_id: The DAG ID.
        :param dag_run_id: The DAG run ID.
        :param task_id: The task ID.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``TaskInstanceDependencyCollection``: Success.
        :raises ApiException: 400: Client specified an invalid argument.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        :raises OperationNotSupportedError: the server's Airflow is older than 2.10.0 (a NotFoundException)
        """
        return self._call(
            _GET_TASK_INSTANCE_DEPENDENCIES, kwargs, dag_id=dag_id, dag_run_id=dag_run_id, task_id=task_id
        )

    def get_task_instance_tries(
        self,
        dag_id: str,
        dag_run_id: str,
        task_id: str,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        order_by: Optional[str] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> TaskInstanceHistoryCollection:
        """List task instance tries.

        Get details of all task instance tries.

        *New in version 2.10.0*

        ``GET /dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/tries``

        :param dag_id: The DAG ID.
        :param dag_run_id: The DAG run ID.
        :param task_id: The task ID.
        :param limit: The numbers of items to return. (the server's default: ``100``)
        :param offset: The number of items to skip before starting to collect the result set.
        :param order_by: The name of the field to order the results by.
            Prefix a field name with `-` to reverse the sort order.

            *New in version 2.1.0*
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``TaskInstanceHistoryCollection``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        :raises OperationNotSupportedError: the server's Airflow is older than 2.10.0 (a NotFoundException)
        """
        return self._call(
            _GET_TASK_INSTANCE_TRIES,
            kwargs,
            dag_id=dag_id,
            dag_run_id=dag_run_id,
            task_id=task_id,
            limit=limit,
            offset=offset,
            order_by=order_by,
        )

    def get_task_instance_try_details(
        self,
        dag_id: str,
        dag_run_id: str,
        task_id: str,
        task_try_number: int,
        **kwargs: Unpack[RequestOptions],
    ) -> TaskInstanceHistory:
        """get taskinstance try.

        Get details of a task instance try.

        *New in version 2.10.0*

        ``GET /dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/tries/{task_try_number}``

        :param dag_id: The DAG ID.
        :param dag_run_id: The DAG run ID.
        :param task_id: The task ID.
        :param task_try_number: The task try number.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``TaskInstanceHistory``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        :raises OperationNotSupportedError: the server's Airflow is older than 2.10.0 (a NotFoundException)
        """
        return self._call(
            _GET_TASK_INSTANCE_TRY_DETAILS,
            kwargs,
            dag_id=dag_id,
            dag_run_id=dag_run_id,
            task_id=task_id,
            task_try_number=task_try_number,
        )

    def get_task_instances(
        self,
        dag_id: str,
        dag_run_id: str,
        *,
        execution_date_gte: Optional[Union[datetime, str]] = None,
        execution_date_lte: Optional[Union[datetime, str]] = None,
        start_date_gte: Optional[Union[datetime, str]] = None,
        start_date_lte: Optional[Union[datetime, str]] = None,
        end_date_gte: Optional[Union[datetime, str]] = None,
        end_date_lte: Optional[Union[datetime, str]] = None,
        updated_at_gte: Optional[Union[datetime, str]] = None,
        updated_at_lte: Optional[Union[datetime, str]] = None,
        duration_gte: Optional[float] = None,
        duration_lte: Optional[float] = None,
        state: Optional[List[str]] = None,
        pool: Optional[List[str]] = None,
        queue: Optional[List[str]] = None,
        executor: Optional[List[str]] = None,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> TaskInstanceCollection:
        """List task instances.

        This endpoint allows specifying `~` as the dag_id, dag_run_id to retrieve DAG runs for all DAGs and DAG runs.

        ``GET /dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances``

        :param dag_id: The DAG ID.
        :param dag_run_id: The DAG run ID.
        :param execution_date_gte: Returns objects greater or equal to the specified date.

            This can be combined with execution_date_lte parameter to receive only the selected period.
        :param execution_date_lte: Returns objects less than or equal to the specified date.

            This can be combined with execution_date_gte parameter to receive only the selected period.
        :param start_date_gte: Returns objects greater or equal the specified date.

            This can be combined with start_date_lte parameter to receive only the selected period.
        :param start_date_lte: Returns objects less or equal the specified date.

            This can be combined with start_date_gte parameter to receive only the selected period.
        :param end_date_gte: Returns objects greater or equal the specified date.

            This can be combined with start_date_lte parameter to receive only the selected period.
        :param end_date_lte: Returns objects less than or equal to the specified date.

            This can be combined with start_date_gte parameter to receive only the selected period.
        :param updated_at_gte: Returns objects greater or equal the specified date.

            This can be combined with updated_at_lte parameter to receive only the selected period.

            *New in version 2.6.0*
        :param updated_at_lte: Returns objects less or equal the specified date.

            This can be combined with updated_at_gte parameter to receive only the selected period.

            *New in version 2.6.0*
        :param duration_gte: Returns objects greater than or equal to the specified values.

            This can be combined with duration_lte parameter to receive only the selected period.
        :param duration_lte: Returns objects less than or equal to the specified values.

            This can be combined with duration_gte parameter to receive only the selected range.
        :param state: The value can be repeated to retrieve multiple matching values (OR condition).
        :param pool: The value can be repeated to retrieve multiple matching values (OR condition).
        :param queue: The value can be repeated to retrieve multiple matching values (OR condition).
        :param executor: The value can be repeated to retrieve multiple matching values (OR condition).
        :param limit: The numbers of items to return. (the server's default: ``100``)
        :param offset: The number of items to skip before starting to collect the result set.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``TaskInstanceCollection``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        """
        return self._call(
            _GET_TASK_INSTANCES,
            kwargs,
            dag_id=dag_id,
            dag_run_id=dag_run_id,
            execution_date_gte=execution_date_gte,
            execution_date_lte=execution_date_lte,
            start_date_gte=start_date_gte,
            start_date_lte=start_date_lte,
            end_date_gte=end_date_gte,
            end_date_lte=end_date_lte,
            updated_at_gte=updated_at_gte,
            updated_at_lte=updated_at_lte,
            duration_gte=duration_gte,
            duration_lte=duration_lte,
            state=state,
            pool=pool,
            queue=queue,
            executor=executor,
            limit=limit,
            offset=offset,
        )

    def get_task_instances_batch(
        self,
        list_task_instance_form: Union[ListTaskInstanceForm, Dict[str, Any]],
        **kwargs: Unpack[RequestOptions],
    ) -> TaskInstanceCollection:
        """List task instances (batch).

        List task instances from all DAGs and DAG runs.
        This endpoint is a POST to allow filtering across a large number of DAG IDs, where as a GET it would run in to maximum HTTP request URL length limits.

        ``POST /dags/~/dagRuns/~/taskInstances/list``

        :param list_task_instance_form: The request body: a ``ListTaskInstanceForm``, or a dict of its fields.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``TaskInstanceCollection``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        """
        return self._call(_GET_TASK_INSTANCES_BATCH, kwargs, list_task_instance_form=list_task_instance_form)

    def patch_mapped_task_instance(
        self,
        dag_id: str,
        dag_run_id: str,
        task_id: str,
        map_index: int,
        *,
        update_task_instance: Optional[Union[UpdateTaskInstance, Dict[str, Any]]] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> TaskInstanceReference:
        """Updates the state of a mapped task instance.

        Updates the state for single mapped task instance.
        *New in version 2.5.0*

        ``PATCH /dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/{map_index}``

        :param dag_id: The DAG ID.
        :param dag_run_id: The DAG run ID.
        :param task_id: The task ID.
        :param map_index: The map index.
        :param update_task_instance: Parameters of action: a ``UpdateTaskInstance``, or a dict of its fields.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``TaskInstanceReference``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        :raises OperationNotSupportedError: the server's Airflow is older than 2.5.0 (a NotFoundException)
        """
        return self._call(
            _PATCH_MAPPED_TASK_INSTANCE,
            kwargs,
            dag_id=dag_id,
            dag_run_id=dag_run_id,
            task_id=task_id,
            map_index=map_index,
            update_task_instance=update_task_instance,
        )

    def patch_task_instance(
        self,
        dag_id: str,
        dag_run_id: str,
        task_id: str,
        update_task_instance: Union[UpdateTaskInstance, Dict[str, Any]],
        **kwargs: Unpack[RequestOptions],
    ) -> TaskInstanceReference:
        """Updates the state of a task instance.

        Updates the state for single task instance.
        *New in version 2.5.0*

        ``PATCH /dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}``

        :param dag_id: The DAG ID.
        :param dag_run_id: The DAG run ID.
        :param task_id: The task ID.
        :param update_task_instance: Parameters of action: a ``UpdateTaskInstance``, or a dict of its fields.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``TaskInstanceReference``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        :raises OperationNotSupportedError: the server's Airflow is older than 2.5.0 (a NotFoundException)
        """
        return self._call(
            _PATCH_TASK_INSTANCE,
            kwargs,
            dag_id=dag_id,
            dag_run_id=dag_run_id,
            task_id=task_id,
            update_task_instance=update_task_instance,
        )

    def set_mapped_task_instance_note(
        self,
        dag_id: str,
        dag_run_id: str,
        task_id: str,
        map_index: int,
        set_task_instance_note: Union[SetTaskInstanceNote, Dict[str, Any]],
        **kwargs: Unpack[RequestOptions],
    ) -> TaskInstance:
        """Update the TaskInstance note.

        Update the manual user note of a mapped Task Instance.

        *New in version 2.5.0*

        ``PATCH /dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/{map_index}/setNote``

        :param dag_id: The DAG ID.
        :param dag_run_id: The DAG run ID.
        :param task_id: The task ID.
        :param map_index: The map index.
        :param set_task_instance_note: Parameters of set Task Instance note: a ``SetTaskInstanceNote``, or a dict of its fields.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``TaskInstance``: Success.
        :raises ApiException: 400: Client specified an invalid argument.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        :raises OperationNotSupportedError: the server's Airflow is older than 2.5.0 (a NotFoundException)
        """
        return self._call(
            _SET_MAPPED_TASK_INSTANCE_NOTE,
            kwargs,
            dag_id=dag_id,
            dag_run_id=dag_run_id,
            task_id=task_id,
            map_index=map_index,
            set_task_instance_note=set_task_instance_note,
        )

    def set_task_instance_note(
        self,
        dag_id: str,
        dag_run_id: str,
        task_id: str,
        set_task_instance_note: Union[SetTaskInstanceNote, Dict[str, Any]],
        **kwargs: Unpack[RequestOptions],
    ) -> TaskInstance:
        """Update the TaskInstance note.

        Update the manual user note of a non-mapped Task Instance.

        *New in version 2.5.0*

        ``PATCH /dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/setNote``

        :param dag_id: The DAG ID.
        :param dag_run_id: The DAG run ID.
        :param task_id: The task ID.
        :param set_task_instance_note: Parameters of set Task Instance note: a ``SetTaskInstanceNote``, or a dict of its fields.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``TaskInstance``: Success.
        :raises ApiException: 400: Client specified an invalid argument.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        :raises OperationNotSupportedError: the server's Airflow is older than 2.5.0 (a NotFoundException)
        """
        return self._call(
            _SET_TASK_INSTANCE_NOTE,
            kwargs,
            dag_id=dag_id,
            dag_run_id=dag_run_id,
            task_id=task_id,
            set_task_instance_note=set_task_instance_note,
        )
