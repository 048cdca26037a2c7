"""What a generated API method declares, and the checks and encodings that follow.

A generated method is one line: it hands an :class:`Operation` and the
caller's arguments to :meth:`ApiClient.call`.  The operation knows its verb,
its path, the type of each parameter and what it returns; this module turns
arguments into a URL and a body, refusing bad values before anything is sent.
"""

from __future__ import annotations

import datetime as _dt
import enum
import json
from typing import Any, Dict, List, Mapping, Optional, Set, Tuple, Type, Union
from urllib.parse import quote

from airflow_client.client.core import words
from airflow_client.client.core.registry import model_class
from airflow_client.client.exceptions import ApiTypeError, ApiValueError, EmptyPathParameterError, render_path

JSON = "application/json"


class Scalar:
    """The type of a parameter with one value: what it takes, by name."""

    __slots__ = ("name", "accepts", "official", "minimum")

    def __init__(self, name: str, accepts: Tuple[type, ...], official: type, minimum: Optional[float] = None) -> None:
        self.name = name
        self.accepts = accepts
        #: the class the official client asks for (``valid_classes`` of its ``ApiTypeError``)
        self.official = official
        #: the spec's least value (``offset``: 0), checked before sending as the official client does
        self.minimum = minimum

    def at_least(self, minimum: float) -> "Scalar":
        return Scalar(self.name, self.accepts, self.official, minimum)

    def __repr__(self) -> str:
        return self.name.upper() + (f".at_least({self.minimum!r})" if self.minimum is not None else "")


class Array:
    """The type of a parameter that takes a list of ``item``: sent as the parameter
    repeated per item, or, when ``joined``, as one comma-separated value (OpenAPI's
    ``style: form, explode: false``)."""

    __slots__ = ("item", "joined")

    def __init__(self, item: Scalar, joined: bool = False) -> None:
        self.item = item
        self.joined = joined

    def __repr__(self) -> str:
        return f"Array({self.item!r}{', joined=True' if self.joined else ''})"


STR = Scalar("str", (str,), str)
INT = Scalar("int", (int,), int)
#: a number: an int is taken too, and sent as a float (3600 as 3600.0), as the official client does
FLOAT = Scalar("float", (int, float), float)
BOOL = Scalar("bool", (bool,), bool)
#: a date-time: a ``datetime`` or an ISO 8601 string
DATETIME = Scalar("datetime", (_dt.datetime, str), _dt.datetime)

ParamType = Union[Scalar, Array]
#: What an operation answers: a model by name, one of several, free-form JSON (``dict``) or nothing.
ResponseSpec = Union[None, str, Tuple[str, ...], Type[Dict[str, Any]]]


