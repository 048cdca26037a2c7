import airflow_client.client
from airflow_client.client.api.dag_run_api import DAGRunApi
from airflow_client.client.model.dag_run import DAGRun
from airflow_client.client.model.set_dag_run_note import SetDagRunNote

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    api = DAGRunApi(api_client)
    run = api.post_dag_run("example_bash_operator", DAGRun(conf={}))  # a run of our own to annotate

    noted = api.set_dag_run_note("example_bash_operator", run.dag_run_id, SetDagRunNote(note="Re-run after the fix"))
    print(noted.dag_run_id, "note:", noted.note)
