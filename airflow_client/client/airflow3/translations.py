"""The same 2.x calls against Airflow 3: each operation's translation onto ``/api/v2``.

:data:`TRANSLATIONS` holds one :class:`~.rules.Translation` row per 2.x operation (by
its name): the v2 path, what each query parameter becomes, the body reduced to what v2
accepts, and how the answer maps back onto the 2.x model (``execution_date`` from
``logical_date``, renamed enum values; every other field of the v2 answer kept).  An
operation without a row raises ``NotSupportedOnServerError`` naming what to use instead
(:func:`~.fab.unsupported`).  :func:`operation_table` is docs/airflow3.md's table.

A row is made of :mod:`.rules` (the row, and how it becomes the request), :mod:`.shapes`
(the converters of answers and bodies), :mod:`.lookups` (what needs another request) and
:mod:`.fab` (users and roles).  Data and pure functions only: :mod:`.stage` sends.
"""

from __future__ import annotations

from typing import Any, Callable, Dict, Mapping, Optional, Tuple

from airflow_client.client.airflow3.fab import FAB, FAB_TRANSLATIONS, PROBES, UNSUPPORTED, unsupported
from airflow_client.client.airflow3.lookups import (
    asset_id,
    body_field,
    dag_of_file_token,
    every_page,
    pool_checked_as_airflow2,
    run_of_body,
    uris_of_assets,
    with_uri,
)
from airflow_client.client.airflow3.rules import (
    DEFAULT_LIMIT,
    JOIN,
    PROJECT,
    SAME,
    SPLIT,
    UNUSED,
    Context,
    Invalid,
    NotFound,
    QueryRule,
    Refused,
    Rename,
    Translation,
    Unsupported,
    answer,
    body,
    decoded_body,
    query_string,
    request,
    template,
)
from airflow_client.client.airflow3.shapes import (
    CLEAR_TASK_INSTANCES,
    DAG_RUNS_BATCH,
    DATES,
    LOGICAL,
    TASK_INSTANCES_BATCH,
    cleared_run,
    collection,
    connection,
    dag,
    dag_details,
    dag_patch_body,
    dag_run,
    dag_warning,
    dataset,
    dataset_event,
    dataset_event_body,
    dates_checked,
    defaulted,
    extra_links,
    first_task_instance,
    log,
    log_text,
    plugin,
    renamed,
    reshape,
    task,
    task_instance,
    task_instance_try,
    task_instances,
    trigger_body,
    xcom_entry,
)
from airflow_client.client.core.operation import Operation

_PAGES: Dict[str, QueryRule] = {"limit": SAME, "offset": SAME, "order_by": SAME}
#: Airflow 2.10's tries took limit, offset and order_by (its spec) and answered every try:
#: Airflow 3 answers the same list, so the same answer.
_TRIES_PAGES: Dict[str, QueryRule] = {"limit": UNUSED, "offset": UNUSED, "order_by": UNUSED}
#: Airflow 2 answered the tries of a task instance that is not there (no such DAG, run or
#: task) with an empty list; Airflow 3 answers 404 (found running the official client's
#: documentation examples against both).
_NO_TRIES = {"task_instances": [], "total_entries": 0}
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

