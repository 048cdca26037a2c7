"""Canned answers of an Airflow 2.10.5 webserver, for the differential suite.

Each answer is what the real server sends for the scenario's request: the
fields its marshmallow schemas dump (all of them, ``null`` where a value is
unset), ``date-time`` fields as ISO 8601 with an offset, the ``format:
datetime`` fields of the user endpoints without one, numbers where the spec
says ``number`` as floats, enums as their strings.  They are checked against
the pinned spec by ``test_differential.py::test_canned_answers_follow_the_spec``,
except where Airflow 2.10.5 itself sends something else (``SERVER_QUIRKS``):
there the answer is the server's, since that is what a client meets.

Only the pytest process reads this module; the runners never see it.
"""

from __future__ import annotations

import json
from typing import Any, Dict, Optional, Tuple

#: (status, headers, body)
Answer = Tuple[int, Dict[str, str], bytes]

DOCS = "https://airflow.apache.org/docs/apache-airflow/2.10.5/stable-rest-api-ref.html#section/Errors/"

DAG_ID = "example_bash_operator"
RUN_ID = "manual__2025-02-10T09:15:01.219436+00:00"
SCHEDULED_RUN = "scheduled__2025-02-09T00:00:00+00:00"
FILE_TOKEN = "Ii9maWxlcy9kYWdzL2V4YW1wbGVfYmFzaF9vcGVyYXRvci5weSI.Vf6-t2bC_4YJqXe6l3Ie1xlAjzY"
URI = "s3://dag1/output_1.txt"


def json_answer(data: Any, status: int = 200, content_type: str = "application/json", **headers: str) -> Answer:
    return status, {"Content-Type": content_type, **headers}, json.dumps(data, indent=2).encode()


def problem(status: int, title: str, detail: Optional[str], kind: str, **headers: str) -> Answer:
    body = {"detail": detail, "status": status, "title": title, "type": DOCS + kind}
    return json_answer(body, status, "application/problem+json", **headers)


def html(status: int, title: str, text: str) -> Answer:
    page = f"<!doctype html>\n<html lang=en>\n<title>{status} {title}</title>\n<h1>{title}</h1>\n<p>{text}</p>\n"
    return status, {"Content-Type": "text/html; charset=utf-8"}, page.encode()


NO_CONTENT: Answer = (204, {}, b"")
CREATED_EMPTY: Answer = (201, {"Content-Type": "text/html; charset=utf-8"}, b"")


# --- DAGs -------------------------------------------------------------------------------------

DAG: Dict[str, Any] = {
    "dag_display_name": DAG_ID,
    "dag_id": DAG_ID,
    "default_view": "grid",
    "description": None,
    "file_token": FILE_TOKEN,
    "fileloc": "/files/dags/example_bash_operator.py",
    "has_import_errors": False,
    "has_task_concurrency_limits": False,
    "is_active": True,
    "is_paused": True,
    "is_subdag": False,
    "last_expired": None,
    "last_parsed_time": "2025-02-10T09:12:33.104622+00:00",
    "last_pickled": None,
    "max_active_runs": 16,
    "max_active_tasks": 16,
    "max_consecutive_failed_dag_runs": 0,
    "next_dagrun": "2025-02-10T00:00:00+00:00",
    "next_dagrun_create_after": "2025-02-11T00:00:00+00:00",
    "next_dagrun_data_interval_end": "2025-02-11T00:00:00+00:00",
    "next_dagrun_data_interval_start": "2025-02-10T00:00:00+00:00",
    "owners": ["airflow"],
    "pickle_id": None,
    "root_dag_id": None,
    "schedule_interval": {"__type": "CronExpression", "value": "0 0 * * *"},
    "scheduler_lock": None,
    "tags": [{"name": "example"}, {"name": "example2"}],
    "timetable_description": "At 00:00",
}

