"""Responses from a server newer or older than the spec never crash a call.

For every response schema, a sample built from the spec is mutated (extra
fields, unknown enum values, nulls everywhere, required fields missing,
numbers as strings, dates that are not dates) and served on loopback; the
call must return a model that keeps what was received.  Strict mode raises
our own exception naming the operation, the JSON path, what was expected and
the value.
"""

from __future__ import annotations

import copy
import json
import typing
from datetime import datetime, timezone
from typing import Any, Dict, List, Tuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import airflow_client.client as client
from airflow_client.client.api.dag_api import DAGApi
from airflow_client.client.api.task_instance_api import TaskInstanceApi
from airflow_client.client.core.base_model import ApiModel, ApiOneOf, UnknownEnumValue, _classify
from airflow_client.client.core.quirks import adapt
from airflow_client.client.models import MODEL_MODULES
from airflow_client.client.models import __getattr__ as model_named
from test.loopback import Reply, client_for, json_reply

OBJECT_MODELS = [
    n for n in sorted(MODEL_MODULES) if isinstance(model_named(n), type) and issubclass(model_named(n), ApiModel)
]


def sample(cls: type, depth: int = 0) -> Dict[str, Any]:
    """A valid JSON document for ``cls`` with every field filled in."""
    out: Dict[str, Any] = {}
    for name, field in cls.model_fields.items():
        out[field.alias or name] = _sample_value(field.annotation, depth)
    return out


def _sample_value(annotation: Any, depth: int) -> Any:
    union = _tagged_union_member(annotation)
    if union is not None:
        return {**sample(union, depth + 1), "__type": union.__name__}
    literal = typing.get_args(annotation)[0] if typing.get_origin(annotation) is typing.Union else annotation
    if typing.get_origin(literal) is typing.Literal:
        return typing.get_args(literal)[0]
    kind, target = _classify(annotation)
    if kind == "model":
        return sample(target, depth + 1) if depth < 3 else None
    if kind == "enum":
        return list(target)[0].value
    if kind == "datetime":
        return "2024-01-02T03:04:05+00:00"
    if kind == "list":
        sub_kind, sub_target = target
        if sub_kind == "model":
            return [sample(sub_target, depth + 1)] if depth < 3 else []
        return ["item"] if sub_kind == "plain" else []
    if kind == "dict":
        return {"k": "v"}
    text = repr(annotation)
    if "StrictInt" in text or "int" in text:
        return 7
    if "Float" in text or "float" in text:
        return 1.5
    if "Bool" in text or "bool" in text:
        return True
    return "text"


def _tagged_union_member(annotation: Any) -> Any:
    """The first member of a discriminated union (``ScheduleInterval``), else None."""
    for arg in typing.get_args(annotation):
        if isinstance(arg, type) and issubclass(arg, ApiOneOf):
            return next(iter(arg.__members__.values()))
        if typing.get_origin(arg) is typing.Annotated:
            inner = typing.get_args(arg)[0]
            if typing.get_origin(inner) is typing.Union:
                return typing.get_args(typing.get_args(inner)[0])[0]
    return None


def mutations(doc: Dict[str, Any], cls: type) -> List[Tuple[str, Dict[str, Any]]]:
    out = [("extra fields", {**doc, "field_from_airflow_3": {"nested": [1, None]}})]
    out.append(("nulls everywhere", {k: None for k in doc}))
    out.append(("required missing", {}))
    bent = copy.deepcopy(doc)
    for name, field in cls.model_fields.items():
        key = field.alias or name
        kind, _ = _classify(field.annotation)
        if kind == "enum":
            bent[key] = "state_from_the_future"
        elif kind == "datetime":
            bent[key] = "yesterday-ish"
        elif isinstance(bent.get(key), (int, float)) and not isinstance(bent.get(key), bool):
            bent[key] = str(bent[key])
        elif isinstance(bent.get(key), list):
            bent[key] = bent[key] + [None, "not an object"]
        elif isinstance(bent.get(key), dict):
            bent[key] = "a string instead of an object"
    out.append(("wrong types", bent))
    return out


CASES = [
    (name, label, doc)
    for name in OBJECT_MODELS
    for label, doc in mutations(sample(model_named(name)), model_named(name))
]


@pytest.mark.parametrize("name,label,doc", CASES, ids=[f"{n}-{lbl}" for n, lbl, _ in CASES])
def test_lenient_parsing_keeps_what_was_received(name: str, label: str, doc: Dict[str, Any]) -> None:
    cls = model_named(name)
    obj = cls.from_dict(doc)
    assert isinstance(obj, cls)
    assert json.loads(obj.to_json()).keys() == adapt(name, doc).keys()  # quirks.py may add the spec's name
    for key, value in doc.items():
        got = obj[key]
        if label == "wrong types" and isinstance(value, str) and not isinstance(got, str):
            continue  # a string that the field's type could read ("7" for an int field is kept as "7")
        if isinstance(got, ApiModel):
            assert json.loads(got.to_json()).keys() <= (value or {}).keys() | set()
        elif isinstance(got, list):
            assert len(got) == len(value)
        elif isinstance(got, datetime):
            assert got.tzinfo is not None
        elif value is not None and not isinstance(value, (dict, list)):
            assert got == value or str(got) == str(value)


