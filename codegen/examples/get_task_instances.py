# docs-test: setup=finished_run
import airflow_client.client
from airflow_client.client.api.dag_run_api import DAGRunApi
from airflow_client.client.api.task_instance_api import TaskInstanceApi

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    # Assumes example_bash_operator has a successful run: the newest one is used.
    runs = DAGRunApi(api_client).get_dag_runs("example_bash_operator", state=["success"], order_by="-end_date", limit=1)
    run_id = runs.dag_runs[0].dag_run_id
    # The dag_id and dag_run_id "~" list the task instances of every DAG or run; filters are optional.
    tis = TaskInstanceApi(api_client).get_task_instances("example_bash_operator", run_id)
    for ti in tis.task_instances:
        print(f"{ti.task_id:15} {ti.state}")
