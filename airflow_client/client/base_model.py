"""The base of every generated model, and how models meet JSON.

Two directions, two temperaments:

* **Responses are parsed leniently.**  The fast path is one
  ``model_validate_json`` call in pydantic-core.  Only when that fails (a
  server newer or older than the spec: a new enum value, a number as a
  string that is not a number, a date that is not a date) does the slow path
  run, field by field, keeping every value it cannot convert as it was
  received.  Unknown fields are always kept.  With ``strict`` the first
  mismatch raises :class:`ResponseValidationError` instead, and required and
  non-nullable fields are checked too.
* **Requests are checked strictly.**  Building a model validates every value
  given (wrong types, enum values outside the spec, date-times without a
  time zone and unknown field names raise ``ApiTypeError``/``ApiValueError``
  naming the field and the value), and a body is serialised from the fields
  the user set, never read-only fields or unknown ones.
"""

from __future__ import annotations

import datetime as _dt
import enum
import json
import pprint
import typing
from typing import (
    Any,
    ClassVar,
    Dict,
    FrozenSet,
    Iterator,
    List,
    Mapping,
    Optional,
    Sequence,
    Tuple,
    Type,
    TypeVar,
    Union,
)

from pydantic import AwareDatetime, BaseModel, ConfigDict, TypeAdapter, ValidationError

from airflow_client.client.exceptions import (
    ApiAttributeError,
    ApiKeyError,
    ApiTypeError,
    ApiValueError,
    ResponseValidationError,
)
from airflow_client.client.quirks import ADAPTED, adapt

__all__ = ["ApiModel", "ApiEnum", "AwareDatetime", "UnknownEnumValue", "alias_property", "discriminate_by"]

M = TypeVar("M", bound="ApiModel")

#: Keyword arguments the official client's models accept and that mean nothing here.
_OFFICIAL_MODEL_KWARGS = frozenset(
    {"_check_type", "_spec_property_naming", "_path_to_item", "_configuration", "_visited_composed_classes"}
)
#: pydantic error types that mean "right kind of value, not an allowed one".
_VALUE_ERRORS = frozenset(
    {
        "enum",
        "literal_error",
        "greater_than",
        "greater_than_equal",
        "less_than",
        "less_than_equal",
        "string_too_short",
        "string_too_long",
        "too_short",
        "too_long",
        "string_pattern_mismatch",
        "timezone_aware",
        "datetime_from_date_parsing",
        "datetime_parsing",
    }
)


class ApiEnum(str, enum.Enum):
    """An enum of the spec: a ``str`` whose ``str()`` and ``format()`` give the value."""

    def __str__(self) -> str:
        return str.__str__(self)

    def __format__(self, spec: str) -> str:
        return str.__format__(self, spec)


class UnknownEnumValue(str):
    """An enum value the spec does not know, kept as received.

    It is a plain ``str``; ``value`` and ``name`` are there so that code written
    for the enum members (``run.state.value``) keeps working.
    """

    @property
    def value(self) -> str:
        return str(self)

    @property
    def name(self) -> str:
        return str(self).upper()


def discriminate_by(wire_name: str, attr_name: str) -> Any:
    """A pydantic discriminator reading ``wire_name`` of a dict or ``attr_name`` of a model."""

    def pick(value: Any) -> Optional[str]:
        if isinstance(value, dict):
            return value.get(wire_name)
        return getattr(value, attr_name, None)

    return pick


def alias_property(field_name: str) -> Any:
    """A property for a field renamed because its JSON name shadows a pydantic
    attribute (``Connection.schema`` is stored as ``schema_``)."""

    def fget(self: "ApiModel") -> Any:
        return getattr(self, field_name)

    def fset(self: "ApiModel", value: Any) -> None:
        setattr(self, field_name, value)

    return property(fget, fset, doc=f"The ``{field_name}`` field.")


