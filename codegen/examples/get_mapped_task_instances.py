# docs-test: setup=finished_mapped_run
import airflow_client.client
from airflow_client.client.api.dag_run_api import DAGRunApi
from airflow_client.client.api.task_instance_api import TaskInstanceApi

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    # Assumes example_dynamic_task_mapping_with_no_taskflow_operators has a successful run: the newest one is used.
    # Its task add_one is mapped over [1, 2, 3]: three task instances, map_index 0 to 2.
    dag_id = "example_dynamic_task_mapping_with_no_taskflow_operators"
    runs = DAGRunApi(api_client).get_dag_runs(dag_id, state=["success"], order_by="-end_date", limit=1)
    run_id = runs.dag_runs[0].dag_run_id
    mapped = TaskInstanceApi(api_client).get_mapped_task_instances(dag_id, run_id, "add_one")
    print(f"add_one ran {mapped.total_entries} times")
    for ti in mapped.task_instances:
        print("map_index", ti.map_index, ti.state, ti.rendered_fields)
