import airflow_client.client
from airflow_client.client.api.pool_api import PoolApi
from airflow_client.client.model.pool import Pool

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    api = PoolApi(api_client)
    pool = api.post_pool(Pool(name="docs_example_pool", slots=4, description="At most 4 tasks on the legacy API"))
    print(pool.name, pool.slots, pool.open_slots, pool.description)

    api.delete_pool("docs_example_pool")  # clean up