class _FieldPlan:
    """How the lenient parser treats one field of one model."""

    __slots__ = ("name", "alias", "annotation", "_adapter", "kind", "target")

    def __init__(self, name: str, alias: str, annotation: Any) -> None:
        self.name = name
        self.alias = alias
        self.annotation = annotation
        self._adapter: Optional[TypeAdapter[Any]] = None
        self.kind, self.target = _classify(annotation)

    @property
    def adapter(self) -> TypeAdapter[Any]:
        if self._adapter is None:
            self._adapter = TypeAdapter(self.annotation)
        return self._adapter


def _strip_optional(annotation: Any) -> Any:
    if typing.get_origin(annotation) is Union:
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return annotation


def _classify(annotation: Any) -> Tuple[str, Any]:
    """(kind, target) of a field: model, list, dict, enum, datetime or plain."""
    ann = _strip_optional(annotation)
    origin = typing.get_origin(ann)
    if origin is typing.Annotated:
        base = typing.get_args(ann)[0]
        if base is _dt.datetime:
            return "datetime", None
        return _classify(base)
    if origin in (list, List, Sequence):
        args = typing.get_args(ann)
        return "list", (_classify(args[0]) if args else ("plain", None))
    if origin in (dict, Dict, Mapping):
        args = typing.get_args(ann)
        return "dict", (_classify(args[1]) if len(args) == 2 else ("plain", None))
    if ann is AwareDatetime:
        return "datetime", None
    if isinstance(ann, type):
        if issubclass(ann, ApiModel):
            return "model", ann
        if issubclass(ann, enum.Enum):
            return "enum", ann
        if issubclass(ann, _dt.datetime):
            return "datetime", None
    return "plain", None


class ApiModel(BaseModel):
    """Base of the generated models.

    Build one with keyword arguments (``Pool(name="p", slots=4)``); read fields
    as attributes or items (``pool.slots``, ``pool["slots"]``).  Fields the
    server sent that the spec does not know are kept and readable the same way.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        validate_assignment=True,
        defer_build=True,
        protected_namespaces=(),
        regex_engine="python-re",
    )

    #: Set by the generator: python names of the fields the spec requires,
    #: marks read-only and allows null.
    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset()
    #: Fields of ``format: datetime`` (not ``date-time``): the spec promises no
    #: time zone, and Airflow sends none for some (users' ``last_login``), so
    #: even strict mode takes a naive value there as UTC.
    __naive_utc__: ClassVar[FrozenSet[str]] = frozenset()

    def __init__(self, /, **data: Any) -> None:
        cls = type(self)
        fields = cls.model_fields
        by_alias = _alias_map(cls)
        for key in list(data):
            if key in fields or key in by_alias:
                continue
            if key in _OFFICIAL_MODEL_KWARGS:
                del data[key]
                continue
            known = ", ".join(sorted(fields))
            raise ApiTypeError(f"{cls.__name__} has no field {key!r}; its fields are: {known}")
        try:
            super().__init__(**data)
        except ValidationError as exc:
            raise request_error(exc, cls.__name__) from None

    # Only user code calls __init__; pydantic must not call it while parsing
    # responses (it would refuse unknown fields and slow parsing down), and it
    # does not for an __init__ marked as its own base one.
    __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]

    def __setattr__(self, name: str, value: Any) -> None:
        try:
            super().__setattr__(name, value)
        except ValidationError as exc:
            raise request_error(exc, type(self).__name__) from None

    # -- reading ---------------------------------------------------------------

    def __getitem__(self, key: str) -> Any:
        name = _alias_map(type(self)).get(key, key)
        if name in type(self).model_fields:
            return getattr(self, name)
        extra = self.__pydantic_extra__ or {}
        if key in extra:
            return extra[key]
        raise ApiKeyError(f"{type(self).__name__} has no field {key!r}")

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        name = _alias_map(type(self)).get(key, key)
        return name in self.__pydantic_fields_set__ or key in (self.__pydantic_extra__ or {})

    def get(self, key: str, default: Any = None) -> Any:
        """The field's value, or ``default`` when it was not received or set."""
        return self[key] if key in self else default

    def __getattr__(self, name: str) -> Any:
        try:
            return super().__getattr__(name)  # type: ignore[misc]
        except AttributeError:
            raise ApiAttributeError(f"{type(self).__name__} has no attribute {name!r}") from None

    def __repr_args__(self) -> Iterator[Tuple[Optional[str], Any]]:
        fields_set = self.__pydantic_fields_set__
        for name in type(self).model_fields:
            if name in fields_set:
                yield name, self.__dict__.get(name)
        yield from (self.__pydantic_extra__ or {}).items()

    # -- the official client's helpers -----------------------------------------

    def to_dict(self) -> Dict[str, Any]:
        """The fields received or set (and unknown ones), by their JSON names."""
        return self.model_dump(by_alias=True, exclude_unset=True, warnings=False)

    def to_json(self) -> str:
        """:meth:`to_dict` as a JSON string."""
        return self.model_dump_json(by_alias=True, exclude_unset=True, warnings=False)

    def to_str(self) -> str:
        return pprint.pformat(self.to_dict())

    @classmethod
    def from_dict(cls: Type[M], data: Mapping[str, Any]) -> M:
        """Parse a dict as a response would be parsed: leniently."""
        result = parse_lenient(cls, dict(data))
        if not isinstance(result, cls):
            raise ApiTypeError(f"{cls.__name__}.from_dict needs a mapping, got {type(data).__name__}")
        return result

    @classmethod
    def from_json(cls: Type[M], data: Union[str, bytes]) -> M:
        """Parse a JSON document as a response would be parsed: leniently."""
        return cls.from_dict(json.loads(data))