def test_valid_samples_pass_the_strict_check() -> None:
    from airflow_client.client.core.validation import check_answer

    for name in OBJECT_MODELS:
        cls = model_named(name)
        doc = sample(cls)
        check_answer(cls, json.loads(json.dumps(doc)), None)  # raises if the sample or the model is wrong


def test_mutated_task_instances_over_http(server) -> None:
    doc = {
        "task_instances": [
            {
                "task_id": "t",
                "state": "paused_by_operator",
                "start_date": None,
                "end_date": "soon",
                "try_number": "2",
                "sla_miss": {"task_id": "t", "unknown": 1},
                "new_in_airflow_2_11": True,
            },
            None,
        ],
        "total_entries": 1,
    }
    server.reply(Reply(200, json.dumps(doc).encode(), {"Content-Type": "application/json"}))
    api_client, cfg = client_for(server)
    with api_client:
        result = TaskInstanceApi(api_client).get_task_instances("d", "r")
        ti = result.task_instances[0]
        assert isinstance(ti.state, UnknownEnumValue) and ti.state == "paused_by_operator"
        assert ti.state.value == "paused_by_operator"
        assert ti.end_date == "soon" and ti.try_number == "2" and ti.new_in_airflow_2_11 is True
        assert ti.sla_miss.unknown == 1
        assert result.task_instances[1] is None

        cfg.strict_responses = True
        with pytest.raises(client.ResponseValidationError) as info:
            TaskInstanceApi(api_client).get_task_instances("d", "r")
    err = info.value
    assert err.operation == "get_task_instances"
    assert err.json_path == "$.task_instances[0].state"  # end_date is a str field (format: datetime)
    assert "paused_by_operator" in str(err) and "get_task_instances" in str(err)
    assert isinstance(err, client.OpenApiException)


def test_strict_mode_checks_required_and_nullable(server) -> None:
    api_client, cfg = client_for(server, strict_responses=True)
    with api_client:
        server.reply(Reply(200, b'{"dag_id": null}', {"Content-Type": "application/json"}))
        with pytest.raises(client.ResponseValidationError, match=r"\$\.dag_id.*not nullable"):
            DAGApi(api_client).get_dag("d")
        server.reply(
            Reply(
                200,
                b'{"dag_id": "d", "schedule_interval": {"__type": "CronExpression"}}',
                {"Content-Type": "application/json"},
            )
        )
        with pytest.raises(
            client.ResponseValidationError, match=r"\$\.schedule_interval\.__type|\$\.schedule_interval\.value"
        ):
            DAGApi(api_client).get_dag("d")
        server.reply(Reply(200, b'{"dag_id": "d", "brand_new": 1}', {"Content-Type": "application/json"}))
        assert DAGApi(api_client).get_dag("d").brand_new == 1  # unknown fields are fine even when strict


def test_format_datetime_fields_are_strings_as_in_the_official_client(server) -> None:
    """The spec marks 25 fields ``format: datetime`` (not ``date-time``); the official
    client keeps them as ``str`` and code parses them itself.  Airflow 2.10.5 sends
    users' dates there without a zone: strict mode takes them as they come."""
    from airflow_client.client.api.dag_run_api import DAGRunApi
    from airflow_client.client.api.user_api import UserApi

    api_client, cfg = client_for(server, strict_responses=True)
    with api_client:
        naive = '{"users": [{"username": "u", "roles": [], "last_login": "2026-11-25T01:42:07.245991"}], "total_entries": 1}'
        server.reply(Reply(200, naive.encode(), {"Content-Type": "application/json"}))
        users = UserApi(api_client).get_users()
        assert users.users[0].last_login == "2026-11-25T01:42:07.245991"
        assert datetime.fromisoformat(users.users[0].last_login) == datetime(2026, 11, 25, 1, 42, 7, 245991)

        # naive in a date-time field: refused by strict mode
        server.reply(
            Reply(200, b'{"dag_id": "d", "start_date": "2026-11-25T01:42:07"}', {"Content-Type": "application/json"})
        )
        with pytest.raises(client.ResponseValidationError, match=r"\$\.start_date.*timezone"):
            DAGRunApi(api_client).get_dag_run("d", "r")
        bad = '{"users": [{"username": 5, "last_login": "2026-11-25T01:42:07"}]}'
        server.reply(Reply(200, bad.encode(), {"Content-Type": "application/json"}))
        with pytest.raises(client.ResponseValidationError, match=r"\$\.users\[0\]\.username"):
            UserApi(api_client).get_users()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=10,
)


