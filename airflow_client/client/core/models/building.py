"""Building a model: its constructor's arguments read as the official client reads
them, and its values checked strictly.

Wrong types, enum values outside the spec and date-times without a time zone raise
``ApiTypeError``/``ApiValueError`` naming the field and the value.  The usual values
are taken in pure Python (:func:`_takes`); the others are handed to the checks the
package gives the models (:mod:`airflow_client.client.core.validation`, pydantic,
imported then), which convert what they may (a dict to a model, a value to a member).
"""

from __future__ import annotations

import datetime as _dt
import enum
import typing
from typing import Any, Dict, FrozenSet, List, Tuple, Type, TypeVar, Union

from airflow_client.client.core.models.enums import ApiString
from airflow_client.client.core.models.fields import _OFFICIAL_MODEL_KWARGS, Declared, _strip_optional
from airflow_client.client.core.models.names import _alias_map, _positional, _valid_classes, wire_name
from airflow_client.client.core.models.readers import _plan, _share_renamed
from airflow_client.client.core.quirks import ADAPTED, RENAMED
from airflow_client.client.core.registry import checks
from airflow_client.client.exceptions import ApiAttributeError, ApiTypeError, ApiValueError

M = TypeVar("M", bound=Declared)


def _checked(cls: Type[Declared], data: Dict[str, Any]) -> Dict[str, Any]:
    """The values of a model built from ``data`` (python or JSON names), checked: by
    :func:`_takes` where every value is one the check takes as it is (the common case:
    ``DAG(is_paused=True)``), else by pydantic (:mod:`~airflow_client.client.core.validation`), which names what
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
    """Whether pydantic's check of ``annotation`` (as :mod:`~airflow_client.client.core.validation` makes it: strict
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
    if isinstance(ann, type) and issubclass(ann, (Declared, ApiString, enum.Enum)):
        return isinstance(value, ann)
    return False


_EXACT = (str, int, float, bool)


def _hold(obj: M, values: Dict[str, Any]) -> M:
    """``obj`` holding ``values`` (python names; unknown fields by JSON name) as they
    are, the server's names of renamed fields given the spec's value (quirks.py)."""
    obj.__dict__.update(values)
    if type(obj).__name__ in RENAMED:
        _share_renamed(obj)
    return obj


def _is_naive(value: Any) -> bool:
    return isinstance(value, _dt.datetime) and value.tzinfo is None


def _datetime_fields(cls: Type[Declared]) -> FrozenSet[str]:
    return _plan(cls).datetimes


def _keep(obj: Declared, values: Dict[str, Any]) -> None:
    """Set fields to values as given, past validation: date-times without a zone, which
    the official client takes and sends as they are (Airflow answers 400)."""
    obj.__dict__.update(values)


def _init_data(
    cls: Type[Declared], args: Tuple[Any, ...], data: Dict[str, Any], official: bool, check_null: bool = True
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
            f"Invalid positional arguments={args[len(positional) :]!r} passed to {cls.__name__}. "
            "Remove those invalid positional arguments.; "
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
        raise TypeError(
            f"{cls.__name__}.__init__() missing {len(missing)} required positional "
            f"argument{'s' if len(missing) > 1 else ''}: "
            f"{' and '.join(map(repr, missing)) if len(missing) < 3 else ', '.join(map(repr, missing[:-1])) + ', and ' + repr(missing[-1])}; "
            f"{cls.__name__}() is missing required argument(s): {', '.join(map(repr, missing))}"
        )
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


def _null_error(cls: Type[Declared], name: str) -> Exception:
    if cls.__all_of__:  # the official composed models refuse a value with ApiValueError
        return ApiValueError(
            f"{cls.__name__}.{name}: None is not allowed here (the field is not nullable); leave it unset instead"
        )
    return ApiTypeError(
        f"Invalid type for variable '{name}'. Required value type is "
        f"{', '.join(sorted(c.__name__ for c in _valid_classes(cls, [name]) or ()))} and passed type was NoneType; "
        f"{cls.__name__}.{name}: None is not allowed here (the field is not nullable); leave it unset instead",
        path_to_item=[name],
        valid_classes=_valid_classes(cls, [name]),
        key_type=False,
    )
