"""The official client's model surface, beside the core's models: the generated
models' bases (:class:`OfficialModel`, :class:`OfficialEnum`, :class:`OfficialString`,
:class:`OfficialOneOf`), each a model of the core (:mod:`airflow_client.client.core.models`)
with what code written for the official client reads of it: the class attributes
(``attribute_map``, ``openapi_types``, ``allowed_values``, ``validations``...), the
per-instance settings it exposes (``_check_type``, ``_path_to_item``...), fields read as
items (``pool["slots"]``, ``pool.get("slots")``, ``set_attribute``), ``_data_store``,
``to_dict()``, ``to_str()``, ``_from_openapi_data``, and one-value models that read
as there (``state["value"]``, bare in ``str()``).

The core never imports this module; the generated models do (codegen writes their
bases), and importing one loads it.
"""

from __future__ import annotations

import enum
import pprint
import re
import typing
from typing import Any, ClassVar, Dict, FrozenSet, Iterator, List, Tuple, Type, TypeVar

from airflow_client.client.core.models.bodies import stored
from airflow_client.client.core.models.building import _init_data, _keep
from airflow_client.client.core.models.enums import ApiEnum, ApiString, _ApiEnumType
from airflow_client.client.core.models.fields import (
    _COMPOSED_PRIVATE,
    _OFFICIAL_PRIVATE,
    ANY_TYPES,
    Declared,
    _one_value,
    _strip_optional,
)
from airflow_client.client.core.models.model import ApiModel
from airflow_client.client.core.models.names import _alias_map, _classify, _official_types, wire_name
from airflow_client.client.core.models.oneof import ApiOneOf
from airflow_client.client.core.models.parsing import parse_lenient
from airflow_client.client.core.models.readers import read_all
from airflow_client.client.core.registry import model_class
from airflow_client.client.exceptions import ApiAttributeError

__all__ = ["OfficialEnum", "OfficialModel", "OfficialOneOf", "OfficialString"]

D = TypeVar("D", bound=Declared)


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


#: The modules of the models' base classes (not the generated ones).
_RUNTIME = ("airflow_client.client.core.", "airflow_client.client.compat.")


