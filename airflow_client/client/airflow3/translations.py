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

import base64
import datetime as _dt
import enum
import json
import re
import zlib
from typing import Any, Callable, Dict, List, Mapping, Optional, Tuple, Union
from urllib.parse import quote

from airflow_client.client.core.operation import Operation, encode_segment

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


class _Join:
    """A list sent as one comma-separated value (FAB's ``update_mask``)."""

    def __repr__(self) -> str:
        return "JOIN"


class _Split:
    """A comma-separated 2.x string (``dag_ids="a,b"``) sent as Airflow 3's repeated parameter."""

    def __repr__(self) -> str:
        return "SPLIT"


SAME = _Same()
PROJECT = _Project()
SPLIT = _Split()
JOIN = _Join()


class Rename:
    """The parameter is sent under another name (same meaning, same values)."""

    __slots__ = ("to",)

    def __init__(self, to: str) -> None:
        self.to = to

    def __repr__(self) -> str:
        return f"Rename({self.to!r})"


QueryRule = Union[_Same, _Project, _Split, _Join, Rename]


class Context:
    """What a resolver, a body function or a ``finish`` may use besides the answer: the
    call's parameters, its 2.x body (decoded JSON, ``{}`` without one), the values resolved
    so far, and ``get(path, pairs)``: a GET on ``/api/v2`` with the call's credentials
    (its decoded JSON answer; errors raise the usual exceptions)."""

    __slots__ = ("params", "body", "values", "get")

    def __init__(self, params: Params, body: Body, get: Callable[[str, List[Tuple[str, str]]], Any]) -> None:
        self.params = params
        self.body = body
        self.values: Dict[str, Any] = {}
        self.get = get

    def value(self, name: str) -> Any:
        """A resolved value, else the call's parameter ``name``."""
        return self.values[name] if name in self.values else self.params.get(name)


class NotFound(Exception):
    """A resolver found nothing for the value given (raised as a 404 ``NotFoundException``)."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


Resolver = Callable[[Context], Any]


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
    :param method: the v2 method, when not the 2.x one.
    :param defaults: query pairs always sent (unless the call's own parameters send that name).
    :param resolve: ``{name: resolver}``: values the v2 request needs that the 2.x call does
        not carry as such (an asset's id from its URI, a run id from a body), asked of the
        server before the request; the path's ``{names}`` and the body function see them.
    :param routes: the v2 path template by the 2.x body: ``(field, default, {value: path})``,
        e.g. ``("dry_run", True, {True: ".../dry_run"})`` (a value not listed: ``path``).
    :param finish: the mapped answer and the :class:`Context` -> the 2.x answer (for what
        needs another request: all pages, a URI by an asset's id).
    :param note: how it is approximated, for the docs.
    :param approximated: True when the 2.x answer is not the same information (see ``note``).
    :param public: sent without credentials: the server answers it to anyone, as Airflow 2
        did, so wrong credentials (no JWT for them) must not stand in its way.
    """

    __slots__ = (
        "path",
        "query",
        "order_by",
        "body",
        "answer",
        "text_from",
        "method",
        "defaults",
        "resolve",
        "routes",
        "finish",
        "note",
        "approximated",
        "base",
        "public",
    )

    def __init__(
        self,
        *,
        path: Optional[str] = None,
        query: Optional[Mapping[str, QueryRule]] = None,
        order_by: Optional[Mapping[str, str]] = None,
        body: Optional[Callable[[Body, Params], Body]] = None,
        answer: Optional[Callable[[Any], Any]] = None,
        text_from: Optional[str] = None,
        method: Optional[str] = None,
        defaults: Optional[Mapping[str, str]] = None,
        resolve: Optional[Mapping[str, Resolver]] = None,
        routes: Optional[Tuple[str, Any, Mapping[Any, str]]] = None,
        finish: Optional[Callable[[Any, Context], Any]] = None,
        note: str = "",
        approximated: bool = False,
        base: str = "/api/v2",
        public: bool = False,
    ) -> None:
        self.path = path
        self.query = dict(query or {})
        self.order_by = dict(order_by or {})
        self.body = body
        self.answer = answer
        self.text_from = text_from
        self.method = method
        self.defaults = dict(defaults or {})
        self.resolve = dict(resolve or {})
        self.routes = routes
        self.finish = finish
        self.note = note
        self.approximated = approximated
        self.base = base
        self.public = public

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


