"""The base of every generated model, and how models meet JSON.

Models are plain Python classes: importing them and reading answers into them
imports no validation library, so a one-shot process (a DAG task, a CI step, the
command line) pays for neither (``bench/``, workload 7).

* **Responses are parsed leniently**, in one pass of pure Python over the
  decoded JSON: the JSON object of a model becomes the model's own attribute
  dict, and only the values that JSON cannot hold as they are read are
  converted (date-times, nested models, enum members); a value that does not
  convert (a new enum value, a number as a string, a date that is not a date)
  is kept as received.  Unknown fields are always kept.  With ``strict`` the
  answer is first checked against the spec (by pydantic, see
  :mod:`airflow_client.client.core.validation`, which builds on the models: the
  package gives the models the checks, :mod:`.registry`): the first mismatch raises
  :class:`ResponseValidationError`, and required and non-nullable fields are
  checked too.
* **Requests are checked strictly.**  Building a model validates every value
  given: wrong types, enum values outside the spec and date-times without a
  time zone raise ``ApiTypeError``/``ApiValueError`` naming the field and the
  value (the usual values are taken in pure Python, the others checked by
  pydantic, imported then).  Unknown fields are kept and sent as given; a body
  holds the fields the user set, never read-only ones.

An instance holds, in its ``__dict__``, exactly the fields it was given or
received (by their python names) and the unknown fields (by their JSON names):
a field that is absent is absent, as in the official client.
"""

from __future__ import annotations

import datetime as _dt
import enum
import json
import pprint
import re
import sys
import typing
from typing import (
    Any,
    Callable,
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

from typing_extensions import dataclass_transform

from airflow_client.client.core.quirks import ADAPTED, RENAMED, adapt
from airflow_client.client.core.registry import checks, model_class
from airflow_client.client.exceptions import (
    ApiAttributeError,
    ApiTypeError,
    ApiValueError,
    ResponseValidationError,
)

__all__ = [
    "ApiModel",
    "ApiEnum",
    "ApiOneOf",
    "ApiString",
    "Field",
    "UnknownEnumValue",
    "alias_property",
    "discriminate_by",
]

M = TypeVar("M", bound="ApiModel")

#: Keyword arguments the official client's models accept and that mean nothing here.
_OFFICIAL_MODEL_KWARGS = frozenset(
    {"_check_type", "_spec_property_naming", "_path_to_item", "_configuration", "_visited_composed_classes"}
)


class _PerClass:
    """A class attribute computed once per class from the class itself (what the
    official client's models expose as ``openapi_types``, ``attribute_map``...).

    A descriptor, so ``enum`` does not take it for a member and the model does not
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
#: What an instance may hold besides its fields, not a field of its own (the official
#: models keep them out of their data too): set, read, never shown or sent.
_PRIVATE = frozenset({*_OFFICIAL_PRIVATE, "_visited_composed_classes", *_COMPOSED_PRIVATE})


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


class _BuiltClass:
    """``_visited_composed_classes`` of a one-value model: on a value, its class, which the
    official client records in every model it builds; on the class, ``()`` as before."""

    __slots__ = ()

    def __get__(self, obj: Any, owner: type) -> Tuple[type, ...]:
        return () if obj is None else (owner,)


def _model_names(cls: type) -> FrozenSet[str]:
    """What ``dir()`` of an official one-value model lists that ``enum`` leaves out of an
    enum's: the class attributes and methods of the models (``allowed_values``,
    ``openapi_types``, ``get``, ``_data_store``, ``_nullable``...), not the dunders nor
    the ``_sunder_`` names that are enum's own (``_member_map_``, ``_missing_``...)."""
    return frozenset(
        name
        for klass in cls.__mro__
        if klass.__module__ == __name__
        for name in vars(klass)
        if not (name.startswith("_") and name.endswith("_"))
    )


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
    _visited_composed_classes: ClassVar[Any] = _BuiltClass()

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

    def __getattr__(self, name: str) -> Any:
        # only for what the value and its class do not have: raised as the official client raises it
        raise ApiAttributeError(f"{type(self).__name__} has no attribute {name!r}")

    @property
    def _data_store(self) -> Dict[str, str]:
        return {"value": self.value}

    def to_str(self) -> str:
        return self.value


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
        if not args and "value" not in kwargs:
            raise ApiTypeError(
                f"{cls.__name__} takes one value, got {args!r} and {kwargs!r}", path_to_item=(), valid_classes=(cls,)
            )
        if args == (None,) and not kwargs and getattr(cls, "_nullable", False):
            return None  # a nullable enum takes None, as the official one does
        return super().__call__(*args, **kwargs)

    def __dir__(cls) -> List[str]:
        # enum lists its members and a few dunders; the official class lists its attributes too
        return sorted({*super().__dir__(), *_model_names(cls)})


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

    def __dir__(self) -> List[str]:
        # enum leaves out the underscore names (``_data_store``, ``_nullable``...) the official lists
        return sorted({*super().__dir__(), *_model_names(type(self))})


