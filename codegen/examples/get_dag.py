import airflow_client.client
from airflow_client.client.api.dag_api import DAGApi

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    dag = DAGApi(api_client).get_dag("example_bash_operator")
    print(dag.dag_id, "paused" if dag.is_paused else "active", dag.timetable_description)
    print("tags:", [tag.name for tag in dag.tags], "owners:", dag.owners)
    print("next run:", dag.next_dagrun, "file:", dag.fileloc)