#: ``str(timedelta)``, what Airflow 3 summarises a ``schedule=timedelta(...)`` as: ``1 day, 0:00:00``.
_TIMEDELTA = re.compile(r"^(?:(-?\d+) days?, )?(\d+):(\d\d):(\d\d)(?:\.(\d{6}))?$")


def schedule_interval(summary: Any) -> Any:
    """The 2.x ``schedule_interval`` of a v2 ``timetable_summary``: a ``CronExpression`` of a
    cron or preset, a ``TimeDelta`` of a ``timedelta``'s text, else None (assets, custom
    timetables)."""
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
    if isinstance(out, dict) and "dag_run_timeout" in out:
        out["dag_run_timeout"] = time_delta(out["dag_run_timeout"])
    return out


#: a v2 asset as a 2.x dataset
dataset = renamed({"consuming_dags": "scheduled_dags"})


def dataset_event(data: Any) -> Any:
    """A v2 asset event as a 2.x dataset event: ``dataset_id``/``dataset_uri`` from
    ``asset_id``/``uri``; each created run with ``execution_date``."""
    out = renamed({"dataset_id": "asset_id", "dataset_uri": "uri"})(data)
    if isinstance(out, dict) and isinstance(out.get("created_dagruns"), list):
        out["created_dagruns"] = [dag_run(run) for run in out["created_dagruns"]]
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


def dag_patch_body(body: Body, params: Params) -> Body:
    """v2 patches only ``is_paused`` of a DAG (the 2.x body has no other writable field)."""
    return {key: body[key] for key in ("is_paused",) if key in body}


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
                out[name] = _order_by(value, _LOGICAL)[0] if name == "order_by" and value else value
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


# -- resolvers and finishes: what needs another request ------------------------------


def _pages(ctx: Context, path: str, key: str, query: List[Tuple[str, str]]) -> Any:
    """Every item of a v2 list (pages of 100), lazily."""
    offset = 0
    while True:
        page = ctx.get(path, [*query, ("limit", str(DEFAULT_LIMIT)), ("offset", str(offset))])
        items = page.get(key) if isinstance(page, dict) else None
        if not items:
            return
        yield from items
        offset += len(items)
        if offset >= int(page.get("total_entries") or 0):
            return


def asset_id(ctx: Context) -> Any:
    """The id of the asset whose URI is the call's ``uri`` (or the body's ``dataset_uri``):
    ``GET /assets?uri_pattern=`` (a pattern, so every answer is compared for the exact URI)."""
    uri = ctx.params.get("uri") or ctx.body.get("dataset_uri")
    query = [("uri_pattern", str(uri)), ("only_active", "false")]
    for asset in _pages(ctx, "/assets", "assets", query):
        if asset.get("uri") == uri:
            return asset.get("id")
    raise NotFound(f"The Dataset with uri: `{uri}` was not found")


def _token_payload(token: str) -> Any:
    """The payload of an itsdangerous URL-safe token (``[.]payload.signature``; a leading ``.``: zlib)."""
    compressed = token.startswith(".")
    part = token.lstrip(".").split(".")[0]
    try:
        raw = base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))
        return json.loads(zlib.decompress(raw) if compressed else raw)
    except (ValueError, zlib.error):
        return None


