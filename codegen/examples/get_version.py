import airflow_client.client
from airflow_client.client.api.monitoring_api import MonitoringApi

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    version = MonitoringApi(api_client).get_version()
    print("Airflow", version.version, "git", version.git_version)