DAG_TUTORIAL = {
    **DAG,
    "dag_display_name": "tutorial",
    "dag_id": "tutorial",
    "default_view": "grid",
    "description": "A simple tutorial DAG",
    "fileloc": "/files/dags/tutorial.py",
    "is_paused": False,
    "next_dagrun": "2025-02-10T00:00:00+00:00",
    "owners": ["airflow", "data-eng"],
    "schedule_interval": {"__type": "TimeDelta", "days": 1, "microseconds": 0, "seconds": 0},
    "tags": [{"name": "example"}],
    "timetable_description": "",
}

DAG_DETAIL = {
    **DAG,
    "catchup": False,
    "concurrency": 16,
    "dag_run_timeout": {"__type": "TimeDelta", "days": 0, "microseconds": 0, "seconds": 3600},
    "dataset_expression": None,
    "doc_md": "### Example\nRuns a few bash commands.",
    "end_date": None,
    "is_paused_upon_creation": None,
    "last_parsed": "2025-02-10T09:12:33.104622+00:00",
    "orientation": "LR",
    "params": {
        "example_key": {
            "__class": "airflow.models.param.Param",
            "default": "example_value",
            "description": None,
            "schema": {},
        }
    },
    "render_template_as_native_obj": False,
    "start_date": "2021-01-01T00:00:00+00:00",
    "template_search_path": None,
    "timezone": "Timezone('UTC')",
}

TASK = {
    "class_ref": {"class_name": "BashOperator", "module_path": "airflow.operators.bash"},
    "depends_on_past": False,
    "doc_md": None,
    "downstream_task_ids": ["run_after_loop"],
    "end_date": None,
    "execution_timeout": None,
    "executor": None,
    "extra_links": [],
    "is_mapped": False,
    "owner": "airflow",
    "pool": "default_pool",
    "pool_slots": 1.0,
    "priority_weight": 1.0,
    "queue": "default",
    "retries": 0.0,
    "retry_delay": {"__type": "TimeDelta", "days": 0, "microseconds": 0, "seconds": 300},
    "retry_exponential_backoff": False,
    "start_date": "2021-01-01T00:00:00+00:00",
    "task_display_name": "runme_0",
    "task_id": "runme_0",
    "template_fields": ["bash_command", "env", "cwd"],
    "trigger_rule": "all_success",
    "ui_color": "#f0ede4",
    "ui_fgcolor": "#000",
    "wait_for_downstream": False,
    "weight_rule": "downstream",
}

TASK_AFTER_LOOP = {
    **TASK,
    "class_ref": {"class_name": "EmptyOperator", "module_path": "airflow.operators.empty"},
    "downstream_task_ids": [],
    "execution_timeout": {"__type": "TimeDelta", "days": 0, "microseconds": 0, "seconds": 600},
    "retries": 2.0,
    "task_display_name": "run_after_loop",
    "task_id": "run_after_loop",
    "template_fields": [],
    "trigger_rule": "none_failed_min_one_success",
    "ui_color": "#e8f7e4",
    "weight_rule": "absolute",
}

# --- DAG runs ---------------------------------------------------------------------------------

DAG_RUN = {
    "conf": {},
    "dag_id": DAG_ID,
    "dag_run_id": SCHEDULED_RUN,
    "data_interval_end": "2025-02-10T00:00:00+00:00",
    "data_interval_start": "2025-02-09T00:00:00+00:00",
    "end_date": "2025-02-10T00:00:41.932513+00:00",
    "execution_date": "2025-02-09T00:00:00+00:00",
    "external_trigger": False,
    "last_scheduling_decision": "2025-02-10T00:00:41.902117+00:00",
    "logical_date": "2025-02-09T00:00:00+00:00",
    "note": None,
    "run_type": "scheduled",
    "start_date": "2025-02-10T00:00:01.118220+00:00",
    "state": "success",
}

