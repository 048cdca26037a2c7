import airflow_client.client
from airflow_client.client.api.dag_run_api import DAGRunApi
from airflow_client.client.model.list_dag_runs_form import ListDagRunsForm

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    # The runs of several DAGs at once, filtered in the body rather than the query string.
    form = ListDagRunsForm(
        dag_ids=["example_bash_operator", "example_python_operator"],
        states=["success", "failed"],
        order_by="-execution_date",
        page_limit=10,
    )
    runs = DAGRunApi(api_client).get_dag_runs_batch(form)
    print(f"{runs.total_entries} finished runs")
    for run in runs.dag_runs:
        print(run.dag_id, run.dag_run_id, run.state)
