import airflow_client.client
from airflow_client.client.api.pool_api import PoolApi

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    pool = PoolApi(api_client).get_pool("default_pool")
    print(pool.name, "slots:", pool.slots, "open:", pool.open_slots)
    print("running:", pool.running_slots, "queued:", pool.queued_slots, "scheduled:", pool.scheduled_slots)
