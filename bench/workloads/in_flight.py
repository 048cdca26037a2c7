"""Workload 8: many ``get_dag`` calls in flight at once (issue 24).

``python in_flight.py CONTENDER BASE_URL [CALLS=500] [ROUNDS=7]``; prints medians over
``ROUNDS`` rounds (after one untimed round) of the time to finish ``CALLS`` calls:

* ``ours``: ``async_ms``, the asyncio client, all the calls started at once in one event
  loop (``asyncio.gather``); ``threads_ms``, the blocking client called from 16 threads;
* ``floor``: ``async_ms``, bare aiohttp and ``json.loads``, all at once in one loop.

Every contender has at most ``LIMIT`` connections open (``connection_pool_maxsize``, the
aiohttp connector's ``limit``, the threads).
"""

import asyncio
import base64
import json
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor

from _common import DAG_ID, PASSWORD, USERNAME, emit

LIMIT = 16
name, base = sys.argv[1], sys.argv[2].rstrip("/")
calls = int(sys.argv[3]) if len(sys.argv) > 3 else 500
rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 7


def timed_rounds(run) -> float:
    run()  # untimed: connections, lazy model setup
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        run()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def check(dag_ids) -> None:
    if len(dag_ids) != calls or any(d != DAG_ID for d in dag_ids):
        raise SystemExit(f"{name}: wrong answers: {sorted(set(dag_ids))[:3]}")


if name == "ours":
    import airflow_client.client as client
    from airflow_client.client.aio import AsyncApiClient
    from airflow_client.client.aio import DAGApi as AsyncDAGApi
    from airflow_client.client.api.dag_api import DAGApi

    conf = client.Configuration(
        host=base + "/api/v1", username=USERNAME, password=PASSWORD, connection_pool_maxsize=LIMIT
    )
    loop = asyncio.new_event_loop()
    aclient = AsyncApiClient(conf)
    adags = AsyncDAGApi(aclient)

    async def gather() -> list:
        return await asyncio.gather(*(adags.get_dag(DAG_ID) for _ in range(calls)))

    def run_async() -> None:
        check([d.dag_id for d in loop.run_until_complete(gather())])

    async_ms = timed_rounds(run_async)
    loop.run_until_complete(aclient.close())
    loop.close()

    dags = DAGApi(client.ApiClient(conf))
    pool = ThreadPoolExecutor(LIMIT)

    def run_threads() -> None:
        check([d.dag_id for d in pool.map(lambda _: dags.get_dag(DAG_ID), range(calls))])

    threads_ms = timed_rounds(run_threads)
    pool.shutdown()
    emit(async_ms=async_ms, threads_ms=threads_ms, calls=calls)
elif name == "floor":
    import aiohttp

    token = base64.b64encode(f"{USERNAME}:{PASSWORD}".encode()).decode()
    headers = {"Accept": "application/json", "Authorization": f"Basic {token}"}
    url = f"{base}/api/v1/dags/{DAG_ID}"
    loop = asyncio.new_event_loop()

    async def start() -> aiohttp.ClientSession:
        return aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=LIMIT))

    session = loop.run_until_complete(start())

    async def one() -> str:
        async with session.get(url, headers=headers) as resp:
            if resp.status != 200:
                raise RuntimeError(f"HTTP {resp.status}")
            return json.loads(await resp.read())["dag_id"]

    async def gather() -> list:
        return await asyncio.gather(*(one() for _ in range(calls)))

    def run_async() -> None:
        check(loop.run_until_complete(gather()))

    async_ms = timed_rounds(run_async)
    loop.run_until_complete(session.close())
    loop.close()
    emit(async_ms=async_ms, calls=calls)
else:
    raise SystemExit(f"unknown contender {name!r}")
