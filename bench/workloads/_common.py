"""What the request workloads share: the three contenders behind one interface.

Each contender answers ``get_dag(dag_id)``, ``get_dags(limit)`` and
``get_task_instances(dag_id, run_id, limit=None)``:

* ``ours`` and ``official`` run the very same code (the drop-in promise):
  ``ApiClient(Configuration(host=..., username=..., password=...))`` and the
  generated ``DAGApi`` / ``TaskInstanceApi``;
* ``floor`` is the least any client can do: one ``urllib3.PoolManager``,
  prebuilt headers, ``json.loads`` of the body, no models.

The import workloads do not use this module (it would import ``json`` and
``base64`` before the clock starts).
"""

from __future__ import annotations

import base64
import json
import sys
import time
from typing import Any, Callable, Optional

USERNAME = PASSWORD = "admin"
DAG_ID = "etl_example_00000"
TI_DAG_ID = "etl_fanout"
RUN_ID = "scheduled__2024-11-04T00:00:00+00:00"


def emit(**figures: Any) -> None:
    """The workload's one line of output, read by ``bench/run.py``."""
    print(json.dumps(figures), flush=True)


def now() -> float:
    return time.perf_counter()


class Floor:
    """Bare urllib3 + json: the same requests, nothing else."""

    def __init__(self, base: str) -> None:
        import urllib3

        self.base = base.rstrip("/") + "/api/v1"
        self.pool = urllib3.PoolManager()
        token = base64.b64encode(f"{USERNAME}:{PASSWORD}".encode()).decode()
        self.headers = {"Accept": "application/json", "Authorization": f"Basic {token}"}

    def _get(self, path: str) -> Any:
        resp = self.pool.request("GET", self.base + path, headers=self.headers)
        if resp.status != 200:
            raise RuntimeError(f"GET {path}: HTTP {resp.status}")
        return json.loads(resp.data)

    def get_dag(self, dag_id: str) -> Any:
        from urllib.parse import quote

        return self._get(f"/dags/{quote(dag_id, safe='')}")

    def get_dags(self, limit: int) -> Any:
        return self._get(f"/dags?limit={limit}")

    def get_task_instances(self, dag_id: str, run_id: str, limit: Optional[int] = None) -> Any:
        from urllib.parse import quote

        path = f"/dags/{quote(dag_id, safe='')}/dagRuns/{quote(run_id, safe='')}/taskInstances"
        return self._get(path + (f"?limit={limit}" if limit is not None else ""))

    @staticmethod
    def items(result: Any, key: str) -> list:
        return result[key]

    @staticmethod
    def field(item: Any, name: str) -> Any:
        return item[name]


class Client:
    """``ours`` or ``official``: whichever ``airflow_client`` this interpreter has."""

    def __init__(self, base: str, official: bool) -> None:
        if official:
            sys.setrecursionlimit(1500)  # the official 2.10.0 README asks for it
        import airflow_client.client as client
        from airflow_client.client.api import dag_api, task_instance_api

        conf = client.Configuration(host=base.rstrip("/") + "/api/v1", username=USERNAME, password=PASSWORD)
        self.api_client = client.ApiClient(conf)
        self.dags = dag_api.DAGApi(self.api_client)
        self.tis = task_instance_api.TaskInstanceApi(self.api_client)
        self.module_file = client.__file__

    def get_dag(self, dag_id: str) -> Any:
        return self.dags.get_dag(dag_id)

    def get_dags(self, limit: int) -> Any:
        return self.dags.get_dags(limit=limit)

    def get_task_instances(self, dag_id: str, run_id: str, limit: Optional[int] = None) -> Any:
        if limit is None:
            return self.tis.get_task_instances(dag_id, run_id)
        return self.tis.get_task_instances(dag_id, run_id, limit=limit)

    @staticmethod
    def items(result: Any, key: str) -> list:
        return getattr(result, key)

    @staticmethod
    def field(item: Any, name: str) -> Any:
        return getattr(item, name)


def contender() -> tuple:
    """(name, base URL, contender object) from ``argv``: ``SCRIPT NAME BASE_URL [ARGS...]``."""
    name, base = sys.argv[1], sys.argv[2]
    if name == "floor":
        return name, base, Floor(base)
    if name in ("ours", "official"):
        return name, base, Client(base, official=name == "official")
    raise SystemExit(f"unknown contender {name!r}")


def value(x: Any) -> Any:
    """An enum member's (ours) or ``ModelSimple``'s (official) value; a plain value as is."""
    return getattr(x, "value", x)


def timed(fn: Callable[[], Any]) -> tuple:
    started = now()
    result = fn()
    return result, (now() - started) * 1000.0
