# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""DatasetApi, awaitable: the operations tagged ``Dataset``, on an ``AsyncApiClient``."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Dict, Optional, Union

from typing_extensions import Unpack

from airflow_client.client.aio.api_base import AsyncApi, RequestOptions
from airflow_client.client.api.dataset_api import (
    _CREATE_DATASET_EVENT,
    _DELETE_DAG_DATASET_QUEUED_EVENT,
    _DELETE_DAG_DATASET_QUEUED_EVENTS,
    _DELETE_DATASET_QUEUED_EVENTS,
    _GET_DAG_DATASET_QUEUED_EVENT,
    _GET_DAG_DATASET_QUEUED_EVENTS,
    _GET_DATASET,
    _GET_DATASET_EVENTS,
    _GET_DATASET_QUEUED_EVENTS,
    _GET_DATASETS,
    _GET_UPSTREAM_DATASET_EVENTS,
)

if TYPE_CHECKING:
    from airflow_client.client.model.create_dataset_event import CreateDatasetEvent
    from airflow_client.client.model.dataset import Dataset
    from airflow_client.client.model.dataset_collection import DatasetCollection
    from airflow_client.client.model.dataset_event import DatasetEvent
    from airflow_client.client.model.dataset_event_collection import DatasetEventCollection
    from airflow_client.client.model.queued_event import QueuedEvent
    from airflow_client.client.model.queued_event_collection import QueuedEventCollection

__all__ = ["DatasetApi"]


class DatasetApi(AsyncApi):
    """Operations tagged ``Dataset``, each a coroutine; documented on
    :class:`airflow_client.client.api.dataset_api.DatasetApi`, whose operations they run."""

    async def create_dataset_event(
        self,
        create_dataset_event: Union[CreateDatasetEvent, Dict[str, Any]],
        **kwargs: Unpack[RequestOptions],
    ) -> DatasetEvent:
        """Create dataset event.

        Awaitable form of :meth:`airflow_client.client.api.dataset_api.DatasetApi.create_dataset_event`.
        """
        return await self._call(_CREATE_DATASET_EVENT, kwargs, create_dataset_event=create_dataset_event)

    async def delete_dag_dataset_queued_event(
        self,
        dag_id: str,
        uri: str,
        *,
        before: Optional[Union[datetime, str]] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> None:
        """Delete a queued Dataset event for a DAG.

        Awaitable form of :meth:`airflow_client.client.api.dataset_api.DatasetApi.delete_dag_dataset_queued_event`.
        """
        return await self._call(_DELETE_DAG_DATASET_QUEUED_EVENT, kwargs, dag_id=dag_id, uri=uri, before=before)

    async def delete_dag_dataset_queued_events(
        self,
        dag_id: str,
        *,
        before: Optional[Union[datetime, str]] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> None:
        """Delete queued Dataset events for a DAG.

        Awaitable form of :meth:`airflow_client.client.api.dataset_api.DatasetApi.delete_dag_dataset_queued_events`.
        """
        return await self._call(_DELETE_DAG_DATASET_QUEUED_EVENTS, kwargs, dag_id=dag_id, before=before)

    async def delete_dataset_queued_events(
        self,
        uri: str,
        *,
        before: Optional[Union[datetime, str]] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> None:
        """Delete queued Dataset events for a Dataset.

        Awaitable form of :meth:`airflow_client.client.api.dataset_api.DatasetApi.delete_dataset_queued_events`.
        """
        return await self._call(_DELETE_DATASET_QUEUED_EVENTS, kwargs, uri=uri, before=before)

    async def get_dag_dataset_queued_event(
        self,
        dag_id: str,
        uri: str,
        *,
        before: Optional[Union[datetime, str]] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> QueuedEvent:
        """Get a queued Dataset event for a DAG.

        Awaitable form of :meth:`airflow_client.client.api.dataset_api.DatasetApi.get_dag_dataset_queued_event`.
        """
        return await self._call(_GET_DAG_DATASET_QUEUED_EVENT, kwargs, dag_id=dag_id, uri=uri, before=before)

    async def get_dag_dataset_queued_events(
        self,
        dag_id: str,
        *,
        before: Optional[Union[datetime, str]] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> QueuedEventCollection:
        """Get queued Dataset events for a DAG.

        Awaitable form of :meth:`airflow_client.client.api.dataset_api.DatasetApi.get_dag_dataset_queued_events`.
        """
        return await self._call(_GET_DAG_DATASET_QUEUED_EVENTS, kwargs, dag_id=dag_id, before=before)

    async def get_dataset(
        self,
        uri: str,
        **kwargs: Unpack[RequestOptions],
    ) -> Dataset:
        """Get a dataset.

        Awaitable form of :meth:`airflow_client.client.api.dataset_api.DatasetApi.get_dataset`.
        """
        return await self._call(_GET_DATASET, kwargs, uri=uri)

    async def get_dataset_events(
        self,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        order_by: Optional[str] = None,
        dataset_id: Optional[int] = None,
        source_dag_id: Optional[str] = None,
        source_task_id: Optional[str] = None,
        source_run_id: Optional[str] = None,
        source_map_index: Optional[int] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> DatasetEventCollection:
        """Get dataset events.

        Awaitable form of :meth:`airflow_client.client.api.dataset_api.DatasetApi.get_dataset_events`.
        """
        return await self._call(
            _GET_DATASET_EVENTS,
            kwargs,
            limit=limit,
            offset=offset,
            order_by=order_by,
            dataset_id=dataset_id,
            source_dag_id=source_dag_id,
            source_task_id=source_task_id,
            source_run_id=source_run_id,
            source_map_index=source_map_index,
        )

    async def get_dataset_queued_events(
        self,
        uri: str,
        *,
        before: Optional[Union[datetime, str]] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> QueuedEventCollection:
        """Get queued Dataset events for a Dataset.

        Awaitable form of :meth:`airflow_client.client.api.dataset_api.DatasetApi.get_dataset_queued_events`.
        """
        return await self._call(_GET_DATASET_QUEUED_EVENTS, kwargs, uri=uri, before=before)

    async def get_datasets(
        self,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        order_by: Optional[str] = None,
        uri_pattern: Optional[str] = None,
        dag_ids: Optional[str] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> DatasetCollection:
        """List datasets.

        Awaitable form of :meth:`airflow_client.client.api.dataset_api.DatasetApi.get_datasets`.
        """
        return await self._call(
            _GET_DATASETS,
            kwargs,
            limit=limit,
            offset=offset,
            order_by=order_by,
            uri_pattern=uri_pattern,
            dag_ids=dag_ids,
        )

    async def get_upstream_dataset_events(
        self,
        dag_id: str,
        dag_run_id: str,
        **kwargs: Unpack[RequestOptions],
    ) -> DatasetEventCollection:
        """Get dataset events for a DAG run.

        Awaitable form of :meth:`airflow_client.client.api.dataset_api.DatasetApi.get_upstream_dataset_events`.
        """
        return await self._call(_GET_UPSTREAM_DATASET_EVENTS, kwargs, dag_id=dag_id, dag_run_id=dag_run_id)
