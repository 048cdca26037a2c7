import airflow_client.client
from airflow_client.client.api.user_api import UserApi
from airflow_client.client.exceptions import NotFoundException
from airflow_client.client.model.user import User
from airflow_client.client.model.user_collection_item_roles import UserCollectionItemRoles

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    api = UserApi(api_client)
    viewer = [UserCollectionItemRoles(name="Viewer")]
    fields = dict(username="docs_example_leaver", email="leaver@example.com", first_name="Lee", last_name="Ver")
    api.post_user(User(password="change-me-now", roles=viewer, **fields))

    api.delete_user("docs_example_leaver")  # returns None
    try:
        api.get_user("docs_example_leaver")
    except NotFoundException:
        print("docs_example_leaver is gone")
