import airflow_client.client
from airflow_client.client.api.pool_api import PoolApi
from airflow_client.client.exceptions import NotFoundException
from airflow_client.client.model.pool import Pool

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    api = PoolApi(api_client)
    api.post_pool(Pool(name="docs_example_short_lived", slots=1))

    api.delete_pool("docs_example_short_lived")  # returns None; default_pool cannot be deleted
    try:
        api.get_pool("docs_example_short_lived")
    except NotFoundException:
        print("docs_example_short_lived is gone")
