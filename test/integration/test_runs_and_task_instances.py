"""DAG runs, task instances (plain and mapped), logs, XComs and datasets against a real Airflow 2.10.5.

Real runs are few and module scoped (the scheduler runs one task at a time):
one run of a mapping DAG that really executes, and one dataset-triggered run.
Everything that changes state works on runs posted to DAGs that stay paused:
Airflow creates their task instances (state None, mapped ones expanded) but the
scheduler never runs them, so each test (twice: lenient and strict) makes and
changes its own run.
"""

from __future__ import annotations

import base64
import json
import random
import time
import uuid
import zlib
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple

import pytest

import airflow_client.client as client
from airflow_client.client.api.dag_api import DAGApi
from airflow_client.client.api.dag_run_api import DAGRunApi
from airflow_client.client.api.dataset_api import DatasetApi
from airflow_client.client.api.task_instance_api import TaskInstanceApi
from airflow_client.client.api.x_com_api import XComApi
from airflow_client.client.models import (
    DAG,
    ClearDagRun,
    ClearTaskInstances,
    CreateDatasetEvent,
    DAGRun,
    DAGRunCollection,
    DatasetEvent,
    ListDagRunsForm,
    ListTaskInstanceForm,
    SetDagRunNote,
    SetTaskInstanceNote,
    TaskInstance,
    TaskInstanceReference,
    UpdateDagRunState,
    UpdateTaskInstance,
    UpdateTaskInstancesState,
)
from test.integration._values import not_there, older, sv, when

#: really run once: add_one is mapped over [1, 2, 3] and returns value + 1, sum_it returns 9
MAPPED_DAG = "example_dynamic_task_mapping_with_no_taskflow_operators"
#: the same shape (add_one mapped over [1, 2, 3] >> sum_it), kept paused: runs posted here never execute
PAUSED_MAPPED_DAG = "example_dynamic_task_mapping"
#: kept paused; print_date >> [sleep, templated]
TUTORIAL = "tutorial"
#: kept paused; its only task is an ExternalTaskMarker, which has the extra link "External DAG"
MARKER_DAG = "example_external_task_marker_parent"
#: scheduled on two datasets nothing else produces or consumes; its task produces DATASET_OUT
DATASET_DAG = "dataset_consumes_unknown_never_scheduled"
DATASET_A = "s3://unrelated/dataset3.txt"
DATASET_B = "s3://unrelated/dataset_other_unknown.txt"
DATASET_OUT = "s3://unrelated_task/dataset_other_unknown.txt"
#: produced by dataset_consumes_1 and consumed by no DAG: events on it queue nothing
LONELY_DATASET = "s3://consuming_1_task/dataset_other.txt"
#: defined by example_datasets.py with extra={"hi": "bye"}
DAG1_DATASET = "s3://dag1/output_1.txt"


def _set_paused(api: client.ApiClient, dag_id: str, paused: bool) -> None:
    DAGApi(api).patch_dag(dag_id, DAG(is_paused=paused), update_mask=["is_paused"])


def _token_metadata(token: str) -> Dict[str, Any]:
    """The log reader's metadata inside a continuation token (itsdangerous
    URLSafeSerializer: ``[.]base64(json).signature``, a leading dot if zlib-compressed)."""
    payload = token.rsplit(".", 1)[0]
    compressed = payload.startswith(".")
    payload = payload.lstrip(".")
    raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
    return json.loads(zlib.decompress(raw) if compressed else raw)


def _ignore_not_found(call: Callable[..., Any], *args: Any) -> None:
    try:
        call(*args)
    except client.NotFoundException:
        pass


# -- module fixtures: the runs, made once per module ------------------------------------------


@pytest.fixture(scope="module")
def mapped_run(run_dag: Callable[..., DAGRun], plain_api: client.ApiClient) -> Iterator[DAGRun]:
    """A finished run of MAPPED_DAG (add_one[0..2] and sum_it all succeeded); at the end the
    run is deleted and the DAG paused again."""
    run = run_dag(MAPPED_DAG, conf={"from": "test_runs_and_task_instances"})
    assert sv(run.state) == "success", f"the run ended as {sv(run.state)!r}"
    yield run
    _ignore_not_found(DAGRunApi(plain_api).delete_dag_run, MAPPED_DAG, run.dag_run_id)
    _set_paused(plain_api, MAPPED_DAG, True)


@pytest.fixture(scope="module")
def new_paused_run(plain_api: client.ApiClient) -> Iterator[Callable[..., DAGRun]]:
    """``new_paused_run(dag_id, logical_date=None, conf=None)``: pause the DAG and
    post a run to it (state queued, task instances with state None); every run
    made is deleted at the end of the module."""
    made: List[Tuple[str, str]] = []

    def make(dag_id: str, logical_date: Optional[datetime] = None, conf: Optional[Dict[str, Any]] = None) -> DAGRun:
        _set_paused(plain_api, dag_id, True)
        run_id = f"it_{uuid.uuid4().hex[:10]}"
        body = DAGRun(dag_run_id=run_id, conf=conf or {})
        if logical_date is not None:
            body.logical_date = logical_date
        run = DAGRunApi(plain_api).post_dag_run(dag_id, body)
        made.append((dag_id, run_id))
        assert (run.dag_run_id, sv(run.state)) == (run_id, "queued")
        return run

    yield make
    for dag_id, run_id in made:
        _ignore_not_found(DAGRunApi(plain_api).delete_dag_run, dag_id, run_id)


@pytest.fixture(scope="module")
def tutorial_runs(plain_api: client.ApiClient, new_paused_run: Callable[..., DAGRun]) -> List[DAGRun]:
    """Three runs of the paused TUTORIAL DAG one day apart at a random date:
    the first success, the second failed, the third queued."""
    base = datetime(2024, 1, 1, tzinfo=timezone.utc) + timedelta(minutes=random.randrange(500_000))
    runs = [new_paused_run(TUTORIAL, logical_date=base + timedelta(days=i), conf={"i": i}) for i in range(3)]
    for run, state in zip(runs, ["success", "failed"]):
        DAGRunApi(plain_api).update_dag_run_state(TUTORIAL, run.dag_run_id, UpdateDagRunState(state=state))
    return runs


