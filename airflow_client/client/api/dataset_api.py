# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""DatasetApi: the operations tagged ``Dataset``."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Dict, Optional, Union

from typing_extensions import Unpack

from airflow_client.client.api_base import Api, RequestOptions
from airflow_client.client.api_client import ApiClient  # noqa: F401 - the official module holds it too
from airflow_client.client.core.operation import DATETIME, INT, STR, Operation
from airflow_client.client.lazy import OFFICIAL_API_MODULE_NAMES, lazy_names

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
    path_params={"dag_id": STR, "uri": STR},
    query={"before": DATETIME},
    since="2.9.0",
)
_DELETE_DAG_DATASET_QUEUED_EVENTS = Operation(
    "delete_dag_dataset_queued_events",
    "DELETE",
    "/dags/{dag_id}/datasets/queuedEvent",
    path_params={"dag_id": STR},
    query={"before": DATETIME},
    since="2.9.0",
)
_DELETE_DATASET_QUEUED_EVENTS = Operation(
    "delete_dataset_queued_events",
    "DELETE",
    "/datasets/queuedEvent/{uri}",
    path_params={"uri": STR},
    query={"before": DATETIME},
    since="2.9.0",
)
_GET_DAG_DATASET_QUEUED_EVENT = Operation(
    "get_dag_dataset_queued_event",
    "GET",
    "/dags/{dag_id}/datasets/queuedEvent/{uri}",
    path_params={"dag_id": STR, "uri": STR},
    query={"before": DATETIME},
    response="QueuedEvent",
    since="2.9.0",
)
_GET_DAG_DATASET_QUEUED_EVENTS = Operation(
    "get_dag_dataset_queued_events",
    "GET",
    "/dags/{dag_id}/datasets/queuedEvent",
    path_params={"dag_id": STR},
    query={"before": DATETIME},
    response="QueuedEventCollection",
    since="2.9.0",
)
_GET_DATASET = Operation("get_dataset", "GET", "/datasets/{uri}", path_params={"uri": STR}, response="Dataset")
_GET_DATASET_EVENTS = Operation(
    "get_dataset_events",
    "GET",
    "/datasets/events",
    query={
        "limit": INT,
        "offset": INT.at_least(0),
        "order_by": STR,
        "dataset_id": INT,
        "source_dag_id": STR,
        "source_task_id": STR,
        "source_run_id": STR,
        "source_map_index": INT,
    },
    response="DatasetEventCollection",
)
_GET_DATASET_QUEUED_EVENTS = Operation(
    "get_dataset_queued_events",
    "GET",
    "/datasets/queuedEvent/{uri}",
    path_params={"uri": STR},
    query={"before": DATETIME},
    response="QueuedEventCollection",
    since="2.9.0",
)
_GET_DATASETS = Operation(
    "get_datasets",
    "GET",
    "/datasets",
    query={"limit": INT, "offset": INT.at_least(0), "order_by": STR, "uri_pattern": STR, "dag_ids": STR},
    response="DatasetCollection",
)
_GET_UPSTREAM_DATASET_EVENTS = Operation(
    "get_upstream_dataset_events",
    "GET",
    "/dags/{dag_id}/dagRuns/{dag_run_id}/upstreamDatasetEvents",
    path_params={"dag_id": STR, "dag_run_id": STR},
    response="DatasetEventCollection",
    since="2.4.0",
)


