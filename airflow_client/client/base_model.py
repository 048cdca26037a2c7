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
import re
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

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Discriminator,
    Tag,
    TypeAdapter,
    ValidationError,
    model_validator,
)
from pydantic.version import VERSION as PYDANTIC_VERSION
from typing_extensions import Annotated

from airflow_client.client.exceptions import (
    ApiAttributeError,
    ApiTypeError,
    ApiValueError,
    ResponseValidationError,
)
from airflow_client.client.quirks import ADAPTED, RENAMED, adapt

__all__ = [
    "ApiModel",
    "ApiEnum",
    "ApiOneOf",
    "ApiString",
    "AwareDatetime",
    "UnknownEnumValue",
    "alias_property",
    "discriminate_by",
]

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


class _PerClass:
    """A class attribute computed once per class from the class itself (what the
    official client's models expose as ``openapi_types``, ``attribute_map``...).

    A descriptor, so ``enum`` does not take it for a member and pydantic does not
    take it for a field."""

    __slots__ = ("compute", "cache")

    def __init__(self, compute: Any) -> None:
        self.compute = compute
        self.cache: Dict[type, Any] = {}

    def __get__(self, obj: Any, owner: type) -> Any:
        try:
            return self.cache[owner]
        except KeyError:
            value = self.cache[owner] = self.compute(owner)
            return value


#: What the official client's models take as a value of a free-form field.
ANY_TYPES: Tuple[type, ...] = (bool, _dt.date, _dt.datetime, dict, float, int, list, str, type(None))
#: What the official composed models also list in ``required_properties``.
_COMPOSED_PRIVATE = ("_composed_instances", "_var_name_to_model_instances", "_additional_properties_model_instances")
#: Per-instance attributes of the official models that user code may read.
_OFFICIAL_PRIVATE = ("_data_store", "_check_type", "_spec_property_naming", "_path_to_item", "_configuration")


class _OfficialDefaults:
    """The official client's per-instance settings of a model, as class-wide constants
    (code reads them; here they never change), and whether the schema is nullable
    (set by the generator where it is)."""

    _nullable: ClassVar[bool] = False
    _check_type: ClassVar[bool] = True
    _spec_property_naming: ClassVar[bool] = False
    _path_to_item: ClassVar[Tuple[Any, ...]] = ()
    _configuration: ClassVar[Any] = None
    _visited_composed_classes: ClassVar[Tuple[Any, ...]] = ()


class _SimpleModelAttributes(_OfficialDefaults):
    """What the official client's one-value models (enums, ``Color``) have: their
    class attributes, and reading the value (a mix-in, so that ``enum`` takes none
    of it for a member)."""

    #: Marks the one-value models (a dunder: ``enum`` takes it for no member).
    __one_value__: ClassVar[bool] = True

    attribute_map: ClassVar[Any] = _PerClass(lambda cls: {})
    openapi_types: ClassVar[Any] = _PerClass(lambda cls: {"value": (str,)})
    allowed_values: ClassVar[Any] = _PerClass(
        lambda cls: {("value",): {**({"None": None} if cls._nullable else {}), **{m.name: m.value for m in cls}}}
    )
    validations: ClassVar[Any] = _PerClass(lambda cls: {})
    read_only_vars: ClassVar[Any] = _PerClass(lambda cls: set())
    required_properties: ClassVar[Any] = _PerClass(lambda cls: set(_OFFICIAL_PRIVATE) | {"_visited_composed_classes"})
    discriminator: ClassVar[Any] = _PerClass(lambda cls: None)
    additional_properties_type: ClassVar[Any] = _PerClass(lambda cls: None)
    _composed_schemas: ClassVar[Any] = _PerClass(lambda cls: None)

    # How the official one-value models read: ``x.value``, ``x["value"]``, bare in ``str()``.
    value: str

    def __str__(self) -> str:
        return self.value

    def __repr__(self) -> str:
        return self.value

    def __format__(self, spec: str) -> str:
        return format(self.value, spec)

    def __getitem__(self, key: Any) -> Any:
        if key == "value":
            return self.value
        # worded as the official client words it; the path only for a name
        path = [key] if isinstance(key, str) else []
        raise ApiAttributeError(f"{type(self).__name__} has no attribute '{key}'", path_to_item=path)

    def get(self, name: str, default: Any = None) -> Any:
        return self.value if name == "value" else default

    def __contains__(self, name: object) -> bool:
        return name == "value"

    @property
    def _data_store(self) -> Dict[str, str]:
        return {"value": self.value}

    def to_str(self) -> str:
        return self.value

    def to_dict(self) -> Dict[str, str]:
        return {"value": self.value}


