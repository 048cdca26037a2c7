"""Cases of ``test_differential_real.py`` that still differ from the official client on what the real
Airflow 2.10.5 answers, and that neither ``OFFICIAL_CRASHES`` (there) nor a ``real:`` key of
docs/differences.md accounts for: the open work of issue 10, item 3.

The test marks each as an expected failure *that must still fail*: when the case observes as the
official client (a fix here, or a ``real:`` key in the table), its test fails with "remove it from
_real_open_differences.py" until the name is removed below.  A case may differ for several causes.

Every cause below is a difference that a row of docs/differences.md already accepts for the
loopback suite (its ``differential:`` keys); the row lacks the ``real:`` keys that would let this
module see it too (e.g. ``real:*:result.to_dict.total_entries``).  None is a bug of ours at the
time of writing; a new difference fails its case as NEW instead of being listed here.
"""

from typing import Dict

_ROW_INTS = "docs row 'Integer fields read from to_dict() ... are the ints the server sent'"
_ROW_FREE = "docs row 'Free-form values (conf, a dataset event's extra) are kept as sent'"
_ROW_NAMES = "docs row 'Where Airflow 2.10.5 answers under another name than its spec'"
_ROW_CRASH = "docs row 'Reading these fields of a valid answer works here; the official client raises ApiValueError'"
_ROW_TRIES = "docs row 'Task instance tries are TaskInstanceHistoryCollection/TaskInstanceHistory here'"
_ROW_DICTS = "docs row 'clear_dag_run (also with dry_run), get_providers and get_dag_warnings' items give models here'"

CAUSES: Dict[str, str] = {
    "floats": (
        "the official to_dict() gives floats for the ints of composed models (total_entries, DAGDetail."
        "max_active_runs/max_active_tasks/max_consecutive_failed_dag_runs, DatasetEvent.id, User.fail_login_count); "
        f"the attributes are ints in both: {_ROW_INTS}"
    ),
    "conf-floats": (
        "the official client turns the ints of a free-form dict (DAGRun.conf) into floats, on attribute read "
        f"and in to_dict() (conf {{'limit': 2}} reads 2.0 there, 2 here): {_ROW_FREE}"
    ),
    "dagdetail-to-dict": (
        "after its composed-schema crash (OFFICIAL_CRASHES) the official DAGDetail.to_dict() keeps the wire key "
        "schedule_interval.__type (ours: type) and guesses timetable_description ('At 00:00') into a date: "
        f"a consequence of the crash of {_ROW_CRASH}, which does not say so yet"
    ),
    "run-id": (
        "Airflow 2.10.5 sends created_dagruns[].dag_run_id where the spec says run_id; ours fills run_id, "
        f"the official client raises ApiAttributeError on .run_id: {_ROW_NAMES}"
    ),
    "queued-events": (
        "Airflow 2.10.5 sends queued_events where the spec says datasets; ours fills datasets (the official "
        "client raises ApiAttributeError on it) and parses queued_events the same way (to_dict()'s "
        f"created_at is a datetime here, the wire str there): {_ROW_NAMES}"
    ),
    "extra-links": (
        "Airflow 2.10.5 sends extra links as a {name: href} map; ours fills extra_links, the official client "
        f"raises ApiAttributeError on .extra_links: {_ROW_NAMES}"
    ),
    "failed-login-count": (
        "Airflow 2.10.5 sends fail_login_count where the spec says failed_login_count; ours fills "
        f"failed_login_count too, the official client raises ApiAttributeError on it: {_ROW_NAMES}"
    ),
    "dag-warning-dicts": (
        "the official DagWarningCollection.dag_warnings items are plain dicts (2.10.0's spec), ours DagWarning "
        f"models (w['dag_id'] works on both; isinstance(w, dict), w.keys(), json.dumps(w) only there): {_ROW_DICTS}"
    ),
    "providers-dict": (
        "the official get_providers returns the plain JSON dict (2.10.0's spec), ours a ProviderCollection "
        f"(r['providers'] works on both; dict methods, iteration and json.dumps(r) only there): {_ROW_DICTS}"
    ),
    "tries-types": (
        "the tries operations answer TaskInstanceCollection/TaskInstance there (2.10.0's spec), "
        "TaskInstanceHistoryCollection/TaskInstanceHistory here (isinstance with the official classes fails); "
        f"ours also has task_instances_history: {_ROW_TRIES}"
    ),
}

