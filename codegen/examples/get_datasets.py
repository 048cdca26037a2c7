import airflow_client.client
from airflow_client.client.api.dataset_api import DatasetApi

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    # uri_pattern matches anywhere in the URI; dag_ids="a,b" keeps the datasets those DAGs use.
    datasets = DatasetApi(api_client).get_datasets(uri_pattern="s3://dag", order_by="uri", limit=10)
    for dataset in datasets.datasets:
        print(dataset.uri, "consumed by", [dag.dag_id for dag in dataset.consuming_dags])
