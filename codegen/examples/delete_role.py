import airflow_client.client
from airflow_client.client.api.role_api import RoleApi
from airflow_client.client.exceptions import NotFoundException
from airflow_client.client.model.role import Role

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    api = RoleApi(api_client)
    api.post_role(Role(name="docs_example_short_lived", actions=[]))

    api.delete_role("docs_example_short_lived")  # returns None
    try:
        api.get_role("docs_example_short_lived")
    except NotFoundException:
        print("docs_example_short_lived is gone")
