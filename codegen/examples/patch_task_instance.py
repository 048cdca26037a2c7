import airflow_client.client
from airflow_client.client.api.dag_run_api import DAGRunApi
from airflow_client.client.api.task_instance_api import TaskInstanceApi
from airflow_client.client.model.dag_run import DAGRun
from airflow_client.client.model.update_task_instance import UpdateTaskInstance

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    run = DAGRunApi(api_client).post_dag_run("example_bash_operator", DAGRun(conf={}))  # a run of our own
    # new_state is "success", "failed" or "skipped"; dry_run=True would only answer what would change.
    body = UpdateTaskInstance(new_state="skipped")
    ref = TaskInstanceApi(api_client).patch_task_instance("example_bash_operator", run.dag_run_id, "runme_0", body)
    print("marked", ref.task_id, "of", ref.dag_run_id, "as skipped")
