"""The helpers' logic written once, as flows, and their blocking drivers.

A helper (:func:`~airflow_client.client.paginate`,
:func:`~airflow_client.client.trigger_dag_run_and_wait`,
:func:`~airflow_client.client.follow_task_log`...) is a *flow*: a generator that
yields each step needing I/O and gets its result back, as the calls' flows of
:mod:`airflow_client.client.pipeline` do:

* ``(CALL, method, args, kwargs)``: ``method(*args, **kwargs)``, an API method (or the
  caller's ``on_poll``); its result is sent back in, its error thrown in;
* ``(SLEEP, seconds)``: wait that long; ``None`` is sent back;
* ``(EMIT, value)``: ``value`` is handed to the consumer of an iterating helper
  (a page, a DAG, a piece of log); ``None`` is sent back.

The flow decides everything (what to ask, when to stop, its errors); a driver only
does the steps: :func:`run` and :func:`iterate` here, blocking, and the awaiting ones of
:mod:`airflow_client.client.aio.helpers`.  The API methods are the flow's to choose: it
is given the module of the API classes (:mod:`airflow_client.client.apis`, or the
awaitable :mod:`airflow_client.client.aio.api`) or a bound method.
"""

from __future__ import annotations

import time
from typing import Any, Callable, Generator, Iterator, Tuple

from airflow_client.client.exceptions import ApiTypeError

__all__ = ["CALL", "EMIT", "SLEEP", "Flow", "call", "iterate", "run"]

#: ``(CALL, method, args, kwargs)``: the method's result sent back, or its error thrown in.
CALL = "call"
#: ``(SLEEP, seconds)``: wait.
SLEEP = "sleep"
#: ``(EMIT, value)``: a value for the consumer of an iterating helper.
EMIT = "emit"

#: A helper's flow: yields steps, gets their results, returns the helper's result.
Flow = Generator[Tuple[Any, ...], Any, Any]


def call(method: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Tuple[Any, ...]:
    """The step ``(CALL, method, args, kwargs)``: ``result = yield call(api.get_dag, "etl")``."""
    return (CALL, method, args, kwargs)


def run(flow: Flow, clock: Any = None) -> Any:
    """Run ``flow`` (one that emits nothing) and return its result.  ``clock`` is what
    sleeps (its ``sleep``): the caller's module ``time``, as found at the call, by default
    this module's."""
    walk = _walk(flow, clock)
    try:
        value = next(walk)
    except StopIteration as stop:
        return stop.value
    walk.close()
    raise ApiTypeError(f"a helper's flow emitted {value!r} where a result was expected")


def iterate(flow: Flow, clock: Any = None) -> Iterator[Any]:
    """The values ``flow`` emits, its other steps done in between as they come (blocking):
    nothing is asked before the consumer wants the next value."""
    return _walk(flow, clock)


def _walk(flow: Flow, clock: Any) -> Generator[Any, None, Any]:
    """Do the steps of ``flow``; yield what it emits; return what it returns.  Closed early
    (the consumer stopped), it closes the flow."""
    try:
        step = next(flow)
        while True:
            kind = step[0]
            if kind == EMIT:
                yield step[1]
                step = flow.send(None)
                continue
            try:
                if kind == CALL:
                    value = step[1](*step[2], **step[3])
                elif kind == SLEEP:
                    (clock if clock is not None else time).sleep(step[1])
                    value = None
                else:
                    raise ApiTypeError(f"a helper's flow yielded an unknown step {kind!r}")
            except Exception as exc:
                step = flow.throw(exc)
            else:
                step = flow.send(value)
    except StopIteration as stop:
        return stop.value
    finally:
        flow.close()
