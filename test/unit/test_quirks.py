"""Answers that a real Airflow 2.10.5 sends against its own spec are mapped onto the
spec's fields (airflow_client/client/core/quirks.py), on the fast path and the lenient
one, and the server's own names are kept; spec-conforming answers are untouched."""

from __future__ import annotations

from typing import Any

import pytest

from airflow_client.client.api.dataset_api import DatasetApi
from airflow_client.client.api.task_instance_api import TaskInstanceApi
from airflow_client.client.api.user_api import UserApi
from airflow_client.client.models import DatasetEventCollection, ExtraLink, TaskInstanceHistory
from test.loopback import LoopbackServer, json_reply


def test_tries_answered_as_task_instances(server: LoopbackServer, api_client: Any) -> None:
    server.reply_json({"task_instances": [{"task_id": "t", "try_number": 2, "state": "failed"}], "total_entries": 1})
    tries = TaskInstanceApi(api_client).get_task_instance_tries("d", "r", "t")
    [one] = tries.task_instances_history
    assert isinstance(one, TaskInstanceHistory) and (one.try_number, one.state.value) == (2, "failed")
    assert tries["task_instances"] is tries.task_instances_history  # the server's name reads the same models


def test_the_spec_name_wins_when_the_server_sends_it(server: LoopbackServer, api_client: Any) -> None:
    server.reply_json({"task_instances_history": [{"task_id": "new"}], "task_instances": [{"task_id": "old"}]})
    tries = TaskInstanceApi(api_client).get_task_instance_tries("d", "r", "t")
    assert [t.task_id for t in tries.task_instances_history] == ["new"]


def test_extra_links_answered_as_a_map(server: LoopbackServer, api_client: Any) -> None:
    server.reply_json({"Airflow": "https://airflow.apache.org", "Not yet": None})
    links = TaskInstanceApi(api_client).get_extra_links("d", "r", "t")
    assert links.extra_links == [
        ExtraLink.from_dict({"name": "Airflow", "href": "https://airflow.apache.org"}),
        ExtraLink.from_dict({"name": "Not yet", "href": None}),
    ]
    assert links["Airflow"] == "https://airflow.apache.org"
    server.reply_json({})
    assert TaskInstanceApi(api_client).get_extra_links("d", "r", "t").extra_links == []


def test_queued_events_and_created_runs(server: LoopbackServer, api_client: Any) -> None:
    server.reply_json({"queued_events": [{"uri": "s3://b/k", "dag_id": "d"}], "total_entries": 1})
    queued = DatasetApi(api_client).get_dag_dataset_queued_events("d")
    assert [(q.uri, q.dag_id) for q in queued.datasets] == [("s3://b/k", "d")]

    events = DatasetEventCollection.from_json(
        '{"dataset_events": [{"created_dagruns": [{"dag_run_id": "r1", "dag_id": "d"}]}], "total_entries": 1}'
    )
    assert events.dataset_events[0].created_dagruns[0].run_id == "r1"


def test_users_failed_login_count(server: LoopbackServer, api_client: Any) -> None:
    server.reply_json({"username": "u", "fail_login_count": 3})
    user = UserApi(api_client).get_user("u")
    assert user.failed_login_count == 3 and user["fail_login_count"] == 3


@pytest.mark.parametrize("strict", [False, True])
def test_the_lenient_path_adapts_too(server: LoopbackServer, strict: bool) -> None:
    """A fault elsewhere in the answer sends it down the field-by-field path, which adapts as well."""
    from test.loopback import client_for

    api_client, _ = client_for(server, strict_responses=strict)
    server.reply(json_reply({"task_instances": [{"task_id": "t", "try_number": "two"}], "total_entries": 1}))
    with api_client:
        if strict:
            from airflow_client.client import ResponseValidationError

            with pytest.raises(ResponseValidationError, match=r"task_instances_history\[0\]\.try_number"):
                TaskInstanceApi(api_client).get_task_instance_tries("d", "r", "t")
            return
        tries = TaskInstanceApi(api_client).get_task_instance_tries("d", "r", "t")
    assert tries.task_instances_history[0].try_number == "two"  # kept as received
