# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""XComApi: the operations tagged ``XCom``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from typing_extensions import Unpack

from airflow_client.client.api_base import Api, RequestOptions
from airflow_client.client.api_client import ApiClient  # noqa: F401 - the official module holds it too
from airflow_client.client.lazy import OFFICIAL_API_MODULE_NAMES, lazy_names
from airflow_client.client.operation import Operation

if TYPE_CHECKING:
    from airflow_client.client.model.x_com import XCom
    from airflow_client.client.model.x_com_collection import XComCollection

__all__ = ["XComApi"]

#: What the official client's module holds besides the class: the models its
#: operations send and answer, and helpers; each imported on first use.
__getattr__, __dir__ = lazy_names(
    __name__,
    OFFICIAL_API_MODULE_NAMES,
    {
        "Error": "airflow_client.client.model.error",
        "XCom": "airflow_client.client.model.x_com",
        "XComCollection": "airflow_client.client.model.x_com_collection",
    },
)

_GET_XCOM_ENTRIES = Operation(
    "get_xcom_entries",
    "GET",
    "/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/xcomEntries",
    path_params={"dag_id": "str", "dag_run_id": "str", "task_id": "str"},
    query={"map_index": "int", "xcom_key": "str", "limit": "int", "offset": "int"},
    response="XComCollection",
)
_GET_XCOM_ENTRY = Operation(
    "get_xcom_entry",
    "GET",
    "/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/xcomEntries/{xcom_key}",
    path_params={"dag_id": "str", "dag_run_id": "str", "task_id": "str", "xcom_key": "str"},
    query={"map_index": "int", "deserialize": "bool", "stringify": "bool"},
    response="XCom",
)


class XComApi(Api):
    """Operations tagged ``XCom``; methods are named after the spec's operationIds."""

    def get_xcom_entries(
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

        ``GET /dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/xcomEntries``

        :param dag_id: ``str`` (required)
        :param dag_run_id: ``str`` (required)
        :param task_id: ``str`` (required)
        :param map_index: ``int``
        :param xcom_key: ``str``
        :param limit: ``int``
        :param offset: ``int``
        :returns: ``XComCollection``
        """
        return self.api_client.call(
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

    def get_xcom_entry(
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

        ``GET /dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/xcomEntries/{xcom_key}``

        :param dag_id: ``str`` (required)
        :param dag_run_id: ``str`` (required)
        :param task_id: ``str`` (required)
        :param xcom_key: ``str`` (required)
        :param map_index: ``int``
        :param deserialize: ``bool``
        :param stringify: ``bool``
        :returns: ``XCom``
        """
        return self.api_client.call(
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