def _model_names(cls: type) -> FrozenSet[str]:
    """What ``dir()`` of an official one-value model lists that ``enum`` leaves out of an
    enum's: the class attributes and methods of the models (``allowed_values``,
    ``openapi_types``, ``get``, ``_data_store``, ``_nullable``...), not the dunders nor
    the ``_sunder_`` names that are enum's own (``_member_map_``, ``_missing_``...)."""
    return frozenset(
        name
        for klass in cls.__mro__
        if klass.__module__.startswith(_RUNTIME)
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


class _EnumAttributes(_SimpleModelAttributes):
    """What the official client's enum models have besides: their constructor for
    answers, and ``dir()`` listing the class attributes (which ``enum`` leaves out)."""

    @classmethod
    def _from_openapi_data(cls: Any, *args: Any, **kwargs: Any) -> Any:
        return cls(_one_value(cls, args, kwargs))

    _new_from_openapi_data = _from_openapi_data

    def __dir__(self) -> List[str]:
        # enum leaves out the underscore names (``_data_store``, ``_nullable``...) the official lists
        return sorted({*super().__dir__(), *_model_names(type(self))})


class _OfficialEnumType(_ApiEnumType):
    """``dir()`` of an official enum class lists its class attributes too."""

    def __dir__(cls) -> List[str]:
        # enum lists its members and a few dunders; the official class lists its attributes too
        return sorted({*super().__dir__(), *_model_names(cls)})


class _StringAttributes(_SimpleModelAttributes):
    """What the official client's string models (``Color``) have besides: no allowed
    values, the pattern as its generator wrote it (``''``), the constructor for answers."""

    allowed_values: ClassVar[Any] = _PerClass(lambda cls: {})
    validations: ClassVar[Any] = _PerClass(
        lambda cls: {("value",): {"regex": {"pattern": ""}}} if cls.__pattern__ else {}
    )

    @classmethod
    def _from_openapi_data(cls, *args: Any, **kwargs: Any) -> Any:
        return cls(*args, **kwargs)

    _new_from_openapi_data = _from_openapi_data


class _OneOfAttributes(_OfficialDefaults):
    """What the official client's composed one-of models have: their class attributes,
    their members' together, and the constructor for answers."""

    @classmethod
    def _from_openapi_data(cls: Any, *args: Any, **kwargs: Any) -> Any:
        return cls._member(kwargs)._from_openapi_data(*args, **kwargs)

    _new_from_openapi_data = _from_openapi_data

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


# -- a model's fields in the official client's words -------------------------------------

_OFFICIAL: Dict[type, Dict[str, str]] = {}


def _official_names(cls: Type[Declared]) -> Dict[str, str]:
    """Field name -> the official client's python name (``type`` for ``__type``,
    ``schema`` for ``schema_``)."""
    found = _OFFICIAL.get(cls)
    if found is None:
        found = {}
        for name, field in cls.model_fields.items():
            found[name] = re.sub(r"\W", "_", field.alias.lstrip("_")) if field.alias else name
        _OFFICIAL[cls] = found
    return found


def _official_triples(cls: Type[Declared]) -> List[Tuple[str, str, Any]]:
    names = _official_names(cls)
    return [(n, names[n], f) for n, f in cls.model_fields.items()]


def _allowed_values(cls: Type[Declared]) -> Dict[Tuple[str], Dict[str, Any]]:
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


def _validations(cls: Type[Declared]) -> Dict[Tuple[str], Dict[str, Any]]:
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


# -- the models --------------------------------------------------------------------------


class _ModelAttributes(_OfficialDefaults, Declared):
    """What the official client's models have: their class attributes, derived from
    the fields (``attribute_map``, ``openapi_types``...), reading fields as items
    (``pool["slots"]``, ``pool.get("slots")``), ``_data_store``, ``to_dict()``,
    ``to_str()``, and the constructor for answers (``_from_openapi_data``)."""

    @classmethod
    def _from_openapi_data(cls: Type[D], *args: Any, **kwargs: Any) -> D:
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

    # -- reading ---------------------------------------------------------------

    def __getitem__(self, key: str) -> Any:
        read_all(self)
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

    @property
    def _data_store(self) -> Dict[str, Any]:
        """The fields received or set (and unknown ones), by their python names, values as
        held, in the official client's order (:func:`~.bodies.stored`)."""
        names = _official_names(type(self))
        return {names.get(name, name): value for name, value in stored(self).values()}

    def __repr__(self) -> str:
        return self.to_str()

    def __str__(self) -> str:
        return self.to_str()

    def to_dict(self) -> Dict[str, Any]:
        """The fields received or set (and unknown ones), by their python names, as
        plain values (nested models as dicts, enums as their ``str`` value)."""
        return {key: _plain(value) for key, value in self._data_store.items()}

    def to_str(self) -> str:
        return pprint.pformat(self.to_dict())

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
        lambda cls: {"anyOf": [], "allOf": [model_class(n) for n in cls.__all_of__], "oneOf": []}
        if cls.__all_of__
        else {}
    )


def _plain(value: Any) -> Any:
    """A value as ``to_dict`` gives it."""
    if isinstance(value, _ModelAttributes):
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


class OfficialModel(_ModelAttributes, ApiModel):
    """The base of the generated models: a model of the core (:class:`ApiModel`: build
    it by keyword, read its fields as attributes) with the official client's surface."""


class OfficialOneOf(_OneOfAttributes, ApiOneOf):
    """The base of the generated one-of schemas (``ScheduleInterval``): :class:`ApiOneOf`
    with the official client's surface."""


class OfficialEnum(_EnumAttributes, ApiEnum, metaclass=_OfficialEnumType):
    """The base of the generated enums: :class:`ApiEnum`, reading as the official
    client's one-value models: ``state.value`` and ``state["value"]`` give the value as
    a ``str``, and ``str()``, ``format()`` and ``repr()`` show it bare."""


class OfficialString(_StringAttributes, ApiString):
    """The base of the generated string schemas with a rule (``Color``): :class:`ApiString`,
    reading as the official client's one-value models (``color["value"]``, bare in
    ``str()``).  ``validations`` is the official one, whose generator wrote the pattern
    as ``''`` (so ``model_utils.check_validations`` takes any string there, as here)."""
