"""What leaves the machine: checked before sending, and only what the user meant."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

import airflow_client.client as client
from airflow_client.client.api.config_api import ConfigApi
from airflow_client.client.api.dag_api import DAGApi
from airflow_client.client.api.dag_run_api import DAGRunApi
from airflow_client.client.api.dataset_api import DatasetApi
from airflow_client.client.api.pool_api import PoolApi
from airflow_client.client.api.task_instance_api import TaskInstanceApi
from airflow_client.client.models import DAG, DAGRun, DagState, Pool, UpdateTaskInstance
from test.loopback import Reply, json_reply


def test_read_only_fields_may_be_set_but_are_never_sent(server, api_client):
    server.reply_json({"dag_run_id": "r1", "dag_id": "d", "state": "queued"})
    fetched = DAGRunApi(api_client).get_dag_run("d", "r1")
    fetched.state = DagState.SUCCESS  # read-only: settable on the model...
    fetched.conf = {"k": "v"}
    DAGRunApi(api_client).post_dag_run("d", fetched)
    sent = server.last.json()
    assert "state" not in sent and "dag_id" not in sent  # ...but not sent
    assert sent == {"dag_run_id": "r1", "conf": {"k": "v"}}


def test_unknown_fields_are_kept_and_sent_as_the_official_client_sends_them(server, api_client):
    """A field our spec lacks may be one a newer Airflow takes: it is sent, and the server judges."""
    server.reply_json({"name": "p", "slots": 1})
    PoolApi(api_client).post_pool(Pool(name="p", slots=1, from_airflow_3={"a": [1]}))
    assert server.last.json() == {"name": "p", "slots": 1, "from_airflow_3": {"a": [1]}}
    PoolApi(api_client).patch_pool("p", {"slots": 2, "new_flag": True})
    assert server.last.json() == {"slots": 2, "new_flag": True}


def test_partial_patch_sends_only_what_was_set_with_update_mask(server, api_client):
    server.reply_json({"name": "p", "slots": 7})
    pool = PoolApi(api_client).patch_pool("p", Pool(slots=7), update_mask=["slots", "description"])
    assert pool.slots == 7
    assert server.last.method == "PATCH"
    assert server.last.json() == {"slots": 7}
    assert server.last.raw_query == "update_mask=slots,description"


def test_post_requires_the_fields_the_spec_requires(server, api_client):
    from airflow_client.client.models import Connection, CreateDatasetEvent

    # as in the official client, the constructor takes the required fields (by position or name)
    with pytest.raises(TypeError, match=r"CreateDatasetEvent\(\) is missing required argument\(s\): 'dataset_uri'"):
        CreateDatasetEvent(extra={"a": 1})
    assert CreateDatasetEvent("s3://b/k").dataset_uri == "s3://b/k"
    # a dict body is checked before sending
    with pytest.raises(client.ApiValueError, match=r"CreateDatasetEvent: required field\(s\) not set: dataset_uri"):
        DatasetApi(api_client).create_dataset_event({"extra": {"a": 1}})
    assert server.requests == []
    conn = Connection(connection_id="c", conn_type="http", schema="db", password="pw")
    from airflow_client.client.api.connection_api import ConnectionApi

    server.reply_json({"connection_id": "c"})
    ConnectionApi(api_client).post_connection(conn)
    assert server.last.json() == {"connection_id": "c", "conn_type": "http", "schema": "db", "password": "pw"}


def test_naive_datetimes_are_sent_as_given_as_the_official_client_sends_them(server, api_client):
    """Airflow answers 400 to a date-time without a zone ("... is not a 'date-time'"); the
    official client sends it all the same, and code written for it expects that 400."""
    naive = datetime(2024, 1, 1, 12, 30)
    run = DAGRun(dag_run_id="r", logical_date=naive)
    assert run.logical_date == naive and run.logical_date.tzinfo is None
    server.reply_json({"dag_run_id": "r"})
    DAGRunApi(api_client).post_dag_run("d", run)
    assert server.last.json() == {"dag_run_id": "r", "logical_date": "2024-01-01T12:30:00"}
    server.reply_json({"dag_runs": [], "total_entries": 0})
    DAGRunApi(api_client).get_dag_runs("d", execution_date_gte=naive, start_date_gte="2024-01-01T00:00:00")
    assert server.last.query["execution_date_gte"] == ["2024-01-01T12:30:00"]
    assert server.last.query["start_date_gte"] == ["2024-01-01T00:00:00"]
    aware = datetime(2024, 1, 1, tzinfo=timezone.utc)
    DAGRunApi(api_client).get_dag_runs("d", execution_date_gte=aware, start_date_gte="2024-01-01T00:00:00Z")
    assert server.last.query["execution_date_gte"] == ["2024-01-01T00:00:00+00:00"]
    assert server.last.query["start_date_gte"] == ["2024-01-01T00:00:00Z"]


@pytest.mark.parametrize(
    "call,message",
    [
        (lambda api: api.get_dags(limit="10"), "limit must be int, got str: '10'"),
        (lambda api: api.get_dags(limit=True), "limit must be int, got bool"),
        (lambda api: api.get_dags(tags=[1, 2]), r"tags\[0\] must be str, got int"),
        (lambda api: api.get_dags(only_active="yes"), "only_active must be bool"),
        (lambda api: api.get_dag(""), "'dag_id' is empty; nothing was sent"),
        (lambda api: api.get_dags(limt=10), "unexpected keyword argument 'limt'"),
        (lambda api: api.patch_dag("d", "not a model"), "the body must be a DAG"),
        (lambda api: api.patch_dag("d", {"is_paused": "maybe"}), r"DAG.is_paused: Input should be a valid boolean"),
        (lambda api: api.patch_dag("d", {"is_paused": True, "owners": None}), r"DAG.owners: None is not allowed"),
        (lambda api: api.get_dags(_headers={"X-Evil": "a\r\nInjected: 1"}), "must not contain CR or LF"),
        (
            lambda api: api.get_dags(_headers=[("X-A", "b")]),
            r"the option _headers must be one of \[Mapping, NoneType\], got \[\('X-A', 'b'\)\]",
        ),
        (
            lambda api: api.get_dags(_headers={"X-A": b"b"}),
            r"_headers must map str names to str values, got 'X-A': b'b'",
        ),
        (lambda api: api.get_dags(_accept=5), "the option _accept must be one of .NoneType, str., got 5"),
        (lambda api: api.get_dag("d", async_req="yes"), "the option async_req must be bool, got 'yes'"),
        (lambda api: api.get_dag("d", _preload_content=None), "the option _preload_content must be bool, got None"),
    ],
)
def test_bad_input_is_refused_with_the_name_and_value(server, api_client, call, message):
    with pytest.raises(client.OpenApiException, match=message) as info:
        call(DAGApi(api_client))
    assert isinstance(info.value, (client.ApiTypeError, client.ApiValueError))
    assert server.requests == []


def test_enum_fields_refuse_values_outside_the_spec():
    # a wrong type, as the official client calls any value of an enum field that is not a member
    with pytest.raises(client.ApiTypeError, match="UpdateTaskInstance.new_state.*'sucess'"):
        UpdateTaskInstance(new_state="sucess")
    ok = UpdateTaskInstance(new_state="success", dry_run=False)
    with pytest.raises(client.ApiTypeError, match="dry_run"):
        ok.dry_run = "no"


def test_unchecked_dicts_are_an_escape_hatch(server, api_client):
    server.reply_json({"dag_id": "d"})
    DAGApi(api_client).patch_dag("d", {"is_paused": False, "new_server_field": 1}, _check_input_type=False)
    assert server.last.json() == {"is_paused": False, "new_server_field": 1}


def test_dataset_uri_cannot_reach_another_endpoint(server, api_client):
    server.reply_json({"uri": "s3://bucket/key?x=1"})
    dataset = DatasetApi(api_client).get_dataset("s3://bucket/key?x=1")
    assert dataset.uri == "s3://bucket/key?x=1"
    assert server.last.path == "/api/v1/datasets/s3%3A%2F%2Fbucket%2Fkey%3Fx%3D1"
    assert server.last.raw_query == ""
    for sneaky, encoded in [("..", "%2E%2E"), (".", "%2E"), ("a\r\nb", "a%0D%0Ab"), ("%2F", "%252F")]:
        DAGApi(api_client).get_dag(sneaky)
        assert server.last.path == f"/api/v1/dags/{encoded}"


def test_text_answers_come_back_as_text_when_asked(server, api_client):
    server.reply(Reply(200, b"[core]\ndags_folder = /x\n", {"Content-Type": "text/plain; charset=utf-8"}))
    text = ConfigApi(api_client).get_config(_accept="text/plain")
    assert text == "[core]\ndags_folder = /x\n"
    assert server.last.header("Accept") == "text/plain"
    server.reply_json({"content": "line 1", "continuation_token": "tok"})
    log = TaskInstanceApi(api_client).get_log("d", "r", "t", 1, token="abc")
    assert (log.content, log.continuation_token) == ("line 1", "tok")
    assert server.last.path.endswith("/taskInstances/t/logs/1")
    assert server.last.query == {"token": ["abc"]}


def test_official_call_options(server, api_client):
    server.reply_json({"dag_id": "d"}, **{"X-Trace": "42"})
    api = DAGApi(api_client)
    data, status, headers = api.get_dag("d", _return_http_data_only=False)
    assert (data.dag_id, status, headers["X-Trace"]) == ("d", 200, "42")
    raw = api.get_dag("d", _preload_content=False)
    assert raw.status == 200 and b'"dag_id"' in raw.read()
    future = api.get_dag("d", async_req=True)
    assert future.get(timeout=10).dag_id == "d"
    api.get_dag("d", _headers={"X-Request-Id": "abc"}, _request_timeout=(2, 5), _check_return_type=True)
    assert server.last.header("X-Request-Id") == "abc"


def test_models_behave_like_the_official_ones():
    dag = DAG.from_dict({"dag_id": "d", "is_paused": None, "tags": [{"name": "t"}], "extra": {"x": 1}})
    assert dag.dag_id == dag["dag_id"] == dag.get("dag_id") == "d"
    assert dag.tags[0].name == "t"
    assert dag.to_dict() == {"dag_id": "d", "is_paused": None, "tags": [{"name": "t"}], "extra": {"x": 1}}
    assert DAG.from_json(dag.to_json()) == dag
    assert repr(dag) == str(dag) == "{'dag_id': 'd', 'extra': {'x': 1}, 'is_paused': None, 'tags': [{'name': 't'}]}"
    assert "extra" in dag and "description" not in dag and dag.get("description", 5) == 5
    # as in the official client, a field not received (or set) is absent, by item or attribute
    with pytest.raises(client.ApiAttributeError):
        dag["nope"]
    with pytest.raises(client.ApiAttributeError):
        dag.nope  # noqa: B018
    with pytest.raises(client.ApiAttributeError):
        dag.description  # noqa: B018
    assert getattr(dag, "description", 5) == 5 and not hasattr(dag, "description")


@pytest.mark.parametrize(
    "given,expected",
    [
        ("http://h:8080", "http://h:8080/api/v1"),
        ("http://h:8080/", "http://h:8080/api/v1"),
        ("http://h:8080/api/v1", "http://h:8080/api/v1"),
        ("https://h/airflow/api/v1/", "https://h/airflow/api/v1"),
    ],
)
def test_host_with_or_without_api_prefix(given, expected):
    assert client.Configuration(host=given).host == expected


def test_configuration_accepts_every_official_argument():
    cfg = client.Configuration(
        host="http://h",
        api_key={"X-Key": "k"},
        api_key_prefix={"X-Key": "Token"},
        access_token="t",
        username="u",
        password="p",
        discard_unknown_keys=True,
        disabled_client_side_validations="maxLength",
        server_index=0,
        server_variables={},
        server_operation_index={},
        server_operation_variables={},
        ssl_ca_cert=None,
    )
    # each official attribute takes a value other than its default, and reads it back
    values = {
        "verify_ssl": False,
        "cert_file": "/nonexistent/client.pem",
        "key_file": "/nonexistent/client.key",
        "assert_hostname": False,
        "connection_pool_maxsize": 7,
        "proxy": "http://127.0.0.1:3128",
        "proxy_headers": {"X-Proxy": "1"},
        "retries": 5,
        "client_side_validation": False,
        "logger_format": "%(levelname)s %(message)s",
    }
    for attr, value in values.items():
        assert getattr(cfg, attr) != value, attr
        setattr(cfg, attr, value)
    assert {attr: getattr(cfg, attr) for attr in values} == values
    cfg.debug = True
    assert cfg.debug is True
    cfg.debug = False
    assert cfg.debug is False
    assert cfg.get_api_key_with_prefix("X-Key") == "Token k"
    assert cfg.get_basic_auth_token() == "Basic dTpw"


def test_error_bodies_become_readable_exceptions(server, api_client):
    problem = {
        "type": "https://airflow.apache.org/docs/.../NotFound",
        "title": "DAG not found",
        "status": 404,
        "detail": "The DAG with dag_id: `nope` was not found",
    }
    server.reply(json_reply(problem, 404))
    with pytest.raises(client.NotFoundException) as info:
        DAGApi(api_client).get_dag("nope")
    err = info.value
    assert (err.status, err.reason, err.title) == (404, "Not Found", "DAG not found")
    assert err.detail == problem["detail"] and err.problem == problem
    text = str(err)
    assert text.startswith("(404)\nReason: Not Found\n")
    assert (
        json.loads(text.split("HTTP response body:")[1]) == problem
    )  # as code written for the official client reads it
    assert "Title: DAG not found" in text and "Detail: The DAG with dag_id: `nope` was not found" in text
    assert "get_dag GET http://127.0.0.1" in text
    assert isinstance(err, client.ApiException) and isinstance(err, client.OpenApiException)


def test_one_value_models_serialize_as_their_value():
    """sanitize_for_serialization and model_to_dict give an enum or a Color as its value, as the
    official client does (a Color once came out as {"value": ...})."""
    from airflow_client.client import ApiClient
    from airflow_client.client.model_utils import model_to_dict
    from airflow_client.client.models import Color, DagState, Task

    task = Task._from_openapi_data(task_id="t", ui_color=Color("#f0ede4"))
    assert ApiClient.sanitize_for_serialization(task) == {"task_id": "t", "ui_color": "#f0ede4"}
    assert model_to_dict(task) == {"task_id": "t", "ui_color": "#f0ede4"}
    assert ApiClient.sanitize_for_serialization([DagState.QUEUED, Color("#fff")]) == ["queued", "#fff"]


def test_headers_may_be_any_mapping(server, api_client):
    import urllib3

    server.reply_json({"dag_id": "d"})
    DAGApi(api_client).get_dag("d", _headers=urllib3.HTTPHeaderDict({"X-Trace": "abc"}))
    assert server.last.headers["X-Trace"] == "abc"
