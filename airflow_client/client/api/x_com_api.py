# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""XComApi: the operations tagged ``XCom``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from typing_extensions import Unpack

from airflow_client.client.api_base import Api, RequestOptions
from airflow_client.client.api_client import ApiClient  # noqa: F401 - the official module holds it too
from airflow_client.client.core.operation import BOOL, INT, STR, Operation
from airflow_client.client.lazy import OFFICIAL_API_MODULE_NAMES, lazy_names

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
    path_params={"dag_id": STR, "dag_run_id": STR, "task_id": STR},
    query={"map_index": INT, "xcom_key": STR, "limit": INT, "offset": INT.at_least(0)},
    response="XComCollection",
)
_GET_XCOM_ENTRY = Operation(
    "get_xcom_entry",
    "GET",
    "/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/xcomEntries/{xcom_key}",
    path_params={"dag_id": STR, "dag_run_id": STR, "task_id": STR, "xcom_key": STR},
    query={"map_index": INT, "deserialize": BOOL, "stringify": BOOL},
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

        This endpoint allows specifying `~` as the dag_id, dag_run_id, task_id to retrieve XCOM entries for for all DAGs, DAG runs and task instances. XCom values won't be returned as they can be large. Use this endpoint to get a list of XCom entries and then fetch individual entry to get value.

        ``GET /dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/xcomEntries``

        :param dag_id: The DAG ID.
        :param dag_run_id: The DAG run ID.
        :param task_id: The task ID.
        :param map_index: Filter on map index for mapped task.
        :param xcom_key: Only filter the XCom records which have the provided key.
        :param limit: The numbers of items to return. (the server's default: ``100``)
        :param offset: The number of items to skip before starting to collect the result set.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``XComCollection``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        """
        return self._call(
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

        :param dag_id: The DAG ID.
        :param dag_run_id: The DAG run ID.
        :param task_id: The task ID.
        :param xcom_key: The XCom key.
        :param map_index: Filter on map index for mapped task.
        :param deserialize: Whether to deserialize an XCom value when using a custom XCom backend.

            The XCom API endpoint calls `orm_deserialize_value` by default since an XCom may contain value
            that is potentially expensive to deserialize in the web server. Setting this to true overrides
            the consideration, and calls `deserialize_value` instead.

            This parameter is not meaningful when using the default XCom backend.

            *New in version 2.4.0* (the server's default: ``False``)
        :param stringify: Whether to convert the XCom value to be a string. XCom values can be of Any data type.

            If set to true (default) the Any value will be returned as string, e.g. a Python representation
            of a dict. If set to false it will return the raw data as dict, list, string or whatever was stored.

            This parameter is not meaningful when using XCom pickling, then it is always returned as string.

            *New in version 2.10.0* (the server's default: ``True``)
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``XCom``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        """
        return self._call(
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
