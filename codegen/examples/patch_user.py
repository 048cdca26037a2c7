import airflow_client.client
from airflow_client.client.api.user_api import UserApi
from airflow_client.client.model.user import User
from airflow_client.client.model.user_collection_item_roles import UserCollectionItemRoles

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    api = UserApi(api_client)
    viewer = [UserCollectionItemRoles(name="Viewer")]
    fields = dict(username="docs_example_promoted", email="promoted@example.com", first_name="Pat", last_name="Doe")
    api.post_user(User(password="change-me-now", roles=viewer, **fields))

    # update_mask names the fields to change; the user is sent whole, as the server validates it.
    body = User(roles=[UserCollectionItemRoles(name="Op")], **fields)
    user = api.patch_user("docs_example_promoted", body, update_mask=["roles"])
    print(user.username, [role.name for role in user.roles])

    api.delete_user("docs_example_promoted")  # clean up
