from airflow_client.client.api.dag_api import DAGApi
from airflow_client.client.models import DAG


def test_get_dag_round_trip(server, api_client):
    server.reply_json({"dag_id": "a/b c", "is_paused": True, "future": 1})
    dag = DAGApi(api_client).get_dag("a/b c", fields=["dag_id", "is_paused"])
    assert isinstance(dag, DAG)
    assert dag.dag_id == "a/b c" and dag.is_paused is True and dag["future"] == 1
    req = server.last
    assert req.method == "GET"
    assert req.path == "/api/v1/dags/a%2Fb%20c"
    assert req.query == {"fields": ["dag_id", "is_paused"]}
    assert req.header("Authorization") == "Basic YWRtaW46YWRtaW4="


def test_importing_the_client_loads_no_model_machinery():
    """`import airflow_client.client` (done by DAG files, schedulers, CI jobs) must
    stay light: pydantic, the models and the thread pool load on first use only."""
    import subprocess
    import sys

    code = (
        "import sys, airflow_client.client as c; c.Configuration(host='http://h'); c.ApiClient();"
        "heavy = ['pydantic', 'airflow_client.client.core.base_model', 'airflow_client.client.models',"
        " 'concurrent.futures', 'multiprocessing', 'dateutil', 'urllib.request'];"
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
