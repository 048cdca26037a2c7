import airflow_client.client
from airflow_client.client.api.import_error_api import ImportErrorApi

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    # The DAG files that failed to load, with the last line of each error.
    errors = ImportErrorApi(api_client).get_import_errors(order_by="-timestamp", limit=10)
    print(f"{errors.total_entries} files failed to load")
    for error in errors.import_errors:
        print(error.filename, "->", error.stack_trace.strip().splitlines()[-1])
