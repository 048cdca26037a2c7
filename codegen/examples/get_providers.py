import airflow_client.client
from airflow_client.client.api.provider_api import ProviderApi

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    # A plain dict, as the official client answers: the JSON Airflow sent.
    providers = ProviderApi(api_client).get_providers()
    print(f"{providers['total_entries']} provider packages installed")
    for provider in providers["providers"]:
        print(f"{provider['package_name']:45} {provider['version']}")