DAG_RUN_POSTED = {
    "conf": {"day": "2025-02-10", "retries": 2, "flags": [True, None]},
    "dag_id": DAG_ID,
    "dag_run_id": "manual_api_1",
    "data_interval_end": "2025-02-10T09:15:01.219436+00:00",
    "data_interval_start": "2025-02-10T09:15:01.219436+00:00",
    "end_date": None,
    "execution_date": "2025-02-10T09:15:01.219436+00:00",
    "external_trigger": True,
    "last_scheduling_decision": None,
    "logical_date": "2025-02-10T09:15:01.219436+00:00",
    "note": "triggered from the API",
    "run_type": "manual",
    "start_date": None,
    "state": "queued",
}

DAG_RUN_MANUAL = {**DAG_RUN_POSTED, "conf": {}, "dag_run_id": RUN_ID, "note": None}

# --- task instances ---------------------------------------------------------------------------

TI = {
    "dag_id": DAG_ID,
    "dag_run_id": RUN_ID,
    "duration": 0.512086,
    "end_date": "2025-02-10T09:15:04.412345+00:00",
    "execution_date": "2025-02-10T09:15:01.219436+00:00",
    "executor": None,
    "executor_config": "{}",
    "hostname": "worker-1.example.com",
    "map_index": -1,
    "max_tries": 0,
    "note": None,
    "operator": "BashOperator",
    "pid": 4242,
    "pool": "default_pool",
    "pool_slots": 1,
    "priority_weight": 3,
    "queue": "default",
    "queued_when": "2025-02-10T09:15:02.204221+00:00",
    "rendered_fields": {"bash_command": 'echo "example_bash_operator__runme_0__20250210" && sleep 1', "env": None},
    "rendered_map_index": None,
    "sla_miss": None,
    "start_date": "2025-02-10T09:15:03.900259+00:00",
    "state": "success",
    "task_display_name": "runme_0",
    "task_id": "runme_0",
    "trigger": None,
    "triggerer_job": None,
    "try_number": 1,
    "unixname": "airflow",
}

TI_UP_FOR_RETRY = {
    **TI,
    "duration": None,
    "end_date": None,
    "executor": "CeleryExecutor",
    "map_index": -1,
    "max_tries": 2,
    "note": "flaky upstream",
    "pid": None,
    "queued_when": None,
    "rendered_fields": {},
    "sla_miss": {
        "dag_id": DAG_ID,
        "description": None,
        "email_sent": False,
        "execution_date": "2025-02-10T09:15:01.219436+00:00",
        "notification_sent": False,
        "task_id": "also_run_this",
        "timestamp": "2025-02-10T09:45:00.000127+00:00",
    },
    "start_date": None,
    "state": "up_for_retry",
    "task_display_name": "also_run_this",
    "task_id": "also_run_this",
    "try_number": 2,
}

TI_DEFERRED = {
    **TI,
    "duration": None,
    "end_date": None,
    "operator": "TimeDeltaSensorAsync",
    "rendered_fields": {"delta": "0:05:00"},
    "state": "deferred",
    "task_display_name": "wait",
    "task_id": "wait",
    "trigger": {
        "classpath": "airflow.triggers.temporal.DateTimeTrigger",
        "created_date": "2025-02-10T09:15:05.112358+00:00",
        "id": 7,
        "kwargs": "{'moment': DateTime(2025, 2, 10, 9, 20, 5, tzinfo=Timezone('UTC')), 'end_from_trigger': False}",
        "triggerer_id": 3,
    },
    "triggerer_job": {
        "dag_id": None,
        "end_date": None,
        "executor_class": None,
        "hostname": "triggerer-0",
        "id": 3,
        "job_type": "TriggererJob",
        "latest_heartbeat": "2025-02-10T09:15:30.017349+00:00",
        "start_date": "2025-02-10T08:00:00.981231+00:00",
        "state": "running",
        "unixname": "airflow",
    },
}

TI_NONE_STATE = {**TI, "duration": None, "end_date": None, "hostname": "", "pid": None, "start_date": None}
TI_NONE_STATE = {**TI_NONE_STATE, "state": None, "task_display_name": "run_after_loop", "task_id": "run_after_loop"}


