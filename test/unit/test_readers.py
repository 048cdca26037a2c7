"""The per-class readers of answers (``core/models/readers.py``) and the caches that make
a call cheaper (date-times read once per text, path segments encoded once): each
gives what the plain reading gave, and what does not fit is kept as received."""

from __future__ import annotations

import copy
import datetime as dt
import logging
import pickle
from typing import Any, Dict

import pytest
import urllib3

from airflow_client.client.api.dag_api import DAGApi
from airflow_client.client.core.models import readers
from airflow_client.client.core.models.bodies import request_body
from airflow_client.client.core.models.parsing import parse_lenient
from airflow_client.client.core.operation import _SEGMENTS, encode_segment
from airflow_client.client.exceptions import ApiAttributeError, EmptyPathParameterError
from airflow_client.client.models import DAG, CronExpression, DAGCollection, DAGRun, Tag, TimeDelta
from test.loopback import LoopbackServer, Reply, client_for, json_reply

UTC = dt.timezone.utc


def _dag(**fields: Any) -> Dict[str, Any]:
    return {"dag_id": "etl", "is_paused": False, **fields}


def test_a_date_time_read_twice_is_the_same_value_and_a_bad_one_is_kept() -> None:
    text = "2024-11-04T01:00:00+00:00"
    first = parse_lenient(DAG, _dag(next_dagrun=text, last_parsed_time="not a date"))
    second = parse_lenient(DAG, _dag(next_dagrun=text, last_parsed_time="not a date"))
    assert first.next_dagrun == second.next_dagrun == dt.datetime(2024, 11, 4, 1, tzinfo=UTC)
    assert first.last_parsed_time == second.last_parsed_time == "not a date"
    # a naive one is UTC, a 'Z' one too, from the cache as the first time
    for _ in range(2):
        dag = parse_lenient(DAG, _dag(next_dagrun="2024-11-04T01:00:00", last_expired="2024-11-04T02:00:00Z"))
        assert dag.next_dagrun == dt.datetime(2024, 11, 4, 1, tzinfo=UTC)
        assert dag.last_expired == dt.datetime(2024, 11, 4, 2, tzinfo=UTC)


def test_a_date_time_field_holding_no_text_is_kept_as_received() -> None:
    odd: Dict[str, Any] = {"at": [1, 2]}  # unhashable: must not reach the cache's lookup
    dag = parse_lenient(DAG, _dag(next_dagrun=odd, last_parsed_time=17, last_expired=None))
    assert dag.next_dagrun == {"at": [1, 2]}
    assert dag.last_parsed_time == 17
    assert dag.last_expired is None
    assert "last_pickled" not in vars(dag)  # absent stays absent


def test_the_date_cache_stays_bounded() -> None:
    readers._DATES.clear()
    start = dt.datetime(2020, 1, 1, tzinfo=UTC)
    texts = [(start + dt.timedelta(minutes=i)).isoformat() for i in range(readers._DATES_KEPT + 10)]
    values = [readers._datetime_value(t) for t in texts]
    assert len(readers._DATES) <= readers._DATES_KEPT
    assert values[-1] == start + dt.timedelta(minutes=len(texts) - 1)
    assert readers._datetime_value(texts[0]) == start  # read again after the cache was emptied


def test_nested_models_lists_and_one_of_members() -> None:
    page = parse_lenient(
        DAGCollection,
        {
            "dags": [
                _dag(
                    tags=[{"name": "a"}, None, "not an object", {"name": "b", "extra": 1}],
                    schedule_interval={"__type": "TimeDelta", "days": 1, "seconds": 0, "microseconds": 0},
                ),
                _dag(schedule_interval={"__type": "SomethingNew", "value": "x"}),
                "not an object",
            ],
            "total_entries": 3,
        },
        owned=True,
    )
    first, second, third = page.dags
    assert [type(t).__name__ for t in first.tags] == ["Tag", "NoneType", "str"] + ["Tag"]
    assert first.tags[3].extra == 1
    assert isinstance(first.schedule_interval, TimeDelta)
    assert first.schedule_interval.type == "TimeDelta" and first.schedule_interval.days == 1
    assert first.schedule_interval.to_dict() == {"type": "TimeDelta", "days": 1, "seconds": 0, "microseconds": 0}
    assert second.schedule_interval == {"__type": "SomethingNew", "value": "x"}  # no member named: as received
    assert third == "not an object"


