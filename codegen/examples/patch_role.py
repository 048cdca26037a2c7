import airflow_client.client
from airflow_client.client.api.role_api import RoleApi
from airflow_client.client.model.action import Action
from airflow_client.client.model.action_resource import ActionResource
from airflow_client.client.model.resource import Resource
from airflow_client.client.model.role import Role

configuration = airflow_client.client.Configuration(host="http://localhost:8080", username="admin", password="admin")

with airflow_client.client.ApiClient(configuration) as api_client:
    api = RoleApi(api_client)
    read_dags = ActionResource(action=Action(name="can_read"), resource=Resource(name="DAGs"))
    api.post_role(Role(name="docs_example_growing", actions=[read_dags]))

    # The role's permissions become the ones sent (update_mask=["actions"]), not added to the old ones.
    read_runs = ActionResource(action=Action(name="can_read"), resource=Resource(name="DAG Runs"))
    body = Role(name="docs_example_growing", actions=[read_dags, read_runs])
    role = api.patch_role("docs_example_growing", body, update_mask=["actions"])
    print(role.name, [(p.action.name, p.resource.name) for p in role.actions])

    api.delete_role("docs_example_growing")  # clean up
