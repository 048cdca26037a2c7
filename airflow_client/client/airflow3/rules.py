"""A row of the Airflow 3 table, and how a row and a 2.x call become the v2 request.

A :class:`Translation` declares, for one 2.x operation (by its name), what to
send to Airflow 3 and how its answer becomes the 2.x one: the v2 path, what
each 2.x query parameter becomes (:data:`SAME`, :class:`Rename`,
:data:`SPLIT`, :data:`JOIN`, :data:`PROJECT` for ``fields``, emulated
client-side), ``order_by`` keys renamed, the body reduced to what v2 accepts,
and the answer mapped back onto the 2.x model.  A query parameter an
operation's translation does not name is refused (:class:`Refused`, raised as
:class:`~airflow_client.client.exceptions.NotSupportedOnServerError`) when it
is given: Airflow 3 silently ignores a parameter it does not know, and a
filter given must never come back as unfiltered data.

:func:`request`, :func:`body` and :func:`answer` apply a row to one call: the
path and query, the body, and the answer.  The rows themselves are in
:mod:`.translations`; what they map with in :mod:`.shapes` and
:mod:`.lookups`.  Data and pure functions only, tested without a server.
"""

from __future__ import annotations

import datetime as _dt
import enum
import json
import re
from typing import Any, Callable, Dict, List, Mapping, Optional, Tuple, Union
from urllib.parse import quote

from airflow_client.client.core.operation import Operation, encode_segment

#: Airflow 3's page size when none is given is 50, Airflow 2's 100; ``limit=0``
#: meant "the default" there and means "nothing" here: both become this.
DEFAULT_LIMIT = 100

Body = Dict[str, Any]
Params = Mapping[str, Any]


class _Same:
    """The parameter is sent as it is, under its own name."""

    def __repr__(self) -> str:
        return "SAME"


class _Project:
    """``fields``: Airflow 3 has no projection; the answer's objects are cut to
    the fields asked for, client-side (what Airflow 2 answered)."""

    def __repr__(self) -> str:
        return "PROJECT"


class _Join:
    """A list sent as one comma-separated value (FAB's ``update_mask``)."""

    def __repr__(self) -> str:
        return "JOIN"


class _Split:
    """A comma-separated 2.x string (``dag_ids="a,b"``) sent as Airflow 3's repeated parameter."""

    def __repr__(self) -> str:
        return "SPLIT"


class _Unused:
    """A parameter Airflow 2 took and did nothing with (its handler had no such
    argument): accepted, not sent, the answer as Airflow 3 gives it, which is the
    one Airflow 2 gave (the tries' ``limit``, ``offset`` and ``order_by``)."""

    def __repr__(self) -> str:
        return "UNUSED"


SAME = _Same()
UNUSED = _Unused()
PROJECT = _Project()
SPLIT = _Split()
JOIN = _Join()


class Rename:
    """The parameter is sent under another name (same meaning, same values)."""

    __slots__ = ("to",)

    def __init__(self, to: str) -> None:
        self.to = to

    def __repr__(self) -> str:
        return f"Rename({self.to!r})"


QueryRule = Union[_Same, _Unused, _Project, _Split, _Join, Rename]


class Context:
    """What a resolver, a body function or a ``finish`` may use besides the answer: the
    call's parameters, its 2.x body (decoded JSON, ``{}`` without one), the values resolved
    so far, and ``get(path, pairs)``: a GET on ``/api/v2`` with the call's credentials
    (its decoded JSON answer; errors raise the usual exceptions)."""

    __slots__ = ("params", "body", "values", "get")

    def __init__(self, params: Params, body: Body, get: Callable[[str, List[Tuple[str, str]]], Any]) -> None:
        self.params = params
        self.body = body
        self.values: Dict[str, Any] = {}
        self.get = get

    def value(self, name: str) -> Any:
        """A resolved value, else the call's parameter ``name``."""
        return self.values[name] if name in self.values else self.params.get(name)


