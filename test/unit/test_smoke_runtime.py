from airflow_client.client.api.dag_api import DAGApi
from airflow_client.client.models import DAG


def test_get_dag_round_trip(server, api_client):
    server.reply_json({"dag_id": "a/b c", "is_paused": True, "future": 1})
    dag = DAGApi(api_client).get_dag("a/b c", fields=["dag_id", "is_paused"])
    assert isinstance(dag, DAG)
    assert dag.dag_id == "a/b c" and dag.is_paused is True and dag["future"] == 1
    req = server.last
    assert req.method == "GET"
    assert req.path == "/api/v1/dags/a%2Fb%20c"
    assert req.query == {"fields": ["dag_id", "is_paused"]}
    assert req.header("Authorization") == "Basic YWRtaW46YWRtaW4="
