"""Every way into the client runs the one pipeline: a prepared request, sent by the flow
``Flows._send_flow`` (credentials, then the transport or the official ``request``
chain), its answer read by the prepared request's ``Expect.result``."""

from __future__ import annotations

from typing import Any, List, Tuple

import pytest

from airflow_client.client.api.dag_api import DAGApi
from airflow_client.client.api_client import Endpoint
from airflow_client.client.core.answers import Expect
from airflow_client.client.core.options import CallOptions
from airflow_client.client.exceptions import ApiTypeError
from airflow_client.client.model.dag import DAG
from airflow_client.client.pipeline import Flows
from test.loopback import LoopbackServer, Reply, client_for, json_reply

DAG_JSON = {"dag_id": "etl", "is_paused": False}


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> List[Tuple[str, str, str, str]]:
    """(stage, operation, method, URL) of each prepared request sent and each answer read."""
    calls: List[Tuple[str, str, str, str]] = []
    send, result = Flows._send_flow, Expect.result

    def sending(self: Flows, prepared: Any, deadline: Any) -> Any:
        calls.append(("send", prepared.operation, prepared.method, prepared.url))
        return send(self, prepared, deadline)

    def reading(self: Expect, resp: Any, prepared: Any) -> Any:
        calls.append(("read", prepared.operation, prepared.method, prepared.url))
        return result(self, resp, prepared)

    monkeypatch.setattr(Flows, "_send_flow", sending)
    monkeypatch.setattr(Expect, "result", reading)
    return calls


def test_a_generated_method_on_airflow_2(server: LoopbackServer, seen: list) -> None:
    server.handler = lambda req: json_reply(DAG_JSON)
    api_client, cfg = client_for(server)
    dag = DAGApi(api_client).get_dag("etl")
    assert isinstance(dag, DAG) and dag.dag_id == "etl"
    url = f"{cfg.host}/dags/etl"
    assert seen == [("send", "get_dag", "GET", url), ("read", "get_dag", "GET", url)]


def test_a_generated_method_on_airflow_3(server: LoopbackServer, seen: list) -> None:
    """The Airflow 3 stage rewrites the prepared request: the same send, the same read."""
    server.handler = lambda req: json_reply(
        {"dag_id": "etl", "is_paused": False, "tags": [{"name": "t", "dag_id": "etl"}]}
    )
    api_client, cfg = client_for(server, api_version="v2", access_token="jwt")
    dag = DAGApi(api_client).get_dag("etl")
    assert isinstance(dag, DAG) and dag.tags[0].name == "t"
    url = server.url + "/api/v2/dags/etl"
    assert ("send", "get_dag", "GET", url) in seen and ("read", "get_dag", "GET", url) in seen
    assert seen[-2:] == [("send", "get_dag", "GET", url), ("read", "get_dag", "GET", url)]


def test_call_api(server: LoopbackServer, seen: list) -> None:
    server.handler = lambda req: json_reply(DAG_JSON)
    api_client, cfg = client_for(server)
    data, status, _ = api_client.call_api("/dags/{dag_id}", "GET", {"dag_id": "etl"}, response_type=(dict,))
    assert (data, status) == (DAG_JSON, 200)
    url = f"{cfg.host}/dags/etl"
    assert seen == [("send", "call_api", "GET", url), ("read", "call_api", "GET", url)]


def test_an_endpoint(server: LoopbackServer, seen: list) -> None:
    server.handler = lambda req: json_reply(DAG_JSON)
    api_client, cfg = client_for(server)
    endpoint = Endpoint(
        settings={
            "response_type": (dict,),
            "auth": ["Basic"],
            "endpoint_path": "/dags/{dag_id}",
            "operation_id": "get_dag",
            "http_method": "GET",
            "servers": None,
        },
        params_map={"all": ["dag_id"], "required": ["dag_id"]},
        root_map={
            "openapi_types": {"dag_id": (str,)},
            "attribute_map": {"dag_id": "dag_id"},
            "location_map": {"dag_id": "path"},
        },
        headers_map={"accept": ["application/json"], "content_type": []},
        api_client=api_client,
        callable=lambda self, dag_id, **kw: self.call_with_http_info(dag_id=dag_id, **kw),
    )
    assert endpoint("etl") == DAG_JSON
    url = f"{cfg.host}/dags/etl"
    assert seen == [("send", "call_api", "GET", url), ("read", "call_api", "GET", url)]


def test_an_error_is_read_in_the_same_place(server: LoopbackServer, seen: list) -> None:
    server.handler = lambda req: Reply(
        404, b'{"title": "DAG not found", "status": 404}', {"Content-Type": "application/json"}
    )
    api_client, cfg = client_for(server)
    with pytest.raises(Exception) as caught:
        DAGApi(api_client).get_dag("missing")
    assert getattr(caught.value, "status", None) == 404
    assert seen[-1] == ("read", "get_dag", "GET", f"{cfg.host}/dags/missing")


def test_options_are_read_once_into_a_typed_value() -> None:
    opts = CallOptions.read("get_dag", {"_request_timeout": 5, "_return_http_data_only": False, "_headers": {"X": "1"}})
    assert (opts.timeout, opts.data_only, opts.headers, opts.preload, opts.check_input) == (
        5,
        False,
        {"X": "1"},
        True,
        None,
    )
    assert CallOptions.read("get_dag", {}) is CallOptions.read("get_dag", {})
    with pytest.raises(ApiTypeError, match="get_dag\\(\\) got an unexpected keyword argument '_timeout'"):
        CallOptions.read("get_dag", {"_timeout": 5})


def test_a_transport_whose_send_a_subclass_replaced_is_called_for_each_request(server: LoopbackServer) -> None:
    """The flows send through the transport's own steps, unless a subclass has its own
    ``send``: then each request goes through it (the step ``ATTEMPT``)."""
    from airflow_client.client.api.dag_api import _GET_DAG
    from airflow_client.client.pipeline import Pipeline
    from airflow_client.client.transport.rest import Transport

    sent: List[Tuple[str, str]] = []

    class Counting(Transport):
        def send(self, method: str, url: str, headers: Any, body: Any = None, **kwargs: Any) -> Any:
            sent.append((method, url))
            return super().send(method, url, headers, body, **kwargs)

    class Own(Pipeline):
        transport_class = Counting

    server.handler = lambda req: json_reply(DAG_JSON)
    _, cfg = client_for(server)
    with Own(cfg) as pipeline:
        assert pipeline.call(_GET_DAG, {}, dag_id="etl").dag_id == "etl"
    assert sent == [("GET", f"{cfg.host}/dags/etl")]
    with Pipeline(cfg) as pipeline:  # the plain transport: its steps, no call of send
        assert pipeline.call(_GET_DAG, {}, dag_id="etl").dag_id == "etl"
    assert len(sent) == 1 and len(server.requests) == 2
