"""The same 2.x calls against Airflow 3: each operation's translation onto ``/api/v2``.

A :class:`Translation` declares, for one 2.x operation (by its name), what to
send to Airflow 3 and how its answer becomes the 2.x one: the v2 path, what
each 2.x query parameter becomes (:data:`SAME`, :class:`Rename`,
:data:`PROJECT` for ``fields``, emulated client-side), ``order_by`` keys
renamed, the body reduced to what v2 accepts, and the answer mapped back onto
the 2.x model (``execution_date`` from ``logical_date``, renamed enum values;
every field of the v2 answer is kept besides).  A query parameter an
operation's translation does not name is refused with
:class:`~airflow_client.client.exceptions.NotSupportedOnServerError` when it
is given: Airflow 3 silently ignores a parameter it does not know, and a
filter given must never come back as unfiltered data.  An operation without a
translation raises that error too, naming what to use instead.

The runtime that sends a translated request is ``ApiClient._invoke_v2``; this
module holds only data and pure functions, tested without a server.
"""

from __future__ import annotations

import datetime as _dt
import enum
import json
from typing import Any, Callable, Dict, List, Mapping, Optional, Tuple, Union
from urllib.parse import quote

from airflow_client.client.operation import Operation, encode_segment

#: Airflow 3's page size when none is given is 50, Airflow 2's 100; ``limit=0``
#: meant "the default" there and means "nothing" here: both become this.
DEFAULT_LIMIT = 100

Body = Dict[str, Any]
Params = Mapping[str, Any]


class _Same:
    """The parameter is sent as it is, under its own name."""

    def __repr__(self) -> str:
        return "SAME"


class _Project:
    """``fields``: Airflow 3 has no projection; the answer's objects are cut to
    the fields asked for, client-side (what Airflow 2 answered)."""

    def __repr__(self) -> str:
        return "PROJECT"


SAME = _Same()
PROJECT = _Project()


class Rename:
    """The parameter is sent under another name (same meaning, same values)."""

    __slots__ = ("to",)

    def __init__(self, to: str) -> None:
        self.to = to

    def __repr__(self) -> str:
        return f"Rename({self.to!r})"


QueryRule = Union[_Same, _Project, Rename]


class Translation:
    """How one 2.x operation is sent to Airflow 3's ``/api/v2`` and answered.

    :param path: the v2 path template (default: the 2.x one); its ``{names}``
        are the 2.x path parameters.
    :param query: ``{2.x name: rule}`` for each query parameter sent; one not
        named here is refused when given.
    :param order_by: ``{2.x key: v2 key}`` renames of ``order_by`` keys (a
        leading ``-`` is kept); ``order_by`` must be in ``query`` too.
    :param body: the v1 body (decoded JSON) and the call's parameters -> the v2 body.
    :param answer: the decoded v2 answer -> the 2.x shape (before the 2.x model parses it).
    :param text_from: for an operation that can answer text (``_accept="text/plain"``) where
        v2 does not: the member of the (mapped) JSON answer that holds the text.
    :param note: how it is approximated, for the docs.
    """

    __slots__ = ("path", "query", "order_by", "body", "answer", "text_from", "note")

    def __init__(
        self,
        *,
        path: Optional[str] = None,
        query: Optional[Mapping[str, QueryRule]] = None,
        order_by: Optional[Mapping[str, str]] = None,
        body: Optional[Callable[[Body, Params], Body]] = None,
        answer: Optional[Callable[[Any], Any]] = None,
        text_from: Optional[str] = None,
        note: str = "",
    ) -> None:
        self.path = path
        self.query = dict(query or {})
        self.order_by = dict(order_by or {})
        self.body = body
        self.answer = answer
        self.text_from = text_from
        self.note = note

    @property
    def paginated(self) -> bool:
        return "limit" in self.query


class Unsupported:
    """An operation with no equivalent on Airflow 3 (or not translated yet): why, and what to use instead."""

    __slots__ = ("reason", "instead")

    def __init__(self, reason: str, instead: str) -> None:
        self.reason = reason
        self.instead = instead


