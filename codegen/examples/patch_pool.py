import airflow_client.client
from airflow_client.client.api.pool_api import PoolApi
from airflow_client.client.model.pool import Pool

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    api = PoolApi(api_client)
    api.post_pool(Pool(name="docs_example_resized", slots=2, description="a pool to resize"))

    # update_mask names the fields to change; the others keep their values.
    pool = api.patch_pool("docs_example_resized", Pool(name="docs_example_resized", slots=8), update_mask=["slots"])
    print(pool.name, pool.slots, pool.description)

    api.delete_pool("docs_example_resized")  # clean up
