"""Airflow 3's error answers as Airflow 2 shaped them, for the code that handles them.

Airflow 3 answers an error with ``{"detail": "..."}`` (FastAPI; a request it
cannot validate: 422 with ``{"detail": [{"type", "loc", "msg", "input"}...]}``)
and uvicorn's reason phrase (``Not Found``).  Airflow 2.10 answered a problem
document (``detail``, ``status``, ``title``, ``type``; ``application/problem+json``)
with werkzeug's phrase in upper case (``NOT FOUND``), and 400 where Airflow 3
says 422.  Code written for Airflow 2 prints ``e.reason``, reads
``json.loads(e.body)["title"]`` or branches on ``e.status == 400``: the
exception of an Airflow 3 error is built as Airflow 2's (:data:`AIRFLOW2_ERRORS`,
one row per status), carrying the server's own text as its ``detail``.

What the server itself answered stays on the exception: ``server_status``,
``server_reason`` and ``server_body`` (the text as received); for an error the
client raises without asking the server (a lookup that found nothing, a request
Airflow 2 refused), they are None.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any, Mapping, Optional, Tuple

from airflow_client.client.exceptions import ApiException, exception_for_status

#: Where Airflow 2.10.5's problem types point (``airflow.api_connexion.exceptions``).
TYPE_BASE = "https://airflow.apache.org/docs/apache-airflow/2.10.5/stable-rest-api-ref.html#section/Errors/"


@dataclass(frozen=True)
class Airflow2Error:
    """What Airflow 2 answered for an error: its ``status``, the ``reason`` phrase
    (werkzeug's, upper case, as gunicorn sent it), the problem's ``title`` (the
    default of Airflow 2's exception for that status) and ``kind``, the section
    of the API reference its ``type`` links to (None: ``about:blank``)."""

    status: int
    reason: str
    title: str
    kind: Optional[str]

    @property
    def type(self) -> str:
        return TYPE_BASE + self.kind if self.kind else "about:blank"


#: Airflow 3's error status -> what Airflow 2 answered for the same mistake
#: (``airflow/api_connexion/exceptions.py`` of 2.10.5: NotFound, BadRequest,
#: Unauthenticated, PermissionDenied, AlreadyExists, Unknown and ``EXCEPTIONS_LINK_MAP``).
#: A status not here keeps its number, with the standard phrase and ``about:blank``.
AIRFLOW2_ERRORS: Mapping[int, Airflow2Error] = {
    400: Airflow2Error(400, "BAD REQUEST", "Bad Request", "BadRequest"),
    401: Airflow2Error(401, "UNAUTHORIZED", "Unauthorized", "Unauthenticated"),
    403: Airflow2Error(403, "FORBIDDEN", "Forbidden", "PermissionDenied"),
    404: Airflow2Error(404, "NOT FOUND", "Not Found", "NotFound"),
    405: Airflow2Error(405, "METHOD NOT ALLOWED", "Method Not Allowed", "MethodNotAllowed"),
    409: Airflow2Error(409, "CONFLICT", "Conflict", "AlreadyExists"),
    # a request Airflow 3 does not validate (FastAPI): Airflow 2 refused the same with 400
    422: Airflow2Error(400, "BAD REQUEST", "Bad Request", "BadRequest"),
    500: Airflow2Error(500, "INTERNAL SERVER ERROR", "Internal Server Error", "Unknown"),
}


#: Airflow 3's errors whose status alone says something else than Airflow 2 said for the same
#: mistake: (status, detail) -> what Airflow 2 answered.  A bearer token Airflow 3 cannot verify
#: (a wrong signature, not a JWT) is refused 403 "Invalid JWT token" (its ``get_user``
#: dependency); Airflow 2 refused credentials it could not verify with 401, and programs
#: catch ``UnauthorizedException`` to log in again.
AIRFLOW2_ERRORS_BY_DETAIL: Mapping[Tuple[int, str], Airflow2Error] = {
    (403, "Invalid JWT token"): AIRFLOW2_ERRORS[401],
}


def token_refused(resp: Any) -> bool:
    """Whether an answer (read whole) refuses the token sent as Airflow 2's 401 would have:
    403 "Invalid JWT token", as after the server restarted with a new secret.  Then a token
    function is asked again, or ``username``/``password`` logs in again, as after a 401."""
    if getattr(resp, "status", None) != 403:
        return False
    detail = server_detail(resp.data)
    return isinstance(detail, str) and airflow2_error(403, detail).status == 401


def airflow2_error(status: int, detail: Any = None) -> Airflow2Error:
    """The row of :data:`AIRFLOW2_ERRORS_BY_DETAIL` for Airflow 3's ``status`` and ``detail``,
    else of :data:`AIRFLOW2_ERRORS` for its ``status``."""
    if isinstance(detail, str):
        by_detail = AIRFLOW2_ERRORS_BY_DETAIL.get((status, detail))
        if by_detail is not None:
            return by_detail
    known = AIRFLOW2_ERRORS.get(status)
    if known is not None:
        return known
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "UNKNOWN"
    return Airflow2Error(status, phrase.upper(), phrase, None)


_NOT_AIRFLOW3 = object()


def server_detail(body: bytes) -> Any:
    """The ``detail`` of Airflow 3's error document, or ``_NOT_AIRFLOW3`` when the
    body is something else (a proxy's page, an empty body): that is left as it came."""
    try:
        doc = json.loads(body) if body else None
    except (ValueError, RecursionError):
        return _NOT_AIRFLOW3
    if isinstance(doc, dict) and "detail" in doc and "title" not in doc:
        return doc["detail"]
    return _NOT_AIRFLOW3


def readable(detail: Any) -> Optional[str]:
    """Airflow 3's ``detail`` as one text: itself when it is text; a validation
    error's list as ``loc: msg`` joined by ``; ``; an object as its ``message``
    (or its JSON)."""
    if detail is None or isinstance(detail, str):
        return detail
    if isinstance(detail, list):
        parts = []
        for item in detail:
            if isinstance(item, dict) and "msg" in item:
                loc = item.get("loc")
                where = ".".join(str(p) for p in loc) if isinstance(loc, (list, tuple)) else ""
                parts.append(f"{where}: {item['msg']}" if where else str(item["msg"]))
            else:
                parts.append(item if isinstance(item, str) else json.dumps(item, sort_keys=True, default=str))
        return "; ".join(parts)
    if isinstance(detail, dict) and isinstance(detail.get("message"), str):
        return str(detail["message"])
    return json.dumps(detail, sort_keys=True, default=str)


def problem_body(shape: Airflow2Error, detail: Optional[str]) -> str:
    """The problem document as Airflow 2 sent it (connexion through Flask: keys sorted,
    indented by 2, a final newline)."""
    doc = {"detail": detail, "status": shape.status, "title": shape.title, "type": shape.type}
    return json.dumps(doc, indent=2, sort_keys=True) + "\n"


def from_answer(resp: Any, *, method: str, url: str, operation: Optional[str]) -> ApiException:
    """The exception of Airflow 3's error answer ``resp`` (read whole), as Airflow 2's
    would have been; an answer that is not Airflow 3's error document keeps its shape."""
    detail = server_detail(resp.data)
    if detail is _NOT_AIRFLOW3:
        exc = exception_for_status(resp.status).from_response(resp, method=method, url=url, operation=operation)
        return exc
    shape = airflow2_error(resp.status, detail)
    exc = exception_for_status(shape.status)(
        status=shape.status,
        reason=shape.reason,
        body=problem_body(shape, readable(detail)),
        headers=resp.headers,
        operation=operation,
        method=method,
        url=url,
    )
    exc.server_status = resp.status
    exc.server_reason = resp.reason
    exc.server_body = bytes(resp.data or b"").decode("utf-8", "replace")
    return exc


def made(status: int, detail: str, *, method: str, url: str, operation: Optional[str]) -> ApiException:
    """An error the client raises without asking the server, as Airflow 2 answered it
    (``server_status``, ``server_reason`` and ``server_body`` None: no server said it)."""
    shape = airflow2_error(status)
    exc = exception_for_status(shape.status)(
        status=shape.status,
        reason=shape.reason,
        body=problem_body(shape, detail),
        operation=operation,
        method=method,
        url=url,
    )
    exc.server_status = exc.server_reason = exc.server_body = None
    return exc


__all__ = [
    "AIRFLOW2_ERRORS",
    "AIRFLOW2_ERRORS_BY_DETAIL",
    "Airflow2Error",
    "TYPE_BASE",
    "airflow2_error",
    "from_answer",
    "made",
    "problem_body",
]
