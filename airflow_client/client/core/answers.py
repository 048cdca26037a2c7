"""An answer (status, headers, bytes) read into the call's result, or its exception.

Every way into the client ends here: :class:`Expect` is what a
:class:`~.prepared.Prepared` request expects back, and :meth:`Expect.result`
is the one place where an error status becomes its exception and a body
becomes the result, in the shape the caller asked for.
:class:`OperationAnswer` reads an operation's answer (the generated API
classes); the Airflow 3 stage maps v2 answers before the same reading, and the
official ``call_api`` has its own ``response_type`` reading.  Nothing here
does I/O: the answer has been read whole, or is returned unread.
"""

from __future__ import annotations

import codecs
import json
from typing import TYPE_CHECKING, Any, Mapping, Optional, Protocol

from airflow_client.client.exceptions import ApiException, ResponseDecodeError, exception_for_status, preview

if TYPE_CHECKING:
    from airflow_client.client.core.operation import Operation
    from airflow_client.client.core.prepared import Prepared

#: How ``last_response`` is built from what a call kept: the raw response, or a
#: ``RESTResponse`` whose ``data`` is the bytes or, for a call that decodes a
#: result, the text.
RAW, BYTES, TEXT = 0, 1, 2


class Answer(Protocol):
    """An answer as the transport gives it (a urllib3 response, read whole)."""

    @property
    def status(self) -> int: ...

    @property
    def reason(self) -> Optional[str]: ...

    @property
    def data(self) -> bytes: ...

    @property
    def headers(self) -> Mapping[str, str]: ...


class Expect:
    """What a request expects back, and how its answer becomes the result."""

    __slots__ = ()
    #: an answer of 2xx asked unread (``_preload_content=False``) is returned as it came
    unread_as_is = True
    #: how ``last_response`` shows the answer
    last_mode = BYTES

    #: an error status raises here (False: the sender raised it already)
    checks_status = True

    def result(self, resp: Answer, prepared: "Prepared") -> Any:
        """The call's result for ``resp`` (read whole): its exception for an error
        status, else :meth:`decode`, as ``(data, status, headers)`` when asked."""
        if self.checks_status and resp.status >= 300:
            raise self.error(resp, prepared)
        data = self.decode(resp, prepared)
        if prepared.options.data_only:
            return data
        return data, resp.status, self.headers(resp)

    def headers(self, resp: Answer) -> Any:
        """The headers of ``(data, status, headers)``."""
        return resp.headers

    def error(self, resp: Answer, prepared: "Prepared") -> ApiException:
        """The exception for an error status: its class by status, the body as text."""
        return exception_for_status(resp.status).from_response(
            resp, method=prepared.method, url=prepared.url, operation=prepared.operation
        )

    def decode(self, resp: Answer, prepared: "Prepared") -> Any:
        return None


class OperationAnswer(Expect):
    """The answer of an operation: its model (leniently, or strictly with
    ``strict``), a plain ``dict`` where the official client gives one, text
    where the operation can answer text and did, or None.

    With ``raw`` (``_check_return_type=False``) the model holds the values as
    decoded, unchecked and unconverted, as the official client's does.
    """

    __slots__ = ("op", "raw", "strict", "last_mode")

    def __init__(self, op: "Operation", *, raw: bool = False, strict: bool = False) -> None:
        self.op = op
        self.raw = raw
        self.strict = strict
        self.last_mode = TEXT if op.response is not None else BYTES

    def decode(self, resp: Answer, prepared: "Prepared") -> Any:
        op = self.op
        if op.response is None:
            return None
        data: bytes = resp.data
        # an answer of the asyncio transport reads its own headers (its ``headers``, an
        # HTTPHeaderDict, is made only when a caller reads it: ~6 us)
        own = getattr(resp, "header", None)
        given = own("Content-Type") if own is not None else resp.headers.get("Content-Type")
        ctype = (given or "").split(";")[0].strip().lower()
        if op.text and ctype.startswith("text/"):
            return data.decode(charset(given), "replace")
        if ctype and "json" not in ctype:
            raise decode_error(
                op.name,
                resp,
                prepared,
                f"expected a JSON answer, got Content-Type {ctype!r}; first bytes: {preview(data, 200)!r}",
            )
        return self.read(json_value(resp, prepared), resp, prepared)

    def read(self, decoded: Any, resp: Answer, prepared: "Prepared") -> Any:
        """The decoded JSON as the operation's result (its model, or the JSON as it is)."""
        op = self.op
        cls = op.response_class(decoded)
        if cls is None:
            return decoded
        if op.plain:
            if not self.raw and not isinstance(decoded, dict):  # a fault: Airflow answers these with an object
                raise not_an_object(op.name, resp, prepared, decoded)
            return plain_answer(op, cls, decoded, strict=self.strict and not self.raw)
        parse_answer = _PARSE_ANSWER or _parse_answer()
        if self.raw:
            return parse_answer(cls, decoded, op.name, strict=False, raw=True)
        if not isinstance(decoded, dict):
            raise not_an_object(op.name, resp, prepared, decoded)
        return parse_answer(cls, decoded, op.name, strict=self.strict, owned=True)