def mapped(ti: Dict[str, Any], index: int) -> Dict[str, Any]:
    return {
        **ti,
        "map_index": index,
        "operator": "_PythonDecoratedOperator",
        "rendered_map_index": f"file_{index}.csv",
        "task_display_name": "process",
        "task_id": "process",
    }


TI_HISTORY = {  # TaskInstanceHistorySchema: no execution_date, note, rendered_*, sla_miss, trigger...
    key: value
    for key, value in {**TI_UP_FOR_RETRY, "try_number": 1, "state": "failed"}.items()
    if key
    not in {
        "execution_date",
        "note",
        "rendered_fields",
        "rendered_map_index",
        "sla_miss",
        "trigger",
        "triggerer_job",
    }
}
TI_HISTORY = {
    **TI_HISTORY,
    "duration": 2.004,
    "end_date": "2025-02-10T09:15:06.004000+00:00",
    "start_date": "2025-02-10T09:15:04.000000+00:00",
}

TI_REF = {
    "dag_id": DAG_ID,
    "dag_run_id": RUN_ID,
    "execution_date": "2025-02-10T09:15:01.219436+00:00",
    "task_id": "runme_0",
}
TI_REFS = {
    "task_instances": [
        TI_REF,
        {**TI_REF, "task_id": "run_after_loop"},
        {**TI_REF, "dag_run_id": SCHEDULED_RUN, "execution_date": "2025-02-09T00:00:00+00:00"},
    ]
}

# --- datasets ---------------------------------------------------------------------------------

DATASET = {
    "consuming_dags": [
        {
            "created_at": "2025-02-10T08:00:02.104311+00:00",
            "dag_id": "dataset_consumes_1",
            "updated_at": "2025-02-10T08:00:02.104311+00:00",
        }
    ],
    "created_at": "2025-02-10T08:00:01.871253+00:00",
    "extra": {},
    "id": 1,
    "producing_tasks": [
        {
            "created_at": "2025-02-10T08:00:01.993117+00:00",
            "dag_id": "dataset_produces_1",
            "task_id": "producing_task_1",
            "updated_at": "2025-02-10T08:00:01.993117+00:00",
        }
    ],
    "updated_at": "2025-02-10T08:00:01.871253+00:00",
    "uri": URI,
}

DATASET_EVENT = {
    "created_dagruns": [
        {  # the server sends dag_run_id, where the spec's BasicDAGRun says run_id
            "dag_id": "dataset_consumes_1",
            "dag_run_id": "dataset_triggered__2025-02-10T09:30:00.412312+00:00",
            "data_interval_end": "2025-02-10T09:30:00.301122+00:00",
            "data_interval_start": "2025-02-10T09:30:00.301122+00:00",
            "end_date": None,
            "logical_date": "2025-02-10T09:30:00.412312+00:00",
            "start_date": "2025-02-10T09:30:01.010101+00:00",
            "state": "running",
        }
    ],
    "dataset_id": 1,
    "dataset_uri": URI,
    "extra": {"from_rest_api": True},
    "source_dag_id": "dataset_produces_1",
    "source_map_index": -1,
    "source_run_id": "manual__2025-02-10T09:29:58.000001+00:00",
    "source_task_id": "producing_task_1",
    "timestamp": "2025-02-10T09:30:00.301122+00:00",
}

DATASET_EVENT_API = {
    **DATASET_EVENT,
    "created_dagruns": [],
    "extra": {"from_rest_api": True, "rows": 1200},
    "source_dag_id": None,
    "source_map_index": -1,
    "source_run_id": None,
    "source_task_id": None,
}

QUEUED_EVENT = {"created_at": "2025-02-10T09:30:00.301122+00:00", "dag_id": "dataset_consumes_1", "uri": URI}

# --- admin resources --------------------------------------------------------------------------

CONNECTION = {
    "conn_type": "postgres",
    "connection_id": "postgres_analytics",
    "description": "Analytics warehouse",
    "extra": '{"sslmode": "require"}',
    "host": "db.example.com",
    "login": "airflow",
    "port": 5432,
    "schema": "analytics",
}

