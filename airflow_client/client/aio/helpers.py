"""The helpers awaited: :func:`paginate`, :func:`trigger_dag_run_and_wait`,
:func:`follow_task_log`... for :class:`~airflow_client.client.aio.AsyncApiClient`.

::

    async with AsyncApiClient(configuration) as client:
        async for dag in paginate(DAGApi(client).get_dags, tags=["etl"]):
            print(dag.dag_id)
        run = await trigger_dag_run_and_wait(client, "etl", conf={"day": "2024-01-01"})
        async for text in follow_task_log(client, "etl", run.dag_run_id, "load"):
            print(text, end="")

Each is the blocking helper's flow (:mod:`~airflow_client.client.pagination`,
:mod:`~airflow_client.client.waiting`, :mod:`~airflow_client.client.logs`) on the
awaitable API classes, its steps awaited: the same requests, in the same order, the same
results and errors (:class:`~airflow_client.client.DagRunWaitTimeout`,
:class:`~airflow_client.client.TaskLogTimeout`, ``ApiValueError``, ``ApiTypeError``)
with the same messages.  Only the waits differ: ``asyncio.sleep``, so other tasks run.
"""

from __future__ import annotations

import asyncio
import inspect
from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Callable, Collection, Dict, Optional, Tuple, Union

from airflow_client.client.aio import api as aio_api
from airflow_client.client.exceptions import ApiTypeError
from airflow_client.client.helper_flows import CALL, EMIT, SLEEP, Flow
from airflow_client.client.logs import follow_flow, read_flow
from airflow_client.client.pagination import DEFAULT_PAGE_SIZE, pages_flow
from airflow_client.client.transport.aio import drive_async
from airflow_client.client.waiting import FINISHED, trigger_flow, wait_flow

if TYPE_CHECKING:
    from datetime import datetime

    from airflow_client.client.aio.client import AsyncApiClient
    from airflow_client.client.model.dag_run import DAGRun

__all__ = [
    "follow_task_log",
    "iter_pages",
    "paginate",
    "read_task_log",
    "trigger_dag_run_and_wait",
    "wait_for_dag_run",
]


async def iter_pages(
    method: Callable[..., Awaitable[Any]], *args: Any, page_size: int = DEFAULT_PAGE_SIZE, **kwargs: Any
) -> AsyncIterator[Any]:
    """Await ``method(*args, limit=page_size, offset=..., **kwargs)`` page by page and
    yield each answer (a collection model): ``async for page in
    iter_pages(DAGApi(client).get_dags): ...``.  As
    :func:`airflow_client.client.iter_pages`."""
    async for page in _iterate(pages_flow(method, args, page_size, kwargs, each_item=False)):
        yield page


async def paginate(
    method: Callable[..., Awaitable[Any]], *args: Any, page_size: int = DEFAULT_PAGE_SIZE, **kwargs: Any
) -> AsyncIterator[Any]:
    """Yield every item of every page of ``method``, an awaitable API method:
    ``async for dag in paginate(DAGApi(client).get_dags, tags=["etl"]): ...``.  As
    :func:`airflow_client.client.paginate`."""
    async for item in _iterate(pages_flow(method, args, page_size, kwargs, each_item=True)):
        yield item


async def trigger_dag_run_and_wait(
    client: "AsyncApiClient",
    dag_id: str,
    *,
    conf: Optional[Dict[str, Any]] = None,
    dag_run_id: Optional[str] = None,
    logical_date: Union["datetime", str, None] = None,
    note: Optional[str] = None,
    unpause: bool = False,
    timeout: float = 3600.0,
    poll_interval: float = 5.0,
    until: Collection[str] = FINISHED,
) -> "DAGRun":
    """Trigger ``dag_id`` (optionally unpausing it first) and wait for the run; as
    :func:`airflow_client.client.trigger_dag_run_and_wait`, awaited."""
    flow = trigger_flow(
        aio_api, client, dag_id, conf, dag_run_id, logical_date, note, unpause, timeout, poll_interval, until
    )
    result: DAGRun = await _run(flow)
    return result


