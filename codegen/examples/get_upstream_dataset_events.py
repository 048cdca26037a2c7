# docs-test: setup=finished_run
import airflow_client.client
from airflow_client.client.api.dag_run_api import DAGRunApi

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    # Assumes example_bash_operator has a successful run: the newest one is used.
    runs = DAGRunApi(api_client).get_dag_runs("example_bash_operator", state=["success"], order_by="-end_date", limit=1)
    run_id = runs.dag_runs[0].dag_run_id
    # The dataset events that triggered a run; a run triggered by hand or by its schedule has none.
    events = DAGRunApi(api_client).get_upstream_dataset_events("example_bash_operator", run_id)
    print(f"{run_id}: {events.total_entries} dataset events")
    for event in events.dataset_events:
        print(event.dataset_uri, event.timestamp, event.source_dag_id)
