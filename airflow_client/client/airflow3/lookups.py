"""Resolvers and finishes: what a translated call needs another v2 request for.

A resolver (``Translation.resolve``) finds, before the request, a value the v2
request needs that the 2.x call does not carry as such: an asset's id from its
URI (:func:`asset_id`), the DAG of a file token (:func:`dag_of_file_token`), a
run from a body (:func:`run_of_body`).  A finish (``Translation.finish``) completes
the mapped answer: every page of a list (:func:`every_page`), the URIs of queued
events (:func:`with_uri`, :func:`uris_of_assets`).  They ask through
:attr:`~.rules.Context.get`, which the stage gives: nothing here opens a socket.
"""

from __future__ import annotations

import base64
import json
import zlib
from typing import Any, Callable, Dict, List, Tuple

from airflow_client.client.airflow3.rules import DEFAULT_LIMIT, Context, Invalid, NotFound, Resolver
from airflow_client.client.core.operation import encode_segment


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


#: Airflow 2.10's 400 for a state change without its run (``str(err.messages)`` of
#: ``SetTaskInstanceStateFormSchema.validate_form``'s ValidationError).
NO_RUN_GIVEN = "{'_schema': ['Exactly one of execution_date or dag_run_id must be provided']}"


def run_of_body(ctx: Context) -> Any:
    """The body's ``dag_run_id``, else the run whose logical date is the body's
    ``execution_date``; neither given: Airflow 2's 400 (:class:`Invalid`)."""
    if not ctx.body.get("dag_run_id") and not ctx.body.get("execution_date"):
        raise Invalid(NO_RUN_GIVEN)
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


#: A queued event as Airflow 2 sent one (Airflow 3's also holds ``asset_id`` and ``dag_display_name``)
_QUEUED_EVENT = ("created_at", "dag_id", "uri")


def _event(event: Any, uri: Any) -> Any:
    """A v2 queued event as Airflow 2's, with its asset's ``uri``."""
    if not isinstance(event, dict):
        return event
    return {key: value for key, value in dict(event, uri=uri).items() if key in _QUEUED_EVENT}


def with_uri(data: Any, ctx: Context) -> Any:
    """Queued events of one asset: each with the ``uri`` the call named (v2 gives the asset's id)."""
    uri = ctx.params.get("uri")
    if _queued(data):
        return dict(data, queued_events=[_event(e, uri) for e in data["queued_events"]])
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
        events.append(_event(event, uris[key]))
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


#: Airflow 2's own texts for the mistakes checked here in its order (``pool_endpoint.py``)
DEFAULT_POOL_RENAMED = "Default Pool's name can't be modified"


def pool_checked_as_airflow2(ctx: Context) -> None:
    """``patch_pool``'s checks in Airflow 2's order: the default pool's name first, then
    whether the pool is there (404), and only then the body.  Airflow 3 refuses a body
    whose name differs from the path's with 400 before it looks for the pool; a program
    that renames a pool that is not there got Airflow 2's 404.  Asked only then (a GET)."""
    name, given = ctx.params.get("pool_name"), ctx.body.get("name")
    mask = ctx.params.get("update_mask")
    if name == "default_pool" and given != "default_pool":
        if not (mask and all(str(field).strip() in ("slots", "include_deferred") for field in mask)):
            raise Invalid(DEFAULT_POOL_RENAMED)
    if given is not None and given != name:
        from airflow_client.client.exceptions import NotFoundException

        try:
            ctx.get(f"/pools/{encode_segment('patch_pool', 'pool_name', name)}", [])
        except NotFoundException:
            raise NotFound(f"Pool with name:'{name}' not found") from None
