"""Workload 3: sequential ``get_dag`` calls on one client (keep-alive connection).

``python get_dag.py CONTENDER BASE_URL [CALLS=2000] [BLOCKS=20] [solo]``; prints:

* ``first_call_ms``: the process's first call (connection, lazy model setup);
* ``per_call_us``: the mean of ``CALLS`` calls, made after 50 untimed ones, in
  ``BLOCKS`` blocks; ``best_block_us``: the fastest block's mean;
* for ``ours`` and ``official``, the same calls through the floor (bare
  urllib3 + json, its own connection) in blocks alternating with the client's
  in the same process: ``paired_floor_us`` and ``paired_ratio``, the median
  over blocks of client ÷ neighbouring floor block.  Pairing cancels most of
  the drift of a shared machine, which otherwise swamps a 1.3× target.

With ``solo`` the process runs the contender alone (no floor blocks, no second
connection): ``per_call_us`` is then what a program that uses only this client
pays per call, to set against the floor's own process (``bench/run.py``'s job
``get_dag_solo`` and the 1.15× target).
"""

import statistics
import sys

from _common import DAG_ID, Floor, contender, emit, now, timed

name, base, c = contender()
calls = int(sys.argv[3]) if len(sys.argv) > 3 else 2000
blocks = int(sys.argv[4]) if len(sys.argv) > 4 else 20
solo = len(sys.argv) > 5 and sys.argv[5] == "solo"
per_block = max(1, calls // blocks)
floor = Floor(base) if name != "floor" and not solo else None

first, first_ms = timed(lambda: c.get_dag(DAG_ID))
for _ in range(50):
    c.get_dag(DAG_ID)
    if floor is not None:
        floor.get_dag(DAG_ID)


def block(get) -> float:
    started = now()
    for _ in range(per_block):
        get(DAG_ID)
    return now() - started


mine, theirs = [], []
for i in range(blocks):
    if floor is not None and i % 2:
        theirs.append(block(floor.get_dag))
    mine.append(block(c.get_dag))
    if floor is not None and not i % 2:
        theirs.append(block(floor.get_dag))

result = c.get_dag(DAG_ID)
ok = c.field(result, "dag_id") == DAG_ID and c.field(result, "is_paused") is False
figures = {
    "per_call_us": sum(mine) * 1e6 / (per_block * blocks),
    "best_block_us": min(mine) * 1e6 / per_block,
    "first_call_ms": first_ms,
    "calls": per_block * blocks,
    "solo": solo,
    "ok": ok,
}
if theirs:
    figures["paired_floor_us"] = sum(theirs) * 1e6 / (per_block * blocks)
    figures["paired_ratio"] = statistics.median(m / t for m, t in zip(mine, theirs))
emit(**figures)
