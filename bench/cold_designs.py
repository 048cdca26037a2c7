#!/usr/bin/env python3
"""What a one-shot process would cost with models that do not import pydantic.

``python3 bench/cold_designs.py [ROUNDS=21]``: an experiment behind target 7 of
``bench/run.py`` (a fresh process: import, one ``get_dag``, exit, no slower than
the official client's), not a benchmark of the product.  It times, in fresh
processes pinned to one CPU, against ``bench/server.py``:

* ``official``: the official client's script (as workload 7);
* ``ours``: the same script with this client, as it is (models are pydantic);
* ``core-only``: this client's import and request, the answer read by a
  pydantic-core ``SchemaValidator`` into a plain class, without pydantic (the
  validator's schema written by hand for ``DAG``: about what a generator would
  emit);
* ``plain``: the same, the answer read by ``json.loads`` into a plain class
  (date-times parsed, tags as objects).

and, in one process, what reading 10,000 task instances into plain objects in
pure Python costs beside ``json.loads`` (the bulk figure such a design would have
to keep).  The contenders take turns in a rotating order; medians are printed.
The two prototypes read only what this one answer holds: they are lower bounds
for a real implementation, which would also check types, keep unknown enum values
and fields, and follow the quirks of ``quirks.py``.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import run  # noqa: E402  (bench/ is not a package)

DAG_ID = "etl_example_00000"

CLIENT = """
import airflow_client.client as c
from airflow_client.client.api.dag_api import DAGApi
with c.ApiClient(c.Configuration(host=URL, username="admin", password="admin")) as api:
"""

SCRIPTS = {
    "official": CLIENT + "    assert DAGApi(api).get_dag(DAG).dag_id == DAG\n",
    "ours": CLIENT + "    assert DAGApi(api).get_dag(DAG).dag_id == DAG\n",
    "core-only": """
from pydantic_core import SchemaValidator

class Model:
    __slots__ = ("__dict__", "__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__")

def field(schema):
    return {"type": "model-field",
            "schema": {"type": "default", "schema": {"type": "nullable", "schema": schema}, "default": None}}

def model(cls, fields):
    return {"type": "model", "cls": cls,
            "schema": {"type": "model-fields", "fields": fields, "extra_behavior": "allow"}}

class Tag(Model): pass
class DAGModel(Model): pass

S, B, I = {"type": "str", "strict": True}, {"type": "bool", "strict": True}, {"type": "int", "strict": True}
fields = {k: field(S) for k in ("dag_id", "dag_display_name", "root_dag_id", "pickle_id", "default_view",
                                "fileloc", "file_token", "description", "timetable_description")}
fields.update({k: field(B) for k in ("is_paused", "is_active", "is_subdag", "scheduler_lock",
                                     "has_task_concurrency_limits", "has_import_errors")})
fields.update({k: field({"type": "datetime"}) for k in (
    "last_parsed_time", "last_pickled", "last_expired", "next_dagrun", "next_dagrun_data_interval_start",
    "next_dagrun_data_interval_end", "next_dagrun_create_after")})
fields.update({k: field(I) for k in ("max_active_tasks", "max_active_runs", "max_consecutive_failed_dag_runs")})
fields["owners"] = field({"type": "list", "items_schema": S})
fields["tags"] = field({"type": "list", "items_schema": model(Tag, {"name": field(S)})})
fields["schedule_interval"] = field({"type": "dict"})
validator = SchemaValidator(model(DAGModel, fields))
"""
    + CLIENT
    + """    dag = validator.validate_json(DAGApi(api).get_dag(DAG, _preload_content=False).data)
    assert dag.dag_id == DAG
""",
    "plain": """
import datetime, json

class Model:
    __slots__ = ("__dict__",)

def obj(values):
    o = object.__new__(Model)
    o.__dict__.update(values)
    return o

DATES = ("last_parsed_time", "last_pickled", "last_expired", "next_dagrun", "next_dagrun_data_interval_start",
         "next_dagrun_data_interval_end", "next_dagrun_create_after")

def read_dag(values):
    for key in DATES:
        if isinstance(values.get(key), str):
            values[key] = datetime.datetime.fromisoformat(values[key])
    values["tags"] = [obj(t) for t in values.get("tags") or ()]
    return obj(values)
"""
    + CLIENT
    + """    dag = read_dag(json.loads(DAGApi(api).get_dag(DAG, _preload_content=False).data))
    assert dag.dag_id == DAG
""",
}

BULK = """
import datetime, json, sys, time
sys.path.insert(0, {bench!r})
import data

class Model:
    __slots__ = ("__dict__",)

fromiso = datetime.datetime.fromisoformat
body = data.dumps(data.task_instance_collection({count}))

def read_ti(values):
    for key in ("start_date", "end_date", "execution_date", "queued_when"):
        v = values.get(key)
        if v.__class__ is str:
            values[key] = fromiso(v)
    for key in ("sla_miss", "trigger", "triggerer_job"):
        v = values.get(key)
        if v is not None:
            o = object.__new__(Model)
            o.__dict__ = v
            values[key] = o
    o = object.__new__(Model)
    o.__dict__ = values
    return o

loads = read = 1e9
for _ in range(5):
    t0 = time.perf_counter()
    items = json.loads(body)["task_instances"]
    t1 = time.perf_counter()
    objs = [read_ti(v) for v in items]
    t2 = time.perf_counter()
    loads, read = min(loads, t1 - t0), min(read, t2 - t1)
print(f"{{loads * 1000:.1f}} {{read * 1000:.1f}}")
"""


def main() -> int:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 21
    pythons = {"official": run.official_python(), "ours": run.ours_python()}
    server = run.CannedServer(None)
    try:
        head = f"URL = {server.url + '/api/v1'!r}; DAG = {DAG_ID!r}\n"
        names = list(SCRIPTS)
        argv = {n: [str(pythons.get(n, pythons["ours"])), "-c", head + SCRIPTS[n]] for n in names}
        for name in names:  # untimed: byte-code caches, and a check that each one works
            subprocess.run(argv[name], check=True, cwd=str(run.WORKLOADS), env=run.child_env())
        times = {n: [] for n in names}
        for i in range(rounds):
            for name in names[i % len(names) :] + names[: i % len(names)]:
                started = time.perf_counter()
                subprocess.run(
                    ["taskset", "-c", "0", *argv[name]], check=True, cwd=str(run.WORKLOADS), env=run.child_env()
                )
                times[name].append((time.perf_counter() - started) * 1000)
    finally:
        server.stop()
    official = statistics.median(times["official"])
    print(f"cold process (import, one get_dag, exit), {rounds} rounds, median / min:")
    for name in names:
        med = statistics.median(times[name])
        print(f"  {name:10s} {med:6.1f} / {min(times[name]):6.1f} ms  {med / official:.2f}x official")
    out = subprocess.run(
        [str(pythons["ours"]), "-c", BULK.format(bench=str(HERE), count=run.TI_COUNT)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    print(
        f"{run.TI_COUNT:,} task instances, best of 5: json.loads {out[0]} ms, "
        f"then into plain objects in pure Python {out[1]} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
