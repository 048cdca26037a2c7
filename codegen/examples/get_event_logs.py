import airflow_client.client
from airflow_client.client.api.event_log_api import EventLogApi

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    # Who did what: API calls, UI actions, task runs. Filters: dag_id, task_id, run_id, event, owner,
    # before/after, included_events/excluded_events (comma-separated).
    logs = EventLogApi(api_client).get_event_logs(dag_id="example_bash_operator", order_by="-when", limit=5)
    for entry in logs.event_logs:
        print(entry.when, entry.event, entry.owner, entry.task_id)
