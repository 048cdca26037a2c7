import airflow_client.client
from airflow_client.client.api.variable_api import VariableApi
from airflow_client.client.exceptions import NotFoundException
from airflow_client.client.model.variable import Variable

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    api = VariableApi(api_client)
    api.post_variables(Variable(key="docs_example_short_lived", value="1"))

    api.delete_variable("docs_example_short_lived")  # returns None
    try:
        api.get_variable("docs_example_short_lived")
    except NotFoundException:
        print("docs_example_short_lived is gone")
