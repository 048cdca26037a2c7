"""The commands on DAGs, runs, tasks, task instances, XCom, import errors, the
configuration, health and version, and ``call`` (any operation by name).  Each
``cmd_*`` takes the :class:`~._context.Context` and its arguments and returns the exit
code; waiting and logs are in :mod:`._waiting`, variables, pools and connections in
:mod:`._resources`.
"""

from __future__ import annotations

import argparse
from typing import Any, Callable, Dict, List

from airflow_client.cli import EXIT_API_ERROR
from airflow_client.cli._context import (
    DAG_COLUMNS,
    IMPORT_ERROR_COLUMNS,
    PROG,
    RUN_COLUMNS,
    TASK_COLUMNS,
    TI_COLUMNS,
    TI_REF_COLUMNS,
    XCOM_COLUMNS,
    Context,
    UsageError,
    check_seconds,
    json_value,
    walk,
)
from airflow_client.cli._output import plain
from airflow_client.cli._waiting import wait_for_run


def cmd_health(ctx: Context, a: argparse.Namespace) -> int:
    from airflow_client.client.api.monitoring_api import MonitoringApi

    health = MonitoringApi(ctx.api).get_health()
    data = plain(health)

    def rows(d: Any) -> List[Any]:
        return [
            {"component": name, "status": (v or {}).get("status"), "latest_heartbeat": (v or {}).get(_heartbeat(v))}
            for name, v in d.items()
        ]

    ctx.emit(health, ("component", "status", "latest_heartbeat"), rows=rows)
    bad = [
        name
        for name, v in data.items()
        if isinstance(v, dict) and v.get("status") not in (None, "healthy")
        if name in ("metadatabase", "scheduler") or v.get("status") is not None
    ]
    if bad:
        ctx.stderr.write(f"{PROG}: unhealthy: {', '.join(bad)}\n")
        return EXIT_API_ERROR
    return 0


def _heartbeat(value: Any) -> str:
    for key in value or {}:
        if key.startswith("latest_") and key.endswith("heartbeat"):
            return str(key)
    return "latest_scheduler_heartbeat"


def cmd_version(ctx: Context, a: argparse.Namespace) -> int:
    from airflow_client.client.api.monitoring_api import MonitoringApi

    ctx.emit(MonitoringApi(ctx.api).get_version())
    return 0


def cmd_dags_list(ctx: Context, a: argparse.Namespace) -> int:
    from airflow_client.client.api.dag_api import DAGApi

    paused = {None: None, "paused": True, "unpaused": False}[a.state]
    dags = walk(
        DAGApi(ctx.api).get_dags,
        limit=a.limit,
        tags=a.tag or None,
        dag_id_pattern=a.pattern,
        only_active=False if a.all else None,
        paused=paused,
        order_by="dag_id",
    )
    ctx.emit(dags, DAG_COLUMNS)
    return 0


def cmd_dags_get(ctx: Context, a: argparse.Namespace) -> int:
    from airflow_client.client.api.dag_api import DAGApi

    api = DAGApi(ctx.api)
    ctx.emit(api.get_dag_details(a.dag_id) if a.details else api.get_dag(a.dag_id))
    return 0


def _set_paused(ctx: Context, dag_id: str, paused: bool) -> Any:
    from airflow_client.client.api.dag_api import DAGApi

    return DAGApi(ctx.api).patch_dag(dag_id, {"is_paused": paused}, update_mask=["is_paused"])


def cmd_dags_pause(ctx: Context, a: argparse.Namespace) -> int:
    """`dags pause` and `dags unpause`."""
    ctx.emit(_set_paused(ctx, a.dag_id, a.action == "pause"))
    return 0


