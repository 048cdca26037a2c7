"""Workload 4: ``get_task_instances`` answering 10,000 items, end to end.

``python task_instances.py CONTENDER BASE_URL [EXPECTED=10000] [ROUNDS=3]``:

* one untimed ``limit=1`` call first (connection, lazy model build): ``setup_ms``;
* ``call_ms``: the first full call of the process; ``best_ms``: the fastest of
  ``ROUNDS`` full calls;
* for ``ours`` and ``official``, each round also makes the same call through
  the floor (bare urllib3 + json) in the same process, in alternating order:
  ``paired_ratio`` is the median over rounds of client ÷ floor.

The answer is checked (count, every deferred task's trigger) outside the clock.
"""

import gc
import statistics
import sys

from _common import RUN_ID, TI_DAG_ID, Floor, contender, emit, timed, value

name, base, c = contender()
expected = int(sys.argv[3]) if len(sys.argv) > 3 else 10_000
rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 3
floor = Floor(base) if name != "floor" else None

_, setup_ms = timed(lambda: c.get_task_instances(TI_DAG_ID, RUN_ID, limit=1))
if floor is not None:
    floor.get_task_instances(TI_DAG_ID, RUN_ID, limit=1)

mine, theirs = [], []
result = None
for i in range(rounds):
    if floor is not None and i % 2:
        gc.collect()
        theirs.append(timed(lambda: floor.get_task_instances(TI_DAG_ID, RUN_ID))[1])
    result = None
    gc.collect()
    result, ms = timed(lambda: c.get_task_instances(TI_DAG_ID, RUN_ID))
    mine.append(ms)
    if floor is not None and not i % 2:
        gc.collect()
        theirs.append(timed(lambda: floor.get_task_instances(TI_DAG_ID, RUN_ID))[1])

items = c.items(result, "task_instances")
ok = len(items) == expected
# Ours parses TaskInstance date-times; the official 2.10.0 client keeps them as str
# (the spec says ``format: datetime``, which its generator does not know), like the floor.
start_type = type(c.field(items[0], "start_date")).__name__
deferred = [i for i in items if value(c.field(i, "state")) == "deferred"]
ok = ok and bool(deferred) and all(c.field(i, "trigger") is not None for i in deferred)
figures = {
    "call_ms": mine[0],
    "best_ms": min(mine),
    "setup_ms": setup_ms,
    "items": len(items),
    "ok": ok,
    "start_date_type": start_type,
}
if theirs:
    figures["paired_floor_ms"] = min(theirs)
    figures["paired_ratio"] = statistics.median(m / t for m, t in zip(mine, theirs))
emit(**figures)