def _drop_dataset_queue(api: client.ApiClient) -> None:
    _ignore_not_found(DatasetApi(api).delete_dag_dataset_queued_events, DATASET_DAG)


#: Before Airflow 2.9 (no POST /datasets/events) the events on DATASET_A and DATASET_B come from a
#: task of a DAG of our own, written into the dags folder: ``producer_dag``.
PRODUCER_SOURCE = """\
\"\"\"Written by test_runs_and_task_instances.py (Airflow before 2.9); removed again by it.\"\"\"
import pendulum

from airflow import DAG
from airflow.datasets import Dataset
from airflow.operators.bash import BashOperator

with DAG(dag_id={dag_id!r}, schedule=None, start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), catchup=False):
    BashOperator(task_id="produce", bash_command="true", outlets=[Dataset({a!r}), Dataset({b!r})])
"""


@pytest.fixture(scope="module")
def producer_dag(plain_api: client.ApiClient, airflow_server: Dict[str, Any]) -> Iterator[str]:
    """The id of a DAG of our own whose task produces DATASET_A and DATASET_B, parsed."""
    dag_id = f"it_producer_{uuid.uuid4().hex[:8]}"
    path = Path(airflow_server["dags_folder"]) / f"{dag_id}.py"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(PRODUCER_SOURCE.format(dag_id=dag_id, a=DATASET_A, b=DATASET_B))
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                DAGApi(plain_api).get_dag(dag_id)
                break
            except client.NotFoundException:
                if time.monotonic() > deadline:
                    pytest.fail(f"{dag_id} not parsed after 120 s")
                time.sleep(1)
        yield dag_id
    finally:
        path.unlink(missing_ok=True)
        _set_paused(plain_api, dag_id, True)


@pytest.fixture(scope="module")
def dataset_triggered_run(
    plain_api: client.ApiClient, airflow_version: str, request: pytest.FixtureRequest
) -> Iterator[Tuple[DAGRun, str, Optional[Tuple[str, str]]]]:
    """A finished run of DATASET_DAG, triggered by the scheduler after an event
    on each of its two datasets (both with ``extra={"it": marker}``); before Airflow 2.9
    the events come from a run of ``producer_dag``, whose (dag_id, run_id) is the third item."""
    runs = DAGRunApi(plain_api)
    marker = uuid.uuid4().hex
    producer: Optional[Tuple[str, str]] = None
    before = {r.dag_run_id for r in runs.get_dag_runs(DATASET_DAG, limit=100).dag_runs}
    if not older(airflow_version, "2.9.0"):
        _drop_dataset_queue(plain_api)
    _set_paused(plain_api, DATASET_DAG, False)
    run = None
    try:
        if older(airflow_version, "2.9.0"):
            producer_id = request.getfixturevalue("producer_dag")
            produced = request.getfixturevalue("run_dag")(producer_id)
            assert sv(produced.state) == "success", produced
            producer = (producer_id, produced.dag_run_id)
        else:
            for uri in (DATASET_A, DATASET_B):
                DatasetApi(plain_api).create_dataset_event(CreateDatasetEvent(dataset_uri=uri, extra={"it": marker}))
        deadline = time.monotonic() + 180
        while run is None or sv(run.state) not in ("success", "failed"):
            if time.monotonic() > deadline:
                pytest.fail(f"{DATASET_DAG}: no finished dataset-triggered run after 180 s (last seen: {run})")
            time.sleep(1)
            new = [r for r in runs.get_dag_runs(DATASET_DAG, limit=100).dag_runs if r.dag_run_id not in before]
            run = new[0] if new else None
    finally:
        _set_paused(plain_api, DATASET_DAG, True)
    assert run.run_type == "dataset_triggered" and sv(run.state) == "success", run
    yield run, marker, producer
    _ignore_not_found(runs.delete_dag_run, DATASET_DAG, run.dag_run_id)


# -- DAG runs ---------------------------------------------------------------------------


def test_get_dag_runs_filters_order_and_pages(
    api: client.ApiClient, tutorial_runs: List[DAGRun], mapped_run: DAGRun
) -> None:
    runs = DAGRunApi(api)
    ids = [r.dag_run_id for r in tutorial_runs]
    first, last = tutorial_runs[0].execution_date, tutorial_runs[-1].execution_date
    window = {"execution_date_gte": first, "execution_date_lte": last}

    newest_first = runs.get_dag_runs(TUTORIAL, order_by="-execution_date", **window)
    assert [r.dag_run_id for r in newest_first.dag_runs] == ids[::-1] and newest_first.total_entries == 3
    assert [r.conf for r in newest_first.dag_runs] == [{"i": 2}, {"i": 1}, {"i": 0}]
    assert [sv(r.state) for r in newest_first.dag_runs] == ["queued", "failed", "success"]
    assert all(r.dag_id == TUTORIAL and r.run_type == "manual" and r.external_trigger for r in newest_first.dag_runs)

    page = runs.get_dag_runs(TUTORIAL, order_by="execution_date", limit=1, offset=1, **window)
    assert [r.dag_run_id for r in page.dag_runs] == [ids[1]] and page.total_entries == 3

    finished = runs.get_dag_runs(TUTORIAL, state=["success", "failed"], order_by="execution_date", **window)
    assert [(r.dag_run_id, sv(r.state)) for r in finished.dag_runs] == [(ids[0], "success"), (ids[1], "failed")]
    later = runs.get_dag_runs(TUTORIAL, execution_date_gte=last + timedelta(seconds=1), execution_date_lte=last)
    assert (later.dag_runs, later.total_entries) == ([], 0)

    done = runs.get_dag_runs(MAPPED_DAG, state=["success"], end_date_gte=mapped_run.start_date, limit=100)
    mine = {r.dag_run_id: r for r in done.dag_runs}[mapped_run.dag_run_id]
    assert mine.conf == {"from": "test_runs_and_task_instances"} and mine.end_date >= mine.start_date

    # dag_id "~" lists the runs of every DAG
    everywhere = runs.get_dag_runs("~", order_by="-execution_date", **window)
    assert ids[::-1] == [r.dag_run_id for r in everywhere.dag_runs if r.dag_id == TUTORIAL]