async def wait_for_dag_run(
    client: "AsyncApiClient",
    dag_id: str,
    dag_run_id: str,
    *,
    timeout: float = 3600.0,
    poll_interval: float = 5.0,
    until: Collection[str] = FINISHED,
    on_poll: Optional[Callable[["DAGRun"], Optional[Awaitable[Any]]]] = None,
) -> "DAGRun":
    """Poll the run until its state is in ``until``; return the last ``DAGRun``.  As
    :func:`airflow_client.client.wait_for_dag_run`; ``on_poll`` may be a function or an
    ``async`` one (awaited before the next poll)."""
    flow = wait_flow(aio_api, client, dag_id, dag_run_id, timeout, poll_interval, until, on_poll)
    result: DAGRun = await _run(flow)
    return result


async def read_task_log(
    client: "AsyncApiClient",
    dag_id: str,
    dag_run_id: str,
    task_id: str,
    *,
    try_number: Optional[int] = None,
    map_index: int = -1,
) -> str:
    """The whole log of a try, as text, all its pieces read; as
    :func:`airflow_client.client.read_task_log`, awaited."""
    flow = read_flow(aio_api, client, dag_id, dag_run_id, task_id, try_number, map_index)
    return "".join([text async for text in _iterate(flow)])


async def follow_task_log(
    client: "AsyncApiClient",
    dag_id: str,
    dag_run_id: str,
    task_id: str,
    *,
    try_number: Optional[int] = None,
    map_index: int = -1,
    poll_interval: float = 2.0,
    timeout: Optional[float] = None,
) -> AsyncIterator[str]:
    """Yield a try's log as it is written, until the try has ended and its log is read to
    the end: ``async for text in follow_task_log(client, "etl", run_id, "load"): ...``.
    As :func:`airflow_client.client.follow_task_log`."""
    flow = follow_flow(aio_api, client, dag_id, dag_run_id, task_id, try_number, map_index, poll_interval, timeout)
    async for text in _iterate(flow):
        yield text


# -- the drivers: the steps of a flow, awaited ----------------------------------------------------


async def _run(flow: Flow) -> Any:
    """Run ``flow`` (one that emits nothing), each step awaited; its result."""
    return await drive_async(flow, _STEPS)


async def _iterate(flow: Flow) -> AsyncIterator[Any]:
    """The values ``flow`` emits, its other steps awaited in between; nothing is asked
    before the consumer wants the next value.  Closed early, it closes the flow."""
    try:
        step = next(flow)
        while True:
            if step[0] == EMIT:
                yield step[1]
                step = flow.send(None)
                continue
            try:
                value = await _do(step)
            except Exception as exc:
                step = flow.throw(exc)
            else:
                step = flow.send(value)
    except StopIteration:
        return
    finally:
        flow.close()


async def _do(step: Tuple[Any, ...]) -> Any:
    """One step of :func:`_iterate`, as :data:`_STEPS` does it."""
    handler = _STEPS.get(step[0])
    if handler is None or step[0] == EMIT:
        raise ApiTypeError(f"a helper's flow yielded an unknown step {step[0]!r}")
    return await handler(*step[1:])


async def _call(method: Callable[..., Any], args: Tuple[Any, ...], kwargs: Dict[str, Any]) -> Any:
    """The step ``CALL``: awaited when what it returned is awaitable (the API methods'
    coroutines, an ``async`` ``on_poll``)."""
    value = method(*args, **kwargs)
    return (await value) if inspect.isawaitable(value) else value


async def _emitted(value: Any) -> Any:
    raise ApiTypeError(f"a helper's flow emitted {value!r} where a result was expected")


#: what each step of a helper's flow is, awaited (the calls' driver does them: drive_async)
_STEPS: Dict[str, Callable[..., Awaitable[Any]]] = {CALL: _call, SLEEP: asyncio.sleep, EMIT: _emitted}
