"""How answers are read into one model class: a plan made once per class (:class:`_Plan`),
and from it a function made for that class (:func:`_reader`) that turns a decoded JSON
object into an instance, in pure Python and without a second pass.

The JSON object becomes the instance's own attribute dict; only the values that JSON
cannot hold as they are read are converted (date-times, nested models, one-of members,
enum members), and a value that does not convert (a new enum value, a number as a
string, a date that is not a date) is kept as received.  A reader does the least a
class needs: a class with nothing to convert only wraps the dict; date-times are looked
up in a small cache of the texts already read, as an answer repeats the same few.

Date-times, nested models and lists of them are converted when a field is first read
(:class:`_OnFirstRead`), not when the answer is: a program that lists 1,000 DAGs for
their ids parses no date.  Whatever shows a whole model (``to_dict``, ``==``, ``repr``,
copies, pickling, request bodies, strict mode) reads every such field first
(:func:`read_all`), so that nothing but the timing can tell the two apart.
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

    __slots__ = ("convert", "renames", "kinds", "datetimes", "adapted", "lazy", "read")

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
        #: the fields converted when first read (a class whose reader renames fields, or
        #: adapts them, converts them as it reads)
        self.lazy: Tuple[_OnFirstRead, ...] = ()
        if not self.adapted and not self.renames:
            lazy, eager = [], []
            for key, convert in self.convert:
                name, kind, target = self.kinds[key]
                raw = _RAW.get((kind, target[0]) if kind == "list" else kind)
                if raw is None or name == cls.__items__:
                    eager.append((key, convert))
                else:
                    lazy.append(_OnFirstRead(name, raw, convert))
                    type.__setattr__(cls, name, lazy[-1])
            self.lazy, self.convert = tuple(lazy), eager
        #: the function that reads a decoded JSON object (this client's own) into ``cls``
        self.read: Callable[[Dict[str, Any]], Any] = _reader(cls, self)


#: The JSON type of a value not yet converted, by the kinds of field converted when first
#: read: a date-time's text, a model's or a one-of's object, a list of models that still
#: holds an object.  The items of a collection (``DAGCollection.dags``), a list that may
#: be long and is read by index, are read with the answer (their fields when first read):
#: telling whether a list was read means looking at its items, on every read of the field.
_RAW: Dict[Any, type] = {"datetime": str, "model": dict, "oneof": dict, ("list", "model"): list}


class _OnFirstRead:
    """A field of a model whose JSON value is converted when the field is first read (a
    data descriptor: the instance's dict holds the value, received or converted).  An
    instance built with ``_check_type=False`` (and an answer read with
    ``_check_return_type=False``) keeps every value as it was given."""

    __slots__ = ("name", "raw", "convert")

    def __init__(self, name: str, raw: type, convert: Callable[[Any], Any]) -> None:
        self.name = name
        self.raw = raw
        self.convert = convert

    def __get__(self, obj: Any, owner: Optional[type] = None) -> Any:
        if obj is None:  # not a class attribute, as in the official client
            raise AttributeError(f"type object '{getattr(owner, '__name__', owner)}' has no attribute '{self.name}'")
        values = obj.__dict__
        try:
            value: Any = values[self.name]
        except KeyError:
            raise AttributeError(self.name) from None  # then the model's __getattr__
        raw = self.raw
        if type(value) is raw and (raw is not list or _holds_object(value)) and values.get("_check_type") is not False:
            value = values[self.name] = self.convert(value)
        return value

    def __set__(self, obj: Any, value: Any) -> None:
        obj.__dict__[self.name] = value

    def __delete__(self, obj: Any) -> None:
        try:
            del obj.__dict__[self.name]
        except KeyError:
            raise AttributeError(self.name) from None


def _holds_object(items: Any) -> bool:
    """Whether a list of models holds a JSON object, not read yet (a list is read whole)."""
    return dict in map(type, items)  # in C: no frame per item


def read_all(obj: Any) -> None:
    """Convert every field of ``obj`` that is converted when first read (before showing,
    comparing, copying or sending it whole); nested models convert theirs when shown."""
    plan = type(obj).__dict__.get("__plan__")
    if plan is not None and plan.lazy:
        values = obj.__dict__
        for field in plan.lazy:
            if field.name in values:
                field.__get__(obj)


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
        return _model_reader(target)
    if kind == "oneof":
        return _one_of_reader(target)
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
        if kind == "list" and target[0] == "model":
            return _model_reader(target[1], many=True)
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


def _model_reader(cls: Type[Declared], *, many: bool = False) -> Callable[[Any], Any]:
    """Reads a JSON value of a field of model ``cls`` (with ``many``, a JSON array of them);
    what is no object is kept as received.  The class's reader is found on first use: models
    refer to each other, and to themselves."""
    found: List[Callable[[Dict[str, Any]], Any]] = []

    def reader() -> Callable[[Dict[str, Any]], Any]:
        if not found:
            found.append(_plan(cls).read)
        return found[0]

    if many:

        def models_value(value: Any) -> Any:
            if type(value) is not list:
                return value
            read = reader()
            return [read(v) if type(v) is dict else v for v in value]

        return models_value

    def model_value(value: Any) -> Any:
        return reader()(value) if type(value) is dict else value

    return model_value


def _one_of_reader(cls: Type[ApiOneOf]) -> Callable[[Any], Any]:
    """Reads a JSON value of a one-of field: the member its discriminator names, else as received."""
    wire = cls.__discriminator__[0]
    members = cls.__members__
    readers: Dict[str, Callable[[Dict[str, Any]], Any]] = {}

    def one_of_value(value: Any) -> Any:
        if type(value) is not dict:
            return value
        key = value.get(wire)
        if type(key) is not str:
            return value
        read = readers.get(key)
        if read is None:
            member = members.get(key)
            if member is None:
                return value
            read = readers[key] = _plan(member).read
        return read(value)

    return one_of_value


def _reader(cls: Type[Declared], plan: _Plan) -> Callable[[Dict[str, Any]], Any]:
    """The function that reads a decoded JSON object into ``cls``, made for its plan: the
    object becomes the instance's dict, with the fields converted as it is read (the others
    wait for their first read: :class:`_OnFirstRead`).  A class with renamed or adapted
    fields takes :func:`_parse_general`."""
    new = object.__new__
    set_dict = object.__setattr__
    if plan.adapted:
        return lambda data: _parse_general(cls, plan, data)
    if plan.renames and not plan.convert:
        renames = plan.renames

        def read_renamed(data: Dict[str, Any]) -> Any:
            # renamed in place: the dict's order is no one's to see (to_dict, to_json and
            # repr follow the fields'), and a copy in order cost ~1 us for 4 keys
            for key, name in renames:
                if key in data:
                    if name in data:  # both sent: the later one wins, as in order
                        data = _renamed(data, renames)
                        break
                    data[name] = data.pop(key)
            obj = new(cls)
            set_dict(obj, "__dict__", data)
            return obj

        return read_renamed
    if plan.renames:
        return lambda data: _parse_general(cls, plan, data)
    converted = tuple(plan.convert)
    if not converted:

        def read_plain(data: Dict[str, Any]) -> Any:
            obj = new(cls)
            set_dict(obj, "__dict__", data)
            return obj

        return read_plain

    def read(data: Dict[str, Any]) -> Any:
        get = data.get
        for key, convert in converted:
            value = get(key)
            if value is not None:
                data[key] = convert(value)
        obj = new(cls)
        set_dict(obj, "__dict__", data)
        return obj

    return read


#: date-times already read, by their text (an answer repeats the same few: a page of task
#: instances shares its run's dates); a date-time is immutable, so instances may share one
_DATES: Dict[str, Any] = {}
_DATES_KEPT = 2048


def _datetime_value(value: Any) -> Any:
    if type(value) is not str:
        return value
    found = _DATES.get(value)
    if found is None:
        found = _datetime_or_raw(value)
        if len(_DATES) >= _DATES_KEPT:
            _DATES.clear()
        _DATES[value] = found
    return found


def _parse(cls: Type[M], data: Dict[str, Any]) -> M:
    """``cls`` from a JSON object that this client decoded (and so may reuse: it
    becomes the instance's dict)."""
    plan = cls.__dict__.get("__plan__") or _plan(cls)
    result: M = plan.read(data)
    return result


def _parse_general(cls: Type[M], plan: _Plan, data: Dict[str, Any]) -> M:
    """:func:`_parse` for a class with renamed or adapted fields."""
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
