# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""XComApi, awaitable: the operations tagged ``XCom``, on an ``AsyncApiClient``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from typing_extensions import Unpack

from airflow_client.client.aio.api_base import AsyncApi, RequestOptions
from airflow_client.client.api.x_com_api import _GET_XCOM_ENTRIES, _GET_XCOM_ENTRY

if TYPE_CHECKING:
    from airflow_client.client.model.x_com import XCom
    from airflow_client.client.model.x_com_collection import XComCollection

__all__ = ["XComApi"]


class XComApi(AsyncApi):
    """Operations tagged ``XCom``, each a coroutine; documented on
    :class:`airflow_client.client.api.x_com_api.XComApi`, whose operations they run."""

    async def get_xcom_entries(
        self,
        dag_id: str,
        dag_run_id: str,
        task_id: str,
        *,
        map_index: Optional[int] = None,
        xcom_key: Optional[str] = None,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> XComCollection:
        """List XCom entries.

        Awaitable form of :meth:`airflow_client.client.api.x_com_api.XComApi.get_xcom_entries`.
        """
        return await self._call(
            _GET_XCOM_ENTRIES,
            kwargs,
            dag_id=dag_id,
            dag_run_id=dag_run_id,
            task_id=task_id,
            map_index=map_index,
            xcom_key=xcom_key,
            limit=limit,
            offset=offset,
        )

    async def get_xcom_entry(
        self,
        dag_id: str,
        dag_run_id: str,
        task_id: str,
        xcom_key: str,
        *,
        map_index: Optional[int] = None,
        deserialize: Optional[bool] = None,
        stringify: Optional[bool] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> XCom:
        """Get an XCom entry.

        Awaitable form of :meth:`airflow_client.client.api.x_com_api.XComApi.get_xcom_entry`.
        """
        return await self._call(
            _GET_XCOM_ENTRY,
            kwargs,
            dag_id=dag_id,
            dag_run_id=dag_run_id,
            task_id=task_id,
            xcom_key=xcom_key,
            map_index=map_index,
            deserialize=deserialize,
            stringify=stringify,
        )