CONNECTION_S3 = {
    "conn_type": "aws",
    "connection_id": "s3_logs",
    "description": None,
    "extra": '{"region_name": "eu-west-1"}',
    "host": None,
    "login": "AKIAEXAMPLE",
    "port": None,
    "schema": None,
}

POOL = {
    "deferred_slots": 0,
    "description": "Default pool",
    "include_deferred": False,
    "name": "default_pool",
    "occupied_slots": 3,
    "open_slots": 125,
    "queued_slots": 1,
    "running_slots": 2,
    "scheduled_slots": 4,
    "slots": 128,
}

POOL_ETL = {
    **POOL,
    "description": "ETL jobs",
    "include_deferred": True,
    "name": "etl",
    "occupied_slots": 0,
    "open_slots": 8,
    "queued_slots": 0,
    "running_slots": 0,
    "scheduled_slots": 0,
    "slots": 8,
}

USER = {
    "active": True,
    "changed_on": "2025-02-10T08:00:00.123456",
    "created_on": "2025-02-10T08:00:00.123456",
    "email": "admin@example.com",
    "fail_login_count": 0,  # the server's name; the spec says failed_login_count
    "first_name": "Ada",
    "last_login": "2025-02-10T09:00:00.654321",
    "last_name": "Admin",
    "login_count": 7,
    "roles": [{"name": "Admin"}],
    "username": "admin",
}

USER_JDOE = {
    **USER,
    "changed_on": "2025-02-10T09:40:00.000001",
    "created_on": "2025-02-10T09:40:00.000001",
    "email": "jane@example.com",
    "fail_login_count": None,
    "first_name": "Jane",
    "last_login": None,
    "last_name": "Doe",
    "login_count": None,
    "roles": [{"name": "Viewer"}],
    "username": "jdoe",
}

ROLE_VIEWER = {
    "actions": [
        {"action": {"name": "can_read"}, "resource": {"name": "DAGs"}},
        {"action": {"name": "can_read"}, "resource": {"name": "DAG Runs"}},
        {"action": {"name": "menu_access"}, "resource": {"name": "Browse"}},
    ],
    "name": "Viewer",
}

ROLE_AUDITOR = {"actions": [{"action": {"name": "can_read"}, "resource": {"name": "Audit Logs"}}], "name": "Auditor"}

EVENT_LOG = {
    "dag_id": DAG_ID,
    "event": "trigger",
    "event_log_id": 42,
    "execution_date": None,
    "extra": '{"host_name": "webserver-0", "full_path": "/api/v1/dags/example_bash_operator/dagRuns"}',
    "map_index": None,
    "owner": "admin",
    "run_id": None,
    "task_id": None,
    "try_number": None,
    "when": "2025-02-10T09:15:01.204000+00:00",
}

EVENT_LOG_TASK = {
    **EVENT_LOG,
    "event": "cli_task_run",
    "event_log_id": 43,
    "execution_date": "2025-02-10T09:15:01.219436+00:00",
    "extra": None,
    "map_index": -1,
    "owner": "airflow",
    "run_id": RUN_ID,
    "task_id": "runme_0",
    "try_number": 1,
    "when": "2025-02-10T09:15:03.412000+00:00",
}

IMPORT_ERROR = {
    "filename": "/files/dags/broken_dag.py",
    "import_error_id": 3,
    "stack_trace": 'Traceback (most recent call last):\n  File "/files/dags/broken_dag.py", line 3, in <module>\n'
    "    import not_installed\nModuleNotFoundError: No module named 'not_installed'\n",
    "timestamp": "2025-02-10T09:12:33.104622+00:00",
}

VARIABLE = {"description": None, "key": "env", "value": "prod"}

XCOM_ITEM = {
    "dag_id": DAG_ID,
    "execution_date": "2025-02-10T09:15:01.219436+00:00",
    "key": "return_value",
    "map_index": -1,
    "task_id": "push",
    "timestamp": "2025-02-10T09:15:05.123456+00:00",
}

