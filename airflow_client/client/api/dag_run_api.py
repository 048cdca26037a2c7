# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""DAGRunApi: the operations tagged ``DAGRun``."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Union

from typing_extensions import Unpack

from airflow_client.client.api_base import Api, RequestOptions
from airflow_client.client.api_client import ApiClient  # noqa: F401 - the official module holds it too
from airflow_client.client.core.operation import DATETIME, INT, STR, Array, Operation
from airflow_client.client.lazy import OFFICIAL_API_MODULE_NAMES, lazy_names

if TYPE_CHECKING:
    from airflow_client.client.model.clear_dag_run import ClearDagRun
    from airflow_client.client.model.dag_run import DAGRun
    from airflow_client.client.model.dag_run_collection import DAGRunCollection
    from airflow_client.client.model.dataset_event_collection import DatasetEventCollection
    from airflow_client.client.model.list_dag_runs_form import ListDagRunsForm
    from airflow_client.client.model.set_dag_run_note import SetDagRunNote
    from airflow_client.client.model.update_dag_run_state import UpdateDagRunState

__all__ = ["DAGRunApi"]

#: What the official client's module holds besides the class: the models its
#: operations send and answer, and helpers; each imported on first use.
__getattr__, __dir__ = lazy_names(
    __name__,
    OFFICIAL_API_MODULE_NAMES,
    {
        "ClearDagRun": "airflow_client.client.model.clear_dag_run",
        "DAGRun": "airflow_client.client.model.dag_run",
        "DAGRunCollection": "airflow_client.client.model.dag_run_collection",
        "DatasetEventCollection": "airflow_client.client.model.dataset_event_collection",
        "Error": "airflow_client.client.model.error",
        "ListDagRunsForm": "airflow_client.client.model.list_dag_runs_form",
        "SetDagRunNote": "airflow_client.client.model.set_dag_run_note",
        "TaskInstanceCollection": "airflow_client.client.model.task_instance_collection",
        "UpdateDagRunState": "airflow_client.client.model.update_dag_run_state",
    },
)

_CLEAR_DAG_RUN = Operation(
    "clear_dag_run",
    "POST",
    "/dags/{dag_id}/dagRuns/{dag_run_id}/clear",
    path_params={"dag_id": STR, "dag_run_id": STR},
    body="ClearDagRun",
    body_name="clear_dag_run",
    response=("DAGRun", "TaskInstanceCollection"),
    plain=True,
    since="2.4.0",
)
_DELETE_DAG_RUN = Operation(
    "delete_dag_run", "DELETE", "/dags/{dag_id}/dagRuns/{dag_run_id}", path_params={"dag_id": STR, "dag_run_id": STR}
)
_GET_DAG_RUN = Operation(
    "get_dag_run",
    "GET",
    "/dags/{dag_id}/dagRuns/{dag_run_id}",
    path_params={"dag_id": STR, "dag_run_id": STR},
    query={"fields": Array(STR)},
    response="DAGRun",
)
_GET_DAG_RUNS = Operation(
    "get_dag_runs",
    "GET",
    "/dags/{dag_id}/dagRuns",
    path_params={"dag_id": STR},
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
        "state": Array(STR),
        "order_by": STR,
        "fields": Array(STR),
    },
    response="DAGRunCollection",
)
_GET_DAG_RUNS_BATCH = Operation(
    "get_dag_runs_batch",
    "POST",
    "/dags/~/dagRuns/list",
    body="ListDagRunsForm",
    body_name="list_dag_runs_form",
    response="DAGRunCollection",
)
_GET_UPSTREAM_DATASET_EVENTS = Operation(
    "get_upstream_dataset_events",
    "GET",
    "/dags/{dag_id}/dagRuns/{dag_run_id}/upstreamDatasetEvents",
    path_params={"dag_id": STR, "dag_run_id": STR},
    response="DatasetEventCollection",
    since="2.4.0",
)
_POST_DAG_RUN = Operation(
    "post_dag_run",
    "POST",
    "/dags/{dag_id}/dagRuns",
    path_params={"dag_id": STR},
    body="DAGRun",
    body_name="dag_run",
    response="DAGRun",
)
_SET_DAG_RUN_NOTE = Operation(
    "set_dag_run_note",
    "PATCH",
    "/dags/{dag_id}/dagRuns/{dag_run_id}/setNote",
    path_params={"dag_id": STR, "dag_run_id": STR},
    body="SetDagRunNote",
    body_name="set_dag_run_note",
    response="DAGRun",
    since="2.5.0",
)
_UPDATE_DAG_RUN_STATE = Operation(
    "update_dag_run_state",
    "PATCH",
    "/dags/{dag_id}/dagRuns/{dag_run_id}",
    path_params={"dag_id": STR, "dag_run_id": STR},
    body="UpdateDagRunState",
    body_name="update_dag_run_state",
    response="DAGRun",
    since="2.2.0",
)