def _one_value(cls: type, args: Tuple[Any, ...], kwargs: Dict[str, Any]) -> Any:
    """The value of a one-value model's constructor arguments (by position or ``value=``)."""
    for key in _OFFICIAL_MODEL_KWARGS:
        kwargs.pop(key, None)
    if len(args) + len(kwargs) != 1 or (kwargs and "value" not in kwargs):
        raise ApiTypeError(f"{cls.__name__} takes one value, got {args!r} and {kwargs!r}")
    return args[0] if args else kwargs["value"]


class _ApiEnumType(enum.EnumMeta):
    """Takes (and ignores) the official client's constructor keywords:
    ``DagState("queued", _check_type=True)``."""

    def __call__(cls, *args: Any, **kwargs: Any) -> Any:
        for key in _OFFICIAL_MODEL_KWARGS:
            kwargs.pop(key, None)
        if args == (None,) and not kwargs and getattr(cls, "_nullable", False):
            return None  # a nullable enum takes None, as the official one does
        return super().__call__(*args, **kwargs)


class ApiEnum(_SimpleModelAttributes, enum.Enum, metaclass=_ApiEnumType):
    """An enum of the spec, that behaves as the official client's one-value models:
    ``state.value`` and ``state["value"]`` give the value as a ``str``, and
    ``str()``, ``format()`` and ``repr()`` show it bare.  Like there, a member is
    not a ``str`` and does not equal one (compare ``state.value == "success"`` or
    ``state == DagState.SUCCESS``), and a value the spec does not list raises
    ``ApiValueError`` (a ``ValueError``).
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        allowed = [member.value for member in cls]
        raise ApiValueError(f"{cls.__name__}: {value!r} is not one of {allowed}", path_to_item=["value"])

    @classmethod
    def _from_openapi_data(cls, *args: Any, **kwargs: Any) -> Any:
        return cls(_one_value(cls, args, kwargs))

    _new_from_openapi_data = _from_openapi_data


class ApiString(_SimpleModelAttributes):
    """A string schema with a rule (``Color``: ``#`` and hex digits), a one-value
    model as in the official client: ``color.value`` and ``color["value"]`` give
    the ``str``, ``str()`` and ``repr()`` show it; it is not a ``str`` and does not
    equal one.  The rule is documented (``validations``), not enforced: the
    official client does not either."""

    __slots__ = ("value",)
    #: Set by the generator: the spec's pattern.
    __pattern__: ClassVar[str] = ""
    allowed_values: ClassVar[Any] = _PerClass(lambda cls: {})
    validations: ClassVar[Any] = _PerClass(
        lambda cls: {("value",): {"regex": {"pattern": cls.__pattern__}}} if cls.__pattern__ else {}
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        value = _one_value(type(self), args, kwargs)
        if not isinstance(value, str):
            raise ApiTypeError(f"{type(self).__name__}: a str is needed; got {value!r} ({type(value).__name__})")
        self.value = value

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other.value == self.value  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((type(self), self.value))

    def __copy__(self) -> "ApiString":
        return self

    def __deepcopy__(self, memo: Any) -> "ApiString":
        return self

    def __getattr__(self, name: str) -> Any:
        raise ApiAttributeError(f"{type(self).__name__} has no attribute {name!r}")

    @classmethod
    def _from_openapi_data(cls, *args: Any, **kwargs: Any) -> Any:
        return cls(*args, **kwargs)

    _new_from_openapi_data = _from_openapi_data

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        return core_schema.no_info_after_validator_function(
            lambda v: v if isinstance(v, cls) else cls(v),
            core_schema.union_schema([core_schema.is_instance_schema(cls), core_schema.str_schema(strict=True)]),
            serialization=core_schema.plain_serializer_function_ser_schema(
                lambda v: v.value if isinstance(v, ApiString) else v
            ),
        )


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

    def __getitem__(self, key: Any) -> Any:
        if key == "value":
            return str(self)
        return str.__getitem__(self, key)


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


#: Whether answers may be read by pydantic-core straight from the JSON bytes.  Before
#: pydantic 2.14 (the last releases for Python 3.9), pydantic-core calls an enum class
#: with None when a JSON string is not one of its values, and a nullable enum answers
#: None to that: the unknown value would be lost.  There the JSON is decoded first and
#: validated as Python objects, which refuses it as it should (and leniency keeps it).
JSON_FAST_PATH = tuple(int(part) for part in PYDANTIC_VERSION.split(".")[:2]) >= (2, 14)


class ApiModel(BaseModel, _OfficialDefaults):
    """Base of the generated models.

    Build one as with the official client: keyword arguments
    (``Pool(name="p", slots=4)``), the fields the spec requires also by position
    in the official order (``CronExpression("CronExpression", "0 * * * *")``).
    Read fields as attributes or items (``pool.slots``, ``pool["slots"]``).
    Fields the spec does not know are kept, readable the same way, and sent.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        validate_assignment=True,
        defer_build=True,
        protected_namespaces=(),
        regex_engine="python-re",
        ignored_types=(_PerClass,),
    )

    #: Set by the generator: python names of the fields the spec requires,
    #: marks read-only and allows null.
    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset()
    #: Read-only only through the schema they refer to (``DAGRun.state``): the
    #: official constructor takes them; they are not sent either.
    __read_only_by_ref__: ClassVar[FrozenSet[str]] = frozenset()
    #: The fields of ``format: datetime`` (not ``date-time``): text, as in the official
    #: client, in Airflow 2's form (``+00:00``, not ``Z``).
    __datetime_text__: ClassVar[FrozenSet[str]] = frozenset()
    #: The parts of an ``allOf`` schema, by model name (the official client's composed models).
    __all_of__: ClassVar[Tuple[str, ...]] = ()
    #: See :data:`JSON_FAST_PATH`.
    __json_fast__: ClassVar[bool] = JSON_FAST_PATH
    #: Set by the generator on a collection (a page of a list operation): the field
    #: that holds its items (``"dags"`` of ``DAGCollection``), which ``paginate`` walks.
    __items__: ClassVar[str] = ""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.__name__ in ADAPTED:  # a real server answers this model against its spec: see quirks.py
            name = cls.__name__

            def _as_the_spec_names_it(model: Any, data: Any) -> Any:
                return adapt(name, data)

            # pydantic collects the validators after this hook, from the class's attributes
            validator = model_validator(mode="before")(classmethod(_as_the_spec_names_it))  # type: ignore[arg-type]
            cls._as_the_spec_names_it = validator  # type: ignore[attr-defined]

    def __init__(self, /, *args: Any, **data: Any) -> None:
        naive = _init_data(type(self), args, data, official=True)
        try:
            super().__init__(**data)
        except ValidationError as exc:
            raise request_error(exc, type(self).__name__, model=type(self)) from None
        if naive:
            _keep(self, naive)

    # Only user code calls __init__; pydantic must not call it while parsing
    # responses (it would refuse unknown fields and slow parsing down), and it
    # does not for an __init__ marked as its own base one.
    __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]

    def model_post_init(self, context: Any, /) -> None:
        """A field that was not received or set is absent, as in the official client:
        reading it raises ``ApiAttributeError``, ``getattr(m, name, default)`` and
        ``hasattr`` see it missing.  (pydantic fills every field; this takes the
        unset ones out again.)"""
        values = self.__dict__
        fields_set = self.__pydantic_fields_set__
        if not fields_set.issuperset(values):  # (fields_set also holds unknown fields' names)
            for name in [n for n in values if n not in fields_set]:
                del values[name]
        if self.__pydantic_extra__ and type(self).__name__ in RENAMED:
            _share_renamed(self)

    @classmethod
    def _from_openapi_data(cls: Type[M], *args: Any, **kwargs: Any) -> M:
        """Build a model as from an answer: read-only fields allowed, values kept
        as given where they do not fit (the official client's constructor for
        deserialised data)."""
        naive = _init_data(cls, args, kwargs, official=False, check_null=False)
        fields = cls.model_fields
        by_alias = _alias_map(cls)
        wire = {}
        for key, value in kwargs.items():
            name = by_alias.get(key, key)
            field = fields.get(name)
            wire[(field.alias or name) if field is not None else key] = value
        result = parse_lenient(cls, wire)
        assert isinstance(result, cls)
        if naive:  # kept as given, as the official client keeps them
            _keep(result, naive)
        return result

    _new_from_openapi_data = _from_openapi_data

    @classmethod
    def _from_request_dict(cls: Type[M], data: Mapping[str, Any]) -> M:
        """A request body given as a dict: its fields checked as the constructor
        checks them, but none needed by position and read-only ones allowed (they
        are not sent); the spec's required fields are checked when it is sent."""
        values = dict(data)
        naive = _init_data(cls, (), values, official=False)
        obj = cls.__new__(cls)
        try:
            BaseModel.__init__(obj, **values)
        except ValidationError as exc:
            raise request_error(exc, cls.__name__, model=cls) from None
        if naive:
            _keep(obj, naive)
        return obj

    def __setattr__(self, name: str, value: Any) -> None:
        cls = type(self)
        if value is None and name in cls.model_fields and name not in cls.__nullable__:
            raise _null_error(cls, name)
        if _is_naive(value) and name in _datetime_fields(cls):
            _keep(self, {name: value})
            return
        try:
            super().__setattr__(name, value)
        except ValidationError as exc:
            raise request_error(exc, cls.__name__, model=cls) from None

    # -- reading ---------------------------------------------------------------

    def __getitem__(self, key: str) -> Any:
        name = _alias_map(type(self)).get(key, key)
        if name in type(self).model_fields:
            return getattr(self, name)
        extra = self.__pydantic_extra__ or {}
        if key in extra:
            return extra[key]
        # worded as the official client words it; the path only for a name
        path = [key] if isinstance(key, str) else []
        raise ApiAttributeError(f"{type(self).__name__} has no attribute '{key}'", path_to_item=path)

    def __setitem__(self, key: str, value: Any) -> None:
        setattr(self, _alias_map(type(self)).get(key, key), value)

    def __iter__(self) -> Iterator[Any]:  # type: ignore[override]
        """Not iterable, as the official models are not: iterating one asks for its
        item ``0`` (Python's fallback for a class with ``__getitem__``), and that
        raises ``ApiAttributeError``.  (pydantic's models iterate over
        ``(name, value)`` pairs: ``for ti in collection`` gave tuples.)"""
        yield self[0]  # type: ignore[index]

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        name = _alias_map(type(self)).get(key, key)
        return name in self.__pydantic_fields_set__ or key in (self.__pydantic_extra__ or {})

    def get(self, name: str, default: Any = None) -> Any:
        """The field's value, or ``default`` when it was not received or set."""
        return self[name] if name in self else default

    def set_attribute(self, name: str, value: Any) -> None:
        """``model.name = value``, as the official client spells it."""
        setattr(self, _alias_map(type(self)).get(name, name), value)

    def __getattr__(self, name: str) -> Any:
        try:
            return super().__getattr__(name)  # type: ignore[misc]
        except AttributeError:
            raise ApiAttributeError(f"{type(self).__name__} has no attribute '{name}'", path_to_item=[name]) from None

    @property
    def _data_store(self) -> Dict[str, Any]:
        """The fields received or set (and unknown ones), by their python names, values as held."""
        cls = type(self)
        names = _official_names(cls)
        fields_set = self.__pydantic_fields_set__
        by_wire = {wire_name(cls, n): (names[n], v) for n, v in self.__dict__.items() if n in fields_set}
        for key, value in (self.__pydantic_extra__ or {}).items():
            by_wire[key] = (key, value)
        # In the official client's order: the required fields first (they come first in its
        # constructors), then the others as Airflow sends them, by JSON name (``__type``
        # before ``days``, though it reads ``type``).
        required = _required_wire_names(cls)
        return dict(by_wire[key] for key in sorted(by_wire, key=lambda k: (k not in required, k)))

    def __repr__(self) -> str:
        return self.to_str()

    def __str__(self) -> str:
        return self.to_str()

    # -- the official client's helpers -----------------------------------------

    def to_dict(self) -> Dict[str, Any]:
        """The fields received or set (and unknown ones), by their python names, as
        plain values (nested models as dicts, enums as their ``str`` value)."""
        return {key: _plain(value) for key, value in self._data_store.items()}

    def to_json(self) -> str:
        """The fields received or set (and unknown ones) as JSON, by their JSON names."""
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

    # -- the official client's class attributes, derived from the fields ---------

    attribute_map: ClassVar[Any] = _PerClass(lambda cls: {n: f.alias or n for _, n, f in _official_triples(cls)})
    openapi_types: ClassVar[Any] = _PerClass(
        lambda cls: {n: _official_types(cls, f, name) for name, n, f in _official_triples(cls)}
    )
    read_only_vars: ClassVar[Any] = _PerClass(
        lambda cls: {_official_names(cls)[n] for n in cls.__read_only__ - cls.__read_only_by_ref__}
    )
    required_properties: ClassVar[Any] = _PerClass(
        lambda cls: {*_OFFICIAL_PRIVATE, "_visited_composed_classes", *(_COMPOSED_PRIVATE if cls.__all_of__ else ())}
    )
    allowed_values: ClassVar[Any] = _PerClass(lambda cls: _allowed_values(cls))
    validations: ClassVar[Any] = _PerClass(lambda cls: _validations(cls))
    discriminator: ClassVar[Any] = _PerClass(lambda cls: None)
    additional_properties_type: ClassVar[Any] = _PerClass(lambda cls: ANY_TYPES)
    _composed_schemas: ClassVar[Any] = _PerClass(
        lambda cls: {"anyOf": [], "allOf": [_model_named(n) for n in cls.__all_of__], "oneOf": []}
        if cls.__all_of__
        else {}
    )


