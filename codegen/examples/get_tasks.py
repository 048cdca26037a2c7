import airflow_client.client
from airflow_client.client.api.dag_api import DAGApi

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    tasks = DAGApi(api_client).get_tasks("example_bash_operator", order_by="task_id")
    for task in tasks.tasks:
        print(f"{task.task_id:15} {task.class_ref.class_name:15} -> {task.downstream_task_ids}")
