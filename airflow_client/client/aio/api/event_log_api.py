# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""EventLogApi, awaitable: the operations tagged ``EventLog``, on an ``AsyncApiClient``."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Optional, Union

from typing_extensions import Unpack

from airflow_client.client.aio.api_base import AsyncApi, RequestOptions
from airflow_client.client.api.event_log_api import _GET_EVENT_LOG, _GET_EVENT_LOGS

if TYPE_CHECKING:
    from airflow_client.client.model.event_log import EventLog
    from airflow_client.client.model.event_log_collection import EventLogCollection

__all__ = ["EventLogApi"]


class EventLogApi(AsyncApi):
    """Operations tagged ``EventLog``, each a coroutine; documented on
    :class:`airflow_client.client.api.event_log_api.EventLogApi`, whose operations they run."""

    async def get_event_log(
        self,
        event_log_id: int,
        **kwargs: Unpack[RequestOptions],
    ) -> EventLog:
        """Get a log entry.

        Awaitable form of :meth:`airflow_client.client.api.event_log_api.EventLogApi.get_event_log`.
        """
        return await self._call(_GET_EVENT_LOG, kwargs, event_log_id=event_log_id)

    async def get_event_logs(
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

        Awaitable form of :meth:`airflow_client.client.api.event_log_api.EventLogApi.get_event_logs`.
        """
        return await self._call(
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