def _model_named(name: str) -> Any:
    from airflow_client.client import models

    return getattr(models, name)


class ApiOneOf(_OfficialDefaults):
    """A schema that is one of several models, told apart by a field (the
    official client's composed models, e.g. ``ScheduleInterval``).

    Calling the class builds the member that the discriminator names:
    ``ScheduleInterval(type="CronExpression", value="0 * * * *")`` is a
    ``CronExpression``.  As a field's type it parses to the member named by the
    discriminator of the data.
    """

    #: Set by the generator: the discriminator's JSON name and python name, and
    #: the members by the value that names them.
    __discriminator__: ClassVar[Tuple[str, str]] = ("", "")
    __members__: ClassVar[Dict[str, Type[ApiModel]]] = {}

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        return cls._member(kwargs)(*args, **kwargs)

    @classmethod
    def _member(cls, kwargs: Mapping[str, Any]) -> Type[ApiModel]:
        wire, attr = cls.__discriminator__
        key = kwargs.get(attr, kwargs.get(wire))
        member = cls.__members__.get(key) if isinstance(key, str) else None
        if member is None:
            raise ApiValueError(
                f"{cls.__name__}: {attr}={key!r} names none of {sorted(cls.__members__)}", path_to_item=[attr]
            )
        return member

    @classmethod
    def _from_openapi_data(cls, *args: Any, **kwargs: Any) -> Any:
        return cls._member(kwargs)._from_openapi_data(*args, **kwargs)

    _new_from_openapi_data = _from_openapi_data

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        wire, attr = cls.__discriminator__
        members = tuple(Annotated[m, Tag(name)] for name, m in cls.__members__.items())
        union = Annotated[Union[members], Discriminator(discriminate_by(wire, attr))]  # type: ignore[valid-type]
        return handler.generate_schema(union)

    attribute_map: ClassVar[Any] = _PerClass(
        lambda cls: {k: v for m in cls.__members__.values() for k, v in m.attribute_map.items()}
    )
    openapi_types: ClassVar[Any] = _PerClass(
        lambda cls: {k: v for m in cls.__members__.values() for k, v in m.openapi_types.items()}
    )
    read_only_vars: ClassVar[Any] = _PerClass(
        lambda cls: set().union(*(m.read_only_vars for m in cls.__members__.values()))
    )
    required_properties: ClassVar[Any] = _PerClass(
        lambda cls: {*_OFFICIAL_PRIVATE, "_visited_composed_classes", *_COMPOSED_PRIVATE}
    )
    allowed_values: ClassVar[Any] = _PerClass(lambda cls: {})
    validations: ClassVar[Any] = _PerClass(lambda cls: {})
    discriminator: ClassVar[Any] = _PerClass(lambda cls: {cls.__discriminator__[1]: dict(cls.__members__)})
    additional_properties_type: ClassVar[Any] = _PerClass(lambda cls: ANY_TYPES)
    _composed_schemas: ClassVar[Any] = _PerClass(
        lambda cls: {"anyOf": list(cls.__members__.values()), "allOf": [], "oneOf": []}
    )


