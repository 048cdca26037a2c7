"""The base of the generated models: :class:`ApiModel`.

A model is a plain Python class: importing it and reading answers into it imports
no validation library.  An instance holds, in its ``__dict__``, exactly the fields
it was given or received (by their python names) and the unknown fields (by their
JSON names): a field that is absent is absent, as in the official client.
"""

from __future__ import annotations

import enum
import json
import pprint
from typing import Any, ClassVar, Dict, Iterator, Mapping, Optional, Type, TypeVar, Union

from typing_extensions import dataclass_transform

from airflow_client.client.core.models.bodies import _json_default, by_json_names, stored
from airflow_client.client.core.models.building import (
    _checked,
    _datetime_fields,
    _hold,
    _init_data,
    _is_naive,
    _keep,
    _null_error,
)
from airflow_client.client.core.models.enums import ApiString
from airflow_client.client.core.models.fields import (
    _COMPOSED_PRIVATE,
    _OFFICIAL_PRIVATE,
    ANY_TYPES,
    Declared,
    Field,
)
from airflow_client.client.core.models.names import (
    _alias_map,
    _allowed_values,
    _official_names,
    _official_triples,
    _official_types,
    _validations,
    wire_name,
)
from airflow_client.client.core.models.official import _OfficialDefaults, _PerClass
from airflow_client.client.core.models.parsing import parse_lenient
from airflow_client.client.core.registry import model_class
from airflow_client.client.exceptions import ApiAttributeError, ApiTypeError

D = TypeVar("D", bound=Declared)
M = TypeVar("M", bound="ApiModel")


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


@dataclass_transform(kw_only_default=True, field_specifiers=(Field,))
class ApiModel(_ModelAttributes):
    """Base of the generated models.

    Build one as with the official client: keyword arguments
    (``Pool(name="p", slots=4)``), the fields the spec requires also by position
    in the official order (``CronExpression("CronExpression", "0 * * * *")``).
    Read fields as attributes or items (``pool.slots``, ``pool["slots"]``).
    Fields the spec does not know are kept, readable the same way, and sent.
    """

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

    def __getattr__(self, name: str) -> Any:
        # only called for what the instance and its class do not hold: a field not
        # received or set, or no field at all
        raise ApiAttributeError(f"{type(self).__name__} has no attribute '{name}'", path_to_item=[name])

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

    def to_json(self) -> str:
        """The fields received or set (and unknown ones) as JSON, by their JSON names."""
        return json.dumps(by_json_names(self), default=_json_default)

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
