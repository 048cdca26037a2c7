import airflow_client.client
from airflow_client.client.api.dag_api import DAGApi
from airflow_client.client.exceptions import NotFoundException

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    # Deletes the DAG's metadata (its runs, task instances, logs' records) from the database;
    # the DAG file stays, so the DAG comes back at the next parse. Here a DAG id that does not exist.
    try:
        DAGApi(api_client).delete_dag("docs_example_no_such_dag")
        print("deleted")
    except NotFoundException:
        print("no DAG docs_example_no_such_dag: nothing deleted")
