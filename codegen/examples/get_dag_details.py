import airflow_client.client
from airflow_client.client.api.dag_api import DAGApi

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    # Everything get_dag answers, plus what the DAG file declares: start date, catchup, params, docs...
    details = DAGApi(api_client).get_dag_details("example_bash_operator")
    print(details.dag_id, "starts", details.start_date, "catchup:", details.catchup)
    print("params:", details.params)
    print("max active runs:", details.max_active_runs, "timezone:", details.timezone)