def test_get_dag_runs_batch(api: client.ApiClient, tutorial_runs: List[DAGRun], mapped_run: DAGRun) -> None:
    runs = DAGRunApi(api)
    ids = [r.dag_run_id for r in tutorial_runs]
    form = ListDagRunsForm(
        dag_ids=[TUTORIAL],
        states=["success", "failed"],
        execution_date_gte=tutorial_runs[0].execution_date,
        execution_date_lte=tutorial_runs[-1].execution_date,
        order_by="-execution_date",
    )
    both = runs.get_dag_runs_batch(form)
    assert isinstance(both, DAGRunCollection) and both.total_entries == 2
    assert [(r.dag_run_id, sv(r.state)) for r in both.dag_runs] == [(ids[1], "failed"), (ids[0], "success")]
    form.page_offset, form.page_limit = 1, 1
    assert [r.dag_run_id for r in runs.get_dag_runs_batch(form).dag_runs] == [ids[0]]

    several = runs.get_dag_runs_batch(
        ListDagRunsForm(dag_ids=[MAPPED_DAG, TUTORIAL], states=["success"], page_limit=100)
    )
    found = {(r.dag_id, r.dag_run_id) for r in several.dag_runs}
    assert {(MAPPED_DAG, mapped_run.dag_run_id), (TUTORIAL, ids[0])} <= found
    assert {sv(r.state) for r in several.dag_runs} == {"success"}


def test_dag_run_state_note_clear_and_delete(api: client.ApiClient, new_paused_run: Callable[..., DAGRun]) -> None:
    runs = DAGRunApi(api)
    run_id = new_paused_run(TUTORIAL).dag_run_id

    failed = runs.update_dag_run_state(TUTORIAL, run_id, UpdateDagRunState(state="failed"))
    assert (failed.dag_run_id, sv(failed.state)) == (run_id, "failed") and failed.end_date is not None
    queued = runs.update_dag_run_state(TUTORIAL, run_id, UpdateDagRunState(state="queued"))
    assert sv(queued.state) == "queued"
    success = runs.update_dag_run_state(TUTORIAL, run_id, UpdateDagRunState(state="success"))
    assert sv(success.state) == "success" and sv(runs.get_dag_run(TUTORIAL, run_id).state) == "success"
    tis = TaskInstanceApi(api).get_task_instances(TUTORIAL, run_id).task_instances
    assert {(ti.task_id, sv(ti.state)) for ti in tis} == {
        ("print_date", "success"),
        ("sleep", "success"),
        ("templated", "success"),
    }

    note = f"checked by the tests ✓ {uuid.uuid4().hex[:6]}"
    noted = runs.set_dag_run_note(TUTORIAL, run_id, SetDagRunNote(note=note))
    assert (noted.dag_run_id, noted.note, sv(noted.state)) == (run_id, note, "success")
    assert runs.get_dag_run(TUTORIAL, run_id).note == note

    # A plain dict (the JSON as sent), as the official client answers clear_dag_run.
    preview = runs.clear_dag_run(TUTORIAL, run_id, ClearDagRun(dry_run=True))
    assert type(preview) is dict and list(preview) == ["task_instances"]
    assert sorted(ti["task_id"] for ti in preview["task_instances"]) == ["print_date", "sleep", "templated"]
    # Airflow dumps the dry run with its TaskInstanceReference schema (dag_id, dag_run_id,
    # execution_date, task_id), not as the full TaskInstance its spec announces.
    assert {(ti["dag_id"], ti["dag_run_id"], when(ti["execution_date"])) for ti in preview["task_instances"]} == {
        (TUTORIAL, run_id, success.execution_date)
    }
    assert {ti.get("state") for ti in preview["task_instances"]} == {None}  # not sent: the preview has no state
    assert sv(runs.get_dag_run(TUTORIAL, run_id).state) == "success"

    cleared = runs.clear_dag_run(TUTORIAL, run_id, ClearDagRun(dry_run=False))
    assert type(cleared) is dict and (cleared["dag_run_id"], cleared["state"]) == (run_id, "queued")
    assert cleared["note"] == note and isinstance(cleared["execution_date"], str)
    tis = TaskInstanceApi(api).get_task_instances(TUTORIAL, run_id).task_instances
    assert len(tis) == 3 and {sv(ti.state) for ti in tis} == {None}

    assert runs.delete_dag_run(TUTORIAL, run_id) is None
    with pytest.raises(client.NotFoundException):
        runs.get_dag_run(TUTORIAL, run_id)