@settings(max_examples=60, deadline=None)
@given(name=st.sampled_from(OBJECT_MODELS), data=st.data())
def test_any_json_object_round_trips_through_every_model(name: str, data: Any) -> None:
    cls = model_named(name)
    keys = [f.alias or n for n, f in cls.model_fields.items()] + ["unknown"]
    doc = data.draw(st.dictionaries(st.sampled_from(keys), json_values, max_size=6))
    obj = cls.from_dict(doc)
    again = cls.from_json(obj.to_json())
    assert again.to_dict() == obj.to_dict()
    assert set(json.loads(obj.to_json())) == set(adapt(name, doc))  # quirks.py may add the spec's name


def test_aware_datetimes_from_any_offset() -> None:
    from airflow_client.client.models import DAGRun

    run = DAGRun.from_dict({"start_date": "2024-01-01T01:00:00+01:00", "end_date": "2024-01-01T00:00:00"})
    assert run.start_date == datetime(2024, 1, 1, tzinfo=timezone.utc)
    assert run.end_date == datetime(2024, 1, 1, tzinfo=timezone.utc)  # naive: taken as UTC, as Airflow stores


def test_call_api_in_strict_mode_names_where_the_answer_does_not_fit(server) -> None:
    """call_api's response_type check reports a JSON path as the generated methods do."""
    api_client, cfg = client_for(server, strict_responses=True)
    server.reply(json_reply({"a": [1, "two"]}))
    kind = ({str: ([int],)},)
    with pytest.raises(client.ResponseValidationError) as info:
        api_client.call_api("/x", "GET", response_type=kind, _return_http_data_only=True)
    assert info.value.operation == "call_api" and info.value.json_path == "$.a[1]"
    cfg.strict_responses = False
    assert api_client.call_api("/x", "GET", response_type=kind, _return_http_data_only=True) == {"a": [1, "two"]}


def test_plain_answers_are_the_json_as_sent(server) -> None:
    """clear_dag_run and get_providers answer the decoded JSON, a plain dict, as the official
    client does (values as sent, even of the wrong type); strict mode checks it against the
    model of its shape first and leaves it as it was; ``_check_return_type=False`` skips that."""
    from airflow_client.client.api.dag_run_api import DAGRunApi
    from airflow_client.client.api.provider_api import ProviderApi

    good = {"providers": [{"package_name": "p", "version": "1.0", "description": "d"}], "total_entries": 1}
    odd = {"providers": [{"package_name": "p", "version": 1}], "total_entries": "1", "new": {"x": 1.5}}
    run = {"dag_id": "d", "dag_run_id": "r", "state": "bogus", "execution_date": "2025-02-10T09:15:01+00:00"}
    api_client, cfg = client_for(server)
    with api_client:
        server.reply(json_reply(odd))
        lenient = ProviderApi(api_client).get_providers()
        assert type(lenient) is dict and lenient == odd
        server.reply(json_reply(run))
        cleared = DAGRunApi(api_client).clear_dag_run("d", "r", {"dry_run": False})
        assert type(cleared) is dict and cleared == run  # state and date-time as sent
        data, status, headers = DAGRunApi(api_client).clear_dag_run(
            "d", "r", {"dry_run": False}, _return_http_data_only=False
        )
        assert (type(data), status, headers["Content-Type"]) == (dict, 200, "application/json")
        server.reply(json_reply(good))
        raw = ProviderApi(api_client).get_providers(_preload_content=False)
        assert json.loads(raw.data) == good

        cfg.strict_responses = True
        server.reply(json_reply(good))
        checked = ProviderApi(api_client).get_providers()
        assert type(checked) is dict and checked == good
        assert type(checked["providers"][0]) is dict
        server.reply(json_reply(odd))
        with pytest.raises(client.ResponseValidationError) as info:
            ProviderApi(api_client).get_providers()
        assert info.value.operation == "get_providers" and info.value.json_path.startswith("$.")
        assert ProviderApi(api_client).get_providers(_check_return_type=False) == odd
        server.reply(json_reply(run))
        with pytest.raises(client.ResponseValidationError, match=r"\$\.state"):
            DAGRunApi(api_client).clear_dag_run("d", "r", {"dry_run": False})


def test_plain_answers_through_call_api(server) -> None:
    """A client whose call_api is overridden gets the call through it, with the official
    free-form response type, and the dict the official client gives."""
    from datetime import date

    from airflow_client.client.api.provider_api import ProviderApi
    from airflow_client.client.model_utils import none_type

    seen: List[Any] = []

    class Hooked(client.ApiClient):
        def call_api(self, *args: Any, **kwargs: Any) -> Any:
            seen.append(kwargs["response_type"])
            return super().call_api(*args, **kwargs)

    answer = {"providers": [{"package_name": "p", "version": "1.0"}], "total_entries": 1, "when": "2025-02-10"}
    _, cfg = client_for(server)
    with Hooked(cfg) as hooked:
        server.reply(json_reply(answer))
        got = ProviderApi(hooked).get_providers()
    assert seen == [(bool, date, datetime, dict, float, int, list, str, none_type)]
    assert type(got) is dict and got == answer
