"""The ``airflow-client`` commands: the parser, the handlers, errors and exit codes.

Why :mod:`argparse`: it is in the standard library, so the command line adds no
dependency, and it imports in a few milliseconds, which matters for a one-shot
process (a CI step, a DAG task).  ``rich``, when installed, only draws the tables
on a terminal; everything else is plain text.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from typing import IO, Any, Callable, Dict, List, Mapping, NamedTuple, NoReturn, Optional, Sequence

from airflow_client.cli import EXIT_API_ERROR, EXIT_CODES, EXIT_CONNECTION, EXIT_RUN_FAILED, EXIT_TIMEOUT, EXIT_USAGE
from airflow_client.cli._output import FORMATS, OutputError, check_format, plain, write

PROG = "airflow-client"
OUTPUT_ENV = "AIRFLOW_CLIENT_OUTPUT"

DAG_COLUMNS = ("dag_id", "is_paused", "schedule_interval", "owners", "tags", "next_dagrun")
RUN_COLUMNS = ("dag_id", "dag_run_id", "state", "run_type", "logical_date", "start_date", "end_date")
TASK_COLUMNS = ("task_id", "operator_name", "trigger_rule", "retries", "downstream_task_ids")
TI_COLUMNS = ("dag_id", "dag_run_id", "task_id", "map_index", "try_number", "state", "start_date", "duration")
TI_REF_COLUMNS = ("dag_id", "dag_run_id", "task_id", "execution_date")
XCOM_COLUMNS = ("key", "task_id", "map_index", "timestamp", "value")
VARIABLE_COLUMNS = ("key", "value", "description")
POOL_COLUMNS = ("name", "slots", "occupied_slots", "running_slots", "queued_slots", "open_slots", "description")
CONNECTION_COLUMNS = ("connection_id", "conn_type", "host", "port", "login", "schema", "description")
IMPORT_ERROR_COLUMNS = ("import_error_id", "filename", "timestamp", "stack_trace")


class UsageError(Exception):
    """A wrong command, argument or setting: exit code 2."""


class _Parser(argparse.ArgumentParser):
    """argparse writing to the streams of this run, and raising instead of exiting."""

    streams: Dict[str, IO[str]] = {}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # No abbreviations: `--password SECRET` must not be taken for `--password-file SECRET`.
        kwargs["allow_abbrev"] = False
        super().__init__(*args, **kwargs)

    def _print_message(self, message: str, file: Optional[IO[str]] = None) -> None:
        if message:
            stream = self.streams.get("err" if file is sys.stderr else "out") or file or sys.stdout
            stream.write(message)

    def exit(self, status: int = 0, message: Optional[str] = None) -> NoReturn:
        if message:
            self._print_message(message, sys.stderr)
        raise _Exit(status)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


class _Exit(Exception):
    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


class Context:
    """What a command handler works with: its arguments, the streams, the client."""

    def __init__(self, args: argparse.Namespace, stdout: IO[str], stderr: IO[str], environ: Mapping[str, str]) -> None:
        self.args = args
        self.stdout = stdout
        self.stderr = stderr
        self.environ = environ
        self._client: Any = None
        self.settings: Any = None
        fmt = getattr(args, "output", None) or environ.get(OUTPUT_ENV) or ("table" if _tty(stdout) else "json")
        try:
            check_format(fmt)
        except OutputError as exc:
            raise UsageError(str(exc)) from None
        self.format = fmt
        self.progress = _tty(stderr) and not getattr(args, "quiet", False)
        self._progress_shown = False

    @property
    def api(self) -> Any:
        if self._client is None:
            from airflow_client.cli._settings import SettingsError, resolve
            from airflow_client.client import ApiClient

            flags = {
                key: getattr(self.args, key, None)
                for key in (
                    "host",
                    "username",
                    "password_file",
                    "token_file",
                    "ca_bundle",
                    "insecure",
                    "request_timeout",
                    "retries",
                )
            }
            try:
                self.settings = resolve(
                    flags,
                    self.environ,
                    getattr(self.args, "profile", None),
                    prompt=_tty(sys.stdin) and _tty(self.stderr),
                )
            except SettingsError as exc:
                raise UsageError(str(exc)) from None
            self._client = ApiClient(self.settings.configuration())
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    def emit(
        self,
        value: Any,
        columns: Optional[Sequence[str]] = None,
        many: Optional[bool] = None,
        rows: Optional[Callable[[Any], List[Any]]] = None,
    ) -> None:
        """Write a result in the chosen format; ``rows`` turns it into table rows."""
        if self.format == "table" and rows is not None:
            value, many = rows(plain(value)), True
        write(self.stdout, value, self.format, columns, many)
        self.stdout.flush()

    def show(self, text: str) -> None:
        """The live progress line (stderr, on a terminal only)."""
        if self.progress:
            self.stderr.write("\r\x1b[K" + text)
            self.stderr.flush()
            self._progress_shown = True

    def end_progress(self) -> None:
        if self._progress_shown:
            self.stderr.write("\r\x1b[K")
            self.stderr.flush()
            self._progress_shown = False


def _tty(stream: Any) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(callable(isatty) and isatty())
    except ValueError:  # a closed stream
        return False


# -- helpers -------------------------------------------------------------------------


def _walk(method: Callable[..., Any], *args: Any, limit: Optional[int] = None, **filters: Any) -> List[Any]:
    """Every item of every page (at most ``limit``)."""
    import itertools

    from airflow_client.client import paginate

    filters = {k: v for k, v in filters.items() if v is not None}
    page_size = min(100, limit) if limit else 100
    items = paginate(method, *args, page_size=page_size, **filters)
    return list(itertools.islice(items, limit) if limit else items)


def _json_value(what: str, text: str) -> Any:
    from airflow_client.cli._call import CallError, json_argument

    try:
        return json_argument(what, text)
    except CallError as exc:
        raise UsageError(str(exc)) from None


def _state(value: Any) -> str:
    return str(getattr(value, "value", value))


def _wait_for_run(ctx: Context, dag_id: str, run_id: str, timeout: float, poll: float) -> int:
    """Poll the run until it finished (``waiting.wait_for_dag_run``), showing progress; write
    it; 0 when it succeeded, 4 when not (a run still unfinished at the timeout is written too)."""
    from airflow_client.client import DagRunWaitTimeout
    from airflow_client.client.waiting import wait_for_dag_run

    started = time.monotonic()

    def show(run: Any) -> None:
        if ctx.progress:
            state = _state(run.get("state"))
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
    return 0 if _state(run.get("state")) == "success" else EXIT_RUN_FAILED


def _task_counts(ctx: Context, dag_id: str, run_id: str) -> str:
    from airflow_client.client import OpenApiException
    from airflow_client.client.api.task_instance_api import TaskInstanceApi

    try:
        tis = _walk(TaskInstanceApi(ctx.api).get_task_instances, dag_id, run_id)
    except OpenApiException:
        return ""
    counts: Dict[str, int] = {}
    for ti in tis:
        key = _state(ti.get("state")) if ti.get("state") is not None else "none"
        counts[key] = counts.get(key, 0) + 1
    return "  tasks: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) if counts else ""


def _check_seconds(value: float, name: str) -> float:
    if value < 0:
        raise UsageError(f"{name} must be >= 0, got {value:g}")
    return value


# -- commands ------------------------------------------------------------------------


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
    dags = _walk(
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

    conf = _json_value("--conf", a.conf) if a.conf is not None else {}
    if not isinstance(conf, dict):
        raise UsageError(f"--conf must be a JSON object, got {type(conf).__name__}")
    timeout = _check_seconds(a.timeout, "--timeout")
    poll = _check_seconds(a.poll, "--poll")
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
    return _wait_for_run(ctx, a.dag_id, str(run.dag_run_id or a.dag_run_id), timeout, poll)


def cmd_runs_list(ctx: Context, a: argparse.Namespace) -> int:
    from airflow_client.client.api.dag_run_api import DAGRunApi

    runs = _walk(DAGRunApi(ctx.api).get_dag_runs, a.dag_id, limit=a.limit, state=a.state or None, order_by="-id")
    ctx.emit(runs, RUN_COLUMNS)
    return 0


def cmd_runs_get(ctx: Context, a: argparse.Namespace) -> int:
    from airflow_client.client.api.dag_run_api import DAGRunApi

    ctx.emit(DAGRunApi(ctx.api).get_dag_run(a.dag_id, a.dag_run_id))
    return 0


def cmd_runs_wait(ctx: Context, a: argparse.Namespace) -> int:
    return _wait_for_run(
        ctx, a.dag_id, a.dag_run_id, _check_seconds(a.timeout, "--timeout"), _check_seconds(a.poll, "--poll")
    )


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

    tis = _walk(
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


def cmd_logs(ctx: Context, a: argparse.Namespace) -> int:
    from airflow_client.client import follow_task_log, read_task_log

    if a.try_number is not None and a.try_number < 1:
        raise UsageError(f"--try must be >= 1, got {a.try_number}")
    if a.follow:
        last = ""
        timeout = None if a.timeout is None else _check_seconds(a.timeout, "--timeout")
        for text in follow_task_log(
            ctx.api,
            a.dag_id,
            a.dag_run_id,
            a.task_id,
            try_number=a.try_number,
            map_index=a.map_index,
            poll_interval=_check_seconds(a.poll, "--poll"),
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


def cmd_xcom_list(ctx: Context, a: argparse.Namespace) -> int:
    from airflow_client.client.api.x_com_api import XComApi

    map_index = a.map_index if a.map_index is not None and a.map_index >= 0 else None
    items = _walk(
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

    ctx.emit(_walk(ImportErrorApi(ctx.api).get_import_errors, limit=a.limit), IMPORT_ERROR_COLUMNS)
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


# -- variables, pools, connections: list, get, set, delete, import, export ------------------
#
# One description per resource (_Resource, in RESOURCES) and one handler per verb; what
# differs between the resources is in their rows: the API's methods, the key, the columns,
# the fields `set` takes (and how each is read: a connection's password only from a file),
# and how an item of an import file becomes a body and an item becomes a value of an export.


class _Field(NamedTuple):
    """A field `set` takes besides the key: its name in the body, its argument, how it is read."""

    name: str
    flag: str  # positional ("value") or an option ("--conn-host")
    options: Optional[Dict[str, Any]] = None  # for ArgumentParser.add_argument
    read: Optional[Callable[[str], Any]] = None  # the argument's text -> the body's value

    @property
    def dest(self) -> str:
        return self.flag.lstrip("-").replace("-", "_")


class _Ops(NamedTuple):
    """The names of an API class's methods for the verbs."""

    list: str
    get: str
    post: str
    patch: str
    delete: str


