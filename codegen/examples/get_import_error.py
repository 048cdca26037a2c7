import airflow_client.client
from airflow_client.client.api.import_error_api import ImportErrorApi

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    api = ImportErrorApi(api_client)
    listed = api.get_import_errors(limit=1)
    if not listed.import_errors:
        print("every DAG file loads")
    else:
        error = api.get_import_error(listed.import_errors[0].import_error_id)
        print(error.import_error_id, error.filename, error.timestamp)
        print(error.stack_trace)