# -- answers: v2 shapes -> 2.x shapes -------------------------------------------------

#: Airflow 3 renamed datasets to assets; the other new run types are kept as received.
RUN_TYPES = {"asset_triggered": "dataset_triggered"}


def _cron_like(summary: Any) -> bool:
    return isinstance(summary, str) and (summary.startswith("@") or len(summary.split()) in (5, 6))


def dag(data: Any) -> Any:
    """A v2 DAG as a 2.x DAG: ``is_active`` = not ``is_stale``, ``next_dagrun`` from
    ``next_dagrun_logical_date``, ``next_dagrun_create_after`` from
    ``next_dagrun_run_after``, ``schedule_interval`` a ``CronExpression`` of a cron or
    preset ``timetable_summary`` (else None); SubDAG fields as a DAG without them."""
    if not isinstance(data, dict):
        return data
    out = dict(data)
    if "is_stale" in data:
        out.setdefault("is_active", not data["is_stale"])
    out.setdefault("next_dagrun", data.get("next_dagrun_logical_date"))
    out.setdefault("next_dagrun_create_after", data.get("next_dagrun_run_after"))
    summary = data.get("timetable_summary")
    if "schedule_interval" not in out:
        out["schedule_interval"] = {"__type": "CronExpression", "value": summary} if _cron_like(summary) else None
    out.setdefault("root_dag_id", None)
    out.setdefault("is_subdag", False)
    return out


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


def task(data: Any) -> Any:
    """A v2 task as a 2.x one: ``extra_links`` names become ``{"class_ref": {"class_name": name}}``,
    ``retry_exponential_backoff`` (a multiplier now) a bool, whole-number floats ints."""
    if not isinstance(data, dict):
        return data
    out = dict(data)
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


def xcom_entry(data: Any) -> Any:
    """A v2 XCom entry as a 2.x one: ``execution_date`` = ``logical_date`` (or ``run_after``)."""
    if not isinstance(data, dict):
        return data
    out = dict(data)
    out.setdefault("execution_date", data.get("logical_date") or data.get("run_after"))
    return out


