import airflow_client.client
from airflow_client.client.api.dag_run_api import DAGRunApi
from airflow_client.client.api.task_instance_api import TaskInstanceApi
from airflow_client.client.model.dag_run import DAGRun
from airflow_client.client.model.set_task_instance_note import SetTaskInstanceNote

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    run = DAGRunApi(api_client).post_dag_run("example_bash_operator", DAGRun(conf={}))  # a run of our own
    note = SetTaskInstanceNote(note="Skip this one: the source was late")
    ti = TaskInstanceApi(api_client).set_task_instance_note("example_bash_operator", run.dag_run_id, "runme_0", note)
    print(ti.task_id, "note:", ti.note)