PLUGIN = {
    "appbuilder_menu_items": [{"category": "Search", "href": "https://www.google.com", "name": "Google"}],
    "appbuilder_views": [{"category": "Test Plugin", "name": "Test View", "view": "test_plugin.TestView"}],
    "executors": [],
    "flask_blueprints": ["<flask.blueprints.Blueprint: name='test_plugin' import_name='test_plugin'>"],
    "global_operator_extra_links": ["<test_plugin.GoogleLink object>"],
    "hooks": ["test_plugin.PluginHook"],
    "listeners": ["test_plugin.listener"],
    "macros": ["<function plugin_macro>"],
    "name": "test_plugin",
    "operator_extra_links": [],
    "source": "$PLUGINS_FOLDER/test_plugin.py",
    "ti_deps": [],
    "timetables": ["test_plugin.WorkdayTimetable"],
}

TRY_DEPS = {
    "dependencies": [
        {
            "name": "Trigger Rule",
            "reason": "Task's trigger rule 'all_success' requires all upstream tasks to have succeeded, but found "
            "1 non-success(es). upstream_states=_UpstreamTIStates(success=0, skipped=0, failed=1, "
            "upstream_failed=0, removed=0, done=1, success_setup=0, skipped_setup=0), upstream_task_ids={'runme_0'}",
        },
        {
            "name": "Dagrun Running",
            "reason": "Task instance's dagrun was not in the 'running' state but in the state 'failed'.",
        },
    ]
}