def dag_of_file_token(ctx: Context) -> Any:
    """A DAG id of the file a 2.x ``file_token`` names (v2 keys DAG sources by DAG): the token's
    payload names the bundle and file; a DAG of that bundle with that file (or that token)."""
    token = str(ctx.params.get("file_token") or "")
    payload = _token_payload(token)
    where = payload if isinstance(payload, dict) else {}
    query = [("exclude_stale", "false")] + (
        [("bundle_name", str(where["bundle_name"]))] if "bundle_name" in where else []
    )
    for found in _pages(ctx, "/dags", "dags", query):
        if found.get("file_token") == token or (
            where.get("relative_fileloc") and found.get("relative_fileloc") == where.get("relative_fileloc")
        ):
            return found.get("dag_id")
    raise NotFound("Dag source not found: no DAG of this file_token")


def body_field(name: str) -> Resolver:
    """A value the 2.x body carries and v2 wants in the path."""

    def resolver(ctx: Context) -> Any:
        return ctx.body.get(name)

    return resolver


def run_of_body(ctx: Context) -> Any:
    """The body's ``dag_run_id``, else the run whose logical date is the body's ``execution_date``."""
    if ctx.body.get("dag_run_id"):
        return ctx.body["dag_run_id"]
    when = ctx.body.get("execution_date")
    if when:
        dag_id = encode_segment("post_set_task_instances_state", "dag_id", ctx.params.get("dag_id"))
        runs = ctx.get(f"/dags/{dag_id}/dagRuns", [("logical_date_gte", when), ("logical_date_lte", when)])
        for run in runs.get("dag_runs") or []:
            return run.get("dag_run_id")
    raise NotFound(f"no DAG run with dag_run_id or execution_date {when!r}")


def _queued(data: Any) -> bool:
    """A list of queued events; an empty one raises :class:`NotFound` (Airflow 2 answered 404)."""
    if isinstance(data, dict) and data.get("queued_events") == []:
        raise NotFound("Queue event not found")
    return isinstance(data, dict) and isinstance(data.get("queued_events"), list)


def with_uri(data: Any, ctx: Context) -> Any:
    """Queued events of one asset: each with the ``uri`` the call named (v2 gives the asset's id)."""
    uri = ctx.params.get("uri")
    if _queued(data):
        return dict(data, queued_events=[dict(e, uri=uri) for e in data["queued_events"]])
    return dict(data, uri=uri) if isinstance(data, dict) else data


def uris_of_assets(data: Any, ctx: Context) -> Any:
    """Queued events of several assets: each with its asset's ``uri`` (``GET /assets/{id}``, once an asset)."""
    if not _queued(data):
        return data
    uris: Dict[Any, Any] = {}
    events = []
    for event in data["queued_events"]:
        key = event.get("asset_id")
        if key not in uris:
            uris[key] = ctx.get(f"/assets/{encode_segment('asset', 'asset_id', key)}", []).get("uri")
        events.append(dict(event, uri=uris[key]))
    return dict(data, queued_events=events)


def every_page(path: str, key: str) -> Callable[[Any, Context], Any]:
    """A list Airflow 2 answered whole and Airflow 3 pages: the other pages asked for too."""

    def finish(data: Any, ctx: Context) -> Any:
        if not isinstance(data, dict) or not isinstance(data.get(key), list):
            return data
        items = list(data[key])
        total = int(data.get("total_entries") or 0)
        while len(items) < total:
            page = ctx.get(path, [("limit", str(DEFAULT_LIMIT)), ("offset", str(len(items)))]).get(key) or []
            if not page:
                break
            items.extend(page)
        return dict(data, **{key: items})

    return finish


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
_DATES = {"execution_date_gte": "logical_date_gte", "execution_date_lte": "logical_date_lte"}
_TI_FILTERS: Dict[str, QueryRule] = {
    "limit": SAME,
    "offset": SAME,
    **_DAG_RUN_FILTERS,
    "duration_gte": SAME,
    "duration_lte": SAME,
    "state": SAME,
    "pool": SAME,
    "queue": SAME,
    "executor": SAME,
}
_TI = "/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}"
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


