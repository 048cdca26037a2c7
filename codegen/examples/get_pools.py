import airflow_client.client
from airflow_client.client.api.pool_api import PoolApi

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    pools = PoolApi(api_client).get_pools(order_by="name", limit=20)
    for pool in pools.pools:
        print(f"{pool.name:20} {pool.occupied_slots}/{pool.slots} slots in use  {pool.description or ''}")
