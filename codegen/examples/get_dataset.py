import airflow_client.client
from airflow_client.client.api.dataset_api import DatasetApi

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    dataset = DatasetApi(api_client).get_dataset("s3://dag1/output_1.txt")  # the URI, as a DAG declares it
    print(dataset.id, dataset.uri, dataset.extra)
    print("produced by:", [(task.dag_id, task.task_id) for task in dataset.producing_tasks])
    print("consumed by:", [dag.dag_id for dag in dataset.consuming_dags])