def _is_naive(value: Any) -> bool:
    return isinstance(value, _dt.datetime) and value.tzinfo is None


_DATETIME_FIELDS: Dict[type, FrozenSet[str]] = {}


def _datetime_fields(cls: Type["ApiModel"]) -> FrozenSet[str]:
    found = _DATETIME_FIELDS.get(cls)
    if found is None:
        found = _DATETIME_FIELDS[cls] = frozenset(p.name for p in _plans(cls).values() if p.kind == "datetime")
    return found


def _keep(obj: "ApiModel", values: Dict[str, Any]) -> None:
    """Set fields to values as given, past validation: date-times without a zone, which
    the official client takes and sends as they are (Airflow answers 400)."""
    obj.__dict__.update(values)
    obj.__pydantic_fields_set__.update(values)


def _init_data(
    cls: Type["ApiModel"], args: Tuple[Any, ...], data: Dict[str, Any], official: bool, check_null: bool = True
) -> Dict[str, Any]:
    """Check and complete a model's constructor arguments in place, as the official
    client does: with ``official``, the required fields by position or name and no
    read-only fields; with ``check_null``, no null where the spec forbids it.
    Unknown names are kept.  Returns the date-times without a zone, taken out of
    ``data`` (the field's type would refuse them) to be set as given."""
    for key in _OFFICIAL_MODEL_KWARGS:
        data.pop(key, None)
    positional = _positional(cls) if official else ()
    if len(args) > len(positional):
        raise ApiTypeError(
            f"{cls.__name__} takes {len(positional) or 'no'} positional argument(s)"
            f"{' (' + ', '.join(positional) + ')' if positional else ''}; got {args!r}: pass fields by name",
            path_to_item=(),  # as the official client's: an empty path
            valid_classes=(cls,),
        )
    fields = cls.model_fields
    by_alias = _alias_map(cls)
    for name, value in zip(positional, args):
        if name in data or wire_name(cls, name) in data:
            raise ApiTypeError(f"{cls.__name__}: {name!r} given by position and by name")
        data[name] = value
    missing = [n for n in positional if n not in data and wire_name(cls, n) not in data]
    if missing:
        # a plain TypeError, as Python raises for the official constructor's missing positionals
        raise TypeError(f"{cls.__name__}() is missing required argument(s): {', '.join(map(repr, missing))}")
    for key, value in data.items():
        name = by_alias.get(key, key)
        if name not in fields:
            continue
        if name in cls.__read_only__ and name not in cls.__read_only_by_ref__ and official:
            raise ApiAttributeError(
                f"{cls.__name__}.{name} is read-only: the server sets it. "
                f"{cls.__name__}._from_openapi_data(...) builds an object that holds it",
                path_to_item=[name],
            )
        if value is None and name not in cls.__nullable__ and check_null:
            raise _null_error(cls, name)
    naive = {by_alias.get(k, k): v for k, v in data.items() if _is_naive(v)}
    naive = {name: v for name, v in naive.items() if name in _datetime_fields(cls)}
    for name in naive:
        data.pop(name, None)
        data.pop(wire_name(cls, name), None)
    return naive


