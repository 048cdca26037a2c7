"""Workload 4: ``get_task_instances`` answering 10,000 items, end to end.

``python task_instances.py CONTENDER BASE_URL [EXPECTED=10000]``; one untimed
``limit=1`` call first (connection, lazy model build: reported as
``setup_ms``), then the timed call of the whole list.  The answer is checked
(count, a parsed date-time, a deferred task's trigger) outside the clock.
"""

import sys

from _common import RUN_ID, TI_DAG_ID, contender, emit, timed, value

name, base, c = contender()
expected = int(sys.argv[3]) if len(sys.argv) > 3 else 10_000

_, setup_ms = timed(lambda: c.get_task_instances(TI_DAG_ID, RUN_ID, limit=1))
result, call_ms = timed(lambda: c.get_task_instances(TI_DAG_ID, RUN_ID))

items = c.items(result, "task_instances")
ok = len(items) == expected
# Ours parses TaskInstance date-times; the official 2.10.0 client keeps them as str
# (the spec says ``format: datetime``, which its generator does not know), like the floor.
start_type = type(c.field(items[0], "start_date")).__name__
deferred = [i for i in items if value(c.field(i, "state")) == "deferred"]
ok = ok and bool(deferred) and all(c.field(i, "trigger") is not None for i in deferred)
emit(call_ms=call_ms, setup_ms=setup_ms, items=len(items), ok=ok, start_date_type=start_type)
