"""The seed README's code runs unchanged against the real Airflow (host and credentials aside).

The snippets below are the official client's "Getting Started" example and its
smoke-test configuration, as users copy them; each runs in a fresh interpreter.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from typing import Any, Dict, Tuple

GETTING_STARTED = """
import time
from airflow_client import client
from pprint import pprint
from airflow_client.client.api import config_api
from airflow_client.client.model.config import Config
from airflow_client.client.model.error import Error

# Defining the host is optional and defaults to /api/v1
# See configuration.py for a list of all supported configuration parameters.
configuration = client.Configuration(host="/api/v1")

# Configure HTTP basic authorization: Basic
configuration = client.Configuration(username="YOUR_USERNAME", password="YOUR_PASSWORD")


# Enter a context with an instance of the API client
with client.ApiClient(configuration) as api_client:
    # Create an instance of the API class
    api_instance = config_api.ConfigApi(api_client)

    try:
        # Get current configuration
        api_response = api_instance.get_config()
        pprint(api_response)
    except client.ApiException as e:
        print("Exception when calling ConfigApi->get_config: %s\\n" % e)
"""

SMOKE_CONFIGURATION = """
import airflow_client

# Configure HTTP basic authorization: Basic
configuration = airflow_client.client.Configuration(
    host="http://localhost:8080/api/v1", username="admin", password="admin"
)
"""


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_getting_started_runs_unchanged(airflow_server: Dict[str, Any]) -> None:
    code = GETTING_STARTED.replace(
        'client.Configuration(username="YOUR_USERNAME", password="YOUR_PASSWORD")',
        f'client.Configuration(host="{airflow_server["api_url"]}", username="admin", password="admin")',
    )
    out = _run(code)
    assert "Exception when calling" not in out
    # printed as the official client prints a model: its to_dict(), pretty-printed
    assert out.startswith("{'sections': [") and "'name': 'core'" in out and "'key': 'dags_folder'" in out


def test_getting_started_reports_a_refused_login_as_the_example_expects(
    airflow_server: Dict[str, Any], wrong_password_answer: Tuple[int, str]
) -> None:
    code = GETTING_STARTED.replace("YOUR_USERNAME", "admin").replace("YOUR_PASSWORD", "wrong")
    code = code.replace(
        "client.Configuration(username=", f'client.Configuration(host="{airflow_server["api_url"]}", username='
    )
    out = _run(code)
    status, title = wrong_password_answer  # 401 Unauthorized, or what this server says instead
    assert out.startswith(f"Exception when calling ConfigApi->get_config: ({status})")
    assert title in out and "wrong" not in out


def test_smoke_test_configuration_runs_unchanged(airflow_server: Dict[str, Any]) -> None:
    code = SMOKE_CONFIGURATION.replace("http://localhost:8080/api/v1", airflow_server["api_url"]) + textwrap.dedent(
        """
        from airflow_client.client.api import dag_api
        with airflow_client.client.ApiClient(configuration) as api_client:
            dags = dag_api.DAGApi(api_client).get_dags(limit=100)
            print(sorted(d.dag_id for d in dags.dags)[:100])
        """
    )
    assert "'example_bash_operator'" in _run(code)