class DatasetApi(Api):
    """Operations tagged ``Dataset``; methods are named after the spec's operationIds."""

    def create_dataset_event(
        self,
        create_dataset_event: Union[CreateDatasetEvent, Dict[str, Any]],
        **kwargs: Unpack[RequestOptions],
    ) -> DatasetEvent:
        """Create dataset event.

        Create dataset event

        ``POST /datasets/events``

        :param create_dataset_event: The request body: a ``CreateDatasetEvent``, or a dict of its fields.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``DatasetEvent``: Success.
        :raises ApiException: 400: Client specified an invalid argument.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        :raises OperationNotSupportedError: the server's Airflow is older than 2.9.0 (a NotFoundException)
        """
        return self._call(_CREATE_DATASET_EVENT, kwargs, create_dataset_event=create_dataset_event)

    def delete_dag_dataset_queued_event(
        self,
        dag_id: str,
        uri: str,
        *,
        before: Optional[Union[datetime, str]] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> None:
        """Delete a queued Dataset event for a DAG.

        Delete a queued Dataset event for a DAG.

        *New in version 2.9.0*

        ``DELETE /dags/{dag_id}/datasets/queuedEvent/{uri}``

        :param dag_id: The DAG ID.
        :param uri: The encoded Dataset URI
        :param before: Timestamp to select event logs occurring before.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``None``: Success.
        :raises ApiException: 400: Client specified an invalid argument.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        :raises OperationNotSupportedError: the server's Airflow is older than 2.9.0 (a NotFoundException)
        """
        return self._call(_DELETE_DAG_DATASET_QUEUED_EVENT, kwargs, dag_id=dag_id, uri=uri, before=before)

    def delete_dag_dataset_queued_events(
        self,
        dag_id: str,
        *,
        before: Optional[Union[datetime, str]] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> None:
        """Delete queued Dataset events for a DAG.

        Delete queued Dataset events for a DAG.

        *New in version 2.9.0*

        ``DELETE /dags/{dag_id}/datasets/queuedEvent``

        :param dag_id: The DAG ID.
        :param before: Timestamp to select event logs occurring before.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``None``: Success.
        :raises ApiException: 400: Client specified an invalid argument.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        :raises OperationNotSupportedError: the server's Airflow is older than 2.9.0 (a NotFoundException)
        """
        return self._call(_DELETE_DAG_DATASET_QUEUED_EVENTS, kwargs, dag_id=dag_id, before=before)

    def delete_dataset_queued_events(
        self,
        uri: str,
        *,
        before: Optional[Union[datetime, str]] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> None:
        """Delete queued Dataset events for a Dataset.

        Delete queued Dataset events for a Dataset.

        *New in version 2.9.0*

        ``DELETE /datasets/queuedEvent/{uri}``

        :param uri: The encoded Dataset URI
        :param before: Timestamp to select event logs occurring before.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``None``: Success.
        :raises ApiException: 400: Client specified an invalid argument.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        :raises OperationNotSupportedError: the server's Airflow is older than 2.9.0 (a NotFoundException)
        """
        return self._call(_DELETE_DATASET_QUEUED_EVENTS, kwargs, uri=uri, before=before)

    def get_dag_dataset_queued_event(
        self,
        dag_id: str,
        uri: str,
        *,
        before: Optional[Union[datetime, str]] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> QueuedEvent:
        """Get a queued Dataset event for a DAG.

        Get a queued Dataset event for a DAG.

        *New in version 2.9.0*

        ``GET /dags/{dag_id}/datasets/queuedEvent/{uri}``

        :param dag_id: The DAG ID.
        :param uri: The encoded Dataset URI
        :param before: Timestamp to select event logs occurring before.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``QueuedEvent``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        :raises OperationNotSupportedError: the server's Airflow is older than 2.9.0 (a NotFoundException)
        """
        return self._call(_GET_DAG_DATASET_QUEUED_EVENT, kwargs, dag_id=dag_id, uri=uri, before=before)

    def get_dag_dataset_queued_events(
        self,
        dag_id: str,
        *,
        before: Optional[Union[datetime, str]] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> QueuedEventCollection:
        """Get queued Dataset events for a DAG.

        Get queued Dataset events for a DAG.

        *New in version 2.9.0*

        ``GET /dags/{dag_id}/datasets/queuedEvent``

        :param dag_id: The DAG ID.
        :param before: Timestamp to select event logs occurring before.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``QueuedEventCollection``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        :raises OperationNotSupportedError: the server's Airflow is older than 2.9.0 (a NotFoundException)
        """
        return self._call(_GET_DAG_DATASET_QUEUED_EVENTS, kwargs, dag_id=dag_id, before=before)

    def get_dataset(
        self,
        uri: str,
        **kwargs: Unpack[RequestOptions],
    ) -> Dataset:
        """Get a dataset.

        Get a dataset by uri.

        ``GET /datasets/{uri}``

        :param uri: The encoded Dataset URI
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``Dataset``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        """
        return self._call(_GET_DATASET, kwargs, uri=uri)

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

        Get dataset events

        ``GET /datasets/events``

        :param limit: The numbers of items to return. (the server's default: ``100``)
        :param offset: The number of items to skip before starting to collect the result set.
        :param order_by: The name of the field to order the results by.
            Prefix a field name with `-` to reverse the sort order.

            *New in version 2.1.0*
        :param dataset_id: The Dataset ID that updated the dataset.
        :param source_dag_id: The DAG ID that updated the dataset.
        :param source_task_id: The task ID that updated the dataset.
        :param source_run_id: The DAG run ID that updated the dataset.
        :param source_map_index: The map index that updated the dataset.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``DatasetEventCollection``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        """
        return self._call(
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
        self,
        uri: str,
        *,
        before: Optional[Union[datetime, str]] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> QueuedEventCollection:
        """Get queued Dataset events for a Dataset.

        Get queued Dataset events for a Dataset

        *New in version 2.9.0*

        ``GET /datasets/queuedEvent/{uri}``

        :param uri: The encoded Dataset URI
        :param before: Timestamp to select event logs occurring before.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``QueuedEventCollection``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        :raises OperationNotSupportedError: the server's Airflow is older than 2.9.0 (a NotFoundException)
        """
        return self._call(_GET_DATASET_QUEUED_EVENTS, kwargs, uri=uri, before=before)

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

        :param limit: The numbers of items to return. (the server's default: ``100``)
        :param offset: The number of items to skip before starting to collect the result set.
        :param order_by: The name of the field to order the results by.
            Prefix a field name with `-` to reverse the sort order.

            *New in version 2.1.0*
        :param uri_pattern: If set, only return datasets with uris matching this pattern.
        :param dag_ids: One or more DAG IDs separated by commas to filter datasets by associated DAGs either consuming or producing.

            *New in version 2.9.0*
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``DatasetCollection``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        """
        return self._call(
            _GET_DATASETS,
            kwargs,
            limit=limit,
            offset=offset,
            order_by=order_by,
            uri_pattern=uri_pattern,
            dag_ids=dag_ids,
        )

    def get_upstream_dataset_events(
        self,
        dag_id: str,
        dag_run_id: str,
        **kwargs: Unpack[RequestOptions],
    ) -> DatasetEventCollection:
        """Get dataset events for a DAG run.

        Get datasets for a dag run.

        *New in version 2.4.0*

        ``GET /dags/{dag_id}/dagRuns/{dag_run_id}/upstreamDatasetEvents``

        :param dag_id: The DAG ID.
        :param dag_run_id: The DAG run ID.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``DatasetEventCollection``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        :raises OperationNotSupportedError: the server's Airflow is older than 2.4.0 (a NotFoundException)
        """
        return self._call(_GET_UPSTREAM_DATASET_EVENTS, kwargs, dag_id=dag_id, dag_run_id=dag_run_id)