def _share_renamed(obj: "ApiModel") -> None:
    """Where Airflow sends a field under another name than its spec (quirks.py), the
    server's name, kept as received, is given the parsed value of the spec's field:
    ``tries.task_instances[0].state`` reads a model, as the official client (whose
    spec uses the server's name) gives one."""
    extra = obj.__pydantic_extra__ or {}
    values = obj.__dict__
    for spec_name, server_name in RENAMED[type(obj).__name__].items():
        name = _alias_map(type(obj)).get(spec_name, spec_name)
        if server_name in extra and name in values:
            extra[server_name] = values[name]


def _null_error(cls: Type["ApiModel"], name: str) -> ApiTypeError:
    return ApiTypeError(
        f"{cls.__name__}.{name}: None is not allowed here (the field is not nullable); leave it unset instead",
        path_to_item=[name],
        valid_classes=_valid_classes(cls, [name]),
        key_type=False,
    )


def _plain(value: Any) -> Any:
    """A value as ``to_dict`` gives it."""
    if isinstance(value, ApiModel):
        return value.to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, ApiString):
        return value.value
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


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


_REQUIRED_WIRE: Dict[type, FrozenSet[str]] = {}


def _required_wire_names(cls: Type[ApiModel]) -> FrozenSet[str]:
    found = _REQUIRED_WIRE.get(cls)
    if found is None:
        found = _REQUIRED_WIRE[cls] = frozenset(wire_name(cls, n) for n in cls.__required__)
    return found


