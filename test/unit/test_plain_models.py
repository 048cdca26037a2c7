"""Models are plain classes: reading answers imports no pydantic; building a model
(a request) checks what it is given, the common values in pure Python and the
rest by pydantic, imported then.

A one-shot process (a DAG task, a CI step, the command line) that only reads
answers pays for no validation library (``bench/``, workload 7).
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap

import pytest

from airflow_client.client.api.dag_run_api import DAGRunApi
from airflow_client.client.api.task_instance_api import TaskInstanceApi
from airflow_client.client.exceptions import ApiTypeError
from airflow_client.client.models import DAG, DAGRun, Tag

ANSWER = {
    "task_instances": [
        {"task_id": "a", "state": "success", "start_date": "2024-01-01T00:00:00+00:00", "duration": 3},
        {"task_id": "b", "state": "brand_new_state", "start_date": "not a date"},
        {"task_id": "c", "state": None},
    ],
    "total_entries": 3,
}


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_reading_answers_and_building_plain_models_import_no_pydantic() -> None:
    out = _run(
        """
        import sys
        from airflow_client.client.models import DAG, DAGRun, TaskInstanceCollection
        page = TaskInstanceCollection.from_dict(ANSWER)
        dag = DAG.from_json('{"dag_id": "d", "tags": [{"name": "t"}], "next_dagrun": "2024-01-01T00:00:00Z"}')
        assert page.task_instances[0].state.value == "success", page
        assert dag.tags[0].name == "t" and dag.next_dagrun.year == 2024, dag
        print("pydantic" in sys.modules, end=" ")
        DAG(is_paused=True)  # values taken as they are
        DAGRun(dag_run_id="r", conf={"a": [1]}, note="n")
        print("pydantic" in sys.modules, end=" ")
        try:
            DAG(is_paused="maybe")  # pydantic says what is wrong
        except TypeError as exc:
            assert "DAG.is_paused" in str(exc), exc
        print("pydantic" in sys.modules)
        """.replace("ANSWER", repr(ANSWER))
    )
    assert out == "False False True"


def test_an_unknown_enum_value_and_a_misfit_are_kept(server, api_client) -> None:
    server.reply_json(ANSWER)
    page = TaskInstanceApi(api_client).get_task_instances("etl", "run")
    first, second, third = page.task_instances
    assert first.state.value == "success"
    assert first.start_date == "2024-01-01T00:00:00+00:00"  # format: datetime, text as in the official client
    assert first.duration == 3.0 and type(first.duration) is float  # the spec's number
    assert second.state == "brand_new_state" and second.state.value == "brand_new_state"
    assert third.state is None


def test_date_times_are_read_and_a_misfit_is_kept(server, api_client) -> None:
    runs = [
        {"dag_run_id": "a", "start_date": "2024-01-01T00:00:00+00:00", "end_date": "2024-01-02T00:00:00Z"},
        {"dag_run_id": "b", "start_date": "not a date", "end_date": "2024-01-02T03:04:05"},
    ]
    server.reply_json({"dag_runs": runs, "total_entries": 2})
    first, second = DAGRunApi(api_client).get_dag_runs("etl").dag_runs
    assert first.start_date == dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
    assert first.end_date == dt.datetime(2024, 1, 2, tzinfo=dt.timezone.utc)
    assert second.start_date == "not a date"  # kept as received
    assert second.end_date == dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)  # no zone: Airflow's UTC


def test_a_built_model_holds_checked_values_and_plain_nested_models() -> None:
    tag = Tag(name="x")
    dag = DAG._from_openapi_data(dag_id="d", tags=[tag, {"name": "y"}])
    assert dag.tags[0] is tag and type(dag.tags[1]) is Tag and dag.tags[1].name == "y"
    run = DAGRun(dag_run_id="r", logical_date=dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc))
    assert run.to_dict() == {"dag_run_id": "r", "logical_date": dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)}
    with pytest.raises(ApiTypeError, match=r"DAGRun\.dag_run_id: .*got 5 \(int\)"):
        run.dag_run_id = 5
    assert run.dag_run_id == "r"


def _candidates() -> list:
    import enum

    from airflow_client.client.models import DagState, TaskState

    aware = dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)

    class Text(str):
        pass

    class Color(enum.Enum):
        RED = "red"

    return [
        "s", Text("t"), "", 0, 7, -1, True, False, 1.5, 2.0, aware, aware.date(), "2024-01-02T03:04:05+00:00",
        DagState.SUCCESS, TaskState.FAILED, Color.RED, "success", "queued", Tag(name="x"), {"name": "x"},
        [], ["a", "b"], [1, 2], ["a", 1], [Tag(name="x")], [{"name": "x"}], {}, {"a": 1, "b": [1]}, {1: "a"},
        ("a",), None, object(),
    ]  # fmt: skip


def test_a_value_taken_without_pydantic_is_what_pydantic_gives() -> None:
    """Building a model checks the common values (exact scalars, members, instances) in
    pure Python and leaves the rest to pydantic; for every field of every model and many
    values, what the quick check takes is exactly what pydantic gives back."""
    from airflow_client.client import models
    from airflow_client.client.core.base_model import ApiModel, _takes
    from airflow_client.client.core.validation import construct

    taken = 0
    for name in models.__all__:
        cls = getattr(models, name)
        if not (isinstance(cls, type) and issubclass(cls, ApiModel)):
            continue
        for field_name, field in cls.model_fields.items():
            for value in _candidates():
                if field.constraints or not _takes(field.annotation, value):
                    continue
                taken += 1
                got = construct(cls, {field_name: value})[field_name]
                assert type(got) is type(value) and got == value, (name, field_name, value, got)
                assert got is value or type(value) in (list, dict), (name, field_name, value)  # pydantic copies those
    assert taken > 500


def test_a_list_or_dict_given_is_the_one_the_model_holds() -> None:
    """As in the official client: filled in after the model was built, it is sent filled in."""
    from airflow_client.client.api_client import ApiClient
    from airflow_client.client.models import ClearTaskInstances

    conf: dict = {}
    ids = ["print_date"]
    run = DAGRun(dag_run_id="r", conf=conf)
    body = ClearTaskInstances(task_ids=ids, dry_run=True)
    conf["k"] = 1
    ids.append("sleep")
    assert run.conf is conf and body.task_ids is ids
    assert ApiClient.sanitize_for_serialization(run) == {"dag_run_id": "r", "conf": {"k": 1}}
    assert ApiClient.sanitize_for_serialization(body)["task_ids"] == ["print_date", "sleep"]


#: The official 2.10.0 ``DagState``'s class attributes (a ``ModelSimple``), as measured there.
OFFICIAL_DAG_STATE = {
    "allowed_values": {
        ("value",): {"QUEUED": "queued", "RUNNING": "running", "SUCCESS": "success", "FAILED": "failed"}
    },
    "openapi_types": {"value": (str,)},
    "attribute_map": {},
    "validations": {},
    "additional_properties_type": None,
    "discriminator": None,
    "_nullable": False,
    "read_only_vars": set(),
    "_composed_schemas": None,
    "required_properties": {
        "_data_store",
        "_check_type",
        "_spec_property_naming",
        "_path_to_item",
        "_configuration",
        "_visited_composed_classes",
    },
}


def test_one_value_models_have_the_official_class_attributes() -> None:
    """Code lists the states with ``DagState.allowed_values[("value",)]``; the differential
    scenario ``model.one_value_class_attributes`` holds every enum model and ``Color`` to
    the official client, this holds ``DagState`` where that client is not installed."""
    from airflow_client.client.models import Color, DagState, TaskState

    state = DagState("queued")
    for attr, value in OFFICIAL_DAG_STATE.items():
        for owner in (DagState, state):
            found = getattr(owner, attr)
            assert found == value and type(found) is type(value), (owner, attr, found)
    assert list(DagState.allowed_values[("value",)].values()) == ["queued", "running", "success", "failed"]
    # a nullable enum lists None first, by the name "None"
    assert TaskState._nullable is True and list(TaskState.allowed_values[("value",)].items())[:2] == [
        ("None", None),
        ("NULL", "null"),
    ]
    # the official generator wrote Color's pattern as '': nothing checks it there
    assert Color.validations == {("value",): {"regex": {"pattern": ""}}} and Color.allowed_values == {}
    assert Color.__pattern__ == "^#[a-fA-F0-9]{3,6}$"
    # what a value was built with, as the official models record it
    assert state._visited_composed_classes == (DagState,) and Color("#fff")._visited_composed_classes == (Color,)
    assert (state._data_store, state._check_type, state._spec_property_naming) == ({"value": "queued"}, True, False)
    assert (state._path_to_item, state._configuration) == ((), None)
    # dir() lists them, as the official one does, besides what enum lists
    assert set(OFFICIAL_DAG_STATE) | {"get", "to_str", "_from_openapi_data"} <= set(dir(DagState))
    assert set(OFFICIAL_DAG_STATE) | {"get", "to_str", "_data_store"} <= set(dir(state))
    assert {"QUEUED", "FAILED", "__members__"} <= set(dir(DagState)) and {"name", "value"} <= set(dir(state))
    assert not [n for n in dir(DagState) + dir(state) if n[:2] != "__" and n[:1] == n[-1:] == "_"]  # no enum internals


def test_one_value_class_attributes_are_made_when_first_read() -> None:
    """Importing the enum models computes none of their tables (cold import is benchmarked)."""
    out = _run(
        """
        from airflow_client.client.compat import models as base_model  # the official tables' home
        from airflow_client.client.models import DagState, WeightRule
        tables = [v for v in vars(base_model._SimpleModelAttributes).values() if isinstance(v, base_model._PerClass)]
        print(len(tables), sum(len(t.cache) for t in tables), end=" ")
        DagState.allowed_values
        print(sum(len(t.cache) for t in tables), DagState in base_model._SimpleModelAttributes.__dict__["allowed_values"].cache)
        """
    )
    assert out == "9 0 1 True"
