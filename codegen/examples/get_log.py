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
    try_number = api.get_task_instance("example_bash_operator", run_id, "runme_0").try_number
    # _accept="text/plain" answers the log as a str; full_content=True reads all of it. (The JSON answer,
    # without _accept, has .content and a .continuation_token to ask for the next part.)
    text = api.get_log("example_bash_operator", run_id, "runme_0", try_number, full_content=True, _accept="text/plain")
    print("\n".join(text.splitlines()[-10:]))
