"""Exceptions raised by the client.

Every error the client raises derives from :class:`OpenApiException`, so one
``except OpenApiException`` catches them all.  The names and the constructor
arguments of the official 2.x client are kept (``ApiTypeError``,
``ApiValueError``, ``ApiKeyError``, ``ApiAttributeError``, ``ApiException`` and
its per-status subclasses); the transport and decoding errors are ours.
"""

from __future__ import annotations

import json
import math
from typing import Any, Dict, Optional, Sequence, Tuple, Type, TypeVar, Union

from urllib3.exceptions import MaxRetryError

PathToItem = Optional[Sequence[Union[str, int]]]
_E = TypeVar("_E", bound="ApiException")

#: How much of a response body an error message quotes.
_BODY_PREVIEW = 500


def render_path(path_to_item: PathToItem) -> str:
    """Render ``["body", "pools", 0]`` as ``['body']['pools'][0]``, as the official client does."""
    return "".join(f"[{part}]" if isinstance(part, int) else f"['{part}']" for part in path_to_item or ())


def preview(data: Union[bytes, str, None], limit: int = _BODY_PREVIEW) -> str:
    """The first ``limit`` characters of a body, decoded leniently, marked when cut."""
    if data is None:
        return ""
    text = data.decode("utf-8", "replace") if isinstance(data, (bytes, bytearray)) else data
    if len(text) > limit:
        return f"{text[:limit]}... ({len(text)} characters in all)"
    return text


def retry_after_seconds(value: Optional[str]) -> Optional[float]:
    """The seconds a ``Retry-After`` value asks to wait: a number, or an HTTP date
    (0 when it is past); None when there is none or it cannot be read."""
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        from datetime import datetime, timezone
        from email.utils import parsedate_to_datetime  # here: only a date needs it

        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
        return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())
    return seconds if math.isfinite(seconds) and seconds >= 0 else None


class OpenApiException(Exception):
    """The root of every exception this client raises."""


class ApiTypeError(OpenApiException, TypeError):
    """A value of the wrong type was given for a parameter or a model field."""

    def __init__(
        self,
        msg: str,
        path_to_item: PathToItem = None,
        valid_classes: Optional[Tuple[type, ...]] = None,
        key_type: Optional[bool] = None,
    ) -> None:
        self.path_to_item = path_to_item
        self.valid_classes = valid_classes
        self.key_type = key_type
        where = render_path(path_to_item)
        super().__init__(f"{msg} at {where}" if where else msg)


class ApiValueError(OpenApiException, ValueError):
    """A value of the right type but not an allowed one (enum, range, time zone...)."""

    def __init__(self, msg: str, path_to_item: PathToItem = None) -> None:
        self.path_to_item = path_to_item
        where = render_path(path_to_item)
        super().__init__(f"{msg} at {where}" if where else msg)


class ApiAttributeError(OpenApiException, AttributeError):
    """An attribute that a model does not have was read."""

    def __init__(self, msg: str, path_to_item: PathToItem = None) -> None:
        self.path_to_item = path_to_item
        where = render_path(path_to_item)
        super().__init__(f"{msg} at {where}" if where else msg)


class ApiKeyError(OpenApiException, KeyError):
    """A key that a model does not have was looked up."""

    def __init__(self, msg: str, path_to_item: PathToItem = None) -> None:
        self.path_to_item = path_to_item
        where = render_path(path_to_item)
        super().__init__(f"{msg} at {where}" if where else msg)


