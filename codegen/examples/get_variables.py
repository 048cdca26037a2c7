import airflow_client.client
from airflow_client.client.api.variable_api import VariableApi

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    variables = VariableApi(api_client).get_variables(order_by="key", limit=20)
    print(f"{variables.total_entries} variables")
    for variable in variables.variables:
        print(variable.key, "=", variable.value)  # Airflow masks values of sensitive keys
