import airflow_client.client
from airflow_client.client.api.connection_api import ConnectionApi
from airflow_client.client.exceptions import ForbiddenException
from airflow_client.client.model.connection import Connection

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    # The connection is tried by the server, not stored: an in-memory SQLite database here.
    connection = Connection(connection_id="docs_example_test", conn_type="sqlite", host=":memory:")
    try:
        result = ConnectionApi(api_client).test_connection(connection)
    except ForbiddenException:
        print("Testing connections is disabled on the server: set [core] test_connection = Enabled")
    else:
        print(result.status, result.message)
