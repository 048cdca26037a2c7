"""Synthetic Airflow 2.10.5 REST API payloads for the benchmark (stdlib only).

The shapes follow what Airflow 2.10.5's marshmallow schemas
(``airflow/api_connexion/schemas``) dump: every field present, keys sorted as
Airflow's JSON provider writes them, date-times as ``isoformat()`` with
``+00:00``, ``null`` where Airflow leaves a column empty.  The values are
varied the way a real deployment varies them (states, durations, hosts,
mapped tasks, a few deferred tasks with their trigger and triggerer job, a few
SLA misses), deterministically from a fixed seed so every run serves the same
bytes.  ``bench/samples/`` may hold real answers captured from a local Airflow
for comparison; nothing here needs them.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from typing import Any, Dict, List, Optional

UTC = dt.timezone.utc
BASE = dt.datetime(2024, 11, 4, 0, 0, tzinfo=UTC)
SEED = 20241104

OPERATORS = [
    "BashOperator",
    "PythonOperator",
    "_PythonDecoratedOperator",
    "EmptyOperator",
    "KubernetesPodOperator",
    "SQLExecuteQueryOperator",
    "S3KeySensor",
    "TriggerDagRunOperator",
]
#: Task states with rough real-world weights for a finished-ish run.
STATES = [
    ("success", 80),
    ("failed", 3),
    ("upstream_failed", 2),
    ("skipped", 5),
    ("running", 3),
    ("queued", 2),
    ("scheduled", 1),
    ("up_for_retry", 1),
    ("deferred", 2),
    (None, 1),
]
TAGS = ["example", "etl", "reporting", "ml", "finance", "hourly", "daily", "team-data", "sla", "critical"]
CRONS = [
    ("0 0 * * *", "At 00:00"),
    ("0 * * * *", "At 0 minutes past the hour"),
    ("*/15 * * * *", "Every 15 minutes"),
    ("30 6 * * 1-5", "At 06:30, Monday through Friday"),
]


def iso(value: Optional[dt.datetime]) -> Optional[str]:
    return value.isoformat() if value is not None else None


def dumps(data: Any) -> bytes:
    """JSON byte for byte as Airflow 2.10.5 answers it: sorted keys, indented by 2, a final newline.

    (Checked against the real answers in ``bench/samples/``.)
    """
    return (json.dumps(data, indent=2, sort_keys=True) + "\n").encode("utf-8")


# -- DAGs -----------------------------------------------------------------------


def dag(index: int, rng: Optional[random.Random] = None, dag_id: Optional[str] = None) -> Dict[str, Any]:
    """One ``DAG`` as ``GET /dags`` and ``GET /dags/{dag_id}`` return it."""
    rng = rng or random.Random(SEED + index)
    dag_id = dag_id or f"etl_{TAGS[index % len(TAGS)]}_{index:05d}"
    paused = rng.random() < 0.2
    parsed = BASE - dt.timedelta(seconds=rng.randint(5, 600))
    kind = rng.random()
    if kind < 0.85:
        cron, description = CRONS[index % len(CRONS)]
        schedule: Optional[Dict[str, Any]] = {"__type": "CronExpression", "value": cron}
        timetable = description
        next_start = BASE
        next_end = BASE + dt.timedelta(days=1)
    elif kind < 0.95:
        schedule = {"__type": "TimeDelta", "days": 0, "microseconds": 0, "seconds": 3600 * (1 + index % 6)}
        timetable = ""
        next_start = BASE
        next_end = BASE + dt.timedelta(seconds=schedule["seconds"])
    else:
        schedule = None
        timetable = "Never, external triggers only"
        next_start = next_end = None
    tags = [{"name": name} for name in rng.sample(TAGS, rng.randint(0, 3))]
    fileloc = f"/opt/airflow/dags/{TAGS[index % len(TAGS)]}/{dag_id}.py"
    return {
        "dag_display_name": dag_id,
        "dag_id": dag_id,
        "default_view": "grid",
        "description": None if rng.random() < 0.3 else f"Loads {dag_id} into the warehouse and refreshes the marts",
        # An itsdangerous URLSafeSerializer token of the fileloc, as Airflow makes it.
        "file_token": ".eJw9yksKgDAMBcC7uLcP8UDy1KjF2IS2-Lm9G3E5MA0uyzsOxoTAmBe1q1WbqDglndA4wp-6WepD16HEKq1z2rlKwfchNw9XGWau5cfIsg3mklktB3-aF0GVKAI"
        + f".{index:05d}jGgnb7qY6YLbzYpEgeeyGNw",
        "fileloc": fileloc,
        "has_import_errors": False,
        "has_task_concurrency_limits": rng.random() < 0.1,
        "is_active": True,
        "is_paused": paused,
        "is_subdag": False,
        "last_expired": None,
        "last_parsed_time": iso(parsed),
        "last_pickled": None,
        "max_active_runs": 16 if rng.random() < 0.8 else 1,
        "max_active_tasks": 16,
        "max_consecutive_failed_dag_runs": 0,
        "next_dagrun": iso(next_start),
        "next_dagrun_create_after": iso(next_end),
        "next_dagrun_data_interval_end": iso(next_end),
        "next_dagrun_data_interval_start": iso(next_start),
        "owners": ["airflow"] if rng.random() < 0.7 else ["data-eng", "oncall"],
        "pickle_id": None,
        "root_dag_id": None,
        "schedule_interval": schedule,
        "scheduler_lock": None,
        "tags": tags,
        "timetable_description": timetable,
    }


def dag_collection(count: int) -> Dict[str, Any]:
    rng = random.Random(SEED)
    return {"dags": [dag(i, rng) for i in range(count)], "total_entries": count}


# -- task instances ---------------------------------------------------------------


def _weighted_state(rng: random.Random) -> Optional[str]:
    total = sum(weight for _, weight in STATES)
    pick = rng.uniform(0, total)
    for state, weight in STATES:
        pick -= weight
        if pick <= 0:
            return state
    return "success"


def task_instance(index: int, rng: random.Random, dag_id: str, run_id: str, logical: dt.datetime) -> Dict[str, Any]:
    """One ``TaskInstance`` as ``GET .../taskInstances`` returns it."""
    # 40 tasks of which most are mapped: (task_id, map_index) pairs like a fan-out DAG.
    task_no = index % 40
    task_id = f"transform_partition_{task_no:02d}" if task_no else "extract"
    map_index = index // 40 if task_no else -1
    if task_no == 0 and index:
        task_id = f"load_batch_{index // 40:04d}"
    operator = OPERATORS[task_no % len(OPERATORS)]
    state = _weighted_state(rng)
    queued = logical + dt.timedelta(seconds=rng.uniform(1, 300))
    start = queued + dt.timedelta(seconds=rng.uniform(0.05, 5))
    duration = round(rng.uniform(0.2, 900), 6)
    end = start + dt.timedelta(seconds=duration)
    started = state not in ("queued", "scheduled", None)
    finished = state in ("success", "failed", "skipped", "up_for_retry")
    if state == "upstream_failed":
        started, finished = False, True
    if state == "skipped":  # Airflow stamps start = end and a zero duration
        start, duration = end, 0.0
    trigger = triggerer_job = sla_miss = None
    if state == "deferred":
        trigger = {
            "classpath": "airflow.triggers.temporal.DateTimeTrigger",
            "created_date": iso(start + dt.timedelta(seconds=1)),
            "id": 1000 + index,
            "kwargs": "{'moment': DateTime(2024, 11, 4, 1, 0, 0, tzinfo=Timezone('UTC')), 'end_from_trigger': False}",
            "triggerer_id": 7,
        }
        triggerer_job = {
            "dag_id": None,
            "end_date": None,
            "executor_class": None,
            "hostname": "airflow-triggerer-0",
            "id": 7,
            "job_type": "TriggererJob",
            "latest_heartbeat": iso(BASE + dt.timedelta(minutes=59)),
            "start_date": iso(BASE - dt.timedelta(days=2)),
            "state": "running",
            "unixname": "airflow",
        }
    if state == "success" and rng.random() < 0.01:
        sla_miss = {
            "dag_id": dag_id,
            "description": None,
            "email_sent": False,
            "execution_date": iso(logical),
            "notification_sent": True,
            "task_id": task_id,
            "timestamp": iso(end + dt.timedelta(minutes=5)),
        }
    rendered: Dict[str, Any]
    if not started or state == "skipped":
        rendered = {}  # rendered when the task runs
    elif operator == "BashOperator":
        rendered = {
            "bash_command": f"python -m etl.transform --partition {map_index} --ds 2024-11-04",
            "cwd": None,
            "env": None,
        }
    elif operator in ("PythonOperator", "_PythonDecoratedOperator"):
        rendered = {
            "op_args": [map_index],
            "op_kwargs": {"ds": "2024-11-04", "bucket": "s3://warehouse/raw"},
            "templates_dict": None,
        }
    elif operator == "EmptyOperator":
        rendered = {}
    else:
        rendered = {"sql": f"SELECT count(*) FROM staging.events WHERE partition = {map_index}", "parameters": None}
    return {
        "dag_id": dag_id,
        "dag_run_id": run_id,
        "duration": duration if finished and started else None,
        "end_date": iso(end) if finished else None,
        "execution_date": iso(logical),
        "executor": None,
        "executor_config": "{}",
        "hostname": f"airflow-worker-{rng.randint(0, 11)}.airflow-worker.airflow.svc.cluster.local" if started else "",
        "map_index": map_index,
        "max_tries": 2,
        "note": None if rng.random() < 0.98 else "Re-ran after the upstream fix",
        "operator": operator,
        "pid": rng.randint(100, 65000) if started else None,
        "pool": "default_pool",
        "pool_slots": 1,
        "priority_weight": 40 - task_no,
        "queue": "default",
        "queued_when": iso(queued) if state is not None else None,
        "rendered_fields": rendered,
        "rendered_map_index": None,
        "sla_miss": sla_miss,
        "start_date": iso(start) if started else None,
        "state": state,
        "task_display_name": task_id,
        "task_id": task_id,
        "trigger": trigger,
        "triggerer_job": triggerer_job,
        "try_number": 0 if state is None else (1 if rng.random() < 0.95 else 2),
        "unixname": "airflow",
    }


def task_instance_collection(
    count: int, dag_id: str = "etl_fanout", run_id: str = "scheduled__2024-11-04T00:00:00+00:00"
):
    rng = random.Random(SEED + 1)
    items: List[Dict[str, Any]] = [task_instance(i, rng, dag_id, run_id, BASE) for i in range(count)]
    return {"task_instances": items, "total_entries": count}


def differences_from_samples(folder: str) -> List[str]:
    """Where the synthetic items' fields differ from real answers captured in ``folder`` (if any)."""
    import os

    found: List[str] = []
    checks = [
        ("dags.json", "dags", dag(0)),
        ("task_instances.json", "task_instances", task_instance_collection(1)["task_instances"][0]),
    ]
    for name, key, synthetic in checks:
        path = os.path.join(folder, name)
        if not os.path.exists(path):
            continue
        with open(path, "rb") as f:
            real = json.load(f)[key]
        for item in real[:1]:
            if set(item) != set(synthetic):
                found.append(
                    f"{name}: fields only real {sorted(set(item) - set(synthetic))}, "
                    f"only synthetic {sorted(set(synthetic) - set(item))}"
                )
    return found


def error(status: int, title: str, detail: str) -> Dict[str, Any]:
    """An RFC 7807 problem as Airflow answers errors."""
    return {
        "detail": detail,
        "status": status,
        "title": title,
        "type": "https://airflow.apache.org/docs/apache-airflow/2.10.5/stable-rest-api-ref.html#section/Errors/NotFound",
    }
