# docs-test: setup=finished_run
import airflow_client.client
from airflow_client.client.api.dag_run_api import DAGRunApi
from airflow_client.client.model.clear_dag_run import ClearDagRun

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    # Assumes example_bash_operator has a successful run: the newest one is used.
    runs = DAGRunApi(api_client).get_dag_runs("example_bash_operator", state=["success"], order_by="-end_date", limit=1)
    run_id = runs.dag_runs[0].dag_run_id
    # The answer is a plain dict (the JSON as sent), as the official client gives it.
    # dry_run=True answers the task instances that clearing would run again (a TaskInstanceCollection's
    # fields, whose items name the task and run only); dry_run=False clears them and answers the
    # DAGRun's fields, which the scheduler then runs again.
    preview = DAGRunApi(api_client).clear_dag_run("example_bash_operator", run_id, ClearDagRun(dry_run=True))
    for ti in preview["task_instances"]:
        print("would clear", ti["task_id"], "of", ti["dag_run_id"])
