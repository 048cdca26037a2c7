"""Workload 5: ``get_dags(limit=1000)`` answering 1,000 DAGs, end to end.

``python dags.py CONTENDER BASE_URL [LIMIT=1000] [ROUNDS=7]``; one untimed
``limit=1`` call first (connection, lazy model build: ``setup_ms``), then:

* ``call_ms``: the first full call of the process;
* ``ROUNDS`` more full calls, each after ``gc.collect()`` with the previous
  result dropped (as workload 4): ``median_ms`` is their median, ``best_ms``
  the fastest.  One call of ~10 ms is at the mercy of a shared machine;
  ``median_ms`` is what ``bench/run.py``'s 1.3× target compares, each
  contender alone in its own process (no floor calls in a client's process).
"""

import gc
import statistics
import sys

from _common import contender, emit, timed

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

figures = {"call_ms": call_ms, "setup_ms": setup_ms, "items": count, "ok": ok}
if times:
    figures.update(median_ms=statistics.median(times), best_ms=min(times), rounds=len(times))
emit(**figures)