# -- field metadata ------------------------------------------------------------

_ALIASES: Dict[type, Dict[str, str]] = {}
_PLANS: Dict[type, Dict[str, _FieldPlan]] = {}


def _alias_map(cls: Type[ApiModel]) -> Dict[str, str]:
    """JSON name -> python name, for the fields whose names differ."""
    found = _ALIASES.get(cls)
    if found is None:
        found = {f.alias: name for name, f in cls.model_fields.items() if f.alias and f.alias != name}
        _ALIASES[cls] = found
    return found


def _plans(cls: Type[ApiModel]) -> Dict[str, _FieldPlan]:
    """JSON name -> how to parse it leniently."""
    found = _PLANS.get(cls)
    if found is None:
        found = {}
        for name, field in cls.model_fields.items():
            alias = field.alias or name
            annotation = field.annotation
            if field.metadata:
                annotation = typing.Annotated[(annotation, *field.metadata)]
            found[alias] = _FieldPlan(name, alias, annotation)
        _PLANS[cls] = found
    return found


def wire_name(cls: Type[ApiModel], name: str) -> str:
    field = cls.model_fields.get(name)
    return (field.alias or name) if field is not None else name


# -- responses: lenient ----------------------------------------------------------


def parse_lenient(cls: Type[M], data: Any) -> Union[M, Any]:
    """A model from decoded JSON, keeping what does not fit as received."""
    if not isinstance(data, dict):
        return data
    try:
        return cls.model_validate(data)
    except ValidationError:
        pass
    if cls.__name__ in ADAPTED:
        data = adapt(cls.__name__, data)
    obj = cls.model_construct()
    values = obj.__dict__
    fields_set = obj.__pydantic_fields_set__
    extra = obj.__pydantic_extra__
    if extra is None:
        extra = {}
        object.__setattr__(obj, "__pydantic_extra__", extra)
    plans = _plans(cls)
    for key, raw in data.items():
        plan = plans.get(key)
        if plan is None:
            extra[key] = raw
            continue
        values[plan.name] = _lenient_value(plan.kind, plan.target, plan, raw)
        fields_set.add(plan.name)
    return obj


