"""Run a command against a local Airflow: ``python scripts/with_airflow.py CMD [ARGS...]``.

Starts Airflow 2.10.5 with ``scripts/airflow_local.py`` (or reuses a running
one), runs the command with ``AIRFLOW_HOST``, ``AIRFLOW_USERNAME`` and
``AIRFLOW_PASSWORD`` set, and stops the server again if it started it.  Exits
with the command's status.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    spec = importlib.util.spec_from_file_location("airflow_local", HERE / "airflow_local.py")
    assert spec is not None and spec.loader is not None
    local = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(local)
    state = local.up()
    started = not state.get("reused", False)
    try:
        env = dict(
            os.environ,
            AIRFLOW_HOST=state["api_url"],
            AIRFLOW_USERNAME=state["username"],
            AIRFLOW_PASSWORD=state["password"],
        )
        return subprocess.call(sys.argv[1:], env=env)
    finally:
        if started:
            local.down()


if __name__ == "__main__":
    sys.exit(main())