class NotFound(Exception):
    """A resolver found nothing for the value given (raised as a 404 ``NotFoundException``)."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class Invalid(Exception):
    """A request Airflow 2 refused with 400 (``detail``: its text), which Airflow 3
    cannot be asked the same way (raised as Airflow 2's 400 ``ApiException``)."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


Resolver = Callable[[Context], Any]


class Translation:
    """How one 2.x operation is sent to Airflow 3's ``/api/v2`` and answered.

    :param path: the v2 path template (default: the 2.x one); its ``{names}``
        are the 2.x path parameters.
    :param query: ``{2.x name: rule}`` for each query parameter sent; one not
        named here is refused when given.
    :param order_by: ``{2.x key: v2 key}`` renames of ``order_by`` keys (a
        leading ``-`` is kept); ``order_by`` must be in ``query`` too.
    :param body: the v1 body (decoded JSON) and the call's parameters -> the v2 body.
    :param answer: the decoded v2 answer -> the 2.x shape (before the 2.x model parses it).
    :param text_from: for an operation that can answer text (``_accept="text/plain"``) where
        v2 does not: the member of the (mapped) JSON answer that holds the text.
    :param method: the v2 method, when not the 2.x one.
    :param defaults: query pairs always sent (unless the call's own parameters send that name).
    :param resolve: ``{name: resolver}``: values the v2 request needs that the 2.x call does
        not carry as such (an asset's id from its URI, a run id from a body), asked of the
        server before the request; the path's ``{names}`` and the body function see them.
    :param routes: the v2 path template by the 2.x body: ``(field, default, {value: path})``,
        e.g. ``("dry_run", True, {True: ".../dry_run"})`` (a value not listed: ``path``).
    :param finish: the mapped answer and the :class:`Context` -> the 2.x answer (for what
        needs another request: all pages, a URI by an asset's id).
    :param note: how it is approximated, for the docs.
    :param approximated: True when the 2.x answer is not the same information (see ``note``).
    :param public: sent without credentials: the server answers it to anyone, as Airflow 2
        did, so wrong credentials (no JWT for them) must not stand in its way.
    :param since: the first Airflow 3 release this row is valid for (``"3.1.0"``); None: 3.0.0.
    :param until: the first release it is no longer valid for; None: every later one.  Where a
        release answers differently (a path, parameter or field that came or went), the
        operation has one row per range of releases (``translations.VERSION_ROWS``), each
        declaring its range, instead of an ``if`` in code.
    :param absent: the v2 answer (decoded JSON) to take where Airflow 3 answers 404 and
        Airflow 2 answered this operation with an empty answer instead (the tries of a task
        instance that is not there: an empty list); None: a 404 is raised as Airflow 2's.
    """

    __slots__ = (
        "path",
        "query",
        "order_by",
        "body",
        "answer",
        "text_from",
        "method",
        "defaults",
        "resolve",
        "routes",
        "finish",
        "note",
        "approximated",
        "base",
        "public",
        "since",
        "until",
        "absent",
    )

    def __init__(
        self,
        *,
        path: Optional[str] = None,
        query: Optional[Mapping[str, QueryRule]] = None,
        order_by: Optional[Mapping[str, str]] = None,
        body: Optional[Callable[[Body, Params], Body]] = None,
        answer: Optional[Callable[[Any], Any]] = None,
        text_from: Optional[str] = None,
        method: Optional[str] = None,
        defaults: Optional[Mapping[str, str]] = None,
        resolve: Optional[Mapping[str, Resolver]] = None,
        routes: Optional[Tuple[str, Any, Mapping[Any, str]]] = None,
        finish: Optional[Callable[[Any, Context], Any]] = None,
        note: str = "",
        approximated: bool = False,
        base: str = "/api/v2",
        public: bool = False,
        since: Optional[str] = None,
        until: Optional[str] = None,
        absent: Any = None,
    ) -> None:
        self.path = path
        self.query = dict(query or {})
        self.order_by = dict(order_by or {})
        self.body = body
        self.answer = answer
        self.text_from = text_from
        self.method = method
        self.defaults = dict(defaults or {})
        self.resolve = dict(resolve or {})
        self.routes = routes
        self.finish = finish
        self.note = note
        self.approximated = approximated
        self.base = base
        self.public = public
        self.since = since
        self.until = until
        self.absent = absent

    @property
    def paginated(self) -> bool:
        return "limit" in self.query and self.query["limit"] is not UNUSED

    def serves(self, version: str) -> bool:
        """Whether this row is valid for Airflow ``version`` (``since <= version < until``)."""
        key = version_key(version)
        return (self.since is None or version_key(self.since) <= key) and (
            self.until is None or key < version_key(self.until)
        )

    @property
    def releases(self) -> str:
        """The range of releases it is valid for, as the docs say it (``before 3.1.0``, ``3.1.0 and later``)."""
        if self.since is None and self.until is None:
            return "every Airflow 3"
        if self.until is None:
            return f"{self.since} and later"
        return f"before {self.until}" if self.since is None else f"{self.since} to before {self.until}"


def version_key(version: str) -> Tuple[int, ...]:
    """``"3.1.8"`` -> ``(3, 1, 8)``; a part stops at its first non-digit (``"3.2.0rc1"`` -> 3, 2, 0)."""
    parts = []
    for part in version.split(".")[:3]:
        digits = re.match(r"\d*", part)
        parts.append(int(digits.group(0)) if digits and digits.group(0) else 0)
    return tuple(parts)


class Unsupported:
    """An operation with no equivalent on Airflow 3 (or not translated yet): why, and what to use instead."""

    __slots__ = ("reason", "instead")

    def __init__(self, reason: str, instead: str) -> None:
        self.reason = reason
        self.instead = instead


# -- building the request --------------------------------------------------------------


class Refused(Exception):
    """A parameter given that the translation cannot carry (raised as NotSupportedOnServerError)."""

    def __init__(self, parameter: str, reason: str, instead: str) -> None:
        super().__init__(parameter)
        self.parameter = parameter
        self.reason = reason
        self.instead = instead


def _query_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, _dt.datetime):
        return value.isoformat()
    return str(value)


