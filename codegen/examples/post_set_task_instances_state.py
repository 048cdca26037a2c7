# docs-test: setup=finished_run
import airflow_client.client
from airflow_client.client.api.dag_api import DAGApi
from airflow_client.client.api.dag_run_api import DAGRunApi
from airflow_client.client.model.update_task_instances_state import UpdateTaskInstancesState

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    # Assumes example_bash_operator has a successful run: the newest one is used.
    runs = DAGRunApi(api_client).get_dag_runs("example_bash_operator", state=["success"], order_by="-end_date", limit=1)
    run_id = runs.dag_runs[0].dag_run_id
    # dry_run=True only lists the task instances whose state would change; dry_run=False sets it.
    # Airflow 2.10 wants all four include_* flags, though the spec makes them optional.
    body = UpdateTaskInstancesState(
        dry_run=True,
        dag_run_id=run_id,
        task_id="run_after_loop",
        new_state="failed",
        include_upstream=False,
        include_downstream=True,
        include_future=False,
        include_past=False,
    )
    changed = DAGApi(api_client).post_set_task_instances_state("example_bash_operator", body)
    for ti in changed.task_instances:
        print("would mark failed:", ti.task_id, "of", ti.dag_run_id)
