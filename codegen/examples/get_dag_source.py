import airflow_client.client
from airflow_client.client.api.dag_api import DAGApi

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    api = DAGApi(api_client)
    # The source is addressed by the file token that get_dag answers, not by the DAG id.
    file_token = api.get_dag("example_bash_operator").file_token
    source = api.get_dag_source(file_token)
    code = [line for line in source.content.splitlines() if line.strip() and not line.startswith("#")]
    print("\n".join(code[:15]))
    # Or as plain text: api.get_dag_source(file_token, _accept="text/plain") returns a str.