class ApiException(OpenApiException):
    """The server answered with an error status (or an answer we cannot use).

    As in the official client: ``status`` and ``reason`` are those of the HTTP
    response, ``headers`` its headers (a case-insensitive ``HTTPHeaderDict``)
    and ``body`` its body: text when raised by an API method or ``call_api``,
    the bytes received when raised by ``rest.RESTClientObject`` or built from
    ``http_resp=``; all three are None when there was no response.
    ``raw_body`` always holds the bytes.  When the body is an RFC 7807 problem
    document, as Airflow sends, its members are on ``title``, ``detail``,
    ``type`` and ``instance``, and the whole parsed document on ``problem``.
    ``operation`` names the client method and ``url`` the address that was
    called (without credentials).  ``retry_after`` is the seconds the answer's
    ``Retry-After`` asked to wait (None without one): the client raises a 429 or
    503 at once when that wait is longer than ``Configuration.max_retry_after`` or
    would pass the call's deadline, so the caller decides.
    ``server_status``, ``server_reason`` and ``server_body`` are what the server
    itself answered: the same as ``status``, ``reason`` and ``body``, except for
    an Airflow 3 server, whose errors are raised as Airflow 2 shaped them (its own
    answer kept there; None for an error the client raised without asking it).
    """

    def __init__(
        self,
        status: Optional[int] = None,
        reason: Optional[str] = None,
        http_resp: Any = None,
        *,
        body: Union[bytes, str, None] = None,
        as_text: bool = False,
        headers: Any = None,
        operation: Optional[str] = None,
        method: Optional[str] = None,
        url: Optional[str] = None,
    ) -> None:
        """``http_resp``, as there, gives status, reason, body and headers; ``body``
        and ``headers`` given as well win.  ``as_text`` keeps a bytes ``body`` as
        text (UTF-8, what does not decode replaced), as API methods raise it."""
        # No super().__init__(): ``args`` stays what was given by position, as there.
        self.status: Optional[int] = status
        self.reason: Optional[str] = reason
        self.body: Any = None
        self.headers: Any = None
        if http_resp:
            self.status = http_resp.status
            self.reason = http_resp.reason
            self.body = http_resp.data
            self.headers = _headers_of(http_resp)
        if body is not None:
            self.body = body
        if headers is not None:
            self.headers = headers
        raw = self.body
        if isinstance(raw, str):
            raw = raw.encode("utf-8", "surrogateescape")
        self.raw_body: bytes = bytes(raw) if isinstance(raw, (bytes, bytearray)) else b""
        if as_text and isinstance(self.body, (bytes, bytearray)):
            self.body = self.raw_body.decode("utf-8", "replace")
        self.operation = operation
        self.method = method
        self.url = url
        self.problem: Optional[Dict[str, Any]] = _parse_problem(self.raw_body)
        problem = self.problem or {}
        self.title: Optional[str] = _as_text(problem.get("title"))
        self.detail: Optional[str] = _as_text(problem.get("detail"))
        self.type: Optional[str] = _as_text(problem.get("type"))
        self.instance: Optional[str] = _as_text(problem.get("instance"))
        self.server_status: Optional[int] = self.status
        self.server_reason: Optional[str] = self.reason
        self.server_body: Any = self.body
        get = getattr(self.headers, "get", None)
        self.retry_after: Optional[float] = retry_after_seconds(get("Retry-After")) if get is not None else None

    @classmethod
    def from_response(
        cls: Type[_E],
        resp: Any,
        *,
        method: str,
        url: str,
        operation: Optional[str] = None,
        body: Optional[bytes] = None,
        **extra: Any,
    ) -> _E:
        """The exception for an answer the client read (a urllib3 response), its
        body as text; ``body`` replaces the response's own (the raw bytes of one
        that did not decode), ``extra`` goes to the subclass (``message=``, ``since=``...)."""
        return cls(
            status=resp.status,
            reason=resp.reason,
            body=resp.data if body is None else body,
            as_text=True,
            headers=resp.headers,
            operation=operation,
            method=method,
            url=url,
            **extra,
        )

    def __str__(self) -> str:
        """The official layout, with what we know besides between the reason and the headers:

        ``(404)`` / ``Reason: NOT FOUND`` / [``Operation:``, ``Title:``, ``Detail:``,
        ``Type:``] / ``HTTP response headers: ...`` / ``HTTP response body: ...``.
        The body comes last and whole, as code that parses ``str(error)`` expects.
        """
        text = f"({self.status})\nReason: {self.reason}\n"
        if self.operation or self.url:
            text += f"Operation: {' '.join(p for p in (self.operation, self.method, self.url) if p)}\n"
        for label, value in (("Title", self.title), ("Detail", self.detail), ("Type", self.type)):
            if value:
                text += f"{label}: {value}\n"
        if self.headers:
            text += f"HTTP response headers: {self.headers}\n"
        if self.body:
            text += f"HTTP response body: {self.body}\n"
        return text


def _headers_of(http_resp: Any) -> Any:
    """The headers of a response as the official client reads them (``getheaders()``),
    without urllib3's deprecation warning for its own responses."""
    import urllib3

    if isinstance(http_resp, urllib3.BaseHTTPResponse):
        return http_resp.headers
    return http_resp.getheaders()


class UnauthorizedException(ApiException):
    """401: no credentials, or wrong ones."""


