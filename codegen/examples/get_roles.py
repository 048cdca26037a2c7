import airflow_client.client
from airflow_client.client.api.role_api import RoleApi

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    roles = RoleApi(api_client).get_roles(order_by="name", limit=50)
    for role in roles.roles:
        print(f"{role.name:15} {len(role.actions)} permissions")
