# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""EventLogApi: the operations tagged ``EventLog``."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Optional, Union

from typing_extensions import Unpack

from airflow_client.client.api_base import Api, RequestOptions
from airflow_client.client.api_client import ApiClient  # noqa: F401 - the official module holds it too
from airflow_client.client.lazy import OFFICIAL_API_MODULE_NAMES, lazy_names
from airflow_client.client.operation import Operation

if TYPE_CHECKING:
    from airflow_client.client.model.event_log import EventLog
    from airflow_client.client.model.event_log_collection import EventLogCollection

__all__ = ["EventLogApi"]

#: What the official client's module holds besides the class: the models its
#: operations send and answer, and helpers; each imported on first use.
__getattr__, __dir__ = lazy_names(
    __name__,
    OFFICIAL_API_MODULE_NAMES,
    {
        "Error": "airflow_client.client.model.error",
        "EventLog": "airflow_client.client.model.event_log",
        "EventLogCollection": "airflow_client.client.model.event_log_collection",
    },
)

_GET_EVENT_LOG = Operation(
    "get_event_log", "GET", "/eventLogs/{event_log_id}", path_params={"event_log_id": "int"}, response="EventLog"
)
_GET_EVENT_LOGS = Operation(
    "get_event_logs",
    "GET",
    "/eventLogs",
    query={
        "limit": "int",
        "offset": "int",
        "order_by": "str",
        "dag_id": "str",
        "task_id": "str",
        "run_id": "str",
        "map_index": "int",
        "try_number": "int",
        "event": "str",
        "owner": "str",
        "before": "datetime",
        "after": "datetime",
        "included_events": "str",
        "excluded_events": "str",
    },
    response="EventLogCollection",
)


class EventLogApi(Api):
    """Operations tagged ``EventLog``; methods are named after the spec's operationIds."""

    def get_event_log(self, event_log_id: int, **kwargs: Unpack[RequestOptions]) -> EventLog:
        """Get a log entry.

        ``GET /eventLogs/{event_log_id}``

        :param event_log_id: ``int`` (required)
        :returns: ``EventLog``
        """
        return self.api_client.call(_GET_EVENT_LOG, kwargs, event_log_id=event_log_id)

    def get_event_logs(
        self,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        order_by: Optional[str] = None,
        dag_id: Optional[str] = None,
        task_id: Optional[str] = None,
        run_id: Optional[str] = None,
        map_index: Optional[int] = None,
        try_number: Optional[int] = None,
        event: Optional[str] = None,
        owner: Optional[str] = None,
        before: Optional[Union[datetime, str]] = None,
        after: Optional[Union[datetime, str]] = None,
        included_events: Optional[str] = None,
        excluded_events: Optional[str] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> EventLogCollection:
        """List log entries.

        ``GET /eventLogs``

        :param limit: ``int``
        :param offset: ``int``
        :param order_by: ``str``
        :param dag_id: ``str``
        :param task_id: ``str``
        :param run_id: ``str``
        :param map_index: ``int``
        :param try_number: ``int``
        :param event: ``str``
        :param owner: ``str``
        :param before: ``Union[datetime, str]``
        :param after: ``Union[datetime, str]``
        :param included_events: ``str``
        :param excluded_events: ``str``
        :returns: ``EventLogCollection``
        """
        return self.api_client.call(
            _GET_EVENT_LOGS,
            kwargs,
            limit=limit,
            offset=offset,
            order_by=order_by,
            dag_id=dag_id,
            task_id=task_id,
            run_id=run_id,
            map_index=map_index,
            try_number=try_number,
            event=event,
            owner=owner,
            before=before,
            after=after,
            included_events=included_events,
            excluded_events=excluded_events,
        )
