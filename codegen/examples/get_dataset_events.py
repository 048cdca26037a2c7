import airflow_client.client
from airflow_client.client.api.dataset_api import DatasetApi

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    # Filters: dataset_id, source_dag_id, source_task_id, source_run_id, source_map_index.
    events = DatasetApi(api_client).get_dataset_events(order_by="-timestamp", limit=5)
    print(f"{events.total_entries} dataset events, the newest:")
    for event in events.dataset_events:
        print(event.timestamp, event.dataset_uri, event.source_dag_id, event.extra)
