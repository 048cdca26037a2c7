# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""TaskInstanceApi, awaitable: the operations tagged ``TaskInstance``, on an ``AsyncApiClient``."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Union

from typing_extensions import Unpack

from airflow_client.client.aio.api_base import AsyncApi, RequestOptions
from airflow_client.client.api.task_instance_api import (
    _GET_EXTRA_LINKS,
    _GET_LOG,
    _GET_MAPPED_TASK_INSTANCE,
    _GET_MAPPED_TASK_INSTANCE_DEPENDENCIES,
    _GET_MAPPED_TASK_INSTANCE_TRIES,
    _GET_MAPPED_TASK_INSTANCE_TRY_DETAILS,
    _GET_MAPPED_TASK_INSTANCES,
    _GET_TASK_INSTANCE,
    _GET_TASK_INSTANCE_DEPENDENCIES,
    _GET_TASK_INSTANCE_TRIES,
    _GET_TASK_INSTANCE_TRY_DETAILS,
    _GET_TASK_INSTANCES,
    _GET_TASK_INSTANCES_BATCH,
    _PATCH_MAPPED_TASK_INSTANCE,
    _PATCH_TASK_INSTANCE,
    _SET_MAPPED_TASK_INSTANCE_NOTE,
    _SET_TASK_INSTANCE_NOTE,
)

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


