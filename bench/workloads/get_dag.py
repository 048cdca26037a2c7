"""Workload 3: sequential ``get_dag`` calls on one client (keep-alive connection).

``python get_dag.py CONTENDER BASE_URL [CALLS=2000] [WARMUP=50]``; prints the
first call (connection, lazy model build), then the mean of ``CALLS`` calls
after ``WARMUP`` untimed ones, in microseconds per call.
"""

import sys

from _common import DAG_ID, contender, emit, now, timed

name, base, c = contender()
calls = int(sys.argv[3]) if len(sys.argv) > 3 else 2000
warmup = int(sys.argv[4]) if len(sys.argv) > 4 else 50

first, first_ms = timed(lambda: c.get_dag(DAG_ID))
for _ in range(warmup):
    c.get_dag(DAG_ID)
get = c.get_dag
started = now()
for _ in range(calls):
    result = get(DAG_ID)
per_call_us = (now() - started) * 1e6 / calls

ok = c.field(result, "dag_id") == DAG_ID and c.field(result, "is_paused") is False
emit(per_call_us=per_call_us, first_call_ms=first_ms, calls=calls, ok=ok)
