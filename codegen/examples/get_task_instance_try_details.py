# docs-test: setup=finished_run
import airflow_client.client
from airflow_client.client.api.dag_run_api import DAGRunApi
from airflow_client.client.api.task_instance_api import TaskInstanceApi

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    # Assumes example_bash_operator has a successful run: the newest one is used.
    runs = DAGRunApi(api_client).get_dag_runs("example_bash_operator", state=["success"], order_by="-end_date", limit=1)
    run_id = runs.dag_runs[0].dag_run_id
    api = TaskInstanceApi(api_client)
    last_try = api.get_task_instance("example_bash_operator", run_id, "runme_0").try_number
    attempt = api.get_task_instance_try_details("example_bash_operator", run_id, "runme_0", last_try)
    print(attempt.task_id, "try", attempt.try_number, attempt.state, "on", attempt.hostname)
    print("ran from", attempt.start_date, "to", attempt.end_date, "pid", attempt.pid)
