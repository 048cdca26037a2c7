import airflow_client.client
from airflow_client.client.api.variable_api import VariableApi
from airflow_client.client.model.variable import Variable

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    api = VariableApi(api_client)
    api.post_variables(Variable(key="docs_example_mode", value="fast"))

    # The key is sent in the body too; Airflow 2.10 refuses update_mask=["value"], so send no mask.
    variable = api.patch_variable("docs_example_mode", Variable(key="docs_example_mode", value="safe"))
    print(variable.key, "=", variable.value)

    api.delete_variable("docs_example_mode")  # clean up
