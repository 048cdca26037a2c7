"""Workload 6: peak memory of the 10,000-item ``get_task_instances`` call.

``python memory.py CONTENDER BASE_URL tracemalloc|rss``:

* ``tracemalloc``: tracing starts after an untimed ``limit=1`` call (imports,
  connection, lazy model build done), so ``peak_mb`` is the most memory the
  call itself held at once (response bytes, decoded JSON, models), and
  ``retained_mb`` what the result keeps alive afterwards;
* ``rss``: no tracing; ``rss_delta_mb`` is how much the call raised the
  process's high-water mark (``ru_maxrss``), which counts allocator slack too;
* ``tracemalloc-async`` (``ours`` only): ``peak_mb`` and ``retained_mb`` of the same
  call through the asyncio client, awaited in an event loop.
"""

import gc
import resource
import sys

from _common import RUN_ID, TI_DAG_ID, contender, emit

name, base, c = contender()
mode = sys.argv[3] if len(sys.argv) > 3 else "tracemalloc"
MB = 1024 * 1024

if mode == "tracemalloc-async":
    import asyncio
    import tracemalloc

    from _common import PASSWORD, USERNAME

    import airflow_client.client as client
    from airflow_client.client.aio import AsyncApiClient, TaskInstanceApi

    async def measure() -> None:
        conf = client.Configuration(host=base.rstrip("/") + "/api/v1", username=USERNAME, password=PASSWORD)
        async with AsyncApiClient(conf) as aclient:
            tis = TaskInstanceApi(aclient)
            await tis.get_task_instances(TI_DAG_ID, RUN_ID, limit=1)
            gc.collect()
            tracemalloc.start()
            result = await tis.get_task_instances(TI_DAG_ID, RUN_ID)
            current, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            emit(peak_mb=peak / MB, retained_mb=current / MB, items=len(result.task_instances))

    asyncio.run(measure())
    sys.exit(0)

c.get_task_instances(TI_DAG_ID, RUN_ID, limit=1)
gc.collect()
if mode == "tracemalloc":
    import tracemalloc

    tracemalloc.start()
    result = c.get_task_instances(TI_DAG_ID, RUN_ID)
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    emit(peak_mb=peak / MB, retained_mb=current / MB, items=len(c.items(result, "task_instances")))
elif mode == "rss":
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result = c.get_task_instances(TI_DAG_ID, RUN_ID)
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    emit(
        rss_delta_mb=(after - before) / 1024, rss_before_mb=before / 1024, items=len(c.items(result, "task_instances"))
    )
else:
    raise SystemExit(f"unknown mode {mode!r}")