def queued_events(path: str, finish: Optional[Callable[[Any, Context], Any]] = None) -> Translation:
    """A queued-event operation on Airflow 3's ``path``: an ``{asset_id}`` in it is the asset of
    the call's ``uri`` (looked up); ``before`` as it is; ``finish`` puts the URIs back."""
    by_uri = "{asset_id}" in path
    how = "uri -> the asset's id (looked up)" if by_uri else "path renamed"
    if finish is uris_of_assets:
        how = "each event's uri from its asset (GET /assets/{id} per asset)"
    return Translation(
        path=path,
        query={"before": SAME},
        resolve={"asset_id": asset_id} if by_uri else None,
        finish=finish,
        note=how + ("; none queued: 404, as Airflow 2" if finish is not None else ""),
        approximated=finish is not None,
    )


TRANSLATIONS: Dict[str, Translation] = {
    "get_version": Translation(public=True, note="sent without credentials (public, as on Airflow 2)"),
    "get_health": Translation(
        path="/monitor/health", public=True, note="sent without credentials (public, as on Airflow 2)"
    ),
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
        note="logical_date (or execution_date) sent, now when not given, as Airflow 2 defaulted it; "
        "run_after the same (the run id is made from it)",
    ),
    "delete_dag_run": Translation(note="a running run is refused with 409 (Airflow 2 deleted it)"),
    "get_task_instances": Translation(
        query=_TI_FILTERS,
        answer=collection("task_instances", task_instance),
        note="execution_date_* -> logical_date_*",
    ),
    "get_task_instance": Translation(answer=task_instance),
    "get_variables": Translation(query=_PAGES, order_by={"value": "_val"}),
    "get_variable": Translation(),
    "post_variables": Translation(note="a key that exists is refused with 409 (Airflow 2 overwrote it)"),
    "patch_variable": Translation(query={"update_mask": SAME}),
    "delete_variable": Translation(),
    "get_pools": Translation(query=_PAGES),
    "get_pool": Translation(),
    "post_pool": Translation(),
    "patch_pool": Translation(
        query={"update_mask": SAME},
        body=defaulted(include_deferred=False),
        note="include_deferred sent false when not given (Airflow 3 requires it; Airflow 2 defaulted it so)",
    ),
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
    "get_xcom_entry": Translation(
        query={"map_index": SAME, "deserialize": SAME, "stringify": SAME},
        defaults={"stringify": "true"},
        answer=xcom_entry,
        note="stringify sent true unless given (Airflow 3's default is false, Airflow 2's true)",
    ),
    # DAGs
    "patch_dags": Translation(
        query={
            "limit": SAME,
            "offset": SAME,
            "tags": SAME,
            "update_mask": SAME,
            "only_active": Rename("exclude_stale"),
            "dag_id_pattern": SAME,
        },
        body=dag_patch_body,
        answer=collection("dags", dag),
        note="only_active -> exclude_stale; body reduced to is_paused; DAGs mapped",
    ),
    "get_dag_details": Translation(
        query={"fields": PROJECT},
        answer=dag_details,
        approximated=True,
        note="DAG fields mapped; dag_run_timeout from an ISO 8601 duration; dataset_expression = asset_expression; "
        "concurrency = max_active_tasks; default_view, orientation, pickle_id absent",
    ),
    "delete_dag": Translation(),
    "reparse_dag_file": Translation(note="the file_token of a DAG as Airflow 3 gives it"),
    "get_dag_source": Translation(
        path="/dagSources/{dag_id}",
        resolve={"dag_id": dag_of_file_token},
        note="v2 keys sources by DAG: the file_token's bundle and file name a DAG (one GET /dags page per 100 "
        "DAGs of that bundle), whose source is asked; JSON and text/plain",
    ),
    "get_dag_stats": Translation(query={"dag_ids": SPLIT}, note="dag_ids a,b sent as dag_ids=a&dag_ids=b"),
    "get_dag_warnings": Translation(
        query={**_PAGES, "dag_id": SAME, "warning_type": SAME}, answer=collection("dag_warnings", dag_warning)
    ),
    # DAG runs
    "get_dag_runs_batch": Translation(
        body=reshape(DAG_RUNS_BATCH, _DATES),
        answer=collection("dag_runs", dag_run),
        note="execution_date_* -> logical_date_*; order_by execution_date -> logical_date",
    ),
    "update_dag_run_state": Translation(defaults={"update_mask": "state"}, answer=dag_run),
    "set_dag_run_note": Translation(
        path="/dags/{dag_id}/dagRuns/{dag_run_id}",
        defaults={"update_mask": "note"},
        answer=dag_run,
        note="PATCH of the run with update_mask=note",
    ),
    "clear_dag_run": Translation(
        answer=cleared_run,
        approximated=True,
        note="a dry run lists full task instances (Airflow 2.10 sent references without state)",
    ),
    "get_upstream_dataset_events": Translation(
        path="/dags/{dag_id}/dagRuns/{dag_run_id}/upstreamAssetEvents",
        answer=renamed({"dataset_events": "asset_events"}, collection("asset_events", dataset_event)),
        note="asset events as dataset events (dataset_id, dataset_uri from asset_id, uri)",
    ),
    # task instances
    "get_mapped_task_instance": Translation(answer=task_instance),
    "get_mapped_task_instances": Translation(
        query={**_TI_FILTERS, "order_by": SAME},
        order_by=_LOGICAL,
        answer=task_instances,
        note="execution_date_* -> logical_date_*",
    ),
    "get_task_instances_batch": Translation(
        body=reshape(TASK_INSTANCES_BATCH, _DATES),
        answer=task_instances,
        note="execution_date_* -> logical_date_*",
    ),
    "patch_task_instance": Translation(
        routes=("dry_run", True, {True: _TI + "/dry_run"}),
        defaults={"map_index": "-1", "update_mask": "new_state"},
        body=reshape(("new_state",), moved=("dry_run",)),
        answer=first_task_instance,
        approximated=True,
        note="dry_run (default true) -> PATCH .../dry_run; the reference of the task instance also when not a "
        "dry run (Airflow 2.10 answered {})",
    ),
    "patch_mapped_task_instance": Translation(
        routes=("dry_run", True, {True: _TI + "/{map_index}/dry_run"}),
        defaults={"update_mask": "new_state"},
        body=reshape(("new_state",), moved=("dry_run",)),
        answer=first_task_instance,
        approximated=True,
        note="as patch_task_instance",
    ),
    "set_task_instance_note": Translation(
        path=_TI,
        defaults={"map_index": "-1", "update_mask": "note"},
        answer=first_task_instance,
        note="PATCH of the task instance with update_mask=note, map_index=-1",
    ),
    "set_mapped_task_instance_note": Translation(
        path=_TI + "/{map_index}",
        defaults={"update_mask": "note"},
        answer=first_task_instance,
        note="PATCH of the mapped task instance with update_mask=note",
    ),
    "post_set_task_instances_state": Translation(
        method="PATCH",
        path=_TI,
        routes=("dry_run", True, {True: _TI + "/dry_run"}),
        resolve={"dag_run_id": run_of_body, "task_id": body_field("task_id")},
        defaults={"update_mask": "new_state"},
        body=reshape(
            ("new_state", "include_upstream", "include_downstream", "include_future", "include_past"),
            moved=("dry_run", "task_id", "dag_run_id", "execution_date"),
        ),
        answer=task_instances,
        approximated=True,
        note="PATCH of the run's task instance (every map index), .../dry_run when dry_run (default true); "
        "execution_date finds the run by logical_date; full task instances listed",
    ),
    "post_clear_task_instances": Translation(
        body=defaulted(
            reshape(CLEAR_TASK_INSTANCES, moved=("include_subdags", "include_parentdag")), reset_dag_runs=False
        ),
        answer=task_instances,
        note="reset_dag_runs sent false when not given (Airflow 2's default; Airflow 3's is true: the run "
        "would be queued again); include_subdags, include_parentdag left out (no SubDAGs in Airflow 3); "
        "full task instances listed",
    ),
    "get_task_instance_dependencies": Translation(defaults={"map_index": "-1"}),
    "get_mapped_task_instance_dependencies": Translation(),
    "get_task_instance_tries": Translation(
        defaults={"map_index": "-1"},
        answer=collection("task_instances", task_instance),
        note="limit, offset and order_by refused (Airflow 3 answers every try)",
    ),
    "get_mapped_task_instance_tries": Translation(
        answer=collection("task_instances", task_instance), note="as get_task_instance_tries"
    ),
    "get_task_instance_try_details": Translation(defaults={"map_index": "-1"}, answer=task_instance),
    "get_mapped_task_instance_try_details": Translation(answer=task_instance),
    "get_extra_links": Translation(query={"map_index": SAME}, answer=extra_links),
    # event logs, import errors
    "get_event_logs": Translation(
        query={
            **_PAGES,
            "dag_id": SAME,
            "task_id": SAME,
            "run_id": SAME,
            "map_index": SAME,
            "try_number": SAME,
            "event": SAME,
            "owner": SAME,
            "before": SAME,
            "after": SAME,
            "included_events": SPLIT,
            "excluded_events": SPLIT,
        },
        answer=collection("event_logs", xcom_entry),
        approximated=True,
        note="included_events/excluded_events a,b sent repeated; Airflow 3 names its events differently "
        "(patch_dag, not api.patch_dag)",
    ),
    "get_event_log": Translation(answer=xcom_entry),
    "get_import_errors": Translation(
        query=_PAGES, approximated=True, note="filename is relative to its DAG bundle in Airflow 3"
    ),
    "get_import_error": Translation(approximated=True, note="as get_import_errors"),
    # datasets -> assets
    "get_datasets": Translation(
        path="/assets",
        query={**_PAGES, "uri_pattern": SAME, "dag_ids": SPLIT},
        defaults={"only_active": "false"},
        answer=renamed({"datasets": "assets"}, collection("assets", dataset)),
        note="assets as datasets (consuming_dags = scheduled_dags); only_active=false (Airflow 2 listed all)",
    ),
    "get_dataset": Translation(
        path="/assets/{asset_id}",
        resolve={"asset_id": asset_id},
        answer=dataset,
        note="the asset found by its URI (GET /assets?uri_pattern=, exact match), then GET /assets/{id}",
    ),
    "get_dataset_events": Translation(
        path="/assets/events",
        query={
            **_PAGES,
            "dataset_id": Rename("asset_id"),
            "source_dag_id": SAME,
            "source_task_id": SAME,
            "source_run_id": SAME,
            "source_map_index": SAME,
        },
        answer=renamed({"dataset_events": "asset_events"}, collection("asset_events", dataset_event)),
        note="dataset_id -> asset_id; asset events as dataset events",
    ),
    "create_dataset_event": Translation(
        path="/assets/events",
        resolve={"asset_id": asset_id},
        body=dataset_event_body,
        answer=dataset_event,
        note="dataset_uri -> the asset's id (looked up as for get_dataset)",
    ),
    "get_dag_dataset_queued_event": queued_events("/dags/{dag_id}/assets/{asset_id}/queuedEvents", with_uri),
    "delete_dag_dataset_queued_event": queued_events("/dags/{dag_id}/assets/{asset_id}/queuedEvents"),
    "get_dag_dataset_queued_events": queued_events("/dags/{dag_id}/assets/queuedEvents", uris_of_assets),
    "delete_dag_dataset_queued_events": queued_events("/dags/{dag_id}/assets/queuedEvents"),
    "get_dataset_queued_events": queued_events("/assets/{asset_id}/queuedEvents", with_uri),
    "delete_dataset_queued_events": queued_events("/assets/{asset_id}/queuedEvents"),
    # the rest
    "get_plugins": Translation(
        query={"limit": SAME, "offset": SAME},
        answer=collection("plugins", plugin),
        approximated=True,
        note="hooks, executors, ti_deps (gone in Airflow 3) empty",
    ),
    "get_providers": Translation(
        finish=every_page("/providers", "providers"),
        note="every page asked (Airflow 3 pages them, Airflow 2 answered all)",
    ),
    "get_value": Translation(),
    "patch_connection": Translation(query={"update_mask": SAME}),
    "test_connection": Translation(),
}

