import airflow_client.client
from airflow_client.client.api.dag_api import DAGApi

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    task = DAGApi(api_client).get_task("example_bash_operator", "runme_0")
    print(task.task_id, task.class_ref.class_name, "owner:", task.owner)
    print("retries:", task.retries, "trigger rule:", task.trigger_rule, "downstream:", task.downstream_task_ids)
