# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""DAGApi, awaitable: the operations tagged ``DAG``, on an ``AsyncApiClient``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Optional, Union

from typing_extensions import Unpack

from airflow_client.client.aio.api_base import AsyncApi, RequestOptions
from airflow_client.client.api.dag_api import (
    _DELETE_DAG,
    _GET_DAG,
    _GET_DAG_DETAILS,
    _GET_DAG_SOURCE,
    _GET_DAGS,
    _GET_TASK,
    _GET_TASKS,
    _PATCH_DAG,
    _PATCH_DAGS,
    _POST_CLEAR_TASK_INSTANCES,
    _POST_SET_TASK_INSTANCES_STATE,
    _REPARSE_DAG_FILE,
)

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


class DAGApi(AsyncApi):
    """Operations tagged ``DAG``, each a coroutine; documented on
    :class:`airflow_client.client.api.dag_api.DAGApi`, whose operations they run."""

    async def delete_dag(
        self,
        dag_id: str,
        **kwargs: Unpack[RequestOptions],
    ) -> None:
        """Delete a DAG.

        Awaitable form of :meth:`airflow_client.client.api.dag_api.DAGApi.delete_dag`.
        """
        return await self._call(_DELETE_DAG, kwargs, dag_id=dag_id)

    async def get_dag(
        self,
        dag_id: str,
        *,
        fields: Optional[List[str]] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> DAG:
        """Get basic information about a DAG.

        Awaitable form of :meth:`airflow_client.client.api.dag_api.DAGApi.get_dag`.
        """
        return await self._call(_GET_DAG, kwargs, dag_id=dag_id, fields=fields)

    async def get_dag_details(
        self,
        dag_id: str,
        *,
        fields: Optional[List[str]] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> DAGDetail:
        """Get a simplified representation of DAG.

        Awaitable form of :meth:`airflow_client.client.api.dag_api.DAGApi.get_dag_details`.
        """
        return await self._call(_GET_DAG_DETAILS, kwargs, dag_id=dag_id, fields=fields)

    async def get_dag_source(
        self,
        file_token: str,
        **kwargs: Unpack[RequestOptions],
    ) -> Union[InlineResponse200, str]:
        """Get a source code.

        Awaitable form of :meth:`airflow_client.client.api.dag_api.DAGApi.get_dag_source`.
        """
        return await self._call(_GET_DAG_SOURCE, kwargs, file_token=file_token)

    async def get_dags(
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

        Awaitable form of :meth:`airflow_client.client.api.dag_api.DAGApi.get_dags`.
        """
        return await self._call(
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

    async def get_task(
        self,
        dag_id: str,
        task_id: str,
        **kwargs: Unpack[RequestOptions],
    ) -> Task:
        """Get simplified representation of a task.

        Awaitable form of :meth:`airflow_client.client.api.dag_api.DAGApi.get_task`.
        """
        return await self._call(_GET_TASK, kwargs, dag_id=dag_id, task_id=task_id)

    async def get_tasks(
        self,
        dag_id: str,
        *,
        order_by: Optional[str] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> TaskCollection:
        """Get tasks for DAG.

        Awaitable form of :meth:`airflow_client.client.api.dag_api.DAGApi.get_tasks`.
        """
        return await self._call(_GET_TASKS, kwargs, dag_id=dag_id, order_by=order_by)

    async def patch_dag(
        self,
        dag_id: str,
        dag: Union[DAG, Dict[str, Any]],
        *,
        update_mask: Optional[List[str]] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> DAG:
        """Update a DAG.

        Awaitable form of :meth:`airflow_client.client.api.dag_api.DAGApi.patch_dag`.
        """
        return await self._call(_PATCH_DAG, kwargs, dag_id=dag_id, dag=dag, update_mask=update_mask)

    async def patch_dags(
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

        Awaitable form of :meth:`airflow_client.client.api.dag_api.DAGApi.patch_dags`.
        """
        return await self._call(
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

    async def post_clear_task_instances(
        self,
        dag_id: str,
        clear_task_instances: Union[ClearTaskInstances, Dict[str, Any]],
        **kwargs: Unpack[RequestOptions],
    ) -> TaskInstanceReferenceCollection:
        """Clear a set of task instances.

        Awaitable form of :meth:`airflow_client.client.api.dag_api.DAGApi.post_clear_task_instances`.
        """
        return await self._call(
            _POST_CLEAR_TASK_INSTANCES, kwargs, dag_id=dag_id, clear_task_instances=clear_task_instances
        )

    async def post_set_task_instances_state(
        self,
        dag_id: str,
        update_task_instances_state: Union[UpdateTaskInstancesState, Dict[str, Any]],
        **kwargs: Unpack[RequestOptions],
    ) -> TaskInstanceReferenceCollection:
        """Set a state of task instances.

        Awaitable form of :meth:`airflow_client.client.api.dag_api.DAGApi.post_set_task_instances_state`.
        """
        return await self._call(
            _POST_SET_TASK_INSTANCES_STATE,
            kwargs,
            dag_id=dag_id,
            update_task_instances_state=update_task_instances_state,
        )

    async def reparse_dag_file(
        self,
        file_token: str,
        **kwargs: Unpack[RequestOptions],
    ) -> None:
        """Request re-parsing of a DAG file.

        Awaitable form of :meth:`airflow_client.client.api.dag_api.DAGApi.reparse_dag_file`.
        """
        return await self._call(_REPARSE_DAG_FILE, kwargs, file_token=file_token)
