"""What a model's declarations say of its fields: their JSON names, the kind of value
each holds (how answers read it) and the classes it takes (the official
``openapi_types``, and what a type error names)."""

from __future__ import annotations

import datetime as _dt
import enum
import typing
from typing import Any, Dict, FrozenSet, List, Mapping, Optional, Sequence, Tuple, Type, Union

from airflow_client.client.core.models.enums import ApiString
from airflow_client.client.core.models.fields import ANY_TYPES, Declared, _strip_optional
from airflow_client.client.core.models.oneof import ApiOneOf

_ALIASES: Dict[type, Dict[str, str]] = {}


def _alias_map(cls: Type[Declared]) -> Dict[str, str]:
    """JSON name -> python name, for the fields whose names differ."""
    found = _ALIASES.get(cls)
    if found is None:
        found = {f.alias: name for name, f in cls.model_fields.items() if f.alias and f.alias != name}
        _ALIASES[cls] = found
    return found


def wire_name(cls: Type[Declared], name: str) -> str:
    field = cls.model_fields.get(name)
    return (field.alias or name) if field is not None else name


_REQUIRED_WIRE: Dict[type, FrozenSet[str]] = {}


def _required_wire_names(cls: Type[Declared]) -> FrozenSet[str]:
    found = _REQUIRED_WIRE.get(cls)
    if found is None:
        found = _REQUIRED_WIRE[cls] = frozenset(wire_name(cls, n) for n in cls.__required__)
    return found


_POSITIONAL: Dict[type, Tuple[str, ...]] = {}


def _positional(cls: Type[Declared]) -> Tuple[str, ...]:
    """The fields the official constructor takes by position: the required ones,
    in the order of their JSON names."""
    found = _POSITIONAL.get(cls)
    if found is None:
        required = [n for n in cls.__required__ if n not in cls.__read_only__]
        found = _POSITIONAL[cls] = tuple(sorted(required, key=lambda n: wire_name(cls, n)))
    return found


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
        if issubclass(ann, Declared):
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


def _official_types(cls: Type[Declared], field: Any, name: str) -> Tuple[Any, ...]:
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
    if isinstance(ann, type):
        return (ann,)
    return ANY_TYPES


def _valid_classes(model: Type[Declared], path: Sequence[Union[str, int]]) -> Optional[Tuple[Any, ...]]:
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