def test_a_renamed_field_sent_under_both_names_keeps_the_later_one_as_before() -> None:
    delta = parse_lenient(TimeDelta, {"__type": "TimeDelta", "type": "Other", "days": 2})
    assert delta.type == "Other" and delta.days == 2
    delta = parse_lenient(TimeDelta, {"type": "Other", "__type": "TimeDelta", "days": 2})
    assert delta.type == "TimeDelta"


def test_a_model_without_conversions_keeps_the_decoded_dict() -> None:
    data = {"name": "x", "unknown": {"a": 1}}
    tag = parse_lenient(Tag, data, owned=True)
    assert vars(tag) is data  # read in place: this client's own decoded JSON
    copied = parse_lenient(Tag, data)
    assert vars(copied) == data and vars(copied) is not data


def test_path_segments_encoded_once_are_encoded_the_same() -> None:
    for value, encoded in [("etl/x y", "etl%2Fx%20y"), (".", "%2E"), ("..", "%2E%2E"), ("é", "%C3%A9")]:
        assert encode_segment("get_dag", "dag_id", value) == encoded
        assert _SEGMENTS[value] == encoded
        assert encode_segment("get_dag", "dag_id", value) == encoded
    assert encode_segment("get_dag", "dag_id", True) == "True"  # not a str: not cached
    assert True not in _SEGMENTS
    for _ in range(2):
        with pytest.raises(EmptyPathParameterError):
            encode_segment("get_dag", "dag_id", "")


def test_a_retried_call_still_logs_where_it_went(server: LoopbackServer, caplog: pytest.LogCaptureFixture) -> None:
    server.queue(Reply(503, b"{}", {"Retry-After": "0"}), json_reply({"dag_id": "etl", "is_paused": False}))
    api_client, _ = client_for(server, retries=2, retry_backoff_factor=0)
    with caplog.at_level(logging.INFO, logger="airflow_client.client"):
        dag = DAGApi(api_client).get_dag("etl")
    assert dag.dag_id == "etl"
    lines = [r.getMessage() for r in caplog.records if "attempt 1" in r.getMessage()]
    assert lines == [f"get_dag {server.url}/api/v1/dags/etl: attempt 1 answered 503; trying again in 0.00 s"]


def test_a_deadline_cuts_an_attempt_only_where_it_would_bind() -> None:
    from airflow_client.client.transport.rest import Deadline

    timeout = urllib3.Timeout(connect=10.0, read=60.0)
    assert Deadline(120.0).cut(timeout) is timeout  # 10 + 60 s end before 120 s: unchanged
    near = Deadline(30.0).cut(timeout)
    assert near is not timeout and near.total is not None and 29.0 < near.total <= 30.0
    assert near.connect_timeout == 10.0 and timeout.total is None  # the client's own is not changed
    unbounded = urllib3.Timeout(connect=10.0, read=None)  # no read limit: only the deadline ends a read
    assert Deadline(120.0).cut(unbounded).total is not None
    assert Deadline(None).cut(timeout) is timeout
    assert Deadline(5.0).cut(None).total is not None


# -- fields read when first read --------------------------------------------------------

_FULL = {
    "dag_id": "etl",
    "is_paused": False,
    "next_dagrun": "2024-11-04T01:00:00+00:00",
    "last_parsed_time": "2024-11-04T00:59:00Z",
    "last_expired": None,
    "tags": [{"name": "a"}, {"name": "b"}],
    "schedule_interval": {"__type": "CronExpression", "value": "@daily"},
    "owners": ["airflow"],
}


def _answer() -> DAG:
    return parse_lenient(DAG, copy.deepcopy(_FULL), owned=True)


