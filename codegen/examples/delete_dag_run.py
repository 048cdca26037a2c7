import airflow_client.client
from airflow_client.client.api.dag_run_api import DAGRunApi
from airflow_client.client.model.dag_run import DAGRun

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    api = DAGRunApi(api_client)
    run = api.post_dag_run("example_bash_operator", DAGRun(conf={}))  # a run of our own to delete

    # Deletes the run with its task instances; returns None.
    api.delete_dag_run("example_bash_operator", run.dag_run_id)
    print("deleted", run.dag_run_id)