class _Resource(NamedTuple):
    noun: str  # the command: variables, pools, connections
    module: str  # the API's module in airflow_client.client.api, imported when a command runs
    api: str  # its class
    ops: _Ops
    arg: str  # the key's argument: key, name, conn_id
    key: str  # the key's field in an item: key, name, connection_id
    columns: Sequence[str]
    fields: Sequence[_Field]  # what `set` takes besides the key, in the body's order
    #: (file, key, the file's value for it) -> the body that creates or updates the item
    import_body: Callable[[str, str, Any], Dict[str, Any]]
    #: (resource, listed item, fetch the whole item) -> what the export file holds for it
    export_value: Callable[["_Resource", Any, Callable[[], Any]], Any]

    def client(self, ctx: Context) -> Any:
        import importlib

        return getattr(importlib.import_module(f"airflow_client.client.api.{self.module}"), self.api)(ctx.api)

    def upsert(self, api: Any, key: str, body: Dict[str, Any]) -> Any:
        """Update the item (only the fields given), or create it when there is none.
        Asked first, not found out from the PATCH: Airflow 2.6 answers 500, not 404, to a
        PATCH of a variable that does not exist."""
        from airflow_client.client import NotFoundException

        try:
            getattr(api, self.ops.get)(key)
        except NotFoundException:
            return getattr(api, self.ops.post)(body)
        return getattr(api, self.ops.patch)(key, body)


