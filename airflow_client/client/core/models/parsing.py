"""Answers read leniently: decoded JSON into models, in one pass of pure Python.

The JSON object of a model becomes the model's own attribute dict, and only the
values that JSON cannot hold as they are read are converted (date-times, nested
models, enum members); a value that does not convert (a new enum value, a number
as a string, a date that is not a date) is kept as received.  Unknown fields are
always kept.  How a class is read is worked out once (:class:`_Plan`).
"""

from __future__ import annotations

import datetime as _dt
import sys
import typing
from typing import Any, Callable, Dict, List, Optional, Tuple, Type, TypeVar

from airflow_client.client.core.models.enums import UnknownEnumValue
from airflow_client.client.core.models.fields import Declared
from airflow_client.client.core.models.names import _alias_map, _classify
from airflow_client.client.core.models.oneof import ApiOneOf
from airflow_client.client.core.quirks import ADAPTED, RENAMED, adapt

M = TypeVar("M", bound=Declared)


class _Plan:
    """How answers are read into one model class: the fields whose JSON values are
    converted (by JSON name, with the function that converts a value that is not
    null), and the fields whose JSON names are not their python names."""

    __slots__ = ("convert", "renames", "kinds", "datetimes", "adapted")

    def __init__(self, cls: Type[Declared]) -> None:
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


def _resolved_annotations(cls: Type[Declared]) -> Dict[str, Any]:
    """The fields' annotations, evaluated where a class wrote them as text."""
    if not any(isinstance(f.annotation, str) for f in cls.model_fields.values()):
        return {}
    return typing.get_type_hints(cls, globalns=vars(sys.modules[cls.__module__]))


def _plan(cls: Type[Declared]) -> _Plan:
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


def airflow2_text_dates(cls: Type[Declared], data: Any, every: bool = False) -> Any:
    """``data``, an answer for ``cls`` as JSON, with the text date-times of ``cls`` and of
    the models it holds (:attr:`~.fields.Declared.__datetime_text__`; with ``every``, all their
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


def _share_renamed(obj: Declared) -> None:
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
