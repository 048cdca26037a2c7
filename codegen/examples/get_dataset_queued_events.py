# docs-test: setup=queued_dataset_event
# Assumes dataset_consumes_unknown_never_scheduled is not paused and an event on s3://unrelated/dataset3.txt
# is queued for it: that DAG runs once both of its datasets were updated, so one event waits in the queue.
import airflow_client.client
from airflow_client.client.api.dataset_api import DatasetApi

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    # Every DAG that has an event on this dataset waiting in its queue.
    queued = DatasetApi(api_client).get_dataset_queued_events("s3://unrelated/dataset3.txt")
    for event in queued.datasets:
        print(event.dag_id, "queued since", event.created_at)