def test_upstream_dataset_events_of_a_dataset_triggered_run(
    api: client.ApiClient,
    dataset_triggered_run: Tuple[DAGRun, str, Optional[Tuple[str, str]]],
    mapped_run: DAGRun,
) -> None:
    run, marker, producer = dataset_triggered_run
    for events in (
        DAGRunApi(api).get_upstream_dataset_events(DATASET_DAG, run.dag_run_id),
        DatasetApi(api).get_upstream_dataset_events(DATASET_DAG, run.dag_run_id),
    ):
        assert events.total_entries == len(events.dataset_events) >= 2
        if producer is None:
            ours = {e.dataset_uri: e for e in events.dataset_events if (e.extra or {}).get("it") == marker}
        else:  # before 2.9: made by a task of producer_dag
            ours = {e.dataset_uri: e for e in events.dataset_events if (e.source_dag_id, e.source_run_id) == producer}
        assert set(ours) == {DATASET_A, DATASET_B}
        for event in ours.values():
            if producer is None:
                assert event.extra == {"it": marker, "from_rest_api": True}
                assert event.source_dag_id is None and event.source_run_id is None
            else:
                assert event.source_task_id == "produce" and not event.extra
            # Airflow 2.10.5 names the run id "dag_run_id" here, its spec (BasicDAGRun) "run_id":
            # the client fills run_id from it (quirks.py) and keeps the server's name too.
            [created] = event.created_dagruns
            assert created.run_id == run.dag_run_id
            assert created.get("dag_run_id", run.dag_run_id) == run.dag_run_id
            assert (created.dag_id, sv(created.state), created.logical_date) == (
                DATASET_DAG,
                "success",
                run.logical_date,
            )
    # a manual run consumed no dataset event
    plain = DAGRunApi(api).get_upstream_dataset_events(MAPPED_DAG, mapped_run.dag_run_id)
    assert (plain.dataset_events, plain.total_entries) == ([], 0)


# -- task instances -----------------------------------------------------------------------


def test_task_instances_batch(api: client.ApiClient, mapped_run: DAGRun, airflow_version: str) -> None:
    tis = TaskInstanceApi(api)

    def of_the_run(**filters: Any) -> ListTaskInstanceForm:
        if older(airflow_version, "2.7.1"):  # no dag_run_ids nor task_ids yet ("Unknown field", 400)
            when = mapped_run.execution_date
            return ListTaskInstanceForm(
                dag_ids=[MAPPED_DAG], execution_date_gte=when, execution_date_lte=when, **filters
            )
        return ListTaskInstanceForm(dag_ids=[MAPPED_DAG], dag_run_ids=[mapped_run.dag_run_id], **filters)

    every = tis.get_task_instances_batch(of_the_run(state=["success"]))
    got = sorted((ti.task_id, ti.map_index, sv(ti.state), ti.operator) for ti in every.task_instances)
    assert got == [
        ("add_one", 0, "success", "AddOneOperator"),
        ("add_one", 1, "success", "AddOneOperator"),
        ("add_one", 2, "success", "AddOneOperator"),
        ("sum_it", -1, "success", "SumItOperator"),
    ]
    assert every.total_entries == 4
    if older(airflow_version, "2.7.1"):
        only = [ti for ti in tis.get_task_instances_batch(of_the_run()).task_instances if ti.task_id == "sum_it"]
    else:
        only = tis.get_task_instances_batch(of_the_run(task_ids=["sum_it"])).task_instances
    assert [(ti.task_id, ti.dag_run_id, ti.try_number) for ti in only] == [("sum_it", mapped_run.dag_run_id, 1)]
    none = tis.get_task_instances_batch(of_the_run(state=["failed"]))
    assert (none.task_instances, none.total_entries) == ([], 0)


def test_task_instance_tries_and_try_details(api: client.ApiClient, mapped_run: DAGRun, airflow_version: str) -> None:
    tis = TaskInstanceApi(api)
    run_id = mapped_run.dag_run_id
    tries_of = (MAPPED_DAG, run_id, "sum_it")
    if not_there(airflow_version, "2.10.0", "get_task_instance_tries", lambda: tis.get_task_instance_tries(*tries_of)):
        assert not_there(
            airflow_version,
            "2.10.0",
            "get_task_instance_try_details",
            lambda: tis.get_task_instance_try_details(*tries_of, 1),
        )
        return
    tries = tis.get_task_instance_tries(MAPPED_DAG, run_id, "sum_it")
    assert tries.total_entries == 1
    # Airflow 2.10.5 answers {"task_instances": [...]}, its spec says "task_instances_history":
    # the client parses the list into the spec's field (quirks.py) and keeps the raw one too.
    [only] = tries.task_instances_history
    assert (only.task_id, only.try_number, sv(only.state), only.map_index) == ("sum_it", 1, "success", -1)
    assert when(only.start_date).tzinfo is not None
    assert tries["task_instances"][0]["task_id"] == "sum_it"

    detail = tis.get_task_instance_try_details(MAPPED_DAG, run_id, "sum_it", 1)
    assert (detail.dag_id, detail.dag_run_id, detail.task_id) == (MAPPED_DAG, run_id, "sum_it")
    assert (detail.try_number, sv(detail.state), detail.map_index, detail.operator) == (
        1,
        "success",
        -1,
        "SumItOperator",
    )
    assert when(detail.end_date) >= when(detail.start_date) and when(detail.start_date).tzinfo is not None
    with pytest.raises(client.NotFoundException):
        tis.get_task_instance_try_details(MAPPED_DAG, run_id, "sum_it", 2)


def test_task_instance_log_with_continuation_token(api: client.ApiClient, mapped_run: DAGRun) -> None:
    tis = TaskInstanceApi(api)
    run_id = mapped_run.dag_run_id
    first = tis.get_log(MAPPED_DAG, run_id, "sum_it", 1, full_content=False)
    assert "Total was 9" in first.content and run_id in first.content
    meta = _token_metadata(first.continuation_token)
    assert meta["end_of_log"] is True and meta["log_pos"] > 0

    # the token carries the position: nothing comes after the end of a finished task's log
    rest = tis.get_log(MAPPED_DAG, run_id, "sum_it", 1, token=first.continuation_token)
    assert "Total was 9" not in rest.content
    assert _token_metadata(rest.continuation_token)["log_pos"] == meta["log_pos"]

    mapped = tis.get_log(MAPPED_DAG, run_id, "add_one", 1, map_index=1, full_content=True)
    assert "task_id=add_one" in mapped.content and "map_index=1" in mapped.content
    assert _token_metadata(mapped.continuation_token)["end_of_log"] is True