class Operation:
    """One operation of the spec.

    :param name: the operationId, also the method's name.
    :param method: the HTTP verb.
    :param path: the path template below ``/api/v1``, e.g. ``/dags/{dag_id}``.
    :param path_params: ``{name: type}`` of the path parameters (:data:`STR`, ...).
    :param query: ``{name: type}`` of the query parameters: a :class:`Scalar`
        (:data:`STR`, :data:`INT`, :data:`FLOAT`, :data:`BOOL`, :data:`DATETIME`)
        or an :class:`Array` of one.
    :param body: the model of the JSON body, by name, or None.
    :param body_name: the method's parameter that carries the body.
    :param body_required: the spec requires the body (``None`` is refused before sending).
    :param response: the model answered, by name; a tuple when the spec
        allows several; None when the operation answers no content;
        ``dict`` for free-form JSON.
    :param plain: the answer is given as the decoded JSON object, a plain ``dict``, as the
        official client gives it (its 2.10.0 spec left these answers free-form); ``response``
        then names the models that describe its shape (for strict mode and Airflow 3).
    :param content_types: the media types of its answer; with ``text/plain``
        among them, ``_accept="text/plain"`` gets the text as a ``str``.
    :param since: the Airflow version that added the operation, when it is not 2.0.0:
        an older server's 404 for it raises ``OperationNotSupportedError``.
    """

    __slots__ = (
        "name",
        "method",
        "path",
        "path_params",
        "query",
        "body",
        "body_name",
        "body_required",
        "response",
        "plain",
        "content_types",
        "text",
        "since",
        "_response_cls",
    )

    def __init__(
        self,
        name: str,
        method: str,
        path: str,
        *,
        path_params: Optional[Mapping[str, Scalar]] = None,
        query: Optional[Mapping[str, ParamType]] = None,
        body: Optional[str] = None,
        body_name: Optional[str] = None,
        body_required: bool = True,
        response: ResponseSpec = None,
        plain: bool = False,
        content_types: Tuple[str, ...] = (JSON,),
        since: Optional[str] = None,
    ) -> None:
        self.name = name
        self.method = method
        self.path = path
        self.path_params = dict(path_params or {})
        self.query = dict(query or {})
        self.body = body
        self.body_name = body_name
        self.body_required = bool(body) and body_required
        self.response = response
        self.plain = plain
        self.content_types = content_types
        #: the answer can be text: ``_accept="text/plain"`` gets it as a ``str``
        self.text = "text/plain" in content_types
        self.since = since
        self._response_cls: Any = None

    def __repr__(self) -> str:
        return f"Operation({self.name}: {self.method} {self.path})"

    # -- request -----------------------------------------------------------------

    def url(self, base: str, params: Mapping[str, Any], check: bool) -> str:
        """``base`` + the path with its parameters encoded + the query string."""
        path = self.path
        for name, scalar in self.path_params.items():
            value = params.get(name)
            if value is None:
                raise ApiValueError(
                    words.both(
                        words.wrong_type(name, None, (scalar.official,)),
                        f"{self.name}(): the path parameter {name!r} is required",
                    ),
                    path_to_item=[name],
                )
            if check:
                _check(self.name, name, scalar, value)
            path = path.replace("{" + name + "}", encode_segment(self.name, name, value), 1)
        pairs: List[str] = []
        for name, kind in self.query.items():
            value = params.get(name)
            if value is None:
                continue
            if check:
                value = _check(self.name, name, kind, value)
            elif isinstance(kind, Array) and isinstance(value, (str, enum.Enum)):
                value = [value]
            if (
                isinstance(kind, Scalar)
                and kind.name == "float"
                and isinstance(value, int)
                and not isinstance(value, bool)
            ):
                value = float(value)  # a number parameter: 3600 is sent as 3600.0, as the official client does
            key = quote(name, safe="")
            if isinstance(kind, Array) and kind.joined:
                pairs.append(f"{key}={','.join(quote(_text(item), safe='') for item in value)}")
            elif isinstance(value, (list, tuple)):
                pairs.extend(f"{key}={quote(_text(item), safe='')}" for item in value)
            else:
                pairs.append(f"{key}={quote(_text(value), safe='')}")
        url = base + path
        return f"{url}?{'&'.join(pairs)}" if pairs else url

    def encode_body(self, value: Any, check: bool) -> Optional[bytes]:
        """The JSON body for a model or a dict; validated unless ``check`` is off."""
        if value is None:
            if self.body_required and check:
                raise self._body_type_error(None, f"the body {self.body_name!r} is required; got None")
            return None
        from airflow_client.client.core.base_model import ApiModel, request_body

        create = self.method == "POST"
        if isinstance(value, ApiModel):
            expected = model_class(self.body) if self.body else None
            if check and expected is not None and not isinstance(value, expected):
                raise self._body_type_error(
                    value, f"the body must be a {self.body} (or a dict of its fields), got a {type(value).__name__}"
                )
            return _dumps(self.name, request_body(value, create=create))
        if isinstance(value, Mapping):
            if not check or not self.body:
                return _dumps(self.name, dict(value))
            try:
                model = model_class(self.body)._from_request_dict(value)
            except ApiTypeError as exc:
                raise _within(exc, self.body_name or "body") from None
            return _dumps(self.name, request_body(model, create=create))
        raise self._body_type_error(
            value, f"the body must be a {self.body} or a dict of its fields, got {type(value).__name__}: {value!r}"
        )

    def _body_type_error(self, value: Any, detail: str) -> ApiTypeError:
        """``ApiTypeError`` for a body that is no model of the operation's (nor a dict)."""
        name = self.body_name or "body"
        valid = (model_class(self.body),) if self.body else (dict,)
        return ApiTypeError(
            words.both(words.wrong_type(name, value, valid), f"{self.name}(): {detail}"),
            path_to_item=[name],
            valid_classes=valid,
            key_type=False,
        )

    # -- response ------------------------------------------------------------------

    def response_class(self, data: Any = None) -> Any:
        """The model to parse a response into (picked by its fields when several)."""
        spec = self.response
        if isinstance(spec, str):
            if self._response_cls is None:
                self._response_cls = model_class(spec)
            return self._response_cls
        if not isinstance(spec, tuple):  # nothing, or free-form JSON
            return None
        candidates = [model_class(name) for name in spec]
        if not isinstance(data, dict):
            return candidates[0]
        keys = set(data)
        return max(candidates, key=lambda cls: len(keys & _wire_names(cls)))


