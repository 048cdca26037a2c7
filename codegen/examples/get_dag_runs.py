import airflow_client.client
from airflow_client.client.api.dag_run_api import DAGRunApi

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    # The dag_id "~" lists the runs of every DAG; the filters (state, dates) are optional.
    runs = DAGRunApi(api_client).get_dag_runs("example_bash_operator", order_by="-execution_date", limit=5)
    print(f"{runs.total_entries} runs, the newest:")
    for run in runs.dag_runs:
        print(run.dag_run_id, run.state, run.logical_date)