_OFFICIAL: Dict[type, Dict[str, str]] = {}
_POSITIONAL: Dict[type, Tuple[str, ...]] = {}


def _official_names(cls: Type[ApiModel]) -> Dict[str, str]:
    """Field name -> the official client's python name (``type`` for ``__type``,
    ``schema`` for ``schema_``)."""
    found = _OFFICIAL.get(cls)
    if found is None:
        found = {}
        for name, field in cls.model_fields.items():
            found[name] = re.sub(r"\W", "_", field.alias.lstrip("_")) if field.alias else name
        _OFFICIAL[cls] = found
    return found


def _official_triples(cls: Type[ApiModel]) -> List[Tuple[str, str, Any]]:
    names = _official_names(cls)
    return [(n, names[n], f) for n, f in cls.model_fields.items()]


def _positional(cls: Type[ApiModel]) -> Tuple[str, ...]:
    """The fields the official constructor takes by position: the required ones,
    in the order of their JSON names."""
    found = _POSITIONAL.get(cls)
    if found is None:
        required = [n for n in cls.__required__ if n not in cls.__read_only__]
        found = _POSITIONAL[cls] = tuple(sorted(required, key=lambda n: wire_name(cls, n)))
    return found


def _official_types(cls: Type[ApiModel], field: Any, name: str) -> Tuple[Any, ...]:
    """A field's ``openapi_types`` entry: the classes its values may be."""
    types = _types_of(field.annotation)
    by_ref = len(types) == 1 and getattr(types[0], "_nullable", False) is True  # the model says so itself
    if name in cls.__nullable__ and type(None) not in types and not by_ref:
        types = (*types, type(None))
    return types


