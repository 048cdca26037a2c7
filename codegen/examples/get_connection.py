import airflow_client.client
from airflow_client.client.api.connection_api import ConnectionApi
from airflow_client.client.model.connection import Connection

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    api = ConnectionApi(api_client)
    api.post_connection(Connection(connection_id="docs_example_http", conn_type="http", host="api.example.com"))

    connection = api.get_connection("docs_example_http")
    print(connection.connection_id, connection.conn_type, connection.host, connection.extra)

    api.delete_connection("docs_example_http")  # clean up