def _lenient_value(kind: str, target: Any, plan: Optional[_FieldPlan], raw: Any) -> Any:
    if raw is None:
        return None
    if plan is not None:
        try:
            return plan.adapter.validate_python(raw)
        except ValidationError:
            pass
    if kind == "model":
        return parse_lenient(target, raw)
    if kind == "list" and isinstance(raw, list):
        sub_kind, sub_target = target
        return [_lenient_item(sub_kind, sub_target, item) for item in raw]
    if kind == "dict" and isinstance(raw, dict):
        sub_kind, sub_target = target
        return {k: _lenient_item(sub_kind, sub_target, v) for k, v in raw.items()}
    if kind == "enum" and isinstance(raw, str):
        try:
            return target(raw)
        except ValueError:
            return UnknownEnumValue(raw)
    if kind == "datetime" and isinstance(raw, str):
        return _datetime_or_raw(raw)
    return raw


def _lenient_item(kind: str, target: Any, raw: Any) -> Any:
    if kind == "model":
        return parse_lenient(target, raw)
    if kind in ("enum", "datetime"):
        return _lenient_value(kind, target, None, raw)
    return raw


def _datetime_or_raw(raw: str) -> Any:
    """An aware datetime (naive ones are taken as UTC, as Airflow stores them), else ``raw``."""
    try:
        value = _dt.datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        try:
            from dateutil import parser as date_parser

            value = date_parser.isoparse(raw)
        except (ValueError, OverflowError):
            return raw
    if value.tzinfo is None:
        value = value.replace(tzinfo=_dt.timezone.utc)
    return value


# -- responses: strict -------------------------------------------------------------


def strict_error(exc: ValidationError, cls: Any, operation: Optional[str]) -> ResponseValidationError:
    """Our exception for the first error pydantic found in a response."""
    err = exc.errors(include_url=False)[0]
    return ResponseValidationError(
        operation=operation,
        json_path=json_path(err["loc"]),
        expected=_expected(err),
        value=err.get("input"),
        model=getattr(cls, "__name__", None),
    )


def strict_fallback(exc: ValidationError, cls: Any, decoded: Any, operation: Optional[str]) -> Any:
    """Strict mode, after pydantic refused an answer: accept it if its only faults
    are naive date-times in ``format: datetime`` fields (see ``__naive_utc__``),
    which are then taken as UTC; otherwise raise the first fault."""
    errors = exc.errors(include_url=False)
    if not all(err["type"] == "timezone_aware" and _naive_utc_field(cls, err["loc"]) for err in errors):
        raise strict_error(exc, cls, operation) from None
    result = parse_lenient(cls, decoded)
    check_strict(result, operation)
    return result


def _naive_utc_field(cls: Any, loc: Sequence[Union[str, int]]) -> bool:
    """Whether ``loc`` (pydantic's error location) ends at a ``__naive_utc__`` field."""
    current = cls
    for index, part in enumerate(loc):
        if isinstance(part, int):
            continue
        if not (isinstance(current, type) and issubclass(current, ApiModel)):
            return False
        name = part if part in current.model_fields else _alias_map(current).get(part)
        if name is None:
            return False
        if index == len(loc) - 1:
            return name in current.__naive_utc__
        kind, target = _classify(current.model_fields[name].annotation)
        if kind == "list":
            kind, target = target
        if kind != "model":
            return False
        current = target
    return False


