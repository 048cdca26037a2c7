# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""DatasetApi: the operations tagged ``Dataset``."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Dict, Optional, Union

from typing_extensions import Unpack

from airflow_client.client.api_base import Api, RequestOptions
from airflow_client.client.api_client import ApiClient  # noqa: F401 - the official module holds it too
from airflow_client.client.lazy import OFFICIAL_API_MODULE_NAMES, lazy_names
from airflow_client.client.operation import Operation

if TYPE_CHECKING:
    from airflow_client.client.model.create_dataset_event import CreateDatasetEvent
    from airflow_client.client.model.dataset import Dataset
    from airflow_client.client.model.dataset_collection import DatasetCollection
    from airflow_client.client.model.dataset_event import DatasetEvent
    from airflow_client.client.model.dataset_event_collection import DatasetEventCollection
    from airflow_client.client.model.queued_event import QueuedEvent
    from airflow_client.client.model.queued_event_collection import QueuedEventCollection

__all__ = ["DatasetApi"]

#: What the official client's module holds besides the class: the models its
#: operations send and answer, and helpers; each imported on first use.
__getattr__, __dir__ = lazy_names(
    __name__,
    OFFICIAL_API_MODULE_NAMES,
    {
        "CreateDatasetEvent": "airflow_client.client.model.create_dataset_event",
        "Dataset": "airflow_client.client.model.dataset",
        "DatasetCollection": "airflow_client.client.model.dataset_collection",
        "DatasetEvent": "airflow_client.client.model.dataset_event",
        "DatasetEventCollection": "airflow_client.client.model.dataset_event_collection",
        "Error": "airflow_client.client.model.error",
        "QueuedEvent": "airflow_client.client.model.queued_event",
        "QueuedEventCollection": "airflow_client.client.model.queued_event_collection",
    },
)

_CREATE_DATASET_EVENT = Operation(
    "create_dataset_event",
    "POST",
    "/datasets/events",
    body="CreateDatasetEvent",
    body_name="create_dataset_event",
    response="DatasetEvent",
    since="2.9.0",
)
_DELETE_DAG_DATASET_QUEUED_EVENT = Operation(
    "delete_dag_dataset_queued_event",
    "DELETE",
    "/dags/{dag_id}/datasets/queuedEvent/{uri}",
    path_params={"dag_id": "str", "uri": "str"},
    query={"before": "datetime"},
    since="2.9.0",
)
_DELETE_DAG_DATASET_QUEUED_EVENTS = Operation(
    "delete_dag_dataset_queued_events",
    "DELETE",
    "/dags/{dag_id}/datasets/queuedEvent",
    path_params={"dag_id": "str"},
    query={"before": "datetime"},
    since="2.9.0",
)
_DELETE_DATASET_QUEUED_EVENTS = Operation(
    "delete_dataset_queued_events",
    "DELETE",
    "/datasets/queuedEvent/{uri}",
    path_params={"uri": "str"},
    query={"before": "datetime"},
    since="2.9.0",
)
_GET_DAG_DATASET_QUEUED_EVENT = Operation(
    "get_dag_dataset_queued_event",
    "GET",
    "/dags/{dag_id}/datasets/queuedEvent/{uri}",
    path_params={"dag_id": "str", "uri": "str"},
    query={"before": "datetime"},
    response="QueuedEvent",
    since="2.9.0",
)
_GET_DAG_DATASET_QUEUED_EVENTS = Operation(
    "get_dag_dataset_queued_events",
    "GET",
    "/dags/{dag_id}/datasets/queuedEvent",
    path_params={"dag_id": "str"},
    query={"before": "datetime"},
    response="QueuedEventCollection",
    since="2.9.0",
)
_GET_DATASET = Operation("get_dataset", "GET", "/datasets/{uri}", path_params={"uri": "str"}, response="Dataset")
_GET_DATASET_EVENTS = Operation(
    "get_dataset_events",
    "GET",
    "/datasets/events",
    query={
        "limit": "int",
        "offset": "int",
        "order_by": "str",
        "dataset_id": "int",
        "source_dag_id": "str",
        "source_task_id": "str",
        "source_run_id": "str",
        "source_map_index": "int",
    },
    response="DatasetEventCollection",
)
_GET_DATASET_QUEUED_EVENTS = Operation(
    "get_dataset_queued_events",
    "GET",
    "/datasets/queuedEvent/{uri}",
    path_params={"uri": "str"},
    query={"before": "datetime"},
    response="QueuedEventCollection",
    since="2.9.0",
)
_GET_DATASETS = Operation(
    "get_datasets",
    "GET",
    "/datasets",
    query={"limit": "int", "offset": "int", "order_by": "str", "uri_pattern": "str", "dag_ids": "str"},
    response="DatasetCollection",
)
_GET_UPSTREAM_DATASET_EVENTS = Operation(
    "get_upstream_dataset_events",
    "GET",
    "/dags/{dag_id}/dagRuns/{dag_run_id}/upstreamDatasetEvents",
    path_params={"dag_id": "str", "dag_run_id": "str"},
    response="DatasetEventCollection",
    since="2.4.0",
)


