import airflow_client.client
from airflow_client.client.api.task_instance_api import TaskInstanceApi
from airflow_client.client.model.list_task_instance_form import ListTaskInstanceForm

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    # Task instances of several DAGs and runs at once, filtered in the body.
    form = ListTaskInstanceForm(
        dag_ids=["example_bash_operator", "example_python_operator"], state=["failed", "up_for_retry"], page_limit=20
    )
    tis = TaskInstanceApi(api_client).get_task_instances_batch(form)
    print(f"{tis.total_entries} failed or retrying task instances")
    for ti in tis.task_instances:
        print(ti.dag_id, ti.dag_run_id, ti.task_id, ti.state)
