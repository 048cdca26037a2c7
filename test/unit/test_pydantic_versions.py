"""Answers read the same on every pydantic 2 the client allows.

Before pydantic 2.14 (the newest for Python 3.9 is 2.13), pydantic-core reading
JSON calls an enum class with None when a string is not one of its values, and
a nullable enum (``TaskState``) answers None: the unknown state would be lost.
There the client decodes the JSON first and validates Python objects.  CI runs
the unit suite on Python 3.9, so the old path runs for real there; these tests
run it on any version.
"""

from __future__ import annotations

import pydantic
import pytest

from airflow_client.client.api.task_instance_api import TaskInstanceApi
from airflow_client.client.base_model import JSON_FAST_PATH, ApiModel

ANSWER = {
    "task_instances": [
        {"task_id": "a", "state": "success"},
        {"task_id": "b", "state": "brand_new_state"},
        {"task_id": "c", "state": None},
    ],
    "total_entries": 3,
}


def test_the_fast_path_is_off_exactly_before_pydantic_2_14() -> None:
    major, minor = (int(p) for p in pydantic.VERSION.split(".")[:2])
    assert JSON_FAST_PATH == ((major, minor) >= (2, 14))


@pytest.mark.parametrize("fast", [True, False], ids=["json-fast-path", "decoded-first"])
def test_an_unknown_enum_value_is_kept_on_either_path(server, api_client, monkeypatch, fast: bool) -> None:
    if fast and not JSON_FAST_PATH:
        fast = False  # this pydantic would lose the value: the client never takes that path here
    monkeypatch.setattr(ApiModel, "__json_fast__", fast)
    server.reply_json(ANSWER)
    page = TaskInstanceApi(api_client).get_task_instances("etl", "run")
    states = [ti.state for ti in page.task_instances]
    assert states[0].value == "success"
    assert states[1] == "brand_new_state" and states[1].value == "brand_new_state"
    assert states[2] is None
