# docs-test: setup=finished_run
import airflow_client.client
from airflow_client.client.api.dag_run_api import DAGRunApi
from airflow_client.client.api.task_instance_api import TaskInstanceApi

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    # Assumes example_bash_operator has a successful run: the newest one is used.
    runs = DAGRunApi(api_client).get_dag_runs("example_bash_operator", state=["success"], order_by="-end_date", limit=1)
    run_id = runs.dag_runs[0].dag_run_id
    # One entry per try: a task that was retried or cleared has several.
    tries = TaskInstanceApi(api_client).get_task_instance_tries("example_bash_operator", run_id, "runme_0")
    for attempt in tries.task_instances:
        print("try", attempt.try_number, attempt.state, attempt.start_date, attempt.end_date)
