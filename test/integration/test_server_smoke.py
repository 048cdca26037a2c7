"""Smoke test: the local Airflow answers the REST API with basic auth."""

from __future__ import annotations

import base64
import json
import urllib.request
from typing import Any, Dict


def _get(server: Dict[str, Any], path: str) -> Any:
    """GET ``api_url + path`` with basic auth, bypassing any HTTP proxy."""
    credentials = f"{server['username']}:{server['password']}".encode()
    request = urllib.request.Request(
        server["api_url"] + path,
        headers={
            "Accept": "application/json",
            "Authorization": "Basic " + base64.b64encode(credentials).decode(),
        },
    )
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(request, timeout=30) as response:
        return json.loads(response.read().decode())


def test_version_is_the_one_started(airflow_server: Dict[str, Any]) -> None:
    # 2.10.5 unless AIRFLOW_LOCAL_VERSION names another (scripts/airflow_local.py)
    assert _get(airflow_server, "/version")["version"] == airflow_server.get("airflow_version", "2.10.5")


def test_example_bash_operator_is_listed(airflow_server: Dict[str, Any]) -> None:
    body = _get(airflow_server, "/dags?dag_id_pattern=example_bash_operator&limit=100")
    assert "example_bash_operator" in [dag["dag_id"] for dag in body["dags"]]