#: ``base_model.parse_answer``, imported on the first answer (importing the models'
#: machinery is not the core's to do at import); a ``from ... import`` per call cost ~0.5 us
_PARSE_ANSWER: Any = None


def _parse_answer() -> Any:
    global _PARSE_ANSWER
    from airflow_client.client.core.base_model import parse_answer

    _PARSE_ANSWER = parse_answer
    return parse_answer


def plain_answer(op: "Operation", cls: Any, data: Any, *, strict: bool) -> Any:
    """The answer of an operation the official client answers as a plain ``dict``
    (:attr:`Operation.plain`): the JSON as decoded, its values as sent, as there.
    Strict mode first checks it against ``cls``, the model of its shape (on a copy)."""
    if strict:
        from airflow_client.client.core.base_model import parse_strict

        parse_strict(cls, data, op.name)
    return data


def json_value(resp: Answer, prepared: "Prepared") -> Any:
    """The body as JSON; what does not decode raises ``ResponseDecodeError``."""
    try:
        return json.loads(resp.data)
    except (ValueError, RecursionError):  # RecursionError: nested deeper than json reads
        what = "an empty body" if not resp.data else "invalid or truncated JSON"
        raise decode_error(
            prepared.operation, resp, prepared, f"the server answered {what}; first bytes: {preview(resp.data, 200)!r}"
        ) from None


def decode_error(operation: str, resp: Answer, prepared: "Prepared", message: str) -> ResponseDecodeError:
    """A ResponseDecodeError naming the operation, with the answer attached."""
    return ResponseDecodeError.from_response(
        resp, method=prepared.method, url=prepared.url, operation=operation, message=f"{operation}: {message}"
    )


def not_an_object(operation: str, resp: Answer, prepared: "Prepared", decoded: Any) -> ResponseDecodeError:
    kinds = {list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    kind = kinds.get(type(decoded), "a number")
    return decode_error(
        operation,
        resp,
        prepared,
        f"expected a JSON object, the server answered {kind}; first bytes: {preview(resp.data, 200)!r}",
    )


def charset(content_type: Optional[str]) -> str:
    """The charset a ``Content-Type`` names, if Python knows it; else UTF-8."""
    for part in (content_type or "").split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            name = value.strip('"')
            try:
                codecs.lookup(name)
            except LookupError:
                return "utf-8"
            return name
    return "utf-8"


def text_of(data: Any, content_type: Optional[str]) -> Any:
    """A body as text, in the charset its ``Content-Type`` names (UTF-8 by default);
    bytes that do not decode are replaced, not raised."""
    if not isinstance(data, (bytes, bytearray)):
        return data
    return bytes(data).decode(charset(content_type), "replace")


__all__ = [
    "Answer",
    "BYTES",
    "RAW",
    "TEXT",
    "Expect",
    "OperationAnswer",
    "charset",
    "decode_error",
    "json_value",
    "not_an_object",
    "plain_answer",
    "text_of",
]
