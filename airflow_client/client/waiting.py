"""Trigger a DAG run and wait for it to finish.

``run = trigger_dag_run_and_wait(api_client, "etl", conf={"day": "2024-01-01"})``
posts a run, polls it until its state is one of ``until`` (``success`` or
``failed``) and returns the last ``DAGRun``; the caller decides what a failed
run means.  :func:`wait_for_dag_run` waits for a run that exists already.

Polling is a GET every ``poll_interval`` seconds (never past the deadline);
errors of those GETs are raised as they come, except that transport errors
are already retried by the client's retry policy.  A run still unfinished at
``timeout`` raises :class:`DagRunWaitTimeout`, which carries the last state
seen.  A state this client does not know (a newer server) is waited through,
not an error.

The logic is written once, as flows (:func:`trigger_flow`, :func:`wait_flow`, see
:mod:`~airflow_client.client.helper_flows`): run here blocking, and awaited by
:mod:`airflow_client.client.aio.helpers`.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, Callable, Collection, Dict, Optional, Union

from airflow_client.client.exceptions import ApiValueError, OpenApiException
from airflow_client.client.helper_flows import SLEEP, Flow, call, run

if TYPE_CHECKING:
    from datetime import datetime

    from airflow_client.client.api_client import ApiClient
    from airflow_client.client.model.dag_run import DAGRun

__all__ = ["DagRunWaitTimeout", "trigger_dag_run_and_wait", "wait_for_dag_run"]

FINISHED = ("success", "failed")


class DagRunWaitTimeout(OpenApiException, TimeoutError):
    """A DAG run did not reach a finished state in time; ``run`` is the last ``DAGRun`` seen."""

    def __init__(self, message: str, run: "DAGRun") -> None:
        super().__init__(message)
        self.run = run


def trigger_dag_run_and_wait(
    api_client: "ApiClient",
    dag_id: str,
    *,
    conf: Optional[Dict[str, Any]] = None,
    dag_run_id: Optional[str] = None,
    logical_date: Union["datetime", str, None] = None,
    note: Optional[str] = None,
    unpause: bool = False,
    timeout: float = 3600.0,
    poll_interval: float = 5.0,
    until: Collection[str] = FINISHED,
) -> "DAGRun":
    """Trigger ``dag_id`` (optionally unpausing it first) and wait for the run.

    A paused DAG's run stays ``queued`` for ever, so ``unpause=True`` unpauses
    the DAG before triggering; without it, a paused DAG is refused with an
    ``ApiValueError`` rather than waited for until the timeout.
    """
    from airflow_client.client import apis

    flow = trigger_flow(
        apis, api_client, dag_id, conf, dag_run_id, logical_date, note, unpause, timeout, poll_interval, until
    )
    result: DAGRun = run(flow, time)  # this module's time, as found now: what sleeps
    return result


def wait_for_dag_run(
    api_client: "ApiClient",
    dag_id: str,
    dag_run_id: str,
    *,
    timeout: float = 3600.0,
    poll_interval: float = 5.0,
    until: Collection[str] = FINISHED,
    on_poll: Optional[Callable[["DAGRun"], None]] = None,
) -> "DAGRun":
    """Poll the run until its state is in ``until``; return the last ``DAGRun``.

    ``on_poll``, when given, is called with each ``DAGRun`` read, the first one
    included (the command line shows progress with it)."""
    from airflow_client.client import apis

    flow = wait_flow(apis, api_client, dag_id, dag_run_id, timeout, poll_interval, until, on_poll)
    result: DAGRun = run(flow, time)  # this module's time, as found now: what sleeps
    return result


# -- the flows: the logic of both the blocking helpers and the awaitable ones (aio.helpers) -------


def trigger_flow(
    apis: Any,
    api_client: Any,
    dag_id: str,
    conf: Optional[Dict[str, Any]],
    dag_run_id: Optional[str],
    logical_date: Union["datetime", str, None],
    note: Optional[str],
    unpause: bool,
    timeout: float,
    poll_interval: float,
    until: Collection[str],
) -> Flow:
    """:func:`trigger_dag_run_and_wait` as a flow, on the API classes of ``apis``
    (:mod:`airflow_client.client.apis`, or :mod:`airflow_client.client.aio.api`)."""
    from airflow_client.client.model.dag import DAG
    from airflow_client.client.model.dag_run import DAGRun

    _check_wait(timeout, poll_interval)
    dags = apis.DAGApi(api_client)
    if unpause:
        yield call(dags.patch_dag, dag_id, DAG(is_paused=False), update_mask=["is_paused"])
    else:
        dag = yield call(dags.get_dag, dag_id)
        if dag.get("is_paused"):
            raise ApiValueError(f"DAG {dag_id!r} is paused: its run would never start; pass unpause=True")
    fields: Dict[str, Any] = {"conf": conf or {}}
    if dag_run_id is not None:
        fields["dag_run_id"] = dag_run_id
    if logical_date is not None:
        fields["logical_date"] = logical_date
    if note is not None:
        fields["note"] = note
    runs = apis.DAGRunApi(api_client)
    dag_run = yield call(runs.post_dag_run, dag_id, DAGRun(**fields))
    run_id = dag_run.dag_run_id or dag_run_id
    if not run_id:
        raise ApiValueError(f"the server answered the trigger of {dag_id!r} without a dag_run_id: {dag_run!r}")
    return (yield from _poll_flow(runs, dag_id, run_id, dag_run, timeout, poll_interval, until))


def wait_flow(
    apis: Any,
    api_client: Any,
    dag_id: str,
    dag_run_id: str,
    timeout: float,
    poll_interval: float,
    until: Collection[str],
    on_poll: Optional[Callable[["DAGRun"], Any]] = None,
) -> Flow:
    """:func:`wait_for_dag_run` as a flow (``on_poll`` is called through the step ``CALL``:
    an awaiting driver awaits what it returns, if awaitable)."""
    _check_wait(timeout, poll_interval)
    runs = apis.DAGRunApi(api_client)
    dag_run = yield call(runs.get_dag_run, dag_id, dag_run_id)
    return (yield from _poll_flow(runs, dag_id, dag_run_id, dag_run, timeout, poll_interval, until, on_poll))


def _poll_flow(
    runs: Any,
    dag_id: str,
    run_id: str,
    dag_run: "DAGRun",
    timeout: float,
    poll_interval: float,
    until: Collection[str],
    on_poll: Optional[Callable[["DAGRun"], Any]] = None,
) -> Flow:
    deadline = time.monotonic() + timeout
    while True:
        if on_poll is not None:
            yield call(on_poll, dag_run)
        if str(dag_run.get("state")) in until:
            break
        left = deadline - time.monotonic()
        if left <= 0:
            raise DagRunWaitTimeout(
                f"DAG run {run_id!r} of {dag_id!r} is still {str(dag_run.get('state'))!r} after {timeout:g} s",
                dag_run,
            )
        yield (SLEEP, min(poll_interval, left))
        dag_run = yield call(runs.get_dag_run, dag_id, run_id)
    return dag_run


def _check_wait(timeout: float, poll_interval: float) -> None:
    for name, value in (("timeout", timeout), ("poll_interval", poll_interval)):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise ApiValueError(f"{name} must be a number of seconds >= 0, got {value!r}")