def cmd_dags_trigger(ctx: Context, a: argparse.Namespace) -> int:
    from airflow_client.client.api.dag_api import DAGApi
    from airflow_client.client.api.dag_run_api import DAGRunApi

    conf = json_value("--conf", a.conf) if a.conf is not None else {}
    if not isinstance(conf, dict):
        raise UsageError(f"--conf must be a JSON object, got {type(conf).__name__}")
    timeout = check_seconds(a.timeout, "--timeout")
    poll = check_seconds(a.poll, "--poll")
    if a.unpause:
        _set_paused(ctx, a.dag_id, False)
    elif a.wait and DAGApi(ctx.api).get_dag(a.dag_id).get("is_paused"):
        raise UsageError(f"DAG {a.dag_id!r} is paused, so its run would never start: add --unpause")
    body: Dict[str, Any] = {"conf": conf}
    for key in ("dag_run_id", "logical_date", "note"):
        if getattr(a, key) is not None:
            body[key] = getattr(a, key)
    run = DAGRunApi(ctx.api).post_dag_run(a.dag_id, body)
    if not a.wait:
        ctx.emit(run, RUN_COLUMNS)
        return 0
    return wait_for_run(ctx, a.dag_id, str(run.dag_run_id or a.dag_run_id), timeout, poll)


def cmd_runs_list(ctx: Context, a: argparse.Namespace) -> int:
    from airflow_client.client.api.dag_run_api import DAGRunApi

    runs = walk(DAGRunApi(ctx.api).get_dag_runs, a.dag_id, limit=a.limit, state=a.state or None, order_by="-id")
    ctx.emit(runs, RUN_COLUMNS)
    return 0


def cmd_runs_get(ctx: Context, a: argparse.Namespace) -> int:
    from airflow_client.client.api.dag_run_api import DAGRunApi

    ctx.emit(DAGRunApi(ctx.api).get_dag_run(a.dag_id, a.dag_run_id))
    return 0


def cmd_runs_clear(ctx: Context, a: argparse.Namespace) -> int:
    from airflow_client.client.api.dag_run_api import DAGRunApi

    result = DAGRunApi(ctx.api).clear_dag_run(a.dag_id, a.dag_run_id, {"dry_run": a.dry_run})
    items = result.get("task_instances")
    ctx.emit(items if items is not None else result, TI_COLUMNS if items is not None else RUN_COLUMNS)
    return 0


def cmd_runs_delete(ctx: Context, a: argparse.Namespace) -> int:
    from airflow_client.client.api.dag_run_api import DAGRunApi

    DAGRunApi(ctx.api).delete_dag_run(a.dag_id, a.dag_run_id)
    return 0


def cmd_runs_set_state(ctx: Context, a: argparse.Namespace) -> int:
    from airflow_client.client.api.dag_run_api import DAGRunApi

    ctx.emit(DAGRunApi(ctx.api).update_dag_run_state(a.dag_id, a.dag_run_id, {"state": a.state}))
    return 0


def cmd_tasks_list(ctx: Context, a: argparse.Namespace) -> int:
    from airflow_client.client.api.dag_api import DAGApi

    ctx.emit(DAGApi(ctx.api).get_tasks(a.dag_id).get("tasks") or [], TASK_COLUMNS, many=True)
    return 0


def cmd_tis_list(ctx: Context, a: argparse.Namespace) -> int:
    from airflow_client.client.api.task_instance_api import TaskInstanceApi

    tis = walk(
        TaskInstanceApi(ctx.api).get_task_instances, a.dag_id, a.dag_run_id, limit=a.limit, state=a.state or None
    )
    ctx.emit(tis, TI_COLUMNS)
    return 0


def _one_ti(a: argparse.Namespace, method: Callable[..., Any], mapped: Callable[..., Any], **kwargs: Any) -> Any:
    """``method`` for the task instance of the arguments, or ``mapped`` for one of a mapped task (``--map-index``)."""
    if a.map_index >= 0:
        return mapped(a.dag_id, a.dag_run_id, a.task_id, a.map_index, **kwargs)
    return method(a.dag_id, a.dag_run_id, a.task_id, **kwargs)


def cmd_tis_get(ctx: Context, a: argparse.Namespace) -> int:
    from airflow_client.client.api.task_instance_api import TaskInstanceApi

    api = TaskInstanceApi(ctx.api)
    ctx.emit(_one_ti(a, api.get_task_instance, api.get_mapped_task_instance))
    return 0


