import airflow_client.client
from airflow_client.client.api.event_log_api import EventLogApi

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    api = EventLogApi(api_client)
    newest = api.get_event_logs(order_by="-event_log_id", limit=1).event_logs[0]
    entry = api.get_event_log(newest.event_log_id)
    print(entry.event_log_id, entry.when, entry.event, entry.owner, entry.dag_id)
    print("extra:", entry.extra)