#: where the FAB auth manager serves users, roles and permissions, and the path whose
#: answer without credentials tells whether it is there (401/403/200: yes, 404: no)
FAB = "/auth/fab/v1"
PROBES = {FAB: "/roles?limit=1"}


def permissions(data: Any) -> Any:
    """FAB's action x resource pairs as Airflow 2's list of actions: each action name once."""
    if not (isinstance(data, dict) and isinstance(data.get("actions"), list)):
        return data
    names = sorted({pair.get("action", {}).get("name") for pair in data["actions"] if isinstance(pair, dict)} - {None})
    return {"actions": [{"name": name} for name in names], "total_entries": len(names)}


USER_FIELDS = ("username", "email", "first_name", "last_name", "roles", "password")
_FAB_PAGES: Dict[str, QueryRule] = {"limit": SAME, "offset": SAME, "order_by": SAME}
_READ_ONLY_USER = ("active", "last_login", "login_count", "failed_login_count", "created_on", "changed_on")

FAB_TRANSLATIONS: Dict[str, Translation] = {
    "get_roles": Translation(query=_FAB_PAGES),
    "post_role": Translation(),
    "get_role": Translation(path="/roles/{role_name}"),
    "patch_role": Translation(query={"update_mask": JOIN}),
    "delete_role": Translation(),
    "get_permissions": Translation(
        query={"limit": SAME, "offset": SAME},
        answer=permissions,
        approximated=True,
        note="FAB lists action x resource pairs: the distinct action names, total_entries their count, "
        "limit/offset paging the pairs",
    ),
    "get_users": Translation(query=_FAB_PAGES),
    "post_user": Translation(body=reshape(USER_FIELDS, moved=_READ_ONLY_USER)),
    "get_user": Translation(),
    "patch_user": Translation(query={"update_mask": JOIN}, body=reshape(USER_FIELDS, moved=_READ_ONLY_USER)),
    "delete_user": Translation(),
}
for _name, _tr in FAB_TRANSLATIONS.items():
    _tr.base = FAB
    _tr.note = _tr.note or f"{FAB} (the FAB auth manager's API)"
