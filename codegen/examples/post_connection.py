import airflow_client.client
from airflow_client.client.api.connection_api import ConnectionApi
from airflow_client.client.model.connection import Connection

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    api = ConnectionApi(api_client)
    connection = Connection(
        connection_id="docs_example_postgres",
        conn_type="postgres",
        host="db.example.com",
        port=5432,
        login="reporting",
        password="s3cret",
        schema="analytics",
        extra='{"sslmode": "require"}',
    )
    created = api.post_connection(connection)
    print(created.connection_id, created.conn_type, created.host, created.port)  # the password is not sent back

    api.delete_connection("docs_example_postgres")  # clean up