def test_extra_links(
    api: client.ApiClient, new_paused_run: Callable[..., DAGRun], mapped_run: DAGRun, airflow_version: str
) -> None:
    tis = TaskInstanceApi(api)
    run = new_paused_run(MARKER_DAG)
    links = tis.get_extra_links(MARKER_DAG, run.dag_run_id, "parent_task")
    # Airflow 2.10.5 answers {link name: url}, its spec says {"extra_links": [ExtraLink]}:
    # the client builds the spec's list from the map (quirks.py) and keeps the map's keys.
    [link] = links.extra_links
    assert link.name == "External DAG" and link.href == links["External DAG"]
    assert link.href.startswith("/dags/example_external_task_marker_child/grid?execution_date=")
    # the link's execution_date: its colons percent-encoded up to 2.11.0, written as they are by 2.11.2
    raw_colons = tuple(int(part) for part in airflow_version.split(".")[:3]) >= (2, 11, 2)
    assert run.execution_date.strftime("%Y-%m-%dT%H:%M:%S" if raw_colons else "%Y-%m-%dT%H%%3A%M%%3A%S") in link.href
    assert tis.get_extra_links(MAPPED_DAG, mapped_run.dag_run_id, "sum_it").to_dict() == {"extra_links": []}


def test_patch_task_instance_note_and_dependencies(
    api: client.ApiClient, new_paused_run: Callable[..., DAGRun], airflow_version: str
) -> None:
    tis = TaskInstanceApi(api)
    run_id = new_paused_run(TUTORIAL).dag_run_id

    def dependencies() -> Any:
        return tis.get_task_instance_dependencies(TUTORIAL, run_id, "sleep").dependencies

    no_deps = not_there(airflow_version, "2.10.0", "get_task_instance_dependencies", dependencies)
    if not no_deps:
        deps = {d.name: d.reason for d in dependencies()}
        assert {"Dag Not Paused", "Dagrun Running", "Task Instance State", "Trigger Rule"} <= set(deps)
        assert f"'{TUTORIAL}' is paused" in deps["Dag Not Paused"] and "'queued'" in deps["Dagrun Running"]

    preview = tis.patch_task_instance(
        TUTORIAL, run_id, "print_date", UpdateTaskInstance(dry_run=True, new_state="success")
    )
    assert isinstance(preview, TaskInstanceReference)
    assert (preview.dag_id, preview.dag_run_id, preview.task_id) == (TUTORIAL, run_id, "print_date")
    assert sv(tis.get_task_instance(TUTORIAL, run_id, "print_date").state) is None

    done = tis.patch_task_instance(
        TUTORIAL, run_id, "print_date", UpdateTaskInstance(dry_run=False, new_state="success")
    )
    # Airflow 2.10.5 dumps the list set_task_instance_state returns with the single-reference
    # schema, so a real (not dry) PATCH answers 200 with an empty object.
    assert isinstance(done, TaskInstanceReference) and done.to_dict() == {}
    assert sv(tis.get_task_instance(TUTORIAL, run_id, "print_date").state) == "success"
    if not no_deps:
        # with print_date done, the trigger rule of sleep no longer blocks it
        deps = {d.name for d in dependencies()}
        assert "Trigger Rule" not in deps and "Dag Not Paused" in deps

    note = f"ti note {uuid.uuid4().hex[:6]}"
    noted = tis.set_task_instance_note(TUTORIAL, run_id, "print_date", SetTaskInstanceNote(note=note))
    assert isinstance(noted, TaskInstance)
    assert (noted.task_id, noted.note, sv(noted.state), noted.map_index) == ("print_date", note, "success", -1)
    assert tis.get_task_instance(TUTORIAL, run_id, "print_date").note == note


def test_set_and_clear_task_instances_of_a_dag(
    api: client.ApiClient, new_paused_run: Callable[..., DAGRun], airflow_version: str
) -> None:
    dags, tis = DAGApi(api), TaskInstanceApi(api)
    run_id = new_paused_run(TUTORIAL).dag_run_id

    def states() -> Dict[str, Any]:
        return {ti.task_id: sv(ti.state) for ti in tis.get_task_instances(TUTORIAL, run_id).task_instances}

    set_success = UpdateTaskInstancesState(
        dag_run_id=run_id,
        task_id="print_date",
        include_upstream=False,
        include_downstream=True,
        include_future=False,
        include_past=False,
        new_state="success",
        dry_run=True,
    )
    preview = dags.post_set_task_instances_state(TUTORIAL, set_success)
    assert sorted(r.task_id for r in preview.task_instances) == ["print_date", "sleep", "templated"]
    assert {(r.dag_id, r.dag_run_id) for r in preview.task_instances} == {(TUTORIAL, run_id)}
    assert states() == {"print_date": None, "sleep": None, "templated": None}

    set_success.dry_run = False
    changed = dags.post_set_task_instances_state(TUTORIAL, set_success)
    assert sorted(r.task_id for r in changed.task_instances) == ["print_date", "sleep", "templated"]
    assert states() == {"print_date": "success", "sleep": "success", "templated": "success"}

    # (marking downstream tasks "failed" would not stick: Airflow clears failed downstream
    # tasks right after setting a state, so only a leaf is marked failed here)
    # the four include_* flags are optional in the spec, but Airflow answers 400 without them
    flags = {"include_upstream": False, "include_downstream": False, "include_future": False, "include_past": False}
    set_failed = UpdateTaskInstancesState(
        dag_run_id=run_id, task_id="sleep", new_state="failed", dry_run=False, **flags
    )
    assert [r.task_id for r in dags.post_set_task_instances_state(TUTORIAL, set_failed).task_instances] == ["sleep"]
    assert states() == {"print_date": "success", "sleep": "failed", "templated": "success"}

    clear = ClearTaskInstances(
        dry_run=True,
        dag_run_id=run_id,
        task_ids=["sleep", "templated"],
        only_failed=True,
        include_upstream=False,
        include_downstream=False,
        reset_dag_runs=False,
    )
    to_clear = dags.post_clear_task_instances(TUTORIAL, clear)
    assert [(r.task_id, r.dag_run_id) for r in to_clear.task_instances] == [("sleep", run_id)]
    assert states()["sleep"] == "failed"

    clear.dry_run = False
    cleared = dags.post_clear_task_instances(TUTORIAL, clear)
    # Airflow before 2.7 answers a real clear with no task instances (it cleared them all the same)
    assert [r.task_id for r in cleared.task_instances] == ([] if older(airflow_version, "2.7.0") else ["sleep"])
    assert states() == {"print_date": "success", "sleep": None, "templated": "success"}


