import airflow_client.client
from airflow_client.client.api.user_api import UserApi

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    users = UserApi(api_client).get_users(limit=20)
    print(f"{users.total_entries} users")
    for user in users.users:
        print(f"{user.username:20} {user.email:30} {[role.name for role in user.roles]}")