def _wire_names(cls: Any) -> Set[str]:
    return {f.alias or name for name, f in cls.model_fields.items()}


#: path segments already encoded, by their text (a program asks for the same few DAGs)
_SEGMENTS: Dict[str, str] = {}


def encode_segment(operation: str, name: str, value: Any) -> str:
    """A path parameter as one path segment: nothing in it can reach another endpoint."""
    if type(value) is str:
        found = _SEGMENTS.get(value)
        if found is not None:
            return found
    text = _text(value)
    if text == "":
        raise EmptyPathParameterError(operation, name)
    encoded = quote(text, safe="")
    if set(text) == {"."}:  # '.' and '..' would be normalised away by URL handling
        encoded = encoded.replace(".", "%2E")
    if type(value) is str:
        if len(_SEGMENTS) >= 1024:
            _SEGMENTS.clear()
        _SEGMENTS[value] = encoded
    return encoded


def _text(value: Any) -> str:
    if isinstance(value, bool):  # as the official client sends them (Airflow reads both spellings)
        return "True" if value else "False"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, _dt.datetime):
        return value.isoformat()
    return str(value)


def _check(operation: str, name: str, kind: ParamType, value: Any) -> Any:
    """``value`` if it fits ``kind``: a list parameter takes a list, not a lone value or
    a tuple (as the official client checks it; unchecked, a lone value is sent as one item)."""
    if isinstance(kind, Array):
        if not isinstance(value, list):
            hint = f" (give [{value!r}])" if isinstance(value, (str, enum.Enum)) else ""
            raise ApiTypeError(
                words.both(
                    words.wrong_type(name, value, (list,)),
                    f"{operation}(): {name} must be a list of {kind.item.name}, "
                    f"got {type(value).__name__}: {value!r}{hint}",
                ),
                path_to_item=[name],
                valid_classes=(list,),
                key_type=False,
            )
        for index, item in enumerate(value):
            _check_scalar(operation, name, kind.item, item, index)
        return value
    _check_scalar(operation, name, kind, value)
    return value


def _check_scalar(operation: str, name: str, kind: Scalar, value: Any, index: Optional[int] = None) -> None:
    """``value`` (item ``index`` of the list ``name``, if given) fits ``kind``."""
    if not isinstance(value, kind.accepts) or (kind.name in ("int", "float") and isinstance(value, bool)):
        raise ApiTypeError(
            words.both(
                words.wrong_type(name if index is None else index, value, (kind.official,)),
                f"{operation}(): {_where(name, index)} must be {kind.name}, got {type(value).__name__}: {value!r}",
            ),
            path_to_item=[name] if index is None else [name, index],
            valid_classes=(kind.official,),
            key_type=False,
        )
    if kind.minimum is not None and isinstance(value, (int, float)) and value < kind.minimum:
        raise ApiValueError(
            words.both(
                words.out_of_limit(name, "inclusive_minimum", kind.minimum),
                f"{operation}(): {_where(name, index)} must be at least {kind.minimum!r}, got {value!r}",
            )
        )
    # A date-time without a zone is sent as given, as the official client does (Airflow answers 400).
    if kind.name == "datetime" and isinstance(value, str):
        _check_iso_datetime(operation, name, index, value)


def _where(name: str, index: Optional[int]) -> str:
    return name if index is None else f"{name}[{index}]"


def _check_iso_datetime(operation: str, name: str, index: Optional[int], value: str) -> None:
    try:
        _dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ApiValueError(
            words.both(
                words.unparsable(value, "datetime"),
                f"{operation}(): {_where(name, index)} = {value!r} is not an ISO 8601 date-time",
            ),
            path_to_item=[name] if index is None else [name, index],
        ) from None


def _within(exc: ApiTypeError, body: str) -> ApiTypeError:
    """``exc`` (of a field of a body given as a dict) with its path starting at the body's
    parameter, as the official client's: ``['pool']['slots']``."""
    path = list(exc.path_to_item or ())
    text = str(exc)
    where = render_path(path)
    if where and text.endswith(f" at {where}"):
        text = text[: -len(f" at {where}")]
    return ApiTypeError(text, path_to_item=[body, *path], valid_classes=exc.valid_classes, key_type=exc.key_type)


def _dumps(operation: str, body: Dict[str, Any]) -> bytes:
    try:
        # NaN and infinities as Python writes them (NaN, Infinity), as the official client
        # sends them: Airflow reads them back (a DAG run's conf can hold one)
        return json.dumps(body, separators=(",", ":")).encode("utf-8")
    except (TypeError, ValueError) as exc:
        raise ApiTypeError(f"{operation}(): the body cannot be sent as JSON: {exc}") from None