def test_date_times_and_nested_models_are_converted_when_first_read() -> None:
    dag = _answer()
    held = vars(dag)
    assert held["next_dagrun"] == "2024-11-04T01:00:00+00:00"  # not converted yet
    assert type(held["tags"][0]) is dict and type(held["schedule_interval"]) is dict
    assert dag.next_dagrun == dt.datetime(2024, 11, 4, 1, tzinfo=UTC)
    assert held["next_dagrun"] is dag.next_dagrun  # converted once, then held
    tags = dag.tags
    assert [type(t) for t in tags] == [Tag, Tag] and dag.tags is tags and tags[1].name == "b"
    assert isinstance(dag.schedule_interval, CronExpression) and dag.schedule_interval.value == "@daily"
    assert dag.last_expired is None and dag.owners == ["airflow"]
    with pytest.raises(ApiAttributeError, match="DAG has no attribute 'last_pickled'"):
        dag.last_pickled  # noqa: B018  absent stays absent
    assert not hasattr(DAG, "next_dagrun")  # no class attribute, as in the official client
    del dag.next_dagrun
    assert "next_dagrun" not in dag and not hasattr(dag, "next_dagrun")
    dag.next_dagrun = dt.datetime(2025, 1, 1, tzinfo=UTC)
    assert dag.next_dagrun == dt.datetime(2025, 1, 1, tzinfo=UTC)


def _pickled(dag: DAG) -> Dict[str, Any]:
    return vars(pickle.loads(pickle.dumps(dag)))  # the state, past the class's reading


@pytest.mark.parametrize(
    "view",
    [
        lambda d: d.to_dict(),
        lambda d: d.to_json(),
        repr,
        lambda d: d._data_store,
        lambda d: (d["next_dagrun"], d["tags"], d.get("schedule_interval")),
        lambda d: vars(copy.copy(d)),
        lambda d: vars(copy.deepcopy(d)),
        _pickled,
        lambda d: request_body(d, create=False),
    ],
    ids=["to_dict", "to_json", "repr", "_data_store", "items", "copy", "deepcopy", "pickle", "request_body"],
)
def test_a_model_shown_whole_shows_every_field_converted(view: Any) -> None:
    untouched, converted = _answer(), _answer()
    readers.read_all(converted)
    assert type(vars(untouched)["next_dagrun"]) is str
    assert view(untouched) == view(converted)
    assert untouched == converted and converted == _answer()


def test_a_model_shown_whole_holds_converted_values() -> None:
    shown = _answer().to_dict()
    assert shown["next_dagrun"] == dt.datetime(2024, 11, 4, 1, tzinfo=UTC)
    assert shown["tags"] == [{"name": "a"}, {"name": "b"}]
    state = _pickled(_answer())
    assert type(state["next_dagrun"]) is dt.datetime and type(state["tags"][0]) is Tag
    assert type(vars(copy.copy(_answer()))["schedule_interval"]) is CronExpression


def test_values_kept_as_given_are_never_converted(server: LoopbackServer) -> None:
    _answer().next_dagrun  # noqa: B018  the class has read an answer
    server.queue(json_reply(_FULL))
    api_client, _ = client_for(server)
    raw = DAGApi(api_client).get_dag("etl", _check_return_type=False)
    assert raw.next_dagrun == "2024-11-04T01:00:00+00:00" and raw.tags == [{"name": "a"}, {"name": "b"}]
    assert raw.schedule_interval == {"__type": "CronExpression", "value": "@daily"}
    assert raw._check_type is False  # as the official client's
    assert parse_lenient(DAGRun, {"logical_date": "2024-11-04T00:00:00Z"}).logical_date.year == 2024
    built = DAGRun(dag_run_id="r", logical_date="tomorrow", _check_type=False)
    assert built.logical_date == "tomorrow"


def test_a_list_of_models_holding_an_object_is_converted_whole() -> None:
    tag = Tag(name="x")
    dag = DAG._from_openapi_data(dag_id="d", tags=[tag, {"name": "y"}, None])
    assert dag.tags[0] is tag and type(dag.tags[1]) is Tag and dag.tags[2] is None
    page = parse_lenient(DAGCollection, {"dags": [copy.deepcopy(_FULL)], "total_entries": 1}, owned=True)
    assert type(vars(page)["dags"][0]) is DAG  # a collection's items: read with the answer
    assert type(vars(page.dags[0])["next_dagrun"]) is str  # their fields when first read
