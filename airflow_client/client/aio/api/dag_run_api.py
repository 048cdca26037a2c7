# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""DAGRunApi, awaitable: the operations tagged ``DAGRun``, on an ``AsyncApiClient``."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Union

from typing_extensions import Unpack

from airflow_client.client.aio.api_base import AsyncApi, RequestOptions
from airflow_client.client.api.dag_run_api import (
    _CLEAR_DAG_RUN,
    _DELETE_DAG_RUN,
    _GET_DAG_RUN,
    _GET_DAG_RUNS,
    _GET_DAG_RUNS_BATCH,
    _GET_UPSTREAM_DATASET_EVENTS,
    _POST_DAG_RUN,
    _SET_DAG_RUN_NOTE,
    _UPDATE_DAG_RUN_STATE,
)

if TYPE_CHECKING:
    from airflow_client.client.model.clear_dag_run import ClearDagRun
    from airflow_client.client.model.dag_run import DAGRun
    from airflow_client.client.model.dag_run_collection import DAGRunCollection
    from airflow_client.client.model.dataset_event_collection import DatasetEventCollection
    from airflow_client.client.model.list_dag_runs_form import ListDagRunsForm
    from airflow_client.client.model.set_dag_run_note import SetDagRunNote
    from airflow_client.client.model.update_dag_run_state import UpdateDagRunState

__all__ = ["DAGRunApi"]


class DAGRunApi(AsyncApi):
    """Operations tagged ``DAGRun``, each a coroutine; documented on
    :class:`airflow_client.client.api.dag_run_api.DAGRunApi`, whose operations they run."""

    async def clear_dag_run(
        self,
        dag_id: str,
        dag_run_id: str,
        clear_dag_run: Union[ClearDagRun, Dict[str, Any]],
        **kwargs: Unpack[RequestOptions],
    ) -> Dict[str, Any]:
        """Clear a DAG run.

        Awaitable form of :meth:`airflow_client.client.api.dag_run_api.DAGRunApi.clear_dag_run`.
        """
        return await self._call(
            _CLEAR_DAG_RUN, kwargs, dag_id=dag_id, dag_run_id=dag_run_id, clear_dag_run=clear_dag_run
        )

    async def delete_dag_run(
        self,
        dag_id: str,
        dag_run_id: str,
        **kwargs: Unpack[RequestOptions],
    ) -> None:
        """Delete a DAG run.

        Awaitable form of :meth:`airflow_client.client.api.dag_run_api.DAGRunApi.delete_dag_run`.
        """
        return await self._call(_DELETE_DAG_RUN, kwargs, dag_id=dag_id, dag_run_id=dag_run_id)

    async def get_dag_run(
        self,
        dag_id: str,
        dag_run_id: str,
        *,
        fields: Optional[List[str]] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> DAGRun:
        """Get a DAG run.

        Awaitable form of :meth:`airflow_client.client.api.dag_run_api.DAGRunApi.get_dag_run`.
        """
        return await self._call(_GET_DAG_RUN, kwargs, dag_id=dag_id, dag_run_id=dag_run_id, fields=fields)

    async def get_dag_runs(
        self,
        dag_id: str,
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
        state: Optional[List[str]] = None,
        order_by: Optional[str] = None,
        fields: Optional[List[str]] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> DAGRunCollection:
        """List DAG runs.

        Awaitable form of :meth:`airflow_client.client.api.dag_run_api.DAGRunApi.get_dag_runs`.
        """
        return await self._call(
            _GET_DAG_RUNS,
            kwargs,
            dag_id=dag_id,
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
            state=state,
            order_by=order_by,
            fields=fields,
        )

    async def get_dag_runs_batch(
        self,
        list_dag_runs_form: Union[ListDagRunsForm, Dict[str, Any]],
        **kwargs: Unpack[RequestOptions],
    ) -> DAGRunCollection:
        """List DAG runs (batch).

        Awaitable form of :meth:`airflow_client.client.api.dag_run_api.DAGRunApi.get_dag_runs_batch`.
        """
        return await self._call(_GET_DAG_RUNS_BATCH, kwargs, list_dag_runs_form=list_dag_runs_form)

    async def get_upstream_dataset_events(
        self,
        dag_id: str,
        dag_run_id: str,
        **kwargs: Unpack[RequestOptions],
    ) -> DatasetEventCollection:
        """Get dataset events for a DAG run.

        Awaitable form of :meth:`airflow_client.client.api.dag_run_api.DAGRunApi.get_upstream_dataset_events`.
        """
        return await self._call(_GET_UPSTREAM_DATASET_EVENTS, kwargs, dag_id=dag_id, dag_run_id=dag_run_id)

    async def post_dag_run(
        self,
        dag_id: str,
        dag_run: Union[DAGRun, Dict[str, Any]],
        **kwargs: Unpack[RequestOptions],
    ) -> DAGRun:
        """Trigger a new DAG run.

        Awaitable form of :meth:`airflow_client.client.api.dag_run_api.DAGRunApi.post_dag_run`.
        """
        return await self._call(_POST_DAG_RUN, kwargs, dag_id=dag_id, dag_run=dag_run)

    async def set_dag_run_note(
        self,
        dag_id: str,
        dag_run_id: str,
        set_dag_run_note: Union[SetDagRunNote, Dict[str, Any]],
        **kwargs: Unpack[RequestOptions],
    ) -> DAGRun:
        """Update the DagRun note.

        Awaitable form of :meth:`airflow_client.client.api.dag_run_api.DAGRunApi.set_dag_run_note`.
        """
        return await self._call(
            _SET_DAG_RUN_NOTE, kwargs, dag_id=dag_id, dag_run_id=dag_run_id, set_dag_run_note=set_dag_run_note
        )

    async def update_dag_run_state(
        self,
        dag_id: str,
        dag_run_id: str,
        update_dag_run_state: Union[UpdateDagRunState, Dict[str, Any]],
        **kwargs: Unpack[RequestOptions],
    ) -> DAGRun:
        """Modify a DAG run.

        Awaitable form of :meth:`airflow_client.client.api.dag_run_api.DAGRunApi.update_dag_run_state`.
        """
        return await self._call(
            _UPDATE_DAG_RUN_STATE,
            kwargs,
            dag_id=dag_id,
            dag_run_id=dag_run_id,
            update_dag_run_state=update_dag_run_state,
        )