TRANSLATIONS.update(FAB_TRANSLATIONS)

_FAB = Unsupported(
    "users and roles need the FAB auth manager: with Airflow 3's default (simple) auth manager there are no "
    "users, roles or permissions in the API",
    "the simple auth manager's users are set in [core] simple_auth_manager_users; or run the FAB auth manager "
    "(apache-airflow-providers-fab), whose /auth/fab/v1 the client then uses",
)
UNSUPPORTED: Dict[str, Unsupported] = {name: _FAB for name in FAB_TRANSLATIONS}
NOT_YET = Unsupported(
    "this operation is not translated to Airflow 3's /api/v2 yet",
    "ApiClient.call_api() with the /api/v2 path of the Airflow 3 REST API, or the apache-airflow-client 3.x",
)


def unsupported(name: str) -> Unsupported:
    """Why ``name`` cannot be sent to this Airflow 3 (no translation, or the FAB auth manager
    missing), and what to use instead."""
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


_NAME = re.compile(r"{(\w+)}")


def template(op: Operation, tr: Translation, body: Optional[Body] = None) -> str:
    """The v2 path template of this call: ``tr.routes`` by the 2.x body, else ``tr.path``, else the 2.x one."""
    if tr.routes is not None:
        field, default, paths = tr.routes
        chosen = (body or {}).get(field, default)
        if chosen in paths:
            return paths[chosen]
    return tr.path or op.path


