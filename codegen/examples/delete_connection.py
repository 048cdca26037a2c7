import airflow_client.client
from airflow_client.client.api.connection_api import ConnectionApi
from airflow_client.client.exceptions import NotFoundException
from airflow_client.client.model.connection import Connection

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    api = ConnectionApi(api_client)
    api.post_connection(Connection(connection_id="docs_example_short_lived", conn_type="http"))

    api.delete_connection("docs_example_short_lived")  # returns None
    try:
        api.get_connection("docs_example_short_lived")
    except NotFoundException:
        print("docs_example_short_lived is gone")