def collection(key: str, item: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """The answer of a list operation: ``item`` applied to each of ``data[key]``."""

    def convert(data: Any) -> Any:
        if isinstance(data, dict) and isinstance(data.get(key), list):
            return dict(data, **{key: [item(one) for one in data[key]]})
        return data

    return convert


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


# -- bodies: what v2 accepts ----------------------------------------------------------


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat()


#: The fields of ``TriggerDAGRunPostBody`` a 2.x ``DAGRun`` body can carry.
TRIGGER_FIELDS = ("dag_run_id", "logical_date", "data_interval_start", "data_interval_end", "conf", "note")


def trigger_body(body: Body, params: Params) -> Body:
    """A 2.x ``DAGRun`` body as v2's trigger body: ``execution_date`` becomes
    ``logical_date``, which defaults to now as Airflow 2's did (v2 requires the key;
    null there makes a run without a logical date)."""
    out = {key: body[key] for key in TRIGGER_FIELDS if key in body}
    if out.get("logical_date") is None:
        out["logical_date"] = body.get("execution_date") or _now()
    return out


def dag_patch_body(body: Body, params: Params) -> Body:
    """v2 patches only ``is_paused`` of a DAG (the 2.x body has no other writable field)."""
    return {key: body[key] for key in ("is_paused",) if key in body}


# -- the table --------------------------------------------------------------------------

_PAGES: Dict[str, QueryRule] = {"limit": SAME, "offset": SAME, "order_by": SAME}
_DAG_RUN_FILTERS: Dict[str, QueryRule] = {
    "execution_date_gte": Rename("logical_date_gte"),
    "execution_date_lte": Rename("logical_date_lte"),
    "start_date_gte": SAME,
    "start_date_lte": SAME,
    "end_date_gte": SAME,
    "end_date_lte": SAME,
    "updated_at_gte": SAME,
    "updated_at_lte": SAME,
}
_LOGICAL = {"execution_date": "logical_date"}

TRANSLATIONS: Dict[str, Translation] = {
    "get_version": Translation(),
    "get_health": Translation(path="/monitor/health"),
    "get_dags": Translation(
        query={
            **_PAGES,
            "tags": SAME,
            "only_active": Rename("exclude_stale"),
            "paused": SAME,
            "fields": PROJECT,
            "dag_id_pattern": SAME,
        },
        answer=collection("dags", dag),
        note="only_active -> exclude_stale; fields projected client-side; DAG fields mapped (see dag())",
    ),
    "get_dag": Translation(query={"fields": PROJECT}, answer=dag, note="DAG fields mapped"),
    "patch_dag": Translation(
        query={"update_mask": SAME}, body=dag_patch_body, answer=dag, note="body reduced to is_paused"
    ),
    "get_dag_runs": Translation(
        query={**_PAGES, **_DAG_RUN_FILTERS, "state": SAME, "fields": PROJECT},
        order_by=_LOGICAL,
        answer=collection("dag_runs", dag_run),
        note="execution_date_* -> logical_date_*; order_by execution_date -> logical_date",
    ),
    "get_dag_run": Translation(query={"fields": PROJECT}, answer=dag_run),
    "post_dag_run": Translation(
        body=trigger_body,
        answer=dag_run,
        note="logical_date (or execution_date) sent, now when not given, as Airflow 2 defaulted it",
    ),
    "delete_dag_run": Translation(),
    "get_task_instances": Translation(
        query={
            "limit": SAME,
            "offset": SAME,
            **_DAG_RUN_FILTERS,
            "duration_gte": SAME,
            "duration_lte": SAME,
            "state": SAME,
            "pool": SAME,
            "queue": SAME,
            "executor": SAME,
        },
        answer=collection("task_instances", task_instance),
        note="execution_date_* -> logical_date_*",
    ),
    "get_task_instance": Translation(answer=task_instance),
    "get_variables": Translation(query=_PAGES, order_by={"value": "_val"}),
    "get_variable": Translation(),
    "post_variables": Translation(),
    "patch_variable": Translation(query={"update_mask": SAME}),
    "delete_variable": Translation(),
    "get_pools": Translation(query=_PAGES),
    "get_pool": Translation(),
    "post_pool": Translation(),
    "patch_pool": Translation(query={"update_mask": SAME}),
    "delete_pool": Translation(),
    "get_connections": Translation(query=_PAGES),
    "get_connection": Translation(),
    "post_connection": Translation(),
    "delete_connection": Translation(),
    "get_log": Translation(
        query={"full_content": SAME, "map_index": SAME, "token": SAME},
        answer=log,
        text_from="content",
        note="asked as JSON (v2 answers text/plain with 406); the structured events rendered as text lines",
    ),
    "get_tasks": Translation(
        query={"order_by": SAME},
        answer=collection("tasks", task),
        note="extra_links names as class_refs; retry_exponential_backoff as a bool",
    ),
    "get_task": Translation(answer=task),
    "get_config": Translation(query={"section": SAME}, note="same shape; text/plain as in Airflow 2"),
    "get_xcom_entries": Translation(
        query={"map_index": SAME, "xcom_key": SAME, "limit": SAME, "offset": SAME},
        answer=collection("xcom_entries", xcom_entry),
    ),
}

_FAB = Unsupported(
    "users, roles and permissions are not part of Airflow 3's API with its default (simple) auth manager",
    "the simple auth manager's users are set in [core] simple_auth_manager_users; "
    "with the FAB auth manager they are under /auth/fab/v1 (not translated yet)",
)
UNSUPPORTED: Dict[str, Unsupported] = {
    name: _FAB
    for name in (
        "get_roles",
        "post_role",
        "get_role",
        "patch_role",
        "delete_role",
        "get_permissions",
        "get_users",
        "post_user",
        "get_user",
        "patch_user",
        "delete_user",
    )
}
NOT_YET = Unsupported(
    "this operation is not translated to Airflow 3's /api/v2 yet",
    "ApiClient.call_api() with the /api/v2 path of the Airflow 3 REST API, or the apache-airflow-client 3.x",
)


def unsupported(name: str) -> Unsupported:
    """Why ``name`` cannot be sent to Airflow 3, and what to use instead."""
    return UNSUPPORTED.get(name, NOT_YET)


# -- building the request --------------------------------------------------------------


class Refused(Exception):
    """A parameter given that the translation cannot carry (raised as NotSupportedOnServerError)."""

    def __init__(self, parameter: str, reason: str, instead: str) -> None:
        super().__init__(parameter)
        self.parameter = parameter
        self.reason = reason
        self.instead = instead


def _query_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, _dt.datetime):
        return value.isoformat()
    return str(value)


