"""The asyncio client: the blocking client's calls, awaited (``pip install
'apache-airflow-client[async]'``, which adds aiohttp).

::

    from airflow_client.client import Configuration
    from airflow_client.client.aio import AsyncApiClient, DAGApi

    async with AsyncApiClient(Configuration(host="http://localhost:8080/api/v1", username="admin",
                                            password="admin")) as client:
        dag = await DAGApi(client).get_dag("example_bash_operator")

The API classes have the blocking ones' names, methods, parameters, models and
exceptions; only the client and the ``await`` differ.  The helpers are here awaited
(:mod:`airflow_client.client.aio.helpers`): ``async for dag in paginate(DAGApi(client).get_dags)``,
``await trigger_dag_run_and_wait(client, "etl")``, ``async for text in follow_task_log(...)``.
``import airflow_client.client`` imports nothing of this package.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

from airflow_client.client.aio import api as _api
from airflow_client.client.aio.api_base import AsyncApi
from airflow_client.client.aio.client import AsyncApiClient
from airflow_client.client.aio.helpers import (
    follow_task_log,
    iter_pages,
    paginate,
    read_task_log,
    trigger_dag_run_and_wait,
    wait_for_dag_run,
)

if TYPE_CHECKING:
    from airflow_client.client.aio.api import *  # noqa: F403

__all__ = [
    "AsyncApi",
    "AsyncApiClient",
    *_api.API_MODULES,
    "follow_task_log",
    "iter_pages",
    "paginate",
    "read_task_log",
    "trigger_dag_run_and_wait",
    "wait_for_dag_run",
]


def __getattr__(name: str) -> Any:
    if name in _api.API_MODULES:
        return getattr(_api, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> List[str]:
    return sorted(set(globals()) | set(_api.API_MODULES))
