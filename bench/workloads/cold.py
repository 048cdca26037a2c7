"""Workload 7: one-shot processes, as a DAG task or a CI step runs the client.

``python cold.py CONTENDER BASE_URL [RUNS=5]``; runs, RUNS times, a fresh interpreter
(this one's, ``-S``-free, as a script would) that imports the client, makes one
``get_dag`` and exits, and prints the median wall time of those processes:

* ``cold_ms``: ``import`` + ``Configuration`` + ``ApiClient`` + one ``get_dag`` + exit
  (``floor``: urllib3 + ``json.loads``);
* for ``ours`` also the command line's own one-shots: ``cli_version_ms``
  (``python -m airflow_client version``) and ``cli_dags_get_ms``
  (``python -m airflow_client dags get DAG``);
* ``python_ms``: the bare interpreter (``python -c pass``), the part no client can save.

The contenders alternate in ``bench/run.py`` (floor, ours, official, then shifted), so
each median is taken beside the others' on the same machine state.
"""

import json
import os
import statistics
import subprocess
import sys
import time

NAME = sys.argv[1]
BASE = sys.argv[2]
RUNS = int(sys.argv[3]) if len(sys.argv) > 3 else 5
DAG_ID = "etl_example_00000"

SCRIPT = {
    "floor": (
        "import base64, json, urllib3\n"
        "h = dict(Accept='application/json', Authorization='Basic ' + base64.b64encode(b'admin:admin').decode())\n"
        "d = json.loads(urllib3.PoolManager().request('GET', URL + '/dags/' + DAG, headers=h).data)\n"
        "assert d['dag_id'] == DAG\n"
    ),
    "client": (
        "import airflow_client.client as c\n"
        "from airflow_client.client.api.dag_api import DAGApi\n"
        "with c.ApiClient(c.Configuration(host=URL, username='admin', password='admin')) as api:\n"
        "    assert DAGApi(api).get_dag(DAG).dag_id == DAG\n"
    ),
}


def wall_ms(argv, env=None) -> float:
    started = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, env=env)
    return (time.perf_counter() - started) * 1000.0


def median(argv, env=None) -> float:
    return statistics.median(wall_ms(argv, env) for _ in range(RUNS))


# the official client wants the /api/v1 prefix in the host; ours takes it either way
code = f"URL = {BASE + '/api/v1'!r}; DAG = {DAG_ID!r}\n" + SCRIPT["floor" if NAME == "floor" else "client"]
figures = {"cold_ms": median([sys.executable, "-c", code]), "python_ms": median([sys.executable, "-c", "pass"])}
if NAME == "ours":
    env = dict(os.environ, AIRFLOW_HOST=BASE, AIRFLOW_USERNAME="admin", AIRFLOW_PASSWORD="admin")
    cli = [sys.executable, "-m", "airflow_client"]
    figures["cli_version_ms"] = median([*cli, "version"], env)
    figures["cli_dags_get_ms"] = median([*cli, "dags", "get", DAG_ID], env)
figures["ok"] = True
print(json.dumps(figures))