#: Where Airflow 3 releases answer differently (found by running the matrix of issue 23, and
#: by comparing the v2 specs each release ships): the release that changed it.
#: An asset's DAGs scheduled on it: ``consuming_dags`` until 3.1.0, ``scheduled_dags`` since
#: (with ``consuming_tasks`` beside it).
_SCHEDULED_DAGS = "3.1.0"
#: An import error's ``filename``: the file's absolute path until 3.1.0 (as Airflow 2 gave it),
#: relative to its DAG bundle (``bundle_name``) since.
_BUNDLE_RELATIVE_FILENAMES = "3.1.0"
#: The Airflow 3 releases the compatibility matrix runs (``make compat``), oldest first.
RELEASES = ("3.0.6", "3.1.8", "3.2.2", "3.3.2")


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
        order_by=LOGICAL,
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
        resolve={"checked": pool_checked_as_airflow2},
        note="include_deferred sent false when not given (Airflow 3 requires it; Airflow 2 defaulted it so); "
        "a pool that is not there is a 404 before its body is checked, as on Airflow 2 (a GET when the "
        "body renames it); Airflow 3 refuses a rename with 400",
    ),
    "delete_pool": Translation(),
    "get_connections": Translation(query=_PAGES),
    "get_connection": Translation(answer=connection, note="without password, as Airflow 2 answered"),
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
        body=reshape(DAG_RUNS_BATCH, DATES),
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
        order_by=LOGICAL,
        answer=task_instances,
        note="execution_date_* -> logical_date_*",
    ),
    "get_task_instances_batch": Translation(
        body=reshape(TASK_INSTANCES_BATCH, DATES),
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
            dates_checked(
                reshape(CLEAR_TASK_INSTANCES, moved=("include_subdags", "include_parentdag")),
                "start_date",
                "end_date",
            ),
            reset_dag_runs=False,
        ),
        answer=task_instances,
        note="reset_dag_runs sent false when not given (Airflow 2's default; Airflow 3's is true: the run "
        "would be queued again); include_subdags, include_parentdag left out (no SubDAGs in Airflow 3); "
        "a start_date or end_date that is no date-time with a time zone is Airflow 2's 400 before sending; "
        "full task instances listed",
    ),
    "get_task_instance_dependencies": Translation(defaults={"map_index": "-1"}),
    "get_mapped_task_instance_dependencies": Translation(),
    "get_task_instance_tries": Translation(
        query=_TRIES_PAGES,
        defaults={"map_index": "-1"},
        answer=collection("task_instances", task_instance_try),
        note="every try, as Airflow 2 answered: limit, offset and order_by accepted and not used (Airflow 2's "
        "handler had no such arguments; total_entries is the count of tries); a task instance that is not "
        "there: an empty list, as Airflow 2 answered (Airflow 3: 404)",
        absent=_NO_TRIES,
    ),
    "get_mapped_task_instance_tries": Translation(
        query=_TRIES_PAGES,
        answer=collection("task_instances", task_instance_try),
        note="as get_task_instance_tries",
        absent=_NO_TRIES,
    ),
    "get_task_instance_try_details": Translation(defaults={"map_index": "-1"}, answer=task_instance_try),
    "get_mapped_task_instance_try_details": Translation(answer=task_instance_try),
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
        query=_PAGES,
        approximated=True,
        note="filename is relative to its DAG bundle in Airflow 3",
        since=_BUNDLE_RELATIVE_FILENAMES,
    ),
    "get_import_error": Translation(approximated=True, note="as get_import_errors", since=_BUNDLE_RELATIVE_FILENAMES),
    # datasets -> assets
    "get_datasets": Translation(
        path="/assets",
        query={**_PAGES, "uri_pattern": SAME, "dag_ids": SPLIT},
        defaults={"only_active": "false"},
        answer=renamed({"datasets": "assets"}, collection("assets", dataset)),
        note="assets as datasets (consuming_dags = scheduled_dags); only_active=false (Airflow 2 listed all)",
        since=_SCHEDULED_DAGS,
    ),
    "get_dataset": Translation(
        path="/assets/{asset_id}",
        resolve={"asset_id": asset_id},
        answer=dataset,
        note="the asset found by its URI (GET /assets?uri_pattern=, exact match), then GET /assets/{id}",
        since=_SCHEDULED_DAGS,
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
TRANSLATIONS.update(FAB_TRANSLATIONS)

#: The rows of operations whose translation differs between Airflow 3 releases: for each, its
#: rows oldest first, each valid for its range of releases (``since``/``until``); the last one
#: is the row of :data:`TRANSLATIONS`.  :func:`translation` picks a release's row.
VERSION_ROWS: Dict[str, Tuple[Translation, ...]] = {
    "get_datasets": (
        Translation(
            path="/assets",
            query={**_PAGES, "uri_pattern": SAME, "dag_ids": SPLIT},
            defaults={"only_active": "false"},
            answer=renamed({"datasets": "assets"}),
            note="assets as datasets (consuming_dags as Airflow 3.0 sends it); only_active=false "
            "(Airflow 2 listed all)",
            until=_SCHEDULED_DAGS,
        ),
        TRANSLATIONS["get_datasets"],
    ),
    "get_dataset": (
        Translation(
            path="/assets/{asset_id}",
            resolve={"asset_id": asset_id},
            note="the asset found by its URI (GET /assets?uri_pattern=, exact match), then GET /assets/{id}; "
            "consuming_dags as Airflow 3.0 sends it",
            until=_SCHEDULED_DAGS,
        ),
        TRANSLATIONS["get_dataset"],
    ),
    "get_import_errors": (
        Translation(
            query=_PAGES,
            note="same shape: filename the file's absolute path, as Airflow 2",
            until=_BUNDLE_RELATIVE_FILENAMES,
        ),
        TRANSLATIONS["get_import_errors"],
    ),
    "get_import_error": (
        Translation(note="as get_import_errors", until=_BUNDLE_RELATIVE_FILENAMES),
        TRANSLATIONS["get_import_error"],
    ),
}


def translation(name: str, version: Optional[str] = None) -> Optional[Translation]:
    """The row of the 2.x operation ``name`` for Airflow ``version`` (None: the newest
    release's, :data:`TRANSLATIONS`); None when it has no row (not supported)."""
    newest = TRANSLATIONS.get(name)
    if version is None or name not in VERSION_ROWS:
        return newest
    return next((row for row in VERSION_ROWS[name] if row.serves(version)), newest)


# The names of ``airflow_client.client.airflow3`` (its ``__init__`` imports them from here).
# fmt: off
__all__ = [
    # the table: this module and fab.py
    "TRANSLATIONS", "FAB_TRANSLATIONS", "UNSUPPORTED", "FAB", "PROBES", "operation_table", "unsupported",
    "VERSION_ROWS", "RELEASES", "translation", "version_table",
    # a row and how it becomes the request: rules.py
    "Translation", "Unsupported", "Context", "Invalid", "NotFound", "Refused", "Rename", "SAME", "PROJECT", "SPLIT", "JOIN",
    "UNUSED", "DEFAULT_LIMIT", "request", "body", "answer", "query_string", "template", "decoded_body",
    # answers: shapes.py
    "dag", "dag_run", "task_instance", "log_text",
]
# fmt: on


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


def version_table(operations: Mapping[str, Operation]) -> str:
    """The docs' table (docs/airflow3.md) of the operations whose row differs between Airflow 3
    releases: each row with the releases it is valid for, from :data:`VERSION_ROWS`."""
    lines = ["| 2.x operation | Airflow 3 releases | Airflow 3 request | status | how |", "|---|---|---|---|---|"]
    for name in sorted(VERSION_ROWS):
        op = operations[name]
        for tr in VERSION_ROWS[name]:
            request = f"`{tr.method or op.method} {tr.base}{tr.path or op.path}`"
            status = "approximated" if tr.approximated else "works"
            lines.append(f"| `{name}` | {tr.releases} | {request} | {status} | {tr.note or 'same shape'} |")
    return "\n".join(lines) + "\n"
