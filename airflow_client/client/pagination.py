"""Walk every page of a list operation: ``for dag in paginate(DAGApi(api).get_dags): ...``.

Airflow's list operations take ``limit`` and ``offset`` and answer a collection
(``DAGCollection``: ``dags`` and ``total_entries``).  :func:`paginate` asks for
one page after the other and yields the items; :func:`iter_pages` yields the
collections themselves.

Two things that the obvious loop gets wrong are handled here:

* the server caps ``limit`` at its ``[api] maximum_page_limit`` (100 by
  default) without saying so, so a short page does not mean the last page:
  the next offset is the previous one plus the number of items received, and
  the walk ends on an empty page or when ``total_entries`` is reached;
* an answer without ``total_entries`` (an older or newer server; lenient
  parsing keeps it) still ends, on the first empty page.

Offsets are not a snapshot: items created or deleted while walking can be
seen twice or missed.  Pass an ``order_by`` that keeps the order stable (for
example ``order_by="dag_id"``) when it matters.

The walk is written once, as a flow (:func:`pages_flow`, see
:mod:`~airflow_client.client.helper_flows`): run here blocking, and awaited by
:mod:`airflow_client.client.aio.helpers` (``async for dag in paginate(...)``).
"""

from __future__ import annotations

from typing import Any, Callable, Dict, Iterator, List, Tuple

from airflow_client.client.exceptions import ApiTypeError, ApiValueError
from airflow_client.client.helper_flows import EMIT, Flow, call, iterate

__all__ = ["paginate", "iter_pages"]

#: Airflow's default ``[api] maximum_page_limit``; larger pages are cut to it.
DEFAULT_PAGE_SIZE = 100


def iter_pages(
    method: Callable[..., Any], *args: Any, page_size: int = DEFAULT_PAGE_SIZE, **kwargs: Any
) -> Iterator[Any]:
    """Call ``method(*args, limit=page_size, offset=..., **kwargs)`` page by page and
    yield each answer (a collection model).  ``offset=`` in ``kwargs`` is where to
    start; ``limit`` is set here (use ``page_size``, and ``itertools.islice`` on
    :func:`paginate` for at most N items)."""
    yield from iterate(pages_flow(method, args, page_size, kwargs, each_item=False))


def paginate(
    method: Callable[..., Any], *args: Any, page_size: int = DEFAULT_PAGE_SIZE, **kwargs: Any
) -> Iterator[Any]:
    """Yield every item of every page of ``method`` (see :func:`iter_pages`).

    ``paginate(DAGApi(api).get_dags, tags=["etl"])`` yields ``DAG`` objects;
    ``paginate(TaskInstanceApi(api).get_task_instances, "~", "~", state=["failed"])``
    yields ``TaskInstance`` objects of every DAG and run.
    """
    yield from iterate(pages_flow(method, args, page_size, kwargs, each_item=True))


def pages_flow(
    method: Callable[..., Any],
    args: Tuple[Any, ...],
    page_size: int,
    kwargs: Dict[str, Any],
    *,
    each_item: bool,
) -> Flow:
    """The walk of :func:`iter_pages` (``each_item``: of :func:`paginate`) as a flow: it
    calls ``method`` (blocking or awaitable, as its driver does it) page by page and
    emits each page, or each item of each page."""
    name = getattr(method, "__name__", repr(method))
    kwargs = dict(kwargs)
    _check_pageable(method, name, kwargs)
    if isinstance(page_size, bool) or not isinstance(page_size, int) or page_size < 1:
        raise ApiValueError(f"{name}: page_size must be a positive int, got {page_size!r}")
    offset = kwargs.pop("offset", None) or 0
    if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
        raise ApiValueError(f"{name}: offset must be an int >= 0, got {offset!r}")
    while True:
        page = yield call(method, *args, limit=page_size, offset=offset, **kwargs)
        if each_item:
            items = _items(page, name)
            for item in items:
                yield (EMIT, item)
        else:
            yield (EMIT, page)
            items = _items(page, name)
        if not items:
            return
        offset += len(items)
        total = getattr(page, "total_entries", None)
        if isinstance(total, int) and not isinstance(total, bool) and offset >= total:
            return


def _check_pageable(method: Callable[..., Any], name: str, kwargs: Dict[str, Any]) -> None:
    import inspect

    try:
        params = inspect.signature(method).parameters
    except (TypeError, ValueError):  # a callable without a signature: trust the caller
        params = None
    if params is not None and not ({"limit", "offset"} <= set(params)):
        raise ApiTypeError(f"{name} does not take limit and offset, so it cannot be paginated")
    if "limit" in kwargs:
        raise ApiTypeError(
            f"{name}: paginate sets limit itself; give page_size= for the page size, "
            "and use itertools.islice for at most N items"
        )
    if kwargs.get("async_req"):
        raise ApiTypeError(f"{name}: async_req=True cannot be paginated")


def _items(page: Any, name: str) -> List[Any]:
    """The list of items of a collection model: the field its ``__items__`` names."""
    field = getattr(type(page), "__items__", "")
    if not field:
        raise ApiTypeError(f"{name} answered a {type(page).__name__}, which is not a collection of items")
    items = getattr(page, field, None)
    return items if isinstance(items, list) else []
