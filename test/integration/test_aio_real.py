"""The asyncio client against the real Airflow (issue 24): writing scenarios (variables,
pools, connections, a triggered run and its log) and errors, each done through
``AsyncApiClient`` and through the blocking client, which must end alike.  (The reading
scenarios are the 85 cases of test_differential_real.py, which run through both too.)
Runs against Airflow 2 (``make test``) and Airflow 3 (``make test-airflow3``)."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any, Callable, Dict, List

import pytest

import airflow_client.client as client
from airflow_client.client import apis as sync_apis
from airflow_client.client import trigger_dag_run_and_wait as blocking_trigger
from airflow_client.client.aio import AsyncApiClient, paginate, read_task_log, trigger_dag_run_and_wait
from airflow_client.client.aio import api as aio_apis
from airflow_client.client.exceptions import ApiException, NotFoundException
from airflow_client.client.model.connection import Connection
from airflow_client.client.model.dag import DAG
from airflow_client.client.model.pool import Pool
from airflow_client.client.model.variable import Variable
from test.integration.conftest import client_config

KINDS = ("sync", "async")
#: keep a call's result as it is
AS_IS: Callable[[Any], Any] = lambda result: result  # noqa: E731
#: a DAG of the examples, on Airflow 2 and 3, whose task LOG_TASK runs (and so has a log)
DAG_ID = "example_bash_operator"
LOG_TASK = "runme_0"


class _Bound:
    def __init__(self, module: Any, api_client: Any) -> None:
        self.module, self.api_client = module, api_client

    def __getattr__(self, name: str) -> Any:
        return getattr(self.module, name)(self.api_client)


def scenario(kind: str, cfg: client.Configuration, steps: Callable[[Any], Any]) -> List[Any]:
    """``steps(api)``, a generator of ``(call, what)`` pairs (``call()``: a result, or for the
    asyncio client an awaitable; ``what(result)``: what of it to keep), run on a client of
    ``kind``; what each call gave, or the class, status and reason of what it raised."""

    def outcome(error: BaseException) -> Any:
        status = getattr(error, "status", None)
        return ("raised", type(error).__name__, status, getattr(error, "reason", None))

    if kind == "sync":
        with client.ApiClient(cfg) as api_client:
            seen = []
            for call, what in steps(_Bound(sync_apis, api_client)):
                try:
                    seen.append(what(call()))
                except ApiException as error:
                    seen.append(outcome(error))
            return seen

    async def run() -> List[Any]:
        async with AsyncApiClient(cfg) as api_client:
            seen = []
            for call, what in steps(_Bound(aio_apis, api_client)):
                try:
                    seen.append(what(await call()))
                except ApiException as error:
                    seen.append(outcome(error))
            return seen

    return asyncio.run(run())


def both(cfg: client.Configuration, make: Callable[[str], Callable[[Any], Any]]) -> Dict[str, List[Any]]:
    return {kind: scenario(kind, cfg, make(kind)) for kind in KINDS}


@pytest.fixture(scope="module")
def cfg(airflow_server: Dict[str, Any]) -> client.Configuration:
    return client_config(airflow_server)


def test_variables_written_and_read_alike(cfg: client.Configuration) -> None:
    def make(kind: str) -> Callable[[Any], Any]:
        key = f"it_aio_{kind}_{uuid.uuid4().hex[:8]}"

        def steps(api: Any) -> Any:
            yield (
                (lambda: api.VariableApi.post_variables(Variable(key=key, value="one", description="d"))),
                (lambda r: r.value),
            )
            yield (lambda: api.VariableApi.get_variable(key)), (lambda r: r.value)
            yield (lambda: api.VariableApi.patch_variable(key, Variable(key=key, value="two"))), (lambda r: r.value)
            yield (lambda: api.VariableApi.get_variable(key)), (lambda r: r.value)
            yield (lambda: api.VariableApi.delete_variable(key)), AS_IS
            yield (lambda: api.VariableApi.get_variable(key)), AS_IS

        return steps

    seen = both(cfg, make)
    assert seen["async"] == seen["sync"]
    assert seen["sync"][:5] == ["one", "one", "two", "two", None]
    assert seen["sync"][5][:3] == ("raised", "NotFoundException", 404)


def test_pools_and_connections_alike(cfg: client.Configuration) -> None:
    def make(kind: str) -> Callable[[Any], Any]:
        pool, conn = f"it_aio_pool_{kind}_{uuid.uuid4().hex[:6]}", f"it_aio_conn_{kind}_{uuid.uuid4().hex[:6]}"

        def steps(api: Any) -> Any:
            yield (lambda: api.PoolApi.post_pool(Pool(name=pool, slots=2))), (lambda r: r.slots)
            yield (
                (lambda: api.PoolApi.patch_pool(pool, Pool(name=pool, slots=5), update_mask=["slots"])),
                (lambda r: r.slots),
            )
            yield (lambda: api.PoolApi.get_pool(pool)), (lambda r: r.slots)
            yield (lambda: api.PoolApi.delete_pool(pool)), AS_IS
            connection = Connection(connection_id=conn, conn_type="http", host="example.invalid", port=8080)
            yield (lambda: api.ConnectionApi.post_connection(connection)), (lambda r: r.host)
            yield (lambda: api.ConnectionApi.get_connection(conn)), (lambda r: r.port)
            yield (lambda: api.ConnectionApi.delete_connection(conn)), AS_IS
            yield (lambda: api.ConnectionApi.get_connection(conn)), AS_IS

        return steps

    seen = both(cfg, make)
    assert seen["async"] == seen["sync"]
    assert seen["sync"][:7] == [2, 5, 5, None, "example.invalid", 8080, None]
    assert seen["sync"][7][:3] == ("raised", "NotFoundException", 404)


def test_errors_alike(cfg: client.Configuration) -> None:
    def make(kind: str) -> Callable[[Any], Any]:
        def steps(api: Any) -> Any:
            yield (lambda: api.DAGApi.get_dag("it_aio_no_such_dag")), AS_IS
            yield (lambda: api.DAGRunApi.get_dag_run(DAG_ID, "no_such_run")), AS_IS
            yield (lambda: api.PoolApi.post_pool(Pool(name="default_pool", slots=1))), AS_IS  # exists: a conflict

        return steps

    seen = both(cfg, make)
    assert seen["async"] == seen["sync"]
    assert [s[:3] for s in seen["sync"][:2]] == [("raised", "NotFoundException", 404)] * 2
    assert seen["sync"][2][0] == "raised"


def test_a_run_triggered_waited_for_and_its_log_read(cfg: client.Configuration) -> None:
    async def run() -> Any:
        async with AsyncApiClient(cfg) as api_client:
            dags = aio_apis.DAGApi(api_client)
            was_paused = (await dags.get_dag(DAG_ID)).is_paused
            try:
                done = await trigger_dag_run_and_wait(
                    api_client, DAG_ID, unpause=True, timeout=240, poll_interval=2, conf={"it": "aio"}
                )
            finally:
                if was_paused:
                    await dags.patch_dag(DAG_ID, DAG(is_paused=True), update_mask=["is_paused"])
            tis = [
                ti
                async for ti in paginate(
                    aio_apis.TaskInstanceApi(api_client).get_task_instances, DAG_ID, done.dag_run_id
                )
            ]
            log = await read_task_log(api_client, DAG_ID, done.dag_run_id, LOG_TASK)
            await aio_apis.DAGRunApi(api_client).delete_dag_run(DAG_ID, done.dag_run_id)
            return done, tis, log

    done, tis, log = asyncio.run(run())
    assert done.state.value == "success" and done.conf == {"it": "aio"}
    assert tis and all(ti.state is not None for ti in tis)
    assert LOG_TASK in {ti.task_id for ti in tis}
    assert isinstance(log, str) and log.strip()
    # the blocking helper on the same DAG ends the same way
    with client.ApiClient(cfg) as api_client:
        dags = sync_apis.DAGApi(api_client)
        was_paused = dags.get_dag(DAG_ID).is_paused
        try:
            blocking = blocking_trigger(api_client, DAG_ID, unpause=True, timeout=240, poll_interval=2)
        finally:
            if was_paused:
                dags.patch_dag(DAG_ID, DAG(is_paused=True), update_mask=["is_paused"])
        sync_apis.DAGRunApi(api_client).delete_dag_run(DAG_ID, blocking.dag_run_id)
    assert blocking.state.value == done.state.value


def test_many_calls_in_flight_on_the_real_server(cfg: client.Configuration) -> None:
    async def run() -> List[str]:
        async with AsyncApiClient(cfg) as api_client:
            dags = aio_apis.DAGApi(api_client)
            listed = await dags.get_dags(limit=20, order_by="dag_id")
            ids = [d.dag_id for d in listed.dags]
            got = await asyncio.gather(*(dags.get_dag(dag_id) for dag_id in ids * 5))
            return [d.dag_id for d in got], ids

    got, ids = asyncio.run(run())
    assert len(ids) > 5 and got == ids * 5
    with pytest.raises(NotFoundException):
        asyncio.run(_missing(cfg))


async def _missing(cfg: client.Configuration) -> Any:
    async with AsyncApiClient(cfg) as api_client:
        return await aio_apis.DAGApi(api_client).get_dag("it_aio_no_such_dag")