# -- mapped task instances --------------------------------------------------------------------


def test_mapped_task_instances_of_a_finished_run(
    api: client.ApiClient, mapped_run: DAGRun, airflow_version: str
) -> None:
    tis = TaskInstanceApi(api)
    run_id = mapped_run.dag_run_id
    listed = tis.get_mapped_task_instances(MAPPED_DAG, run_id, "add_one", order_by="-map_index")
    assert [(ti.map_index, sv(ti.state)) for ti in listed.task_instances] == [
        (2, "success"),
        (1, "success"),
        (0, "success"),
    ]
    assert listed.total_entries == 3
    # the default order is map_index ascending; Airflow accepts "-map_index" but rejects "map_index" (400)
    page = tis.get_mapped_task_instances(MAPPED_DAG, run_id, "add_one", limit=1, offset=1)
    assert [ti.map_index for ti in page.task_instances] == [1] and page.total_entries == 3

    one = tis.get_mapped_task_instance(MAPPED_DAG, run_id, "add_one", 2)
    assert (one.task_id, one.map_index, sv(one.state), one.try_number, one.operator) == (
        "add_one",
        2,
        "success",
        1,
        "AddOneOperator",
    )
    mapped = (MAPPED_DAG, run_id, "add_one", 2)
    # the dependencies and the tries of a task instance came with 2.10
    if not not_there(
        airflow_version,
        "2.10.0",
        "get_mapped_task_instance_dependencies",
        lambda: tis.get_mapped_task_instance_dependencies(*mapped),
    ):
        assert tis.get_mapped_task_instance_dependencies(*mapped).dependencies == []
    if not_there(
        airflow_version, "2.10.0", "get_mapped_task_instance_tries", lambda: tis.get_mapped_task_instance_tries(*mapped)
    ):
        assert not_there(
            airflow_version,
            "2.10.0",
            "get_mapped_task_instance_try_details",
            lambda: tis.get_mapped_task_instance_try_details(*mapped, 1),
        )
        return
    tries = tis.get_mapped_task_instance_tries(MAPPED_DAG, run_id, "add_one", 2)
    assert tries.total_entries == 1  # the list comes as "task_instances": see the tries test above
    assert [(t.map_index, t.try_number, sv(t.state)) for t in tries.task_instances_history] == [(2, 1, "success")]
    detail = tis.get_mapped_task_instance_try_details(MAPPED_DAG, run_id, "add_one", 2, 1)
    assert (detail.task_id, detail.map_index, detail.try_number, sv(detail.state)) == ("add_one", 2, 1, "success")
    assert detail.pid == one.pid and detail.hostname == one.hostname


def test_xcom_entries_of_mapped_and_plain_tasks(
    api: client.ApiClient, mapped_run: DAGRun, airflow_version: str
) -> None:
    xcoms = XComApi(api)
    run_id = mapped_run.dag_run_id
    total = xcoms.get_xcom_entry(MAPPED_DAG, run_id, "sum_it", "return_value")
    assert (total.key, total.task_id, total.dag_id) == ("return_value", "sum_it", MAPPED_DAG)
    assert total.value == "9"  # stringify defaults to true
    if older(airflow_version, "2.7.0"):
        # Airflow 2.6 sends no map_index (absent: get() gives None) and takes no map_index parameter (400)
        assert total.get("map_index") is None and "map_index" not in total
        with pytest.raises(client.ApiException) as info:
            xcoms.get_xcom_entry(MAPPED_DAG, run_id, "add_one", "return_value", map_index=0)
        assert info.value.status == 400 and "map_index" in str(info.value)
        entries = xcoms.get_xcom_entries(MAPPED_DAG, run_id, "add_one")
        assert entries.total_entries == len(entries.xcom_entries) == 3
        assert {(e.task_id, e.key) for e in entries.xcom_entries} == {("add_one", "return_value")}
        return
    assert total.map_index == -1
    if older(airflow_version, "2.10.0"):
        # the parameter stringify came with 2.10: an older server refuses it (400), naming it
        with pytest.raises(client.ApiException) as info:
            xcoms.get_xcom_entry(MAPPED_DAG, run_id, "sum_it", "return_value", stringify=False)
        assert info.value.status == 400 and "stringify" in str(info.value)
        for map_index, value in enumerate([2, 3, 4]):
            entry = xcoms.get_xcom_entry(MAPPED_DAG, run_id, "add_one", "return_value", map_index=map_index)
            assert (entry.map_index, entry.value) == (map_index, str(value))
        with pytest.raises(client.NotFoundException):
            xcoms.get_xcom_entry(MAPPED_DAG, run_id, "add_one", "return_value")  # map_index -1 does not exist
        return
    assert xcoms.get_xcom_entry(MAPPED_DAG, run_id, "sum_it", "return_value", stringify=False).value == 9
    for map_index, value in enumerate([2, 3, 4]):
        entry = xcoms.get_xcom_entry(
            MAPPED_DAG, run_id, "add_one", "return_value", map_index=map_index, stringify=False
        )
        assert (entry.map_index, entry.value) == (map_index, value)
    with pytest.raises(client.NotFoundException):
        xcoms.get_xcom_entry(MAPPED_DAG, run_id, "add_one", "return_value")  # map_index -1 does not exist


