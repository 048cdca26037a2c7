"""Workload 2: ``from airflow_client.client.models import *`` in a fresh process.

``python import_models.py CONTENDER``; prints ``{"import_ms": ..., "names": ...}``.
The official 2.10.0 client needs ``sys.setrecursionlimit(1500)`` first (its
README says so); it is set for both clients, outside the clock.  The floor has
no models: its figure is ``import urllib3, json``.
"""

import sys
import time

NAME = sys.argv[1]
sys.setrecursionlimit(1500)
namespace: dict = {}

started = time.perf_counter()
if NAME == "floor":
    import json  # noqa: F401

    import urllib3  # noqa: F401
else:
    exec("from airflow_client.client.models import *", namespace)
elapsed = (time.perf_counter() - started) * 1000.0

import json  # noqa: E402

names = [n for n in namespace if not n.startswith("__")]
print(json.dumps({"import_ms": elapsed, "names": len(names), "modules": len(sys.modules)}))