def order_by_keys(value: Any, renames: Mapping[str, str]) -> List[str]:
    """``order_by`` keys (a list, or ``a,-b``) with ``renames`` applied; a leading ``-`` kept."""
    keys = value if isinstance(value, (list, tuple)) else str(value).split(",")
    out = []
    for key in keys:
        key = str(key).strip()
        sign = "-" if key.startswith("-") else ""
        name = key.lstrip("-")
        out.append(sign + renames.get(name, name))
    return out


_NAME = re.compile(r"{(\w+)}")


def template(op: Operation, tr: Translation, body: Optional[Body] = None) -> str:
    """The v2 path template of this call: ``tr.routes`` by the 2.x body, else ``tr.path``, else the 2.x one."""
    if tr.routes is not None:
        field, default, paths = tr.routes
        chosen = (body or {}).get(field, default)
        if chosen in paths:
            return paths[chosen]
    return tr.path or op.path


def request(
    op: Operation,
    tr: Translation,
    params: Params,
    values: Optional[Mapping[str, Any]] = None,
    body: Optional[Body] = None,
) -> Tuple[str, List[Tuple[str, str]], Optional[List[str]]]:
    """The v2 path (encoded), the query pairs, and the ``fields`` to project the answer to (or None).

    ``values`` are the resolved ones (``tr.resolve``), ``body`` the decoded 2.x body (for
    ``tr.routes``).  Raises :class:`Refused` for a query parameter given that ``tr`` does not carry.
    """
    known = {**params, **(values or {})}
    path = _NAME.sub(lambda m: encode_segment(op.name, m.group(1), known.get(m.group(1))), template(op, tr, body))
    pairs: List[Tuple[str, str]] = []
    fields: Optional[List[str]] = None
    for name in op.query:
        value = params.get(name)
        if name == "limit" and tr.paginated and not value:
            value = DEFAULT_LIMIT
        if value is None:
            continue
        rule = tr.query.get(name)
        if rule is None:
            raise Refused(
                name,
                "Airflow 3 has no such filter and would ignore it, answering unfiltered data",
                "leave it out and filter the answer yourself",
            )
        if rule is PROJECT:
            fields = [str(field) for field in value]
            continue
        if rule is UNUSED:
            continue
        key = rule.to if isinstance(rule, Rename) else name
        if name == "order_by":
            value = order_by_keys(value, tr.order_by)
        elif rule is SPLIT and isinstance(value, str):
            value = [part.strip() for part in value.split(",") if part.strip()]
        elif rule is JOIN and isinstance(value, (list, tuple)):
            value = ",".join(str(item) for item in value)
        items = value if isinstance(value, (list, tuple)) else [value]
        pairs.extend((key, _query_text(item)) for item in items)
    sent = {key for key, _ in pairs}
    pairs.extend((key, value) for key, value in tr.defaults.items() if key not in sent)
    return path, pairs, fields


def query_string(pairs: List[Tuple[str, str]]) -> str:
    return "&".join(f"{quote(key, safe='')}={quote(value, safe='')}" for key, value in pairs)


def decoded_body(encoded: Optional[bytes]) -> Body:
    """The 2.x body as encoded (and checked) by the 2.x operation, decoded; ``{}`` without one."""
    if encoded is None:
        return {}
    decoded = json.loads(encoded)
    return decoded if isinstance(decoded, dict) else {}


def body(tr: Translation, encoded: Optional[bytes], params: Params) -> Optional[bytes]:
    """The v2 body from the 2.x one (as the 2.x operation encoded and checked it); ``params``
    with the resolved values.  A body function may make a body where 2.x had none."""
    if tr.body is None:
        return encoded
    decoded = json.loads(encoded) if encoded is not None else {}
    if not isinstance(decoded, dict):
        return encoded
    return json.dumps(tr.body(decoded, params), separators=(",", ":"), default=str).encode("utf-8")


def answer(tr: Translation, data: Any, fields: Optional[List[str]]) -> Any:
    """The v2 answer in the 2.x shape; with ``fields``, each object cut to them."""
    if tr.answer is not None:
        data = tr.answer(data)
    if fields is not None and isinstance(data, dict):
        wanted = set(fields)
        lists = [key for key, value in data.items() if isinstance(value, list) and key != "fields"]
        if "total_entries" in data and lists:
            for key in lists:
                data[key] = [
                    {k: v for k, v in item.items() if k in wanted} if isinstance(item, dict) else item
                    for item in data[key]
                ]
        else:
            data = {k: v for k, v in data.items() if k in wanted}
    return data