def _types_of(annotation: Any) -> Tuple[Any, ...]:
    ann = _strip_optional(annotation)
    origin = typing.get_origin(ann)
    if origin is typing.Annotated:
        return _types_of(typing.get_args(ann)[0])
    if origin is typing.Literal:
        return (str,)
    if origin in (list, List, Sequence):
        args = typing.get_args(ann)
        if not args:
            return (list(ANY_TYPES),)
        item = [*_types_of(args[0])]
        by_ref = len(item) == 1 and getattr(item[0], "_nullable", False) is True  # the model says so itself
        if _strip_optional(args[0]) is not args[0] and not by_ref:  # items may be null
            item.append(type(None))
        return (item,)
    if origin in (dict, Dict, Mapping):
        args = typing.get_args(ann)
        return ({str: _types_of(args[1]) if len(args) == 2 else ANY_TYPES},)
    if ann is Any:
        return ANY_TYPES
    if ann is AwareDatetime:
        return (_dt.datetime,)
    if isinstance(ann, type):
        return (ann,)
    return ANY_TYPES


def _allowed_values(cls: Type[ApiModel]) -> Dict[Tuple[str], Dict[str, Any]]:
    """``{(field,): {NAME: value}}`` for the fields whose values the spec lists inline."""
    out: Dict[Tuple[str], Dict[str, Any]] = {}
    for _name, official, field in _official_triples(cls):
        ann = _strip_optional(field.annotation)
        if typing.get_origin(ann) is typing.Literal:
            out[(official,)] = {re.sub(r"\W", "_", str(v)).upper(): v for v in typing.get_args(ann)}
    return out


_VALIDATION_KEYS = {
    "min_length": ("min_length", "min_items"),
    "max_length": ("max_length", "max_items"),
    "ge": ("inclusive_minimum", "inclusive_minimum"),
    "le": ("inclusive_maximum", "inclusive_maximum"),
    "gt": ("exclusive_minimum", "exclusive_minimum"),
    "lt": ("exclusive_maximum", "exclusive_maximum"),
}


def _validations(cls: Type[ApiModel]) -> Dict[Tuple[str], Dict[str, Any]]:
    """``{(field,): {rule: value}}`` in the official client's words, from the fields' constraints."""
    out: Dict[Tuple[str], Dict[str, Any]] = {}
    for _name, official, field in _official_triples(cls):
        is_list = _classify(field.annotation)[0] == "list"
        rules: Dict[str, Any] = {}
        for item in field.metadata:
            for attr, (as_str, as_list) in _VALIDATION_KEYS.items():
                value = getattr(item, attr, None)
                if value is not None:
                    rules[as_list if is_list else as_str] = value
            pattern = getattr(item, "pattern", None)
            if pattern is not None:
                rules["regex"] = {"pattern": pattern}
        if rules:
            out[(official,)] = rules
    return out


def wire_name(cls: Type[ApiModel], name: str) -> str:
    field = cls.model_fields.get(name)
    return (field.alias or name) if field is not None else name


# -- responses: lenient ----------------------------------------------------------


