import airflow_client.client
from airflow_client.client.api.user_api import UserApi

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    user = UserApi(api_client).get_user("admin")
    print(user.username, user.email, "roles:", [role.name for role in user.roles])
    print("active:", user.active, "last login:", user.last_login, "logins:", user.login_count)
