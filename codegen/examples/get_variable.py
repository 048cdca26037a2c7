import airflow_client.client
from airflow_client.client.api.variable_api import VariableApi
from airflow_client.client.model.variable import Variable

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    api = VariableApi(api_client)
    api.post_variables(Variable(key="docs_example_threshold", value="42", description="alert above this"))

    variable = api.get_variable("docs_example_threshold")
    print(variable.key, "=", variable.value, f"({variable.description})")  # values are strings

    api.delete_variable("docs_example_threshold")  # clean up