def _resource(a: argparse.Namespace) -> _Resource:
    return RESOURCES[a.command]


def cmd_items_list(ctx: Context, a: argparse.Namespace) -> int:
    res = _resource(a)
    ctx.emit(_walk(getattr(res.client(ctx), res.ops.list), limit=a.limit, order_by=res.key), res.columns)
    return 0


def cmd_items_get(ctx: Context, a: argparse.Namespace) -> int:
    res = _resource(a)
    ctx.emit(getattr(res.client(ctx), res.ops.get)(getattr(a, res.arg)))
    return 0


def cmd_items_set(ctx: Context, a: argparse.Namespace) -> int:
    res = _resource(a)
    api = res.client(ctx)
    key = getattr(a, res.arg)
    body: Dict[str, Any] = {res.key: key}
    for field in res.fields:
        value = getattr(a, field.dest)
        if value is not None:
            body[field.name] = field.read(value) if field.read else value
    ctx.emit(res.upsert(api, key, body))
    return 0


def cmd_items_delete(ctx: Context, a: argparse.Namespace) -> int:
    res = _resource(a)
    getattr(res.client(ctx), res.ops.delete)(getattr(a, res.arg))
    return 0


def cmd_items_import(ctx: Context, a: argparse.Namespace) -> int:
    res = _resource(a)
    api = res.client(ctx)
    data = _json_value("import", "@" + a.file)
    if not isinstance(data, dict):
        raise UsageError(f"{a.file}: expected a JSON object of name -> value, got {type(data).__name__}")
    done = [res.upsert(api, key, res.import_body(a.file, key, value)) for key, value in data.items()]
    ctx.emit(done, res.columns, many=True)
    return 0


