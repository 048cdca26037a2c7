import airflow_client.client
from airflow_client.client.api.connection_api import ConnectionApi

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    connections = ConnectionApi(api_client).get_connections(limit=20, order_by="connection_id")
    print(f"{connections.total_entries} connections")
    for connection in connections.connections:
        print(connection.connection_id, connection.conn_type, connection.host)
