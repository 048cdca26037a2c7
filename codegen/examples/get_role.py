import airflow_client.client
from airflow_client.client.api.role_api import RoleApi

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    role = RoleApi(api_client).get_role("Viewer")
    print(role.name, f"has {len(role.actions)} permissions, e.g.:")
    for permission in role.actions[:5]:
        print(" ", permission.action.name, "on", permission.resource.name)