def test_patch_and_note_of_a_mapped_task_instance(
    api: client.ApiClient, new_paused_run: Callable[..., DAGRun], airflow_version: str
) -> None:
    tis = TaskInstanceApi(api)
    run_id = new_paused_run(PAUSED_MAPPED_DAG).dag_run_id
    listed = tis.get_mapped_task_instances(PAUSED_MAPPED_DAG, run_id, "add_one")
    assert [(ti.map_index, sv(ti.state)) for ti in listed.task_instances] == [(0, None), (1, None), (2, None)]
    one = (PAUSED_MAPPED_DAG, run_id, "add_one", 1)
    if not not_there(
        airflow_version,
        "2.10.0",
        "get_mapped_task_instance_dependencies",
        lambda: tis.get_mapped_task_instance_dependencies(*one),
    ):
        deps = {d.name for d in tis.get_mapped_task_instance_dependencies(*one).dependencies}
        assert {"Dag Not Paused", "Dagrun Running", "Task Instance State"} <= deps

    new_state = "failed" if older(airflow_version, "2.9.0") else "skipped"  # 2.6: success or failed only
    if not older(airflow_version, "2.7.0") and older(airflow_version, "2.9.0"):
        # 2.7 and 2.8 take "skipped" by their spec for a mapped task instance, then fail on it:
        # 500, "'skipped' is not a valid DagRunState" (a server bug)
        # (a dry run answers as it should: the real one fails, and changes nothing)
        skipped = UpdateTaskInstance(dry_run=False, new_state="skipped")
        with pytest.raises(client.ServiceException) as info:
            tis.patch_mapped_task_instance(PAUSED_MAPPED_DAG, run_id, "add_one", 1, update_task_instance=skipped)
        assert info.value.status == 500
        assert sv(tis.get_mapped_task_instance(PAUSED_MAPPED_DAG, run_id, "add_one", 1).state) is None
    skip = UpdateTaskInstance(dry_run=True, new_state=new_state)
    preview = tis.patch_mapped_task_instance(PAUSED_MAPPED_DAG, run_id, "add_one", 1, update_task_instance=skip)
    assert isinstance(preview, TaskInstanceReference)
    assert (preview.task_id, preview.dag_run_id) == ("add_one", run_id)
    assert sv(tis.get_mapped_task_instance(PAUSED_MAPPED_DAG, run_id, "add_one", 1).state) is None

    skip.dry_run = False
    done = tis.patch_mapped_task_instance(PAUSED_MAPPED_DAG, run_id, "add_one", 1, update_task_instance=skip)
    assert isinstance(done, TaskInstanceReference) and done.to_dict() == {}  # as in the unmapped test
    states = [sv(ti.state) for ti in tis.get_mapped_task_instances(PAUSED_MAPPED_DAG, run_id, "add_one").task_instances]
    assert states == [None, new_state, None]

    note = f"mapped note {uuid.uuid4().hex[:6]}"
    noted = tis.set_mapped_task_instance_note(PAUSED_MAPPED_DAG, run_id, "add_one", 1, SetTaskInstanceNote(note=note))
    assert (noted.task_id, noted.map_index, noted.note, sv(noted.state)) == ("add_one", 1, note, new_state)
    assert tis.get_mapped_task_instance(PAUSED_MAPPED_DAG, run_id, "add_one", 1).note == note
    assert tis.get_mapped_task_instance(PAUSED_MAPPED_DAG, run_id, "add_one", 0).note is None


# -- datasets ----------------------------------------------------------------------------------


def test_datasets_list_and_get_by_uri(api: client.ApiClient, airflow_version: str) -> None:
    datasets = DatasetApi(api)
    unrelated = datasets.get_datasets(uri_pattern="s3://unrelated/", order_by="uri")
    uris = [d.uri for d in unrelated.datasets]
    # the examples of 2.6 to 2.8 do not define the third one
    assert uris[:2] == [DATASET_A, DATASET_B] and uris[2:] in ([], ["s3://unrelated/this-dataset-doesnt-get-triggered"])
    # Airflow (2.6.3 to 2.10.5) counts every dataset in total_entries, whatever uri_pattern/dag_ids filter
    everything = datasets.get_datasets(limit=1)
    assert len(everything.datasets) == 1 and everything.total_entries >= 8  # example_datasets.py: 8 in 2.6, 13 in 2.10
    assert unrelated.total_entries == everything.total_entries
    page = datasets.get_datasets(uri_pattern="s3://unrelated/", order_by="uri", limit=1, offset=1)
    assert [d.uri for d in page.datasets] == [DATASET_B]
    if older(airflow_version, "2.9.0"):  # dag_ids came with 2.9: an older server refuses it (400)
        with pytest.raises(client.ApiException) as info:
            datasets.get_datasets(dag_ids=DATASET_DAG, limit=100)
        assert info.value.status == 400 and "dag_ids" in str(info.value)
    else:
        by_dag = datasets.get_datasets(dag_ids=DATASET_DAG, limit=100)
        assert {d.uri for d in by_dag.datasets} == {DATASET_A, DATASET_B, DATASET_OUT}

    dataset = datasets.get_dataset(DAG1_DATASET)
    assert dataset.uri == DAG1_DATASET and dataset.extra == {"hi": "bye"}
    assert {"dataset_consumes_1", "dataset_consumes_1_and_2"} <= {d.dag_id for d in dataset.consuming_dags}
    assert ("dataset_produces_1", "producing_task_1") in [(t.dag_id, t.task_id) for t in dataset.producing_tasks]
    assert datasets.get_dataset(DATASET_A).consuming_dags[0].dag_id == DATASET_DAG
    with pytest.raises(client.NotFoundException):
        datasets.get_dataset("s3://no/such:dataset.txt")


