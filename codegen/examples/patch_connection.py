import airflow_client.client
from airflow_client.client.api.connection_api import ConnectionApi
from airflow_client.client.model.connection import Connection

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    api = ConnectionApi(api_client)
    api.post_connection(Connection(connection_id="docs_example_patched", conn_type="http", host="old.example.com"))

    # update_mask names the fields to change; the others keep their values.
    changed = Connection(connection_id="docs_example_patched", conn_type="http", host="new.example.com")
    patched = api.patch_connection("docs_example_patched", changed, update_mask=["host"])
    print(patched.connection_id, patched.host)

    api.delete_connection("docs_example_patched")  # clean up
