import airflow_client.client
from airflow_client.client.api.dag_warning_api import DagWarningApi

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    # Problems found when the DAGs were processed, e.g. a task using a pool that does not exist;
    # filter with dag_id= or warning_type="non-existent pool".
    warnings = DagWarningApi(api_client).get_dag_warnings(limit=20)
    print(f"{warnings.total_entries} DAG warnings")
    for warning in warnings.dag_warnings:  # plain dicts, as the official client holds them
        print(warning["dag_id"], warning["warning_type"], warning["message"])
