import airflow_client.client
from airflow_client.client.api.dag_api import DAGApi
from airflow_client.client.model.dag import DAG

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    api = DAGApi(api_client)
    paused = api.get_dag("example_bash_operator").is_paused
    # DAG(is_paused=True) pauses the DAG, DAG(is_paused=False) unpauses it; update_mask names the
    # fields to change. Here it is set to the value it already has, so nothing changes.
    dag = api.patch_dag("example_bash_operator", DAG(is_paused=paused), update_mask=["is_paused"])
    print(dag.dag_id, "is_paused:", dag.is_paused)
