"""The integration suite's gates (test/integration/_gates.py) take only integration
tests' calls to the real Airflow as evidence, and fail when fed anything else.

Under ``make test`` these unit tests run in the same session as the integration
tests, whose conftest wraps ``ApiClient._invoke``: before, the loopback calls
below were recorded too (as ``<fixture>``), and filled the operation table and
the real answers of the mutation replay.
"""

from __future__ import annotations

from typing import Dict, List

import pytest

from airflow_client.client.api.dag_api import DAGApi
from codegen.generate import snake
from codegen.spec import load_spec
from test.integration._gates import Answer, Call, NotEvidence, Recorder, missing_operations, netloc, real_answers
from test.loopback import LoopbackServer, client_for, json_reply

AIRFLOW = "127.0.0.1:8080"  # where the airflow_server fixture's Airflow would be
INTEGRATION_TEST = "test/integration/test_client_against_airflow.py::test_get_dag[lenient]"
UNIT_TEST = "test/unit/test_gates.py::test_loopback"


def all_operations() -> List[str]:
    return sorted(
        snake(op["operationId"])
        for path_item in load_spec()["paths"].values()
        for op in path_item.values()
        if isinstance(op, dict) and "operationId" in op
    )


def recorder(test: str, integration: bool) -> Recorder:
    rec = Recorder()
    rec.server, rec.test, rec.integration = AIRFLOW, test, integration
    return rec


def test_netloc_makes_the_port_explicit() -> None:
    assert netloc("http://127.0.0.1:8080/api/v1") == AIRFLOW
    assert netloc("http://LocalHost/api/v1") == "localhost:80"
    assert netloc("https://airflow.example/") == "airflow.example:443"


def test_only_integration_tests_calls_to_the_real_server_count(server: LoopbackServer) -> None:
    loopback = server.url
    assert recorder(UNIT_TEST, False).call("get_dag", loopback) is None  # a unit test on loopback
    assert recorder(UNIT_TEST, False).call("get_dag", f"http://{AIRFLOW}/api/v1") is None  # a unit test
    assert recorder(INTEGRATION_TEST, True).call("get_dag", loopback) is None  # a replay on loopback
    outside = recorder(INTEGRATION_TEST, True)
    outside.test = None
    assert outside.call("get_dag", f"http://{AIRFLOW}/api/v1") is None  # outside any test
    paused = recorder(INTEGRATION_TEST, True)
    paused.on = False
    assert paused.call("get_dag", f"http://{AIRFLOW}/api/v1") is None  # while real_answers replays
    no_server = recorder(INTEGRATION_TEST, True)
    no_server.server = None
    assert no_server.call("get_dag", f"http://{AIRFLOW}/api/v1") is None  # before airflow_server
    assert recorder(INTEGRATION_TEST, True).call("get_dag", f"http://{AIRFLOW}/api/v1") == Call(
        "get_dag", INTEGRATION_TEST, True, AIRFLOW
    )


def loopback_calls(server: LoopbackServer, operations: List[str]) -> List[Call]:
    """Calls as the recorder saw them before the fix: every call, whoever made it."""
    server.reply(json_reply({"dag_id": "example"}))
    client, _ = client_for(server)
    with client:
        DAGApi(client).get_dag("example")
    assert server.requests, "the loopback call was made"
    return [Call(name, "<fixture>", False, netloc(server.url)) for name in operations]


def test_operation_gate_fails_on_a_table_of_loopback_calls(server: LoopbackServer) -> None:
    operations = all_operations()
    assert len(operations) == 89
    with pytest.raises(NotEvidence, match=r"89 recorded calls are not integration tests' calls to 127\.0\.0\.1:8080"):
        missing_operations(operations, loopback_calls(server, operations), AIRFLOW)


def test_operation_gate_fails_on_calls_to_another_server_or_by_unit_tests() -> None:
    operations = all_operations()
    elsewhere = [Call(name, INTEGRATION_TEST, True, "127.0.0.1:9999") for name in operations]
    with pytest.raises(NotEvidence, match="to 127.0.0.1:8080"):
        missing_operations(operations, elsewhere, AIRFLOW)
    by_unit_tests = [Call(name, UNIT_TEST, True, AIRFLOW) for name in operations]
    with pytest.raises(NotEvidence):
        missing_operations(operations, by_unit_tests, AIRFLOW)


def test_operation_gate_counts_what_is_missing_and_passes_only_a_full_table() -> None:
    operations = all_operations()
    real = [Call(name, INTEGRATION_TEST, True, AIRFLOW) for name in operations]
    assert missing_operations(operations, real, AIRFLOW) == []
    assert missing_operations(operations, real[1:], AIRFLOW) == [operations[0]]
    assert missing_operations(operations, real[1:], AIRFLOW, {operations[0]: "added in 2.11"}) == []
    # what the recorder keeps of a unit test's loopback call: nothing, so everything is missing
    rec = recorder(UNIT_TEST, False)
    assert rec.call("get_dag", "http://127.0.0.1:45678/api/v1") is None and rec.calls == []
    assert missing_operations(operations, rec.calls, AIRFLOW) == operations


def test_answers_gate_fails_on_a_canned_loopback_answer(server: LoopbackServer) -> None:
    body = b'{"dag_id": "example"}'
    canned: Dict[str, Answer] = {
        "get_dag": Answer(
            object(), {"dag_id": "example"}, body, Call("get_dag", "<fixture>", False, netloc(server.url))
        )
    }
    with pytest.raises(NotEvidence, match="get_dag by <fixture>"):
        real_answers(canned, AIRFLOW)
    misfiled = {"get_dags": Answer(object(), {}, body, Call("get_dag", INTEGRATION_TEST, True, AIRFLOW))}
    with pytest.raises(NotEvidence, match="another operation"):
        real_answers(misfiled, AIRFLOW)
    op = object()
    real = {"get_dag": Answer(op, {"dag_id": "example"}, body, Call("get_dag", INTEGRATION_TEST, True, AIRFLOW))}
    assert real_answers(real, AIRFLOW) == {"get_dag": (op, {"dag_id": "example"}, body)}