def request(
    op: Operation,
    tr: Translation,
    params: Params,
    values: Optional[Mapping[str, Any]] = None,
    body: Optional[Body] = None,
) -> Tuple[str, List[Tuple[str, str]], Optional[List[str]]]:
    """The v2 path (encoded), the query pairs, and the ``fields`` to project the answer to (or None).

    ``values`` are the resolved ones (``tr.resolve``), ``body`` the decoded 2.x body (for
    ``tr.routes``).  Raises :class:`Refused` for a query parameter given that ``tr`` does not carry.
    """
    known = {**params, **(values or {})}
    path = _NAME.sub(lambda m: encode_segment(op.name, m.group(1), known.get(m.group(1))), template(op, tr, body))
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
        elif rule is SPLIT and isinstance(value, str):
            value = [part.strip() for part in value.split(",") if part.strip()]
        elif rule is JOIN and isinstance(value, (list, tuple)):
            value = ",".join(str(item) for item in value)
        items = value if isinstance(value, (list, tuple)) else [value]
        pairs.extend((key, _query_text(item)) for item in items)
    sent = {key for key, _ in pairs}
    pairs.extend((key, value) for key, value in tr.defaults.items() if key not in sent)
    return path, pairs, fields


def query_string(pairs: List[Tuple[str, str]]) -> str:
    return "&".join(f"{quote(key, safe='')}={quote(value, safe='')}" for key, value in pairs)