class DAGRunApi(Api):
    """Operations tagged ``DAGRun``; methods are named after the spec's operationIds."""

    def clear_dag_run(
        self,
        dag_id: str,
        dag_run_id: str,
        clear_dag_run: Union[ClearDagRun, Dict[str, Any]],
        **kwargs: Unpack[RequestOptions],
    ) -> Dict[str, Any]:
        """Clear a DAG run.

        Clear a DAG run.

        *New in version 2.4.0*

        ``POST /dags/{dag_id}/dagRuns/{dag_run_id}/clear``

        :param dag_id: The DAG ID.
        :param dag_run_id: The DAG run ID.
        :param clear_dag_run: The request body: a ``ClearDagRun``, or a dict of its fields.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``Dict[str, Any]``: Success.
            The JSON as sent, a plain ``dict`` (as the official client answers), shaped as ``DAGRun`` or ``TaskInstanceCollection``.
        :raises ApiException: 400: Client specified an invalid argument.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        :raises OperationNotSupportedError: the server's Airflow is older than 2.4.0 (a NotFoundException)
        """
        return self._call(_CLEAR_DAG_RUN, kwargs, dag_id=dag_id, dag_run_id=dag_run_id, clear_dag_run=clear_dag_run)

    def delete_dag_run(
        self,
        dag_id: str,
        dag_run_id: str,
        **kwargs: Unpack[RequestOptions],
    ) -> None:
        """Delete a DAG run.

        ``DELETE /dags/{dag_id}/dagRuns/{dag_run_id}``

        :param dag_id: The DAG ID.
        :param dag_run_id: The DAG run ID.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``None``: Success.
        :raises ApiException: 400: Client specified an invalid argument.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        """
        return self._call(_DELETE_DAG_RUN, kwargs, dag_id=dag_id, dag_run_id=dag_run_id)

    def get_dag_run(
        self,
        dag_id: str,
        dag_run_id: str,
        *,
        fields: Optional[List[str]] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> DAGRun:
        """Get a DAG run.

        ``GET /dags/{dag_id}/dagRuns/{dag_run_id}``

        :param dag_id: The DAG ID.
        :param dag_run_id: The DAG run ID.
        :param fields: List of field for return.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``DAGRun``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        """
        return self._call(_GET_DAG_RUN, kwargs, dag_id=dag_id, dag_run_id=dag_run_id, fields=fields)

    def get_dag_runs(
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

        This endpoint allows specifying `~` as the dag_id to retrieve DAG runs for all DAGs.

        ``GET /dags/{dag_id}/dagRuns``

        :param dag_id: The DAG ID.
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
        :param state: The value can be repeated to retrieve multiple matching values (OR condition).
        :param order_by: The name of the field to order the results by.
            Prefix a field name with `-` to reverse the sort order.

            *New in version 2.1.0*
        :param fields: List of field for return.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``DAGRunCollection``: List of DAG runs.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        """
        return self._call(
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

    def get_dag_runs_batch(
        self,
        list_dag_runs_form: Union[ListDagRunsForm, Dict[str, Any]],
        **kwargs: Unpack[RequestOptions],
    ) -> DAGRunCollection:
        """List DAG runs (batch).

        This endpoint is a POST to allow filtering across a large number of DAG IDs, where as a GET it would run in to maximum HTTP request URL length limit.

        ``POST /dags/~/dagRuns/list``

        :param list_dag_runs_form: The request body: a ``ListDagRunsForm``, or a dict of its fields.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``DAGRunCollection``: Success.
        :raises ApiException: 400: Client specified an invalid argument.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        """
        return self._call(_GET_DAG_RUNS_BATCH, kwargs, list_dag_runs_form=list_dag_runs_form)

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

    def post_dag_run(
        self,
        dag_id: str,
        dag_run: Union[DAGRun, Dict[str, Any]],
        **kwargs: Unpack[RequestOptions],
    ) -> DAGRun:
        """Trigger a new DAG run.

        This will initiate a dagrun. If DAG is paused then dagrun state will remain queued, and the task won't run.

        ``POST /dags/{dag_id}/dagRuns``

        :param dag_id: The DAG ID.
        :param dag_run: The request body: a ``DAGRun``, or a dict of its fields.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``DAGRun``: Success.
        :raises ApiException: 400: Client specified an invalid argument.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ApiException: 409: An existing resource conflicts with the request.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        """
        return self._call(_POST_DAG_RUN, kwargs, dag_id=dag_id, dag_run=dag_run)

    def set_dag_run_note(
        self,
        dag_id: str,
        dag_run_id: str,
        set_dag_run_note: Union[SetDagRunNote, Dict[str, Any]],
        **kwargs: Unpack[RequestOptions],
    ) -> DAGRun:
        """Update the DagRun note.

        Update the manual user note of a DagRun.

        *New in version 2.5.0*

        ``PATCH /dags/{dag_id}/dagRuns/{dag_run_id}/setNote``

        :param dag_id: The DAG ID.
        :param dag_run_id: The DAG run ID.
        :param set_dag_run_note: Parameters of set DagRun note: a ``SetDagRunNote``, or a dict of its fields.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``DAGRun``: Success.
        :raises ApiException: 400: Client specified an invalid argument.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        :raises OperationNotSupportedError: the server's Airflow is older than 2.5.0 (a NotFoundException)
        """
        return self._call(
            _SET_DAG_RUN_NOTE, kwargs, dag_id=dag_id, dag_run_id=dag_run_id, set_dag_run_note=set_dag_run_note
        )

    def update_dag_run_state(
        self,
        dag_id: str,
        dag_run_id: str,
        update_dag_run_state: Union[UpdateDagRunState, Dict[str, Any]],
        **kwargs: Unpack[RequestOptions],
    ) -> DAGRun:
        """Modify a DAG run.

        Modify a DAG run.

        *New in version 2.2.0*

        ``PATCH /dags/{dag_id}/dagRuns/{dag_run_id}``

        :param dag_id: The DAG ID.
        :param dag_run_id: The DAG run ID.
        :param update_dag_run_state: Modify the state of a DAG run.

            *New in version 2.2.0*: a ``UpdateDagRunState``, or a dict of its fields.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``DAGRun``: Success.
        :raises ApiException: 400: Client specified an invalid argument.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        :raises OperationNotSupportedError: the server's Airflow is older than 2.2.0 (a NotFoundException)
        """
        return self._call(
            _UPDATE_DAG_RUN_STATE,
            kwargs,
            dag_id=dag_id,
            dag_run_id=dag_run_id,
            update_dag_run_state=update_dag_run_state,
        )
