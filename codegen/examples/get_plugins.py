import airflow_client.client
from airflow_client.client.api.plugin_api import PluginApi

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    plugins = PluginApi(api_client).get_plugins(limit=20)
    print(f"{plugins.total_entries} plugins")
    for plugin in plugins.plugins:
        print(plugin.name, "from", plugin.source, "macros:", plugin.macros, "listeners:", plugin.listeners)
