import airflow_client.client
from airflow_client.client.api.dag_api import DAGApi

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    # dag_id_pattern matches anywhere in the id; order_by="-dag_id" would sort the other way.
    dags = DAGApi(api_client).get_dags(dag_id_pattern="example_bash", order_by="dag_id", limit=10)
    print(f"{len(dags.dags)} of {dags.total_entries} DAGs")
    for dag in dags.dags:
        print(f"{dag.dag_id:45} {'paused' if dag.is_paused else 'active':7} {[tag.name for tag in dag.tags]}")