def check_strict(value: Any, operation: Optional[str], path: Tuple[Union[str, int], ...] = ()) -> None:
    """Strict mode: required fields present and null only where the spec allows it."""
    if isinstance(value, ApiModel):
        cls = type(value)
        fields_set = value.__pydantic_fields_set__
        for name in sorted(cls.__required__):
            if name not in fields_set:
                raise ResponseValidationError(
                    operation=operation,
                    json_path=json_path(path + (wire_name(cls, name),)),
                    expected="a value (the field is required)",
                    value=None,
                    model=cls.__name__,
                )
        for name in cls.model_fields:
            if name not in fields_set:
                continue
            item = value.__dict__.get(name)
            if item is None:
                if name not in cls.__nullable__:
                    raise ResponseValidationError(
                        operation=operation,
                        json_path=json_path(path + (wire_name(cls, name),)),
                        expected="a value (the field is not nullable)",
                        value=None,
                        model=cls.__name__,
                    )
                continue
            check_strict(item, operation, path + (wire_name(cls, name),))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            check_strict(item, operation, path + (index,))
    elif isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, (ApiModel, list)):
                check_strict(item, operation, path + (key,))


def json_path(loc: Sequence[Union[str, int]]) -> str:
    out = "$"
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def _expected(err: Mapping[str, Any]) -> str:
    ctx = err.get("ctx") or {}
    if err["type"] == "enum" and "expected" in ctx:
        return f"one of {ctx['expected']}"
    return err.get("msg", err["type"])


# -- requests ------------------------------------------------------------------------


def request_error(exc: ValidationError, owner: str, prefix: Sequence[Union[str, int]] = ()) -> Exception:
    """``ApiTypeError`` or ``ApiValueError`` for the first error of a request value."""
    err = exc.errors(include_url=False)[0]
    loc = [p for p in err["loc"] if p != "function-after[...]"]
    where = ".".join(str(p) for p in (*prefix, *loc)) or "value"
    value = err.get("input")
    if err["type"] == "timezone_aware":
        message = (
            f"{owner}.{where}: the date-time {value!r} has no time zone, and Airflow refuses those; "
            "give one, e.g. datetime(2024, 1, 1, tzinfo=timezone.utc)"
        )
        return ApiValueError(message)
    message = f"{owner}.{where}: {err['msg'].rstrip('.')}; got {value!r} ({type(value).__name__})"
    if err["type"] in _VALUE_ERRORS:
        return ApiValueError(message)
    return ApiTypeError(message)


def request_body(model: ApiModel, *, create: bool, path: Tuple[str, ...] = ()) -> Dict[str, Any]:
    """The JSON body for a model: writable fields the user set, checked.

    ``create`` (a POST) also requires the fields the spec marks required.
    """
    cls = type(model)
    where = ".".join((cls.__name__, *path))
    fields_set = model.__pydantic_fields_set__
    out: Dict[str, Any] = {}
    for name, field in cls.model_fields.items():
        if name not in fields_set or name in cls.__read_only__:
            continue
        value = model.__dict__.get(name)
        key = field.alias or name
        if value is None and name not in cls.__nullable__:
            raise ApiValueError(f"{where}.{name}: null is not allowed here; leave the field unset instead")
        out[key] = _json_value(value, create, path + (key,), cls.__name__)
    if create:
        missing = [
            name for name in sorted(cls.__required__) if name not in fields_set and name not in cls.__read_only__
        ]
        if missing:
            raise ApiValueError(f"{where}: required field(s) not set: {', '.join(missing)}")
    return out


def _json_value(value: Any, create: bool, path: Tuple[str, ...], owner: str) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, ApiModel):
        return request_body(value, create=create, path=path)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, _dt.datetime):
        if value.tzinfo is None:
            raise ApiValueError(
                f"{owner}.{'.'.join(path)}: the date-time {value!r} has no time zone, and Airflow refuses those"
            )
        return value.isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_json_value(v, create, path + (str(i),), owner) for i, v in enumerate(value)]
    if isinstance(value, dict):
        return {str(k): _json_value(v, create, path + (str(k),), owner) for k, v in value.items()}
    raise ApiTypeError(f"{owner}.{'.'.join(path)}: {type(value).__name__} cannot be sent as JSON; got {value!r}")
