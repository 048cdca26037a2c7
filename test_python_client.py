"""Smoke test: the client against a running Airflow 2.x.

Run it against any Airflow with the basic_auth API backend, ``load_examples``
and ``expose_config`` (``make smoke`` starts one locally and runs this):

    AIRFLOW_HOST=http://localhost:8080/api/v1 AIRFLOW_USERNAME=admin AIRFLOW_PASSWORD=admin \
        python test_python_client.py

It lists DAGs, reads the tasks of an example DAG, triggers a run and waits for
it to finish, and reads the configuration.  Output is coloured when ``rich``
is installed.  Exits non-zero when any step failed.
"""

from __future__ import annotations

import os
import sys
import uuid
from typing import Any, Callable, List, Tuple

import airflow_client.client
from airflow_client.client.api import config_api, dag_api

try:
    from rich.console import Console
    from rich.markup import escape

    _console: Any = Console(highlight=False)
except ImportError:  # rich is optional
    _console = None

HOST = os.environ.get("AIRFLOW_HOST", "http://localhost:8080/api/v1")
USERNAME = os.environ.get("AIRFLOW_USERNAME", "admin")
PASSWORD = os.environ.get("AIRFLOW_PASSWORD", "admin")
EXAMPLE_DAG = os.environ.get("AIRFLOW_SMOKE_DAG", "example_bash_operator")
RUN_TIMEOUT = float(os.environ.get("AIRFLOW_SMOKE_RUN_TIMEOUT", "300"))


def say(style: str, text: str) -> None:
    if _console is not None:
        _console.print(f"[{style}]{escape(text)}[/{style}]")
    else:
        print(text)


def main() -> int:
    # Configure HTTP basic authorization: Basic
    configuration = airflow_client.client.Configuration(host=HOST, username=USERNAME, password=PASSWORD)
    failures: List[str] = []

    with airflow_client.client.ApiClient(configuration) as api_client:
        dags = dag_api.DAGApi(api_client)
        config = config_api.ConfigApi(api_client)

        def step(name: str, action: Callable[[], str]) -> None:
            say("cyan", f"[try] {name}")
            try:
                detail = action()
            except airflow_client.client.OpenApiException as error:
                failures.append(name)
                say("bold red", f"[fail] {name}:\n{error}")
            else:
                say("green", f"[ok] {name}: {detail}")

        def list_dags() -> str:
            result = dags.get_dags(limit=100)
            names = [d.dag_id for d in result.dags or []]
            if EXAMPLE_DAG not in names:
                raise airflow_client.client.ApiValueError(f"{EXAMPLE_DAG} is not among the DAGs: {names[:10]}...")
            return f"{result.total_entries} DAGs, e.g. {', '.join(str(n) for n in names[:3])}"

        def read_tasks() -> str:
            tasks = dags.get_tasks(EXAMPLE_DAG)
            return f"{EXAMPLE_DAG} has tasks {', '.join(str(t.task_id) for t in tasks.tasks or [])}"

        def trigger_and_wait() -> str:
            run_id = f"smoke_{uuid.uuid4().hex[:8]}"
            run = airflow_client.client.trigger_dag_run_and_wait(
                api_client, EXAMPLE_DAG, dag_run_id=run_id, unpause=True, timeout=RUN_TIMEOUT, poll_interval=2
            )
            if run.state.value != "success":
                raise airflow_client.client.ApiValueError(f"run {run_id} ended as {run.state!r}")
            return f"run {run_id} finished: {run.state}"

        def read_config() -> str:
            result = config.get_config()
            sections = [s.name for s in result.sections or []]
            return f"{len(sections)} sections, e.g. {', '.join(str(s) for s in sections[:3])}"

        steps: Tuple[Tuple[str, Callable[[], str]], ...] = (
            ("list DAGs", list_dags),
            (f"read the tasks of {EXAMPLE_DAG}", read_tasks),
            (f"trigger {EXAMPLE_DAG} and wait for it", trigger_and_wait),
            ("read the configuration", read_config),
        )
        for name, action in steps:
            step(name, action)

    if failures:
        say("bold red", f"{len(failures)} of {len(steps)} steps failed: {', '.join(failures)}")
        return 1
    say("bold green", f"All {len(steps)} steps passed against {HOST}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
