import airflow_client.client
from airflow_client.client.api.dag_api import DAGApi
from airflow_client.client.model.dag import DAG

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    api = DAGApi(api_client)
    # Every DAG whose id contains the pattern gets the same change: DAG(is_paused=True) pauses them all.
    # Here the pattern matches one DAG, and its current value is sent, so nothing changes.
    paused = api.get_dag("example_bash_operator").is_paused
    dags = api.patch_dags("example_bash_operator", DAG(is_paused=paused), update_mask=["is_paused"])
    for dag in dags.dags:
        print(dag.dag_id, "is_paused:", dag.is_paused)
