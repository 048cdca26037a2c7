# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""TaskInstanceApi: the operations tagged ``TaskInstance``."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Union

from typing_extensions import Unpack

from airflow_client.client.api_base import Api, RequestOptions
from airflow_client.client.api_client import ApiClient  # noqa: F401 - the official module holds it too
from airflow_client.client.lazy import OFFICIAL_API_MODULE_NAMES, lazy_names
from airflow_client.client.operation import Operation

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
    path_params={"dag_id": "str", "dag_run_id": "str", "task_id": "str"},
    query={"map_index": "int"},
    response="ExtraLinkCollection",
)
_GET_LOG = Operation(
    "get_log",
    "GET",
    "/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/logs/{task_try_number}",
    path_params={"dag_id": "str", "dag_run_id": "str", "task_id": "str", "task_try_number": "int"},
    query={"full_content": "bool", "map_index": "int", "token": "str"},
    response="InlineResponse2001",
    text=True,
)
_GET_MAPPED_TASK_INSTANCE = Operation(
    "get_mapped_task_instance",
    "GET",
    "/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/{map_index}",
    path_params={"dag_id": "str", "dag_run_id": "str", "task_id": "str", "map_index": "int"},
    response="TaskInstance",
    since="2.3.0",
)
_GET_MAPPED_TASK_INSTANCE_DEPENDENCIES = Operation(
    "get_mapped_task_instance_dependencies",
    "GET",
    "/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/{map_index}/dependencies",
    path_params={"dag_id": "str", "dag_run_id": "str", "task_id": "str", "map_index": "int"},
    response="TaskInstanceDependencyCollection",
    since="2.10.0",
)
_GET_MAPPED_TASK_INSTANCE_TRIES = Operation(
    "get_mapped_task_instance_tries",
    "GET",
    "/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/{map_index}/tries",
    path_params={"dag_id": "str", "dag_run_id": "str", "task_id": "str", "map_index": "int"},
    query={"limit": "int", "offset": "int", "order_by": "str"},
    response="TaskInstanceHistoryCollection",
    since="2.10.0",
)
_GET_MAPPED_TASK_INSTANCE_TRY_DETAILS = Operation(
    "get_mapped_task_instance_try_details",
    "GET",
    "/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/{map_index}/tries/{task_try_number}",
    path_params={"dag_id": "str", "dag_run_id": "str", "task_id": "str", "map_index": "int", "task_try_number": "int"},
    response="TaskInstanceHistory",
    since="2.10.0",
)
_GET_MAPPED_TASK_INSTANCES = Operation(
    "get_mapped_task_instances",
    "GET",
    "/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/listMapped",
    path_params={"dag_id": "str", "dag_run_id": "str", "task_id": "str"},
    query={
        "limit": "int",
        "offset": "int",
        "execution_date_gte": "datetime",
        "execution_date_lte": "datetime",
        "start_date_gte": "datetime",
        "start_date_lte": "datetime",
        "end_date_gte": "datetime",
        "end_date_lte": "datetime",
        "updated_at_gte": "datetime",
        "updated_at_lte": "datetime",
        "duration_gte": "float",
        "duration_lte": "float",
        "state": "[str]",
        "pool": "[str]",
        "queue": "[str]",
        "executor": "[str]",
        "order_by": "str",
    },
    response="TaskInstanceCollection",
    since="2.3.0",
)
_GET_TASK_INSTANCE = Operation(
    "get_task_instance",
    "GET",
    "/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}",
    path_params={"dag_id": "str", "dag_run_id": "str", "task_id": "str"},
    response="TaskInstance",
)
_GET_TASK_INSTANCE_DEPENDENCIES = Operation(
    "get_task_instance_dependencies",
    "GET",
    "/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/dependencies",
    path_params={"dag_id": "str", "dag_run_id": "str", "task_id": "str"},
    response="TaskInstanceDependencyCollection",
    since="2.10.0",
)
_GET_TASK_INSTANCE_TRIES = Operation(
    "get_task_instance_tries",
    "GET",
    "/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/tries",
    path_params={"dag_id": "str", "dag_run_id": "str", "task_id": "str"},
    query={"limit": "int", "offset": "int", "order_by": "str"},
    response="TaskInstanceHistoryCollection",
    since="2.10.0",
)
_GET_TASK_INSTANCE_TRY_DETAILS = Operation(
    "get_task_instance_try_details",
    "GET",
    "/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/tries/{task_try_number}",
    path_params={"dag_id": "str", "dag_run_id": "str", "task_id": "str", "task_try_number": "int"},
    response="TaskInstanceHistory",
    since="2.10.0",
)
_GET_TASK_INSTANCES = Operation(
    "get_task_instances",
    "GET",
    "/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances",
    path_params={"dag_id": "str", "dag_run_id": "str"},
    query={
        "execution_date_gte": "datetime",
        "execution_date_lte": "datetime",
        "start_date_gte": "datetime",
        "start_date_lte": "datetime",
        "end_date_gte": "datetime",
        "end_date_lte": "datetime",
        "updated_at_gte": "datetime",
        "updated_at_lte": "datetime",
        "duration_gte": "float",
        "duration_lte": "float",
        "state": "[str]",
        "pool": "[str]",
        "queue": "[str]",
        "executor": "[str]",
        "limit": "int",
        "offset": "int",
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
    path_params={"dag_id": "str", "dag_run_id": "str", "task_id": "str", "map_index": "int"},
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
    path_params={"dag_id": "str", "dag_run_id": "str", "task_id": "str"},
    body="UpdateTaskInstance",
    body_name="update_task_instance",
    response="TaskInstanceReference",
    since="2.5.0",
)
_SET_MAPPED_TASK_INSTANCE_NOTE = Operation(
    "set_mapped_task_instance_note",
    "PATCH",
    "/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/{map_index}/setNote",
    path_params={"dag_id": "str", "dag_run_id": "str", "task_id": "str", "map_index": "int"},
    body="SetTaskInstanceNote",
    body_name="set_task_instance_note",
    response="TaskInstance",
    since="2.5.0",
)
_SET_TASK_INSTANCE_NOTE = Operation(
    "set_task_instance_note",
    "PATCH",
    "/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/setNote",
    path_params={"dag_id": "str", "dag_run_id": "str", "task_id": "str"},
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

        ``GET /dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/links``

        :param dag_id: ``str`` (required)
        :param dag_run_id: ``str`` (required)
        :param task_id: ``str`` (required)
        :param map_index: ``int``
        :returns: ``ExtraLinkCollection``
        """
        return self.api_client.call(
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

        ``GET /dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/logs/{task_try_number}``

        :param dag_id: ``str`` (required)
        :param dag_run_id: ``str`` (required)
        :param task_id: ``str`` (required)
        :param task_try_number: ``int`` (required)
        :param full_content: ``bool``
        :param map_index: ``int``
        :param token: ``str``
        :returns: ``Union[InlineResponse2001, str]``
        """
        return self.api_client.call(
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
        self, dag_id: str, dag_run_id: str, task_id: str, map_index: int, **kwargs: Unpack[RequestOptions]
    ) -> TaskInstance:
        """Get a mapped task instance.

        ``GET /dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/{map_index}``

        :param dag_id: ``str`` (required)
        :param dag_run_id: ``str`` (required)
        :param task_id: ``str`` (required)
        :param map_index: ``int`` (required)
        :returns: ``TaskInstance``
        """
        return self.api_client.call(
            _GET_MAPPED_TASK_INSTANCE,
            kwargs,
            dag_id=dag_id,
            dag_run_id=dag_run_id,
            task_id=task_id,
            map_index=map_index,
        )

    def get_mapped_task_instance_dependencies(
        self, dag_id: str, dag_run_id: str, task_id: str, map_index: int, **kwargs: Unpack[RequestOptions]
    ) -> TaskInstanceDependencyCollection:
        """Get task dependencies blocking task from getting scheduled.

        ``GET /dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/{map_index}/dependencies``

        :param dag_id: ``str`` (required)
        :param dag_run_id: ``str`` (required)
        :param task_id: ``str`` (required)
        :param map_index: ``int`` (required)
        :returns: ``TaskInstanceDependencyCollection``
        """
        return self.api_client.call(
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

        ``GET /dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/{map_index}/tries``

        :param dag_id: ``str`` (required)
        :param dag_run_id: ``str`` (required)
        :param task_id: ``str`` (required)
        :param map_index: ``int`` (required)
        :param limit: ``int``
        :param offset: ``int``
        :param order_by: ``str``
        :returns: ``TaskInstanceHistoryCollection``
        """
        return self.api_client.call(
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

        ``GET /dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/{map_index}/tries/{task_try_number}``

        :param dag_id: ``str`` (required)
        :param dag_run_id: ``str`` (required)
        :param task_id: ``str`` (required)
        :param map_index: ``int`` (required)
        :param task_try_number: ``int`` (required)
        :returns: ``TaskInstanceHistory``
        """
        return self.api_client.call(
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

        ``GET /dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/listMapped``

        :param dag_id: ``str`` (required)
        :param dag_run_id: ``str`` (required)
        :param task_id: ``str`` (required)
        :param limit: ``int``
        :param offset: ``int``
        :param execution_date_gte: ``Union[datetime, str]``
        :param execution_date_lte: ``Union[datetime, str]``
        :param start_date_gte: ``Union[datetime, str]``
        :param start_date_lte: ``Union[datetime, str]``
        :param end_date_gte: ``Union[datetime, str]``
        :param end_date_lte: ``Union[datetime, str]``
        :param updated_at_gte: ``Union[datetime, str]``
        :param updated_at_lte: ``Union[datetime, str]``
        :param duration_gte: ``float``
        :param duration_lte: ``float``
        :param state: ``List[str]``
        :param pool: ``List[str]``
        :param queue: ``List[str]``
        :param executor: ``List[str]``
        :param order_by: ``str``
        :returns: ``TaskInstanceCollection``
        """
        return self.api_client.call(
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
        self, dag_id: str, dag_run_id: str, task_id: str, **kwargs: Unpack[RequestOptions]
    ) -> TaskInstance:
        """Get a task instance.

        ``GET /dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}``

        :param dag_id: ``str`` (required)
        :param dag_run_id: ``str`` (required)
        :param task_id: ``str`` (required)
        :returns: ``TaskInstance``
        """
        return self.api_client.call(_GET_TASK_INSTANCE, kwargs, dag_id=dag_id, dag_run_id=dag_run_id, task_id=task_id)

    def get_task_instance_dependencies(
        self, dag_id: str, dag_run_id: str, task_id: str, **kwargs: Unpack[RequestOptions]
    ) -> TaskInstanceDependencyCollection:
        """Get task dependencies blocking task from getting scheduled.

        ``GET /dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/dependencies``

        :param dag_id: ``str`` (required)
        :param dag_run_id: ``str`` (required)
        :param task_id: ``str`` (required)
        :returns: ``TaskInstanceDependencyCollection``
        """
        return self.api_client.call(
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

        ``GET /dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/tries``

        :param dag_id: ``str`` (required)
        :param dag_run_id: ``str`` (required)
        :param task_id: ``str`` (required)
        :param limit: ``int``
        :param offset: ``int``
        :param order_by: ``str``
        :returns: ``TaskInstanceHistoryCollection``
        """
        return self.api_client.call(
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
        self, dag_id: str, dag_run_id: str, task_id: str, task_try_number: int, **kwargs: Unpack[RequestOptions]
    ) -> TaskInstanceHistory:
        """get taskinstance try.

        ``GET /dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/tries/{task_try_number}``

        :param dag_id: ``str`` (required)
        :param dag_run_id: ``str`` (required)
        :param task_id: ``str`` (required)
        :param task_try_number: ``int`` (required)
        :returns: ``TaskInstanceHistory``
        """
        return self.api_client.call(
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

        ``GET /dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances``

        :param dag_id: ``str`` (required)
        :param dag_run_id: ``str`` (required)
        :param execution_date_gte: ``Union[datetime, str]``
        :param execution_date_lte: ``Union[datetime, str]``
        :param start_date_gte: ``Union[datetime, str]``
        :param start_date_lte: ``Union[datetime, str]``
        :param end_date_gte: ``Union[datetime, str]``
        :param end_date_lte: ``Union[datetime, str]``
        :param updated_at_gte: ``Union[datetime, str]``
        :param updated_at_lte: ``Union[datetime, str]``
        :param duration_gte: ``float``
        :param duration_lte: ``float``
        :param state: ``List[str]``
        :param pool: ``List[str]``
        :param queue: ``List[str]``
        :param executor: ``List[str]``
        :param limit: ``int``
        :param offset: ``int``
        :returns: ``TaskInstanceCollection``
        """
        return self.api_client.call(
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
        self, list_task_instance_form: Union[ListTaskInstanceForm, Dict[str, Any]], **kwargs: Unpack[RequestOptions]
    ) -> TaskInstanceCollection:
        """List task instances (batch).

        ``POST /dags/~/dagRuns/~/taskInstances/list``

        :param list_task_instance_form: ``Union[ListTaskInstanceForm, Dict[str, Any]]`` (required)
        :returns: ``TaskInstanceCollection``
        """
        return self.api_client.call(_GET_TASK_INSTANCES_BATCH, kwargs, list_task_instance_form=list_task_instance_form)

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

        ``PATCH /dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/{map_index}``

        :param dag_id: ``str`` (required)
        :param dag_run_id: ``str`` (required)
        :param task_id: ``str`` (required)
        :param map_index: ``int`` (required)
        :param update_task_instance: ``Union[UpdateTaskInstance, Dict[str, Any]]``
        :returns: ``TaskInstanceReference``
        """
        return self.api_client.call(
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

        ``PATCH /dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}``

        :param dag_id: ``str`` (required)
        :param dag_run_id: ``str`` (required)
        :param task_id: ``str`` (required)
        :param update_task_instance: ``Union[UpdateTaskInstance, Dict[str, Any]]`` (required)
        :returns: ``TaskInstanceReference``
        """
        return self.api_client.call(
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

        ``PATCH /dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/{map_index}/setNote``

        :param dag_id: ``str`` (required)
        :param dag_run_id: ``str`` (required)
        :param task_id: ``str`` (required)
        :param map_index: ``int`` (required)
        :param set_task_instance_note: ``Union[SetTaskInstanceNote, Dict[str, Any]]`` (required)
        :returns: ``TaskInstance``
        """
        return self.api_client.call(
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

        ``PATCH /dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/setNote``

        :param dag_id: ``str`` (required)
        :param dag_run_id: ``str`` (required)
        :param task_id: ``str`` (required)
        :param set_task_instance_note: ``Union[SetTaskInstanceNote, Dict[str, Any]]`` (required)
        :returns: ``TaskInstance``
        """
        return self.api_client.call(
            _SET_TASK_INSTANCE_NOTE,
            kwargs,
            dag_id=dag_id,
            dag_run_id=dag_run_id,
            task_id=task_id,
            set_task_instance_note=set_task_instance_note,
        )
