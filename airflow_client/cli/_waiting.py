"""Waiting and following: a run polled until it ends (``dags trigger --wait``, ``runs
wait``), with a progress line of its task instances' states on a terminal, and a task's
log read or followed while the try runs (``logs``, ``logs --follow``).
"""

from __future__ import annotations

import argparse
import time
from typing import Any, Dict

from airflow_client.cli import EXIT_RUN_FAILED
from airflow_client.cli._context import RUN_COLUMNS, Context, UsageError, check_seconds, state_of, walk
from airflow_client.cli._output import write


def wait_for_run(ctx: Context, dag_id: str, run_id: str, timeout: float, poll: float) -> int:
    """Poll the run until it finished (``waiting.wait_for_dag_run``), showing progress; write
    it; 0 when it succeeded, 4 when not (a run still unfinished at the timeout is written too)."""
    from airflow_client.client import DagRunWaitTimeout
    from airflow_client.client.waiting import wait_for_dag_run

    started = time.monotonic()

    def show(run: Any) -> None:
        if ctx.progress:
            state = state_of(run.get("state"))
            ctx.show(
                f"{dag_id} {run_id}: {state}{_task_counts(ctx, dag_id, run_id)}  {time.monotonic() - started:.0f}s"
            )

    try:
        run = wait_for_dag_run(ctx.api, dag_id, run_id, timeout=timeout, poll_interval=poll, on_poll=show)
    except DagRunWaitTimeout as exc:
        ctx.end_progress()
        ctx.emit(exc.run, RUN_COLUMNS)
        raise
    ctx.end_progress()
    ctx.emit(run, RUN_COLUMNS)
    return 0 if state_of(run.get("state")) == "success" else EXIT_RUN_FAILED


def _task_counts(ctx: Context, dag_id: str, run_id: str) -> str:
    from airflow_client.client import OpenApiException
    from airflow_client.client.api.task_instance_api import TaskInstanceApi

    try:
        tis = walk(TaskInstanceApi(ctx.api).get_task_instances, dag_id, run_id)
    except OpenApiException:
        return ""
    counts: Dict[str, int] = {}
    for ti in tis:
        key = state_of(ti.get("state")) if ti.get("state") is not None else "none"
        counts[key] = counts.get(key, 0) + 1
    return "  tasks: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) if counts else ""


def cmd_runs_wait(ctx: Context, a: argparse.Namespace) -> int:
    return wait_for_run(
        ctx, a.dag_id, a.dag_run_id, check_seconds(a.timeout, "--timeout"), check_seconds(a.poll, "--poll")
    )


def cmd_logs(ctx: Context, a: argparse.Namespace) -> int:
    from airflow_client.client import follow_task_log, read_task_log

    if a.try_number is not None and a.try_number < 1:
        raise UsageError(f"--try must be >= 1, got {a.try_number}")
    if a.follow:
        last = ""
        timeout = None if a.timeout is None else check_seconds(a.timeout, "--timeout")
        for text in follow_task_log(
            ctx.api,
            a.dag_id,
            a.dag_run_id,
            a.task_id,
            try_number=a.try_number,
            map_index=a.map_index,
            poll_interval=check_seconds(a.poll, "--poll"),
            timeout=timeout,
        ):
            ctx.stdout.write(text)
            ctx.stdout.flush()
            last = text
        if last and not last.endswith("\n"):
            ctx.stdout.write("\n")
        return 0
    text = read_task_log(ctx.api, a.dag_id, a.dag_run_id, a.task_id, try_number=a.try_number, map_index=a.map_index)
    write(ctx.stdout, text, "table")
    return 0
