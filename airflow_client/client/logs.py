"""Read a task try's whole log, or follow it while it runs, as plain text.

``print(read_task_log(api_client, "etl", run_id, "load"))`` prints the log of the
latest try of ``load``; ``for text in follow_task_log(...): print(text, end="")``
prints it as it is written, until the try has ended.

Airflow 2 serves a log in pieces: ``get_log`` answers the text written so far
and a continuation token (signed JSON: the position reached and whether the log
has ended); the next call with that token answers only what came after.  Its
JSON ``content`` is not the text but a Python ``repr`` of a list of ``(host,
text)`` pairs (``"[('worker-1', '...')]"``).  It is read here with
:func:`ast.literal_eval`, which accepts literals only, never code; anything
else is kept as received.  (The ``text/plain`` answer is no better: it puts the
host name on a line of its own before the text, and for a running try it
answers only the first piece.)

A log's end is the try's end: the try is over when its task instance has gone
on to a later try or is in a finished state (``success``, ``failed``,
``skipped``, ``upstream_failed``, ``removed``, ``up_for_retry``); the lines the
worker writes after the state changes are read once more before stopping.

The logic is written once, as flows (:func:`read_flow`, :func:`follow_flow`, see
:mod:`~airflow_client.client.helper_flows`): run here blocking, and awaited by
:mod:`airflow_client.client.aio.helpers`.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, Dict, Generator, Iterator, List, Optional, Tuple

from airflow_client.client.exceptions import ApiValueError, OpenApiException
from airflow_client.client.helper_flows import EMIT, SLEEP, Flow, call, iterate

if TYPE_CHECKING:
    from airflow_client.client.api_client import ApiClient

__all__ = ["TaskLogTimeout", "follow_task_log", "read_task_log"]

#: The states in which a try is over: no more log will be written for it.
TRY_ENDED = frozenset({"success", "failed", "skipped", "upstream_failed", "removed", "up_for_retry"})
#: How long to wait, after a followed try ended, for the worker's last lines.
_GRACE = 1.0
#: The most pieces read in one go (a server that always answers "more" must not loop for ever).
_MAX_PIECES = 10_000


class TaskLogTimeout(OpenApiException, TimeoutError):
    """A followed task try had not ended in time; ``state`` is the last state seen
    of its task instance and ``text`` all the log read until then."""

    def __init__(self, message: str, state: Optional[str], text: str) -> None:
        super().__init__(message)
        self.state = state
        self.text = text


def read_task_log(
    api_client: "ApiClient",
    dag_id: str,
    dag_run_id: str,
    task_id: str,
    *,
    try_number: Optional[int] = None,
    map_index: int = -1,
) -> str:
    """The whole log of a try, as text, all its pieces read.

    ``try_number`` defaults to the task instance's latest try; ``map_index``
    names one instance of a mapped task.  For a try still running, what was
    written so far.
    """
    from airflow_client.client import apis

    return "".join(iterate(read_flow(apis, api_client, dag_id, dag_run_id, task_id, try_number, map_index), time))


def follow_task_log(
    api_client: "ApiClient",
    dag_id: str,
    dag_run_id: str,
    task_id: str,
    *,
    try_number: Optional[int] = None,
    map_index: int = -1,
    poll_interval: float = 2.0,
    timeout: Optional[float] = None,
) -> Iterator[str]:
    """Yield a try's log as it is written: what is there already, then each new
    piece, every ``poll_interval`` seconds, until the try has ended and its log
    is read to the end.

    ``try_number`` defaults to the latest try when called (a try not started
    yet is waited for).  A try still running after ``timeout`` seconds (None:
    no limit) raises :class:`TaskLogTimeout`.
    """
    from airflow_client.client import apis

    flow = follow_flow(apis, api_client, dag_id, dag_run_id, task_id, try_number, map_index, poll_interval, timeout)
    yield from iterate(flow, time)


# -- the flows: the logic of both the blocking helpers and the awaitable ones (aio.helpers) -------


def read_flow(
    apis: Any,
    api_client: Any,
    dag_id: str,
    dag_run_id: str,
    task_id: str,
    try_number: Optional[int],
    map_index: int,
) -> Flow:
    """:func:`read_task_log` as a flow, on the API classes of ``apis``: it emits the
    pieces of the log (the helper joins them)."""
    reader = _LogReader(apis, api_client, dag_id, dag_run_id, task_id, map_index)
    if try_number is None:
        try_number = yield from reader.latest_try()
    _check_try(try_number)
    yield from reader.drain(try_number)


def follow_flow(
    apis: Any,
    api_client: Any,
    dag_id: str,
    dag_run_id: str,
    task_id: str,
    try_number: Optional[int],
    map_index: int,
    poll_interval: float,
    timeout: Optional[float],
) -> Flow:
    """:func:`follow_task_log` as a flow, on the API classes of ``apis``: it emits each
    piece of the log as it is read."""
    for name, value in (("poll_interval", poll_interval), ("timeout", timeout)):
        if value is None and name == "timeout":
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise ApiValueError(f"{name} must be a number of seconds >= 0, got {value!r}")
    reader = _LogReader(apis, api_client, dag_id, dag_run_id, task_id, map_index)
    deadline = None if timeout is None else time.monotonic() + timeout
    state, current = yield from reader.state()
    if try_number is None:
        try_number = max(current, 1)
    _check_try(try_number)
    seen_running = False
    read: List[str] = []
    while True:
        ended = current > try_number or (current == try_number and state in TRY_ENDED)
        read.extend((yield from reader.drain(try_number)))
        if ended:
            if not seen_running:
                return
            # The worker writes its last lines (the return code) after the state changed.
            yield (SLEEP, min(_GRACE, poll_interval))
            yield from reader.drain(try_number)
            return
        seen_running = True
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TaskLogTimeout(
                    f"try {try_number} of {_name(dag_id, dag_run_id, task_id, map_index)} is still "
                    f"{state!r} after {timeout:g} s",
                    state,
                    "".join(read),
                )
            yield (SLEEP, min(poll_interval, left))
        else:
            yield (SLEEP, poll_interval)
        state, current = yield from reader.state()


class _LogReader:
    """The pieces of one task instance's logs, a continuation token per try; its
    reads are flows (on the API classes of ``apis``, blocking or awaitable)."""

    def __init__(self, apis: Any, api_client: Any, dag_id: str, dag_run_id: str, task_id: str, map_index: int) -> None:
        if isinstance(map_index, bool) or not isinstance(map_index, int) or map_index < -1:
            raise ApiValueError(f"map_index must be an int >= -1, got {map_index!r}")
        self.api = apis.TaskInstanceApi(api_client)
        self.key = (dag_id, dag_run_id, task_id)
        self.map_index = map_index
        self.tokens: Dict[int, str] = {}

    def state(self) -> Generator[Tuple[Any, ...], Any, Tuple[Optional[str], int]]:
        """(state, latest try number) of the task instance."""
        if self.map_index < 0:
            ti = yield call(self.api.get_task_instance, *self.key)
        else:
            ti = yield call(self.api.get_mapped_task_instance, *self.key, self.map_index)
        state = ti.get("state")
        number = ti.get("try_number")
        return (None if state is None else str(getattr(state, "value", state))), (
            number if isinstance(number, int) and not isinstance(number, bool) else 0
        )

    def latest_try(self) -> Generator[Tuple[Any, ...], Any, int]:
        _, number = yield from self.state()
        return max(number, 1)

    def drain(self, try_number: int) -> Generator[Tuple[Any, ...], Any, List[str]]:
        """Every piece written since the last call, until the server has no more now:
        each one emitted, and all of them returned."""
        texts: List[str] = []
        for _ in range(_MAX_PIECES):
            token = self.tokens.get(try_number)
            answer: Any = yield call(
                self.api.get_log,
                *self.key,
                try_number,
                full_content=False,
                map_index=None if self.map_index < 0 else self.map_index,
                token=token,
            )
            text = log_text(answer.get("content"))
            new_token = answer.get("continuation_token")
            if new_token:
                self.tokens[try_number] = str(new_token)
            if text:
                texts.append(text)
                yield (EMIT, text)
            meta = token_metadata(new_token)
            if not text or meta.get("end_of_log") is not False or not new_token or new_token == token:
                break
        return texts


def log_text(content: object) -> str:
    """The text of a ``get_log`` JSON ``content``: the texts of its ``(host, text)``
    pairs (Airflow 2.x sends their Python ``repr``), or the content as received."""
    if content is None:
        return ""
    content = str(content)
    stripped = content.strip()
    if not (stripped.startswith("[") and stripped.endswith("]")):
        return content
    import ast

    try:
        value = ast.literal_eval(stripped)
    except (ValueError, SyntaxError, MemoryError, RecursionError, TypeError):
        return content
    if not isinstance(value, list):
        return content
    parts = []
    for item in value:
        if isinstance(item, (tuple, list)) and len(item) == 2 and isinstance(item[1], str):
            parts.append(item[1])
        elif isinstance(item, str):
            parts.append(item)
        else:
            return content
    return "\n".join(parts)


def token_metadata(token: Any) -> Dict[str, Any]:
    """What a continuation token says (``end_of_log``, ``log_pos``): its signed
    payload read without the signature check (the server checks it), or ``{}``."""
    if not isinstance(token, str) or "." not in token:
        return {}
    import base64
    import json
    import zlib

    payload = token.rsplit(".", 1)[0]
    compressed = payload.startswith(".")
    payload = payload.lstrip(".")
    try:
        raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
        if compressed:
            raw = zlib.decompress(raw)
        value = json.loads(raw)
    except (ValueError, zlib.error):
        return {}
    return value if isinstance(value, dict) else {}


def _check_try(try_number: Any) -> None:
    if isinstance(try_number, bool) or not isinstance(try_number, int) or try_number < 1:
        raise ApiValueError(f"try_number must be an int >= 1, got {try_number!r}")


def _name(dag_id: str, dag_run_id: str, task_id: str, map_index: int) -> str:
    mapped = f"[{map_index}]" if map_index >= 0 else ""
    return f"{dag_id}/{dag_run_id}/{task_id}{mapped}"