class TaskInstanceApi(AsyncApi):
    """Operations tagged ``TaskInstance``, each a coroutine; documented on
    :class:`airflow_client.client.api.task_instance_api.TaskInstanceApi`, whose operations they run."""

    async def get_extra_links(
        self,
        dag_id: str,
        dag_run_id: str,
        task_id: str,
        *,
        map_index: Optional[int] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> ExtraLinkCollection:
        """List extra links.

        Awaitable form of :meth:`airflow_client.client.api.task_instance_api.TaskInstanceApi.get_extra_links`.
        """
        return await self._call(
            _GET_EXTRA_LINKS, kwargs, dag_id=dag_id, dag_run_id=dag_run_id, task_id=task_id, map_index=map_index
        )

    async def get_log(
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

        Awaitable form of :meth:`airflow_client.client.api.task_instance_api.TaskInstanceApi.get_log`.
        """
        return await self._call(
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

    async def get_mapped_task_instance(
        self,
        dag_id: str,
        dag_run_id: str,
        task_id: str,
        map_index: int,
        **kwargs: Unpack[RequestOptions],
    ) -> TaskInstance:
        """Get a mapped task instance.

        Awaitable form of :meth:`airflow_client.client.api.task_instance_api.TaskInstanceApi.get_mapped_task_instance`.
        """
        return await self._call(
            _GET_MAPPED_TASK_INSTANCE,
            kwargs,
            dag_id=dag_id,
            dag_run_id=dag_run_id,
            task_id=task_id,
            map_index=map_index,
        )

    async def get_mapped_task_instance_dependencies(
        self,
        dag_id: str,
        dag_run_id: str,
        task_id: str,
        map_index: int,
        **kwargs: Unpack[RequestOptions],
    ) -> TaskInstanceDependencyCollection:
        """Get task dependencies blocking task from getting scheduled.

        Awaitable form of :meth:`airflow_client.client.api.task_instance_api.TaskInstanceApi.get_mapped_task_instance_dependencies`.
        """
        return await self._call(
            _GET_MAPPED_TASK_INSTANCE_DEPENDENCIES,
            kwargs,
            dag_id=dag_id,
            dag_run_id=dag_run_id,
            task_id=task_id,
            map_index=map_index,
        )

    async def get_mapped_task_instance_tries(
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

        Awaitable form of :meth:`airflow_client.client.api.task_instance_api.TaskInstanceApi.get_mapped_task_instance_tries`.
        """
        return await self._call(
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

    async def get_mapped_task_instance_try_details(
        self,
        dag_id: str,
        dag_run_id: str,
        task_id: str,
        map_index: int,
        task_try_number: int,
        **kwargs: Unpack[RequestOptions],
    ) -> TaskInstanceHistory:
        """get mapped taskinstance try.

        Awaitable form of :meth:`airflow_client.client.api.task_instance_api.TaskInstanceApi.get_mapped_task_instance_try_details`.
        """
        return await self._call(
            _GET_MAPPED_TASK_INSTANCE_TRY_DETAILS,
            kwargs,
            dag_id=dag_id,
            dag_run_id=dag_run_id,
            task_id=task_id,
            map_index=map_index,
            task_try_number=task_try_number,
        )

    async def get_mapped_task_instances(
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

        Awaitable form of :meth:`airflow_client.client.api.task_instance_api.TaskInstanceApi.get_mapped_task_instances`.
        """
        return await self._call(
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

    async def get_task_instance(
        self,
        dag_id: str,
        dag_run_id: str,
        task_id: str,
        **kwargs: Unpack[RequestOptions],
    ) -> TaskInstance:
        """Get a task instance.

        Awaitable form of :meth:`airflow_client.client.api.task_instance_api.TaskInstanceApi.get_task_instance`.
        """
        return await self._call(_GET_TASK_INSTANCE, kwargs, dag_id=dag_id, dag_run_id=dag_run_id, task_id=task_id)

    async def get_task_instance_dependencies(
        self,
        dag_id: str,
        dag_run_id: str,
        task_id: str,
        **kwargs: Unpack[RequestOptions],
    ) -> TaskInstanceDependencyCollection:
        """Get task dependencies blocking task from getting scheduled.

        Awaitable form of :meth:`airflow_client.client.api.task_instance_api.TaskInstanceApi.get_task_instance_dependencies`.
        """
        return await self._call(
            _GET_TASK_INSTANCE_DEPENDENCIES, kwargs, dag_id=dag_id, dag_run_id=dag_run_id, task_id=task_id
        )

    async def get_task_instance_tries(
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

        Awaitable form of :meth:`airflow_client.client.api.task_instance_api.TaskInstanceApi.get_task_instance_tries`.
        """
        return await self._call(
            _GET_TASK_INSTANCE_TRIES,
            kwargs,
            dag_id=dag_id,
            dag_run_id=dag_run_id,
            task_id=task_id,
            limit=limit,
            offset=offset,
            order_by=order_by,
        )

    async def get_task_instance_try_details(
        self,
        dag_id: str,
        dag_run_id: str,
        task_id: str,
        task_try_number: int,
        **kwargs: Unpack[RequestOptions],
    ) -> TaskInstanceHistory:
        """get taskinstance try.

        Awaitable form of :meth:`airflow_client.client.api.task_instance_api.TaskInstanceApi.get_task_instance_try_details`.
        """
        return await self._call(
            _GET_TASK_INSTANCE_TRY_DETAILS,
            kwargs,
            dag_id=dag_id,
            dag_run_id=dag_run_id,
            task_id=task_id,
            task_try_number=task_try_number,
        )

    async def get_task_instances(
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

        Awaitable form of :meth:`airflow_client.client.api.task_instance_api.TaskInstanceApi.get_task_instances`.
        """
        return await self._call(
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

    async def get_task_instances_batch(
        self,
        list_task_instance_form: Union[ListTaskInstanceForm, Dict[str, Any]],
        **kwargs: Unpack[RequestOptions],
    ) -> TaskInstanceCollection:
        """List task instances (batch).

        Awaitable form of :meth:`airflow_client.client.api.task_instance_api.TaskInstanceApi.get_task_instances_batch`.
        """
        return await self._call(_GET_TASK_INSTANCES_BATCH, kwargs, list_task_instance_form=list_task_instance_form)

    async def patch_mapped_task_instance(
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

        Awaitable form of :meth:`airflow_client.client.api.task_instance_api.TaskInstanceApi.patch_mapped_task_instance`.
        """
        return await self._call(
            _PATCH_MAPPED_TASK_INSTANCE,
            kwargs,
            dag_id=dag_id,
            dag_run_id=dag_run_id,
            task_id=task_id,
            map_index=map_index,
            update_task_instance=update_task_instance,
        )

    async def patch_task_instance(
        self,
        dag_id: str,
        dag_run_id: str,
        task_id: str,
        update_task_instance: Union[UpdateTaskInstance, Dict[str, Any]],
        **kwargs: Unpack[RequestOptions],
    ) -> TaskInstanceReference:
        """Updates the state of a task instance.

        Awaitable form of :meth:`airflow_client.client.api.task_instance_api.TaskInstanceApi.patch_task_instance`.
        """
        return await self._call(
            _PATCH_TASK_INSTANCE,
            kwargs,
            dag_id=dag_id,
            dag_run_id=dag_run_id,
            task_id=task_id,
            update_task_instance=update_task_instance,
        )

    async def set_mapped_task_instance_note(
        self,
        dag_id: str,
        dag_run_id: str,
        task_id: str,
        map_index: int,
        set_task_instance_note: Union[SetTaskInstanceNote, Dict[str, Any]],
        **kwargs: Unpack[RequestOptions],
    ) -> TaskInstance:
        """Update the TaskInstance note.

        Awaitable form of :meth:`airflow_client.client.api.task_instance_api.TaskInstanceApi.set_mapped_task_instance_note`.
        """
        return await self._call(
            _SET_MAPPED_TASK_INSTANCE_NOTE,
            kwargs,
            dag_id=dag_id,
            dag_run_id=dag_run_id,
            task_id=task_id,
            map_index=map_index,
            set_task_instance_note=set_task_instance_note,
        )

    async def set_task_instance_note(
        self,
        dag_id: str,
        dag_run_id: str,
        task_id: str,
        set_task_instance_note: Union[SetTaskInstanceNote, Dict[str, Any]],
        **kwargs: Unpack[RequestOptions],
    ) -> TaskInstance:
        """Update the TaskInstance note.

        Awaitable form of :meth:`airflow_client.client.api.task_instance_api.TaskInstanceApi.set_task_instance_note`.
        """
        return await self._call(
            _SET_TASK_INSTANCE_NOTE,
            kwargs,
            dag_id=dag_id,
            dag_run_id=dag_run_id,
            task_id=task_id,
            set_task_instance_note=set_task_instance_note,
        )