_FLOATS = ("floats",)
OPEN: Dict[str, tuple] = {
    "ConnectionApi.get_connections": _FLOATS,
    "DAGApi.get_dag_details": _FLOATS,
    "DAGApi.get_dag_details.cron": ("floats", "dagdetail-to-dict"),
    "DAGApi.get_dag_details.timedelta": ("floats", "dagdetail-to-dict"),
    "DAGApi.get_dag_details.dataset_scheduled": ("floats", "dagdetail-to-dict"),
    "DAGApi.get_dags": _FLOATS,
    "DAGApi.get_dags.dataset_scheduled": _FLOATS,
    "DAGApi.get_tasks": _FLOATS,
    "DAGApi.get_tasks.retry_delay": _FLOATS,
    "DAGApi.get_tasks.own": _FLOATS,
    "DAGRunApi.get_dag_run.queued": ("conf-floats",),
    "DAGRunApi.get_dag_runs": _FLOATS,
    "DAGRunApi.get_dag_runs_batch": ("floats", "conf-floats"),
    "DAGRunApi.get_upstream_dataset_events": ("floats", "run-id"),
    "DAGRunApi.get_upstream_dataset_events.manual_run": _FLOATS,
    "DagStatsApi.get_dag_stats": _FLOATS,
    "DagWarningApi.get_dag_warnings": ("floats", "dag-warning-dicts"),
    "DatasetApi.get_dag_dataset_queued_events": ("floats", "queued-events"),
    "DatasetApi.get_dataset_events.produced_by_a_task": _FLOATS,
    "DatasetApi.get_dataset_events": ("floats", "run-id"),
    "DatasetApi.get_dataset_queued_events": ("floats", "queued-events"),
    "DatasetApi.get_datasets": _FLOATS,
    "DatasetApi.get_upstream_dataset_events": ("floats", "run-id"),
    "EventLogApi.get_event_logs": _FLOATS,
    "EventLogApi.get_event_logs.first_50": _FLOATS,
    "ImportErrorApi.get_import_errors": _FLOATS,
    "PluginApi.get_plugins": _FLOATS,
    "PoolApi.get_pools": _FLOATS,
    "ProviderApi.get_providers": ("providers-dict",),
    "RoleApi.get_roles": _FLOATS,
    "TaskInstanceApi.get_extra_links": ("extra-links",),
    "TaskInstanceApi.get_mapped_task_instance_tries": ("floats", "tries-types"),
    "TaskInstanceApi.get_mapped_task_instance_try_details": ("tries-types",),
    "TaskInstanceApi.get_mapped_task_instances": _FLOATS,
    "TaskInstanceApi.get_mapped_task_instances.queued": _FLOATS,
    "TaskInstanceApi.get_task_instance_tries": ("floats", "tries-types"),
    "TaskInstanceApi.get_task_instance_try_details": ("tries-types",),
    "TaskInstanceApi.get_task_instances": _FLOATS,
    "TaskInstanceApi.get_task_instances.queued": _FLOATS,
    "TaskInstanceApi.get_task_instances_batch": _FLOATS,
    "UserApi.get_user": ("floats", "failed-login-count"),
    "UserApi.get_users": ("floats", "failed-login-count"),
    "VariableApi.get_variables": _FLOATS,
    "XComApi.get_xcom_entries": _FLOATS,
    "XComApi.get_xcom_entries.mapped": _FLOATS,
}

assert all(cause in CAUSES for causes in OPEN.values() for cause in causes), "every cause is described"