class ForbiddenException(ApiException):
    """403: the credentials lack the permission."""


class NotFoundException(ApiException):
    """404: no such resource."""


class OperationNotSupportedError(NotFoundException):
    """The server's Airflow is older than the operation: it answered 404 (or 405) to
    an operation that a later Airflow version added.  ``since`` is the version that
    added it, ``server_version`` the one the server reports (``/version``, asked once
    per client); ``status``, ``body`` and the rest are those of the answer.  A
    ``NotFoundException``, so code that catches that one still does."""

    def __init__(
        self, *args: Any, since: Optional[str] = None, server_version: Optional[str] = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.since = since
        self.server_version = server_version

    def __str__(self) -> str:
        head, _, rest = super().__str__().partition("\n")
        reason, _, rest = rest.partition("\n")
        needs = (
            f"Needs: Airflow {self.since} or newer for {self.operation}; the server runs Airflow {self.server_version}"
        )
        return f"{head}\n{reason}\n{needs}\n{rest}"


class NotSupportedOnServerError(OperationNotSupportedError):
    """The server's API cannot do what this 2.x call asks, so nothing was sent:
    an operation with no equivalent on Airflow 3's ``/api/v2`` (or not translated
    yet), or a parameter that the server would silently ignore (unfiltered data
    for a filter given is refused, never returned).  ``operation`` names it,
    ``parameter`` the parameter when one is the cause, ``server_version`` the
    server's Airflow and ``instead`` what to use.  ``status`` is None: no request
    was made.  An :class:`OperationNotSupportedError`, so code catching that
    (or ``NotFoundException``) still does."""

    def __init__(
        self,
        operation: str,
        *,
        server_version: Optional[str],
        reason: str,
        instead: str = "",
        parameter: Optional[str] = None,
    ) -> None:
        super().__init__(operation=operation, server_version=server_version)
        self.reason = reason
        self.instead = instead
        self.parameter = parameter

    def __str__(self) -> str:
        server = f"Airflow {self.server_version}" if self.server_version else "this server (Airflow 3, /api/v2)"
        what = f"{self.operation}({self.parameter}=...)" if self.parameter else f"{self.operation}()"
        text = f"{what} is not supported on {server}: {self.reason}"
        return f"{text}. Instead: {self.instead}" if self.instead else text


class EmptyPathParameterError(NotFoundException, ApiValueError):
    """A path parameter was empty (``get_variable("")``), so nothing was sent: an empty
    segment can reach another endpoint (``/dags/`` is ``/dags`` to a server that drops
    a trailing slash).  The official client sends it, and Airflow 2 answers 404: so this
    is a ``NotFoundException`` with ``status`` 404, as code written for it catches,
    and an ``ApiValueError`` (bad input), ``path_to_item`` naming the parameter."""

    def __init__(self, operation: str, parameter: str) -> None:
        message = f"{operation}(): the path parameter {parameter!r} is empty; nothing was sent"
        ApiException.__init__(self, 404, "Not Found", operation=operation)
        self.args = (message,)
        self.path_to_item = [parameter]
        self.parameter = parameter
        self.message = message

    def __str__(self) -> str:
        return f"(404)\nReason: Not Found\n{self.message}"


class ServiceException(ApiException):
    """5xx: the server (or a proxy in front of it) failed."""


class ResponseDecodeError(ApiException):
    """A successful status whose body is not what the operation returns.

    Raised for invalid or truncated JSON and for a content type the operation
    cannot answer with (an HTML login page from a proxy, say).  The message
    quotes the first bytes received.
    """

    def __init__(self, message: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.message = message

    def __str__(self) -> str:
        return f"{self.message}\n{super().__str__()}"


class ApiConnectionError(OpenApiException, MaxRetryError):
    """The request did not get a whole answer: refused, reset, DNS, TLS or proxy
    failure, or a body that broke off.

    ``status`` is set when the answer's status line had arrived before the
    failure, and ``received`` holds the first bytes of its body that had (as
    sent, so still compressed if the server compressed them).

    The official client lets urllib3's ``MaxRetryError`` through in these
    cases, so this is one too: ``except urllib3.exceptions.MaxRetryError`` (or
    ``HTTPError``) written for it catches this, and ``reason`` is urllib3's
    underlying error, as there.
    """

    def __init__(
        self,
        message: str,
        *,
        operation: Optional[str] = None,
        method: Optional[str] = None,
        url: Optional[str] = None,
        received: Optional[bytes] = None,
        status: Optional[int] = None,
        reason: Optional[Exception] = None,
    ) -> None:
        self.operation = operation
        self.method = method
        self.url = url
        self.received = received
        self.status = status
        self.reason = reason
        self.pool = None  # type: ignore[assignment]  # no urllib3 pool at hand, as after unpickling
        self.message = message
        parts = [message]
        if operation or url:
            parts.append(f"Operation: {' '.join(p for p in (operation, method, url) if p)}")
        if received:
            parts.append(f"Received before the failure: {preview(received)}")
        self._message = "\n".join(parts)
        # Not MaxRetryError.__init__ (it wants a pool); the text is the only argument.
        self.args = (self._message,)

    def __str__(self) -> str:
        return self._message

    def __reduce__(self) -> Any:
        return _rebuild_connection_error, (type(self), self.__dict__)


def _rebuild_connection_error(cls: Any, state: Dict[str, Any]) -> Any:
    error = cls.__new__(cls)
    error.__dict__.update(state)
    error.args = (state.get("_message", ""),)
    return error


class ApiTimeoutError(ApiConnectionError, TimeoutError):
    """The server did not connect or answer within the timeout."""


class DeadlineExceededError(ApiTimeoutError):
    """The call's deadline (``Configuration.deadline``, or ``_deadline=`` per call)
    ran out before an answer came: ``attempts`` requests were sent in ``elapsed``
    seconds, the waits between them included, of the ``deadline`` allowed.
    ``reason`` is the last attempt's failure, as urllib3 gave it.  An
    :class:`ApiTimeoutError`, so code that catches that one still does."""

    def __init__(
        self, message: str, *, attempts: int = 0, elapsed: float = 0.0, deadline: float = 0.0, **kwargs: Any
    ) -> None:
        super().__init__(message, **kwargs)
        self.attempts = attempts
        self.elapsed = elapsed
        self.deadline = deadline


class ResponseValidationError(OpenApiException, ValueError):
    """Strict mode: a response does not match the pinned Airflow spec.

    Raised only when ``Configuration(strict_responses=True)``; by default such
    responses are accepted and the unexpected values kept as received.
    """

    def __init__(
        self,
        *,
        operation: Optional[str],
        json_path: str,
        expected: str,
        value: Any,
        model: Optional[str] = None,
    ) -> None:
        self.operation = operation
        self.json_path = json_path
        self.expected = expected
        self.value = value
        self.model = model
        shown = preview(json.dumps(value, default=str), 200)
        where = f" ({model})" if model else ""
        super().__init__(f"{operation or 'response'}: {json_path}{where}: expected {expected}, got {shown}")


_STATUS_CLASSES: Dict[int, Type[ApiException]] = {
    401: UnauthorizedException,
    403: ForbiddenException,
    404: NotFoundException,
}


def exception_for_status(status: int) -> Type[ApiException]:
    """The :class:`ApiException` class the official client raises for an HTTP status:
    its own for 401, 403, 404 and 5xx, ``ApiException`` itself for any other."""
    if 500 <= status <= 599:
        return ServiceException
    return _STATUS_CLASSES.get(status, ApiException)


def _as_text(value: Any) -> Optional[str]:
    return None if value is None else str(value)


def _parse_problem(body: bytes) -> Optional[Dict[str, Any]]:
    """Airflow's RFC 7807 document, or None when the body is something else."""
    if not body or body[:1] not in (b"{", b" ", b"\n", b"\r", b"\t"):
        return None
    try:
        doc = json.loads(body)
    except (ValueError, RecursionError):  # RecursionError: nested too deeply for json
        return None
    if isinstance(doc, dict) and ("title" in doc or "detail" in doc or "type" in doc):
        return doc
    return None


__all__ = [
    "OpenApiException",
    "ApiTypeError",
    "ApiValueError",
    "ApiAttributeError",
    "ApiKeyError",
    "ApiException",
    "UnauthorizedException",
    "ForbiddenException",
    "NotFoundException",
    "NotSupportedOnServerError",
    "OperationNotSupportedError",
    "ServiceException",
    "EmptyPathParameterError",
    "ResponseDecodeError",
    "ApiConnectionError",
    "ApiTimeoutError",
    "DeadlineExceededError",
    "ResponseValidationError",
    "exception_for_status",
    "retry_after_seconds",
]
