import airflow_client.client
from airflow_client.client.api.dag_stats_api import DagStatsApi

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    # dag_ids is one comma-separated string.
    stats = DagStatsApi(api_client).get_dag_stats("example_bash_operator,example_python_operator")
    for dag in stats.dags:
        counts = {str(state.state): state.count for state in dag.stats}
        print(dag.dag_id, counts)
