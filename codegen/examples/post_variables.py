import json

import airflow_client.client
from airflow_client.client.api.variable_api import VariableApi
from airflow_client.client.model.variable import Variable

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    api = VariableApi(api_client)
    # A value is a string: store JSON to keep structure (a DAG reads it with Variable.get(key, deserialize_json=True)).
    body = Variable(key="docs_example_settings", value=json.dumps({"retries": 3}), description="pipeline settings")
    variable = api.post_variables(body)
    print(variable.key, "=", variable.value)

    api.delete_variable("docs_example_settings")  # clean up
