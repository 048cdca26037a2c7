"""The core's model: :class:`ApiModel`, the base of the generated models (through
``compat/models.py``'s ``OfficialModel``, which adds the official client's surface).

A model is a plain Python class: importing it and reading answers into it imports
no validation library.  An instance holds, in its ``__dict__``, exactly the fields
it was given or received (by their python names) and the unknown fields (by their
JSON names): a field that is absent is absent, as in the official client.
"""

from __future__ import annotations

import json
from typing import Any, Dict, Mapping, Optional, Type, TypeVar, Union

from typing_extensions import dataclass_transform

from airflow_client.client.core.models.bodies import _json_default, by_json_names
from airflow_client.client.core.models.building import (
    _checked,
    _datetime_fields,
    _hold,
    _init_data,
    _is_naive,
    _keep,
    _null_error,
)
from airflow_client.client.core.models.fields import (
    Declared,
    Field,
)
from airflow_client.client.core.models.names import (
    _alias_map,
)
from airflow_client.client.core.models.parsing import parse_lenient
from airflow_client.client.core.models.readers import read_all
from airflow_client.client.exceptions import ApiAttributeError, ApiTypeError

M = TypeVar("M", bound="ApiModel")


@dataclass_transform(kw_only_default=True, field_specifiers=(Field,))
class ApiModel(Declared):
    """Base of the generated models.

    Build one as with the official client: keyword arguments
    (``Pool(name="p", slots=4)``), the fields the spec requires also by position
    in the official order (``CronExpression("CronExpression", "0 * * * *")``).
    Read fields as attributes (``pool.slots``).  Fields the spec does not know are
    kept, readable the same way, and sent.  The generated models also have the
    official client's surface (``compat/models.py``: ``OfficialModel``): items
    (``pool["slots"]``), ``to_dict()``, ``attribute_map``...
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
        read_all(self)
        read_all(other)
        return self.__dict__ == other.__dict__

    __hash__ = None  # type: ignore[assignment]  # mutable, as the official models are

    def __copy__(self: M) -> M:
        read_all(self)  # a copy shares the values, as the original holds them
        obj = object.__new__(type(self))
        object.__setattr__(obj, "__dict__", dict(self.__dict__))
        return obj

    def __deepcopy__(self: M, memo: Optional[Dict[int, Any]] = None) -> M:
        import copy

        read_all(self)
        obj = object.__new__(type(self))
        if memo is not None:
            memo[id(self)] = obj
        object.__setattr__(obj, "__dict__", copy.deepcopy(self.__dict__, memo))
        return obj

    def __getstate__(self) -> Dict[str, Any]:
        read_all(self)  # unpickled where its class may not have read an answer yet
        return self.__dict__

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
