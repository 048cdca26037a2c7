"""Workload 5: ``get_dags(limit=1000)`` answering 1,000 DAGs, end to end.

``python dags.py CONTENDER BASE_URL [LIMIT=1000] [ROUNDS=7]``; one untimed
``limit=1`` call first (connection, lazy model build: ``setup_ms``), then:

* ``call_ms``: the first full call of the process;
* ``ROUNDS`` more full calls, each after ``gc.collect()`` with the previous
  result dropped (as workload 4): ``median_ms`` is their median, ``best_ms``
  the fastest;
* ``walk_ms``: then reading every field of every DAG of the last call (our
  client converts a date-time or a nested model when it is first read, the
  official one as it reads the answer, the floor never: the call and the walk
  together are what a program that reads it all pays).  One call of ~10 ms is at the mercy of a shared machine;
  ``median_ms`` is what ``bench/run.py``'s 1.3× target compares, each
  contender alone in its own process (no floor calls in a client's process).
"""

import gc
import statistics
import sys
from pathlib import Path

from _common import contender, emit, timed

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import data  # noqa: E402  bench/data.py: what the bench server answers

name, base, c = contender()
limit = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 7

_, setup_ms = timed(lambda: c.get_dags(1))
result, call_ms = timed(lambda: c.get_dags(limit))

items = c.items(result, "dags")
schedule = c.field(items[0], "schedule_interval")
count = len(items)
ok = count == limit and schedule is not None

times = []
for _ in range(rounds):
    result = items = None
    gc.collect()
    result, ms = timed(lambda: c.get_dags(limit))
    times.append(ms)
    ok = ok and len(c.items(result, "dags")) == limit

#: every field of a DAG that bench/data.py sends (the same names in the JSON and in the models)
FIELDS = sorted(data.dag(0))


def walk() -> int:
    read = 0
    for item in c.items(result, "dags"):
        for name in FIELDS:
            c.field(item, name)
            read += 1
    return read


walked, walk_ms = timed(walk)
ok = ok and walked == limit * len(FIELDS)

figures = {"call_ms": call_ms, "walk_ms": walk_ms, "setup_ms": setup_ms, "items": count, "ok": ok}
if times:
    figures.update(median_ms=statistics.median(times), best_ms=min(times), rounds=len(times))
emit(**figures)
