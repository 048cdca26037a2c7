"""Workload 5: ``get_dags(limit=1000)`` answering 1,000 DAGs, end to end.

``python dags.py CONTENDER BASE_URL [LIMIT=1000]``; one untimed ``limit=1``
call first (connection, lazy model build: ``setup_ms``), then the timed call.
"""

import sys

from _common import contender, emit, timed

name, base, c = contender()
limit = int(sys.argv[3]) if len(sys.argv) > 3 else 1000

_, setup_ms = timed(lambda: c.get_dags(1))
result, call_ms = timed(lambda: c.get_dags(limit))

items = c.items(result, "dags")
schedule = c.field(items[0], "schedule_interval")
ok = len(items) == limit and schedule is not None
emit(call_ms=call_ms, setup_ms=setup_ms, items=len(items), ok=ok)
