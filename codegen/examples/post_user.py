import airflow_client.client
from airflow_client.client.api.user_api import UserApi
from airflow_client.client.model.user import User
from airflow_client.client.model.user_collection_item_roles import UserCollectionItemRoles

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    api = UserApi(api_client)
    user = User(
        username="docs_example_analyst",
        password="change-me-now",
        email="analyst@example.com",
        first_name="Ada",
        last_name="Analyst",
        roles=[UserCollectionItemRoles(name="Viewer")],
    )
    created = api.post_user(user)
    print(created.username, created.email, [role.name for role in created.roles])

    api.delete_user("docs_example_analyst")  # clean up