def decoded_body(encoded: Optional[bytes]) -> Body:
    """The 2.x body as encoded (and checked) by the 2.x operation, decoded; ``{}`` without one."""
    if encoded is None:
        return {}
    decoded = json.loads(encoded)
    return decoded if isinstance(decoded, dict) else {}


def body(tr: Translation, encoded: Optional[bytes], params: Params) -> Optional[bytes]:
    """The v2 body from the 2.x one (as the 2.x operation encoded and checked it); ``params``
    with the resolved values.  A body function may make a body where 2.x had none."""
    if tr.body is None:
        return encoded
    decoded = json.loads(encoded) if encoded is not None else {}
    if not isinstance(decoded, dict):
        return encoded
    return json.dumps(tr.body(decoded, params), separators=(",", ":"), default=str).encode("utf-8")


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
    "FAB",
    "FAB_TRANSLATIONS",
    "JOIN",
    "PROBES",
    "decoded_body",
    "template",
    "PROJECT",
    "SAME",
    "SPLIT",
    "Context",
    "NotFound",
    "TRANSLATIONS",
    "UNSUPPORTED",
    "Refused",
    "Rename",
    "Translation",
    "Unsupported",
    "answer",
    "operation_table",
    "body",
    "dag",
    "dag_run",
    "log_text",
    "query_string",
    "request",
    "task_instance",
    "unsupported",
]


def operation_table(operations: Mapping[str, Operation]) -> str:
    """The docs' table (docs/airflow3.md) of every 2.x operation, from the declarations above."""
    lines = ["| 2.x operation | Airflow 3 request | on Airflow 3.3.2 | how |", "|---|---|---|---|"]
    for name in sorted(operations):
        op, tr = operations[name], TRANSLATIONS.get(name)
        if tr is None:
            lines.append(f"| `{name}` | — | not supported | {unsupported(name).instead} |")
            continue
        route = f" (dry run: `{tr.routes[2][True]}`)" if tr.routes else ""
        request = f"`{tr.method or op.method} {tr.base}{tr.path or op.path}`{route}"
        status = "approximated" if tr.approximated else "works"
        if tr.base == FAB:
            status += " with the FAB auth manager, else not supported"
        lines.append(f"| `{name}` | {request} | {status} | {tr.note or 'same shape'} |")
    return "\n".join(lines) + "\n"
