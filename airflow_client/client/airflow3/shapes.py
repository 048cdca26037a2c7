"""The shapes of Airflow 3's answers and bodies, and their 2.x counterparts.

The answer converters take a decoded v2 answer to the shape the 2.x model
parses (:func:`dag`, :func:`dag_run`, :func:`task_instance`, ...; every field of
the v2 answer is kept besides), and :func:`collection` / :func:`renamed` build
them for lists and renamed fields.  The body functions take the 2.x body (and
the call's parameters) to what v2 accepts (:func:`trigger_body`,
:func:`reshape`, :func:`defaulted`, ...), refusing a field v2 has no place for.
The table (:mod:`.translations`) names them per operation.  Pure functions:
nothing here sends a request.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any, Callable, Dict, List, Mapping, Optional, Tuple

from airflow_client.client.airflow3.rules import Body, Invalid, Params, Refused, order_by_keys

# -- answers: v2 shapes -> 2.x shapes -------------------------------------------------

#: What Airflow 2 sent beyond what its spec declares, by 2.x model: kept in a mapped answer
#: beside the declared members, where every other member Airflow 3 adds is left out
#: (``parsing.airflow2_answer``).  Seen in the official client's answers from Airflow 2.10.5
#: (test_differential_real.py's reference).  ``None``: the members are the server's own names
#: (an extra link's), all kept.
AIRFLOW2_UNDECLARED: Mapping[str, Optional[Tuple[str, ...]]] = {
    "BasicDAGRun": ("dag_run_id",),
    "DAGDetail": ("template_searchpath",),
    "Dataset": ("aliases",),
    "DatasetEvent": ("id",),
    "ExtraLinkCollection": None,
    "ProviderCollection": ("total_entries",),
    "QueuedEventCollection": ("queued_events",),
    "Task": ("operator_name", "params"),
    "TaskCollection": ("total_entries",),
    "TaskExtraLinks": ("class_name", "module_path"),
    "TaskInstanceHistoryCollection": ("task_instances",),
    "User": ("fail_login_count",),
    "UserCollectionItem": ("fail_login_count",),
    "VariableCollectionItem": ("value",),
}

#: Airflow 3 renamed datasets to assets; the other new run types are kept as received.
RUN_TYPES = {"asset_triggered": "dataset_triggered"}


def _cron_like(summary: Any) -> bool:
    return isinstance(summary, str) and (summary.startswith("@") or len(summary.split()) in (5, 6))


#: ``str(timedelta)``, what Airflow 3 summarises a ``schedule=timedelta(...)`` as: ``1 day, 0:00:00``.
_TIMEDELTA = re.compile(r"^(?:(-?\d+) days?, )?(\d+):(\d\d):(\d\d)(?:\.(\d{6}))?$")


def schedule_interval(summary: Any) -> Any:
    """The 2.x ``schedule_interval`` of a v2 ``timetable_summary``: a ``CronExpression`` of a
    cron or preset, a ``TimeDelta`` of a ``timedelta``'s text, an asset-triggered DAG's
    ``Asset`` as the ``Dataset`` cron Airflow 2 gave, else None (custom timetables)."""
    if summary == "Asset":  # Airflow 2 summarised a dataset-triggered timetable so
        return {"__type": "CronExpression", "value": "Dataset"}
    if _cron_like(summary):
        return {"__type": "CronExpression", "value": summary}
    found = _TIMEDELTA.match(summary) if isinstance(summary, str) else None
    if found is None:
        return None
    days, hours, minutes, seconds, micro = found.groups()
    return {
        "__type": "TimeDelta",
        "days": int(days or 0),
        "seconds": int(hours) * 3600 + int(minutes) * 60 + int(seconds),
        "microseconds": int(micro or 0),
    }


def dag(data: Any) -> Any:
    """A v2 DAG as a 2.x DAG: ``is_active`` = not ``is_stale``, ``next_dagrun`` from
    ``next_dagrun_logical_date``, ``next_dagrun_create_after`` from
    ``next_dagrun_run_after``, ``schedule_interval`` from ``timetable_summary`` (see
    :func:`schedule_interval`); SubDAG fields as a DAG without them."""
    if not isinstance(data, dict):
        return data
    out = dict(data)
    if "is_stale" in data:
        out.setdefault("is_active", not data["is_stale"])
    out.setdefault("next_dagrun", data.get("next_dagrun_logical_date"))
    out.setdefault("next_dagrun_create_after", data.get("next_dagrun_run_after"))
    if "schedule_interval" not in out:
        out["schedule_interval"] = schedule_interval(data.get("timetable_summary"))
    out.setdefault("root_dag_id", None)
    out.setdefault("is_subdag", False)
    for name, value in _GONE_DAG_FIELDS.items():
        out.setdefault(name, value)
    return out


#: What Airflow 2 gave for the DAG fields gone in Airflow 3 (no pickling, no scheduler lock,
#: no per-DAG view): its values for a DAG that never set them, ``[webserver]`` defaults
_GONE_DAG_FIELDS = {"default_view": "grid", "last_pickled": None, "pickle_id": None, "scheduler_lock": None}


def dag_run(data: Any) -> Any:
    """A v2 DAG run as a 2.x one: ``execution_date`` = ``logical_date`` (or
    ``run_after`` for a run without one), ``external_trigger`` = run type manual,
    ``asset_triggered`` = ``dataset_triggered``."""
    if not isinstance(data, dict):
        return data
    out = dict(data)
    out.setdefault("execution_date", data.get("logical_date") or data.get("run_after"))
    run_type = data.get("run_type")
    out.setdefault("external_trigger", run_type == "manual")
    if isinstance(run_type, str):
        out["run_type"] = RUN_TYPES.get(run_type, run_type)
    return out


def task_instance(data: Any) -> Any:
    """A v2 task instance as a 2.x one: ``execution_date`` = ``logical_date`` (or
    ``run_after``); ``sla_miss`` None (SLAs are gone in Airflow 3)."""
    if not isinstance(data, dict):
        return data
    out = dict(data)
    out.setdefault("execution_date", data.get("logical_date") or data.get("run_after"))
    out.setdefault("sla_miss", None)
    return out


#: The fields of a try of a task instance as Airflow 2 sent it (its ``TaskInstanceHistory``)
TRY_FIELDS = frozenset(
    (
        "dag_id", "dag_run_id", "duration", "end_date", "executor", "executor_config", "hostname", "map_index",
        "max_tries", "operator", "pid", "pool", "pool_slots", "priority_weight", "queue", "queued_when",
        "start_date", "state", "task_display_name", "task_id", "try_number", "unixname",
    )
)  # fmt: skip


def task_instance_try(data: Any) -> Any:
    """A v2 try of a task instance as Airflow 2 gave one: :data:`TRY_FIELDS` only (no
    ``execution_date``, no ``sla_miss``, none of Airflow 3's own)."""
    if not isinstance(data, dict):
        return data
    return {key: value for key, value in data.items() if key in TRY_FIELDS}


def connection(data: Any) -> Any:
    """A v2 connection as Airflow 2 gave one: without ``password``, which Airflow 2 never sent
    (its schema loaded it only); Airflow 3 sends it masked."""
    if not isinstance(data, dict):
        return data
    return {key: value for key, value in data.items() if key != "password"}


def task(data: Any) -> Any:
    """A v2 task as a 2.x one: ``extra_links`` names become ``{"class_ref": {"class_name": name}}``,
    ``retry_exponential_backoff`` (a multiplier now) a bool, whole-number floats ints, params
    as Airflow 2 serialised them (:func:`param`)."""
    if not isinstance(data, dict):
        return data
    out = dict(data)
    _airflow2_params(out)
    links = data.get("extra_links")
    if isinstance(links, list):
        out["extra_links"] = [{"class_ref": {"class_name": x}} if isinstance(x, str) else x for x in links]
    backoff = data.get("retry_exponential_backoff")
    if isinstance(backoff, (int, float)) and not isinstance(backoff, bool):
        out["retry_exponential_backoff"] = bool(backoff)
    for key in ("retries", "pool_slots", "priority_weight"):
        value = data.get(key)
        if isinstance(value, float) and value.is_integer():
            out[key] = int(value)
    return out


def collection(key: str, item: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """The answer of a list operation: ``item`` applied to each of ``data[key]``."""

    def convert(data: Any) -> Any:
        if isinstance(data, dict) and isinstance(data.get(key), list):
            return dict(data, **{key: [item(one) for one in data[key]]})
        return data

    return convert


def dag_warning(data: Any) -> Any:
    """A v2 DAG warning as the plain dict a 2.x client holds (the official client does not
    parse the items of ``dag_warnings``): its ``timestamp`` in Airflow 2's form, ``+00:00``
    where Airflow 3 writes ``Z``."""
    if isinstance(data, dict) and isinstance(data.get("timestamp"), str) and data["timestamp"].endswith("Z"):
        return dict(data, timestamp=data["timestamp"][:-1] + "+00:00")
    return data


def xcom_entry(data: Any) -> Any:
    """A v2 XCom entry (or event log, or task instance try) as a 2.x one:
    ``execution_date`` = ``logical_date`` (or ``run_after``)."""
    if not isinstance(data, dict):
        return data
    out = dict(data)
    out.setdefault("execution_date", data.get("logical_date") or data.get("run_after"))
    return out


def renamed(renames: Mapping[str, str], inner: Optional[Callable[[Any], Any]] = None) -> Callable[[Any], Any]:
    """An answer mapping: ``inner`` first, then each 2.x field of ``renames`` (``{2.x name: v2
    name}``) filled from the v2 one (both kept)."""

    def convert(data: Any) -> Any:
        if inner is not None:
            data = inner(data)
        if isinstance(data, dict):
            data = dict(data, **{old: data[new] for old, new in renames.items() if new in data and old not in data})
        return data

    return convert


_ISO_DURATION = re.compile(r"^(-)?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$")


def time_delta(value: Any) -> Any:
    """An ISO 8601 duration (``PT1H``, Airflow 3) as Airflow 2's TimeDelta object; anything else as it is."""
    match = _ISO_DURATION.match(value) if isinstance(value, str) else None
    if match is None:
        return value
    sign, days, hours, minutes, seconds = match.groups()
    total = _dt.timedelta(
        days=int(days or 0), hours=int(hours or 0), minutes=int(minutes or 0), seconds=float(seconds or 0)
    )
    if sign:
        total = -total
    return {"__type": "TimeDelta", "days": total.days, "seconds": total.seconds, "microseconds": total.microseconds}


def dag_details(data: Any) -> Any:
    """v2 DAG details as 2.x ones: the DAG mapping (see :func:`dag`), ``dag_run_timeout`` an ISO
    duration made a TimeDelta, ``dataset_expression`` = ``asset_expression``, ``concurrency`` =
    ``max_active_tasks``."""
    out = renamed({"dataset_expression": "asset_expression", "concurrency": "max_active_tasks"}, dag)(data)
    if not isinstance(out, dict):
        return out
    if "dag_run_timeout" in out:
        out["dag_run_timeout"] = time_delta(out["dag_run_timeout"])
    if "dataset_expression" in out:
        out["dataset_expression"] = dataset_expression(out["dataset_expression"])
    _airflow2_params(out)
    # Airflow 2 sent ``template_searchpath`` (beside its spec's ``template_search_path``, never sent)
    if "template_search_path" in out:
        out.setdefault("template_searchpath", out.pop("template_search_path"))
    out.setdefault("orientation", "LR")  # [webserver] dag_orientation's default: Airflow 3 has none
    return out


def dataset_expression(value: Any) -> Any:
    """Airflow 3's asset expression in Airflow 2's form: an asset (``{"asset": {"uri": ...}}``)
    as its URI, an alias as ``{"alias": name}``, ``all``/``any`` kept around them."""
    if isinstance(value, list):
        return [dataset_expression(item) for item in value]
    if not isinstance(value, dict) or len(value) != 1:
        return value
    ((key, inner),) = value.items()
    if key == "asset" and isinstance(inner, dict) and "uri" in inner:
        return inner["uri"]
    if key == "alias" and isinstance(inner, dict) and "name" in inner:
        return {"alias": inner["name"]}
    return {key: dataset_expression(inner)}


def _airflow2_params(out: Dict[str, Any]) -> None:
    """A DAG's or task's ``params`` (in ``out``), each as Airflow 2 serialised it (:func:`param`)."""
    if isinstance(out.get("params"), dict):
        out["params"] = {name: param(value) for name, value in out["params"].items()}


def param(value: Any) -> Any:
    """A DAG param as Airflow 2 serialised it (``__class``, ``value``, ``description``,
    ``schema``); Airflow 3 sends ``source`` in place of ``__class``."""
    if not isinstance(value, dict) or not {"value", "schema"} <= set(value):
        return value
    out = {"__class": "airflow.models.param.Param"}
    out.update((key, item) for key, item in value.items() if key != "source")
    return out


#: a v2 asset as a 2.x dataset
dataset = renamed({"consuming_dags": "scheduled_dags"})


def dataset_event(data: Any) -> Any:
    """A v2 asset event as a 2.x dataset event: ``dataset_id``/``dataset_uri`` from
    ``asset_id``/``uri``; each created run with ``execution_date``."""
    out = renamed({"dataset_id": "asset_id", "dataset_uri": "uri"})(data)
    if isinstance(out, dict) and isinstance(out.get("created_dagruns"), list):
        out["created_dagruns"] = [created_run(run) for run in out["created_dagruns"]]
    return out


def created_run(data: Any) -> Any:
    """A run an asset event created, as Airflow 2 gave one: also as ``dag_run_id`` (its
    ``run_id``), with ``execution_date``."""
    out = dag_run(data)
    if isinstance(out, dict) and "run_id" in out:
        out.setdefault("dag_run_id", out["run_id"])
    return out


def plugin(data: Any) -> Any:
    """A v2 plugin as a 2.x one: ``hooks``, ``executors`` and ``ti_deps`` (gone in Airflow 3) empty."""
    if not isinstance(data, dict):
        return data
    return {"hooks": [], "executors": [], "ti_deps": [], **data}


def first_task_instance(data: Any) -> Any:
    """A v2 collection answered for a one-instance PATCH as the 2.x single task instance (its first)."""
    if isinstance(data, dict) and isinstance(data.get("task_instances"), list) and data["task_instances"]:
        return task_instance(data["task_instances"][0])
    return data


def extra_links(data: Any) -> Any:
    """v2's ``{"extra_links": {name: url}}`` as the ``{name: href}`` Airflow 2.10 answers (see quirks.py)."""
    if isinstance(data, dict) and isinstance(data.get("extra_links"), dict):
        return dict(data["extra_links"])
    return data


#: a v2 task instance collection, each mapped (full task instances where 2.x gave references)
task_instances = collection("task_instances", task_instance)


def cleared_run(data: Any) -> Any:
    """clear_dag_run: a dry run's task instances, else the DAG run."""
    if isinstance(data, dict) and "task_instances" in data:
        return task_instances(data)
    return dag_run(data)


def log_text(events: Any) -> str:
    """Airflow 3's structured log (a list of events) as the text Airflow 2 answered:
    one line per event, ``[timestamp] {logger} LEVEL - event``, its other keys after it."""
    if isinstance(events, str):
        return events
    if not isinstance(events, list):
        return "" if events is None else str(events)
    lines: List[str] = []
    for event in events:
        if not isinstance(event, dict):
            lines.append(str(event))
            continue
        rest = {k: v for k, v in event.items() if k not in ("timestamp", "level", "event", "logger")}
        text = str(event.get("event", ""))
        if "timestamp" in event or "level" in event:
            where = f" {{{event['logger']}}}" if event.get("logger") else ""
            level = str(event.get("level", "")).upper()
            text = f"[{event.get('timestamp', '')}]{where} {level} - {text}"
        if rest:
            text += " " + " ".join(f"{k}={v}" for k, v in rest.items())
        lines.append(text)
    return "\n".join(lines)


def log(data: Any) -> Any:
    """A v2 log answer (``content`` a list of events) with the text 2.x callers read."""
    if isinstance(data, dict):
        return dict(data, content=log_text(data.get("content")))
    return data


def permissions(data: Any) -> Any:
    """FAB's action x resource pairs as Airflow 2's list of actions: each action name once."""
    if not (isinstance(data, dict) and isinstance(data.get("actions"), list)):
        return data
    names = sorted({pair.get("action", {}).get("name") for pair in data["actions"] if isinstance(pair, dict)} - {None})
    return {"actions": [{"name": name} for name in names], "total_entries": len(names)}


# -- bodies: what v2 accepts ----------------------------------------------------------


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat()


#: The fields of ``TriggerDAGRunPostBody`` a 2.x ``DAGRun`` body can carry.
TRIGGER_FIELDS = ("dag_run_id", "logical_date", "data_interval_start", "data_interval_end", "conf", "note")


def trigger_body(body: Body, params: Params) -> Body:
    """A 2.x ``DAGRun`` body as v2's trigger body: ``execution_date`` becomes
    ``logical_date``, which defaults to now as Airflow 2's did (v2 requires the key;
    null there makes a run without a logical date); ``run_after`` is the same moment, so
    that the run's id (``manual__<run_after>`` on Airflow 3) is the one Airflow 2 made from
    the logical date."""
    out = {key: body[key] for key in TRIGGER_FIELDS if key in body}
    if out.get("logical_date") is None:
        out["logical_date"] = body.get("execution_date") or _now()
    out["run_after"] = out["logical_date"]
    return out


#: Airflow 2's text for an ``update_mask`` of a DAG patch other than ``["is_paused"]``
ONLY_IS_PAUSED = "Only `is_paused` field can be updated through the REST API"


def dag_patch_body(body: Body, params: Params) -> Body:
    """v2 patches only ``is_paused`` of a DAG (the 2.x body has no other writable field).
    Another ``update_mask`` is Airflow 2's 400, before the DAG is looked for (Airflow 3
    answers a DAG that is not there with 404 first)."""
    mask = params.get("update_mask")
    if mask and [str(field) for field in mask] != ["is_paused"]:
        raise Invalid(ONLY_IS_PAUSED)
    return {key: body[key] for key in ("is_paused",) if key in body}


def dates_checked(convert: Callable[[Body, Params], Body], *names: str) -> Callable[[Body, Params], Body]:
    """A body function that checks the date-times ``names`` of the 2.x body as Airflow 2's
    schema did, before anything else: one that is not an ISO date-time, or has no time
    zone, is Airflow 2's 400 in marshmallow's words (some Airflow 3 releases answer such a
    body with 500: 3.0.6 and 3.1.8 for ``post_clear_task_instances``)."""

    def checked(body: Body, params: Params) -> Body:
        problems: Dict[str, List[str]] = {}
        for name in names:
            value = body.get(name)
            if value is None:
                continue
            try:
                when = _iso_datetime(str(value))
            except ValueError:
                problems[name] = ["Not a valid datetime."]
                continue
            if when.tzinfo is None:
                problems[name] = ["Naive datetime is disallowed"]
        if problems:
            raise Invalid(str(problems))
        return convert(body, params)

    return checked


def _iso_datetime(text: str) -> _dt.datetime:
    from dateutil.parser import isoparse  # as the client reads date-times

    return isoparse(text)


def reshape(
    keep: Tuple[str, ...], renames: Optional[Mapping[str, str]] = None, moved: Tuple[str, ...] = ()
) -> Callable[[Body, Params], Body]:
    """A body function: the 2.x fields ``keep`` (v2 names, after ``renames``, ``{2.x: v2}``)
    are sent; ``moved`` ones are carried elsewhere (path, route) or mean nothing on Airflow 3
    and are left out; any other field given is refused (v2 would answer 422)."""
    names = dict(renames or {})

    def convert(body: Body, params: Params) -> Body:
        out: Body = {}
        for key, value in body.items():
            name = names.get(key, key)
            if name in keep:
                out[name] = order_by_keys(value, LOGICAL)[0] if name == "order_by" and value else value
            elif key not in moved and value is not None:
                raise Refused(key, "Airflow 3 has no such field here", "leave it out")
        return out

    return convert


def defaulted(
    convert: Optional[Callable[[Body, Params], Body]] = None, **defaults: Any
) -> Callable[[Body, Params], Body]:
    """A body function that sends ``defaults`` (Airflow 2's) for the fields not given,
    where Airflow 3 requires them or its own default means something else; the body is
    ``convert``'s (as given without one)."""

    def with_defaults(body: Body, params: Params) -> Body:
        return {**defaults, **(body if convert is None else convert(body, params))}

    return with_defaults


def dataset_event_body(body: Body, params: Params) -> Body:
    """create_dataset_event: ``dataset_uri`` becomes the asset's id (resolved), ``extra`` an object."""
    return {"asset_id": params["asset_id"], "extra": body.get("extra") or {}}


# -- the fields of v2's bodies and their 2.x names ------------------------------------

#: ``execution_date`` is Airflow 3's ``logical_date`` (an ``order_by`` key, a body field)
LOGICAL = {"execution_date": "logical_date"}
DATES = {"execution_date_gte": "logical_date_gte", "execution_date_lte": "logical_date_lte"}
_WINDOWS = ("logical_date_gte", "logical_date_lte", "start_date_gte", "start_date_lte", "end_date_gte", "end_date_lte")
#: the v2 batch bodies' fields a 2.x form can fill (after the renames)
DAG_RUNS_BATCH = ("order_by", "page_offset", "page_limit", "dag_ids", "states", *_WINDOWS)
TASK_INSTANCES_BATCH = (
    "page_offset",
    "page_limit",
    "dag_ids",
    "dag_run_ids",
    "task_ids",
    "state",
    "pool",
    "queue",
    "executor",
    "duration_gte",
    "duration_lte",
    *_WINDOWS,
)
CLEAR_TASK_INSTANCES = (
    "dry_run",
    "start_date",
    "end_date",
    "only_failed",
    "only_running",
    "reset_dag_runs",
    "task_ids",
    "dag_run_id",
    "include_upstream",
    "include_downstream",
    "include_future",
    "include_past",
)
