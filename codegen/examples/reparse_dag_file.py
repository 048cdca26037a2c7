import airflow_client.client
from airflow_client.client.api.dag_api import DAGApi

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    api = DAGApi(api_client)
    # A DAG file is addressed by the file token that get_dag answers.
    file_token = api.get_dag("example_bash_operator").file_token
    api.reparse_dag_file(file_token)  # returns None; the DAG processor parses the file again soon
    print("re-parse of example_bash_operator's file requested")
