"""A call resolved into the request to send: :class:`Prepared`.

:func:`~.call.prepare` turns an operation, the caller's parameters and options into
one (the URL with its path and query, the headers, the JSON body, what the
answer should be); the Airflow 3 stage (:mod:`airflow_client.client.airflow3.stage`)
and the official ``call_api`` (:mod:`airflow_client.client.compat`) build
theirs too.  The client then sends it (credentials, transport) and hands the
answer to its :attr:`Prepared.expect` (:mod:`.answers`).  Nothing here does I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Dict, FrozenSet, Mapping, Optional, Set

from airflow_client.client.core.options import CallOptions
from airflow_client.client.exceptions import ApiTypeError, ApiValueError

if TYPE_CHECKING:
    from airflow_client.client.core.answers import Expect

JSON = "application/json"
#: The verbs that send a ``Content-Type`` even without a body, as the official client does.
BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


class Prepared:
    """One request, ready to send.

    :param operation: what the caller called (for errors and logs).
    :param method: the HTTP verb.
    :param url: the whole URL, query included.
    :param headers: every header but the credentials (added when sent).
    :param body: the bytes of the body, or None.
    :param expect: reads the answer into the result (:class:`~.answers.Expect`).
    :param options: the call's options (timeout, deadline, unread, result shape).
    :param public: send without credentials (an endpoint the server answers to anyone).
    :param keep: the headers (lower-case) the caller set, which credentials do not
        overwrite; None: all of ``headers``.
    :param hop: ``hop(headers, credential header names, deadline)`` sends it instead of the transport: the official ``request``
        chain of a client whose hooks a subclass or a test replaced (``call_api``).
    """

    __slots__ = ("operation", "method", "url", "headers", "body", "expect", "options", "public", "keep", "hop")

    def __init__(
        self,
        operation: str,
        method: str,
        url: str,
        headers: Dict[str, Any],
        body: Optional[bytes],
        expect: "Expect",
        options: CallOptions,
        *,
        public: bool = False,
        keep: Optional[FrozenSet[str]] = None,
        hop: Optional[Callable[[Dict[str, Any], Set[str], Any], Any]] = None,
    ) -> None:
        self.operation = operation
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.expect = expect
        self.options = options
        self.public = public
        self.keep = keep
        self.hop = hop

    def __repr__(self) -> str:
        return f"Prepared({self.operation}: {self.method} {self.url})"


def request_headers(accept: str, with_body: bool, options: CallOptions, defaults: Mapping[str, Any]) -> Dict[str, Any]:
    """``Accept``, the ``Content-Type`` of a body (``with_body``), the client's
    ``defaults`` and the call's own ``_headers`` (checked), in that order."""
    headers: Dict[str, Any] = {"Accept": accept}
    if with_body:
        headers["Content-Type"] = options.content_type or JSON
    headers.update(defaults)
    extra = options.headers
    if extra:
        for name, value in extra.items():
            check_header(name, value)
        headers.update(extra)
    return headers


def check_header(name: str, value: Any) -> None:
    """A header's name must be a str and its value a str or an int (as http.client takes),
    neither holding CR or LF (nor the name a ``:``); the value is never quoted."""
    if not isinstance(name, str) or not isinstance(value, (str, int)):
        raise ApiTypeError(f"header {name!r} must be a str name with a str value, got {type(value).__name__}")
    if isinstance(value, int):
        return
    if "\r" in value or "\n" in value or "\r" in name or "\n" in name or ":" in name:
        raise ApiValueError(f"header {name!r}: names and values must not contain CR or LF (or ':' in names)")


__all__ = ["BODY_METHODS", "JSON", "Prepared", "check_header", "request_headers"]