def cmd_tis_clear(ctx: Context, a: argparse.Namespace) -> int:
    from airflow_client.client.api.dag_api import DAGApi

    body = {
        "dag_run_id": a.dag_run_id,
        "task_ids": a.task_ids,
        "dry_run": a.dry_run,
        "only_failed": a.only_failed,
        "include_downstream": a.downstream,
        "include_upstream": a.upstream,
        "reset_dag_runs": True,
    }
    result = DAGApi(ctx.api).post_clear_task_instances(a.dag_id, body)
    ctx.emit(result.get("task_instances") or [], TI_REF_COLUMNS, many=True)
    return 0


def cmd_tis_set_state(ctx: Context, a: argparse.Namespace) -> int:
    from airflow_client.client.api.task_instance_api import TaskInstanceApi

    api = TaskInstanceApi(ctx.api)
    body = {"new_state": a.state, "dry_run": False}
    ctx.emit(_one_ti(a, api.patch_task_instance, api.patch_mapped_task_instance, update_task_instance=body))
    return 0


def cmd_xcom_list(ctx: Context, a: argparse.Namespace) -> int:
    from airflow_client.client.api.x_com_api import XComApi

    map_index = a.map_index if a.map_index is not None and a.map_index >= 0 else None
    items = walk(
        XComApi(ctx.api).get_xcom_entries, a.dag_id, a.dag_run_id, a.task_id, map_index=map_index, xcom_key=a.key
    )
    ctx.emit(items, XCOM_COLUMNS)
    return 0


def cmd_xcom_get(ctx: Context, a: argparse.Namespace) -> int:
    from airflow_client.client.api.x_com_api import XComApi

    map_index = a.map_index if a.map_index >= 0 else None
    entry = XComApi(ctx.api).get_xcom_entry(
        a.dag_id, a.dag_run_id, a.task_id, a.key, map_index=map_index, deserialize=a.deserialize or None
    )
    ctx.emit(entry)
    return 0


def cmd_import_errors_list(ctx: Context, a: argparse.Namespace) -> int:
    from airflow_client.client.api.import_error_api import ImportErrorApi

    ctx.emit(walk(ImportErrorApi(ctx.api).get_import_errors, limit=a.limit), IMPORT_ERROR_COLUMNS)
    return 0


def cmd_config_get(ctx: Context, a: argparse.Namespace) -> int:
    from airflow_client.client.api.config_api import ConfigApi

    api = ConfigApi(ctx.api)
    config = api.get_value(a.section, a.key) if a.key else api.get_config(section=a.section)

    def rows(data: Any) -> List[Any]:
        return [
            {"section": s.get("name"), "key": o.get("key"), "value": o.get("value"), "source": o.get("source")}
            for s in data.get("sections") or []
            for o in s.get("options") or []
        ]

    ctx.emit(config, ("section", "key", "value", "source"), rows=rows)
    return 0


def cmd_call(ctx: Context, a: argparse.Namespace) -> int:
    from airflow_client.cli import _call

    if a.list:
        ctx.stdout.write(_call.listing())
        return 0
    if not a.operation:
        raise UsageError("call: name an operation (`airflow-client call --list` lists them)")
    try:
        op = _call.find(a.operation)
        if getattr(a, "describe", False):
            ctx.stdout.write(_call.describe(op, _call.operations()[op.name][1]))
            return 0
        params = _call.arguments(op, a.arguments)
    except _call.CallError as exc:
        raise UsageError(str(exc)) from None
    if a.accept and not op.text:
        raise UsageError(f"{op.name} answers JSON only; --accept is for {', '.join(_text_operations())}")
    result = _call.run(ctx.api, op, params, a.accept)
    field = getattr(type(result), "__items__", "")
    if field and ctx.format == "table":  # a collection: its items, as a table
        result = result.get(field) or []
    ctx.emit(result, many=bool(field) or None)
    return 0


def _text_operations() -> List[str]:
    from airflow_client.cli._call import operations

    return [name for name, (op, _) in operations().items() if op.text]