def cmd_items_export(ctx: Context, a: argparse.Namespace) -> int:
    """Every item, as Airflow's own `airflow variables|pools|connections export` writes them."""
    import functools
    import json

    from airflow_client.client import NotFoundException

    res = _resource(a)
    api = res.client(ctx)
    out: Dict[str, Any] = {}
    for item in _walk(getattr(api, res.ops.list), order_by=res.key):
        key = str(getattr(item, res.key))
        try:
            out[key] = res.export_value(res, item, functools.partial(getattr(api, res.ops.get), key))
        except NotFoundException:  # deleted meanwhile
            continue
    text = json.dumps(out, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    if a.file and a.file != "-":
        with open(a.file, "w", encoding="utf-8") as handle:
            handle.write(text)
    else:
        ctx.stdout.write(text)
    return 0


VARIABLE_FIELDS = (_Field("value", "value"), _Field("description", "--description"))


def _variable_import(path: str, key: str, value: Any) -> Dict[str, Any]:
    import json

    return {"key": key, "value": value if isinstance(value, str) else json.dumps(value)}


def _variable_export(res: _Resource, item: Any, fetch: Callable[[], Any]) -> Any:
    import json

    value = item.get("value")
    if value is None:  # the list leaves it out
        value = fetch().get("value")
    try:  # as `airflow variables export` writes them: JSON values as JSON
        return json.loads(value) if isinstance(value, str) else value
    except ValueError:
        return value


POOL_FIELDS = (
    _Field("slots", "slots", {"type": int}),
    _Field("description", "--description"),
    _Field(
        "include_deferred",
        "--include-deferred",
        {"action": argparse.BooleanOptionalAction, "help": "count deferred tasks in the pool"},
    ),
)


def _pool_import(path: str, name: str, spec: Any) -> Dict[str, Any]:
    if not isinstance(spec, dict) or "slots" not in spec:
        raise UsageError(f"{path}: pool {name!r} must be an object with slots")
    body: Dict[str, Any] = {"name": name, "slots": spec["slots"]}
    body.update((k, spec[k]) for k in ("description", "include_deferred") if spec.get(k) is not None)
    return body


def _pool_export(res: _Resource, item: Any, fetch: Callable[[], Any]) -> Any:
    return {field.name: item.get(field.name) for field in res.fields}


def _connection_import(path: str, conn_id: str, spec: Any) -> Dict[str, Any]:
    import json

    if not isinstance(spec, dict) or not spec.get("conn_type"):
        raise UsageError(f"{path}: connection {conn_id!r} must be an object with conn_type")
    unknown = sorted(set(spec) - {field.name for field in CONNECTION_FIELDS})
    if unknown:
        raise UsageError(f"{path}: connection {conn_id!r}: unknown field {unknown[0]!r}")
    body = {k: v for k, v in spec.items() if v is not None}
    if isinstance(body.get("extra"), (dict, list)):
        body["extra"] = json.dumps(body["extra"])
    body["connection_id"] = conn_id
    return body


def _connection_export(res: _Resource, item: Any, fetch: Callable[[], Any]) -> Any:
    full = plain(fetch())  # the list leaves fields out; the API never gives the password
    return {field.name: full.get(field.name) for field in res.fields if full.get(field.name) is not None}


def _connection_extra(text: str) -> str:
    import json

    extra = _json_value("--conn-extra", text)
    return extra if isinstance(extra, str) else json.dumps(extra)


def _connection_password(path: str) -> str:
    """Only ever from a file (or stdin): `--conn-password` is refused by :func:`_refuse_secret_flags`."""
    from airflow_client.cli._settings import SettingsError, _read_secret_file

    try:
        return _read_secret_file(path, "connection password")
    except SettingsError as exc:
        raise UsageError(str(exc)) from None


CONNECTION_FIELDS = (
    _Field("conn_type", "--conn-type", {"required": True}),
    _Field("description", "--description"),
    _Field("host", "--conn-host"),
    _Field("login", "--conn-login"),
    _Field("schema", "--conn-schema"),
    _Field("port", "--conn-port", {"type": int}),
    _Field("extra", "--conn-extra", {"metavar": "JSON|@FILE", "help": "a JSON object"}, _connection_extra),
    _Field(
        "password",
        "--conn-password-file",
        {"metavar": "PATH", "help": "the connection's password from a file, - for stdin"},
        _connection_password,
    ),
)


# fmt: off
RESOURCES: Dict[str, _Resource] = {res.noun: res for res in (
    # noun, API module and class; method names; argument and item field of the key; columns; set's fields; import, export
    _Resource("variables", "variable_api", "VariableApi",
              _Ops("get_variables", "get_variable", "post_variables", "patch_variable", "delete_variable"),
              "key", "key", VARIABLE_COLUMNS, VARIABLE_FIELDS, _variable_import, _variable_export),
    _Resource("pools", "pool_api", "PoolApi",
              _Ops("get_pools", "get_pool", "post_pool", "patch_pool", "delete_pool"),
              "name", "name", POOL_COLUMNS, POOL_FIELDS, _pool_import, _pool_export),
    _Resource("connections", "connection_api", "ConnectionApi",
              _Ops("get_connections", "get_connection", "post_connection", "patch_connection", "delete_connection"),
              "conn_id", "connection_id", CONNECTION_COLUMNS, CONNECTION_FIELDS, _connection_import, _connection_export),
)}
# fmt: on


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


# -- the parser ----------------------------------------------------------------------


def _common() -> argparse.ArgumentParser:
    """The options every command takes, before or after it (the later one wins)."""
    common = _Parser(add_help=False, argument_default=argparse.SUPPRESS)
    group = common.add_argument_group("connection (flags, then environment, then the config file's profile)")
    group.add_argument("--host", help="the Airflow webserver URL, e.g. https://airflow.example.com ($AIRFLOW_HOST)")
    group.add_argument("--username", help="user for basic authentication ($AIRFLOW_USERNAME)")
    group.add_argument(
        "--password-file", metavar="PATH", help="read the password from this file, - for stdin ($AIRFLOW_PASSWORD)"
    )
    group.add_argument(
        "--token-file", metavar="PATH", help="read a bearer token from this file, - for stdin ($AIRFLOW_TOKEN)"
    )
    group.add_argument("--ca-bundle", metavar="PATH", help="CA certificates to trust ($AIRFLOW_CA_BUNDLE)")
    group.add_argument("--insecure", action="store_true", help="do not check the server's TLS certificate")
    group.add_argument("--request-timeout", type=float, metavar="S", help="seconds per request (default 10 s / 60 s)")
    group.add_argument("--retries", type=int, metavar="N", help="retries on connection errors and 429/5xx (default 3)")
    group.add_argument("--profile", help="a profile of the config file (see docs/cli.md)")
    out = common.add_argument_group("output")
    out.add_argument(
        "-o",
        "--output",
        choices=FORMATS,
        help=f"table (the default on a terminal), json (the default otherwise) or yaml (${OUTPUT_ENV})",
    )
    out.add_argument("-q", "--quiet", action="store_true", help="no progress line while waiting")
    return common


def build_parser() -> argparse.ArgumentParser:
    from airflow_client.client import __version__

    common = _common()
    codes = "\n".join(f"  {code}  {text}" for code, text in EXIT_CODES.items())
    parser = _Parser(
        prog=PROG,
        description="A command line for the REST API (/api/v1) of Apache Airflow 2.",
        epilog=(
            "settings: flags, then a profile named by --profile, then the environment (AIRFLOW_HOST, "
            "AIRFLOW_USERNAME, AIRFLOW_PASSWORD, AIRFLOW_TOKEN, AIRFLOW_CA_BUNDLE, AIRFLOW_INSECURE), then "
            "the profile $AIRFLOW_PROFILE or [default] of ~/.config/airflow-client/config.ini\n\n"
            f"exit codes:\n{codes}"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__} (apache-airflow-client)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True

    def group(name: str, help_text: str) -> Any:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        actions = sub.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser)
        actions.required = True
        return actions

    def leaf(where: Any, name: str, handler: Callable[..., int], help_text: str) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = where.add_parser(name, help=help_text, description=help_text, parents=[common])
        sub.set_defaults(handler=handler)
        return sub

    def limit(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--limit", type=int, metavar="N", help="at most N items (default: all, every page)")

    def waiting(sub: argparse.ArgumentParser, default_timeout: float) -> None:
        sub.add_argument("--timeout", type=float, default=default_timeout, metavar="S", help="give up after S seconds")
        sub.add_argument("--poll", type=float, default=2.0, metavar="S", help="seconds between polls (default 2)")

    leaf(commands, "health", cmd_health, "the health of the metadatabase, scheduler, triggerer, DAG processor")
    leaf(commands, "version", cmd_version, "the server's Airflow version")

    dags = group("dags", "list, get, pause, unpause and trigger DAGs")
    sub = leaf(dags, "list", cmd_dags_list, "every DAG (every page)")
    sub.add_argument("--pattern", help="only DAG ids containing this (SQL LIKE)")
    sub.add_argument("--tag", action="append", help="only DAGs with this tag (repeatable)")
    sub.add_argument("--state", choices=("paused", "unpaused"), help="only paused or unpaused DAGs")
    sub.add_argument("--all", action="store_true", help="also DAGs whose file is gone (inactive)")
    limit(sub)
    sub = leaf(dags, "get", cmd_dags_get, "one DAG")
    sub.add_argument("dag_id")
    sub.add_argument("--details", action="store_true", help="the DAG's details (get_dag_details)")
    for name in ("pause", "unpause"):
        leaf(dags, name, cmd_dags_pause, f"{name} a DAG").add_argument("dag_id")
    sub = leaf(dags, "trigger", cmd_dags_trigger, "trigger a DAG run, and with --wait wait for its end")
    sub.add_argument("dag_id")
    sub.add_argument("--conf", metavar="JSON|@FILE", help="the run's conf: a JSON object, or @file.json")
    sub.add_argument("--run-id", dest="dag_run_id", help="the run's id (default: the server's)")
    sub.add_argument("--logical-date", help="ISO 8601, with a time zone")
    sub.add_argument("--note")
    sub.add_argument("--unpause", action="store_true", help="unpause the DAG first (it stays unpaused)")
    sub.add_argument("--wait", action="store_true", help="wait for the run's end: exit 0 success, 4 failed, 5 timeout")
    waiting(sub, 3600.0)

    runs = group("runs", "DAG runs")
    sub = leaf(runs, "list", cmd_runs_list, "the runs of a DAG (~ for every DAG), newest first")
    sub.add_argument("dag_id")
    sub.add_argument("--state", action="append", help="only runs in this state (repeatable)")
    limit(sub)
    for name, handler, text in (
        ("get", cmd_runs_get, "one run"),
        ("wait", cmd_runs_wait, "wait for a run's end: exit 0 success, 4 failed, 5 timeout"),
        ("clear", cmd_runs_clear, "clear a run (its task instances run again)"),
        ("delete", cmd_runs_delete, "delete a run"),
        ("set-state", cmd_runs_set_state, "mark a run success, failed or queued"),
    ):
        sub = leaf(runs, name, handler, text)
        sub.add_argument("dag_id")
        sub.add_argument("dag_run_id")
        if name == "wait":
            waiting(sub, 3600.0)
        elif name == "clear":
            sub.add_argument("--dry-run", action="store_true", help="only list what would be cleared")
        elif name == "set-state":
            sub.add_argument("state", choices=("success", "failed", "queued"))

    tasks = group("tasks", "the tasks of a DAG")
    leaf(tasks, "list", cmd_tasks_list, "the tasks of a DAG").add_argument("dag_id")

    tis = group("tis", "task instances")
    sub = leaf(tis, "list", cmd_tis_list, "the task instances of a run (~ for every DAG or run)")
    sub.add_argument("dag_id")
    sub.add_argument("dag_run_id")
    sub.add_argument("--state", action="append", help="only this state (repeatable)")
    limit(sub)
    sub = leaf(tis, "get", cmd_tis_get, "one task instance")
    for arg in ("dag_id", "dag_run_id", "task_id"):
        sub.add_argument(arg)
    sub.add_argument("--map-index", type=int, default=-1, metavar="I", help="one instance of a mapped task")
    sub = leaf(tis, "clear", cmd_tis_clear, "clear task instances of a run (they run again)")
    sub.add_argument("dag_id")
    sub.add_argument("dag_run_id")
    sub.add_argument("task_ids", nargs="+", metavar="task_id")
    sub.add_argument("--downstream", action="store_true", help="their downstream tasks too")
    sub.add_argument("--upstream", action="store_true", help="their upstream tasks too")
    sub.add_argument("--only-failed", action="store_true", help="only failed ones")
    sub.add_argument("--dry-run", action="store_true", help="only list what would be cleared")
    sub = leaf(tis, "set-state", cmd_tis_set_state, "mark a task instance success, failed or skipped")
    for arg in ("dag_id", "dag_run_id", "task_id"):
        sub.add_argument(arg)
    sub.add_argument("state", choices=("success", "failed", "skipped"))
    sub.add_argument("--map-index", type=int, default=-1, metavar="I", help="one instance of a mapped task")

    sub = leaf(commands, "logs", cmd_logs, "the log of a task try, as text; --follow while it runs")
    for arg in ("dag_id", "dag_run_id", "task_id"):
        sub.add_argument(arg)
    sub.add_argument("--try", dest="try_number", type=int, metavar="N", help="the try (default: the latest)")
    sub.add_argument("--map-index", type=int, default=-1, metavar="I", help="one instance of a mapped task")
    sub.add_argument("-f", "--follow", action="store_true", help="print new lines as they come, until the try ends")
    sub.add_argument("--timeout", type=float, metavar="S", help="with --follow: give up after S seconds (exit 5)")
    sub.add_argument("--poll", type=float, default=2.0, metavar="S", help="with --follow: seconds between polls")

    xcom = group("xcom", "XCom entries")
    sub = leaf(xcom, "list", cmd_xcom_list, "the XCom entries of a task instance (~ for any)")
    for arg in ("dag_id", "dag_run_id", "task_id"):
        sub.add_argument(arg)
    sub.add_argument("--map-index", type=int, metavar="I")
    sub.add_argument("--key", help="only this key")
    sub = leaf(xcom, "get", cmd_xcom_get, "one XCom entry")
    for arg in ("dag_id", "dag_run_id", "task_id", "key"):
        sub.add_argument(arg)
    sub.add_argument("--map-index", type=int, default=-1, metavar="I")
    sub.add_argument("--deserialize", action="store_true", help="the value deserialized by the server")

    for res in RESOURCES.values():
        noun, one = res.noun, res.noun[:-1]
        where = group(noun, f"{noun}: list, get, set, delete, import, export")
        limit(leaf(where, "list", cmd_items_list, f"every {one}"))
        leaf(where, "get", cmd_items_get, f"one {one}").add_argument(res.arg)
        leaf(where, "delete", cmd_items_delete, f"delete a {one}").add_argument(res.arg)
        leaf(where, "import", cmd_items_import, f"create or update {noun} from a JSON file").add_argument("file")
        leaf(where, "export", cmd_items_export, f"write every {one} as JSON").add_argument(
            "file", nargs="?", help="default: standard output"
        )
        sub = leaf(where, "set", cmd_items_set, f"create or update a {one}")
        sub.add_argument(res.arg)
        for field in res.fields:
            sub.add_argument(field.flag, **(field.options or {}))

    errors = group("import-errors", "DAG files that failed to import")
    limit(leaf(errors, "list", cmd_import_errors_list, "every import error"))

    config = group("config", "the server's configuration (when [webserver] expose_config allows)")
    sub = leaf(config, "get", cmd_config_get, "the configuration, a section, or one option")
    sub.add_argument("section", nargs="?")
    sub.add_argument("key", nargs="?")

    sub = leaf(commands, "call", cmd_call, "any operation of the API by name: call OPERATION key=value ...")
    sub.add_argument("operation", nargs="?", help="an operationId, e.g. get_task_instances")
    sub.add_argument("arguments", nargs=argparse.REMAINDER, help="key=value ...; body=JSON or body=@file.json")
    sub.add_argument("--list", action="store_true", help="list every operation")
    sub.add_argument("--accept", choices=("text/plain",), help="ask for text (get_log, get_config, ...)")
    return parser


# -- running -------------------------------------------------------------------------


def run(argv: Optional[Sequence[str]], stdout: Optional[IO[str]] = None, stderr: Optional[IO[str]] = None) -> int:
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    _Parser.streams = {"out": out, "err": err}
    args_list = list(sys.argv[1:] if argv is None else argv)
    ctx: Optional[Context] = None
    try:
        _refuse_secret_flags(args_list)
        parser = build_parser()
        args = parser.parse_args(args_list)
        if getattr(args, "handler", None) is cmd_call:
            _call_options(args)
        ctx = Context(args, out, err, os.environ)
        return int(args.handler(ctx, args))
    except _Exit as exc:
        return exc.code
    except KeyboardInterrupt:
        if ctx is not None:
            ctx.end_progress()
        err.write(f"{PROG}: interrupted\n")
        return 130
    except BrokenPipeError:  # `airflow-client dags list | head`
        _silence_stdout()
        return 0
    except Exception as exc:  # noqa: BLE001 - every error becomes one line and an exit code
        if ctx is not None:
            ctx.end_progress()
        code, line = describe_error(exc)
        secrets = ctx.settings.secrets() if ctx is not None and ctx.settings is not None else []
        for secret in secrets:
            line = line.replace(secret, "***")
        err.write(f"{PROG}: {line}\n")
        return code
    finally:
        if ctx is not None:
            ctx.close()
        _Parser.streams = {}


def _refuse_secret_flags(argv: Sequence[str]) -> None:
    """``--password``/``--token`` with the secret itself: refused, and the value never echoed."""
    for item in argv:
        if item == "--":
            return
        name = item.split("=", 1)[0]
        if name in ("--password", "--token", "--conn-password"):
            hint = "--conn-password-file" if name == "--conn-password" else f"{name}-file, ${ENV_OF[name]}"
            raise UsageError(f"{name} is not taken on the command line (it would show in ps and history): use {hint}")


ENV_OF = {"--password": "AIRFLOW_PASSWORD", "--token": "AIRFLOW_TOKEN"}


def _call_options(args: argparse.Namespace) -> None:
    """The options written after ``call OPERATION`` (argparse leaves them in its arguments)."""
    items = list(args.arguments)
    args.describe = any(item in ("-h", "--help") for item in items)
    options = [i for i in items if i.startswith("-") and i not in ("-h", "--help")]
    args.arguments = [i for i in items if not i.startswith("-")]
    # an option's value (`-o json`) follows it: take it back from the arguments
    common = _Parser(add_help=False, parents=[_common()], argument_default=argparse.SUPPRESS)
    common.add_argument("--accept", choices=("text/plain",))
    common.add_argument("--list", action="store_true")
    rest = [i for i in items if i not in ("-h", "--help")]
    if options:
        values = common.parse_known_args(rest, namespace=args)[1]
        args.arguments = [i for i in values if not i.startswith("-")]
        unknown = [i for i in values if i.startswith("-")]
        if unknown:
            raise UsageError(f"call: unknown option {unknown[0]!r}")


def describe_error(exc: BaseException) -> "tuple[int, str]":
    """(exit code, one line for a person) for an exception out of a command."""
    from airflow_client.client import (
        ApiConnectionError,
        ApiException,
        ApiTypeError,
        ApiValueError,
        DagRunWaitTimeout,
        OpenApiException,
        OperationNotSupportedError,
        TaskLogTimeout,
    )

    if isinstance(exc, UsageError):
        return EXIT_USAGE, f"error: {exc}"
    if isinstance(exc, (DagRunWaitTimeout, TaskLogTimeout)):
        return EXIT_TIMEOUT, f"timed out: {exc}"
    if isinstance(exc, ApiConnectionError):
        where = f" ({exc.method} {exc.url})" if getattr(exc, "url", None) else ""
        return EXIT_CONNECTION, f"cannot reach the server{where}: {_first_line(getattr(exc, 'message', str(exc)))}"
    if isinstance(exc, OperationNotSupportedError):  # the server's Airflow lacks it: say which has it
        if not exc.since:  # Airflow 3 without an equivalent: its message says what to use instead
            return EXIT_API_ERROR, f"error: {_first_line(str(exc))}"
        where = f" (the server runs Airflow {exc.server_version})" if exc.server_version else ""
        return EXIT_API_ERROR, f"error: {exc.operation} needs Airflow {exc.since} or newer{where}"
    if isinstance(exc, ApiException):
        parts = [f"{exc.status} {exc.reason or ''}".strip()]
        title, detail = getattr(exc, "title", None), getattr(exc, "detail", None)
        if title:
            parts.append(title)
        if detail and detail != title:
            parts.append(detail)
        if not title and not detail:
            message = getattr(exc, "message", None)
            body = exc.body.decode("utf-8", "replace") if isinstance(exc.body, bytes) else exc.body
            if message or body:
                parts.append(_first_line(str(message or body))[:200])
        return EXIT_API_ERROR, "error: " + ": ".join(parts)
    if isinstance(exc, (ApiTypeError, ApiValueError)):
        return EXIT_USAGE, f"error: {exc}"
    if isinstance(exc, OpenApiException):
        return EXIT_API_ERROR, f"error: {_first_line(str(exc))}"
    if isinstance(exc, OSError):
        return EXIT_USAGE, f"error: {exc}"
    raise exc


def _first_line(text: str) -> str:
    return " ".join(text.strip().splitlines()[:1]) if text.strip() else text


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