#: Every JSON answer, by name.
DATA: Dict[str, Any] = {
    "config": {
        "sections": [
            {
                "name": "core",
                "options": [
                    {"key": "dags_folder", "value": "/files/dags"},
                    {"key": "parallelism", "value": "32"},
                    {"key": "load_examples", "value": "True"},
                ],
            },
            {"name": "webserver", "options": [{"key": "expose_config", "value": "True"}]},
        ]
    },
    "config_value": {"sections": [{"name": "core", "options": [{"key": "dags_folder", "value": "/files/dags"}]}]},
    "connection": CONNECTION,
    "connection_s3": CONNECTION_S3,
    "connections": {
        "connections": [
            {k: v for k, v in CONNECTION.items() if k != "extra"},
            {k: v for k, v in CONNECTION_S3.items() if k != "extra"},
        ],
        "total_entries": 7,
    },
    "connection_test": {"message": "Connection successfully tested", "status": True},
    "dag": DAG,
    "dag_fields": {"dag_id": DAG_ID, "is_paused": True},
    "dag_paused": {**DAG, "is_paused": True},
    "dag_detail": DAG_DETAIL,
    "dag_source": {"content": 'from airflow import DAG\n\nwith DAG("example_bash_operator") as dag:\n    ...\n'},
    "dags": {"dags": [DAG, DAG_TUTORIAL], "total_entries": 2},
    "task": TASK,
    "tasks": {"tasks": [TASK, TASK_AFTER_LOOP]},
    "ti_refs": TI_REFS,
    "ti_ref": TI_REF,
    "dag_run": DAG_RUN,
    "dag_run_manual": DAG_RUN_MANUAL,
    "dag_run_posted": DAG_RUN_POSTED,
    "dag_run_noted": {**DAG_RUN_MANUAL, "note": "checked by ops"},
    "dag_run_failed": {**DAG_RUN_MANUAL, "end_date": "2025-02-10T09:20:00.000002+00:00", "state": "failed"},
    "dag_runs": {"dag_runs": [DAG_RUN, DAG_RUN_MANUAL], "total_entries": 31},
    "dag_stats": {
        "dags": [
            {
                "dag_id": DAG_ID,
                "stats": [
                    {"count": 1, "state": "queued"},
                    {"count": 0, "state": "running"},
                    {"count": 29, "state": "success"},
                    {"count": 1, "state": "failed"},
                ],
            },
            {"dag_id": "tutorial", "stats": []},
        ],
        "total_entries": 2,
    },
    "dag_warnings": {
        "dag_warnings": [
            {
                "dag_id": "example_pool",
                "message": "Dag 'example_pool' references non-existent pools: ['missing_pool']",
                "timestamp": "2025-02-10T09:12:33.203511+00:00",
                "warning_type": "non-existent pool",
            }
        ],
        "total_entries": 1,
    },
    "dataset": DATASET,
    "datasets": {
        "datasets": [DATASET, {**DATASET, "consuming_dags": [], "extra": None, "id": 2, "uri": "s3://dag2/x.csv"}],
        "total_entries": 2,
    },
    "dataset_event": DATASET_EVENT_API,
    "dataset_events": {"dataset_events": [DATASET_EVENT, DATASET_EVENT_API], "total_entries": 2},
    "queued_event": QUEUED_EVENT,
    # the server sends queued_events, where the spec's QueuedEventCollection says datasets
    "queued_events": {"queued_events": [QUEUED_EVENT], "total_entries": 1},
    "event_log": EVENT_LOG,
    "event_logs": {"event_logs": [EVENT_LOG, EVENT_LOG_TASK], "total_entries": 2},
    "import_error": IMPORT_ERROR,
    "import_errors": {"import_errors": [IMPORT_ERROR], "total_entries": 1},
    "health": {
        "dag_processor": {"latest_dag_processor_heartbeat": None, "status": None},
        "metadatabase": {"status": "healthy"},
        "scheduler": {"latest_scheduler_heartbeat": "2025-02-10T09:20:11.493830+00:00", "status": "healthy"},
        "triggerer": {"latest_triggerer_heartbeat": "2025-02-10T09:19:02.120007+00:00", "status": "unhealthy"},
    },
    "version": {"git_version": ".release:b6f6a5d6e0bb1b3a5d9f8c6a2f4e5c7d8b9a0e1f", "version": "2.10.5"},
    "permissions": {
        "actions": [{"name": "can_create"}, {"name": "can_read"}, {"name": "can_edit"}],
        "total_entries": 6,
    },
    "plugins": {"plugins": [PLUGIN], "total_entries": 1},
    "pool": POOL,
    "pool_etl": POOL_ETL,
    "pool_newer_server": {**POOL, "team": {"name": "data", "members": 3}},
    "pool_etl_16": {**POOL_ETL, "open_slots": 16, "slots": 16},
    "pools": {"pools": [POOL, POOL_ETL], "total_entries": 2},
    "providers": {
        "providers": [
            {
                "description": "Common SQL Provider https://en.wikipedia.org/wiki/SQL",
                "package_name": "apache-airflow-providers-common-sql",
                "version": "1.21.0",
            },
            {
                "description": "PostgreSQL https://www.postgresql.org/",
                "package_name": "apache-airflow-providers-postgres",
                "version": "6.0.0",
            },
        ],
        "total_entries": 2,
    },
    "role": ROLE_VIEWER,
    "role_auditor": ROLE_AUDITOR,
    "roles": {"roles": [ROLE_VIEWER, ROLE_AUDITOR], "total_entries": 2},
    # the server sends {name: href}, where the spec's ExtraLinkCollection says {"extra_links": [...]}
    "extra_links": {"Google Search": "https://www.google.com/search?q=runme_0", "Docs": None},
    "log": {
        "content": "[('worker-1.example.com', \"*** Found local files:\\n***   * /files/logs/dag_id=example_bash"
        "_operator/run_id=manual/task_id=runme_0/attempt=1.log\\n[2025-02-10T09:15:03.900+0000] {taskinstance.py"
        ':2614} INFO - Dependencies all met\\n")]',
        "continuation_token": "eyJlbmRfb2ZfbG9nIjp0cnVlLCJsb2dfcG9zIjo0MjB9.ZXhhbXBsZS1zaWduYXR1cmU",
    },
    "ti": TI,
    "ti_mapped": mapped(TI, 2),
    "ti_noted": {**TI, "note": "flaky"},
    "ti_mapped_noted": {**mapped(TI, 2), "note": "flaky"},
    "tis": {"task_instances": [TI, TI_UP_FOR_RETRY, TI_DEFERRED, TI_NONE_STATE], "total_entries": 4},
    "tis_mapped": {"task_instances": [mapped(TI, 0), mapped(TI_UP_FOR_RETRY, 1)], "total_entries": 3},
    "deps": TRY_DEPS,
    # the server sends task_instances, where the spec's TaskInstanceHistoryCollection says task_instances_history
    "tries": {"task_instances": [TI_HISTORY, {**TI_HISTORY, "state": "success", "try_number": 2}], "total_entries": 2},
    "try": TI_HISTORY,
    "user": USER,
    "user_jdoe": USER_JDOE,
    "users": {"total_entries": 2, "users": [USER, USER_JDOE]},
    "variable": VARIABLE,
    "variable_awkward": {"description": None, "key": "team/etl key%?#", "value": "x"},
    "variable_staging": {"description": "deployment", "key": "env", "value": "staging"},
    "variables": {
        "total_entries": 2,
        "variables": [{"description": None, "key": "env"}, {"description": "S3 bucket of the lake", "key": "bucket"}],
    },
    "xcom": {**XCOM_ITEM, "value": "{'rows': 1200, 'path': 's3://lake/2025-02-10.parquet'}"},
    "xcoms": {
        "total_entries": 2,
        "xcom_entries": [XCOM_ITEM, {**XCOM_ITEM, "key": "row_count", "timestamp": "2025-02-10T09:15:05.223456+00:00"}],
    },
    # answers to call_api on a plugin's endpoint (no spec)
    "plugin_thing": {"name": "a b/c", "items": [1, 2.5, "x", None, True], "when": "2025-02-10T09:15:01+00:00"},
    # a DAG whose fields have the wrong types (a broken proxy or a newer server)
    "dag_wrong_types": {**DAG, "max_active_runs": "16", "last_parsed_time": "yesterday", "tags": None},
}

