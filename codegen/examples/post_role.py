import airflow_client.client
from airflow_client.client.api.role_api import RoleApi
from airflow_client.client.model.action import Action
from airflow_client.client.model.action_resource import ActionResource
from airflow_client.client.model.resource import Resource
from airflow_client.client.model.role import Role

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    api = RoleApi(api_client)
    # Each permission is an action (get_permissions lists them) on a resource ("DAGs", "DAG Runs", ...).
    read_dags = ActionResource(action=Action(name="can_read"), resource=Resource(name="DAGs"))
    api.post_role(Role(name="docs_example_reader", actions=[read_dags]))
    role = api.get_role("docs_example_reader")  # Airflow 2.10 answers post_role with an empty object
    print(role.name, [(p.action.name, p.resource.name) for p in role.actions])

    api.delete_role("docs_example_reader")  # clean up
