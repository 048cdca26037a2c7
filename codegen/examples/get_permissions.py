import airflow_client.client
from airflow_client.client.api.permission_api import PermissionApi

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    # The actions that roles can be given on resources (can_read, can_edit, ...).
    permissions = PermissionApi(api_client).get_permissions(limit=100)
    print(f"{permissions.total_entries} actions:", ", ".join(action.name for action in permissions.actions))