class ApiString(_SimpleModelAttributes):
    """A string schema with a rule (``Color``: ``#`` and hex digits), a one-value
    model as in the official client: ``color.value`` and ``color["value"]`` give
    the ``str``, ``str()`` and ``repr()`` show it; it is not a ``str`` and does not
    equal one.  The rule is documented (``__pattern__``, the docstring), not
    enforced: the official client does not either.  ``validations`` is the
    official one, whose generator wrote the pattern as ``''`` (so
    ``model_utils.check_validations`` takes any string there, as here)."""

    __slots__ = ("value",)
    #: Set by the generator: the spec's pattern.
    __pattern__: ClassVar[str] = ""
    allowed_values: ClassVar[Any] = _PerClass(lambda cls: {})
    validations: ClassVar[Any] = _PerClass(
        lambda cls: {("value",): {"regex": {"pattern": ""}}} if cls.__pattern__ else {}
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

    @classmethod
    def _from_openapi_data(cls, *args: Any, **kwargs: Any) -> Any:
        return cls(*args, **kwargs)

    _new_from_openapi_data = _from_openapi_data


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
    """A discriminator reading ``wire_name`` of a dict or ``attr_name`` of a model."""

    def pick(value: Any) -> Optional[str]:
        if isinstance(value, dict):
            return value.get(wire_name)
        return getattr(value, attr_name, None)

    return pick


def alias_property(field_name: str) -> Any:
    """A property for a field stored under another python name than the official
    client's (``Connection.schema`` is stored as ``schema_``)."""

    def fget(self: "ApiModel") -> Any:
        return getattr(self, field_name)

    def fset(self: "ApiModel", value: Any) -> None:
        setattr(self, field_name, value)

    return property(fget, fset, doc=f"The ``{field_name}`` field.")


# -- declaring fields -------------------------------------------------------------------


class _FieldSpec:
    """What ``Field(...)`` declares in a generated model's body."""

    __slots__ = ("wire", "constraints")

    def __init__(self, wire: Optional[str], constraints: Dict[str, Any]) -> None:
        self.wire = wire
        self.constraints = constraints


def Field(default: Any = None, *, wire: Optional[str] = None, **constraints: Any) -> Any:  # noqa: N802
    """Declares a field's JSON name where it is not its python name (``wire``) and the
    spec's constraints on its values (``min_length=1``, ``ge=0``...), in a generated
    model's body: ``type: Optional[str] = Field(None, wire="__type")``.  Every field's
    default is "absent"."""
    if default is not None:
        raise TypeError("a model field has no default: an unset field is absent")
    return _FieldSpec(wire, constraints)


class ModelField:
    """One field of a model, as its class declares it (``Model.model_fields[name]``)."""

    __slots__ = ("name", "alias", "annotation", "constraints")

    def __init__(self, name: str, alias: Optional[str], annotation: Any, constraints: Dict[str, Any]) -> None:
        self.name = name
        #: The JSON name where it differs from the python name, else None.
        self.alias = alias
        #: The python type: ``Optional[str]``, ``Optional[List[Tag]]``...
        self.annotation = annotation
        #: The spec's constraints, by pydantic's names (``min_length``, ``ge``, ``pattern``...).
        self.constraints = constraints

    def __repr__(self) -> str:
        return f"ModelField({self.name!r}, alias={self.alias!r}, annotation={self.annotation!r})"


def _own_annotations(cls: type) -> Dict[str, Any]:
    found = cls.__dict__.get("__annotations__")
    if found is None and "__annotate__" in cls.__dict__:  # Python 3.14: evaluated on first read
        found = cls.__annotations__
    return dict(found or {})


def _is_class_var(annotation: Any) -> bool:
    if isinstance(annotation, str):
        return annotation.startswith(("ClassVar", "typing.ClassVar"))
    return annotation is ClassVar or typing.get_origin(annotation) is ClassVar


@dataclass_transform(kw_only_default=True, field_specifiers=(Field,))
class ApiModel(_OfficialDefaults):
    """Base of the generated models.

    Build one as with the official client: keyword arguments
    (``Pool(name="p", slots=4)``), the fields the spec requires also by position
    in the official order (``CronExpression("CronExpression", "0 * * * *")``).
    Read fields as attributes or items (``pool.slots``, ``pool["slots"]``).
    Fields the spec does not know are kept, readable the same way, and sent.
    """

    #: The fields, by python name, in the order of the spec (filled in for each class).
    model_fields: ClassVar[Dict[str, ModelField]] = {}
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
    #: Set by the generator on a collection (a page of a list operation): the field
    #: that holds its items (``"dags"`` of ``DAGCollection``), which ``paginate`` walks.
    __items__: ClassVar[str] = ""
    #: How answers are read into the class (:func:`_plan`), made on first use.
    __plan__: ClassVar[Optional["_Plan"]] = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        fields = dict(cls.model_fields)
        for name, annotation in _own_annotations(cls).items():
            if name.startswith("_") or _is_class_var(annotation):
                continue
            spec = cls.__dict__.get(name)
            if name in cls.__dict__:
                delattr(cls, name)  # no class-wide default: a field not given is absent
            if not isinstance(spec, _FieldSpec):
                spec = _FieldSpec(None, {})
            fields[name] = ModelField(name, spec.wire, annotation, spec.constraints)
        cls.model_fields = fields
        cls.__plan__ = None

    def __init__(self, /, *args: Any, **data: Any) -> None:
        cls = type(self)
        check = data.get("_check_type", True) is not False
        naive = _init_data(cls, args, data, official=True, check_null=check)
        if not check:  # the official client's way to build a model of values it does not check
            by_alias = _alias_map(cls)
            self.__dict__.update({by_alias.get(key, key): value for key, value in data.items()})
            self.__dict__["_check_type"] = False
        elif data:
            _hold(self, _checked(cls, data))
        if naive:
            _keep(self, naive)

    @classmethod
    def _from_openapi_data(cls: Type[M], *args: Any, **kwargs: Any) -> M:
        """Build a model as from an answer: read-only fields allowed, values kept
        as given where they do not fit (the official client's constructor for
        deserialised data)."""
        naive = _init_data(cls, args, kwargs, official=False, check_null=False)
        by_alias = _alias_map(cls)
        wire = {wire_name(cls, by_alias.get(key, key)): value for key, value in kwargs.items()}
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
        obj = _hold(object.__new__(cls), _checked(cls, values) if values else {})
        if naive:
            _keep(obj, naive)
        return obj

    def __setattr__(self, name: str, value: Any) -> None:
        cls = type(self)
        if name not in cls.model_fields:
            # an unknown field (kept and sent as given), or a property (``schema``)
            object.__setattr__(self, name, value)
            return
        if value is None:
            if name not in cls.__nullable__:
                raise _null_error(cls, name)
            self.__dict__[name] = None
            return
        if (_is_naive(value) and name in _datetime_fields(cls)) or self.__dict__.get("_check_type") is False:
            _keep(self, {name: value})
            return
        self.__dict__[name] = _checked(cls, {name: value})[name]

    # -- reading ---------------------------------------------------------------

    def __getattr__(self, name: str) -> Any:
        # only called for what the instance and its class do not hold: a field not
        # received or set, or no field at all
        raise ApiAttributeError(f"{type(self).__name__} has no attribute '{name}'", path_to_item=[name])

    def __getitem__(self, key: str) -> Any:
        values = self.__dict__
        name = _alias_map(type(self)).get(key, key)
        if name in values:
            return values[name]
        # worded as the official client words it; the path only for a name
        path = [key] if isinstance(key, str) else []
        raise ApiAttributeError(f"{type(self).__name__} has no attribute '{key}'", path_to_item=path)

    def __setitem__(self, key: str, value: Any) -> None:
        setattr(self, _alias_map(type(self)).get(key, key), value)

    def __iter__(self) -> Iterator[Any]:
        """Not iterable, as the official models are not: iterating one asks for its
        item ``0`` (Python's fallback for a class with ``__getitem__``), and that
        raises ``ApiAttributeError``."""
        yield self[0]  # type: ignore[index]

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        return _alias_map(type(self)).get(key, key) in self.__dict__

    def get(self, name: str, default: Any = None) -> Any:
        """The field's value, or ``default`` when it was not received or set."""
        return self[name] if name in self else default

    def set_attribute(self, name: str, value: Any) -> None:
        """``model.name = value``, as the official client spells it."""
        setattr(self, _alias_map(type(self)).get(name, name), value)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.__dict__ == other.__dict__

    __hash__ = None  # type: ignore[assignment]  # mutable, as the official models are

    def __copy__(self: M) -> M:
        obj = object.__new__(type(self))
        object.__setattr__(obj, "__dict__", dict(self.__dict__))
        return obj

    def __deepcopy__(self: M, memo: Optional[Dict[int, Any]] = None) -> M:
        import copy

        obj = object.__new__(type(self))
        if memo is not None:
            memo[id(self)] = obj
        object.__setattr__(obj, "__dict__", copy.deepcopy(self.__dict__, memo))
        return obj

    @property
    def _data_store(self) -> Dict[str, Any]:
        """The fields received or set (and unknown ones), by their python names, values as held."""
        cls = type(self)
        names = _official_names(cls)
        fields = cls.model_fields
        by_wire = {}
        for key, value in self.__dict__.items():
            if key in fields:
                by_wire[wire_name(cls, key)] = (names[key], value)
            elif key not in _PRIVATE:
                by_wire[key] = (key, value)
        # In the official client's order: the required fields first, by JSON name (its
        # constructors take them first, in that order: ``__type`` before ``days``, though
        # it reads ``type``), then the others in the order they were received or given.
        required = _required_wire_names(cls)
        first = sorted(key for key in by_wire if key in required)
        return dict([by_wire[key] for key in first] + [v for key, v in by_wire.items() if key not in required])

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
        return json.dumps(by_json_names(self), default=_json_default)

    def to_str(self) -> str:
        return pprint.pformat(self.to_dict())

    @classmethod
    def from_dict(cls: Type[M], data: Mapping[str, Any]) -> M:
        """Parse a dict as a response would be parsed: leniently."""
        if not isinstance(data, Mapping):
            raise ApiTypeError(f"{cls.__name__}.from_dict needs a mapping, got {type(data).__name__}")
        result = parse_lenient(cls, dict(data))
        assert isinstance(result, cls)
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


def _checked(cls: Type["ApiModel"], data: Dict[str, Any]) -> Dict[str, Any]:
    """The values of a model built from ``data`` (python or JSON names), checked: by
    :func:`_takes` where every value is one the check takes as it is (the common case:
    ``DAG(is_paused=True)``), else by pydantic (:mod:`validation`), which names what
    is wrong and converts what it may (a dict to a model, a value to an enum member)."""
    if cls.__name__ not in ADAPTED:
        fields = cls.model_fields
        by_alias = _alias_map(cls)
        out = {}
        for key, value in data.items():
            name = by_alias.get(key, key)
            field = fields.get(name)
            if field is None:
                out[key] = value  # an unknown field: kept as given
            elif not field.constraints and _takes(field.annotation, value):
                out[name] = value  # the caller's own object, as the official client keeps it
            else:
                break
        else:
            return out
    return checks().construct(cls, data)


def _takes(annotation: Any, value: Any) -> bool:
    """Whether pydantic's check of ``annotation`` (as :mod:`validation` makes it: strict
    scalars, aware date-times) takes ``value`` without converting it: the exact scalar
    types, members, model instances, and lists and string-keyed dicts of such (which
    pydantic would copy; kept here, as the official client keeps them: a list filled in
    after the model was built is sent filled in).  False is no verdict: pydantic decides."""
    if value is None:
        return typing.get_origin(annotation) is Union and type(None) in typing.get_args(annotation)
    ann = _strip_optional(annotation)
    if ann in _EXACT:
        return type(value) is ann
    if ann is _dt.datetime:
        return type(value) is _dt.datetime and value.utcoffset() is not None
    if ann is Any:
        return True
    origin = typing.get_origin(ann)
    if origin is typing.Literal:
        return type(value) is str and value in typing.get_args(ann)
    if origin in (list, List):
        (item,) = typing.get_args(ann) or (Any,)
        return type(value) is list and all(_takes(item, v) for v in value)
    if origin in (dict, Dict):
        _key, item = typing.get_args(ann) or (str, Any)
        return type(value) is dict and all(type(k) is str and _takes(item, v) for k, v in value.items())
    if isinstance(ann, type) and issubclass(ann, (ApiModel, ApiString, enum.Enum)):
        return isinstance(value, ann)
    return False


_EXACT = (str, int, float, bool)


def _model_named(name: str) -> Any:
    return model_class(name)


def _hold(obj: M, values: Dict[str, Any]) -> M:
    """``obj`` holding ``values`` (python names; unknown fields by JSON name) as they
    are, the server's names of renamed fields given the spec's value (quirks.py)."""
    obj.__dict__.update(values)
    if type(obj).__name__ in RENAMED:
        _share_renamed(obj)
    return obj


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
    def _member_of(cls, data: Mapping[str, Any]) -> Optional[Type[ApiModel]]:
        """The member that decoded JSON names, if any."""
        key = data.get(cls.__discriminator__[0])
        return cls.__members__.get(key) if isinstance(key, str) else None

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


def _datetime_fields(cls: Type["ApiModel"]) -> FrozenSet[str]:
    return _plan(cls).datetimes


def _keep(obj: "ApiModel", values: Dict[str, Any]) -> None:
    """Set fields to values as given, past validation: date-times without a zone, which
    the official client takes and sends as they are (Airflow answers 400)."""
    obj.__dict__.update(values)


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
    positional = _positional(cls)
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
    missing = [n for n in positional if n not in data and wire_name(cls, n) not in data] if official else []
    if missing:
        # a plain TypeError, as Python raises for the official constructor's missing positionals
        raise TypeError(f"{cls.__name__}() is missing required argument(s): {', '.join(map(repr, missing))}")
    for key, value in data.items():
        name = by_alias.get(key, key)
        if name not in fields:
            continue
        if name in cls.__read_only__ and name not in cls.__read_only_by_ref__ and official:
            if value is not None and check_null:
                _checked(cls, {name: value})  # a wrong value says so first, as the official client's does
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
    values = obj.__dict__
    cls = type(obj)
    for spec_name, server_name in RENAMED[cls.__name__].items():
        name = _alias_map(cls).get(spec_name, spec_name)
        if server_name in values and name in values and server_name not in cls.model_fields:
            values[server_name] = values[name]


def _null_error(cls: Type["ApiModel"], name: str) -> Exception:
    if cls.__all_of__:  # the official composed models refuse a value with ApiValueError
        return ApiValueError(
            f"{cls.__name__}.{name}: None is not allowed here (the field is not nullable); leave it unset instead"
        )
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


def by_json_names(value: Any) -> Any:
    """A value as ``to_json`` and ``model_utils.model_to_dict`` give it: ``to_dict()``'s,
    with the fields of models by their JSON names (date-times as they are)."""
    if isinstance(value, ApiModel):
        names = type(value).attribute_map
        return {names.get(key, key): by_json_names(v) for key, v in value._data_store.items()}
    if isinstance(value, (enum.Enum, ApiString)):
        return value.value
    if isinstance(value, (list, tuple)):
        return [by_json_names(v) for v in value]
    if isinstance(value, dict):
        return {k: by_json_names(v) for k, v in value.items()}
    return value


def _json_default(value: Any) -> Any:
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        return value.isoformat()
    if isinstance(value, _dt.timedelta):
        return value.total_seconds()
    raise TypeError(f"{type(value).__name__} cannot be written as JSON: {value!r}")


# -- field metadata ------------------------------------------------------------

_ALIASES: Dict[type, Dict[str, str]] = {}


def _alias_map(cls: Type[ApiModel]) -> Dict[str, str]:
    """JSON name -> python name, for the fields whose names differ."""
    found = _ALIASES.get(cls)
    if found is None:
        found = {f.alias: name for name, f in cls.model_fields.items() if f.alias and f.alias != name}
        _ALIASES[cls] = found
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


def _strip_optional(annotation: Any) -> Any:
    if typing.get_origin(annotation) is Union:
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return annotation


def _classify(annotation: Any) -> Tuple[str, Any]:
    """(kind, target) of a field: model, oneof, string, list, dict, enum, datetime or
    plain (a JSON value kept as read; its target is its type when that is one)."""
    ann = _strip_optional(annotation)
    origin = typing.get_origin(ann)
    if origin is typing.Annotated:
        return _classify(typing.get_args(ann)[0])
    if origin in (list, List, Sequence):
        args = typing.get_args(ann)
        return "list", (_classify(args[0]) if args else ("plain", None))
    if origin in (dict, Dict, Mapping):
        args = typing.get_args(ann)
        return "dict", (_classify(args[1]) if len(args) == 2 else ("plain", None))
    if isinstance(ann, type):
        if issubclass(ann, ApiModel):
            return "model", ann
        if issubclass(ann, ApiOneOf):
            return "oneof", ann
        if issubclass(ann, ApiString):
            return "string", ann
        if issubclass(ann, enum.Enum):
            return "enum", ann
        if issubclass(ann, _dt.datetime):
            return "datetime", None
        return "plain", ann
    return "plain", None


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
        for key, value in field.constraints.items():
            if key in _VALIDATION_KEYS:
                as_str, as_list = _VALIDATION_KEYS[key]
                rules[as_list if is_list else as_str] = value
            elif key == "pattern":
                rules["regex"] = {"pattern": value}
        if rules:
            out[(official,)] = rules
    return out


def wire_name(cls: Type[ApiModel], name: str) -> str:
    field = cls.model_fields.get(name)
    return (field.alias or name) if field is not None else name


def _valid_classes(model: Type[ApiModel], path: Sequence[Union[str, int]]) -> Optional[Tuple[Any, ...]]:
    """The classes the official client names for a wrong value at ``path`` of ``model``:
    its ``openapi_types`` entry for the field, the item's for an item of a list."""
    if not path or not isinstance(path[0], str):
        return None
    name = _alias_map(model).get(path[0], path[0])
    field = model.model_fields.get(name)
    if field is None:
        return None
    types = _official_types(model, field, name)
    for part in path[1:]:
        if not (isinstance(part, int) and len(types) == 1 and isinstance(types[0], list)):
            break
        types = tuple(types[0])
    # ``openapi_types`` writes a list or a dict as one of its kind ([str], {str: (...)})
    return tuple(t if isinstance(t, type) else type(t) for t in types) or None


# -- responses: lenient ----------------------------------------------------------


class _Plan:
    """How answers are read into one model class: the fields whose JSON values are
    converted (by JSON name, with the function that converts a value that is not
    null), and the fields whose JSON names are not their python names."""

    __slots__ = ("convert", "renames", "kinds", "datetimes", "adapted")

    def __init__(self, cls: Type[ApiModel]) -> None:
        hints = _resolved_annotations(cls)
        self.convert: List[Tuple[str, Callable[[Any], Any]]] = []
        self.renames: List[Tuple[str, str]] = []
        #: JSON name -> (python name, kind, target), for every field
        self.kinds: Dict[str, Tuple[str, str, Any]] = {}
        for name, field in cls.model_fields.items():
            key = field.alias or name
            kind, target = _classify(hints.get(name, field.annotation))
            self.kinds[key] = (name, kind, target)
            convert = _converter(kind, target)
            if convert is not None:
                self.convert.append((key, convert))
            if key != name:
                self.renames.append((key, name))
        self.datetimes = frozenset(name for name, kind, _ in self.kinds.values() if kind == "datetime")
        self.adapted = cls.__name__ in ADAPTED


def _resolved_annotations(cls: Type[ApiModel]) -> Dict[str, Any]:
    """The fields' annotations, evaluated where a class wrote them as text."""
    if not any(isinstance(f.annotation, str) for f in cls.model_fields.values()):
        return {}
    return typing.get_type_hints(cls, globalns=vars(sys.modules[cls.__module__]))


def _plan(cls: Type[ApiModel]) -> _Plan:
    plan = cls.__dict__.get("__plan__")
    if plan is None:
        plan = _Plan(cls)
        cls.__plan__ = plan
    return plan


def _converter(kind: str, target: Any) -> Optional[Callable[[Any], Any]]:
    """The function that reads a (non-null) JSON value of a field of ``kind``, keeping
    what does not fit as it is; None for a kind that JSON holds as it is read."""
    if kind == "datetime":
        return _datetime_value
    if kind == "model":
        return lambda value: _parse(target, value) if type(value) is dict else value
    if kind == "oneof":
        return lambda value: _parse_one_of(target, value) if type(value) is dict else value
    if kind == "enum":
        members = target._value2member_map_

        def enum_value(value: Any) -> Any:
            if type(value) is not str:
                return value
            member = members.get(value)
            return UnknownEnumValue(value) if member is None else member

        return enum_value
    if kind == "string":
        return lambda value: target(value) if type(value) is str else value
    if kind == "plain" and target is float:
        return lambda value: float(value) if type(value) is int else value
    if kind in ("list", "dict"):
        item = _converter(*target)
        if item is None:
            return None
        if kind == "list":
            return lambda value: [None if v is None else item(v) for v in value] if type(value) is list else value
        return (
            lambda value: {k: None if v is None else item(v) for k, v in value.items()}
            if type(value) is dict
            else value
        )
    return None


def _datetime_value(value: Any) -> Any:
    return _datetime_or_raw(value) if type(value) is str else value


def _parse(cls: Type[M], data: Dict[str, Any]) -> M:
    """``cls`` from a JSON object that this client decoded (and so may reuse: it
    becomes the instance's dict)."""
    plan = cls.__dict__.get("__plan__") or _plan(cls)
    if plan.adapted:
        data = adapt(cls.__name__, data)
    get = data.get
    for key, convert in plan.convert:
        value = get(key)
        if value is not None:
            data[key] = convert(value)
    if plan.renames:
        data = _renamed(data, plan.renames)
    obj = object.__new__(cls)
    object.__setattr__(obj, "__dict__", data)
    if plan.adapted and cls.__name__ in RENAMED:
        _share_renamed(obj)
    return obj


def _renamed(data: Dict[str, Any], renames: List[Tuple[str, str]]) -> Dict[str, Any]:
    """``data`` with the JSON names of ``renames`` made python names, in place in its order."""
    names = dict(renames)
    return {names.get(key, key): value for key, value in data.items()}


def _parse_one_of(cls: Type[ApiOneOf], data: Dict[str, Any]) -> Any:
    member = cls._member_of(data)
    return data if member is None else _parse(member, data)


def _copied(value: Any) -> Any:
    """Decoded JSON copied (its objects and arrays), so that parsing leaves the original be."""
    if type(value) is dict:
        return {k: _copied(v) for k, v in value.items()}
    if type(value) is list:
        return [_copied(v) for v in value]
    return value


def parse_lenient(cls: Any, data: Any, raw: bool = False, owned: bool = False) -> Any:
    """A model from decoded JSON, keeping what does not fit as received.

    With ``raw``, every value is kept as decoded, nested objects as dicts (the
    official client's ``_check_return_type=False``).  With ``owned``, ``data`` is
    this client's own (just decoded): its objects become the models' dicts instead
    of being copied."""
    if not isinstance(data, dict):
        return data
    if isinstance(cls, type) and issubclass(cls, ApiOneOf):
        member = cls._member_of(data)
        if member is None:
            return data
        cls = member
    if raw:
        renames = _plan(cls).renames
        values = _renamed(data, renames) if renames else dict(data)
        obj = object.__new__(cls)
        object.__setattr__(obj, "__dict__", values)
        return obj
    return _parse(cls, data if owned and type(data) is dict else _copied(dict(data)))


def _datetime_or_raw(raw: str) -> Any:
    """An aware datetime (naive ones are taken as UTC, as Airflow stores them), else ``raw``."""
    try:
        value = _dt.datetime.fromisoformat(raw if raw[-1:] != "Z" else raw[:-1] + "+00:00")
    except ValueError:
        try:
            from dateutil import parser as date_parser

            value = date_parser.isoparse(raw)
        except (ValueError, OverflowError):
            return raw
    if value.tzinfo is None:
        value = value.replace(tzinfo=_dt.timezone.utc)
    return value


def airflow2_text_dates(cls: Type[ApiModel], data: Any, every: bool = False) -> Any:
    """``data``, an answer for ``cls`` as JSON, with the text date-times of ``cls`` and of
    the models it holds (:attr:`ApiModel.__datetime_text__`; with ``every``, all their
    date-times, for an answer given as plain JSON) in Airflow 2's form: ``...+00:00``
    where Airflow 3 writes ``...Z`` (``datetime.fromisoformat`` before Python 3.11
    refuses the ``Z``).  Nothing else is touched; ``data`` is not changed."""
    if not isinstance(data, dict):
        return data
    kinds = _plan(cls).kinds
    texts = cls.__datetime_text__
    out: Optional[Dict[str, Any]] = None
    for key, value in data.items():
        found = kinds.get(key)
        if found is None or value is None:
            continue
        name, kind, target = found
        new = value
        if name in texts or (every and kind == "datetime"):
            if isinstance(value, str) and value.endswith("Z"):
                new = value[:-1] + "+00:00"
        elif kind == "model":
            new = airflow2_text_dates(target, value, every)
        elif kind == "list" and target[0] == "model" and isinstance(value, list):
            new = [airflow2_text_dates(target[1], item, every) for item in value]
        if new is not value:
            if out is None:
                out = dict(data)
            out[key] = new
    return data if out is None else out


# -- responses: strict -------------------------------------------------------------


def check_strict(value: Any, operation: Optional[str], path: Tuple[Union[str, int], ...] = ()) -> None:
    """Strict mode: required fields present and null only where the spec allows it."""
    if isinstance(value, ApiModel):
        cls = type(value)
        present = value.__dict__
        for name in sorted(cls.__required__):
            if name not in present:
                raise ResponseValidationError(
                    operation=operation,
                    json_path=json_path(path + (wire_name(cls, name),)),
                    expected="a value (the field is required)",
                    value=None,
                    model=cls.__name__,
                )
        for name in cls.model_fields:
            if name not in present:
                continue
            item = present[name]
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


def parse_answer(
    cls: Any, data: Dict[str, Any], operation: Optional[str], *, strict: bool, raw: bool = False, owned: bool = False
) -> Any:
    """An answer's decoded JSON object as ``cls``: as decoded with ``raw``
    (``_check_return_type=False``), checked with ``strict``, else leniently."""
    if raw:
        return parse_lenient(cls, data, raw=True)
    if strict:
        return parse_strict(cls, data, operation, owned=owned)
    return parse_lenient(cls, data, owned=owned)


def parse_strict(cls: Any, data: Dict[str, Any], operation: Optional[str], owned: bool = False) -> Any:
    """Strict mode: ``data`` checked against the spec (the first mismatch raises
    :class:`ResponseValidationError`), then read as :func:`parse_lenient` reads it."""
    checks().check_answer(cls, data, operation)
    result = parse_lenient(cls, data, owned=owned)
    check_strict(result, operation)
    return result


def json_path(loc: Sequence[Union[str, int]]) -> str:
    out = "$"
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


# -- requests ------------------------------------------------------------------------


def request_body(model: ApiModel, *, create: bool, path: Tuple[str, ...] = ()) -> Dict[str, Any]:
    """The JSON body for a model: writable fields the user set, checked.

    ``create`` (a POST) also requires the fields the spec marks required.
    """
    cls = type(model)
    where = ".".join((cls.__name__, *path))
    values = model.__dict__
    fields = cls.model_fields
    out: Dict[str, Any] = {}
    for name, field in fields.items():
        if name not in values or name in cls.__read_only__:
            continue
        value = values[name]
        key = field.alias or name
        if value is None and name not in cls.__nullable__:
            raise ApiValueError(f"{where}.{name}: null is not allowed here; leave the field unset instead")
        out[key] = _json_value(value, create, path + (key,), cls.__name__)
    for key, value in values.items():  # unknown fields: sent as given, as the official client does
        if key not in fields and key not in _PRIVATE:
            out[key] = _json_value(value, create, path + (key,), cls.__name__)
    if create:
        missing = [name for name in sorted(cls.__required__) if name not in values and name not in cls.__read_only__]
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
    if isinstance(value, _dt.datetime):  # without a zone too, as the official client sends it
        return value.isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_json_value(v, create, path + (str(i),), owner) for i, v in enumerate(value)]
    if isinstance(value, dict):
        return {str(k): _json_value(v, create, path + (str(k),), owner) for k, v in value.items()}
    raise ApiTypeError(f"{owner}.{'.'.join(path)}: {type(value).__name__} cannot be sent as JSON; got {value!r}")
