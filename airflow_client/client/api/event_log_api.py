# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""EventLogApi: the operations tagged ``EventLog``."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Optional, Union

from typing_extensions import Unpack

from airflow_client.client.api_base import Api, RequestOptions
from airflow_client.client.api_client import ApiClient  # noqa: F401 - the official module holds it too
from airflow_client.client.core.operation import DATETIME, INT, STR, Operation
from airflow_client.client.lazy import OFFICIAL_API_MODULE_NAMES, lazy_names

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
    "get_event_log", "GET", "/eventLogs/{event_log_id}", path_params={"event_log_id": INT}, response="EventLog"
)
_GET_EVENT_LOGS = Operation(
    "get_event_logs",
    "GET",
    "/eventLogs",
    query={
        "limit": INT,
        "offset": INT.at_least(0),
        "order_by": STR,
        "dag_id": STR,
        "task_id": STR,
        "run_id": STR,
        "map_index": INT,
        "try_number": INT,
        "event": STR,
        "owner": STR,
        "before": DATETIME,
        "after": DATETIME,
        "included_events": STR,
        "excluded_events": STR,
    },
    response="EventLogCollection",
)


class EventLogApi(Api):
    """Operations tagged ``EventLog``; methods are named after the spec's operationIds."""

    def get_event_log(
        self,
        event_log_id: int,
        **kwargs: Unpack[RequestOptions],
    ) -> EventLog:
        """Get a log entry.

        ``GET /eventLogs/{event_log_id}``

        :param event_log_id: The event log ID.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``EventLog``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        """
        return self._call(_GET_EVENT_LOG, kwargs, event_log_id=event_log_id)

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

        List log entries from event log.

        ``GET /eventLogs``

        :param limit: The numbers of items to return. (the server's default: ``100``)
        :param offset: The number of items to skip before starting to collect the result set.
        :param order_by: The name of the field to order the results by.
            Prefix a field name with `-` to reverse the sort order.

            *New in version 2.1.0*
        :param dag_id: Returns objects matched by the DAG ID.
        :param task_id: Returns objects matched by the Task ID.
        :param run_id: Returns objects matched by the Run ID.
        :param map_index: Filter on map index for mapped task.
        :param try_number: Filter on try_number for task instance.
        :param event: The name of event log.
        :param owner: The owner's name of event log.
        :param before: Timestamp to select event logs occurring before.
        :param after: Timestamp to select event logs occurring after.
        :param included_events: One or more event names separated by commas. If set, only return event logs with events matching this pattern.
            *New in version 2.9.0*
        :param excluded_events: One or more event names separated by commas. If set, only return event logs with events that do not match this pattern.
            *New in version 2.9.0*
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``EventLogCollection``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        """
        return self._call(
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
