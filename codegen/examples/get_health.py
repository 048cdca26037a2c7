import airflow_client.client
from airflow_client.client.api.monitoring_api import MonitoringApi

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    # Needs no login: a load balancer or a monitoring probe can call it.
    health = MonitoringApi(api_client).get_health()
    print("metadatabase:", health.metadatabase.status)
    print("scheduler:", health.scheduler.status, "last heartbeat", health.scheduler.latest_scheduler_heartbeat)
    print("triggerer:", health.triggerer.status)