class DatasetApi(Api):
    """Operations tagged ``Dataset``; methods are named after the spec's operationIds."""

    def create_dataset_event(
        self, create_dataset_event: Union[CreateDatasetEvent, Dict[str, Any]], **kwargs: Unpack[RequestOptions]
    ) -> DatasetEvent:
        """Create dataset event.

        ``POST /datasets/events``

        :param create_dataset_event: ``Union[CreateDatasetEvent, Dict[str, Any]]`` (required)
        :returns: ``DatasetEvent``
        """
        return self.api_client.call(_CREATE_DATASET_EVENT, kwargs, create_dataset_event=create_dataset_event)

    def delete_dag_dataset_queued_event(
        self, dag_id: str, uri: str, *, before: Optional[Union[datetime, str]] = None, **kwargs: Unpack[RequestOptions]
    ) -> None:
        """Delete a queued Dataset event for a DAG.

        ``DELETE /dags/{dag_id}/datasets/queuedEvent/{uri}``

        :param dag_id: ``str`` (required)
        :param uri: ``str`` (required)
        :param before: ``Union[datetime, str]``
        :returns: ``None``
        """
        return self.api_client.call(_DELETE_DAG_DATASET_QUEUED_EVENT, kwargs, dag_id=dag_id, uri=uri, before=before)

    def delete_dag_dataset_queued_events(
        self, dag_id: str, *, before: Optional[Union[datetime, str]] = None, **kwargs: Unpack[RequestOptions]
    ) -> None:
        """Delete queued Dataset events for a DAG.

        ``DELETE /dags/{dag_id}/datasets/queuedEvent``

        :param dag_id: ``str`` (required)
        :param before: ``Union[datetime, str]``
        :returns: ``None``
        """
        return self.api_client.call(_DELETE_DAG_DATASET_QUEUED_EVENTS, kwargs, dag_id=dag_id, before=before)

    def delete_dataset_queued_events(
        self, uri: str, *, before: Optional[Union[datetime, str]] = None, **kwargs: Unpack[RequestOptions]
    ) -> None:
        """Delete queued Dataset events for a Dataset.

        ``DELETE /datasets/queuedEvent/{uri}``

        :param uri: ``str`` (required)
        :param before: ``Union[datetime, str]``
        :returns: ``None``
        """
        return self.api_client.call(_DELETE_DATASET_QUEUED_EVENTS, kwargs, uri=uri, before=before)

    def get_dag_dataset_queued_event(
        self, dag_id: str, uri: str, *, before: Optional[Union[datetime, str]] = None, **kwargs: Unpack[RequestOptions]
    ) -> QueuedEvent:
        """Get a queued Dataset event for a DAG.

        ``GET /dags/{dag_id}/datasets/queuedEvent/{uri}``

        :param dag_id: ``str`` (required)
        :param uri: ``str`` (required)
        :param before: ``Union[datetime, str]``
        :returns: ``QueuedEvent``
        """
        return self.api_client.call(_GET_DAG_DATASET_QUEUED_EVENT, kwargs, dag_id=dag_id, uri=uri, before=before)

    def get_dag_dataset_queued_events(
        self, dag_id: str, *, before: Optional[Union[datetime, str]] = None, **kwargs: Unpack[RequestOptions]
    ) -> QueuedEventCollection:
        """Get queued Dataset events for a DAG.

        ``GET /dags/{dag_id}/datasets/queuedEvent``

        :param dag_id: ``str`` (required)
        :param before: ``Union[datetime, str]``
        :returns: ``QueuedEventCollection``
        """
        return self.api_client.call(_GET_DAG_DATASET_QUEUED_EVENTS, kwargs, dag_id=dag_id, before=before)

    def get_dataset(self, uri: str, **kwargs: Unpack[RequestOptions]) -> Dataset:
        """Get a dataset.

        ``GET /datasets/{uri}``

        :param uri: ``str`` (required)
        :returns: ``Dataset``
        """
        return self.api_client.call(_GET_DATASET, kwargs, uri=uri)

    def get_dataset_events(
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

        ``GET /datasets/events``

        :param limit: ``int``
        :param offset: ``int``
        :param order_by: ``str``
        :param dataset_id: ``int``
        :param source_dag_id: ``str``
        :param source_task_id: ``str``
        :param source_run_id: ``str``
        :param source_map_index: ``int``
        :returns: ``DatasetEventCollection``
        """
        return self.api_client.call(
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

    def get_dataset_queued_events(
        self, uri: str, *, before: Optional[Union[datetime, str]] = None, **kwargs: Unpack[RequestOptions]
    ) -> QueuedEventCollection:
        """Get queued Dataset events for a Dataset.

        ``GET /datasets/queuedEvent/{uri}``

        :param uri: ``str`` (required)
        :param before: ``Union[datetime, str]``
        :returns: ``QueuedEventCollection``
        """
        return self.api_client.call(_GET_DATASET_QUEUED_EVENTS, kwargs, uri=uri, before=before)

    def get_datasets(
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

        ``GET /datasets``

        :param limit: ``int``
        :param offset: ``int``
        :param order_by: ``str``
        :param uri_pattern: ``str``
        :param dag_ids: ``str``
        :returns: ``DatasetCollection``
        """
        return self.api_client.call(
            _GET_DATASETS,
            kwargs,
            limit=limit,
            offset=offset,
            order_by=order_by,
            uri_pattern=uri_pattern,
            dag_ids=dag_ids,
        )

    def get_upstream_dataset_events(
        self, dag_id: str, dag_run_id: str, **kwargs: Unpack[RequestOptions]
    ) -> DatasetEventCollection:
        """Get dataset events for a DAG run.

        ``GET /dags/{dag_id}/dagRuns/{dag_run_id}/upstreamDatasetEvents``

        :param dag_id: ``str`` (required)
        :param dag_run_id: ``str`` (required)
        :returns: ``DatasetEventCollection``
        """
        return self.api_client.call(_GET_UPSTREAM_DATASET_EVENTS, kwargs, dag_id=dag_id, dag_run_id=dag_run_id)
