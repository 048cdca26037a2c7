import airflow_client.client
from airflow_client.client.api.dag_run_api import DAGRunApi
from airflow_client.client.model.dag_run import DAGRun
from airflow_client.client.model.update_dag_run_state import UpdateDagRunState

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    api = DAGRunApi(api_client)
    run = api.post_dag_run("example_bash_operator", DAGRun(conf={}))  # a run of our own
    print(run.dag_run_id, run.state)

    # "success", "failed" or "queued"; marking a run failed stops its unfinished tasks.
    updated = api.update_dag_run_state("example_bash_operator", run.dag_run_id, UpdateDagRunState(state="failed"))
    print(updated.dag_run_id, updated.state)
