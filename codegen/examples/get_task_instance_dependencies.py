import airflow_client.client
from airflow_client.client.api.dag_run_api import DAGRunApi
from airflow_client.client.api.task_instance_api import TaskInstanceApi
from airflow_client.client.model.dag_run import DAGRun

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    # A new run of our own: its last task cannot start before the others are done.
    run = DAGRunApi(api_client).post_dag_run("example_bash_operator", DAGRun(conf={}))
    deps = TaskInstanceApi(api_client).get_task_instance_dependencies(
        "example_bash_operator", run.dag_run_id, "run_this_last"
    )
    for dep in deps.dependencies:  # what keeps the task from being scheduled
        print(f"{dep.name}: {dep.reason}")