def parse_lenient(cls: Type[M], data: Any, raw: bool = False) -> Union[M, Any]:
    """A model from decoded JSON, keeping what does not fit as received.

    With ``raw``, every value is kept as decoded, nested objects as dicts (the
    official client's ``_check_return_type=False``)."""
    if not isinstance(data, dict):
        return data
    if not raw:
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
    for key, value in data.items():
        plan = plans.get(key)
        if plan is None:
            extra[key] = value
            continue
        values[plan.name] = value if raw else _lenient_value(plan.kind, plan.target, plan, value)
        fields_set.add(plan.name)
    if extra and cls.__name__ in RENAMED and not raw:
        _share_renamed(obj)
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


def airflow2_text_dates(cls: Type[ApiModel], data: Any) -> Any:
    """``data``, an answer for ``cls`` as JSON, with the text date-times of ``cls`` and of
    the models it holds (:attr:`ApiModel.__datetime_text__`) in Airflow 2's form:
    ``...+00:00`` where Airflow 3 writes ``...Z`` (``datetime.fromisoformat`` before
    Python 3.11 refuses the ``Z``).  Nothing else is touched; ``data`` is not changed."""
    if not isinstance(data, dict):
        return data
    plans = _plans(cls)
    texts = cls.__datetime_text__
    out: Optional[Dict[str, Any]] = None
    for key, value in data.items():
        plan = plans.get(key)
        if plan is None or value is None:
            continue
        new = value
        if plan.name in texts:
            if isinstance(value, str) and value.endswith("Z"):
                new = value[:-1] + "+00:00"
        elif plan.kind == "model":
            new = airflow2_text_dates(plan.target, value)
        elif plan.kind == "list" and plan.target[0] == "model" and isinstance(value, list):
            new = [airflow2_text_dates(plan.target[1], item) for item in value]
        if new is not value:
            if out is None:
                out = dict(data)
            out[key] = new
    return data if out is None else out


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
    """Strict mode, after pydantic refused an answer: raise its first fault."""
    raise strict_error(exc, cls, operation) from None


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


def request_error(
    exc: ValidationError, owner: str, prefix: Sequence[Union[str, int]] = (), model: Optional[type] = None
) -> Exception:
    """``ApiTypeError`` or ``ApiValueError`` for the first error of a request value;
    a type error of a field of ``model`` says, as the official client's does, where
    (``path_to_item``) and what the field takes (``valid_classes``)."""
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
    path = [*prefix, *loc]
    valid = _valid_classes(model, path) if model is not None and not prefix else None
    return ApiTypeError(message, path_to_item=path or None, valid_classes=valid, key_type=False)


def _valid_classes(model: type, path: Sequence[Union[str, int]]) -> Optional[Tuple[Any, ...]]:
    """The classes the official client names for a wrong value at ``path`` of ``model``:
    its ``openapi_types`` entry for the field, the item's for an item of a list."""
    if not path or not isinstance(path[0], str):
        return None
    name = _alias_map(model).get(path[0], path[0])
    field = model.model_fields.get(name)  # type: ignore[attr-defined]
    if field is None:
        return None
    types = _official_types(model, field, name)
    for part in path[1:]:
        if not (isinstance(part, int) and len(types) == 1 and isinstance(types[0], list)):
            break
        types = tuple(types[0])
    # ``openapi_types`` writes a list or a dict as one of its kind ([str], {str: (...)})
    return tuple(t if isinstance(t, type) else type(t) for t in types) or None


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
    for key, value in (model.__pydantic_extra__ or {}).items():  # sent as given, as the official client does
        out[key] = _json_value(value, create, path + (key,), cls.__name__)
    if create:
        missing = [
            name for name in sorted(cls.__required__) if name not in fields_set and name not in cls.__read_only__
        ]
        if missing:
            raise ApiValueError(f"{where}: required field(s) not set: {', '.join(missing)}")
    return out


def _json_value(value: Any, create: bool, path: Tuple[str, ...], owner: str) -> Any:
    if isinstance(value, (enum.Enum, ApiString)):
        return value.value
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, ApiModel):
        return request_body(value, create=create, path=path)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, _dt.datetime):  # without a zone too, as the official client sends it
        return value.isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_json_value(v, create, path + (str(i),), owner) for i, v in enumerate(value)]
    if isinstance(value, dict):
        return {str(k): _json_value(v, create, path + (str(k),), owner) for k, v in value.items()}
    raise ApiTypeError(f"{owner}.{'.'.join(path)}: {type(value).__name__} cannot be sent as JSON; got {value!r}")