def _order_by(value: Any, renames: Mapping[str, str]) -> List[str]:
    keys = value if isinstance(value, (list, tuple)) else str(value).split(",")
    out = []
    for key in keys:
        key = str(key).strip()
        sign = "-" if key.startswith("-") else ""
        name = key.lstrip("-")
        out.append(sign + renames.get(name, name))
    return out


def request(op: Operation, tr: Translation, params: Params) -> Tuple[str, List[Tuple[str, str]], Optional[List[str]]]:
    """The v2 path (encoded), the query pairs, and the ``fields`` to project the answer to (or None).

    Raises :class:`Refused` for a query parameter given that ``tr`` does not carry.
    """
    path = tr.path or op.path
    for name in op.path_params:
        path = path.replace("{" + name + "}", encode_segment(op.name, name, params.get(name)), 1)
    pairs: List[Tuple[str, str]] = []
    fields: Optional[List[str]] = None
    for name in op.query:
        value = params.get(name)
        if name == "limit" and tr.paginated and not value:
            value = DEFAULT_LIMIT
        if value is None:
            continue
        rule = tr.query.get(name)
        if rule is None:
            raise Refused(
                name,
                "Airflow 3 has no such filter and would ignore it, answering unfiltered data",
                "leave it out and filter the answer yourself",
            )
        if rule is PROJECT:
            fields = [str(field) for field in value]
            continue
        key = rule.to if isinstance(rule, Rename) else name
        if name == "order_by":
            value = _order_by(value, tr.order_by)
        values = value if isinstance(value, (list, tuple)) else [value]
        pairs.extend((key, _query_text(item)) for item in values)
    return path, pairs, fields


def query_string(pairs: List[Tuple[str, str]]) -> str:
    return "&".join(f"{quote(key, safe='')}={quote(value, safe='')}" for key, value in pairs)


def body(tr: Translation, encoded: Optional[bytes], params: Params) -> Optional[bytes]:
    """The v2 body from the 2.x one (as the 2.x operation encoded and checked it)."""
    if encoded is None or tr.body is None:
        return encoded
    decoded = json.loads(encoded)
    if not isinstance(decoded, dict):
        return encoded
    return json.dumps(tr.body(decoded, params), separators=(",", ":")).encode("utf-8")


def answer(tr: Translation, data: Any, fields: Optional[List[str]]) -> Any:
    """The v2 answer in the 2.x shape; with ``fields``, each object cut to them."""
    if tr.answer is not None:
        data = tr.answer(data)
    if fields is not None and isinstance(data, dict):
        wanted = set(fields)
        lists = [key for key, value in data.items() if isinstance(value, list) and key != "fields"]
        if "total_entries" in data and lists:
            for key in lists:
                data[key] = [
                    {k: v for k, v in item.items() if k in wanted} if isinstance(item, dict) else item
                    for item in data[key]
                ]
        else:
            data = {k: v for k, v in data.items() if k in wanted}
    return data


__all__ = [
    "DEFAULT_LIMIT",
    "PROJECT",
    "SAME",
    "TRANSLATIONS",
    "UNSUPPORTED",
    "Refused",
    "Rename",
    "Translation",
    "Unsupported",
    "answer",
    "body",
    "dag",
    "dag_run",
    "log_text",
    "query_string",
    "request",
    "task_instance",
    "unsupported",
]
