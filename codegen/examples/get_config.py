import airflow_client.client
from airflow_client.client.api.config_api import ConfigApi
from airflow_client.client.exceptions import ForbiddenException

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    try:
        # One section; leave section out for the whole configuration.
        config = ConfigApi(api_client).get_config(section="core")
    except ForbiddenException:
        print("The server does not expose its configuration: set [webserver] expose_config = True")
    else:
        for section in config.sections:
            for option in section.options[:5]:
                print(f"[{section.name}] {option.key} = {option.value}")
