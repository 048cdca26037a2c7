# docs-test: setup=finished_run
import airflow_client.client
from airflow_client.client.api.dag_api import DAGApi
from airflow_client.client.api.dag_run_api import DAGRunApi
from airflow_client.client.model.clear_task_instances import ClearTaskInstances

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    # Assumes example_bash_operator has a successful run: the newest one is used.
    runs = DAGRunApi(api_client).get_dag_runs("example_bash_operator", state=["success"], order_by="-end_date", limit=1)
    run_id = runs.dag_runs[0].dag_run_id
    # dry_run=True only lists what would be cleared (and so run again); dry_run=False clears them.
    # only_failed defaults to True: without only_failed=False a successful run has nothing to clear.
    body = ClearTaskInstances(
        dry_run=True, dag_run_id=run_id, task_ids=["runme_0"], include_downstream=True, only_failed=False
    )
    cleared = DAGApi(api_client).post_clear_task_instances("example_bash_operator", body)
    for ti in cleared.task_instances:
        print("would clear", ti.task_id, "of", ti.dag_run_id)