#: Answers that follow Airflow 2.10.5 rather than its spec (answer name -> what differs).
SERVER_QUIRKS = {
    "extra_links": "a {name: href} map, not {extra_links: [{name, href}]}",
    "queued_events": "queued_events, not datasets",
    "tries": "task_instances, not task_instances_history",
    "dataset_events": "created_dagruns[].dag_run_id, not run_id",
    "user": "fail_login_count, not failed_login_count",
    "user_jdoe": "fail_login_count, not failed_login_count",
    "users": "fail_login_count, not failed_login_count",
    "providers": "total_entries, which ProviderCollection does not declare",
    "plugin_thing": "not an Airflow schema",
    "dag_wrong_types": "wrong on purpose",
    "dag_fields": "only the fields asked for",
    "pool_newer_server": "a field a newer server sends",
}

#: Every answer, by name: the JSON ones and the others.
ANSWERS: Dict[str, Answer] = {name: json_answer(data) for name, data in DATA.items()}
ANSWERS.update(
    {
        "no_content": NO_CONTENT,
        "created_empty": CREATED_EMPTY,
        # a broken server's answer: JSON, but not an object (Airflow answers every operation with one)
        "json_number": (200, {"Content-Type": "application/json"}, b"42"),
        "not_found_dag": problem(404, "DAG not found", "The DAG with dag_id: `nope` was not found", "NotFound"),
        "not_found_plain": (404, {"Content-Type": "text/html; charset=utf-8"}, b"Not Found"),
        "bad_request_conf": problem(400, "Bad Request", "{'conf': ['Not a valid mapping type.']}", "BadRequest"),
        "unauthenticated": problem(401, "Unauthorized", None, "Unauthenticated", **{"WWW-Authenticate": "Basic"}),
        "forbidden": problem(403, "Forbidden", "You do not have permission to perform this action", "PermissionDenied"),
        "conflict_pool": problem(409, "Conflict", "Pool: etl already exists", "AlreadyExists"),
        "server_error_html": html(
            500,
            "Internal Server Error",
            "The server encountered an internal error and was unable to complete your request. Either the server"
            " is overloaded or there is an error in the application.",
        ),
    }
)
