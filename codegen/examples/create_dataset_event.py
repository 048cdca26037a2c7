import airflow_client.client
from airflow_client.client.api.dataset_api import DatasetApi
from airflow_client.client.model.create_dataset_event import CreateDatasetEvent

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    # An event on a dataset, as if a task had updated it: the DAGs scheduled on it (and not paused)
    # are queued. No DAG consumes s3://output/1.txt among Airflow's example DAGs.
    body = CreateDatasetEvent(dataset_uri="s3://output/1.txt", extra={"source": "docs example"})
    event = DatasetApi(api_client).create_dataset_event(body)
    print(event.dataset_uri, event.timestamp, event.extra)
