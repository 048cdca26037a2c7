import airflow_client.client
from airflow_client.client.api.config_api import ConfigApi
from airflow_client.client.exceptions import ForbiddenException

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    try:
        config = ConfigApi(api_client).get_value("core", "dags_folder")
    except ForbiddenException:
        print("The server does not expose its configuration: set [webserver] expose_config = True")
    else:
        option = config.sections[0].options[0]
        print(f"[core] {option.key} = {option.value}")