def test_create_and_list_dataset_events(api: client.ApiClient, airflow_version: str) -> None:
    datasets = DatasetApi(api)
    dataset = datasets.get_dataset(LONELY_DATASET)
    marker = uuid.uuid4().hex
    extra = {"it": marker, "nested": {"list": [1, 2.5, None, "ü"]}}
    body = CreateDatasetEvent(dataset_uri=LONELY_DATASET, extra=extra)
    # POST /datasets/events came with 2.9 (the spec does not say so; before it GET only: 405)
    if not_there(airflow_version, "2.9.0", "create_dataset_event", lambda: datasets.create_dataset_event(body)):
        listed = datasets.get_dataset_events(dataset_id=dataset.id, limit=1)
        assert listed.total_entries == len(listed.dataset_events) == 0  # nothing produces it here
        return
    event = datasets.create_dataset_event(CreateDatasetEvent(dataset_uri=LONELY_DATASET, extra=extra))
    assert isinstance(event, DatasetEvent)
    assert (event.dataset_id, event.dataset_uri) == (dataset.id, LONELY_DATASET)
    assert event.extra == {**extra, "from_rest_api": True}
    assert (event.source_dag_id, event.source_task_id, event.source_run_id) == (None, None, None)
    assert event.created_dagruns == [] and event.timestamp

    newest = datasets.get_dataset_events(dataset_id=dataset.id, order_by="-timestamp", limit=1)
    assert newest.total_entries >= 1 and [e.extra for e in newest.dataset_events] == [event.extra]
    assert newest.dataset_events[0].timestamp == event.timestamp


def test_dataset_events_produced_by_a_task(
    api: client.ApiClient, dataset_triggered_run: Tuple[DAGRun, str, Optional[Tuple[str, str]]]
) -> None:
    run, _, _ = dataset_triggered_run
    produced = DatasetApi(api).get_dataset_events(source_dag_id=DATASET_DAG, source_run_id=run.dag_run_id)
    assert produced.total_entries == 1
    [event] = produced.dataset_events
    assert event.dataset_uri == DATASET_OUT
    assert (event.source_dag_id, event.source_task_id, event.source_run_id, event.source_map_index) == (
        DATASET_DAG,
        "unrelated_task",
        run.dag_run_id,
        -1,
    )
    same = DatasetApi(api).get_dataset_events(
        dataset_id=event.dataset_id, source_task_id="unrelated_task", source_map_index=-1, limit=100
    )
    assert event.timestamp in [e.timestamp for e in same.dataset_events]


def test_dataset_queued_events(api: client.ApiClient, plain_api: client.ApiClient, airflow_version: str) -> None:
    """DATASET_DAG waits for both DATASET_A and DATASET_B: an event on A alone
    queues it.  Airflow queues only for DAGs that are not paused, so the DAG is
    unpaused for the duration of the test.  The queued events came with Airflow 2.9."""
    datasets = DatasetApi(api)
    marker = uuid.uuid4().hex
    if older(airflow_version, "2.9.0"):
        for operation, args in [
            ("get_dag_dataset_queued_events", (DATASET_DAG,)),
            ("get_dag_dataset_queued_event", (DATASET_DAG, DATASET_A)),
            ("get_dataset_queued_events", (DATASET_A,)),
            ("delete_dag_dataset_queued_event", (DATASET_DAG, DATASET_A)),
            ("delete_dataset_queued_events", (DATASET_A,)),
            ("delete_dag_dataset_queued_events", (DATASET_DAG,)),
        ]:
            method = getattr(datasets, operation)
            assert not_there(airflow_version, "2.9.0", operation, lambda m=method, a=args: m(*a))
        return

    def queue_one() -> datetime:
        event = datasets.create_dataset_event(CreateDatasetEvent(dataset_uri=DATASET_A, extra={"it": marker}))
        assert event.extra == {"it": marker, "from_rest_api": True}
        return datetime.now(timezone.utc)

    def uris(collection: Any) -> List[Tuple[str, str]]:
        # Airflow 2.10.5 answers {"queued_events": [...]}, its spec says "datasets": the client
        # parses the list into the spec's field (quirks.py) and keeps the raw one too.
        assert len(collection.datasets) == len(collection["queued_events"])
        return [(q.dag_id, q.uri) for q in collection.datasets]

    _drop_dataset_queue(plain_api)
    _set_paused(plain_api, DATASET_DAG, False)
    try:
        after = queue_one()
        queued = datasets.get_dag_dataset_queued_events(DATASET_DAG)
        assert queued.total_entries == 1 and uris(queued) == [(DATASET_DAG, DATASET_A)]
        one = datasets.get_dag_dataset_queued_event(DATASET_DAG, DATASET_A)
        assert (one.dag_id, one.uri) == (DATASET_DAG, DATASET_A)
        assert abs(one.created_at - after) < timedelta(minutes=1)
        assert uris(datasets.get_dag_dataset_queued_events(DATASET_DAG, before=after + timedelta(minutes=1))) == [
            (DATASET_DAG, DATASET_A)
        ]
        with pytest.raises(client.NotFoundException):
            datasets.get_dag_dataset_queued_events(DATASET_DAG, before=one.created_at - timedelta(minutes=1))
        with pytest.raises(client.NotFoundException):
            datasets.get_dag_dataset_queued_event(DATASET_DAG, DATASET_B)
        by_dataset = datasets.get_dataset_queued_events(DATASET_A)
        assert by_dataset.total_entries == 1 and uris(by_dataset) == [(DATASET_DAG, DATASET_A)]

        assert datasets.delete_dag_dataset_queued_event(DATASET_DAG, DATASET_A) is None
        with pytest.raises(client.NotFoundException):
            datasets.get_dag_dataset_queued_event(DATASET_DAG, DATASET_A)

        queue_one()
        assert datasets.delete_dataset_queued_events(DATASET_A) is None
        with pytest.raises(client.NotFoundException):
            datasets.get_dataset_queued_events(DATASET_A)

        queue_one()
        assert datasets.delete_dag_dataset_queued_events(DATASET_DAG) is None
        with pytest.raises(client.NotFoundException):
            datasets.get_dag_dataset_queued_events(DATASET_DAG)
    finally:
        _set_paused(plain_api, DATASET_DAG, True)
        _drop_dataset_queue(plain_api)
