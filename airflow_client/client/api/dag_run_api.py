# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""DAGRunApi: the operations tagged ``DAGRun``."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Union

from typing_extensions import Unpack

from airflow_client.client.api_base import Api, RequestOptions
from airflow_client.client.api_client import ApiClient  # noqa: F401 - the official module holds it too
from airflow_client.client.lazy import OFFICIAL_API_MODULE_NAMES, lazy_names
from airflow_client.client.operation import Operation

if TYPE_CHECKING:
    from airflow_client.client.model.clear_dag_run import ClearDagRun
    from airflow_client.client.model.dag_run import DAGRun
    from airflow_client.client.model.dag_run_collection import DAGRunCollection
    from airflow_client.client.model.dataset_event_collection import DatasetEventCollection
    from airflow_client.client.model.list_dag_runs_form import ListDagRunsForm
    from airflow_client.client.model.set_dag_run_note import SetDagRunNote
    from airflow_client.client.model.task_instance_collection import TaskInstanceCollection
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
    path_params={"dag_id": "str", "dag_run_id": "str"},
    body="ClearDagRun",
    body_name="clear_dag_run",
    response=("DAGRun", "TaskInstanceCollection"),
    since="2.4.0",
)
_DELETE_DAG_RUN = Operation(
    "delete_dag_run",
    "DELETE",
    "/dags/{dag_id}/dagRuns/{dag_run_id}",
    path_params={"dag_id": "str", "dag_run_id": "str"},
)
_GET_DAG_RUN = Operation(
    "get_dag_run",
    "GET",
    "/dags/{dag_id}/dagRuns/{dag_run_id}",
    path_params={"dag_id": "str", "dag_run_id": "str"},
    query={"fields": "[str]"},
    response="DAGRun",
)
_GET_DAG_RUNS = Operation(
    "get_dag_runs",
    "GET",
    "/dags/{dag_id}/dagRuns",
    path_params={"dag_id": "str"},
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
        "state": "[str]",
        "order_by": "str",
        "fields": "[str]",
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
    path_params={"dag_id": "str", "dag_run_id": "str"},
    response="DatasetEventCollection",
    since="2.4.0",
)
_POST_DAG_RUN = Operation(
    "post_dag_run",
    "POST",
    "/dags/{dag_id}/dagRuns",
    path_params={"dag_id": "str"},
    body="DAGRun",
    body_name="dag_run",
    response="DAGRun",
)
_SET_DAG_RUN_NOTE = Operation(
    "set_dag_run_note",
    "PATCH",
    "/dags/{dag_id}/dagRuns/{dag_run_id}/setNote",
    path_params={"dag_id": "str", "dag_run_id": "str"},
    body="SetDagRunNote",
    body_name="set_dag_run_note",
    response="DAGRun",
    since="2.5.0",
)
_UPDATE_DAG_RUN_STATE = Operation(
    "update_dag_run_state",
    "PATCH",
    "/dags/{dag_id}/dagRuns/{dag_run_id}",
    path_params={"dag_id": "str", "dag_run_id": "str"},
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
    ) -> Union[DAGRun, TaskInstanceCollection]:
        """Clear a DAG run.

        ``POST /dags/{dag_id}/dagRuns/{dag_run_id}/clear``

        :param dag_id: ``str`` (required)
        :param dag_run_id: ``str`` (required)
        :param clear_dag_run: ``Union[ClearDagRun, Dict[str, Any]]`` (required)
        :returns: ``Union[DAGRun, TaskInstanceCollection]``
        """
        return self.api_client.call(
            _CLEAR_DAG_RUN, kwargs, dag_id=dag_id, dag_run_id=dag_run_id, clear_dag_run=clear_dag_run
        )

    def delete_dag_run(self, dag_id: str, dag_run_id: str, **kwargs: Unpack[RequestOptions]) -> None:
        """Delete a DAG run.

        ``DELETE /dags/{dag_id}/dagRuns/{dag_run_id}``

        :param dag_id: ``str`` (required)
        :param dag_run_id: ``str`` (required)
        :returns: ``None``
        """
        return self.api_client.call(_DELETE_DAG_RUN, kwargs, dag_id=dag_id, dag_run_id=dag_run_id)

    def get_dag_run(
        self, dag_id: str, dag_run_id: str, *, fields: Optional[List[str]] = None, **kwargs: Unpack[RequestOptions]
    ) -> DAGRun:
        """Get a DAG run.

        ``GET /dags/{dag_id}/dagRuns/{dag_run_id}``

        :param dag_id: ``str`` (required)
        :param dag_run_id: ``str`` (required)
        :param fields: ``List[str]``
        :returns: ``DAGRun``
        """
        return self.api_client.call(_GET_DAG_RUN, kwargs, dag_id=dag_id, dag_run_id=dag_run_id, fields=fields)

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

        ``GET /dags/{dag_id}/dagRuns``

        :param dag_id: ``str`` (required)
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
        :param state: ``List[str]``
        :param order_by: ``str``
        :param fields: ``List[str]``
        :returns: ``DAGRunCollection``
        """
        return self.api_client.call(
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
        self, list_dag_runs_form: Union[ListDagRunsForm, Dict[str, Any]], **kwargs: Unpack[RequestOptions]
    ) -> DAGRunCollection:
        """List DAG runs (batch).

        ``POST /dags/~/dagRuns/list``

        :param list_dag_runs_form: ``Union[ListDagRunsForm, Dict[str, Any]]`` (required)
        :returns: ``DAGRunCollection``
        """
        return self.api_client.call(_GET_DAG_RUNS_BATCH, kwargs, list_dag_runs_form=list_dag_runs_form)

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

    def post_dag_run(
        self, dag_id: str, dag_run: Union[DAGRun, Dict[str, Any]], **kwargs: Unpack[RequestOptions]
    ) -> DAGRun:
        """Trigger a new DAG run.

        ``POST /dags/{dag_id}/dagRuns``

        :param dag_id: ``str`` (required)
        :param dag_run: ``Union[DAGRun, Dict[str, Any]]`` (required)
        :returns: ``DAGRun``
        """
        return self.api_client.call(_POST_DAG_RUN, kwargs, dag_id=dag_id, dag_run=dag_run)

    def set_dag_run_note(
        self,
        dag_id: str,
        dag_run_id: str,
        set_dag_run_note: Union[SetDagRunNote, Dict[str, Any]],
        **kwargs: Unpack[RequestOptions],
    ) -> DAGRun:
        """Update the DagRun note.

        ``PATCH /dags/{dag_id}/dagRuns/{dag_run_id}/setNote``

        :param dag_id: ``str`` (required)
        :param dag_run_id: ``str`` (required)
        :param set_dag_run_note: ``Union[SetDagRunNote, Dict[str, Any]]`` (required)
        :returns: ``DAGRun``
        """
        return self.api_client.call(
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

        ``PATCH /dags/{dag_id}/dagRuns/{dag_run_id}``

        :param dag_id: ``str`` (required)
        :param dag_run_id: ``str`` (required)
        :param update_dag_run_state: ``Union[UpdateDagRunState, Dict[str, Any]]`` (required)
        :returns: ``DAGRun``
        """
        return self.api_client.call(
            _UPDATE_DAG_RUN_STATE,
            kwargs,
            dag_id=dag_id,
            dag_run_id=dag_run_id,
            update_dag_run_state=update_dag_run_state,
        )
